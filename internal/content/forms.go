package content

import (
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

// Dialled is the number as a phone dials it: as written in settings.yaml, without the
// extension written after it.
func (n Number) Dialled() string { return withoutExt(n.Written) }
