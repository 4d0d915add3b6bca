package build

import (
	"io/fs"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/readback"
)

// A list nested under an item is inside the item's body: an LI holds only its label (Lbl) and
// body (LBody), as PDF 1.7 and PDF/UA checkers want, and the inner list (L) is in the LBody of
// the item it is under. Read back from the structure tree of a handout with a nested list.
func TestNestedListIsInTheItemsBody(t *testing.T) {
	faq, err := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	list := "## Who can stay?\n\nAnyone who is:\n\n- over 18 years old\n- in need of a safe place, including:\n  - people leaving an abusive home\n  - people with children\n- willing to follow the house rules\n\n"
	faq = []byte(strings.Replace(string(faq), "## Final thoughts", list+"## Final thoughts", 1))
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": string(faq)}), Options{Kinds: []string{"handout"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	tree := treeOf(t, openBuilt(t, res, "handout-en-letter.pdf").raw)
	nested := 0
	tree.Root.Walk(func(e *readback.Elem) {
		for _, k := range e.Kids {
			if k.Elem == nil {
				continue
			}
			if e.Role == "LI" && k.Elem.Role != "Lbl" && k.Elem.Role != "LBody" {
				t.Errorf("an LI holds a %s", k.Elem.Role)
			}
			if e.Role == "LBody" && k.Elem.Role == "L" {
				nested++
			}
		}
	})
	if nested != 1 {
		t.Errorf("%d lists in an item's body, want 1", nested)
	}
}
