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

// A colour written in another form with one meaning is read as that colour, to offer as the
// #RRGGBB to write; one with another meaning (a see-through alpha, a word that is no colour) is
// none.
func TestMeant(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"navy", "#000080"},
		{" Dark Blue ", "#00008B"},
		{"rgb(15,76,92)", "#0F4C5C"},
		{"rgb(15 76 92)", "#0F4C5C"},
		{"rgba(15, 76, 92, 1)", "#0F4C5C"},
		{"#0F4", "#00FF44"},
		{"#0f4c5cff", "#0F4C5C"},
		{"0F4C5C", "#0F4C5C"},
		{"#0F4C5C80", ""}, // half see-through: on what?
		{"rgba(15, 76, 92, 0.5)", ""},
		{"rgb(300, 0, 0)", ""},
		{"0F4", ""}, // a number as much as a colour
		{"brand blue", ""},
		{"#0F4C5", ""},
	} {
		got := ""
		if c, ok := Meant(tt.in); ok {
			got = c.String()
		}
		if got != tt.want {
			t.Errorf("Meant(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if _, err := Parse(tt.in); err == nil {
			t.Errorf("Parse(%q) accepted it: the form stays #RRGGBB", tt.in)
		}
	}
}
