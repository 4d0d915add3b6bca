package content

import (
	"testing"

	"haven/internal/phone"
)

// A known line is no other country's emergency number misprinted (Colombia's 155, the
// women's line, is Czechia's emergency number), and one the numbering tables lack (Brazil's
// 188, the suicide line), one slip from the organisation's own, is told as a line of its own,
// to list if meant, before the hint to write the line over it.
func TestKnownLinesTheTablesLack(t *testing.T) {
	checkProblemRows(t, []numberRow{
		{hotlineIn("CO", "106", "123"), "Llama al 155 si eres víctima de violencia.", ""}, // the women's line, not Czechia's emergency number
		{hotlineIn("BR", "180", "190"), "Para apoio emocional, ligue para a nossa linha, 188.",
			`"188" is one slip away from hotline.call 180; a likely typo (188 is a line of its own in BR: if it is the line you mean, list it in settings.yaml under organisation: as other_numbers: ["188"]; as it is one slip from 180, check it digit by digit`},
		{hotlineIn("BR", "190", "192"), "Ligue 999 se você precisa conversar.", `"999" is the emergency number of`},
		// Bangladesh's child helpline, beside its helpline for women and children
		{hotlineIn("BD", "109", "999"), "শিশু সহায়তার জন্য ১০৯৮ নম্বরে ফোন করুন", ""},
	})
}

// A known line of seven digits or more is a number its country's tables know: one written with
// a digit short (Mexico's 800 911 2000 as 800911200) would pass the slip of the hotline's own
// number it is as a line of its own.
func TestKnownLinesAreNumbers(t *testing.T) {
	for country, lines := range knownLines {
		for d := range lines() {
			if len(d) < 7 {
				continue
			}
			if _, err := phone.Parse(d, country); err != nil {
				t.Errorf("knownLines[%s]: %s: %v", country, d, err)
			}
		}
	}
}
