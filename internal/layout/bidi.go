package layout

import (
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// rtl reports whether a text runs right to left: its first letter is Hebrew, Arabic or of
// another right-to-left script.
func rtl(s string) bool {
	for _, r := range s {
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
			return true
		} else if p.Class() == bidi.L {
			return false
		}
	}
	return false
}

// hasRTL reports whether any character of s is written right to left.
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			return true
		}
	}
	return false
}

// visual is a line in the order its characters are placed from left to right, by the Unicode
// bidirectional algorithm: right-to-left runs reversed (brackets mirrored), numbers and Latin
// words kept left to right inside them, and in a right-to-left line the runs in reverse order.
func visual(line string) string {
	if !hasRTL(line) {
		return line
	}
	dir := bidi.LeftToRight
	if rtl(line) {
		dir = bidi.RightToLeft
	}
	var p bidi.Paragraph
	if _, err := p.SetString(line, bidi.DefaultDirection(dir)); err != nil {
		return line
	}
	o, err := p.Order()
	if err != nil {
		return line
	}
	runs := make([]string, o.NumRuns())
	for i := range runs {
		r := o.Run(i)
		runs[i] = r.String()
		if r.Direction() == bidi.RightToLeft {
			runs[i] = bidi.ReverseString(runs[i])
		}
	}
	if dir == bidi.RightToLeft {
		for i, j := 0, len(runs)-1; i < j; i, j = i+1, j-1 {
			runs[i], runs[j] = runs[j], runs[i]
		}
	}
	out := ""
	for _, r := range runs {
		out += r
	}
	return out
}
