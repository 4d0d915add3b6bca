package content

import (
	"fmt"
	"regexp"
	"sort"

	"github.com/nyaruka/phonenumbers"
)

// NHTHDigits is the National Human Trafficking Hotline, 1-888-373-7888, as digits.
const NHTHDigits = "18883737888"

var phoneCharsRE = regexp.MustCompile(`^\+?[0-9][0-9 ().-]{6,20}[0-9]$`)

// CheckPhone parses a phone number as a U.S. (or international, with +) number and flags one
// that is a single digit away from the national hotline: on 5,000 cards that typo sends callers
// to a stranger.
func CheckPhone(s string) string {
	if !phoneCharsRE.MatchString(s) {
		return fmt.Sprintf("%q is not a phone number", s)
	}
	num, err := phonenumbers.Parse(s, "US")
	if err != nil || !phonenumbers.IsValidNumber(num) {
		return fmt.Sprintf("%q is not a valid phone number", s)
	}
	d := digits(s)
	if len(d) == 10 {
		d = "1" + d
	}
	if d != NHTHDigits && len(d) == len(NHTHDigits) && hamming(d, NHTHDigits) == 1 {
		return fmt.Sprintf("%q is one digit away from the National Human Trafficking Hotline 1-888-373-7888; a likely typo", s)
	}
	return ""
}

func digits(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

func hamming(a, b string) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

func sortProblems(ps Problems) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
}
