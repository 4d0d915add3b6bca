// Package colour parses #RRGGBB colours and measures WCAG contrast between them.
package colour

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// RGB is an sRGB colour.
type RGB struct{ R, G, B uint8 }

// White is paper.
var White = RGB{255, 255, 255}

// Parse reads "#RRGGBB".
func Parse(s string) (RGB, error) {
	h := strings.TrimPrefix(s, "#")
	if len(h) != 6 || !strings.HasPrefix(s, "#") {
		return RGB{}, fmt.Errorf("%q is not a colour of the form #RRGGBB", s)
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return RGB{}, fmt.Errorf("%q is not a colour of the form #RRGGBB", s)
	}
	return RGB{uint8(v >> 16), uint8(v >> 8), uint8(v)}, nil
}

// rgbRE is a colour in CSS's rgb() or rgba() form, its alpha (if any) opaque: rgb(15, 76, 92),
// rgb(15 76 92), rgba(15,76,92,1).
// Compiled when first needed: only a colour written wrongly needs it, and a pattern compiled
// as the program starts delays every run.
var rgbRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*(?:1|1\.0*|100%)\s*)?\)$`)
})

// Meant is the colour s writes in a form other than #RRGGBB that has one meaning: a CSS colour
// name (navy), rgb(15, 76, 92), #0F4 (each digit doubled), #0F4C5CFF (an opaque alpha), or
// 0F4C5C without its #; false for any other. Parse refuses them all, the form stays
// #RRGGBB; this is the value to offer instead.
func Meant(s string) (RGB, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	if c, ok := byName(strings.ReplaceAll(t, " ", "")); ok { // "navy", "Dark Blue"
		return c, true
	}
	if m := rgbRE().FindStringSubmatch(t); m != nil {
		var v [3]uint8
		for i, d := range m[1:4] {
			n, _ := strconv.Atoi(d)
			if n > 255 {
				return RGB{}, false
			}
			v[i] = uint8(n)
		}
		return RGB{v[0], v[1], v[2]}, true
	}
	h, hashed := strings.CutPrefix(t, "#")
	if _, err := strconv.ParseUint(h, 16, 64); err != nil {
		return RGB{}, false
	}
	switch {
	case len(h) == 3 && hashed:
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	case len(h) == 8 && hashed && strings.HasSuffix(h, "ff"):
		h = h[:6]
	case len(h) != 6 || hashed:
		return RGB{}, false
	}
	c, err := Parse("#" + h)
	return c, err == nil
}

// MustParse is for colours written in code.
func MustParse(s string) RGB {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

func (c RGB) String() string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// linear is each 8-bit sRGB value as linear light, worked out once, when first needed: a logo's
// pixels are measured each.
var linear = sync.OnceValue(func() (t *[256]float64) {
	t = new([256]float64)
	for v := range t {
		s := float64(v) / 255
		if s <= 0.04045 {
			t[v] = s / 12.92
		} else {
			t[v] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return t
})

// luminance is WCAG 2 relative luminance.
func (c RGB) luminance() float64 {
	l := linear()
	return 0.2126*l[c.R] + 0.7152*l[c.G] + 0.0722*l[c.B]
}

// Contrast is the WCAG contrast ratio, from 1 to 21.
func Contrast(a, b RGB) float64 {
	la, lb := a.luminance(), b.luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// WCAG minimums haven holds text to, and a graphic that must be seen (1.4.11), as a logo.
const (
	MinText    = 4.5 // any text on its background
	MinHotline = 7.0 // the hotline number
	MinGraphic = 3.0
)

// CMYK is a process colour, each ink a percentage from 0 to 100.
type CMYK struct{ C, M, Y, K uint8 }

// CMYK converts an sRGB colour for a print shop naively, with full grey component
// replacement: K = 1 - max(R, G, B) takes all the grey, so black and greys print from the K
// plate alone and C, M, Y only add the hue; each ink is rounded to a whole percent. No ICC
// profile is applied, so a brand colour comes out near, not matched: a shop that proofs
// against its own profile (GRACoL, FOGRA39) may convert the RGB files instead.
func (c RGB) CMYK() CMYK {
	r, g, b := float64(c.R)/255, float64(c.G)/255, float64(c.B)/255
	k := 1 - max(r, g, b)
	if k >= 1 {
		return CMYK{K: 100}
	}
	ink := func(v float64) uint8 { return uint8(math.Round(100 * (1 - v - k) / (1 - k))) }
	return CMYK{ink(r), ink(g), ink(b), uint8(math.Round(100 * k))}
}
