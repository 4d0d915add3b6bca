package content

import (
	"testing"
	"unicode"
)

// UnshapedScript passes over the ranges where none of the scripts haven cannot shape has a
// character without looking them up: a character of one there would be printed unshaped.
func TestUnshapedScriptRanges(t *testing.T) {
	for _, s := range unshaped {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if unicode.Is(s.table, r) && !unicode.IsDigit(r) && UnshapedScript(r) == "" {
				t.Fatalf("U+%04X of %s is passed over", r, s.name)
			}
		}
	}
}
