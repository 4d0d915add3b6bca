package content

import (
	"strings"
	"testing"
)

// A hotline number written as one run of digits, which a screen reader reads as one large
// number, is warned of with the same digits in the groups its country writes them in; a
// grouped number, a short code and a number the tables cannot group are not.
func TestUngroupedNumberWarns(t *testing.T) {
	for _, tt := range []struct{ country, call, tty, want string }{
		{"US", "8007997233", "", `hotline.call: "8007997233" is written without spaces or dashes between its digits: a screen reader reads the printed number as one large number (8,007,997,233)`},
		{"US", "18007997233", "", `as numbers are written in US: 1-800-799-7233`},
		{"US", "1-800-799-7233", "18007873224", `hotline.tty: "18007873224" is written without spaces`},
		{"GB", "08082000247", "", `as numbers are written in GB: 0808 200 0247`},
		{"GB", "+448082000247", "", `as numbers are written in GB: +44 808 200 0247`},
		{"AU", "1800737732", "", `as numbers are written in AU: 1800 737 732`},
		{"US", "1-800-799-7233", "", ""},
		{"US", "(800) 799-7233", "", ""},
		{"US", "988", "", ""},
		{"GB", "0808 2000 247", "18001 0808 2000 247", ""},
		{"AU", "131114", "", ""}, // written whole, as Lifeline writes it
	} {
		s := hotlineIn(tt.country, tt.call, "911")
		s.Hotline.Text = loc("hotline.text", "88788") // a short code is written whole
		s.Hotline.TTY = loc("hotline.tty", tt.tty)
		ps := ungrouped(s)
		if tt.want == "" && len(ps) > 0 || tt.want != "" && (len(ps) != 1 || !strings.Contains(ps.Error(), tt.want)) {
			t.Errorf("%s %q %q: got %v, want %q", tt.country, tt.call, tt.tty, ps, tt.want)
		}
	}
}
