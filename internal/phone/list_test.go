package phone

import (
	"slices"
	"strings"
	"testing"
)

// A run of groups that no one number writes is a list, each group a number of its own: three
// groups of five digits or more, or groups all of one length, or more groups than two numbers
// have, with more digits than a number has. A number written in groups, and two of five digits, are one.
func TestListed(t *testing.T) {
	ones := strings.TrimSpace(strings.Repeat("1 ", 21))
	const rooms = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 100 200 300 400 500"
	for _, tt := range []struct {
		run  string
		want []string // nil: one number
	}{
		{"43201 43202 43203", []string{"43201", "43202", "43203"}},
		{"43201 43202 43203 43204 43205 43206 43207 43211", []string{"43201", "43202", "43203", "43204", "43205", "43206", "43207", "43211"}},
		{"43201\u00a043202  43203", []string{"43201", "43202", "43203"}},
		{"614-276-2270 614-276-2271 614-276-2272", []string{"614-276-2270", "614-276-2271", "614-276-2272"}},
		{ones, strings.Fields(ones)},
		{"2021 2022 2023 2024 2025 2026", []string{"2021", "2022", "2023", "2024", "2025", "2026"}},
		{rooms, strings.Fields(rooms)},                   // counts of different lengths, in more groups than two numbers have
		{"43201 43202", nil},                             // "98765 43210": a mobile number of India
		{"+91 98765 43210", nil},                         // the same, with its country code
		{"+44 808 2000 247", nil},                        // groups of a number
		{"1 800 799 7233", nil},                          // the same
		{"01 23 45 67 89", nil},                          // a number of France, in groups of two
		{"1 1 1", nil},                                   // groups alike, but no more digits than a number has
		{"0808 2000 247 0808 2000 248", nil},             // two numbers, read apart by the checks' parts
		{"+49 30 123 456 78 9 +49 30 123 456 78 9", nil}, // the same, in twelve groups
		{"888 · 373 · 7888 43201 43202", nil},            // a group of no digits
		{"1-888-373-7888 / 1-888-373-7889", nil},         // the same
	} {
		var got []string
		for _, g := range Listed(tt.run) {
			got = append(got, tt.run[g[0]:g[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Listed(%q) = %q, want %q", tt.run, got, tt.want)
		}
	}
}
