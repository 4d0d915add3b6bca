package fpdf

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"testing"
)

// TestTagging: the hooks' entries land in the pages, the link annotations and the catalog;
// annotations become objects at the numbers given to the hooks, internal links still point at
// their pages, and the hook's objects get the numbers it was told.
func TestTagging(t *testing.T) {
	var refs TaggingRefs
	first := 0
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(false)
	pdf.SetTagging(&Tagging{
		Page: func(n int) string { return fmt.Sprintf("/StructParents %d /Tabs /S", n-1) },
		Link: func(n, i int) string { return fmt.Sprintf("/StructParent %d", 10*n+i) },
		Objects: func(f int, r TaggingRefs) []string {
			first, refs = f, r
			return []string{"<</Type /StructTreeRoot>>", fmt.Sprintf("<</Mine %d>>", f)}
		},
		Catalog: func() string { return fmt.Sprintf("/StructTreeRoot %d 0 R", first) },
	})
	pdf.AddPage()
	pdf.LinkString(10, 10, 20, 20, "https://samples.org/a")
	pdf.LinkString(40, 10, 20, 20, "tel:+18883737888")
	target := pdf.AddLink()
	pdf.AddPage()
	pdf.SetLink(target, 100, 2)
	pdf.Link(10, 10, 20, 20, target)
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	obj := func(n int) string {
		m := regexp.MustCompile(fmt.Sprintf(`(?s)\n%d 0 obj\n(.*?)\nendobj`, n)).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no object %d", n)
		}
		return m[1]
	}
	if len(refs.Pages) != 2 || len(refs.Links[0]) != 2 || len(refs.Links[1]) != 1 {
		t.Fatalf("refs %+v", refs)
	}
	for n, p := range refs.Pages {
		d := obj(p)
		if !bytes.Contains([]byte(d), []byte("/Type /Page\n")) || !regexp.MustCompile(fmt.Sprintf(`/StructParents %d /Tabs /S`, n)).MatchString(d) {
			t.Errorf("page %d (object %d): %s", n+1, p, d)
		}
		for i, a := range refs.Links[n] {
			if !regexp.MustCompile(fmt.Sprintf(`/Annots \[[^\]]*\b%d 0 R`, a)).MatchString(d) {
				t.Errorf("page %d does not list annotation %d: %s", n+1, a, d)
			}
			want := fmt.Sprintf("/StructParent %d", 10*(n+1)+i+1)
			if ad := obj(a); !regexp.MustCompile(`^<</Type /Annot /Subtype /Link `).MatchString(ad) || !bytes.Contains([]byte(ad), []byte(want)) {
				t.Errorf("annotation %d: %s", a, ad)
			}
		}
	}
	if d := obj(refs.Links[1][0]); !bytes.Contains([]byte(d), []byte(fmt.Sprintf("/Dest [%d 0 R", refs.Pages[1]))) {
		t.Errorf("the internal link does not point at page 2 (object %d): %s", refs.Pages[1], d)
	}
	if d := obj(first + 1); d != fmt.Sprintf("<</Mine %d>>", first) {
		t.Errorf("object %d: %s", first+1, d)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-1.7\n")) || bytes.Contains(b.Bytes(), []byte("/Group")) {
		t.Error("the header does not say PDF 1.7, or pages got a transparency group")
	}
	if !regexp.MustCompile(fmt.Sprintf(`/Type /Catalog[^>]*/StructTreeRoot %d 0 R`, first)).MatchString(out) {
		t.Error("the catalog lacks its entry")
	}
}

// TestBookmarkDestinations: a bookmark points at its page, whose object a tagged document
// numbers after the annotations of the pages before it, and at its place on that page,
// measured from the page's own height; an untagged document's points as upstream's did.
func TestBookmarkDestinations(t *testing.T) {
	font, err := os.ReadFile("font/calligra.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for _, tagged := range []bool{false, true} {
		var refs TaggingRefs
		pdf := New("P", "pt", "A4", "")
		pdf.SetCompression(false)
		pdf.AddUTF8FontFromBytes("calligra", "", font)
		pdf.SetFont("calligra", "", 12)
		if tagged {
			pdf.SetTagging(&Tagging{Objects: func(_ int, r TaggingRefs) []string { refs = r; return nil }})
		}
		pdf.AddPage()
		pdf.LinkString(10, 10, 20, 20, "https://samples.org/a") // an annotation before page 2
		pdf.Bookmark("Première", 0, 100)
		pdf.AddPageFormat("P", SizeType{Wd: 400, Ht: 500})
		pdf.Bookmark("Deuxième", 1, 50)
		var b bytes.Buffer
		if err := pdf.Output(&b); err != nil {
			t.Fatal(err)
		}
		pages := []int{3, 5} // upstream's numbering: each page, then its content
		if tagged {
			pages = refs.Pages
		}
		for i, want := range []string{
			fmt.Sprintf("/Dest [%d 0 R /XYZ 0 %.2f null]", pages[0], 841.89-100),
			fmt.Sprintf("/Dest [%d 0 R /XYZ 0 %.2f null]", pages[1], 500.0-50),
		} {
			if !bytes.Contains(b.Bytes(), []byte(want)) {
				t.Errorf("tagged %v: bookmark %d has no %s", tagged, i+1, want)
			}
		}
		if !bytes.Contains(b.Bytes(), []byte("/Type /Outlines")) {
			t.Errorf("tagged %v: no outline", tagged)
		}
	}
}
