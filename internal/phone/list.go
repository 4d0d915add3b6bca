package phone

import "unicode"

// MaxDigits is the most digits one number has as written: E.164's fifteen, and an
// extension's few ("+44 808 2000 247 1234").
const MaxDigits = 15 + 5

// maxGroups is the most groups two numbers written with spaces alone, one after the other,
// split into ("+49 30 123 456 78 9" twice): a run of more is a list of counts.
const maxGroups = 12

// Listed are the byte ranges of the numbers a run of digit groups written apart by spaces
// holds when it is a list of them, no one number: three groups or more, each of five digits
// or more, as no number groups its digits ("98765 43210" is one, a mobile number of India,
// but "43201 43202 43203" are ZIP codes), or more digits than one number has in groups all of
// one length ("1 1 1 …", "2021 2022 2023 2024 2025 2026") or in more groups than two numbers
// joined by a space are written in ("Rooms 1 2 3 … 20 100 200 … 500"). Each group is then a number, and a
// line may break between them; nil when the run is one number. Content reads the runs of its
// checks so (numberRuns), and the layout those it keeps on one line (Numbers).
func Listed(run string) [][2]int {
	type group struct{ at, end, digits int }
	var groups []group
	for i, r := range run {
		switch {
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			continue
		case len(groups) == 0 || groups[len(groups)-1].end < i:
			groups = append(groups, group{at: i})
		}
		g := &groups[len(groups)-1]
		g.end = i + len(string(r))
		if unicode.IsDigit(r) {
			g.digits++
		}
	}
	if len(groups) < 3 {
		return nil
	}
	digits, long, alike := 0, true, true
	for _, g := range groups {
		if g.digits == 0 { // a group of none ("888 · 373 · 7888", "… / …"): a run of its own kind
			return nil
		}
		digits, long, alike = digits+g.digits, long && g.digits >= 5, alike && g.digits == groups[0].digits
	}
	if !long && !(digits > MaxDigits && (alike || len(groups) > maxGroups)) {
		return nil
	}
	out := make([][2]int, len(groups))
	for i, g := range groups {
		out[i] = [2]int{g.at, g.end}
	}
	return out
}
