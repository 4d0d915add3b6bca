package kinds

import (
	"strings"
	"testing"
)

// Every printed document of every kind on every paper says how to print it, in every language
// with built-in guide words: the print guide has no blank for a new kind, paper or language.
func TestEveryDocumentSaysHowToPrint(t *testing.T) {
	for lang, w := range guideWords {
		for _, k := range All() {
			for _, p := range k.Papers {
				for _, d := range k.Docs(p) {
					if d.FromPrinted != nil { // the resource page is not printed
						continue
					}
					in := d.Print.In(w)
					for field, v := range map[string]string{"stock": in.Stock, "sides": in.Sides, "per sheet": in.PerSheet, "cutting": in.Cut,
						"heading": Title(w, []Printing{d.Print})} {
						if v == "" || strings.Contains(v, "%!") || strings.HasPrefix(v, ", ") || strings.HasPrefix(v, " ") {
							t.Errorf("%s: %s: %q as its %s", lang, d.What, v, field)
						}
					}
				}
			}
		}
	}
	if w := GuideWordsFor("el"); w.Lang != "en" {
		t.Errorf("a language without guide words gets %q words, want English", w.Lang)
	}
	for _, d := range Calibration(nil) {
		if d.Layout == nil {
			t.Errorf("%s has no layout", d.What)
		}
	}
}
