package content

import (
	"strings"
	"testing"
)

// realHotlines are hotlines as organisations publish them, each in its country with the
// country's emergency number: every one loads without a word.
var realHotlines = []struct{ country, call, emergency string }{
	{"IE", "1800 341 900", "112"}, {"IE", "+353 1800 341 900", "112"}, {"IE", "116 123", "112"},
	{"DE", "0800 111 0 111", "112"}, {"DE", "08000 116 016", "112"}, {"MX", "800 911 2000", "911"},
	{"IN", "1098", "112"}, {"AU", "1800 737 732", "000"}, {"NZ", "0800 456 450", "111"},
	{"US", "988", "911"}, {"US", "1-800-799-7233", "911"}, {"GB", "+44 808 2000 247", "999"},
}

// A slip in a number of a kind its country dials without the trunk prefix (Ireland's 1800
// freephone numbers) is said to be one, never answered with the prefix a place's number asks
// for, which prints another kind of number (01800 341 90, a Dublin number's shape); the prefix
// written before such a number is refused with the number to write. Real hotlines pass.
func TestNoTrunkPrefixBeforeAFreephoneCode(t *testing.T) {
	for _, tt := range []struct{ country, call, want string }{
		{"IE", "1800 341 90", `hotline.call: "1800 341 90" is not a valid number in IE: it is one slip from a freephone number, which is dialled without a trunk prefix; check the digits`},
		{"IE", "01800 341 90", `hotline.call: "01800 341 90" is not a valid number in IE: it is one slip from a freephone number`},
		{"IE", "01800 341 900", `hotline.call: "01800 341 900" writes the trunk prefix 0 before a freephone number, which is dialled without it in IE: dialled as printed it reaches no one; write 1800 341 900`},
		{"IE", "1850 60 90 9", `hotline.call: "1850 60 90 9" is not a valid number in IE: it is one slip from a shared-cost number`},
		{"AU", "01800 737 732", `hotline.call: "01800 737 732" writes the trunk prefix 0 before a freephone number`},
		// a place's number without its prefix is still told the prefix: the code says the kind
		{"IE", "1 234 5678", `hotline.call: "1 234 5678" leaves out the trunk prefix 0: in IE it is dialled 01 234 5678`},
		{"IE", "85 012 3456", `hotline.call: "85 012 3456" leaves out the trunk prefix 0: in IE it is dialled 085 012 3456`},
		{"NZ", "800 456 450", `hotline.call: "800 456 450" leaves out the trunk prefix 0: in NZ it is dialled 0800 456 450`},
	} {
		s := hotlineIn(tt.country, tt.call, map[string]string{"IE": "112", "AU": "000", "NZ": "111"}[tt.country])
		if got := hotlineProblems(s); len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
			t.Errorf("%s %q: got %q\nwant %s", tt.country, tt.call, got, tt.want)
		}
	}
	checkRealHotlines(t)
}

// checkRealHotlines checks that every one of realHotlines loads without a word.
func checkRealHotlines(t *testing.T) {
	t.Helper()
	for _, h := range realHotlines {
		checkCall(t, hotlineIn(h.country, h.call, h.emergency), "")
	}
}

// A number one slip from one of the country set (a digit dropped from Germany's 08000 116 016)
// is said to be no number there, to be checked, never answered with another country where the
// slip happens to be valid (GB's 0800 011 601): a reader of the prints would be sent abroad.
// Evidence no typo explains (an emergency number of the other country's, numbers far from any
// of the country set) still names it.
func TestCountryNamedOnlyOnEvidence(t *testing.T) {
	for _, tt := range []struct{ country, call, emergency, want string }{
		{"DE", "08000 116 01", "112", `hotline.call: "08000 116 01" is not a valid number in DE: check the digits`},
		{"DE", "0800 111 011", "112", `hotline.call: "0800 111 011" is not a valid number in DE: check the digits`},
		{"US", "02 9876 5432", "000", `country: "US", but hotline.call and hotline.emergency are numbers of AU, not of US`},
		{"US", "0808 2000 247", "999", `country: "US", but hotline.call and hotline.emergency are numbers of GB, not of US`},
	} {
		checkCall(t, hotlineIn(tt.country, tt.call, tt.emergency), tt.want)
	}
	checkRealHotlines(t)
}

// A number written after a prefix its country dials no more (Mexico's 01 before long-distance
// numbers, 044 and 045 before mobiles, retired in 2019 and still on old signs) is refused with
// the number to write, in settings and in texts; never answered with a country whose tables
// read the whole as theirs (01 800 911 2000 as a number of the Philippines).
func TestRetiredPrefix(t *testing.T) {
	for _, tt := range []struct{ call, want string }{
		{"01 800 911 2000", `hotline.call: "01 800 911 2000" starts with 01, which is no longer dialled in MX: write 800 911 2000`},
		{"01-800-911-2000", `hotline.call: "01-800-911-2000" starts with 01, which is no longer dialled in MX: write 800-911-2000`},
		{"044 55 1234 5678", `hotline.call: "044 55 1234 5678" starts with 044, which is no longer dialled in MX: write 55 1234 5678`},
	} {
		checkCall(t, hotlineIn("MX", tt.call, "911"), tt.want)
	}
	mx := hotlineIn("MX", "800 911 2000", "911")
	checkProblemRows(t, []numberRow{
		{mx, "Llama al 01 800 911 2000 a cualquier hora.", `"01 800 911 2000" starts with 01, which is no longer dialled in MX: dialled as printed it reaches no one (write {call} to print 800 911 2000 from settings.yaml)`},
		{mx, "Llama al 800 911 2000 o al 55 5533 5533.", ""},
		// a slip of the number after it too: one fix mends both, writing it as settings.yaml has it
		{mx, "Call us on 01 800 911 2001.", `"01 800 911 2001" is one slip away from hotline.call 800 911 2000; a likely typo (write {call} to print 800 911 2000 from settings.yaml)`},
	})
	checkRealHotlines(t)
}
