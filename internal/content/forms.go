package content

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"haven/internal/phone"
)

// Written is one of the organisation's own numbers as a text writes it: Text at byte At, with
// the extension written after it, whose digits are Ext ("" for none), which a call dials after it.
type Written struct {
	Text   string
	At     int
	Number Number
	Ext    string
}

// OwnWritten are the organisation's own numbers (own, Settings.Numbers) that text writes, in
// whatever form the checks read it in (plainOf): "1 (888) 373-7888" or "+1 888 373 7888" for
// 1-888-373-7888, "1-800-799-SAFE" for 1-800-799-7233, "0808 2000 247" for +44 808 2000 247
// in GB, "233 733" for the short code 233733, "١-٨٨٨-٣٧٣-٧٨٨٨" in Arabic-Indic digits. Each
// Text is as text writes it, with an extension written after it ("(503) 588-5351 ext. 2"). A form the checks would refuse (a slip) is no number of the
// organisation's, so it is not found. Each number of a run that joins several
// ("1-888-373-7888 24/7", "1 888 373 7888 24/7") is found on its own.
func OwnWritten(text, country string, own []Number) []Written {
	if !strings.ContainsFunc(text, unicode.IsDigit) { // most lines of a page: no number to read
		return nil
	}
	p := plainOf(text)
	var out []Written
	find := func(at, end int, digits string) bool {
		key := digits
		if n, err := phone.ParseTTY(p.text[at:end], country); err == nil {
			key = n.Key()
		}
		for _, n := range own { // in settings order: the number to call before the same one to text
			if n.Key == key {
				if _, _, relay := phone.Relay(p.text[at:end], country); relay {
					// the number after Relay UK's prefix (18001 0808 2000 247): dialled with it,
					// as the TTY's is, not as a voice call to the number alone
					n.Written = strings.TrimSpace(p.original(at, end))
				}
				l, ext := extAt(p.text[end:])
				out = append(out, Written{p.original(at, end+l), p.from(at), n, ext})
				return true
			}
		}
		return false
	}
	for _, r := range numberRuns(p.text) {
		r = vanityAbroad(p.text, r, country, own) // "0800 HELPLINE", "1800 Respect": read as the checks read it
		if NotDialled(p.text[:r.at], r.text, p.text[r.at+len(r.text):]) || find(r.at, r.at+len(r.text), r.digits) {
			continue
		}
		// brackets and spaces join the groups of one number too, and join it to what follows:
		// the longest run of pieces from each that is one of own ("1 888 373 7888" of "1 888
		// 373 7888 24/7", "233 733" of "233 733 24/7")
		for i := 0; i < len(r.pieces); i++ {
			for j := r.partsWithin(p.text, i) - 1; j >= i; j-- {
				at, end := r.pieces[i].at, r.pieces[j].end
				digits := phone.Digits(p.text[at:end])
				if j > i && len(digits) < 5 || InCount(p.text, at, end) || NotDialled(p.text[:at], p.text[at:end], p.text[end:]) {
					continue
				}
				if find(at, end, digits) {
					i = j
					break
				}
			}
		}
	}
	return out
}

// NotDialled reports whether written, a short number (six digits at most: 911, 988, a short
// code; a number of the plan is no label's) between the words before and after it, stands
// where no one dials it, whatever its digits: hours, a date or a range (9–11, 9/11, 9:11, 9.11
// for 911), a count ("911 calls"), a price ("$911", "233733 USD"), a label's ("Room 911", "PO
// Box 233733", "bus 911", "House 911") or a street's ("911 Elm Street", "911-B Main Boulevard"). The PDFs and the page link the
// organisation's own numbers in every form, but there: a tap would dial 911.
func NotDialled(before, written, after string) bool {
	digits := phone.Digits(written)
	if digits == "" || len(digits) > 6 || strings.ContainsFunc(written, unicode.IsLetter) { // an address, a vanity number
		return false
	}
	if dated(strings.Trim(written, "()")) {
		return true
	}
	// the words beside it only: each number of every line drawn is asked about
	if len(before) > 32 {
		before = before[len(before)-32:]
		for before != "" && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	after = after[:min(len(after), 64)]
	return partOfAnother(before, after) || len(digits) <= 4 && Counted(after) ||
		priced(before) || afterWords()[strings.ToLower(wordAfter(after))] ||
		labelBefore(before) || labelSaid(before) || streetAfter(after) || houseLetter(after) || countsAge(before, digits, after)
}

// priced reports whether before, the text up to a number, ends in a currency's sign: "$911".
func priced(before string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " \u00a0"))
	return strings.ContainsRune("$€£¥₹₱₦", last)
}

// partOfAnother reports whether a number between before and after is part of a web address:
// a label of its host ("911.gov", "113.nl") or after its host's slash or an e-mail's @; or is
// a star number's ("*1210"). A tap on it would dial its digits alone, not what it is.
func partOfAnother(before, after string) bool {
	if len(after) > 1 && after[0] == '.' && (after[1]|0x20 >= 'a' && after[1]|0x20 <= 'z') {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return last == '/' || last == '@' || last == '*'
}

// dated reports whether a short number's groups are those of hours, a date or a range: two
// groups apart by a slash, a colon, a dot or a dash (9/11, 9:11, 9.11, 9–11, 9-11, 3/2024),
// unless both have three digits (233-733, 233.733: a short code's two halves, as a language
// groups them); three or more, unless each is one digit (9-1-1, as emergency numbers are
// written).
func dated(written string) bool {
	groups := strings.FieldsFunc(written, func(r rune) bool { return strings.ContainsRune("-–—/:.", r) })
	switch {
	case len(groups) < 2:
		return false
	case len(groups) == 2 && len(strings.TrimSpace(groups[0])) >= 3 && len(strings.TrimSpace(groups[1])) >= 3:
		return false // a short code's two halves, as a language groups them: 233-733, 233.733
	case len(groups) == 2:
		return true
	}
	return slices.ContainsFunc(groups, func(g string) bool { return len(strings.TrimSpace(g)) != 1 })
}

// labelIsWords name a label its number is said to be ("Our PO Box is 233733", "the case
// number is", "Room no. 911", a house's "H. No. 15"); afterWords follow a number that is no one's to dial: a route's
// ("the 911 bus") or an amount's currency ("233733 USD").
var (
	labelIsWords = sync.OnceValue(func() map[string]bool {
		return wordMap("box room suite case file account order ticket invoice reference zip postcode house flat h")
	})
	afterWords = sync.OnceValue(func() map[string]bool {
		return wordMap("bus buses tram train shuttle flight usd eur gbp cad aud mxn dollar dollars euro euros peso pesos pound pounds")
	})
)

// labelSaid reports whether before ends in a label said to be the number after it: "PO Box
// is", "case number is", "room no.", "order #".
func labelSaid(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	if len(ws) < 2 {
		return false
	}
	switch ws[len(ws)-1] {
	case "is", "was", "no", "no.", "#":
	default:
		return false
	}
	w := strings.TrimSuffix(ws[len(ws)-2], ".") // "H. No."
	if w == "number" && len(ws) >= 3 {
		w = ws[len(ws)-3]
	}
	return labelIsWords()[w]
}

// Dialable are the numbers text writes that are not the organisation's (own) and that its
// words ask to dial ("call or text 988", "call the Lifeline at 988", "In an emergency, 112",
// "or the hotline at 1-800-799-7233", "Text HOME to 741741") or that are written as phone
// numbers (shownAsNumber: "Kids Help Phone: 1-800-668-6868"), to link them where they stand: a
// number of the country's plan, or a short code the words ask to text. Any other number no
// words ask for is left alone whatever its shape: a year range, a date, opening hours, a
// population or a reference number reads as a phone number in some country (2019-2024 in
// Denmark, 0900-1700 in the Netherlands); so is a count, a street number, and digits a word goes on from
// (988lifeline.org). Each Number is its Key and Written form; Text and Ext hold the extension
// written after it, as OwnWritten's do.
func Dialable(text, country string, own []Number) []Written {
	if !strings.ContainsFunc(text, unicode.IsDigit) {
		return nil
	}
	p := plainOf(text)
	var out []Written
	find := func(at, end int) bool {
		written, before, after := p.text[at:end], p.text[max(0, at-300):at], p.text[end:]
		if written[0] == '(' && written[len(written)-1] == ')' && strings.Count(written, ")") == 1 {
			at, end = at+1, end-1 // "(1-216-555-0100)": the brackets are the sentence's
			written = p.text[at:end]
		}
		// "988lifeline.org", "24/7", a date; not a particle a verb after it goes on from
		// ("112に電話"), nor a slash after an area code ("06221/91 30 40")
		slashed := strings.Contains(written, "/")
		if next, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(next) && !dialledAfter(after) || slashed && !areaSlashed(written) || partOfAnother(before, after) || messengerAfter(after) != "" {
			return false
		}
		digits := phone.Digits(written)
		key := digits
		if _, _, relay := phone.Relay(written, country); phone.RelayPrefixed(digits, country) && !relay {
			return false // Relay UK's prefix alone ("dial 18001 first"), or before no number of the plan
		}
		n, err := phone.ParseTTY(written, country)
		if err == nil { // "18001 0800 1111": dialled with the prefix
			key = n.Key()
		} else if len(digits) < 5 || len(digits) > 6 || !AsksToText(before) && !TextedAfter(after) { // a short code to text, which the tables may lack
			return false
		}
		if slices.ContainsFunc(own, func(o Number) bool { return o.Key == key }) {
			return true // the organisation's, linked as its settings say (OwnWritten)
		}
		// an extension written after a number of the plan is only ever dialled ("Poison control:
		// 1-800-222-1222 ext. 5"), and the link dials it too, as an own number's does
		l, ext := extAt(after)
		// a slashed number only where it is written whole as one, whatever the words ask
		if (slashed || !askedToCall(before, after) && (ext == "" || len(digits) <= 6)) && (err != nil || !shownAsNumber(written, before, after, country)) {
			return false
		}
		out = append(out, Written{Text: p.original(at, end+l), At: p.from(at), Number: Number{Key: key, Written: strings.TrimSpace(written)}, Ext: ext})
		return true
	}
	for _, r := range numberRuns(p.text) {
		if find(r.at, r.at+len(r.text)) || phone.RelayPrefixed(r.digits, country) { // "18001 999": no piece of it is dialled alone
			continue
		}
		for _, piece := range r.pieces { // "911 24/7": each number of a run on its own, none of a count's
			if !InCount(p.text, piece.at, piece.end) {
				find(piece.at, piece.end)
			}
		}
	}
	return out
}

// shownAsNumber reports whether written, a number of the country's plan, is written as a phone
// number is, so that it is one to dial whatever the words around it ("Fem'aide:
// 1-877-336-2433", "Du erreichst uns auch unter 0800 111 0 333", "+44 808 2000 247"): a full
// number of seven digits or more, with + or with the trunk prefix its country dials first, not
// grouped as a date, a span of years or hours, and not labelled as a number no one dials ("Reg.
// No.", "case number is"), a fax's, one to message in an app, a count or a price. A short
// number (988, 13 11 14) or one without its trunk prefix (a German account number or postcode
// read as a number) is one only where the words ask to dial it.
func shownAsNumber(written, before, after, country string) bool {
	if len(phone.Digits(written)) < 7 || phone.Trunk(written, country) != "" || dateLike(written) || clockRange(written) {
		return false
	}
	clause := askClause(before)
	return !idLabelled(before) && !labelSaid(before) && faxBefore(before) == "" && !messengerRE().MatchString(clause) &&
		!Counted(after) && !countClause(before) && !priced(before)
}

// areaSlashed reports whether written parts its area code from the rest by a slash, as German,
// Austrian and Swiss numbers are written ("06221/91 30 40", "0800/111 0 333", "+49 (0)
// 6221/91 30 40", "0228 / 116 01-60"): one slash, after an area code with its trunk prefix,
// digits and spaces after it. A date (12/05/2024), 24/7 or a range (9/10) is none.
func areaSlashed(written string) bool {
	area, rest, _ := strings.Cut(written, "/")
	area, rest = strings.TrimSpace(area), strings.TrimSpace(rest) // "0228 / 116 01-60"
	if fs := strings.Fields(strings.Replace(area, "(0)", " ", 1)); len(fs) == 2 && strings.HasPrefix(fs[0], "+") {
		area = "0" + fs[1] // "+49 (0) 6221", "+41 44": the area code, as the country dials it
	}
	digits := func(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
	return len(area) >= 2 && len(area) <= 6 && area[0] == '0' && digits(area) &&
		len(phone.Digits(rest)) >= 3 && digits(strings.NewReplacer(" ", "", "\u00a0", "", "-", "").Replace(rest))
}

// clockRange reports whether written is a range of clock times (clockTime), from one to the
// other: "0900-1700", "9.00–17.00". Read as one number, it is one of the Netherlands'.
func clockRange(written string) bool {
	i := strings.IndexAny(written, "-–—")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(written[i:])
	at := func(s string) bool { d := phone.Digits(s); return len(d) == 3 && clockTime("0"+d) || clockTime(d) } // 9.00 too
	return at(written[:i]) && at(written[i+n:])
}

// askedToCall reports whether the words before and after a number ask to call or text it.
func askedToCall(before, after string) bool {
	clause := askClause(before)                                                                               // since the number before it ("WhatsApp 600 000 016 or call 024"), unless "or" joins them
	asked := askedToDial(before, after) || askedBefore(clause) || reachRE().MatchString(LastSentence(before)) // "Call Childline 1098", "reach the Lifeline at 988"
	return (asked && !Counted(after) && !streetAfter(after) || dialled(before, after) || inDanger(before)) &&
		!messengerRE().MatchString(clause) // "send a WhatsApp to", "… al 600 000 016 o al": neither a call nor a text message reaches it
}

// reachRE ends a sentence that says where to reach someone by phone: "reach the Lifeline at",
// "you can reach us on".
var reachRE = lazyRE(`(?i)\breach\b[^.!?;]*\b(?:at|on)\s*$`)

// messengerRE names an app that messages a number, whose messages a text link would not send
// (messengerNames, messengerScripts).
var messengerRE = lazyREOf(func() string {
	return `(?i)\b(?:` + strings.Join(strings.Fields(messengerNames), "|") + `)\b|` + strings.Join(strings.Fields(messengerScripts), "|")
})

// InCount reports whether s[at:end] is a group of three digits of a count written in groups of
// thousands: 000 in "1 000 000 meals" is no call to Australia's 000. The checks, the PDFs and
// the page find numbers by it.
func InCount(s string, at, end int) bool {
	if end-at != 3 || strings.Trim(s[at:end], "0123456789") != "" {
		return false
	}
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	thousands := func(r rune) bool {
		return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '.' || r == ',' || r == '\''
	}
	if r, n := utf8.DecodeLastRuneInString(s[:at]); thousands(r) {
		if d, _ := utf8.DecodeLastRuneInString(s[:at-n]); digit(d) {
			return true
		}
	}
	if r, n := utf8.DecodeRuneInString(s[end:]); thousands(r) {
		rest := s[end+n:]
		if len(rest) >= 3 && strings.Trim(rest[:3], "0123456789") == "" && (len(rest) == 3 || !digit(rune(rest[3]))) {
			return true
		}
	}
	return false
}

// Dialled is the number as a phone dials it: as written in settings.yaml, without the
// extension written after it.
func (n Number) Dialled() string { return withoutExt(n.Written) }
