package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/typeface"
)

// An edition that writes its numbers in Persian digits (۲۴ ساعت) numbers its questions and
// pages in them too, as its reader writes them ("۱." not "1.", "صفحهٔ ۱ از ۱"); one that writes
// ASCII digits keeps them. Read back from the handout's text, as drawn.
func TestQuestionsNumberedInTheEditionsDigits(t *testing.T) {
	yaml := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "fa", "text.yaml"))
	faq := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "fa", "faq.md"))
	page := strings.Replace(yaml, "  page: Page {page} of {pages}", "  page: \"صفحهٔ {page} از {pages}\"", 1)
	for _, tt := range []struct {
		name, faq   string
		want, never []string
	}{
		{"Persian digits", strings.Replace(faq, "\n## ", "\nخط ما ۲۴ ساعت در ۷ روز هفته پاسخ می\u200cدهد.\n\n## ", 1), []string{".۱ آیا", ".۲ اگر", " از ۱"}, []string{".1 ", "1 از 1"}},
		{"ASCII digits", faq, []string{".1 آیا", ".2 اگر", "1 از 1"}, []string{"۱"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := contentWith(t, []string{"fa"}, map[string]string{"fa/text.yaml": page, "fa/faq.md": tt.faq})
			res := runFSWithFont(t, fsys, []string{"fa"}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"))
			text := openBuilt(t, res, "handout-fa-letter.pdf").text // as drawn: a question's number is ".۱" in a right-to-left line
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("the handout does not print %q: %s", w, text)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(text, n) {
					t.Errorf("the handout prints %q", n)
				}
			}
			// the page numbers its contents and lists in them too
			_, out, err := runWith(t, fsys, Options{Families: []*typeface.Family{notoFamily(t, "NotoSansArabic", "Noto Sans Arabic")}, Kinds: []string{"site"}, Langs: []string{"fa"}})
			if err != nil {
				t.Fatal(err)
			}
			page, err := os.ReadFile(filepath.Join(out, "site", "fa", "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			if persian := strings.Contains(string(page), `<body class="digits-persian">`); persian != (tt.name == "Persian digits") {
				t.Errorf("the page's body is marked for Persian digits: %v", persian)
			}
		})
	}
}
