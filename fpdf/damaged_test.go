package fpdf

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// TestDamagedFontIsAnError cuts a font whose head table names no loca format the cutter knows:
// the document's Output returns an error, with and without a cache (whose subsets are cut on
// goroutines of their own), and Cut returns; none panics.
func TestDamagedFontIsAnError(t *testing.T) {
	font, err := ParseUTF8Font("calligra", "", calligraWith(t, "head", 50, 14)) // indexToLocFormat
	if err != nil {
		t.Fatalf("the parser refuses the damaged font: %v", err)
	}
	cache := NewSubsetCache()
	if err := cache.Cut(font, []rune("Hello")); err == nil {
		t.Error("Cut returned no error for a font it cannot cut")
	}
	for _, c := range []*SubsetCache{nil, NewSubsetCache(), cache} {
		pdf := New("P", "pt", "A4", "")
		pdf.SetSubsetCache(c)
		pdf.AddParsedUTF8Font(font)
		pdf.AddPage()
		pdf.SetFont("calligra", "", 12)
		pdf.Text(20, 40, "Hello")
		var out bytes.Buffer
		err := pdf.Output(&out)
		if err == nil || !strings.Contains(err.Error(), "cannot be cut into a subset") || !strings.Contains(err.Error(), "loca format 14") {
			t.Errorf("cache %v: Output returned %v, want the font's error", c != nil, err)
		}
	}
}

// Patch 19: a damaged font is the parse's error, naming what is wrong, and nothing is printed
// on standard output; a name table of format 1 (language tags after the same records) is read.
func TestDamagedFontsAreErrors(t *testing.T) {
	for _, tc := range []struct {
		table  string
		offset int
		v      uint16
		want   string // in the error; "" parses
	}{
		{"head", 52, 1, "glyph data format 1"},
		{"hhea", 32, 1, "metric data format 1"},
		{"hhea", 34, 0, "no horizontal metrics"},
		{"OS/2", 8, 0x0002, "licence does not allow it to be embedded"},
		{"OS/2", 8, 0x0100, "or cut to a subset"},
		{"OS/2", 8, 0x0004, ""}, // preview and print: embeddable
		{"name", 0, 2, "name table has format 2"},
		{"name", 0, 1, ""},
		{"cmap", 2, 0, "no Unicode character map"},
	} {
		var err error
		printed := stdout(t, func() { _, err = ParseUTF8Font("calligra", "", calligraWith(t, tc.table, tc.offset, tc.v)) })
		if printed != "" {
			t.Errorf("%s+%d = %d: printed %q", tc.table, tc.offset, tc.v, printed)
		}
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s+%d = %d: %v, want %q", tc.table, tc.offset, tc.v, err, tc.want)
		}
	}
	pdf := New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes("calligra", "", calligraWith(t, "hhea", 34, 0))
	if err := pdf.Error(); err == nil || !strings.Contains(err.Error(), "no horizontal metrics") {
		t.Errorf("AddUTF8FontFromBytes left the document's error %v", pdf.Error())
	}
}

// stdout is what fn writes on standard output.
func stdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdout
	os.Stdout = w
	fn()
	os.Stdout = saved
	w.Close()
	b, _ := io.ReadAll(r)
	return string(b)
}
