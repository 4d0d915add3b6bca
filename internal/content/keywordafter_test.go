package content

import "testing"

// A keyword written after the text number, where the words say to type it ("Text 233733 with
// the word HLEP", "and type HLEP", "Escriba al 233733 la palabra AYUDA"), is checked as one
// before it is: a word that is not the language's keyword is refused, since the number's link
// sends the keyword. The keyword itself, a word the line also takes, an opt-out word, a word in
// capitals the words do not say to type, and one in the next sentence pass.
func TestKeywordAfterTheNumber(t *testing.T) {
	runEdits(t, []editCase{
		{"with the word", [][]string{kwEN("Text {text} with the word HLEP.")}, kwRefused("en/faq.md", "HLEP")},
		{"and type", [][]string{kwEN("Text {text} and type HLEP.")}, kwRefused("en/faq.md", "HLEP")},
		{"after a comma, in quotes", [][]string{kwEN("Text {text}, and type “HLEP”.")}, kwRefused("en/faq.md", "HLEP")},
		{"in Spanish", [][]string{kwES("Escriba al {text} la palabra AYUDA.")}, kwRefused("es/faq.md", "AYUDA")},
		{"in Spanish, with con", [][]string{kwES("Envíe un mensaje al {text} con la palabra AYUDA.")}, kwRefused("es/faq.md", "AYUDA")},
		{"the keyword", [][]string{kwEN("Text {text} and type {keyword}."), kwES("Escriba al {text} la palabra {keyword}.")}, ""},
		{"a word the line also takes", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [INFO]"}, kwEN("Text {text} with the word INFO.")}, ""},
		{"an opt-out word", [][]string{kwEN("To stop messages, text {text} with the word STOP.")}, ""},
		{"capitals not said to type", [][]string{kwEN("Text {text} and DMST advocates answer.")}, ""},
		{"in the next sentence", [][]string{kwEN("Text {text}. Type HLEP in the box on our page.")}, ""},
		{"the word named before the number", [][]string{kwEN("Text {keyword} to {text} and type YES to confirm.")}, ""},
	})
}

// A keyword is read as it prints: a soft hyphen between its letters prints nothing, bold or
// italic over part of it print it in two faces, and full-width letters are typed as ASCII ones,
// so "Text HE­PL to", "Text **HE**PL to" and "Text ＨＥＰＬ to" name HEPL, refused, and the message quotes the text without the marks; the keyword so written
// passes.
func TestKeywordAsPrinted(t *testing.T) {
	para := func(s string) []string { return []string{"en/faq.md", "to {text}.", "to {text}.\n\n" + s} }
	refused := func(sentence string) string {
		return `content/en/faq.md:43: answer 9[2]: "` + sentence + `" tells the reader to text HEPL to 233733, but the text links of this language send HELP`
	}
	runEdits(t, []editCase{
		{"soft hyphen", [][]string{para("Text HE\u00adPL to {text}.")}, refused(`Text HE\u00adPL to 233733. If you’re unsure, you can still make …`)},
		{"bold over part", [][]string{para("Text **HE**PL to {text}.")}, refused("Text HEPL to 233733. If you’re unsure, you can still make a…")},
		{"full-width letters", [][]string{para("Text ＨＥＰＬ to {text}.")}, refused("Text ＨＥＰＬ to 233733. If you’re unsure, you can still make a…")},
		{"the keyword so written", [][]string{para("Text HE\u00adLP to {text}, or text **HE**LP to {text}, or HE*LP* to {text}, or ＨＥＬＰ to {text}.")}, ""},
	})
}

// A keyword written out as the word to send is read in the ways a sentence names it besides
// "Envíe WORD al": with the message ("Envíe un mensaje de texto con la palabra WORD al", "Mande
// un texto con WORD al", "Send a text with the word WORD to"), in it ("Escriba WORD en un
// mensaje al"), and after the number with "con"/"with" where the sentence asks to text it. A
// word the line does not take is refused; words in capitals the sentence does not say to send
// ("Text 233733 ANY TIME", "24/7, NO COST") pass.
func TestKeywordPhrasing(t *testing.T) {
	runEdits(t, []editCase{
		{"con la palabra", [][]string{kwES("Envíe un mensaje de texto con la palabra AYUDA al {text}.")}, kwRefused("es/faq.md", "AYUDA")},
		{"con", [][]string{kwES("Mande un texto con AYUDA al {text}.")}, kwRefused("es/faq.md", "AYUDA")},
		{"en un mensaje", [][]string{kwES("Escriba AYUDA en un mensaje al {text}.")}, kwRefused("es/faq.md", "AYUDA")},
		{"con, after", [][]string{kwES("Mande un texto al {text} con AYUDA.")}, kwRefused("es/faq.md", "AYUDA")},
		{"with the word", [][]string{kwEN("Send a text with the word HLEP to {text}.")}, kwRefused("en/faq.md", "HLEP")},
		{"the keyword", [][]string{kwES("Mande un texto con {keyword} al {text}."), kwEN("Send a text with the word {keyword} to {text}.")}, ""},
		{"capitals not said to send", [][]string{kwEN("Text {text} ANY TIME, 24/7, NO COST."), kwES("Envíe un texto al {text} GRATIS, 24/7.")}, ""},
		{"with, not asked to text", [][]string{kwEN("Contact {text} with ANY questions.")}, ""},
	})
}

// A word to send in quotes is one in any case ("text “hlep” to", "envíe «ayuda» al"), as
// capitals are: one that is not the keyword is refused. Words in lower case without quotes
// that stand where none is sent ("text some questions", "text that to") pass, as the keyword
// itself in lower case does (TestLowerCaseWordToSend).
func TestQuotedWordToSend(t *testing.T) {
	runEdits(t, []editCase{
		{"quoted, lower case", [][]string{kwEN("Or text “hlep” to {text}.")}, kwRefused("en/faq.md", "hlep")},
		{"quoted, another word", [][]string{kwEN("Or text “info” to {text}.")}, kwRefused("en/faq.md", "info")},
		{"in Spanish, lower case", [][]string{kwES("O envíe «ayuda» al {text}.")}, kwRefused("es/faq.md", "ayuda")},
		{"the keyword in lower case", [][]string{kwEN("Or text “help” to {text}, or text help to {text}.")}, ""},
		{"no word to send", [][]string{kwEN("Or text us to {text}, or text now to {text}, or text anytime to {text}. Text {text} with held questions, or text that to {text}.")}, ""},
	})
}

// A word in lower or mixed case in the place of the word to send, before 'to' and the number
// ("Text hlep to 233733", "Text Hello to", "Envía hepl al") or after "the word", is one to send,
// as a texting service matches a keyword in any case: one that is not the keyword or a word
// the line takes is refused as one in capitals is, the number's link sending the keyword. The
// keyword in any case, a listed word in lower case, and the words that stand there without
// being sent (us, it, anytime, questions) pass.
func TestLowerCaseWordToSend(t *testing.T) {
	info := []string{"settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [INFO]"}
	runEdits(t, []editCase{
		{"a slip", [][]string{kwEN("Or text hlep to {text}.")}, kwRefused("en/faq.md", "hlep")},
		{"a slip, capitalised", [][]string{kwEN("Or text Hlep to {text}.")}, kwRefused("en/faq.md", "Hlep")},
		{"another word", [][]string{kwEN("Or text hello to {text}.")}, kwRefused("en/faq.md", "hello")},
		{"in Spanish", [][]string{kwES("O envía hepl al {text}.")}, kwRefused("es/faq.md", "hepl")},
		{"after the word", [][]string{kwEN("Text {text} with the word hlep.")}, kwRefused("en/faq.md", "hlep")},
		{"in a text line", [][]string{{"en/text.yaml", "  text: Text {keyword} to {text}", `  text: "Text hlep to {text}"`}},
			`content/en/text.yaml:17: help.text: "Text hlep to 233733" tells the reader to text hlep to 233733, but the text links of this language send HELP`},
		{"the line's keyword set in lower case", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: help"}, kwEN("Or text hlep to {text}.")},
			`content/en/faq.md:41: answer 9[1]: "If you believe a child is in immediate danger, call 911 rig…" tells the reader to text hlep to 233733, but the text links of this language send help`},
		// what passes
		{"the keyword in any case", [][]string{kwEN("Or text help to {text}, or text Help to {text}."), kwES("O envía help al {text}.")}, ""},
		{"a word the line takes", [][]string{info, kwEN("Or text info to {text}, or text {text} with the word info.")}, ""},
		{"no word to send", [][]string{kwEN("Text us to talk. Text us at {text}, text anytime at {text}, send questions to {text}, or send it to {text}."),
			kwES("Envía un mensaje al {text}, o escribe ya al {text}.")}, ""},
		{"no 'to'", [][]string{kwEN("Text or WhatsApp {text}.")}, ""},
	})
}

// kwEN and kwES are edits of the last answer of en/faq.md and es/faq.md: s after its sentence that
// names the text number.
func kwEN(s string) []string { return []string{"en/faq.md", "to {text}.", "to {text}. " + s} }
func kwES(s string) []string { return []string{"es/faq.md", "al {text}.", "al {text}. " + s} }

// kwRefused is the error for a text in file that tells the reader to text word, not the keyword.
func kwRefused(file, word string) string {
	return "content/" + file + `:41: answer 9[1]: "` + map[string]string{"en/faq.md": "If you believe a child is in immediate danger, call 911 rig…", "es/faq.md": "Si cree que un niño está en peligro inmediato, llame al 911…"}[file] +
		`" tells the reader to text ` + word + ` to 233733, but the text links of this language send HELP (hotline.keyword in settings.yaml) (write {keyword} in place of ` + word +
		"; if " + word + " is this language's word, write keyword: " + word + " at the top of content/" + file[:2] + "/text.yaml; if the line takes " + word + " too, list it in settings.yaml under hotline: as other_keywords: [" + word + "])"
}
