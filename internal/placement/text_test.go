package placement

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"haven/internal/content"
	"haven/internal/diag"
)

// utf16 is s saved as UTF-16 with the byte order, and with its mark when bom says so.
func utf16(t *testing.T, s string, order unicode.Endianness, bom bool) string {
	t.Helper()
	policy := unicode.IgnoreBOM
	if bom {
		policy = unicode.UseBOM
	}
	out, _, err := transform.String(unicode.UTF16(order, policy).NewEncoder(), s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A file that is no text is refused, naming the line and how to save a spreadsheet as text,
// never read as rows of garbage that get codes; the text files Excel and Notepad save are read.
func TestPlacementsFileIsText(t *testing.T) {
	const rows = "code\twhere\r\np01\tcafe\r\np02\tlibrary\r\n"
	for _, tc := range []struct {
		name, file, want string // want: the codes, or the start of the message
	}{
		{"UTF-8", "code,where\np01,cafe\np02,library\n", "p01 p02"},
		{"UTF-8 with BOM and CRLF", "\ufeffcode,where\r\np01,cafe\r\np02,library\r\n", "p01 p02"},
		{`Excel's "CSV (Macintosh)": lines ending in CR alone`, "code,where\rp01,cafe\rp02,library\r", "p01 p02"},
		{"CR alone, no code column", "place\rcafe\rlibrary\r", "made"},
		{"CR alone, the lines counted", "code,where\rp01,cafe\rp02,lib\x00rary\r", `p.csv:3: has a control character (U+0000)`},
		{"UTF-16LE with BOM", utf16(t, rows, unicode.LittleEndian, true), "p01 p02"},
		{"UTF-16BE with BOM", utf16(t, rows, unicode.BigEndian, true), "p01 p02"},
		{"UTF-16LE without BOM", utf16(t, rows, unicode.LittleEndian, false), `p.csv:1: is saved as UTF-16`},
		{"UTF-16BE without BOM", utf16(t, rows, unicode.BigEndian, false), `p.csv:1: is saved as UTF-16`},
		{"no code column, UTF-16 without BOM", utf16(t, "place\r\ncafe\r\n", unicode.LittleEndian, false), `p.csv:1: is saved as UTF-16`},
		{"xlsx renamed", "PK\x03\x04\x14\x00\x00\x00\x08\x00code p01", `p.csv:1: is a spreadsheet workbook`},
		{"xls renamed", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", `p.csv:1: is a spreadsheet workbook`},
		{"NUL in a note", "code,where\np01,cafe\np02,lib\x00rary\n", `p.csv:3: has a control character (U+0000)`},
		{"form feed", "place\ncafe\n\f\n", `p.csv:3: has a control character (U+000C)`},
		{"Latin-1", "place\ncaf\xe9\n", `p.csv:2: is not UTF-8 text`},
	} {
		f, err := Read("p.csv", strings.NewReader(tc.file))
		got := strings.Join(f.Codes, " ")
		if f.Mapping != nil && len(f.Codes) == 2 {
			got = "made"
		}
		if err != nil {
			got = err.Error()
			if !strings.Contains(got, "save it as CSV UTF-8 from Excel: File > Save As > CSV UTF-8") {
				t.Errorf("%s: %q says not how to save the file as text", tc.name, got)
			}
		}
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A header cell naming the codes as people do is the code column; one that names some other
// code (a zip code) or codes with more words is refused, naming it: read as places, the user's
// codes would get codes of their own, and read as codes, a zip code would print on every copy.
func TestCodeHeaders(t *testing.T) {
	for _, tc := range []struct {
		header, want string // want: the codes read, "made" for codes haven made, or the message
	}{
		{"code", "p01 a3k9"},
		{"Code", "p01 a3k9"},
		{"CODES", "p01 a3k9"},
		{"codes", "p01 a3k9"},
		{" code ", "p01 a3k9"},
		{"\ufeffcodes", "p01 a3k9"},
		{"Code #", "p01 a3k9"},
		{"Placement code", "p01 a3k9"},
		{"placement_codes", "p01 a3k9"},
		{"zip code", `p.csv:1: has no column named code, but column A is named "zip code"`},
		{"code number", `p.csv:1: has no column named code, but column A is named "code number"`},
		{"my codes", `p.csv:1: has no column named code, but column A is named "my codes"`},
		{"postcode", "made"}, // a word of its own
		{"place", "made"},
	} {
		f, err := Read("p.csv", strings.NewReader(tc.header+",where\np01,cafe\na3k9,library\n"))
		got := strings.Join(f.Codes, " ")
		if f.Mapping != nil {
			got = "made"
		}
		if err != nil {
			got = err.Error()
		}
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("header %q: got %q, want %q", tc.header, got, tc.want)
		}
	}
	// beside the code column, a cell naming another code is a note
	if f, err := Read("p.csv", strings.NewReader("code,zip code\np01,90210\n")); err != nil || strings.Join(f.Codes, " ") != "p01" {
		t.Errorf("code beside zip code: %v, %v", f.Codes, err)
	}
	// two columns named as codes: which holds them?
	if _, err := Read("p.csv", strings.NewReader("codes,Code\np01,p02\n")); err == nil || !strings.Contains(err.Error(), "two columns are named code") {
		t.Errorf("codes and Code: %v", err)
	}
}

// settingsWith are the settings of a U.S. line with every kind of number a card prints.
func settingsWith() content.Settings {
	var s content.Settings
	s.Country = "US"
	s.Hotline.Call = diag.Located{Text: "1-888-373-7888", Field: "hotline.call"}
	s.Hotline.Text = diag.Located{Text: "233733", Field: "hotline.text"}
	s.Hotline.TTY = diag.Located{Text: "1-800-787-3224", Field: "hotline.tty"}
	s.Hotline.Emergency = diag.Located{Text: "911", Field: "hotline.emergency"}
	s.Hotline.Keyword = diag.Located{Text: "4357", Field: "hotline.keyword"}
	s.Organisation.OtherNumbers = []content.OtherNumber{{Number: diag.Located{Text: "614-276-2274", Field: "organisation.other_numbers[0]"}, Label: "office"}}
	return s
}

// A code is printed on every card, under "In immediate danger, call 911": one that is one of
// the numbers the content prints, or one slip from one, is refused, as a slip in the content
// is; a code that reads as no number passes.
func TestCodesAreNoNumber(t *testing.T) {
	s := settingsWith()
	for _, tc := range []struct{ code, want string }{
		{"p07", ""},
		{"a3k9", ""},
		{"b-12", ""},
		{"t7d7q9", ""},
		{"7", ""},    // a single digit is no number anyone dials
		{"119", ""},  // 9 and 1 moved apart: no slip, as the content reads it
		{"p912", ""}, // short digits glued to a letter read as a code, as "p912" in a text does
		{"p-912", `"p-912" is one slip away from hotline.emergency 911`}, // set apart by a dash: a number of their own
		{"b-9-1-1", `"b-9-1-1" is hotline.emergency 911`},
		{"p-912-x", `"p-912-x" is one slip away from hotline.emergency 911`},
		{"2337", ""}, // two digits from 233733
		{"12", ""},   // two changes from 911
		{"912", `"912" is one slip away from hotline.emergency 911`},
		{"91", `"91" is one slip away from hotline.emergency 911`},
		{"9111", `"9111" is one slip away from hotline.emergency 911`},
		{"191", `"191" is one slip away from hotline.emergency 911`},
		{"811", `"811" is one slip away from hotline.emergency 911`},
		{"921", `"921" is one slip away from hotline.emergency 911`},
		{"9-12", `"9-12" is one slip away from hotline.emergency 911`},
		{"911", `"911" is hotline.emergency 911`},
		{"9-11", `"9-11" is hotline.emergency 911`},
		{"4357", `"4357" is hotline.keyword 4357`},
		{"4358", `"4358" is one slip away from hotline.keyword 4357`},
		{"233733", `"233733" is hotline.text 233733`},
		{"p233733", `"p233733" is hotline.text 233733`},
		{"8883737888", `"8883737888" is hotline.call 1-888-373-7888`},
		{"888-373-7888", `"888-373-7888" is hotline.call 1-888-373-7888`},
		{"8007873224", `"8007873224" is hotline.tty 1-800-787-3224`},
		{"8007873225", `"8007873225" holds 8007873225, one slip away from hotline.tty 1-800-787-3224`},
		{"6142762274", `"6142762274" is organisation.other_numbers[0] 614-276-2274 (office)`},
		{"6142762247", `"6142762247" holds 6142762247, one slip away from organisation.other_numbers[0] 614-276-2274 (office)`},
		{"233734", `"233734" holds 233734, one slip away from hotline.text 233733`},
		// five digits in a row, no number of the content's, may be a postcode: four pass
		{"94110", `"94110" has five digits or more in a row, which may read as a postcode or a number`},
		{"p-98052-3", `"p-98052-3" has five digits or more in a row`},
		{"p0417", ""},
		{"2027-4", ""},
		// and in groups joined by dashes: a phone number, a postcode split in two; a year's group is none
		{"212-555-0100", `"212-555-0100" has five digits or more in groups joined by dashes (212-555-0100)`},
		{"94-110", `"94-110" has five digits or more in groups joined by dashes`},
		{"p-373-7888", `"p-373-7888" has five digits or more in groups joined by dashes (373-7888)`},
		{"2027-04-15", ""},
		{"lib-12-34", ""},
		// letters that print as digits, under "In immediate danger, call 911"
		{"9l1", `"9l1" reads as "911", its letters l, i and o printed small as the digits 1 and 0: "911" is hotline.emergency 911`},
		{"91l", `"91l" reads as "911"`},
		{"9i1", `"9i1" reads as "911"`},
		{"91i", `"91i" reads as "911"`},
		{"o911", `"o911" reads as "0911"`},
		{"p-9l2", `"p-9l2" reads as "p-912", its letters l, i and o printed small as the digits 1 and 0: "p-912" is one slip away from hotline.emergency 911`},
		{"lo7", ""},
		{"q1l2", ""},
	} {
		got := s.CheckCode(tc.code)
		if !strings.HasPrefix(got, tc.want) || (tc.want == "") != (got == "") {
			t.Errorf("CheckCode(%q) = %q, want it to begin %q", tc.code, got, tc.want)
		}
	}
}

// Codes haven makes avoid what avoid refuses (the organisation's numbers and their slips):
// such a code is made again, and the others keep theirs.
func TestMadeCodesAvoidNumbers(t *testing.T) {
	const file = "place\nlibrary\ncafe\ngym\n"
	e := Earlier{Key: []byte("# key\n" + strings.Repeat("cd", 32) + "\n")}
	free, err := ReadAfter("p.csv", strings.NewReader(file), e, nil)
	if err != nil {
		t.Fatal(err)
	}
	refused := free.Codes[1]
	f, err := ReadAfter("p.csv", strings.NewReader(file), e, func(c string) string {
		if c == refused {
			return "is one slip away from hotline.emergency 911"
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	if f.Codes[1] == refused || f.Codes[0] != free.Codes[0] || f.Codes[2] != free.Codes[2] || Check(f.Codes[1]) != "" {
		t.Errorf("codes %v, made freely %v: only %s should be made again", f.Codes, free.Codes, refused)
	}
	if !bytes.Contains(f.Mapping, []byte(f.Codes[1]+",cafe")) {
		t.Errorf("mapping does not hold the code made again:\n%s", f.Mapping)
	}
	// made with the settings' own check, as a run is, every code passes it
	s := settingsWith()
	f, err = ReadAfter("p.csv", strings.NewReader(file), e, s.CodeCheck())
	for _, c := range f.Codes {
		if msg := s.CheckCode(c); err != nil || msg != "" {
			t.Errorf("made %s: %v", msg, err)
		}
	}
}

// A run for a few of the places (a reprint) keeps the other places of the earlier mapping, with
// their codes: their copies may hang, and their scans are looked up in it; given again, a place
// gets its code back.
func TestMappingKeepsEarlierPlaces(t *testing.T) {
	first, err := ReadAfter("p.csv", strings.NewReader("place,note\nlibrary,front\ncafe,\ngym,east wall\n"), Earlier{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	e := Earlier{Key: first.Key, Mapping: first.Mapping}
	one, err := ReadAfter("p.csv", strings.NewReader("place,note\ncafe,\n"), e, nil)
	if err != nil {
		t.Fatal(err)
	}
	if one.Kept != 2 || len(one.Codes) != 1 || one.Codes[0] != first.Codes[1] {
		t.Fatalf("kept %d, codes %v, want 2 kept and %s", one.Kept, one.Codes, first.Codes[1])
	}
	for i, row := range []string{"library,front", "gym,east wall"} {
		if line := first.Codes[[]int{0, 2}[i]] + "," + row; !bytes.Contains(one.Mapping, []byte(line)) {
			t.Errorf("the mapping lost %q:\n%s", line, one.Mapping)
		}
	}
	again, err := ReadAfter("p.csv", strings.NewReader("place,note\ngym,east wall\nlibrary,front\n"), Earlier{Key: one.Key, Mapping: one.Mapping}, nil)
	if err != nil || again.Codes[0] != first.Codes[2] || again.Codes[1] != first.Codes[0] || again.Kept != 1 {
		t.Errorf("given again: %v, %v, kept %d; want %s, %s and 1 kept", err, again.Codes, again.Kept, first.Codes[2], first.Codes[0])
	}
}

// A place written two ways that print alike is one place: composed and decomposed accents
// (Café as a Mac may save it), a zero-width space pasted with it.
func TestPlacesThatPrintAlike(t *testing.T) {
	for _, file := range []string{"place\nCafé\nCafe\u0301\n", "place,note\nLibrary,front door\nLibrary\u200b,front door\n"} {
		if _, err := Read("p.csv", strings.NewReader(file)); err == nil || !strings.Contains(err.Error(), "as line 2 does") {
			t.Errorf("%q: %v, want the second row refused as the first's", file, err)
		}
	}
	a, _ := ReadAfter("p.csv", strings.NewReader("place\nCafé\n"), Earlier{}, nil)
	b, _ := ReadAfter("p.csv", strings.NewReader("place\nCafe\u0301\n"), Earlier{Key: a.Key, Mapping: a.Mapping}, nil)
	if len(a.Codes) != 1 || len(b.Codes) != 1 || a.Codes[0] != b.Codes[0] {
		t.Errorf("Café written two ways: %v and %v, want one code", a.Codes, b.Codes)
	}
}
