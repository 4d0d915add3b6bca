package typeface

import (
	"strings"
	"testing"

	"github.com/go-text/typesetting/font"
)

// Noto Sans Myanmar's rules put a spacer, a glyph with an advance and no outline, between a
// mark and the cluster after it (the dot below of သန့် before ဖြ): it keeps its advance, but
// is not drawn, and the cluster's letters copy from the glyphs that draw; else the read-back
// found a blank glyph carrying ဖ and refused ordinary Burmese.
func TestSpacersCopyAsNothing(t *testing.T) {
	fam := notoFamily(t, "NotoSansMyanmar", "Noto Sans Myanmar")
	const word = "သီးသန့်ဖြစ်ပါသည်"
	glyphs, advance, err := fam.Shape(Regular, word, "my")
	if err != nil {
		t.Fatal(err)
	}
	face, err := parseShaped(fam.Data(Regular))
	if err != nil {
		t.Fatal(err)
	}
	var copied strings.Builder
	last := -1.0
	for _, g := range glyphs {
		if o, ok := face.GlyphData(font.GID(g.ID)).(font.GlyphOutline); ok && len(o.Segments) == 0 {
			t.Errorf("%q: glyph %d is drawn, and has no outline", word, g.ID)
		}
		copied.WriteString(g.Text)
		last = max(last, g.X)
	}
	if copied.String() != word {
		t.Errorf("%q copies as %q", word, copied.String())
	}
	if last <= 0 || advance <= last {
		t.Errorf("%q: glyphs end at %.0f of an advance of %.0f", word, last, advance)
	}
}
