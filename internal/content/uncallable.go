package content

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"

	"haven/internal/diag"
)

// A line's number to text that settings.yaml does not also give as its number to call or its
// TTY number (a short code such as 233733, or the number of a line that takes only texts)
// answers no call: words that ask the reader to call it, and words beside the number that
// offer calling on a line with no number to call, send someone who needs help to a number
// that never picks up, on every copy. These checks are the mirror of those of texting a number
// that takes no texts (textsUntextable, textingOnLandline).

// notVoice are words of askWords' calls that ask to reach a line by any means, which a text
// answers too ("contact us at", "reach us at", "comuníquese al"); reachAfter are the verbs of dialAfter that
// do ("に連絡", "로 연락", "پر رابطہ کریں"), or report to a line ("通報", "신고").
var (
	notVoice   = wordSet("contact reach comuníquese comunícate comuníquense contactez erreichen")
	reachAfter = []string{"連絡", "ご連絡", "通報", "연락", "신고", "رابطہ کریں", "संपर्क करें", "تماس بگیرید", "تماس بگیر"}
	// notOffered are words of a voice call that also name a phone or a brand, or choose: "Text
	// from any phone", "la marca", "wählen Sie eine Sprache"
	notOffered = wordSet("phone telephone ring marca marque wählen wähle wählt")
	// usWords are "us" after a verb, in the languages of askWords that write it apart
	usWords = wordSet("us nous uns nas")
	// canWords say a reader can call, right before the verb: "You can call anonymously",
	// "Puede llamar sin dar su nombre", "Vous pouvez appeler", "Você pode ligar"
	canWords = wordSet("can may puede puedes pueden podés podrá pouvez peux peut pode podem")
	// calledOthers begin who a verb of calling calls other than the line: "can call a friend",
	// "puede llamar a alguien", "can call you back"
	calledOthers = wordSet("a an the your my his her their someone somebody anyone anybody him them me you back " +
		"un una unos unas el la los las al su sus tu tus alguien le les lo te quelqu une votre vos ton ta alguém")
)

// voiceCalls are the words of askWords that ask for a voice call.
var voiceCalls = sync.OnceValue(func() map[string]bool {
	m := maps.Clone(askCall())
	maps.DeleteFunc(m, func(w string, _ bool) bool { return notVoice.has(w) })
	return m
})

// callingWords are the words that offer calling in a text with no number (Call or text, 24/7;
// Cuando llamas o escribes): voiceCalls but notOffered.
var callingWords = sync.OnceValue(func() map[string]bool {
	m := maps.Clone(voiceCalls())
	maps.DeleteFunc(m, func(w string, _ bool) bool { return notOffered.has(w) })
	return m
})

// unspacedCallRE ends a text in a verb of calling of a script written without spaces, right
// before its number, and what says not to before it: "请拨打233733", "不要拨打233733".
var unspacedCallRE = lazyRE(`(不要|请勿|請勿|勿|别|別|不能|不可|不必|不用|无法|無法|禁止)?(?:` + callVerbsUnspaced + `)[\s\p{Zs}：:"“「『（(]*$`)

// notAfter are what says not to after a verb that follows its number: Korean 전화하지 마세요,
// Japanese 電話しないでください.
var notAfter = []string{"지 마", "지마", "지 말", "지 않", "지않", "못 ", "しないで", "しない", "するな", "しては", "禁止"}

// asksToCall reports whether the words around a number, before and after it, ask to call it:
// a verb of a voice call asks for it (askClause, asker), not said not to ("Do not call",
// "Đừng gọi", "不要拨打", "전화하지 마세요"), and no word asks to text it instead ("If you can't
// call, text"); "Call or text" asks for both. In the scripts written without spaces and the
// languages whose verb follows its number, the verb right before or after it (unspacedCallRE,
// dialAfter, calledLast).
func asksToCall(before, after string) bool {
	if AsksToText(before) || TextedAfter(after) {
		return false
	}
	if m := unspacedCallRE().FindStringSubmatch(before[max(0, len(before)-40):]); m != nil {
		return m[1] == ""
	}
	if saidAfter(after, func(l afterPhrases) []string {
		return slices.DeleteFunc(slices.Clone(l.verbs), func(v string) bool { return slices.Contains(reachAfter, v) })
	}) {
		head := after[:min(len(after), 60)]
		return !slices.ContainsFunc(notAfter, func(n string) bool { return strings.Contains(head, n) })
	}
	if calledLast(before, after) {
		return true
	}
	clause := askClause(before)
	if !askedBefore(clause) || strings.HasPrefix(strings.TrimSpace(clause), "(") { // "{call} (call) · {text}": the word labels the number before
		return false
	}
	ws := saidWords(clause)
	for i := len(ws) - 1; i >= 0; i-- {
		if askCall()[ws[i].w] {
			return voiceCalls()[ws[i].w] && !negated(ws[:i])
		}
	}
	return false
}

// callsUncallable refuses each number a text asks the reader to call (asksToCall: "Call
// {text}", "Llame al 233733", "Call or text 741741") that is the line's number to text and
// not its number to call or its TTY number: the reader calls a number that does not answer.
// text, call and tty are the settings of the three, parsed once for all texts.
func callsUncallable(at diag.Located, n numbersIn, s Settings, text, call, tty setting) diag.Problems {
	if !s.takesNoCalls(text, call, tty) {
		return nil
	}
	t := n.text // its digits in ASCII, as the layout links them
	var ps diag.Problems
	for _, r := range n.runs {
		before, after := t[:r.at], t[r.at+len(r.text):]
		// the words first: most numbers are not asked to be called, and reading one against
		// the settings takes parsing; a number in a web address is no call's
		if !asksToCall(before, after) || inAddress(t, r.at) || messengerAsk(before) || !text.is(r.text, s.Country) {
			continue
		}
		ps = append(ps, at.At(s.noCalls(diag.Quote(strings.TrimLeftFunc(LastSentence(before), unicode.IsSpace)+r.text), text)))
	}
	return ps
}

// takesNoCalls is whether the line's number to text, text, answers no call: it is not its
// number to call or its TTY number, and it is a short code or the line has no number to call.
// A full number may take calls as well as texts, which settings.yaml has no way to say beside
// another number to call; a short code takes none, and a line without a number to call says
// it takes none. text, call and tty are the settings of the three.
func (s Settings) takesNoCalls(text, call, tty setting) bool {
	short := len(text.key) >= 4 && len(text.key) <= 6
	return text.key != "" && text.key != call.key && text.key != tty.key && (short || !s.Hotline.Calls())
}

// noCalls says what is wrong with asking to call st, the line's number to text, and what to
// write instead; what is the text that asks it.
func (s Settings) noCalls(what string, st setting) (msg, hint string) {
	ask := "Text {keyword} to {text}"
	if s.Hotline.Keyword.Text == "" {
		ask = "Text {text}"
	}
	if !s.Hotline.Calls() {
		return fmt.Sprintf("%s asks the reader to call %s (%s), but the line takes no calls (hotline.call is empty in settings.yaml): %s is its number to text, and a call to it is not answered", what, st.written, st.field, st.written),
			"ask to text it in place of calling (" + ask + "); if the line takes calls, set hotline.call to the number people call"
	}
	return fmt.Sprintf("%s asks the reader to call %s (%s), the number settings.yaml gives for texts, but calls go to hotline.call %s: a number for texts (a short code) does not answer a call", what, st.written, st.field, s.Hotline.Call.Text),
		fmt.Sprintf("write {call} for the number to call (Call {call}), or ask to text %s in place of calling it (%s)", st.written, ask)
}

// orCalling is "call or text" and the like with calling left out, for a hint.
var orCalling = lazyRE(`(?i)(\s+(or|o|u)\s+(call|calling|phone|llama|llame|llamas|llámanos|llámenos|llamar|appelez)\b)|(\b(call|calling|llama|llame|llamas|llámanos|llámenos)\s+(or|o|u)\s+)`)

// callingOnTextLine warns (ws) of the texts printed beside the line's number (the hotline box,
// the cards, the posters) that offer calling where the line takes only texts (no
// hotline.call): "When you call or text" on the back of a card for a text line, or "Puede
// llamar sin dar su nombre" in its hotline box, has someone look for a number to call that is
// not there. A warning, not a refusal: "call" names, and asks to call others, more often than
// the line ("what experts call grooming", "call a friend"), and offersCalling reads only its
// plainest offers. The FAQ's sentences that offer calling the line by name ("call or text the
// hotline today", "llame o escriba hoy a la línea") are refused (ps), as texting a landline is
// (textingOnLandline). The call lines themselves (help.call, poster.tab, ...) print only for a
// line that takes calls, and are left to that.
func callingOnTextLine(s Settings, texts []diag.Located) (ps, ws diag.Problems) {
	if s.Hotline.Calls() || !s.Hotline.Texts() {
		return nil, nil
	}
	text := settingOf(s, "text")
	own := func(n string) bool { return text.is(n, s.Country) }
	hint := func(said string) string {
		return "write it without calling" + withoutWords(said, orCalling()) + "; if the line takes calls, set hotline.call to the number people call"
	}
	for _, at := range texts {
		if path.Base(at.File) == FAQFile { // the sentence that offers it, of a paragraph
			i := slices.IndexFunc(sentencesOf(at.Text), func(sentence string) bool {
				return slices.ContainsFunc(strings.FieldsFunc(sentence, func(r rune) bool { return strings.ContainsRune(",;:，、؛", r) }), func(clause string) bool {
					// "text the hotline, or call a friend" offers no call of it, nor "call us on WhatsApp"
					return offersCalling(clause, own) && clauseNamesLine(clause, s) && !messengerRE().MatchString(clause)
				}) && !textsAnother(sentence, s) && !asksIt(sentence)
			})
			if i < 0 {
				continue
			}
			said := strings.TrimSpace(sentencesOf(at.Text)[i])
			ps = append(ps, at.At(fmt.Sprintf("%s offers calling, but the line takes no calls (hotline.call is empty in settings.yaml): it names the line, whose number %s takes only text messages", diag.Quote(said), s.Hotline.Text.Text), hint(said)))
			continue
		}
		if !besideNumber(at) || callOnly[at.Field] != "" || !offersCalling(at.Text, own) {
			continue
		}
		ws = append(ws, at.At(fmt.Sprintf("%s offers calling, but the line takes no calls (hotline.call is empty in settings.yaml): it prints beside %s, which takes only text messages", diag.Quote(at.Text), s.Hotline.Text.Text), hint(at.Text)))
	}
	return ps, ws
}

// offersCalling is whether a text offers calling on the line's number, as plainly as the
// offers of the built-in texts: a word of callingWords joined by "or" to a word of texting
// ("When you call or text", "Text or call", "Llama o escribe"), asking to call "us" or the line
// ("Call us", "Llámanos", "call the hotline today", "llame a la línea"), or saying the reader
// can call, with no one else to call after it ("Puede llamar sin dar su nombre", "You can call
// any time"; not "You can call a friend"); not said not to ("If you can't call, text us") and
// not for another number its sentence gives ("Call or text 988"); own is whether a number is
// the line's.
func offersCalling(text string, own func(number string) bool) bool {
	ws := saidWords(text)
	word := func(i int) string { return wordAt(ws, i) }
	texts := func(w string) bool { return texting.has(w) || writing.has(w) || askText()[w] || textVerbs()[w] }
	line := func(i int) bool { // the line within three words after the verb: "call the hotline", "llame a la línea"
		return slices.ContainsFunc([]string{word(i + 1), word(i + 2), word(i + 3)}, func(w string) bool { return w != "us" && theLineWords.has(w) })
	}
	for i, w := range ws {
		offer := askOr()[word(i+1)] && texts(word(i+2)) || askOr()[word(i-1)] && texts(word(i-2)) ||
			usWords.has(word(i+1)) || strings.HasSuffix(w.w, "nos") || line(i) ||
			canWords.has(word(i-1)) && !calledOthers.has(word(i+1))
		if callingWords()[w.w] && offer && !negated(ws[:i]) && !forAnother(text[w.end:], own) {
			return true
		}
	}
	return false
}
