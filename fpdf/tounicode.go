package fpdf

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"
)

// SetToUnicode gives, for the runes drawn with the document's UTF-8 fonts, the text each
// stands for where that is not the rune itself: fn returns "" for a rune that is its own
// text. A program that draws a script's presentation forms (Arabic letters in their joined
// shapes, a lam-alef ligature) maps each to its letters, so that text copied or searched in
// a viewer is the letters as written. nil, or a function that maps none of the runes a font
// draws, leaves that font's ToUnicode map the identity upstream writes.
func (f *Fpdf) SetToUnicode(fn func(r rune) string) { f.toUnicode = fn }

// toUnicodeCMap is the ToUnicode CMap of a UTF-8 font that draws the runes used (its CIDs are
// its runes): the identity, but for the runes the document's SetToUnicode maps and the glyphs
// it sets by index (TextGlyphs), each its own bfchar entry, cut out of the identity's ranges
// so no reader has to choose between two.
func (f *Fpdf) toUnicodeCMap(font *fontDefType) string {
	glyphs := font.glyphs != nil && len(font.glyphs.of) > 0
	if f.toUnicode == nil && !glyphs {
		return toUnicode
	}
	text := func(r int) string {
		if glyphs {
			if g, ok := font.glyphs.of[r]; ok {
				return g.text
			}
		}
		if f.toUnicode == nil {
			return ""
		}
		return f.toUnicode(rune(r))
	}
	var own []int
	for r := range font.usedRunes {
		if r <= 0xFFFF && (text(r) != "" || glyphs && font.usedRunes[r] >= glyphMark) {
			own = append(own, r)
		}
	}
	if len(own) == 0 {
		return toUnicode
	}
	slices.Sort(own)
	var ranges, chars []string
	from := 0
	for _, r := range append(own, 0x10000) {
		if r > from {
			ranges = append(ranges, fmt.Sprintf("<%04X> <%04X> <%04X>", from, r-1, from))
		}
		from = r + 1
	}
	for _, r := range own {
		var dst strings.Builder
		for _, u := range utf16.Encode([]rune(text(r))) {
			fmt.Fprintf(&dst, "%04X", u)
		}
		chars = append(chars, fmt.Sprintf("<%04X> <%s>", r, dst.String()))
	}
	head, _, _ := strings.Cut(toUnicode, "1 beginbfrange")
	_, tail, _ := strings.Cut(toUnicode, "endbfrange\n")
	var b strings.Builder
	b.WriteString(head)
	// a CMap's blocks hold at most 100 entries each
	block := func(entries []string, kind string) {
		for len(entries) > 0 {
			n := min(len(entries), 100)
			fmt.Fprintf(&b, "%d begin%s\n%s\nend%s\n", n, kind, strings.Join(entries[:n], "\n"), kind)
			entries = entries[n:]
		}
	}
	block(ranges, "bfrange")
	block(chars, "bfchar")
	b.WriteString(tail)
	return b.String()
}
