package content

import (
	"fmt"
	"strings"

	"haven/internal/diag"
	"haven/internal/phone"
)

// fictionRanges are the numbers set aside for films, books and examples, by calling code, as
// the national significant number's first digits and its length: no one answers them. NANP:
// 555-0100 to 555-0199 in every area code (NANPA); UK: Ofcom's drama numbers; Australia:
// ACMA's numbers for use in fiction.
var fictionRanges = map[string]struct {
	length   int
	prefixes []string
}{
	"44": {10, []string{"1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960", "1514960",
		"1614960", "1914980", "1632960", "2079460", "2896496", "2920180", "3069990", "7700900", "8081570", "9098790"}},
	"61": {9, []string{"491570", "25550", "27010", "35550", "37010", "75550", "77010", "85550", "87010"}},
}

// fictionHints are digits every fictional number above shows unbroken, however it is spaced:
// a text without any of them holds none, and is not read digit by digit.
var fictionHints = []string{"555", "1632", "7946", "496", "498", "2018", "7700", "570", "3069", "879", "7010"}

// fictional is whether the number written r (read as in country) is one reserved for fiction.
func fictional(r run, country string) bool {
	d := r.digits
	cc := fmt.Sprint(phone.CountryCode(country))
	switch {
	case r.plus:
	case cc == "1" && len(d) == 11 && d[0] == '1':
	default:
		d = cc + strings.TrimPrefix(d, "0")
	}
	if strings.HasPrefix(d, "1") { // NANP: NXX-555-01XX
		return len(d) == 11 && d[4:9] == "55501"
	}
	for code, fr := range fictionRanges {
		if nsn, ok := strings.CutPrefix(d, code); ok && len(nsn) == fr.length {
			for _, p := range fr.prefixes {
				if strings.HasPrefix(nsn, p) {
					return true
				}
			}
		}
	}
	return false
}

// fictionalNumbers refuses each number in texts that is reserved for fiction: a number copied
// from an example, or made up to try haven, that would be printed for people to call. The
// digits in skip were refused where settings.yaml sets them, not again at each {call}; found
// are the digits of those it refused.
func fictionalNumbers(texts []diag.Located, country string, skip map[string]bool) (ps diag.Problems, found map[string]bool) {
	for _, at := range texts {
		if !hasAny(at.Text, fictionHints) {
			continue
		}
		for _, r := range numberRuns(at.Text) {
			if skip[r.digits] || !fictional(r, country) {
				continue
			}
			if found == nil {
				found = map[string]bool{}
			}
			found[r.digits] = true
			ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s is a number reserved for fiction: no one answers it", r.text),
				"write your line's real number")
		}
	}
	return ps, found
}

func hasAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// fictionalSettings refuses the numbers settings.yaml sets that are reserved for fiction, and
// gives their digits, so the texts that print them are not refused for them again.
func fictionalSettings(s Settings) (diag.Problems, map[string]bool) {
	h, org := s.Hotline, s.Organisation
	ats := []diag.Located{h.Call, h.Text, h.TTY, h.Emergency, org.Contact}
	for _, o := range org.OtherNumbers {
		ats = append(ats, o.Number)
	}
	return fictionalNumbers(ats, s.Country, nil)
}
