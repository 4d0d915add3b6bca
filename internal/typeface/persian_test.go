package typeface

import (
	"slices"
	"strings"
	"testing"

	"haven/internal/diag"
)

// The ezafe's hamza on a word's last heh prints as heh with yeh above, tanween on an alef as
// their ligature; ShapeOrigin gives both marks back with their letters.
func TestPersianMarksWithTheirLetters(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		origin   []int
	}{
		{"خانهٔ من", "\uFEA7\uFE8E\uFEE7\uFBA5 \uFEE3\uFEE6", []int{0, 1, 2, 3, 5, 6, 7}},
		{"دربارهٔ", "\uFEA9\uFEAD\uFE91\uFE8E\uFEAD\uFBA4", []int{0, 1, 2, 3, 4, 5}},
		{"فوراً", "\uFED3\uFEEE\uFEAD\uFD3D", []int{0, 1, 2, 3}},
		{"لطفاً", "\uFEDF\uFEC4\uFED4\uFD3C", []int{0, 1, 2, 3}},
	} {
		got, origin := ShapeOrigin(tt.in)
		if got != tt.want || !slices.Equal(origin, tt.origin) {
			t.Errorf("ShapeOrigin(%q) = %+q %v, want %+q %v", tt.in, got, origin, tt.want, tt.origin)
		}
	}
}

// An Arabic vowel sign or mark on its letter prints, its word shaped by HarfBuzz; one with no
// letter before it is refused, with what to do.
func TestArabicMarkHints(t *testing.T) {
	const none = "an accent or vowel sign prints on the letter before it, and here it has none"
	for _, tt := range []struct {
		text, want string // want: "" or what the error says
	}{
		{"خانهٔ من، فوراً", ""},
		{"معمولاً", ""},
		{"لَاً", ""},
		{"هٔا", ""},
		{"یٔ", ""},
		{"كُتُب", ""},
		{"مدرَّب", ""},
		{"أنتِ لستِ وحدكِ", ""},
		{"ـَ", ""}, // on a tatweel
		{"\u064Eكتب", `"َ" (U+064E)`},
		{"كتب \u0651", none},
		{"Call \u064E911", none},
	} {
		err := CheckShaping([]diag.Located{{File: "content/fa/faq.md", Line: 7, Text: tt.text}})
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q: %v", tt.text, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%q: %v, want %s", tt.text, err, tt.want)
		}
	}
}
