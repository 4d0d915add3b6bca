package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

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
		msg, _ := keywordSlip(tt.k, tt.set, tt.texts, false)
		if got := msg != ""; got != tt.want {
			t.Errorf("keyword %s beside %q: got %q, want a problem: %v", tt.k, tt.set, msg, tt.want)
		}
	}
	// in the first edition's language, hotline.keyword's own, a word one letter off is a typo
	// however its texts use it; a translation is another language's
	for _, tt := range []struct {
		code, k, faq, want string
	}{
		{"en", "HELPS", "It helps to talk.", `content/en/text.yaml:7: keyword: "HELPS" is one slip from hotline.keyword HELP in settings.yaml (a letter changed, dropped or added, or two swapped), in the language of the first edition, which hotline.keyword is written for: a likely typo, and a text with it would not reach the line (write keyword: HELP, or take keyword: out to send HELP; if HELPS is this language's word and HELP another's, set hotline.keyword: HELPS and write keyword: HELP in the other language's text.yaml)`},
		{"es", "HELPS", "Eso helps.", ""},
	} {
		text := map[string]string{"en": "language: English\n", "es": "language: Español\n"}[tt.code]
		got := loadErr(edits(t, []string{tt.code + "/text.yaml", text, text + "keyword: " + tt.k + "\n"},
			[]string{tt.code + "/faq.md", "## ", tt.faq + "\n\n## "}))
		if got != tt.want {
			t.Errorf("%s keyword %s:\ngot  %s\nwant %s", tt.code, tt.k, got, tt.want)
		}
	}
	// in a language folder, where it is set
	want := `content/es/text.yaml:7: keyword: "HLEP" is one slip from hotline.keyword HELP in settings.yaml (a letter changed, dropped or added, or two swapped), and no text of this language uses it as a word: a likely typo, and a text with it would not reach the line (write keyword: HELP, or take keyword: out to send HELP; a word of this language one letter from it (HLEP for HELP) is accepted where its texts use it)`
	if got := loadErr(edits(t, []string{"es/text.yaml", "language: Español\n", "language: Español\nkeyword: HLEP\n"})); got != want {
		t.Errorf("a language's keyword HLEP:\ngot  %s\nwant %s", got, want)
	}
	// a keyword of two scripts is said so, once: HЕLP's Cyrillic Е is not taken for a slip of HELP;
	// one in full-width letters (ＡＹＵＤＡ) is no word a phone types, and its texts are not
	// refused for naming AYUDA
	for k, want := range map[string]string{
		"HЕLP":   `content/es/text.yaml:7: keyword: "HЕLP" mixes alphabets: 'Е' (U+0415) is a Cyrillic letter among Latin ones. It prints as the word it looks like, but a text with it is another word to the line's texting service, which would not answer it (type it again in Latin letters alone: HELP)`,
		"АYUDA":  `content/es/text.yaml:7: keyword: "АYUDA" mixes alphabets: 'А' (U+0410) is a Cyrillic letter among Latin ones. It prints as the word it looks like, but a text with it is another word to the line's texting service, which would not answer it (type it again in Latin letters alone: AYUDA)`,
		"ΑYUDA":  `content/es/text.yaml:7: keyword: "ΑYUDA" mixes alphabets: 'Α' (U+0391) is a Greek letter among Latin ones. It prints as the word it looks like, but a text with it is another word to the line's texting service, which would not answer it (type it again in Latin letters alone: AYUDA)`,
		"ＡＹＵＤＡ":  `content/es/text.yaml:7: keyword: "ＡＹＵＤＡ" is in full-width letters, which a phone's keys do not type: readers would text the word in ordinary letters, and every text link would send another word (write it in ordinary letters: AYUDA)`,
		"AYUDA":  "",
		"ÁNIMO":  "",
		"ПОМОЩЬ": "",
		"助けて":    "",
	} {
		if got := loadErr(edits(t, []string{"es/text.yaml", "language: Español\n", "language: Español\nkeyword: " + k + "\n"})); got != want {
			t.Errorf("a language's keyword %s:\ngot  %s\nwant %s", k, got, want)
		}
	}
	// a word of the language used in faq.md alone (its title "Feiten en hulp") is used
	hulp := edits(t, []string{"es/text.yaml", "language: Español\n", "language: Español\nkeyword: HULP\n"},
		[]string{"es/faq.md", "# Datos y preguntas", "# Hulp: datos y preguntas"})
	if got := loadErr(hulp); got != "" {
		t.Errorf("keyword HULP with hulp in faq.md's title: %s", got)
	}
}

// A word written as a keyword (in capitals or quotes) a few words from the number to text, one
// slip from a keyword the content configures and none of them, is refused in any language's
// words, not only those of English and Spanish the phrasing of a keyword is read in: the
// reader would text a word the line does not answer, and the sms: link would carry none. A
// keyword written right, another edition's keyword, acronyms and other words in capitals, a
// short keyword's look-alikes (HIV beside HI) and a slip in another sentence pass.
func TestKeywordSlipBesideTheTextNumber(t *testing.T) {
	const faq, text = "es/faq.md", "es/text.yaml"
	keyword := func(k string) []string {
		return []string{text, "language: Español\n", "language: Español\nkeyword: " + k + "\n"}
	}
	answer := func(s string) []string { return []string{faq, "al {text}.", "al {text}. " + s} }
	refused := func(sentence, word, k string) string {
		return `content/es/faq.md:41: answer 9[1]: "` + sentence + `" names ` + word + ` beside the number to text, one slip from the keyword ` + k
	}
	runEdits(t, []editCase{
		{"French", [][]string{keyword("PARLER"), answer("Sinon, texte PALRER au {text}.")},
			`content/es/faq.md:41: answer 9[1]: "Sinon, texte PALRER au 233733." names PALRER beside the number to text, one slip from the keyword PARLER (keyword in content/es/text.yaml; a letter changed, dropped or added, or two swapped): a likely typo, and a text with PALRER would not reach the line (write {keyword} in place of PALRER; if PALRER is no word to text, write it without capitals or quotes)`},
		{"French, textez", [][]string{keyword("PARLER"), answer("Textez PALRER au {text}.")}, refused("Textez PALRER au 233733.", "PALRER", "PARLER")},
		{"French, par texto", [][]string{keyword("PARLER"), answer("Envoie PALRER par texto au {text}.")}, refused("Envoie PALRER par texto au 233733.", "PALRER", "PARLER")},
		{"French guillemets, no-break spaces", [][]string{keyword("PARLER"), answer("Envoyez «\u00a0palrer\u00a0» par SMS au {text}.")}, refused("Envoyez «\u00a0palrer\u00a0» par SMS au 233733.", "palrer", "PARLER")},
		{"in a text line", [][]string{keyword("PARLER"), {text, "  text: Envíe {keyword} al {text}", "  text: Textez PALRER au {text}"}},
			`content/es/text.yaml:18: help.text: "Textez PALRER au 233733" names PALRER beside the number to text, one slip from the keyword PARLER`},
		{"Portuguese", [][]string{keyword("AYUDA"), answer("Envie AJUDA para {text}.")}, refused("Envie AJUDA para 233733.", "AJUDA", "AYUDA")},
		{"German", [][]string{keyword("HILFE"), answer("Sende HILEF per SMS an die Nummer {text}.")}, refused("Sende HILEF per SMS an die Nummer 233733.", "HILEF", "HILFE")},
		{"Vietnamese", [][]string{keyword("GIÚP"), answer("Nhắn GIÚPP đến số {text}.")}, refused("Nhắn GIÚPP đến số 233733.", "GIÚPP", "GIÚP")},
		{"after the number", [][]string{keyword("PARLER"), answer("Écrivez au {text} le mot PARLR.")}, refused("Écrivez au 233733 le mot PARLR.", "PARLR", "PARLER")},
		{"Arabic, a script without capitals", [][]string{keyword("SAFE"), answer("أرسل كلمة SAFF إلى الرقم {text}.")}, refused("أرسل كلمة SAFF إلى الرقم 233733.", "SAFF", "SAFE")},
		{"the settings' keyword", [][]string{answer("Textez HLEP au {text}.")}, refused("Textez HLEP au 233733.", "HLEP", "HELP (hotline.keyword in content/settings.yaml")},
		{"a word the line also takes", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [INFO]"}, answer("Envoyez INFOS au {text}.")},
			refused("Envoyez INFOS au 233733.", "INFOS", "INFO (hotline.other_keywords[1] in content/settings.yaml; a letter changed, dropped or added, or two swapped): a likely typo, and a text with INFOS would not reach the line (write INFO in place of INFOS;")},
		// what passes
		{"the keyword", [][]string{keyword("PARLER"), answer("Textez PARLER au {text}. Envoie « parler » par texto au {text}.")}, ""},
		{"acronyms and words in capitals", [][]string{keyword("GRATUIT"), answer("Envoyez un SMS au {text} (TTY, GRATIS, 24/7, USA).")}, ""},
		{"a keyword named beside the slip", [][]string{keyword("PARLER"), answer("Textez PARLER au {text} (ligne PARLOR).")}, ""},
		{"a slip in another sentence", [][]string{keyword("PARLER"), answer("Textez {keyword} au {text}. PALRER est un autre mot.")}, ""},
		{"a sentence all in capitals", [][]string{keyword("PARLER"), answer("TEXTEZ PALRER AU {text}.")}, ""},
		{"a short keyword's look-alike", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: HI"}, answer("For HIV testing, text {text}.")}, ""},
		{"lower case", [][]string{keyword("PARLER"), answer("Textez pour parlr au {text}.")}, ""},
		{"a word said loud at a sentence's start", [][]string{keyword("SAFE"), answer("SAVE our number in your phone: {text}.")}, ""},
	})
}

// Another edition's keyword one slip from this one's (Portuguese AJUDA beside Spanish AYUDA)
// is a word the line takes: named in this edition, it passes, in a run for every language and
// in one for this language alone (--lang es), which must not refuse what the other passes.
func TestKeywordOfAnotherEdition(t *testing.T) {
	m := edits(t, []string{"es/text.yaml", "language: Español\n", "language: Español\nkeyword: AYUDA\n"},
		[]string{"es/faq.md", "al {text}.", "al {text}. En portugués: envie AJUDA para {text}."}).(fstest.MapFS)
	pt := string(m["es/text.yaml"].Data)
	pt = strings.Replace(strings.Replace(pt, "language: Español", "language: Português", 1), "keyword: AYUDA", "keyword: AJUDA", 1)
	m["pt/text.yaml"], m["pt/faq.md"] = &fstest.MapFile{Data: []byte(pt)}, m["es/faq.md"]
	for _, langs := range [][]string{nil, {"es"}} {
		if _, err := Load(m, "content", Overrides{Langs: langs}); err != nil {
			t.Errorf("languages %v: %v", langs, err)
		}
	}
	delete(m, "pt/text.yaml") // no edition takes AJUDA
	delete(m, "pt/faq.md")
	if got := loadErr(m); !strings.Contains(got, `"En portugués: envie AJUDA para 233733." names AJUDA beside the number to text, one slip from the keyword AYUDA`) {
		t.Errorf("without a Portuguese edition: %s", got)
	}
}

// A word right after a verb of texting that is one slip from a keyword is refused where no
// number to text follows it ("Text hepl if you prefer"), as it is before one ("Text hepl to
// 233733"): in capitals or quotes wherever the verb stands, in lower case where the verb begins
// its clause. The keyword in any case, words that stand there unsent, a verb in the middle of
// a clause before a word in lower case, opt-out words and a sentence all in capitals pass.
func TestKeywordSlipAfterTheVerb(t *testing.T) {
	refused := func(file, sentence, word string) string {
		return "content/" + file + `:41: answer 9[1]: "` + sentence + `" tells the reader to text ` + word + `, one slip from the keyword HELP (hotline.keyword in content/settings.yaml; a letter changed, dropped or added, or two swapped): a likely typo, and a text with ` + word + ` would not reach the line (write {keyword} in place of ` + word + `)`
	}
	runEdits(t, []editCase{
		{"lower case", [][]string{kwEN("Text hepl if you prefer.")}, refused("en/faq.md", "Text hepl if you prefer.", "hepl")},
		{"capitals", [][]string{kwEN("Text HLEP anytime.")}, refused("en/faq.md", "Text HLEP anytime.", "HLEP")},
		{"after or, in quotes", [][]string{kwEN("Call us, or text “hlep” whenever you like.")}, refused("en/faq.md", "Call us, or text “hlep” whenever you like.", "hlep")},
		{"capitals mid-clause", [][]string{kwEN("If you cannot talk, you can text HLEP.")}, refused("en/faq.md", "If you cannot talk, you can text HLEP.", "HLEP")},
		{"Spanish", [][]string{kwES("Envía HLEP cuando quieras.")}, refused("es/faq.md", "Envía HLEP cuando quieras.", "HLEP")},
		// what passes
		{"words that are not sent", [][]string{kwEN("Text us if you prefer. Text messages help. Text anytime.")}, ""},
		{"the keyword", [][]string{kwEN("Text help if you prefer. Text HELP anytime."), kwES("Envía {keyword} cuando quieras.")}, ""},
		{"lower case mid-clause", [][]string{kwEN("Teens often text yelp reviews to friends.")}, ""},
		{"an opt-out word", [][]string{kwEN("Text STOP anytime to end the messages.")}, ""},
		{"all in capitals", [][]string{kwEN("TEXT HLEP NOW.")}, ""},
	})
}

// A word in capitals or quotes right after words that name it the keyword ("Our text keyword
// is HLEP", "Keyword: HLEP", "with the word HLEP", "la palabra HLEP") that is one slip from a
// keyword is refused wherever the number to text stands, in another sentence or none. The
// keyword itself, another word that is none of its slips, "the word" before a word in lower
// case, and a sentence all in capitals pass.
func TestKeywordSlipAfterItsName(t *testing.T) {
	refused := func(file, sentence, word string) string {
		return "content/" + file + `:41: answer 9[1]: "` + sentence + `" names ` + word + ` the word to text, one slip from the keyword HELP (hotline.keyword in content/settings.yaml; a letter changed, dropped or added, or two swapped): a likely typo, and a text with ` + word + ` would not reach the line (write {keyword} in place of ` + word + `)`
	}
	runEdits(t, []editCase{
		{"keyword is", [][]string{kwEN("Our text keyword is HLEP.")}, refused("en/faq.md", "Our text keyword is HLEP.", "HLEP")},
		{"keyword and a colon", [][]string{kwEN("Keyword: HELPP. Number: 233733.")}, refused("en/faq.md", "Keyword: HELPP.", "HELPP")},
		{"the word", [][]string{kwEN("Or send a text message with the word HEPL.")}, refused("en/faq.md", "Or send a text message with the word HEPL.", "HEPL")},
		{"code word, quoted", [][]string{kwEN("Our code word is “hlep”.")}, refused("en/faq.md", "Our code word is “hlep”.", "hlep")},
		{"la palabra", [][]string{kwES("Use la palabra HLEP en su mensaje.")}, refused("es/faq.md", "Use la palabra HLEP en su mensaje.", "HLEP")},
		// what passes
		{"the keyword", [][]string{kwEN("Our text keyword is HELP. Keyword: {keyword}.")}, ""},
		{"another word", [][]string{kwEN("The word HOPE matters. Our keyword is CALM.")}, ""},
		{"lower case after the word", [][]string{kwEN("In a word, help is near; the word hello is kind.")}, ""},
		{"all in capitals", [][]string{kwEN("KEYWORD: HLEP.")}, ""},
	})
}
