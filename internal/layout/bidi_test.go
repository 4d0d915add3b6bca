package layout

import "testing"

// nextNumber tries its pattern only from just before a digit: from any point of a text, it
// finds what trying it at every character finds, signs, brackets and currency included.
func TestNextNumberFoundFromItsDigits(t *testing.T) {
	for _, s := range []string{
		"Call +1 (800) 799-7233 now",
		"Text 233733 · $5 · €20 · £3 · #250 · 50%",
		"A4 (210 × 297 mm) and COVID19",
		"اتصل ل1-800-799-7233 الآن",
		"تماس ۱۲۳ ۴۵۶۷",
		"no digits here at all",
		"(555) 123-4567 or 988",
		"拨打1-800-799-7233",
		"9",
		"+(",
		"Abroad +(44) 20 7946 0000",
	} {
		for from := range s {
			at, end, ok := nextNumber(s, from)
			m := number().FindStringIndex(s[from:])
			if ok != (m != nil) || ok && (at != from+m[0] || end != from+m[1]) {
				t.Errorf("nextNumber(%q, %d) = %d, %d, %v; the pattern tried everywhere finds %v", s, from, at, end, ok, m)
			}
		}
	}
}
