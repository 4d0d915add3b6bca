package pdf

import (
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"

	"haven/internal/contenttest"
	"haven/internal/layout"
	"haven/internal/typeface"
)

// TestSubsetsCutAhead cuts the subsets of a document's faces as Render does beside its drawing,
// then renders it: the document must find every subset made, adding none of its own, in the
// family and in its fallback, in every style it sets.
func TestSubsetsCutAhead(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	fam := *fams[0]
	fam.Fallback = fams[1:]
	var buf sfnt.Buffer
	other := rune(0) // a letter only the fallback has
	for r := rune(0x370); r < 0x2000 && other == 0; r++ {
		if !fam.Has(&buf, r) && fams[1].Has(&buf, r) {
			other = r
		}
	}
	if other == 0 {
		t.Fatal("no letter found that only the fallback has")
	}
	page := layout.Page{W: 612, H: 792, Items: []layout.Item{
		layout.Text{S: "Call 1-888-373-7888 " + string(other), Font: layout.Regular, X: 40, Y: 40, Size: 12},
		layout.Text{S: "Questions " + string(other), Font: layout.Bold, X: 40, Y: 80, Size: 12},
		layout.Text{S: "é (tablet)", Font: layout.Italic, X: 40, Y: 120, Size: 12},
	}}
	doc := &layout.Doc{Name: "cut", Lang: "en", Pages: []layout.Page{page}}
	pr := printedIn(&fam, doc)
	fs := fontsOf(&fam)
	cutAhead(fs, pr)
	cut := fs.subsets.Len()
	if cut != 6 { // two families, three styles
		t.Fatalf("%d subsets cut ahead, want 6", cut)
	}
	if _, err := Render(doc, &fam, time.Unix(1700000000, 0).UTC()); err != nil {
		t.Fatal(err)
	}
	if n := fs.subsets.Len(); n != cut {
		t.Errorf("the document made %d subsets of its own: what was cut ahead is not what it sets", n-cut)
	}
}

// A face that sets a shaped text is not cut ahead: its glyphs take codes the document gives
// them as it draws, which a subset cut from characters would not hold; the document cuts it.
func TestShapedFaceNotCutAhead(t *testing.T) {
	file := "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"
	reg := contenttest.SystemFont(t, file, "fonts-noto-core")
	fam, err := typeface.New("Noto Sans Devanagari", file, file, reg, reg)
	if err != nil {
		t.Fatal(err)
	}
	page := layout.Page{W: 612, H: 792, Items: []layout.Item{layout.Text{S: "तुरंत 911 पर कॉल करें", Font: layout.Regular, X: 40, Y: 40, Size: 12}}}
	doc := &layout.Doc{Name: "cut", Lang: "hi", Pages: []layout.Page{page}}
	fs := fontsOf(fam)
	cutAhead(fs, printedIn(fam, doc))
	if n := fs.subsets.Len(); n != 0 {
		t.Fatalf("%d subsets cut ahead, want none", n)
	}
	if _, err := Render(doc, fam, time.Unix(1700000000, 0).UTC()); err != nil {
		t.Fatal(err)
	}
	if n := fs.subsets.Len(); n != 1 {
		t.Errorf("%d subsets, want the document's own", n)
	}
}
