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

// beforeNumber tells a line whose words run on into a number beginning the next ("Call" /
// "1-800-799-7233") from one that ends a sentence or a word before other words.
func TestBeforeNumber(t *testing.T) {
	for _, tt := range []struct {
		text  string
		lines []string
		want  []bool
	}{
		{"It is possible to choose differently. Call 1-800-799-7233 and ask.", []string{"It is possible to choose differently. Call", "1-800-799-7233 and ask."}, []bool{true}},
		{"Our hotline: (216) 623-4200 any time.", []string{"Our hotline:", "(216) 623-4200 any time."}, []bool{true}},
		{"Teens can text START to 88788 at any hour.", []string{"Teens can text START to", "88788 at any hour."}, []bool{true}},
		{"Call us any time. 24 hours a day we answer.", []string{"Call us any time.", "24 hours a day we answer."}, []bool{false}},
		{"Call 1-800-799-7233 and ask for an advocate.", []string{"Call 1-800-799-7233 and", "ask for an advocate."}, []bool{false}},
		{"Print it on A4 paper at 100% scale.", []string{"Print it on", "A4 paper at 100% scale."}, []bool{false}},
		{"One line.", []string{"One line."}, []bool{}},
	} {
		if got := beforeNumber(tt.text, tt.lines); !slices.Equal(got, tt.want) {
			t.Errorf("%q in %q: got %v, want %v", tt.text, tt.lines, got, tt.want)
		}
	}
}
