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

// A character of another script, or a symbol, that prints like a digit hid a one-digit slip:
// "1-800-799-72З4" with a Cyrillic З prints as 1-800-799-7234 and passed. Every character
// Unicode's confusables give a digit (or O, o, l, I, its prototypes of 0 and 1) is refused
// among digits, named, with the digit to type, in a text and in settings.yaml; in a word, or
// at a number's end where it is a letter (a Russian house number 12б, a Greek 3ο), it passes,
// and a vanity number's letters spell it as ever.
func TestDigitLookalikes(t *testing.T) {
	us := hotlineIn("US", "1-800-799-7233", "911", "614-258-9645") // every digit, so each look-alike makes a right number
	rows := []numberRow{}
	for _, tt := range []struct{ r, name string }{
		{"\u0417", "the Cyrillic letter З (U+0417)"}, // 3
		{"\u0437", "the Cyrillic letter з (U+0437)"},
		{"\u01B7", "the Latin letter Ʒ (U+01B7)"},
		{"\U0001D206", "the Greek character 𝈆 (U+1D206)"},
	} {
		rows = append(rows, numberRow{us, "Anyone can call 1-800-799-72" + tt.r + "3 now.", tt.name + " among its digits; write 3: 1-800-799-7233"})
	}
	for _, tt := range []struct{ text, want string }{
		{"Call 1-800-799-7233, office \u0431\u0431-258-9645.", ""}, // at the start: a letter
		{"Call 1-800-799-7233, office 61\u13CE-258-9645.", "the Cherokee letter Ꮞ (U+13CE) among its digits; write 4: 614-258-9645"},
		{"Call 1-800-799-7233, office 614-\u01A758-9645.", "the Latin letter Ƨ (U+01A7) among its digits; write 2: 614-258-9645"},
		{"Call 1-800-799-7233, office 614-2\u01BC8-9645.", "the Latin letter Ƽ (U+01BC) among its digits; write 5: 614-258-9645"},
		{"Call 1-800-799-7233, office 614-258-9\u043145.", "the Cyrillic letter б (U+0431) among its digits; write 6: 614-258-9645"},
		{"Call 1-800-799-7233, office 614-258-9\u04314\u01BC.", "write 6: 614-258-9645"}, // at the end too where it makes the number
		{"Call 1-800-799-\U000104D2233.", "the Osage letter 𐓒 (U+104D2) among its digits; write 7: 1-800-799-7233"},
		{"Call 1-800-799-7233, office 614-25\u0223-9645.", "the Latin letter ȣ (U+0223) among its digits; write 8: 614-258-9645"},
		{"Call 1-800-7\uA76E9-7233.", "the Latin letter Ꝯ (U+A76E) among its digits; write 9: 1-800-799-7233"},
		{"Call 1-8\u3007\u3007-799-7233.", "the Han character 〇 (U+3007) among its digits; write 0: 1-800-799-7233"},
		{"Call 1-80\u03C3-799-7233.", "the Greek letter σ (U+03C3) among its digits; write 0: 1-800-799-7233"},
		{"Call \u2113-800-799-7233.", ""}, // at the number's start, making no number of its own
		{"Call 1-800-799-7233, office 6\u21134-258-9645.", "the letter ℓ (U+2113) among its digits; write 1: 614-258-9645"},
		{"Call 1-800-799-7233, office 6\u01C04-258-9645.", "the Latin letter ǀ (U+01C0) among its digits; write 1: 614-258-9645"},
		{"Call 1-8\uFF2F0-799-7233.", "the full-width letter Ｏ (U+FF2F) among its digits; write 0: 1-800-799-7233"},
		{"Call 1-8\U0001D40E0-799-7233.", "the letter 𝐎 (U+1D40E) among its digits; write 0: 1-800-799-7233"},
		{"Call 1-8\U0001D6B60-799-7233.", "the letter 𝚶 (U+1D6B6) among its digits; write 0: 1-800-799-7233"},
		{"Call 1-800-799-7233 or 1-800-799-72\u0417\u0417.", "write 3: 1-800-799-7233"}, // the emergency's rule: ends count where they make a number
		// words and letters that are letters
		{"Звоните 1-800-799-7233. Адрес: ул. Мира, д. 12б, 5б класс; ОТКРЫТО1.", ""},
		{"Το 3ο Γυμνάσιο, 2ος όροφος: 1-800-799-7233.", ""},
		{"Call 1-800-FLOWERS or 1-800-799-SAFE (7233).", ""},
		{"Call 1-800-799-7233 (\u0417 is Ze).", ""},
		// letters the confusables give no digit that print as one all the same
		{"Call 1-800-799-7233, office 61\u0427-258-9645.", "the Cyrillic letter Ч (U+0427) among its digits; write 4: 614-258-9645"},
		{"Call 1-800-799-72\u025C3.", "the Latin letter ɜ (U+025C) among its digits; write 3: 1-800-799-7233"},
		{"Call 1-800-799-7233, office 6\u01314-258-9645.", "the Latin letter ı (U+0131) among its digits; write 1: 614-258-9645"},
		{"Call 1-800-799-7233, office 614-2\u01BD8-9645.", "the Latin letter ƽ (U+01BD) among its digits; write 5: 614-258-9645"},
		{"Call 1-800-7\u02619-7233.", "the Latin letter ɡ (U+0261) among its digits; write 9: 1-800-799-7233"},
		{"Call 1-800-7\uA76F9-7233.", "the Latin letter ꝯ (U+A76F) among its digits; write 9: 1-800-799-7233"},
		{"In danger, call 9\u01311.", "the Latin letter ı (U+0131) among its digits; write 1: 911"},
		{"Звоните 1-800-799-7233 с 9ч до 18ч; кабинет 12Б; 1ıncı kat, 6ncı gün.", ""},
	} {
		rows = append(rows, numberRow{us, tt.text, tt.want})
	}
	checkProblemRows(t, rows)

	// in settings.yaml, the number every edition prints
	for _, tt := range []struct{ call, want string }{
		{"call: 1-888-373-78\u041788", `content/settings.yaml:30: hotline.call: "1-888-373-78З88" has the Cyrillic letter З (U+0417) among its digits (write 3: call: 1-888-373-78388)`},
		{"call: 1-888-373-7\u041e88", `content/settings.yaml:30: hotline.call: "1-888-373-7О88" has the Cyrillic letter О (U+041E) among its digits (write 0: call: 1-888-373-7088)`},
		{"call: 1-888-373-7O88", `content/settings.yaml:30: hotline.call: "1-888-373-7O88" has the letter O among its digits (write 0: call: 1-888-373-7088)`},
		{"call: 1-800-FLOWERS", ""},
	} {
		_, err := Load(edit(t, "settings.yaml", "call: 1-888-373-7888", tt.call), "content", Overrides{})
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.call, err)
		case tt.want != "" && (err == nil || err.Error() != tt.want):
			t.Errorf("%s:\ngot  %v\nwant %s", tt.call, err, tt.want)
		}
	}
}

// A letter O, l or I typed alone for the first digit of a number, joined by a hyphen or a dot
// ("l-888-373-7888"), printed without a link and passed: the digits after it are the
// hotline's without its 1. It is refused, with the number to write, where the letter's digit
// makes one of the line's numbers or an emergency number; a letter before other digits, after
// a letter or a digit, or with a space after it is a word ("I-95", "Mail-888", "60 o 65
// llamadas", Italian "I 12 operatori", where 065 and 112 are emergency numbers).
func TestLetterBeforeNumber(t *testing.T) {
	us := hotlineIn("", "1-888-373-7888", "911")
	checkProblemRows(t, []numberRow{
		{us, "Call l-888-373-7888 now.", `"l-888-373-7888" has the letter l among its digits; write 1: 1-888-373-7888`},
		{us, "Call I.888.373.7888 or 911.", `"I.888.373.7888" has the letter I among its digits; write 1: 1.888.373.7888`},
		{us, "Take I-95 north; I 888 miles; Route l-80; exit O-5; Mail-888-373-7888; A1-888-373-7888.", ""},
		{us, "Call 1-888-373-7888 now.", ""},
		{hotlineIn("MX", "800 911 2000", "911"), "Cada noche atendemos 60 o 65 llamadas; o 66 más.", ""},
		{hotlineIn("IT", "800 290 290", "112"), "I 12 operatori e I 13 centri rispondono.", ""},
	})
}
