package phone

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Split is the calling code and national significant number of key, a full number's digits
// with its calling code (448082000247: 44 and 8082000247); ok is false for none.
func Split(key string) (cc int, nsn string, ok bool) {
	if len(key) == 11 && key[0] == '1' && key[1] >= '2' && key[1] <= '9' && strings.Trim(key, "0123456789") == "" {
		// a North American number, as the tables read it, without building them: they cost a
		// fresh process about 0.2 ms, and a run in the U.S. needs them for nothing else
		return 1, key[1:], true
	}
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

// emergencyDigits are the numbers of two or three digits that are an emergency number of some
// country in the short-number tables, each between spaces: a number in a text that is none of
// them is no country's emergency number, known without reading the tables (a millisecond, at
// the first number a run looks up). TestEmergencyDigits holds the list to the tables.
const emergencyDigits = " " +
	"01 02 03 13 14 15 16 17 18 19 90 91 92 93 94 000 001 002 003 011 019 022 033 050 060 065 " +
	"066 068 080 085 088 100 101 102 103 104 105 106 107 108 110 111 112 113 114 115 116 117 " +
	"118 119 120 122 123 124 125 127 128 129 130 131 132 133 140 144 150 151 152 153 154 155 " +
	"156 157 158 159 160 166 170 171 172 175 177 180 188 190 191 192 193 194 195 197 198 199 " +
	"211 311 333 355 511 555 666 819 888 901 902 903 911 912 913 917 919 922 933 939 955 977 " +
	"990 991 992 993 994 995 996 997 998 999 "

// EmergencyAnywhere reports whether digits are an emergency number of some country.
func EmergencyAnywhere(digits string) bool {
	return len(digits) >= 2 && len(digits) <= 3 && strings.Contains(emergencyDigits, " "+digits+" ")
}

// EmergencyElsewhere are the countries, other than country, whose emergency number digits
// are (911: US and CA ... for country AU), where digits are no emergency number of country;
// none for a number of country. The short-number tables are read only for a number asked to
// be dialled in a text, so the cost falls on few texts.
func EmergencyElsewhere(digits, country string) []string {
	country = cmp.Or(country, "US")
	if !EmergencyAnywhere(digits) || IsEmergency(digits, country) {
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

// Emergencies are the emergency numbers of country of two to four digits, as a refusal of
// another names them (112 and 199 in NG) or a number one slip from one is found; none where
// the tables give more than a few (a range, as Gabon's 1300 to 1399). Every string is tried
// (some 20 ms), once a country.
func Emergencies(country string) []string {
	v, ok := emergencies.Load(country)
	if !ok {
		v, _ = emergencies.LoadOrStore(country, emergenciesOf(country))
	}
	return slices.Clone(v.([]string))
}

var emergencies sync.Map // country: its Emergencies

func emergenciesOf(country string) []string {
	var out []string
	for n, count := 2, 100; n <= 4; n, count = n+1, count*10 {
		for i := range count {
			if d := fmt.Sprintf("%0*d", n, i); IsEmergency(d, country) {
				out = append(out, d)
			}
		}
	}
	if len(out) > 7 {
		return nil
	}
	return out
}

// takesCarrier reports whether md's trunk prefix may be followed by a carrier's code, which
// the caller dials to choose the network that carries the call (Brazil's 0 21, Colombia's 05):
// its pattern for the prefix holds a group for the code, not one that reads a number dialled
// locally ("([457]\d{6})$" of Antigua's, whose $ ends the number).
func (md *region) takesCarrier() bool {
	return md.np != "" && strings.Contains(md.npParse, "(") && !strings.Contains(md.npParse, ")$")
}

// TakesCarrier reports whether a national number in country may be written with a carrier's
// code after its trunk prefix ("0 21 11 3256-4781" and "0xx11 3256-4781" in Brazil).
func TakesCarrier(country string) bool {
	md := meta().regions[country]
	return md != nil && md.takesCarrier()
}

// AfterCarrier is the number key (calling code and national number, as Key gives it) that
// digits, a national number written in country with its trunk prefix and a carrier's code
// ("02111 3256 4781" in Brazil: 0, the carrier 21, then 11 3256-4781), dials: libphonenumber
// reads past the code, and so does a phone. ok is false for digits without a carrier's code.
func AfterCarrier(digits, country string) (key string, ok bool) {
	m := meta()
	md := m.regions[country]
	if md == nil || !md.takesCarrier() || !strings.HasPrefix(digits, md.np) {
		return "", false
	}
	rest, stripped := stripNationalPrefix(digits, md)
	p := parsed{cc: md.cc, nsn: rest}
	if !stripped || len(rest) >= len(digits)-len(md.np) || !m.valid(p) {
		return "", false
	}
	return strconv.Itoa(md.cc) + rest, true
}
