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

// A card headline that needs a line more because a long word takes a line of its own is
// hyphenated where that alone makes it fit ("Die Schwangerschaftskonfliktberatungsstelle
// hilft" was refused with "shorten it to about 85 characters" for 49); one that fits stays
// whole; where the language has no patterns, the message names the word and says to put a
// soft hyphen in it, not a count of characters the text already keeps to.
func TestLongWordHeadlineHyphenated(t *testing.T) {
	faq, err := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	text, err := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, headline string
		hyphenated     bool
		refused        string // in the error; "" for none
	}{
		{"de", "Die Schwangerschaftskonfliktberatungsstelle hilft", true, ""},
		{"de", "Die Schwangerschaftskonfliktberatungsstelle", false, ""},
		{"de", "Frag die Beratungsstelle", false, ""},
		{"it", "La Schwangerschaftskonfliktberatungsstelle aiuta", false, `its word "Schwangerschaftskonfliktberatungsstelle" takes a line of its own`},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.headline, func(t *testing.T) {
			yaml := strings.Replace(string(text), "headline: You are not alone.", "headline: "+tt.headline, 1)
			fsys := contentWith(t, nil, map[string]string{tt.lang + "/text.yaml": yaml, tt.lang + "/faq.md": string(faq)})
			res, _, err := runWith(t, fsys, Options{Kinds: []string{"cards"}, Langs: []string{tt.lang}})
			if tt.refused != "" {
				if err == nil || !strings.Contains(err.Error(), tt.refused) || !strings.Contains(err.Error(), "soft hyphen") || strings.Contains(err.Error(), "shorten it to") {
					t.Fatalf("got %v, want an error saying %s and to put a soft hyphen in it", err, tt.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				if strings.Contains(r.Path, "discreet") || !strings.HasSuffix(r.Path, ".pdf") {
					continue
				}
				rb := open(t, r.Path)
				whole := strings.Contains(strings.ReplaceAll(rb.text, "\x02", ""), strings.ReplaceAll(tt.headline, " ", "\n")) ||
					strings.Contains(strings.ReplaceAll(strings.ReplaceAll(rb.text, "\x02", ""), "\n", " "), tt.headline)
				if !whole || strings.Contains(rb.text, "\x02") != tt.hyphenated {
					t.Errorf("%s: the headline %q, hyphenated %v, is not read back in %q", filepath.Base(r.Path), tt.headline, tt.hyphenated, rb.text)
				}
			}
		})
	}
}
