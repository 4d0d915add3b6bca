package typeface

// Persian writes two marks that have a character of their own with their letter: the ezafe's
// hamza on a word's last heh (هٔ, U+0647 U+0654, as Persian keyboards type it), which prints
// as heh with yeh above (ۀ U+06C0, drawn the same), and tanween on an alef (اً in فوراً,
// لطفاً), which prints as the ligature of alef and fathatan (U+FD3C, U+FD3D). Shape writes
// those; the PDFs' ActualText keeps the text as written.

const (
	heh, hamzaAbove, hehYehAbove = 0x0647, 0x0654, 0x06C0
	alef, fathatan, lam          = 0x0627, 0x064B, 0x0644
)

// alefFathatan is the ligature of alef and fathatan, isolated and final.
var alefFathatan = [2]rune{0xFD3D, 0xFD3C}

// heldMark reports whether the mark rs[i] prints as part of its letter's character: a hamza
// on a heh that ends its word, tanween on an alef that does not join a lam before it into
// lam-alef (لاً keeps the mark apart: the ligature has no form with it).
func heldMark(rs []rune, i int) bool {
	if i == 0 {
		return false
	}
	switch {
	case rs[i] == hamzaAbove && rs[i-1] == heh:
		return !joins(next(rs, i))
	case rs[i] == fathatan && rs[i-1] == alef:
		return before(rs, i-1) != lam
	}
	return false
}

// alefTanween reports whether the mark rs[i] is tanween on an alef, lam-alef's too.
func alefTanween(rs []rune, i int) bool { return i > 0 && rs[i] == fathatan && rs[i-1] == alef }

// before is the letter before rs[i], past marks, or 0.
func before(rs []rune, i int) rune {
	for j := i - 1; j >= 0; j-- {
		if !transparent(rs[j]) {
			return rs[j]
		}
	}
	return 0
}

// next is the letter after rs[i], past marks, or 0.
func next(rs []rune, i int) rune {
	for j := i + 1; j < len(rs); j++ {
		if !transparent(rs[j]) {
			return rs[j]
		}
	}
	return 0
}
