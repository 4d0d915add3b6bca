package phone

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"
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

// AfterCarrier reads past a carrier's code after the trunk prefix as libphonenumber does, which
// keeps the code apart (its preferred domestic carrier code); a number without one, or in a
// country whose trunk prefix takes none, has none.
func TestAfterCarrier(t *testing.T) {
	for _, tt := range []struct{ digits, country string }{
		{"0211132564871", "BR"}, {"0151132564871", "BR"}, {"01132564871", "BR"}, {"08001234567", "BR"},
		{"056012345678", "CO"}, {"0446016012345", "CO"}, {"6012345678", "CO"},
		{"081234567", "BO"}, {"0306154243", "DE"}, {"02079460958", "GB"},
	} {
		key, ok := AfterCarrier(tt.digits, tt.country)
		n, err := phonenumbers.ParseAndKeepRawInput(tt.digits, tt.country)
		carrier := err == nil && n.GetPreferredDomesticCarrierCode() != "" && phonenumbers.IsValidNumber(n)
		if want := fmt.Sprint(n.GetCountryCode()) + phonenumbers.GetNationalSignificantNumber(n); ok != carrier || ok && key != want {
			t.Errorf("AfterCarrier(%s, %s) = %s, %v; the library reads %s, carrier code %q", tt.digits, tt.country, key, ok, want, n.GetPreferredDomesticCarrierCode())
		}
	}
	if !TakesCarrier("BR") || !TakesCarrier("CO") || TakesCarrier("GB") || TakesCarrier("AG") || TakesCarrier("MX") {
		t.Errorf("TakesCarrier: BR %v, CO %v, GB %v, AG %v, MX %v", TakesCarrier("BR"), TakesCarrier("CO"), TakesCarrier("GB"), TakesCarrier("AG"), TakesCarrier("MX"))
	}
}

// LocalForms are a fixed line's number without its area code: the format's subscriber part
// where the tables have national formats, and in a region without a trunk prefix (Mexico) the
// number after an area code of two digits and of three; none for a number of no place.
func TestLocalForms(t *testing.T) {
	for _, tt := range []struct {
		key  string
		want []string
	}{
		{"49306154243", []string{"6154243"}},
		{"911123456789", []string{"23456789"}},
		{"551132564871", []string{"32564871"}},
		{"525556581112", []string{"56581112", "6581112"}},
		{"522221234567", []string{"21234567", "1234567"}},
		{"34912345678", []string{"2345678"}}, // not 345678: six digits are no local number
		{"18883737888", nil},                 // a freephone
		{"5218001234567", nil},
	} {
		if got := LocalForms(tt.key); !slices.Equal(got, tt.want) {
			t.Errorf("LocalForms(%s) = %q, want %q", tt.key, got, tt.want)
		}
	}
}
