package colour

import (
	"math"
	"testing"
)

func TestShade(t *testing.T) {
	tests := []struct {
		c, against string
		min        float64
		darker, ok bool
	}{
		{"#2E7D8C", "#FFFFFF", MinHotline, true, true}, // a teal of 4.6:1 on paper, darkened
		{"#1B1B1B", "#3A6EA5", MinText, false, true},   // near-black ink on a mid blue: the ink is lightened
		{"#0F4C5C", "#0F4C5C", MinText, false, true},   // the same colour: lightened is nearer than darkened
		{"#FF0000", "#FFFFFF", MinHotline, true, true}, // pure red, darkened to a maroon
		{"#777777", "#808080", 21, false, false},       // 21:1 is black on white only
	}
	for _, tt := range tests {
		t.Run(tt.c+" on "+tt.against, func(t *testing.T) {
			c, against := MustParse(tt.c), MustParse(tt.against)
			got, dl, ok := Shade(c, against, tt.min)
			darker := dl < 0
			if ok != tt.ok {
				t.Fatalf("ok %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if r := Contrast(got, against); r < tt.min {
				t.Errorf("%s measures %.2f:1, below %.1f", got, r, tt.min)
			}
			if darker != tt.darker || (got.luminance() < c.luminance()) != darker {
				t.Errorf("%s: darker %v, want %v", got, darker, tt.darker)
			}
			h0, s0, _ := c.hsl()
			h1, s1, _ := got.hsl()
			if math.Abs(h0-h1) > 0.02 || math.Abs(s0-s1) > 0.05 {
				t.Errorf("%s is not a shade of %s: hue %.3f/%.3f saturation %.2f/%.2f", got, c, h1, h0, s1, s0)
			}
			// nearest: one step less change would not pass
			_, _, l0 := c.hsl()
			_, _, l1 := got.hsl()
			step := 0.004
			if darker {
				step = -step
			}
			if less := fromHSL(h0, s0, l1-step); math.Abs(l1-step-l0) < math.Abs(l1-l0) && Contrast(less, against) >= tt.min {
				t.Errorf("%s passes and is nearer than %s", less, got)
			}
		})
	}
}
