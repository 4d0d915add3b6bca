package content

import (
	"cmp"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
	"haven/internal/phone"
)

// misdialled refuses, where numbers are those of the North American plan (the U.S., Canada,
// the Caribbean: country code 1), a number text asks to call or text (askedToCall) written in
// the plan's own way, an area code in brackets or after a 1, or groups joined by hyphens or
// dots, with more or fewer than 10 digits after the 1: "call (503) 588-531", a digit dropped,
// is printed on every copy and reaches no one. Not a local number of seven digits (the
// Bahamas and Bermuda dial 328-0922), a number grouped by spaces alone (Spain's 900 100 009,
// another country's as dialled there), nor numbers elsewhere, which have several lengths. A
// run of letters after the digits is a vanity number's (1-800-799-SAFETY).
func misdialled(at diag.Located, country string) diag.Problems {
	if phone.CountryCode(country) != 1 || !strings.ContainsFunc(at.Text, unicode.IsDigit) {
		return nil
	}
	p := plainOf(at.Text)
	var ps diag.Problems
	for _, r := range numberRuns(p.text) {
		written := strings.TrimRight(strings.TrimSpace(r.text), ".") // a sentence's full stop
		groups := strings.FieldsFunc(written, func(c rune) bool { return c < '0' || c > '9' })
		trunk := len(groups) > 0 && groups[0] == "1"
		if trunk {
			groups = groups[1:]
		}
		if len(groups) < 2 || len(groups[0]) != 3 || groups[0][0] < '2' ||
			!(trunk || strings.HasPrefix(written, "(") || strings.ContainsAny(written, "-.")) ||
			strings.HasPrefix(written, "+") || strings.ContainsAny(written, "/:,") {
			continue // not written as the plan's numbers are
		}
		national := r.digits // a vanity number's letters as the digits they dial
		if trunk {
			national = national[1:]
		}
		if len(national) == 10 || len(national) < 8 {
			continue
		}
		after := p.text[r.at+len(r.text):]
		if next, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, "-")); unicode.IsLetter(next) || holdsNumber(r, country) || !askedToCall(p.text[max(0, r.at-300):r.at], after) {
			continue
		}
		digits := fmt.Sprintf("%d digits", len(national))
		if trunk {
			digits += " after its 1"
		}
		ps = append(ps, at.At(fmt.Sprintf("%s has %s, where a number in %s has 10 (an area code and 7 digits): dialled as printed it reaches no one", diag.Whole(written), digits, cmp.Or(country, "US")),
			"check it digit by digit against the line's own site (a digit dropped or doubled?), or write it with + and its country code if it is another country's"))
	}
	return ps
}

// holdsNumber reports whether r begins or ends with a whole number of country (seven digits
// or more), some of its pieces, and holds more: "0808 2000 247 24" of "0808 2000 247 24/7",
// "00 1-888-373-7888" dialled from abroad.
func holdsNumber(r run, country string) bool {
	number := func(s string) bool {
		_, err := phone.Parse(s, country)
		return err == nil && len(phone.Digits(s)) >= 7
	}
	for k, piece := range r.pieces {
		if number(r.text[:piece.end-r.at]) || number(r.text[r.pieces[len(r.pieces)-1-k].at-r.at:]) {
			return true
		}
	}
	return false
}
