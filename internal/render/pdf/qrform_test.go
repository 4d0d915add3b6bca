package pdf

import (
	"bytes"
	"testing"
	"time"

	"haven/internal/layout"
	"haven/internal/qr"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// TestRepeatedQRReadsAsInline renders a code placed three times, which is drawn once as a form,
// and the same code placed once, drawn inline, and checks that every copy reads back with the
// same fills, moved, as the inline one: what the verifier rebuilds the code from.
func TestRepeatedQRReadsAsInline(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	modules, err := qr.Matrix("https://samples.org/help")
	if err != nil {
		t.Fatal(err)
	}
	at := func(x, y float64) layout.QR {
		return layout.QR{X: x, Y: y, Module: 2.5, Code: qr.Given(modules), URL: "https://samples.org/help"}
	}
	fills := func(qrs ...layout.QR) ([]readback.Shape, []byte) {
		page := layout.Page{W: 612, H: 792}
		for _, q := range qrs {
			page.Items = append(page.Items, q)
		}
		doc := &layout.Doc{Name: "qr", Lang: "en", Pages: []layout.Page{page}}
		raw, err := Render(doc, fams[0], time.Unix(1700000000, 0).UTC())
		if err != nil {
			t.Fatal(err)
		}
		pages, err := readback.Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		return pages[0].Fills, raw
	}
	inline, inlinePDF := fills(at(40, 50))
	repeated, repeatedPDF := fills(at(40, 50), at(300, 50), at(40, 400))
	if bytes.Contains(inlinePDF, []byte("/Subtype /Form")) || !bytes.Contains(repeatedPDF, []byte("/Subtype /Form")) {
		t.Fatal("want the repeated code as a form and the single one inline")
	}
	if len(inline) == 0 || len(repeated) != 3*len(inline) {
		t.Fatalf("%d fills for three copies, %d for one", len(repeated), len(inline))
	}
	for copy, d := range [][2]float64{{0, 0}, {260, 0}, {0, 350}} {
		for i, want := range inline {
			got := repeated[copy*len(inline)+i]
			want.X += d[0]
			want.Y += d[1]
			if !near(got, want) {
				t.Fatalf("copy %d, fill %d: %+v, want %+v", copy, i, got, want)
			}
		}
	}
}

// near compares shapes to within the 0.01 pt that PDF numbers are written to.
func near(a, b readback.Shape) bool {
	d := func(x, y float64) bool { return x-y < 0.01 && y-x < 0.01 }
	return d(a.X, b.X) && d(a.Y, b.Y) && d(a.W, b.W) && d(a.H, b.H) && a.Color == b.Color && a.Image == b.Image
}
