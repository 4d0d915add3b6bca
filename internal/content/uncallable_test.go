package content

import (
	"slices"
	"strings"
	"testing"
)

// A text that asks the reader to call the line's number to text, a short code (which takes no
// calls), is refused at its line, in every field and in the FAQ, in the languages whose verb
// comes before the number and after it; so is one that asks to call the number of a line that
// takes only texts. Asking to text it, calling it "or" texting it where call and text are one
// number, saying not to call it (in Vietnamese, Tagalog, Chinese, Korean and Japanese too),
// asking to contact it or to message it in an app, calling another number, and calling a text
// number of full length (which may take calls too) still load.
func TestCallsUncallable(t *testing.T) {
	const set, en, es, faq = "settings.yaml", "en/text.yaml", "es/text.yaml", "en/faq.md"
	const asked = "Otherwise, contact the National Human Trafficking Hotline at {call} or text “{keyword}” to {text}."
	says := func(s string) []string { return []string{faq, asked, s} }
	twoNumbers := func(at, sentence string) string {
		return "content/" + at + `: "` + sentence + `" asks the reader to call 233733 (hotline.text), the number settings.yaml gives for texts, but calls go to hotline.call 1-888-373-7888: a number for texts (a short code) does not answer a call (write {call} for the number to call (Call {call}), or ask to text 233733 in place of calling it (Text {keyword} to {text}))`
	}
	inFAQ := func(sentence string) string { return twoNumbers("en/faq.md:41: answer 9[1]", sentence) }
	// a line that takes only texts, its FAQ asking to text (or, with says, what it is given)
	textOnly := func(sentence string) [][]string {
		return [][]string{
			{set, "  call: 1-888-373-7888", `  call: ""`},
			{faq, asked, sentence, "call or text the hotline today", "text the hotline today"},
			{"es/faq.md", " al {call} o envíe “{keyword}” por mensaje de texto al {text}", ": envíe “{keyword}” por mensaje de texto al {text}", "llame o escriba hoy", "escriba hoy"},
			{en, "back_title: When you call or text", "back_title: When you text"},
			{es, "back_title: Cuando llamas o escribes", "back_title: Cuando escribes", "note: Puede llamar sin dar su nombre.", "note: No tiene que dar su nombre."},
		}
	}
	runEdits(t, []editCase{
		{"the card's text line", [][]string{{en, "  text: Text {keyword} to {text}\n  danger", "  text: Call {text}\n  danger"}},
			twoNumbers("en/text.yaml:28: card.text", "Call 233733")},
		{"call or text the short code", [][]string{{en, "  text: Text {keyword} to {text}", "  text: Call or text {text}"}},
			twoNumbers("en/text.yaml:17: help.text", "Call or text 233733")},
		{"a note", [][]string{{en, "note: You can report anonymously.", "note: You can also call {text} any time."}},
			twoNumbers("en/text.yaml:18: help.note", "You can also call 233733")},
		{"a line of the card's back", [][]string{{en, "- A trained person answers, day or night.", "- Call {text} and a trained person answers."}},
			twoNumbers("en/text.yaml:33: card.back_lines[1]", "Call 233733")},
		{"the FAQ, the number written out", [][]string{says("Call 233733 to talk.")}, inFAQ("Call 233733")},
		{"a tel: link to it", [][]string{says("Reach us at [233733](tel:233733).")},
			`content/en/faq.md:41: answer 9[1]: the link [233733](tel:233733) asks the reader to call 233733 (hotline.text), the number settings.yaml gives for texts, but calls go to hotline.call 1-888-373-7888: a number for texts (a short code) does not answer a call (write {call} for the number to call (Call {call}), or ask to text 233733 in place of calling it (Text {keyword} to {text}))`},
		{"an sms: link to it", [][]string{says("Reach us at [233733](sms:233733).")}, ""},
		{"Spanish", [][]string{{es, "  text: Envía {keyword} por texto al {text}", "  text: Llame al {text}"}},
			twoNumbers("es/text.yaml:28: card.text", "Llame al 233733")},
		{"joined by or to the call number", [][]string{says("Call {call} or {text}.")}, inFAQ("Call 1-888-373-7888 or 233733")},
		{"Chinese, the verb before", [][]string{says("请拨打{text}。")}, inFAQ("请拨打233733")},
		{"Korean, the verb after", [][]string{says("{text}으로 전화하세요.")}, inFAQ("233733")},
		{"German, the verb after", [][]string{says("Bitte die {text} anrufen.")}, inFAQ("Bitte die 233733")},
		{"a line that takes only texts", textOnly("Call {text} to talk."),
			`content/en/faq.md:41: answer 9[1]: "Call 741741" asks the reader to call 741741 (hotline.text), but the line takes no calls (hotline.call is empty in settings.yaml): 741741 is its number to text, and a call to it is not answered (ask to text it in place of calling (Text {keyword} to {text}); if the line takes calls, set hotline.call to the number people call)`},
		// what asks no call of the number to text
		{"the built-in words", nil, ""},
		{"text it", [][]string{says("Text {keyword} to {text} any time.")}, ""},
		{"said not to call it", [][]string{says("Do not call {text}: text it.")}, ""},
		{"texting asked after a call that cannot be", [][]string{says("If you can't call, text {text}.")}, ""},
		{"contact it", [][]string{says("Contact us at {text}.")}, ""},
		{"Korean, contact it", [][]string{says("{text}으로 연락하세요.")}, ""},
		{"call another number", [][]string{says("Call or text 988 for the Suicide & Crisis Lifeline.")}, ""},
		{"one number to call and text", [][]string{{set, "  call: 1-888-373-7888", "  call: 988", `text: "233733"`, `text: "988"`}, says("Call or text {text}.")}, ""},
		{"a full number to text, which may take calls too", [][]string{{set, "call: 1-888-373-7888", "call: 1-800-799-7233", `text: "233733"`, `text: "503-588-5351"`}, says("Call or text us at {text}.")}, ""},
		{"said not to, in other languages", [][]string{says("Đừng gọi {text}, hãy nhắn tin. Huwag tumawag sa {text}. 不要拨打{text}，请发短信。{text}로 전화하지 마세요. {text}に電話しないでください。")}, ""},
		// asked to message in an app, not to call: refused as such (TestMessagesTextLine)
		{"a messaging app", [][]string{says("Call {call} or WhatsApp us at {text}.")},
			`content/en/faq.md:41: answer 9[1]: "Call 1-888-373-7888 or WhatsApp us at 233733" asks the reader to message 233733 (hotline.text) on WhatsApp, but its link on every output opens a text message (sms:), which WhatsApp does not receive (set hotline.chat in settings.yaml to https://wa.me/ and the international number, digits only, and write {chat} here (WhatsApp: {chat}); hotline.text is for a number that takes text messages ("" for none))`},
		{"the means after the number", [][]string{says("Call {call}, or {text} by text message. Call {call}, or 233733 by SMS.")}, ""},
		{"each number labelled", [][]string{says("{call} (call) · {text} (text)")}, ""},
		{"a line that takes only texts, without calling", textOnly("Text “{keyword}” to {text}."), ""},
	})
}

// The texts printed beside the number of a line that takes only texts (no hotline.call) that
// plainly offer calling the line (When you call or text, Text or call us, Llámanos) are warned
// of, at their field and line with the words without calling: the reader would look for a
// number to call that is not there. "call" as a name, calling others, calling back and not
// calling (what experts call grooming, call a friend, we can call you back, text instead of
// calling) offer nothing, and a line that takes calls keeps them.
func TestCallingOnTextLine(t *testing.T) {
	const set, en, es = "settings.yaml", "en/text.yaml", "es/text.yaml"
	textOnly := [][]string{
		{set, "  call: 1-888-373-7888", `  call: ""`},
		{"en/faq.md", " at {call} or text “{keyword}” to {text}", ": text “{keyword}” to {text}", "call or text the hotline today", "text the hotline today"},
		{"es/faq.md", " al {call} o envíe “{keyword}” por mensaje de texto al {text}", ": envíe “{keyword}” por mensaje de texto al {text}", "llame o escriba hoy", "escriba hoy"},
		{en, "back_title: When you call or text", "back_title: When you text"},
		{es, "back_title: Cuando llamas o escribes", "back_title: Cuando escribes", "note: Puede llamar sin dar su nombre.", "note: No tiene que dar su nombre."},
	}
	with := func(change ...[]string) [][]string { return append(append([][]string{}, textOnly...), change...) }
	warned := func(at, field, text, eg string) string {
		return "content/" + at + ": " + field + `: "` + text + `" offers calling, but the line takes no calls (hotline.call is empty in settings.yaml): it prints beside 741741, which takes only text messages (write it without calling` + eg + "; if the line takes calls, set hotline.call to the number people call)"
	}
	for _, tt := range []struct {
		name    string
		changes [][]string
		want    string // the warning, or "" for none of calling
	}{
		{"without calling", textOnly, ""},
		{"card back title", with([]string{en, "back_title: When you text", "back_title: When you call or text"}),
			warned("en/text.yaml:31", "card.back_title", "When you call or text", `, e.g. "When you text"`)},
		{"text first", with(fact(en, "Text or call us, 24/7.")),
			warned("en/text.yaml:66", "poster.facts[1]", "Text or call us, 24/7.", `, e.g. "Text us, 24/7."`)},
		{"Spanish", with([]string{es, "back_title: Cuando escribes", "back_title: Cuando llamas o escribes"}),
			warned("es/text.yaml:31", "card.back_title", "Cuando llamas o escribes", `, e.g. "Cuando escribes"`)},
		{"Spanish, call us", with(fact(es, "Llámanos cuando quieras.")),
			warned("es/text.yaml:71", "poster.facts[1]", "Llámanos cuando quieras.", "")},
		{"Spanish, can call", with([]string{es, "note: No tiene que dar su nombre.", "note: Puede llamar sin dar su nombre."}),
			warned("es/text.yaml:18", "help.note", "Puede llamar sin dar su nombre. Se habla inglés y español.", "")},
		{"can call", with(fact(en, "You can call any time.")), warned("en/text.yaml:66", "poster.facts[1]", "You can call any time.", "")},
		{"call the hotline", with(fact(en, "Call the hotline today.")), warned("en/text.yaml:66", "poster.facts[1]", "Call the hotline today.", "")},
		{"a line that takes calls", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(edits(t, tt.changes...), "content", Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			got := c.Warnings.Error()
			if tt.want == "" && strings.Contains(got, "offers calling") || tt.want != "" && !strings.Contains("\n"+got+"\n", "\n"+tt.want+"\n") {
				t.Errorf("warnings:\n%s\nwant %q", got, tt.want)
			}
		})
	}
	// what offers no call of this line: calling said not to, a name, others, a call back
	for _, c := range []struct{ file, text string }{
		{en, "In immediate danger, call 911."},
		{en, "Please do not call: text us."},
		{en, "If you can't call, text us."},
		{en, "Text from any phone."},
		{en, "Experts call this grooming."},
		{en, "Text us, or call a friend you trust."},
		{en, "A counselor may call you back."},
		{en, "You can text us instead of calling."},
		{en, "You can call a friend you trust."},
		{es, "Puede llamar a alguien de confianza."},
		{en, "Takes a call and leaves the room."},
		{es, "No llame: envíe un mensaje de texto."},
		{es, "Esto se llama grooming."},
	} {
		t.Run(c.text, func(t *testing.T) {
			cn, err := Load(edits(t, with(fact(c.file, c.text))...), "content", Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			if w := cn.Warnings.Error(); strings.Contains(w, "offers calling") {
				t.Errorf("warned: %s", w)
			}
		})
	}
}

// A sentence of the FAQ that offers calling the line by name (call or text the hotline, llame o
// escriba a la línea, call the hotline) is refused where the line takes only texts, as one
// offering texting a landline is: the reader calls a number that does not answer. Calling
// others, a question, calling said not to, and texting the line alone still load.
func TestCallingTextLineInFAQ(t *testing.T) {
	const set, faq, esFAQ = "settings.yaml", "en/faq.md", "es/faq.md"
	textOnly := [][]string{
		{set, "  call: 1-888-373-7888", `  call: ""`},
		{faq, " at {call} or text “{keyword}” to {text}", ": text “{keyword}” to {text}"},
		{esFAQ, " al {call} o envíe “{keyword}” por mensaje de texto al {text}", ": envíe “{keyword}” por mensaje de texto al {text}"},
		{"en/text.yaml", "back_title: When you call or text", "back_title: When you text"},
		{"es/text.yaml", "back_title: Cuando llamas o escribes", "back_title: Cuando escribes"},
	}
	closing := func(en, es string) [][]string {
		return append(slices.Clone(textOnly), []string{faq, "call or text the hotline today", en}, []string{esFAQ, "llame o escriba hoy a la línea de ayuda", es})
	}
	refused := func(at, said, eg string) string {
		return "content/" + at + ": closing[2]: " + said + " offers calling, but the line takes no calls (hotline.call is empty in settings.yaml): it names the line, whose number 741741 takes only text messages (write it without calling" + eg + "; if the line takes calls, set hotline.call to the number people call)"
	}
	runEdits(t, []editCase{
		{"call or text the hotline", closing("call or text the hotline today", "escriba hoy a la línea de ayuda"),
			refused("en/faq.md:47", `"If you or someone you know is involved, call or text the ho…"`, `, e.g. "If you or someone you know is involved, text the hotline today."`)},
		{"Spanish, llame o escriba", closing("text the hotline today", "llame o escriba hoy a la línea de ayuda"),
			refused("es/faq.md:47", `"Si usted o alguien que conoce vive esta situación, llame o …"`, `, e.g. "Si usted o alguien que conoce vive esta situación, escriba hoy a la línea de ayuda."`)},
		{"call the hotline", closing("call the hotline today", "escriba hoy a la línea de ayuda"),
			refused("en/faq.md:47", `"If you or someone you know is involved, call the hotline to…"`, "")},
		// what offers no call of the line
		{"text the hotline", closing("text the hotline today", "escriba hoy a la línea de ayuda"), ""},
		{"text the hotline, or call a friend", closing("text the hotline, or call a friend you trust", "escriba hoy a la línea de ayuda"), ""},
		{"call said not to", closing("do not call: text the hotline today", "no llame: escriba hoy a la línea de ayuda"), ""},
		{"a question", closing("text the hotline today. Can I call the hotline? No", "escriba hoy a la línea de ayuda"), ""},
	})
}
