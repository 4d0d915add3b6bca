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

// A number whose digits mix two scripts printed as a misprint while read right: Gurmukhi ੧ is
// a 1 that prints like a 9, so "call 91੧" was linked tel:911 and read as 919. It is refused,
// naming the digit, its script and what it looks like, in a text and in settings.yaml, and so
// is a number whose groups a space parts are each of another script ("1-888 ٣٧٣ 7888"); a
// number wholly in one script's digits, full-width or bold ones among ASCII's, and two numbers
// of two scripts side by side ("٩١١ 24/7") pass.
func TestMixedDigits(t *testing.T) {
	us := hotlineIn("", "1-888-373-7888", "911")
	us.Hotline.Text = loc("hotline.text", "233733")
	checkProblemRows(t, []numberRow{
		{us, "In immediate danger, call 91\u0A67.", `"91੧" mixes the digits of two scripts: the Gurmukhi digit ੧ (U+0A67), a 1 that prints like a 9: it dials 911 and reads as 919 (write the number you mean in the digits of one script, e.g. 911)`},
		{us, "Call 1-888-3\u09ED3-7888.", "the Bengali digit ৭ (U+09ED), a 7 that prints like a 9: it dials 1-888-373-7888 and reads as 1-888-393-7888"},
		{us, "Text HELP to \u0B6833733.", "the Oriya digit ୨ (U+0B68), a 2 that prints like a 9"},
		{us, "Our office: 614-276-22\u09E74.", `"614-276-22১4" mixes the digits of two scripts: the Bengali digit ১ (U+09E7), a 1 (write`},
		{us, "Call \u0669\u0661\u0661 or 911; \u09EF\u09E7\u09E7 / 911; 9\uFF11\uFF11, 1-888-373-78\U0001D7D68; \u06F2\u06F4 \u0662\u0664.", ""},
		// groups a space parts, each of one script, that make one number together
		{us, "Call 1-888 \u0663\u0667\u0663 7888.", `"1-888 ٣٧٣ 7888" mixes the digits of two scripts: the Arabic digit ٣ (U+0663), a 3 (write the number you mean in the digits of one script, e.g. 1-888 373 7888)`},
		{us, "Our office: \u0666\u0661\u0664 276 2274.", `"٦١٤ 276 2274" mixes the digits of two scripts: the Arabic digit ٦ (U+0666), a 6`},
		{us, "اتصل على \u0669\u0661\u0661 24/7. Since 2019 \u0663\u0665\u0660 families called \u0666\u0661\u0664-\u0662\u0667\u0666-\u0662\u0662\u0667\u0664 or 614 276 2274.", ""},
	})
	_, err := Load(edit(t, "settings.yaml", `contact: ""`, `contact: "\u0666\u0661\u0664 276 2274"`), "content", Overrides{})
	if want := `content/settings.yaml:9: organisation.contact: "٦١٤ 276 2274" mixes the digits of two scripts: the Arabic digit ٦ (U+0666), a 6 (write the number you mean in the digits of one script, e.g. 614 276 2274)`; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	_, err = Load(edit(t, "settings.yaml", "call: 1-888-373-7888", "call: 1-888-3\u09ED3-7888"), "content", Overrides{})
	if want := `content/settings.yaml:30: hotline.call: "1-888-3৭3-7888" mixes the digits of two scripts: the Bengali digit ৭ (U+09ED), a 7 that prints like a 9: it dials 1-888-373-7888 and reads as 1-888-393-7888 (write the number you mean in ASCII digits, e.g. call: 1-888-373-7888)`; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// A number wholly in the digits of a script the edition is not written in, one of which prints
// like another ASCII digit, reads as another number: Gurmukhi ੯੧੧ in an English edition
// reads as 999. It is refused; an edition in that script (Punjabi, Bengali, Odia, Malayalam)
// writes its numbers in its digits, and digits that print as their own (Arabic-Indic ٩١١)
// pass.
func TestForeignDigits(t *testing.T) {
	for _, tt := range []struct{ code, text, want string }{
		{"en", "In immediate danger, call \u0A6F\u0A67\u0A67.", `writes the number "੯੧੧" in Gurmukhi digits, which a reader of its letters takes for others: it dials 911 and reads as 999 (write it in ASCII digits: 911)`},
		{"en", "Text HELP to \u0B68\u0B69\u0B69\u0B6D\u0B69\u0B69.", `in Oriya digits, which a reader of its letters takes for others: it dials 233733 and reads as 933733`},
		{"es", "Llame al \u09E7-\u09EE\u09EE\u09EE-\u09E9\u09ED\u09E9-\u09ED\u09EE\u09EE\u09EE.", `it dials 1-888-373-7888 and reads as 1-888-393-9888`},
		{"pa", "ਐਮਰਜੈਂਸੀ ਵਿੱਚ \u0A6F\u0A67\u0A67 ਤੇ ਕਾਲ ਕਰੋ।", ""},
		{"bn", "জরুরি অবস্থায় \u09EF\u09E7\u09E7 নম্বরে কল করুন, ২৪ ঘণ্টা, ৭ দিন।", ""},
		{"or", "ଜରୁରୀ ସ୍ଥିତିରେ \u0B6F\u0B67\u0B67 କୁ କଲ କରନ୍ତୁ, \u0B68\u0B69\u0B69\u0B6D\u0B69\u0B69 କୁ ମେସେଜ କରନ୍ତୁ।", ""},
		{"ml", "അടിയന്തര സാഹചര്യത്തിൽ \u0D6D\u0D6D വിളിക്കുക.", ""},
		{"en", "Call \u0669\u0661\u0661 or 911.", ""},
	} {
		ps := foreignDigits(tt.code, []diag.Located{{File: tt.code + "/faq.md", Line: 3, Field: "answer 1", Text: tt.text}})
		got := ""
		if len(ps) > 0 {
			got = ps[0].Msg + " (" + ps[0].Hint + ")"
		}
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) || len(ps) > 1 {
			t.Errorf("%s %q: got %q, want %q", tt.code, tt.text, got, tt.want)
		}
	}
}
