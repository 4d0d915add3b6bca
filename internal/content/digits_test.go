package content

import (
	"testing"

	"haven/internal/diag"
)

// An edition's digits are the ones other than ASCII's its texts write two numbers or more in
// (Persian ۲۴, Arabic-Indic ٢٤); a phone number, in ASCII digits or another script's, or a
// stray digit, leaves them ASCII's; its numbers are written in them.
func TestEditionDigits(t *testing.T) {
	for _, tt := range []struct {
		texts []string
		zero  rune
		n     string // 12 in those digits
	}{
		{[]string{"خط ما ۲۴ ساعت در ۷ روز هفته", "Call 1-888-373-7888"}, '۰', "۱۲"},
		{[]string{"متاح ٢٤ ساعة، ٧ أيام"}, '٠', "١٢"},
		{[]string{"Call 1-888-373-7888, 24/7"}, '0', "12"},
		{[]string{"نحن هنا ٧ أيام", "Call 1-888-373-7888"}, '0', "12"}, // one digit: no edition's habit
		// a phone number in another script's digits is none of the edition's numbers
		{[]string{"ہمارا دفتر ٧١٨-٢٠٤-٦٦٣١ پر", "18 سال سے کم", "24 گھنٹے"}, '0', "12"},
		{[]string{"دفتر ۰۲۱ ۸۸۷۷ ۶۶۵۵", "۲۴ ساعت", "۷ روز"}, '۰', "۱۲"},
		{[]string{"پاسخگویی ۲۴/۷"}, '۰', "۱۲"}, // two numbers
	} {
		var located []diag.Located
		for _, s := range tt.texts {
			located = append(located, diag.Located{Text: s})
		}
		l := Language{zero: editionDigits(located)}
		if l.Digits() != tt.zero || l.Number(12) != tt.n {
			t.Errorf("%q: digits from %q, 12 as %q; want %q, %q", tt.texts, l.Digits(), l.Number(12), tt.zero, tt.n)
		}
	}
}
