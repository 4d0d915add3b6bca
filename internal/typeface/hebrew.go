package typeface

import "unicode"

// A pointed Hebrew word (שָׁלוֹם, לֹא) is shaped whole by HarfBuzz, right to left, as an Arabic
// word with vowel signs is (shapedRunes): the font's mark positioning moves each point to its
// place, holam clear of lamed's stem, a vowel clear of qof's tail, a dagesh inside its letter,
// which a point drawn where the font's default puts it is not. An unpointed word prints as its
// letters.

// hebrewPoint reports whether r is a Hebrew point, cantillation mark or the like: a combining
// mark of the Hebrew block.
func hebrewPoint(r rune) bool { return r >= 0x0591 && r <= 0x05C7 && unicode.Is(unicode.Mn, r) }

// A Thaana word (Dhivehi) writes a vowel sign, a fili, over or under each of its consonants
// (ދިވެހި); no character holds a letter with its fili. It is shaped whole by HarfBuzz, right to
// left, as a pointed Hebrew word is: the font's mark positioning sets each fili on its letter.

// thaanaSign reports whether r is a fili or the sukun of Thaana, U+07A6 to U+07B0.
func thaanaSign(r rune) bool { return r >= 0x07A6 && r <= 0x07B0 }

// inThaanaWord reports whether r is part of a word of Thaana script: a letter or fili.
func inThaanaWord(r rune) bool { return r >= 0x0780 && r <= 0x07B1 }

// onThaanaLetter reports whether rs[i] is a fili on a Thaana letter, which HarfBuzz places.
func onThaanaLetter(rs []rune, i int) bool {
	b := before(rs, i)
	return thaanaSign(rs[i]) && inThaanaWord(b) && unicode.IsLetter(b)
}
