package build

import (
	"image"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/layout"
)

// copierDPI is the resolution of the simulated photocopy.
const copierDPI = 100

// TestColouredBoxesSurviveTheCopier renders every page of each output in greyscale at a 55%
// threshold, as a cheap photocopier does, and checks that each coloured box or band keeps
// its four edges: a light colour (the amber hotline box) turns white there, so only an ink
// keyline keeps the box a box. To cover another kind, add a row.
func TestColouredBoxesSurviveTheCopier(t *testing.T) {
	tests := []struct {
		kind   string // the kind to build
		prefix string // the files of it to check
	}{
		{"handout", "handout-"},
		{"poster", "poster-"},
		{"cards", "card"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			res := kit(t, content.Overrides{}, Options{Kinds: []string{tt.kind}})
			checked := 0
			for _, r := range res {
				if !strings.HasPrefix(filepath.Base(r.Path), tt.prefix) {
					continue
				}
				t.Run(filepath.Base(r.Path), func(t *testing.T) {
					rb := open(t, r.Path)
					for i, pg := range r.doc.Pages {
						boxes := colouredBoxes(pg)
						if len(boxes) == 0 {
							continue
						}
						img, err := rb.doc.Render(i, copierDPI)
						if err != nil {
							t.Fatal(err)
						}
						for _, b := range boxes {
							checked++
							if edge := lostEdge(img, b); edge != "" {
								t.Errorf("page %d: the %s edge of the box at %.0f,%.0f (%.0f x %.0f pt) drops out at a 55%% threshold", i+1, edge, b.X, b.Y, b.W, b.H)
							}
						}
					}
				})
			}
			if checked == 0 {
				t.Fatalf("no coloured box in any %s output", tt.kind)
			}
		})
	}
}

// colouredBoxes are the filled rectangles of a page in a colour other than white, large
// enough to be a box or band (not a bullet), and not the colour of the whole card (a print
// shop's background, whose edges the cut makes).
func colouredBoxes(pg layout.Page) []layout.Box {
	trim := layout.Box{W: pg.W, H: pg.H}
	if pg.Trim != nil {
		trim = *pg.Trim
	}
	var out []layout.Box
	for _, it := range pg.Items {
		r, ok := it.(layout.Rect)
		background := ok && r.X <= trim.X && r.Y <= trim.Y && r.X+r.W >= trim.X+trim.W && r.Y+r.H >= trim.Y+trim.H
		if ok && !background && r.Fill != colour.White && r.W >= 36 && r.H >= 36 {
			out = append(out, layout.Box{X: r.X, Y: r.Y, W: r.W, H: r.H})
		}
	}
	return out
}

// lostEdge names the first edge of b that is not dark nearly all along, just inside b, after a
// 55% threshold on the greyscale page; "" when all four stand.
func lostEdge(img image.Image, b layout.Box) string {
	px := func(pt float64) int { return int(pt * copierDPI / 72) }
	dark := func(x, y int) bool {
		r, g, bl, _ := img.At(x, y).RGBA()
		grey := (299*float64(r) + 587*float64(g) + 114*float64(bl)) / 1000 / 0xffff
		return grey < 0.55
	}
	in := 0.75 // points inside the edge: the middle of a 1.5 pt keyline
	edges := []struct {
		name           string
		x0, y0, x1, y1 float64
	}{
		{"top", b.X + b.W*0.05, b.Y + in, b.X + b.W*0.95, b.Y + in},
		{"bottom", b.X + b.W*0.05, b.Y + b.H - in, b.X + b.W*0.95, b.Y + b.H - in},
		{"left", b.X + in, b.Y + b.H*0.05, b.X + in, b.Y + b.H*0.95},
		{"right", b.X + b.W - in, b.Y + b.H*0.05, b.X + b.W - in, b.Y + b.H*0.95},
	}
	for _, e := range edges {
		n, on := 0, 0
		for s := 0.0; s <= 1; s += 0.01 {
			n++
			if dark(px(e.x0+(e.x1-e.x0)*s), px(e.y0+(e.y1-e.y0)*s)) {
				on++
			}
		}
		if float64(on) < 0.95*float64(n) {
			return e.name
		}
	}
	return ""
}
