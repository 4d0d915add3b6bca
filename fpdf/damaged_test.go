package fpdf

import (
	"bytes"
	"encoding/binary"
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

// Patch 26: a format 4 character map whose segment count its table cannot hold, or whose
// segments overlap, is the parse's error, found at once: read as it says, it made a map of
// up to two billion characters.
func TestDamagedCharacterMap(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(sub []byte)
	}{
		{"segments", func(sub []byte) { binary.BigEndian.PutUint16(sub[6:], 0xFFFE) }},
		{"overlap", func(sub []byte) { // every segment starts at 0
			seg := int(binary.BigEndian.Uint16(sub[6:])) / 2
			for n := range seg - 1 {
				binary.BigEndian.PutUint16(sub[16+2*seg+2*n:], 0)
			}
		}},
	} {
		data, err := os.ReadFile("font/calligra.ttf")
		if err != nil {
			t.Fatal(err)
		}
		tc.spoil(format4(t, data))
		_, err = ParseUTF8Font("calligra", "", data)
		if err == nil || !strings.Contains(err.Error(), "character map is damaged") {
			t.Errorf("%s: %v, want the damaged map's error", tc.name, err)
		}
	}
}

// format4 is the format 4 subtable of the font data's cmap.
func format4(t *testing.T, data []byte) []byte {
	t.Helper()
	for i := range int(binary.BigEndian.Uint16(data[4:6])) {
		if rec := data[12+16*i:]; string(rec[:4]) == "cmap" {
			cmap := data[binary.BigEndian.Uint32(rec[8:12]):]
			for k := range int(binary.BigEndian.Uint16(cmap[2:])) {
				sub := cmap[binary.BigEndian.Uint32(cmap[4+8*k+4:]):]
				if binary.BigEndian.Uint16(sub) == 4 {
					return sub
				}
			}
		}
	}
	t.Fatal("no format 4 character map")
	return nil
}
