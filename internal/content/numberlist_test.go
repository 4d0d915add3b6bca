package content

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A list of numbers written apart by spaces alone is read as its numbers, as the layout sets
// them (phone.Listed): each is checked on its own, a slip of the line's among them too. A
// number written in groups stays one.
func TestListsAreReadAsTheirNumbers(t *testing.T) {
	const rooms = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 100 200 300 400 500"
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"We serve ZIP codes 43201 43202 43203 in Columbus.", []string{"43201", "43202", "43203"}},
		{"Lines 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 here", slices.Repeat([]string{"1"}, 21)},
		{"Rooms " + rooms + " are on the ground floor.", strings.Fields(rooms)},
		{"Call 1-888-373-7888 1-888-373-7889 1-888-373-7880.", []string{"1-888-373-7888", "1-888-373-7889", "1-888-373-7880"}},
		{"Call +91 98765 43210 now.", []string{"+91 98765 43210"}},
		{"Call 0808 2000 247 0808 2000 248.", []string{"0808 2000 247 0808 2000 248"}},
		{"Call 1-888-373-7888 24/7.", []string{"1-888-373-7888 24/7"}},
	} {
		var got []string
		for _, r := range numberRuns(tt.text) {
			got = append(got, r.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("numberRuns(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	ps := checkText1("Call 43201 43202 1-888-373-7889 for help.")
	if len(ps) != 1 || !strings.Contains(ps[0].Error(), `"1-888-373-7889"`) {
		t.Errorf("a slip in a list: got %v, want it refused", ps)
	}
}

// A paragraph of thousands of numbers written apart by spaces loads in about the time its
// length takes: no check reads each number against every other, or the whole text before each.
// A benchmark, not a test: tests do not time (compare its ns/op with BenchmarkLoad's).
func BenchmarkManyNumbersLoad(b *testing.B) {
	zips := make([]string, 2000)
	for i := range zips {
		zips[i] = strconv.Itoa(43000 + i%1000)
	}
	answer := strings.Repeat("1 ", 4000) + strings.Repeat("1 12 ", 2000) + strings.Join(zips, " ")
	fsys := edit(b, "en/faq.md", "No. Most victims", answer+"\n\nNo. Most victims")
	for b.Loop() {
		_, _ = Load(fsys, "content", Overrides{}) // refused or not: its time is what is read
	}
}
