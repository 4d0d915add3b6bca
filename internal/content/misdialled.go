package content

import (
	"cmp"
	"fmt"
	"slices"
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
func misdialled(at diag.Located, n numbersIn, country string) diag.Problems {
	if phone.CountryCode(country) != 1 {
		return nil
	}
	p := n.plain
	var ps diag.Problems
	for _, r := range n.runs {
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

// areaCodeLeftOut warns of the organisation's own numbers (nums: the hotline's and those
// settings.yaml lists) that text, a field's text before its placeholders are filled in, writes
// without their area code ("Call 276-2273" for (614) 276-2273) in the U.S. and Canada: most
// of both dial all 10 digits, where the number as printed reaches no one, and a reader cannot
// dial a link on paper. A warning, as some areas still dial seven; the Caribbean's countries
// of the plan, each one area code, dial seven and are left alone. A part of a longer number
// ("(614) 276-2273") is no number of its own.
func areaCodeLeftOut(file string, at textLines, path, text, country string, nums []Number) diag.Problems {
	if country != "" && country != "US" && country != "CA" || !hasDigit(text) {
		return nil
	}
	p := plainOf(text)
	var ws diag.Problems
	for _, r := range numberRuns(p.text) {
		parts := [][2]int{{r.at, r.at + len(r.text)}} // the run, or each part of it and their runs
		if r.pieces != nil {
			parts = nil
			for i := range r.pieces {
				for j := i + 1; j <= r.partsWithin(p.text, i); j++ {
					parts = append(parts, [2]int{i, j})
				}
			}
		}
		for _, part := range parts {
			from, end := part[0], part[1]
			if r.pieces != nil {
				from, end = r.pieceAt(part[0]), r.pieces[part[1]-1].end
			}
			d := phone.Digits(p.text[from:end])
			if len(d) != 7 {
				continue
			}
			i := slices.IndexFunc(nums, func(n Number) bool { return len(n.Key) == 11 && n.Key[0] == '1' && n.Key[4:] == d })
			// "276 2273 24/7", not "(614) 276-2273"
			if i < 0 || inAddress(p.text, from) || r.pieces != nil && inNumber(p.text, r, part[0], part[1], country) {
				continue
			}
			n := nums[i]
			hint := "write the whole number, " + n.Written
			if n.Placeholder != "" {
				hint = fmt.Sprintf("write %s to print %s from settings.yaml, or the whole number", n.Placeholder, n.Written)
			}
			ws.Add(file, at.of(p.from(from)), path, fmt.Sprintf("%s is %s without its area code %s: where all 10 digits are dialled (most of the U.S. and Canada), it reaches no one as printed",
				diag.Whole(strings.TrimSpace(p.original(from, end))), n, n.Key[1:4]), hint)
		}
	}
	return ws
}
