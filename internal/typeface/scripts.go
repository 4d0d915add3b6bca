package typeface

import (
	"fmt"
	"unicode"

	"haven/internal/diag"
)

// unshaped are the scripts whose letters a font draws right only through a shaper: it reorders
// vowel signs, forms conjuncts, stacks marks or joins letters by the font's OpenType tables.
// The PDF writer places one glyph per character in order, which prints them visibly wrong (a
// Hindi vowel sign after its consonant, a Thai tone mark hidden inside the vowel above) while
// the text reads back right, so they are refused before layout. Each was tested with the Noto
// font for it: HarfBuzz's shaped glyphs differ from the glyphs of its characters in order
// (hb-shape against hb-shape --shapers=fallback); Thai and Lao, whose glyphs differ only in
// mark stacking, were printed and looked at. Arabic letters are joined by Shape.
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

// unshapedScript is the index in unshaped of the script of r, or -1. Digits print alone and
// are not refused. Every such script is above U+0700.
func unshapedScript(r rune) int {
	if r < 0x0700 || unicode.IsDigit(r) {
		return -1
	}
	for i, s := range unshaped {
		if unicode.Is(s.table, r) {
			return i
		}
	}
	return -1
}

// CheckShaping refuses texts written in a script haven cannot shape, one problem per script,
// where it is first written: a run says so for every language before it looks at a font.
func CheckShaping(texts []diag.Located) error { return checkShaping(distinct(texts), texts) }

// checkShaping is CheckShaping given the distinct characters of texts.
func checkShaping(runes []rune, texts []diag.Located) error {
	found := map[int]bool{}
	for _, r := range runes {
		if i := unshapedScript(r); i >= 0 {
			found[i] = true
		}
	}
	if len(found) == 0 {
		return nil
	}
	var ps diag.Problems
	for _, t := range texts {
		for _, r := range t.Text {
			i := unshapedScript(r)
			if !found[i] {
				continue
			}
			delete(found, i)
			name := unshaped[i].name
			ps = append(ps, diag.Problem{File: t.File, Line: t.Line, Field: t.Field,
				Msg: fmt.Sprintf("haven cannot set %s text yet: it needs shaping haven does not do (%q U+%04X)", name, r, r),
				Hint: "its letters would print in the wrong order or shape: take it out of this text, or leave this language out, " +
					"naming the others with --lang, and set it in a program that shapes it, such as LibreOffice Writer"})
		}
	}
	return ps
}
