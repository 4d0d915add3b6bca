// Package placement reads a placements file: a CSV with a "code" column naming where each
// copy of an output goes, by an opaque code. Other columns (such as a private note of the
// place) are allowed and never printed or encoded.
package placement

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"haven/internal/diag"
	"haven/internal/input"
	"io"
	"regexp"
	"strings"
)

// MaxCodeLen keeps codes short: they are printed small on cards and end up in a phone's
// history as utm_content.
const MaxCodeLen = 16

// maxRows keeps a mistaken file from planning millions of documents.
const maxRows = 100000

var (
	codeRE = regexp.MustCompile(`^[a-z0-9-]+$`)
	// wordRE is four letters in a row: the start of a word that says where a copy hangs
	// ("motel-restroom-2"), which a code printed on the card must not.
	wordRE = regexp.MustCompile(`[a-z]{4,}`)
)

// File is a placements file read: its codes in file order, and, when haven made the codes
// because the file had no code column, the file's rows with their codes as CSV (Mapping) for
// the user to keep, privately, beside the outputs.
type File struct {
	Codes   []string
	Mapping []byte
}

// MappingName is the file Mapping is written to in the output folder.
const MappingName = "placement-codes.csv"

// Load reads the codes of a placements CSV in file order. A path that names no readable file
// is an error input.Unopenable recognises; a file over input.PlacementsLimit is refused whole.
func Load(path string) (File, error) {
	data, err := input.ReadPath(path, input.PlacementsLimit)
	var tl *input.TooLargeError
	switch {
	case errors.As(err, &tl):
		return File{}, diag.Problems{{File: path, Msg: input.Describe(err), Hint: "split it into several files"}}
	case err != nil:
		return File{}, err
	}
	return Read(path, bytes.NewReader(data))
}

// Read parses a placements CSV from r; name is used in messages. Past input.PlacementsLimit
// bytes it stops with an error: a file is refused, never cut short.
func Read(name string, r io.Reader) (File, error) {
	codes, mapping, err := read(name, r)
	return File{codes, mapping}, err
}

func read(name string, r io.Reader) ([]string, []byte, error) {
	cr := csv.NewReader(&limited{r, input.PlacementsLimit})
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil, diag.Problems{{File: name, Msg: "is empty", Hint: "the first line names the columns, e.g. code,note"}}
	}
	if err != nil {
		return nil, nil, csvProblem(name, err)
	}
	col := -1
	for i, h := range header {
		if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), "code") {
			col = i
		}
	}
	if col < 0 {
		return generate(name, header, cr)
	}
	var ps diag.Problems
	var codes []string
	seen := map[string]int{}
	for {
		rec, line, err := next(name, cr, len(codes))
		if err != nil {
			return nil, nil, err
		}
		if rec == nil {
			break
		}
		code := ""
		if col < len(rec) {
			code = strings.TrimSpace(rec[col])
		}
		if msg := Check(code); msg != "" {
			ps = append(ps, diag.Problem{File: name, Line: line, Field: "code", Msg: msg, Hint: "codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes"})
			continue
		}
		if first, dup := seen[code]; dup {
			ps = append(ps, diag.Problem{File: name, Line: line, Field: "code", Msg: fmt.Sprintf("%q is already used on line %d", code, first), Hint: "each code names one place"})
			continue
		}
		seen[code] = line
		codes = append(codes, code)
	}
	if len(ps) > 0 {
		return nil, nil, ps
	}
	if len(codes) == 0 {
		return nil, nil, diag.Problems{{File: name, Msg: "has no placements", Hint: "add one code per line under the header"}}
	}
	return codes, nil, nil
}

// next reads the row after n rows and its line: nil at the end of the file. A row past
// maxRows is refused: a file is never cut short.
func next(name string, cr *csv.Reader, n int) ([]string, int, error) {
	rec, err := cr.Read()
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
	return rec, line, nil
}

// generate gives each row of a file with no code column a code: short, opaque (letters and
// digits alternating, so no word and no number can form) and stable (made from the row
// itself, so the same rows get the same codes on the next run). It returns the rows with
// their codes as CSV.
func generate(name string, header []string, cr *csv.Reader) ([]string, []byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(append([]string{"code"}, header...))
	var codes []string
	used := map[string]bool{}
	for {
		rec, _, err := next(name, cr, len(codes))
		if err != nil {
			return nil, nil, err
		}
		if rec == nil {
			break
		}
		code := ""
		for salt := 0; code == "" || used[code]; salt++ {
			code = codeOf(strings.Join(rec, "\x1f"), salt)
		}
		used[code] = true
		codes = append(codes, code)
		w.Write(append([]string{code}, rec...))
	}
	w.Flush()
	if len(codes) == 0 {
		return nil, nil, diag.Problems{{File: name, Msg: "has no placements", Hint: "add one line per place under the header"}}
	}
	return codes, buf.Bytes(), nil
}

// codeOf is six characters from a hash of a row: letter, digit, letter, digit, letter, digit,
// without the letters and digits people confuse (i, l, o, 0, 1).
func codeOf(row string, salt int) string {
	const letters, digits = "abcdefghjkmnpqrstuvwxyz", "23456789"
	sum := sha256.Sum256([]byte(fmt.Sprintf("%d\x1e%s", salt, row)))
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

// Check says what is wrong with a code, or "".
func Check(code string) string {
	switch {
	case code == "":
		return "is empty"
	case len(code) > MaxCodeLen:
		return fmt.Sprintf("%q is longer than %d characters", code, MaxCodeLen)
	case !codeRE.MatchString(code):
		return fmt.Sprintf("%q may only use a-z, 0-9 and -", code)
	case wordRE.MatchString(code):
		return fmt.Sprintf("%q has %q, four or more letters in a row: a code is printed on every copy and sent with every scan, so a word in it can tell who sees the card where it was picked up; a code holds at most three letters in a row", code, wordRE.FindString(code))
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
		return diag.Problems{{File: name, Line: pe.Line, Msg: "not valid CSV: " + pe.Err.Error(), Hint: "save it as CSV (comma-separated) from your spreadsheet"}}
	}
	return diag.Problems{{File: name, Msg: "cannot be read: " + err.Error()}}
}
