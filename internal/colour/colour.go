// Package colour parses #RRGGBB colours and measures WCAG contrast between them.
package colour

import (
	"fmt"
	"math"
	"strconv"
	"strings"
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

// MustParse is for colours written in code.
func MustParse(s string) RGB {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

func (c RGB) String() string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// luminance is WCAG 2 relative luminance.
func (c RGB) luminance() float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Contrast is the WCAG contrast ratio, from 1 to 21.
func Contrast(a, b RGB) float64 {
	la, lb := a.luminance(), b.luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// WCAG minimums haven holds text to.
const (
	MinText    = 4.5 // any text on its background
	MinHotline = 7.0 // the hotline number
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
