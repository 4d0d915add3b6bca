package layout

import (
	"slices"
	"testing"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/diag"
	"haven/internal/typeface"
)

// A Myanmar title or headline on two lines keeps the vowel sign under one line (ူ of ကူး)
// off the one over the next (ီ of ညီ): in Noto Serif Myanmar Bold, drawn large, the two
// reached across the 1.57 em that Myanmar's body leading would give them.
func TestMyanmarDisplayLinesApart(t *testing.T) {
	const dir = "/usr/share/fonts/truetype/noto/"
	reg := contenttest.SystemFont(t, dir+"NotoSerifMyanmar-Regular.ttf", "fonts-noto-core")
	bold := contenttest.SystemFont(t, dir+"NotoSerifMyanmar-Bold.ttf", "fonts-noto-core")
	fam, err := typeface.New("Noto Serif Myanmar", "NotoSerifMyanmar-Regular.ttf", "NotoSerifMyanmar-Bold.ttf", reg, bold)
	if err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(bold)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	em := fixed.I(int(f.UnitsPerEm()))
	// reach is how far, in ems, the ink of s shaped reaches above its baseline and below it
	reach := func(s string) (up, down float64) {
		glyphs, _, err := fam.Shape(typeface.Bold, s, "my")
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range glyphs {
			b, _, err := f.GlyphBounds(&buf, sfnt.GlyphIndex(g.ID), em, font.HintingNone)
			if err != nil {
				t.Fatal(err)
			}
			// y grows down in sfnt's bounds, up in a glyph's offset (thousandths of an em)
			up = max(up, -float64(b.Min.Y)/float64(em)+g.Y/1000)
			down = max(down, float64(b.Max.Y)/float64(em)-g.Y/1000)
		}
		return up, down
	}
	_, under := reach("လူကုန်ကူးခံရနိုင်သည်။")
	over, _ := reach("မည်သူမဆို ကူညီနိုင်သည်။")
	l := &content.Language{FAQ: content.FAQ{Title: diag.Located{Text: "လူကုန်ကူးမှု"}}}
	if lead := displayLeading(l); lead < under+over+0.15 { // a gap between them that shows
		t.Errorf("Myanmar's display lines are %.2f em apart; one line's ink reaches %.2f em under it and the next's %.2f em over it", lead, under, over)
	}
}

// Myanmar, which writes spaces between phrases alone, breaks a phrase too long for its line
// between two of its syllables (never inside one: not before a final killed by ်, nor under
// a stacked ္), and a phrase that fits a line at its spaces as before.
func TestMyanmarBreaksBetweenSyllables(t *testing.T) {
	m := Typeset(mono{}, "my")
	for _, tt := range []struct {
		text  string
		width float64
		want  []string
	}{
		{"ကူညီပါသည်။ ရွှေ့ပြောင်းသင်ကြားရေးစင်တာသို့", 40, []string{"ကူညီပါသည်။", "ရွှေ့ပြောင်းသင်ကြားရေးစင်တာသို့"}},
		{"ရွှေ့ပြောင်းသင်ကြားရေးစင်တာသို့", 20, []string{"ရွှေ့ပြောင်းသင်ကြား", "ရေးစင်တာသို့"}},
		{"အင်္ဂလိပ်ဘာသာကမ္ဘာ့ကုလသမဂ္ဂ", 10, []string{"အင်္ဂလိပ်", "ဘာသာကမ္ဘာ့", "ကုလသမဂ္ဂ"}},
	} {
		got, err := wrap(m, Style{Size: 2}, diag.Located{Text: tt.text}, tt.width, "test")
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("%q in %v: %q, %v; want %q", tt.text, tt.width, got, err, tt.want)
		}
	}
	// set evenly (a caption), a phrase that fits a line of its own is not cut either
	const caption = "လမ်းညွှန် အပြည့်အစုံအတွက် စကင်ဖတ်ပါ"
	want := []string{"လမ်းညွှန်", "အပြည့်အစုံအတွက်", "စကင်ဖတ်ပါ"}
	if got, err := wrapEven(m, Style{Size: 2}, diag.Located{Text: caption}, float64(utf8.RuneCountInString(want[1])), "test"); err != nil || !slices.Equal(got, want) {
		t.Errorf("%q set evenly: %q, %v; want %q", caption, got, err, want)
	}
}
