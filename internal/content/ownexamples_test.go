package content

import (
	"strings"
	"testing"
)

// A hint showed the built-in line's number and keyword ("or Text HELP to [233733](sms:233733)")
// to content whose own line is another: a user who copies it sends readers to that line. Each
// hint that shows a text line's link, or a keyword one letter off, shows the content's own.
func TestHintsShowTheContentsOwnLine(t *testing.T) {
	own := [][]string{{"settings.yaml", "call: 1-888-373-7888", "call: 1-800-799-7233", `text: "233733"`, `text: "88788"`}, {"settings.yaml", "keyword: HELP", "keyword: START"}}
	faq := func(s string) []string { return []string{"en/faq.md", "No. Most victims", s + " No. Most victims"} }
	for _, tt := range []struct {
		name  string
		edits [][]string
		want  string // in the hint
	}{
		{"a link with a message", append(own, faq("[Text us](sms:88788?body=HELLO).")), "or Text START to [88788](sms:88788))"},
		{"a link of no kind", append(own, faq("[Fax us](fax:88788).")), "a text line with sms:88788,"},
		{"a link with an extension", append(own, faq("[Call us](tel:+16142762270;ext=12).")), "[call us, ext. 12](tel:+16142762270))"},
		{"no keyword", [][]string{own[0], {"settings.yaml", "keyword: HELP", `keyword: ""`}, faq("[Text us](sms:88788?body=HELLO).")}, "or Text us at [88788](sms:88788))"},
		{"a keyword one letter off", append(own, []string{"es/text.yaml", "language: Español", "language: Español\nkeyword: STRAT"}), "a word of this language one letter from it (STRAT for START)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := loadErr(edits(t, tt.edits...))
			if !strings.Contains(got, tt.want) || strings.Contains(got, "233733") || strings.Contains(got, "HELP") {
				t.Errorf("got  %s\nwant the hint to say %s, and neither 233733 nor HELP", got, tt.want)
			}
		})
	}
}
