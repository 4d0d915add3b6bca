package build

import (
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

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
	b, err := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for i := 0; i < len(oldNew); i += 2 {
		if !strings.Contains(s, oldNew[i]) {
			t.Fatalf("settings.yaml has no %q", oldNew[i])
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
