package colour

import "math"

// Shade finds the shade of c nearest to it (same hue and saturation, the least change of
// lightness, darker or lighter) whose contrast with against reaches min; dl is the change of
// lightness, from -1 to 1, negative for darker. ok is false when no shade of c does.
func Shade(c, against RGB, min float64) (shade RGB, dl float64, ok bool) {
	return Nearest(c, func(s RGB) bool { return Contrast(s, against) >= min })
}

// Nearest is the shade of c nearest to it for which passes holds, as Shade.
func Nearest(c RGB, passes func(RGB) bool) (shade RGB, dl float64, ok bool) {
	h, s, l := c.hsl()
	bestDist := math.Inf(1)
	for _, dir := range []float64{-1, 1} {
		for step := 0; step <= 1000; step++ {
			nl := l + dir*float64(step)/1000
			if nl < 0 || nl > 1 {
				break
			}
			if try := fromHSL(h, s, nl); passes(try) {
				if d := math.Abs(nl - l); d < bestDist {
					shade, bestDist, dl = try, d, nl-l
				}
				break
			}
		}
	}
	return shade, dl, !math.IsInf(bestDist, 1)
}

// hsl is c as hue (0-1), saturation and lightness.
func (c RGB) hsl() (h, s, l float64) {
	r, g, b := float64(c.R)/255, float64(c.G)/255, float64(c.B)/255
	hi, lo := math.Max(r, math.Max(g, b)), math.Min(r, math.Min(g, b))
	l = (hi + lo) / 2
	if hi == lo {
		return 0, 0, l
	}
	d := hi - lo
	if l > 0.5 {
		s = d / (2 - hi - lo)
	} else {
		s = d / (hi + lo)
	}
	switch hi {
	case r:
		h = (g - b) / d
		if g < b {
			h += 6
		}
	case g:
		h = (b-r)/d + 2
	default:
		h = (r-g)/d + 4
	}
	return h / 6, s, l
}

func fromHSL(h, s, l float64) RGB {
	if s == 0 {
		v := uint8(math.Round(l * 255))
		return RGB{v, v, v}
	}
	q := l * (1 + s)
	if l >= 0.5 {
		q = l + s - l*s
	}
	p := 2*l - q
	ch := func(t float64) uint8 {
		switch {
		case t < 0:
			t++
		case t > 1:
			t--
		}
		var v float64
		switch {
		case t < 1.0/6:
			v = p + (q-p)*6*t
		case t < 0.5:
			v = q
		case t < 2.0/3:
			v = p + (q-p)*(2.0/3-t)*6
		default:
			v = p
		}
		return uint8(math.Round(v * 255))
	}
	return RGB{ch(h + 1.0/3), ch(h), ch(h - 1.0/3)}
}
