package build

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// A word too wide for its line on a card is hyphenated where the card would otherwise be
// refused, and the card reads back right with the hyphen at its line's end; the lines of the
// other texts are as they were (a layout is hyphenating only where one of its words is too wide).
func TestTooWideWordHyphenated(t *testing.T) {
	b, err := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(b), "- A trained person answers, day or night.",
		"- Ask about pneumonoultramicroscopicsilicovolcanoconiosis.", 1)
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{"en/text.yaml": text}), Options{Kinds: []string{"cards"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if strings.Contains(r.Path, "discreet") { // its back has lines of its own
			continue
		}
		rb := open(t, r.Path)
		// PDFium reads a hyphen at a line's end inside a word as \x02
		if !strings.Contains(rb.text, "pneumonoultramicro") || !strings.Contains(strings.ReplaceAll(rb.text, "\x02", ""), "pneumonoultramicroscopicsilicovolcanoconiosis.") ||
			strings.Count(rb.text, "\x02") == 0 {
			t.Errorf("%s: the word is not hyphenated in %q", filepath.Base(r.Path), rb.text)
		}
	}
}
