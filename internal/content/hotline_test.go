package content

import (
	"cmp"
	"io/fs"
	"slices"
	"strings"
	"testing"
)

// Hotlines as organisations write them: Australia's 13 11 14, a number for calls and texts
// written two ways, a vanity number with its digits, a keyword with an accent, and the country
// code written as people say it. Each loads, or is refused with what to write.
func TestHotlineSettings(t *testing.T) {
	const set, text, faq = "settings.yaml", "en/text.yaml", "en/faq.md"
	noText := [][]string{{set, `text: "233733"`, `text: ""`, "  keyword: HELP", `  keyword: ""`},
		{faq, ` or text “{keyword}” to {text}`, "", "call or text the hotline today", "call the hotline today"},
		{"es/faq.md", ` o envíe “{keyword}” por mensaje de texto al {text}`, "", "llame o escriba hoy", "llame hoy"},
		{text, "When you call or text", "When you call", "Call or text, 24/7.", "Call, 24/7."}, {"es/text.yaml", "Cuando llamas o escribes", "Cuando llamas", "Llama o escribe, 24/7.", "Llama, 24/7."}}
	au := append([][]string{{set, "country: US", "country: AU", "  call: 1-888-373-7888", `  call: "13 11 14"`, `  emergency: "911"`, `  emergency: "000"`}}, noText...)
	oneNumber := [][]string{{set, "  call: 1-888-373-7888", "  call: 1-877-565-8860", `text: "233733"`, `text: "(877) 565-8860"`, "  keyword: HELP", `  keyword: ""`},
		{faq, ` or text “{keyword}” to {text}`, ""}, {"es/faq.md", ` o envíe “{keyword}” por mensaje de texto al {text}`, ""},
		{text, "  text: Text {keyword} to {text}\n", "", "  text: Text {keyword} to {text}\n", "", "  text: Text {keyword} to {text}\n", "", "  text_label: Or send a text message\n", ""},
		{"es/text.yaml", "  text: Envíe {keyword} al {text}\n", "", "  text: Envía {keyword} por texto al {text}\n", "", "  text: Envía {keyword} por texto al {text}\n", ""}}
	gbText := func(number string) []string {
		return []string{set, "country: US", "country: GB", "  call: 1-888-373-7888", "  call: 0808 802 0300", `  emergency: "911"`, `  emergency: "999"`, `text: "233733"`, `text: "` + number + `"`}
	}
	tests := []editCase{
		{"Australia's 13 11 14", au, ""},
		{"Australia's 1800 number", append([][]string{{set, "country: US", "country: AU", "  call: 1-888-373-7888", `  call: "1800 737 732"`, `  emergency: "911"`, `  emergency: "000"`}}, noText...), ""},
		{"13 11 14 with +61", append([][]string{{set, "country: US", "country: AU", "  call: 1-888-373-7888", `  call: "+61 13 11 14"`, `  emergency: "911"`, `  emergency: "000"`}}, noText...),
			`content/settings.yaml:30: hotline.call: "+61 13 11 14" cannot be dialled from outside AU: write it as it is dialled there, without + and the country code (131114) (a number as it is dialled in AU (1800 123 456), a service number, or a number with + and its country code)`},
		{"a slip of 13 11 14 in the FAQ", append(au, []string{"en/faq.md", "Hotline at {call}", "Hotline at 13 11 41"}),
			`content/en/faq.md:41: answer 9[1]: "13 11 41" is one slip away from hotline.call 13 11 14; a likely typo (write {call} to print 13 11 14 from settings.yaml; if 13 11 41 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["13 11 41"], or add it to that list; as it is one slip from 13 11 14, check it digit by digit, then write it again at the top level of settings.yaml: confirmed_numbers: ["13 11 41"])`},
		{"one number written two ways, without text lines", oneNumber, ""},
		{"vanity number with its digits", [][]string{{set, "  call: 1-888-373-7888", `  call: "1-800-799-SAFE (7233)"`}}, ""},
		{"vanity number with other digits", [][]string{{set, "  call: 1-888-373-7888", `  call: "1-800-799-SAFE (7234)"`}},
			`content/settings.yaml:30: hotline.call: "1-800-799-SAFE (7234)": the digits in brackets (7234) are not those of SAFE, which dials 7233: check which is right (a U.S. number (1-800-799-7233), a vanity number (1-800-799-SAFE), a service number (988), or +44 808 2000 247)`},
		{"short code in groups", [][]string{{set, `text: "233733"`, `text: "233 733"`}},
			`content/settings.yaml:33: hotline.text: "233 733" should be a short code of 3 to 8 digits or a phone number (write the short code's digits together: text: "233733")`},
		{"short code with a dash", [][]string{{set, `text: "233733"`, `text: "233-733"`}},
			`content/settings.yaml:33: hotline.text: "233-733" should be a short code of 3 to 8 digits or a phone number (write the short code's digits together: text: "233733")`},
		// a text number meant as a phone number is told what is wrong with it, as a call number is
		{"UK mobile to text, a digit short", [][]string{gbText("07781 45678")},
			`content/settings.yaml:33: hotline.text: "07781 45678" is not a valid number in GB: check the digits, or write it with + and the country code (the whole number people text, or a short code's digits alone)`},
		{"UK mobile to text, a digit short, with +44", [][]string{gbText("+44 7781 45678")},
			`content/settings.yaml:33: hotline.text: "+44 7781 45678" is not a valid number in GB: check the digits, or write it with + and the country code (the whole number people text, or a short code's digits alone)`},
		{"UK mobile to text, a digit short, without the trunk 0", [][]string{gbText("7781 45678")},
			`content/settings.yaml:33: hotline.text: "7781 45678" is not a valid number in GB: check the digits, or write it with + and the country code (the whole number people text, or a short code's digits alone)`},
		{"U.S. number to text, a digit short", [][]string{{set, `text: "233733"`, `text: "541-555-012"`}},
			`content/settings.yaml:33: hotline.text: "541-555-012" has 9 digits; a U.S. number has 10 (or 11 starting with 1) (the whole number people text, or a short code's digits alone)`},
		{"Danish number to text, not a number", [][]string{{set, "country: US", "country: DK", "  call: 1-888-373-7888", `  call: "80 12 34 56"`, `  emergency: "911"`, `  emergency: "112"`, `text: "233733"`, `text: "1234 5678"`}},
			`content/settings.yaml:33: hotline.text: "1234 5678" is not a valid number in DK: check the digits, or write it with + and the country code (the whole number people text, or a short code's digits alone)`},
		{"short code with a leading 0", [][]string{{set, `text: "233733"`, `text: "0233733"`}},
			`content/settings.yaml:33: hotline.text: "0233733" starts with 0, which no short code does, and is no whole phone number in US (write the short code as the text line gives it, or the whole phone number with its area code)`},
		{"keyword with an accent", [][]string{{set, "  keyword: HELP", "  keyword: ÁNIMO"}}, ""},
		{"keyword of two words", [][]string{{set, "  keyword: HELP", "  keyword: HELP ME"}},
			`content/settings.yaml:35: hotline.keyword: "HELP ME" should be one word of letters or digits (any alphabet, accents too), at most 20 (a texting service matches one word: no spaces or punctuation)`},
		{"keyword that unsubscribes", [][]string{{set, "  keyword: HELP", "  keyword: Stop"}},
			`content/settings.yaml:35: hotline.keyword: "Stop" is a word carriers read as "stop sending me messages": a text with it would unsubscribe the sender, not reach the line (use the keyword the text line gives you)`},
		// a keyword of letters of two scripts prints as one word and texts another; one of a
		// script of its own, or of the scripts a language writes together, is a keyword
		{"keyword with a Cyrillic Е", [][]string{{set, "  keyword: HELP", "  keyword: HЕLP"}},
			`content/settings.yaml:35: hotline.keyword: "HЕLP" mixes alphabets: 'Е' (U+0415) is a Cyrillic letter among Latin ones. It prints as the word it looks like, but a text with it is another word to the line's texting service, which would not answer it (type it again in Latin letters alone: HELP)`},
		{"keyword with a Greek Α and Ο", [][]string{{set, "  keyword: HELP", "  keyword: ΑYUDΟ"}},
			`content/settings.yaml:35: hotline.keyword: "ΑYUDΟ" mixes alphabets: 'Α' (U+0391) and 'Ο' (U+039F) are Greek letters among Latin ones. It prints as the word it looks like, but a text with it is another word to the line's texting service, which would not answer it (type it again in Latin letters alone: AYUDO)`},
		{"keyword in Cyrillic with a Latin O", [][]string{{set, "  keyword: HELP", "  keyword: ПОМOЩЬ"}},
			`content/settings.yaml:35: hotline.keyword: "ПОМOЩЬ" mixes alphabets: 'O' (U+004F) is a Latin letter among Cyrillic ones. It prints as the word it looks like, but a text with it is another word to the line's texting service, which would not answer it (type it again in Cyrillic letters alone)`},
		{"keyword in Cyrillic", [][]string{{set, "  keyword: HELP", "  keyword: СТОП"}}, ""},
		{"keyword in Arabic", [][]string{{set, "  keyword: HELP", "  keyword: مساعدة"}}, ""},
		{"keyword in Japanese", [][]string{{set, "  keyword: HELP", "  keyword: 助けて"}}, ""},
		{"keyword with a digit", [][]string{{set, "  keyword: HELP", "  keyword: HELP2"}}, ""},
		{"country in lower case", [][]string{{set, "country: US", "country: us"}}, ""}, // ISO 3166's code in either case
		{"country as UK", [][]string{{set, "country: US", "country: UK"}},
			`content/settings.yaml:24: country: "UK" is not a country code haven knows (write GB, the country's two-letter ISO 3166 code)`},
		{"country in three letters", [][]string{{set, "country: US", "country: USA"}},
			`content/settings.yaml:24: country: "USA" is not a country code haven knows (write US, the country's two-letter ISO 3166 code)`},
		{"country unknown", [][]string{{set, "country: US", "country: XX"}},
			`content/settings.yaml:24: country: "XX" is not a country code haven knows (write the two capital letters of ISO 3166, e.g. US, GB, CA)`},
	}
	runEdits(t, tests)
}

// A country code refused (UK for GB, or none at all) is said once: the texts' numbers are read
// in the country meant (GB's police on 101 passes), or, where none is, are not said to be no
// number of it.
func TestCountryRefusedIsSaidOnce(t *testing.T) {
	for _, tc := range []struct{ country, want string }{
		{"UK", `content/settings.yaml:24: country: "UK" is not a country code haven knows (write GB, the country's two-letter ISO 3166 code)`},
		{"XQ", `content/settings.yaml:24: country: "XQ" is not a country code haven knows (write the two capital letters of ISO 3166, e.g. US, GB, CA)`},
	} {
		got := loadErr(edits(t, []string{"settings.yaml", "country: US", "country: " + tc.country, `  emergency: "911"`, `  emergency: "999"`},
			[]string{"en/faq.md", "No. Most victims", "Other lines:\n\n- Police non-emergency: 101\n\nNo. Most victims"}))
		if got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}

// A language may text its own keyword (Crisis Text Line: HOME in English, AYUDA in Spanish):
// keyword: in its text.yaml is what {keyword} prints and what its text links send. A keyword
// written out beside the text number that is not the language's is refused, since the link
// would send another word; the keyword named beside another word is no such mistake.
func TestKeywordPerLanguage(t *testing.T) {
	const es = "es/text.yaml"
	ayuda := []string{es, "language: Español\n", "language: Español\nkeyword: AYUDA\n"}
	tests := []editCase{
		{"the language's keyword", [][]string{ayuda}, ""},
		{"written out, as the language's keyword", [][]string{ayuda, {es, "  text: Envíe {keyword} al {text}", "  text: Envíe AYUDA al {text}"}}, ""},
		{"written out, not the keyword", [][]string{{es, "  text: Envíe {keyword} al {text}", "  text: Envíe AYUDA al {text}"}},
			`content/es/text.yaml:17: help.text: "Envíe AYUDA al 233733" tells the reader to text AYUDA to 233733, but the text links of this language send HELP (hotline.keyword in settings.yaml) (write {keyword} in place of AYUDA; if AYUDA is this language's word, write keyword: AYUDA at the top of content/es/text.yaml; if the line takes AYUDA too, list it in settings.yaml under hotline: as other_keywords: [AYUDA])`},
		{"written out in the FAQ, in quotes and bold", [][]string{{"es/faq.md", "envíe “{keyword}” por mensaje de texto", "envíe **“AYUDA”** por mensaje de texto"}},
			`content/es/faq.md:41: answer 9[1]: "Si cree que un niño está en peligro inmediato, llame al 911…" tells the reader to text AYUDA to 233733, but the text links of this language send HELP (hotline.keyword in settings.yaml) (write {keyword} in place of AYUDA; if AYUDA is this language's word, write keyword: AYUDA at the top of content/es/text.yaml; if the line takes AYUDA too, list it in settings.yaml under hotline: as other_keywords: [AYUDA])`},
		{"written out, the number in Arabic-Indic digits", [][]string{{es, "  text: Envíe {keyword} al {text}", "  text: Envíe AYUDA al ٢٣٣٧٣٣"}},
			`content/es/text.yaml:17: help.text: "Envíe AYUDA al ٢٣٣٧٣٣" tells the reader to text AYUDA to 233733`},
		{"another word beside the keyword", [][]string{{"en/text.yaml", "  text: Text {keyword} to {text}\n  note", "  text: Text {keyword} or INFO to {text}\n  note"}}, ""},
		{"a text all in capitals", [][]string{{"en/text.yaml", "  text: Text {keyword} to {text}\n  note", "  text: OR TEXT {text}\n  note"}}, ""},
		{"an acronym beside the number", [][]string{{"en/text.yaml", "  text: Text {keyword} to {text}\n  note", "  text: SMS {text}\n  note"}}, ""},
		{"a keyword written out with none set", [][]string{{"settings.yaml", "  keyword: HELP", `  keyword: ""`},
			{"en/faq.md", "“{keyword}”", "“HELP”"}, {"es/faq.md", "“{keyword}”", "“AYUDA”"},
			{"en/text.yaml", "Text {keyword}", "Text START", "Text {keyword}", "Text START", "Text {keyword}", "Text START"},
			{es, "Envíe {keyword}", "Envíe AYUDA", "Envía {keyword}", "Envía AYUDA", "Envía {keyword}", "Envía AYUDA"}},
			`content/en/text.yaml:17: help.text: "Text START to 233733" tells the reader to text START to 233733, but no keyword is set, so the line's other text links send a message with no word (if the line takes START beside messages with no word, list it in settings.yaml under hotline: as other_keywords: [START]; if every message must say START, set hotline.keyword: START (or keyword: START at the top of content/en/text.yaml for this language alone))`},
		// what that message says to do loads: a line with no keyword may take other words (988 takes PRIDE)
		{"a word written out with none set, listed", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: \"\"\n  other_keywords: [START, AYUDA]"},
			{"en/faq.md", "“{keyword}”", "“START”"}, {"es/faq.md", "“{keyword}”", "“AYUDA”"},
			{"en/text.yaml", "Text {keyword}", "Text START", "Text {keyword}", "Text START", "Text {keyword}", "Text START"},
			{es, "Envíe {keyword}", "Envíe AYUDA", "Envía {keyword}", "Envía AYUDA", "Envía {keyword}", "Envía AYUDA"}}, ""},
		{"a word listed with none set, not written", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: \"\"\n  other_keywords: [PRIDE]"},
			{"en/faq.md", ` or text “{keyword}” to {text}`, ""}, {"es/faq.md", ` o envíe “{keyword}” por mensaje de texto al {text}`, ""},
			{"en/text.yaml", "Text {keyword} to", "Text", "Text {keyword} to", "Text", "Text {keyword} to", "Text"},
			{es, "Envíe {keyword} al", "Envíe un mensaje al", "Envía {keyword} por", "Envía un mensaje por", "Envía {keyword} por", "Envía un mensaje por"}}, ""},
		{"an opt-out word listed with none set", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: \"\"\n  other_keywords: [STOP]"}},
			`content/settings.yaml:36: hotline.other_keywords[1]: "STOP" is a word carriers read as "stop sending me messages": a text with it would unsubscribe the sender, not reach the line (use the keyword the text line gives you)`},
		{"a word listed with no number to text", [][]string{{"settings.yaml", `text: "233733"`, `text: ""`, "  keyword: HELP", "  keyword: \"\"\n  other_keywords: [PRIDE]"}},
			`content/settings.yaml:36: hotline.other_keywords[1]: is set but there is no number to text it to (add hotline.text, or remove the keyword)`},
		{"a language's keyword without a number to text", [][]string{ayuda, {"settings.yaml", `text: "233733"`, `text: ""`, "  keyword: HELP", `  keyword: ""`},
			{"en/faq.md", ` or text “{keyword}” to {text}`, ""}, {"es/faq.md", ` o envíe “{keyword}” por mensaje de texto al {text}`, ""}},
			`content/es/text.yaml:7: keyword: is set but there is no number to text it to (add hotline.text, or remove the keyword)`},
		{"an opt-out word beside the text number", [][]string{{"en/faq.md", "to {text}.", "to {text}. To stop messages, text STOP to {text}; reply “STOP” or “UNSUBSCRIBE” to {text}."},
			{es, "  text: Envíe {keyword} al {text}", "  text: Envíe {keyword} al {text}; para no recibir más mensajes, envíe CANCELAR o ARRET al {text}"}}, ""},
		{"acronyms and capitals that are no keyword", [][]string{{"en/faq.md", "to {text}.", "to {text}. To report DMST, text {text}; text the NHTH at {text}. ASAP: {text}. Отправьте СМС на номер {text}. Text HI IT'S ME to {text}."}}, ""},
		{"written out in English, after quotes", [][]string{{"en/faq.md", "text “{keyword}” to {text}", "text “INFO” to the number {text}"}},
			`content/en/faq.md:41: answer 9[1]: "If you believe a child is in immediate danger, call 911 rig…" tells the reader to text INFO to 233733`},
		{"another word the line takes, listed", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [INFO]"},
			{"en/faq.md", "text “{keyword}” to {text}", "text “INFO” to the number {text}"}}, ""},
		{"a listed word one slip from the keyword", [][]string{{"settings.yaml", "  keyword: HELP", "  keyword: HELP\n  other_keywords: [HLEP]"}},
			`content/settings.yaml:36: hotline.other_keywords[1]: "HLEP" is one slip from hotline.keyword HELP (a letter changed, dropped or added, or two swapped): a likely typo (list only the other words the line takes, as it publishes them)`},
		{"written out as the word to send", [][]string{{es, "  text: Envíe {keyword} al {text}", "  text: Envíe la palabra AYUDA al número {text}"}},
			`content/es/text.yaml:17: help.text: "Envíe la palabra AYUDA al número 233733" tells the reader to text AYUDA to 233733`},
		{"a language's keyword of two words", [][]string{{es, "language: Español\n", "language: Español\nkeyword: POR FAVOR\n"}},
			`content/es/text.yaml:7: keyword: "POR FAVOR" should be one word of letters or digits (any alphabet, accents too), at most 20 (a texting service matches one word: no spaces or punctuation)`},
	}
	runEdits(t, tests)
	// a keyword that is not one word is said once, where it is set, not in every text that prints it
	twoWords := `content/settings.yaml:35: hotline.keyword: "HELP ME" should be one word of letters or digits (any alphabet, accents too), at most 20 (a texting service matches one word: no spaces or punctuation)`
	if got := loadErr(edits(t, []string{"settings.yaml", "  keyword: HELP", "  keyword: HELP ME"})); got != twoWords {
		t.Errorf("a keyword of two words:\ngot  %s\nwant %s", got, twoWords)
	}
	// what {keyword} prints, and what the language's outputs send
	c, err := Load(edits(t, ayuda), "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range c.Languages {
		want := map[string]string{"en": "HELP", "es": "AYUDA"}[l.Code]
		if got := c.Settings.For(&l).Hotline.Keyword.Text; got != want {
			t.Errorf("%s: the links send %q, want %q", l.Code, got, want)
		}
		if !strings.Contains(l.Text.Card.Text.Text, want+" ") {
			t.Errorf("%s: the card's text line is %q, want %s in it", l.Code, l.Text.Card.Text.Text, want)
		}
	}
}

// One number for calls and texts written two ways prints both forms in one handout: a warning
// says so and names the form to write; one form, or two numbers, is no warning.
func TestOneNumberTwoFormsWarns(t *testing.T) {
	for _, tt := range []struct {
		call, text string
		want       string // the warning, or ""
	}{
		{"1-888-373-7888", "(888) 373-7888", `content/settings.yaml:33: hotline.text: "(888) 373-7888" is hotline.call 1-888-373-7888 written another way: the outputs print both forms, which a reader may take for two numbers (write text: "1-888-373-7888", as call is written)`},
		{"988", "9-8-8", `content/settings.yaml:33: hotline.text: "9-8-8" is hotline.call 988 written another way`},
		{"988", "988", ""},
		{"1-888-373-7888", "233733", ""},
	} {
		c, err := Load(edits(t, []string{"settings.yaml", "  call: 1-888-373-7888", "  call: " + tt.call, `text: "233733"`, `text: "` + tt.text + `"`}), "content", Overrides{})
		if err != nil {
			t.Fatalf("%s / %s: %v", tt.call, tt.text, err)
		}
		got := ""
		for _, w := range c.Warnings {
			if w.Field == "hotline.text" {
				got = w.Error()
			}
		}
		if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s / %s: got %q, want %q", tt.call, tt.text, got, tt.want)
		}
	}
}

// A line that takes only texts (Crisis Text Line: text HOME to 741741) leaves call empty: it
// loads, its call lines (help.call_label, help.call, poster.tab, the cards' labels) are left out, and {call} in a
// text is an error naming the text. A line with neither is refused, a short code written as
// the number to call is pointed to text:, and a line that takes calls needs its call lines.
// A line with only a TTY number is told to write it as call: too, and one with only a relay's
// the line the relay reaches.
func TestTextOnlyLine(t *testing.T) {
	const set, text = "settings.yaml", "en/text.yaml"
	textOnly := []string{set, "  call: 1-888-373-7888", `  call: ""`, `text: "233733"`, `text: "741741"`, "  keyword: HELP", "  keyword: HOME"}
	faqs := [][]string{{"en/faq.md", "contact the National Human Trafficking Hotline at {call} or text", "text", "call or text the hotline today", "text the hotline today"},
		{"es/faq.md", "comuníquese con la Línea Nacional Contra la Trata de Personas al {call} o envíe", "envíe", "llame o escriba hoy", "escriba hoy"}}
	runEdits(t, []editCase{
		{"text only", append([][]string{textOnly}, faqs...), ""},
		{"text only, its call lines left out of text.yaml", append([][]string{textOnly, {text, "  call: Call {call}\n", "", "  tab: Call {call}\n", ""}}, faqs...), ""},
		{"text only, the cards' call words left out too", append([][]string{textOnly, {text, "  call_label: Call the hotline, 24/7\n  text:", "  text:",
			"  call_label: Call the hotline, 24/7\n  back_title: Warning", "  back_title: Warning", "  subline: Call or text, 24/7. Free and private.\n", ""}}, faqs...), ""},
		{"text only, {call} in the FAQ", append([][]string{textOnly}, faqs[1]),
			"content/en/faq.md:41: answer 9[1]: {call} prints hotline.call, which settings.yaml does not set (the line only takes texts: write {text} (text {keyword} to {text}) in its place, or set hotline.call)"},
		{"text only, {call} in a card", append([][]string{textOnly, {text, "  text: Text {keyword} to {text}\n  danger", "  text: Text {keyword} to {text} or call {call}\n  danger"}}, faqs...),
			"content/en/text.yaml:28: card.text: {call} prints hotline.call, which settings.yaml does not set (the line only takes texts: write {text} (text {keyword} to {text}) in its place, or set hotline.call)"},
		{"neither call nor text", [][]string{{set, "  call: 1-888-373-7888", `  call: ""`, `text: "233733"`, `text: ""`, "  keyword: HELP", `  keyword: ""`}},
			`content/settings.yaml:30: hotline.call: missing (add 'call: ...', the number people dial; for a line that takes only texts, set 'text: ...' and leave call empty)`},
		// only a TTY number: its number is the one to call, with words that say so; a relay's is
		// the line's own number
		{"only a TTY number", [][]string{{set, "  call: 1-888-373-7888", `  call: ""`, `text: "233733"`, `text: ""`, "  keyword: HELP", `  keyword: ""`, `tty: ""`, `tty: "1-800-787-3224"`}},
			`content/settings.yaml:30: hotline.call: missing: settings.yaml sets only hotline.tty (1-800-787-3224), and haven prints the number people call or text as the line, on every card, poster and handout (a TTY line is called, from a textphone: write its number as call: "1-800-787-3224" too (tty: may stay), and say in the call lines that it takes TTY calls (help.call_label, card.call_label, poster.call_label, e.g. call_label: "TTY line for Deaf and hard of hearing callers"))`},
		{"only the relay", [][]string{{set, "  call: 1-888-373-7888", `  call: ""`, `text: "233733"`, `text: ""`, "  keyword: HELP", `  keyword: ""`, `tty: ""`, `tty: "711"`}},
			`content/settings.yaml:30: hotline.call: missing: settings.yaml sets only hotline.tty (711), and haven prints the number people call or text as the line, on every card, poster and handout (711 is the relay service, which puts a TTY user through to the number they ask for: write the line's own number as call:, and keep tty: "711")`},
		{"only Relay UK's number", [][]string{{set, "country: US", "country: GB", `  emergency: "911"`, `  emergency: "999"`, "  call: 1-888-373-7888", `  call: ""`, `text: "233733"`, `text: ""`, "  keyword: HELP", `  keyword: ""`, `tty: ""`, `tty: "18001 0808 2000 247"`}},
			`content/settings.yaml:30: hotline.call: missing: settings.yaml sets only hotline.tty (18001 0808 2000 247), and haven prints the number people call or text as the line, on every card, poster and handout (18001 0808 2000 247 is Relay UK's way to the line 0808 2000 247: write the line as call: "0808 2000 247", and keep tty: "18001 0808 2000 247" for textphone users)`},
		{"the TTY number written as call", [][]string{
			{set, "  call: 1-888-373-7888", "  call: 1-800-787-3224", `text: "233733"`, `text: ""`, "keyword: HELP", `keyword: ""`, `tty: ""`, `tty: "1-800-787-3224"`},
			{"en/faq.md", " or text “{keyword}” to {text}", "", "call or text the hotline today", "call the hotline today"},
			{"es/faq.md", " o envíe “{keyword}” por mensaje de texto al {text}", "", "llame o escriba hoy", "llame hoy"},
			{text, "back_title: When you call or text", "back_title: When you call", "subline: Call or text, 24/7.", "subline: Call, 24/7.",
				"  call_label: National Human Trafficking Hotline, free and confidential, 24/7", "  call_label: TTY line for Deaf and hard of hearing callers, 24/7"},
			{"es/text.yaml", "back_title: Cuando llamas o escribes", "back_title: Cuando llamas", "subline: Llama o escribe, 24/7.", "subline: Llama, 24/7."}}, ""},
		{"only a chat", [][]string{{set, "  call: 1-888-373-7888", `  call: ""`, `text: "233733"`, `text: ""`, "  keyword: HELP", `  keyword: ""`, `chat: ""`, `chat: "https://wa.me/15555550142"`}},
			`content/settings.yaml:30: hotline.call: missing: the line has only a chat, and haven prints a line people call or text (its cards, posters and handouts are built around that number) (add the number people call or text (for a WhatsApp line, call: or text: only if that number takes phone calls or SMS); the chat address prints beside it)`},
		{"a short code to text written as call", [][]string{{set, "  call: 1-888-373-7888", `  call: "741741"`, `text: "233733"`, `text: ""`, "  keyword: HELP", `  keyword: ""`}},
			`content/settings.yaml:30: hotline.call: "741741" is not a U.S. service number: three-digit lines are 211 to 811 and 988; a full number has 10 digits (if people text it: a line that only takes texts writes text: "741741" and call: ""; if 741741 is the line's number and haven's numbering tables lack it: check it digit by digit against the number the line publishes, then confirm it with a line at the top level of settings.yaml: confirmed_numbers: ["741741"])`},
		// left out, named at its group's first line
		{"a line that takes calls, without its call line", [][]string{{text, "  call: Call {call}\n", ""}},
			`content/en/text.yaml:11: help.call: is missing under help: hotline.call is set, and this is where the outputs print it (add e.g. 'call: Call {call}'; for a line that takes only texts, leave hotline.call empty)`},
		{"a line that takes calls, without its card's call words", [][]string{{text, "  subline: Call or text, 24/7. Free and private.\n", ""}},
			`content/en/text.yaml:55: discreet.subline: is missing under discreet: hotline.call is set, and this is where the outputs print it (add e.g. 'subline: Call or text, 24/7. Free and private.'; for a line that takes only texts, leave hotline.call empty)`},
		// written empty, named at its line
		{"a line that takes calls, its call line empty", [][]string{{text, "  call: Call {call}\n", "  call:\n"}},
			`content/en/text.yaml:15: help.call: is empty: hotline.call is set, and this is where the outputs print it (add e.g. 'call: Call {call}'; for a line that takes only texts, leave hotline.call empty)`},
		{"a line that takes texts, its text line empty", [][]string{{text, "  text: Text {keyword} to {text}\n  danger", "  text: \"\"\n  danger"}},
			`content/en/text.yaml:28: card.text: is empty: hotline.text is set, and this is where the outputs print it (add e.g. 'text: Text {keyword} to {text}', or remove hotline.text)`},
	})
}

// withNumber is s with value as its number field (call, text, tty; else the first of
// other_numbers).
func withNumber(s Settings, field, value string) Settings {
	switch field {
	case "call":
		s.Hotline.Call = loc("hotline.call", value)
	case "text":
		s.Hotline.Text = loc("hotline.text", value)
	case "tty":
		s.Hotline.TTY = loc("hotline.tty", value)
	default:
		s.Organisation.OtherNumbers = []OtherNumber{{Number: loc(otherField+"[1]", value)}}
	}
	return s
}

// A whole number written with words beside it, in any number field: one message, that says to
// write the number alone and which text of text.yaml (or which label:) the words go in, not a
// knock-on about its digits or what a short code is. A number with a wrong digit among words
// is still refused.
func TestNumberBesideWords(t *testing.T) {
	gb := func(field, value string) Settings {
		return withNumber(hotlineIn("GB", "0808 2000 247", "999"), field, value)
	}
	textIn := func(text string) Settings {
		s := hotlineIn("", "1-888-373-7888", "911")
		s.Hotline.Text = loc("hotline.text", text)
		return s
	}
	for _, tt := range []struct {
		s    Settings
		want string // the one problem, as field: message (hint)
	}{
		{gb("call", "0808 2000 247 (freephone)"), `hotline.call: "0808 2000 247 (freephone)" has "(freephone)" beside the number: write the number alone (0808 2000 247) (the words go in text.yaml, in help.call_label, card.call_label and poster.call_label)`},
		{gb("call", "0808 2000 247 24 hours"), `hotline.call: "0808 2000 247 24 hours" has "24 hours" beside the number: write the number alone (0808 2000 247) (the words go in text.yaml, in help.call_label, card.call_label and poster.call_label)`},
		{gb("call", "Freephone 0808 2000 247"), `hotline.call: "Freephone 0808 2000 247" has "Freephone" beside the number: write the number alone (0808 2000 247) (the words go in text.yaml, in help.call_label, card.call_label and poster.call_label)`},
		{gb("text", "07860 077 333 (text only)"), `hotline.text: "07860 077 333 (text only)" has "(text only)" beside the number: write the number alone (07860 077 333) (the words go in text.yaml, in help.text_label)`},
		{gb("tty", "18001 0808 2000 247 (Relay UK)"), `hotline.tty: "18001 0808 2000 247 (Relay UK)" has "(Relay UK)" beside the number: write the number alone (18001 0808 2000 247) (the words go in text.yaml, in help.tty_label)`},
		{gb("other", "020 7123 4567 (office)"), `organisation.other_numbers[1]: "020 7123 4567 (office)" has "(office)" beside the number: write the number alone (020 7123 4567) (write the entry as - number: "020 7123 4567", and the words under it as its label:)`},
		{textIn("741741 (text only)"), `hotline.text: "741741 (text only)" has "(text only)" beside the number: write the number alone (741741) (the words go in text.yaml, in help.text_label)`},
		{textIn("Text 741741"), `hotline.text: "Text 741741" has "Text" beside the number: write the number alone (741741) (the words go in text.yaml, in help.text_label)`},
		{hotlineIn("", "988 (call or text)", "911"), `hotline.call: "988 (call or text)" has "(call or text)" beside the number: write the number alone (988) (the words go in text.yaml, in help.call_label, card.call_label and poster.call_label)`},
		// a digit wrong among the words: the number is no whole number, and said so
		{gb("call", "0808 200 247 (freephone)"), `hotline.call: "0808 200 247 (freephone)" has letters in brackets: write the number alone, and any note in the text (`},
	} {
		var got []string
		checkHotline(&tt.s, func(path, msg, hint string) { got = append(got, path+": "+msg+" ("+hint+")") })
		if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
			t.Errorf("got %q, want one problem: %q", got, tt.want)
		}
	}
}

// A number field holding two numbers or more, however written between them, is said to: the
// field takes one, and the other goes under other_numbers and in a note; not as words beside
// one of them, which the message would leave out. One number, in brackets or not, passes.
func TestSeveralNumbersInOneField(t *testing.T) {
	us := func(field, value string) Settings {
		return withNumber(hotlineIn("", "1-888-373-7888", "911"), field, value)
	}
	const other = "list the other under organisation: as other_numbers: [1-800-799-7233], and write it in text.yaml where it should print, in help.note, card.back_note or poster.note)"
	for _, tt := range []struct {
		s    Settings
		want string // the one problem, as field: message (hint); "" for none
	}{
		{us("call", "419-244-3033 or 1-800-799-7233"), `hotline.call: "419-244-3033 or 1-800-799-7233" holds two numbers (419-244-3033 and 1-800-799-7233): call takes one, the line people should call (keep there the one people should call (call: "419-244-3033", or another); ` + other},
		{us("call", "419-244-3033 / 1-800-799-7233"), `hotline.call: "419-244-3033 / 1-800-799-7233" holds two numbers (419-244-3033 and 1-800-799-7233)`},
		{us("call", "419-244-3033 (local) 1-800-799-7233 (toll-free)"), `hotline.call: "419-244-3033 (local) 1-800-799-7233 (toll-free)" holds two numbers (419-244-3033 and 1-800-799-7233)`},
		{us("call", "419-244-3033, 419-244-3035"), `hotline.call: "419-244-3033, 419-244-3035" holds two numbers (419-244-3033 and 419-244-3035)`},
		{us("call", "(419) 244-3033 or (419) 244-3035 or 988"), `hotline.call: "(419) 244-3033 or (419) 244-3035 or 988" holds 3 numbers ((419) 244-3033, (419) 244-3035 and 988)`},
		{us("text", "741741 or 419-244-3033"), `hotline.text: "741741 or 419-244-3033" holds two numbers (741741 and 419-244-3033): text takes one, the number people should text`},
		{us("tty", "419-244-3034 or 1-800-787-3224"), `hotline.tty: "419-244-3034 or 1-800-787-3224" holds two numbers (419-244-3034 and 1-800-787-3224): tty takes one`},
		{us("call", "(419) 244-3033"), ""},
		{us("call", "419-244-3033 (24/7)"), `has "(24/7)" beside the number`},
		{us("call", "Toll-free 1-800-799-7233"), `has "Toll-free" beside the number`},
	} {
		var got []string
		checkHotline(&tt.s, func(path, msg, hint string) { got = append(got, path+": "+msg+" ("+hint+")") })
		if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)) {
			t.Errorf("got %q, want one problem: %q", got, tt.want)
		}
	}
}

// The hints give an example of a number as the country in settings.yaml writes it, and U.S.
// examples for a U.S. line only.
func TestHintsInTheCountrysFormat(t *testing.T) {
	for _, tt := range []struct {
		s     Settings
		field string
		want  string // the hint
	}{
		{hotlineIn("GB", "0808 2000 24", "999"), "hotline.call", "a number as it is dialled in GB (0800 123 4567), a service number, or a number with + and its country code"},
		{hotlineIn("DE", "0800 111 0", "112"), "hotline.call", "a number as it is dialled in DE (0800 1234567890), a service number, or a number with + and its country code"},
		{hotlineIn("", "1-888-373-788", "911"), "hotline.call", "a U.S. number (1-800-799-7233), a vanity number (1-800-799-SAFE), a service number (988), or +44 808 2000 247"},
		{hotlineIn("GB", "0808 2000 247", "999", "020 7946 095"), otherField + "[1]", "another number of the organisation's, as people dial it in GB, e.g. 0800 123 4567, or with + and its country code"},
		{hotlineIn("GB", "0808 2000 247", "999", ""), otherField + "[1]", "write the number, e.g. - 0800 123 4567, or remove the line"},
		{hotlineIn("US", "1-888-373-7888", "911", "614-276-227"), otherField + "[1]", "another number of the organisation's, as people dial it, e.g. 614-276-2274 or +44 20 7946 0958"},
	} {
		var got []string
		checkHotline(&tt.s, func(path, msg, hint string) {
			if path == tt.field {
				got = append(got, hint)
			}
		})
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s %s: hints %q, want %q", tt.s.Country, tt.field, got, tt.want)
		}
	}
}

// A UK line whose settings.yaml leaves out country: (or sets another whose numbers they are
// not): one problem says which country to set, and the numbers are checked in it, so what is
// wrong with them there is still said, but not that each is no U.S. number.
func TestWrongCountryOnce(t *testing.T) {
	uk := func(country, call, tty string) Settings {
		s := hotlineIn(country, call, "999")
		s.Hotline.Text, s.Hotline.TTY = loc("hotline.text", "07860 077 333"), loc("hotline.tty", tty)
		return s
	}
	const setGB = `country: "US", but hotline.call, hotline.text and hotline.emergency are numbers of GB, not of US (set country: GB)`
	for _, tt := range []struct {
		s    Settings
		want []string // as field: message (hint)
	}{
		{uk("", "0808 2000 247", ""), []string{setGB}},
		{uk("", "0808 2000 247", "18001 0808 2000 247"), []string{`country: "US", but hotline.call, hotline.text, hotline.tty and hotline.emergency are numbers of GB, not of US (set country: GB)`}},
		{uk("US", "0808 2000 247", ""), []string{setGB}},
		// what the right country refuses too is said, as it is said there
		{uk("", "0808 2000 247 (freephone)", ""), []string{setGB,
			`hotline.call: "0808 2000 247 (freephone)" has "(freephone)" beside the number: write the number alone (0808 2000 247) (the words go in text.yaml, in help.call_label, card.call_label and poster.call_label)`}},
		{uk("", "0808 2000 247", "18001 0808 2000 248"), []string{`country: "US", but hotline.call, hotline.text, hotline.tty and hotline.emergency are numbers of GB, not of US (set country: GB)`,
			`hotline.tty: "18001 0808 2000 248" is one slip away from hotline.call 0808 2000 247; a likely typo (check both against the organisation's records; if both are right (two lines numbered one apart), list one of them again under organisation: as other_numbers: ["18001 0808 2000 248"] to say so)`}},
		// a short line beside the emergency number, both of another country's
		{func() Settings { s := uk("", "116 123", ""); s.Hotline.Text = loc("hotline.text", ""); return s }(),
			[]string{`country: "US", but hotline.call and hotline.emergency are numbers of GB, not of US (set country: GB)`}},
		// a vanity number reads as a U.S. one; the site says where the line is
		{func() Settings {
			s := hotlineIn("", "1800RESPECT", "911")
			s.ResourceURL = "https://www.1800respect.org.au"
			return s
		}(), []string{`country: "US", but resource_url "https://www.1800respect.org.au" is a site in AU (.au), whose numbers the line's are: they would be read, dialled and linked as numbers of US, and its emergency number checked as US's (set country: AU, and hotline.emergency to the number dialled there)`,
			`hotline.emergency: "911" is not an emergency number in AU (the number for police, fire and ambulance in AU: haven's numbering tables know 000, 106 and 112 there)`}},
	} {
		var got []string
		checkHotline(&tt.s, func(path, msg, hint string) { got = append(got, path+": "+msg+" ("+hint+")") })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q call %q tty %q:\n got %q\nwant %q", tt.s.Country, tt.s.Hotline.Call.Text, tt.s.Hotline.TTY.Text, got, tt.want)
		}
	}
}

// 112 is the national emergency number in Nigeria, Ghana and Uganda, and 911 and 112 are
// Armenia's beside 101 to 103, which libphonenumber's tables lack: they were refused as
// hotline.emergency, and confirming them was refused too. A
// number that is no emergency number there is still refused, and the hint names the ones the
// tables know; FAQ slips of 112 are caught.
func TestEmergencyNumbersTheTablesLack(t *testing.T) {
	for _, tt := range []struct {
		set  Settings
		want string // the problems of checkHotline, as path: msg (hint), or ""
	}{
		{hotlineIn("NG", "0800 0333 333", "112"), ""},
		{confirm(hotlineIn("NG", "0800 0333 333", "112"), "112"), ""},
		{hotlineIn("NG", "0800 0333 333", "199"), ""},
		{hotlineIn("GH", "0800 111 222", "112"), ""},
		{hotlineIn("UG", "0800 199 195", "112"), ""},
		{hotlineIn("UG", "0800 199 195", "999"), ""},
		{hotlineIn("KE", "1195", "112"), ""},
		{hotlineIn("AM", "0800 80 850", "911"), ""},
		{hotlineIn("AM", "0800 80 850", "112"), ""},
		{hotlineIn("AM", "0800 80 850", "912"), `hotline.emergency: "912" is not an emergency number in AM; it is one slip away from 911, a likely typo (the number for police, fire and ambulance in AM: haven's numbering tables know 101, 102, 103, 112 and 911 there)`},
		{hotlineIn("NG", "0800 0333 333", "113"), `hotline.emergency: "113" is not an emergency number in NG; it is one slip away from 112, a likely typo (the number for police, fire and ambulance in NG: haven's numbering tables know 112 and 199 there)`},
		{hotlineIn("NG", "0800 0333 333", "911"), `hotline.emergency: "911" is not an emergency number in NG (the number for police, fire and ambulance in NG: haven's numbering tables know 112 and 199 there)`},
		{hotlineIn("GH", "0800 111 222", "911"), `hotline.emergency: "911" is not an emergency number in GH (the number for police, fire and ambulance in GH: haven's numbering tables know 112, 191, 192, 193 and 999 there)`},
		{hotlineIn("AU", "1800 737 732", "00"), `hotline.emergency: "00" is not an emergency number in AU; it is one slip away from 000, a likely typo (the number for police, fire and ambulance in AU: haven's numbering tables know 000, 106 and 112 there)`},
		{hotlineIn("", "988", "912"), `hotline.emergency: "912" is not an emergency number in US; it is one slip away from 911, a likely typo (the number for police, fire and ambulance: 911 in the U.S. and Canada, 999 in the UK, 112 in the EU, 000 in Australia)`},
		{hotlineIn("US", "988", "999"), `hotline.emergency: "999" is not an emergency number in US (the number for police, fire and ambulance in US: haven's numbering tables know 911 there)`},
		// Guinea's the tables know none of: confirmed as a short line is, not refused as none
		{hotlineIn("GN", "+224 621 00 00 00", "117"), `hotline.emergency: haven's numbering tables do not know the emergency numbers of GN, so it cannot check "117" (check it digit by digit against the number for police, fire and ambulance that GN publishes, then confirm it with a line at the top level of settings.yaml: confirmed_numbers: ["117"])`},
		{confirm(hotlineIn("GN", "+224 621 00 00 00", "117"), "117"), ""},
		{confirm(hotlineIn("GN", "+224 621 00 00 00", "17"), "17"), ""},
		{confirm(hotlineIn("GN", "+224 621 00 00 00", "1-1-7"), "1-1-7"), ""},
		{confirm(hotlineIn("GN", "+224 621 00 00 00", "118"), "117"), `hotline.emergency: haven's numbering tables do not know the emergency numbers of GN, so it cannot check "118" (check it digit by digit against the number for police, fire and ambulance that GN publishes, then confirm it with a line at the top level of settings.yaml: confirmed_numbers: ["118"])
confirmed_numbers[1]: "117" confirms a number no field of settings.yaml writes so: hotline.emergency is "118", which differs from it (check both against the number the line publishes: one of them is mistyped)`},
		{confirm(hotlineIn("NG", "0800 0333 333", "911"), "911"), `hotline.emergency: "911" is not an emergency number in NG (the number for police, fire and ambulance in NG: haven's numbering tables know 112 and 199 there)
confirmed_numbers[1]: "911" confirms a number no field of settings.yaml writes so (write it exactly as the field it confirms writes it (hotline.call, text or tty), or take it off)`},
	} {
		var got []string
		s := tt.set
		checkHotline(&s, func(path, msg, hint string) { got = append(got, path+": "+msg+" ("+hint+")") })
		if g := strings.Join(got, "\n"); g != tt.want {
			t.Errorf("%s emergency %q:\n got %s\nwant %s", tt.set.Country, tt.set.Hotline.Emergency.Text, g, tt.want)
		}
	}
	ng, am := hotlineIn("NG", "0800 0333 333", "112"), hotlineIn("AM", "0800 80 850", "102")
	gn := confirm(hotlineIn("GN", "+224 621 00 00 00", "117"), "117")
	checkProblemRows(t, []numberRow{
		{gn, "En cas de danger, appelez le 117.", ""},
		{ng, "In an emergency, dial 112.", ""},
		{ng, "In an emergency, dial 121.", `"121" is one slip away from hotline.emergency 112`},
		{am, "Վտանգի դեպքում զանգահարեք 911 կամ 112։ In danger, call 112 or 911.", ""},
		{am, "Կարող եք զանգահարել 999։", `"999" is the emergency number of`},
	})
}

// A number in settings.yaml grouped with a narrow no-break space (French typography), a thin
// space or another of Unicode's spaces reads as one grouped with spaces, as the no-break space
// does: it was refused as "not a number". Its slips are still caught, in settings.yaml and in
// the texts.
func TestTypesetSpacesInSettings(t *testing.T) {
	const narrow, thin = "01\u202f40\u202f33\u202f80\u202f60", "01\u200940\u200933\u200980\u200960"
	for _, tt := range []struct {
		set  Settings
		want string // the problems of checkHotline, as path: msg, or ""
	}{
		{hotlineIn("FR", narrow, "112"), ""},
		{hotlineIn("FR", thin, "112"), ""},
		{hotlineIn("FR", "3919", "112", narrow), ""},
		{hotlineIn("FR", "01\u200740\u200633\u200580\u200460", "112"), ""},
		{hotlineIn("AU", "1800\u2009737\u2009732", "000"), ""},
		{hotlineIn("FR", narrow, "112", "01\u200940\u200933\u200980\u200961"), "organisation.other_numbers[1]: \"01\u200940\u200933\u200980\u200961\" is one slip away from hotline.call " + narrow + ": listed, a typo of it would print as a number of its own"},
	} {
		if got := strings.Join(hotlineProblems(tt.set), "\n"); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.set.Hotline.Call.Text, got, tt.want)
		}
	}
	fr := hotlineIn("FR", thin, "112")
	checkProblemRows(t, []numberRow{
		{fr, "Appelez le " + narrow + ".", ""},
		{fr, "Appelez le 01\u202f40\u202f33\u202f80\u202f06.", "one slip away from hotline.call " + thin},
	})
}

// hotline.emergency left empty says what the field is and the country's number to write (the
// one people know first, where the tables know more), and that no output leaves it off; the
// danger lines left out of text.yaml with it are said there, once, not each as missing.
func TestEmergencyLeftOut(t *testing.T) {
	const set = "settings.yaml"
	empty := []string{set, `  emergency: "911"`, `  emergency: ""`}
	noDanger := func(file string) []string {
		return []string{file, "  danger: In immediate danger, call {emergency}\n", "", "  danger: In immediate danger, call {emergency}\n", "", "  danger: In immediate danger, call {emergency}\n", ""}
	}
	const what = "content/settings.yaml:40: hotline.emergency: is empty: it is the emergency number every handout, card and poster prints in its danger line (In immediate danger, call {emergency}), which haven has no way to leave off "
	for _, tt := range []struct {
		name    string
		changes [][]string
		want    string // the whole error, its problems a line each
	}{
		{"empty", [][]string{empty}, what + `(write emergency: "911", the number for police, fire and ambulance in US)`},
		{"empty in the UK", [][]string{{set, `  emergency: "911"`, `  emergency: ""`, "country: US", "country: GB"}},
			what + `(write emergency: "999", the number for police, fire and ambulance in GB (haven's numbering tables know 999 and 112 there))`},
		{"empty, the danger lines left out", [][]string{empty, noDanger("en/text.yaml")},
			what + `(write emergency: "911", the number for police, fire and ambulance in US; and write back help.danger, card.danger and poster.danger, left out of content/en/text.yaml: they print it (danger: In immediate danger, call {emergency}))`},
		// a danger line left out while the number is set is missing as before
		{"the danger lines left out alone", [][]string{noDanger("en/text.yaml")}, "content/en/text.yaml:10: help.danger: missing (add a line 'danger: ...')\n" +
			"content/en/text.yaml:24: card.danger: missing (add a line 'danger: ...')\n" +
			"content/en/text.yaml:61: poster.danger: missing (add a line 'danger: ...')"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := loadErr(edits(t, tt.changes...))
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// A number to call with an extension after it loads, in each way it is written: the number is
// checked alone, and SplitExt gives the digits its links dial after it. A number to text with
// one is refused, as is a wrong number with an extension (for the number, not the extension).
func TestCallWithExtension(t *testing.T) {
	for _, tt := range []struct {
		call, text  string
		number, ext string
		want        string // the one problem; "" for none
	}{
		{call: "(216) 623-4200 ext. 2", number: "(216) 623-4200", ext: "2"},
		{call: "(216) 623-4200 ext 2", number: "(216) 623-4200", ext: "2"},
		{call: "(216) 623-4200, ext. 204", number: "(216) 623-4200", ext: "204"},
		{call: "(216) 623-4200 x2", number: "(216) 623-4200", ext: "2"},
		{call: "(216) 623-4200 x 2", number: "(216) 623-4200", ext: "2"},
		{call: "1-800-799-7233 Extension 4", number: "1-800-799-7233", ext: "4"},
		{call: "(216) 623-4200", number: "(216) 623-4200"},
		{call: "1-800-799-SAFE", number: "1-800-799-SAFE"},
		// a vanity number's extension is no letter of it: read whole, "SAFE x2" was a number of
		// the Philippines, and country: US was told to be PH (CA for 1 800 273 TALK x 1)
		{call: "1-800-799-SAFE x2", number: "1-800-799-SAFE", ext: "2"},
		{call: "1-800-799-SAFE X2", number: "1-800-799-SAFE", ext: "2"},
		{call: "1 (800) 799-SAFE x 2", number: "1 (800) 799-SAFE", ext: "2"},
		{call: "1-800-273-TALK x 1", number: "1-800-273-TALK", ext: "1"},
		{call: "1 800 273 TALK x 1", number: "1 800 273 TALK", ext: "1"},
		{call: "1-800-273-TALK ext 1", number: "1-800-273-TALK", ext: "1"},
		{call: "1-800-CALL-NOW x 3", number: "1-800-CALL-NOW", ext: "3"},
		{call: "988", number: "988"},
		{call: "(216) 623-420 ext. 2", number: "(216) 623-420", ext: "2", want: `hotline.call: "(216) 623-420"`},
		{call: "(216) 623-4200 ext. 2 (24/7)", number: "(216) 623-4200 ext. 2 (24/7)", want: `beside the number`},
		{call: "(216) 623-4200", text: "(216) 623-4200 x 2", number: "(216) 623-4200", want: `hotline.text: "(216) 623-4200 x 2" has an extension (x 2): a text message goes to the number alone`},
	} {
		s := hotlineIn("", tt.call, "911")
		if tt.text != "" {
			s.Hotline.Text = loc("hotline.text", tt.text)
		}
		if number, ext := SplitExt(tt.call); number != tt.number || ext != tt.ext {
			t.Errorf("SplitExt(%q) = %q, %q; want %q, %q", tt.call, number, ext, tt.number, tt.ext)
		}
		var got []string
		checkHotline(&s, func(path, msg, hint string) { got = append(got, path+": "+msg+" ("+hint+")") })
		if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)) {
			t.Errorf("%q: got %q, want one problem: %q", tt.call, got, tt.want)
		}
	}
}

// A text that writes an extension after {call} where hotline.call has one is refused at its
// line with what it would print (texts written before call: held one wrote "Call {call}, ext.
// 2"); {call} with other words after it loads, and so does the extension after {call} where
// call has none.
func TestExtensionAfterCallPrintedTwice(t *testing.T) {
	const call = `  call: "(216) 623-4200 ext. 2"`
	for _, tt := range []struct {
		settings, text string
		want           string // the first error; "" for none
	}{
		{call, "Call {call}, ext. 2", `content/en/text.yaml:15: help.call: "{call}, ext. 2" prints an extension after the one {call} prints with hotline.call "(216) 623-4200 ext. 2": it would print "(216) 623-4200 ext. 2, ext. 2" (write {call} alone, without an extension after it)`},
		{call, "Call {call} x 3", `"{call} x 3" prints an extension after the one {call}`},
		{call, "Call {call}", ""},
		{call, "Call {call} extra hours", ""},
		{call, "Call {call}, 24/7", ""},
		{"  call: (216) 623-4200", "Call {call}, ext. 2", ""},
	} {
		fsys := edits(t, []string{"settings.yaml", "  call: 1-888-373-7888", tt.settings}, []string{"en/text.yaml", "  call: Call {call}\n", "  call: " + tt.text + "\n"})
		firstErrorIs(t, fsys, tt.text, tt.want)
	}
}

// A menu's choice written right after one of the organisation's own numbers that settings.yaml
// gives an extension, against that extension, is refused at its line: after the number alone,
// a key to press or an extension in any words ("and press 3", ", option 3", "#3", "(ext. 3)",
// "ask for extension 3"), which the reader keys where the extension goes, while the link
// dials the number alone; after {call} or the number with its extension, an extension named
// as one. A key after the extension is the menu's next step and loads ("Call {call}, then
// press 3 for Spanish": the link dials ,2 and the reader presses 3); so does the extension
// given, any choice after a number given without one, and an extension listed again under
// other_numbers, a line of its own.
func TestOwnNumberWithAnotherMenuChoice(t *testing.T) {
	const call, listed = `  call: "(503) 588-5351 ext. 2"`, "  contact: \"\"\n  other_numbers: [\"(503) 588-5351 ext. 3\"]\n"
	for _, tt := range []struct {
		call, others, text string
		want               string // the first error; "" for none
	}{
		{call, "", "Call (503) 588-5351 and press 3.", `content/en/faq.md:41: answer 9[1]: "(503) 588-5351 and press 3" asks the reader to key 3 right after the number of hotline.call (503) 588-5351 ext. 2, where its extension 2 goes: a reader would reach another line than settings.yaml gives, and its link dials the number alone (write {call}, which prints "(503) 588-5351 ext. 2" and dials its extension, and any key of the menu after it ("Call {call}, then press 3"); if extension 3 is a line of your own, list "(503) 588-5351 ext. 3" in settings.yaml under organisation: as other_numbers)`},
		{call, "", "Call (503) 588-5351 (ext. 3).", `content/en/faq.md:41: answer 9[1]: "(503) 588-5351 (ext. 3)" writes extension 3 after the number of hotline.call (503) 588-5351 ext. 2: a reader would dial extension 3, not the one settings.yaml gives`},
		{call, "", "Call (503) 588-5351; ask for extension 3.", `"(503) 588-5351; ask for extension 3" writes extension 3`},
		{call, "", "Call (503) 588-5351, option 3.", `"(503) 588-5351, option 3" asks the reader to key 3`},
		{call, "", "Call (503) 588-5351 #3.", `"(503) 588-5351 #3" asks the reader to key 3`},
		{call, "", "Llame al (503) 588-5351 y marque la extensión 3.", `"(503) 588-5351 y marque la extensión 3" writes extension 3`},
		{call, "", "Appelez le (503) 588-5351 et tapez 3.", `"(503) 588-5351 et tapez 3" asks the reader to key 3`},
		{call, "", "Call {call}; ask for extension 3.", `"{call}; ask for extension 3" writes extension 3`},
		{call, "", "Call {call}, then press 3 for Spanish.", ""},
		{call, "", "Call (503) 588-5351 ext. 2, then press 3.", ""},
		{call, "", "Call (503) 588-5351 and press 2, or (503) 588-5351 (ext. 2).", ""},
		{call, "", "Call (503) 588-5351 and 3 others will answer.", ""},
		{call, listed, "Call (503) 588-5351 and press 3.", ""},
		{"  call: (503) 588-5351", "", "Call (503) 588-5351 and press 1 for English, or (503) 588-5351 (ext. 3).", ""},
	} {
		fsys := edits(t, []string{"settings.yaml", "  call: 1-888-373-7888", tt.call, "  contact: \"\"\n", cmp.Or(tt.others, "  contact: \"\"\n")}, []string{"en/faq.md", "If you’re unsure, you can still make an anonymous report.", tt.text})
		firstErrorIs(t, fsys, tt.text, tt.want)
	}
}

// A text writing one of the organisation's own numbers with another extension than
// settings.yaml gives it is refused at its line, with the placeholder or the extension to
// write: its links would dial that extension, which nothing checks. The number with the
// extension given, in any way it is written, or alone, loads; so does any extension after a
// number given without one.
func TestOwnNumberWithAnotherExtension(t *testing.T) {
	const call, others = `  call: "(503) 588-5351 ext. 2"`, "  contact: \"\"\n  other_numbers:\n    - (503) 588-6612 ext. 12\n"
	for _, tt := range []struct {
		call, text string
		want       string // the first error; "" for none
	}{
		{call, "Call (503) 588-5351 ext. 3 now.", `content/en/faq.md:41: answer 9[1]: "(503) 588-5351 ext. 3" writes extension 3 after the number of hotline.call (503) 588-5351 ext. 2: a reader would dial extension 3, not the one settings.yaml gives (write {call}, which prints "(503) 588-5351 ext. 2", or the number with extension 2)`},
		{call, "Call (503) 588-5351 x3 now.", `"(503) 588-5351 x3" writes extension 3 after the number of hotline.call`},
		{call, "Call {call} now, or (503) 588-5351 ext. 12.", `"(503) 588-5351 ext. 12" writes extension 12`},
		{call, "Call 503-588-5351, ext. 22", `"503-588-5351, ext. 22" writes extension 22`},
		{call, "Call (503) 588-6612 ext. 21 now.", `content/en/faq.md:41: answer 9[1]: "(503) 588-6612 ext. 21" writes extension 21 after the number of organisation.other_numbers[1] (503) 588-6612 ext. 12: a reader would dial extension 21, not the one settings.yaml gives (write the number with extension 12, as settings.yaml gives it: "(503) 588-6612 ext. 12")`},
		{call, "Call (503) 588-6612 ext. 13 now.", `"(503) 588-6612 ext. 13" writes extension 13`},
		{call, "Call (503) 588-5351 ext. 2 now.", ""},
		{call, "Call 503-588-5351 x 2 or (503) 588-6612, ext 12.", ""},
		{call, "Call (503) 588-5351 now.", ""},
		{call, "Call {call} now.", ""},
		{call, "Call (503) 588-5351 extra hours.", ""},
		{"  call: (503) 588-5351", "Call (503) 588-5351 ext. 3 now.", ""},
		{"  call: (503) 588-5351", "Call (503) 588-6612 x 12 or (503) 588-6612.", ""},
	} {
		fsys := edits(t, []string{"settings.yaml", "  call: 1-888-373-7888", tt.call, "  contact: \"\"\n", others}, []string{"en/faq.md", "If you’re unsure, you can still make an anonymous report.", tt.text})
		firstErrorIs(t, fsys, tt.text, tt.want)
	}
}

// firstErrorIs checks that the content fsys loads where want is "", or that its first error
// says want; text names the case.
func firstErrorIs(t *testing.T, fsys fs.FS, text, want string) {
	t.Helper()
	_, err := Load(fsys, "content", Overrides{})
	switch {
	case want == "" && err != nil:
		t.Errorf("%q: %v", text, err)
	case want != "" && (err == nil || !strings.Contains(strings.SplitN(err.Error(), "\n", 2)[0], want)):
		t.Errorf("%q: got %v, want %s", text, err, want)
	}
}
