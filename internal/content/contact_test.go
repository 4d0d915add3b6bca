package content

import (
	"cmp"
	"testing"

	"haven/internal/diag"
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
