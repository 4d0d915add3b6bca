package content

import "testing"

// A text asking the reader to message the line's number to text in an app ("WhatsApp {text}",
// "Signal: {text}", "message us on WhatsApp at {text}") is refused at its line: every output
// links that number sms:, a text message the app never receives; the hint names the chat to
// give instead (hotline.chat: https://wa.me/...). Texting offered beside the app ("Text or
// WhatsApp"), an app said not to be used, the app named after the number, and a chat's own
// address still load.
func TestMessagesTextLine(t *testing.T) {
	const set, text, faq = "settings.yaml", "en/text.yaml", "en/faq.md"
	full := []string{set, "  call: 1-888-373-7888", "  call: (614) 224-4000", `text: "233733"`, `text: "(614) 224-4999"`}
	help := func(s string) []string { return []string{text, "  text: Text {keyword} to {text}", "  text: " + s} }
	asked := func(s string) []string {
		return []string{faq, "Otherwise, contact the National Human Trafficking Hotline at {call} or text “{keyword}” to {text}.", s}
	}
	refused := func(field, written, app, chat string) string {
		return field + `: "` + written + `" asks the reader to message (614) 224-4999 (hotline.text) on ` + app + `, but its link on every output opens a text message (sms:), which ` + app +
			` does not receive (set hotline.chat in settings.yaml to ` + chat + `, and write {chat} here (` + app + `: {chat}); hotline.text is for a number that takes text messages ("" for none))`
	}
	runEdits(t, []editCase{
		{"WhatsApp and the number", [][]string{full, help("WhatsApp {text}")},
			refused("content/en/text.yaml:17: help.text", "WhatsApp (614) 224-4999", "WhatsApp", "https://wa.me/16142244999")},
		{"Signal, a label", [][]string{full, help("\"Signal: {text}\"")},
			refused("content/en/text.yaml:17: help.text", "Signal: (614) 224-4999", "Signal", "the https:// address of a chat in Signal")},
		{"message us on WhatsApp", [][]string{full, asked("Otherwise, call {call} or message us on WhatsApp at {text}.")},
			refused("content/en/faq.md:41: answer 9[1]", "Otherwise, call (614) 224-4000 or message us on WhatsApp at…", "WhatsApp", "https://wa.me/16142244999")},
		{"text us on WhatsApp", [][]string{full, help("Text us on WhatsApp at {text}")},
			refused("content/en/text.yaml:17: help.text", "Text us on WhatsApp at (614) 224-4999", "WhatsApp", "https://wa.me/16142244999")},
		{"in Spanish", [][]string{full, {"es/text.yaml", "  text: Envíe {keyword} al {text}", "  text: Escríbanos por WhatsApp al {text}"}},
			refused("content/es/text.yaml:17: help.text", "Escríbanos por WhatsApp al (614) 224-4999", "WhatsApp", "https://wa.me/16142244999")},
		{"text or WhatsApp", [][]string{full, help("Text or WhatsApp {text}")}, ""},
		{"WhatsApp or a text message", [][]string{full, help("WhatsApp or text {text}")}, ""},
		{"SMS o WhatsApp", [][]string{full, {"es/text.yaml", "  text: Envíe {keyword} al {text}", "  text: Envíe un SMS o WhatsApp al {text}"}}, ""},
		{"the app named after the number", [][]string{full, help("Text {text} (also on WhatsApp)")}, ""},
		{"an app not used", [][]string{full, asked("Call {call}. If you do not use WhatsApp, text us at {text}.")}, ""},
		{"an everyday signal", [][]string{full, asked("Call {call}. If your phone has no signal for calls, text us at {text}.")}, ""},
		{"the short code, texted", [][]string{asked("Call {call}, or text “{keyword}” to {text} from any phone, even without WhatsApp.")}, ""},
		{"the chat in WhatsApp", [][]string{full, {set, `chat: ""`, "chat: https://wa.me/16142244999"}, asked("Call {call}, or message us on WhatsApp at {chat}.")}, ""},
	})
}
