package phone

import (
	"testing"
	"unicode"
)

// Every dash Unicode has, and what prints as a hyphen, a slash or a middle dot, separates the
// groups of a number as the character it looks like; letters and digits never do.
func TestLookalike(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want rune
	}{
		{'-', '-'}, {'\u2010', '-'}, {'\u2E3A', '-'}, {'\u2E17', '-'}, {'\u301C', '-'}, {'\u02D7', '-'}, {'\u2053', '-'}, {'\u2212', '-'},
		{'/', '/'}, {'\u2215', '/'}, {'\u2044', '/'}, {'|', '/'},
		{'\u00B7', '·'}, {'\u2219', '·'}, {'\u22C5', '·'}, {'\u2022', '·'}, {'\u00AF', '-'}, {'\u203E', '-'}, {'\u2017', '-'},
		{'\u30CE', 0}, {'\u4E3F', 0}, {'\uA78F', 0}, {'\u0660', 0}, {'a', 0}, {'1', 0}, {'_', 0}, {':', 0}, {',', 0},
	} {
		if got := Lookalike(tt.r); got != tt.want {
			t.Errorf("Lookalike(%U %q) = %q; want %q", tt.r, tt.r, got, tt.want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.Pd, r) && !IsSeparator(r) {
			t.Errorf("%U (%q), a dash, is no separator", r, r)
		}
	}
	for _, s := range []string{"1\u2219888\u2219373\u22197888", "1\u2215888\u2215373\u22157888", "1\u2E3A888\u2E3A373\u2E3A7888", "1|888|373|7888"} {
		if n, err := Parse(s, "US"); err != nil || n.Dial != "+18883737888" {
			t.Errorf("Parse(%q) = %v, %v; want +18883737888", s, n, err)
		}
	}
}
