package content

import "testing"

// A text that asks the reader to text one of the hotline's numbers settings.yaml does not say
// takes texts (its call or TTY number, with hotline.text another number or none) is refused at
// its line: the layout links a number after the verb to text as sms:, and a landline never
// receives the message. "Text 911", a number settings.yaml says nothing of, and the text number
// itself still open a text message; "Call or text" before the text number still loads, and
// so does a text saying not to text a number ("Do not text {call}", "You cannot text").
func TestTextsUntextable(t *testing.T) {
	const set, faq = "settings.yaml", "en/faq.md"
	const asked = "Otherwise, contact the National Human Trafficking Hotline at {call} or text “{keyword}” to {text}."
	landline := []string{set, "  call: 1-888-373-7888", "  call: (503) 585-4949", `text: "233733"`, `text: ""`, "keyword: HELP", `keyword: ""`}
	esFAQ := []string{"es/faq.md", " o envíe “{keyword}” por mensaje de texto al {text}", "", "llame o escriba hoy", "llame hoy"}
	// the cards' words without texting (TestTextingOnLandline)
	cards := [][]string{{"en/text.yaml", "When you call or text", "When you call", "Call or text, 24/7.", "Call, 24/7."},
		{"es/text.yaml", "Cuando llamas o escribes", "Cuando llamas", "Llama o escribe, 24/7.", "Llama, 24/7."}}
	says := func(s string) []string {
		return []string{faq, asked, s, "call or text the hotline today", "call the hotline today"}
	}
	noTexts := func(sentence string) string {
		return `content/en/faq.md:41: answer 9[1]: "` + sentence + `" asks the reader to text (503) 585-4949 (hotline.call), but the line takes no texts (hotline.text is empty in settings.yaml): its link would open a text message to a number that cannot receive one (ask to call in place of texting (You can also call us at {call}); if the line takes texts, set hotline.text to the number people text)`
	}
	runEdits(t, []editCase{
		{"text us at the landline", [][]string{landline, esFAQ, cards[0], cards[1], says("Call us at {call}. You can also text us at {call} if talking is hard.")},
			noTexts("You can also text us at (503) 585-4949")},
		{"the landline written out", [][]string{landline, esFAQ, cards[0], cards[1], says("Call us. Or text 503-585-4949.")},
			noTexts("Or text 503-585-4949")},
		{"Spanish verb", [][]string{landline, esFAQ, cards[0], cards[1], says("Llame al {call}. Envíe un mensaje al {call}.")},
			noTexts("Envíe un mensaje al (503) 585-4949")},
		{"an sms: link to the landline", [][]string{landline, esFAQ, cards[0], cards[1], says("Call us at {call}, or [send us a text](sms:+15035854949).")},
			`content/en/faq.md:41: answer 9[1]: the link [send us a text](sms:+15035854949) asks the reader to text (503) 585-4949 (hotline.call), but the line takes no texts (hotline.text is empty in settings.yaml): its link would open a text message to a number that cannot receive one (ask to call in place of texting (You can also call us at {call}); if the line takes texts, set hotline.text to the number people text)`},
		{"the TTY number", [][]string{landline, esFAQ, {set, `tty: ""`, `tty: 503-585-4950`}, says("Call us at {call}. Deaf callers: text {tty}.")},
			`content/en/faq.md:41: answer 9[1]: "Deaf callers: text 503-585-4950" asks the reader to text 503-585-4950 (hotline.tty), but the line takes no texts (hotline.text is empty in settings.yaml): its link would open a text message to a number that cannot receive one (ask to call in place of texting (You can also call us at {call}); if the line takes texts, set hotline.text to the number people text)`},
		{"the call number when texts go to a short code", [][]string{{set, "  call: 1-888-373-7888", "  call: (503) 585-4949"}, says("Text us at {call}.")},
			`content/en/faq.md:41: answer 9[1]: "Text us at (503) 585-4949" asks the reader to text (503) 585-4949 (hotline.call), but settings.yaml sends texts to hotline.text 741741 (write {text} for the number to text (Text {keyword} to {text}), or ask to call (503) 585-4949 in place of texting it)`},
		{"asked, in a clause after a negation", [][]string{landline, esFAQ, cards[0], cards[1], says("Can you talk? If not, text us at {call}.")},
			noTexts("If not, text us at (503) 585-4949")},
		{"asked, after a negation of talking", [][]string{landline, esFAQ, cards[0], cards[1], says("If you can't talk, text us at {call}.")},
			noTexts("If you can't talk, text us at (503) 585-4949")},
		{"said not to text the landline", [][]string{landline, esFAQ, cards[0], cards[1], says("Please do not text {call}: it is a landline.")}, ""},
		{"said it cannot be texted", [][]string{landline, esFAQ, cards[0], cards[1], says("You cannot text {call}. You can't text {call}. Please don’t send a text to {call}.")}, ""},
		{"said not to, in Spanish", [][]string{landline, esFAQ, cards[0], cards[1], says("No envíe mensajes de texto al {call}. Nunca escriba al {call}.")}, ""},
		{"said not to text the call number, with the text number after", [][]string{{set, "  call: 1-888-373-7888", "  call: (503) 585-4949"}, says("Do not text {call}. Text {keyword} to {text} instead.")}, ""},
		{"call or text on a landline asks to call", [][]string{landline, esFAQ, cards[0], cards[1], says("Call us at {call}.")}, ""},
		{"text 911", [][]string{landline, esFAQ, cards[0], cards[1], says("Call us at {call}. If you cannot speak, you may be able to text {emergency}.")}, ""},
		{"text another line", [][]string{landline, esFAQ, cards[0], cards[1], says("Call us at {call}, or text the national line at 1-800-799-7233.")}, ""},
		{"the text number", [][]string{{set, "  call: 1-888-373-7888", "  call: (503) 585-4949"}, says("Call us at {call} or text {keyword} to {text}.")}, ""},
		// a verb of texting asks for its own clause's numbers: not past a semicolon or a number it
		// took, as the links read it; "or" joins another to them
		{"the call number in the clause after the text number", [][]string{{set, "  call: 1-888-373-7888", "  call: (503) 585-4949"}, says("If you cannot call, text {text}; otherwise use {call}.")}, ""},
		{"the call number after the number texting took", [][]string{{set, "  call: 1-888-373-7888", "  call: (503) 585-4949"}, says("Text {text}, or use {call}.")}, ""},
		{"the landline after a semicolon", [][]string{landline, esFAQ, cards[0], cards[1], says("If you cannot speak, text 911; otherwise use {call}.")}, ""},
		{"the landline joined by or", [][]string{landline, esFAQ, cards[0], cards[1], says("If you cannot speak, text 911 or {call}.")},
			noTexts("If you cannot speak, text 911 or (503) 585-4949")},
		{"the landline in a clause of its own", [][]string{landline, esFAQ, cards[0], cards[1], says("Call 911; if you cannot speak, text {call}.")},
			noTexts("Call 911; if you cannot speak, text (503) 585-4949")},
		{"the landline, any time", [][]string{landline, esFAQ, cards[0], cards[1], says("Text {call} any time.")},
			noTexts("Text (503) 585-4949")},
		// a messaging app's chat, with the number in its address or named after the app
		{"a WhatsApp chat's address", [][]string{landline, esFAQ, cards[0], cards[1], {set, `chat: ""`, "chat: https://wa.me/15035854949"}, says("Send us a WhatsApp message at {chat}, any time. Text us on WhatsApp: {chat}.")}, ""},
		{"a WhatsApp message to the number", [][]string{landline, esFAQ, cards[0], cards[1], says("Send us a WhatsApp message at {call}. Message us on Signal at {call}.")}, ""},
		{"an e-mail address that holds the number", [][]string{landline, esFAQ, cards[0], cards[1], says("Escribe a 5035854949-ayuda@samples.org.")}, ""},
		{"an app named apart from the ask, or an everyday word", [][]string{landline, esFAQ, cards[0], cards[1], says("If you do not use WhatsApp, text us at {call}. If your phone has no signal for calls, text us at {call}.")},
			`content/en/faq.md:41: answer 9[1]: "If you do not use WhatsApp, text us at (503) 585-4949" asks the reader to text (503) 585-4949 (hotline.call), but the line takes no texts (hotline.text is empty in settings.yaml): its link would open a text message to a number that cannot receive one (ask to call in place of texting (You can also call us at {call}); if the line takes texts, set hotline.text to the number people text)` + "\n" +
				`content/en/faq.md:41: answer 9[1]: "If your phone has no signal for calls, text us at (503) 585…" asks the reader to text (503) 585-4949 (hotline.call), but the line takes no texts (hotline.text is empty in settings.yaml): its link would open a text message to a number that cannot receive one (ask to call in place of texting (You can also call us at {call}); if the line takes texts, set hotline.text to the number people text)`},
		{"a WhatsApp message, however written", [][]string{landline, esFAQ, cards[0], cards[1], says("Send us a WhatsApp message, day or night, at {call}. Send us a whatsapp message at {call}. Text us on WHATSAPP at {call}.")}, ""},
		{"an app not used", [][]string{landline, esFAQ, cards[0], cards[1], says("If you don't have WhatsApp, text us at {call}.")},
			`content/en/faq.md:41: answer 9[1]: "If you don't have WhatsApp, text us at (503) 585-4949" asks the reader to text (503) 585-4949 (hotline.call), but the line takes no texts (hotline.text is empty in settings.yaml): its link would open a text message to a number that cannot receive one (ask to call in place of texting (You can also call us at {call}); if the line takes texts, set hotline.text to the number people text)`},
		{"texting after the app's sentence", [][]string{landline, esFAQ, cards[0], cards[1], says("Send us a WhatsApp message. Or text {call}.")},
			noTexts("Or text (503) 585-4949")},
		{"one number for calls and texts", [][]string{{set, "  call: 1-888-373-7888", "  call: (503) 585-4949", `text: "233733"`, `text: "(503) 585-4949"`}, says("You can also text us at 503-585-4949.")}, ""},
	})
}
