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
