package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// A number of the North American plan's shape that the words ask to call or text with more or
// fewer than 10 digits after its 1 is refused; one that reads right, another country's written
// as dialled there or with +, one followed by more digits of another kind or a vanity number's
// letters, a number no words ask to dial, a short code and any number elsewhere are not.
func TestMisdialled(t *testing.T) {
	for _, tt := range []struct {
		country, text, want string // want: the message's start, or ""
	}{
		{"US", "You can also call (503) 588-531 at night.", `"(503) 588-531" has 9 digits, where a number in US has 10`},
		{"US", "Call 1-800-799-723 any time.", `"1-800-799-723" has 9 digits after its 1`},
		{"US", "Llame al 503-588-53511.", `"503-588-53511" has 11 digits, where`},
		{"US", "Call the county line at 541.766.611.", `"541.766.611" has 9 digits`},
		{"CA", "Appelez le 514 872-031.", `"514 872-031" has 9 digits, where a number in CA has 10`},
		{"BS", "Call the Crisis Centre at 328-0922.", ""}, // a local number of seven digits
		{"US", "Call the county line at 443-1234.", ""},
		{"US", "In Spain, call 900 100 009.", ""}, // another country's, grouped by spaces
		{"US", "In Italy, call 800 290 290.", ""},
		{"GB", "From the U.S., call 1-800-799-7233.", ""},
		{"GB", "In Ireland, call 01 234 5678.", ""}, // another country's, written as dialled there
		{"US", "In the U.K., call 0800 1111 or 1111 Main.", ""},
		{"US", "Call 1-800-799-SAFETY now.", ""}, // a vanity number's letters go on past its 10 digits
		{"US", "You can also call (503) 588-5351 at night.", ""},
		{"US", "Call 1-800-799-SAFE now.", ""},
		{"US", "From the UK, call 0808 2000 247.", ""},
		{"US", "Call +44 808 2000 247.", ""},
		{"US", "Call 00 1-888-373-7888 from abroad.", ""},
		{"GB", "Call 0808 2000 247 24/7.", ""},
		{"US", "Case number 2024 558 331 is closed.", ""},
		{"US", "Text HOME to 741741.", ""},
		{"US", "Text HELP to 233 733.", ""}, // a short code in two groups
		{"US", "We served 1,200,000 meals.", ""},
	} {
		ps := misdialled(diag.Located{File: "en/faq.md", Line: 3, Field: "answer 1[1]", Text: tt.text}, readNumbers(tt.text), tt.country)
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%s %q: refused: %v", tt.country, tt.text, ps)
		case tt.want != "" && (len(ps) != 1 || !strings.HasPrefix(ps[0].Msg, tt.want)):
			t.Errorf("%s %q: refused %v, want one starting %q", tt.country, tt.text, ps, tt.want)
		}
	}
}
