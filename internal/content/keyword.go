package content

import (
	"cmp"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
)

// keywordWord tells whether k is one word of at most 20 letters of any script (accents included, as ÁNIMO) and digits:
// what a texting service matches, whatever the case.
func keywordWord(k string) bool {
	n := 0
	for _, r := range k {
		if n++; n > 20 || !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsNumber(r) {
			return false
		}
	}
	return n > 0
}

// optOut are the words carriers take as "stop sending me messages" (CTIA's, and Canada's
// French ARRET): texted as a keyword they unsubscribe the sender instead of reaching the line.
var optOut = map[string]bool{"STOP": true, "STOPALL": true, "UNSUBSCRIBE": true, "CANCEL": true, "END": true, "QUIT": true, "REVOKE": true, "OPTOUT": true, "ARRET": true, "ARRÊT": true}

// optOutSaid are the words a text may tell the reader to send to stop the messages, the
// carriers' and those Spanish services take (BAJA, CANCELAR): an instruction, not a keyword.
func optOutSaid(w string) bool {
	switch w = strings.ToUpper(w); w {
	case "BAJA", "CANCELAR", "PARAR", "ALTO", "FIN":
		return true
	}
	return optOut[w]
}

// checkKeyword checks a keyword where it is set (hotline.keyword, or a language's keyword:):
// one word, not an opt-out word, with a number to text it to and no number hidden in it.
func checkKeyword(s *Settings, k string, bad func(msg, hint string)) {
	if k == "" {
		return
	}
	switch {
	case !keywordWord(k):
		bad(fmt.Sprintf("%s should be one word of letters or digits (any alphabet, accents too), at most 20", diag.Whole(k)), "a texting service matches one word: no spaces or punctuation")
	case optOut[strings.ToUpper(k)]:
		bad(fmt.Sprintf("%s is a word carriers read as \"stop sending me messages\": a text with it would unsubscribe the sender, not reach the line", diag.Whole(k)), "use the keyword the text line gives you")
	case !oneWriting(letterScripts(k)):
		bad(mixedKeyword(k))
	case fullWidth(k):
		bad(fmt.Sprintf("%s is in full-width letters, which a phone's keys do not type: readers would text the word in ordinary letters, and every text link would send another word", diag.Whole(k)),
			"write it in ordinary letters: "+narrowLatin(k))
	}
	if s.Hotline.Text.Text == "" {
		bad("is set but there is no number to text it to", "add hotline.text, or remove the keyword")
	}
	for _, sl := range codeSlips(k, s.Country, s.Numbers()) {
		bad(fmt.Sprintf("%s is one slip away from %s %s; a likely typo", diag.Whole(sl.written), sl.near.Field, sl.near.Written), bothRight("", cmp.Or(sl.digits, sl.written), s.Country, sl.near))
	}
}

// mixedKeyword says what is wrong with k, a keyword whose letters mix scripts as no language
// writes (oneWriting): HЕLP with a Cyrillic Е prints as HELP, and every text link sends it,
// but a texting service that matches HELP takes it for another word. It names the letters not
// of k's main script (most of its letters', Latin on a tie), and where they print as Latin
// ones in a Latin word, the word in Latin letters alone.
func mixedKeyword(k string) (msg, hint string) {
	scripts := letterScripts(k)
	main := "Latin"
	for _, s := range slices.Sorted(maps.Keys(scripts)) {
		if scripts[s] > scripts[main] {
			main = s
		}
	}
	var stray, of []string
	fixed := []rune(k)
	for i, r := range fixed {
		if s := ScriptOf(r); unicode.IsLetter(r) && s != main {
			stray = append(stray, fmt.Sprintf("%q (U+%04X)", r, r))
			if !slices.Contains(of, s) {
				of = append(of, s)
			}
			if l, ok := latinShaped[unicode.ToLower(r)]; ok && main == "Latin" {
				fixed[i] = l
				if unicode.IsUpper(r) {
					fixed[i] = unicode.ToUpper(l)
				}
			}
		}
	}
	hint = "type it again in " + main + " letters alone"
	if !strings.ContainsFunc(string(fixed), func(r rune) bool { return unicode.IsLetter(r) && ScriptOf(r) != main }) {
		hint += ": " + string(fixed)
	}
	is := "is a " + strings.Join(of, " or ") + " letter"
	if len(stray) > 1 {
		is = "are " + strings.Join(of, " or ") + " letters"
	}
	return fmt.Sprintf("%s mixes alphabets: %s %s among %s ones. It prints as the word it looks like, but a text with it is another word to the line's texting service, which would not answer it", diag.Whole(k), strings.Join(stray, " and "), is, main), hint
}

// checkOtherKeyword checks a word of hotline.other_keywords as a keyword, and refuses one that
// is the keyword itself or one slip from it (HLEP beside HELP): listed, a typo would pass in
// every text. A line with no keyword may list one too (988 takes PRIDE, a message with no
// word reaching it as well).
func checkOtherKeyword(s *Settings, o diag.Located, bad func(msg, hint string)) {
	k := s.Hotline.Keyword.Text
	switch {
	case k == "":
		checkKeyword(s, o.Text, bad)
	case strings.EqualFold(o.Text, k):
		bad(fmt.Sprintf("%s is hotline.keyword itself", diag.Whole(o.Text)), "list only the other words the line takes")
	case oneRuneOff([]rune(strings.ToUpper(o.Text)), []rune(strings.ToUpper(k))):
		bad(fmt.Sprintf("%s is one slip from hotline.keyword %s (a letter changed, dropped or added, or two swapped): a likely typo", diag.Whole(o.Text), k), "list only the other words the line takes, as it publishes them")
	default:
		checkKeyword(s, o.Text, bad)
	}
}

// otherKeyword reports whether w is one of the other words the line takes.
func (h Hotline) otherKeyword(w string) bool {
	return slices.ContainsFunc(h.OtherKeywords, func(o diag.Located) bool { return strings.EqualFold(o.Text, w) })
}

// For is the settings as a language prints them: its own keyword (keyword: in its text.yaml)
// in place of hotline.keyword, for {keyword} and the sms: links of its outputs and page.
func (s Settings) For(l *Language) Settings {
	if l != nil && l.Text.Keyword.Text != "" {
		s.Hotline.Keyword = l.Text.Keyword
	}
	return s
}

// In is the settings as the language l prints them: its own keyword (For), and the
// organisation's name and contact as its text.yaml writes them, where it does. Each is its
// own: a language that writes only the name still prints settings.yaml's contact line, the
// address and phone its readers need too, and which the fonts and checks already count.
func (s Settings) In(l *Language) Settings {
	s = s.For(l)
	if l == nil {
		return s
	}
	o := l.Text.Organisation
	if o.Name.Text != "" {
		s.Organisation.Name = o.Name
	}
	if o.Contact.Text != "" {
		s.Organisation.Contact = o.Contact
	}
	return s
}

// TextsOf is every text the language l prints, what its fonts are chosen for: the settings
// printed as written (Printed), settings.yaml's organisation name or contact line left out
// where l's text.yaml writes its own in their place (In), then l's own texts. An English
// edition with its own contact line needs no font for the script of settings.yaml's.
func (c *Content) TextsOf(l *Language) []diag.Located {
	org := c.Settings.In(l).Organisation
	printed := slices.DeleteFunc(slices.Clone(c.Printed), func(p diag.Located) bool {
		return p.Field == "organisation.name" && p.Text != org.Name.Text || p.Field == "organisation.contact" && p.Text != org.Contact.Text
	})
	return append(printed, l.Texts...)
}

// acronyms are words in capitals that stand where a keyword would without being one.
var acronyms = map[string]bool{"SMS": true, "MMS": true, "TTY": true, "RTT": true, "VRS": true, "TDD": true, "TXT": true, "USA": true, "FAQ": true, "URL": true, "WEB": true}

// The words of "Text WORD to NUMBER" in the languages haven knows (English, Spanish), lower
// case: the verb of texting, the filler between the word and 'to' ("por mensaje de texto"),
// 'to', what may stand between 'to' and the number ("the number"), and "the word" before it.
// The words that ask to text are those of askWords in every language it has, with the words
// of a phrase of texting that ask nothing alone ("envoyez un SMS", "mensaje de texto", "send
// a text", Vietnamese "nhắn tin", Arabic "رسالة نصية", Somali "u dir": send to), so that "if you cannot speak, text
// 911" opens a text message in them all; "or" is askWords' (askOr).
var (
	textVerbs = sync.OnceValue(func() map[string]bool {
		return withWords(askText(), "txt send texte textee textear envia envie envíen envien enviar manda mande mandar escriba"+
			" texto textos envoyez envoie envoyer simse schicke schicken sende senden نصية راسل راسلنا راسلونا tèks voye смс отправьте dir dira")
	})
	textFill = wordSet("por mensaje de texto sms by in a text message un une um uma eine ein mag en")
	textTo   = wordSet("to at al a")
	textNum  = wordSet("the number número numero")
	textWord = wordSet("word palabra")
	textThe  = wordSet("the la")
	// what joins the word to the message before the number ("Send a text with the word WORD
	// to", "Mande un texto con AYUDA al"), and to the number after it ("Text 233733 with the
	// word WORD", "and type WORD", "Escriba al 233733 la palabra WORD"), and the verbs of typing it
	textWith = wordSet("with using con")
	textAnd  = wordSet("and y")
	textType = wordSet("type typing write writing enter send saying escriba escribe escriban escribir escribiendo ponga pon pongan poner envíe envie envía envia mande manda diciendo")
)

// callVerbs are the words that ask to call (askWords), "reach" (reachRE's: "Texting is free, or
// reach us at"), and the words of the lines a number after them is dialled on though "text"
// or "send" come before them (a text telephone, TTY, relay; a fax): "Call or text 988" links
// the call, and so do "text telephone (TTY) 1-800-787-3224" and "send a fax to".
var callVerbs = sync.OnceValue(func() map[string]bool { return withWords(askCall(), "reach tty tdd relay fax") })

// textPhones are the names of a text telephone (a TTY) in the languages of the word lists,
// lower case, word by word: "text telephone", "teléfono de texto", "téléphone texte (ATS)",
// "الهاتف النصي". Their word of text names the line's device: it asks no one to text the number
// after it (AsksToText) and offers no texting (offersTexting).
var textPhones = [][]string{
	{"text", "telephone"}, {"text", "phone"}, {"text", "relay"}, {"text", "tty"}, {"text", "tdd"},
	{"teléfono", "de", "texto"}, {"telefono", "de", "texto"}, {"telefone", "de", "texto"},
	{"téléphone", "texte"}, {"telephone", "texte"}, {"téléphone", "à", "texte"},
	{"الهاتف", "النصي"}, {"هاتف", "نصي"}, {"telefòn", "tèks"}, {"текстовый", "телефон"}, {"texttelefon"}, {"schreibtelefon"},
}

// textPhone is whether the word i of ws is one of a text telephone's name there (textPhones).
func textPhone(ws []saidWord, i int) bool {
	for _, p := range textPhones {
		for j, w := range p {
			if from := i - j; w == ws[i].w && from >= 0 && from+len(p) <= len(ws) &&
				slices.EqualFunc(ws[from:from+len(p)], p, func(s saidWord, w string) bool { return s.w == w }) {
				return true
			}
		}
	}
	return false
}

// AsksToText is whether the words before a number in its sentence ask the reader to text it
// rather than call it: the verb nearest before it is one of texting ("Text 1737", "at 1737 or
// text 1737", "send a text message to"), not "call or text" ("Call or text 988", which opens
// the call), not a text telephone's name ("Teléfono de texto: {tty}", textPhone) and not said
// not to ("Do not text {call}", "You cannot text"). The number then
// opens a text message, as the hotline box's text line does: "If you cannot speak, text 911"
// must not start a call.
func AsksToText(before string) bool {
	ws := saidWords(askClause(before))
	for i := len(ws) - 1; i >= 0; i-- {
		switch {
		case callVerbs()[ws[i].w] || textPhone(ws, i):
			return false
		case textVerbs()[ws[i].w]:
			for i > 0 && (textVerbs()[ws[i-1].w] || textFill.has(ws[i-1].w)) { // the phrase's first word: "envoyez un SMS"
				i--
			}
			said := slices.DeleteFunc(slices.Clone(ws[:i]), func(w saidWord) bool { return w.w == "" }) // "Call, or text 988" calls too
			n := len(said)
			return !negated(ws[:i]) && (n < 2 || !askOr()[said[n-1].w] || !callVerbs()[said[n-2].w])
		}
	}
	return false
}

// saidWord is a word of a text (letters, marks and digits), lower case, and the byte offset
// in the text after it; a word "" stands where a clause ends (a comma, colon, bracket, dash,
// full stop), which a "not" does not reach over: "If not, text us".
type saidWord struct {
	w   string
	end int
}

// saidWords are the words of s and its clauses' ends, "n't" read as "not" ("don't" as "do
// not").
func saidWords(s string) []saidWord {
	var ws []saidWord
	start := -1
	for i, r := range s + " " {
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := strings.ToLower(s[start:i])
			if n := len(ws) - 1; w == "t" && n >= 0 && strings.HasSuffix(ws[n].w, "n") && slices.Contains([]string{"'", "’"}, s[ws[n].end:start]) {
				ws[n].w, w = strings.TrimSuffix(ws[n].w, "n"), "not"
			}
			ws = append(ws, saidWord{w, i})
			start = -1
		}
		if strings.ContainsRune(",;:()[]?!¿¡.—–", r) {
			ws = append(ws, saidWord{"", i})
		}
	}
	return ws
}

// The words that say not to (English, Spanish), and those of a verb phrase that may stand
// between one and the texting it denies: "do not text", "cannot receive texts", "please don't
// send us a text", "no se aceptan mensajes de texto".
var (
	negations = wordSet("not no cannot never nunca jamás đừng không chớ huwag hindi не ne nie nicht")
	// appNegations say, with negations, that a reader does not use an app: "don't use", "sin"
	appNegations = wordSet("don doesn didn without sin pas nicht kein keine")
	negBridge    = wordSet("receive accept take answer reply respond read send get able to be us me a any offer offers provide provides have has support supports " +
		"recibe recibimos reciben recibir acepta aceptamos aceptan aceptar contesta contestamos contestan se puede pueden podemos " +
		"envíe envie envíen envien envía envia enviar mande manden manda mandar un una mensaje mensajes de por ofrece ofrecemos ofrecen ofrecer tiene tenemos tienen servicio")
)

// negated is whether before, the words before a word of texting, end in a negation of it in
// the same clause, with only the words of its verb phrase between: "We cannot receive texts"
// offers none, where "If you can't talk, text us" and "No need to call: text" do.
func negated(before []saidWord) bool {
	for i := len(before) - 1; i >= 0; i-- {
		switch w := before[i].w; {
		case negations.has(w):
			return true
		case !negBridge.has(w):
			return false
		}
	}
	return false
}

// untextable is the hotline's number to call or TTY number, as settings.yaml sets it, that
// number (a number written in a text or link) is when settings.yaml does not say it takes
// texts: hotline.text is another number or none. A text asking to text it opens a text
// message to it (layout.TextLink), which a landline never receives, and someone who cannot
// speak waits for an answer that does not come. Numbers the settings say nothing of ("text
// 911", another line's) open as the words ask.
func (s Settings) untextable(number string) (setting, bool) {
	if settingOf(s, "text").is(number, s.Country) {
		return setting{}, false
	}
	for _, name := range []string{"call", "tty"} {
		if st := settingOf(s, name); st.is(number, s.Country) {
			return st, true
		}
	}
	return setting{}, false
}

// noTexts says what is wrong with asking to text st, a number untextable found, and what to
// write instead; what is the text or link that asks it.
func (s Settings) noTexts(what string, st setting) (msg, hint string) {
	msg = fmt.Sprintf("%s asks the reader to text %s (%s), but settings.yaml sends texts to hotline.text %s", what, st.written, st.field, s.Hotline.Text.Text)
	hint = fmt.Sprintf("write {text} for the number to text (Text {keyword} to {text}), or ask to call %s in place of texting it", st.written)
	if !s.Hotline.Texts() {
		msg = fmt.Sprintf("%s asks the reader to text %s (%s), %s: its link would open a text message to a number that cannot receive one", what, st.written, st.field, noTextsSaid)
		hint = "ask to call in place of texting (You can also call us at {call}); if the line takes texts, set hotline.text to the number people text"
	}
	return msg, hint
}

// noTextsSaid is how a refusal of texting says the line takes none: a text refused so is
// refused once, for the number it asks to text where it names one (textingOnLandline).
const noTextsSaid = "but the line takes no texts (hotline.text is empty in settings.yaml)"

// textsUntextable refuses each number a text asks the reader to text (AsksToText: "You can
// also text us at {call}"; TextedAfter: "{call}으로 문자 보내세요") that settings.yaml does not say takes texts (untextable).
func textsUntextable(at diag.Located, n numbersIn, s Settings) diag.Problems {
	text := n.text // its digits in ASCII, as the layout links them
	var ps diag.Problems
	for _, r := range n.runs {
		if !AsksToText(text[:r.at]) && !TextedAfter(text[r.at+len(r.text):]) { // the words first: most numbers are not asked to be texted, and reading one against the settings takes parsing
			continue
		}
		// a number in a web address (https://wa.me/27768822775), or one a messaging app reaches
		// ("Send us a WhatsApp message at"), is no text message's: its link opens the app
		if inAddress(text, r.at) || messengerAsk(text[:r.at]) {
			continue
		}
		if st, ok := s.untextable(r.text); ok {
			ps = append(ps, at.At(s.noTexts(diag.Quote(strings.TrimLeftFunc(LastSentence(text[:r.at]), unicode.IsSpace)+r.text), st)))
		}
	}
	return ps
}

// wordTable is a table of words, made into a set at its first lookup: the package has many such
// tables, and a run from the built-in content's snapshot reads few of them, so none is made
// as the program starts.
type wordTable func() map[string]bool

// wordSet is the words of s, for looking up, made at the first lookup.
func wordSet(s string) wordTable {
	return sync.OnceValue(func() map[string]bool { return wordMap(s) })
}

// has is whether w is one of the words.
func (ws wordTable) has(w string) bool { return ws()[w] }

// wordMap is the words of s, for looking up.
func wordMap(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// otherKeywords finds a keyword written out beside the text number ("Envía AYUDA al 233733")
// that is not the language's keyword, which every sms: link of its outputs fills in: the
// reader would be told one word and the message would carry another. Only a word in capitals
// in the place of the keyword counts, before the number between the verb of texting and 'to'
// ("Text WORD to", "envíe «WORD» por mensaje de texto al") or after it where the words say to
// type it ("Text 233733 with the word WORD", "and type WORD", "Escriba al 233733 la palabra
// WORD"): capitals elsewhere near a number are acronyms ("To report DMST, text"), and a text
// that says it otherwise is not checked. The keyword named beside another word ("Text HELP or
// INFO to") and opt-out words ("text STOP to") are no such mistake; neither is a text all in
// capitals ("TEXT US TO"), where no word stands out.
func otherKeywords(at diag.Located, n numbersIn, s Settings, st setting, textFile string) diag.Problems {
	k := s.Hotline.Keyword
	if s.Hotline.Text.Text == "" || n.runs == nil || k.Text != "" && (!keywordWord(k.Text) || fullWidth(k.Text)) {
		return nil // an invalid keyword is reported where it is set, not in every text that prints it
	}
	text := n.text // without marks, its digits in ASCII ("Envíe AYUDA al ٢٣٣٧٣٣")
	if strings.IndexFunc(text, unicode.IsLower) < 0 {
		return nil
	}
	var ps diag.Problems
	for _, r := range n.runs {
		if !st.is(r.text, s.Country) {
			continue
		}
		other := otherWord(WordsToSendAt(text[:r.at], text[r.at+len(r.text):]), k.Text)
		if other == "" || s.Hotline.otherKeyword(other) {
			continue
		}
		number := r.text
		if strings.HasPrefix(number, "(") && strings.HasSuffix(number, ")") { // paper's number after a link's words: "text INFO (233733)"
			number = number[1 : len(number)-1]
		}
		if k.Text == "" { // {keyword} would print nothing: the word is the line's, or every message's
			ps = append(ps, at.At(fmt.Sprintf("%s tells the reader to text %s to %s, but no keyword is set, so the line's other text links send a message with no word", diag.Quote(at.Text), other, number),
				fmt.Sprintf("if the line takes %s beside messages with no word, list it in settings.yaml under hotline: as other_keywords: [%s]; if every message must say %s, set hotline.keyword: %s (or keyword: %s at the top of %s for this language alone)", other, other, other, other, other, textFile)))
			continue
		}
		msg := fmt.Sprintf("%s tells the reader to text %s to %s, but the text links of this language send %s (%s in %s)", diag.Quote(Unmark(at.Text)), other, number, k.Text, k.Field, path.Base(k.File))
		ps = append(ps, at.At(msg, fmt.Sprintf("write {keyword} in place of %s; if %s is this language's word, write keyword: %s at the top of %s; if the line takes %s too, list it in settings.yaml under hotline: as other_keywords: [%s]", other, other, other, textFile, other, other)))
	}
	return ps
}

// otherWord is the word of said, the words a text tells the reader to send, that is not the
// keyword k, an opt-out word or an acronym, when k is not one of them; else "".
func otherWord(said []string, k string) string {
	other := ""
	for _, w := range said {
		switch {
		case strings.EqualFold(w, k):
			return ""
		case !optOutSaid(w) && !acronyms[w]:
			other = w
		}
	}
	return other
}

// nearWords is how many words from the number to text a keyword's slip is looked for, either
// side and in its sentence: far enough for the longest way a language says it ("Schicke das
// Wort HILFF per SMS an die Nummer 741741"), near enough that a word of another sentence
// part is not taken for it.
const nearWords = 8

// keywordMisses refuses, in a text of an edition whose settings are s (its text line st), a
// word written as a keyword (in capitals or quotes, named) a few words from the number to text
// in its sentence (nearWords), that is one slip from one of the content's keywords, all (a
// letter changed, dropped or added, or two swapped: "Textez PALRER au 741741", "Envie AJDUA
// para") and none of them. It needs no language's words of texting, which otherKeywords reads
// in English and Spanish alone: a keyword's slip is a typo in any language, and the reader
// would text a word the line does not answer. Passed over: a keyword of three letters or fewer
// (SMS is one slip from SOS, HIV from HI), acronyms and opt-out words, a sentence all in
// capitals (no word stands out), and a sentence that names one of the keywords beside the
// number as well ("Text HOME to 741741, the HOPE line": the reader is told the word).
func keywordMisses(at diag.Located, n numbersIn, s Settings, st setting, all func() []diag.Located) diag.Problems {
	if st.key == "" {
		return nil
	}
	text := n.text
	var ps diag.Problems
	for _, r := range n.runs {
		if !st.is(r.text, s.Country) {
			continue
		}
		before, after := LastSentence(text[:r.at]), text[r.at+len(r.text):]
		if l := sentenceBreaks(after); len(l) > 0 {
			after = after[:l[0][1]]
		}
		if shouted(before + after) {
			continue
		}
		var near []string // the words written as keywords either side of the number
		for side, part := range []string{before, after} {
			ws := wordsOf(part)
			from, to := max(0, len(ws)-nearWords), len(ws)
			if side == 1 {
				from, to = 0, min(len(ws), nearWords)
			}
			for i := from; i < to; i++ {
				gap := "" // the gap before word i
				if i > 0 {
					gap = ws[i-1].gap
				} else {
					gap = part[:strings.Index(part, ws[0].w)]
				}
				// as named reads it, but a word in capitals that begins its sentence is one said
				// loud ("SAVE our number in your phone: ..."), not one to send, unless quoted
				first := side == 0 && i == 0 && strings.TrimSpace(gap) == ""
				quoted := endsQuote(gap) && startsQuote(ws[i].gap)
				if w := ws[i].w; (quoted || capitals(w) && !first) && !acronyms[w] && !optOutSaid(w) {
					near = append(near, w)
				}
			}
		}
		if len(near) == 0 || slices.ContainsFunc(near, func(w string) bool {
			return strings.EqualFold(w, s.Hotline.Keyword.Text) // the edition's own word, most texts'
		}) {
			continue
		}
		keywords := all()
		if slices.ContainsFunc(near, func(w string) bool {
			return slices.ContainsFunc(keywords, func(k diag.Located) bool { return strings.EqualFold(w, k.Text) })
		}) {
			continue
		}
		for _, w := range near {
			i := slices.IndexFunc(keywords, func(k diag.Located) bool {
				return utf8.RuneCountInString(k.Text) > 3 && oneRuneOff([]rune(strings.ToUpper(w)), []rune(strings.ToUpper(k.Text)))
			})
			if i < 0 {
				continue
			}
			k := keywords[i]
			fix := k.Text
			if strings.EqualFold(k.Text, s.Hotline.Keyword.Text) {
				fix = "{keyword}"
			}
			ps = append(ps, at.At(fmt.Sprintf("%s names %s beside the number to text, one slip from the keyword %s (%s in %s; a letter changed, dropped or added, or two swapped): a likely typo, and a text with %s would not reach the line", diag.Quote(strings.TrimSpace(before+r.text+after)), w, k.Text, k.Field, k.File, w),
				fmt.Sprintf("write %s in place of %s; if %s is no word to text, write it without capitals or quotes", fix, w, w)))
			break
		}
	}
	return ps
}

// keywordAfterVerb refuses, in a text of an edition whose settings are s (st its text line),
// a word right after a verb of texting that is one slip from one of the content's keywords,
// all, and none of them ("Text hepl if you prefer", "Text HLEP anytime", "Envía AYDUA cuando
// quieras"), where no number to text follows to read it by (keywordMisses, otherKeywords): the
// reader would text a word the line does not answer. In capitals or quotes the word is one to
// send wherever the verb stands; in lower case only where the verb begins its clause, as an
// instruction does ("Text hepl", "or text hepl"), and not a word that stands there unsent
// (PlainSent: "Text us if you prefer", "Text messages help"). Passed over as keywordMisses
// passes them: a keyword of three letters or fewer, acronyms and opt-out words, and a sentence
// all in capitals.
func keywordAfterVerb(at diag.Located, n numbersIn, s Settings, st setting, all func() []diag.Located) diag.Problems {
	if st.key == "" {
		return nil
	}
	text := n.text
	if n.runs == nil {
		text = plainOf(at.Text).text // a text without a number is not read for its numbers
	}
	ws := wordsOf(text)
	for i := 0; i+1 < len(ws); i++ {
		if !textVerbs()[strings.ToLower(ws[i].w)] || !plainGap(ws[i].gap) {
			continue
		}
		w, gap := ws[i+1].w, ws[i].gap
		clauseStart := i == 0 && strings.TrimSpace(text[:strings.Index(text, ws[0].w)]) == "" || i > 0 && (!plainGap(ws[i-1].gap) || askOr()[strings.ToLower(ws[i-1].w)])
		if !named(w, gap, ws[i+1].gap) && !(clauseStart && PlainSent(w)) || acronyms[w] || optOutSaid(w) {
			continue
		}
		if k, sentence, fix, ok := keywordSlipAt(text, strings.Index(text, ws[i].w+gap+w), w, s, all); ok {
			return diag.Problems{at.At(fmt.Sprintf("%s tells the reader to text %s, one slip from the keyword %s (%s in %s; a letter changed, dropped or added, or two swapped): a likely typo, and a text with %s would not reach the line", diag.Quote(sentence), w, k.Text, k.Field, k.File, w),
				fmt.Sprintf("write %s in place of %s", fix, w))}
		}
	}
	return nil
}

// keywordSlipAt is the keyword of the content's, all, that w, a word text names to send from
// byte from on, is one slip from, none of them being w; the sentence it is written in, and
// what to write in its place. ok is false for none, a keyword of three letters or fewer, and
// a sentence all in capitals.
func keywordSlipAt(text string, from int, w string, s Settings, all func() []diag.Located) (k diag.Located, sentence, fix string, ok bool) {
	keywords := all()
	if slices.ContainsFunc(keywords, func(k diag.Located) bool { return strings.EqualFold(w, k.Text) }) {
		return k, "", "", false
	}
	i := slices.IndexFunc(keywords, func(k diag.Located) bool {
		return utf8.RuneCountInString(k.Text) > 3 && oneRuneOff([]rune(strings.ToUpper(w)), []rune(strings.ToUpper(k.Text)))
	})
	sentence, rest := LastSentence(text[:from]), text[from:]
	if l := sentenceBreaks(rest); len(l) > 0 {
		rest = rest[:l[0][0]+1]
	}
	sentence += rest
	if i < 0 || shouted(sentence) {
		return k, "", "", false
	}
	fix = keywords[i].Text
	if strings.EqualFold(fix, s.Hotline.Keyword.Text) {
		fix = "{keyword}"
	}
	return keywords[i], strings.TrimSpace(sentence), fix, true
}

// keywordNames are the words that name the word to text before it, alone ("keyword",
// "Stichwort") or after the one before them ("code word", "key word", "the word", "la palabra",
// "palabra clave", "mot clé", "từ khóa": keywordNamedAfter), and the words that may stand
// between them and the word ("Our keyword is STRAT", "Keyword: STRAT").
var (
	keywordNames      = wordSet("keyword keywords codeword codewords passcode stichwort schlüsselwort kennwort")
	keywordNamedAfter = map[string]wordTable{"word": wordSet("the code key"), "palabra": wordSet("la clave"), "clave": wordSet("palabra"),
		"clé": wordSet("mot"), "mot": wordSet("le"), "khóa": wordSet("từ"), "palavra": wordSet("a chave"), "chave": wordSet("palavra"), "wort": wordSet("das")}
	keywordIs = wordSet("is es est ist é")
)

// keywordAfterName refuses, in a text of an edition whose settings are s (st its text line), a
// word in capitals or quotes right after words that name it the keyword (keywordNames: "Our
// text keyword is STRAT", "Keyword: STRAT", "Or send a text message with the word STRAT") that
// is one slip from one of the content's keywords, all, and none of them, wherever the number
// to text stands, in another sentence or none (keywordMisses reads only the number's): the
// reader would text a word the line does not answer. Passed over as keywordAfterVerb passes
// them: a keyword of three letters or fewer, acronyms and opt-out words, a sentence all in
// capitals.
func keywordAfterName(at diag.Located, n numbersIn, s Settings, st setting, all func() []diag.Located) diag.Problems {
	if st.key == "" {
		return nil
	}
	text := n.text
	if n.runs == nil {
		text = plainOf(at.Text).text
	}
	ws := wordsOf(text)
	for i := 0; i+1 < len(ws); i++ {
		name := strings.ToLower(ws[i].w)
		if before, ok := keywordNamedAfter[name]; !keywordNames.has(name) && !(ok && i > 0 && plainGap(ws[i-1].gap) && before.has(strings.ToLower(ws[i-1].w))) {
			continue
		}
		j, gap := i+1, ws[i].gap
		if keywordIs.has(strings.ToLower(ws[j].w)) && plainGap(gap) && j+1 < len(ws) {
			j, gap = j+1, ws[j].gap
		}
		w := ws[j].w
		if strings.Trim(gap, " \u00a0:") != "" && !plainGap(strings.Replace(gap, ":", "", 1)) || !named(w, gap, ws[j].gap) || acronyms[w] || optOutSaid(w) {
			continue
		}
		if k, sentence, fix, ok := keywordSlipAt(text, strings.Index(text, ws[i].w+ws[i].gap), w, s, all); ok {
			return diag.Problems{at.At(fmt.Sprintf("%s names %s the word to text, one slip from the keyword %s (%s in %s; a letter changed, dropped or added, or two swapped): a likely typo, and a text with %s would not reach the line", diag.Quote(sentence), w, k.Text, k.Field, k.File, w),
				fmt.Sprintf("write %s in place of %s", fix, w))}
		}
	}
	return nil
}

// sendReach is how far before or after a number the words to send it are read: a sentence's
// length and more ("Text the word HELP, or START if you are new, to"), cut from a byte, whose
// broken first letter, if any, is far from the number.
const sendReach = 400

// WordsToSendAt are the words in capitals a text tells the reader to send to a number, before
// and after being the text before and after it: named before it (WordsToSend), else after it
// (wordsToSendAfter); the word to send is named once, its full-width letters as the ASCII
// ones a phone types. The sms: links of the PDFs and the page
// (layout.SMSBody) and the check of a keyword written out read them alike.
func WordsToSendAt(before, after string) []string {
	said := WordsToSend(before)
	if len(said) == 0 {
		said = wordsToSendAfter(after, AsksToText(before))
	}
	for i, w := range said { // ＨＥＬＰ is typed, and sent, as HELP
		said[i] = narrowLatin(w)
	}
	return said
}

// messengerAsk reports whether before, the text up to a number, asks to message it in an app
// in its own clause (messengerRE: "Send us a WhatsApp message, day or night, at", "Text us on
// WHATSAPP at"), as the links read it (Dialable); not where the app is said not to be used ("If
// you do not use WhatsApp, text us at", "if you don't have Telegram"), nor "signal" and
// "messenger" in lower case, everyday words ("no signal for calls").
func messengerAsk(before string) bool { return messengerAsked(before) != "" }

// messengerAsked is the app's name as messengerAsk finds it asked for, or "".
func messengerAsked(before string) string {
	clause := askClause(before)
	if !mayNameMessenger(clause) {
		return ""
	}
	for _, m := range messengerRE().FindAllStringIndex(clause, -1) {
		if name := clause[m[0]:m[1]]; name == "signal" || name == "messenger" {
			continue
		}
		ws := saidWords(strings.ToLower(clause[:m[0]]))
		if !slices.ContainsFunc(ws[max(0, len(ws)-4):], func(w saidWord) bool { return negations.has(w.w) || appNegations.has(w.w) }) {
			return clause[m[0]:m[1]]
		}
	}
	return ""
}

// messengerAfter is the app's name that after, the text after a number, gives within its
// first four words in the number's clause, as a language whose verb comes last asks to message
// it there ("077 312 4590 க்கு WhatsApp செய்தி அனுப்புங்கள்") and a label says what a number is
// for ("077 312 4590 (WhatsApp)"); "" where there is none, or where another number follows
// first, which the words before it ask for ("Call 0771 234 567 or WhatsApp 0771 234 568").
func messengerAfter(after string) string {
	end := strings.IndexFunc(after, func(r rune) bool { return strings.ContainsRune(",;:.!?،؛。！？\n", r) })
	if end >= 0 {
		after = after[:end]
	}
	if strings.ContainsFunc(after, unicode.IsDigit) {
		return ""
	}
	ws := strings.Fields(after)
	for _, name := range messengerRE().FindAllString(strings.Join(ws[:min(len(ws), 4)], " "), -1) {
		if name != "signal" && name != "messenger" {
			return name
		}
	}
	return ""
}

// mayNameMessenger is false where s cannot hold a name messengerRE finds: text of ASCII alone
// that holds the start of none of its Latin names. The pattern, blind to case, is slow to scan,
// and the layout asks of every number on every line it tries.
func mayNameMessenger(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	l := strings.ToLower(s)
	for _, name := range strings.Fields(messengerNames) {
		if start, _, _ := strings.Cut(name, `\`); strings.Contains(l, start) {
			return true
		}
	}
	return false
}

// InApp reports whether the words around a number, before and after it, ask to message it in
// an app: before it in its clause (messengerAsk: "Send a WhatsApp message to", "Message us on
// WhatsApp at", "WhatsApp us at") or right after it (messengerAfter). Neither a call nor a text
// message reaches the app there, so the PDFs and the page link the number to neither, the
// organisation's own numbers too.
func InApp(before, after string) bool {
	return messengerAfter(after) != "" || messengerAsk(before) // the app's name looked for in the number's clause alone, not in the 300 bytes before it
}

// named is a word written as one to send: in capitals ("Text HELP to") or in quotes ("text
// “help” to"), as a word to type is written apart from the sentence; French sets its
// guillemets apart by a space, often a no-break one ("envoyez « aide » au").
func named(w, before, after string) bool {
	return capitals(w) || endsQuote(before) && startsQuote(after)
}

func endsQuote(gap string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(gap, unicode.IsSpace))
	return quoteMark(r)
}

func startsQuote(gap string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(gap, unicode.IsSpace))
	return quoteMark(r)
}

func quoteMark(r rune) bool { return unicode.Is(unicode.Quotation_Mark, r) || r == '«' || r == '»' }

// WordsToSend are the words a text tells the reader to send, as before (the text up to the
// number) ends: "Text WORD to", "text WORD or OTHER to", "envíe «WORD» al", last first, in
// capitals or quotes, or in lower case ("Text hlep to", PlainSent);
// none when before does not end so. The 'to' may be left out where the number follows the
// word at once, or in brackets, as paper prints a link's number after its words: "[text
// START](sms:233733)" is "text START (233733)", and its words end what is read before it.
func WordsToSend(before string) []string {
	ws := wordsOf(before[max(0, len(before)-sendReach):]) // the words right before the number: not a whole long paragraph's for each of its numbers
	last := len(ws) - 1
	joined := func(i int) bool { // word i and the next one are one phrase; the last, and the number: "to (614)"
		return plainGap(ws[i].gap) || i == last && strings.TrimSpace(ws[i].gap) == "("
	}
	i := last
	next := func(in wordTable) bool { // takes word i if it is one of in, joined as one phrase
		if i >= 0 && in.has(strings.ToLower(ws[i].w)) && joined(i) {
			i--
			return true
		}
		return false
	}
	for next(textNum) {
	}
	to := next(textTo)
	if !to && i != last { // "the number" is said with 'to'
		return nil
	}
	for next(textFill) {
	}
	var said []string                 // the words in the keyword's place, last first
	gapBefore := func(i int) string { // the gap before word i
		if i == 0 {
			return ""
		}
		return ws[i-1].gap
	}
	for i >= 0 && (named(ws[i].w, gapBefore(i), ws[i].gap) || to && PlainSent(ws[i].w)) && joined(i) { // a word in lower case only before 'to': "Text or WhatsApp (614)" sends none
		said = append(said, ws[i].w)
		i--
		if !next(askOr) {
			break
		}
	}
	if next(textWord) { // "Text the word WORD to"
		next(textThe)
	}
	if next(textWith) { // "Envíe un mensaje de texto con la palabra AYUDA al"
		for next(textFill) {
		}
	}
	if len(said) == 0 || !next(textVerbs) {
		return nil
	}
	return said
}

// wordsToSendAfter are the words in capitals a text tells the reader to send after the number,
// as after (the text after it) begins in the same sentence: "with the word WORD", "and type
// WORD or OTHER", "la palabra «WORD»", and "with WORD" ("con AYUDA") where the sentence asks
// to text the number (asked); none without a verb of typing or "the word" before them
// ("233733 and DMST experts answer", "Text 233733 ANY TIME" name no word to send).
func wordsToSendAfter(after string, asked bool) []string {
	lead := strings.IndexFunc(after, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) })
	if lead < 0 || strings.ContainsAny(after[:lead], ".!?;。！？") {
		return nil
	}
	ws := wordsOf(after[:min(len(after), sendReach)])
	gapOf := func(i int) string { // the gap after word i, and before the first
		if i < 0 {
			return after[:lead]
		}
		return ws[i].gap
	}
	i := 0
	next := func(in wordTable) bool { // takes word i if it is one of in, joined to the one before
		if i < len(ws) && in.has(strings.ToLower(ws[i].w)) && (i == 0 || plainGap(ws[i-1].gap)) {
			i++
			return true
		}
		return false
	}
	for next(textAnd) {
	}
	said := next(textWith) && asked // "with WORD": "Mande un texto al 233733 con AYUDA"
	for next(textType) {
		said = true
	}
	word := false // "the word": what follows is sent, in any case
	if next(textThe); next(textWord) {
		said, word = true, true
	}
	var words []string
	for said && i < len(ws) && (i == 0 || plainGap(ws[i-1].gap)) && (named(ws[i].w, gapOf(i-1), ws[i].gap) || word && PlainSent(ws[i].w)) {
		words = append(words, ws[i].w)
		i++
		if !next(askOr) {
			break
		}
	}
	return words
}

// aWord is a word of a text and what follows it up to the next word.
type aWord struct{ w, gap string }

// wordsOf is s as words of letters, marks and digits, each with the gap after it.
func wordsOf(s string) []aWord {
	isWord := func(c rune) bool { return unicode.IsLetter(c) || unicode.IsMark(c) || unicode.IsDigit(c) }
	var out []aWord
	for s != "" {
		start := strings.IndexFunc(s, isWord)
		if start < 0 {
			break
		}
		s = s[start:]
		end := strings.IndexFunc(s, func(c rune) bool { return !isWord(c) })
		if end < 0 {
			end = len(s)
		}
		gapEnd := strings.IndexFunc(s[end:], isWord)
		if gapEnd < 0 {
			gapEnd = len(s) - end
		}
		out = append(out, aWord{s[:end], s[end : end+gapEnd]})
		s = s[end+gapEnd:]
	}
	return out
}

// plainGap reports whether the words either side of gap are one phrase: spaces and quotation
// marks between them, no punctuation that ends a clause ("To report DMST, text").
func plainGap(gap string) bool {
	return strings.TrimFunc(gap, func(c rune) bool {
		return unicode.IsSpace(c) || unicode.Is(unicode.Quotation_Mark, c) || c == '«' || c == '»'
	}) == ""
}

// shouted reports whether sentence is written all in capitals: two words or more of letters
// that have them, none in lower case. In one that has no others (the Latin word in an Arabic
// or Chinese sentence), a word in capitals still stands out.
func shouted(sentence string) bool {
	cased := 0
	for _, w := range strings.Fields(sentence) {
		if strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
		if strings.ContainsFunc(w, unicode.IsUpper) {
			cased++
		}
	}
	return cased >= 2
}

// capitals reports whether w is a word in capitals of two letters or more, in any script.
func capitals(w string) bool {
	n := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c) && !unicode.IsUpper(c):
			return false
		case unicode.IsLetter(c):
			n++
		}
	}
	return n >= 2
}

// notSent are words in lower case that stand between a verb of texting and 'to' without being
// a word to send: "text us to", "send it to", "text anytime at", "text questions to", "text or
// email us at", "envía ya al", "envie mensagens a"; and adverbs ("text instantly to", "escribe
// gratuitamente al"), by their ending.
var notSent = wordSet("us me you him her them it this that these those one someone somebody anyone anybody anything something everything " +
	"anytime now today tonight back first later again here there right away any all either anywhere whenever instead also too only just free " +
	"messages texts questions question photos photo pictures picture tips tip details reports concerns updates replies feedback " +
	"email mail chat message whatsapp telegram signal dm reply respond contact write " +
	"nos te le les lo ahora ya hoy gratis también tambien solo sólo aquí aqui mensajes preguntas fotos textos mensagem mensagens")

// PlainSent says whether w, a word not in capitals where a text names the word to send ("Text
// hlep to 233733", "Text Hello to", "Envía hola al"), is one to send: texting services match a
// keyword in any case, so the reader sends it as written. Letters alone, two or more, and no
// word of the phrase of texting, nor one that stands there without being sent (notSent).
func PlainSent(w string) bool {
	if utf8.RuneCountInString(w) < 2 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		return false
	}
	l := strings.ToLower(w)
	if strings.HasSuffix(l, "ly") && len(l) > 4 || strings.HasSuffix(l, "mente") {
		return false // an adverb: "text directly to", "envía directamente al"
	}
	for _, t := range []wordTable{notSent, textFill, textTo, textNum, textWord, textWith, textAnd, textType, textVerbs, callVerbs, askOr} {
		if t.has(l) {
			return false
		}
	}
	return true
}

// NamedWord says whether w, a word of a text, is written as a word to text (STOP, ÁNIMO): in
// capitals, two letters or more, and not an acronym such as SMS.
func NamedWord(w string) bool { return capitals(w) && !acronyms[w] }

// keywordSlip says what is wrong with k, a language's keyword, when it is one slip from the
// settings' keyword set (a letter changed, dropped, added, two neighbours swapped: HLEP for
// HELP): the language's every text link would send a word the line does not know. A real
// translation one letter off (Dutch HULP, Norwegian HJELP) is a word of the language: its
// texts use it as a word of its own in lower case or capitalised, as prose writes words ("Hulp
// nodig?"), where a typo is in none. In the language of the first edition, the one
// hotline.keyword is written for (first), there is no translation: a word one letter off is a
// typo however its texts use it ("There is always hope" beside HOPE for HOME). "" when k is
// no such slip.
func keywordSlip(k, set string, texts []string, first bool) (msg, hint string) {
	ku, su := strings.ToUpper(k), strings.ToUpper(set)
	if set == "" || ku == su || !oneRuneOff([]rune(ku), []rune(su)) {
		return "", ""
	}
	if first {
		return fmt.Sprintf("%s is one slip from hotline.keyword %s in settings.yaml (a letter changed, dropped or added, or two swapped), in the language of the first edition, which hotline.keyword is written for: a likely typo, and a text with it would not reach the line", diag.Whole(k), set),
			fmt.Sprintf("write keyword: %s, or take keyword: out to send %s; if %s is this language's word and %s another's, set hotline.keyword: %s and write keyword: %s in the other language's text.yaml", set, set, k, set, k, set)
	}
	lower := []rune(strings.ToLower(k))
	title := string(unicode.ToUpper(lower[0])) + string(lower[1:])
	for _, t := range texts {
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
			if w == string(lower) || w == title {
				return "", ""
			}
		}
	}
	return fmt.Sprintf("%s is one slip from hotline.keyword %s in settings.yaml (a letter changed, dropped or added, or two swapped), and no text of this language uses it as a word: a likely typo, and a text with it would not reach the line", diag.Whole(k), set),
		fmt.Sprintf("write keyword: %s, or take keyword: out to send %s; a word of this language one letter from it (%s for %s) is accepted where its texts use it", set, set, k, set)
}

// oneRuneOff reports whether x and y differ by one letter changed, dropped or added, or two
// neighbours swapped.
func oneRuneOff(x, y []rune) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	switch {
	case len(y) == len(x)+1:
		return string(x[i:]) == string(y[i+1:])
	case len(y) != len(x) || i == len(x):
		return false
	case string(x[i+1:]) == string(y[i+1:]):
		return true // changed
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
}

// fieldTexts are the texts of fields, as written.
func fieldTexts(fs []field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = *f.ptr
	}
	return out
}
