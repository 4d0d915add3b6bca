// Package phone parses the phone numbers haven prints and spots likely typos in them.
//
// It knows the North American Numbering Plan in full (the hotline's home) and accepts
// international numbers written with a leading + by their length alone. It is small on
// purpose: a full numbering-plan library costs more start-up time than a whole handout.
package phone

import (
	"fmt"
	"strings"
)

// Number is a parsed phone number.
type Number struct {
	E164 string // +18883737888
}

// TelURL is the number as a tel: link.
func (n Number) TelURL() string { return "tel:" + n.E164 }

// Parse reads a number as people write it: 10 North American digits (or 11 with a leading 1)
// with any spaces, dots, dashes or brackets, or + and 8 to 15 digits.
func Parse(s string) (Number, error) {
	t := strings.TrimSpace(s)
	intl := strings.HasPrefix(t, "+")
	var d strings.Builder
	for i, r := range t {
		switch {
		case r >= '0' && r <= '9':
			d.WriteRune(r)
		case r == '+' && i == 0, r == ' ', r == '-', r == '.', r == '(', r == ')':
		default:
			return Number{}, fmt.Errorf("%q is not a phone number: it has %q", s, r)
		}
	}
	ds := d.String()
	if intl && !strings.HasPrefix(ds, "1") {
		if len(ds) < 8 || len(ds) > 15 || ds[0] == '0' {
			return Number{}, fmt.Errorf("%q is not an international number: + is followed by a country code and 8 to 15 digits in all", s)
		}
		return Number{E164: "+" + ds}, nil
	}
	if len(ds) == 11 && ds[0] == '1' {
		ds = ds[1:]
	}
	if len(ds) != 10 {
		return Number{}, fmt.Errorf("%q has %d digits; a U.S. number has 10 (or 11 starting with 1)", s, len(ds))
	}
	if msg := checkNANP(ds); msg != "" {
		return Number{}, fmt.Errorf("%q is not a valid U.S. number: %s", s, msg)
	}
	return Number{E164: "+1" + ds}, nil
}

// checkNANP applies the plan's rules: area code and exchange start with 2-9 and are not N11
// service codes such as 411 or 911.
func checkNANP(d string) string {
	switch {
	case d[0] < '2':
		return "an area code cannot start with 0 or 1"
	case d[1] == '1' && d[2] == '1':
		return "the area code " + d[:3] + " is a service code"
	case d[3] < '2':
		return "the exchange (the middle three digits) cannot start with 0 or 1"
	case d[4] == '1' && d[5] == '1':
		return "the exchange " + d[3:6] + " is a service code"
	}
	return ""
}

// OneOff reports whether two digit strings differ by exactly one typing slip: one digit
// changed, added, dropped, or two neighbours swapped.
func OneOff(x, y string) bool {
	if x == y {
		return false
	}
	if len(x) == len(y) {
		diff := []int{}
		for i := range x {
			if x[i] != y[i] {
				diff = append(diff, i)
			}
		}
		if len(diff) == 1 {
			return true
		}
		return len(diff) == 2 && diff[1] == diff[0]+1 && x[diff[0]] == y[diff[1]] && x[diff[1]] == y[diff[0]]
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y) != len(x)+1 {
		return false
	}
	for i := 0; i < len(y); i++ {
		if y[:i]+y[i+1:] == x {
			return true
		}
	}
	return false
}
