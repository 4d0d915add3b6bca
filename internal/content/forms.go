package content

import (
	"slices"
	"strings"
	"unicode"

	"haven/internal/phone"
)

// Written is one of the organisation's own numbers as a text writes it: Text at byte At.
type Written struct {
	Text   string
	At     int
	Number Number
}

// OwnWritten are the organisation's own numbers (own, Settings.Numbers) that text writes, in
// whatever form the checks read it in (plainOf): "1 (888) 373-7888" or "+1 888 373 7888" for
// 1-888-373-7888, "1-800-799-SAFE" for 1-800-799-7233, "0808 2000 247" for +44 808 2000 247
// in GB, "233 733" for the short code 233733, "١-٨٨٨-٣٧٣-٧٨٨٨" in Arabic-Indic digits. Each
// Text is as text writes it. A form the checks would refuse (a slip) is no number of the
// organisation's, so it is not found. Each number of a run that joins several
// ("1-888-373-7888 24/7") is found on its own.
func OwnWritten(text, country string, own []Number) []Written {
	if !strings.ContainsFunc(text, unicode.IsDigit) { // most lines of a page: no number to read
		return nil
	}
	p := plainOf(text)
	var out []Written
	find := func(at, end int, digits string) bool {
		key := digits
		if n, err := phone.ParseTTY(p.text[at:end], country); err == nil {
			key = n.Key()
		}
		for _, n := range own { // in settings order: the number to call before the same one to text
			if n.Key == key {
				out = append(out, Written{p.original(at, end), p.at[at], n})
				return true
			}
		}
		return false
	}
	for _, r := range numberRuns(p.text) {
		if find(r.at, r.at+len(r.text), r.digits) {
			continue
		}
		for _, piece := range r.pieces { // brackets and spaces join the groups of one number too
			find(piece.at, piece.end, phone.Digits(p.text[piece.at:piece.end]))
		}
	}
	return out
}

// Dialable are the numbers text writes that are not the organisation's (own) but that a phone
// dials as written, to link them as the organisation's are: a number of the country's plan
// written as one, in groups, brackets or with + ("1-800-799-7233", "(419) 734-6000", "+44 808
// 2000 247"), and any it has, a short one too (988, 211, 112), where the words ask to dial it
// ("call or text 988", "call the Lifeline at 988", "In an emergency, 112"): a count, a year, a
// time (24/7) or a street number is none. Each Number is its Key and Written form.
func Dialable(text, country string, own []Number) []Written {
	if !strings.ContainsFunc(text, unicode.IsDigit) {
		return nil
	}
	p := plainOf(text)
	var out []Written
	find := func(at, end int, plus bool) bool {
		if p.text[at] == '(' && p.text[end-1] == ')' && strings.Count(p.text[at:end], ")") == 1 {
			at, end = at+1, end-1 // "(1-216-555-0100)": the brackets are the sentence's
		}
		written := p.text[at:end]
		n, err := phone.Parse(written, country)
		if err != nil || strings.Contains(written, "/") { // "24/7"
			return false
		}
		if slices.ContainsFunc(own, func(o Number) bool { return o.Key == n.Key() }) {
			return true // the organisation's, linked as its settings say (OwnWritten)
		}
		before, after := p.text[max(0, at-300):at], p.text[end:]
		asked := askedToDial(before, after) && !Counted(after) && !streetAfter(after) || dialled(before, after) || inDanger(before)
		grouped := plus || strings.ContainsFunc(strings.TrimSpace(written), func(r rune) bool { return r < '0' || r > '9' })
		if !asked && (len(phone.Digits(written)) <= 6 || !grouped) {
			return false
		}
		out = append(out, Written{p.original(at, end), p.at[at], Number{Key: n.Key(), Written: strings.TrimSpace(written)}})
		return true
	}
	for _, r := range numberRuns(p.text) {
		if find(r.at, r.at+len(r.text), r.plus) {
			continue
		}
		for _, piece := range r.pieces { // "911 24/7": each number of a run on its own
			find(piece.at, piece.end, r.plus && piece.at == r.at)
		}
	}
	return out
}

// Dialled is the number as a phone dials it: as written in settings.yaml, without the
// extension written after it.
func (n Number) Dialled() string { return withoutExt(n.Written) }
