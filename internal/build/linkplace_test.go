package build

import (
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"haven/internal/readback"
)

// A link opens from its own words, not from every place its words recur: two "here"s to two
// pages each open their own, and the same words unlinked elsewhere stay unlinked, on paper
// (the words and the address printed after them) and on the resource page.
func TestLinkOpensFromItsOwnWords(t *testing.T) {
	faq := strings.Replace(builtinFAQ(t), "No. Most victims know their traffickers.",
		"Find a shelter [here](https://example.org/shelter) and food [here](https://example.org/food). "+
			"Read our list first. Then see [our list](https://example.org/list).", 1)
	fsys := contentWith(t, nil, map[string]string{"en/faq.md": faq})
	res, _, err := runContent(t, fsys, []string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	rb := openBuilt(t, res, "handout-en-letter.pdf")
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	var got []string // each link on example.org: the words it is drawn over, and where it opens
	for _, pg := range pages {
		for _, l := range pg.Links {
			if !strings.HasPrefix(l.URI, "https://example.org/") {
				continue
			}
			for _, tx := range pg.Texts {
				if math.Abs(tx.X-l.X) < 0.01 && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
					got = append(got, tx.S+" > "+strings.TrimPrefix(l.URI, "https://example.org/"))
				}
			}
		}
	}
	want := []string{"here > shelter", "example.org/shelter > shelter", "here > food", "example.org/food > food", "our list > list", "example.org/list > list"}
	if !slices.Equal(got, want) {
		t.Errorf("the handout's links, over the words:\n got %q\nwant %q", got, want)
	}
	_, out, err := runWith(t, fsys, Options{Kinds: []string{"site"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	page := mustReadFile(t, filepath.Join(out, "site", "en", "index.html"))
	for _, want := range []string{
		`Find a shelter <a href="https://example.org/shelter">here</a> and food <a href="https://example.org/food">here</a>.`,
		`Read our list first. Then see <a href="https://example.org/list">our list</a>.`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %s", want)
		}
	}
}
