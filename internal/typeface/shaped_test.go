package typeface

import (
	"slices"
	"strings"
	"testing"

	"haven/internal/contenttest"
)

// ShapedPieces parts a line into runs of words haven shapes, with the spaces between them,
// and what lies between such runs: digits, Latin words and punctuation print as characters.
func TestShapedPieces(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string // the pieces, the shaped ones in [brackets]
	}{
		{"तुरंत 911 पर कॉल करें।", "[तुरंत] 911 [पर कॉल करें]।"},
		{"Call 988 today", "Call 988 today"},
		{"क्\u200dष and क्\u200cष", "[क्\u200dष] and [क्\u200cष]"},
		{"९११ पर", "९११ [पर]"}, // Devanagari digits print as characters
		{"தமிழ்  கொ", "[தமிழ்]  [கொ]"},
	} {
		var b strings.Builder
		ShapedPieces(tt.line, func(piece string, shaped bool) {
			if shaped {
				piece = "[" + piece + "]"
			}
			b.WriteString(piece)
		})
		if b.String() != tt.want {
			t.Errorf("%q: %q, want %q", tt.line, b.String(), tt.want)
		}
	}
}

// Shape gives HarfBuzz's glyphs, each copying as the letters of its cluster in the order they
// are written (a vowel sign drawn in two parts in its canonical decomposition), placed where
// the font's tables put them.
func TestShape(t *testing.T) {
	for _, tt := range []struct {
		font, word string
		texts      []string // what each glyph copies as, in drawing order
		raised     bool     // a glyph is set above or below the baseline
	}{
		{"NotoSansDevanagari", "कि", []string{"क", "ि"}, false},   // the vowel sign drawn first
		{"NotoSansDevanagari", "क्ष", []string{"क्ष"}, false},     // a conjunct: one glyph
		{"NotoSansBengali", "কো", []string{"ক", "ে", "া"}, false}, // drawn around its consonant
		{"NotoSansTamil", "கொ", []string{"க", "ெ", "ா"}, false},
		{"NotoSansGujarati", "કૃ", []string{"ક", "ૃ"}, true},
		// a joiner or non-joiner picks the form and is no glyph of its own (HarfBuzz's is a
		// blank space): it copies with the glyph before it
		{"NotoSansDevanagari", "क्\u200cष", []string{"क", "्\u200c", "ष"}, false},
		{"NotoSansDevanagari", "क्\u200dष", []string{"क्\u200d", "ष"}, false},
	} {
		file := "/usr/share/fonts/truetype/noto/" + tt.font + "-Regular.ttf"
		data := contenttest.SystemFont(t, file, "fonts-noto-core")
		fam, err := New(tt.font, file, file, data, data)
		if err != nil {
			t.Fatal(err)
		}
		glyphs, adv, err := fam.Shape(Regular, tt.word)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		raised := false
		for _, g := range glyphs {
			texts = append(texts, g.Text)
			raised = raised || g.Y != 0
		}
		if !slices.Equal(texts, tt.texts) || raised != tt.raised || adv <= 0 {
			t.Errorf("%s %q: glyphs copy as %q, raised %v, advance %g; want %q, raised %v", tt.font, tt.word, texts, raised, adv, tt.texts, tt.raised)
		}
		if m := NewMeasurer(fam); m.Width(Regular, 10, tt.word) != adv/100 {
			t.Errorf("%q measures %g at 10 pt, not its shaped advance %g", tt.word, m.Width(Regular, 10, tt.word), adv/100)
		}
	}
}

// A sign HarfBuzz finds no letter for is drawn on a dotted circle: Shape says so.
func TestShapeDottedCircle(t *testing.T) {
	file := "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"
	data := contenttest.SystemFont(t, file, "fonts-noto-core")
	fam, err := New("Noto Sans Devanagari", file, file, data, data)
	if err != nil {
		t.Fatal(err)
	}
	for word, dotted := range map[string]bool{"क््": true, "ि": true, "क्ष": false, "◌ि": false} {
		_, _, err := fam.Shape(Regular, word)
		if got := err != nil && strings.Contains(err.Error(), "dotted circle"); got != dotted {
			t.Errorf("%q: %v, want a dotted circle %v", word, err, dotted)
		}
	}
}
