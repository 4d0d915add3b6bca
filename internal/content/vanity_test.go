package content

import (
	"strings"
	"testing"
)

// A vanity number is read in every country whose phones have letters on their keys: in
// settings (an Australian organisation's 1800RESPECT) and in texts, with the digits in brackets
// beside it checked against its letters. A slip in the digits, in the word or in the brackets
// is caught; words after a number that is whole without them, and after short codes and
// emergency numbers, stay words.
func TestVanityNumbersAbroad(t *testing.T) {
	au := hotlineIn("AU", "1800 737 732", "000")
	auVanity := hotlineIn("AU", "1800RESPECT", "000")
	auBoth := hotlineIn("AU", "1800RESPECT (1800 737 732)", "000")
	nz := hotlineIn("NZ", "0800 435 7546", "111")
	nzVanity := hotlineIn("NZ", "0800 HELPLINE", "111")
	gb := hotlineIn("GB", "0808 2000 247", "999")
	gb.Hotline.Text = loc("hotline.text", "85258")
	checkProblemRows(t, []numberRow{
		{au, "Call 1800RESPECT (1800 737 732), free and confidential.", ""},
		{au, "Call 1800 RESPECT (1800 737 732) or 1800RESPECT, 24/7.", ""},
		{auVanity, "Call 1800RESPECT (1800 737 732), or {call}, or 1800 737 732.", ""},
		{auBoth, "Call {call} at any hour; in 2023, 1,500 people called 1800RESPECT.", ""},
		{au, "Call 1800RESPECT (1800 737 733).", "the digits in brackets (1800 737 733) are not those of RESPECT, which dials 737732"},
		{au, "Call 1800RESPEXT (1800 737 732).", "the digits in brackets (1800 737 732) are not those of RESPEXT"},
		{au, "Call 1800RESPEXT (1800 737 739).", "one slip away from hotline.call 1800 737 732"},
		{auVanity, "Call 1800RESPEXT.", "one slip away from hotline.call 1800RESPECT"},
		{auVanity, "Call 1800 737 733.", "one slip away from hotline.call 1800RESPECT"},
		{auVanity, "Call 1800 737 7328.", "one slip away from hotline.call 1800RESPECT"},
		{auVanity, "Call 1800 737 7322.", "one slip away from hotline.call 1800RESPECT"},
		{nz, "Call 0800 HELPLINE (0800 435 7546) or 0800-helpline any time.", ""},
		{nzVanity, "Call {call} (0800 435 754) or 0800 HELPLINE.", ""}, // the shorter of New Zealand's two lengths: two letters past
		{nzVanity, "Call {call} (0800 435 7546).", "one slip away from hotline.call 0800 HELPLINE"},
		{nz, "Call 0800 HELPLUNE (0800 435 7546).", "the digits in brackets (0800 435 7546) are not those of HELPLUNE, which dials 435758"},
		{nz, "Call 0800 HELPLINE (0800 435 7547).", "the digits in brackets (0800 435 7547) are not those of HELPLINE"},
		{nz, "Call 0800 HELPLUNE now.", `"0800 HELPLUNE" is one slip away from hotline.call 0800 435 7546`},
		{nz, "Call 0800-helplune now.", "one slip away from hotline.call"},
		{nzVanity, "Call 0800 HELPLUNE now.", "one slip away from hotline.call 0800 HELPLINE"},
		// the word after a space capitalised, as a sentence writes a name: a slip of it is one
		{auBoth, "Call 1800 Repsect any time.", `"1800 Repsect" is one slip away from hotline.call 1800RESPECT (1800 737 732)`},
		{auBoth, "Call 1800 Respekt any time.", `"1800 Respekt" is one slip away from hotline.call 1800RESPECT`},
		{au, "Call 1800 Respekt any time.", "one slip away from hotline.call 1800 737 732"},
		{nzVanity, "Call 0800 Helplune now.", "one slip away from hotline.call 0800 HELPLINE"},
		{hotlineIn("", "1-800-799-SAFE (7233)", "911"), "Call 1-800-799 Saef any time.", `"1-800-799 Saef" is one slip away from hotline.call 1-800-799-SAFE (7233)`},
		{auBoth, "Call 1800 Respect any time, or 1800 RESPECT.", ""},
		{auBoth, "Call 1800 Monday to Friday, 1800 Talk, or 000 Now; we answer 1800 Calls a week.", ""},
		{hotlineIn("", "1-800-799-SAFE (7233)", "911"), "Call 1-800-799-7233 Now, or 1-800-799 Safe; 1-800-799 save.", ""},
		// no false alarms: a whole number, a short code, the emergency number, years, hours
		{nz, "Ring 0800 435 7546 NOW, or 111 NOW; open 24/7 ALL YEAR since 2023 THE LAW.", ""},
		{gb, "Text SHOUT to 85258 FREE, or call 0808 2000 247 TODAY; in danger ring 999 NOW.", ""},
		{gb, "Step 3 CALL US. Open 9-17 EVERY DAY. It costs £100 LESS.", ""},
		{au, "Call 000 NOW. Call 1800 737 732 TODAY. Open 8-17 MON-FRI.", ""},
		{hotlineIn("DE", "0800 1110111", "110"), "Die 24/7-Hotline und die 116-Nummer, 365-Tage; 24/7 HILFE.", ""},
	})
	for _, tt := range []struct{ country, call, want string }{
		{"AU", "1800RESPECT", ""},
		{"AU", "1800RESPECT (1800 737 732)", ""},
		{"AU", "1300 DIVORCE", ""},
		{"NZ", "0800 HELPLINE", ""},
		{"GB", "+1-800-799-SAFE", ""},
		{"AU", "1800RESPECT (1800 737 733)", `hotline.call: "1800RESPECT (1800 737 733)": the digits in brackets (1800 737 733) are not those of RESPECT, which dials 737732`},
		{"GB", "0808 2OOO 247", `hotline.call: "0808 2OOO 247" has the letter O among its digits`},
	} {
		checkCall(t, hotlineIn(tt.country, tt.call, map[string]string{"AU": "000", "NZ": "111", "GB": "999"}[tt.country]), tt.want)
	}
}

// A hotline number spelling letters past the number is read as the number it dials, with a
// warning naming it, unless its digits are written beside it; a number without such letters
// gets none.
func TestLettersPastTheNumberWarn(t *testing.T) {
	for _, tt := range []struct{ country, call, want string }{
		{"AU", "1800RESPECT", `hotline.call: "1800RESPECT" dials 1800737732: the letter T is past the number, and not dialled`},
		{"US", "1-888-HOTLINES", `hotline.call: "1-888-HOTLINES" dials +18884685463: the letter S is past the number`},
		{"US", "1-800-MATTRESSES", `hotline.call: "1-800-MATTRESSES" dials +18006288737: the letters SES are past the number`},
		{"US", "1-800-MATTRESSESS", ""}, // four letters past: refused as too long
		{"AU", "1800RESPECT (1800 737 732)", ""},
		{"US", "1-800-799-SAFE", ""},
		{"US", "1-888-373-7888", ""},
		{"AU", "1800 737 732", ""},
	} {
		s := hotlineIn(tt.country, tt.call, "000")
		ps := lettersPast(s)
		if tt.want == "" && len(ps) > 0 || tt.want != "" && (len(ps) != 1 || !strings.Contains(ps.Error(), tt.want)) {
			t.Errorf("%s %q: got %v, want %q", tt.country, tt.call, ps, tt.want)
		}
	}
}

// A soft hyphen between a vanity word's letters prints nothing where the line does not break
// there: 1-800-799-SA­VE is read as it prints, a slip of 1-800-799-SAFE, and 1-800-799-SA­FE
// as the number itself.
func TestVanityWordWithSoftHyphen(t *testing.T) {
	safe := hotlineIn("US", "1-800-799-SAFE", "911")
	checkProblemRows(t, []numberRow{
		{safe, "Call 1-800-799-SA\u00adVE any time.", `"1-800-799-SA\u00adVE" (1-800-799-SAVE) is one slip away from hotline.call 1-800-799-SAFE`},
		{safe, "Call 1-800-799-SA\u00adFF any time.", `"1-800-799-SA\u00adFF" (1-800-799-SAFF) is one slip away from hotline.call 1-800-799-SAFE`},
		{safe, "Call 1-800-799-SA\u00adFE any time, or 1-800-799-SAFE.", ""},
	})
}

// A vanity word in full-width letters (as East Asian input types them) is read as the ASCII
// word a phone's keys spell: 1-800-799-ＳＡＶＥ is a slip of 1-800-799-SAFE, and
// 1-800-799-ＳＡＦＥ, １-８００-７９９-ＳＡＦＥ the number itself.
func TestVanityWordInFullWidth(t *testing.T) {
	safe := hotlineIn("US", "1-800-799-SAFE", "911")
	checkProblemRows(t, []numberRow{
		{safe, "Call 1-800-799-ＳＡＶＥ any time.", `"1-800-799-ＳＡＶＥ" (1-800-799-SAVE) is one slip away from hotline.call 1-800-799-SAFE`},
		{safe, "Call 1-800-799-ｓａｆｆ any time.", `"1-800-799-ｓａｆｆ" (1-800-799-saff) is one slip away from hotline.call 1-800-799-SAFE`},
		{safe, "Call 1-800-799-ＳＡＦＥ any time, or １-８００-７９９-ＳＡＦＥ.", ""},
	})
	if got := OwnWritten("Call 1-800-799-ＳＡＦＥ any time.", "US", safe.Numbers()); len(got) != 1 || got[0].Text != "1-800-799-ＳＡＦＥ" {
		t.Errorf("1-800-799-ＳＡＦＥ is linked as %+v, want as hotline.call", got)
	}
}

// Bold or italic over part of a vanity word prints the number in two faces, as over part of
// its digits: refused, and a slip under it still named; the whole number in bold, or the
// words after it, pass.
func TestVanityWordPartlyBold(t *testing.T) {
	safe := hotlineIn("US", "1-800-799-SAFE", "911")
	for _, tt := range []struct {
		text string
		want []string // the problems, in order: the field named, or a part of the message
	}{
		{"Call 1-800-799-" + BoldOn + "SA" + BoldOff + "FE now.", []string{`"1-800-799-SAFE" is partly in bold or italic`}},
		{"Call 1-800-799-" + ItalicOn + "SAFE" + ItalicOff + " now.", []string{`"1-800-799-SAFE" is partly in bold or italic`}},
		{"Call 1-800-799-" + BoldOn + "SA" + BoldOff + "VE now.", []string{`"1-800-799-SAVE" is partly in bold or italic`, "hotline.call"}},
		{"Call " + BoldOn + "1-800-799-SAFE" + BoldOff + " now, or 1-800-799-SAFE " + BoldOn + "today" + BoldOff + ".", nil},
	} {
		wantSlips(t, tt.text, slips(tt.text, safe.Country, safe.Numbers(), true), tt.want)
	}
}
