package fpdf

import (
	"bytes"
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
		if err == nil || !strings.Contains(err.Error(), "cannot be cut into a subset") {
			t.Errorf("cache %v: Output returned %v, want the font's error", c != nil, err)
		}
	}
}
