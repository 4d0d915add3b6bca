package content

import (
	"strconv"
	"strings"
	"testing"
)

// The texts printed beside a line's number that offer texting (Call or text, When you call or
// text, Llama o escribe) are refused, at their field and line with the words without texting,
// where the line takes no texts: the reader would text a number that never receives it. A text
// telephone (TTY), real-time (RTT) or large text is no texting; "escribe" is the chat's where
// the line has one, and writing on paper where no call stands beside it; texting said not to
// ("We cannot receive texts") or another service's number given after it ("Call or text 988")
// is none of the line's; a line that takes texts keeps them.
func TestTextingOnLandline(t *testing.T) {
	const set, en, es = "settings.yaml", "en/text.yaml", "es/text.yaml"
	landline := [][]string{
		{set, "  call: 1-888-373-7888", "  call: (503) 585-4949", `text: "233733"`, `text: ""`, "keyword: HELP", `keyword: ""`},
		{"en/faq.md", " or text “{keyword}” to {text}", ""},
		{"es/faq.md", " o envíe “{keyword}” por mensaje de texto al {text}", "", "llame o escriba hoy", "llame hoy"},
		{"en/faq.md", "call or text the hotline today", "call the hotline today"},
		{en, "back_title: When you call or text", "back_title: When you call", "subline: Call or text, 24/7.", "subline: Call, 24/7."},
		{es, "back_title: Cuando llamas o escribes", "back_title: Cuando llamas", "subline: Llama o escribe, 24/7.", "subline: Llama, 24/7."},
	}
	with := func(change ...[]string) [][]string { return append(append([][]string{}, landline...), change...) }
	refused := func(at, field, text, eg string) string {
		return "content/" + at + ": " + field + `: "` + text + `" offers texting, but the line takes no texts (hotline.text is empty in settings.yaml): it prints beside (503) 585-4949, which cannot receive a text message (write it without texting` + eg + "; if the line takes texts, set hotline.text to the number people text)"
	}
	runEdits(t, []editCase{
		{"without texting", landline, ""},
		{"card back title", with([]string{en, "back_title: When you call", "back_title: When you call or text"}),
			refused("en/text.yaml:31", "card.back_title", "When you call or text", `, e.g. "When you call"`)},
		{"discreet subline", with([]string{en, "subline: Call, 24/7.", "subline: Call or text, 24/7."}),
			refused("en/text.yaml:56", "discreet.subline", "Call or text, 24/7. Free and private.", `, e.g. "Call, 24/7. Free and private."`)},
		{"text first", with([]string{en, "call_label: Call the hotline, 24/7", "call_label: Text or call the hotline, 24/7"}),
			refused("en/text.yaml:27", "card.call_label", "Text or call the hotline, 24/7", `, e.g. "Call the hotline, 24/7"`)},
		{"a back line", with([]string{en, "- A trained person answers, day or night.", "- A trained person answers your texts, day or night."}),
			refused("en/text.yaml:33", "card.back_lines[1]", "A trained person answers your texts, day or night.", "")},
		{"Spanish, by texto", with([]string{es, "subline: Llama, 24/7.", "subline: Llama o manda un mensaje de texto, 24/7."}),
			refused("es/text.yaml:57", "discreet.subline", "Llama o manda un mensaje de texto, 24/7. Gratis y privado.", "")},
		{"Spanish, escribe", with([]string{es, "back_title: Cuando llamas", "back_title: Cuando llamas o escribes"}),
			refused("es/text.yaml:31", "card.back_title", "Cuando llamas o escribes", `, e.g. "Cuando llamas"`)},
		{"escribe where the line has a chat", with([]string{set, `chat: ""`, "chat: https://samples.org/chat"}, []string{es, "back_title: Cuando llamas", "back_title: Cuando llamas o escribes"}), ""},
		{"a text telephone", with([]string{en, "note: You can report anonymously.", "note: You can report anonymously. Deaf? Use a text telephone (TTY)."}), ""},
		{"a line that takes texts", nil, ""},
		{"call or text the line's number", with(fact(en, "Call or text {call}.")),
			refused("en/text.yaml:66", "poster.facts[1]", "Call or text (503) 585-4949.", `, e.g. "Call (503) 585-4949."`)},
		{"text, after a negation of talking", with(fact(en, "If you can't talk, text us.")),
			refused("en/text.yaml:66", "poster.facts[1]", "If you can't talk, text us.", "")},
		// the words left out take their own object with them ("call {call} or text us"), not a shared one
		{"or text us, after the number", with(fact(en, "Call {call} or text us.")),
			refused("en/text.yaml:66", "poster.facts[1]", "Call (503) 585-4949 or text us.", `, e.g. "Call (503) 585-4949."`)},
		{"or text us, after us", with(fact(en, "Call us or text us, day or night.")),
			refused("en/text.yaml:66", "poster.facts[1]", "Call us or text us, day or night.", `, e.g. "Call us, day or night."`)},
		{"call or text us", with(fact(en, "Call or text us, day or night.")),
			refused("en/text.yaml:66", "poster.facts[1]", "Call or text us, day or night.", `, e.g. "Call us, day or night."`)},
		{"a count of days is no other number", with(fact(en, "Text or call, 365 days a year.")),
			refused("en/text.yaml:66", "poster.facts[1]", "Text or call, 365 days a year.", `, e.g. "Call, 365 days a year."`)},
		// another person named, and the line too: the offer stands
		{"someone hurt, text us", with(fact(en, "If someone hurts you, text us.")),
			refused("en/text.yaml:66", "poster.facts[1]", "If someone hurts you, text us.", "")},
		{"Spanish, escríbenos o llámanos", with(fact(es, "Escríbenos o llámanos.")),
			refused("es/text.yaml:71", "poster.facts[1]", "Escríbenos o llámanos.", "")},
		{"Spanish, after a negation of talking", with(fact(es, "Si no puedes hablar, envía un mensaje de texto.")),
			refused("es/text.yaml:71", "poster.facts[1]", "Si no puedes hablar, envía un mensaje de texto.", "")},
		// the FAQ's sentence that names the line (a word for it, its number or {call})
		{"the FAQ's closing", with([]string{"en/faq.md", "call the hotline today", "call or text the hotline today"}),
			`content/en/faq.md:47: closing[2]: "If you or someone you know is involved, call or text the ho…" offers texting, but the line takes no texts (hotline.text is empty in settings.yaml): it names the line, whose number is (503) 585-4949, which cannot receive a text message (write it without texting, e.g. "If you or someone you know is involved, call the hotline today."; if the line takes texts, set hotline.text to the number people text)`},
		{"the FAQ, Spanish", with([]string{"es/faq.md", "llame hoy", "llame o escriba hoy"}),
			`content/es/faq.md:47: closing[2]: "Si usted o alguien que conoce vive esta situación, llame o …" offers texting`},
		{"the FAQ, with {call}", with([]string{"en/faq.md", "call the hotline today", "call or text {call} any time"}),
			`content/en/faq.md:47: closing[2]: "If you or someone you know is involved, call or text (503) …" offers texting`},
		{"the FAQ, a friend", with([]string{"en/faq.md", "call the hotline today", "call the hotline today, or text a friend you trust"}), ""},
		{"the FAQ, a question", with([]string{"en/faq.md", "call the hotline today", "call the hotline today. Can I text the hotline? No"}), ""},
		{"the FAQ, another service's text line", with([]string{"en/faq.md", "call the hotline today", "call the hotline today. Crisis Text Line: text HOME to 741741"}), ""},
	})
	// what offers no texting on this line: texting another service's number its sentence gives,
	// texting said not to, a text that is no text message, writing on paper
	for _, c := range []struct{ file, text string }{
		{en, "Thinking about suicide? Call or text 988."},
		{en, "Text 988 for the Suicide & Crisis Lifeline."},
		{en, "Crisis Text Line: text HOME to 741741."},
		{en, "We cannot receive texts. Please call."},
		{en, "Please do not text this number: call it."},
		{en, "No texts, calls only."},
		{en, "We don’t take text messages."},
		{en, "We don't offer a text service. Please call."},
		{en, "No. We do not provide text support; please call."},
		{es, "No ofrecemos servicio de mensajes de texto."},
		{en, "RTT (real-time text) calls are welcome."},
		{en, "Large-text version at samples.org."},
		{es, "Escribe este número en un lugar seguro."},
		{es, "No tienes que escribir tu nombre."},
		{es, "Llame o envíe un mensaje de texto al 988."},
		{es, "Este número no recibe mensajes de texto."},
		{es, "Personas sordas: texto en tiempo real (RTT)."},
		// someone else's texting, a sign of abuse
		{en, "Their partner checks their phone or texts constantly."},
		{en, "If he texts you threats, keep them."},
		{es, "Su pareja le manda mensajes de texto sin parar."},
		// calls alone, in the languages whose words of texting follow
		{en, "ይደውሉ፣ 24/7"},
		{en, "அழையுங்கள், 24 மணி நேரமும்"},
		{en, "تماس بگیرید"},
		{en, "زنګ ووهئ"},
		{en, "Anrufen, rund um die Uhr"},
		{en, "Piga simu, saa 24"},
		{en, "ဖုန်းဆက်ပါ"},
		{en, "请拨打热线"},
	} {
		t.Run(c.text, func(t *testing.T) {
			if got := loadErr(edits(t, with(fact(c.file, c.text))...)); got != "" {
				t.Errorf("refused: %s", got)
			}
		})
	}
	// texting in the words of more languages of the tables: a word, two that say it together, a
	// stem in a word; refused beside a landline, kept beside a line that takes texts
	for _, text := range []string{
		"ይደውሉ ወይም የጽሑፍ መልእክት ይላኩ፣ 24/7", "ደውሉ ወይም የፅሁፍ መልዕክት ይላኩ", "ደውሉ ወይ ኤስኤምኤስ ይላኩ",
		"அழையுங்கள் அல்லது குறுஞ்செய்தி அனுப்புங்கள்", "குறுஞ்செய்தியை அனுப்புங்கள்", "தொலைபேசி அல்லது குறுந்தகவல்",
		"تماس بگیرید یا پیامک بفرستید", "زنګ ووهئ یا پیغام ولیږئ", "زنګ ووهئ یا لنډ پیغام واستوئ", "تماس یا اس\u200cام\u200cاس",
		"Anrufen oder simsen", "Zadzwoń lub wyślij esemesa", "Звоните или пишите смс", "התקשרו או שלחו מסרון",
		"Piga simu au tuma ujumbe mfupi", "Wac ama u dir fariin qoraal ah", "Arayın veya kısa mesaj gönderin",
		"Gọi hoặc nhắn tin", "ဖုန်းဆက်ပါ သို့မဟုတ် စာတိုပို့ပါ", "拨打或发短信", "전화 또는 문자로", "Soita tai lähetä tekstiviesti",
	} {
		t.Run(text, func(t *testing.T) {
			text, _ := strconv.Unquote(`"` + text + `"`)
			if got := loadErr(edits(t, with(fact(en, text))...)); !strings.Contains(got, "offers texting, but the line takes no texts") {
				t.Errorf("beside a landline: %q", got)
			}
			if got := loadErr(edits(t, fact(en, text))); got != "" {
				t.Errorf("beside a line that takes texts: %s", got)
			}
		})
	}
}

// Texting offered on a line that takes none is said in the same run as the edition's other
// problems, which are none of its cause (it was said only once they were fixed, in a second
// run), each once: a text that asks to text the line's number is said so, not also as
// offering texting.
func TestTextingSaidWithOtherProblems(t *testing.T) {
	const set, en = "settings.yaml", "en/text.yaml"
	got := loadErr(edits(t,
		[]string{set, "  call: 1-888-373-7888", "  call: (503) 585-4949", `text: "233733"`, `text: ""`, "keyword: HELP", `keyword: ""`},
		[]string{"en/faq.md", " or text “{keyword}” to {text}", "", "call or text the hotline today", "call the hotline today or {nosuch}"},
		[]string{"es/faq.md", " o envíe “{keyword}” por mensaje de texto al {text}", "", "llame o escriba hoy", "llame hoy"},
		[]string{"es/text.yaml", "back_title: Cuando llamas o escribes", "back_title: Cuando llamas", "subline: Llama o escribe, 24/7.", "subline: Llama, 24/7."},
		fact(en, "You can also text us at {call}."),
	))
	for _, want := range []string{
		"content/en/faq.md:47: closing[2]: unknown placeholder {nosuch}",
		`content/en/text.yaml:31: card.back_title: "When you call or text" offers texting, but the line takes no texts`,
		`content/en/text.yaml:56: discreet.subline: "Call or text, 24/7. Free and private." offers texting`,
		`content/en/text.yaml:66: poster.facts[1]: "You can also text us at (503) 585-4949" asks the reader to text (503) 585-4949 (hotline.call), but the line takes no texts`,
	} {
		if strings.Count(got, want) != 1 {
			t.Errorf("got %s\nwant once: %s", got, want)
		}
	}
	if strings.Contains(got, "poster.facts[1]: \"You can also text us at (503) 585-4949.\" offers texting") {
		t.Errorf("texting the number said twice: %s", got)
	}
}

// fact is a change writing text in place of the first of poster.facts in file, a text.yaml of
// the default content.
func fact(file, text string) []string {
	first := map[string]string{"en/text.yaml": "Most victims know their trafficker.", "es/text.yaml": "La víctima suele conocer a su tratante."}[file]
	return []string{file, "    - " + first, "    - " + strconv.Quote(text)}
}
