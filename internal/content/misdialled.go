package content

import (
	"cmp"
	"fmt"
	"strings"
	"unicode"

	"haven/internal/diag"
	"haven/internal/phone"
)

// misdialled refuses a number text asks to call or text (askedToCall) that has more or fewer
// digits than any number of country, written without + and its country code: "call (503)
// 588-531", a digit dropped, is printed on every copy and reaches no one. Of seven digits or
// more, so a short code or a service number is the other checks'; the country's trunk prefix
// (1 in the U.S., else a leading 0) is not counted.
func misdialled(at diag.Located, country string) diag.Problems {
	if !strings.ContainsFunc(at.Text, unicode.IsDigit) {
		return nil
	}
	p := plainOf(at.Text)
	var ps diag.Problems
	for _, r := range numberRuns(p.text) {
		written := strings.TrimSpace(r.text)
		d := r.digits // a vanity number's letters as the digits they dial
		if len(d) < 7 || strings.HasPrefix(written, "+") || strings.Contains(written, "/") {
			continue
		}
		national := strings.TrimPrefix(d, "0") // a trunk prefix, or another country's number as dialled there
		if phone.CountryCode(country) == 1 {
			national = strings.TrimPrefix(national, "1") // in the U.S. and Canada a number of 10 digits, after 1
		} else if phone.NumberLength(len(d), country) {
			continue // where a number may begin with 0 (Italy's)
		}
		if phone.NumberLength(len(national), country) || holdsNumber(r, country) || !askedToCall(p.text[max(0, r.at-300):r.at], p.text[r.at+len(r.text):]) {
			continue
		}
		ps = append(ps, at.At(fmt.Sprintf("%s has %d digits, which no number in %s has: dialled as printed it reaches no one", diag.Quote(written), len(national), cmp.Or(country, "US")),
			"check it digit by digit against the line's own site (a digit dropped or doubled?), or write it with + and its country code if it is another country's"))
	}
	return ps
}

// holdsNumber reports whether r begins or ends with a number of country, some of its pieces,
// and holds more: "0808 2000 247 24" of "0808 2000 247 24/7", "00 1-888-373-7888" dialled
// from abroad.
func holdsNumber(r run, country string) bool {
	for k, piece := range r.pieces {
		if _, err := phone.Parse(r.text[:piece.end-r.at], country); err == nil {
			return true
		}
		if _, err := phone.Parse(r.text[r.pieces[len(r.pieces)-1-k].at-r.at:], country); err == nil {
			return true
		}
	}
	return false
}
