package build

import (
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
)

// A call number with an extension is refused in settings.yaml with the texts to write the
// extension in; content that follows the message prints the extension beside the number on
// every page of every PDF that prints the number: the tear-off tabs, the discreet cards and the
// large print's closing strip (which leaves help.call_label out for room) as much as the rest.
func TestExtensionHintReachesEveryOutput(t *testing.T) {
	settings, err := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const number, ext = "1-888-373-7888", "ext. 204"
	withExt := strings.Replace(string(settings), "  call: "+number, "  call: "+number+" "+ext, 1)
	_, err = content.Load(contentWith(t, nil, map[string]string{"settings.yaml": withExt}), "content", content.Overrides{})
	if err == nil {
		t.Fatal("a call number with an extension loads")
	}
	m := regexp.MustCompile(`in every language: (.*), e\.g\.`).FindStringSubmatch(err.Error())
	if m == nil {
		t.Fatalf("the message names no texts for the extension: %v", err)
	}
	fields := regexp.MustCompile(`[a-z_]+\.[a-z_]+`).FindAllString(m[1], -1)
	// the user's edit: each named text of en/text.yaml gets the extension, as does the FAQ's
	// own mention of the number, which is the user's prose
	text, err := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines, section, edited := strings.Split(string(text), "\n"), "", 0
	for i, l := range lines {
		if l != "" && l[0] != ' ' && l[0] != '#' {
			section, _, _ = strings.Cut(l, ":")
		}
		for _, f := range fields {
			if sec, key, _ := strings.Cut(f, "."); sec == section && strings.HasPrefix(l, "  "+key+": ") {
				lines[i], edited = l+", "+ext, edited+1
			}
		}
	}
	if edited != len(fields) {
		t.Fatalf("en/text.yaml has %d of the texts %v", edited, fields)
	}
	faq, err := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	fsys := contentWith(t, nil, map[string]string{
		"en/text.yaml": strings.Join(lines, "\n"),
		"en/faq.md":    strings.ReplaceAll(string(faq), "{call}", "{call}, "+ext),
	})
	res, _, err := runContent(t, fsys, []string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if filepath.Ext(r.Path) != ".pdf" || strings.HasPrefix(filepath.Base(r.Path), "proof") {
			continue
		}
		rb := open(t, r.Path)
		for i := range rb.pages {
			s, err := rb.doc.Text(i)
			if err != nil {
				t.Fatal(err)
			}
			s = strings.Join(strings.Fields(s), " ")
			if n, e := strings.Count(s, number), strings.Count(s, ext); e < n {
				t.Errorf("%s page %d prints %s %d times, %q %d times", filepath.Base(r.Path), i+1, number, n, ext, e)
			}
		}
	}
}
