package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// A number the words ask to call or text with more or fewer digits than any number of the
// country is refused; one that reads right, another country's written as dialled there or
// with +, one followed by more digits of another kind, a number no words ask to dial and a
// short code are not.
func TestMisdialled(t *testing.T) {
	for _, tt := range []struct {
		country, text, want string // want: the message's start, or ""
	}{
		{"US", "You can also call (503) 588-531 at night.", `"(503) 588-531" has 9 digits, which no number in US has`},
		{"US", "Call 1-800-799-723 any time.", `"1-800-799-723" has 9 digits`},
		{"US", "Llame al 503 588 53511.", `"503 588 53511" has 11 digits`},
		{"GB", "Call Men's Advice Line on 0808 801 03277.", `"0808 801 03277" has 11 digits, which no number in GB has`},
		{"US", "You can also call (503) 588-5351 at night.", ""},
		{"US", "Call 1-800-799-SAFE now.", ""},
		{"US", "Call 1-800-799-SAF now.", `"1-800-799" has 6 digits`}, // a vanity word one letter short is no number
		{"US", "From the UK, call 0808 2000 247.", ""},
		{"US", "Call +44 808 2000 247.", ""},
		{"US", "Call 00 1-888-373-7888 from abroad.", ""},
		{"GB", "Call 0808 2000 247 24/7.", ""},
		{"US", "Case number 2024 558 331 is closed.", ""},
		{"US", "Text HOME to 741741.", ""},
		{"US", "We served 1,200,000 meals.", ""},
	} {
		ps := misdialled(diag.Located{File: "en/faq.md", Line: 3, Field: "answer 1[1]", Text: tt.text}, tt.country)
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%s %q: refused: %v", tt.country, tt.text, ps)
		case tt.want != "" && (len(ps) != 1 || !strings.HasPrefix(ps[0].Msg, tt.want)):
			t.Errorf("%s %q: refused %v, want one starting %q", tt.country, tt.text, ps, tt.want)
		}
	}
}
