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
	n, err := phone.Parse(s)
	if err != nil {
		return err.Error()
	}
	if phone.OneOff(n, NHTH) {
		return fmt.Sprintf("%q is one digit away from the National Human Trafficking Hotline 1-888-373-7888; a likely typo", s)
	}
	return ""
}

// phoneInTextRE finds numbers written out in prose, such as "call 1-888-373-7889".
var phoneInTextRE = regexp.MustCompile(`(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b`)

// checkTextNumbers reports a number typed into a text that is one slip away from the hotline.
func checkTextNumbers(texts []Located) Problems {
	var ps Problems
	for _, t := range texts {
		for _, m := range phoneInTextRE.FindAllString(t.Text, -1) {
			if n, err := phone.Parse(m); err == nil && phone.OneOff(n, NHTH) {
				ps.add(t.File, t.Line, t.Field, fmt.Sprintf("%q is one digit away from the National Human Trafficking Hotline 1-888-373-7888; a likely typo", m), "write {phone} to print the number from settings.yaml")
			}
		}
	}
	return ps
}

func sortProblems(ps Problems) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
}
