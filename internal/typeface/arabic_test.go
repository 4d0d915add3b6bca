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

// TestShapeSkipsOnlyNonArabic holds Shape's quick test to the table: every letter it shapes
// begins with a byte mayBeArabic looks for, and text without one is returned as it is.
func TestShapeSkipsOnlyNonArabic(t *testing.T) {
	for r := range arabicForms {
		if !mayBeArabic(string(r)) {
			t.Errorf("%U is shaped, but mayBeArabic skips it", r)
		}
	}
	for _, s := range []string{"Call 988", "Llame al 988 — ayuda", "中文 テキスト", "ÀÉÎõü", ""} {
		if mayBeArabic(s) || Shape(s) != s {
			t.Errorf("%q: not Arabic, but looked at or changed", s)
		}
	}
}

// BenchmarkShape is Shape on a word of Latin text, as layout measures every word.
func BenchmarkShape(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Shape("confidential")
	}
}
