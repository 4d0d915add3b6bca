package typeface

import (
	"testing"

	"haven/internal/diag"
)

// TestWidthOfWhatShapingLeavesOut: a text of soft hyphens and zero-width non-joiners alone (a
// bold run of "**می**‌**خواهم**" between two others) shapes to nothing, and measures nothing,
// in a family with fallbacks too, which splits a text into runs by face; an empty text has no
// runs.
func TestWidthOfWhatShapingLeavesOut(t *testing.T) {
	fams, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	fam, err := Choose("fr", fams, []diag.Located{{Text: "a\u202Fb"}}) // U+202F, which Atkinson lacks, from Noto Sans
	if err != nil {
		t.Fatal(err)
	}
	if len(fam.Fallback) == 0 {
		t.Fatalf("%s has no fallback: the test needs one", fam.Key())
	}
	m := NewMeasurer(fam)
	for _, s := range []string{"\u00AD", "\u200C", "\u00AD\u200C\u00AD", "\u200C\u200C"} {
		for _, f := range []Face{Regular, Bold, Italic, BoldItalic} {
			if w := m.Width(f, 10, s); w != 0 {
				t.Errorf("%q in face %d measures %.2f pt, not 0", s, f, w)
			}
		}
	}
	if w := m.Width(Regular, 10, "a\u200Cb"); w != m.Width(Regular, 10, "ab") {
		t.Errorf("a non-joiner between Latin letters measures %.2f pt against %.2f without", w, m.Width(Regular, 10, "ab"))
	}
	for _, f := range []*Family{fam, fams[0]} { // with fallbacks and without
		if runs := f.Runs(nil, ""); len(runs) != 0 {
			t.Errorf("an empty text has runs in %s: %+v", f.Name, runs)
		}
	}
}
