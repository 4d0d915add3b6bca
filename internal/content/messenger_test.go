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

// The number a chat in a messaging app opens (hotline.chat: https://wa.me/27600123456,
// api.whatsapp.com/send?phone=, t.me/+, signal.me/#p/+, viber://chat?number=) is one of the
// organisation's own: a slip of it, printed or in an address, opens a chat with a stranger
// and is refused as a slip of a number to call is; the number itself, in any form, passes. A
// chat on a site of the line's own has no number, whatever digits its path holds.
func TestMessengerNumberIsTheLines(t *testing.T) {
	for _, tc := range []struct{ chat, country, want string }{
		{"https://wa.me/27600123456", "ZA", "27600123456"},
		{"https://wa.me/27600123456?text=Hi", "ZA", "27600123456"},
		{"https://api.whatsapp.com/send?phone=27600123456", "ZA", "27600123456"},
		{"https://t.me/+447911123456", "GB", "447911123456"},
		{"https://signal.me/#p/+5511987654321", "BR", "5511987654321"},
		{"viber://chat?number=%2B380671234567", "UA", "380671234567"},
		{"whatsapp://send?phone=919876543210", "IN", "919876543210"},
		{"https://t.me/helpline_bot", "GB", ""},
		{"https://wa.me/message/ABCDEF", "ZA", ""},
		{"https://www.gbvcc.org.za/chat/20240101", "ZA", ""},
		{"", "ZA", ""},
	} {
		if got := messengerNumber(tc.chat, tc.country); got != tc.want {
			t.Errorf("%s: number %q, want %q", tc.chat, got, tc.want)
		}
	}
	za := hotlineIn("ZA", "0800 428 428", "10111")
	za.Hotline.Chat = loc("hotline.chat", "https://wa.me/27600123456")
	gb := hotlineIn("GB", "0808 2000 247", "999")
	gb.Hotline.Chat = loc("hotline.chat", "https://t.me/+447911123456")
	br := hotlineIn("BR", "180", "190")
	br.Hotline.Chat = loc("hotline.chat", "https://signal.me/#p/+5511987654321")
	checkSlipRows(t, []numberRow{
		{za, "You can also WhatsApp us on 060 012 3456, or +27 60 012 3456.", ""},
		{za, "You can also WhatsApp us on 060 012 3465.", "hotline.chat"},
		{za, "WhatsApp: +27 60 012 3465", "hotline.chat"},
		{za, "WhatsApp: 060 013 2456", "hotline.chat"},
		{gb, "Telegram: 07911 123456", ""},
		{gb, "Telegram: 07911 123465", "hotline.chat"},
		{br, "Signal: (11) 98765-4321", ""},
		{br, "Signal: (11) 98765-4312", "hotline.chat"},
	})
	const set, faq = "settings.yaml", "en/faq.md"
	chat := []string{set, `chat: ""`, "chat: https://wa.me/16142244999"}
	answer := func(s string) []string {
		return []string{faq, "Otherwise, contact the National Human Trafficking Hotline at {call} or text “{keyword}” to {text}.", s}
	}
	runEdits(t, []editCase{
		{"the number itself", [][]string{chat, answer("Message us on WhatsApp at (614) 224-4999 or [WhatsApp](https://wa.me/16142244999).")}, ""},
		{"a slip in an address", [][]string{chat, answer("Chat: https://wa.me/16142244998.")},
			`content/en/faq.md:41: answer 9[1]: "16142244998" is one slip away from hotline.chat +16142244999 (WhatsApp); a likely typo`},
		{"a slip in a link", [][]string{chat, answer("Message us on [WhatsApp](https://api.whatsapp.com/send?phone=16142244989).")},
			`content/en/faq.md:41: answer 9[1]: "16142244989" is one slip away from hotline.chat +16142244999 (WhatsApp); a likely typo`},
		{"a slip printed", [][]string{chat, answer("Message us on WhatsApp at (614) 224-4990.")},
			`content/en/faq.md:41: answer 9[1]: "(614) 224-4990" is one slip away from hotline.chat +16142244999 (WhatsApp); a likely typo`},
	})
}

// InApp reads an app named before a number in its clause or right after it, in Latin letters
// or in the script of the text, and passes over one named for another number, one said not to
// be used and everyday words ("signal", "line").
func TestInApp(t *testing.T) {
	for _, tt := range []struct {
		before, after string
		want          bool
	}{
		{"Send a WhatsApp message to ", " before you come.", true},
		{"Message us on WhatsApp at ", ".", true},
		{"WhatsApp us at ", "", true},
		{"Write to us on Telegram: ", "", true},
		{"Or use KakaoTalk at ", "", true},
		{"வருவதற்கு முன் ", " க்கு WhatsApp செய்தி அனுப்புங்கள்;", true},
		{"வருவதற்கு முன் ", " க்கு வாட்ஸ்அப் செய்தி அனுப்புங்கள்.", true},
		{"Напишите нам в ватсапе: ", "", true},
		{"پیام در واتساپ به ", "", true},
		{"በ", " ላይ በቴሌግራም ይላኩ።", true},
		{"Mobile: ", " (WhatsApp)", true},
		{"Call ", " or text us.", false},
		{"If you do not use WhatsApp, text us at ", ".", false},
		{"No signal for calls? Call ", ".", false},
		{"Call our line at ", ", any time.", false},
		{"Call ", " or WhatsApp 0771 234 568.", false}, // the app is the next number's
		{"Call ", ". We also answer on WhatsApp.", false},
	} {
		if got := InApp(tt.before, tt.after); got != tt.want {
			t.Errorf("InApp(%q, %q) = %v, want %v", tt.before, tt.after, got, tt.want)
		}
	}
}
