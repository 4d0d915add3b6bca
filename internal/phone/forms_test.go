package phone

import (
	"fmt"
	"strings"
	"testing"
)

// TestEmergencyDigits holds emergencyDigits to the short-number tables: every number of two
// or three digits that is an emergency number of some country is listed, and no other.
func TestEmergencyDigits(t *testing.T) {
	var want []string
	for _, n := range []int{2, 3} {
		for i := range map[int]int{2: 100, 3: 1000}[n] {
			d := fmt.Sprintf("%0*d", n, i)
			found := IsEmergency(d, "US")
			for id := range meta().short {
				found = found || IsEmergency(d, id)
			}
			if found {
				want = append(want, d)
			}
		}
	}
	if got := strings.Fields(emergencyDigits); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("emergencyDigits is\n%s\nthe tables say\n%s", strings.Join(got, " "), strings.Join(want, " "))
	}
	for _, d := range []string{"911", "112", "000", "10111"} {
		if EmergencyAnywhere(d) != (d != "10111") { // five digits: not a candidate of EmergencyElsewhere
			t.Errorf("EmergencyAnywhere(%s) = %v", d, EmergencyAnywhere(d))
		}
	}
}

// 112 in Nigeria, Ghana and Uganda, and 911 and 112 in Armenia, which the library lacks, are
// emergency numbers and short numbers there; a refusal names a country's emergency numbers, none where the tables
// give a range.
func TestEmergencies(t *testing.T) {
	for _, c := range []string{"NG", "GH", "UG", "AM"} {
		if !IsEmergency("112", c) {
			t.Errorf("112 is no emergency number in %s", c)
		}
		if _, err := Parse("112", c); err != nil {
			t.Errorf("112 in %s: %v", c, err)
		}
	}
	for c, want := range map[string]string{"NG": "112 199", "UG": "112 999", "GH": "112 191 192 193 999", "KE": "112 114 999", "US": "911", "GA": "", "AM": "101 102 103 112 911"} {
		if got := strings.Join(Emergencies(c), " "); got != want {
			t.Errorf("Emergencies(%s) = %q, want %q", c, got, want)
		}
	}
}
