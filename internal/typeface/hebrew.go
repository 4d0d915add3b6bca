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
