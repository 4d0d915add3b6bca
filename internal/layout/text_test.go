package layout

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"haven/internal/content"
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
		// no character alone on the last line
		{"Chinese between characters", "人口贩卖是一种犯罪", 4, []string{"人口贩卖", "是一种", "犯罪"}},
		// the full stop and the closing bracket never begin a line, the opening never ends one
		{"kinsoku", "人口贩卖。「你」不是", 4, []string{"人口贩", "卖。", "「你」", "不是"}},
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

// Bold text carries across a line break: the next line begins in bold, and each run is drawn
// in its weight.
func TestWrapBold(t *testing.T) {
	text := "one " + content.BoldOn + "two three four" + content.BoldOff + " five"
	lines, err := wrap(mono{}, Style{Size: 2}, diag.Located{Text: text}, 10, "test") // bold is 1.1 pt a character, regular 1
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range lines {
		var parts []string
		for _, r := range runsOf(l) {
			parts = append(parts, map[bool]string{true: "B:", false: "R:"}[r.bold]+r.text)
		}
		got = append(got, strings.Join(parts, "|"))
	}
	want := []string{"R:one |B:two", "B:three", "B:four|R: five"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	c := &canvas{m: mono{}}
	for _, r := range lineRows(lines, 10, 100, false, Style{Size: 2, Leading: 3}, 0) {
		r.draw(c, 0)
	}
	var fonts []string
	for _, it := range c.items {
		if tx, ok := it.(Text); ok {
			fonts = append(fonts, fmt.Sprintf("%v:%s", tx.Font == Bold, tx.S))
		}
	}
	if want := "[false:one  true:two true:three true:four false: five]"; fmt.Sprint(fonts) != want {
		t.Errorf("drawn %v, want %s", fonts, want)
	}
}

// A right-to-left line is placed in visual order: Hebrew reversed, the number and the Latin
// word left to right inside it.
func TestVisualOrder(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"שלום עולם", "םלוע םולש"},
		{"התקשרו ל-911 עכשיו", "וישכע 911-ל ורשקתה"},
		{"שלחו HELP אל 233733", "233733 לא HELP וחלש"},
		{"Call 911", "Call 911"},
	} {
		if got := visual(tt.in); got != tt.want {
			t.Errorf("visual(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
