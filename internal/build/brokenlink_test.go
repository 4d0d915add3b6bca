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

// A web address whose part between slashes is wider than a line ("mandatory-reporting-
// requirements-for-professionals-and-...") breaks before a hyphen of it, which begins the next
// line: read back from each handout, the parts of the address under its link's annotations,
// joined, are the address the link opens, and the one that begins with a hyphen is linked too.
func TestAddressBrokenBeforeItsHyphen(t *testing.T) {
	const url = "https://www.childwelfare.gov/topics/systemwide/laws-policies/mandatory-reporting-requirements-for-professionals-and-volunteers-in-every-state-and-territory/"
	faq := strings.Replace(builtinFAQ(t), "No. Most victims know their traffickers.", "Read "+url+" for the rules. No. Most victims know their traffickers.", 1)
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": faq}), Options{Kinds: []string{"handout"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"handout-en-letter.pdf", "handout-large-en-letter.pdf"} {
		pages, err := readback.Read(openBuilt(t, res, file).raw)
		if err != nil {
			t.Fatal(err)
		}
		var parts []string // the address's words under each of its link's annotations
		for _, pg := range pages {
			for _, l := range pg.Links {
				if l.URI != url {
					continue
				}
				words := ""
				for _, tx := range pg.Texts {
					if tx.X >= l.X-0.01 && tx.X < l.X+l.W && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
						words += tx.S
					}
				}
				parts = append(parts, strings.TrimSpace(strings.TrimPrefix(words, "Read ")))
			}
		}
		hyphened := slices.ContainsFunc(parts, func(p string) bool { return strings.HasPrefix(p, "-") })
		if strings.Join(parts, "") != url || !hyphened {
			t.Errorf("%s: the address's lines under its link are %q: want %q, one line beginning with a hyphen", file, parts, url)
		}
	}
}
