package content

import (
	"strings"
	"testing"
)

// Every number of Europe's 116 range is a hotline of its own in each EU and EEA country,
// whether or not libphonenumber was told of it (none knows 116 016, the line for women victims
// of violence): accepted as hotline.call, as it is in a text or under other_numbers. A slip of
// it is still caught, and outside the EEA (GB) one the country does not keep is refused.
func TestEUHelplinesAsTheHotline(t *testing.T) {
	helplines := []string{"116 000", "116 006", "116 016", "116 111", "116 117", "116 123"}
	for _, country := range []string{"DE", "FR", "ES", "IT", "NL", "PL", "AT", "IE"} {
		for _, n := range helplines {
			if got := hotlineProblems(hotlineIn(country, n, "112")); len(got) > 0 {
				t.Errorf("%s call: %q: refused %q", country, n, got)
			}
			// listed beside another hotline, it is accepted too
			if n == "116 111" {
				continue
			}
			if got := hotlineProblems(hotlineIn(country, "116 111", "112", n)); len(got) > 0 {
				t.Errorf("%s other_numbers: %q: refused %q", country, n, got)
			}
		}
	}
	de := hotlineIn("DE", "116 016", "112")
	checkSlipRows(t, []numberRow{
		{de, "Das Hilfetelefon: rufen Sie 116 016 an, rund um die Uhr; call 116 016 24/7.", ""},
		{de, "Call 116 017 at any hour.", "hotline.call"},
		{de, "Call 116 06 at any hour.", "hotline.call"},
		{de, "Call 116 106 at any hour.", "hotline.call"},
		{de, "Since 2013 (116 016), 300 000 calls in 24/7 service; step 3.", ""},
		{hotlineIn("GE", "0800 100 100", "112"), "დარეკეთ 116 006-ზე. Call 116 006, the line for victims of violence.", ""},
	})
	for _, tt := range []struct{ country, call, want string }{
		{"GB", "116 016", `hotline.call: "116 016" is not a service number in GB`},
		{"GB", "116 123", ""},
		{"DE", "116 015", `hotline.call: "116 015" is not a service number in DE`},
		{"GE", "116 006", ""}, // Georgia's line for victims of violence, outside the EEA
		{"GE", "116 016", `hotline.call: "116 016" is not a service number in GE`},
	} {
		checkCall(t, hotlineIn(tt.country, tt.call, "112"), tt.want)
	}
}

// hotlineProblems are what checkHotline says of s, each as "field: message".
func hotlineProblems(s Settings) []string {
	var got []string
	checkHotline(&s, func(path, msg, hint string) { got = append(got, path+": "+msg) })
	return got
}

// checkCall checks that s gives no problem, or first one starting with want.
func checkCall(t *testing.T, s Settings, want string) {
	t.Helper()
	if got := hotlineProblems(s); want == "" && len(got) > 0 || want != "" && (len(got) == 0 || !strings.HasPrefix(got[0], want)) {
		t.Errorf("%s call: %q: got %q, want %q", s.Country, s.Hotline.Call.Text, got, want)
	}
}
