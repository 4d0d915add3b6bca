package build

import (
	"slices"
	"strings"
	"testing"
)

// Lists pasted from a word processor print as the lists they were, on the handout and the
// page: each item on a line of its own, an item of a list inside another under it, not run
// together into one paragraph with their marks ("• ID card o Passport o Licence"). A line that
// reads as no list's item is refused at its line.
func TestPastedListsPrintAsLists(t *testing.T) {
	const answer = "No. Most victims know their traffickers."
	for _, tt := range []struct {
		name, md string
		lines    []string // the handout's lines, in order, from the answer's first
		page     []string // in the page, in order
		want     string   // or the error
	}{
		{"Word's two levels", "Bring these:\n•\tID card\n\to\tPassport\n\to\tLicence\n•\tMedicine",
			[]string{"Bring these:", "• ID card", "– Passport", "– Licence", "• Medicine"},
			[]string{"<li>ID card\n<ul>\n<li>Passport</li>\n<li>Licence</li>\n</ul></li>\n<li>Medicine</li>"}, ""},
		{"Word's two levels, not indented", "Bring these:\n•\tID card\no\tPassport\no\tLicence\n•\tMedicine",
			[]string{"Bring these:", "• ID card", "– Passport", "– Licence", "• Medicine"},
			[]string{"<li>ID card\n<ul>\n<li>Passport</li>\n<li>Licence</li>\n</ul></li>\n<li>Medicine</li>"}, ""},
		{"lettered sub-steps from Word", "Steps:\n1.\tCall us first\n\ta.\tSay your name\n\tb.\tSay where you are\n2.\tCome in",
			[]string{"Steps:", "1. Call us first", "a. Say your name", "b. Say where you are", "2. Come in"},
			[]string{"<li>Call us first\n<ul class=\"own\" role=\"list\">\n<li>a.\u00a0Say your name</li>\n<li>b.\u00a0Say where you are</li>\n</ul></li>\n<li>Come in</li>"}, ""},
		{"lettered sub-steps indented by spaces", "Steps:\n\n1. Call us first\n   a. Say your name\n   b. Say where you are\n2. Come in",
			[]string{"Steps:", "1. Call us first", "a. Say your name", "b. Say where you are", "2. Come in"},
			[]string{"<li>Call us first\n<ul class=\"own\" role=\"list\">\n<li>a.\u00a0Say your name</li>"}, ""},
		{"initials of a wrapped sentence in a list's item", "Ask:\n\n- Dr.\n  A. Patel or\n  B. Okafor.",
			[]string{"Ask:", "• Dr.", "A. Patel or", "B. Okafor."}, nil, ""}, // lines of the item, as typed, and no list
		{"numbered from 5 under a line of text", "Steps:\n5. Fifth step\n6. Sixth step\n7. Seventh step",
			[]string{"Steps:", "5. Fifth step", "6. Sixth step", "7. Seventh step"},
			[]string{"<p>Steps:</p>\n<ol start=\"5\">\n<li>Fifth step</li>\n<li>Sixth step</li>\n<li>Seventh step</li>\n</ol>"}, ""},
		{"numbered from 0", "Steps:\n\n0. Make a plan\n1. Pack your ID",
			[]string{"Steps:", "0. Make a plan", "1. Pack your ID"}, []string{"<ol start=\"0\">\n<li>Make a plan</li>"}, ""},
		{"a list inside an item with no words of its own", "Steps to take:\n\n- 5. Fifth step\n- 6. Sixth step",
			[]string{"Steps to take:", "5. Fifth step", "6. Sixth step"}, []string{"<ol start=\"5\">\n<li>Fifth step"}, ""},
		{"Word's second level under no item", "Bring these:\n\no\tPassport", nil, nil,
			`en/faq.md:15: this line starts with Word's bullet of a list inside a list ("o" or "§" and a tab), but no item of a list is right above it`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rb, page := answerBuilt(t, answer, tt.md+"\n\n", tt.want)
			if rb == nil {
				return
			}
			got := lines(t, rb)
			from := slices.Index(got, tt.lines[0])
			if from < 0 || !slices.Equal(got[from:min(len(got), from+len(tt.lines))], tt.lines) {
				t.Errorf("the handout prints\n%q\nwant\n%q", got[max(from, 0):min(len(got), max(from, 0)+len(tt.lines))], tt.lines)
			}
			for _, want := range tt.page {
				if !strings.Contains(string(page), want) {
					i := strings.Index(string(page), tt.lines[1][strings.Index(tt.lines[1], " ")+1:])
					t.Errorf("the page lacks %q: %q", want, string(page)[max(i-50, 0):min(len(page), max(i, 0)+300)])
				}
			}
		})
	}
}
