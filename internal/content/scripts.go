package content

import (
	"unicode"

	"haven/internal/diag"
)

// unshaped are the scripts whose letters a font draws right only through a shaper: it reorders
// vowel signs, forms conjuncts, stacks marks or joins letters by the font's OpenType tables.
// The PDF writer places one glyph per character in order, which prints them visibly wrong (a
// Hindi vowel sign after its consonant, a Thai tone mark hidden inside the vowel above) while
// the text reads back right, so they are refused before layout (typeface.CheckShaping), and an
// edition written in one gets its resource page alone (Language.PageOnly). Each was tested
// with the Noto font for it: HarfBuzz's shaped glyphs differ from the glyphs of its characters
// in order (hb-shape against hb-shape --shapers=fallback); Thai and Lao, whose glyphs differ
// only in mark stacking, were printed and looked at. Arabic letters are joined by
// typeface.Shape.
var unshaped = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Devanagari", unicode.Devanagari},
	{"Bengali", unicode.Bengali},
	{"Gurmukhi", unicode.Gurmukhi},
	{"Gujarati", unicode.Gujarati},
	{"Oriya", unicode.Oriya},
	{"Tamil", unicode.Tamil},
	{"Telugu", unicode.Telugu},
	{"Kannada", unicode.Kannada},
	{"Malayalam", unicode.Malayalam},
	{"Sinhala", unicode.Sinhala},
	{"Thai", unicode.Thai},
	{"Lao", unicode.Lao},
	{"Khmer", unicode.Khmer},
	{"Myanmar", unicode.Myanmar},
	{"Tibetan", unicode.Tibetan},
	{"Tai Tham", unicode.Tai_Tham},
	{"Syriac", unicode.Syriac},
	{"N'Ko", unicode.Nko},
	{"Mongolian", unicode.Mongolian},
	{"Mandaic", unicode.Mandaic},
	{"Phags-pa", unicode.Phags_Pa},
	{"Javanese", unicode.Javanese},
	{"Balinese", unicode.Balinese},
	{"Sundanese", unicode.Sundanese},
	{"Buginese", unicode.Buginese},
	{"Cham", unicode.Cham},
	{"Kayah Li", unicode.Kayah_Li},
	{"Lepcha", unicode.Lepcha},
	{"Meetei Mayek", unicode.Meetei_Mayek},
	{"Hanunoo", unicode.Hanunoo},
	{"Buhid", unicode.Buhid},
}

// UnshapedScript is the name of r's script when it is one haven cannot shape, else "". Digits
// print alone and are not refused. Every such script is above U+0700.
func UnshapedScript(r rune) string {
	if r < 0x0700 || unicode.IsDigit(r) {
		return ""
	}
	for _, s := range unshaped {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return ""
}

// writtenUnshaped is whether texts are written in scripts haven cannot shape: half their
// letters or more, so that a word quoted from one in another language's text is not.
func writtenUnshaped(texts []diag.Located) bool {
	letters, unshaped := 0, 0
	for _, t := range texts {
		for _, r := range t.Text {
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				letters++
				if UnshapedScript(r) != "" {
					unshaped++
				}
			}
		}
	}
	return letters > 0 && 2*unshaped >= letters
}
