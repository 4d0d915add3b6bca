package layout

import (
	"testing"

	"haven/internal/content"
	"haven/internal/diag"
)

// An edition's lines are set further apart where its letters reach far above or below the
// line: an Indic title's, or Arabic vowel signs in any of its texts (one shadda in the hotline
// box), but not tanween on an alef, which prints as their ligature, nor on a lam-alef; a poster's line under its
// code takes its own text's, and Arabic script's depth besides.
func TestTall(t *testing.T) {
	for _, tt := range []struct {
		title string
		texts []string
		tall  float64
	}{
		{"Facts and questions", []string{"Call {phone}"}, 0},
		{"नाबालिगों की तस्करी", nil, 0.25},
		{"حقائق وأسئلة", []string{"اتصل بالرقم"}, 0},
		{"حقائق وأسئلة", []string{"اتصل بالرقم", "اتَّصل بـ 911"}, vowelled},
		{"حقائق", []string{"فوراً"}, 0},
		{"پرسش\u200cها", []string{"مشاوره کاملاً رایگان است", "معمولاً"}, 0}, // on lam-alef: no higher than أ's hamza
		{"پرسش\u200cها", []string{"کاملاً", "مدرَّب"}, vowelled},
		{"حقائق", []string{"شكرًا"}, vowelled},                                // tanween on the reh, before the alef
		{"Facts and questions", []string{"Haven House (بَيْتُ الأَمَان)"}, 0}, // a vowelled name in an English edition
	} {
		l := &content.Language{}
		l.FAQ.Title.Text = tt.title
		for _, s := range tt.texts {
			l.Texts = append(l.Texts, diag.Located{Text: s})
		}
		if got := tall(l); got != tt.tall {
			t.Errorf("%q %q: tall %v, want %v", tt.title, tt.texts, got, tt.tall)
		}
	}
	for s, want := range map[string]float64{"Scan for more": 0, "د مرستې لپاره سکن کړئ": 0.15, "امسَحْ الرمز": 0.15 + vowelled, "सहायता के लिए स्कैन करें": 0.25, "סרקו לעוד": 0} {
		if got := reach(s); got != want {
			t.Errorf("reach(%q) = %v, want %v", s, got, want)
		}
	}
}
