package typeface

// Arabic letters join: each takes an isolated, final, initial or medial form by its
// neighbours. The PDF writer places characters, not glyphs a shaper chose, so Shape writes
// each letter as its Unicode presentation form (U+FE70-U+FEFF), which Arabic fonts map to the
// joined glyphs. Persian and Urdu letters outside the basic block are left unjoined.

// arabicForms: per letter from U+0621, its number of forms (1: isolated only, 2: right-joining,
// 4: dual-joining), in the order of the presentation forms block from U+FE80.
var arabicForms = map[rune][2]int{} // letter -> first form, number of forms

func init() {
	counts := []struct {
		from, to rune
		n        int
	}{
		{0x0621, 0x0621, 1}, {0x0622, 0x0625, 2}, {0x0626, 0x0626, 4}, {0x0627, 0x0627, 2},
		{0x0628, 0x0628, 4}, {0x0629, 0x0629, 2}, {0x062A, 0x062E, 4}, {0x062F, 0x0632, 2},
		{0x0633, 0x063A, 4}, {0x0641, 0x0647, 4}, {0x0648, 0x0649, 2}, {0x064A, 0x064A, 4},
	}
	next := 0xFE80
	for _, c := range counts {
		for r := c.from; r <= c.to; r++ {
			arabicForms[r] = [2]int{next, c.n}
			next += c.n
		}
	}
}

// lamAlef is the ligature of lam with each alef, isolated (its final form follows it).
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

// transparent marks (the vowel signs) sit on a letter without breaking its joins.
func transparent(r rune) bool { return r >= 0x064B && r <= 0x065F || r == 0x0670 }

// joinsNext reports whether r joins the letter after it: a dual-joining letter or tatweel.
func joinsNext(r rune) bool { return arabicForms[r][1] == 4 || r == 0x0640 }

// joins reports whether r joins the letter before it.
func joins(r rune) bool { return arabicForms[r][1] >= 2 || r == 0x0640 }

// mayBeArabic reports whether s may hold a letter Shape changes: the letters are U+0621 to
// U+064A, whose UTF-8 begins with the byte 0xD8 or 0xD9. Layout measures every word this way,
// and most text has neither byte.
func mayBeArabic(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xD8 || s[i] == 0xD9 {
			return true
		}
	}
	return false
}

// Shape writes the Arabic letters of s in their joined presentation forms; other text is
// unchanged. Shaping shaped text changes nothing.
func Shape(s string) string {
	if !mayBeArabic(s) {
		return s
	}
	rs := []rune(s)
	shaped := false
	for _, r := range rs {
		if _, ok := arabicForms[r]; ok {
			shaped = true
			break
		}
	}
	if !shaped {
		return s
	}
	// the letters either side of i, past vowel signs
	near := func(i, step int) rune {
		for j := i + step; j >= 0 && j < len(rs); j += step {
			if !transparent(rs[j]) {
				return rs[j]
			}
		}
		return 0
	}
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		f, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			continue
		}
		before := joinsNext(near(i, -1))
		if r == 0x0644 && i+1 < len(rs) && lamAlef[rs[i+1]] != 0 {
			lig := lamAlef[rs[i+1]]
			if before {
				lig++ // final
			}
			out = append(out, lig)
			i++
			continue
		}
		after := f[1] == 4 && joins(near(i, 1))
		form := 0 // isolated
		switch {
		case before && after:
			form = 3
		case after:
			form = 2
		case before && f[1] >= 2:
			form = 1
		}
		out = append(out, rune(f[0]+form))
	}
	return string(out)
}
