package build

import (
	"io/fs"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// A soft hyphen in a text that prints on one line (the card's and the discreet card's
// headlines, the poster's tab) breaks nothing there and prints as nothing, as in the texts
// that wrap: the build succeeds, and the line reads back whole.
func TestSoftHyphenOnOneLine(t *testing.T) {
	text, err := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		field, old, file, want string
	}{
		{"card.headline", "headline: You are not alone.", "cards-en-letter.pdf", "You are not alone."},
		{"discreet.headline", "headline: Need to talk?", "cards-discreet-en-letter.pdf", "Need to talk?"},
		{"handout.page", "page: Page {page} of {pages}", "handout-en-letter.pdf", "Page 1 of 2"},
	} {
		t.Run(tt.field, func(t *testing.T) {
			if !strings.Contains(string(text), tt.old) {
				t.Fatalf("en/text.yaml has no %q", tt.old)
			}
			// a soft hyphen after each word's third letter
			shy := strings.Replace(string(text), tt.old, strings.Split(tt.old, ": ")[0]+": "+hyphenate(strings.SplitN(tt.old, ": ", 2)[1]), 1)
			if rb := built(t, contentWith(t, nil, map[string]string{"en/text.yaml": shy}), []string{"en"}, tt.file); !strings.Contains(rb.text, tt.want) {
				t.Errorf("%q does not read back whole from %s", tt.want, tt.file)
			}
		})
	}
}

// hyphenate puts a soft hyphen after the third letter of each word longer than four.
func hyphenate(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) > 4 && !strings.Contains(w, "{") {
			words[i] = w[:3] + "\u00AD" + w[3:]
		}
	}
	return strings.Join(words, " ")
}
