package build

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/readback"
)

// A printer offset moves what prints, read back from the PDF's bytes: on the fronts right and
// down by the offset, on the backs left (the long-edge flip mirrors them) and down, for the
// card sheets and for the test sheet that finds it; the print-shop card does not move.
func TestOffsetReadBack(t *testing.T) {
	tests := []struct {
		file      string
		calibrate bool
		moves     bool
	}{
		{"cards-en-letter.pdf", false, true},
		{"cards-discreet-en-a4.pdf", false, true},
		{"card-bleed-en-us.pdf", false, false},
		{"cards-calibration-letter.pdf", true, true},
		{"cards-calibration-a4.pdf", true, true},
	}
	const dx, dy = 2.0, -1.5 // mm
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			o := Options{Kinds: []string{"cards"}, Langs: []string{"en"}, Calibrate: tt.calibrate}
			built := kit(t, content.Overrides{}, o)
			if tt.calibrate { // a test sheet is tagged like every PDF: its instructions are content
				checkTagged(t, tool(t, "pdfinfo", "poppler-utils"), tool(t, "qpdf", "qpdf"), pathOf(t, built, tt.file))
			}
			plain := readPages(t, built, tt.file)
			moved := readPages(t, kit(t, content.Overrides{Offset: "2,-1.5"}, o), tt.file)
			if len(plain) != 2 || len(moved) != 2 {
				t.Fatalf("%d and %d pages, want a front and a back", len(plain), len(moved))
			}
			for side, wantX := range []float64{dx, -dx} {
				if !tt.moves {
					wantX = 0
				}
				wantY := dy
				if !tt.moves {
					wantY = 0
				}
				a, b := plain[side], moved[side]
				if len(a.Texts) == 0 || len(a.Texts) != len(b.Texts) || len(a.Strokes) != len(b.Strokes) {
					t.Fatalf("side %d: %d/%d texts, %d/%d lines", side, len(a.Texts), len(b.Texts), len(a.Strokes), len(b.Strokes))
				}
				for i := range a.Texts {
					if !shiftedBy(a.Texts[i].X, a.Texts[i].Y, b.Texts[i].X, b.Texts[i].Y, wantX, wantY) {
						t.Fatalf("side %d: %q moved %.2f,%.2f mm, want %g,%g", side, a.Texts[i].S, (b.Texts[i].X-a.Texts[i].X)/layout.MM, (b.Texts[i].Y-a.Texts[i].Y)/layout.MM, wantX, wantY)
					}
				}
				for i := range a.Strokes {
					if !shiftedBy(a.Strokes[i].X1, a.Strokes[i].Y1, b.Strokes[i].X1, b.Strokes[i].Y1, wantX, wantY) {
						t.Fatalf("side %d: line %d moved %.2f,%.2f mm, want %g,%g", side, i, (b.Strokes[i].X1-a.Strokes[i].X1)/layout.MM, (b.Strokes[i].Y1-a.Strokes[i].Y1)/layout.MM, wantX, wantY)
					}
				}
			}
		})
	}
}

func shiftedBy(x0, y0, x1, y1, dxMM, dyMM float64) bool {
	return math.Abs(x1-x0-dxMM*layout.MM) < 0.03 && math.Abs(y1-y0-dyMM*layout.MM) < 0.03
}

func readPages(t *testing.T, res []Result, file string) []readback.Page {
	t.Helper()
	for _, r := range res {
		if filepath.Base(r.Path) == file {
			return readPDF(t, r.Path)
		}
	}
	t.Fatalf("%s was not made", file)
	return nil
}

// readPDF reads a written PDF's pages back with haven's own reader.
func readPDF(t *testing.T, path string) []readback.Page {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := readback.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// pageTexts is every text drawn on the pages, in order.
func pageTexts(pages []readback.Page) []string {
	var out []string
	for _, p := range pages {
		for _, tx := range p.Texts {
			out = append(out, tx.S)
		}
	}
	return out
}
