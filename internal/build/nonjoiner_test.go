package build

import (
	"path/filepath"
	"strings"
	"testing"
)

// A run of text that shaping leaves nothing of, between two bold runs (Persian "**می**‌**خواهم**",
// a word bold in two parts around its zero-width non-joiner, or a stray "**‌**"), prints with
// the rest of its line, in an edition whose family sets some characters in a fallback face
// (Noto Sans for the narrow no-break space of French typography, Atkinson for Latin in
// Persian): the measure of the empty run once stopped the run with an internal error.
func TestNonJoinerBetweenBoldRuns(t *testing.T) {
	fa := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "fa", "faq.md"))
	en := builtinFAQ(t)
	for _, tt := range []struct {
		lang, faq string
		want      []string
	}{
		{"fa", strings.Replace(fa, "\n## ", "\nما **می**\u200c**خواهیم** کمک کنیم: www.example.org\n\n## ", 1), []string{"خواهیم کمک کنیم"}},
		{"en", strings.Replace(en, "In this handout, we answer some", "In this handout,\u202fwe answer **\u200c** some", 1), []string{"In this handout,", "we answer"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			if tt.faq == fa || tt.faq == en {
				t.Fatal("the FAQ no longer has the text the test changes")
			}
			fsys := contentWith(t, []string{"fa"}, map[string]string{tt.lang + "/faq.md": tt.faq})
			res := runFSWithFont(t, fsys, []string{tt.lang}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"))
			text := openBuilt(t, res, "handout-"+tt.lang+"-letter.pdf").text
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("the handout does not print %q: %s", w, text)
				}
			}
		})
	}
}
