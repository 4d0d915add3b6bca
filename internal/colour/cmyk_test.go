package colour

import "testing"

// Naive conversion with full grey component replacement: greys from K alone, hues from at
// most two inks beside K, whole percents.
func TestCMYK(t *testing.T) {
	tests := []struct {
		rgb  string
		want CMYK
	}{
		{"#000000", CMYK{0, 0, 0, 100}},
		{"#FFFFFF", CMYK{0, 0, 0, 0}},
		{"#1B1B1B", CMYK{0, 0, 0, 89}}, // the ink grey: K only
		{"#808080", CMYK{0, 0, 0, 50}},
		{"#0F4C5C", CMYK{84, 17, 0, 64}}, // the default teal
		{"#F4B942", CMYK{0, 24, 73, 4}},  // the default amber
		{"#FF0000", CMYK{0, 100, 100, 0}},
	}
	for _, tt := range tests {
		if got := MustParse(tt.rgb).CMYK(); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.rgb, got, tt.want)
		}
	}
}
