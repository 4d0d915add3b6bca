package content

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
	"haven/internal/phone"
)

// nearMisses refuses the numbers of text (a field of an edition, as written) one slip from
// one of the line's short numbers (call, text, TTY or emergency: 3 to 5 digits, the main
// lines of most countries, or in pairs as they are said, "39 91") that the checks passed, with
// nothing around them saying they are anything else: no year, time, count, price, measure,
// range, address or label, and none of the organisation's numbers. The checks refuse such a
// slip where words they know ask to dial it or give it as a line; the words of every language
// and phrasing no table holds do as surely ("Wasiliana na 1159", "危ないときは100へ", "Ligue
// 181, é gratuito"), and a misprint there sends a reader to a stranger. A line of the
// country's the words may name (typoOf: 811, 101 beside 911, 311 beside 211) is warned of only
// where the words ask to dial it or speak of danger, and do not say what it is for ("Call 211
// for housing"): elsewhere a text names it.
// A slip of the line's call, text or TTY number that its sentence gives as the line (given) is
// refused: by its heading, which names the line's own number ("Tổng đài 111 là gì?" over "112
// là ..."), or as a helpline that is no emergency line and is said to be for nothing else
// ("311 is a free helpline"); given as a helpline otherwise ("112 là tổng đài ..." in Vietnam,
// where 112 is an emergency line), it is warned of, even where it is a line of the country's.
func nearMisses(file string, at textLines, path, text, heading, country string, nums []Number) (refused, ws diag.Problems) {
	own := shortLines(nums)
	if len(own) == 0 {
		return nil, nil
	}
	n := readNumbers(text)
	for _, r := range n.runs {
		written := strings.TrimSpace(r.text)
		hashed := strings.HasPrefix(written, "#")
		d := r.digits
		if len(d) < 3 || len(d) > 5 || r.plus || r.vanity != "" || strings.Trim(written, "#") != d && !pairsOf(written) {
			continue // one group of digits alone, or pairs as a short line is said ("39 91"): "11.59", "113 112" and "1-800" are read by the checks
		}
		end := r.at + len(r.text)
		before, after := nearBefore(n.text[:r.at]), n.text[end:]
		line, dropped, ok := nearOwn(d, hashed, own)
		if !ok || !dropped && exact(keys(d, country, false), nums) {
			continue
		}
		shown := strings.TrimSpace(n.original(r.at, end))
		opens := !dropped && line.Placeholder != "{emergency}" && opensAs(before, after)
		helpline := opens && helplineSaid(after)
		if opens && !purposeSaid(after) && (headed(heading, line) || helpline && !phone.IsEmergency(d, country)) {
			refused.Add(file, at.of(n.from(r.at)), path, fmt.Sprintf("%s is given here as the line's number and is one slip from %s: a reader who dials it reaches another line or no one", diag.Whole(shown), line),
				nearHint(line, shown, false))
			continue
		}
		if !helpline && explained(n.text, r.at, end, d) {
			continue
		}
		if w := strings.ToLower(wordBefore(before)); countWords[w] && utf8.RuneCountInString(w) > 1 && !dialSaid(before, after) {
			continue // what it counts written before it, as Yoruba writes it: "ènìyàn 198"
		}
		if typoOf(d, line, dropped, country) {
			if w := countedBeside(file, before, after); w != "" && !dropped && !dialSaid(before, after) {
				// a count in a language whose count words haven lacks ("109 хүүхэд", 109
				// children): told, not refused, unless the words give it as a number to dial
				ws.Add(file, at.of(n.from(r.at)), path, fmt.Sprintf("%s is one slip from %s, but %q beside it may say what it counts, so it is not refused", diag.Whole(shown), line, w),
					nearHint(line, shown, true)+fmt.Sprintf(" if %s is a number to dial; if it counts something, nothing to do", shown))
				continue
			}
			msg, hint := fmt.Sprintf("%s is one slip away from %s; a likely typo", diag.Whole(shown), line), bothRight(nearHint(line, shown, true), shown, country, line)
			if dropped {
				msg, hint = fmt.Sprintf("%s is %s without its #: dialled so it reaches another line or no one", diag.Whole(shown), line), nearHint(line, shown, true)
			}
			refused.Add(file, at.of(n.from(r.at)), path, msg, hint+fmt.Sprintf("; if %s is no number to dial, put what it counts right after it (%s cases) or write it in words", shown, shown))
			continue
		}
		// a line of the country's the words name (typoOf): said where the words give it as a
		// helpline, or ask to dial it and say nothing of what it is for
		msg := fmt.Sprintf("%s, which its sentence gives as a helpline, is one slip from %s, and is another line in %s: check which of the two the sentence means", diag.Whole(shown), line, cmp.Or(country, "US"))
		if !helpline || !namedLine(d, country) {
			if phone.IsEmergency(d, country) || knownLine(d, country) && line.Placeholder == "{emergency}" {
				continue // an emergency line of its own ("im Notfall die 110"), a line named beside it ("appelez le 115")
			}
			if !(askedToDial(before, after) || dangerSaid(before)) || namedFor(before, after) {
				continue // "the 811 line", "Call 211 for housing", "Info-Social : composez le 811", "die 143 oder die 147"
			}
			msg = fmt.Sprintf("%s, which the words ask to dial, is one slip from %s, and is another line in %s: a reader who dials it reaches that line", diag.Whole(shown), line, cmp.Or(country, "US"))
		}
		ws.Add(file, at.of(n.from(r.at)), path, msg, nearHint(line, shown, false)+"; if it is no phone number, nothing to do")
	}
	return refused, ws
}

// typoOf reports whether d, one slip from line (or line without its #, dropped), is refused
// whatever words are around it: no table holds every language's ways to ask to dial a number,
// label it or say what it is ("Ligue 181, é gratuito", "Guarda el 061", "Le 39 91 est
// gratuit"), and a misprint there sends every reader to a stranger. A line of the country's
// its words name is passed or warned of as nearMisses says: the emergency numbers, the
// services every text names for what they do (311 beside 211), those near the emergency
// number (115 beside 112), and a service of another length than line (114 beside 3114); any
// other, one a known line or not (061 beside 016), passes listed under other_numbers.
func typoOf(d string, line Number, dropped bool, country string) bool {
	switch {
	case dropped || !namedLine(d, country) && !serviceNumber(d, country):
		return true
	case line.Placeholder == "{emergency}" || phone.IsEmergency(d, country) || services[d]:
		return false
	}
	return len(d) == len(phone.Digits(line.Written))
}

// countedBeside is the word right beside a number, after it or before it ("109 хүүхэд",
// "watoto 109", "109 na bata"), that may say what it counts, in an edition (of file) whose
// language's count words haven does not know (countWords, the plurals Counted reads); "" for
// none, and in the languages whose count words it knows, where an unknown word is no count's.
func countedBeside(file, before, after string) string {
	lang, _, _ := strings.Cut(path.Base(path.Dir(file)), "-")
	if !langCode(lang) || countsKnown.has(strings.ToLower(lang)) { // no edition's: its language unknown
		return ""
	}
	if rest, ok := strings.CutPrefix(after, " "); ok && wordAfter(rest) != "" && strings.HasPrefix(rest, wordAfter(rest)) {
		return wordAfter(rest)
	}
	if rest, ok := strings.CutSuffix(before, " "); ok && wordBefore(rest) != "" && strings.HasSuffix(rest, wordBefore(rest)) {
		return wordBefore(rest)
	}
	return ""
}

// countsKnown are the languages whose words for what is counted haven knows: a plural in s
// (Counted), or countWords'.
var countsKnown = wordSet("en es fr pt de it nl ca ru uk vi ht so zh yue ja el yo")

// dialSaid reports whether the words around a number give it as one to dial, in the ways no
// language's count does: a word that asks to call, key in or keep it, a word for number, its
// label or a colon before it
// ("Simu: 109"), an opening bracket right before it (after a service's name, "Huduma (109)"),
// danger, or a helpline the sentence calls it.
func dialSaid(before, after string) bool {
	prev, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(before, spaceLike))
	return askedToDial(before, after) || keyedIn(before) || labelledAs(before) || strings.ContainsAny(sinceSentence(before), ":：") ||
		prev == '(' || prev == '（' || dangerSaid(before) || helplineSaid(after) || slices.ContainsFunc(clauseWords(sinceSentence(before)), phoneNumberWords.has)
}

// phoneNumberWords are the words for a phone number: one before a number in its clause gives it as
// one ("Hifadhi nambari 1159", "Numer alarmowy 113", "Утасны дугаар 108").
var phoneNumberWords = wordSet("number numbers numéro número numero nummer numer номер номера нөмір дугаар дугаарт ቁጥር nambari namba nọ́mbà नंबर नम्बर 번호 hotline helpline")

// pairsOf reports whether written is digits in groups of two or fewer set apart by a space, as
// a short line is said aloud ("39 91", "1 1 9").
func pairsOf(written string) bool {
	groups := strings.Split(written, " ")
	return len(groups) > 1 && !slices.ContainsFunc(groups, func(g string) bool { return g == "" || len(g) > 2 || phone.Digits(g) != g })
}

// contactSlips refuses a number of a contact line (settings.yaml's organisation.contact, or
// an edition's) one slip from one of the hotline's numbers, short ones too ("912", "912, 24/7",
// "91" beside 911): the line gives the organisation's own numbers, printed in every footer,
// so each is held to the hotline's as an entry of other_numbers is (hotlineSlip), until
// confirmed_numbers lists it. A year, a time, an address's or a box's number is none.
func contactSlips(file string, at textLines, path, text string, s Settings, nums []Number) diag.Problems {
	var ps diag.Problems
	n := readNumbers(text)
	for _, r := range n.runs {
		pieces := r.pieces
		if _, err := phone.Parse(r.text, s.Country); len(pieces) == 0 || err == nil && len(r.digits) >= 7 {
			pieces = []span{{r.at, r.at + len(r.text)}} // a number of the country read whole, as inNumber reads one in prose: the area code 12 of "12 421 92 82" is none of its own
		}
		for _, g := range pieces { // "912" of "912 (24/7)"
			written := strings.Trim(n.text[g.at:g.end], "() ")
			d := phone.Digits(written)
			key := d
			p, err := phone.Parse(written, s.Country)
			if err == nil {
				key = p.Key()
			}
			if len(d) < 2 || roundTheClock(written) || exact(keys(d, s.Country, false), nums) || explained(n.text, g.at, g.end, d) {
				continue
			}
			if line, ok := hotlineSlip(key, written, s.Country, nums); ok {
				hint := fmt.Sprintf("check it digit by digit against the organisation's records; if it is a line of the organisation's own, list it in settings.yaml under organisation: as other_numbers: [%s] and confirm it with a line at the top level: %s: [%s]", yamlQuoted(written), confirmField, yamlQuoted(written))
				if err != nil && !unlistedShort(written) { // other_numbers would refuse it: no number of the country's
					hint = fmt.Sprintf("check it digit by digit against the organisation's records; %[1]s is no phone number in %[2]s, so if it numbers a part of the address, write before it the word for that part (House %[3]s, Flat %[3]s, Plot %[3]s, Block %[3]s, Street %[3]s, Apt %[3]s, Building %[3]s) or after it the street's name (%[3]s Main Street)",
						diag.Whole(written), cmp.Or(s.Country, "US"), written)
				}
				ps.Add(file, at.of(n.from(g.at)), path, fmt.Sprintf("%s in the contact line is one slip from %s: every footer would print it beside that line", diag.Whole(written), line), hint)
			}
		}
	}
	return ps
}

// nearHint is what to write for shown, a number one slip from line, or line without its #
// (dropped).
func nearHint(line Number, shown string, dropped bool) string {
	hint := "write " + line.Written
	if line.Placeholder != "" {
		hint = fmt.Sprintf("write %s to print %s from settings.yaml", line.Placeholder, line.Written)
	}
	if !dropped {
		hint += fmt.Sprintf("; if %s is another line you mean, list it in settings.yaml under organisation: as other_numbers: [%s]", shown, yamlQuoted(shown))
	}
	return hint
}

// opensAs reports whether a number opens its sentence (before it, in its sentence, no letter
// or digit) and the word after it says what it is: "311 is ...", "112 là ...", "311 yog ...".
func opensAs(before, after string) bool {
	return !strings.ContainsFunc(sinceSentence(before), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) &&
		copulas.has(strings.ToLower(wordAfter(after)))
}

// copulas are the words that say what the subject before them is, in the languages the checks
// know: is, es, est, ist, é, è, là (Vietnamese), yog (Hmong), ni (Swahili), ay (Tagalog),
// adalah and ialah (Indonesian, Malay).
var copulas = wordSet("is es est ist é è là yog ni ay adalah ialah")

// helplineSaid reports whether the sentence after a number calls it a helpline: a helpline,
// a hotline, a crisis line, a línea, a ligne, a linha, a tổng đài or đường dây (Vietnamese), a xov
// tooj (Hmong, a telephone line).
func helplineSaid(after string) bool {
	ws := clauseWords(toSentenceEnd(after))
	for i, w := range ws {
		if helplineWords.has(w) || helplinePairs.has(w) || i > 0 && helplinePairs.has(ws[i-1]+"-"+w) {
			return true
		}
	}
	return false
}

var (
	helplineWords = wordSet("helpline hotline lifeline helplines hotlines línea linea ligne linha")
	helplinePairs = wordSet("crisis-line help-line tổng-đài đường-dây xov-tooj")
)

// purposeSaid reports whether the sentence after a number says what else it is for: "for
// food and housing", "pour les urgences", an emergency.
func purposeSaid(after string) bool {
	return slices.ContainsFunc(clauseWords(toSentenceEnd(after)), func(w string) bool { return forWords.has(w) || urgentWords.has(w) })
}

// urgentWords say a line is for emergencies, or for what is none.
var urgentWords = wordSet("emergency emergencies non-emergency non-emergencies emergencias emergencia urgence urgences urgencias emergência notruf emergenza")

// headed reports whether heading, the question an answer is under, names line by its number
// or its placeholder ("Tổng đài 111 là gì?", "What is {call}?").
func headed(heading string, line Number) bool {
	if line.Placeholder != "" && strings.Contains(heading, line.Placeholder) {
		return true
	}
	return slices.ContainsFunc(readNumbers(heading).runs, func(r run) bool { return r.digits == phone.Digits(line.Written) })
}

// ownShort is one of the line's short numbers, as nearMisses compares it: its digits, and
// whether it is dialled with # (Japan's #8008).
type ownShort struct {
	Number
	digits string
	hash   bool
}

// shortLines are the line's own numbers of 3 to 5 digits: its call, text, TTY and emergency
// numbers.
func shortLines(nums []Number) []ownShort {
	var out []ownShort
	for _, n := range nums {
		d := phone.Digits(n.Written)
		if n.Placeholder == "" || len(d) < 3 || len(d) > 5 {
			continue
		}
		out = append(out, ownShort{n, d, strings.HasPrefix(strings.TrimSpace(n.Written), "#")})
	}
	return out
}

// nearOwn is the line of own that d, printed with a # or not, is one slip from, or is without
// its # (dropped).
func nearOwn(d string, hashed bool, own []ownShort) (line Number, dropped, ok bool) {
	for _, o := range own {
		switch {
		case d == o.digits && o.hash && !hashed:
			return o.Number, true, true
		case hashed == o.hash && slipped(d, o.digits):
			return o.Number, false, true
		}
	}
	return Number{}, false, false
}

// explained reports whether the words around the number text[at:end] (its digits d) say what
// else it is: a year, a time, a count or a measure after it (or a + and one), a price, a range, a date, an
// address or its postcode ("1470 Wien") or a label, or digits glued to letters of a word ("A113", "113a", "113-B").
func explained(text string, at, end int, d string) bool {
	before, after := nearBefore(text[:at]), text[end:]
	prev, _ := utf8.DecodeLastRuneInString(before)
	next, _ := utf8.DecodeRuneInString(after)
	trimmed := strings.TrimRightFunc(before, spaceLike)
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	word := wordBefore(trimmed)
	return yearLike(d) || clockTime(d) || Counted(strings.TrimPrefix(after, "+")) || unicode.Is(unicode.Sc, last) || currencyWords.has(strings.ToLower(word)) ||
		isLatin(prev) || isLatin(next) || houseLetter(after) || addressCounter(after) || strings.ContainsRune(".,:/", prev) && prev != 0 && gluedBefore(before) ||
		codeBefore(word) || strings.HasSuffix(word, "로") || strings.HasSuffix(word, "길") || // "VIC 3000", "ORS 419"; a Korean road's "세종대로 136"
		slices.ContainsFunc(clauseWords(sinceSentence(before)), areaWords.has) ||
		rangeFrom().MatchString(before) || rangeUp(d, after) || labelledAs(before) || idLabelled(before) ||
		streetBefore(before) || streetAfter(after) || inAddress(text, at) || postalCode(before, text[at:end], after) || countClause(before) || groupOfCount(text, at, end) || germanPlural(wordAfter(after)) && !dialSaid(before, after) || roundTheClock(strings.TrimSpace(text[at:min(len(text), end+2)]))
}

// addressCounter reports whether after, the text right after a number, starts with the word
// Japanese writes after an address's lot, room or building number: "111番地", "111号室",
// "1号館". No one dials them.
func addressCounter(after string) bool {
	return strings.HasPrefix(after, "番地") || strings.HasPrefix(after, "号室") || strings.HasPrefix(after, "号館")
}

// namedFor reports whether the words around a number, before and after it, name what it is for:
// a label before a colon in its sentence ("Info-Social : composez le 811"), its purpose after
// it ("Call 211 for housing"), a name or an option set off after it ("211, option 2", "811
// (Info-Santé)"), its purpose first ("For violence against women, call 180"), or another
// number its sentence names beside it ("die 143 oder die 147").
func namedFor(before, after string) bool {
	next := strings.TrimLeftFunc(after, spaceLike)
	r, _ := utf8.DecodeRuneInString(next)
	said := clauseWords(sinceSentence(before))
	return strings.ContainsAny(sinceSentence(before), ":：") || len(said) > 0 && forWords.has(said[0]) || strings.ContainsRune(",(–—:", r) ||
		forWords.has(strings.ToLower(wordAfter(next))) || hasDigit(sinceSentence(before)) || hasDigit(toSentenceEnd(after))
}

// rangeUp reports whether after, the text after the digits d, goes on to a range's end above
// them ("16 a 20", "1150 au 1200"): "998 au 112" is Swahili's "998 or 112".
func rangeUp(d, after string) bool {
	m := rangeTo().FindString(after)
	if m == "" {
		m = throughRE().FindString(after)
	}
	if m == "" {
		return false
	}
	to := after[len(m)-1:] // from the end's first digit
	to = to[:len(to)-len(strings.TrimLeftFunc(to, func(r rune) bool { return r >= '0' && r <= '9' }))]
	a, _ := strconv.Atoi(d)
	b, _ := strconv.Atoi(to)
	return b > a
}

// throughRE starts the text after a range's first number in English's other words for it:
// "980 through 999".
var throughRE = lazyRE(`^\s*(?:through|thru|till|until)\s+\d`)

// isLatin is a letter of the Latin script: one glued to digits makes a code ("A113", "113a").
func isLatin(r rune) bool { return unicode.Is(unicode.Latin, r) }

// gluedBefore reports whether before ends in a letter or a digit and one character: "1." of "1.159",
// "419B." of "419B.989".
func gluedBefore(before string) bool {
	_, n := utf8.DecodeLastRuneInString(before)
	r, _ := utf8.DecodeLastRuneInString(before[:len(before)-n])
	return unicode.IsDigit(r) || unicode.IsLetter(r)
}

// houseLetter reports whether after, the text after a number, starts with a hyphen and one
// letter, as a house's or a flat's number is written ("12-B Main Boulevard"): no phone number
// ends so.
func houseLetter(after string) bool {
	rest, ok := strings.CutPrefix(after, "-")
	r, n := utf8.DecodeRuneInString(rest)
	next, _ := utf8.DecodeRuneInString(rest[n:])
	return ok && unicode.IsLetter(r) && !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// codeBefore reports whether word, the word right before a number, is a code in capitals of
// two to four letters: a state's ("VIC 3000"), a statute's ("ORS 419"), a standard's.
func codeBefore(word string) bool {
	n := utf8.RuneCountInString(word)
	return n >= 2 && n <= 4 && strings.ToUpper(word) == word && strings.ToLower(word) != word && !askText()[strings.ToLower(word)]
}

// currencyWords name a currency before a price: "KSh 1159", "Rs 1089".
var currencyWords = wordSet("ksh kes rs rs. inr npr rp tl zł php mxn usd eur chf gbp brl")
