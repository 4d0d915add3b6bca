package build

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/layout"
)

func TestCardSheetsReadBack(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"cards"}})
	byName := map[string]Result{}
	for _, r := range res {
		byName[filepath.Base(r.Path)] = r
	}
	tests := []struct {
		file     string
		sheet    string
		discreet bool
	}{
		{"cards-en-letter.pdf", "letter", false},
		{"cards-en-a4.pdf", "a4", false},
		{"cards-discreet-en-letter.pdf", "letter", true},
		{"cards-es-letter.pdf", "letter", false},
		{"cards-discreet-es-letter.pdf", "letter", true},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, ok := byName[tt.file]
			if !ok {
				t.Fatalf("not built")
			}
			rb := open(t, r.Path)
			checkNoOverlap(t, rb)
			sh := layout.Sheets[tt.sheet]
			if rb.pages != 2 {
				t.Fatalf("%d pages, want 2 (fronts, backs)", rb.pages)
			}
			front, err := rb.doc.Text(0)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(front, "1-888-373-7888"); n != 10 {
				t.Errorf("the number is on %d fronts, want 10", n)
			}
			if n := strings.Count(front, "233733"); n != 10 {
				t.Errorf("the text line is on %d fronts, want 10", n)
			}
			if tt.discreet {
				low := strings.ToLower(front)
				for _, w := range []string{"traffick", "sex", "exploit", "trata", "explota"} {
					if strings.Contains(low, w) {
						t.Errorf("a discreet front says %q", w)
					}
				}
			}
			// ten codes on the back, one per cell, each decoding to the URL
			x0 := (sh.Paper.W - 2*sh.CardW) / 2
			y0 := (sh.Paper.H - 5*sh.CardH) / 2
			cells := map[[2]int]bool{}
			img := render(t, rb, 1)
			for _, c := range r.Codes {
				if c.Page != 1 {
					t.Errorf("a QR code on page %d; codes belong on the backs", c.Page+1)
					continue
				}
				if c.Box.W < 0.75*72 {
					t.Errorf("QR is %.2f in wide, want at least 0.75 in", c.Box.W/72)
				}
				col, row := int((c.Box.X-x0)/sh.CardW), int((c.Box.Y-y0)/sh.CardH)
				cells[[2]int{col, row}] = true
				if got := decodeIn(t, img, c); got != "https://humantraffickinghotline.org" {
					t.Errorf("QR in cell %d,%d decodes to %q", col, row, got)
				}
			}
			want := 10
			if tt.discreet { // none without cards: discreet_url
				want = 0
			}
			if len(cells) != want {
				t.Errorf("QR codes fill %d cells, want %d", len(cells), want)
			}
			checkTypeSizes(t, rb, 6.5, 6.5)
		})
	}
}

func TestBleedCardBoxes(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"cards"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	rb := open(t, pathOf(t, res, "card-bleed-en-us.pdf"))
	if rb.pages != 2 {
		t.Fatalf("%d pages, want front and back", rb.pages)
	}
	box := func(name string) []float64 {
		m := regexp.MustCompile(`/` + name + ` \[([-0-9. ]+)\]`).FindSubmatch(rb.raw)
		if m == nil {
			t.Fatalf("no /%s", name)
		}
		var v []float64
		for _, f := range strings.Fields(string(m[1])) {
			x, _ := strconv.ParseFloat(f, 64)
			v = append(v, x)
		}
		return v
	}
	trim, bleed := box("TrimBox"), box("BleedBox")
	if w, h := trim[2]-trim[0], trim[3]-trim[1]; abs(w-252) > 0.1 || abs(h-144) > 0.1 {
		t.Errorf("TrimBox is %.2f x %.2f pt, want 252 x 144 (3.5 x 2 in)", w, h)
	}
	for i, d := range []float64{trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]} {
		if d < 8.99 {
			t.Errorf("bleed %v around trim %v is under 0.125 in on side %d", bleed, trim, i+1)
		}
	}
	w, h, _ := rb.doc.Size(0)
	if w < 3.75*72 || h < 2.25*72 {
		t.Errorf("MediaBox %.0f x %.0f pt, want at least 3.75 x 2.25 in", w, h)
	}
	for p := 0; p < 2; p++ {
		chars, _ := rb.doc.Chars(p)
		for _, c := range chars {
			if strings.TrimSpace(c.Text) == "" {
				continue
			}
			// text stays 0.125 in inside the trim (page coordinates from the top)
			top, bottom := h-trim[3], h-trim[1]
			if c.Left < trim[0]+9-0.5 || c.Right > trim[2]-9+0.5 || c.Top < top+9-0.5 || c.Bottom > bottom-9+0.5 {
				t.Errorf("page %d: %q at x %.1f-%.1f is outside the safe zone", p+1, c.Text, c.Left, c.Right)
				break
			}
		}
	}
}
