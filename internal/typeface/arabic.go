package typeface

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go run gen_arabic.go

// Arabic letters join: each takes an isolated, final, initial or medial form by its
// neighbours. The PDF writer places characters, not glyphs a shaper chose, so Shape writes
// each letter as its Unicode presentation form (Arabic Presentation Forms-A and -B), which
// Arabic fonts map to the joined glyphs. The letters and their forms, Persian and Urdu ones
// included, come from the Unicode Character Database (arabic_table.go).

// letterForms is a joining letter: its forms and whether it joins the letter after it.
type letterForms struct {
	dual  bool
	forms [4]rune // isolated, final, initial, medial
}

const (
	isolated = iota
	final
	initial
	medial
)

// noonGhunna is written dotless only at the end of a word: Unicode gives it no initial or
// medial form, and Urdu writes noon's there.
const noonGhunna, noon = 0x06BA, 0x0646

// lamAlef is the ligature of lam with each alef, isolated (its final form follows it).
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

// alefAfter reports whether the lam at i joins the alef after it into a lam-alef ligature. A
// vowel sign between them (لَا) makes the word one HarfBuzz shapes (shapedRunes).
func alefAfter(rs []rune, i int) bool { return i+1 < len(rs) && lamAlef[rs[i+1]] != 0 }

// zwnj, the zero-width non-joiner, keeps two letters apart that would join (Persian writes it
// inside many words; German, to keep a ligature apart). It has done its work once the letters
// have their forms, and is dropped, in any script: it has no glyph to draw.
const zwnj = 0x200C

// transparent marks (the vowel signs) sit on a letter without breaking its joins.
func transparent(r rune) bool { return unicode.Is(unicode.Mn, r) }

// joinsNext reports whether r joins the letter after it: a dual-joining letter or tatweel.
func joinsNext(r rune) bool { return joinForms[r].dual || r == 0x0640 }

// joins reports whether r joins the letter before it.
func joins(r rune) bool {
	_, ok := joinForms[r]
	return ok || r == 0x0640
}

// form is letter r's presentation form n.
func form(r rune, n int) rune {
	if r == noonGhunna && n >= initial {
		r = noon
	}
	return joinForms[r].forms[n]
}

// A word of Arabic script that the presentation forms cannot print is shaped whole by
// HarfBuzz (Family.Shape), which joins its letters and places its signs by the font's own
// tables: a word with a letter Unicode gives no forms (Pashto's ټ, Kurdish ڵ), or with a vowel
// sign no form holds (a fatha, a shadda), whose place on its letter only the font knows. Shape
// leaves such a word as written; every other Arabic word takes its presentation forms, as it
// always has.

// arabicBlock reports whether r is in a block of the Arabic script: its letters, their
// supplement and extensions, and their presentation forms.
func arabicBlock(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x0870 && r <= 0x08FF ||
		r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// arabicMark reports whether r is a mark of the Arabic blocks: a vowel sign, shadda, sukun.
func arabicMark(r rune) bool { return arabicBlock(r) && unicode.Is(unicode.Mn, r) }

// inArabicWord reports whether r is part of a word of Arabic script: a letter or mark of its
// blocks (tatweel too), or a non-joiner or joiner between them.
func inArabicWord(r rune) bool {
	return arabicBlock(r) && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) || r == zwnj || r == zwj
}

// inHebrewWord reports whether r is part of a word of Hebrew script: a letter or point of its
// block, or a letter of its presentation forms.
func inHebrewWord(r rune) bool {
	return r >= 0x05D0 && r <= 0x05F2 || hebrewPoint(r) || r >= 0xFB1D && r <= 0xFB4F && unicode.IsLetter(r)
}

// rtlShaped reports whether r begins a word HarfBuzz shapes right to left: of Arabic script,
// of Hebrew or of Thaana.
func rtlShaped(r rune) bool { return inArabicWord(r) || inHebrewWord(r) || inThaanaWord(r) }

// mayHaveShapedWord reports whether s may hold a word HarfBuzz shapes (see above), by the
// first bytes of the blocks whose letters and marks make one: U+0600 to U+06FF (D8 to DB),
// U+0750 to U+077F (DD), U+0870 to U+08FF (E0 A1 to E0 A3), Hebrew's U+0580 to U+05FF (D6
// and D7) and Thaana's U+0780 to U+07BF (DE). Most texts have none.
func mayHaveShapedWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xD6 && c <= 0xDB || c == 0xDD || c == 0xDE || c == 0xE0 && i+1 < len(s) && s[i+1] >= 0xA1 && s[i+1] <= 0xA3 {
			return true
		}
	}
	return false
}

// shapedWords calls fn with the byte range of each word in s that HarfBuzz shapes, in order:
// a word of Arabic script (shapedRunes), or of letters with an accent no character composes
// with them (accentedRunes).
func shapedWords(s string, written bool, fn func(start, end int)) {
	arabic, accented := mayHaveShapedWord(s), mayBeAccented(s)
	if !arabic && !accented {
		return
	}
	rs := []rune(s)
	var words [][2]int
	add := func(from, to int) { words = append(words, [2]int{from, to}) }
	if arabic {
		shapedRunes(rs, written, add)
	}
	if accented {
		accentedRunes(rs, add)
		slices.SortFunc(words, func(a, b [2]int) int { return a[0] - b[0] }) // the two kinds are apart
	}
	at, i := 0, 0 // the byte offset of rs[i]
	for _, w := range words {
		for ; i < w[0]; i++ {
			at += utf8.RuneLen(rs[i])
		}
		start := at
		for ; i < w[1]; i++ {
			at += utf8.RuneLen(rs[i])
		}
		fn(start, at)
	}
}

// shapedRunes calls fn with the range of each word of Arabic, Hebrew or Thaana script in rs
// that HarfBuzz shapes, without the joiners at its ends, in order. rs is as written (written), or as Shape
// writes it and layout draws it, perhaps reversed: there a mark Shape wrote as part of its
// letter's form (heldMark) is gone, and any other makes its word one HarfBuzz shapes (in
// شكرًا reversed, the tanween of its reh follows the alef, as a held one would).
func shapedRunes(rs []rune, written bool, fn func(from, to int)) {
	for i := 0; i < len(rs); {
		in := inArabicWord
		switch {
		case inHebrewWord(rs[i]):
			in = inHebrewWord
		case inThaanaWord(rs[i]):
			in = inThaanaWord
		case !inArabicWord(rs[i]):
			i++
			continue
		}
		j, shaped := i, false
		for ; j < len(rs) && in(rs[j]); j++ {
			shaped = shaped || unformed[rs[j]] || arabicMark(rs[j]) && !(written && heldMark(rs, j)) || hebrewPoint(rs[j]) || thaanaSign(rs[j])
		}
		if shaped {
			from, to := i, j
			for from < to && (rs[from] == zwnj || rs[from] == zwj) {
				from++
			}
			for to > from && (rs[to-1] == zwnj || rs[to-1] == zwj) {
				to--
			}
			fn(from, to)
		}
		i = j
	}
}

const softHyphen = "\u00AD"

// zwsp is the zero-width space, which marks where a line of Thai, Lao, Khmer or Myanmar may
// break between words it writes without spaces: it prints as nothing.
const zwsp = "\u200B"

// mayBeArabic reports whether Shape may change s: it holds a character of the Arabic block,
// U+0600 to U+06FF (the joining letters and tatweel), whose UTF-8 begins with a byte from
// 0xD8 to 0xDB, or a zero-width non-joiner. Layout measures every word through Shape, and
// most text has neither.
func mayBeArabic(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xD8 && s[i] <= 0xDB {
			return true
		}
	}
	return strings.ContainsRune(s, zwnj)
}

// mayShape reports whether Shape may change s but for its soft hyphens: it may be Arabic
// (mayBeArabic) or hold a Hebrew point (mayBeHebrew), in one pass over s.
func mayShape(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xD6 && s[i] <= 0xDB {
			return true
		}
	}
	return strings.ContainsRune(s, zwnj)
}

// Shape writes the Arabic letters of s in their joined presentation forms and the Hebrew
// letters with the points a presentation form holds as that form (hebrew.go); other text is
// unchanged, but for zero-width non-joiners, zero-width spaces and soft hyphens, which are
// dropped (a line drawn
// whole does not break at its soft hyphens, which then print as nothing; a wrapped line that
// breaks at one ends in "-" before it is drawn). Shaping shaped text changes nothing.
func Shape(s string) string {
	if strings.Contains(s, softHyphen) {
		s = strings.ReplaceAll(s, softHyphen, "")
	}
	if strings.Contains(s, zwsp) {
		s = strings.ReplaceAll(s, zwsp, "")
	}
	if !mayShape(s) {
		return s
	}
	rs := []rune(s)
	if !slices.ContainsFunc(rs, func(r rune) bool { return joins(r) || r == zwnj }) {
		return s
	}
	return string(shape(rs, nil))
}

// ShapeOrigin is Shape(s) with, for each of its characters, the index in []rune(s) of the
// character it was shaped from: a lam-alef ligature's is its lam's; a dropped character has
// none. The PDFs' ActualText gives back the text as written from it.
func ShapeOrigin(s string) (string, []int) {
	var rs []rune
	var from []int // the index in s of each character of rs, soft hyphens left out
	for i, r := range []rune(s) {
		if r != 0x00AD {
			rs, from = append(rs, r), append(from, i)
		}
	}
	var origin []int
	out := shape(rs, &origin)
	for k, i := range origin {
		origin[k] = from[i]
	}
	return string(out), origin
}

// shape joins the Arabic letters of rs, which hold no soft hyphen, and appends to origin, if
// not nil, the index in rs of each character it writes: a form's is its letter's. A word
// HarfBuzz shapes (an Arabic word with vowel signs, a pointed Hebrew one) is left as written.
func shape(rs []rune, origin *[]int) []rune {
	// the letters either side of i, past vowel signs
	near := func(i, step int) rune {
		for j := i + step; j >= 0 && j < len(rs); j += step {
			if !transparent(rs[j]) {
				return rs[j]
			}
		}
		return 0
	}
	// the words HarfBuzz shapes, as written
	var written []bool
	shapedRunes(rs, true, func(from, to int) {
		if written == nil {
			written = make([]bool, len(rs))
		}
		for k := from; k < to; k++ {
			written[k] = true
		}
	})
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if written != nil && written[i] {
			out = append(out, r)
			if origin != nil {
				*origin = append(*origin, i)
			}
			continue
		}
		f, ok := joinForms[r]
		if r == zwnj && !(i > 0 && Shaped(rs[i-1])) { // a non-joiner in a word HarfBuzz shapes is its own
			continue
		}
		if origin != nil {
			*origin = append(*origin, i)
		}
		if !ok {
			out = append(out, r)
			continue
		}
		before := joinsNext(near(i, -1))
		if i+1 < len(rs) && heldMark(rs, i+1) { // its mark is part of the character it prints as
			if r == alef {
				out = append(out, alefFathatan[map[bool]int{false: 0, true: 1}[before]])
			} else {
				out = append(out, form(hehYehAbove, map[bool]int{false: isolated, true: final}[before]))
			}
			i++
			continue
		}
		if r == lam && alefAfter(rs, i) {
			lig := lamAlef[rs[i+1]]
			if before {
				lig++ // final
			}
			out = append(out, lig)
			i++
			continue
		}
		after := f.dual && joins(near(i, 1))
		n := isolated
		switch {
		case before && after:
			n = medial
		case after:
			n = initial
		case before:
			n = final
		}
		out = append(out, form(r, n))
	}
	return out
}
