package typeface

import "testing"

// Arabic letters take their joined forms: initial, medial, final, isolated, and lam-alef.
func TestShapeArabic(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"بيت", "\uFE91\uFEF4\uFE96"},  // beh initial, yeh medial, teh final
		{"دار", "\uFEA9\uFE8D\uFEAD"},  // dal, alef and reh join nothing after them: all isolated
		{"سلام", "\uFEB3\uFEFC\uFEE1"}, // seen initial, lam-alef final, meem isolated
		{"call 911", "call 911"},
	} {
		if got := Shape(tt.in); got != tt.want {
			t.Errorf("Shape(%q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}
