package content

import (
	"cmp"
	"strings"
	"testing"

	"haven/internal/diag"
	"haven/internal/phone"
)

// "Contact us" with no contact printed is warned of, unless the paragraph gives its own number
// or address (a link printed after its words on paper); a year is no number to call.
func TestContactUs(t *testing.T) {
	for _, tt := range []struct {
		texts []string // one paragraph's texts, as the page and the paper print them
		warn  bool
		file  string // en/faq.md when ""
	}{
		{[]string{"If you have questions, contact us."}, true, ""},
		{[]string{"In 2024, call us."}, true, ""},
		{[]string{"call us", "call us (1-216-555-0100)"}, false, ""},
		{[]string{"write to us at help@samples.org"}, false, ""},
		{[]string{"our list", "contact us: our list (https://samples.org/list)"}, false, ""},
		{[]string{"Call the hotline today."}, false, ""},
		// a line of the hotline box asks to text or call the hotline, whose number it stands by
		{[]string{"¿Necesitas hablar? Escríbenos."}, false, "es/text.yaml"},
		{[]string{"Contact us to book a free training for your school."}, true, "en/text.yaml"},
	} {
		var l Language
		for _, s := range tt.texts {
			l.Texts = append(l.Texts, diag.Located{File: cmp.Or(tt.file, "en/faq.md"), Line: 9, Field: "answer 1", Text: s})
		}
		l.Texts = append(l.Texts, diag.Located{File: "en/faq.md", Line: 3, Field: "introduction", Text: "2 000 calls in 2023"})
		if got := len(contactUs(l, Organisation{})) > 0; got != tt.warn {
			t.Errorf("%q: warned %v, want %v", tt.texts, got, tt.warn)
		}
	}
}

// A text line's label that begins with "or", in the edition's language, is warned of for a
// line that takes only texts: nothing stands before it to be the other of. A word that only
// begins with the same letters, a line that takes calls, and a line without texts are not.
func TestOrFirstForATextOnlyLine(t *testing.T) {
	textOnly := Hotline{Text: diag.Located{Text: "741741"}}
	both := Hotline{Call: diag.Located{Text: "988"}, Text: diag.Located{Text: "741741"}}
	for _, tt := range []struct {
		lang, label string
		h           Hotline
		want        string // the hint, or "" for no warning
	}{
		{"en", "Or send a text message", textOnly, `write it without "Or", e.g. "Send a text message"`},
		{"en", "or, text us", textOnly, `write it without "or", e.g. "Text us"`},
		{"en", "Or send a text message", both, ""},
		{"en", "Order a text", textOnly, ""},
		{"en", "Send a text message", textOnly, ""},
		{"es", "O por mensaje de texto", textOnly, `write it without "O", e.g. "Por mensaje de texto"`},
		{"es-MX", "U envíe un texto", textOnly, `write it without "U", e.g. "Envíe un texto"`},
		{"es", "Otro mensaje", textOnly, ""},
		{"vi", "Hoặc nhắn tin", textOnly, `write it without "Hoặc", e.g. "Nhắn tin"`},
		{"zh", "或发短信", textOnly, `write it without "或", e.g. "发短信"`},
		{"ht", "Oswa voye yon tèks", textOnly, `write it without "Oswa", e.g. "Voye yon tèks"`},
		{"pt", "O texto", textOnly, ""}, // Portuguese "o" is "the"
		{"en", "", textOnly, ""},
		{"en", "Or send a text message", Hotline{Call: diag.Located{Text: "988"}}, ""},
	} {
		var l Language
		l.Code = tt.lang
		l.Text.Help.TextLabel = diag.Located{File: "en/text.yaml", Line: 16, Field: "help.text_label", Text: tt.label}
		ps := orFirst(l, tt.h)
		if tt.want == "" && len(ps) > 0 || tt.want != "" && (len(ps) != 1 || ps[0].Hint != tt.want || ps[0].Line != 16 || ps[0].Field != "help.text_label") {
			t.Errorf("%s %q: %v, want %q", tt.lang, tt.label, ps, tt.want)
		}
	}
}

// A number to call in letters, without its digits, is warned of where an edition is in
// another language than English, and the form the hint gives is one haven reads as the same
// number; digits, digits in brackets after the letters, and English editions alone are not.
func TestLettersAbroad(t *testing.T) {
	langs := func(codes ...string) []Language {
		var ls []Language
		for _, c := range codes {
			ls = append(ls, Language{Code: c})
		}
		return ls
	}
	for _, tt := range []struct {
		call, country string
		langs         []Language
		want          string // the form the hint gives, or "" for no warning
	}{
		{"1-800-799-SAFE", "US", langs("en", "vi"), "1-800-799-SAFE (7233)"},
		{"1-800-799-SAFE", "US", langs("es-MX"), "1-800-799-SAFE (7233)"},
		{"1800RESPECT", "AU", langs("en", "zh"), "1800RESPECT (737732)"},
		{"0800 HELPLINE", "NZ", langs("mi"), "0800 HELPLINE (435754)"},
		{"1-800-799-SAFE", "US", langs("en", "en-GB"), ""},
		{"1-800-799-SAFE (7233)", "US", langs("en", "vi"), ""},
		{"1-800-799-7233", "US", langs("vi"), ""},
		{"", "US", langs("vi"), ""},
	} {
		s := Settings{Country: tt.country}
		s.Hotline.Call = diag.Located{File: "settings.yaml", Line: 30, Field: "hotline.call", Text: tt.call}
		ps := lettersAbroad(s, tt.langs)
		if tt.want == "" {
			if len(ps) > 0 {
				t.Errorf("%s: warned %v", tt.call, ps)
			}
			continue
		}
		if len(ps) != 1 || !strings.Contains(ps[0].Hint, "call: "+tt.want+",") || ps[0].Line != 30 {
			t.Errorf("%s: %v, want a hint with %q", tt.call, ps, tt.want)
			continue
		}
		was, err1 := phone.Parse(tt.call, tt.country)
		now, err2 := phone.Parse(tt.want, tt.country)
		if err1 != nil || err2 != nil || was.Dial != now.Dial {
			t.Errorf("%s dials %s (%v); the hint's %s dials %s (%v)", tt.call, was.Dial, err1, tt.want, now.Dial, err2)
		}
	}
}
