package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A comment in faq.md prints nowhere, and nothing after it drops out: every question and
// answer after a closed one is on the handout and the resource page. One never closed, which
// Markdown reads on to the end of the file (or prints as written inside a paragraph), and
// words after a comment's --> on its line are refused at their line, and nothing is written.
func TestCommentsHideNothing(t *testing.T) {
	const answer = "No. Most victims know their traffickers."
	for _, tt := range []struct{ name, comment, want string }{
		{"closed, on its own line", "<!-- TODO: check the hours with Sam -->\n\n" + answer, ""},
		{"closed, in the answer", answer + " <!-- TODO: check the hours with Sam -->", ""},
		{"closed, over lines", "<!-- TODO: check\nthe hours with Sam -->\n" + answer, ""},
		{"never closed", "<!-- TODO: check the hours with Sam\n\n" + answer,
			`en/faq.md:13: the comment "<!-- TODO: check the hours with Sam" is never closed: lines 14 to 49 after it would not print`},
		{"never closed, in the answer", answer + " <!-- TODO: check the hours with Sam\n",
			`en/faq.md:13: the comment "<!-- TODO: check the hours with Sam" is never closed: it would print as written`},
		{"words after it", "<!-- TODO: check the hours with Sam --> " + answer,
			`en/faq.md:13: "No. Most victims know their traffickers. This includes`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rb, page := answerBuilt(t, answer, tt.comment, tt.want)
			if rb == nil {
				return
			}
			for where, text := range map[string]string{"the handout": fold(rb.text), "the page": string(page)} {
				// the answer, the questions after it and the closing section
				for _, want := range []string{answer, "Can minors legally consent to commercial sex?", "What should I do if I suspect a child is being trafficked?", "Domestic Minor Sex Trafficking is not an issue that can be ignored."} {
					if !strings.Contains(text, want) {
						t.Errorf("%s lacks %q", where, want)
					}
				}
				for _, never := range []string{"TODO", "<!--", "-->"} {
					if strings.Contains(text, never) {
						t.Errorf("%s prints %q", where, never)
					}
				}
			}
		})
	}
}

// answerBuilt makes the English Letter handout and page of the built-in content with its
// answer replaced by md, and reads them back; when want is set, the run must be refused with
// it and write no PDF, and answerBuilt returns nil.
func answerBuilt(t *testing.T, answer, md, want string) (*readBack, []byte) {
	t.Helper()
	faq := strings.Replace(builtinFAQ(t), answer, md, 1)
	res, out, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": faq}), Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	if want != "" {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("got %v, want an error saying %q", err, want)
		}
		if files, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(files) > 0 {
			t.Errorf("a refused FAQ wrote %v", files)
		}
		return nil, nil
	}
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "site", "en", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	return openBuilt(t, res, "handout-en-letter.pdf"), page
}
