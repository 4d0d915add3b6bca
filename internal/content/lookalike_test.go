package content

import "testing"

// A character that prints as a hyphen, a slash or a middle dot hid the slips of a number its
// look-alikes group (1∙888∙373∙7889, U+2219, printed where 1·888·373·7889 was refused), as did
// dashes haven had no list entry for, bars and pluses between groups. Every one of them reads
// as the separator it looks like; dates, fractions, times, ranges, prices, versions and 24/7
// written with them pass as they pass written with the separators they look like.
func TestLookalikeSeparators(t *testing.T) {
	us := hotlineIn("", "1-888-373-7888", "911")
	us.Hotline.Text = loc("hotline.text", "233733")
	rows := []numberRow{}
	for _, sep := range []string{
		"\u2219", "\u22C5", "\u0387", "\u16EB", "\U00010101", // look like a middle dot
		"\u2215", "\u2044", "\u29F8", "\u27CB", "\u2571", "\u2041", "|", // a slash, or a bar
		"\u02D7", "\u2796", "\u06D4", "\u2053", "\u2E3A", "\u2E17", "\u2E40", "\u301C", "\u058A", "\u05BE", "\u1806", // dashes and what looks like one
		"+",
	} {
		rows = append(rows,
			numberRow{us, "Call 1" + sep + "888" + sep + "373" + sep + "7889 now.", "one slip away from hotline.call"},
			numberRow{us, "Call 888" + sep + "373" + sep + "7898.", "one slip away from hotline.call"},
			numberRow{us, "Call 1" + sep + "888" + sep + "373" + sep + "7888 now.", ""},
		)
	}
	rows = append(rows,
		numberRow{us, "Text HELP to 233\u2219734.", "one slip away from hotline.text"},
		numberRow{us, "Call 1-888-373-7888 | 1-888-337-7888.", "one slip away from hotline.call"},
		numberRow{us, "Call 1-888-373-7888 | 911 in danger | 24\u22157.", ""},
		// what the separators write in prose
		numberRow{us, "Since 1\u22152\u22152025, 1\u20442 of calls, 3\u20444 of texts; open 9\u2E3A17, 9\u301C17, 09\u221900\u201317\u221930, 24\u22157, 24\u20447 and 24|7.", ""},
		numberRow{us, "Version 2\u22193\u22191; $1\u2219888; 1+1 calls; 200+ languages; page 3|4; 10\u2215359 cases; Room 12\u02D73.", ""},
	)
	checkProblemRows(t, rows)
}
