package content

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"haven/internal/contenttest"
	"haven/internal/diag"
)

// edits is the default content with replacements made: file, then old and new in turn.
func edits(t *testing.T, changes ...[]string) fs.FS {
	t.Helper()
	m := withFile(t, "-", nil).(fstest.MapFS)
	for _, c := range changes {
		f, ok := m[c[0]]
		if !ok {
			t.Fatalf("no file %s", c[0])
		}
		s := string(f.Data)
		for i := 1; i+1 < len(c); i += 2 {
			if !strings.Contains(s, c[i]) {
				t.Fatalf("%s has no %q", c[0], c[i])
			}
			s = strings.Replace(s, c[i], c[i+1], 1)
		}
		m[c[0]] = &fstest.MapFile{Data: []byte(s)}
	}
	contenttest.OwnLine(m)
	return m
}

// editCase is the default content with changes (as edits takes them), and the exact error
// line Load gives, or "" for content that loads.
type editCase struct {
	name    string
	changes [][]string
	want    string
}

func runEdits(t *testing.T, tests []editCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := loadErr(edits(t, tt.changes...))
			if tt.want == "" && got != "" {
				t.Fatalf("refused: %s", got)
			}
			if !strings.Contains("\n"+got, "\n"+tt.want) && !strings.Contains("\n"+got, "\n  "+tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// loadErr is the error Load gives, or "".
func loadErr(fsys fs.FS) string {
	if _, err := Load(fsys, "content", Overrides{}); err != nil {
		return err.Error()
	}
	return ""
}

// wantLoaded fails t unless Load's c and err are as wanted: the error holding wantErr, or, with
// none wanted, no error and a warning holding wantWarn, or none that stray picks out.
func wantLoaded(t *testing.T, c *Content, err error, wantErr, wantWarn string, stray func(diag.Problem) bool) {
	t.Helper()
	switch {
	case wantErr == "" && err != nil:
		t.Fatal(err)
	case wantErr != "" && (err == nil || !strings.Contains(err.Error(), wantErr)):
		t.Fatalf("got %v, want an error with %q", err, wantErr)
	case wantErr == "" && wantWarn != "" && !strings.Contains(c.Warnings.Error(), wantWarn):
		t.Errorf("warnings %v, want %q", c.Warnings, wantWarn)
	case wantErr == "" && wantWarn == "" && slices.ContainsFunc(c.Warnings, stray):
		t.Errorf("warnings %v", c.Warnings)
	}
}

// Every text whose job is to print a number prints it: a line that prints no number (the
// handout's 28 pt call line, a text line, the 911 line) leaves the reader nothing to dial, and
// a TTY or chat line for a service settings.yaml does not have would link to nothing. Each is
// refused at its field and line, with the placeholder to write; so is the number written in
// another form than settings.yaml's, which would print without its link.
func TestNumberLinesPrintTheirNumber(t *testing.T) {
	const text = "en/text.yaml"
	tests := []editCase{
		{"call line without the number", [][]string{{text, "  call: Call {call}", "  call: Call the hotline now"}},
			`content/en/text.yaml:15: help.call: "Call the hotline now" prints no number: this line is where the outputs print hotline.call (1-888-373-7888), and the reader would have nothing to dial (write {call} where the number goes, e.g. 'call: Call {call}')`},
		{"call line with the number written out", [][]string{{text, "  call: Call {call}", "  call: Call 1-888-373-7888"}}, ""},
		{"call line with the number in another form", [][]string{{text, "  call: Call {call}", "  call: Call (888) 373-7888"}},
			`content/en/text.yaml:15: help.call: "Call (888) 373-7888" writes hotline.call as (888) 373-7888; settings.yaml writes it 1-888-373-7888, and only that form is linked (write {call} where the number goes, e.g. 'call: Call {call}')`},
		{"call line with the number spaced and its hours", [][]string{{text, "  call: Call {call}", `  call: "Call 1 888 373 7888 24/7"`}},
			`content/en/text.yaml:15: help.call: "Call 1 888 373 7888 24/7" writes hotline.call as 1 888 373 7888; settings.yaml writes it 1-888-373-7888, and only that form is linked`},
		{"call line with the number in the edition's own digits", [][]string{{text, "  call: Call {call}", "  call: Call ۱-۸۸۸-۳۷۳-۷۸۸۸"}}, ""},
		{"call line with the number in other digits and another form", [][]string{{text, "  call: Call {call}", "  call: Call (۸۸۸) ۳۷۳-۷۸۸۸"}},
			`content/en/text.yaml:15: help.call: "Call (۸۸۸) ۳۷۳-۷۸۸۸" writes hotline.call as (۸۸۸) ۳۷۳-۷۸۸۸; settings.yaml writes it 1-888-373-7888, and only that form is linked`},
		{"call line with a vanity number without its digits", [][]string{
			{"settings.yaml", "  call: 1-888-373-7888", `  call: "1-800-799-SAFE (7233)"`}, {text, "  call: Call {call}", "  call: Call 1-800-799-SAFE"}},
			`content/en/text.yaml:15: help.call: "Call 1-800-799-SAFE" writes hotline.call as 1-800-799-SAFE; settings.yaml writes it 1-800-799-SAFE (7233), and only that form is linked (write {call} where the number goes, e.g. 'call: Call {call}')`},
		{"call line with the emergency number", [][]string{{text, "  call: Call {call}", "  call: Call {emergency}"}},
			`content/en/text.yaml:15: help.call: "Call 911" prints hotline.emergency (911) where this line prints hotline.call (1-888-373-7888): the reader would dial the emergency number in place of the call line's number (write {call} where the number goes, e.g. 'call: Call {call}')`},
		{"TTY line with the call line's number", [][]string{{"settings.yaml", `tty: ""`, `tty: "1-800-787-3224"`}, {text, "  note: You can", "  tty: \"TTY 1-888-373-7888\"\n  note: You can"}},
			`content/en/text.yaml:18: help.tty: "TTY 1-888-373-7888" prints hotline.call (1-888-373-7888) where this line prints hotline.tty (1-800-787-3224): the reader would dial the call line's number in place of the TTY line's number (write {tty} where the number goes, e.g. 'tty: TTY {tty}')`},
		{"text line with the call line's number", [][]string{{text, "  text: Text {keyword} to {text}\n  note", "  text: Text {keyword} to {call}\n  note"}},
			`content/en/text.yaml:17: help.text: "Text HELP to 1-888-373-7888" prints hotline.call (1-888-373-7888) where this line prints hotline.text (233733): the reader would dial the call line's number in place of the text line's number`},
		{"handout text line", [][]string{{text, "  text: Text {keyword} to {text}\n  note", "  text: Text us any time\n  note"}},
			`content/en/text.yaml:17: help.text: "Text us any time" prints no number: this line is where the outputs print hotline.text (233733), and the reader would have nothing to dial (write {text} where the number goes, e.g. 'text: Text {keyword} to {text}')`},
		{"card text line", [][]string{{text, "  text: Text {keyword} to {text}\n  danger", "  text: Text us any time\n  danger"}},
			`content/en/text.yaml:28: card.text: "Text us any time" prints no number: this line is where the outputs print hotline.text (233733), and the reader would have nothing to dial (write {text} where the number goes, e.g. 'text: Text {keyword} to {text}')`},
		{"poster text line", [][]string{{text, "  text: Text {keyword} to {text}\n  note: Free", "  text: Text us any time\n  note: Free"}},
			`content/en/text.yaml:72: poster.text: "Text us any time" prints no number: this line is where the outputs print hotline.text (233733), and the reader would have nothing to dial (write {text} where the number goes, e.g. 'text: Text {keyword} to {text}')`},
		{"handout danger line", [][]string{{text, "  danger: In immediate danger, call {emergency}", "  danger: In immediate danger, call the police"}},
			`content/en/text.yaml:13: help.danger: "In immediate danger, call the police" prints no number: this line is where the outputs print hotline.emergency (911), and the reader would have nothing to dial (write {emergency} where the number goes, e.g. 'danger: In immediate danger, call {emergency}')`},
		{"handout danger line with the number in its label", [][]string{{text, "  danger: In immediate danger, call {emergency}", "  danger_label: Call {emergency}\n  danger: if you are in danger"}}, ""},
		{"card danger line", [][]string{{text, "  danger: In immediate danger, call {emergency}\n  # The back", "  danger: Call the police\n  # The back"}},
			`content/en/text.yaml:29: card.danger: "Call the police" prints no number`},
		{"poster danger line", [][]string{{text, "  danger: In immediate danger, call {emergency}\n  call_label: National Human Trafficking Hotline\n", "  danger: Call the police\n  call_label: National Human Trafficking Hotline\n"}},
			`content/en/text.yaml:70: poster.danger: "Call the police" prints no number`},
		// another number written in it: said to print that one, not to print none
		{"tab with another line's number", [][]string{{text, "  tab: Call {call}", "  tab: Call 1-800-799-7233"}},
			`content/en/text.yaml:75: poster.tab: "Call 1-800-799-7233" prints 1-800-799-7233, not hotline.call (1-888-373-7888): the reader would dial another number than the line's (write {call} where the number goes, e.g. 'tab: Call {call}')`},
		{"text line with another short code", [][]string{{text, "  text: Text {keyword} to {text}\n  note", "  text: Text HOME to 741741\n  note"}},
			`content/en/text.yaml:17: help.text: "Text HOME to 741741" prints 741741, not hotline.text (233733): the reader would dial another number than the line's`},
		{"text line with hours", [][]string{{text, "  text: Text {keyword} to {text}\n  note", "  text: Text us 24/7\n  note"}},
			`content/en/text.yaml:17: help.text: "Text us 24/7" prints no number`},
		{"tab", [][]string{{text, "  tab: Call {call}", "  tab: Take one, call today"}},
			`content/en/text.yaml:75: poster.tab: "Take one, call today" prints no number: each tear-off tab is taken away to call later, and would carry no number (write {call} where the number goes, e.g. 'tab: Call {call}')`},
		// one number for calls and texts written two ways: each line prints its own form, which
		// its link (tel: or sms:) is made for
		{"one number, text line without it", [][]string{
			{"settings.yaml", "  call: 1-888-373-7888", "  call: 1-877-565-8860", `text: "233733"`, `text: "(877) 565-8860"`},
			{text, "  text: Text {keyword} to {text}\n  note", "  text: Text us any time\n  note"}},
			`content/en/text.yaml:17: help.text: "Text us any time" prints no number: this line is where the outputs print hotline.text ((877) 565-8860), and the reader would have nothing to dial (write {text} where the number goes, e.g. 'text: Text {keyword} to {text}')`},
		{"one number, text line with the call's form", [][]string{
			{"settings.yaml", "  call: 1-888-373-7888", "  call: 1-877-565-8860", `text: "233733"`, `text: "(877) 565-8860"`},
			{text, "  text: Text {keyword} to {text}\n  note", "  text: Text {keyword} to {call}\n  note"}},
			`content/en/text.yaml:17: help.text: "Text HELP to 1-877-565-8860" writes hotline.text as 1-877-565-8860; settings.yaml writes it (877) 565-8860, and only that form is linked (write {text} where the number goes, e.g. 'text: Text {keyword} to {text}')`},
		// TTY and chat lines need their settings: the line's link is made from them
		{"relay line without hotline.tty", [][]string{
			{"settings.yaml", "country: US", "country: GB", "  call: 1-888-373-7888", "  call: 0808 2000 247", `  emergency: "911"`, `  emergency: "999"`},
			{text, "  note: You can", "  tty: \"Relay UK: 18001 0808 2000 247\"\n  note: You can"}},
			`content/en/text.yaml:18: help.tty: "Relay UK: 18001 0808 2000 247" is a TTY line, but settings.yaml sets no hotline.tty, which its link dials (set tty: "18001 0808 2000 247" under hotline: in settings.yaml, the number this line prints, or remove help.tty)`},
		{"relay line with hotline.tty", [][]string{
			{"settings.yaml", "country: US", "country: GB", "  call: 1-888-373-7888", "  call: 0808 2000 247", `  emergency: "911"`, `  emergency: "999"`, `tty: ""`, `tty: "18001 0808 2000 247"`},
			{text, "  note: You can", "  tty: \"Relay UK: 18001 0808 2000 247\"\n  note: You can"}}, ""},
		{"relay line before a short line", [][]string{
			{"settings.yaml", "country: US", "country: GB", "  call: 1-888-373-7888", "  call: 116 123", `  emergency: "911"`, `  emergency: "999"`, `tty: ""`, `tty: "18001 116 123"`},
			{text, "  note: You can", "  tty: \"Relay UK: {tty}\"\n  note: You can"}}, ""},
		{"711 line without hotline.tty", [][]string{{text, "  note: You can", "  tty: Dial 711, then {call}\n  note: You can"}},
			`content/en/text.yaml:18: help.tty: "Dial 711, then 1-888-373-7888" is a TTY line, but settings.yaml sets no hotline.tty, which its link dials (set tty: "711" under hotline: in settings.yaml, the number this line prints, or remove help.tty)`},
		{"711 line with hotline.tty", [][]string{{"settings.yaml", `tty: ""`, `tty: "711"`}, {text, "  note: You can", "  tty: Dial 711, then {call}\n  note: You can"}}, ""},
		{"chat line without hotline.chat", [][]string{{text, "  note: You can", "  chat: Chat at thehotline.org\n  note: You can"}},
			`content/en/text.yaml:18: help.chat: "Chat at thehotline.org" is a chat line, but settings.yaml sets no hotline.chat, which its link opens (set hotline.chat in settings.yaml to the chat page's https:// address, or remove help.chat)`},
		{"chat line of another address", [][]string{{"settings.yaml", `chat: ""`, `chat: "https://thehotline.org/chat"`}, {text, "  note: You can", "  chat: Chat at thehotline.org\n  note: You can"}},
			`content/en/text.yaml:18: help.chat: "Chat at thehotline.org" prints no address: this line is where the outputs print hotline.chat (thehotline.org/chat), and the reader would have no address to open (write {chat} where the address goes, e.g. 'chat: Chat at {chat}')`},
		{"card's TTY or chat line without either", [][]string{{text, "  back_title: When", "  more: TTY 711\n  back_title: When"}},
			`content/en/text.yaml:31: card.more: "TTY 711" is a TTY or chat line, but settings.yaml sets no hotline.tty or hotline.chat, which its link opens (set tty: "711" under hotline: in settings.yaml, the number this line prints, or remove card.more)`},
		// the keys of the line's menu, which print as written beside its number
		{"card's line of menu keys", [][]string{{"settings.yaml", `chat: ""`, `chat: "https://thehotline.org/chat"`}, {text, "  back_title: When", "  more: Veterans press 1 · Español oprima 2\n  back_title: When"}}, ""},
		{"card's line of menu keys and a number", [][]string{{"settings.yaml", `chat: ""`, `chat: "https://thehotline.org/chat"`}, {text, "  back_title: When", "  more: Press 1 or call 24 hours\n  back_title: When"}},
			`content/en/text.yaml:31: card.more: "Press 1 or call 24 hours" prints no address: this line is where the outputs print hotline.chat (thehotline.org/chat)`},
		// a second voice line written where the TTY line goes is not suggested as one: a deaf
		// caller would dial it
		{"card's TTY line with a local voice number", [][]string{{text, "  back_title: When", "  more: \"Local: 503-588-5351\"\n  back_title: When"}},
			`content/en/text.yaml:31: card.more: "Local: 503-588-5351" is a TTY or chat line, but settings.yaml sets no hotline.tty or hotline.chat, which its link opens (this line does not say 503-588-5351 is a TTY's: a second number to call goes in card.back_note, which prints it as written, in place of card.more; a TTY line says so (TTY 503-588-5351) and sets tty: "503-588-5351" under hotline: in settings.yaml, or remove card.more)`},
		{"handout's TTY line with a voice number", [][]string{{text, "  note: You can", "  tty: \"Office: 503-588-5351\"\n  note: You can"}},
			`content/en/text.yaml:18: help.tty: "Office: 503-588-5351" is a TTY line, but settings.yaml sets no hotline.tty, which its link dials (this line does not say 503-588-5351 is a TTY's: a second number to call goes in help.note, which prints it as written, in place of help.tty; a TTY line says so (TTY 503-588-5351) and sets tty: "503-588-5351" under hotline: in settings.yaml, or remove help.tty)`},
		{"poster's TTY line with a voice number", [][]string{{text, "  note: Free", "  more: \"Local calls 503-588-5351\"\n  note: Free"}},
			`content/en/text.yaml:73: poster.more: "Local calls 503-588-5351" is a TTY or chat line, but settings.yaml sets no hotline.tty or hotline.chat, which its link opens (this line does not say 503-588-5351 is a TTY's: a second number to call goes in poster.note, which prints it as written, in place of poster.more; a TTY line says so (TTY 503-588-5351) and sets tty: "503-588-5351" under hotline: in settings.yaml, or remove poster.more)`},
		{"card's text telephone line", [][]string{{text, "  back_title: When", "  more: \"Text telephone: 503-588-5351\"\n  back_title: When"}},
			`content/en/text.yaml:31: card.more: "Text telephone: 503-588-5351" is a TTY or chat line, but settings.yaml sets no hotline.tty or hotline.chat, which its link opens (set tty: "503-588-5351" under hotline: in settings.yaml, the number this line prints, or remove card.more)`},
		{"card's relay line", [][]string{{text, "  back_title: When", "  more: \"Relay: 503-588-5351\"\n  back_title: When"}},
			`content/en/text.yaml:31: card.more: "Relay: 503-588-5351" is a TTY or chat line, but settings.yaml sets no hotline.tty or hotline.chat, which its link opens (set tty: "503-588-5351" under hotline: in settings.yaml, the number this line prints, or remove card.more)`},
		{"Spanish TTY line", [][]string{{"es/text.yaml", "  text: Envíe {keyword} al {text}\n", "  text: Envíe {keyword} al {text}\n  tty: \"Teléfono de texto: 503-588-5351\"\n"}},
			`content/es/text.yaml:18: help.tty: "Teléfono de texto: 503-588-5351" is a TTY line, but settings.yaml sets no hotline.tty, which its link dials (set tty: "503-588-5351" under hotline: in settings.yaml, the number this line prints, or remove help.tty)`},
		{"poster's chat line", [][]string{{"settings.yaml", `chat: ""`, `chat: "https://thehotline.org/chat"`}, {text, "  note: Free", "  more: Chat at {chat}\n  note: Free"}}, ""},
	}
	runEdits(t, tests)
}

// A TTY number or chat address set in settings.yaml that a language's texts leave out would
// be missing from its outputs without a word: each such language is warned once, at its
// text.yaml, naming the fields to write.
func TestTTYAndChatLeftOut(t *testing.T) {
	const set = "settings.yaml"
	tty := []string{set, `  tty: ""`, "  tty: 1-800-787-3224", "  call: 1-888-373-7888", "  call: 1-800-799-7233"} // another line's, with its TTY
	chat := []string{set, `  chat: ""`, "  chat: https://www.thehotline.org/get-help/"}
	enLines := []string{"en/text.yaml", "  note: You can report", "  tty: \"TTY {tty}\"\n  chat: \"{chat}\"\n  note: You can report",
		"  text: Text {keyword} to {text}\n  danger:", "  text: Text {keyword} to {text}\n  more: \"TTY {tty}\"\n  danger:",
		"  note: Free, confidential", "  more: \"TTY {tty} · chat at {chat}\"\n  note: Free, confidential"}
	enTTY := []string{"en/text.yaml", "  note: You can report", "  tty: \"TTY {tty}\"\n  note: You can report",
		"  text: Text {keyword} to {text}\n  danger:", "  text: Text {keyword} to {text}\n  more: \"TTY {tty}\"\n  danger:",
		"  note: Free, confidential", "  more: \"TTY {tty}\"\n  note: Free, confidential"}
	esTTY := []string{"es/text.yaml", "  text: Envíe {keyword} al {text}\n", "  text: Envíe {keyword} al {text}\n  tty: \"TTY {tty}\"\n"}
	tests := []struct {
		name    string
		changes [][]string
		want    []string
	}{
		{"neither set", nil, nil},
		{"both set, both written in English only", [][]string{tty, chat, enLines}, []string{
			`content/es/text.yaml: settings.yaml sets hotline.tty (1-800-787-3224) and hotline.chat (www.thehotline.org/get-help), but Español leaves out help.tty, help.chat, card.more, poster.more: its handouts, page, cards, posters print no TTY number or chat address (add, in Español's own words, lines such as these English ones: tty: "TTY {tty}" under help:; chat: "{chat}" under help:; more: "TTY {tty}" under card:; more: "TTY {tty}" under poster:)`}},
		{"chat set, written nowhere", [][]string{chat}, []string{
			`content/en/text.yaml: settings.yaml sets hotline.chat (www.thehotline.org/get-help), but English leaves out help.chat, card.more, poster.more: its handouts, page, cards, posters print no chat address (add, in English: chat: "{chat}" under help:; more: "Chat at {chat}" under card:; more: "Chat at {chat}" under poster:)`,
			`content/es/text.yaml: settings.yaml sets hotline.chat (www.thehotline.org/get-help), but Español leaves out help.chat, card.more, poster.more: its handouts, page, cards, posters print no chat address (add, in Español's own words, lines such as these English ones: chat: "{chat}" under help:; more: "Chat at {chat}" under card:; more: "Chat at {chat}" under poster:)`}},
		{"TTY set, the Spanish handout only", [][]string{tty, enTTY, esTTY}, []string{
			`content/es/text.yaml: settings.yaml sets hotline.tty (1-800-787-3224), but Español leaves out card.more, poster.more: its cards, posters print no TTY number (add, in Español's own words, lines such as these English ones: more: "TTY {tty}" under card:; more: "TTY {tty}" under poster:)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(edits(t, tt.changes...), "content", Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range c.Warnings {
				if strings.Contains(w.Error(), "tty") || strings.Contains(w.Error(), "chat") {
					got = append(got, w.Error())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// A keyword printed in none of the short texts is warned of: "Call or text {call}" on one
// number leaves out the word to send; printed anywhere, or with no keyword, nothing is said of
// the language. A text line that prints the number to text without it, where its output
// prints it nowhere else (the card's "Text 988 ANY TIME, NO COST" beside a hotline box that
// says "Text SAFE to 988"), is warned of at its line: a card is read on its own.
func TestKeywordLeftOut(t *testing.T) {
	loc := func(field, s string) diag.Located { return diag.Located{Field: field, Text: s} }
	for _, tt := range []struct {
		keyword, call, text, card, cardLabel string
		want                                 string
	}{
		{"SAFE", "Call or text 988", "", "", "", "settings.yaml sets hotline.keyword (SAFE), but English prints it in none of help.call"},
		{"SAFE", "Call or text 988", "", "Text SAFE to 988", "", ""},
		{"", "Call or text 988", "", "", "", ""},
		{"SAFE", "Call 988", "Text SAFE to 988", "Text 988 ANY TIME, NO COST", "", `card.text: "Text 988 ANY TIME, NO COST" prints the number to text without the word the line needs (SAFE, hotline.keyword): a reader who texts it from a card does not learn the word to send`},
		{"SAFE", "Call 988", "Text 988 any time", "Text SAFE to 988", "", `help.text: "Text 988 any time" prints the number to text without the word the line needs (SAFE, hotline.keyword): a reader who texts it from a handout's or the page's hotline box`},
		{"SAFE", "Call 988", "Text SAFE to 988", "to 988, any time", "Call or text SAFE", ""}, // its label names it
		{"SAFE", "Call 988", "Text SAFE to 988", "Text START to 988", "", ""},                 // a word the line also takes
	} {
		var s Settings
		s.Hotline.Call.Text, s.Hotline.Text.Text, s.Hotline.Keyword = "988", "988", loc("hotline.keyword", tt.keyword)
		s.Hotline.OtherKeywords = []diag.Located{loc("hotline.other_keywords[1]", "START")}
		var tx Text
		tx.Language.Text = "English"
		tx.Help.Call, tx.Help.Text, tx.Card.Text, tx.Card.CallLabel = loc("help.call", tt.call), loc("help.text", tt.text), loc("card.text", tt.card), loc("card.call_label", tt.cardLabel)
		ws := keywordLeftOut("en/text.yaml", s, &tx)
		if got := len(ws) > 0; got != (tt.want != "") || len(ws) > 1 || got && !strings.Contains(ws[0].Error(), tt.want) {
			t.Errorf("keyword %q, help.text %q, card %q: %v, want %q", tt.keyword, tt.text, tt.card, ws, tt.want)
		}
	}
}

// Where settings.yaml sets a TTY line of its own, a text that names a TTY right before the call
// line's number, in English or Spanish, in a FAQ answer or a text line, is refused with {tty} to
// write: a TTY user would dial the voice line. A number shared by voice and TTY ("Voice/TTY"),
// the call line reached through a relay ("dial 711, then"), the TTY line's own number and
// content with no separate TTY number pass.
func TestTTYBeforeTheCallNumber(t *testing.T) {
	tty := []string{"settings.yaml", "  call: 1-888-373-7888", "  call: (503) 585-4949", `  tty: ""`, `  tty: "1-800-787-3224"`}
	en := func(s string) []string { return []string{"en/faq.md", "to {text}.", "to {text}. " + s} }
	es := func(s string) []string { return []string{"es/faq.md", "al {text}.", "al {text}. " + s} }
	refused := func(file, sentence string) string {
		return `content/` + file + `:41: answer 9[1]: "` + sentence + `" names a TTY before hotline.call ((503) 585-4949), the voice line's number`
	}
	runEdits(t, []editCase{
		{"the number written", [][]string{tty, en("Use our TTY line: (503) 585-4949.")},
			`content/en/faq.md:41: answer 9[1]: "Use our TTY line: (503) 585-4949" names a TTY before hotline.call ((503) 585-4949), the voice line's number, but settings.yaml sets the TTY line's number apart, hotline.tty 1-800-787-3224: a TTY user would dial a line that does not answer one (write {tty} for the TTY line's number; if (503) 585-4949 takes TTY calls too, say so: Voice/TTY: {call})`},
		{"in Spanish", [][]string{tty, es("Use nuestra línea TTY: (503) 585-4949.")}, refused("es/faq.md", "Use nuestra línea TTY: (503) 585-4949")},
		{"teléfono de texto", [][]string{tty, es("Teléfono de texto: {call}.")}, refused("es/faq.md", "Teléfono de texto: (503) 585-4949")},
		{"placeholder", [][]string{tty, en("TDD: {call}.")}, refused("en/faq.md", "TDD: (503) 585-4949")},
		{"textphone", [][]string{tty, en("Our textphone number is {call}.")}, refused("en/faq.md", "Our textphone number is (503) 585-4949")},
		{"text telephone", [][]string{tty, en("For a text telephone, call {call}.")}, refused("en/faq.md", "For a text telephone, call (503) 585-4949")},
		{"a text line of text.yaml", [][]string{tty, {"settings.yaml", `chat: ""`, `chat: "https://samples.org/chat"`}, {"en/text.yaml", "  back_title: When", "  more: TTY {call} · chat at {chat}\n  back_title: When"}},
			`content/en/text.yaml:31: card.more: "TTY (503) 585-4949" names a TTY before hotline.call ((503) 585-4949)`},
		// what passes
		{"the TTY number", [][]string{tty, en("Use our TTY line: {tty}."), es("Línea TTY: {tty}.")}, ""},
		{"voice and TTY on one number", [][]string{tty, en("Voice/TTY: {call}. Voice and TTY: {call}. V/TTY {call}."), es("Voz y TTY: {call}.")}, ""},
		{"through a relay", [][]string{tty, en("TTY users: dial 711, then {call}. TTY users can call {call} through relay.")}, ""},
		{"TTY and call numbers apart", [][]string{tty, en("TTY {tty}, or call {call}.")}, ""},
		{"far from the word", [][]string{tty, en("If you use a TTY, you can also ask a friend to call {call}.")}, ""},
		{"no TTY to use", [][]string{tty, en("If you do not have a TTY, call {call}. If you don't have a TTY, call {call}."), es("Si no tiene TTY, llame al {call}.")}, ""},
		{"no TTY number of its own", [][]string{{"settings.yaml", "  call: 1-888-373-7888", "  call: (503) 585-4949"}, en("Use our TTY line: {call}.")}, ""},
	})
}

// A control character typed into a number of settings.yaml as a YAML escape ("91\01") is said
// once, where it is written, naming it: not again at each line of each language that prints
// the number, with the character itself put on the terminal.
func TestControlCharacterInASettingSaidOnce(t *testing.T) {
	got := loadErr(edits(t, []string{"settings.yaml", `  emergency: "911"`, `  emergency: "91\01"`}))
	if want := `content/settings.yaml:40: hotline.emergency: has characters that cannot be printed: '\x00' (U+0000)`; !strings.Contains(got, want) {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if strings.Contains(got, "text.yaml") || strings.Contains(got, "\x00") {
		t.Errorf("said beyond settings.yaml, or with the character itself: %q", got)
	}
}

// An emoji in the logo's file name is a file to rename, not a text to reword: the name is
// never printed.
func TestLogoFileNameWithAnEmoji(t *testing.T) {
	got := loadErr(edits(t, []string{"settings.yaml", `  logo: ""`, `  logo: "logo😀.png"`}))
	if want := "organisation.logo: names a file whose name has emoji, which haven does not print (a phone draws them, in no font a PDF can hold): '😀' (U+1F600) (rename the file"; !strings.Contains(got, want) {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// While settings.yaml cannot be read, a language's own keyword is not said to lack a number
// to text it to: the number is missing for settings.yaml's fault alone, and said first it sent
// the user to add one that is there.
func TestNoKeywordFollowOnWhileSettingsUnread(t *testing.T) {
	got := loadErr(edits(t,
		[]string{"settings.yaml", "  call: 1-888-373-7888", "   call: 1-888-373-7888"},
		[]string{"es/text.yaml", "# keyword: HELP", "keyword: AYUDA"}))
	if !strings.Contains(got, "settings.yaml:30") || strings.Contains(got, "text.yaml") {
		t.Errorf("got %s\nwant settings.yaml's own problem alone", got)
	}
}

// A card's or poster's TTY or chat line that names the chat as its app's users find it, by the
// chat address's own handle or number, or by the app and a channel's name holding a number,
// passes: it was refused as printing another number to dial, and told to write {tty} where no
// TTY is set. A line naming another handle, or a number of no chat, is still refused, as
// printing no address, with {chat} to write.
func TestChatLineNamesTheChat(t *testing.T) {
	for _, tt := range []struct {
		name, country, call, chat, more, want string
	}{
		{"LINE handle", "TH", "1300", "https://line.me/R/ti/p/@1300thailand", "LINE ID: @1300thailand", ""},
		{"LINE handle without its @", "TH", "1300", "https://line.me/R/ti/p/@1300thailand", "LINE: 1300thailand", ""},
		{"Telegram number", "PL", "800 108 108", "https://t.me/+48573210415", "Telegram / Signal: +48 573 210 415", ""},
		{"Telegram number, national", "PL", "800 108 108", "https://t.me/+48573210415", "Telegram: 573 210 415", ""},
		{"KakaoTalk channel", "KR", "1388", "https://pf.kakao.com/_xnxoxmxl", "카카오톡 채널: 청소년상담1388", ""},
		{"the chat address", "TH", "1300", "https://line.me/R/ti/p/@1300thailand", "LINE: {chat}", ""},
		// refused, saying what to write
		{"another handle", "TH", "1300", "https://line.me/R/ti/p/@1300thailand", "LINE ID: @1300help",
			`text.yaml:1: card.more: "LINE ID: @1300help" prints no address: this line is where the outputs print hotline.chat (line.me/R/ti/p/@1300thailand), and the reader would have no address to open (write {chat} where the address goes, e.g. 'more: Chat at {chat}')`},
		{"another Telegram number", "PL", "800 108 108", "https://t.me/+48573210415", "Telegram: +48 573 210 416",
			`text.yaml:1: card.more: "Telegram: +48 573 210 416" prints no address: this line is where the outputs print hotline.chat (t.me/+48573210415), and the reader would have no address to open (write {chat} where the address goes, e.g. 'more: Chat at {chat}')`},
		{"the call number alone", "KR", "1388", "https://pf.kakao.com/_xnxoxmxl", "카카오톡: 1388",
			`text.yaml:1: card.more: "카카오톡: 1388" prints hotline.call (1388) where this line prints hotline.chat (pf.kakao.com/_xnxoxmxl): the reader would dial the call line's number in place of the chat address (write {chat} where the address goes, e.g. 'more: Chat at {chat}')`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := hotlineIn(tt.country, tt.call, "112")
			s.Hotline.Chat = loc("hotline.chat", tt.chat)
			more := strings.ReplaceAll(tt.more, "{chat}", PrintedURL(tt.chat))
			text := &Text{Card: CardText{More: diag.Located{File: "text.yaml", Line: 1, Field: "card.more", Text: more}}}
			var got []string
			for _, p := range checkNumberLines(s, text, nil) {
				got = append(got, p.Error())
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
