package content

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// askWords are, language by language, the words that ask a reader to call a number (call) or
// to text it (text) when written before it: the languages haven ships words for and those of
// the communities its users most often print for. Each is a word alone, lower case; a verb
// that asks nothing without its object ("envoyez" of "envoyez un SMS") is a word of texting
// (textVerbs) but none of these. between are the words that may stand between such a word and
// its number besides a service's name (articles, prepositions, a pronoun, the word for
// number: "zadzwoń pod numer", "appelez le", "καλέστε στο"), or the words that join a second
// number to the same ask ("zadzwoń na 112 lub 999"). The checks (dialVerbs), the links
// (Dialable) and whether a link calls or texts (AsksToText) all read them from here, so a
// verb one of them knows is known to all.
var askWords = []askLang{
	{"en", "call dial dialing dialling calling phone telephone ring contact", "text texting", "the a an us them at on to number line now today free", "or"},
	{"es", "llame llama llamas llamen llámenos llámanos llamar marque marca marquen comuníquese comunícate comuníquense", "textea escribe envía envíe", "al a el la número línea", "o u"},
	{"fr", "appelez appelle appeler composez composer contactez téléphonez", "textez texter", "le la au à numéro ligne", "ou"},
	{"de", "anrufen wählen wähle wählt rufe ruf ruft rufen erreichen", "", "die den der unter sie du ihr sofort nummer", "oder"},
	{"pt", "ligue liguem ligar disque", "", "o a para ao número", "ou"},
	{"it", "chiama chiamate chiami componi telefona", "", "il lo al numero", "o"},
	{"nl", "bel bellen belt", "sms'en", "naar op het de nu direct meteen nummer", ""}, // not "of", English's word too
	{"pl", "zadzwoń zadzwońcie dzwoń dzwońcie wybierz wybierzcie", "", "do na pod numer nr", "lub albo"},
	{"uk", "телефонуйте зателефонуйте телефонуй зателефонуй дзвоніть подзвоніть дзвони подзвони наберіть набирайте", "", "на за до номером номер", "або чи"},
	{"ru", "звоните позвоните звони позвони наберите позвонить звонить", "", "на по номеру номер", "или"},
	{"el", "καλέστε τηλεφωνήστε", "", "το τη την τον στο στη στον αριθμό γραμμή", "ή"},
	{"vi", "gọi bấm", "nhắn", "hãy ngay số", "hoặc"},
	{"tl", "tumawag tawagan", "mag-text i-text", "sa kay", "o"},
	{"ht", "rele", "", "nan", "oswa"},
	{"so", "wac", "qoraal fariin farriin", "u ugu dir", "ama"}, // "qoraal ugu dir": send a text to
	{"ar", "اتصل اتصلوا اتصلي اطلب اطلبوا اتصال", "أرسل أرسلي أرسلوا ارسل", "على ب بـ إلى", "أو"},
	{"he", "התקשרו התקשר חייגו", "", "", "או"},
	{"any", "", "sms", "", ""}, // the same word in many
}

// lineWords name the line the number right after them is for, asking no verb: "Emergency 911",
// "Notruf 112", "طوارئ 911".
const lineWords = "emergency emergencias emergencia urgence urgences urgencias emergência notruf notrufnummer emergenza طوارئ חירום"

// askLang is a language's row of askWords: its code, then words separated by spaces.
type askLang struct{ lang, call, text, between, or string }

// askSet is the words of one field of askWords, in every language.
func askSet(field func(askLang) string) map[string]bool {
	var all []string
	for _, l := range askWords {
		all = append(all, field(l))
	}
	return wordSet(strings.Join(all, " "))
}

var (
	askCall    = askSet(func(l askLang) string { return l.call })
	askText    = askSet(func(l askLang) string { return l.text })
	askBetween = askSet(func(l askLang) string { return l.between })
	askOr      = askSet(func(l askLang) string { return l.or })
)

// withWords is set and the words of more, space-separated.
func withWords(set map[string]bool, more string) map[string]bool {
	m := maps.Clone(set)
	maps.Copy(m, wordSet(more))
	return m
}

// dialVerbs is a regular expression of the words that ask to call or text a number (askWords)
// and those that name its line (lineWords), for the checks' patterns.
var dialVerbs = func() string {
	ws := slices.Sorted(maps.Keys(askSet(func(l askLang) string { return l.call + " " + l.text + " " + lineWords })))
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return "(" + strings.Join(ws, "|") + ")"
}()

// askedBefore reports whether sentence, the words of a number's sentence before it, ask to
// call or text it in its clause: a word of askWords (or of a phrase of texting, textVerbs:
// "envoyez un texto au"), then at most six words that are its
// between words or a service's name (in capitals, or in quotation marks: "Zadzwoń do
// „Niebieskiej Linii” pod numer", "Call the National Domestic Violence Hotline"), then the
// number; or another number the clause so asks for, then "or" and such words ("zadzwoń na 112
// lub 999", "καλέστε το 112 ή την Αστυνομία στο 199", "call 911, or 112"). A digit, the end of
// a clause (a comma, a colon: "Call us, 2024"), or any other word between them asks nothing:
// "Call us about your 2024 taxes".
func askedBefore(sentence string) bool {
	fields := strings.Fields(sentence)
	quoted := false // the word is inside quotation marks, read from the end
	for i, n := len(fields)-1, 0; i >= 0 && n <= 6; i, n = i-1, n+1 {
		f := fields[i]
		word := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
		w := strings.ToLower(word)
		if ends := f[strings.LastIndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })+1:]; strings.ContainsFunc(ends, func(r rune) bool { return unicode.Is(unicode.Terminal_Punctuation, r) }) &&
			!(ends == "." && askBetween[w]) { // "nr. 800 120 002" abbreviates a word between
			return false
		}
		marks := 0 // quotation marks, which open and close a name as „…”, «…», “…”, "…" do
		for _, r := range f {
			if unicode.In(r, unicode.Pi, unicode.Pf) || strings.ContainsRune(`"„‚`, r) {
				marks++
			}
		}
		name := quoted || marks > 0
		if marks%2 == 1 {
			quoted = !quoted
		}
		switch first, _ := utf8.DecodeRuneInString(word); {
		case w == "" && !hasDigit(f): // a dash, a bracket, a quotation mark alone
		case askCall[w] || textVerbs[w]: // texting's, a phrase's too: "envoyez un texto au"
			return !messengerRE().MatchString(strings.Join(fields[i:], " ")) // "text us on WhatsApp at 600 000 016 or 600 000 017"
		case askOr[w] && i > 0 && hasDigit(fields[i-1]):
			j := i - 1
			for j > 0 && hasDigit(fields[j-1]) { // "800 120 002 lub 999": the whole number before
				j--
			}
			return askedBefore(strings.Join(fields[:j], " "))
		case hasDigit(f):
			return false
		case !askBetween[w] && !name && !unicode.IsUpper(first) && f != "&":
			return false
		}
	}
	return false
}
