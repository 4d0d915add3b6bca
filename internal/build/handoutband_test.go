package build

import (
	"fmt"
	"image"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/readback"
)

// handoutPDF builds the handouts from the default content with files replaced, and reads the
// one named (e.g. handout-large-en-letter) back.
func handoutPDF(t *testing.T, files map[string]string, name string) []readback.Page {
	t.Helper()
	for _, r := range runFiles(t, files, Options{Kinds: []string{"handout"}, Langs: []string{"en"}}) {
		if strings.TrimSuffix(filepath.Base(r.Path), ".pdf") == name {
			return readPDF(t, r.Path)
		}
	}
	t.Fatalf("%s was not made", name)
	return nil
}

// withSettings is the default settings.yaml with each old text replaced by its new one.
func withSettings(t *testing.T, oldNew ...string) string {
	t.Helper()
	return withFile(t, "settings.yaml", oldNew...)
}

// withFile is the default content's file name with each old text replaced by its new one.
func withFile(t *testing.T, name string, oldNew ...string) string {
	t.Helper()
	b, err := fs.ReadFile(defaultcontent.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for i := 0; i < len(oldNew); i += 2 {
		if !strings.Contains(s, oldNew[i]) {
			t.Fatalf("%s has no %q", name, oldNew[i])
		}
		s = strings.Replace(s, oldNew[i], oldNew[i+1], 1)
	}
	return s
}

// A list leaves no item alone at the head or the foot of a column, in the two-column handout as
// in large print: its last item goes on with the one before it, its first stays with the next.
func TestListItemNotAloneInAColumn(t *testing.T) {
	// forty questions, answered in a word, a few lines, a link, or a lead-in and three items
	faq, err := os.ReadFile("testdata/forty-lists.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"handout-en-letter", "handout-en-a4", "handout-large-en-letter"} {
		t.Run(name, func(t *testing.T) {
			pages := handoutPDF(t, map[string]string{"en/faq.md": string(faq)}, name)
			for pi, p := range pages {
				for ci, col := range columnLines(p) {
					bullet := func(i int) bool { return i >= 0 && i < len(col) && strings.HasPrefix(col[i], "•") }
					if bullet(0) && !bullet(1) {
						t.Errorf("page %d, column %d begins with a list's last item alone: %q", pi+1, ci+1, col[0])
					}
					if n := len(col); pi < len(pages)-1 && bullet(n-1) && !bullet(n-2) { // the last page ends in the panel
						t.Errorf("page %d, column %d ends with a list's first item alone: %q", pi+1, ci+1, col[n-1])
					}
				}
			}
		})
	}
}

// columnLines are the lines of body text of each column of a page, top first: the texts above
// the footer's rule, left of the middle or right of it, joined by baseline.
func columnLines(p readback.Page) [][]string {
	rule := 0.0 // the footer's rule, the lowest stroke across the page
	for _, s := range p.Strokes {
		if s.Y1 == s.Y2 && s.X2-s.X1 > p.W/2 && s.Y1 > rule {
			rule = s.Y1
		}
	}
	cols := [2]map[float64]string{{}, {}}
	for _, tx := range p.Texts {
		if tx.Y >= rule-1 {
			continue
		}
		k := 0
		if tx.X > p.W/2 {
			k = 1
		}
		y := math.Round(tx.Y)
		cols[k][y] = strings.TrimSpace(cols[k][y] + " " + tx.S)
	}
	var out [][]string
	for _, c := range cols {
		ys := make([]float64, 0, len(c))
		for y := range c {
			ys = append(ys, y)
		}
		sort.Float64s(ys) // read back from the top of the page down
		var lines []string
		for _, y := range ys {
			lines = append(lines, c[y])
		}
		out = append(out, lines)
	}
	return out
}

// A title too long for three lines at its size is set smaller, down to a third larger than the
// body, rather than refused; and a long organisation name takes a third line of the footer.
func TestLongTitleAndNameSetSmallerOrLonger(t *testing.T) {
	const title = "Menschenhandelsbekämpfungsstelle: Fakten und häufig gestellte Fragen zum Menschenhandel mit Minderjährigen"
	const org = "Landesweite Koordinierungsstelle gegen Menschenhandel und Ausbeutung Minderjähriger e.V."
	faq, err := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	first, rest, _ := strings.Cut(string(faq), "\n")
	files := map[string]string{
		"en/faq.md":     strings.Replace(first, first[2:], title, 1) + "\n" + rest,
		"settings.yaml": withSettings(t, "  name: The Mission Haven", "  name: "+org),
	}
	for _, tt := range []struct {
		name       string
		body, most float64 // the body's size; the title's at most
	}{
		{"handout-en-letter", 12, 25.2},
		{"handout-large-en-letter", 18, 31.2},
		{"handout-large-en-a4", 18, 31.2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pages := handoutPDF(t, files, tt.name)
			var set []string
			size := 0.0
			for _, tx := range pages[0].Texts {
				if strings.Contains(title, tx.S) && tx.Size > tt.body*1.2 {
					set, size = append(set, tx.S), tx.Size
				}
			}
			if got := strings.Join(set, " "); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(title, " ", "") {
				t.Errorf("the title prints as %q", got)
			}
			if size < tt.body*4/3-0.01 || size > tt.most+0.01 {
				t.Errorf("the title is set at %.1f pt, want %.1f to %.1f", size, tt.body*4/3, tt.most)
			}
			for i, p := range pages {
				var all []string
				for _, tx := range p.Texts {
					all = append(all, tx.S)
				}
				if !strings.Contains(strings.Join(all, " "), "Minderjähriger e.V.") {
					t.Errorf("page %d: the footer has not the organisation's whole name", i+1)
				}
			}
		})
	}
}

// The handout's logo takes about the area of a 0.6 in square, whatever its shape, in the title
// band, clear of its text, and no side of it under 0.15 in (0.225 in in large print), where
// lettering stops reading: a stacked logo stands tall, a wordmark runs wide.
func TestHandoutLogoLegible(t *testing.T) {
	for _, shape := range []image.Point{{100, 300}, {100, 800}, {300, 100}, {2000, 100}, {200, 200}} {
		for _, name := range []string{"handout-en-letter", "handout-large-en-letter"} {
			t.Run(fmt.Sprintf("%dx%d %s", shape.X, shape.Y, name), func(t *testing.T) {
				files := map[string]string{"settings.yaml": withSettings(t, `  logo: ""`, "  logo: logo.png"), "logo.png": string(logoPNG(t, shape))}
				p := handoutPDF(t, files, name)[0]
				unit := 72.0
				if strings.Contains(name, "large") {
					unit *= 1.5
				}
				var logo, band readback.Shape
				for _, f := range p.Fills {
					if f.Image {
						logo = f
					} else if band.W == 0 && f.W > p.W/2 {
						band = f
					}
				}
				if least := min(logo.W, logo.H); least < 0.15*unit-0.01 {
					t.Errorf("the logo prints %.2f x %.2f in: a side under %.2f in", logo.W/72, logo.H/72, 0.15*unit/72)
				}
				if r := float64(shape.X) / float64(shape.Y); r >= 1.0/3 && r <= 3 && logo.W*logo.H < 0.3*unit*unit {
					t.Errorf("the logo prints %.2f x %.2f in, smaller than a 0.6 in square", logo.W/72, logo.H/72)
				}
				if logo.X < band.X || logo.Y < band.Y || logo.X+logo.W > band.X+band.W || logo.Y+logo.H > band.Y+band.H {
					t.Errorf("the logo %+v is not inside the title band %+v", logo, band)
				}
				for _, tx := range p.Texts { // a text's baseline inside the logo's box, left of its right edge
					if tx.Y > logo.Y && tx.Y-tx.Size*0.8 < logo.Y+logo.H && tx.X < logo.X+logo.W && tx.X+width(tx) > logo.X {
						t.Errorf("%q runs into the logo", tx.S)
					}
				}
			})
		}
	}
}

// width is about how wide a text prints: half its size a letter.
func width(tx readback.Text) float64 { return float64(len([]rune(tx.S))) * tx.Size * 0.5 }

// In a right-to-left edition the title and subtitle begin on the right, so the logo stands at
// the band's bottom left, at the end of their lines (at the right it covered the subtitle's
// first words); under an Arabic title, an English subtitle begins on the left, and the logo
// stays at the right. Nothing runs into it.
func TestRightToLeftLogoClearOfTheTitle(t *testing.T) {
	yaml := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "ar", "text.yaml"))
	const english = "  subtitle: Facts and answers for parents, teachers and caregivers"
	for _, tt := range []struct {
		subtitle string
		left     bool
	}{
		{"  subtitle: حقائق وأجوبة للأهل والمعلمين", true},
		{english, false},
	} {
		files := map[string]string{"settings.yaml": withSettings(t, `  logo: ""`, "  logo: logo.png"), "logo.png": string(logoPNG(t, image.Point{200, 60})),
			"ar/text.yaml": strings.Replace(yaml, english, tt.subtitle, 1)}
		res := runFSWithFont(t, contentWith(t, []string{"ar"}, files), []string{"ar"}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"))
		for _, name := range []string{"handout-ar-letter.pdf", "handout-large-ar-letter.pdf"} {
			p := readPDF(t, resultOf(t, res, name).Path)[0]
			var logo readback.Shape
			for _, f := range p.Fills {
				if f.Image {
					logo = f
				}
			}
			if logo.W == 0 {
				t.Fatalf("%s: no logo", name)
			}
			if left := logo.X < p.W/2; left != tt.left {
				t.Errorf("%s, %s: the logo stands at x %.0f, on the left: %v", name, tt.subtitle, logo.X, left)
			}
			for _, tx := range p.Texts { // a text's baseline inside the logo's box, across it
				if tx.Y > logo.Y && tx.Y-tx.Size*0.8 < logo.Y+logo.H && tx.X < logo.X+logo.W && tx.X+width(tx) > logo.X {
					t.Errorf("%s, %s: %q runs into the logo", name, tt.subtitle, tx.S)
				}
			}
		}
	}
}

// The logo's plate sits in the title band's corner, as far from the band's side as from its
// foot, whatever the logo's shape, the paper and the edition: it once stood 5 pt from the
// foot but 14.4 pt from the side, where the text's inset is, and looked dropped off its line.
// Right to left, the corner is the bottom left. Read back from the PDFs.
func TestHandoutLogoInTheBandsCorner(t *testing.T) {
	corner := func(t *testing.T, path string, left bool) {
		t.Helper()
		p := readPDF(t, path)[0]
		var logo, band, plate readback.Shape
		for _, f := range p.Fills {
			if f.Image {
				logo = f
			} else if band.W == 0 && f.W > p.W/2 {
				band = f
			}
		}
		for _, f := range p.Fills { // the white plate around the logo, inside the band
			if !f.Image && f != band && f.X <= logo.X && f.X+f.W >= logo.X+logo.W && f.Y <= logo.Y && f.Y+f.H >= logo.Y+logo.H {
				plate = f
			}
		}
		if logo.W == 0 || plate.W == 0 || band.W == 0 {
			t.Fatalf("%s: no logo (%v), plate (%v) or band (%v)", filepath.Base(path), logo, plate, band)
		}
		foot, side := band.Y+band.H-(plate.Y+plate.H), band.X+band.W-(plate.X+plate.W)
		if left {
			side = plate.X - band.X
		}
		if foot < 0 || math.Abs(side-foot) > 0.05 {
			t.Errorf("%s: the plate stands %.1f pt from the band's foot and %.1f pt from its side", filepath.Base(path), foot, side)
		}
	}
	files := func(t *testing.T, shape image.Point) map[string]string {
		return map[string]string{"settings.yaml": withSettings(t, `  logo: ""`, "  logo: logo.png"), "logo.png": string(logoPNG(t, shape))}
	}
	for _, shape := range []image.Point{{300, 100}, {100, 300}, {2000, 100}, {200, 200}} {
		t.Run(fmt.Sprintf("%dx%d", shape.X, shape.Y), func(t *testing.T) {
			for _, r := range runFiles(t, files(t, shape), Options{Kinds: []string{"handout"}, Langs: []string{"en"}}) {
				corner(t, r.Path, false)
			}
		})
	}
	t.Run("right to left", func(t *testing.T) {
		hebrew := notoFamily(t, "NotoSansHebrew", "Noto Sans Hebrew")
		fsys := contentWith(t, []string{"he"}, files(t, image.Point{300, 100})).(fstest.MapFS)
		const en = "  subtitle: Facts and answers for parents, teachers and caregivers"
		text := string(fsys["he/text.yaml"].Data)
		if !strings.Contains(text, en) {
			t.Fatalf("he/text.yaml has no %q", en)
		}
		fsys["he/text.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(text, en, "  subtitle: עובדות ותשובות להורים, למורים ולמטפלים", 1))}
		for _, r := range runFSWithFont(t, fsys, []string{"he"}, hebrew) {
			if strings.HasPrefix(filepath.Base(r.Path), "handout-") {
				corner(t, r.Path, true)
			}
		}
	})
}
