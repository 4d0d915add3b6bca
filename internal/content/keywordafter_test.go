package content

import "testing"

// A keyword written after the text number, where the words say to type it ("Text 233733 with
// the word HLEP", "and type HLEP", "Escriba al 233733 la palabra AYUDA"), is checked as one
// before it is: a word that is not the language's keyword is refused, since the number's link
// sends the keyword. The keyword itself, a word the line also takes, an opt-out word, a word in
// capitals the words do not say to type, and one in the next sentence pass.
func TestKeywordAfterTheNumber(t *testing.T) {
	en := func(s string) []string { return []string{"en/faq.md", "to {text}.", "to {text}. " + s} }
	es := func(s string) []string { return []string{"es/faq.md", "al {text}.", "al {text}. " + s} }
	refused := func(file, word string) string {
		return "content/" + file + `:41: answer 9[1]: "` + map[string]string{"en/faq.md": "If you believe a child is in immediate danger, call 911 rig…", "es/faq.md": "Si cree que un niño está en peligro inmediato, llame al 911…"}[file] +
			`" tells the reader to text ` + word + ` to 233733, but the text links of this language send HELP (hotline.keyword in settings.yaml) (write {keyword} in place of ` + word +
			"; if " + word + " is this language's word, write keyword: " + word + " at the top of content/" + file[:2] + "/text.yaml; if the line takes " + word + " too, list it in settings.yaml under hotline: as other_keywords: [" + word + "])"
	}
	runEdits(t, []editCase{
		{"with the word", [][]string{en("Text {text} with the word HLEP.")}, refused("en/faq.md", "HLEP")},
		{"and type", [][]string{en("Text {text} and type HLEP.")}, refused("en/faq.md", "HLEP")},
		{"after a comma, in quotes", [][]string{en("Text {text}, and type “HLEP”.")}, refused("en/faq.md", "HLEP")},
		{"in Spanish", [][]string{es("Escriba al {text} la palabra AYUDA.")}, refused("es/faq.md", "AYUDA")},
		{"in Spanish, with con", [][]string{es("Envíe un mensaje al {text} con la palabra AYUDA.")}, refused("es/faq.md", "AYUDA")},
		{"the keyword", [][]string{en("Text {text} and type {keyword}."), es("Escriba al {text} la palabra {keyword}.")}, ""},
		{"a word the line also takes", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [INFO]"}, en("Text {text} with the word INFO.")}, ""},
		{"an opt-out word", [][]string{en("To stop messages, text {text} with the word STOP.")}, ""},
		{"capitals not said to type", [][]string{en("Text {text} and DMST advocates answer.")}, ""},
		{"in the next sentence", [][]string{en("Text {text}. Type HLEP in the box on our page.")}, ""},
		{"the word named before the number", [][]string{en("Text {keyword} to {text} and type YES to confirm.")}, ""},
	})
}
