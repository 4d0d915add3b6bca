package build

import (
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/typeface"
)

// Languages set in the same faces share one family, so that its fonts are parsed, and its
// subsets cut, once for all their documents.
func TestLanguagesShareTheirFamily(t *testing.T) {
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	r, err := prepare(Options{Content: ct, Families: fams, Kinds: []string{"handout"}, Papers: []string{"letter"}})
	if err != nil {
		t.Fatal(err)
	}
	if en, es := r.famOf["en"], r.famOf["es"]; en == nil || en != es {
		t.Errorf("English and Spanish are set in %p and %p, not one family", en, es)
	}
}
