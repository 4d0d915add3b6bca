package readback

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// copyMap is a font's ToUnicode CMap: what a viewer copies, searches and reads aloud for each
// code the font draws. fpdf writes ranges (bfrange) and single codes (bfchar) of two bytes.
type copyMap struct {
	ranges [][3]int // first and last code, and the first's character
	chars  map[int]string
}

// readCopyMap reads a ToUnicode CMap's bfrange and bfchar entries. Entries it cannot read (an
// array of destinations, which fpdf does not write) are an error.
func readCopyMap(data []byte) (copyMap, error) {
	m := copyMap{chars: map[int]string{}}
	var in string // the block being read: "bfrange", "bfchar" or ""
	var vals [][]uint16
	for _, f := range bytes.Fields(data) {
		switch s := string(f); {
		case s == "beginbfrange" || s == "beginbfchar":
			in, vals = s[len("begin"):], nil
		case s == "endbfrange" || s == "endbfchar":
			in = ""
		case in != "":
			empty := in == "bfchar" && len(vals) == 1 && s == "<>" // a glyph that copies as nothing (Glyph)
			if !empty && (len(f) < 6 || f[0] != '<' || f[len(f)-1] != '>' || (len(f)-2)%4 != 0) {
				return m, fmt.Errorf("its ToUnicode map holds %q, not a code of two bytes", s)
			}
			var us []uint16
			for i := 1; i+4 < len(f); i += 4 {
				u, err := strconv.ParseUint(string(f[i:i+4]), 16, 16)
				if err != nil {
					return m, fmt.Errorf("its ToUnicode map holds %q, not a code of two bytes", s)
				}
				us = append(us, uint16(u))
			}
			vals = append(vals, us)
			switch {
			case in == "bfchar" && len(vals) == 2:
				m.chars[int(vals[0][0])] = string(utf16.Decode(vals[1]))
				vals = nil
			case in == "bfrange" && len(vals) == 3:
				m.ranges = append(m.ranges, [3]int{int(vals[0][0]), int(vals[1][0]), int(vals[2][0])})
				vals = nil
			}
		}
	}
	return m, nil
}

// copies is what code c copies as, and false when the map leaves it out.
func (m copyMap) copies(c int) (string, bool) {
	if s, ok := m.chars[c]; ok {
		return s, true
	}
	for _, r := range m.ranges {
		if c >= r[0] && c <= r[1] {
			return string(rune(r[2] + c - r[0])), true
		}
	}
	return "", false
}

// Glyph is what the code r copies as when it is a glyph of a shaped text, set by its index
// rather than by a character: a code of the Private Use Area that the font's ToUnicode map
// gives other text (the text of its cluster that it stands for, perhaps none).
func (ft *Font) Glyph(r rune) (string, bool) {
	if err := ft.load(); err != nil {
		return "", false
	}
	if !ft.isGlyph(r) {
		return "", false
	}
	return ft.copies.chars[int(r)], true
}

// GlyphCode reports whether r is a code of the Private Use Area, where a glyph set by its
// index is given its code (Font.Glyph says whether it is one).
func GlyphCode(r rune) bool { return r >= 0xE000 && r <= 0xF8FF }

// isGlyph is Glyph's test, on a loaded font.
func (ft *Font) isGlyph(r rune) bool {
	if !GlyphCode(r) {
		return false
	}
	got, ok := ft.copies.chars[int(r)]
	return ok && got != string(r)
}

// CheckCopied checks what a viewer copies, searches or reads aloud for r drawn in the font:
// r itself, or an Arabic presentation form's letters (copiedAs).
func (ft *Font) CheckCopied(r rune) error {
	if err := ft.load(); err != nil {
		return err
	}
	return ft.copies.copiedAs(r, ft.Name)
}

// copiedAs checks that r copies as itself, or, an Arabic presentation form (a letter in a
// joined shape, a ligature), as the letters it stands for, in either order: so no digit of a
// number copied from the PDF can differ from the digit printed.
func (m copyMap) copiedAs(r rune, font string) error {
	got, ok := m.copies(int(r))
	if !ok {
		return fmt.Errorf("copies as nothing: the font %s's ToUnicode map leaves it out", font)
	}
	var own [utf8.UTFMax]byte // string(r), without making one for each character
	if got == string(own[:utf8.EncodeRune(own[:], r)]) {
		return nil
	}
	if r >= 0xFB50 && unicode.Is(unicode.Arabic, r) {
		letters := []rune(norm.NFKC.String(string(r)))
		if got == string(letters) {
			return nil
		}
		slices.Reverse(letters)
		if got == string(letters) {
			return nil
		}
	}
	return fmt.Errorf("copies as %q (the font %s's ToUnicode map), not as itself", got, font)
}
