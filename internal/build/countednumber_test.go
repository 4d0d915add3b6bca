package build

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// A short number that counts something ("answered 911 calls last year") is no number to dial:
// neither the page nor the handout links it, while the same number asked to be dialled in the
// next sentence is still a link on both (read back as built).
func TestCountedNumberIsNoLink(t *testing.T) {
	s := setup{faq: [][2]string{{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. Last year we answered 911 calls from parents. In immediate danger, call 911."}}}
	page, site := englishSite(t, s)
	handout := open(t, filepath.Join(site, "handout-en-letter.pdf"))
	if !strings.Contains(string(page), "answered ") || strings.Contains(string(page), `answered <a`) {
		t.Errorf("the page links the count, or lost it: %s", page[bytes.Index(page, []byte("Last year")):][:200])
	}
	if !strings.Contains(string(page), `call <a href="tel:911">`) {
		t.Error(`the page no longer links "call 911"`)
	}
	if bytes.Contains(handout.raw, []byte("answered 911")) {
		t.Error("the handout links the count (a link described by its words)")
	}
	if !strings.Contains(handout.text, "answered 911 calls") {
		t.Errorf("the handout does not print the count: %s", handout.text)
	}
}
