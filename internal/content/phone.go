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
	if name, _ := slipOf(usDigits(s)); name != "" {
		return fmt.Sprintf("%q is one digit away from %s; a likely typo", s, name)
	}
	if _, err := phone.Parse(s); err != nil {
		return err.Error()
	}
	return ""
}

// National numbers a slip of the finger must not turn into another, with the placeholder
// that prints each from settings.yaml.
var slipTargets = []struct{ digits, name, placeholder string }{
	{"18883737888", "the National Human Trafficking Hotline 1-888-373-7888", "{phone}"},
	{"233733", "the hotline's text short code 233733", "{shortcode}"},
	{"911", "the emergency number 911", "{emergency}"},
}

// otherEmergency are emergency numbers elsewhere that happen to be one slip from 911.
var otherEmergency = map[string]bool{"191": true}

// slipOf names the national number that digits are one slip away from, or "".
func slipOf(digits string) (name, placeholder string) {
	for _, n := range slipTargets {
		if phone.OneOff(digits, n.digits) && !(n.digits == "911" && otherEmergency[digits]) {
			return n.name, n.placeholder
		}
	}
	return "", ""
}

// phoneInTextRE finds numbers written out in prose, such as "call 1-888-373-7889";
// shortInTextRE finds short codes and three-digit numbers, such as "text HELP to 233773".
var (
	phoneInTextRE = regexp.MustCompile(`(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{3,4}\b`)
	shortInTextRE = regexp.MustCompile(`\b\d{3,7}\b`)
)

// checkTextNumber reports a number typed into a text one slip away from the hotline, its
// short code or 911. A three-digit number is compared digit for digit only, so that a year
// such as 1911 is not taken for a slip.
func checkTextNumber(file string, f field) Problems {
	var ps Problems
	if len(usDigits(*f.ptr)) < 3 {
		return nil // most texts have no number to check
	}
	report := func(m, name, placeholder string) {
		ps.add(file, f.line, f.path, fmt.Sprintf("%q is one digit away from %s; a likely typo", m, name), "write "+placeholder+" to print the number from settings.yaml")
	}
	for _, m := range phoneInTextRE.FindAllString(*f.ptr, -1) {
		if name, ph := slipOf(usDigits(m)); name != "" {
			report(m, name, ph)
		}
	}
	for _, m := range shortInTextRE.FindAllString(phoneInTextRE.ReplaceAllString(*f.ptr, " "), -1) {
		if name, ph := slipOf(m); name != "" && (len(m) != 4 || ph != "{emergency}") {
			report(m, name, ph)
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
