package layout

import (
	"reflect"
	"testing"

	"haven/internal/diag"
)

// TestWrapBreaks: lines break where the Unicode rules allow and nowhere else. With the mono
// measurer at 2 pt a character is 1 pt wide, so the width is the number of characters.
func TestWrapBreaks(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"spaces", "one two three", 8, []string{"one two", "three"}},
		{"Chinese between characters", "人口贩卖是一种犯罪", 4, []string{"人口贩卖", "是一种犯", "罪"}},
		// the full stop and the closing bracket never begin a line, the opening never ends one
		{"kinsoku", "人口贩卖。「你」不是", 4, []string{"人口贩", "卖。", "「你」不", "是"}},
		{"soft hyphen prints where it breaks", "Pala\u00adbra larga", 6, []string{"Pala-", "bra", "larga"}},
		{"soft hyphen invisible elsewhere", "Pala\u00adbra", 10, []string{"Palabra"}},
		{"no-break space", "EE.\u00a0UU. y", 8, []string{"EE.\u00a0UU.", "y"}},
		{"address after a slash only", "a example.org/get-help/now", 18, []string{"a example.org/", "get-help/now"}},
		{"hard line break", "one\ntwo", 20, []string{"one", "two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := wrap(mono{}, Style{Size: 2}, diag.Located{Text: tt.text}, tt.width, "test")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
