package content

import (
	"fmt"
	"slices"

	"haven/internal/diag"
	"haven/internal/phone"
)

// twoWays warns of two numbers the editions' texts write one slip apart (a digit changed,
// dropped or added, or two swapped: "Men's Advice Line on 0808 801 0327" in one answer, "0808
// 801 0372" in another, or in the Spanish edition), neither of them one of the organisation's
// own (those are refused where a slip of them is written). haven cannot know another service's
// number, but one line written two ways is a typo in one of them, on every copy. Numbers a
// phone dials of seven digits or more are compared, each once, by the number they dial (a
// country code written or not); a warning, as two lines may be numbered one apart, but an
// error where one of them is an edition's contact line's: that is the organisation's own
// number, whose slip is refused as one of settings.yaml's is (errs).
func twoWays(langs []Language, s Settings) (errs, ws diag.Problems) {
	own := map[string]bool{}
	for _, n := range s.Numbers() {
		own[n.Key], own[n.Local] = true, true
	}
	type number struct {
		key, written string
		at           diag.Located
	}
	var seen []number           // each number once, where it is first written
	keys := map[string]string{} // of the digits written, the number they dial, or "" for none
	for _, l := range langs {
		for _, at := range l.Texts {
			if !hasDigit(at.Text) {
				continue // most texts: no number to read
			}
			for _, r := range numberRuns(plainOf(at.Text).text) {
				if len(r.digits) < 7 || own[r.digits] {
					continue
				}
				key, ok := keys[r.digits]
				if !ok {
					if p, err := phone.Parse(r.text, s.Country); err == nil && len(p.Key()) >= 7 && !own[p.Key()] {
						key = p.Key()
					}
					keys[r.digits] = key
				}
				if key != "" && !slices.ContainsFunc(seen, func(n number) bool { return n.key == key }) {
					seen = append(seen, number{key, r.text, at})
				}
			}
		}
	}
	for j, b := range seen {
		for _, a := range seen[:j] {
			if phone.OneOff(a.key, b.key) && (a.at.Field == contactField || b.at.Field == contactField) {
				contact, other := a, b
				if b.at.Field == contactField {
					contact, other = b, a
				}
				errs.Add(other.at.File, other.at.Line, other.at.Field, fmt.Sprintf("%s is one slip away from %s, the organisation's own number in the contact line at %s:%d: one of them is likely a typo",
					diag.Whole(other.written), diag.Whole(contact.written), contact.at.File, contact.at.Line),
					fmt.Sprintf("check both digit by digit against the organisation's records; if both are right, list them in settings.yaml under organisation: as other_numbers: [%s, %s]", yamlQuoted(contact.written), yamlQuoted(other.written)))
				break
			}
			if phone.OneOff(a.key, b.key) {
				ws.Add(b.at.File, b.at.Line, b.at.Field, fmt.Sprintf("%s is one slip away from %s, written at %s:%d (%s): if they are the same line, one of them is a typo",
					diag.Whole(b.written), diag.Whole(a.written), a.at.File, a.at.Line, a.at.Field),
					"check both digit by digit against the line's own site; nothing to do if both are right")
				break
			}
		}
	}
	return errs, ws
}
