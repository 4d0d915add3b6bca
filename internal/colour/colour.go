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
