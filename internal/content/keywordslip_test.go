package content

import "testing"

// A language's keyword one slip from the settings' keyword is refused, unless the language's
// texts use it as a word (a real translation one letter off: HULP, HJELP); a translation that
// is another word (AYUDA) or the same word in other capitals passes.
func TestKeywordSlipPerLanguage(t *testing.T) {
	en := []string{"Get help now", "Text {keyword} to {text}", "keyword: HLEP"}
	for _, tt := range []struct {
		k, set string
		texts  []string
		want   bool
	}{
		{"HLEP", "HELP", en, true},  // two swapped
		{"HEPL", "HELP", en, true},  // two swapped at the end
		{"HELLP", "HELP", en, true}, // one added
		{"HEL", "HELP", en, true},   // one dropped
		{"HALP", "HELP", en, true},  // one changed
		{"AYDUA", "AYUDA", nil, true},
		{"ÁNIMP", "ÁNIMO", nil, true},
		{"HLEP", "HELP", []string{"Text HLEP to 233733"}, true}, // in capitals, as a keyword is written: no word of the language
		// what passes
		{"AYUDA", "HELP", []string{"Envíe {keyword} al {text}"}, false},
		{"help", "HELP", en, false},
		{"HELP", "", en, false},
		{"HULP", "HELP", []string{"Hulp nodig? Bel {call}."}, false},
		{"HJELP", "HELP", []string{"Trenger du hjelp? Ring {call}."}, false},
		{"INFO", "HELP", en, false},
		{"ÁNIMO", "ANIMO", []string{"¡Ánimo! Envíe {keyword}"}, false},
	} {
		msg, _ := keywordSlip(tt.k, tt.set, tt.texts)
		if got := msg != ""; got != tt.want {
			t.Errorf("keyword %s beside %q: got %q, want a problem: %v", tt.k, tt.set, msg, tt.want)
		}
	}
	// in a language folder, where it is set
	want := `content/es/text.yaml:7: keyword: "HLEP" is one slip from hotline.keyword HELP in settings.yaml (a letter changed, dropped or added, or two swapped), and no text of this language uses it as a word: a likely typo, and a text with it would not reach the line (write keyword: HELP, or take keyword: out to send HELP; a word of this language one letter from it (HLEP for HELP) is accepted where its texts use it)`
	if got := loadErr(edits(t, []string{"es/text.yaml", "language: Español\n", "language: Español\nkeyword: HLEP\n"})); got != want {
		t.Errorf("a language's keyword HLEP:\ngot  %s\nwant %s", got, want)
	}
	// a word of the language used in faq.md alone (its title "Feiten en hulp") is used
	hulp := edits(t, []string{"es/text.yaml", "language: Español\n", "language: Español\nkeyword: HULP\n"},
		[]string{"es/faq.md", "# Datos y preguntas", "# Hulp: datos y preguntas"})
	if got := loadErr(hulp); got != "" {
		t.Errorf("keyword HULP with hulp in faq.md's title: %s", got)
	}
}
