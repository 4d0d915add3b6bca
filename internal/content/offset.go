package content

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// MaxOffset is the largest printer correction, in millimetres, either way: home printers are
// off by one or two, and the card sheets' margins keep their cut marks on the page up to this.
const MaxOffset = 5.0

// ParseOffset reads "X,Y" in millimetres (empty is 0,0). msg says what is wrong, or is empty.
func ParseOffset(s string) (x, y float64, msg string) {
	if strings.TrimSpace(s) == "" {
		return 0, 0, ""
	}
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return 0, 0, fmt.Sprintf("%q should be two numbers of millimetres, right and down, e.g. 1.5,-0.5", s)
	}
	var v [2]float64
	for i, p := range parts {
		n, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(p), "mm"), 64)
		if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
			return 0, 0, fmt.Sprintf("%q should be two numbers of millimetres, right and down, e.g. 1.5,-0.5", s)
		}
		if math.Abs(n) > MaxOffset {
			return 0, 0, fmt.Sprintf("%q moves the cards %g mm; at most %g mm either way keeps them on the sheet", s, math.Abs(n), MaxOffset)
		}
		v[i] = n
	}
	return v[0], v[1], ""
}

// unbracketed is an offset written in brackets, as a list ("[1, 2]", "(1.5, -0.5)"), as it is
// read: "1,2"; "" for one that is no offset without them either.
func unbracketed(s string) string {
	t := strings.TrimSpace(s)
	if len(t) < 2 || !strings.Contains("[(", t[:1]) || !strings.Contains("])", t[len(t)-1:]) {
		return ""
	}
	t = strings.ReplaceAll(t[1:len(t)-1], " ", "")
	if _, _, msg := ParseOffset(t); msg != "" {
		return ""
	}
	return t
}

// Shift is the offset in millimetres, right and down (0,0 when unset or not valid, which
// loading refuses).
func (c Cards) Shift() (x, y float64) {
	x, y, _ = ParseOffset(c.Offset)
	return x, y
}
