package phone

import "testing"

func TestParse(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"1-888-373-7888", "+18883737888", ""},
		{"(888) 373-7888", "+18883737888", ""},
		{"+1 888.373.7888", "+18883737888", ""},
		{"+44 20 7946 0958", "+442079460958", ""},
		{"888-373-788", "", `"888-373-788" has 9 digits; a U.S. number has 10 (or 11 starting with 1)`},
		{"call 888", "", `"call 888" is not a phone number: it has 'c'`},
		{"1-188-373-7888", "", `"1-188-373-7888" is not a valid U.S. number: an area code cannot start with 0 or 1`},
		{"1-911-373-7888", "", `"1-911-373-7888" is not a valid U.S. number: the area code 911 is a service code`},
		{"888-073-7888", "", `"888-073-7888" is not a valid U.S. number: the exchange (the middle three digits) cannot start with 0 or 1`},
		{"+0123456789", "", `"+0123456789" is not an international number: + is followed by a country code and 8 to 15 digits in all`},
	}
	for _, tt := range tests {
		n, err := Parse(tt.in)
		got, gotErr := n.E164, ""
		if err != nil {
			gotErr = err.Error()
		}
		if got != tt.want || gotErr != tt.err {
			t.Errorf("Parse(%q) = %q, %q; want %q, %q", tt.in, got, gotErr, tt.want, tt.err)
		}
	}
}

func TestOneOff(t *testing.T) {
	const hotline = "18883737888"
	tests := []struct {
		in   string
		want bool
	}{
		{"18883737888", false},
		{"18883737887", true},  // changed
		{"18883377888", true},  // swapped
		{"1888373788", true},   // dropped
		{"188837378888", true}, // added
		{"18003737888", false},
		{"18773737888", false},
	}
	for _, tt := range tests {
		if got := OneOff(tt.in, hotline); got != tt.want {
			t.Errorf("OneOff(%s) = %v", tt.in, got)
		}
	}
}
