package content

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"haven/internal/phone"
)

// dangerLangs are the words of danger and emergency, of the police and the emergency line, and
// of negation, in each language haven knows them in. A short number one slip from the emergency
// number in a sentence with one of them sends a reader in danger elsewhere ("Bij direct gevaar:
// bel 121", "The police number is 921"), while a negated one ("not in immediate danger", "non-
// emergency", "si no es una emergencia") sends no one in danger anywhere. Whole words, so
// "dangerous" in "digging is dangerous: call 811" is none; a word ending in * is a stem (the
// cases of Slavic nouns); one ending in ~ names a threat, danger only where it ends its clause
// or a person is its object ("If someone is hurting you", "if you are being attacked,", "Wenn
// Sie bedroht werden"), not a threat of something else ("threatened with eviction", "hurting
// financially", "menacée d'expulsion", "von Wohnungslosigkeit bedroht ist").
var dangerLangs = []struct {
	danger, police, not []string
}{
	{[]string{"danger", "emergency", "emergencies", "hurt", "hurting~", "injured", "unsafe", "threatening~", "threatened~", "attacked~"}, []string{"police", "ambulance", "paramedics"}, []string{"not", "no", "non", "never", "isn't", "aren't"}},                                               // English
	{[]string{"peligro", "emergencia", "emergencias", "urgencia", "urgencias", "herido", "herida", "lastimando~", "amenazado~", "amenazada~", "agredido~", "agredida~"}, []string{"policía", "ambulancia", "bomberos"}, []string{"no", "sin", "nunca"}},                                          // Spanish
	{[]string{"danger", "urgence", "urgences", "blessé", "blessée", "menacé~", "menacée~", "menacés~", "menacées~"}, []string{"police", "police secours", "pompiers"}, []string{"pas", "non", "jamais"}},                                                                                         // French
	{[]string{"gefahr", "lebensgefahr", "notfall", "notfällen", "notfalls", "verletzt", "bedroht~"}, []string{"polizei", "notruf", "notrufnummer", "polizeinotruf", "polizeiruf", "rettungsdienst", "feuerwehr", "krankenwagen"}, []string{"nicht", "kein", "keine", "keinem", "keinen", "nie"}}, // German
	{[]string{"perigo", "emergência", "emergências", "ferido", "ferida"}, []string{"polícia", "bombeiros"}, []string{"não", "nem", "sem"}},                                                                                                                                                       // Portuguese
	{[]string{"pericolo", "emergenza", "emergenze", "ferito", "ferita"}, []string{"polizia", "carabinieri", "ambulanza"}, []string{"non", "senza"}},                                                                                                                                              // Italian
	{[]string{"gevaar", "nood", "noodgeval", "noodgevallen", "gewond"}, []string{"politie", "alarmnummer", "noodnummer"}, []string{"niet", "geen", "nooit"}},                                                                                                                                     // Dutch
	{[]string{"niebezpieczeństw*", "nagłych", "nagły", "nagłym", "ranny", "ranna"}, []string{"polic*", "alarmow*"}, []string{"nie", "bez"}},                                                                                                                                                      // Polish
	{[]string{"panganib", "emerhensiya", "emergency", "kagipitan", "nasaktan"}, []string{"pulis", "pulisya"}, []string{"hindi", "walang"}},                                                                                                                                                       // Tagalog
	{[]string{"khatar", "degdeg", "dhaawac"}, []string{"booliska", "booliis", "boolis"}, []string{"ma", "aan"}},                                                                                                                                                                                  // Somali
	{[]string{"nguy hiểm", "khẩn cấp", "cấp cứu", "bị thương"}, []string{"cảnh sát", "công an"}, []string{"không", "chẳng"}},                                                                                                                                                                     // Vietnamese
	{[]string{"خطر", "الخطر", "طوارئ", "الطوارئ"}, []string{"الشرطة", "للشرطة", "بالشرطة"}, []string{"لا", "ليس", "ليست", "غير"}},                                                                                                                                                                // Arabic
	{[]string{"опасн*", "экстренн*", "чрезвычайн*"}, []string{"полици*"}, []string{"не", "нет"}},                                                                                                                                                                                                 // Russian
	{[]string{"небезпе*", "екстрен*", "надзвичайн*"}, []string{"поліці*"}, []string{"не", "ні"}},                                                                                                                                                                                                 // Ukrainian
	{[]string{"danje", "ijans"}, []string{"polis"}, []string{"pa"}}, // Haitian Creole
	{[]string{"ख़तरे", "खतरे", "ख़तरा", "खतरा", "आपात", "आपातकाल", "आपातकालीन"}, []string{"पुलिस", "एम्बुलेंस", "एंबुलेंस"}, []string{"नहीं", "ना"}}, // Hindi
	// Persian, Urdu, Pashto, Sindhi and Sorani Kurdish, beside the Arabic خطر they share
	{[]string{"اضطراری", "ہنگامی", "بیړني", "خطري", "خطرو", "ايمرجنسي", "ایمرجنسی", "مەترسی", "مەترسیی", "مەترسیدا", "مەترسیدایت", "مەترسیدان", "مەترسیدایە", "فریاکەوتن"},
		[]string{"پلیس", "پولیس", "پوليس", "پۆلیس", "پۆلیسی", "پولیسو"}, []string{"نه", "نیست", "نہیں", "نہ", "نا", "نە", "نییە"}},
}

// threatObjects are the words after a threat word that make it one to the reader.
var threatObjects = wordSet("you te vous sie dich euch werden wird")

// dangerTable is dangerLangs as sets, built the first time a short number near the emergency
// number needs it.
type dangerTable struct {
	danger, threat, police, not map[string]bool
	stems                       []string // stems of danger words; police stems begin with "*"
	unspaced                    []string // words of scripts written without spaces: found anywhere
}

var dangerWords = sync.OnceValue(func() dangerTable {
	t := dangerTable{danger: map[string]bool{}, threat: map[string]bool{}, police: map[string]bool{}, not: map[string]bool{}}
	for _, l := range dangerLangs {
		for _, w := range l.danger {
			if s, ok := strings.CutSuffix(w, "*"); ok {
				t.stems = append(t.stems, s)
			} else if s, ok := strings.CutSuffix(w, "~"); ok {
				t.threat[s] = true
			} else {
				t.danger[w] = true
			}
		}
		for _, w := range l.police {
			if s, ok := strings.CutSuffix(w, "*"); ok {
				t.stems = append(t.stems, "*"+s)
			} else {
				t.police[w] = true
			}
		}
		for _, w := range l.not {
			t.not[w] = true
		}
	}
	t.unspaced = []string{"危险", "危險", "紧急", "緊急", "警察", "危険", "위험", "긴급", "경찰", "위급", "응급"}
	return t
})

// aWordAt is a word of a sentence in lower case, and where it ends.
type aWordAt struct {
	w   string
	end int
}

// dangerWordEnd is where the last word of danger or emergency in sentence ends, with police
// words too when police is true; ok is false when it has none, or only negated ones (a word
// of negation among the three words before it, "non-emergency" included).
func dangerWordEnd(sentence string, police bool) (end int, ok bool) {
	t := dangerWords()
	var words []aWordAt
	for i := 0; i < len(sentence); {
		r, size := utf8.DecodeRuneInString(sentence[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' {
			i += size
			continue
		}
		j := i
		for j < len(sentence) {
			r, size := utf8.DecodeRuneInString(sentence[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && r != '\'' && r != '’' {
				break
			}
			j += size
		}
		words = append(words, aWordAt{strings.ToLower(strings.ReplaceAll(sentence[i:j], "’", "'")), j})
		i = j
	}
	is := func(k int) bool {
		w := words[k].w
		if i := strings.IndexByte(w, '\''); i > 0 && i <= 4 && i < len(w)-1 {
			w = w[i+1:] // an article or preposition elided onto it: "d'urgence", "l'emergenza", "dell'emergenza"
		}
		two := ""
		if k > 0 {
			two = words[k-1].w + " " + w // "nguy hiểm", "cảnh sát"
		}
		if t.threat[w] { // ending its clause, or with the reader its object
			next := strings.TrimLeft(sentence[words[k].end:], " \u00a0")
			r, _ := utf8.DecodeRuneInString(next)
			return next == "" || strings.ContainsRune(",.;:!?)", r) || k+1 < len(words) && threatObjects.has(words[k+1].w)
		}
		if t.danger[w] || t.danger[two] || police && (t.police[w] || t.police[two]) {
			return true
		}
		for _, s := range t.stems {
			if p, isPolice := strings.CutPrefix(s, "*"); isPolice && police && strings.HasPrefix(w, p) || !isPolice && strings.HasPrefix(w, s) {
				return true
			}
		}
		return false
	}
	negated := func(k int) bool {
		for j := max(0, k-3); j < k; j++ {
			if t.not[words[j].w] || strings.HasPrefix(words[j].w, "n'") {
				return true
			}
		}
		return false
	}
	for k := len(words) - 1; k >= 0; k-- {
		if is(k) {
			if negated(k) {
				return 0, false
			}
			return words[k].end, true
		}
	}
	for _, u := range t.unspaced {
		if i := strings.LastIndex(sentence, u); i >= 0 {
			return i + len(u), true
		}
	}
	return 0, false
}

// namesNumber are words after a number that say what it is, what it does or when to dial it,
// where a noun would count it: "912 is the emergency number", "Use 912 in an emergency", "912
// if you are in danger", "912 will send an ambulance".
var namesNumber = wordSet("is es est ist é è in if when for en si cuando para pour quand im wenn bei falls will can sends puede enviará peut enverra kann schickt")

// emergencyNear reports whether the short number text[at:end], its digits d, one slip from the
// emergency number, is in a sentence with a word of danger, emergency or the police, in any
// language haven has the words of ("Bij direct gevaar: bel 121", "Tumawag sa 912 kung may
// panganib", "The police number is 921"), and is no count, year, label or house number. Two
// digits count only right after a word of emergency, or the police's ending their clause, and
// no count ("Emergency? 91 any time.", "Police: 16.", not "In an emergency, 91 of 100 callers").
func emergencyNear(text string, at, end int, d string, nums []Number) bool {
	if !slices.ContainsFunc(emergencyOnly(nums), func(n Number) bool { return phone.OneOff(d, n.Key) }) {
		return false // the cheap test first: most short numbers are no slip of it
	}
	return dangerAround(text, at, end, d)
}

// dangerAround reports whether the short number text[at:end], its digits d, stands where
// emergencyNear reads the emergency number: in a sentence of danger, emergency or the police,
// and no count, year, label or house number.
func dangerAround(text string, at, end int, d string) bool {
	before := text[max(0, at-200):at]
	if len(d) == 2 {
		last := strings.TrimRightFunc(before, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("?:!,-(\u2013\u2014", r) })
		// the police's name too, where the number ends its clause ("Police : 16.", "Appelez la
		// police (16)."), not before a count ("Police: 12 officers")
		after := text[end:]
		police := endsClause(after) && !streetAfter(strings.TrimLeft(after, ", ")) // not "Commissariat de police : 12, rue de la Paix"
		e, ok := dangerWordEnd(last[max(0, len(last)-40):], police)
		return (ok && e == len(last[max(0, len(last)-40):]) && len(last) < len(before) || namedEmergency(before, text[end:])) && !countedAfter(text[end:])
	}
	if yearLike(d) || Counted(text[end:]) || germanPlural(wordAfter(text[end:])) && !toDial(before) || streetAfter(text[end:]) || labelBefore(text[max(0, at-40):at]) || streetBefore(before) || postcode(before, text[end:]) {
		return false
	}
	if next := strings.TrimLeft(text[end:], " \u00a0"); next != "" && unicode.IsLower([]rune(next)[0]) && !toDial(before) && !namesNumber.has(strings.ToLower(wordAfter(next))) && !emergencyLine(next) {
		return false // "Kinderen in gevaar: 121 kinderen" counts them; "help from 912 right away" dials
	}
	if l := sentenceBreaks(before); len(l) > 0 {
		switch cut := before[l[len(l)-1][1]:]; {
		case strings.TrimSpace(cut) != "":
			before = cut
		case len(l) > 1: // the number starts its sentence: "In Gefahr? 912."; past the short questions before it too, "Hurt? Scared? 912."
			i := len(l) - 1
			for i > 0 && shortQuestion(before[l[i-1][1]:l[i][1]]) {
				i--
			}
			if i > 0 {
				before = before[l[i-1][1]:]
			}
		}
	}
	_, ok := dangerWordEnd(before+" "+toSentenceEnd(text[end:min(len(text), end+200)]), true)
	return ok
}

// shortQuestion reports whether s, a sentence, is a question of three words at most, as a
// poster asks a few in a row before the number: "Hurt?", "Scared?", "Need help now?".
func shortQuestion(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasSuffix(t, "?") && len(clauseWords(t)) <= 3
}

// emergencyLine reports whether after, the words after a number, name it an emergency line: "991
// emergency number", "912 crisis line".
func emergencyLine(after string) bool {
	ws := clauseWords(toSentenceEnd(after))
	if len(ws) < 2 || !lineNumber.has(ws[1]) && !lineNouns.has(ws[1]) {
		return false
	}
	_, ok := dangerWordEnd(ws[0], true)
	return ok
}

// postcode reports whether a number between before and after is a postcode: after a state's
// letters ("Melbourne VIC 3000") or before a town's name ("1120 Wien", "1012 Lausanne").
func postcode(before, after string) bool {
	return postcodeRE().MatchString(after) || stateRE().MatchString(before)
}

var (
	postcodeRE = lazyRE(`^[\s\p{Zs}]+\p{Lu}\p{Ll}+(?:[\s\p{Zs}]+\p{Lu}\p{Ll}+)?[\s\p{Zs}]*(?:[.,;)]|$)`)
	stateRE    = lazyRE(`(?:^|[^\pL])\p{Lu}{2,3}[\s\p{Zs}]+$`)
)

// namedEmergency reports whether a number begins its sentence (after an article at most) and
// the words after it name it the emergency number: "99 is the emergency number", "00 is for
// emergencies", "Le 11 est le numéro d'urgence"; not "99 is the number of emergencies".
func namedEmergency(before, after string) bool {
	if !opensSentence(before) {
		return false
	}
	words := clauseWords(toSentenceEnd(after))
	if len(words) < 2 || !lineIs.has(words[0]) {
		return false
	}
	words = slices.DeleteFunc(words[1:], func(w string) bool {
		return lineArticles.has(w) || lineNumber.has(w) || w == "d" || w == "de" || w == "di" || forWords.has(w) || toCallIn.has(w)
	})
	if len(words) == 0 {
		return false
	}
	_, ok := dangerWordEnd(words[0], true)
	return ok
}

// toCallIn are the words between the word for number and the emergency it is for: "99 is the
// number to call in an emergency".
var toCallIn = wordSet("to call dial ring in an case")

// emergencyOnly are the emergency numbers of nums.
func emergencyOnly(nums []Number) []Number {
	return slices.DeleteFunc(slices.Clone(nums), func(n Number) bool { return n.Placeholder != "{emergency}" })
}

// toDial reports whether before, the text up to a number followed by more words, ends in a word
// that leads to a number to dial: "at", "to", "from", "unter", "op".
func toDial(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "at", "to", "from", "on", "unter", "an", "op", "naar", "al", "au", "sa", "pod", "под", "на":
		return true
	}
	return false
}
