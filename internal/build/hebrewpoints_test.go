package build

import (
	"cmp"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Hebrew points print on the letter they are written on in every output. MuPDF reads back
// where each glyph is drawn from: a point, of no width, must be drawn from the left edge of its
// letter, where a right-to-left font draws it over the letter; drawn from its right edge (as
// haven once did), it lands on the next letter. Reading each line from its right end, a letter
// then the points drawn from its left edge, gives back the words as written.
func TestHebrewPointsOnTheirLetters(t *testing.T) {
	mutool, err := exec.LookPath("mutool")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("mutool is not installed (CI installs the Debian package mupdf-tools)")
		}
		t.Skip("mutool is not installed: apt-get install mupdf-tools")
	}
	fam := notoFamily(t, "NotoSansHebrew", "Noto Sans Hebrew")
	const (
		headline = "שָׁלוֹם, אַתֶּם לְבַד."
		subtitle = "בְּרֵאשִׁית בָּרָא, עובדות ותשובות"
	)
	yaml, err := os.ReadFile(filepath.Join("..", "..", "testdata", "languages", "he", "text.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.NewReplacer("headline: You are not alone.", "headline: "+headline,
		"headline: Any child can be trafficked. Anyone can help.", "headline: "+headline,
		"subtitle: Facts and answers for parents, teachers and caregivers", "subtitle: "+subtitle).Replace(string(yaml))
	res := runFSWithFont(t, contentWith(t, []string{"he"}, map[string]string{"he/text.yaml": text}), []string{"he"}, fam)
	written := map[string]bool{}
	for _, w := range hebrewWords(headline + " " + subtitle) {
		written[w] = true
	}
	for _, tc := range []struct {
		file string
		want int // pointed words read back, at least
	}{
		{"handout-he-letter.pdf", 2},
		{"cards-he-letter.pdf", 30},
		{"poster-he-letter.pdf", 3},
		{"poster-tearoff-he-letter.pdf", 3},
	} {
		var path string
		for _, r := range res {
			if filepath.Base(r.Path) == tc.file {
				path = r.Path
			}
		}
		out, err := exec.Command(mutool, "draw", "-q", "-F", "stext", "-o", "-", path).Output()
		if err != nil {
			t.Fatalf("%s: mutool: %v", tc.file, err)
		}
		seen := 0
		for _, line := range mutoolLines(t, out) {
			for _, w := range hebrewWords(line) {
				if strings.IndexFunc(w, unicode.IsMark) < 0 {
					continue
				}
				seen++
				if !written[w] {
					t.Errorf("%s: %q (%U) read back: its points are drawn on other letters than in %q", tc.file, w, []rune(w), headline+" "+subtitle)
				}
			}
		}
		if seen < tc.want {
			t.Errorf("%s: %d pointed words read back, want at least %d", tc.file, seen, tc.want)
		}
	}
}

// mutoolLines are the upright lines of MuPDF's structured text of a PDF, each read from its
// right end by where its glyphs are drawn from: a letter, then the points drawn from its left
// edge.
func mutoolLines(t *testing.T, stext []byte) []string {
	t.Helper()
	var doc struct {
		Pages []struct {
			Lines []struct {
				Dir   string `xml:"dir,attr"`
				Chars []struct {
					X    float64 `xml:"x,attr"`
					Y    float64 `xml:"y,attr"`
					Quad string  `xml:"quad,attr"`
					C    string  `xml:"c,attr"`
				} `xml:"font>char"`
			} `xml:"block>line"`
		} `xml:"page"`
	}
	if err := xml.Unmarshal(stext, &doc); err != nil {
		t.Fatal(err)
	}
	type glyph struct {
		x, y  float64
		point bool
		c     string
	}
	rank := func(point bool) int { return map[bool]int{false: 0, true: 1}[point] }
	var out []string
	for _, p := range doc.Pages {
		byBaseline := map[float64][]glyph{}
		for _, l := range p.Lines {
			if l.Dir != "1 0" {
				continue
			}
			for _, c := range l.Chars {
				y := float64(int(c.Y*10+0.5)) / 10
				byBaseline[y] = append(byBaseline[y], glyph{c.X, y, strings.IndexFunc(c.C, unicode.IsMark) == 0, c.C})
			}
		}
		for _, gs := range byBaseline {
			slices.SortStableFunc(gs, func(a, b glyph) int {
				if d := b.x - a.x; d > 0.01 || d < -0.01 {
					return cmp.Compare(b.x, a.x)
				}
				return cmp.Compare(rank(a.point), rank(b.point)) // a letter, then the points at its edge
			})
			var b strings.Builder
			for _, g := range gs {
				b.WriteString(g.c)
			}
			out = append(out, b.String())
		}
	}
	return out
}

// hebrewWords are the words of s as written, decomposed (a presentation form its letter and
// points) with their points in canonical order.
func hebrewWords(s string) []string {
	return strings.FieldsFunc(norm.NFD.String(s), func(r rune) bool { return !unicode.Is(unicode.Hebrew, r) })
}
