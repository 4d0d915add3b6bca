package content

import (
	"cmp"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
	"haven/internal/phone"
)

// numberLine is a text whose job is to print a number: the handout's hotline box prints it as
// the number's own line (help.call at 28 pt), and so do the large print and the resource page.
// A line that prints no number leaves the reader nothing to dial.
type numberLine struct {
	field string
	text  func(*Text) diag.Located
	needs []string // the settings it may print; any one will do
	why   string   // said after "prints no number", when the line has a reason of its own
	eg    string   // how the line is usually written
}

var numberLines = []numberLine{
	{"help.call", func(t *Text) diag.Located { return t.Help.Call }, []string{"call"}, "", "call: Call {call}"},
	{"help.text", func(t *Text) diag.Located { return t.Help.Text }, []string{"text"}, "", "text: Text {keyword} to {text}"},
	{"help.tty", func(t *Text) diag.Located { return t.Help.TTY }, []string{"tty"}, "", "tty: TTY {tty}"},
	{"help.chat", func(t *Text) diag.Located { return t.Help.Chat }, []string{"chat"}, "", "chat: Chat at {chat}"},
	{"help.danger", helpDanger, []string{"emergency"}, "", "danger: In immediate danger, call {emergency}"},
	{"card.text", func(t *Text) diag.Located { return t.Card.Text }, []string{"text"}, "", "text: Text {keyword} to {text}"},
	{"card.more", func(t *Text) diag.Located { return t.Card.More }, []string{"tty", "chat"}, "", "more: TTY {tty}"},
	{"card.danger", func(t *Text) diag.Located { return t.Card.Danger }, []string{"emergency"}, "", "danger: In immediate danger, call {emergency}"},
	{"poster.text", func(t *Text) diag.Located { return t.Poster.Text }, []string{"text"}, "", "text: Text {keyword} to {text}"},
	{"poster.more", func(t *Text) diag.Located { return t.Poster.More }, []string{"tty", "chat"}, "", "more: TTY {tty}"},
	{"poster.danger", func(t *Text) diag.Located { return t.Poster.Danger }, []string{"emergency"}, "", "danger: In immediate danger, call {emergency}"},
	{"poster.tab", func(t *Text) diag.Located { return t.Poster.Tab }, []string{"call"}, "each tear-off tab is taken away to call later, and would carry no number", "tab: Call {call}"},
}

// menuOptions reports whether text gives the keys of a line's menu and no number: it has digits,
// each alone ("Veterans press 1 · Español oprima 2"), and no placeholder.
func menuOptions(text string) bool {
	if strings.Contains(text, "{") {
		return false
	}
	p := plainOf(text)
	runs := numberRuns(p.text)
	return len(runs) > 0 && !slices.ContainsFunc(runs, func(r run) bool { return len(r.digits) != 1 || r.text != r.digits })
}

// helpDanger is the hotline box's 911 line as it prints: after its label, in content that has
// one ("In immediate danger:" "Call 911").
func helpDanger(t *Text) diag.Located {
	d := t.Help.Danger
	if l := t.Help.DangerLabel.Text; l != "" && d.Text != "" {
		d.Text = l + " " + d.Text
	}
	return d
}

// setting is a number or address of settings.yaml as a text prints it.
type setting struct {
	field, written string
	key            string // the number's digits as compared (phone.Number.Key), or "" for an address
}

// settingOf is the setting a placeholder prints, with the number's key; written is "" when
// settings.yaml leaves it empty.
func settingOf(s Settings, name string) setting {
	h := s.Hotline
	var at diag.Located
	parse := phone.Parse
	switch name {
	case "call":
		at = h.Call
	case "text":
		at = h.Text
	case "tty":
		at, parse = h.TTY, phone.ParseTTY
	case "emergency":
		at = h.Emergency
	case "chat":
		return setting{field: "hotline.chat", written: PrintedURL(h.Chat.Text)}
	}
	out := setting{field: "hotline." + name, written: at.Text}
	if n, err := parse(at.Text, s.Country); err == nil {
		out.key = n.Key()
	} else if at.Text != "" {
		out.key = phone.Digits(at.Text) // a short code to text
	}
	return out
}

// printedIn reports whether text prints the setting as settings.yaml writes it: what its
// placeholder prints, and what its link is made for.
func (st setting) printedIn(text string) bool {
	return st.written != "" && strings.Contains(text, st.written)
}

// otherForm is the setting's number written in text in another form ("(888) 373-7888" for
// 1-888-373-7888, "1 888 373 7888" of "1 888 373 7888 24/7"), or "": read as the PDFs find
// the organisation's numbers to link (OwnWritten).
func (st setting) otherForm(text, country string) string {
	if st.key == "" {
		return ""
	}
	for _, w := range OwnWritten(text, country, []Number{{Key: st.key}}) {
		return w.Text
	}
	return ""
}

// inASCIIDigits is s with each digit of another script its ASCII digit, and nothing else
// changed (a wide hyphen stays wide).
func inASCIIDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII && unicode.Is(unicode.Nd, r) {
			return '0' + rune(digitValue(r))
		}
		return r
	}, s)
}

// is reports whether a number written in a text (a run) is the setting's number.
func (st setting) is(run, country string) bool {
	if st.key == "" {
		return false
	}
	if phone.Digits(run) == st.key {
		return true
	}
	n, err := phone.ParseTTY(run, country)
	return err == nil && n.Key() == st.key
}

// checkNumberLines refuses a number line that prints none of its numbers, and a line for a
// service settings.yaml does not have (a TTY line with no hotline.tty would link to nothing),
// unless vars (the placeholders) say settings.yaml could not be read for it: its own
// problem is said, not a line that would print it.
func checkNumberLines(s Settings, t *Text, vars map[string]diag.Located) diag.Problems {
	var ps diag.Problems
	for _, l := range numberLines {
		at := l.text(t)
		if at.Text == "" {
			continue
		}
		var set []setting
		var missing []string
		for _, name := range l.needs {
			if st := settingOf(s, name); strings.ContainsFunc(st.written, unicode.IsControl) {
				continue // a control character in it: said at settings.yaml, not at each line that prints it
			} else if st.written != "" {
				set = append(set, st)
			} else {
				missing = append(missing, st.field)
			}
		}
		if l.needs[0] == "tty" && menuOptions(at.Text) {
			continue // "Veterans press 1 · Español oprima 2": the keys to press once through, for the card or poster's number
		}
		if len(set) == 0 && (l.needs[0] == "tty" || l.needs[0] == "chat") && !slices.ContainsFunc(l.needs, func(n string) bool { return vars[n].Field == "-" }) {
			ps = append(ps, unset(s, at, l, missing))
		}
		if len(set) == 0 { // a number settings.yaml must have: said there
			continue
		}
		printed, other := false, ""
		for _, st := range set {
			printed = printed || st.printedIn(at.Text)
			f := st.otherForm(at.Text, s.Country)
			if f != "" && inASCIIDigits(f) == st.written { // in the edition's own digits (۱-۸۸۸-۳۷۳-۷۸۸۸), as written
				printed = true
				continue
			}
			if other == "" && f != "" {
				other = fmt.Sprintf("%s writes %s as %s; settings.yaml writes it %s, and only that form is linked", diag.Quote(at.Text), st.field, f, st.written)
			}
		}
		if printed || slices.ContainsFunc(set, func(st setting) bool { return st.field == "hotline.chat" }) && chatNamed(at.Text, s.Hotline.Chat.Text, s.Country) {
			continue
		}
		var names, places []string
		for _, st := range set {
			names = append(names, fmt.Sprintf("%s (%s)", st.field, st.written))
			places = append(places, "{"+strings.TrimPrefix(st.field, "hotline.")+"}")
		}
		what, left, eg := "number", "nothing to dial", l.eg
		if set[0].field == "hotline.chat" { // a chat line, or a card's TTY or chat line with no TTY set
			what, left = "address", "no address to open"
			if len(l.needs) > 1 {
				eg = strings.TrimSuffix(l.eg, "TTY {tty}") + "Chat at {chat}"
			}
		}
		why := cmp.Or(l.why, "this line is where the outputs print "+strings.Join(names, " or ")+", and the reader would have "+left)
		if wrong := linePrinted(at.Text, s, set); other == "" && wrong.written != "" { // "TTY {call}": it prints a number, the wrong one
			other = fmt.Sprintf("%s prints %s (%s) where this line prints %s: the reader would dial the %s in place of the %s",
				diag.Quote(at.Text), wrong.field, wrong.written, strings.Join(names, " or "), lineNames[wrong.field], lineNames[set[0].field])
		}
		if other == "" && what == "number" { // "Call 1-888-373-7888": it prints a number, not the line's
			p := plainOf(at.Text)
			runs := numberRuns(p.text)
			dialled := func(r run) bool { // a phone number, or a short code's digits alone: not 24/7
				_, err := phone.Parse(r.text, s.Country)
				return err == nil || r.text == r.digits && len(r.digits) >= 3
			}
			if i := slices.IndexFunc(runs, dialled); i >= 0 {
				r := runs[i]
				other = fmt.Sprintf("%s prints %s, not %s: the reader would dial another number than the line's", diag.Quote(at.Text), p.original(r.at, r.at+len(r.text)), strings.Join(names, " or "))
			}
		}
		if other != "" {
			ps = append(ps, at.At(other,
				fmt.Sprintf("write %s where the %s goes, e.g. '%s'", strings.Join(places, " or "), what, eg)))
			continue
		}
		ps = append(ps, at.At(fmt.Sprintf("%s prints no %s: %s", diag.Quote(at.Text), what, why),
			fmt.Sprintf("write %s where the %s goes, e.g. '%s'", strings.Join(places, " or "), what, eg)))
	}
	return ps
}

// lineNames name what each setting is to the reader, for a message that says one was printed
// in place of another.
var lineNames = map[string]string{"hotline.call": "call line's number", "hotline.text": "text line's number",
	"hotline.tty": "TTY line's number", "hotline.emergency": "emergency number", "hotline.chat": "chat address"}

// linePrinted is the first of the hotline's numbers text prints that is none of set's, the
// settings a number line prints ("TTY {call}" prints the call line's where the TTY line's
// belongs), or no setting.
func linePrinted(text string, s Settings, set []setting) setting {
	for _, name := range []string{"call", "text", "tty", "emergency"} {
		st := settingOf(s, name)
		if st.key != "" && !slices.ContainsFunc(set, func(o setting) bool { return o.key == st.key }) && st.otherForm(text, s.Country) != "" {
			return st
		}
	}
	return setting{}
}

// chatNamed reports whether text, a card's or poster's TTY or chat line, names the chat that
// chat (hotline.chat) opens as its app's users find it: by the address's own name, a handle
// or a number ("LINE ID: @1300thailand" for https://line.me/R/ti/p/@1300thailand, "Telegram:
// +48 573 210 415" for https://t.me/+48573210415), or by the app the address is of and a
// channel's name, a number within it, where it writes no other handle ("카카오톡 채널:
// 청소년상담1388" for https://pf.kakao.com/_abc). Each reaches the chat the address opens,
// no other line.
func chatNamed(text, chat, country string) bool {
	u, err := url.Parse(chat)
	if err != nil {
		return false
	}
	apps := chatApps[strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")]
	if apps == "" { // a chat on a site of the line's own: its address is how it is found
		return false
	}
	id := strings.TrimLeft(path.Base(strings.TrimRight(u.Path, "/")), "@+~")
	words := strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:()", r) })
	if len(id) >= 4 && slices.ContainsFunc(words, func(w string) bool { return strings.EqualFold(strings.TrimLeft(w, "@"), id) }) {
		return true // its handle: "@1300thailand"
	}
	p := plainOf(text)
	runs := numberRuns(p.text)
	if n, err := phone.Parse("+"+id, country); err == nil && phone.Digits(id) == id {
		return slices.ContainsFunc(runs, func(r run) bool { // its number: "+48 573 210 415", "573 210 415"
			m, err := phone.Parse(r.text, country)
			return err == nil && m.Key() == n.Key()
		})
	}
	if strings.Contains(text, "@") || !slices.ContainsFunc(clauseWords(text), func(w string) bool { return slices.Contains(strings.Fields(apps), w) }) {
		return false // another handle, or no name of the app
	}
	return len(runs) > 0 && !slices.ContainsFunc(runs, func(r run) bool { // each number of a name: "청소년상담1388"
		prev, _ := utf8.DecodeLastRuneInString(p.text[:r.at])
		next, _ := utf8.DecodeRuneInString(p.text[r.at+len(r.text):])
		return !unicode.IsLetter(prev) && !unicode.IsLetter(next)
	})
}

// chatApps are the names, lower case, a text calls a messaging app by, by the host of its
// chats' addresses.
var chatApps = map[string]string{"line.me": "line", "lin.ee": "line", "pf.kakao.com": "kakaotalk kakao 카카오톡 카카오", "open.kakao.com": "kakaotalk kakao 카카오톡 카카오",
	"t.me": "telegram", "telegram.me": "telegram", "wa.me": "whatsapp", "signal.me": "signal", "m.me": "messenger", "zalo.me": "zalo", "viber.com": "viber"}

// ttyWords name a text telephone, lower case, beside the phrases of textPhones ("text
// telephone", "teléfono de texto"); ttyShared say that a number takes TTY calls as well as
// voice ones ("Voice/TTY", "voz y TTY", "V/TTY") or that a relay reaches it: the call line's
// number after them is right; ttyWithout, before a TTY, say the reader has none ("If you do
// not have a TTY, call {call}", "Si no tiene TTY", "sans ATS"): the voice line is theirs.
var (
	ttyWords   = wordSet("tty tdd textphone teletypewriter")
	ttyShared  = wordSet("voice voz voix v relay relais")
	ttyWithout = wordSet("not no without sin sans pas ni kein keine keinen ohne nicht não sem non senza không")
)

// ttyOnCallLine refuses a text that names a TTY right before the call line's number ("Use our
// TTY line: (503) 585-4949", "Teléfono de texto: {call}") where settings.yaml sets another
// number for the TTY line: a TTY user would dial a voice line, which answers no TTY. Right
// before: three words between at most, none a number ("TTY users: dial 711, then {call}"
// reaches the call line through the relay, as it should), and not where the words around say
// the number takes TTY calls too or through a relay ("Voice/TTY: {call}"). Many lines take
// both on one number: without a TTY number of its own, nothing is refused.
func ttyOnCallLine(at diag.Located, n numbersIn, s Settings, tty, call setting) diag.Problems {
	if tty.key == "" || call.key == "" || tty.key == call.key {
		return nil
	}
	text := n.text
	var ps diag.Problems
	for _, r := range n.runs {
		before := LastSentence(text[:r.at])
		after := saidWords(text[r.at+len(r.text):])
		if !call.is(r.text, s.Country) || !ttyBefore(saidWords(before)) || slices.ContainsFunc(after[:min(len(after), 3)], func(w saidWord) bool { return ttyShared.has(w.w) }) {
			continue
		}
		ps = append(ps, at.At(fmt.Sprintf("%s names a TTY before %s (%s), the voice line's number, but settings.yaml sets the TTY line's number apart, hotline.tty %s: a TTY user would dial a line that does not answer one",
			diag.Quote(strings.TrimLeftFunc(before, unicode.IsSpace)+r.text), call.field, call.written, tty.written),
			fmt.Sprintf("write {tty} for the TTY line's number; if %s takes TTY calls too, say so: Voice/TTY: {call}", call.written)))
	}
	return ps
}

// ttyBefore is whether ws, the words of a sentence up to a number, end in a name of a TTY with
// three words at most after it, none a number, no word around it saying the number is shared
// with voice calls or a relay's, and none before it saying the reader has no TTY.
func ttyBefore(ws []saidWord) bool {
	n := 0 // the words between
	for j := len(ws) - 1; j >= 0 && n <= 3; j-- {
		switch w := ws[j].w; {
		case w == "":
			continue
		case hasDigit(w):
			return false
		case ttyWords.has(w) || textPhone(ws, j):
			return !slices.ContainsFunc(ws[max(0, j-2):], func(w saidWord) bool { return ttyShared.has(w.w) }) &&
				!slices.ContainsFunc(ws[max(0, j-4):j], func(w saidWord) bool { return ttyWithout.has(w.w) })
		}
		n++
	}
	return false
}

// unset refuses a TTY or chat line for a service settings.yaml does not have: the line's link
// is made from the setting, so it would open nothing.
func unset(s Settings, at diag.Located, l numberLine, missing []string) diag.Problem {
	what, does := "a TTY line", "dials"
	switch {
	case len(l.needs) > 1:
		what, does = "a TTY or chat line", "opens"
	case l.needs[0] == "chat":
		what, does = "a chat line", "opens"
	}
	set := "set " + strings.Join(missing, " or ") + " in settings.yaml"
	n := ttyIn(s, at.Text)
	switch {
	case n != "" && l.needs[0] == "tty" && saysTTY(at.Text, n, s.Country):
		set = fmt.Sprintf("set tty: %q under hotline: in settings.yaml, the number this line prints", n)
	case n != "" && l.needs[0] == "tty": // a second voice line: printed as a TTY's, a deaf caller would dial it
		set = fmt.Sprintf("this line does not say %s is a TTY's: a second number to call goes in %s, which prints it as written, in place of %s; a TTY line says so (TTY %s) and sets tty: %q under hotline: in settings.yaml",
			n, voiceFields[l.field], l.field, n, n)
	case l.needs[0] == "chat":
		set += " to the chat page's https:// address"
	}
	return at.At(fmt.Sprintf("%s is %s, but settings.yaml sets no %s, which its link %s", diag.Quote(at.Text), what, strings.Join(missing, " or "), does),
		set+", or remove "+l.field)
}

// voiceFields are where each TTY or chat line's texts print a number of another line to call
// as it is written, with no TTY's or chat's link: the same outputs' notes.
var voiceFields = map[string]string{"help.tty": "help.note", "card.more": "card.back_note", "poster.more": "poster.note"}

// ttyOnly says what is wrong, and what to write, where settings.yaml sets only a TTY number
// (tty), no number to call or text: every output is built around the number people call, and
// a TTY line is called too, from a textphone, so its number is written as call: with words
// that say it takes TTY calls. A relay (711, Relay UK's prefix before a line) is no line of the
// organisation's own: the number it puts a caller through to is.
func ttyOnly(tty, country string) (msg, hint string) {
	msg = fmt.Sprintf("missing: settings.yaml sets only hotline.tty (%s), and haven prints the number people call or text as the line, on every card, poster and handout", tty)
	labels := "say in the call lines that it takes TTY calls (help.call_label, card.call_label, poster.call_label, e.g. call_label: \"TTY line for Deaf and hard of hearing callers\")"
	if prefix, national, relay := phone.Relay(tty, country); relay {
		line := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(tty), prefix))
		if phone.Digits(line) != national {
			line = national
		}
		return msg, fmt.Sprintf("%s is Relay UK's way to the line %s: write the line as call: %s, and keep tty: %s for textphone users", tty, line, yamlQuoted(line), yamlQuoted(tty))
	}
	if relayService(phone.Digits(tty), country) {
		return msg, fmt.Sprintf("%s is the relay service, which puts a TTY user through to the number they ask for: write the line's own number as call:, and keep tty: %s", tty, yamlQuoted(tty))
	}
	return msg, fmt.Sprintf("a TTY line is called, from a textphone: write its number as call: %s too (tty: may stay), and %s", yamlQuoted(tty), labels)
}

// ttyRelay name a relay service, which a TTY user dials ("Relay UK", "relais").
var ttyRelay = wordSet("relay relais")

// saysTTY is whether text, which writes number, makes it a TTY line's: its words name a text
// telephone or a relay ("TTY", "text telephone", "teléfono de texto", "Relay UK"), or the number
// is a relay's (711 in North America, Relay UK's prefix before a line). Any other number written
// where a TTY line goes is as likely a second voice line.
func saysTTY(text, number, country string) bool {
	if _, _, relay := phone.Relay(number, country); relay || phone.Digits(number) == "711" && phone.CountryCode(country) == 1 {
		return true
	}
	ws := saidWords(strings.ToLower(plainOf(text).text))
	for i, w := range ws {
		if ttyWords.has(w.w) || ttyRelay.has(w.w) || textPhone(ws, i) {
			return true
		}
	}
	return false
}

// ttyIn is the first number written in text that is none of the hotline's other numbers
// ("711" of "Dial 711, then 1-888-373-7888"), or "".
func ttyIn(s Settings, text string) string {
	h := s.Hotline
	for _, r := range numberRuns(plainOf(text).text) {
		n, err := phone.ParseTTY(r.text, s.Country)
		if err != nil {
			continue
		}
		known := false
		for _, o := range []string{h.CallNumber().Text, h.Text.Text, h.Emergency.Text} {
			m, err := phone.Parse(o, s.Country)
			known = known || err == nil && m.Dial == n.Dial
		}
		if !known {
			return r.text
		}
	}
	return ""
}

// linesLeftOut warns of a TTY number or chat address settings.yaml sets that a language's texts
// leave out: with no help.tty, help.chat, card.more or poster.more, its handouts, page, cards
// or posters print none, without a word. haven has no words of its own for these lines in any
// language, so it names the fields to write rather than printing some of its own.
func linesLeftOut(file string, s Settings, t *Text) diag.Problems {
	tty, chat := settingOf(s, "tty"), settingOf(s, "chat")
	more := `more: "TTY {tty}"`
	if tty.written == "" {
		more = `more: "Chat at {chat}"`
	}
	var missing, eg, outputs []string
	for _, l := range []struct {
		field, eg, outputs string
		at                 diag.Located
		shows              bool // the field may print one that is set
	}{
		{"help.tty", `tty: "TTY {tty}" under help:`, "handouts, page", t.Help.TTY, tty.written != ""},
		{"help.chat", `chat: "{chat}" under help:`, "handouts, page", t.Help.Chat, chat.written != ""},
		{"card.more", more + " under card:", "cards", t.Card.More, tty.written != "" || chat.written != ""},
		{"poster.more", more + " under poster:", "posters", t.Poster.More, tty.written != "" || chat.written != ""},
	} {
		if l.shows && l.at.Text == "" {
			missing, eg = append(missing, l.field), append(eg, l.eg)
			if !slices.Contains(outputs, l.outputs) {
				outputs = append(outputs, l.outputs)
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	var set, what []string
	for i, st := range []setting{tty, chat} {
		if st.written != "" {
			set = append(set, fmt.Sprintf("%s (%s)", st.field, st.written))
			what = append(what, []string{"TTY number", "chat address"}[i])
		}
	}
	add := "add, in " + t.Language.Text + ": "
	if code, _, _ := strings.Cut(path.Base(path.Dir(file)), "-"); !strings.EqualFold(code, "en") {
		add = "add, in " + t.Language.Text + "'s own words, lines such as these English ones: " // not to be pasted as they are
	}
	var ws diag.Problems
	ws.Add(file, 0, "", fmt.Sprintf("settings.yaml sets %s, but %s leaves out %s: its %s print no %s",
		strings.Join(set, " and "), t.Language.Text, strings.Join(missing, ", "), strings.Join(outputs, ", "), strings.Join(what, " or ")),
		add+strings.Join(eg, "; "))
	return ws
}

// keywordLeftOut warns of a keyword settings.yaml sets that none of a language's short texts
// prints (the hotline box's, the cards', the posters' and the tabs'): a line that takes calls
// and texts on one number writes "Call or text {call}", and a reader who texts it never learns
// the word to send. Printed in some, it warns of each text line (help.text, card.text,
// poster.text) whose output prints the number to text without it or a word the line also
// takes ("Text {text} ANY TIME, NO COST" on the cards): a card or a poster is read on its own,
// and paper has no link to fill the word in.
func keywordLeftOut(file string, s Settings, t *Text) diag.Problems {
	k := strings.ToUpper(s.Hotline.Keyword.Text)
	if k == "" || !s.Hotline.Texts() {
		return nil
	}
	says := func(at diag.Located) bool { return strings.Contains(strings.ToUpper(at.Text), k) }
	var ws diag.Problems
	if short := []diag.Located{t.Help.Call, t.Help.Text, t.Card.Text, t.Card.CallLabel, t.Poster.Text, t.Poster.CallLabel, t.Poster.Tab, t.Discreet.Subline}; !slices.ContainsFunc(short, says) {
		var fields []string
		for _, at := range short {
			if at.Field != "" && at.Text != "" {
				fields = append(fields, at.Field)
			}
		}
		ws.Add(file, 0, "", fmt.Sprintf("settings.yaml sets hotline.keyword (%s), but %s prints it in none of %s: a reader who texts the line from a card or poster does not learn the word to send",
			s.Hotline.Keyword.Text, t.Language.Text, strings.Join(fields, ", ")),
			"write {keyword} where the texts say to text, e.g. call: \"Call {call}, or text {keyword} to it\"")
		return ws
	}
	for _, o := range []struct {
		outputs string
		line    diag.Located   // the text line, which prints the number to text
		with    []diag.Located // the lines printed with it that may name the word
	}{
		{"a handout's or the page's hotline box", t.Help.Text, []diag.Located{t.Help.Call, t.Help.TextLabel}},
		{"a card", t.Card.Text, []diag.Located{t.Card.CallLabel}},
		{"a poster", t.Poster.Text, []diag.Located{t.Poster.CallLabel}},
	} {
		other := func(at diag.Located) bool { // a word the line also takes: "Text INFO to {text}" teaches one
			return slices.ContainsFunc(strings.FieldsFunc(at.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }), s.Hotline.otherKeyword)
		}
		if o.line.Text != "" && !says(o.line) && !slices.ContainsFunc(o.with, says) && !other(o.line) {
			ws = append(ws, o.line.At(fmt.Sprintf("%s prints the number to text without the word the line needs (%s, %s): a reader who texts it from %s does not learn the word to send", diag.Quote(o.line.Text), s.Hotline.Keyword.Text, s.Hotline.Keyword.Field, o.outputs),
				"write {keyword} in it, e.g. text: Text {keyword} to {text}"))
		}
	}
	return ws
}

// The words that offer texting, lower case, in the languages haven has words for (English,
// Spanish; "texto" and "SMS" in French and Portuguese too); the words beside one that make it
// no text message: a text telephone ("text telephone", "teléfono de texto": TTY, textPhones), real-time
// text ("real-time text", "texto en tiempo real": RTT), large or plain text; and the words of
// writing, which offer texting or a chat only beside a call ("Llama o escribe", "Cuando llamas
// o escribes"): "Escribe este número" and "escribir tu nombre" are writing on paper.
var (
	texting    = wordSet("text texts texting texted txt sms textea textear textee textéanos texto textos " + smsWords)
	textKinds  = wordSet("large larger big plain full grande completo")
	writing    = wordSet("escribe escribes escriba escriban escríbenos escribenos escríbanos escribanos escribir escribirnos")
	realTimeEn = []string{"real", "time"}
	realTimeEs = []string{"en", "tiempo", "real"}
	// others are the words that name someone other than the reader and the line, whose texting
	// a text may tell of
	others = wordSet("he she they him her them his their partner partner's abuser boyfriend girlfriend husband wife ex someone somebody él ella ellos ellas pareja novio novia esposo esposa alguien")
)

// offersTexting is whether a text offers texting on the line's number, s the settings: a word
// of texting that is no text telephone, real-time or large text, or, where the line has no
// chat, a word of writing beside a call; that is not said not to ("We cannot receive texts",
// "No texts, calls only", "Este número no recibe mensajes de texto"); and that is not for
// another number its sentence gives ("Call or text 988", "text HOME to 741741": another
// service, which takes texts); and that does not tell of someone else's texting, naming
// another person and neither the line nor the reader's texts ("Their partner checks their
// phone or texts constantly", "If he texts you threats": a sign, no offer).
func offersTexting(text string, s Settings) bool {
	ws := saidWords(text)
	if slices.ContainsFunc(ws, func(w saidWord) bool { return others.has(w.w) }) && !strings.Contains(text, "{") &&
		!slices.ContainsFunc(ws, func(w saidWord) bool {
			return theLineWords.has(w.w) || ownWords.has(w.w) || w.w == "your" || w.w == "tu" || w.w == "tus"
		}) {
		return false
	}
	word := func(i int) string { return wordAt(ws, i) }
	words := func(i, n int) []string {
		var out []string
		for j := i; j < i+n; j++ {
			out = append(out, word(j))
		}
		return out
	}
	for i, w := range ws {
		sms := textingAt(ws, i) && !textPhone(ws, i) && !textKinds.has(word(i-1)) && !textKinds.has(word(i+1)) &&
			!slices.Equal(words(i-2, 2), realTimeEn) && !slices.Equal(words(i+1, 3), realTimeEs)
		wrote := writing.has(w.w) && s.Hotline.Chat.Text == "" && (askOr()[word(i-1)] && callVerbs()[word(i-2)] || askOr()[word(i+1)] && callVerbs()[word(i+2)])
		if (sms || wrote) && !negated(ws[:i]) && !forAnother(text[w.end:], func(n string) bool { _, own := s.untextable(n); return own }) {
			return true
		}
	}
	return false
}

// textingAt is whether ws[i] is a word of texting, or the first of two that say a text
// message together or holds a stem of one (smsWords, smsPhrases, smsStems).
func textingAt(ws []saidWord, i int) bool {
	w := ws[i].w
	return texting.has(w) || smsPair()[w+" "+wordAt(ws, i+1)] ||
		strings.ContainsFunc(w, func(r rune) bool { return r > unicode.MaxLatin1 }) && slices.ContainsFunc(strings.Fields(smsStems), func(st string) bool { return strings.Contains(w, st) })
}

// wordAt is ws[i]'s word, or "" where i is outside ws.
func wordAt(ws []saidWord, i int) string {
	if i < 0 || i >= len(ws) {
		return ""
	}
	return ws[i].w
}

// forAnother is whether after, the text after a word of texting (or calling), gives another
// number than one of the line's own as the first in its sentence: the texting is that
// number's. What is no number to call or text (askable: "24/7", "365 days a year") is passed over.
func forAnother(after string, own func(number string) bool) bool {
	after = plainOf(toSentenceEnd(after)).text
	for _, r := range numberRuns(after) {
		if !askable(after, r) {
			continue
		}
		return !own(r.text)
	}
	return false
}

// timeUnits count the time a line is open in ("365 days a year", "24 horas").
var timeUnits = wordSet("day days hour hours week weeks year years night nights día días dia dias hora horas semana semanas año años noche noches")

// orTexting is "call or text" and the like with texting left out, for a hint.
var orTexting = lazyRE(`(?i)(\s+(or|o|u)\s+(text|txt|texto|escribe|escribes|escriba|escríbenos|escribir)\b)|(\b(text|txt|escribe|escriba)\s+(or|o)\s+)`)

// textingOnLandline refuses the texts printed beside the line's number (the hotline box, the
// cards, the posters: the texts of text.yaml among texts), and the FAQ's sentences that name
// the line, that offer texting where the line takes none (no hotline.text): "Call or text,
// 24/7" above a landline, or "call or text the hotline today" in the FAQ, has someone who
// cannot speak text a number that never receives it. The text lines themselves (help.text,
// card.text, ...) print only for a line that takes texts, and are left to that.
func textingOnLandline(s Settings, texts []diag.Located) diag.Problems {
	if s.Hotline.Texts() {
		return nil
	}
	var ps diag.Problems
	for _, at := range texts {
		textLine := strings.HasSuffix(at.Field, ".text") || at.Field == "help.text_label"
		said, where := at.Text, "it prints beside"
		switch {
		case textLine:
			continue
		case path.Base(at.File) == FAQFile: // the sentence that offers it, of a paragraph
			sentences := sentencesOf(at.Text)
			i := slices.IndexFunc(sentences, func(sentence string) bool {
				return slices.ContainsFunc(strings.FieldsFunc(sentence, func(r rune) bool { return strings.ContainsRune(",;:，、؛", r) }), func(clause string) bool {
					// "call the hotline, or text a friend" offers no texting on it, nor "text us on WhatsApp"
					return offersTexting(clause, s) && clauseNamesLine(clause, s) && !messengerRE().MatchString(clause)
				}) && !textsAnother(sentence, s) && !asksIt(sentence)
			})
			if i < 0 {
				continue
			}
			said, where = strings.TrimSpace(sentences[i]), "it names the line, whose number is"
		case !besideNumber(at) || !offersTexting(at.Text, s):
			continue
		}
		hint := "write it without texting" + withoutWords(said, orTexting())
		ps = append(ps, at.At(fmt.Sprintf("%s offers texting, %s: %s %s, which cannot receive a text message", diag.Quote(said), noTextsSaid, where, cmp.Or(s.Hotline.Call.Text, "the number")),
			hint+"; if the line takes texts, set hotline.text to the number people text"))
	}
	return ps
}

// theLineWords name the organisation's line in a sentence of the FAQ: "call or text the hotline",
// "text us", "llame o escriba a la línea de ayuda".
var theLineWords = wordSet("hotline helpline line lifeline us we our nosotros nos línea linea ligne nous uns")

// clauseNamesLine is whether clause names the organisation's line: its number, written or as a
// placeholder, or a word of theLineWords; texting offered there is texting the line, where "text a
// friend you trust" is not.
func clauseNamesLine(clause string, s Settings) bool {
	if strings.Contains(clause, "{call}") || strings.Contains(clause, "{text}") ||
		s.Hotline.Call.Text != "" && strings.Contains(phone.Digits(clause), phone.Digits(s.Hotline.CallNumber().Text)) {
		return true
	}
	return slices.ContainsFunc(saidWords(clause), func(w saidWord) bool { return theLineWords.has(w.w) })
}

// asksIt reports whether sentence is a question, which offers nothing: "Can I text the
// Helpline?" is asked to be answered that it takes no texts.
func asksIt(sentence string) bool {
	t := strings.TrimRightFunc(sentence, unicode.IsSpace)
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") || strings.HasSuffix(t, "؟")
}

// textsAnother reports whether sentence gives a number of another service than the
// organisation's, which the texting it offers is to: "Crisis Text Line: text HOME to 741741",
// "Lifeline's text service: 0477 13 11 14". Counts, years and hours are none.
func textsAnother(sentence string, s Settings) bool {
	text := plainOf(sentence).text
	nums := s.Numbers()
	for _, r := range numberRuns(text) {
		end := r.at + len(r.text)
		if len(r.digits) < 3 || yearLike(r.digits) || roundTheClock(r.text) || Counted(text[end:]) || exact(keys(r.digits, s.Country, r.plus), nums) {
			continue
		}
		return true
	}
	return false
}

// sentencesOf are the sentences of text.
func sentencesOf(text string) []string {
	var out []string
	from := 0
	for _, b := range sentenceBreaks(text) {
		out = append(out, text[from:b[1]])
		from = b[1]
	}
	return append(out, text[from:])
}

// besideNumber is whether at is a text of text.yaml that prints beside the line's number: the
// hotline box's, the cards', the posters'.
func besideNumber(at diag.Located) bool {
	section, _, _ := strings.Cut(at.Field, ".")
	return path.Base(at.File) == TextFile && slices.Contains([]string{"help", "card", "observer", "discreet", "poster"}, section)
}

// withoutWords is a hint's example of text without what re matches (", e.g. \"Call us\"" for
// "Text or call us"), its first letter as it was; "" where re matches nothing.
func withoutWords(text string, re *regexp.Regexp) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringIndex(text, -1) {
		b.WriteString(text[last:m[0]])
		last = m[1]
		// "call 419.352.1545 or text us": the words left out take their own object with them,
		// where the verb before has one; "call or text us" shares it
		before := strings.Fields(text[:m[0]])
		after := strings.Fields(text[m[1]:])
		if unicode.IsSpace(rune(text[m[0]])) && len(before) > 0 && !sharedVerbs.has(strings.ToLower(before[len(before)-1])) && len(after) > 0 {
			word := strings.TrimRightFunc(after[0], unicode.IsPunct)
			if objects.has(strings.ToLower(word)) {
				last = m[1] + strings.Index(text[m[1]:], word) + len(word)
			}
		}
	}
	b.WriteString(text[last:])
	without := b.String()
	if without == text {
		return ""
	}
	if r, n := utf8.DecodeRuneInString(without); unicode.IsUpper([]rune(text)[0]) {
		without = string(unicode.ToUpper(r)) + without[n:]
	}
	return fmt.Sprintf(", e.g. %q", without)
}

// sharedVerbs call or text, before "or" and the other (orTexting, orCalling): the object after
// both is theirs too; objects are those a verb of them takes.
var (
	sharedVerbs = wordSet("call phone ring text txt llame llama llamas llamar llámenos llámanos escriba escribe escribes escríbenos escribir appelez")
	objects     = wordSet("us me them him her nos nous")
)
