package layout

import (
	"slices"
	"testing"
)

// inWord tells a line broken inside a word (an address at a slash, a word hyphenated at a soft
// hyphen) from one broken at a space, and takes every break in a script without spaces for a
// word's end.
func TestInWord(t *testing.T) {
	for _, tt := range []struct {
		text  string
		lines []string
		want  []bool
	}{
		{"Or visit https://samples.org/resources/for-parents now.", []string{"Or visit https://samples.org/resources/", "for-parents now."}, []bool{true}},
		{"Email referrals.child@samples.org for help.", []string{"Email referrals.child@", "samples.org for", "help."}, []bool{true, false}},
		{"Bring what you can carry.", []string{"Bring what", "you can carry."}, []bool{false}},
		{"accom\u00admodation for you", []string{"accom-", "modation for you"}, []bool{true}},
		{"请拨打热线电话获得帮助和支持。", []string{"请拨打热线电话", "获得帮助和支持。"}, []bool{false}},
		{"One line.", []string{"One line."}, []bool{}},
	} {
		if got := inWord(tt.text, tt.lines); !slices.Equal(got, tt.want) {
			t.Errorf("%q in %q: got %v, want %v", tt.text, tt.lines, got, tt.want)
		}
	}
}
