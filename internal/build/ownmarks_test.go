package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// Items an FAQ letters itself (a. b. c., as an email or a word processor writes them) print
// with their letters as their marks, on paper and on the page, not after a bullet ("• a. a
// romantic partner"); steps named by a word (Step 1:) each begin a line, on paper and on the
// page. Read back from the handout's text and the page's HTML.
func TestOwnListMarksPrintOnce(t *testing.T) {
	faq, err := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	more := "## Who do victims know?\n\nMost know one of these:\n\na. a romantic partner\nb. an acquaintance\n\nWhat to do:\nStep 1: stay calm.\nStep 2: call the hotline.\n\n"
	faq = []byte(strings.Replace(string(faq), "## Final thoughts", more+"## Final thoughts", 1))
	res, out, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": string(faq)}), Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	printed := map[string]string{} // each printed line by the words it ends with
	for _, l := range lines(t, openBuilt(t, res, "handout-en-letter.pdf")) {
		for _, end := range []string{"a romantic partner", "an acquaintance", "stay calm.", "call the hotline."} {
			if strings.HasSuffix(l, end) {
				printed[end] = l
			}
		}
	}
	for end, want := range map[string]string{"a romantic partner": "a. a romantic partner", "an acquaintance": "b. an acquaintance", "stay calm.": "Step 1: stay calm.", "call the hotline.": "Step 2: call the hotline."} {
		if printed[end] != want {
			t.Errorf("printed line %q, want %q", printed[end], want)
		}
	}
	page, err := os.ReadFile(filepath.Join(out, "site", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<ul class="own" role="list">`, "<li>a.\u00a0a romantic partner</li>", "What to do:<br>Step ", ": stay calm.<br>Step "} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}
