package build

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"haven/internal/readback"
	"haven/internal/typeface"
)

// firstQuestions is faq with its first n questions alone, its introduction and its closing
// section (a heading without a question mark) kept.
func firstQuestions(faq string, n int) string {
	parts := regexp.MustCompile(`(?m)^## `).Split(faq, -1)
	out, asked := parts[0], 0
	for _, p := range parts[1:] {
		heading, _, _ := strings.Cut(p, "\n")
		if !strings.ContainsAny(heading, "?？؟") || asked < n {
			out += "## " + p
		}
		if strings.ContainsAny(heading, "?？؟") {
			asked++
		}
	}
	return out
}

// boxGap is, on a handout's first page, how far the hotline box's top is under the baseline of
// the last line of text above it, that line's size, and how far the box's foot is above the
// footer's rule.
func boxGap(t *testing.T, p readback.Page) (gap, size, under float64) {
	t.Helper()
	rule := 0.0 // the footer's rule, the lowest stroke across the page
	for _, s := range p.Strokes {
		if s.Y1 == s.Y2 && s.X2-s.X1 > p.W/2 && s.Y1 > rule {
			rule = s.Y1
		}
	}
	var box readback.Shape // the lowest fill across the page above the rule: the title band is higher
	for _, f := range p.Fills {
		if !f.Image && f.W > p.W/2 && f.Y < rule && f.Y > box.Y {
			box = f
		}
	}
	if box.W == 0 {
		t.Fatal("no hotline box")
	}
	last := readback.Text{}
	for _, tx := range p.Texts {
		if tx.Y < box.Y && tx.Y > last.Y && strings.TrimSpace(tx.S) != "" {
			last = tx
		}
	}
	return box.Y - last.Y, last.Size, rule - (box.Y + box.H)
}

// A handout on one page sets its hotline box under the text, at the space that parts them where
// the text fills the page: at the page's foot, under a short FAQ's columns, it left a band of
// blank paper above the box (two questions on Letter, three on A4). A handout of two pages keeps
// the box at the foot of its first, the text going on overleaf.
func TestShortHandoutBoxFollowsText(t *testing.T) {
	for _, tt := range []struct {
		lang      string
		questions int // 0: all
		font      func(t *testing.T) *typeface.Family
	}{
		{"en", 1, nil}, {"en", 2, nil}, {"en", 3, nil}, {"en", 0, nil},
		{"ar", 1, func(t *testing.T) *typeface.Family { return notoFamily(t, "NotoNaskhArabic", "Noto Naskh Arabic") }},
		{"ar", 2, func(t *testing.T) *typeface.Family { return notoFamily(t, "NotoNaskhArabic", "Noto Naskh Arabic") }},
		{"zh", 1, droidFallback}, {"zh", 2, droidFallback}, {"zh", 3, droidFallback},
	} {
		name := fmt.Sprintf("%s %d questions", tt.lang, tt.questions)
		if tt.questions == 0 {
			name = tt.lang + " whole FAQ"
		}
		t.Run(name, func(t *testing.T) {
			var langs []string
			faq := builtinFAQ(t)
			o := Options{Kinds: []string{"handout"}, Langs: []string{tt.lang}}
			if tt.font != nil {
				langs = []string{tt.lang}
				faq = mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", tt.lang, "faq.md"))
				o.Families = []*typeface.Family{tt.font(t)}
			}
			files := map[string]string{}
			if tt.questions > 0 {
				files[tt.lang+"/faq.md"] = firstQuestions(faq, tt.questions)
			}
			res, _, err := runWith(t, contentWith(t, langs, files), o)
			if err != nil {
				t.Fatal(err)
			}
			for _, paper := range []string{"letter", "a4"} {
				file := "handout-" + tt.lang + "-" + paper + ".pdf"
				var pages []readback.Page
				for _, r := range res {
					if filepath.Base(r.Path) == file {
						pages = readPDF(t, r.Path)
					}
				}
				if pages == nil {
					t.Fatalf("%s not made", file)
				}
				gap, size, under := boxGap(t, pages[0])
				t.Logf("%s: %d pages, the box %.1f pt under the text's last baseline (%.1f pt), %.1f pt over the footer", file, len(pages), gap, size, under)
				if len(pages) == 1 && gap > 2.2*size {
					t.Errorf("%s: the box is %.0f pt under the text's last baseline (%.1f pt type): a band of blank paper above it", file, gap, size)
				}
				if len(pages) > 1 && under > 0.5*72 {
					t.Errorf("%s: page 1 of %d leaves %.0f pt under its box: the text goes on overleaf", file, len(pages), under)
				}
			}
		})
	}
}
