package phone

import "unicode"

// Lookalike is the separator r prints as between the groups of a number: '-' for every dash
// (Unicode's dash punctuation, Pd: ‐ ‑ ‒ – — ― ⸗ ⸺ ﹣ － ...) and every other character that
// looks like a hyphen, '/' for one that looks like a slash (or a bar, which sets groups apart
// as a slash does), '·' for one that looks like a middle dot or a bullet; 0 for any other
// character. The look-alikes are the symbols and punctuation Unicode's confusables (UTS #39,
// confusables.txt 13.0) give the hyphen-minus, the solidus and the middle dot as prototype
// (letters such as Katakana ノ are left out: they are words, not separators), and the swung
// dash ⁓, which is no Pd but is a dash by name, and the bars set high or low that print as a
// dash between digits (¯ ‾ ‗).
func Lookalike(r rune) rune {
	switch r {
	case '\u02D7', '\u06D4', '\u2043', '\u2053', '\u2212', '\u2796', '\uFE58', '\u00AF', '\u203E', '\u2017': // ˗ ۔ ⁃ ⁓ − ➖ ﹘ ¯ ‾ ‗
		return '-'
	case '/', '|', '\u1735', '\u2041', '\u2044', '\u2215', '\u2571', '\u27CB', '\u29F8', '\u2F03', '\u31D3', '\U0001D23A': // ᜵ ⁁ ⁄ ∕ ╱ ⟋ ⧸ ⼃ ㇓ 𝈺
		return '/'
	case '\u00B7', '\u0387', '\u16EB', '\u2022', '\u2027', '\u2219', '\u22C5', '\u2E31', '\u30FB', '\uFF65', '\U00010101': // · · ᛫ • ‧ ∙ ⋅ ⸱ ・ ･ 𐄁
		return '·'
	}
	if unicode.Is(unicode.Pd, r) {
		return '-'
	}
	return 0
}
