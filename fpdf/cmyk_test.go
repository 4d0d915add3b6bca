package fpdf

import (
	"bytes"
	"strings"
	"testing"
)

// TestCMYKColors: fill, stroke and text colours set in CMYK are written with the k and K
// operators, components as fractions, capped at 100%; they apply to what follows them and carry
// over to the next page as RGB colours do.
func TestCMYKColors(t *testing.T) {
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(false)
	pdf.SetFont("Helvetica", "", 12)
	pdf.SetFillColorCMYK(82, 17, 0, 64)
	pdf.SetDrawColorCMYK(0, 0, 0, 200)
	pdf.SetTextColorCMYK(0, 0, 0, 100)
	pdf.AddPage()
	pdf.Rect(10, 10, 50, 20, "F")
	pdf.Line(10, 40, 60, 40)
	pdf.Text(10, 60, "K only")
	pdf.AddPage()
	pdf.Rect(10, 10, 50, 20, "F")
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	page1, _, _ := strings.Cut(out[strings.Index(out, "stream"):], "endstream")
	for _, want := range []string{
		"0.000 0.000 0.000 1.000 K\n",    // the draw colour, capped
		"0.820 0.170 0.000 0.640 k\n",    // the fill colour
		"q 0.000 0.000 0.000 1.000 k BT", // the text colour, around its text
	} {
		if !strings.Contains(page1, want) {
			t.Errorf("page 1 lacks %q:\n%s", want, page1)
		}
	}
	if strings.Contains(out, " rg") || strings.Contains(out, " RG") {
		t.Errorf("an RGB colour is written:\n%s", out)
	}
	if n := strings.Count(out, "0.820 0.170 0.000 0.640 k\n"); n != 2 {
		t.Errorf("the fill colour is set %d times, want once on each page", n)
	}
}
