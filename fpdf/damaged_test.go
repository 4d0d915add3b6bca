package fpdf

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"
)

// TestDamagedFontIsAnError cuts a font whose head table names no loca format the cutter knows:
// the document's Output returns an error, with and without a cache (whose subsets are cut on
// goroutines of their own), and Cut returns; none panics.
func TestDamagedFontIsAnError(t *testing.T) {
	data, err := os.ReadFile("font/calligra.ttf")
	if err != nil {
		t.Fatal(err)
	}
	tables := int(binary.BigEndian.Uint16(data[4:6]))
	for i := range tables {
		rec := data[12+16*i:]
		if string(rec[:4]) == "head" {
			binary.BigEndian.PutUint16(data[binary.BigEndian.Uint32(rec[8:12])+50:], 14) // indexToLocFormat
		}
	}
	font, err := ParseUTF8Font("calligra", "", data)
	if err != nil {
		t.Skipf("the parser refuses the damaged font already: %v", err)
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
		if err == nil || !strings.Contains(err.Error(), "cannot be cut into a subset") {
			t.Errorf("cache %v: Output returned %v, want the font's error", c != nil, err)
		}
	}
}
