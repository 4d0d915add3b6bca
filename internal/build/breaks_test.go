package build

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
)

// TestLineBreaks reads the lines of every output of the default kit, English and Spanish,
// every paper, back from the PDFs: no paragraph of more than one line ends with a word alone,
// no Spanish line ends on a one-letter word, and the hotline's name is never split across
// lines, except where the name alone is too long for its line, and then not after a short word.
func TestLineBreaks(t *testing.T) {
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	res := kit(t, content.Overrides{}, Options{Langs: []string{"en", "es"}})
	oneLetter := regexp.MustCompile(`(?i)(^|\s)[aeouy]$`)
	for _, lang := range ct.Languages {
		name := lang.Text.HotlineName.Text
		var paras [][]string // the words of every text, to find their last lines
		for _, tx := range lang.Texts {
			if w := strings.Fields(strings.NewReplacer(content.BoldOn, "", content.BoldOff, "").Replace(tx.Text)); len(w) > 1 {
				paras = append(paras, w)
			}
		}
		for _, r := range res {
			base := filepath.Base(r.Path)
			if !strings.Contains(base, "-"+lang.Code+"-") && !strings.HasSuffix(base, "-"+lang.Code+".pdf") {
				continue
			}
			rb := open(t, r.Path)
			var lines []string
			for i := 0; i < rb.pages; i++ {
				s, err := rb.doc.Text(i)
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
					lines = append(lines, fold(l))
				}
			}
			for i, l := range lines {
				if lang.Code == "es" && oneLetter.MatchString(l) && i+1 < len(lines) {
					t.Errorf("%s: a line ends on a one-letter word: %q / %q", base, l, lines[i+1])
				}
				if i == 0 {
					continue
				}
				prev := lines[i-1]
				for _, w := range paras {
					if l == w[len(w)-1] && strings.HasSuffix(prev, " "+w[len(w)-2]) || l == w[len(w)-1] && prev == w[len(w)-2] {
						t.Errorf("%s: %q ends its paragraph alone, after %q", base, l, prev)
					}
				}
				if split := splitName(prev, l, name); split != "" {
					t.Errorf("%s: the hotline's name is split as %q", base, split)
				}
			}
		}
	}
}

// splitName is how the lines a and b split name, or "" if they do not; a name too long for
// its line (a holds its first words alone) may break, but not after a short word.
func splitName(a, b, name string) string {
	words := strings.Fields(name)
	for k := 1; k < len(words); k++ {
		head, tail := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		if !(strings.HasSuffix(a, head) && strings.HasPrefix(b, tail)) {
			continue
		}
		if a == head && len([]rune(words[k-1])) > 2 {
			return ""
		}
		return a + " / " + b
	}
	return ""
}
