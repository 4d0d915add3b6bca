package build

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/typeface"
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
			lines := lines(t, open(t, r.Path))
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

// lines is the text of a PDF's pages read back, a line at a time.
func lines(t *testing.T, rb *readBack) []string {
	t.Helper()
	var out []string
	for i := 0; i < rb.pages; i++ {
		s, err := rb.doc.Text(i)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
			out = append(out, fold(l))
		}
	}
	return out
}

// A line break written in text.yaml breaks a display line there, on every paper, and is never
// printed (the read-back checks of the build compare the lines as drawn); a text that prints
// on one line refuses it, naming its line.
func TestAuthoredBreaks(t *testing.T) {
	en, _ := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	tests := []struct {
		name, from, to string
		kind           string
		want           []string // consecutive lines of every output of kind
		err            string
	}{
		{"subtitle, a quoted \\n", "  subtitle: Facts and answers for parents, teachers and caregivers",
			`  subtitle: "Facts and answers\nfor parents, teachers and caregivers"`, "handout", []string{"Facts and answers", "for parents, teachers and caregivers"}, ""},
		{"headline, a block", "  headline: Any child can be trafficked. Anyone can help.",
			"  headline: |-\n    Any child can be trafficked. Anyone\n    can help.", "poster", []string{"can help."}, ""},
		{"one-line text", "  danger: In immediate danger, call {emergency}\n  # The back", "  danger: |-\n    In immediate danger,\n    call {emergency}\n  # The back", "cards", nil, "card.danger: \"In immediate danger,\\ncall 911\" has a line break, but prints on one line here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Replace(string(en), tt.from, tt.to, 1)
			if text == string(en) {
				t.Fatalf("en/text.yaml has no %q", tt.from)
			}
			ct, err := content.Load(contentWith(t, nil, map[string]string{"en/text.yaml": text}), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			o := Options{Content: ct, Out: t.TempDir(), Created: epoch, Kinds: []string{tt.kind}, Langs: []string{"en"}}
			if o.Families, err = typeface.Defaults(); err != nil {
				t.Fatal(err)
			}
			res, err := Run(context.Background(), o)
			if tt.err != "" {
				line := strings.Count(text[:strings.Index(text, tt.to)], "\n") + 1
				if want := fmt.Sprintf("en/text.yaml:%d: %s", line, tt.err); err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("got %v, want an error with %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				got := "\n" + strings.Join(lines(t, open(t, r.Path)), "\n") + "\n"
				if !strings.Contains(got, "\n"+strings.Join(tt.want, "\n")+"\n") {
					t.Errorf("%s: no lines %q in\n%s", filepath.Base(r.Path), tt.want, got)
				}
			}
		})
	}
}
