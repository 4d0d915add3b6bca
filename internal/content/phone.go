package content

import (
	"fmt"
	"regexp"
	"sort"

	"haven/internal/phone"
)

// NHTH is the National Human Trafficking Hotline, 1-888-373-7888.
var NHTH, _ = phone.Parse("1-888-373-7888")

// CheckPhone parses a phone number and flags one a single slip away from the national hotline:
// on 5,000 cards that typo sends callers to a stranger.
func CheckPhone(s string) string {
	if phone.OneOff(usDigits(s), usDigits(NHTH.E164)) {
		return fmt.Sprintf("%q is one digit away from the National Human Trafficking Hotline 1-888-373-7888; a likely typo", s)
	}
	if _, err := phone.Parse(s); err != nil {
		return err.Error()
	}
	return ""
}

// phoneInTextRE finds numbers written out in prose, such as "call 1-888-373-7889".
var phoneInTextRE = regexp.MustCompile(`(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{3,4}\b`)

// checkTextNumber reports a number typed into a text one slip away from the hotline.
func checkTextNumber(file string, f field) Problems {
	var ps Problems
	for _, m := range phoneInTextRE.FindAllString(*f.ptr, -1) {
		if phone.OneOff(usDigits(m), usDigits(NHTH.E164)) {
			ps.add(file, f.line, f.path, fmt.Sprintf("%q is one digit away from the National Human Trafficking Hotline 1-888-373-7888; a likely typo", m), "write {phone} to print the number from settings.yaml")
		}
	}
	return ps
}

// usDigits is a number's digits with the country code 1 in front of ten-digit numbers.
func usDigits(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	if (len(b) == 10 || len(b) == 9) && b[0] != '1' {
		return "1" + string(b)
	}
	return string(b)
}

func sortProblems(ps Problems) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
}
