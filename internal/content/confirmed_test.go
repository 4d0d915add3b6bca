package content

import (
	"strings"
	"testing"
)

// confirm is s with written confirmed under confirmed_numbers.
func confirm(s Settings, written ...string) Settings {
	for _, w := range written {
		s.ConfirmedNumbers = append(s.ConfirmedNumbers, loc("confirmed_numbers", w))
	}
	return s
}

// National helplines the numbering tables lack (India's 14416 and 1930, the Netherlands' 113,
// the Philippines' 1343, Brazil's 188, Japan's #8008) were refused as hotline.call with no way
// round. Confirmed under confirmed_numbers, written exactly as the field writes it, each
// prints; unconfirmed, the error says what to write; a confirmation that writes another
// number (a slip in it or in the field) is refused, naming the field; and the texts' slips
// of a confirmed number are caught. other_numbers lists such a line of any of these shapes
// without a confirmation, since listing it says it is right.
func TestConfirmedShortNumbers(t *testing.T) {
	tests := []struct {
		name string
		set  Settings
		want string // the one problem of checkHotline, as path: msg (hint), or ""
	}{
		{"IN 14416", confirm(hotlineIn("IN", "14416", "112"), "14416"), ""},
		{"IN 1930", confirm(hotlineIn("IN", "1930", "112"), "1930"), ""},
		{"NL 113, one from its emergency 112", confirm(hotlineIn("NL", "113", "112"), "113"), ""},
		{"PH 1343", confirm(hotlineIn("PH", "1343", "911"), "1343"), ""},
		{"BR 188", confirm(hotlineIn("BR", "188", "190"), "188"), ""},
		{"JP #8008", confirm(hotlineIn("JP", "#8008", "110"), "#8008"), ""},
		{"a TTY line", confirm(func() Settings {
			s := hotlineIn("IN", "14416", "112")
			s.Hotline.TTY = loc("hotline.tty", "1931")
			return s
		}(), "14416", "1931"), ""},
		{"listed under other_numbers", hotlineIn("IN", "1800 599 0019", "112", "14416", "#8008", "1930"), ""},
		{"a known number grouped, confirmed", confirm(hotlineIn("UA", "15-47", "112"), "15-47"), ""},
		{"a known 116 number spaced, confirmed", confirm(hotlineIn("FR", "116 006", "112"), "116 006"), ""},
		{"a slip of a short number, grouped", confirm(hotlineIn("IN", "14416", "112"), "144-61"),
			`confirmed_numbers[1]: "144-61" confirms a number no field of settings.yaml writes so: hotline.call is "14416", which differs from it`},
		{"a grouped short number no field writes", confirm(hotlineIn("UA", "15-47", "112"), "14-16"),
			`confirmed_numbers[1]: "14-16" confirms a number no field of settings.yaml writes so`},
		{"a known number confirmed too", confirm(hotlineIn("IN", "14416", "112", "1098"), "14416", "1098"), ""},
		{"unconfirmed", hotlineIn("IN", "14416", "112"),
			`hotline.call: "14416" is not a service number in IN (if 14416 is the line's number and haven's numbering tables lack it: check it digit by digit against the number the line publishes, then confirm it with a line at the top level of settings.yaml: confirmed_numbers: ["14416"]; if people text it: a line that only takes texts writes text: "14416" and call: "")`},
		{"unconfirmed #", hotlineIn("JP", "#8008", "110"),
			`hotline.call: "#8008" is not a service number haven's numbering tables know in JP (if #8008 is the line's number and haven's numbering tables lack it: check it digit by digit against the number the line publishes, then confirm it with a line at the top level of settings.yaml: confirmed_numbers: ["#8008"])`},
		{"unconfirmed NL 113", hotlineIn("NL", "113", "112"), `hotline.call: "113" is not a service number in NL (if 113 is the line's number`},
		{"a slip in the confirmation", confirm(hotlineIn("IN", "14416", "112"), "14461"),
			`confirmed_numbers[1]: "14461" confirms a number no field of settings.yaml writes so: hotline.call is "14416", which differs from it (check both against the number the line publishes: one of them is mistyped)`},
		{"a slip in the field", confirm(hotlineIn("NL", "114", "112"), "113"),
			`confirmed_numbers[1]: "113" confirms a number no field of settings.yaml writes so: hotline.call is "114", which differs from it`},
		{"the confirmation written otherwise", confirm(hotlineIn("JP", "#8008", "110"), "8008"), `confirmed_numbers[1]: "8008" confirms a number no field of settings.yaml writes so: hotline.call is "#8008"`},
		{"the same number in another form", confirm(hotlineIn("", "1-888-373-7888", "911", "1-888-373-7889"), "(888) 373-7889"),
			`confirmed_numbers[1]: "(888) 373-7889" confirms a number no field of settings.yaml writes so: organisation.other_numbers[1] writes the same number as "1-888-373-7889" (write it exactly as organisation.other_numbers[1] writes it: confirmed_numbers: ["1-888-373-7889"])`},
		{"a full number confirmed", confirm(hotlineIn("", "1-888-373-7888", "911"), "1-888-373-7888"), `confirmed_numbers[1]: "1-888-373-7888" is not a short number`},
		{"a 116 number known", confirm(hotlineIn("FR", "116006", "112"), "116006"), ""},
		{"a 116 number", confirm(hotlineIn("FR", "116007", "112"), "116007"), `confirmed_numbers[1]: "116007" is none of Europe's 116 helplines haven knows`},
	}
	for _, tt := range tests {
		var got []string
		s := tt.set
		checkHotline(&s, func(path, msg, hint string) {
			if hint != "" {
				msg += " (" + hint + ")"
			}
			got = append(got, path+": "+msg)
		})
		if tt.want == "" && len(got) > 0 || tt.want != "" && !strings.Contains(strings.Join(got, "\n"), tt.want) {
			t.Errorf("%s: got %q\nwant %q", tt.name, got, tt.want)
		}
	}

	in, nl, jp := confirm(hotlineIn("IN", "14416", "112"), "14416"), confirm(hotlineIn("NL", "113", "112"), "113"), confirm(hotlineIn("JP", "#8008", "110"), "#8008")
	checkProblemRows(t, []numberRow{
		{in, "Call Tele-MANAS on 14416, 24/7.", ""},
		{in, "Call Tele-MANAS on 14461, 24/7.", "one slip away from hotline.call 14416"},
		{in, "Call 1416 now.", "one slip away from hotline.call 14416"},
		{nl, "Bel 113 of 0800-0113; in nood 112.", ""},
		{nl, "Call 114 now.", "one slip away from"},
		{jp, "Call #8008 now; in danger call 110.", ""},
		{jp, "Call #8009 now.", "one slip away from hotline.call #8008"},
		{jp, "Call 8080 now.", "one slip away from hotline.call #8008"},
		{jp, "See issue #1234 and #2025 trends, steps #1 to #3; call #8008 or #7119.", ""},
		// dates, fractions, times, ranges, prices, versions beside a confirmed short number
		{in, "Since 1/2/2025, 1⁄2 of 14416's calls came 9–17, 24/7, at ₹14,416 a month (v1.4.4.16).", ""},
	})
}
