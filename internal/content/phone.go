package content

import (
	"haven/internal/diag"

	"fmt"
	"regexp"
	"sort"
	"strings"

	"haven/internal/phone"
)

// NHTH is the National Human Trafficking Hotline, 1-888-373-7888.
var NHTH, _ = phone.Parse("1-888-373-7888")

// CheckPhone parses a phone number and flags one a single slip away from the national hotline:
// on 5,000 cards that typo sends callers to a stranger.
func CheckPhone(s string) string {
	if ext := extRE.FindString(s); ext != "" {
		return fmt.Sprintf("%q has an extension (%s); a phone's call link cannot dial one, so the number is printed alone", s, strings.TrimSpace(ext))
	}
	if name := slipOf(usDigits(s)); name != "" {
		return fmt.Sprintf("%q is one digit away from %s; a likely typo", s, name)
	}
	if _, err := phone.Parse(s); err != nil {
		return err.Error()
	}
	return ""
}

// National numbers a slip of the finger must not turn into another, with the placeholder
// that prints each from settings.yaml.
var slipTargets = []struct{ digits, written, name, placeholder string }{
	{"18883737888", "1-888-373-7888", "the National Human Trafficking Hotline 1-888-373-7888", "{phone}"},
	{"233733", "233733", "the hotline's text short code 233733", "{shortcode}"},
	{"911", "911", "the emergency number 911", "{emergency}"},
}

// otherEmergency are emergency numbers elsewhere that happen to be one slip from 911.
var otherEmergency = map[string]bool{"191": true}

// slipOf names the national number that digits are one slip away from, or "".
func slipOf(digits string) string {
	for _, n := range slipTargets {
		if phone.OneOff(digits, n.digits) && !(n.digits == "911" && otherEmergency[digits]) {
			return n.name
		}
	}
	return ""
}

var (
	// extRE is an extension written after a number: "ext. 2", "x12", "extension 4".
	extRE = regexp.MustCompile(`(?i)[\s,;]*\b(?:ext\.?|extension|x)\s*\d{1,6}\b`)
	// phoneInTextRE finds numbers written out in prose, such as "call 1-888-373-7889".
	phoneInTextRE = regexp.MustCompile(`(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{3,4}\b`)
	// shortInTextRE finds short codes and three-digit numbers, also typed in groups ("233 773",
	// "9-1-2").
	shortInTextRE = regexp.MustCompile(`\b\d{1,3}(?:[ -]\d{1,3})+\b|\b\d{3,7}\b`)
	// callWordRE ends a text that asks to call the number after it.
	callWordRE = regexp.MustCompile(`(?i)\b(call|dial|phone|llame|llama|marque|marca)(\s+(al|el|a|the))?\s*$`)
)

// serviceCodes are the other N11 numbers (211 community services, 711 relay, 811 before you
// dig, ...): one slip from 911, and right where they are written.
var serviceCodes = map[string]bool{"211": true, "311": true, "411": true, "511": true, "611": true, "711": true, "811": true}

// checkTextNumber reports a number typed into a text one slip away from the hotline, its
// short code or 911. A three-digit number counts only where the text asks to call it ("Call
// 912"), so counts such as "912 calls" and service codes such as 711 pass. placeholders says
// whether the text may use {phone} and the like (language texts do, settings do not).
func checkTextNumber(file string, line int, path, text string, placeholders bool) diag.Problems {
	var ps diag.Problems
	if len(usDigits(text)) < 3 {
		return nil // most texts have no number to check
	}
	report := func(m string, target int) {
		t := slipTargets[target]
		hint := "write it as " + t.written
		if placeholders {
			hint = "write " + t.placeholder + " to print the number from settings.yaml"
		}
		ps.Add(file, line, path, fmt.Sprintf("%q is one digit away from %s; a likely typo", m, t.name), hint)
	}
	for _, m := range phoneInTextRE.FindAllString(text, -1) {
		if phone.OneOff(usDigits(m), slipTargets[0].digits) {
			report(m, 0)
		}
	}
	rest := extRE.ReplaceAllString(phoneInTextRE.ReplaceAllString(text, " "), " ") // "ext. 2" is no number
	for _, at := range shortInTextRE.FindAllStringIndex(rest, -1) {
		m := rest[at[0]:at[1]]
		d := usDigits(m)
		switch {
		case len(d) >= 5 && phone.OneOff(d, slipTargets[1].digits):
			report(m, 1)
		case len(d) == 3 && !serviceCodes[d] && !otherEmergency[d] && callWordRE.MatchString(rest[:at[0]]) && phone.OneOff(d, slipTargets[2].digits):
			report(m, 2)
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

func sortProblems(ps diag.Problems) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
}
