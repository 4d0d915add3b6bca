package content

import (
	"strings"
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

// A phone number typed in full-width digits is warned of, with its ASCII form; a time or a
// count in them, and a number in ASCII digits, are not.
func TestWideDigits(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"事務所：０３－５５５５－０１４２（平日）", `writes the number "０３－５５５５－０１４２" in full-width digits, which print an em apart, spaced as no phone number is (write it in ASCII digits: 03-5555-0142)`},
		{"受付は９時～１７時、１８９番へ", ""},
		{"事務所：03-5555-0142", ""},
		{"海外から：＋８１ ３－５５５５－０１４２", `(write it in ASCII digits: +81 3-5555-0142)`},
		{"〒１００－０００１ 東京都", ""},
		{"２０２６－１２－０５に開始", ""},
	} {
		ws := wideDigits([]diag.Located{{File: "ja/faq.md", Line: 3, Field: "answer 1", Text: tt.text}})
		got := ""
		if len(ws) > 0 {
			got = ws[0].Msg + " (" + ws[0].Hint + ")"
		}
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) || len(ws) > 1 {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
