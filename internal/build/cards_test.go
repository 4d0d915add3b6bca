package build

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
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
	trim, bleed := box(t, rb.raw, "TrimBox"), box(t, rb.raw, "BleedBox")
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

// box is the first /name box of a PDF (/TrimBox, /BleedBox), as its four numbers.
func box(t *testing.T, raw []byte, name string) []float64 {
	t.Helper()
	m := regexp.MustCompile(`/` + name + ` \[([-0-9. ]+)\]`).FindSubmatch(raw)
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

// Nothing printed on a card's back but its colour (the print-shop card's panel, running into
// the bleed) comes within 0.125 in of the cut, where a print shop's or a home cut may fall: the
// white square that holds each QR code's quiet zone and the modules inside it, read back from
// the PDF, like the text. On the home sheets every cell of the backs, on the print-shop card
// its trim box; for a short address (a wide quiet zone), the default one and a discreet
// card's own. A long address beside lines that fit it at 0.4 mm from the cut still prints,
// its code a little smaller.
func TestCardBacksKeepTheSafeZone(t *testing.T) {
	const safe = 0.125 * 72
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	spanish := mustReadFile(t, filepath.Join("..", "..", "content", "es", "text.yaml"))
	for _, tt := range []struct {
		name, lang string
		edits      map[string][2]string // file: the text replaced, and what replaces it
	}{
		{"default address", "en", nil},
		{"short address", "en", map[string][2]string{"settings.yaml": {"resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/help"}}},
		{"discreet address", "en", map[string][2]string{"settings.yaml": {"\ncolours:", "\ncards:\n  discreet_url: https://samples.org/talk\n\ncolours:"}}},
		{"long address, long lines", "es", map[string][2]string{
			"settings.yaml": {"resource_url: https://humantraffickinghotline.org", "resource_url: https://acompanamiento-psicosocial.samples.org/ayuda-confidencial/recursos-en-espanol"},
			"es/text.yaml":  {"Te atiende alguien capacitado para ayudar, de día o de noche.", "Te atiende una persona especializada en acompañamiento psicosocial y legal."},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"settings.yaml": settings, "es/text.yaml": spanish}
			for f, e := range tt.edits {
				if !strings.Contains(files[f], e[0]) {
					t.Fatalf("%s has no %q", f, e[0])
				}
				files[f] = strings.Replace(files[f], e[0], e[1], 1)
			}
			res := runFiles(t, files, Options{Kinds: []string{"cards"}, Langs: []string{tt.lang}})
			for _, r := range res {
				name := filepath.Base(r.Path)
				var cells []layout.Box // where the cuts fall on the back
				switch {
				case strings.HasPrefix(name, "card-bleed-"):
					cells = []layout.Box{{X: 27, Y: 27, W: 252, H: 144}} // its TrimBox (TestBleedCardBoxes)
				case strings.HasPrefix(name, "cards-"):
					sh := layout.Sheets[strings.TrimSuffix(name[strings.LastIndex(name, "-")+1:], ".pdf")]
					x0, y0 := (sh.Paper.W-2*sh.CardW)/2, (sh.Paper.H-5*sh.CardH)/2
					for i := 0; i < 10; i++ {
						cells = append(cells, layout.Box{X: x0 + float64(i%2)*sh.CardW, Y: y0 + float64(i/2)*sh.CardH, W: sh.CardW, H: sh.CardH})
					}
				default:
					continue
				}
				if len(r.Codes) == 0 && !strings.HasPrefix(name, "cards-discreet-") {
					t.Errorf("%s: no QR code", name)
				}
				// within reports how far the box x, y, w, h is inside the cell it is in (less
				// than 0 outside every cell)
				within := func(x, y, w, h float64) float64 {
					for _, c := range cells {
						if x+w/2 > c.X && x+w/2 < c.X+c.W && y+h/2 > c.Y && y+h/2 < c.Y+c.H {
							return min(x-c.X, y-c.Y, c.X+c.W-x-w, c.Y+c.H-y-h)
						}
					}
					return -1
				}
				for _, c := range r.Codes {
					q := 4 * c.Module
					if d := within(c.Box.X-q, c.Box.Y-q, c.Box.W+2*q, c.Box.H+2*q); d < safe-0.01 {
						t.Errorf("%s: the quiet zone of the QR code at %.1f,%.1f is %.1f mm inside the cut, want at least %.1f", name, c.Box.X, c.Box.Y, d/72*25.4, safe/72*25.4)
					}
				}
				back := readPages(t, res, name)[1]
				for _, f := range back.Fills {
					if f.W >= cells[0].W { // the panel, running into the bleed
						continue
					}
					if d := within(f.X, f.Y, f.W, f.H); d < safe-0.01 {
						t.Errorf("%s: a fill of %.1f x %.1f pt at %.1f,%.1f is %.1f mm inside the cut, want at least %.1f", name, f.W, f.H, f.X, f.Y, d/72*25.4, safe/72*25.4)
						break
					}
				}
				chars, err := open(t, r.Path).doc.Chars(1)
				if err != nil {
					t.Fatal(err)
				}
				for _, ch := range chars {
					if strings.TrimSpace(ch.Text) == "" {
						continue
					}
					if d := within(ch.Left, ch.Top, ch.Right-ch.Left, ch.Bottom-ch.Top); d < safe-0.5 {
						t.Errorf("%s: %q at %.1f,%.1f is %.1f mm inside the cut, want at least %.1f", name, ch.Text, ch.Left, ch.Top, d/72*25.4, safe/72*25.4)
						break
					}
				}
			}
		})
	}
}

// The print-shop card is made whichever card sheets are asked for, once, in the size shops make
// where the organisation is: a UK line's 85 x 55 mm card with --paper a4 as with letter, read
// back with its trim and named in the print guide and the proof, as a US line's is.
func TestPrintShopCardWhateverThePaper(t *testing.T) {
	uk := setups[slices.IndexFunc(setups, func(s setup) bool { return strings.HasPrefix(s.name, "UK number") })]
	for _, tt := range []struct {
		country string
		s       setup
		file    string
		trimW   float64 // mm
	}{
		{"US", setup{}, "card-bleed-en-us.pdf", 88.9},
		{"GB", uk, "card-bleed-en-85x55.pdf", 85},
	} {
		for _, papers := range [][]string{{"a4"}, {"letter"}, {"a4", "letter"}, nil} {
			t.Run(fmt.Sprintf("%s %v", tt.country, papers), func(t *testing.T) {
				res, _, err := runWith(t, setupContent(t, tt.s), Options{Kinds: []string{"cards"}, Papers: papers, Guide: "a4", Proof: "a4"})
				if err != nil {
					t.Fatal(err)
				}
				var made []string
				for _, r := range res {
					if name := filepath.Base(r.Path); strings.HasPrefix(name, "card-bleed-") {
						made = append(made, name)
					}
				}
				if len(made) != 1 || made[0] != tt.file {
					t.Fatalf("print-shop cards made: %q, want %s alone", made, tt.file)
				}
				pages := readPages(t, res, tt.file)
				if len(pages) != 2 {
					t.Fatalf("%s: %d pages, want front and back", tt.file, len(pages))
				}
				trim := box(t, open(t, pathOf(t, res, tt.file)).raw, "TrimBox")
				if w := (trim[2] - trim[0]) / layout.MM; abs(w-tt.trimW) > 0.1 {
					t.Errorf("%s: trim %.1f mm wide, want %.1f", tt.file, w, tt.trimW)
				}
				for _, name := range []string{"how-to-print.pdf", "proof.pdf"} {
					if !strings.Contains(open(t, pathOf(t, res, name)).text, tt.file) {
						t.Errorf("%s does not name %s", name, tt.file)
					}
				}
			})
		}
	}
}
