package phone

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Split is the calling code and national significant number of key, a full number's digits
// with its calling code (448082000247: 44 and 8082000247); ok is false for none.
func Split(key string) (cc int, nsn string, ok bool) {
	p, err := parse("+"+key, "US")
	if err != nil || p.cc == 0 {
		return 0, "", false
	}
	return p.cc, p.nsn, true
}

// TrunkAfterCode is the trunk prefix written right after the calling code of s, a number
// written with + ("0" of "+44 0808 2000 247"): libphonenumber reads past it, but dialled as
// printed from abroad it fails on many networks. "" for none, and for the trunk prefix in
// brackets the UK and Europe write ("+44 (0)808 2000 247"), which callers know to leave out.
// Italy's leading 0 is part of the number (+39 06 ...): its region has no trunk prefix.
func TrunkAfterCode(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "+") || strings.Contains(t, "(0)") {
		return ""
	}
	p, err := parse(t, "US")
	if err != nil || p.cc == 0 {
		return ""
	}
	md := meta().regions[meta().regionForCode(p.cc)]
	rest := strings.TrimPrefix(Digits(t), strconv.Itoa(p.cc))
	if md == nil || md.np == "" || rest != md.np+p.nsn {
		return ""
	}
	return md.np
}

// NationalOnly reports whether key, a full number's digits with its calling code, cannot be
// dialled from abroad (Australia's 13 11 14 written +61 13 11 14), and the region it is
// dialled in, as it is written there (nsn).
func NationalOnly(key string) (region, nsn string, ok bool) {
	p, err := parse("+"+key, "US")
	if err != nil || p.cc == 0 {
		return "", "", false
	}
	t := meta()
	if !t.nationalOnly(p) {
		return "", "", false
	}
	return t.regionOf(p), p.nsn, true
}

// EmergencyElsewhere are the countries, other than country, whose emergency number digits
// are (911: US and CA ... for country AU), where digits are no emergency number of country;
// none for a number of country. The short-number tables are read only for a number asked to
// be dialled in a text, so the cost falls on few texts.
func EmergencyElsewhere(digits, country string) []string {
	country = cmp.Or(country, "US")
	if len(digits) < 2 || len(digits) > 3 || IsEmergency(digits, country) {
		return nil
	}
	var out []string
	for id := range meta().short {
		if id != country && IsEmergency(digits, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}
