package layout_test

import (
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
)

// realInputs are the default content's languages, measured with the fonts that print them.
func realInputs(t *testing.T) []layout.Input {
	t.Helper()
	c, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	m, err := pdf.NewMeasurer(fams[0])
	if err != nil {
		t.Fatal(err)
	}
	var out []layout.Input
	for i := range c.Languages {
		out = append(out, layout.Input{Settings: c.Settings, Lang: &c.Languages[i], M: m})
	}
	return out
}

// TestNothingOverflows lays out every handout and checks every line of text and every box
// stays on the page, inside what a home printer prints (0.25 in from each edge).
func TestNothingOverflows(t *testing.T) {
	for _, in := range realInputs(t) {
		for _, paper := range []string{"letter", "a4"} {
			for _, large := range []bool{false, true} {
				doc, err := layout.Handout(in, layout.Papers[paper], large)
				if err != nil {
					t.Fatal(err)
				}
				checkInside(t, in.M, doc, 0.25*layout.Inch)
			}
		}
	}
}

func checkInside(t *testing.T, m layout.Measurer, doc *layout.Doc, edge float64) {
	t.Helper()
	for n, p := range doc.Pages {
		for _, it := range p.Items {
			var x0, y0, x1, y1 float64
			switch it := it.(type) {
			case layout.Text:
				if it.Rotate != 0 {
					continue
				}
				x0, y0 = it.X, it.Y-it.Size
				x1, y1 = it.X+m.Width(it.Font, it.Size, it.S), it.Y+it.Size*0.25
			case layout.Rect:
				x0, y0, x1, y1 = it.X, it.Y, it.X+it.W, it.Y+it.H
			case layout.QR:
				x0, y0, x1, y1 = it.X, it.Y, it.X+it.Size(), it.Y+it.Size()
			default:
				continue
			}
			if x0 < edge-0.01 || y0 < edge-0.01 || x1 > p.W-edge+0.01 || y1 > p.H-edge+0.01 {
				t.Errorf("%s page %d: %T %+v runs outside the printable area", doc.Name, n+1, it, it)
			}
		}
	}
}
