package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// Another service's number written two ways one slip apart is warned of once, at its second
// writing, naming the first, in one edition or across two; the same number written with its
// country code or without, two numbers far apart, short numbers, counts and the organisation's
// own numbers (a slip of which is refused where it is written) are not.
func TestTwoWays(t *testing.T) {
	s := Settings{Country: "US"}
	s.Hotline.Call = diag.Located{Field: "hotline.call", Text: "1-888-373-7888"}
	for _, tt := range []struct {
		name   string
		en, es string
		want   string // the warning's start, or ""
	}{
		{"one edition", "Call (503) 588-5351 or, at night, (503) 588-5315.", "", `en/faq.md:3: answer 1[1]: "(503) 588-5315" is one slip away from "(503) 588-5351", written at en/faq.md:3`},
		{"across editions", "Call (503) 588-5351.", "Llame al (503) 588-5315.", `es/faq.md:3: answer 1[1]: "(503) 588-5315" is one slip away from "(503) 588-5351", written at en/faq.md:3`},
		{"a digit added", "Call 0800 123 4567.", "Llame al 0800 123 45678.", ""}, // no number a phone dials: the number checks' to name
		{"a digit changed", "Call 1-800-799-7233.", "Llame al 1-800-799-7223.", `es/faq.md:3: answer 1[1]: "1-800-799-7223" is one slip away from "1-800-799-7233"`},
		{"with its country code", "Call +1 503 588 5351.", "Llame al (503) 588-5351.", ""},
		{"far apart", "Call 1-800-799-7233.", "Llame al 1-800-787-3224.", ""},
		{"short numbers", "Call 911 or 912 4567.", "", ""},
		{"the organisation's own", "Call 1-888-373-7888.", "Llame al 1-888-373-7887.", ""},
		{"counts", "In 2019, 1,200,000 calls; in 2020, 1,200,001.", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var langs []Language
			for _, l := range []struct{ code, text string }{{"en", tt.en}, {"es", tt.es}} {
				langs = append(langs, Language{Code: l.code, Texts: []diag.Located{{File: l.code + "/faq.md", Line: 3, Field: "answer 1[1]", Text: l.text}}})
			}
			_, ws := twoWays(langs, s)
			switch {
			case tt.want == "" && len(ws) > 0:
				t.Errorf("warned %v", ws)
			case tt.want != "" && (len(ws) != 1 || !strings.HasPrefix(ws[0].Error(), tt.want)):
				t.Errorf("warned %v, want one starting %q", ws, tt.want)
			}
		})
	}
}

// A number one slip from the one an edition's contact line gives, written in another edition,
// was only warned of as another service's written two ways: the contact line's is the
// organisation's own, so the slip is refused, as one of settings.yaml's contact line is, until
// both are listed; two far apart pass.
func TestTwoWaysOfTheContactLine(t *testing.T) {
	es := []string{"es/text.yaml", "# organisation:\n#   name: The Mission Haven\n#   contact: \"\"", "organisation:\n  contact: \"Oficina 614-276-2274\""}
	faq := func(n string) []string {
		return []string{"en/faq.md", "No. Most victims", "Our office: " + n + ". No. Most victims"}
	}
	runEdits(t, []editCase{
		{"a slip in another edition", [][]string{es, faq("614-276-2275")},
			`content/en/faq.md:13: answer 2[1]: "614-276-2275" is one slip away from "614-276-2274", the organisation's own number in the contact line at content/es/text.yaml:86: one of them is likely a typo (check both digit by digit against the organisation's records; if both are right, list them in settings.yaml under organisation: as other_numbers: ["614-276-2274", "614-276-2275"])`},
		{"both listed", [][]string{es, faq("614-276-2275"), {"settings.yaml", `  contact: ""`, `  contact: ""` + "\n  other_numbers: [\"614-276-2274\", \"614-276-2275\"]"}}, ""},
		{"the same number", [][]string{es, faq("(614) 276-2274")}, ""},
		{"another number", [][]string{es, faq("614-228-3441")}, ""},
	})
}
