package pdf

import (
	"math"
	"slices"
	"strings"
	"testing"

	"haven/internal/diag"

	"golang.org/x/image/font/sfnt"

	"haven/internal/layout"
	"haven/internal/typeface"
)

// TestWidthsMatchTheRenderer holds the layout's widths equal to fpdf's own, for every
// character each built-in family can draw: if they drifted apart, fitted text could overflow.
func TestWidthsMatchTheRenderer(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, fam := range fams {
		m := typeface.NewMeasurer(fam)
		faces := []layout.Font{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic}
		page := layout.Page{W: 612, H: 792}
		for _, f := range faces {
			page.Items = append(page.Items, layout.Text{S: "a", Font: f})
		}
		doc := &layout.Doc{Pages: []layout.Page{page}}
		p, err := newDoc(fontsOf(fam), doc, printedIn(fam, doc))
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		checked := 0
		for _, f := range faces {
			p.SetFont(fontKey(fontsOf(fam), 0, f), "", 1000)
			bad := 0
			for r := rune(0x20); r < 0xFFFF; r++ {
				if !fam.Has(&buf, r) || r >= 0xD800 && r < 0xE000 {
					continue
				}
				checked++
				// what layout hands the renderer: shaped, without soft hyphens
				want := p.GetStringSymbolWidth(typeface.Shape(string(r)))
				if got := m.Width(f, 1000, string(r)); got != float64(want) && bad < 5 {
					t.Errorf("%s %v U+%04X: layout measures %.0f, fpdf %d", fam.Name, f, r, got, want)
					bad++
				}
			}
		}
		// the four faces of each family draw some hundreds of characters: all must be compared
		if checked < 1200 {
			t.Errorf("%s: only %d characters compared", fam.Name, checked)
		}
	}
}

// BenchmarkMeasurer measures what wrapping a paragraph measures: every prefix of its words,
// with a new measurer, as each run starts with one.
func BenchmarkMeasurer(b *testing.B) {
	fams, err := typeface.Defaults()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(strings.Repeat("A trusted adult can call or text the hotline at any hour, in more than 200 languages. ", 4))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m := typeface.NewMeasurer(fams[0])
		for j := range words {
			m.Width(layout.Regular, 11, strings.Join(words[:j+1], " "))
		}
	}
}

// A text set partly in a fallback face measures as the renderer draws it: each run in its
// own face's widths.
func TestFallbackRunsMeasureAsDrawn(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	const s = "Qu'est-ce\u202f? «\u202foui\u202f» 1-888-373-7888"
	fam, err := typeface.Choose("fr", fams, []diag.Located{{Text: s}})
	if err != nil {
		t.Fatal(err)
	}
	if fam.Name != fams[0].Name || len(fam.Fallback) != 1 {
		t.Fatalf("set in %s, want Atkinson with Noto Sans for what it lacks", fam.Key())
	}
	var buf sfnt.Buffer
	runs := fam.Runs(&buf, s)
	if len(runs) < 3 {
		t.Fatalf("runs %v: the narrow spaces should be in Noto Sans, the rest in Atkinson", runs)
	}
	doc := &layout.Doc{Pages: []layout.Page{{W: 612, H: 792, Items: []layout.Item{layout.Text{S: s}}}}}
	p, err := newDoc(fontsOf(fam), doc, printedIn(fam, doc))
	if err != nil {
		t.Fatal(err)
	}
	want := 0.0
	for _, r := range runs {
		p.SetFont(fontKey(fontsOf(fam), slices.Index(fam.Faces(), r.Face), layout.Regular), "", 12)
		want += p.GetStringWidth(r.Text)
	}
	if got := typeface.NewMeasurer(fam).Width(layout.Regular, 12, s); math.Abs(got-want) > 0.001 {
		t.Errorf("measured %.3f, drawn %.3f", got, want)
	}
}
