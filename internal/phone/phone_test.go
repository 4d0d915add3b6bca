package phone

import "testing"

func TestParse(t *testing.T) {
	tests := []struct{ in, country, want, err string }{
		{"1-888-373-7888", "", "+18883737888", ""},
		{"(888) 373-7888", "US", "+18883737888", ""},
		{"+1 888.373.7888", "", "+18883737888", ""},
		{"1\u2011888\u2011373\u20117888", "", "+18883737888", ""},
		{"1 888\u00a0373 7888", "", "+18883737888", ""},
		// the narrow, thin, figure and six-per-em spaces French and typesetters group digits with
		{"01\u202f40\u202f33\u202f80\u202f60", "FR", "+33140338060", ""},
		{"01\u200940\u200933\u200980\u200960", "FR", "+33140338060", ""},
		{"1800\u2009737\u2009732", "AU", "1800737732", ""},
		{"+33\u20071\u200640\u200033\u200180\u200a60", "", "+33140338060", ""},
		{"01\u202f40\u202f33\u202f80\u202f6", "FR", "", `"01\u202f40\u202f33\u202f80\u202f6" is not a valid number in FR: check the digits, or write it with + and the country code`},
		{"1-800-799-SAFE", "", "+18007997233", ""},
		{"1-800-799-SAFE (7233)", "", "+18007997233", ""},
		{"1-800-799-SAFE (1-800-799-7233)", "US", "+18007997233", ""},
		{"1-800-799-SAFE (7234)", "", "", `"1-800-799-SAFE (7234)": the digits in brackets (7234) are not those of SAFE, which dials 7233: check which is right`},
		{"1-800-799-SAFE (33)", "", "", `"1-800-799-SAFE (33)": the digits in brackets (33) are not those of SAFE, which dials 7233: check which is right`},
		{"0808 2000 247 (UK)", "GB", "", `"0808 2000 247 (UK)" has "(UK)" beside the number: write the number alone (0808 2000 247)`},
		{"988", "", "988", ""},
		// a note after a whole number, and the 00 some countries dial for +: said as what they are
		{"1-888-373-7888 (24/7)", "US", "", `"1-888-373-7888 (24/7)" has "(24/7)" beside the number: write the number alone (1-888-373-7888)`},
		{"1-800-799-SAFE (7233) (24/7)", "US", "", `"1-800-799-SAFE (7233) (24/7)" has "(24/7)" beside the number: write the number alone (1-800-799-SAFE (7233))`},
		{"1800RESPECT (1800 737 732) (free)", "AU", "", `"1800RESPECT (1800 737 732) (free)" has "(free)" beside the number: write the number alone (1800RESPECT (1800 737 732))`},
		{"1-800-799-SAFE (24/7)", "US", "", `"1-800-799-SAFE (24/7)" has "(24/7)" beside the number: write the number alone (1-800-799-SAFE)`},
		{"1-888-373-7888 24/7", "US", "", `"1-888-373-7888 24/7" has "24/7" beside the number: write the number alone (1-888-373-7888)`},
		// words beside a whole number, in brackets or not, before or after: one message, with
		// the number to write; digits among the words are not the number's
		{"0808 2000 247 24 hours", "GB", "", `"0808 2000 247 24 hours" has "24 hours" beside the number: write the number alone (0808 2000 247)`},
		{"Freephone 0808 2000 247", "GB", "", `"Freephone 0808 2000 247" has "Freephone" beside the number: write the number alone (0808 2000 247)`},
		{"Freephone: 0808 2000 247, 24/7", "GB", "", `"Freephone: 0808 2000 247, 24/7" has "Freephone" and "24/7" beside the number: write the number alone (0808 2000 247)`},
		{"07860 077 333 (text only)", "GB", "", `"07860 077 333 (text only)" has "(text only)" beside the number: write the number alone (07860 077 333)`},
		{"0808 2000 247(freephone)", "GB", "", `"0808 2000 247(freephone)" has "(freephone)" beside the number: write the number alone (0808 2000 247)`},
		{"988 (call or text)", "", "", `"988 (call or text)" has "(call or text)" beside the number: write the number alone (988)`},
		{"Call (888) 373-7888 now", "US", "", `"Call (888) 373-7888 now" has "Call" and "now" beside the number: write the number alone ((888) 373-7888)`},
		{"0808 200 247 (freephone)", "GB", "", `"0808 200 247 (freephone)" has letters in brackets: write the number alone, and any note in the text`}, // no whole number: its digits are the problem too
		{"001 888 373 7888", "US", "", `"001 888 373 7888" starts with 00, which only some countries dial before a country code: write + in its place (+18883737888)`},
		{"18001 0808 2000 247", "GB", "", `"18001 0808 2000 247" is not a valid number in GB: check the digits, or write it with + and the country code`}, // its digits run on: the number's own
		{"211", "", "211", ""},
		{"+44 20 7946 0958", "", "+442079460958", ""},
		{"0808 2000 247", "GB", "+448082000247", ""},
		{"+44 808 2000 247", "US", "+448082000247", ""},
		{"116 123", "GB", "116123", ""},
		{"999", "GB", "999", ""},
		{"989", "", "", `"989" is not a U.S. service number: three-digit lines are 211 to 811 and 988; a full number has 10 digits`},
		{"0808 2000 247", "", "", `"0808 2000 247" has 11 digits; a U.S. number has 10 (or 11 starting with 1)`},
		{"888-373-788", "", "", `"888-373-788" has 9 digits; a U.S. number has 10 (or 11 starting with 1)`},
		{"call 888", "", "", `"call 888" is not a phone number: it has 'c'`},
		{"1-188-373-7888", "", "", `"1-188-373-7888" is not a valid U.S. number: an area code cannot start with 0 or 1`},
		{"1-911-373-7888", "", "", `"1-911-373-7888" is not a valid U.S. number: the area code 911 is a service code`},
		{"888-073-7888", "", "", `"888-073-7888" is not a valid U.S. number: the exchange (the middle three digits) cannot start with 0 or 1`},
		{"0808 2000 SAFE", "GB", "+448082000723", ""}, // the keys past the number are not dialled
		// Europe's 116 helplines are kept in every EU and EEA country, whether or not
		// libphonenumber was told of them (it knows no 116 006 in France, no 116 111 in Belgium)
		{"116 006", "FR", "116006", ""},
		{"116006", "ES", "116006", ""},
		{"116 111", "BE", "116111", ""},
		{"116 117", "NO", "116117", ""},
		{"116 111", "DE", "116111", ""},
		{"116 016", "DE", "116016", ""}, // women victims of violence: in no country's metadata
		{"116016", "PL", "116016", ""},
		{"116 016", "GB", "", `"116 016" is not a service number in GB`},
		{"116 007", "FR", "", `"116 007" is not a service number in FR`},
		{"116 006", "GB", "", `"116 006" is not a service number in GB`},
		{"116 006", "GE", "116006", ""}, // Georgia's line for victims of violence, outside the EEA
		{"116 016", "GE", "", `"116 016" is not a service number in GE`},
		{"+995 116 006", "", "", `"+995 116 006" is a short number, dialled as it is in GE and not from abroad: write it without + and the country code (116 006)`},
		{"116 006", "", "", `"116 006" is not a U.S. service number: three-digit lines are 211 to 811 and 988; a full number has 10 digits`},
	}
	for _, tt := range tests {
		n, err := Parse(tt.in, tt.country)
		got, gotErr := n.Dial, ""
		if err != nil {
			gotErr = err.Error()
		}
		if got != tt.want || gotErr != tt.err {
			t.Errorf("Parse(%q, %q) = %q, %q; want %q, %q", tt.in, tt.country, got, gotErr, tt.want, tt.err)
		}
	}
}

// Australia's 13 11 14, 1300 and 1800 numbers are national numbers that cannot be dialled from
// abroad: read in AU they are dialled as written (tel:131114), compared as +61 numbers, and
// written with +61 they are refused with the form to write.
func TestNationalOnlyNumbers(t *testing.T) {
	tests := []parsedCase{
		{"13 11 14", "AU", "tel:131114", "61131114", ""},
		{"131114", "AU", "tel:131114", "61131114", ""},
		{"1800 737 732", "AU", "tel:1800737732", "611800737732", ""},
		{"1300 659 467", "AU", "tel:1300659467", "611300659467", ""},
		{"02 9999 9999", "AU", "tel:+61299999999", "61299999999", ""},
		{"000", "AU", "tel:000", "000", ""},
		{"+61 13 11 14", "AU", "", "", `"+61 13 11 14" cannot be dialled from outside AU: write it as it is dialled there, without + and the country code (131114)`},
		{"+61 13 11 14", "US", "", "", `"+61 13 11 14" cannot be dialled from outside AU: write it as it is dialled there (131114), and set country: AU`},
		{"131 114", "NZ", "", "", `"131 114" is not a service number in NZ`},
	}
	checkParsed(t, "Parse", Parse, tests)
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
		{"28883737888", true},  // the leading 1 changed
		{"18003737888", false},
		{"18773737888", false},
	}
	for _, tt := range tests {
		if got := OneOff(tt.in, hotline); got != tt.want {
			t.Errorf("OneOff(%s) = %v", tt.in, got)
		}
	}
}

// A TTY line in the UK may be a Relay UK number: the prefix, then the national number or a
// short one (18001 116 123). It is
// dialled as written (the relay takes no +44) and compared for typos as the line behind it;
// an unknown prefix, a bad number after a known one, or a relay number abroad is refused.
func TestParseTTY(t *testing.T) {
	tests := []parsedCase{
		{"18001 0808 2000 247", "GB", "tel:1800108082000247", "448082000247", ""},
		{"18002 0808 2000 247", "GB", "tel:1800208082000247", "448082000247", ""},
		{"18001\u00a0020 7946 0958", "GB", "tel:1800102079460958", "442079460958", ""},
		// before a short number (Samaritans, NHS 111): the line behind it is the short number
		{"18001 116 123", "GB", "tel:18001116123", "116123", ""},
		{"18001 111", "GB", "tel:18001111", "111", ""},
		{"18002 116 123", "GB", "tel:18002116123", "116123", ""},
		// not before the emergency number (the relay's emergency line is 18000), nor one of no plan
		{"18001 999", "GB", "", "", `"18001 999" is not a valid number in GB: check the digits, or write it with + and the country code`},
		{"18001 116", "GB", "", "", `"18001 116" is not a valid number in GB: check the digits, or write it with + and the country code`},
		{"0808 2000 247", "GB", "tel:+448082000247", "448082000247", ""},
		{"1-800-787-3224", "US", "tel:+18007873224", "18007873224", ""},
		{"711", "US", "tel:711", "711", ""},
		{"18011 0808 2000 247", "GB", "", "", `"18011 0808 2000 247" is not a valid number in GB: check the digits, or write it with + and the country code`},
		{"18001 0808 2000 24", "GB", "", "", `"18001 0808 2000 24": the number after Relay UK's 18001 (0808200024) is not a valid number in GB: check the digits`},
		{"18001 0808 2000 247", "US", "", "", `"18001 0808 2000 247" has 16 digits; a U.S. number has 10 (or 11 starting with 1)`},
		{"18001 0808 2000 247", "IE", "", "", `"18001 0808 2000 247" is not a valid number in IE: check the digits, or write it with + and the country code`},
		// words beside a relay number: the number to write keeps the relay's prefix
		{"18001 0808 2000 247 (Relay UK)", "GB", "", "", `"18001 0808 2000 247 (Relay UK)" has "(Relay UK)" beside the number: write the number alone (18001 0808 2000 247)`},
		{"Textphone 18001 0808 2000 247", "GB", "", "", `"Textphone 18001 0808 2000 247" has "Textphone" beside the number: write the number alone (18001 0808 2000 247)`},
	}
	checkParsed(t, "ParseTTY", ParseTTY, tests)
	// a relay number is a TTY line only: as the number to call it is refused
	if _, err := Parse("18001 0808 2000 247", "GB"); err == nil {
		t.Error(`Parse("18001 0808 2000 247", "GB") accepted a relay number`)
	}
}

// parsedCase is a number written in a country, and its tel: link and key, or the error.
type parsedCase struct{ in, country, tel, key, err string }

func checkParsed(t *testing.T, name string, parse func(s, country string) (Number, error), tests []parsedCase) {
	t.Helper()
	for _, tt := range tests {
		n, err := parse(tt.in, tt.country)
		tel, key, gotErr := "", "", ""
		if err != nil {
			gotErr = err.Error()
		} else {
			tel, key = n.TelURL(), n.Key()
		}
		if tel != tt.tel || key != tt.key || gotErr != tt.err {
			t.Errorf("%s(%q, %q) = %q, %q, %q; want %q, %q, %q", name, tt.in, tt.country, tel, key, gotErr, tt.tel, tt.key, tt.err)
		}
	}
}

// A number written with + or the country's international prefix is read as libphonenumber
// reads it, a trunk 0 in brackets after the calling code left out, valid or not.
func TestInternational(t *testing.T) {
	tests := []struct {
		in, country, want string
		ok                bool
	}{
		{"+44 (0)808 2000 247", "GB", "448082000247", true},
		{"+44 (0)808 2000 248", "GB", "448082000248", true},
		{"0044 808 2000 248", "GB", "448082000248", true},
		{"00 44 808 2000 247", "GB", "448082000247", true},
		{"011 1 888 373 7889", "US", "18883737889", true},
		{"011 1 888 373 7889", "", "18883737889", true},
		{"011 44 20 7946 0958", "US", "442079460958", true},
		{"+1 888 373 7888", "GB", "18883737888", true},
		{"0808 2000 247", "GB", "", false},
		{"1-888-373-7888", "US", "", false},
		{"00 44 808 2000 247", "US", "", false}, // 00 is no prefix from the U.S.
	}
	for _, tt := range tests {
		got, ok := International(tt.in, tt.country)
		if got != tt.want || ok != tt.ok {
			t.Errorf("International(%q, %q) = %q, %v; want %q, %v", tt.in, tt.country, got, ok, tt.want, tt.ok)
		}
	}
}

// A vanity number spells its last digits in letters in every country whose phones have
// letters on their keys (libphonenumber turns them into digits for every region): read as the
// digits, the keys past the number left out (1800RESPECT dials 1800 737 732), and checked
// against the digits in brackets beside it. A letter typed for a digit, letters in brackets,
// too few letters for a word, or letters before the number's first three digits are refused.
func TestVanityNumbersEverywhere(t *testing.T) {
	tests := []parsedCase{
		{"1800RESPECT", "AU", "tel:1800737732", "611800737732", ""},
		{"1800 RESPECT", "AU", "tel:1800737732", "611800737732", ""},
		{"1800RESPECT (1800 737 732)", "AU", "tel:1800737732", "611800737732", ""},
		{"1800RESPECT (737 732)", "AU", "tel:1800737732", "611800737732", ""},
		{"1300 DIVORCE", "AU", "tel:1300348672", "611300348672", ""},
		{"1800RESPECT (1800 737 733)", "AU", "", "", `"1800RESPECT (1800 737 733)": the digits in brackets (1800 737 733) are not those of RESPECT, which dials 737732: check which is right`},
		{"1800RESPECT (1800 737 73)", "AU", "", "", `"1800RESPECT (1800 737 73)": the digits in brackets (1800 737 73) are not those of RESPECT, which dials 737732: check which is right`},
		{"1800RESPEXT (1800 737 732)", "AU", "", "", `"1800RESPEXT (1800 737 732)": the digits in brackets (1800 737 732) are not those of RESPEXT, which dials 737739: check which is right`},
		// New Zealand's 0800 numbers have six digits or seven: a word past the number is cut
		// to the shorter, as the exchange connects, unless the digits in brackets say more
		{"0800 HELPLINE", "NZ", "tel:+64800435754", "64800435754", ""},
		{"0800 LIFELINE", "NZ", "tel:+64800543354", "64800543354", ""},
		{"0800 LIFELINE (0800 543 354)", "NZ", "tel:+64800543354", "64800543354", ""},
		{"0800 LIFELINE (+64800543354)", "NZ", "tel:+64800543354", "64800543354", ""},
		{"0800 HELPLINE (0800 435 7546)", "NZ", "tel:+648004357546", "648004357546", ""},
		{"0800 LIFELINE (0800 543 355)", "NZ", "", "", `"0800 LIFELINE (0800 543 355)": the digits in brackets (0800 543 355) are not those of LIFELINE, which dials 543354: check which is right`},
		{"+1-800-799-SAFE", "GB", "tel:+18007997233", "18007997233", ""},
		{"1-800-799-SAFE", "CA", "tel:+18007997233", "18007997233", ""},
		{"1-800-799-SAFE (7233)", "", "tel:+18007997233", "18007997233", ""},
		{"0800 1OO 2OO", "GB", "", "", `"0800 1OO 2OO" has the letter O among its digits: write the digit it stands for (0)`},
		{"1-800-555-O187", "", "", "", `"1-800-555-O187" has the letter O among its digits: write the digit it stands for (0)`},
		{"0808 2000 24X", "GB", "", "", `"0808 2000 24X" has letters: a vanity number spells its last digits in a word of three letters or more (1-800-799-SAFE, 1800RESPECT)`},
		{"18 RESPECT", "AU", "", "", `"18 RESPECT" is not a phone number: it has 'R'`},
		{"1800 737 732 (AU)", "AU", "", "", `"1800 737 732 (AU)" has "(AU)" beside the number: write the number alone (1800 737 732)`},
	}
	checkParsed(t, "Parse", Parse, tests)
}

// National writes a number as a phone in its own country dials it, trunk prefix and all.
func TestNational(t *testing.T) {
	for _, tt := range []struct{ key, want string }{
		{"448082000247", "08082000247"},
		{"33123456789", "0123456789"},
		{"4930123456", "030123456"},
		{"78007000600", "88007000600"}, // Russia's trunk prefix is 8
		{"18883737888", ""},            // the U.S. prints none
		{"61180073773", ""},            // Australia's 1800 numbers have none
	} {
		if got := National(tt.key); got != tt.want {
			t.Errorf("National(%s) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// A vanity number prints in digits, in its own groups, without the letters past the number or
// the digits in brackets; a number without letters, or one not read, as written.
func TestInDigits(t *testing.T) {
	for _, tt := range []struct{ in, country, want string }{
		{"1-800-799-SAFE (7233)", "", "1-800-799-7233"},
		{"1-800-799-SAFE", "", "1-800-799-7233"},
		{"1-800-799-SAFE (1-800-799-7233)", "US", "1-800-799-7233"},
		{"1800RESPECT", "AU", "1800737732"},
		{"1-800-RESPECT", "", "1-800-737-7328"},
		{"1-866-331-9474", "", "1-866-331-9474"},
		{"800.799.SAFE", "", "800.799.7233"},
		{"(800) 799-SAFE", "", "800-799-7233"},
		{"0800 HELPLINE (0800 435 7546)", "GB", "0800 435 7546"},
		{"988", "", "988"},
		{"not a number", "", "not a number"},
	} {
		if got := InDigits(tt.in, tt.country); got != tt.want {
			t.Errorf("InDigits(%q, %q) = %q, want %q", tt.in, tt.country, got, tt.want)
		}
	}
}

// A hint's example is a number of the country as it is written there, which haven reads as one
// of its numbers: not a U.S. number for a UK line.
func TestExample(t *testing.T) {
	for _, tt := range []struct{ country, want string }{
		{"GB", "0800 123 4567"}, {"AU", "1800 123 456"}, {"FR", "0 801 23 45 67"}, {"DE", "0800 1234567890"},
		{"US", ""}, {"", ""}, {"ZZ", ""},
	} {
		if got := Example(tt.country); got != tt.want {
			t.Errorf("Example(%q) = %q, want %q", tt.country, got, tt.want)
		}
	}
	var bad []string
	for c := range meta().regions {
		if ex := Example(c); ex != "" && c != "CX" && c != "CC" { // Christmas and Cocos Islands' is Australia's 1800 123 456
			if _, err := Parse(ex, c); err != nil {
				bad = append(bad, c+": "+err.Error())
			}
		}
	}
	if len(bad) > 0 {
		t.Errorf("examples haven does not read as numbers of their country: %q", bad)
	}
}

// A number written as one run of digits is grouped as its country writes it, with the same
// digits in the same order; any other is left as it is.
func TestGrouped(t *testing.T) {
	for _, tt := range []struct{ in, country, want string }{
		{"8007997233", "US", "800-799-7233"},
		{"18007997233", "US", "1-800-799-7233"},
		{"+18007997233", "GB", "+1-800-799-7233"},
		{" 18667997233 ", "CA", "1-866-799-7233"},
		{"08082000247", "GB", "0808 200 0247"},
		{"02079460958", "GB", "020 7946 0958"},
		{"+448082000247", "US", "+44 808 200 0247"},
		{"0612345678", "FR", "06 12 34 56 78"},
		{"1800737732", "AU", "1800 737 732"},
		{"9876543210", "IN", "98765 43210"},
		// left as written: grouped already, short, a relay number, a vanity number, not a number
		{"1-800-799-7233", "US", "1-800-799-7233"},
		{"0808 2000 247", "GB", "0808 2000 247"},
		{"88788", "US", "88788"},
		{"131114", "AU", "131114"},
		{"1800108082000247", "GB", "1800108082000247"},
		{"1800RESPECT", "AU", "1800RESPECT"},
		{"1234567", "US", "1234567"},
	} {
		got := Grouped(tt.in, tt.country)
		if got != tt.want {
			t.Errorf("Grouped(%q, %s) = %q, want %q", tt.in, tt.country, got, tt.want)
		}
		if Digits(got) != Digits(tt.in) {
			t.Errorf("Grouped(%q, %s) = %q: other digits", tt.in, tt.country, got)
		}
	}
}

// A character that prints nothing inside a number (a soft hyphen or a non-joiner pasted from
// a word processor, a zero-width space) is named in the words a text's are named in
// (diag.Invisible), with what to do, not as an escape its writer cannot read.
func TestInvisibleCharacterNamed(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"(614) 276-\u00ad2273", `"(614) 276-\u00ad2273" has an invisible soft hyphen (U+00AD), which prints nothing: delete it`},
		{"1-888-373\u200c-7888", `"1-888-373\u200c-7888" has an invisible zero-width non-joiner (U+200C), which prints nothing: delete it`},
		{"988\u200b", `"988\u200b" has an invisible zero-width space (U+200B), which prints nothing: delete it`},
		{"1-888-\u2063373-7888", `"1-888-\u2063373-7888" has an invisible separator (U+2063), which prints nothing: delete it`},
	} {
		if _, err := Parse(tt.s, "US"); err == nil || err.Error() != tt.want {
			t.Errorf("%q: got %v\nwant %s", tt.s, err, tt.want)
		}
	}
}
