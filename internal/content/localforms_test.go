package content

import "testing"

// A number written with a carrier's code after its trunk prefix, as Brazil and Colombia dial
// to choose a network ("0 21 11 3256-4871", "0xx11 3256-4871", the xx for the code the caller
// picks), is the number after the code: the organisation's passes, and a slip of it is refused
// as one. Other numbers with a trunk prefix, and the xx of other words, are read as before.
func TestCarrierCodeForms(t *testing.T) {
	br, co := hotlineIn("BR", "+55 11 3256-4871", "190"), hotlineIn("CO", "+57 601 234 5678", "123")
	const slip = `is one slip away from hotline.call +55 11 3256-4871; a likely typo (write {call} to print +55 11 3256-4871 from settings.yaml`
	checkProblemRows(t, []numberRow{
		{br, "Ligue 0xx11 3256-4781 a qualquer hora.", `"0xx11 3256-4781" ` + slip + ")"},
		{br, "Ligue (0XX11) 3256-4781.", `"(0XX11) 3256-4781" ` + slip},
		{br, "Ligue 0xx 11 3256-4781.", `"0xx 11 3256-4781" ` + slip},
		{br, "Ligue 0 21 11 3256-4781 a qualquer hora.", `"0 21 11 3256-4781" ` + slip},
		{br, "Ligue 021 11 3256-4781 a qualquer hora.", `"021 11 3256-4781" ` + slip},
		{co, "Llame al 05 601 234 5687.", `"05 601 234 5687" is one slip away from hotline.call +57 601 234 5678`},
		// the number itself, with any carrier, and other numbers
		{br, "Ligue 0xx11 3256-4871, 0 21 11 3256-4871, 015 (11) 3256-4871 ou (11) 3256-4871.", ""},
		{br, "Ou 0xx21 2555-1234, 0 21 21 2555-1234 e 0800 123 4567.", ""},
		{co, "Llame al 05 601 234 5678 o al 03 604 444 1234.", ""},
		{br, "Em 2023 foram 0xx casos; o modelo 0XX1 custa R$ 3.256,47.", ""},
	})
	// the xx is a carrier's only where the country's trunk prefix takes one
	if got := carrierChoice("Call 0xx11 3256-4781", "GB"); got != "Call 0xx11 3256-4781" {
		t.Errorf("GB: %q", got)
	}
}

// A number written without its area code, as callers inside the area dial it, is a slip of the
// organisation's number where it is one slip from the number's part after the area code
// (Mexico City's 5658 1112, Delhi's 2345 6789, Berlin's 615 42 43); the part itself passes,
// and so do counts, dates, prices, years and other numbers written whole.
func TestLocalFormSlips(t *testing.T) {
	mx, in := hotlineIn("MX", "+52 55 5658 1112", "911"), hotlineIn("IN", "+91 11 2345 6789", "112")
	de := hotlineIn("DE", "+49 30 6154243", "112")
	mxFax := hotlineIn("MX", "+52 55 5658 1112", "911", "+52 55 5658 1113")
	checkProblemRows(t, []numberRow{
		{mx, "Llámanos al 5658 1121 a cualquier hora.", `"5658 1121" is one slip away from hotline.call +52 55 5658 1112, written without its area code; a likely typo (write {call} to print +52 55 5658 1112 from settings.yaml; if 5658 1121 is another of your own numbers, list it whole, with its area code, in settings.yaml under organisation: as other_numbers: ["5556581121"])`},
		{mx, "Llámanos al 5658-1113.", `"5658-1113" is one slip away from hotline.call +52 55 5658 1112, written without its area code`},
		{in, "Call 2345 6798 from a Delhi landline.", `"2345 6798" is one slip away from hotline.call +91 11 2345 6789, written without its area code`},
		{de, "Rufen Sie 615 42 34 an.", `"615 42 34" is one slip away from hotline.call +49 30 6154243, written without its area code; a likely typo (write {call} to print +49 30 6154243 from settings.yaml; if 615 42 34 is another of your own numbers, list it whole, with its area code, in settings.yaml under organisation: as other_numbers: ["0306154234"])`},
		// the number as its area dials it, another of the organisation's so, and what is no number
		{mx, "Llámanos al 5658 1112 o al 55 5658 1112.", ""},
		{mxFax, "Fax: 5658 1113.", ""},
		{mx, "Atendimos 5658 1121 llamadas en 2023; costó $5,658,112 o 5.658.111 pesos.", ""},
		{mx, "Llama al 33 3658 1112 o al 800 715 1112.", ""},
		{in, "Call 2345 6789, or 011 2345 6789 from a mobile. Over 2345 6798 people called.", ""},
		{de, "Rufen Sie 615 42 43 oder 030 615 42 43 an, am 12.03.2025.", ""},
	})
}

// A German or Austrian number written with a slash between its area code and the subscriber's
// number ("030 / 615 42 43") is one number with its trunk prefix: another than the
// organisation's passes, and a slip of the organisation's is refused as a slip, not as a
// number without its trunk prefix (which told to write 0615 42 43, another place's).
func TestAreaCodeBeforeASlash(t *testing.T) {
	de, at := hotlineIn("DE", "+49 30 6154243", "112"), hotlineIn("AT", "+43 1 7189 222", "112")
	checkProblemRows(t, []numberRow{
		{de, "Rufen Sie 030 / 615 42 34 an.", `"030 / 615 42 34" is one slip away from hotline.call +49 30 6154243; a likely typo`},
		{de, "Rufen Sie 030/615 42 34 an.", `"030/615 42 34" is one slip away from hotline.call +49 30 6154243; a likely typo`},
		{at, "Rufen Sie 01 / 7189 229 an.", `"01 / 7189 229" is one slip away from hotline.call +43 1 7189 222; a likely typo`},
		{de, "Rufen Sie 030 / 615 42 43, 030/615 42 43 oder 089 / 233 96 000 an.", ""},
	})
}

// A number written without the trunk prefix its country dials first that is one slip from the
// organisation's is refused as a slip, saying both: the prefix alone, as the message for any
// other such number says, would print the slip. In India, whose trunk 0 the tables leave
// optional, the number without it is the number, and a slip of it a slip.
func TestTrunkLeftOutOfASlip(t *testing.T) {
	de, za := hotlineIn("DE", "+49 30 6154243", "112"), hotlineIn("ZA", "+27 11 234 5678", "10111")
	in := hotlineIn("IN", "+91 11 2345 6789", "112")
	checkProblemRows(t, []numberRow{
		{de, "Rufen Sie 30 615 42 34 an.", `"30 615 42 34" is one slip away from hotline.call +49 30 6154243; a likely typo, and it leaves out the trunk prefix 0, without which it reaches no one as printed (write {call} to print +49 30 6154243 from settings.yaml, or the right number with the trunk prefix 0 first)`},
		{za, "Call 11 234 5687 any time.", `"11 234 5687" is one slip away from hotline.call +27 11 234 5678; a likely typo, and it leaves out the trunk prefix 0`},
		{in, "Call 11 2345 6798 any time.", `"11 2345 6798" is one slip away from hotline.call +91 11 2345 6789; a likely typo`},
		{in, "Call 011 2345 6798 any time.", `"011 2345 6798" is one slip away from hotline.call +91 11 2345 6789; a likely typo`},
		// the number itself without the prefix, and another number, are told to write it
		{za, "Call 11 234 5678 any time.", `"11 234 5678" leaves out the trunk prefix 0: in ZA it is dialled 011 234 5678`},
		{za, "Call 21 480 7700 any time.", `"21 480 7700" leaves out the trunk prefix 0: in ZA it is dialled 021 480 7700`},
		{in, "Call 11 2345 6789 or 011 2345 6789 any time.", ""},
	})
}
