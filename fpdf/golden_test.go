package fpdf

import (
	"bytes"
	"os"
	"testing"
	"time"
)

// TestUTF8DocumentGolden holds a whole document with a subset UTF-8 font, compressed, to the
// bytes upstream v0.12.0 wrote for it (testdata/utf8doc.golden.pdf): the patches change how
// fast it is written, not one byte of it.
func TestUTF8DocumentGolden(t *testing.T) {
	font, err := os.ReadFile("font/calligra.ttf")
	if err != nil {
		t.Fatal(err)
	}
	// without a subset cache, then with one (subsets made at the same time), then taken from it
	cache := NewSubsetCache()
	for _, c := range []*SubsetCache{nil, cache, cache} {
		pdf := New("P", "pt", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetSubsetCache(c)
		pdf.AddUTF8FontFromBytes("calligra", "", font)
		pdf.AddUTF8FontFromBytes("calligra", "B", font)
		pdf.AddPage()
		pdf.SetFont("calligra", "", 12)
		pdf.Text(20, 40, "The quick brown fox jumps over the lazy dog. àéîõü 0123456789")
		pdf.SetFont("calligra", "B", 20)
		pdf.Text(20, 80, "Zebra quilt")
		var out bytes.Buffer
		if err := pdf.Output(&out); err != nil {
			t.Fatal(err)
		}
		const golden = "testdata/utf8doc.golden.pdf"
		if *update && c == nil {
			if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), want) {
			t.Errorf("cache %v: the document (%d bytes) differs from upstream's (%d bytes)", c != nil, out.Len(), len(want))
		}
	}
}
