package content

import (
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode"

	"haven/internal/diag"
	"haven/internal/phone"
)

// messagesTextLine refuses each text that asks the reader to message the line's number to text
// in an app ("WhatsApp {text}", "Signal: {text}", "message us on WhatsApp at {text}") without
// offering text messages too (textingOffered): every output links that number
// sms:, a text message the app never receives, and someone who needs help waits for an answer
// that does not come. A chat in an app is hotline.chat's (https://wa.me/...). text is the
// setting of the number to text.
func messagesTextLine(at diag.Located, n numbersIn, s Settings, text setting) diag.Problems {
	t := n.text // its digits in ASCII, as the layout links them
	var ps diag.Problems
	for _, r := range n.runs {
		before := t[:r.at]
		app := messengerAsked(before) // the words first: parsing the number costs more
		if app == "" || inAddress(t, r.at) || textingOffered(before, app) || !text.is(r.text, s.Country) {
			continue
		}
		what := diag.Quote(strings.TrimLeftFunc(LastSentence(before), unicode.IsSpace) + r.text)
		chat := "the https:// address of a chat in " + app
		if strings.EqualFold(strings.Join(strings.Fields(app), ""), "whatsapp") {
			chat = "https://wa.me/ and the international number, digits only"
			if d, err := phone.Parse(text.written, s.Country); err == nil && strings.HasPrefix(d.Dial, "+") {
				chat = "https://wa.me/" + strings.TrimPrefix(d.Dial, "+")
			}
		}
		ps = append(ps, at.At(fmt.Sprintf("%s asks the reader to message %s (%s) on %s, but its link on every output opens a text message (sms:), which %s does not receive", what, text.written, text.field, app, app),
			fmt.Sprintf("set hotline.chat in settings.yaml to %s, and write {chat} here (%s: {chat}); hotline.text is for a number that takes text messages (\"\" for none)", chat, app)))
	}
	return ps
}

// textingOffered is whether the words asking for a number, before it since the number before,
// offer text messages too, joined by "or" to app, the app they name: "Text or WhatsApp",
// "Envía un SMS o WhatsApp"; not "Text us on WhatsApp", a message in the app.
func textingOffered(before, app string) bool {
	clause := askClause(before)
	ws := saidWords(clause[strings.LastIndexFunc(clause, unicode.IsDigit)+1:])
	name := strings.Fields(strings.ToLower(app))[0]
	a := slices.IndexFunc(ws, func(w saidWord) bool { return w.w == name })
	for i, w := range ws {
		if lo, hi := min(i, a), max(i, a); a >= 0 && texting.has(w.w) && slices.ContainsFunc(ws[lo:hi], func(w saidWord) bool { return askOr()[w.w] }) {
			return true
		}
	}
	return false
}

// messengerHosts are the hosts, lower case and without www., of addresses that open a chat in
// an app with a phone number written in them: wa.me/27600123456,
// api.whatsapp.com/send?phone=27600123456, t.me/+27600123456, signal.me/#p/+27600123456,
// viber.click/27600123456. The number is the line's as much as a number to call is.
var messengerHosts = wordSet("wa.me api.whatsapp.com whatsapp.com web.whatsapp.com t.me telegram.me signal.me viber.click")

// messengerSchemes are the schemes of an app's own links with a number (whatsapp://send?phone=,
// viber://chat?number=, tg://resolve?phone=, sgnl://signal.me/#p/+).
var messengerSchemes = wordSet("whatsapp viber tg sgnl")

// messengerNumber is the full international number, digits only, that address u opens a chat
// with in a messaging app, or "": in its path's last part, its fragment's (Signal's #p/+...)
// or its phone= or number= field, with or without +. A chat on a site of the line's own,
// whatever digits its path holds, is none.
func messengerNumber(u, country string) string {
	pu, host := chatAddress(u)
	if pu == nil || !messengerHosts.has(host) && !messengerSchemes.has(strings.ToLower(pu.Scheme)) {
		return ""
	}
	q := pu.Query()
	for _, c := range []string{path.Base(pu.Path), path.Base(pu.Fragment), q.Get("phone"), q.Get("number")} {
		d := strings.TrimPrefix(strings.TrimSpace(c), "+")
		if len(d) < 7 || phone.Digits(d) != d {
			continue
		}
		if n, err := phone.Parse("+"+d, country); err == nil {
			return n.Key()
		}
	}
	return ""
}

// messengerApp names the app the chat address u opens, as a label of its number: "WhatsApp".
func messengerApp(u string) string {
	pu, host := chatAddress(u)
	if pu == nil {
		return ""
	}
	for _, a := range []struct{ app, of string }{{"WhatsApp", "whatsapp wa.me"}, {"Telegram", "t.me telegram tg"}, {"Signal", "signal sgnl"}, {"Viber", "viber"}} {
		for _, w := range strings.Fields(a.of) {
			if strings.Contains(host, w) || strings.EqualFold(pu.Scheme, w) {
				return a.app
			}
		}
	}
	return ""
}

// chatAddress is the address u read, and its host in lower case without www.; nil for no address.
func chatAddress(u string) (*url.URL, string) {
	pu, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return nil, ""
	}
	return pu, strings.TrimPrefix(strings.ToLower(pu.Hostname()), "www.")
}
