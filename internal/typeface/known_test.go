package typeface

import (
	"slices"
	"testing"

	"golang.org/x/image/font/sfnt"
)

// TestKnownDamaged looks at every character below U+10000 of each built-in family in every
// face, as damaged does for a user's font, and holds knownDamaged to what it finds.
func TestKnownDamaged(t *testing.T) {
	fams, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	for _, f := range fams {
		if f.known == nil {
			t.Fatalf("%s: a built-in family without its known characters", f.Name)
		}
		looked := *f
		looked.known = nil
		var found []rune
		for r := rune(0x20); r < 0x10000; r++ {
			if looked.Has(&buf, r) && looked.damaged(&buf, r) {
				found = append(found, r)
			}
		}
		if want := knownDamaged[f.Name]; !slices.Equal(found, want) {
			t.Errorf("%s: the fonts print %U as nothing; knownDamaged lists %U", f.Name, found, want)
		}
	}
}
