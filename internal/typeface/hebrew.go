package typeface

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"

	"haven/internal/diag"
)

// A Hebrew point is drawn by its font, without the font's mark positioning, from where the
// letter before it ends in the reading direction: its left edge, which is where layout draws it
// (the point before its letter in a line placed left to right). There a vowel sits under its
// letter, but the dot of shin (שׁ) falls where sin's dot is (Noto Sans Hebrew), and a dagesh at
// the letter's edge. Unicode's Hebrew presentation forms hold a letter with those points (שׁ
// U+FB2A, בּ U+FB31, וֹ U+FB4B), drawn by the font as one glyph: Shape writes them.

// hebrewForms are the Hebrew presentation forms by their canonical decomposition: a letter
// and its points in canonical order. Built on the first pointed Hebrew text.
var hebrewForms = sync.OnceValue(func() map[string]rune {
	forms := map[string]rune{}
	for r := rune(0xFB1D); r <= 0xFB4E; r++ {
		if d := norm.NFD.String(string(r)); d != string(r) {
			forms[d] = r
		}
	}
	return forms
})

// hebrewPoint reports whether r is a Hebrew point, cantillation mark or the like: a combining
// mark of the Hebrew block.
func hebrewPoint(r rune) bool { return r >= 0x0591 && r <= 0x05C7 && unicode.Is(unicode.Mn, r) }

// mayBeHebrew reports whether s may hold a Hebrew point: a character from U+0580 to U+05FF,
// whose UTF-8 begins with byte 0xD6 or 0xD7.
func mayBeHebrew(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xD6 || s[i] == 0xD7 {
			return true
		}
	}
	return false
}

// pointed is the presentation form of the Hebrew letter rs[0] with the most of the points
// after it, rs[1:n], and which of those it holds (a bit each), or 0.
func pointed(rs []rune, n int) (form rune, held uint) {
	marks := n - 1
	if marks == 0 || marks > 4 || !unicode.Is(unicode.Hebrew, rs[0]) {
		return 0, 0
	}
	best := 0
	for set := uint(1); set < 1<<marks; set++ {
		key := []rune{rs[0]}
		count := 0
		for k := range marks {
			if set&(1<<k) != 0 {
				key = append(key, rs[1+k])
				count++
			}
		}
		if f, ok := hebrewForms()[norm.NFD.String(string(key))]; ok && count > best {
			form, held, best = f, set, count
		}
	}
	return form, held
}

// unplacedError refuses the first letter and point of texts, after Shape, that the family (or
// the fallback that prints the letter) cannot print where the point belongs, in its regular or
// bold face: drawn from the letter's left edge without the font's mark positioning, which haven
// does not apply, the point would stand beyond the letter, or over its ink, hidden in lamed's
// stem (לֹ), on qof's tail (קָ), where the font moves it aside. A dagesh is drawn inside its
// letter by the presentation form of the two; a letter without one takes no dagesh here.
// Every text that writes one is refused, naming each letter and point once; a later text that
// writes only those already named is listed in the problem that named them.
func (f *Family) unplacedError(buf *sfnt.Buffer, texts []diag.Located) error {
	var ps diag.Problems
	first := map[string]int{} // a letter and point: the problem that names it
	also := map[int][]string{}
	for _, t := range texts {
		if !mayBeHebrew(t.Text) {
			continue
		}
		rs := []rune(Shape(t.Text))
		var seqs []string
		var fam *Family
		known := -1
		for i := 1; i < len(rs); i++ {
			if !hebrewPoint(rs[i]) {
				continue
			}
			b := i - 1
			for b > 0 && hebrewPoint(rs[b]) {
				b--
			}
			seq, of := string(rs[b])+string(rs[i]), f.faceFor(buf, rs[b])
			if slices.Contains(seqs, seq) || of.pointFits(buf, Regular, rs[b], rs[i]) && of.pointFits(buf, Bold, rs[b], rs[i]) {
				continue
			}
			if n, ok := first[seq]; ok {
				known = n
				continue
			}
			seqs, fam = append(seqs, seq), cmp.Or(fam, of)
		}
		switch {
		case len(seqs) > 0:
			for _, seq := range seqs {
				first[seq] = len(ps)
			}
			ps = append(ps, unplaced(fam, seqs, t))
		case known >= 0:
			also[known] = append(also[known], placeOf(t))
		}
	}
	if len(ps) == 0 {
		return nil
	}
	sayAlso(ps, also)
	return ps
}

func unplaced(f *Family, seqs []string, t diag.Located) diag.Problem {
	var named []string
	for _, seq := range seqs {
		written := norm.NFD.String(seq)
		var codes []string
		for _, r := range written {
			codes = append(codes, fmt.Sprintf("U+%04X", r))
		}
		named = append(named, fmt.Sprintf("%q (%s)", norm.NFC.String(written), strings.Join(codes, " ")))
	}
	what := "the point of " + named[0]
	if len(named) > 1 {
		what = "the points of " + strings.Join(named, ", ")
	}
	return diag.Problem{File: t.File, Line: t.Line, Field: t.Field,
		Msg: fmt.Sprintf("haven cannot place %s in the font %s: the font moves a point into place by its "+
			"mark positioning, which haven does not apply, and drawn where the font's default puts it, it would be hidden "+
			"in its letter or stand by another", what, f.Name),
		Hint: "write this word without that point (most printed Hebrew has none), or set this text in a program that " +
			"positions points, such as LibreOffice Writer"}
}

// pointFits reports whether point, drawn from the left edge of base, stands within the letter's
// width and clear of its ink.
func (f *Family) pointFits(buf *sfnt.Buffer, style Face, base, point rune) bool {
	face := f.face(style)
	ppem := fixed.I(int(face.UnitsPerEm()))
	bounds := func(r rune) (fixed.Rectangle26_6, fixed.Int26_6, bool) {
		g, err := face.GlyphIndex(buf, r)
		if err != nil || g == 0 {
			return fixed.Rectangle26_6{}, 0, false
		}
		bb, adv, err := face.GlyphBounds(buf, g, ppem, font.HintingNone)
		return bb, adv, err == nil
	}
	lb, adv, ok1 := bounds(base)
	pb, _, ok2 := bounds(point)
	if !ok1 || !ok2 {
		return true // a character the family lacks is told as missing
	}
	if pb.Min.X < 0 || pb.Max.X > adv {
		return false
	}
	return pb.Intersect(lb).Empty()
}
