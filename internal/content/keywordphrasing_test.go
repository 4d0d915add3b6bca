package content

import "testing"

// A keyword written out as the word to send is read in the ways a sentence names it besides
// "Envíe WORD al": with the message ("Envíe un mensaje de texto con la palabra WORD al", "Mande
// un texto con WORD al", "Send a text with the word WORD to"), in it ("Escriba WORD en un
// mensaje al"), and after the number with "con"/"with" where the sentence asks to text it. A
// word the line does not take is refused; words in capitals the sentence does not say to send
// ("Text 233733 ANY TIME", "24/7, NO COST") pass.
func TestKeywordPhrasing(t *testing.T) {
	en := func(s string) []string { return []string{"en/faq.md", "to {text}.", "to {text}. " + s} }
	es := func(s string) []string { return []string{"es/faq.md", "al {text}.", "al {text}. " + s} }
	refused := func(file, word string) string {
		return "content/" + file + `:41: answer 9[1]: "` + map[string]string{"en/faq.md": "If you believe a child is in immediate danger, call 911 rig…", "es/faq.md": "Si cree que un niño está en peligro inmediato, llame al 911…"}[file] +
			`" tells the reader to text ` + word + ` to 233733, but the text links of this language send HELP (hotline.keyword in settings.yaml) (write {keyword} in place of ` + word +
			"; if " + word + " is this language's word, write keyword: " + word + " at the top of content/" + file[:2] + "/text.yaml; if the line takes " + word + " too, list it in settings.yaml under hotline: as other_keywords: [" + word + "])"
	}
	runEdits(t, []editCase{
		{"con la palabra", [][]string{es("Envíe un mensaje de texto con la palabra AYUDA al {text}.")}, refused("es/faq.md", "AYUDA")},
		{"con", [][]string{es("Mande un texto con AYUDA al {text}.")}, refused("es/faq.md", "AYUDA")},
		{"en un mensaje", [][]string{es("Escriba AYUDA en un mensaje al {text}.")}, refused("es/faq.md", "AYUDA")},
		{"con, after", [][]string{es("Mande un texto al {text} con AYUDA.")}, refused("es/faq.md", "AYUDA")},
		{"with the word", [][]string{en("Send a text with the word HLEP to {text}.")}, refused("en/faq.md", "HLEP")},
		{"the keyword", [][]string{es("Mande un texto con {keyword} al {text}."), en("Send a text with the word {keyword} to {text}.")}, ""},
		{"capitals not said to send", [][]string{en("Text {text} ANY TIME, 24/7, NO COST."), es("Envíe un texto al {text} GRATIS, 24/7.")}, ""},
		{"with, not asked to text", [][]string{en("Call {text} with ANY questions.")}, ""},
	})
}
