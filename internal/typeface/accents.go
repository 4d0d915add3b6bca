package typeface

import (
	"strings"
	"unicode"
)

// A letter of Latin, Greek or Cyrillic script with an accent Unicode composes with it is one
// character after NFC (é, ệ), which the font draws whole. One with an accent no character
// holds (Yoruba ọ̀ and ẹ́, Navajo ą́, Marshallese m̧, Igbo ṅ̄) stays a letter and combining
// marks, which a PDF writer placing one glyph after another draws where the font's default
// puts them: beside a wide letter, through a capital, under the next letter. A word with one
// is shaped whole by HarfBuzz, which places each mark on its letter by the font's own mark
// positioning (or, in a font without it, by its fallback on the glyphs' outlines), and drawn
// by glyph index, as the words of Indic scripts are.

// accentable reports whether r is a letter of a script whose accents HarfBuzz places on it
// here: Latin, Greek, Cyrillic.
func accentable(r rune) bool {
	return unicode.IsLetter(r) && unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
}

// Accent reports whether r is a combining mark of the blocks of marks shared by the
// alphabets: U+0300 to U+036F, U+1AB0 to U+1AFF, U+1DC0 to U+1DFF, U+20D0 to U+20FF and
// U+FE20 to U+FE2F. A shaped word's glyphs copy as such marks, in their letters' canonical
// decomposition, where a font draws a letter it lacks as its letter and accents (Atkinson
// Hyperlegible Next's į as i and ogonek).
func Accent(r rune) bool {
	return (r >= 0x0300 && r <= 0x036F || r >= 0x1AB0 && r <= 0x1AFF || r >= 0x1DC0 && r <= 0x1DFF || r >= 0x20D0 && r <= 0x20FF || r >= 0xFE20 && r <= 0xFE2F) && isMark(r)
}

// onAccentable reports whether rs[i] is a combining mark on a letter HarfBuzz places it on
// (accentable), past the marks between them: the mark of a word accentedRunes finds.
func onAccentable(rs []rune, i int) bool {
	return Accent(rs[i]) && accentable(before(rs, i))
}

// mayBeAccented reports whether s may hold a combining mark of Accent's blocks, by the
// first bytes of their UTF-8: CC and CD (U+0300 to U+036F), E1 AA and AB, E1 B7, E2 83, EF B8.
// Most texts have none: NFC has composed their accents.
func mayBeAccented(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == 0xCC || c == 0xCD:
			return true
		case i+1 < len(s) && (c == 0xE1 && (s[i+1] == 0xAA || s[i+1] == 0xAB || s[i+1] == 0xB7) || c == 0xE2 && s[i+1] == 0x83 || c == 0xEF && s[i+1] == 0xB8):
			return true
		}
	}
	return false
}

// accentedRunes calls fn with the range of each run of rs that HarfBuzz shapes for its accents,
// in order: a word of letters HarfBuzz places accents on (accentable) and marks, with a
// hyphen or apostrophe inside it (Orílẹ̀-èdè), that holds a mark on one of its letters
// (onAccentable); the punctuation right after it, which its font may kern or place; and the
// next word after a space where it holds one too, the space with them. PDFium leaves out a
// space or reads one in before a comma where a word drawn apart ends in a mark, as it does
// after an Indic word (ShapedPieces).
func accentedRunes(rs []rune, fn func(from, to int)) {
	word := func(i int) (end int, marked bool) {
		j := i
		for ; j < len(rs); j++ {
			inner := strings.ContainsRune("-'’", rs[j]) && j > i && j+1 < len(rs) && accentable(rs[j+1])
			if !accentable(rs[j]) && !Accent(rs[j]) && !inner {
				break
			}
			marked = marked || Accent(rs[j])
		}
		return j, marked
	}
	for i := 0; i < len(rs); {
		if !accentable(rs[i]) {
			i++
			continue
		}
		j, marked := word(i)
		if !marked {
			i = j
			continue
		}
		from := i
		for {
			for j < len(rs) && unicode.In(rs[j], unicode.Po, unicode.Pe, unicode.Pf) {
				j++
			}
			if j+1 < len(rs) && rs[j] == ' ' && accentable(rs[j+1]) {
				if k, m := word(j + 1); m {
					j = k
					continue
				}
			}
			break
		}
		fn(from, j)
		i = j
	}
}
