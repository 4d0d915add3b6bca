package placement

import (
	"bytes"
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"haven/internal/input"
)

// A file with no code column gets codes: opaque, stable for the same rows and key, distinct
// for a place repeated with notes that tell its spots apart, and written with the rows to the
// mapping file, the key beside it.
func TestGeneratedCodes(t *testing.T) {
	const file = "place,note\nmotel restroom 2,east wall\nlibrary,\nlibrary,back\n"
	a, err := Read("p.csv", strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ReadAfter("p.csv", strings.NewReader(file+"gym,\n"), Earlier{Key: a.Key}, nil)
	if len(a.Codes) != 3 || strings.Join(a.Codes, " ") != strings.Join(b.Codes[:3], " ") {
		t.Errorf("codes not stable: %v then %v", a.Codes, b.Codes)
	}
	if a.Codes[1] == a.Codes[2] {
		t.Errorf("repeated rows share the code %s", a.Codes[1])
	}
	for _, c := range a.Codes {
		if msg := Check(c); msg != "" || len(c) != 6 {
			t.Errorf("generated code %q: %s", c, msg)
		}
	}
	want := "code,place,note\n" + a.Codes[0] + ",motel restroom 2,east wall\n" + a.Codes[1] + ",library,\n" + a.Codes[2] + ",library,back\n"
	if string(a.Mapping) != want {
		t.Errorf("mapping:\n%s\nwant:\n%s", a.Mapping, want)
	}
	if f, _ := Read("p.csv", strings.NewReader("code\np01\n")); f.Mapping != nil || f.Key != nil {
		t.Error("a file with its own codes got a mapping or key")
	}
}

// unkeyed is how codes were made before they had a key: anyone could make the code of a place
// they guessed, and read utm_content back as that place.
func unkeyed(row string) string {
	sum := sha256.Sum256([]byte("0\x1e" + row))
	return spell(sum[:])
}

// A code cannot be made from a guess of the place: each organisation's key gives other codes,
// and only the same key gives the same codes again.
func TestCodesNeedTheKey(t *testing.T) {
	places := []string{"library", "motel restroom", "womens shelter", "bus station"}
	file := "place\n" + strings.Join(places, "\n") + "\n"
	a, err := Read("p.csv", strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Read("p.csv", strings.NewReader(file))
	again, _ := ReadAfter("p.csv", strings.NewReader(file), Earlier{Key: a.Key}, nil)
	for i, place := range places {
		if a.Codes[i] == unkeyed(place) {
			t.Errorf("%s: code %s is the unkeyed hash of the place", place, a.Codes[i])
		}
		if a.Codes[i] == b.Codes[i] {
			t.Errorf("%s: two keys gave the same code %s", place, a.Codes[i])
		}
		if again.Codes[i] != a.Codes[i] {
			t.Errorf("%s: the same key gave %s, then %s", place, a.Codes[i], again.Codes[i])
		}
	}
	if bytes.Equal(a.Key, b.Key) || !bytes.Equal(again.Key, a.Key) {
		t.Errorf("keys: %q, %q, %q", a.Key, b.Key, again.Key)
	}
}

// A run into a folder an earlier run left keeps the codes its mapping recorded, even one from
// before codes had a key; a new place gets a keyed code no earlier place had.
func TestEarlierCodesKept(t *testing.T) {
	if got := unkeyed("motel, room 2\x1fb"); got != "t7d7q9" { // as the codes before keys were made
		t.Fatalf("unkeyed gives %s, not the code of before", got)
	}
	old := unkeyed("library") // as a mapping from before keys recorded it
	mapping := "code,place\n" + old + ",library\nb2c3d4,gym\n"
	file := "place\nbus station\nlibrary\n"
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, MappingName), []byte(mapping), 0o600)
	path := filepath.Join(t.TempDir(), "places.csv")
	os.WriteFile(path, []byte(file), 0o644)
	f, err := Load(path, out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Codes[1] != old || f.Codes[0] == old || f.Codes[0] == "b2c3d4" || f.Codes[0] == unkeyed("bus station") || f.Key == nil {
		t.Errorf("codes %v, key %q; want library to keep %s", f.Codes, f.Key, old)
	}
	os.WriteFile(filepath.Join(out, MappingName), f.Mapping, 0o600)
	os.WriteFile(filepath.Join(out, KeyName), f.Key, 0o600)
	g, err := Load(path, out, nil)
	if err != nil || strings.Join(g.Codes, " ") != strings.Join(f.Codes, " ") || !bytes.Equal(g.Key, f.Key) {
		t.Errorf("next run: %v, %v, key %q; want %v, key %q", g.Codes, err, g.Key, f.Codes, f.Key)
	}
	os.Remove(filepath.Join(out, MappingName)) // the key alone gives the same codes to new places
	if h, _ := Load(path, out, nil); h.Codes[0] != f.Codes[0] {
		t.Errorf("with the key alone: %v; want %s first", h.Codes, f.Codes[0])
	}
}

// A code an earlier run made that spells a word listed since (c4f3k7: cafe) is read again from
// its mapping and kept: the copies that carry it may already hang.
func TestEarlierCodeSpellingLateWord(t *testing.T) {
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, MappingName), []byte("code,place\nc4f3k7,library\n"), 0o600)
	path := filepath.Join(t.TempDir(), "places.csv")
	os.WriteFile(path, []byte("place\nlibrary\n"), 0o644)
	if f, err := Load(path, out, nil); err != nil || len(f.Codes) != 1 || f.Codes[0] != "c4f3k7" {
		t.Errorf("codes %v, %v; want library to keep c4f3k7", f.Codes, err)
	}
}

// A place is its first column: a row whose note changed keeps the code the earlier mapping
// gave its place (and with the key alone, the code it was made with), so scans of the copies
// already up still name it; a row the mapping holds as it is keeps its own code first; a
// renamed place is a new place.
func TestNoteEditKeepsCode(t *testing.T) {
	const before = "place,note\nlibrary,front\ngym,east\nclinic,a\nclinic,b\n"
	first, err := Read("a.csv", strings.NewReader(before))
	if err != nil {
		t.Fatal(err)
	}
	code := map[string]string{"library": first.Codes[0], "gym": first.Codes[1], "clinic a": first.Codes[2], "clinic b": first.Codes[3]}
	for _, tt := range []struct {
		name, file string
		want       []string // the places whose codes the rows get, in order; "" for a new code
	}{
		{"a note edited", "place,note\nlibrary,front door\ngym,east\nclinic,a\nclinic,b\n", []string{"library", "gym", "clinic a", "clinic b"}},
		{"the place in another case and spacing", "place,note\n Library ,front door\nGYM,\n", []string{"library", "gym"}},
		{"rows moved, notes edited", "place,note\ngym,west\nlibrary,back\n", []string{"gym", "library"}},
		{"a note column added", "place,note,floor\nlibrary,front,1\ngym,east,2\n", []string{"library", "gym"}},
		{"a row as it was comes first", "place,note\nclinic,c\nclinic,b\n", []string{"clinic a", "clinic b"}},
		{"a place renamed", "place,note\npublic library,front\n", []string{""}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range []struct {
				name    string
				earlier Earlier
			}{{"with the mapping", Earlier{Key: first.Key, Mapping: first.Mapping}}, {"with the key alone", Earlier{Key: first.Key}}} {
				f, err := ReadAfter("b.csv", strings.NewReader(tt.file), e.earlier, nil)
				if err != nil {
					t.Fatal(err)
				}
				for i, place := range tt.want {
					if e.earlier.Mapping == nil && strings.HasPrefix(place, "clinic") {
						continue // a repeated place: its codes go by order, which only the mapping keeps
					}
					if place != "" && f.Codes[i] != code[place] || place == "" && slices.Contains(first.Codes, f.Codes[i]) {
						t.Errorf("%s: row %d has code %s; want the code of %q (%v)", e.name, i+1, f.Codes[i], place, code)
					}
				}
			}
		})
	}
}

// What an earlier run left that haven cannot read is an error naming it, never new codes.
func TestEarlierUnreadable(t *testing.T) {
	tests := []struct{ key, mapping, want string }{
		{"not hex\n", "", "placement-codes.key: is not a key haven wrote"},
		{"", "code,place\nlibrary,library\n", `placement-codes.csv:2: code: "library" has "library", letters side by side`},
		{"", "place\nlibrary\n", "placement-codes.csv:1: has no code column"},
	}
	for _, tt := range tests {
		e := Earlier{KeyPath: KeyName, MappingPath: MappingName}
		if tt.key != "" {
			e.Key = []byte(tt.key)
		}
		if tt.mapping != "" {
			e.Mapping = []byte(tt.mapping)
		}
		_, err := ReadAfter("p.csv", strings.NewReader("place\nlibrary\n"), e, nil)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q %q: %v; want %s", tt.key, tt.mapping, err, tt.want)
		}
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, csv string
		want      string // codes joined by space, or the first error line
	}{
		{"codes and private notes", "code,where\np01,front door\np02,\"gym, east wall\"\n", "p01 p02"},
		{"code column anywhere, BOM", "\ufeffnote,Code\nlobby,a7\n", "a7"},
		{"descriptive code", "code\nmotel-restroom-2nd-floor\n", `places.csv:2: code: "motel-restroom-2nd-floor" is longer than 16 characters (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"spaces and capitals", "code\nMotel Room\n", `places.csv:2: code: "Motel Room" may only use a-z, 0-9 and - (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"duplicate", "code\np01\np01\n", `places.csv:3: code: "p01" is already used on line 2 (each code names one place)`},
		{"capitals", "code\nP01\nB 12\n", `places.csv:2: code: "P01" may only use a-z, 0-9 and -: write p01 (codes are opaque`},
		{"a space", "code\np01\nb 12\n", `places.csv:3: code: "b 12" may only use a-z, 0-9 and -: write b-12 (codes are opaque`},
		{"path escape", "code\n../etc\n", `places.csv:2: code: "../etc" may only use a-z, 0-9 and - (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"revealing code", "code\nmotel-restroom-2\n", `places.csv:2: code: "motel-restroom-2" has "motel-restroom", letters side by side: a code is printed on every copy and sent with every scan, and letters together, or with only - between them, spell words and abbreviations (gym, spa, dv, d-v) that tell who sees the card where it was picked up; put a digit between letters, as in p07 or a3k9 (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"revealing short code", "code\ngym\n", `places.csv:2: code: "gym" has "gym", letters side by side`},
		{"revealing abbreviation", "code\ndv-1\n", `places.csv:2: code: "dv-1" has "dv", letters side by side`},
		{"abbreviation spelt out", "code\np01\nd-v\n", `places.csv:3: code: "d-v" has "d-v", letters side by side`},
		{"word with digits for letters", "code\np01\ns3x\n", `places.csv:3: code: "s3x" spells "sex" with digits for letters`},
		{"revealing numbered", "code\np01\nspa-1\nbar-2\nmtl-03\n", `places.csv:3: code: "spa-1" has "spa", letters side by side`},
		{"one letter at a time passes", "code\np07\na3k9\nb-12\nx8y8\n", "p07 a3k9 b-12 x8y8"},
		{"no code column", "place,note\n\"motel, room 2\",b\n", "6 characters"},
		{"semicolons, as Excel saves CSV in much of Europe", "code;where\np01;library\np02;gym, east wall\n", "p01 p02"},
		{"semicolons, code not first", "\ufeffwhere, exactly;Code\nlibrary;p01\n", "p01"},
		{"tabs", "where\tcode\nlibrary\tp01\ngym\tp02\n", "p01 p02"},
		{"Excel's Unicode text: UTF-16, tabs", "\xff\xfew\x00h\x00e\x00r\x00e\x00\t\x00c\x00o\x00d\x00e\x00\r\x00\n\x00g\x00y\x00m\x00\t\x00p\x000\x002\x00\r\x00\n\x00", "p02"},
		{"semicolons, no code column", "place;note\nlibrary;front\n", "6 characters"},
		{"semicolons, bad code", "code;where\np01;library\nmotel;motel\n", `places.csv:3: code: "motel" has "motel"`},
		{"no code column, no rows", "place,note\n", "places.csv: has no placements (add one line per place under the header)"},
		{"empty file", "", "places.csv: is empty (the first line names the columns, e.g. code,note)"},
		{"two code columns", "code,where,Code\np01,library,p02\n", `places.csv:1: code: two columns are named code: column A ("code") and column C ("Code") (keep the codes in one; rename the other, e.g. to note)`},
		{"two code columns, far apart", "\ufeffcode" + strings.Repeat(";x", 26) + "; code \np01\n", `places.csv:1: code: two columns are named code: column A ("code") and column AB ("code ")`},
		// Excel saves rows it thinks used as commas alone: blank lines, as a blank line is
		{"all-empty rows", "code,where\np01,library\n,\n , \n\np02,gym\n,\n", "p01 p02"},
		{"all-empty rows, no code column", "place,note\nlibrary,front\n,\n", "6 characters"},
		{"only all-empty rows", "code,where\n,\n,\n", "places.csv: has no placements (add one code per line under the header)"},
		{"a row with a note but no code", "code,where\np01,library\n,gym\n", `places.csv:3: code: is empty`},
		{"code starting with -", "code\n-p01\n", `places.csv:2: code: "-p01" starts or ends with -`},
		{"an inch mark inside a field", "code,where\np01,board 24\" wide\n", `places.csv:2: not valid CSV: a " at character 13 is inside a field, where CSV reads it as the start or end of a quoted one (write the field inside quotes with the " doubled ("a 24"" board"), or take the " out`},
		{"bad quoting", "code\n\"p01\n", `places.csv:2: not valid CSV: extraneous or missing " in quoted-field (save it as CSV (comma-separated) from your spreadsheet)`},
		{"a quote never closed, lines above the end", "code,where\np01,library\np02,\"gym, east wall\np03,gym\np04,x\n", `places.csv:3: not valid CSV: a field on this line opens with " and is not closed as CSV closes it`},
		{"a quote closed, text after it", "code,where\np01,lib\np02,\"gym,\neast wall\" x\np03,gym\n", `places.csv:3: not valid CSV: a field on this line opens with " and is not closed as CSV closes it, with " right before a comma or the line's end (close the field with " there, or take the " out)`},
		{"a quote inside a field", "code,where\np01,lib\"rary\n", `places.csv:2: not valid CSV: a " at character 8 is inside a field`},
		// Excel's first line naming the separator: honoured, not read as the header
		{"Excel's sep line", "sep=;\ncode;where\np01;library, east\n", "p01"},
		{"Excel's sep line, Windows line ends and a byte order mark", "\ufeffsep=,\r\ncode,where\r\np01,library\r\n", "p01"},
		{"Excel's sep line as a sheet saves it", "sep=;;\nwhere;code\nlibrary;p01\n", "p01"},
		{"Excel's sep line, no code column", "sep=;\nplace;note\nlibrary;front\n", "6 characters"},
		{"Excel's sep line, the lines counted", "sep=;\ncode;where\np01;library\ngym;gym\n", `places.csv:4: code: "gym" has "gym"`},
		{"Excel's sep line naming none", "sep=\ncode\np01\n", `places.csv:1: the first line "sep=" is Excel's line naming the separator, but names none (write the character between the columns after sep= (sep=; for semicolons), or delete the line: haven finds the separator by itself)`},
		// a header under a title row, as a sheet has one, or repeated: never a place to make a
		// code for, nor a code
		{"title row above the header", "Spring fair placements,\ncode,note\np01,Library\ns12,Gym\n", `places.csv:2: code: the code column's header ("code") is on line 2: haven reads the file's first line as the header, and would make a code for each line under it (delete the title row above the header, so that the header is the first line)`},
		{"title row, its comma no separator", "Spring fair, 2027;\nWhere;Code\nLibrary;p01\n", `places.csv:2: code: the code column's header ("Code") is on line 2`},
		{"title on two rows", "Spring fair\n2027\n\ncode\np01\n", `places.csv:4: code: the code column's header ("code") is on line 4: haven reads the file's first line as the header, and would make a code for each line under it (delete the rows above the header if they are a title, so that the header is the first line; if they are places, move them under it)`},
		{"header repeated", "code,note\np01,Library\nCode,Note\ns12,Gym\n", `places.csv:3: code: repeats the header: column A is named "Code" (delete this line: the header is the file's first line only)`},
		{"empty rows above the header", ",,\n\ncode,note\np01,Library\n", "p01"},
		// a place haven makes a code from: given, and once
		{"no place", "where,note\n,front door\nlibrary,b\n", `places.csv:2: has no place in column A ("where"): haven makes each code from the place, the notes after it may change (write where the copies go in column A, or delete the row)`},
		// a file saved without its header: its first row would be taken as the column names,
		// and its place get no copies; a header in any language is read as one
		{"no header, codes first", "p01,library\np02,gym\n", `places.csv:1: is read as the column names, but its column A is "p01", a code or a number, not a column's name: read so, this row would get no copies (add a first line naming the columns: code,place when your codes are in column A, or place,note for haven to make the codes)`},
		{"no header, codes in capitals, semicolons", "\ufeffLibrary;P01\nGym;P02\n", `places.csv:1: is read as the column names, but its column B is "P01"`},
		{"no header, numbered rows", "1,library\n2,gym\n", `places.csv:1: is read as the column names, but its column A is "1"`},
		{"no header, after Excel's sep line", "sep=;\np01;library\n", `places.csv:2: is read as the column names, but its column A is "p01"`},
		{"no header, a place given again", "\ufeffLibrary,front door\ngym,east wall\nlibrary,restroom\n", `places.csv:1: is read as the column names, but line 3 gives its place, "library", as a place: read so, this row would get no copies (add a first line`},
		{"header in Spanish", "lugar,nota\nbiblioteca,entrada\ngimnasio,pared este\n", "6 characters 6 characters"},
		{"header in German", "Ort;Notiz\nBibliothek;Eingang\n", "6 characters"},
		{"header in Chinese", "地点,备注\n图书馆,门口\n", "6 characters"},
		{"a column named by a quarter", "place,Q2\nlibrary,3\ngym,12\n", "6 characters 6 characters"},
		{"a column named by a year", "place,2027\nlibrary,12\n", "6 characters"},
		{"header with a year", "place,note 2027\nlibrary,front\n", "6 characters"},
		{"a place given twice", "where,note\nlibrary,front door\ngym,\n Library ,Front  door,\n", `places.csv:4: lists "Library" as line 2 does: the two rows would get two codes, and nothing would tell which copies hang where (if it is one place, delete this row; for two spots there, say which is which in a note (library,front door and library,restroom))`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read("places.csv", strings.NewReader(tt.csv))
			got := strings.Join(f.Codes, " ")
			if err != nil {
				got = strings.SplitN(err.Error(), "\n", 2)[0]
			}
			if f.Mapping != nil && err == nil {
				got = strings.TrimSpace(strings.Repeat("6 characters ", len(f.Codes)))
				for _, c := range f.Codes {
					if len(c) != 6 || Check(c) != "" {
						got = "code " + c
					}
				}
			}
			if got != tt.want && !(strings.HasPrefix(tt.want, "places.csv:") && strings.HasPrefix(got, tt.want)) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// A file over the limit is refused whole: cut at the limit, its last row would be a code
// that is not in the file ("p12" from "p123456") and the rest dropped in silence.
func TestOverLimitRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("code,note\n")
	for b.Len() < input.PlacementsLimit+100 {
		b.WriteString("p123456," + strings.Repeat("x", 200) + "\n")
	}
	codes, err := Read("places.csv", strings.NewReader(b.String()))
	if err == nil || !strings.Contains(err.Error(), "places.csv: is more than 16 MB") {
		t.Errorf("%d codes, error %v; want the file refused", len(codes.Codes), err)
	}
	path := filepath.Join(t.TempDir(), "places.csv")
	os.WriteFile(path, []byte(b.String()), 0o644)
	if _, err := Load(path, t.TempDir(), nil); err == nil || !strings.Contains(err.Error(), "is 16,777,485 bytes, over the limit of 16,777,216 bytes") {
		t.Errorf("Load: %v", err)
	}
}

// Load refuses what is not a file before reading it: /dev/zero would never end.
func TestLoadSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	for path, want := range map[string]string{
		"/dev/zero":                    "is a device, not a file",
		dir:                            "is a folder, not a file",
		filepath.Join(dir, "none.csv"): "does not exist",
	} {
		_, err := Load(path, t.TempDir(), nil)
		if err == nil || !input.Unopenable(err) || input.Describe(err) != want {
			t.Errorf("%s: %v; want %q", path, err, want)
		}
	}
}

// FuzzRead: any bytes give codes or problems that name the file, promptly, and every code
// returned passes Check (codes become folder names).
func FuzzRead(f *testing.F) {
	f.Add([]byte("code,where\np01,front door\np02,\"gym, east wall\"\n"))
	f.Add([]byte("\ufeffnote,Code\nlobby,a7\n"))
	f.Add([]byte("code\n\"p01\n"))
	f.Add([]byte("code\n../etc\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		var codes []string
		var err error
		go func() { var f File; f, err = Read("places.csv", bytes.NewReader(data)); codes = f.Codes; close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Read did not return within 5 s on %q", data)
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "places.csv") {
				t.Errorf("a problem that does not name the file: %v", err)
			}
			return
		}
		for _, c := range codes {
			if Check(c) != "" {
				t.Errorf("code %q returned though %s", c, Check(c))
			}
		}
	})
}

// The mapping haven writes is in the form of the file it was made from: its separator, byte
// order mark, Excel's line naming the separator and line ends, so the spreadsheet that saved
// the file opens it in columns, its accents right (Excel in much of Europe reads a file in
// commas as one column, and one without the mark in its code page: café as cafÃ©).
func TestMappingKeepsTheFilesForm(t *testing.T) {
	for _, tt := range []struct{ name, csv, want string }{
		{"commas", "place,note\ncafé,front\n", "code,place,note\nC,café,front\n"},
		{"European Excel: a byte order mark, semicolons", "\ufeffplace;note\r\ncafé;front, left\r\n", "\ufeffcode;place;note\r\nC;café;front, left\r\n"},
		{"Excel's sep line", "sep=;\nplace;note\ncafé;front\n", "sep=;\ncode;place;note\nC;café;front\n"},
		{"tabs", "place\tnote\ncafé\tfront\n", "code\tplace\tnote\nC\tcafé\tfront\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read("p.csv", strings.NewReader(tt.csv))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Replace(string(f.Mapping), f.Codes[0], "C", 1); got != tt.want {
				t.Errorf("mapping %q, want %q", got, tt.want)
			}
		})
	}
}
