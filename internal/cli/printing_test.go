package cli

import "testing"

func TestPrinting(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"build"}, true},
		{[]string{"handout", "--lang", "en"}, true},
		{[]string{"--verbose", "cards"}, true},
		{[]string{"check", "--content", "x"}, true},
		{[]string{"proof"}, true},
		{[]string{"init", "build"}, false},
		{[]string{"version"}, false},
		{[]string{"--version"}, false},
		{[]string{"help", "build"}, false},
		{nil, false},
	} {
		if got := printing(tc.args); got != tc.want {
			t.Errorf("printing(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
