package typeface

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"

	"haven/internal/contenttest"
	"haven/internal/diag"
)

// ShapedPieces parts a line into runs of words haven shapes, with the spaces between them,
// and what lies between such runs: ASCII digits, Latin words and punctuation before a word
// print as characters.
func TestShapedPieces(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string // the pieces, the shaped ones in [brackets]
	}{
		{"तुरंत 911 पर कॉल करें।", "[तुरंत] 911 [पर कॉल करें।]"}, // the danda with its word
		{"(कृपया) कॉल: 911", "([कृपया) कॉल:] 911"},
		{"Call 988 today", "Call 988 today"},
		{"क्\u200dष and क्\u200cष", "[क्\u200dष] and [क्\u200cष]"},
		{"९११ पर", "[९११ पर]"}, // a script's own digits are shaped, in a language's forms (Nepali's ५)
		{"911 पर", "911 [पर]"}, // ASCII digits print as characters
		{"தமிழ்  கொ", "[தமிழ்]  [கொ]"},
		// an Arabic-script word the presentation forms cannot print, alone, written or drawn
		{"ټول قربانیان", "[ټول] قربانیان"},
		{"نایناbرق لوټ", "نایناbرق [لوټ]"},
		{"إنَّ الله، (أنتِ)", "[إنَّ] الله، ([أنتِ])"},
		{"شكرًا", "[شكرًا]"}, {"اًركش", "[اًركش]"}, // tanween on the reh, as written and as drawn
		{"\u200cټول\u200cنه\u200c", "\u200c[ټول\u200cنه]\u200c"}, // non-joiners inside it kept, at its ends not
		{"ڏيو 911 ڪ", "[ڏيو] 911 [ڪ]"},                           // Sindhi's ڏ, ڪ
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

// An Arabic-script word is shaped right to left: its glyphs come left to right, copying as
// its clusters' letters reversed (its marks before it), as layout draws the word, each on its
// letter's glyph; it measures the same written and
// drawn, and its letters take the forms their joins give them.
func TestArabicWordShaped(t *testing.T) {
	fam := notoRegular(t, "NotoNaskhArabic")
	m := NewMeasurer(fam)
	isolated, _, err := fam.Shape(Regular, "ټ", "ps")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word  string
		texts []string // what each glyph copies as, left to right
	}{
		{"ټول", []string{"ل", "و", "ټ"}},
		{"ګلاب", []string{"ب", "ا", "ل", "ګ"}},                                           // Noto Naskh joins lam and alef in two glyphs
		{"أنتِ", []string{"", "ِت", "ن", "أ"}},                                           // the kasra drawn first, under its letter, which copies as both
		{"\u0643\u064F\u0644\u064F\u0651", []string{"", "\u0651\u064Fل", "", "\u064Fك"}}, // Noto Naskh draws shadda and damma as one glyph
		{"می\u200cټ", []string{"ټ", "\u200cی", "م"}},
	} {
		glyphs, adv, err := fam.Shape(Regular, tt.word, "ps")
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, g := range glyphs {
			texts = append(texts, g.Text)
		}
		if !slices.Equal(texts, tt.texts) {
			t.Errorf("%q: glyphs copy as %q, want %q", tt.word, texts, tt.texts)
		}
		drawn := []rune(tt.word)
		slices.Reverse(drawn)
		if w, d := m.WidthIn("ps", Regular, 10, tt.word), m.WidthDrawn("ps", Regular, 10, string(drawn)); w != adv/100 || d != w {
			t.Errorf("%q: %v written and %v drawn, want %v", tt.word, w, d, adv/100)
		}
		if strings.HasPrefix(tt.word, "ټ") && glyphs[len(glyphs)-1].ID == isolated[0].ID {
			t.Errorf("%q: its ټ is drawn unjoined, as glyph %d", tt.word, isolated[0].ID)
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
		fam := notoRegular(t, tt.font)
		glyphs, adv, err := fam.Shape(Regular, tt.word, "")
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
	fam := notoRegular(t, "NotoSansDevanagari")
	for word, dotted := range map[string]bool{"क््": true, "ि": true, "क्ष": false, "◌ि": false} {
		_, _, err := fam.Shape(Regular, word, "")
		if got := err != nil && strings.Contains(err.Error(), "dotted circle"); got != dotted {
			t.Errorf("%q: %v, want a dotted circle %v", word, err, dotted)
		}
	}
}

// A language's own letter forms: Marathi writes ल and श otherwise than Hindi, and a Devanagari
// font holds both; the measure follows the language's.
func TestShapeLanguage(t *testing.T) {
	fam := notoRegular(t, "NotoSansDevanagari")
	hi, _, _ := fam.Shape(Regular, "शाळा", "hi")
	mr, _, _ := fam.Shape(Regular, "शाळा", "mr")
	if len(hi) == 0 || len(mr) == 0 || hi[0].ID == mr[0].ID {
		t.Errorf("श in Marathi is glyph %v, as in Hindi %v", mr, hi)
	}
	_, adv, _ := fam.Shape(Regular, "शाळा", "mr")
	if w := NewMeasurer(fam).WidthIn("mr", Regular, 10, "शाळा"); w != adv/100 {
		t.Errorf("Marathi शाळा measures %g, not its shaped advance %g", w, adv/100)
	}
}

// ShapedPieces parts words of two scripts haven shapes, each shaped by its own script's rules.
func TestShapedPiecesScripts(t *testing.T) {
	var pieces []string
	ShapedPieces("बच्चा கொடு", func(piece string, shaped bool) { pieces = append(pieces, piece) })
	if !slices.Equal(pieces, []string{"बच्चा ", "கொடு"}) {
		t.Errorf("pieces %q", pieces)
	}
}

// A font that cannot shape its script's words is refused where the first of them is written,
// before anything is laid out: one without substitutions (GSUB), which would print every
// conjunct broken, and one whose tables HarfBuzz cannot read.
func TestShapeFontRefused(t *testing.T) {
	file := "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"
	good := contenttest.SystemFont(t, file, "fonts-noto-core")
	spoil := func(tag string, edit func(rec, table []byte)) []byte { // the table's record and its bytes
		b := slices.Clone(good)
		for i := range int(binary.BigEndian.Uint16(b[4:6])) {
			if rec := b[12+16*i:]; string(rec[:4]) == tag {
				edit(rec, b[binary.BigEndian.Uint32(rec[8:12]):])
			}
		}
		return b
	}
	texts := []diag.Located{{File: "en/faq.md", Line: 1, Field: "title", Text: "Help"}, {File: "hi/faq.md", Line: 3, Field: "answer", Text: "तुरंत कॉल करें"}}
	for name, tt := range map[string]struct {
		data []byte
		want string
	}{
		"no GSUB":      {spoil("GSUB", func(rec, _ []byte) { copy(rec, "GSUA") /* a tag of no table, in order */ }), "hi/faq.md:3: answer: the font NotoSansDevanagari-Regular.ttf has no OpenType substitutions (its GSUB table is missing or damaged): its Devanagari conjuncts"},
		"damaged maxp": {spoil("maxp", func(_, t []byte) { binary.BigEndian.PutUint32(t, 0x00010034) }), "hi/faq.md:3: answer: the font NotoSansDevanagari-Regular.ttf cannot be read to shape its text (is the file damaged?)"},
		"sound":        {good, ""},
	} {
		fam, err := New("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Regular.ttf", tt.data, tt.data)
		if err != nil {
			t.Fatal(err)
		}
		defaults, err := Defaults()
		if err != nil {
			t.Fatal(err)
		}
		_, err = Choose("hi", append([]*Family{fam}, defaults...), texts)
		if got := fmt.Sprint(err); tt.want == "" && err != nil || tt.want != "" && !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: %v, want %q", name, err, tt.want)
		}
	}
}

// notoRegular is a Noto family of fonts-noto-core by its files' prefix, its regular face only.
func notoRegular(t *testing.T, prefix string) *Family {
	t.Helper()
	file := "/usr/share/fonts/truetype/noto/" + prefix + "-Regular.ttf"
	data := contenttest.SystemFont(t, file, "fonts-noto-core")
	fam, err := New(prefix, file, file, data, data)
	if err != nil {
		t.Fatal(err)
	}
	return fam
}
