// Package placement reads a placements file: a CSV with a "code" column naming where each
// copy of an output goes, by an opaque code. Other columns (such as a private note of the
// place) are allowed and never printed or encoded.
package placement

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/input"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxCodeLen keeps codes short: they are printed small on cards and end up in a phone's
// history as utm_content.
const MaxCodeLen = 16

// maxRows keeps a mistaken file from planning millions of documents.
const maxRows = 100000

// File is a placements file read: its codes in file order, and, when haven made the codes
// because the file had no code column, the file's rows with their codes as CSV (Mapping) for
// the user to keep, privately, beside the outputs, with the secret key the codes were made
// with (Key, the contents of KeyName).
type File struct {
	Codes []string
	Lines []int // the line of each code in the file, for messages; nil for codes haven made
	// Header is the row read as the column names, on line HeaderLine: said in the run's
	// report, so that a file without one, whose first place was read as the names, shows it
	Header     []string
	HeaderLine int
	Mapping    []byte
	Key        []byte
	// Kept counts the places of an earlier mapping this run's file does not give, whose rows
	// Mapping keeps with their codes: copies of them may hang, printed before
	Kept int
}

// MappingName is the file Mapping is written to in the output folder; KeyName the file Key is.
const (
	MappingName = "placement-codes.csv"
	KeyName     = "placement-codes.key"
)

// Files are the files of placement and campaign codes haven keeps in an output folder.
var Files = []string{MappingName, KeyName, CampaignKeyName, CampaignListName}

// Earlier is what a run into the same output folder left for the next: the key haven made
// codes with and the mapping with the code each place got. Given them, a placements file
// gives each place the code it had, so copies already hanging keep reporting as before, and
// a new place gets a code made with the same key.
type Earlier struct {
	KeyPath, MappingPath string // for messages
	Key, Mapping         []byte // the files' contents; nil when there is none
}

// LoadEarlier reads the key and mapping files in the output folder out, when they are there.
func LoadEarlier(out string) (Earlier, error) {
	e := Earlier{KeyPath: filepath.Join(out, KeyName), MappingPath: filepath.Join(out, MappingName)}
	err := readThere("haven reads it to give each place the code it had; move it away to start afresh", map[string]*[]byte{e.KeyPath: &e.Key, e.MappingPath: &e.Mapping})
	return e, err
}

// readThere reads each file that is there into its slice, leaving nil those that are not;
// hint says why haven reads them, for a file it cannot read.
func readThere(hint string, files map[string]*[]byte) error {
	var ps diag.Problems
	for path, dst := range files {
		data, err := input.ReadPath(path, input.PlacementsLimit)
		switch {
		case errors.Is(err, os.ErrNotExist):
		case err != nil:
			ps = append(ps, diag.Problem{File: path, Msg: input.Describe(err), Hint: hint})
		default:
			*dst = data
		}
	}
	if len(ps) > 0 {
		return ps.Sort()
	}
	return nil
}

// Load reads the codes of a placements CSV in file order, for a run into the folder out (""
// for a run that writes nothing, and so keeps no codes of an earlier one). A
// path that names no readable file is an error input.Unopenable recognises; a file over
// input.PlacementsLimit is refused whole. avoid, when not nil, says what is wrong with a code
// haven would make (one of the organisation's numbers, or a slip of one): such a code is made
// again. Codes the file gives are checked by the caller, at their lines.
func Load(path, out string, avoid func(code string) string) (File, error) {
	data, err := input.ReadPath(path, input.PlacementsLimit)
	var tl *input.TooLargeError
	switch {
	case errors.As(err, &tl):
		return File{}, diag.Problems{{File: path, Msg: input.Describe(err), Hint: "split it into several files"}}
	case err != nil:
		return File{}, err
	}
	var earlier Earlier
	if out != "" {
		if earlier, err = LoadEarlier(out); err != nil {
			return File{}, err
		}
	}
	return ReadAfter(path, bytes.NewReader(data), earlier, avoid)
}

// Read parses a placements CSV from r, as for a run into a new folder; name is used in
// messages. Past input.PlacementsLimit bytes it stops with an error: a file is refused, never
// cut short.
func Read(name string, r io.Reader) (File, error) { return ReadAfter(name, r, Earlier{}, nil) }

// ReadAfter is Read for a run into a folder an earlier run left earlier in, making codes that
// avoid (as Load's) finds nothing wrong with.
func ReadAfter(name string, r io.Reader, earlier Earlier, avoid func(code string) string) (File, error) {
	cr, header, col, form, err := open(name, r)
	if err != nil {
		return File{}, err
	}
	hl, _ := cr.FieldPos(0)
	if col < 0 {
		if err := nearCode(name, header); err != nil {
			return File{}, err
		}
		f, err := generate(name, header, hl, cr, form, earlier, avoid)
		f.Header, f.HeaderLine = header, hl
		return f, err
	}
	codes, _, lines, err := readCodes(name, cr, col, CheckWritten, "codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes")
	if err == nil && len(codes) == 0 {
		err = diag.Problems{{File: name, Msg: "has no placements", Hint: "add one code per line under the header"}}
	}
	return File{Codes: codes, Lines: lines, Header: header, HeaderLine: hl}, err
}

// headerHint is what to do with a first line that is a row of places, not the column names.
const headerHint = "add a first line naming the columns: code,place when your codes are in column A, or place,note for haven to make the codes"

// dataHeader refuses a header with no code column that reads as a row of places (a file
// saved without its header): its first place would be taken as the column names and get no
// copies, in silence. A cell shaped as a code or a number (p01, 12) names no column, in column
// A, or in another where the row below it holds a cell of its shape (Library;P01 over
// Gym;P02); the words of a header do not (place,note; lugar,nota; 地点,备注), nor does a
// column named by a quarter or a year over counts (place,Q2 over library,3). first is the row
// below the header, nil until it is read.
func dataHeader(name string, line int, header, first []string) error {
	for i, h := range header {
		c := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if Check(c) != "" || !strings.ContainsAny(c, "0123456789") || i > 0 && (i >= len(first) || shape(c) != shape(strings.ToLower(strings.TrimSpace(first[i])))) {
			continue
		}
		return diag.Problems{{File: name, Line: line,
			Msg:  fmt.Sprintf("is read as the column names, but its column %s is %q, a code or a number, not a column's name: read so, this row would get no copies", letter(i), strings.TrimSpace(h)),
			Hint: headerHint}}
	}
	return nil
}

// shape is s with each letter written a and each digit 9: p01 and p02 are alike, Q2 and 3 not.
func shape(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r):
			return 'a'
		case unicode.IsDigit(r):
			return '9'
		}
		return r
	}, s)
}

// open starts reading a CSV: its reader, past the header, the header and the index of its
// code column (-1 when it has none). The separator is the header's: Excel saves "CSV" with
// semicolons where a comma is the decimal mark, and "Unicode text" with tabs, in UTF-16 after
// a byte order mark; or the one a first line "sep=;" names, as Excel reads it, the header
// on the line after it.
func open(name string, r io.Reader) (*csv.Reader, []string, int, form, error) {
	data, err := io.ReadAll(&limited{r, input.PlacementsLimit})
	if err != nil {
		return nil, nil, 0, form{}, csvProblem(name, err)
	}
	// a file that is no text (a workbook renamed .csv, UTF-16 without its byte order mark)
	// would be read as rows of garbage with no code column, and get codes: refused as a
	// content file is, with how to save a spreadsheet as text
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0")) {
		return nil, nil, 0, form{}, diag.Problems{{File: name, Line: 1, Msg: "is a spreadsheet workbook (.xlsx, .xls) or another packed file, not CSV text", Hint: saveAsCSV}}
	}
	// how the file is written, for the mapping haven writes beside it to open in the same
	// spreadsheet as it does: Excel reads a file without a byte order mark in the system's
	// code page (café as cafÃ©), and one in commas in a single column where its separator is ;
	// (line ends as the file has them: content.Plain makes them \n)
	f := form{bom: bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) || bytes.HasPrefix(data, []byte("\xFF\xFE")) || bytes.HasPrefix(data, []byte("\xFE\xFF")),
		crlf: bytes.Contains(data, []byte("\r\n")) || bytes.Contains(data, []byte("\r\x00\n\x00")) || bytes.Contains(data, []byte("\x00\r\x00\n"))}
	data, p := content.Plain(name, data)
	if p != nil {
		p.Hint = saveAsCSV
		return nil, nil, 0, form{}, diag.Problems{*p}
	}
	utf := transform.NewReader(bytes.NewReader(data), input.Unicode())
	br := bufio.NewReaderSize(utf, 64<<10)
	head, _ := br.Peek(64 << 10)
	line, _, _ := bytes.Cut(head, []byte("\n"))
	comma, named, err := excelSep(name, line)
	if err != nil {
		return nil, nil, 0, form{}, err
	}
	var rows io.Reader = br
	if named {
		// left out, and a blank line read in its place, skipped as one is: the lines of the
		// rows after it are the file's
		br.Discard(len(line) + 1)
		rows = io.MultiReader(strings.NewReader("\n"), br)
	} else {
		comma = sniff(head)
	}
	f.comma, f.named = comma, named
	cr := csv.NewReader(rows)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := row(cr)
	if err == io.EOF {
		return nil, nil, 0, form{}, diag.Problems{{File: name, Msg: "is empty", Hint: "the first line names the columns, e.g. code,note"}}
	}
	if err != nil {
		return nil, nil, 0, form{}, csvProblem(name, err)
	}
	col := codeColumn(header)
	if col >= 0 {
		if again := codeColumn(header[col+1:]); again >= 0 { // which would hold the codes?
			again += col + 1
			line, _ := cr.FieldPos(again)
			return nil, nil, 0, form{}, diag.Problems{{File: name, Line: line, Field: "code",
				Msg:  fmt.Sprintf("two columns are named code: column %s (%q) and column %s (%q)", letter(col), header[col], letter(again), header[again]),
				Hint: "keep the codes in one; rename the other, e.g. to note"}}
		}
	}
	return cr, header, col, f, nil
}

// form is how a CSV file is written: its separator, whether it begins with a byte order mark
// or Excel's line naming the separator, and whether its lines end in CR LF.
type form struct {
	comma            rune
	bom, named, crlf bool
}

// writer is a CSV writer to w in the form f, the byte order mark and the separator's line
// written.
func (f form) writer(w io.Writer) *csv.Writer {
	end := "\n"
	if f.crlf {
		end = "\r\n"
	}
	if f.bom {
		io.WriteString(w, "\ufeff")
	}
	if f.named {
		io.WriteString(w, "sep="+string(f.comma)+end)
	}
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = f.comma, f.crlf
	return cw
}

// letter names column i (from 0) as a spreadsheet does: A to Z, then AA, AB and on.
func letter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// titleLines is how many lines a title above the header may take, for sniff to look past.
const titleLines = 5

// sniff is the separator of the file that begins with head: the one that gives one of its
// first lines a code column (the header, under a title row a sheet may have: "Spring fair,",
// its comma no separator of a file in semicolons), else the one that splits its first line
// most, a comma on a tie.
func sniff(head []byte) rune {
	best, most := ',', 0
	lines := bytes.SplitN(bytes.TrimLeft(head, "\n"), []byte("\n"), titleLines+1)
	for i, line := range lines[:min(len(lines), titleLines)] {
		for _, sep := range []rune{',', ';', '\t'} {
			cr := csv.NewReader(bytes.NewReader(line))
			cr.Comma, cr.LazyQuotes = sep, true
			rec, _ := cr.Read()
			if codeColumn(rec) >= 0 {
				return sep
			}
			if i == 0 && len(rec) > most {
				best, most = sep, len(rec)
			}
		}
	}
	return best
}

// excelSep is the separator a first line "sep=;" names (Excel reads it so, "sep=," and one
// with a tab too, and saves it as "sep=;;;" from a sheet whose cell A1 holds it); named is
// false for a line that names none, which is the header.
func excelSep(name string, line []byte) (sep rune, named bool, err error) {
	l := strings.TrimRight(strings.TrimPrefix(string(line), "\ufeff"), "\r")
	if len(l) < 4 || !strings.EqualFold(l[:4], "sep=") {
		return 0, false, nil
	}
	sep, n := utf8.DecodeRuneInString(l[4:])
	if n == 0 || sep == '"' || sep == ' ' || sep == utf8.RuneError || strings.Trim(l[4+n:], string(sep)) != "" {
		return 0, false, diag.Problems{{File: name, Line: 1, Msg: fmt.Sprintf("the first line %q is Excel's line naming the separator, but names none", l),
			Hint: "write the character between the columns after sep= (sep=; for semicolons), or delete the line: haven finds the separator by itself"}}
	}
	return sep, true, nil
}

// saveAsCSV is what to do with a placements file that is no text.
const saveAsCSV = "a placements file is text: save it as CSV UTF-8 from Excel: File > Save As > CSV UTF-8 (Comma delimited); from another spreadsheet, as CSV"

// codeColumn is the index of the column of header that holds codes, -1 for none: the one
// named code, as people write it: in any case, with spaces or signs around it, in the plural,
// or as haven's name for it, "placement code" ("Code", "CODES", "Code #", "placement codes").
func codeColumn(header []string) int {
	for i, h := range header {
		switch strings.Join(headerWords(h), " ") {
		case "code", "codes", "placement code", "placement codes":
			return i
		}
	}
	return -1
}

// headerWords are the words of a header cell, in lower case: what is between its other
// characters (spaces, a byte order mark, "#", "_", "-").
func headerWords(h string) []string {
	return strings.FieldsFunc(strings.ToLower(h), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// nearCode refuses a header with no code column but a cell naming codes otherwise ("code
// number", "zip code", "codes (printed)"): read as places, its codes would get codes of
// their own, and read as codes, a zip code would be printed on every copy; only the user knows
// which it holds.
func nearCode(name string, header []string) error {
	for i, h := range header {
		for _, w := range headerWords(h) {
			if w == "code" || w == "codes" {
				return diag.Problems{{File: name, Line: 1,
					Msg:  fmt.Sprintf("has no column named code, but column %s is named %q", letter(i), strings.TrimPrefix(h, "\ufeff")),
					Hint: "if it holds your codes (p01, a3k9), name it code; if it holds something else, rename it (e.g. to note) and haven makes a code for each place"}}
			}
		}
	}
	return nil
}

// readCodes reads the rest of a CSV whose column col holds codes: the codes in file order,
// each row without its code, and the line of each. A code fault finds fault with (CheckWritten,
// or Check for codes an earlier run made) or that repeats one is a problem with hint.
func readCodes(name string, cr *csv.Reader, col int, fault func(string) string, hint string) ([]string, [][]string, []int, error) {
	var ps diag.Problems
	var codes []string
	var rows [][]string
	var lines []int
	seen := map[string]int{}
	for {
		rec, line, err := next(name, cr, len(codes), true)
		if err != nil {
			return nil, nil, nil, err
		}
		if rec == nil {
			break
		}
		code := ""
		if col < len(rec) {
			code = strings.TrimSpace(rec[col])
		}
		if msg := fault(code); msg != "" {
			ps = append(ps, diag.Problem{File: name, Line: line, Field: "code", Msg: msg, Hint: hint})
			continue
		}
		if first, dup := seen[code]; dup {
			ps = append(ps, diag.Problem{File: name, Line: line, Field: "code", Msg: fmt.Sprintf("%q is already used on line %d", code, first), Hint: "each code names one place"})
			continue
		}
		seen[code] = line
		codes, lines = append(codes, code), append(lines, line)
		rows = append(rows, append(rec[:min(col, len(rec)):min(col, len(rec))], rec[min(col+1, len(rec)):]...))
	}
	if len(ps) > 0 {
		return nil, nil, nil, ps
	}
	return codes, rows, lines, nil
}

// row reads the next row whose cells are not all empty.
func row(cr *csv.Reader) ([]string, error) {
	rec, err := cr.Read()
	for err == nil && strings.TrimSpace(strings.Join(rec, "")) == "" {
		rec, err = cr.Read()
	}
	return rec, err
}

// next reads the row after n rows and its line: nil at the end of the file. A row whose cells
// are all empty is skipped (by row) as a blank line is: Excel saves the rows it thinks used as ",,,,".
// A row past maxRows is refused: a file is never cut short. So is a row under the header
// that names a code column, as a header does (coded: whether the header above it did): read
// as a place, it would get a code, and the codes under it codes of their own.
func next(name string, cr *csv.Reader, n int, coded bool) ([]string, int, error) {
	rec, err := row(cr)
	if err == io.EOF {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, csvProblem(name, err)
	}
	line, _ := cr.FieldPos(0)
	if n >= maxRows {
		return nil, line, diag.Problems{{File: name, Line: line, Msg: fmt.Sprintf("has more than %d placements", maxRows), Hint: "split it into several files"}}
	}
	if col := codeColumn(rec); col >= 0 {
		p := diag.Problem{File: name, Line: line, Field: "code", Msg: fmt.Sprintf("the code column's header (%q) is on line %d: haven reads the file's first line as the header, and would make a code for each line under it", rec[col], line),
			Hint: "delete the title row above the header, so that the header is the first line"}
		if n > 0 {
			p.Hint = "delete the rows above the header if they are a title, so that the header is the first line; if they are places, move them under it"
		}
		if coded {
			p.Msg, p.Hint = fmt.Sprintf("repeats the header: column %s is named %q", letter(col), rec[col]), "delete this line: the header is the file's first line only"
		}
		return nil, line, diag.Problems{p}
	}
	return rec, line, nil
}

// generate gives each row of a file with no code column a code: short, opaque (letters and
// digits alternating, so no word and no number can form; one that spells a word with digits
// for letters, s3x, or that avoid refuses, is made again) and stable. A place is its first column (the other columns
// are notes, free to change): a row the earlier mapping holds keeps its code, and then a row
// whose place it holds, so editing a note does not orphan the copies already up; the others are made from the place with a secret key, kept beside the mapping,
// so the same places get the same codes on the next run and nobody without the key can make
// the code of a place they guess. It returns the rows with their codes as CSV, and the key.
func generate(name string, header []string, hl int, cr *csv.Reader, f form, earlier Earlier, avoid func(string) string) (File, error) {
	if err := dataHeader(name, hl, header, nil); err != nil { // column A's, before anything is read
		return File{}, err
	}
	key, err := earlier.key()
	if err != nil {
		return File{}, err
	}
	had, err := earlier.codes()
	if err != nil {
		return File{}, err
	}
	var rows [][]string
	var ps diag.Problems
	seen := map[string]int{} // the line of each row, as compared
	for {
		rec, line, err := next(name, cr, len(rows), false)
		if err != nil {
			return File{}, err
		}
		if rec == nil {
			break
		}
		rows = append(rows, rec)
		if len(rows) == 1 {
			if err := dataHeader(name, hl, header, rec); err != nil {
				return File{}, err
			}
		}
		// a row with no place would get a code made from its notes, lost when one is edited; a
		// row given twice would get two codes, and nothing would tell which copies hang where
		if identity(rec) == identity([]string{strings.TrimPrefix(header[0], "\ufeff")}) { // a place given again: the header is one too
			return File{}, diag.Problems{{File: name, Line: hl,
				Msg:  fmt.Sprintf("is read as the column names, but line %d gives its place, %q, as a place: read so, this row would get no copies", line, strings.TrimSpace(rec[0])),
				Hint: headerHint}}
		}
		if strings.TrimSpace(rec[0]) == "" {
			ps = append(ps, diag.Problem{File: name, Line: line, Msg: fmt.Sprintf("has no place in column A (%q): haven makes each code from the place, the notes after it may change", strings.TrimPrefix(header[0], "\ufeff")),
				Hint: "write where the copies go in column A, or delete the row"})
		} else if first, ok := seen[sameRow(rec)]; ok {
			ps = append(ps, diag.Problem{File: name, Line: line, Msg: fmt.Sprintf("lists %q as line %d does: the two rows would get two codes, and nothing would tell which copies hang where", strings.TrimSpace(rec[0]), first),
				Hint: "if it is one place, delete this row; for two spots there, say which is which in a note (library,front door and library,restroom)"})
		} else {
			seen[sameRow(rec)] = line
		}
	}
	if len(ps) > 0 {
		return File{}, ps
	}
	if len(rows) == 0 {
		return File{}, diag.Problems{{File: name, Msg: "has no placements", Hint: "add one line per place under the header"}}
	}
	codes, taken := had.match(rows)
	used := map[string]bool{} // every code the earlier mapping gave, even to a place now gone
	for _, c := range had.code {
		used[c] = true
	}
	var buf bytes.Buffer
	w := f.writer(&buf) // as the file is written, for the spreadsheet that wrote it to open
	w.Write(append([]string{"code"}, header...))
	for i, rec := range rows {
		for salt := 0; codes[i] == ""; salt++ {
			if c := codeOf(key, identity(rec), salt); !used[c] && readsAsNothing(c) && (avoid == nil || avoid(c) == "") {
				codes[i], used[c] = c, true
			}
		}
		w.Write(append([]string{codes[i]}, rec...))
	}
	kept := 0
	for i, row := range had.row { // a reprint of a few places: the others' codes are still looked up
		if !taken[i] {
			w.Write(append([]string{had.code[i]}, row...))
			kept++
		}
	}
	w.Flush()
	return File{Codes: codes, Mapping: buf.Bytes(), Key: keyFile(key, "placement codes", MappingName), Kept: kept}, nil
}

// keyFile is a key file's contents: a line on what it is, the codes of, and the file it is
// kept beside, then the key in hex.
func keyFile(key []byte, of, beside string) []byte {
	return []byte("# haven's key for " + of + ": keep it private, beside " + beside + "\n" + hex.EncodeToString(key) + "\n")
}

// key is the earlier run's key, or a new random one.
func (e Earlier) key() ([]byte, error) {
	if e.Key == nil {
		return newKey()
	}
	if key := readKey(e.Key); key != nil {
		return key, nil
	}
	return nil, diag.Problems{{File: e.KeyPath, Msg: "is not a key haven wrote", Hint: "put back the key file of the earlier run; or move it away, and haven makes a new key (the places in " + MappingName + " keep their codes)"}}
}

func newKey() ([]byte, error) {
	key := make([]byte, 32)
	_, err := rand.Read(key)
	return key, err
}

// readKey is the key a key file holds, nil when it holds none.
func readKey(data []byte) []byte {
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if key, err := hex.DecodeString(line); err == nil && len(key) == 32 {
			return key
		}
		break
	}
	return nil
}

// mapping is what the earlier mapping gave: each row (without its code) and its code, in
// file order.
type mapping struct {
	row  [][]string
	code []string
}

// codes are the codes the earlier mapping gave each row, in file order: a row given twice has two.
func (e Earlier) codes() (mapping, error) {
	if e.Mapping == nil {
		return mapping{}, nil
	}
	cr, _, col, _, err := open(e.MappingPath, bytes.NewReader(e.Mapping))
	if err == nil && col < 0 {
		err = diag.Problems{{File: e.MappingPath, Line: 1, Msg: "has no code column", Hint: "put back the file the earlier run wrote, or move it away to give every place a new code"}}
	}
	if err != nil {
		return mapping{}, err
	}
	codes, rows, _, err := readCodes(e.MappingPath, cr, col, Check, "haven reads this file to give each place the code it had: put back the code it wrote, or move the file away to give every place a new code")
	return mapping{row: rows, code: codes}, err
}

// match is the code each of rows had, "" for none: first the rows the mapping holds as they
// are, then, of the rest, those whose place it holds with other notes. Each earlier code goes
// to one row, in file order; taken says which of the mapping's rows went to one.
func (m mapping) match(rows [][]string) (codes []string, taken []bool) {
	codes = make([]string, len(rows))
	taken = make([]bool, len(m.code))
	whole := func(rec []string) string { return strings.Join(rec, "\x1f") }
	for _, key := range []func([]string) string{whole, identity} {
		at := map[string][]int{}
		for i, row := range m.row {
			if !taken[i] {
				at[key(row)] = append(at[key(row)], i)
			}
		}
		for r, rec := range rows {
			if is := at[key(rec)]; codes[r] == "" && len(is) > 0 {
				codes[r], taken[is[0]], at[key(rec)] = m.code[is[0]], true, is[1:]
			}
		}
	}
	return codes, taken
}

// identity is what names the place of a row: its first column, in any case and spacing, or
// the whole row (which then starts with the separator) when that is empty, as a row of an
// earlier mapping may be (a file's row without a place is refused).
func identity(rec []string) string {
	if len(rec) > 0 {
		if place := compared(rec[0]); place != "" {
			return place
		}
	}
	return strings.Join(rec, "\x1f")
}

// sameRow is a row as rows are compared for the same place and notes: each cell in any case
// and spacing, without the empty cells at its end.
func sameRow(rec []string) string {
	cells := make([]string, len(rec))
	for i, c := range rec {
		cells[i] = compared(c)
	}
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return strings.Join(cells, "\x1f")
}

// compared is a cell as places are compared: in any case and spacing, its accents composed
// (Café typed on a Mac is Cafe and a combining accent) and its invisible characters (a
// zero-width space pasted with it) left out, so that a place written two ways is one place.
func compared(cell string) string {
	cell = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, norm.NFC.String(cell))
	return strings.ToLower(strings.Join(strings.Fields(cell), " "))
}

// codeOf is the code of a place (its identity): spell of a keyed hash of it.
func codeOf(key []byte, row string, salt int) string {
	mac := hmac.New(sha256.New, key)
	fmt.Fprintf(mac, "%d\x1e%s", salt, row)
	return spell(mac.Sum(nil))
}

// spell is six characters from a hash: letter, digit, letter, digit, letter, digit, without
// the letters and digits people confuse (i, l, o, 0, 1).
func spell(sum []byte) string {
	const letters, digits = "abcdefghjkmnpqrstuvwxyz", "23456789"
	b := make([]byte, 6)
	for i := range b {
		if i%2 == 0 {
			b[i] = letters[int(sum[i])%len(letters)]
		} else {
			b[i] = digits[int(sum[i])%len(digits)]
		}
	}
	return string(b)
}

// Check says what is wrong with a code, or "": one an earlier run made, read again, may spell
// a word listed since (content.SpelledEarlier), as its copies may already hang.
func Check(code string) string { return check(code, content.SpelledEarlier) }

// check is Check with spells the word a code may not spell with digits for letters.
func check(code string, spells func(string) string) string {
	switch {
	case code == "":
		return "is empty"
	case utf8.RuneCountInString(code) > MaxCodeLen: // in letters, as its writer counts them (पुस्तकालय is 9, in 27 bytes)
		return fmt.Sprintf("%q is longer than %d characters", code, MaxCodeLen)
	case strings.TrimLeft(code, "abcdefghijklmnopqrstuvwxyz0123456789-") != "":
		if plain := content.NameAs(code); plain != code && check(plain, spells) == "" { // P01 as p01, as a campaign's capitals are
			return fmt.Sprintf("%q may only use a-z, 0-9 and -: write %s", code, plain)
		}
		return fmt.Sprintf("%q may only use a-z, 0-9 and -", code)
	case word(code) != "":
		return fmt.Sprintf("%q has %q, letters side by side: a code is printed on every copy and sent with every scan, and letters together, or with only - between them, spell words and abbreviations (gym, spa, dv, d-v) that tell who sees the card where it was picked up; put a digit between letters, as in p07 or a3k9", code, word(code))
	case spells(code) != "":
		return fmt.Sprintf("%q spells %q with digits for letters: a code is printed on every copy and sent with every scan; choose one that reads as nothing, as p07 or a3k9", code, spells(code))
	case code[0] == '-' || code[len(code)-1] == '-': // a folder named -p01 reads as an option
		return fmt.Sprintf("%q starts or ends with -: a code names a folder of the outputs, and a folder named -p01 reads as an option to a command; put - only between letters and digits, as in b-12", code)
	}
	return ""
}

// readsAsNothing is whether a code haven makes spells no word, with digits for letters or
// between them: one that does is drawn again.
func readsAsNothing(code string) bool {
	return content.Spells(code) == "" && content.SpacedWord(code) == ""
}

// CheckWritten is Check of a code a user wrote, and what codes haven makes never are: a word
// listed since earlier runs made codes (g4s), and letters a digit apart that still spell a word
// (m1o2t3e4l). Codes haven made before these were refused keep passing Check where they are
// read again.
func CheckWritten(code string) string {
	if msg := check(code, content.Spells); msg != "" {
		return msg
	}
	if w := content.SpacedWord(code); w != "" {
		return fmt.Sprintf("%q spells %q, its letters read together: a code is printed on every copy and sent with every scan, and letters with digits between them still spell a word; choose one that reads as nothing, as p07 or a3k9", code, w)
	}
	return ""
}

// word is the first run of two or more letters in code, with only - between them or none, or
// "": enough for a word or an abbreviation that says what or where a place is ("gym", "spa-1",
// "dv-1", "d-v"), which a code printed on the card must not.
func word(code string) string {
	start, end := -1, -1 // of the run, and after its last letter
	for i := 0; i <= len(code); i++ {
		switch {
		case i < len(code) && code[i] >= 'a' && code[i] <= 'z':
			if start < 0 {
				start = i
			}
			end = i + 1
			continue
		case i < len(code) && code[i] == '-' && start >= 0:
			continue
		}
		if start >= 0 && strings.Count(code[start:end], "-") < end-start-1 {
			return code[start:end]
		}
		start = -1
	}
	return ""
}

// limited reads at most n bytes of r and then fails with *input.TooLargeError.
type limited struct {
	r io.Reader
	n int64
}

func (l *limited) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, &input.TooLargeError{Size: input.PlacementsLimit + 1, Limit: input.PlacementsLimit}
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, &input.TooLargeError{Size: input.PlacementsLimit + 1, Limit: input.PlacementsLimit}
	}
	return n, err
}

func csvProblem(name string, err error) error {
	var tl *input.TooLargeError
	if errors.As(err, &tl) {
		return diag.Problems{{File: name, Msg: "is more than " + input.Size(tl.Limit), Hint: "split it into several files"}}
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrQuote) && pe.StartLine < pe.Line { // a quote never closed: the parser stops at the file's end
			return diag.Problems{{File: name, Line: pe.StartLine, Msg: `not valid CSV: a field on this line opens with " and is not closed as CSV closes it, with " right before a comma or the line's end`, Hint: `close the field with " there, or take the " out`}}
		}
		if errors.Is(pe.Err, csv.ErrBareQuote) { // 24" wide, Joe's "Diner": typed, not saved by a spreadsheet
			return diag.Problems{{File: name, Line: pe.Line, Msg: fmt.Sprintf(`not valid CSV: a " at character %d is inside a field, where CSV reads it as the start or end of a quoted one`, pe.Column),
				Hint: `write the field inside quotes with the " doubled ("a 24"" board"), or take the " out; a spreadsheet saving as CSV does this for you`}}
		}
		return diag.Problems{{File: name, Line: pe.Line, Msg: "not valid CSV: " + pe.Err.Error(), Hint: "save it as CSV (comma-separated) from your spreadsheet"}}
	}
	return diag.Problems{{File: name, Msg: "cannot be read: " + err.Error()}}
}
