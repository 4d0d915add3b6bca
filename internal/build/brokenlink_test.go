package build

import (
	"math"
	"slices"
	"strings"
	"testing"

	"haven/internal/readback"
)

// A link whose words a line breaks ("our" / "resource list", an address broken after its
// "/") is a link on both lines: each line's part has its own annotation, both in one Link
// element described by the whole link's words. Read back from the large-print handout, where
// these break: the words under each annotation, where it opens, and its element.
func TestLinkBrokenAcrossLines(t *testing.T) {
	// three links that break across lines in the large-print handout
	faq := mustReadFile(t, "../../testdata/brokenlinks/faq.md")
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": faq}), Options{Kinds: []string{"handout"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	rb := openBuilt(t, res, "handout-large-en-letter.pdf")
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	var got []string // each link on samples.org: the words it is drawn over, where it opens, its description
	for _, pg := range pages {
		for _, l := range pg.Links {
			if !strings.HasPrefix(l.URI, "https://samples.org/") {
				continue
			}
			for _, tx := range pg.Texts {
				if math.Abs(tx.X-l.X) < 0.01 && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
					got = append(got, tx.S+" > "+strings.TrimPrefix(l.URI, "https://samples.org/")+" > "+l.Contents)
				}
			}
		}
	}
	want := []string{
		"our > resources > See our resource list", "resource list > resources > See our resource list",
		"samples.org/resources > resources > See our resource list samples.org/resources",
		"https://samples.org/ > families > Read more at https://samples.org/families", "families > families > Read more at https://samples.org/families",
	}
	if !slices.Equal(got, want) {
		t.Errorf("the large-print handout's links, over the words:\n got %q\nwant %q", got, want)
	}
	tree := treeOf(t, rb.raw)
	var annots []int // of each Link element holding more than one
	tree.Root.Walk(func(e *readback.Elem) {
		n := 0
		for _, k := range e.Kids {
			if k.Elem == nil && k.Annot >= 0 {
				n++
			}
		}
		if e.Role == "Link" && n > 1 {
			annots = append(annots, n)
		}
	})
	if !slices.Equal(annots, []int{2, 2, 2}) { // "our resource list", the address, "call us"
		t.Errorf("Link elements with more than one annotation hold %v, want three of 2", annots)
	}
}
