package content

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
	"haven/internal/phone"
)

// Number is a configured number typos are checked against: a slip of the finger must not
// send callers to a stranger. Only the organisation's own numbers are targets, so every hint
// names a number the user typed, never one built into haven.
type Number struct {
	Key         string // the digits compared (phone.Number.Key)
	Written     string // as typed in settings.yaml
	Local       string // the digits a phone in the country dials for Written
	Abroad      string // for a number of another country, the digits a phone there dials, or ""
	Home        string // a full number's digits after its calling code, without a trunk prefix, or ""
	Field       string // hotline.call, organisation.contact ...
	Placeholder string // what a text writes to print it, or ""
	Label       string // what organisation.other_numbers calls it, or ""
}

// faxWords name a fax line, and voiceWords a line people call, in the languages haven has
// words for and those its users print for most often.
var (
	faxWords   = wordSet("fax faxes telefax facsimile facsímil facsímile fac-símile télécopie télécopieur telecopia telecopiadora факс факсу faks faksi fakss faxe 传真 傳真 ファックス ファクス 팩스 فاكس فکس פקס")
	voiceWords = wordSet("tel tél tele phone telephone ph call voice office main teléfono telefono téléphone telefon telefone телефон тел 電話 电话 전화 هاتف טלפון voz")
	// whoseWords of voiceWords say whose line a number is, a fax's too ("Office fax")
	whoseWords = wordSet("office main")
)

// Fax reports whether the number is a fax line's alone, by its label (other_numbers' "label:
// Fax", "Office fax"; not "Phone/Fax") or the words right before it in the contact line ("Fax:
// 614-276-2274", "Office fax:"; not "Tel/Fax:"): no link calls it, as a tap would ring a fax machine.
func (n Number) Fax() bool { return faxOnly(n.Label) }

// faxOnly is whether label names a fax line and no line people call: "office" or "main" right
// before the fax's word, a space alone between, only says whose fax it is ("Office fax", "Main
// fax"), where a slash or "and" joins a line of its own ("Office/Fax", "Tel/Fax", "Phone and fax").
func faxOnly(label string) bool {
	ws := saidWords(label)
	fax := false
	for i, w := range ws {
		if faxWords.has(w.w) {
			fax = true
		} else if voiceWords.has(w.w) && !(whoseWords.has(w.w) && i+1 < len(ws) && faxWords.has(ws[i+1].w) && spacedBefore(label, w, ws[i+1])) {
			return false
		}
	}
	return fax
}

// spacedBefore reports whether only spaces part w and next, the word after it in text.
func spacedBefore(text string, w, next saidWord) bool {
	between := text[w.end:next.end]
	rest := strings.TrimLeftFunc(between, unicode.IsSpace)
	return len(rest) < len(between) && strings.EqualFold(rest, next.w)
}

// String names the number in a message: its field, as written, and its label ("fax").
func (n Number) String() string {
	if n.Label != "" {
		return fmt.Sprintf("%s %s (%s)", n.Field, n.Written, n.Label)
	}
	return n.Field + " " + n.Written
}

// otherField is where settings.yaml declares the organisation's other numbers, and
// contactField the line of its contact details printed in the footer.
const (
	otherField   = "organisation.other_numbers"
	contactField = "organisation.contact"
)

// Numbers are the organisation's own numbers, in settings order. A run asks for them for each
// text it lays out or checks; parsed each time, they were a twentieth of a handout's CPU, so
// each set of settings' numbers is parsed once (numbersOf) and a copy given out.
func (s Settings) Numbers() []Number {
	key := s.numbersKey()
	if v, ok := numbersOf.Load(key); ok {
		return slices.Clone(v.([]Number))
	}
	out := s.numbers()
	numbersOf.Store(key, out)
	return slices.Clone(out)
}

// numbersOf holds Numbers by numbersKey.
var numbersOf sync.Map

// numbersKey is every setting Numbers reads, each text after its length.
func (s Settings) numbersKey() string {
	var b []byte
	add := func(ts ...string) {
		for _, t := range ts {
			b = strconv.AppendInt(b, int64(len(t)), 10)
			b = append(b, ':')
			b = append(b, t...)
		}
	}
	h := s.Hotline
	add(s.Country, s.Organisation.Contact.Text)
	for _, l := range []diag.Located{h.Call, h.Text, h.TTY, h.Emergency, h.Chat} {
		add(l.Text, l.Field)
	}
	for _, c := range s.ConfirmedNumbers {
		add(c.Text)
	}
	b = append(b, '|')
	for _, o := range s.Organisation.OtherNumbers {
		add(o.Number.Text, o.Number.Field, o.Label)
	}
	return string(b)
}

func (s Settings) numbers() []Number {
	var out []Number
	h := s.Hotline
	for _, n := range []struct {
		at          diag.Located
		placeholder string
		parse       func(s, country string) (phone.Number, error)
	}{{h.Call, "{call}", phone.Parse}, {h.Text, "{text}", phone.Parse}, {h.TTY, "{tty}", phone.ParseTTY}, {h.Emergency, "{emergency}", phone.Parse}} {
		number := withoutExt(n.at.Text) // the number to call's extension is written, not its line's
		if p, err := n.parse(number, s.Country); err == nil {
			out = append(out, Number{Key: p.Key(), Written: n.at.Text, Local: localDigits(number, s.Country), Abroad: abroad(p.Key(), s.Country), Field: n.at.Field, Placeholder: n.placeholder})
		} else if n.at == h.Text && shortcode(n.at.Text) {
			out = append(out, Number{Key: n.at.Text, Written: n.at.Text, Local: n.at.Text, Field: n.at.Field, Placeholder: n.placeholder}) // a short code
		} else if s.confirmed(n.at.Text) { // a short line the tables lack, confirmed (confirmed.go)
			out = append(out, Number{Key: shortKey(n.at.Text), Written: n.at.Text, Local: shortKey(n.at.Text), Field: n.at.Field, Placeholder: n.placeholder})
		}
	}
	// the organisation's own lines, written in its contact; not its address's postcode
	// ("Hauptstraße 118, 69117 Heidelberg"), which may read as a short number
	contact := plainOf(s.Organisation.Contact.Text).text
	dials := func(at, end int) (phone.Number, bool) {
		p, err := phone.Parse(contact[at:end], s.Country)
		return p, err == nil && len(p.Key()) >= 7 && !postalCode(contact[:at], contact[at:end], contact[end:])
	}
	for _, r := range numberRuns(contact) { // as read in texts: （503）588-5351 too
		label := faxBefore(contact[:r.at])
		if p, ok := dials(r.at, r.at+len(r.text)); ok {
			out = append(out, Number{Key: p.Key(), Written: r.text, Local: r.digits, Field: contactField, Label: label})
			continue
		}
		// "Salem OR 97301 · 503-588-5351", "Leeds LS1 4AP 0113 496 1234": a postcode, then the
		// office's number, whose own groups are pieces too: the longest run of pieces from each
		// that reads as a number
		for i := 0; i < len(r.pieces); i++ {
			for j := len(r.pieces) - 1; j >= i; j-- {
				text := contact[r.pieces[i].at:r.pieces[j].end]
				if p, ok := dials(r.pieces[i].at, r.pieces[j].end); ok {
					out = append(out, Number{Key: p.Key(), Written: text, Local: phone.Digits(text), Field: contactField, Label: label})
					i = j
					break
				}
			}
		}
	}
	for _, o := range s.Organisation.OtherNumbers {
		text := withoutExt(o.Number.Text)
		if p, err := phone.Parse(text, s.Country); err == nil {
			out = append(out, Number{Key: p.Key(), Written: o.Number.Text, Local: localDigits(text, s.Country), Abroad: abroad(p.Key(), s.Country), Field: o.Number.Field, Label: o.Label})
		} else if unlistedShort(text) {
			// a short line the numbering tables lack, listed as right (checkOtherNumbers)
			out = append(out, Number{Key: shortKey(text), Written: o.Number.Text, Local: shortKey(text), Field: o.Number.Field, Label: o.Label})
		}
	}
	// the number a messaging app's chat address opens (wa.me/27600123456) is the line's own: a
	// slip of it opens a chat with a stranger, as a slip of a number to call rings one
	if key := messengerNumber(h.Chat.Text, s.Country); key != "" && !slices.ContainsFunc(out, func(n Number) bool { return n.Key == key }) {
		out = append(out, Number{Key: key, Written: "+" + key, Local: localDigits("+"+key, s.Country), Abroad: abroad(key, s.Country), Field: h.Chat.Field, Label: messengerApp(h.Chat.Text)})
	}
	for i, n := range out {
		out[i].Home = home(n.Key)
	}
	return out
}

// home is the national number of key, a full number with its calling code: the digits after
// the code, as a text for callers in its country prints it where no trunk prefix goes first
// (800120002 of +48 800 120 002, 28131919 of +509 2813-1919); "" for a short number. A slip
// of it in that form is a slip of the number, however settings.yaml writes it.
func home(key string) string {
	if len(key) < 8 { // a short number's: not read with the calling codes' tables, made for it
		return ""
	}
	cc, nsn, ok := phone.Split(key)
	if !ok || strconv.Itoa(cc)+nsn != key {
		return ""
	}
	return nsn
}

// faxBefore is the label the words right before a number in the contact line give it, back to
// the number before (before is the line up to it), where they name a fax line alone ("Fax:
// 614-276-2274", "· fax 614-276-2274"; not "Tel/Fax:"), or "".
func faxBefore(before string) string {
	ws := saidWords(before)
	from, at := len(ws), 0
	for from > 0 && len(ws)-from < 3 && !hasDigit(ws[from-1].w) {
		from--
	}
	if from > 0 {
		at = ws[from-1].end
	}
	if !faxOnly(before[at:]) {
		return ""
	}
	var label []string
	for _, w := range ws[from:] {
		if w.w != "" {
			label = append(label, w.w)
		}
	}
	return strings.Join(label, " ")
}

// abroad is how a phone in its own country dials key, a full number of another country than
// country ("+44 808 2000 247" is 0808 2000 247 in the UK), so a text for callers there ("From a
// UK landline, call 0808 2000 248") is compared as they dial it; "" for a number of country.
func abroad(key, country string) string {
	if len(key) < 8 || strings.HasPrefix(key, fmt.Sprint(phone.CountryCode(country))) {
		return ""
	}
	return phone.National(key)
}

// declared reports whether key is one of the organisation's other numbers: a number one slip
// from another is no typo when settings.yaml says both are real.
func declared(nums []Number, key string) bool {
	return slices.ContainsFunc(nums, func(n Number) bool { return n.Key == key && strings.HasPrefix(n.Field, otherField) })
}

// bothRight is hint, for a number written one slip from near, with how to say both are right
// (declareHint), which every such message gives: in a text, an address (wa.me/13015876121), a
// code, a link or a line's name, listing the number is what accepts it.
func bothRight(hint, written, country string, near Number) string {
	d, first := declareHint(written, country, near)
	switch {
	case d == "":
		return hint
	case hint == "":
		return d
	case first:
		return d + "; otherwise " + hint
	}
	return hint + "; " + d
}

// declareHint tells how to declare written, a number printed one slip from a configured one,
// as another of the organisation's numbers; "" for a number that cannot be one. For a short
// number, a service of the country's own (3918 beside 3919 in France), it comes first: such a
// number is as likely meant as mistyped, and a hint to print the configured one in its place
// would print the wrong line. One slip from near, one of the hotline's numbers, the listed
// number is confirmed too (checkOtherNumbers), and the hint says so.
func declareHint(written, country string, near Number) (hint string, first bool) {
	p, err := phone.Parse(written, country)
	key := phone.Digits(written)
	if err == nil {
		key = p.Key()
	}
	var confirm string
	if _, ok := hotlineSlip(key, written, country, []Number{near}); ok {
		confirm = fmt.Sprintf("; as it is one slip from %s, check it digit by digit, then write it again at the top level of settings.yaml: %s: [%s]", near.Written, confirmField, yamlQuoted(written))
	}
	if d := phone.Digits(written); err != nil && knownLine(d, country) {
		return fmt.Sprintf("%s is a line of its own in %s: if it is the line you mean, list it in settings.yaml under organisation: as other_numbers: [%s]%s", written, cmp.Or(country, "US"), yamlQuoted(written), confirm), true
	}
	if d := phone.Digits(written); err != nil && (services[d] || len(d) == 3 && phone.CountryCode(country) != 1) && d == strings.Trim(written, "() ") {
		// a number of services elsewhere, or three digits outside North America, whose plan
		// has N11 numbers alone, the tables may not know in the country (Vietnam's 112,
		// Indonesia's 115): it may be one
		return fmt.Sprintf("if %s is a line you mean, a service the numbering tables haven reads do not list in %s, list it in settings.yaml under organisation: as other_numbers: [%s]%s", written, cmp.Or(country, "US"), yamlQuoted(written), confirm), false
	}
	if err != nil {
		return "", false
	}
	if len(p.Key()) < 7 {
		return fmt.Sprintf("%s is a service number of its own in %s: if it is the line you mean, list it in settings.yaml under organisation: as other_numbers: [%s]%s", written, cmp.Or(country, "US"), yamlQuoted(written), confirm), true
	}
	if near.Field == contactField { // the contact line's number is listed too, or it is one slip from the listed one
		return fmt.Sprintf("if %s is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: with the contact line's, as other_numbers: [%s, %s], or add them to that list%s", written, yamlQuoted(written), yamlQuoted(near.Written), confirm), false
	}
	return fmt.Sprintf("if %s is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: [%s], or add it to that list%s", written, yamlQuoted(written), confirm), false
}

// mayHaveExt says whether extRE may match s: each of its matches has an x (of ext, ext.,
// extension or x) with spaces and a digit after it, and most texts have none.
func mayHaveExt(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != 'x' && s[i] != 'X' {
			continue
		}
		for _, then := range []string{"tension", "t.", "t", ""} {
			if rest := s[i+1:]; len(rest) >= len(then) && strings.EqualFold(rest[:len(then)], then) {
				if rest = strings.TrimLeft(rest[len(then):], " \t\n\f\r"); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
					return true
				}
			}
		}
	}
	return false
}

// withoutExt is a number without the extension written after it ("614-276-2270 ext. 12"): the
// line it reaches is the number's, and the texts print the extension as they like.
func withoutExt(written string) string {
	if !mayHaveExt(written) {
		return strings.TrimSpace(written)
	}
	return strings.TrimSpace(extRE().ReplaceAllString(written, ""))
}

// SplitExt splits a number written with an extension after it ("(216) 623-4200 ext. 2", "x2")
// into the number and the extension's digits ("2"), which a call link dials after a pause
// (tel:+12166234200,2); ext is "" where nothing but the number's own end follows it.
func SplitExt(written string) (number, ext string) {
	t := strings.TrimSpace(written)
	if !mayHaveExt(t) {
		return t, ""
	}
	ms := extRE().FindAllStringIndex(t, -1)
	if len(ms) == 0 || ms[len(ms)-1][1] != len(t) { // words after it: no extension of the number's
		return t, ""
	}
	m := ms[len(ms)-1]
	return strings.TrimSpace(t[:m[0]]), phone.Digits(t[m[0]:])
}

// ExtAfter is the digits of an extension written at the start of s, right after a number
// (" ext. 2" of "(216) 623-4200 ext. 2 for the clinic"), or "": what a call to the number
// dials after it.
func ExtAfter(s string) string {
	_, ext := extAt(s)
	return ext
}

// extAt is the length of the extension written at the start of s, right after a number, and
// its digits (ExtAfter); 0 and "" for none.
func extAt(s string) (int, string) {
	if !mayHaveExt(s) { // most numbers have none: the pattern is not compiled for them
		return 0, ""
	}
	if m := extRE().FindStringIndex(s); m != nil && m[0] == 0 {
		return m[1], phone.Digits(s[:m[1]])
	}
	return 0, ""
}

// localDigits are the digits dialled for a configured number as written: a vanity number's
// letters as digits, without the digits in brackets after them nor the letters past the number
// (1800RESPECT: 1800737732, so 1800 737 7328 is a slip of it).
func localDigits(written, country string) string {
	if k := phone.Keys(written, country); k != "" && strings.IndexFunc(written, isWordRune) >= 0 {
		return k
	}
	if rs := numberRuns(written); len(rs) > 0 {
		return rs[0].digits
	}
	return phone.Digits(written)
}

// run is a number as written: digits with what people group them with.
type run struct {
	text   string
	at     int    // byte offset in the text
	pieces []span // its parts between weak joins: spaces, slashes, brackets ("911" and "24/7" of "911 24/7")
	plus   bool
	digits string // what a phone dials: letters as keypad digits, unprinted characters left out
	vanity string // of a vanity number followed by its digits in brackets, the part before them
}

// numbersIn is a text as its numbers are read (plainOf) and the numbers in it: read once for
// the checks of each number a text prints.
type numbersIn struct {
	plain
	runs []run
}

// readNumbers reads the numbers of text; one without a digit has none, and is not read.
func readNumbers(text string) numbersIn {
	if !hasNumber(text) {
		return numbersIn{}
	}
	n := numbersIn{plain: plainOf(text)}
	n.runs = numberRuns(n.text)
	return n
}

// numberRuns finds every number written in s: digits joined by separators of every kind
// (spaces including no-break, hyphens and dashes, dots, slashes, brackets), with a leading +
// or bracket; a U.S. vanity number with its letters (1-800-799-SAFE (7233)). Characters that
// do not print or that sit on a digit (a soft hyphen pasted from a word processor, a zero-width
// space, a combining accent) are seen through: the number prints without them.
func numberRuns(s string) []run {
	if !strings.ContainsAny(s, "0123456789") { // every number begins with a digit: nothing to look at
		return nil
	}
	// a text is read for its numbers by a dozen checks, each of every edition: once is enough
	// (the runs are only read, never changed)
	if rs, ok := runsRead.Load(s); ok {
		return rs.([]run)
	}
	rs := listsApart(findRuns(s))
	runsRead.Store(s, rs)
	return rs
}

// runsRead are the runs numberRuns has found, by text.
var runsRead sync.Map

func findRuns(s string) []run {
	var out []run
	rs := []rune(s)
	offs := make([]int, len(rs)+1)
	for i, b := 0, 0; i < len(rs); i++ {
		offs[i] = b
		b += len(string(rs[i]))
		offs[i+1] = b
	}
	isD := func(i int) bool { return i < len(rs) && rs[i] >= '0' && rs[i] <= '9' }
	for i := 0; i < len(rs); i++ {
		if !isD(i) || i > 0 && (isD(i-1) || isWordRune(rs[i-1])) {
			continue
		}
		start := i
		for start > 0 && (rs[start-1] == '+' || rs[start-1] == '(' || dialledWith(rs, start)) {
			start--
		}
		end := i
		var pieces []span
		from := i // where the piece being read starts
		for j := i; j < len(rs); {
			if isD(j) {
				end = j + 1
				j++
				continue
			}
			// up to three separators between digits (") " or " - "), and any unprinted
			k, seps := j, 0
			for k < len(rs) && (unprinted(rs[k]) || seps < 3 && phone.IsSeparator(rs[k])) {
				if !unprinted(rs[k]) {
					seps++
				}
				k++
			}
			if k == j || !isD(k) || stepDot(rs, j, k) {
				break
			}
			if weakJoin(rs[j:k]) {
				pieces, from = append(pieces, span{offs[from], offs[j]}), k
			}
			j = k
		}
		if i > start && rs[start] == '(' && end < len(rs) && rs[end] == ')' {
			end++
		}
		r := run{at: offs[start]}
		if v := vanityEnd(rs, i, end); v > end {
			r.vanity, end = string(rs[start:v]), v
			if b := bracketEnd(rs, v); b > v {
				end = b
			} else {
				r.vanity = ""
			}
			r.digits = phone.Dialled(string(rs[start:v]))
		}
		r.text = string(rs[start:end])
		if r.digits == "" {
			r.digits = phone.Digits(r.text)
		}
		r.plus = strings.HasPrefix(r.text, "+")
		if len(pieces) > 0 && r.vanity == "" {
			r.pieces = append(pieces, span{offs[from], offs[end]})
		}
		out = append(out, r)
		i = end
	}
	return out
}

// listsApart are runs with each list of numbers (phone.Listed: "43201 43202 43203", "1 1 1 …")
// read as its numbers, as the layout sets them: each checked on its own, and a long list not
// read over and over as parts of one number.
func listsApart(rs []run) []run {
	var out []run
	for _, r := range rs {
		list := phone.Listed(r.text)
		if list == nil || r.vanity != "" {
			out = append(out, r)
			continue
		}
		pieces := r.pieces
		for _, g := range list {
			n := run{text: r.text[g[0]:g[1]], at: r.at + g[0]}
			n.digits, n.plus = phone.Digits(n.text), strings.HasPrefix(n.text, "+")
			k := 0 // the group's pieces, in their order: "24/7" of "24/7 24/7 24/7"
			for k < len(pieces) && pieces[k].end <= n.at+len(n.text) {
				k++
			}
			if k > 1 {
				n.pieces = pieces[:k]
			}
			out, pieces = append(out, n), pieces[k:]
		}
	}
	return out
}

// partsWithin is where the parts of a run from part i on may end to be one number: past the
// most digits one has (phone.MaxDigits) they are none, nor is any longer run of them, and a
// long run of parts is not read part against part. text is the run's.
func (r run) partsWithin(text string, i int) int {
	digits := 0
	for j := i; j < len(r.pieces); j++ {
		if digits += len(phone.Digits(text[r.pieces[j].at:r.pieces[j].end])); digits > phone.MaxDigits {
			return j
		}
	}
	return len(r.pieces)
}

// stepDot reports whether the separators rs[j:k] after a number's digits begin with a full
// stop before a space, which no number writes between its groups: it ends a step's number
// ("2. 112 anrufen") or a sentence ("Call 0808 2000 247. 44 113 246 0401 is our office."),
// and the number after it is one of its own.
func stepDot(rs []rune, j, k int) bool {
	return rs[j] == '.' && k > j+1 && unicode.IsSpace(rs[j+1])
}

// span is a part of a text, its bytes at to end.
type span struct{ at, end int }

// weakJoin reports whether the separators seps join two numbers as often as the groups of
// one: a space, a slash (or a character that looks like one, or a bar) or a bracket
// ("1-888-373-7888 24/7", "233733 (24/7)").
func weakJoin(seps []rune) bool {
	return slices.ContainsFunc(seps, func(r rune) bool {
		return phone.Lookalike(r) == '/' || r == '(' || r == ')' || r == '[' || r == ']' || unicode.IsSpace(r) || unicode.Is(unicode.Zs, r)
	})
}

// unprinted reports whether r prints nothing of its own between digits: a format character
// (soft hyphen, zero-width space and joiners, direction marks) or a mark set on the digit
// before it.
func unprinted(r rune) bool { return unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me) }

// vanityEnd is where a U.S. vanity number whose digits rs[i:end] begin ends: groups of letters
// or digits, to ten keys in all (eleven after a leading 1), at least one of them a letter,
// joined by a hyphen or a dot ("1-800-799-SAFE", "1-800-THE-LOST", "1-800-799-safe"), or, in
// capitals, by a space where the plan breaks a number, after the area code or the exchange
// ("1 800 799 SAFE", "1 800 RESPECT"); end when there is none. A word that only follows a number is none of it: "call 988
// OR TEXT", "912 NOW HELP", "233733 HELP" (a short code), "1 800 373 7888 TODAY".
func vanityEnd(rs []rune, i, end int) int {
	want := 10
	if rs[i] == '1' {
		want = 11
	}
	keys := len(phone.Digits(string(rs[i:end])))
	if keys < 3 || keys >= want {
		return end
	}
	letters, spaced := false, false
	for k := end; k < len(rs) && keys < want; {
		national := keys - (want - 10) // keys after the leading 1
		space := rs[k] == ' ' || rs[k] == '\u00a0'
		if space && (national != 3 && national != 6 || !planStart(rs, i, end)) {
			return end
		}
		if space || rs[k] == '-' || rs[k] == '.' || rs[k] == '\u2011' {
			k++
		}
		g := k
		for g < len(rs) && (rs[g] >= 'A' && rs[g] <= 'Z' || rs[g] >= '0' && rs[g] <= '9' || !space && rs[g] >= 'a' && rs[g] <= 'z') {
			letters = letters || rs[g] >= 'A'
			g++
		}
		if g == k || g-k > want-keys || g < len(rs) && (unicode.IsLetter(rs[g]) || unicode.IsDigit(rs[g])) {
			return end
		}
		// after a space, the group runs to the plan's next break: the exchange, the line or both
		if n := g - k; space && !(national == 3 && (n == 3 || n == 7) || national == 6 && n == 4) {
			return end
		}
		spaced = spaced || space
		keys, k = keys+g-k, g
		if keys == want && letters {
			if _, err := phone.Parse(string(rs[i:g]), "US"); spaced && err != nil {
				return end // "1 911 NOW HELP": no area code
			}
			return g
		}
	}
	return end
}

// vanityAbroad reads into r, a number of a country outside the North American plan (whose
// shape vanityEnd knows), the word that spells its last digits: in capitals after a space, or
// joined by a hyphen or a dot ("0800 HELPLINE", "1300-DIVORCE"), and the digits in brackets
// after it. The word is read only where the digits alone are no number and none of the
// organisation's, and with it they are a valid number of the country, so "999 NOW" and
// "233733 HELP" keep their words.
func vanityAbroad(text string, r run, country string, nums []Number) run {
	if phone.CountryCode(country) == 1 || r.plus || strings.IndexFunc(r.text, isWordRune) >= 0 || len(r.digits) < 3 || len(r.digits) > 12 {
		return r
	}
	end := r.at + len(r.text)
	c, size := utf8.DecodeRuneInString(text[end:])
	joined := c == '-' || c == '.' || c == '\u2011'
	if !joined && c != ' ' && c != '\u00a0' {
		return r
	}
	g := end + size
	for g < len(text) && (text[g] >= 'A' && text[g] <= 'Z' || (joined || g > end+size) && text[g] >= 'a' && text[g] <= 'z') {
		g++
	}
	word := text[end+size : g]
	title := !joined && len(word) > 1 && strings.ToLower(word[1:]) == word[1:] && strings.ToUpper(word) != word // "1800 Respect"
	if len(word) < 3 || g < len(text) && (isWordRune(rune(text[g])) || isDigit(text[g])) || strings.ToUpper(word) != word && strings.ToLower(word) != word && !title {
		return r // no word, or a name joined to a number: "24/7-Hotline", "116-Nummer"
	}
	if strings.ContainsAny(r.text, "/()[]") {
		return r // "24/7 HELP": numbers apart, not the groups of one
	}
	if _, err := phone.Parse(r.text, country); err == nil || exact(keys(r.digits, country, false), nums) {
		return r
	}
	if _, ok := near(keys(r.digits, country, false), nums); ok {
		return r
	}
	n, err := phone.Parse(text[r.at:g], country)
	if err != nil {
		return r
	}
	v := run{at: r.at, text: text[r.at:g], digits: phone.Dialled(text[r.at:g])}
	if k := []string{n.Key()}; title && !exact(k, nums) { // as it dials: RESPECT's T is past the number
		if _, ok := near(k, nums); !ok {
			return r // "1800 Monday": a word of the sentence, but where it spells the line or a slip of it
		}
	}
	rs := []rune(text)
	at := utf8.RuneCountInString(text[:g])
	if b := bracketEnd(rs, at); b > at {
		v.vanity, v.text = v.text, string(rs[utf8.RuneCountInString(text[:r.at]):b])
	}
	return v
}

// planStart reports whether the digits rs[i:end] start a number as the plan groups it, so a
// word after a space may spell the rest: an area code marked as one (after a leading 1, alone
// or joined, or in brackets) and perhaps an exchange, in groups of three ("1 800 799", "1800",
// "(800) 799", "800 799"). A short code ("233733") or three digits alone ("912 NOW HELP": a
// number before a sentence in capitals) is not.
func planStart(rs []rune, i, end int) bool {
	gs := strings.FieldsFunc(string(rs[i:end]), func(r rune) bool { return r < '0' || r > '9' })
	marked := i > 0 && rs[i-1] == '('
	if len(gs) > 0 && gs[0] == "1" {
		gs, marked = gs[1:], true
	} else if len(gs) > 0 && len(gs[0]) == 4 && gs[0][0] == '1' {
		gs[0], marked = gs[0][1:], true
	}
	if len(gs) == 0 || len(gs) > 2 || len(gs) == 1 && !marked {
		return false
	}
	for _, g := range gs {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// bracketEnd is where the digits in brackets after a vanity number ending at v end
// ("1-800-799-SAFE (7233)"), or v.
func bracketEnd(rs []rune, v int) int {
	k := v
	for k < len(rs) && (rs[k] == ' ' || rs[k] == '\u00a0') {
		k++
	}
	if k >= len(rs) || rs[k] != '(' {
		return v
	}
	for j := k + 1; j < len(rs); j++ {
		switch {
		case rs[j] == ')':
			if phone.Digits(string(rs[k:j])) == "" {
				return v
			}
			return j + 1
		case !(rs[j] >= '0' && rs[j] <= '9' || phone.IsSeparator(rs[j]) || unprinted(rs[j])):
			return v
		}
	}
	return v
}

// isWordRune is a letter glued to a number: the number is part of a code such as "p07".
func isWordRune(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_' }

var (
	// extRE is an extension written after a number: "ext. 2", "x12", "extension 4".
	extRE = lazyRE(`(?i)[\s,;]*\b(?:ext\.?|extension|x)\s*\d{1,6}\b`)
	// callWordRE ends a text that asks to call or text the number after it, perhaps in quotes
	// or brackets ("call “912”", "call&nbsp;912", "appelez le 912").
	callWordRE = lazyREOf(func() string {
		return `(?i)(?:(?:^|[^\pL])` + joined + dialVerbs() + `|` + dialVerbsUnspaced + `)(?:[\s\p{Zs}]+(?:al|el|a|the|to|at|le|la|au|para|o|на|по|على|ب|بـ|אל|ל|за[\s\p{Zs}]+номером|по[\s\p{Zs}]+номеру|на[\s\p{Zs}]+номер|` + dialBetween + `|` + alternation(askBetween()) + `)){0,3}` + numberNoun + `[\s\p{Zs}:"'“”„«»‘’(\[：「『（\-־]*$`
	})
	// dangerRE ends a text whose next number is the one to dial in danger, with no verb:
	// "In an emergency, 912", "In danger? 912", "im Notfall (sofort) 113", "Rufen Sie im
	// Notfall die 113 an", "in an emergency the number is 912".
	dangerRE = lazyRE(`(?i)(?:^|[^\pL])(?:in[\s\p{Zs}]+(?:an[\s\p{Zs}]+)?(?:immediate[\s\p{Zs}]+)?(?:danger|emergency)|en[\s\p{Zs}]+(?:caso[\s\p{Zs}]+de[\s\p{Zs}]+)?(?:peligro|emergencia|cas[\s\p{Zs}]+d'urgence|danger)|im[\s\p{Zs}]+notfall|(?:bei|in)[\s\p{Zs}]+gefahr|bij[\s\p{Zs}]+(?:direct[\s\p{Zs}]+)?(?:gevaar|nood)|in[\s\p{Zs}]+(?:caso[\s\p{Zs}]+di[\s\p{Zs}]+)?(?:pericolo|emergenza)|w[\s\p{Zs}]+(?:nagłych[\s\p{Zs}]+wypadkach|niebezpieczeństwie)|em[\s\p{Zs}]+(?:caso[\s\p{Zs}]+de[\s\p{Zs}]+)?(?:perigo|emergência)|في[\s\p{Zs}]+(?:حالة[\s\p{Zs}]+)?(?:الخطر|الطوارئ|خطر))[\s\p{Zs}]*[,?!:\x{2013}\x{2014}]?(?:[\s\p{Zs}]+(?:sofort|bitte|immer|immediately|inmediatamente|immédiatement|فورا|فوراً))?(?:[\s\p{Zs}]+(?:die|the|el|al|le|la|o))?` + numberNoun + `[\s\p{Zs}"“„«(]*$`)
)

// dialBetween are the words that may stand between a verb of dialVerbs and its number, in the
// languages added to haven's first ones: a pronoun, an adverb, an article or a particle
// ("Wählen Sie 912", "chiama subito il 912", "Tumawag sa 912", "zadzwoń pod numer 912").
const dialBetween = `sie|du|ihr|sofort|subito|il|lo|sa|kay|pod|na|naar|op|het|de|nu|direct|meteen|hãy|ngay|số|immediately|now|` +
	// adverbs: "Bel dan 131", "Bel gerust 113", "Wählen Sie dann die 121", "Call straight away 9111"
	`dan|gerust|gewoon|altijd|ook|dann|bitte|einfach|jederzeit|auch|gleich|straight|right|away|anytime|also|today|toll-free|free|alors|aussi|gratuitement|también|gratis|ahora|siempre|anche|sempre|também|agora|immédiatement|directement|tout de suite|inmediatamente|enseguida|imediatamente|immediatamente|sofortig|unverzüglich`

// numberNoun is what may stand between the words that ask to dial and the number, naming it
// a number: "call the Lifeline number 989", "call number 912", "llame al número 113",
// "appelez le numéro 3918", "wählen Sie die Nummer 113", "اتصل بالرقم 912"; perhaps with "is"
// after it ("the emergency number is 912"). Up to three words may describe it; "number" is
// last, so "the number of calls, 912" is none.
const numberNoun = `(?:(?:[\s\p{Zs}]+[\pL'-]+){0,3}?[\s\p{Zs}]+(?:number|no\.|número|numero|numéro|nummer|rufnummer|telefonnummer|notrufnummer|numer|numerem|numeru|lambarka|lambar|numbarka|số|numero[\s\p{Zs}]+di[\s\p{Zs}]+telefono|telefoonnummer|noodnummer|alarmnummer|numbero|номер|الرقم|بالرقم|رقم|برقم|على[\s\p{Zs}]+الرقم)(?:[\s\p{Zs}]+(?:is|es|est|ist|é))?)?`

// askedToDial reports whether the words around a number, before and after it, ask to dial
// it: a word before it (callWordRE), colloquial Chinese 打 right before it ("打912", where "打95折"
// is a discount), or in the languages whose verb follows the number a phrase right after it
// (dialledAfter).
func askedToDial(before, after string) bool {
	if t := strings.TrimRight(before, " \u00a0"); strings.HasSuffix(t, "7") || strings.HasSuffix(t, "24") {
		if i := strings.LastIndexAny(t, " \u00a0"); i >= 0 && roundTheClock(t[i+1:]) {
			before = t[:i+1] // "Call 24/7 989": the hours between the verb and its number
		}
	}
	return callWordRE().MatchString(before[max(0, len(before)-90):]) ||
		strings.HasSuffix(before, "打") && !strings.HasPrefix(after, "折") || dialledAfter(after) || calledLast(before, after)
}

// keyedIn reports whether before, the text up to a number, ends in words that ask to key
// the number in on a phone or to try it: "Press 912", "Tap 989 and wait", "Punch in 912",
// "Try 912 if the hotline is busy"; or to keep it for when it is needed: "Remember 912", "Keep
// 989 in your phone", "Write down 912", "Recuerde el 912". They ask to dial it as "call" does,
// but also a menu's key ("Press 1 for Spanish", "Pulse 2"), so digitSlips reads them before three
// digits or more only.
func keyedIn(before string) bool {
	return keyedRE().MatchString(before[max(0, len(before)-90):])
}

// keyedRE ends a text in a verb of keying in, trying or keeping a number, perhaps with an
// article and the word for number between: "press", "tap", "punch in", "key in", "type in",
// "try", "remember", "save", "keep", "write down" and their Spanish, French and Portuguese
// words.
var keyedRE = lazyRE(`(?i)(?:^|[^\pL])(?:press|tap|punch[\s\p{Zs}]+in|key[\s\p{Zs}]+in|type[\s\p{Zs}]+in|try|oprima|pulse|presione|teclee|pruebe|appuyez[\s\p{Zs}]+sur|tapez|essayez|digite|tecle|aperte|tente|` +
	`remember|memori[sz]e|save|keep|store|(?:write|note|jot)[\s\p{Zs}]+down|recuerd[ae]n?|record[aá]|guard[ae]n?|guardá|anot[ae]n?|apunt[ae]n?|memori(?:ce|za|cen)|` +
	`retenez|retiens|notez|gardez|conservez|enregistrez|mémorisez|souvenez-vous|lembre(?:m)?(?:-se)?|lembra|anotem|salvem?|memorizem?)` +
	`(?:[\s\p{Zs}]+(?:the|el|al|le|la|au|o|a|ao|del|du|do|da))?` + numberNoun + `[\s\p{Zs}"'“”„«»‘’(]*$`)

// dangerService is the emergency number a service number d (811, 711 and 211 in the U.S., 111
// in the UK, 115 in Germany) is one slip from, where its sentence speaks of danger, an
// emergency or the police, ambulance or fire service, before it or after it, with no number
// between those words and it, or asks to dial it at once: "In immediate danger, call 811",
// "Call 811 if you are in danger", "Call 811 for the police", "Notruf: 115", "Call 811
// immediately" send a child's helper to the gas company or the town hall. Beside relay words ("TTY users in an emergency dial 711") it is the relay's.
func dangerService(d, before, after, country string, nums []Number) (Number, bool) {
	if len(d) > 4 || !services[d] && !serviceNumber(d, country) || phone.IsEmergency(d, country) {
		return Number{}, false
	}
	sentence, after := unnamed(sinceSentence(before), d, country), unnamed(toSentenceEnd(after), d, country)
	at, ok := dangerWordEnd(sentence, true)
	danger := ok && !hasDigit(sentence[at:])
	// a word of danger with a number before it in its clause names that number: "911 for
	// emergencies, 211 for food and housing"
	if clause := sentence[strings.LastIndexAny(sentence[:at], ",;:")+1 : at]; danger && (hasDigit(clause) || strings.Contains(clause, "{")) {
		danger = false
	}
	// after it, the words must end their clause ("if you are in danger.", "for the police."):
	// "emergency shelter", "in danger of losing your home" and "a police officer" name no
	// danger to dial it in; nor do they where another number follows ("ring 111, for the
	// police 101", "or {emergency} in an emergency": the police's, the emergency number's)
	if end, ok := dangerWordEnd(after, true); ok && !hasDigit(after) && !strings.Contains(after, "{") {
		next := strings.TrimLeft(after[end:], " \u00a0")
		r, _ := utf8.DecodeRuneInString(next)
		// or name the line of their service, as the number's ("121, the national emergency
		// number", "El 121 es el número de emergencias europeo")
		word := wordBefore(after[:end])
		of := clauseWords(after[:end-len(word)])
		if n := len(of); n > 0 && (of[n-1] == "de" || of[n-1] == "d" || of[n-1] == "di") {
			of = of[:n-1]
		}
		danger = danger || next == "" || unicode.IsPunct(r) || serviceLine.has(strings.ToLower(wordAfter(next))) || len(of) > 0 && lineNumber.has(of[len(of)-1])
	}
	// or its clause asks to dial it at once, for nothing it names ("Ligue imediatamente para o
	// 191", "तुरंत 121 पर कॉल करें"; not "Call 211 immediately for housing")
	clause := sentence[strings.LastIndexAny(sentence, ",;:")+1:]
	danger = danger || !hasDigit(clause) && (slices.ContainsFunc(clauseWords(clause), atOnce.has) || atOnce.has(strings.ToLower(wordAfter(after)))) && !purposeSaid(after)
	if !danger || relayWordRE().MatchString(sentence+" "+after) {
		return Number{}, false
	}
	for _, n := range nums {
		if n.Placeholder == "{emergency}" && phone.OneOff(d, n.Key) {
			return n, true
		}
	}
	return Number{}, false
}

// atOnce are the words that ask to dial a number at once: immediately, sofort, तुरंत (Hindi), உடனே
// (Tamil).
var atOnce = wordSet("immediately imediatamente inmediatamente immédiatement immediatamente sofort unverzüglich subito तुरंत तुरन्त फ़ौरन फौरन உடனே உடனடியாக অবিলম্বে فوراً فورا")

// dangerNamed are the names, holding a word of danger, of short numbers one slip from their
// country's emergency number: "le 119, Allô Enfance en Danger" names the line, not a danger to
// dial it in.
var dangerNamed = map[string]map[string][]string{
	"FR": {"119": {"enfance en danger"}, "115": {"urgence sociale", "hébergement d'urgence", "hébergement d’urgence"}},
	"IT": {"114": {"emergenza infanzia"}},
}

// unnamed is s with the names of the service d of country (dangerNamed) blanked, each byte a
// space, so that what is found in it is where it is in s.
func unnamed(s, d, country string) string {
	for _, name := range dangerNamed[strings.ToUpper(country)][d] {
		for i := 0; i+len(name) <= len(s); i++ {
			if strings.EqualFold(s[i:i+len(name)], name) {
				s = s[:i] + strings.Repeat(" ", len(name)) + s[i+len(name):]
			}
		}
	}
	return s
}

// serviceLine are the words that make a word of danger before them the name of a line: "the
// emergency number", "the emergency services line".
var serviceLine = wordSet("number line services service número numéro nummer numero")

// relayWordRE names a relay or textphone service.
var relayWordRE = lazyRE(`(?i)(?:^|[^\pL])(?:tty|tdd|relay|textphone|deaf|hard of hearing|sordo|sorda|sourd|malentendant|gehörlos|schwerhörig)`)

// inDanger reports whether before, the text up to a short number, ends in words that name
// danger or an emergency and need no verb to ask to dial it ("In an emergency, 912").
func inDanger(before string) bool {
	return dangerRE().MatchString(before[max(0, len(before)-90):])
}

// lengthSlip reports whether the digits d, after before and before after, are the emergency
// number with a digit dropped or added ("call the police on 99", "call Emergency Services
// 91", "call Triple Zero (00).", "(0000)", "call the police on 1011" for South Africa's
// 10111, "Ligue imediatamente para a Polícia Militar no 19"): right after a verb asking to
// dial and the service's name, ending a clause or going on to the sentence's next verb ("Call
// Triple Zero (00) and ask for the police", "no 19 e informe o endereço"), so that a count
// ("99 of 100 callers", "call 91 times"), an hour or an age passes.
func lengthSlip(after, before, d string, nums []Number) bool {
	if !slices.ContainsFunc(emergencyOnly(nums), func(n Number) bool {
		return (len(n.Key) == len(d)+1 || len(n.Key) == len(d)-1) && phone.OneOff(d, n.Key)
	}) {
		return false
	}
	before = sinceSentence(before)
	if !endsClause(after) && !dialNow()[strings.ToLower(wordAfter(after))] && !goesOn(after) {
		return false
	}
	// the verb, then at most four words naming the service (in capitals, or the police's,
	// the emergency services'), besides one saying when ("imediatamente"), then "on", "at" or
	// a bracket: not hours, ages or rooms the verb's sentence goes on to ("Call us between 9
	// and 11", "call back within 11")
	last := -1 // where the last word asking to dial ends: matches found apart, as one takes the space after it ("emergency call")
	for at := 0; at < len(before); {
		m := dialWordRE().FindStringIndex(before[at:])
		if m == nil {
			break
		}
		last, at = at+m[1], at+m[0]+1
	}
	if last < 0 {
		return false
	}
	words := strings.FieldsFunc(before[last:], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(":(", r) })
	words = slices.DeleteFunc(words, func(w string) bool { return dialNow()[strings.ToLower(w)] })
	if len(words) > 5 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !serviceWords()[strings.ToLower(w)] && !(i == len(words)-1 && (w == "on" || w == "at")) {
			return false
		}
	}
	return true
}

// goesOn reports whether after, the words after a number, go on with "and" or "then" to a word
// of the sentence's next clause ("and ask for the police", "e informe o endereço"), not to
// another number ("and 12").
func goesOn(after string) bool {
	ws := strings.Fields(strings.TrimLeft(after, ") \u00a0"))
	return len(ws) >= 2 && (andWords.has(strings.ToLower(ws[0])) || thenWords.has(strings.ToLower(ws[0]))) && !hasDigit(ws[1])
}

// andWords join a clause to the one before it: and, y, e, et, und.
var andWords = wordSet("and y e et und")

// dialNow are the words after a number that say when to dial it, not what it counts: "call the
// police on 9999 if you are in danger", "now", "immediately".
var dialNow = sync.OnceValue(func() map[string]bool {
	return wordMap("if when immediately now straight si immédiatement maintenant wenn falls sofort inmediatamente ahora enseguida cuando se subito imediatamente agora quando")
})

// serviceWords are the words naming the emergency services between a verb and their number,
// and the articles and prepositions before them and it, in the languages haven knows the
// police's name in (dangerLangs): "call the police on 99", "Llame a la policía al 91",
// "Rufen Sie die Polizei unter 11".
var serviceWords = sync.OnceValue(func() map[string]bool {
	m := wordMap("the police emergency services ambulance fire brigade department triple zero triple-zero nine-one-one nine-nine-nine one-one-two " +
		"a al la el los las le les au aux à der die den unter de het op o os ao pod na sa ang ng servicios secours rettungsdienst para no pela pelo i il ai dei")
	for _, l := range dangerLangs {
		for _, w := range l.police {
			if !strings.HasSuffix(w, "*") {
				m[w] = true
			}
		}
	}
	return m
})

// endsClause reports whether after, the text after a number, ends its clause: a closing
// bracket, punctuation or nothing, or another number to dial joined by "or" ("91 or {call}"),
// not a word that would make it a count or an age.
func endsClause(after string) bool {
	next := strings.TrimLeft(after, ") \u00a0")
	r, _ := utf8.DecodeRuneInString(next)
	return next == "" || strings.ContainsRune(".,;:!?)(", r) || askOr()[strings.ToLower(wordAfter(next))]
}

// countedAfter reports whether the words after two digits make them a count, not a number to
// dial: a plural or another word Counted reads, "of", "in" or "out of" ("91 of 100 callers",
// "99 in 100"), a unit of time ("11 year olds"), or a percent.
func countedAfter(after string) bool {
	next := strings.TrimLeft(after, " \u00a0")
	switch w := strings.ToLower(wordAfter(next)); {
	case strings.HasPrefix(next, "%"), Counted(after):
		return true
	case w == "of" || w == "in" || w == "out" || w == "de" || w == "sur" || w == "von" || w == "van" || w == "trong",
		w == "year" || w == "month" || w == "week" || w == "day" || w == "hour" || w == "minute" || w == "año" || w == "ans" || w == "jahre": // "11 year olds"
		return true
	}
	return false
}

// namedToCall reports whether the words right around a short number name it the number to call,
// with no verb asking to: "912 is the number to call", "The number to dial is 912", "Is 912 the
// number to ring?", "Le numéro à appeler est le 912". The phrase ends at most three words before
// the number or starts at most three words after it, in its sentence.
func namedToCall(before, after string) bool {
	return numberToCallBeforeRE().MatchString(sinceSentence(before)) || numberToCallAfterRE().MatchString(toSentenceEnd(after))
}

// lineSubject reports whether a short number begins its sentence, after an article at most, as
// the line that is or does what the verb after it says: "Le 3919 est gratuit", "988 connects
// you to a counselor", "El 016 es gratuito". A count takes a noun ("912 calls were made").
func lineSubject(before, after string) bool {
	if askedOfLine(before, after) {
		return true
	}
	if !opensSentence(before) {
		return false
	}
	// what it is or does, as only a line is or does: free, open, answering; not a count, an
	// area code, a room or a bus ("987 is the number of families", "Le 3918 est le nombre de
	// femmes", "588 is the bus")
	said := strings.TrimLeft(toSentenceEnd(after), " \u00a0")
	if strings.HasPrefix(said, "(") { // "Le 3929 (Violences Femmes Info) est gratuit": its name in brackets
		if i := strings.IndexByte(said, ')'); i > 0 {
			if callsItLine(said[1:i]) && strings.TrimSpace(said[i+1:]) == "" { // "- 989 (crisis line)"
				return true
			}
			said = said[i+1:]
		}
	}
	if strings.HasPrefix(said, ",") { // "Le 3929, Violences Femmes Info, est gratuit": its name between commas
		if i := strings.IndexByte(said[1:], ','); i > 0 && !hasDigit(said[:i+1]) && len(strings.Fields(said[:i+1])) <= 6 {
			said = said[i+2:]
		}
	}
	if strings.HasPrefix(said, ":") || strings.HasPrefix(said, "–") || strings.HasPrefix(said, "—") { // "Le 3929 : gratuit et anonyme"
		next := clauseWords(said)
		return len(next) > 0 && lineWhich.has(next[0]) || callsItLine(said) // "- 989: the crisis line"
	}
	unnamed := strings.TrimLeftFunc(afterName(said), unicode.IsSpace)
	if name := clauseWords(said[:len(said)-len(afterName(said))]); len(name) > 0 && lineNouns.has(name[len(name)-1]) && len(clauseWords(unnamed)) == 0 {
		return true // "989 Suicide & Crisis Lifeline": the line by its name
	}
	said = unnamed
	next := clauseWords(said)
	if len(next) > 1 && lineNouns.has(next[0]) { // "The 1773 line is free", "The 1747 helpline is free"
		next = next[1:]
	}
	if len(next) > 1 && (next[0] == "vous" || next[0] == "te" || next[0] == "vi" || next[0] == "ti" || next[0] == "c" && next[1] == "est") { // "Le 3919 vous écoute", "Il 1522 ti risponde", "Le 3919, c'est gratuit"
		next = next[1:]
	}
	if len(next) > 0 && lineAnswers.has(next[0]) {
		return true
	}
	if len(next) > 1 && koreanParticles.has(next[0]) && strings.HasPrefix(next[1], "무료") { // "1366은 무료입니다"
		return true
	}
	if len(next) > 0 && slavicWhich.has(next[0]) { // "Номер 1574 безкоштовний": Ukrainian and Russian say what it is with no verb
		return true
	}
	if len(next) < 2 {
		return false
	}
	verb, rest := next[0], slices.DeleteFunc(next[1:], func(w string) bool { return lineArticles.has(w) || w == "un" || w == "une" || w == "an" || w == "d" })
	if v, pronoun, ok := strings.Cut(verb, "-"); ok && (pronoun == "il" || pronoun == "elle") { // "Le 3919 est-il gratuit ?"
		verb = v
	}
	switch {
	case len(rest) == 0:
		return false
	case lineConnects.has(verb): // "998 connects you to a counselor", "1089 connects children in need with help", not "981 connects to I-5"
		return threatObjects.has(rest[0]) || connectsWhom.has(rest[0])
	case !lineIs.has(verb):
		return false
	case lineThere.has(rest[0]): // "989 is there for you", "Le 3114 est là"
		return true
	case forWords.has(rest[0]) || lineNouns.has(rest[0]): // "998 is for mental health crises", "1089 is CHILDLINE"
		return true
	case lineNumber.has(rest[0]):
		return len(rest) > 1 && lineWhich.has(rest[1])
	}
	// what it is, perhaps after when: "Die 989 ist rund um die Uhr erreichbar"; not past "of"
	for _, w := range rest[:min(5, len(rest))] {
		if countOfWords.has(w) {
			return false
		}
		if lineWhich.has(w) {
			return true
		}
	}
	return false
}

// callsItLine reports whether s, the words set after a number by a colon, a dash or brackets,
// names it a line in its first three words: "the crisis line", "Suicide & Crisis Lifeline",
// not what a line counts ("crisis line calls this year", "chiamate alla linea").
func callsItLine(s string) bool {
	ws := clauseWords(s)
	i := slices.IndexFunc(ws[:min(3, len(ws))], func(w string) bool { return lineNouns.has(w) || lineNumber.has(w) })
	return i >= 0 && (i+1 == len(ws) || !Counted(ws[i+1]) && !countOfWords.has(ws[i+1])) && // "3141 – numéro national", not "989: the number of calls"
		!slices.ContainsFunc(ws[:i], func(w string) bool { return Counted(w) }) // "1520: chiamate alla linea a marzo"
}

// askedOfLine reports whether a short number is what a question asks about as a line: whether
// it is free or open ("Is 989 free?", "Is the 989 line open at night?", "¿Es gratuito el
// 0016?"), or what it is ("What is 989?"), as a FAQ's headings ask.
func askedOfLine(before, after string) bool {
	rest, ok := inQuestion(after)
	if !ok {
		return false
	}
	asked := slices.DeleteFunc(clauseWords(sinceSentence(before)), lineArticles.has)
	said := slices.DeleteFunc(clauseWords(rest), func(w string) bool { return lineArticles.has(w) || lineNouns.has(w) })
	switch {
	case len(asked) == 1 && lineIs.has(asked[0]): // "Is 989 free?"
		return len(said) > 0 && lineWhich.has(said[0])
	case len(said) > 0:
		return false
	case len(asked) == 2 && lineIs.has(asked[0]) && lineWhich.has(asked[1]): // "¿Es gratuito el 0016?"
		return true
	case len(asked) == 2 && lineIs.has(asked[1]) && whatWords.has(asked[0]): // "What is 989?"
		return true
	}
	q := strings.Join(asked, " ")
	return q == "qu est-ce que" || q == "qu est-ce qu" // "Qu'est-ce que le 3919 ?"
}

// inQuestion reports whether a number's sentence is a question, after being the text after the
// number, and gives the sentence's rest up to its question mark.
func inQuestion(after string) (string, bool) {
	rest := toSentenceEnd(after)
	end := strings.TrimSpace(after[len(rest):])
	if end == "" { // the text's last sentence: "Is 989 free?" as a heading
		trimmed := strings.TrimRightFunc(rest, unicode.IsSpace)
		end, rest = trimmed[len(strings.TrimRight(trimmed, "?？؟")):], strings.TrimRight(trimmed, "?？؟")
	}
	return rest, strings.HasPrefix(end, "?") || strings.HasPrefix(end, "？") || strings.HasPrefix(end, "؟")
}

// whatWords ask what a thing is: "What is 989?", "¿Qué es el 0016?", "Qu'est-ce que le 3919 ?".
var whatWords = wordSet("what qué que was cosa")

// afterName is s past the capitalised words of a line's name that follow its number: "Lifeline is
// free" of "The 998 Lifeline is free", "Suicide & Crisis Lifeline is free".
func afterName(s string) string {
	rest := s
	for range 6 {
		w, more, _ := strings.Cut(strings.TrimLeftFunc(rest, unicode.IsSpace), " ")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) && w != "&" {
			break
		}
		rest = more
	}
	return rest
}

// clauseWords are the words of s in lower case, every other character apart, an apostrophe
// too: "d'urgence" is "d", "urgence"; "c'est" is "c", "est".
func clauseWords(s string) []string {
	return strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsMark(r) || r == '-' {
			return r
		}
		return ' '
	}, s)))
}

// opensSentence reports whether a number begins its sentence: before, the text up to it, has
// since the sentence's start an article or the word for number at most ("Le 3929", "Le
// numéro 3929", "998").
func opensSentence(before string) bool {
	return !slices.ContainsFunc(clauseWords(sinceSentence(before)), func(w string) bool { return !lineArticles.has(w) && !lineNumber.has(w) })
}

// The words of lineSubject: articles that may stand before a line's number ("le 3919", "el
// 016", "die 116 016"); the verbs that say a line answers or connects the reader, or is what
// follows; the word for number, and what a line is (free, open, national).
var (
	lineArticles = wordSet("the le la el il lo der die das o a ang")
	lineAnswers  = wordSet("answers répond écoute atiende atende risponde funciona funcionam działa працює работает")
	lineConnects = wordSet("connects puts conecta verbindet")
	lineIs       = wordSet("is est es ist è é ay")
	lineNumber   = wordSet("number numéro número numero nummer номер")
	slavicWhich  = wordSet("безкоштовний безкоштовна безкоштовно цілодобовий цілодобова анонімний анонімна бесплатный бесплатная бесплатно круглосуточный круглосуточная анонимный анонимная")
	lineThere    = wordSet("there here là")
	lineNouns    = wordSet("line helpline hotline lifeline childline textline youthline línea ligne linea हेल्पलाइन হেল্পলাইন")
	forWords     = wordSet("for pour para per für")
	connectsWhom = wordSet("te ti você people children kids callers survivors victims families parents teens youth women men anyone someone everyone personas niños niñas víctimas familias personnes enfants victimes familles")
	lineWhich    = wordSet("free toll-free gratuit gratuite gratuito gratuita gratis kostenlos kostenfrei bukas libre anonymous anonyme anónimo anónima anonimo anonima anônimo confidential confidentiel confidentielle confidencial confidenziale vertraulich open ouvert ouverte abierto abierta aberto aperto available disponible disponibile disponível national nationale nacional nazionale unique único unico vert écoute joignable reachable erreichbar raggiungibile")
)

// numberToCall is a phrase naming a number the one to call or text, in the languages haven
// knows the words of.
const numberToCall = `(?:numbers?[\s\p{Zs}]+(?:to|you(?:[\s\p{Zs}]+(?:can|should|need[\s\p{Zs}]+to))?)[\s\p{Zs}]+(?:call|dial|ring|phone|text)|número[\s\p{Zs}]+(?:al[\s\p{Zs}]+que|para|a|que)[\s\p{Zs}]+(?:llamar|marcar|ligar|discar)|numéro[\s\p{Zs}]+à[\s\p{Zs}]+(?:appeler|composer)|nummer[\s\p{Zs}]+(?:zum[\s\p{Zs}]+anrufen|zu[\s\p{Zs}]+wählen)|numero[\s\p{Zs}]+da[\s\p{Zs}]+(?:chiamare|comporre)|số[\s\p{Zs}]+(?:cần|để|phải)[\s\p{Zs}]+gọi|numerong[\s\p{Zs}]+(?:tatawagan|tawagan))`

var (
	numberToCallBeforeRE = lazyRE(`(?i)(?:^|[^\pL])` + numberToCall + `(?:[\s\p{Zs}:]+[\pL'’]+){0,3}[\s\p{Zs}:"“«(]*$`)
	numberToCallAfterRE  = lazyRE(`(?i)^[\s\p{Zs},]*(?:[\pL'’]+[\s\p{Zs}]+){0,3}` + numberToCall + `(?:$|[^\pL])`)
)

// calledLast reports whether the words right after a number are a German verb of calling that
// ends its clause ("Im Notfall sofort 113 anrufen", "die 113 zu wählen"), or the particle of a
// separable one whose stem comes before ("Rufen Sie im Notfall die 113 an").
func calledLast(before, after string) bool {
	words := strings.Fields(strings.ToLower(after[:min(len(after), 40)]))
	if len(words) > 1 && words[0] == "zu" {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	switch strings.TrimRight(words[0], ".,;:!?)") {
	case "anrufen", "anzurufen", "wählen":
		return true
	case "an":
		return rufRE().MatchString(sentenceBefore(before))
	}
	return false
}

// rufRE is the stem of the German separable verb anrufen, before its object ("Rufen Sie ... an").
var rufRE = lazyRE(`(?i)(?:^|[^\pL])(?:rufen|ruft|ruf)(?:$|[^\pL])`)

// dialAfter are the phrases that ask to call (verbs) or text (texts) the number right before
// them, in the languages whose verb follows its object: a particle or the word for number,
// perhaps a space, and a verb ("912に電話", "912번으로 전화", "912 ላይ ይደውሉ", "112'yi arayın",
// "22 875 310 numarasını arayın", "0808 2000 247 پر کال کریں", "با 111 تماس بگیرید", "999 را
// بگیرید", "1234번으로 문자"). Where whole is set, a verb ends at its word's end ("arayın", not
// "arayınca"); elsewhere it runs on into its endings ("전화하세요", "電話してください", "ይደውሉልን").
var dialAfter = []afterPhrases{
	{[]string{"に", "へ", "まで", "番に", "番へ", "番まで", "番"}, []string{"電話", "お電話", "連絡", "ご連絡", "通報"}, []string{"ショートメール", "ショートメッセージ", "SMS"}, false}, // Japanese
	{[]string{"에", "에서", "로", "으로", "번에", "번에서", "번으로"}, []string{"전화", "연락", "신고", "문의", "도움", "상담"}, []string{"문자"}, false},                    // Korean: "1366에서 도움을 받으세요", help at 1366
	{[]string{"", "ላይ"}, []string{"ይደውሉ", "ደውሉ", "ደውል", "ደውይ"}, []string{"መልዕክት ይላኩ", "መልእክት ይላኩ", "የጽሑፍ መልዕክት", "መልእኽቲ ስደዱ"}, false},            // Amharic, Tigrinya
	{[]string{"", "numarasını", "numarayı", "numaralı telefonu", "hattını", "numarasına", "numaraya", "hattına"},
		[]string{"arayın", "arayınız", "arayabilirsiniz", "arayabilirsin", "tuşlayın"}, []string{"SMS gönderin", "SMS atın", "mesaj gönderin", "mesaj atın", "kısa mesaj"}, true}, // Turkish
	{[]string{"", "را"}, []string{"تماس بگیرید", "تماس بگیر", "زنگ بزنید", "بگیرید", "شماره\u200cگیری کنید"}, []string{"پیامک بدهید", "پیامک بزنید", "پیامک بفرستید"}, true}, // Persian
	{[]string{"", "پر", "کو"}, []string{"کال کریں", "فون کریں", "رابطہ کریں", "ڈائل کریں"}, []string{"میسج کریں", "ٹیکسٹ کریں", "ایس ایم ایس کریں"}, true},                   // Urdu
	{[]string{"", "पर", "को"}, []string{"कॉल करें", "फ़ोन करें", "फोन करें", "संपर्क करें", "डायल करें"}, []string{"मैसेज करें", "एसएमएस करें", "एसएमएस भेजें"}, true},       // Hindi
	// the number then the means, in languages whose verb comes first: "or {text} by text",
	// "le 114 par SMS", "al 016 por WhatsApp" (a messenger's, which asks no text message, is none)
	{[]string{""}, nil, []string{"by text", "by SMS", "by sms", "via text", "via SMS", "via sms", "par SMS", "par sms", "par texto",
		"por SMS", "por sms", "por mensaje", "por texto", "per SMS", "per sms", "bằng tin nhắn", "qua tin nhắn"}, true},
	{[]string{"", "নম্বরে", "নম্বরেও", "নম্বর", "এ", "তে"}, []string{"ফোন করুন", "কল করুন", "যোগাযোগ করুন", "কল করতে", "ফোন করতে"}, []string{"এসএমএস করুন", "মেসেজ করুন", "এসএমএস পাঠান"}, true}, // Bengali
	// the languages below: a verb runs on into its endings, as Japanese's does, where they are
	// many (Pashto ووهئ, ووهه, ووهی); elsewhere the forms that ask are written out, as a stem
	// would run on into its nouns too ("912 அழைப்புகள்", 912 calls)
	{[]string{"", "ته", "شمېرې ته", "شمیرې ته"}, []string{"زنګ ووه", "اړیکه ونیس", "تماس ونیس", "ټیلیفون وکړئ", "ټیلیفون وکړه", "تلیفون وکړئ"}, []string{"پیغام واستو", "پیغام ولېږ", "پیغام ولیږ", "مسیج وکړ", "اېس اېم اېس"}, false}, // Pashto
	{[]string{""}, []string{"پەیوەندی بکە", "تەلەفۆن بکە", "زەنگ لێبدە", "زەنگ بدە"}, []string{"نامە بنێر", "کورتەنامە بنێر", "مەسج بنێر"}, false},                                                                                     // Sorani Kurdish
	{[]string{"", "ê", "yê", "re", "ê re", "yê re"}, []string{"bigerin", "bigere", "têkilî daynin", "telefon bikin", "telefon bike", "bikin"}, []string{"peyamek bişînin", "peyam bişînin", "SMS bişînin"}, false},                     // Kurmanji
	{[]string{"", "تي", "تى", "کي", "کى", "نمبر تي", "نمبر تى"}, []string{"فون ڪر", "فون کر", "ڪال ڪر", "کال کر", "رابطو ڪر", "رابطو کر"}, []string{"ميسيج ڪر", "میسیج ڪر", "پيغام موڪل", "پیغام موڪل", "ايس ايم ايس"}, false},         // Sindhi
	{[]string{"", "تے", "نوں", "نمبر تے"}, []string{"فون کرو", "کال کرو", "رابطہ کرو"}, []string{"میسج کرو", "میسج بھیجو"}, false},                                                                                                     // Punjabi in Shahmukhi
	{[]string{"", "मा", "नम्बरमा", "नम्बर मा"}, []string{"फोन गर्नु", "कल गर्नु", "सम्पर्क गर्नु", "डायल गर्नु"}, []string{"एसएमएस पठाउनु", "म्यासेज गर्नु", "सन्देश पठाउनु"}, false},                                                  // Nepali
	{[]string{"", "वर", "ला", "क्रमांकावर", "नंबरवर"}, []string{"फोन करा", "कॉल करा", "संपर्क साधा", "संपर्क करा"}, []string{"एसएमएस पाठवा", "मेसेज करा", "संदेश पाठवा"}, false},                                                       // Marathi
	{[]string{"", "પર", "ને", "નંબર પર"}, []string{"ફોન કરો", "કૉલ કરો", "કોલ કરો", "સંપર્ક કરો"}, []string{"એસએમએસ કરો", "મેસેજ કરો", "સંદેશ મોકલો"}, false},                                                                          // Gujarati
	{[]string{"", "'ਤੇ", "’ਤੇ", "ਤੇ", "ਨੂੰ", "ਨੰਬਰ 'ਤੇ", "ਨੰਬਰ ’ਤੇ", "ਨੰਬਰ ਤੇ"}, []string{"ਫ਼ੋਨ ਕਰੋ", "ਫੋਨ ਕਰੋ", "ਕਾਲ ਕਰੋ", "ਸੰਪਰਕ ਕਰੋ"}, []string{"ਮੈਸੇਜ ਕਰੋ", "ਐਸਐਮਐਸ ਕਰੋ", "ਸੁਨੇਹਾ ਭੇਜੋ"}, false},                                   // Punjabi in Gurmukhi
	{[]string{"", "ஐ", "க்கு", "என்ற எண்ணை", "என்ற எண்ணுக்கு", "எண்ணை", "எண்ணுக்கு"}, []string{"அழைக்கவும்", "அழையுங்கள்", "அழைக்கலாம்", "தொடர்பு கொள்ளவும்", "தொடர்பு கொள்ளுங்கள்", "போன் செய்யவும்", "போன் செய்யுங்கள்", "கால் செய்யவும்", "கால் செய்யுங்கள்"}, []string{"குறுஞ்செய்தி அனுப்பவும்", "குறுஞ்செய்தி அனுப்புங்கள்", "எஸ்எம்எஸ் அனுப்பவும்", "மெசேஜ் அனுப்பவும்"}, false}, // Tamil
	{[]string{"", "కి", "కు", "నంబర్\u200cకు", "నంబరుకు", "నంబర్కు"}, []string{"కాల్ చేయండి", "కాల్ చేయవచ్చు", "ఫోన్ చేయండి", "సంప్రదించండి"}, []string{"సందేశం పంపండి", "ఎస్ఎంఎస్ పంపండి", "మెసేజ్ చేయండి"}, false},                                                                                                                                                                    // Telugu
	{[]string{"", "ಗೆ", "ಕ್ಕೆ", "ಸಂಖ್ಯೆಗೆ"}, []string{"ಕರೆ ಮಾಡಿ", "ಫೋನ್ ಮಾಡಿ", "ಸಂಪರ್ಕಿಸಿ"}, []string{"ಸಂದೇಶ ಕಳುಹಿಸಿ", "ಎಸ್ಎಂಎಸ್ ಮಾಡಿ"}, false},                                                                                                                                                                                                                                         // Kannada
	{[]string{"", "ൽ", "ലേക്ക്", "എന്ന നമ്പറിൽ", "നമ്പറിൽ"}, []string{"വിളിക്കുക", "വിളിക്കൂ", "വിളിക്കാം", "ബന്ധപ്പെടുക", "ബന്ധപ്പെടൂ", "ബന്ധപ്പെടാം"}, []string{"സന്ദേശം അയയ്ക്കുക", "എസ്എംഎസ് അയയ്ക്കുക", "മെസേജ് അയയ്ക്കുക"}, false},                                                                                                                                                // Malayalam
	{[]string{"", "ට", "අංකයට"}, []string{"අමතන්න", "ඇමතුමක් ගන්න", "කතා කරන්න", "සම්බන්ධ වන්න"}, []string{"කෙටි පණිවිඩයක් යවන්න", "SMS කරන්න", "එස්එම්එස් කරන්න"}, false},                                                                                                                                                                                                              // Sinhala
	{[]string{"", "ကို", "သို့", "နံပါတ်ကို"}, []string{"ဖုန်းဆက်ပါ", "ဖုန်းခေါ်ပါ", "ခေါ်ဆိုပါ", "ဆက်သွယ်ပါ"}, []string{"မက်ဆေ့ချ်ပို့ပါ", "စာတိုပို့ပါ", "SMS ပို့ပါ"}, false},                                                                                                                                                                                                        // Burmese
	{[]string{"", "руу", "рүү", "дугаарт", "дугаар руу"}, []string{"залгана уу", "залгаарай", "залгаж", "холбогдоно уу", "холбогдоорой"}, []string{"мессеж илгээнэ үү", "мессеж илгээгээрэй"}, false},                                                                                                                                                                                   // Mongolian
	{[]string{"", "ga", "raqamiga"}, []string{"qo'ng'iroq qiling", "qo‘ng‘iroq qiling", "qoʻngʻiroq qiling", "telefon qiling", "murojaat qiling"}, []string{"SMS yuboring", "xabar yuboring"}, false},                                                                                                                                                                                   // Uzbek
	{[]string{"", "нөміріне", "нөмірі бойынша"}, []string{"қоңырау шалыңыз", "хабарласыңыз"}, []string{"SMS жіберіңіз", "хабарлама жіберіңіз"}, false},                                                                                                                                                                                                                                  // Kazakh
	{[]string{"", "nömrəsinə", "nömrəyə"}, []string{"zəng edin", "zəng vurun", "müraciət edin"}, []string{"SMS göndərin", "mesaj göndərin"}, false},                                                                                                                                                                                                                                     // Azerbaijani
}

// afterPhrases are a language's row of dialAfter.
type afterPhrases struct {
	particles, verbs, texts []string
	whole                   bool
}

// dialledAfter reports whether after, the text after a number, starts with a phrase of
// dialAfter that asks to call or text it.
func dialledAfter(after string) bool {
	return saidAfter(after, func(l afterPhrases) []string {
		if l.verbs == nil { // the means alone ("912 by text") follows a count as well ("1,200 by phone and 912 by text")
			return nil
		}
		return slices.Concat(l.verbs, l.texts)
	})
}

// callNounAfter reports whether after, the text after a number, starts with the call to it
// named as a noun, not the verb that asks for it (dialledAfter), in the languages whose verb follows the number and whose phrases end at a
// word's end (dialAfter's whole rows): "1089 पर कॉल ... मुफ़्त है" (a call to 1089 is free), as
// "Calls to 1089" (callsToRE).
func callNounAfter(after string) bool {
	return !dialledAfter(after) && saidAfter(after, func(l afterPhrases) []string {
		if !l.whole {
			return nil // a stem there runs on into its nouns: "912 அழைப்புகள்" counts calls
		}
		var nouns []string // after the particle that makes it a call to the number: "1089 कॉल" counts calls
		for _, v := range l.verbs {
			for _, p := range l.particles {
				if n, _, ok := strings.Cut(v, " "); ok && p != "" {
					nouns = append(nouns, p+" "+n)
				}
			}
		}
		return nouns
	})
}

// TextedAfter reports whether after, the text after a number, starts with a phrase of
// dialAfter that asks to text it ("1234번으로 문자 보내세요"): its link opens a text message, as
// one the words before it ask to text does (AsksToText).
func TextedAfter(after string) bool {
	return saidAfter(after, func(l afterPhrases) []string { return l.texts })
}

// saidAfter reports whether after starts with a phrase of dialAfter among those said picks
// from a row; a case ending written against the number with an apostrophe or a hyphen
// ("112'yi", "112-ka") comes first.
func saidAfter(after string, said func(afterPhrases) []string) bool {
	after = after[caseEnd(after):]
	after = strings.TrimLeft(after, " \u00a0")
	for _, l := range allAfter() {
		phrases := said(l)
		for _, p := range l.particles {
			if rest, ok := strings.CutPrefix(after, p); ok && (p == "" || !l.whole || !startsLetter(rest)) {
				rest = strings.TrimLeft(rest, " \u00a0")
				if slices.ContainsFunc(phrases, func(v string) bool { r, ok := strings.CutPrefix(rest, v); return ok && (!l.whole || !startsLetter(r)) }) {
					return true
				}
			}
		}
	}
	return false
}

// caseEnd is the length of the case ending s starts with, written against a number before
// it: "'yi" of "112'yi", "-ka", its marks too ("-க்கு"); 0 where there is none.
func caseEnd(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	if r != '\'' && r != '’' && r != '-' {
		return 0
	}
	n := size + strings.IndexFunc(s[size:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	if n < size { // letters to the end
		n = len(s)
	}
	if n == size { // the mark with no letter after it
		return 0
	}
	return n
}

// startsLetter is whether s starts with a letter.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// dialVerbsUnspaced are dialVerbs in scripts written without spaces, where the word before
// is no boundary: "请拨打912", "发短信到912", Thai "โทร 1300", Lao "ໂທຫາ 1362", Khmer "ហៅទៅលេខ
// 1280".
const dialVerbsUnspaced = `(` + callVerbsUnspaced + `|短信到|短信至|短信给|短信給|簡訊到|电话|電話|紧急|緊急|拨|撥|联系|聯繫|聯絡|联络|โทรไปที่|โทรหา|โทร|ໂທຫາເບີ|ໂທຫາ|ໂທ|ទូរស័ព្ទទៅលេខ|ទូរស័ព្ទទៅ|ទូរស័ព្ទមកលេខ|ទូរស័ព្ទមក|ហៅទៅលេខ|ហៅទៅ|ហៅមកលេខ|ហៅមក|ហៅ|ទូរស័ព្ទ)`

// AsksBefore reports whether word, a word written before a number, is one of dialVerbsUnspaced,
// which asks to call or text it in a script written without spaces ("โทร 911"): layout keeps
// the two on one line. The layout asks it of every word, so it is a lookup, not the pattern.
func AsksBefore(word string) bool { return unspacedAsks.has(word) }

var unspacedAsks = wordSet(strings.NewReplacer("(", "", ")", "", "|", " ").Replace(dialVerbsUnspaced))

// callVerbsUnspaced are the verbs of dialVerbsUnspaced that ask for a voice call, the longest
// first: the others are nouns (电话, phone; 紧急, emergency) or dial alone (拨).
const callVerbsUnspaced = `拨打|撥打|致电|致電|呼叫|打电话给|打電話給|打电话|打電話|打给|打給`

// joined are the conjunctions Arabic writes joined to the verb after them: "فاتصل" (then
// call), "واتصلوا" (and call).
const joined = `[وف]?`

// services are short numbers that stand beside emergency and crisis lines and are one slip
// from them (211 community services, 711 relay, 112 and 999 abroad): written where they
// belong, they are no typo. So are the emergency numbers of the country.
var services = map[string]bool{"112": true, "211": true, "311": true, "411": true, "511": true, "611": true, "711": true, "811": true, "999": true, "000": true}

// keys are the digit strings a run may stand for: as written, and for a U.S. number without
// its leading 1 also with it, so a slip in "888-373-7888" is found as in "1-888-373-7888";
// a relay number also as the line it connects to ("18001 0808 2000 247": 448082000247,
// "18001 116 123": 116123), its digits right or not, so a slip in it is found; a
// number written with + or the international prefix as the library reads it, so "0044 808 2000
// 247" and "+44 (0)808 2000 247" are 448082000247.
func keys(d string, country string, plus bool) []string {
	out := []string{d}
	written := d
	if plus {
		written = "+" + d
	}
	if k, ok := phone.International(written, country); ok {
		return append(out, k)
	}
	if rest, ok := phone.AfterRelay(d, country); ok && !plus && rest != "" && !phone.IsEmergency(rest, country) {
		if rest[0] == '0' {
			return append(out, fmt.Sprint(phone.CountryCode(country))+rest[1:])
		}
		return append(out, rest) // a short line's: "18001 116 123" reaches 116 123
	}
	switch cc := phone.CountryCode(country); {
	case plus || len(d) < 6:
	case cc == 1 && len(d) >= 8 && d[0] != '1':
		out = append(out, "1"+d)
	case cc != 1 && len(d) >= 8 && d[0] == '0':
		out = append(out, fmt.Sprint(cc)+d[1:])
		if k, ok := phone.AfterCarrier(d, country); ok { // "0 21 11 3256-4781": a carrier's code, then the number
			out = append(out, k)
		}
	case cc != 1 && d[0] != '0':
		// a national number without a trunk 0, such as Australia's 13 11 14, or with another
		// trunk prefix, such as Russia's 8 (8-800-7000-600)
		if n, err := phone.Parse(d, country); err == nil && (n.Key() == fmt.Sprint(cc)+d || len(d) >= 8) {
			out = append(out, n.Key())
		}
	}
	return out
}

// slip is a number written one slip away from a configured one, or a vanity number whose
// letters and digits in brackets disagree (wrong says how).
type slip struct {
	written string // as written in the text
	digits  string // as read: written with its digits in ASCII, or ""
	at      int    // where written starts in the text
	near    Number
	alone   bool // a short number read as one to dial by standsAlone
	broken  bool // by a line break, which each kind of file writes its own way (brokenHint)
	glued   bool // after other digits with only a space between: a placeholder there prints one number with them
	wrong   string
	hint    string // what to write instead, with wrong
}

// slips finds numbers in text that are one slip from a configured number. prose says the
// text is a sentence: there a number of four digits or fewer counts where the text asks to
// call or text it ("Call 912", "call the police at 912", "call 911 or 998"), or where it stands
// alone as a number to dial does ("ring 912 at once", "llamen al 912.", "danger: “912”"), so
// counts ("912 calls"), years, addresses and extensions pass. In codes, keywords and web
// addresses every run of five or more digits counts. Numbers are read as plainOf reads them.
func slips(text, country string, nums []Number, prose bool) []slip {
	var spelled []slip
	if prose && len(nums) > 0 {
		spelled = spelledSlips(text, country, nums)
	}
	if len(nums) == 0 || !hasNumber(text) && !hasRaised(text) {
		return spelled // most texts hold no digit, so no number: no pattern need look at them
	}
	found := digitSlips(text, country, nums, prose)
	spelled = slices.DeleteFunc(spelled, func(s slip) bool { // read in digits too: "9, 1, 2" of a list
		return slices.ContainsFunc(found, func(f slip) bool { return f.at == s.at })
	})
	return append(spelled, found...)
}

// digitSlips is slips of the numbers written in digits (or characters that print as digits).
func digitSlips(text, country string, nums []Number, prose bool) []slip {
	// the runs are found on runes: bytes that are no UTF-8 (refused on load, but a code or an
	// address may hold them) become one rune each first, so both count the text alike
	p := plainOf(strings.ToValidUTF8(text, "\uFFFD"))
	text = p.text
	if mayHaveExt(text) {
		for _, m := range extRE().FindAllStringIndex(text, -1) {
			if !measured(text[:m[0]], text[m[0]:]) {
				text = text[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + text[m[1]:]
			}
		}
	}
	var out []slip
	if prose {
		if p.text != p.orig {
			out = append(out, mixedDigits(p, text, country)...)
		}
		ls := letterDigits(p, text, country, nums)
		for _, l := range ls {
			out = append(out, slip{written: p.original(l.at, l.end), at: p.from(l.at), wrong: l.message(p, text)})
		}
		text = typedAsDigits(text) // the number it was meant to be is checked as any other
		for _, l := range ls {
			if l.pos < len(text) && !isDigit(text[l.pos]) { // a letter letterSet read (9-l-1, 8878B): said already
				text = text[:l.pos] + string(l.digit) + text[l.pos+1:]
			}
		}
		for _, l := range letterAmong(text, country, nums) {
			written := strings.TrimSpace(p.original(l.at, l.end))
			r, _ := utf8.DecodeRuneInString(p.orig[p.from(l.pos):])
			hint := rightHint(l.near)
			wrong := fmt.Sprintf("%s has %s among its digits: a likely typo of %s", diag.Whole(written), letterName(r), l.near)
			if ext := text[l.pos+1 : l.end]; (r == 'x' || r == 'X') && len(ext) <= 5 && strings.Trim(ext, "0123456789") == "" && phone.Digits(text[l.at:l.pos]) == phone.Digits(l.near.Written) {
				// an extension written against the number, which would be read as one number
				n := cmp.Or(l.near.Placeholder, l.near.Written)
				wrong = fmt.Sprintf("%s writes an extension against %s", diag.Whole(written), l.near)
				hint = fmt.Sprintf("set it apart: \"%s x%s\" or \"%s, ext. %s\" (a link calls the number; the reader dials the extension)", n, ext, n, ext)
			}
			out = append(out, slip{written: written, at: p.from(l.at), wrong: wrong, hint: hint})
			text = text[:l.at] + strings.Repeat(" ", l.end-l.at) + text[l.end:] // refused whole: no slip of its own
		}
	}
	for _, at := range starredNumbers(text, country, nums) {
		written := text[at[0]:at[1]]
		marks := written[strings.IndexAny(written, "*_"):]
		run := marks[:len(marks)-len(strings.TrimLeft(marks, marks[:1]))] // "**" of "9**8**9"
		bare := strings.NewReplacer("*", "", "_", "").Replace(written)
		w := slip{written: p.original(at[0], at[1]), at: p.from(at[0]),
			wrong: fmt.Sprintf("%s has %s among its digits, which would print in the number as written", diag.Whole(written), run),
			hint:  "take them out: " + bare}
		if c := keys(phone.Digits(bare), country, false); !exact(c, nums) {
			n, _ := near(c, nums)
			w.near, w.hint = n, rightHint(n)
			w.wrong += fmt.Sprintf("; and %s is one slip away from %s", bare, n)
		}
		out = append(out, w)
		text = text[:at[0]] + strings.Repeat(" ", at[1]-at[0]) + text[at[1]:] // refused whole: no slip of its own
	}
	raisedOut, refused := raisedDigits(p, text, country, nums, prose)
	out = append(out, raisedOut...)
	for _, r := range refused { // refused whole, its ordinary digits are no number of their own
		text = text[:r.at] + strings.Repeat(" ", r.end-r.at) + text[r.end:]
	}
	text = joinGroups(carrierChoice(text, country), country, nums)
	read := 0    // where the runs read so far end: a vanity word may take in the next run
	var last run // the run before, read
	for _, r := range numberRuns(text) {
		if r.at < read {
			continue
		}
		r = vanityAbroad(text, r, country, nums)
		r = countLast(text, r)
		r = clockFirst(text, r)
		end := r.at + len(r.text)
		read = end
		prev := last
		last = r
		if prose && prev.text != "" && tailGapRE().MatchString(text[prev.at+len(prev.text):r.at]) {
			if w, ok := tailSlip(prev, strings.TrimSpace(p.original(r.at, end)), r.digits, country, nums); ok { // "Call 1-800-799-7233 (or 7234)"
				w.at = p.from(r.at)
				out = append(out, w)
				continue
			}
		}
		if roundTheClock(r.text) {
			continue // "24/7" is when a line answers, no number: Austria's 147 is no slip of it
		}
		if prose && (idLabelled(text[:r.at]) || calendarDate(r.text) || postalCode(text[:r.at], r.text, text[end:]) || measured(text[:end], text[end:]) || groupOfCount(text, r.at, end)) {
			continue // "P.O. Box 1195-00100", "EIN 95-1234567", "Reg. No. 10989", "11.6.2016", "39190 Beaurepaire", "210 x 297 mm", "12,009건": no number to dial
		}
		found := slip{written: strings.TrimSpace(p.original(r.at, end)), at: p.from(r.at)}
		if t := strings.TrimSpace(r.text); t != found.written && t != carrierChoice(found.written, country) { // not "0xx11" read as "0  11"
			found.digits = t
		}
		if p.inside(p.breaks, r.at, end) || p.inside(p.apart, r.at, end) && exactAcross(p, text, r, country, nums, prose) {
			out = append(out, found.brokenAcross())
		}
		if p.inside(p.marks, r.at, end) {
			w := found
			w.wrong = fmt.Sprintf("%s is partly in bold or italic: a number prints in one face, and on a right-to-left page its parts would be read apart", diag.Whole(found.written))
			w.hint = "put the ** or * around the whole number, or take them out"
			out = append(out, w)
		}
		var spelled string // a vanity number, as it dials
		if r.vanity != "" {
			n, err := phone.Parse(r.text, country)
			if err != nil {
				if _, verr := phone.Parse(r.vanity, country); verr == nil {
					found.wrong = err.Error()
					out = append(out, found)
					continue
				}
			}
			spelled = n.Key()
		} else if strings.IndexFunc(r.text, isWordRune) >= 0 {
			if n, err := phone.Parse(r.text, country); err == nil {
				spelled = n.Key()
			}
		}
		if n, v, ok := vanitySlip(text, r, nums); ok {
			found.written, found.near = strings.TrimSpace(p.original(r.at, v)), n
			out = append(out, found)
			continue
		}
		if n, ok := vanityLetterSlip(r, nums); ok {
			found.near = n
			out = append(out, found)
			continue
		}
		if n, v, c, ok := vanityOtherScript(text, r, nums); ok {
			found.written, found.near = strings.TrimSpace(p.original(r.at, v)), n
			found.wrong = fmt.Sprintf("%s is one slip away from %s %s; a likely typo: its word has %q (U+%04X), a %s letter, not a Latin one, which no keypad has, so the number is neither dialled nor checked", diag.Whole(found.written), n.Field, n.Written, c, c, ScriptOf(c))
			found.hint = "type its word again in Latin letters: " + n.Written
			out = append(out, found)
			continue
		}
		if n, ok := keypadSlip(r.digits, nums); ok && strings.IndexFunc(r.text, isWordRune) >= 0 { // "1800RESPCT" for 1800 737 732
			found.near = n
			out = append(out, found)
			continue
		}
		if parts := strings.Split(r.text, "/"); len(parts) == 2 { // "1-800-799-7233/7234": the line and an ending that makes a slip of it
			line := run{text: parts[0], digits: phone.Digits(parts[0]), plus: strings.HasPrefix(strings.TrimSpace(parts[0]), "+")}
			if w, ok := tailSlip(line, strings.TrimSpace(parts[1]), phone.Digits(parts[1]), country, nums); ok {
				w.at = found.at
				out = append(out, w)
				continue
			}
		}
		if part, n, ok := pairSlip(r.text, country, nums); ok { // "988/989": the line and a slip of it, side by side
			found.written, found.near = part, n
			out = append(out, found)
			continue
		}
		if w, ok := retiredSlip(r.text, found.written, country, nums); ok {
			w.at = found.at
			out = append(out, w)
			continue
		}
		if prose && ownSubscriber(r.digits, nums) {
			continue // "678 8858" of "(01) 678 8858", as its own area dials it: no slip, and a trunk 0 before it would make another place's number
		}
		if n, whole, ok := localSlip(r, text[end:], country, nums); prose && ok { // "5658 1121" of +52 55 5658 1112
			found.near = n
			found.wrong = fmt.Sprintf("%s is one slip away from %s, written without its area code; a likely typo", diag.Whole(found.written), n)
			found.hint = fmt.Sprintf("%s; if %s is another of your own numbers, list it whole, with its area code, in settings.yaml under organisation: as other_numbers: [%s]", rightHint(n), found.written, yamlQuoted(whole))
			out = append(out, found)
			continue
		}
		if w := trunkSlip(r, country, nums, prose); w.wrong != "" && !ownSubscriber(phone.Digits(w.written), nums) { // "611 03 00" of "030/611 03 00"
			w.at = found.at
			out = append(out, trunkLeftOutOf(w, country, nums))
			continue
		}
		if w, ok := prefixedOwn(r, country, nums, prose); ok { // "0800 116 016" for 116 016
			w.at = found.at
			out = append(out, w)
			continue
		}
		if n, ok := tailSlip116(r, country, nums); prose && ok { // "08000 116 061" for 116 016, "116 061" for 08000 116 016
			found.near = n
			out = append(out, found)
			continue
		}
		if msg, hint := codeWithoutPlus(r.text, country); prose && msg != "" && !Counted(text[end:]) && !inAddress(text, r.at) { // dialforms.go
			out = append(out, slip{written: found.written, at: found.at, wrong: msg, hint: hint})
			continue
		}
		if w := codeForm(r, found.written, country, nums); w.wrong != "" { // dialforms.go
			w.at = found.at
			out = append(out, w)
			continue
		}
		if w, ok := plusShort(r, country, nums); ok {
			out = append(out, w.as(found))
			continue
		}
		if w, ok := plusWithoutCode(r, text[end:], country, nums); ok {
			out = append(out, w.as(found))
			continue
		}
		if strings.HasSuffix(text[:r.at], "*") {
			continue // "*1210": a star number is another line than its digits (Israel's), and no setting has one
		}
		d := r.digits
		nums := nums
		hash := r.hashed()
		if w, ok := foreignEmergency(text, r, found.written, d, country, nums, prose && !hash); ok { // dialforms.go
			w.at = found.at
			out = append(out, w)
			continue
		}
		if hash {
			nums = dialledWithHash(nums) // "#9110" is no slip of 110: the # makes it another line
		}
		dropped, hashDropped := droppedHash(d, nums, hash)
		if _, ok := near([]string{d}, nums); len(d) <= 4 && !ok && !hashDropped {
			if w, ok := unanswered(found, r, text, d, country, nums, prose); ok { // "call or text 989" beside no 988 of the organisation's own
				out = append(out, w)
			}
			continue // no slip of the organisation's numbers: what the words around it say does not matter
		}
		bare := strings.Trim(r.text, "()") == d || spacedDigits(text, r) // "9 1 2" spelled out digit by digit, as a number is said
		if prose && len(d) <= 4 && bare && (Counted(text[end:]) && !lineBefore(text[:r.at]) || rangeTo().MatchString(text[end:]) || strings.EqualFold(wordAfter(text[end:]), "area")) ||
			prose && (len(d) == 5 && bare || len(d) <= 5 && thousandsRE().MatchString(r.text)) && Counted(text[end:]) {
			continue // "call 191 landlords", "call 98 times", "We helped 10980 children", "15.901 κλήσεις": a count; "de 16 a 20 h": a range's start; "a 212 area code"
		}
		// the words before a number that ask to dial it are near it: the patterns look no
		// further back than a sentence's length, so a long paragraph of numbers takes no longer
		// to read than its sentences
		before := text[max(0, r.at-300):r.at]
		called := prose && (askedToDial(before, text[end:]) || len(d) >= 3 && keyedIn(before)) && !(len(d) <= 4 && bare && streetAfter(text[end:]))
		if prose && !called && len(d) >= 5 && len(d) <= 6 && labelledAs(before) {
			continue // "Our PO Box is 233734", "ZIP code: 23373": a short code's length, and a label's number
		}
		short := nums
		if len(d) <= 4 && !called {
			switch {
			case !prose || !bare || !apart(text, r.at, end):
				continue
			case lengthSlip(text[end:], before, d, nums):
				short, found.alone = emergencyOnly(nums), true // "call the police on 99", "call Triple Zero (00)"
			case dialled(before, text[end:]):
				short = sameLength(nums, d) // "call the police at 912"
				if len(d) >= 3 || orNumber(before) {
					short = lengthWithin(nums, d, 1) // "call 911 or 9111", "call 911 or 91"
				}
			case len(d) >= 3 && callsTo(before, text[end:]):
				short, found.alone = lengthWithin(nums, d, 1), true // "Calls to 989 are free", "Les appels au 3918 sont gratuits"
			case len(d) >= 3 && !namedLine(d, country) && orAfterWords(before, text[end:]):
				short = lengthWithin(nums, d, 1) // "Call 988 anytime, or 989", not "Ring 111 for advice, or 101 for the police"
			case len(d) >= 3 && inDanger(before) && !streetAfter(text[end:]) && !streetBefore(before) && !labelBefore(before):
				short, found.alone = sameLength(nums, d), true // "In an emergency, 912": no verb, as standsAlone
				if endsSentence(text[end:]) && !hasDigit(sinceSentence(before)) {
					short = lengthWithin(nums, d, 1) // "If you are in danger: 9888", not a postcode ("Melbourne VIC 3000")
				}
			case len(d) >= 3 && namedToCall(before, text[end:]) && !Counted(text[end:]) && !yearLike(d) && !streetAfter(text[end:]) && !labelBefore(before):
				short, found.alone = lengthWithin(nums, d, 1), true // "912 is the number to call", "The number to dial is 912"
			case emergencyNear(text, r.at, end, d, nums):
				short, found.alone = emergencyOnly(nums), true // "Bij direct gevaar: bel 121", "The police number is 921"
			case lineSubject(before, text[end:]) && !yearLike(d):
				short, found.alone = lengthWithin(nums, d, 1), true // "Le 3929 est gratuit", "998 connects you to a counselor", "98 is free"
			case standsAlone(text, r.at, end) && !countClause(before) && !labelledAs(before):
				short, found.alone = lengthWithin(nums, d, 1), true // "Guarde este número: 1888" for 988
				if len(d) < 3 && !(lineLabel(before) && endsSentence(text[end:])) {
					continue // two digits alone are an age or a count ("16 ans") more often than a slip of 15 or 17
				}
				if len(d) < 3 {
					short = ownLines(short) // "Ligne d'écoute : 19" for 119; "Ligne : 12" is a bus's, not 112
				}
			case len(d) >= 3 && !yearLike(d) && wholeText(text[:r.at], text[end:]):
				short, found.alone = ownLines(lengthWithin(nums, d, 1)), true // "989" as a card's headline, "989, 24/7", "- 989 (free)"
			case len(d) >= 3 && uncounted(before, text[end:], d) && !namedLine(d, country):
				short, found.alone = ownLines(lengthWithin(nums, d, 1)), true // "Our number is 1773", "Talk to a counsellor on 1773"
			case len(d) >= 3 && ownGoverned(before, nil) && !streetAfter(text[end:]):
				short, found.alone = ownLines(lengthWithin(nums, d, 1)), true // "Our number is 311" beside 211, not "Visit us at 989 Center Street NE"
			case len(d) >= 3 && bare && !yearLike(d) && (ownSentence(before, text[end:]) && !labelledAs(before) || orOwn(before, country, nums) || lineBefore(before)):
				short, found.alone = ownLines(lengthWithin(nums, d, 1)), true // "989: you are not alone", "988 or 989", "the hotline 1574 works around the clock"
			default:
				continue
			}
		}
		whole := keys(d, country, r.plus)
		if spelled != "" { // its keys past the number are not dialled: 1800RESPECT (1800 737 732)
			whole = append(whole, spelled)
		}
		for _, c := range spelledPast(r, nums) {
			whole = append(whole, keys(c, country, r.plus)...)
		}
		if hashDropped {
			found.near = dropped
			found.wrong = fmt.Sprintf("%s leaves out the # of %s: dialled without it, it reaches another line or no one", diag.Whole(found.written), dropped)
			found.hint = "write " + dropped.Written + ", with its #"
			if dropped.Placeholder != "" {
				found.hint = "write " + dropped.Placeholder + " to print " + dropped.Written + " from settings.yaml"
			}
			out = append(out, found)
			continue
		}
		if n, ok := dangerService(d, before, text[end:], country, nums); ok && !exact(whole, nums) {
			found.near = n
			out = append(out, found)
			continue
		}
		// a service, the emergency number or a known line is itself unless the words right
		// before or after it give it as the organisation's ("Call our helpline on 311", "ligue
		// para a nossa linha, 188" beside 180, "Llame al 061, nuestra línea" beside 016; not
		// "Nous vous conseillons d'appeler le 115" beside 119, which names another line in a
		// sentence of their own; "Der Anruf unter 116 117 ist kostenlos", of calls to it and
		// asking none, gives it as the line the text is of); a relay service (711) is a way to
		// reach the line itself
		if exact(whole, nums) || relayService(d, country) || namedLine(d, country) && !ownGoverned(before, nil) && !ownAfter(text[end:]) && (called || !callsTo(before, text[end:])) {
			continue
		}
		n, ok := slipOf(whole, relayFirst(short, d, country), d, country)
		if !ok { // its groups swapped or reversed; read on a whole run only, as a run's pieces with a count beside them ("24/7 (0808 2000 247)") may hold a number's digits by chance
			n, ok = nearBy(whole, relayFirst(short, d, country), phone.Reordered)
		}
		if ok && (leadsWithNumber(text, r, country, nums) || endsWithNumber(text, r, country, nums)) {
			ok = false // "Call 911 2nd", "24/7 (1-888-373-7888)": the number, and another beside it
		}
		switch pieces := pieceSlips(p, text, r, country, nums, called); {
		case ok:
			found.near = n
			out = append(out, found)
		case len(pieces) > 0:
			out = append(out, pieces...)
		default:
			if w, ok := unanswered(found, r, text, d, country, nums, prose); ok { // "Samaritans: call 116 213"
				out = append(out, w)
			}
		}
	}
	// a number refused as read across a line break between its digits ("1-888-373-7" and
	// "889") is refused as broken too, where it was not for a break at a dash
	for _, s := range out {
		if strings.Contains(s.written, "\n") && !slices.ContainsFunc(out, func(b slip) bool { return b.broken && b.at <= s.at && s.at < b.at+len(b.written) }) {
			out = append(out, s.brokenAcross())
		}
	}
	return out
}

// brokenAcross is s refused as a number broken across two lines of its text.
func (s slip) brokenAcross() slip {
	return slip{written: s.written, at: s.at, broken: true, wrong: fmt.Sprintf("%s is broken across two lines: a number never breaks", diag.Whole(s.written))}
}

// exactAcross reports whether the run r, read across a line break between its digits
// (plain.apart), holds one of the line's numbers across it: pieces of it on each side make one
// ("1-888-373-7" and "888"). A short one counts where the words ask to dial it ("call 9" and
// "11"), not as a count ("Room 9" and "11 beds").
func exactAcross(p plain, text string, r run, country string, nums []Number, prose bool) bool {
	ps := r.pieces
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			from, to := ps[i].at, ps[j].end
			if !slices.ContainsFunc(p.apart, func(a int) bool { return a > from && a < to }) {
				continue
			}
			d := phone.Digits(text[from:to])
			if exact(keys(d, country, r.plus && i == 0), nums) && (len(d) > 4 || prose && askedToDial(text[max(0, from-300):from], text[to:])) {
				return true
			}
		}
	}
	return false
}

// unanswered is found, a number the words ask to dial or give as one to call (shownToCall),
// refused where no line of the country answers it and it is one slip from one that does
// (knownSlip), unless it is one of the organisation's own, confirmed (a line the tables lack:
// Uganda's 116).
func unanswered(found slip, r run, text, d, country string, nums []Number, prose bool) (slip, bool) {
	end := r.at + len(r.text)
	before := text[max(0, r.at-300):r.at]
	// asked as the words before any number ask, past a name or a keyword ("phone Samaritans on
	// 116 132", "Text HOME to 741714")
	asked := askedToDial(before, text[end:]) || askedBefore(askClause(before)) || len(d) >= 3 && keyedIn(before)
	if !prose || exact(keys(d, country, r.plus), nums) || r.plus || r.vanity != "" || r.hashed() || Counted(text[end:]) || streetAfter(text[end:]) {
		return slip{}, false // "#9110" is a line of its own in Japan
	}
	shown := !asked && len(r.pieces) <= 1 && shownToCall(text, r.at, end, d)
	if !asked && !shown {
		return slip{}, false
	}
	// two digits the verb asks for right before them, ending the sentence, are a line's first
	// ("call or text 98."), not a day or an hour ("Call us on the 11th", "call at 11."); two
	// digits given as the police's or a line's are one too, or a two-digit line slipped
	// ("Police secours : 71" for 17)
	w := strings.ToLower(wordBefore(before))
	cut := len(d) == 2 && (shown || endsSentence(text[end:]) && strings.HasSuffix(strings.TrimRightFunc(before, spaceLike), wordBefore(before)) && (askCall()[w] || textVerbs()[w]))
	lines := knownSlip(d, country, len(r.pieces) <= 1, cut)
	if len(lines) == 0 {
		return slip{}, false
	}
	country = cmp.Or(country, "US")
	how, what, which := "which the words ask to dial", "a line there", "write %s if that is the line you mean"
	if shown {
		how = "which the text gives as a number to call"
	}
	if !slices.ContainsFunc(lines, func(l string) bool { return !phone.IsEmergency(l, country) }) {
		what = "an emergency number there"
	}
	if len(lines) > 1 {
		what, which = "each a line there", "write the one of %s you mean"
	}
	line := strings.Join(lines[:len(lines)-1], ", ")
	if line != "" {
		line += " or "
	}
	line += lines[len(lines)-1]
	found.wrong = fmt.Sprintf("%s, %s, is no number in %s, and one slip from %s, %s: a reader who dials it as printed reaches no one", diag.Whole(found.written), how, country, line, what)
	found.hint = fmt.Sprintf(which+"; if %s is a line of its own, list it in settings.yaml under organisation: as other_numbers: [%q]", line, d, d)
	return found, true
}

// knownSlip finds the line of the country's own (knownLines, a service, an emergency number
// of the numbering tables) that d, a short number no line of the country answers, is one slip
// from: a reader asked to dial "989" or "116 213" reaches no one, where 988 and 116 123
// answer. A digit more or fewer is a slip only of a number written in one group (whole):
// "9888", not "911 2" of "911 2nd"; two digits only where they may be a line's (cut: "call or
// text 98.", "Police secours : 71"), as a three-digit line's first or a two-digit line slipped.
// A service of another country (811 in India) is no line of this one's. Each such line is
// found, as a reader may mean any of them ("Ambulance: 180" in India: 100, 108 or 181).
func knownSlip(d, country string, whole, cut bool) []string {
	if len(d) < 3 && !(cut && whole && len(d) == 2) || len(d) > 6 || serviceNumber(d, country) || phone.IsEmergency(d, country) || knownLine(d, country) {
		return nil
	}
	var lines []string
	if known := knownLines[cmp.Or(country, "US")]; known != nil {
		lines = slices.Collect(maps.Keys(known()))
	}
	for s := range services {
		if phone.IsEmergency(s, country) || serviceNumber(s, country) {
			lines = append(lines, s)
		}
	}
	// the tables' emergency numbers, where no table of lines has them, as long as d: a country
	// without one may have four-digit lines the numbering tables lack (Thailand's 1299 beside 199)
	for _, e := range phone.Emergencies(country) {
		if len(e) == len(d) || len(d) == 2 && len(e) == 3 {
			lines = append(lines, e)
		}
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	return slices.DeleteFunc(lines, func(l string) bool {
		return !(len(d) == 2 && len(l) == 3 && strings.HasPrefix(l, d)) &&
			!((len(l) == len(d) || whole && len(d) >= 4 && len(l) >= 3) && slipped(d, l)) // "call or text 9888" too
	})
}

// rightHint is how to print n, the number a text slipped from: its placeholder, or a check of
// the field against the text.
func rightHint(n Number) string {
	if n.Placeholder != "" {
		return "write " + n.Placeholder + " to print " + n.Written + " from settings.yaml"
	}
	return fmt.Sprintf("%s is %s; check which is right", n.Field, n.Written)
}

// starredNumbers finds, as start and end, the numbers in text written with marks of emphasis
// among their digits ("9**8**9", "1-800-799-72*3*3"), as a writer marks a digit to stand out:
// Markdown makes no emphasis inside a word, so the marks print in the number. Only a number
// that is one of nums or a slip of one counts: "2**3**4" and "5*4*3" are sums.
func starredNumbers(text, country string, nums []Number) [][2]int {
	var out [][2]int
	part := func(c byte) bool { return isDigit(c) || c == '*' || c == '_' || c == '-' || c == '.' }
	for i := 1; i < len(text); i++ {
		if text[i] != '*' && !strings.HasPrefix(text[i:], "__") || !isDigit(text[i-1]) {
			continue // one _ between digits sets their groups apart: "1_888_373_7888"
		}
		from, to := i, i
		for from > 0 && part(text[from-1]) {
			from--
		}
		for to < len(text) && part(text[to]) {
			to++
		}
		i = to
		seg := text[from:to]
		from += len(seg) - len(strings.TrimLeft(seg, "*_-."))
		word := strings.Trim(seg, "*_-.") // from a digit to a digit: "24/7**" has none inside
		d := phone.Digits(word)
		if !strings.Contains(word, "*") && !strings.Contains(word, "__") || len(d) < 3 {
			continue
		}
		c := keys(d, country, false)
		if _, slipped := near(c, nums); slipped || exact(c, nums) {
			out = append(out, [2]int{from, from + len(word)})
		}
	}
	return out
}

// dialledWithHash are the numbers of nums dialled with a # (Japan's #8008): a number written
// with one is compared with these alone.
func dialledWithHash(nums []Number) []Number {
	return slices.DeleteFunc(slices.Clone(nums), func(n Number) bool { return !strings.HasPrefix(n.Written, "#") })
}

// droppedHash finds the number dialled with a # whose digits d, written without one, are: "call
// 8008" beside #8008 dials another line or none.
func droppedHash(d string, nums []Number, hash bool) (Number, bool) {
	for _, n := range nums {
		if !hash && strings.HasPrefix(n.Written, "#") && n.Key == d {
			return n, true
		}
	}
	return Number{}, false
}

// plusShort finds a configured short number (a short code, 911) written after the country's
// code ("+1 233733", "sms:+1233733"): no network reaches a short number dialled with it, so
// the number is refused, and one slip from it is a slip of it.
func plusShort(r run, country string, nums []Number) (slip, bool) {
	rest, ok := strings.CutPrefix(r.digits, fmt.Sprint(phone.CountryCode(country)))
	if !r.plus || !ok || len(rest) < 3 || len(rest) > 7 || exact(keys(r.digits, country, true), nums) {
		return slip{}, false
	}
	for _, n := range nums {
		if len(n.Key) > 6 || n.Key != phone.Digits(n.Written) {
			continue
		}
		what := "a short number"
		if n.Placeholder == "{text}" {
			what = "a short code"
		}
		switch {
		case rest == n.Key:
			return slip{wrong: fmt.Sprintf("writes %s %s with the country code +%d: it is sent or dialled without one, and with it reaches no one", what, n.Key, phone.CountryCode(country)),
				hint: "write " + n.Key}, true
		case phone.OneOff(rest, n.Key):
			return slip{near: n}, true
		}
	}
	return slip{}, false
}

// plusWithoutCode is a + written before one of the organisation's numbers (or a slip of one)
// with no country code after it: a short number ("+911", "+88788") or a number as its country
// dials it ("+8007997233", "+0808 2000 247"). After a + a phone reads a country code, and
// reaches no one, or another country. A rise ("+911%", after: the text after the number) is
// none.
func plusWithoutCode(r run, after, country string, nums []Number) (slip, bool) {
	if !r.plus || strings.HasPrefix(after, "%") || Counted(after) { // "+911%", "+988 calls": a rise
		return slip{}, false
	}
	if _, err := phone.Parse(r.text, country); err == nil {
		return slip{}, false
	}
	forms := func(n Number) []string {
		if len(n.Key) > 6 {
			if _, nsn, ok := phone.Split(n.Key); ok {
				return []string{nsn, phone.National(n.Key)}
			}
		}
		return []string{n.Key}
	}
	for _, n := range nums {
		for _, f := range forms(n) {
			switch {
			case r.digits == f && len(f) <= 6:
				return slip{wrong: fmt.Sprintf("writes %s with a +: a short number is dialled without one, and with it reaches no one", n.Written), hint: "take out the +"}, true
			case r.digits == f:
				return slip{wrong: fmt.Sprintf("writes %s after a + without its country code: a phone reads the first digits after a + as one, and reaches no one or another country", n.Written),
					hint: fmt.Sprintf("write %s as settings.yaml does, or with + and its country code: %s", n.Written, phone.Grouped("+"+n.Key, country))}, true
			}
		}
	}
	for _, n := range nums {
		if slices.ContainsFunc(forms(n), func(f string) bool { return phone.OneOff(r.digits, f) }) {
			return slip{near: n}, true
		}
	}
	return slip{}, false
}

// as is w found as found is, where a number was read: its message, when it has one, begins
// with the number as written.
func (w slip) as(found slip) slip {
	w.written, w.digits, w.at = found.written, found.digits, found.at
	if w.wrong != "" {
		w.wrong = fmt.Sprintf("%s %s", diag.Whole(found.written), w.wrong)
	}
	return w
}

// leadsWithNumber reports whether the run's first parts, not all of them, are a configured
// number written in groups and followed by a space or a bracket ("911 2nd", "1 888 373 7888 8
// days"); not one spelled digit by digit, whose next digit is one more of it ("2 3 3 7 3 3 3"),
// nor one a slash joins a digit to ("1-888-373-7888/1").
func leadsWithNumber(text string, r run, country string, nums []Number) bool {
	for j := len(r.pieces) - 1; j > 0; j-- {
		last := r.pieces[j-1]
		apart := strings.ContainsAny(text[last.end:r.pieces[j].at], " ()[]\u00a0\u202f\u2007\t")
		if d := phone.Digits(text[r.at:last.end]); apart && len(phone.Digits(text[last.at:last.end])) >= 2 && exact(keys(d, country, r.plus), nums) {
			return true
		}
	}
	return false
}

// endsWithNumber reports whether the run's last parts, not all of them, are a configured
// number set apart from what comes before by a bracket, a dash, a dot or a slash, its first
// part of two digits or more ("24/7 (1-888-373-7888)", "7j/7 – 3919", "Step 3 · 1-888-373-7888");
// not by a space alone, nor by what joins the number's own groups ("0 888 373 7888" and
// "0/888/373/7888" are slips).
func endsWithNumber(text string, r run, country string, nums []Number) bool {
	for j := 1; j < len(r.pieces); j++ {
		if endsAt(text, r.pieces, j, len(r.pieces), country, nums) {
			return true
		}
	}
	return false
}

// setApart are the marks that set one number apart from what stands before it in a run:
// brackets, dashes, dots, slashes and bars, where a space alone may join a number's groups.
const setApart = "()[]\u2013\u2014\u00b7\u2022/|"

// endsAt reports whether pieces[k:j] are a configured number set apart from pieces[k-1] as
// endsWithNumber says.
func endsAt(text string, pieces []span, k, j int, country string, nums []Number) bool {
	first, number := pieces[k], text[pieces[k].at:pieces[j-1].end]
	apart := strings.ContainsFunc(text[pieces[k-1].end:first.at], func(r rune) bool {
		return strings.ContainsRune(setApart, r) && !strings.ContainsRune(number, r) // not as its own groups are joined
	})
	return apart && len(phone.Digits(text[first.at:first.end])) >= 2 && exact(keys(phone.Digits(text[first.at:pieces[j-1].end]), country, false), nums)
}

// pieceSlips finds the slips in a run that is none of the configured numbers but joins
// numbers across weak joins: read as one, "1-888-373-7889 24/7" or "1-888-373-7888 /
// 1-888-337-7888" is no slip of anything, but its parts are. From each part on, the longest
// run of parts that is a configured number is passed over, else the longest that is one slip
// from one is a slip: at least five digits, or the first part of three or four digits after
// a word asking to dial ("Call 912 24/7"). Parts that are groups of a longer valid number of
// the country are none: "+91 98765 01098" and "call (917) 262-0004" dial no 1098 and no 917.
func pieceSlips(p plain, text string, r run, country string, nums []Number, called bool) []slip {
	var out []slip
	ps := r.pieces
	for i := 0; i < len(ps); {
		from := r.pieceAt(i)
		digits := func(j int) string { return phone.Digits(text[from:ps[j-1].end]) }
		next := 0
		for j := r.partsWithin(text, i); j > i && next == 0; j-- {
			d := digits(j)
			if exact(keys(d, country, r.plus && i == 0), nums) || services[d] || phone.IsEmergency(d, country) || j == i+2 && helpline116(digits(i+1), d) {
				next = j
			}
		}
		// parts from k on that are a configured number, set apart: "7 (1-888-373-7888)"
		endsExact := func(j int) bool {
			for k := i + 1; k < j; k++ {
				if endsAt(text, ps, k, j, country, nums) {
					return true
				}
			}
			return false
		}
		for j := r.partsWithin(text, i); j > i && next == 0; j-- {
			d := digits(j)
			if len(d) < 5 && !(i == 0 && j == 1 && len(d) >= 3 && called) && !(i == 1 && j == len(ps) && len(d) >= 3 && areaFirst(text, ps)) || endsExact(j) {
				continue
			}
			if n, ok := slipOf(keys(d, country, r.plus && i == 0), relayFirst(nums, d, country), d, country); ok && !inNumber(text, r, i, j, country) {
				end := ps[j-1].end
				if strings.Count(text[from:end], "(") > strings.Count(text[from:end], ")") && strings.HasPrefix(text[end:], ")") {
					end++ // "(888) 373-7889)"
				}
				// after digits that nothing but a space sets apart, the configured number would
				// be read with them as one ("98765 01098" as "98765 1098"), as endsAt reads it
				glued := i > 0 && !strings.ContainsAny(text[ps[i-1].end:ps[i].at], setApart)
				out = append(out, slip{written: strings.TrimSpace(p.original(from, end)), at: p.from(from), near: n, glued: glued})
				next = j
			}
		}
		i = max(next, i+1)
	}
	return out
}

// areaFirst reports whether the first of a run's parts is an area code of a trunk 0 and a
// digit or two in brackets, as a line is written to be dialled from another area: the part
// after it is the line's own number ("(02) 1334" for 1343).
func areaFirst(text string, ps []span) bool {
	code := phone.Digits(text[ps[0].at:ps[0].end])
	return len(code) >= 2 && len(code) <= 3 && code[0] == '0' && strings.Contains(text[ps[0].end:ps[1].at], ")")
}

// hashed reports whether the run is a number dialled with a # before it, in brackets or not:
// "#9110", "(#9110)", "（#9110）".
func (r run) hashed() bool {
	return strings.HasPrefix(strings.TrimLeft(r.text, "(（"), "#")
}

// pieceAt is where the run's part i starts: the first with the run's + or bracket.
func (r run) pieceAt(i int) int {
	if i == 0 {
		return r.at
	}
	return r.pieces[i].at
}

// inNumber reports whether the parts i to j of a run in text are among the groups of a number
// of seven digits or more, valid in the country, that the parts around them make with them,
// joined by spaces or brackets: a slash or a bar ends a number ("276-2273 24/7" is no
// 276-227-3247), but for a slash after a first part of 0 and an area code's digits, as German
// offices wrote a number ("0228 / 116 01-60": 116 01-60 is no slip of 116 016).
func inNumber(text string, r run, i, j int, country string) bool {
	joins := func(k int) bool { // parts k-1 and k are groups of one number
		gap := text[r.pieces[k-1].end:r.pieces[k].at]
		if area := phone.Digits(text[r.pieceAt(0):r.pieces[0].end]); k == 1 && strings.TrimSpace(gap) == "/" && len(area) >= 3 && len(area) <= 5 && area[0] == '0' {
			return true
		}
		return !strings.ContainsFunc(gap, func(c rune) bool { return phone.Lookalike(c) == '/' || c == '|' })
	}
	for k := i; k >= 0 && (k == i || joins(k+1)); k-- {
		for l := j; l <= len(r.pieces) && (l == j || joins(l-1)); l++ {
			if k == i && l == j {
				continue
			}
			written := text[r.pieceAt(k):r.pieces[l-1].end]
			if _, err := phone.Parse(written, country); err == nil && len(phone.Digits(written)) >= 7 {
				return true
			}
		}
	}
	return false
}

// helpline116 reports whether two groups of digits, the first's first and both's d, are a
// number of the 116 range Europe keeps for helplines: "116 006" (victims of crime) and "116
// 111" (children) are one number each, not 116, a slip of 112 or 110, and another.
func helpline116(first, d string) bool { return first == "116" && len(d) == 6 }

// joinGroups writes the colons, commas, underscores and apostrophes between groups of digits
// as hyphens where the groups, joined, have the shape of a full number (seven digits or more)
// one slip from a configured one: "1:888:373:7889", "1,888,373,7889" and "1'888'373'7889" are
// slips, while a time (9:00, 8:30-17:00), a verse (John 3:16), a count (10,359) or a decade
// ('90s) stay text. The bytes keep their
// places, so what is found is where it was written.
func joinGroups(text, country string, nums []Number) string {
	if !strings.ContainsAny(text, ":,_'\u2019") {
		return text
	}
	b := []byte(text)
	for i := 0; i < len(b); {
		if !isDigit(b[i]) || i > 0 && (isDigit(b[i-1]) || isWordRune(rune(b[i-1]))) {
			i++
			continue
		}
		end, joins := i, 0
		for j := i; j < len(b); {
			w := joinerWidth(b[j:])
			switch {
			case isDigit(b[j]):
				end, j = j+1, j+1
				continue
			case w > 0 && j+w < len(b) && isDigit(b[j+w]):
				joins, j = joins+1, j+w
				continue
			}
			break
		}
		if d := phone.Digits(text[i:end]); joins > 0 && len(d) >= 7 && !exact(keys(d, country, false), nums) {
			if _, ok := near(keys(d, country, false), nums); ok {
				for j := i; j < end; j++ {
					if w := joinerWidth(b[j:]); w > 0 {
						copy(b[j:], []string{"", "-", "", "\u2011"}[w])
					}
				}
			}
		}
		i = max(end, i+1)
	}
	return string(b)
}

// carrierChoice writes the xx of "0xx11 3256-4781" as spaces where the country's trunk prefix
// may take a carrier's code (Brazil's): the xx stands for the code the caller chooses, and the
// number after it is read, and compared, as the one dialled with any. The bytes keep their places.
func carrierChoice(text, country string) string {
	if !strings.Contains(text, "0xx") && !strings.Contains(text, "0XX") || !phone.TakesCarrier(country) {
		return text
	}
	b := []byte(text)
	for i := 0; i+4 < len(b); i++ {
		xx := b[i+1] == 'x' && b[i+2] == 'x' || b[i+1] == 'X' && b[i+2] == 'X'
		rest := strings.TrimLeft(text[i+3:], " (") // "0xx11", "0xx 11", "0xx (11)"
		if b[i] == '0' && xx && (i == 0 || !isDigit(b[i-1]) && !isWordRune(rune(b[i-1]))) && rest != "" && isDigit(rest[0]) {
			b[i+1], b[i+2] = ' ', ' '
		}
	}
	return string(b)
}

// joinerWidth is the length of the colon, comma, underscore or apostrophe b starts with, or 0.
func joinerWidth(b []byte) int {
	switch {
	case len(b) > 0 && (b[0] == ':' || b[0] == ',' || b[0] == '_' || b[0] == '\''):
		return 1
	case strings.HasPrefix(string(b[:min(3, len(b))]), "\u2019"):
		return 3
	}
	return 0
}

// raisedDigits refuses digits in superscript or subscript (¹²³, ₁₂₃) or enclosed in a circle or
// brackets (①②③, ⑴, ⒈, ❶) within a number or, three or more, in a sentence asking to dial
// ("call ⁹¹²", "1-888-373-⁷⁸⁸⁹", "①-888-373-7889"): no phone reads them as digits, and a
// reader may dial them wrong. A footnote mark or a step's number after a word ("text¹",
// "① Call us") is none, nor one after a number that it does not make one of the
// organisation's numbers or a slip of one ("in 2023²", but not "233733²").
// It returns them, and where in text each is.
func raisedDigits(p plain, text, country string, nums []Number, prose bool) ([]slip, []span) {
	if !hasRaised(text) {
		return nil, nil
	}
	var out []slip
	var at []span
	rs := []rune(text)
	offs := make([]int, len(rs)+1)
	for i, b := 0, 0; i < len(rs); i++ {
		offs[i], b = b, b+utf8.RuneLen(rs[i])
		offs[i+1] = b
	}
	ordinary := func(r rune) bool { return r >= '0' && r <= '9' }
	for i := 0; i < len(rs); i++ {
		if raised(rs[i]) < 0 {
			continue
		}
		// the number it is in: digits of both kinds and the separators between them, no space
		from, to := i, i
		for from > 0 && (ordinary(rs[from-1]) || raised(rs[from-1]) >= 0 || joinsDigits(rs, from-1)) {
			from--
		}
		for to < len(rs) && (ordinary(rs[to]) || raised(rs[to]) >= 0 || joinsDigits(rs, to)) {
			to++
		}
		n, mixed, fixed := 0, false, []rune{}
		for _, r := range rs[from:to] {
			if v := raised(r); v >= 0 {
				n, fixed = n+1, append(fixed, []rune(strconv.Itoa(v))...)
				continue
			}
			mixed = mixed || ordinary(r)
			fixed = append(fixed, r)
		}
		note := to-i <= 2 && i > from && ordinary(rs[i-1])
		if note && !mixedNear(string(fixed), country, nums) {
			mixed = false // a footnote mark after a number ("in 2023²") that makes no number of it
		}
		hint := "write the number in ordinary digits: " + string(fixed)
		if own := string(rs[from:i]); note && exact(keys(phone.Digits(own), country, false), nums) {
			// "3919¹": a mark on the number itself may be dialled as one of its digits
			hint = fmt.Sprintf("write the number in ordinary digits, alone: %s (a footnote mark goes after a word)", own)
		}
		called := prose && n >= 3 && (from == 0 || !isWordRune(rs[from-1])) && dialWordRE().MatchString(sentenceBefore(text[:offs[from]]))
		if mixed || called {
			written := p.original(offs[from], offs[to])
			out = append(out, slip{written: written, at: p.from(offs[from]), wrong: fmt.Sprintf("%s %s", diag.Whole(written), digitForm(rs[i])), hint: hint})
			at = append(at, span{offs[from], offs[to]})
		}
		i = to
	}
	return out, at
}

// mixedNear reports whether a number read with its raised digits as ordinary ones is one of
// the configured numbers or one slip from one.
func mixedNear(written, country string, nums []Number) bool {
	k := keys(phone.Digits(written), country, false)
	_, ok := near(k, nums)
	return ok || exact(k, nums)
}

// hasRaised reports whether s holds a digit in superscript or subscript, or enclosed.
func hasRaised(s string) bool {
	return !isASCIIText(s) && strings.IndexFunc(s, func(r rune) bool { return raised(r) >= 0 }) >= 0
}

// digitForm says how a digit of raised is written, and why it may not be in a number.
func digitForm(r rune) string {
	switch {
	case r >= '\u2080' && r <= '\u2089':
		return "has digits in subscript: no phone reads them as digits, and printed small they may be dialled wrong"
	case enclosed(r) >= 0:
		return "has digits in a circle or brackets (such as ① or ⑴): no phone reads them as digits, and a reader may dial them wrong"
	}
	return "has digits in superscript: no phone reads them as digits, and printed small they may be dialled wrong"
}

// raised is the value of a digit written in superscript or subscript, or enclosed, or -1.
func raised(r rune) int {
	if r >= '\u2460' {
		return enclosed(r)
	}
	switch {
	case r == '\u00B9':
		return 1
	case r == '\u00B2' || r == '\u00B3':
		return int(r-'\u00B2') + 2
	case r == '\u2070' || r >= '\u2074' && r <= '\u2079':
		return int(r - '\u2070')
	case r >= '\u2080' && r <= '\u2089':
		return int(r - '\u2080')
	}
	return -1
}

// enclosedRuns are the numbers Unicode encloses in a circle or brackets or follows with a full
// stop or comma: each range from its first character, whose value is first.
var enclosedRuns = []struct {
	lo, hi rune
	first  int
}{
	{'\u2460', '\u2473', 1},         // ① to ⑳
	{'\u2474', '\u2487', 1},         // ⑴ to ⒇
	{'\u2488', '\u249B', 1},         // ⒈ to ⒛
	{'\u24EA', '\u24EA', 0},         // ⓪
	{'\u24EB', '\u24F4', 11},        // ⓫ to ⓴
	{'\u24F5', '\u24FE', 1},         // ⓵ to ⓾
	{'\u24FF', '\u24FF', 0},         // ⓿
	{'\u2776', '\u277F', 1},         // ❶ to ❿
	{'\u2780', '\u2789', 1},         // ➀ to ➉
	{'\u278A', '\u2793', 1},         // ➊ to ➓
	{'\u3251', '\u325F', 21},        // ㉑ to ㉟
	{'\u32B1', '\u32BF', 36},        // ㊱ to ㊿
	{'\U0001F100', '\U0001F10A', 0}, // 🄀 to 🄊
	{'\U0001F10B', '\U0001F10B', 0}, // 🄋
	{'\U0001F10C', '\U0001F10C', 0}, // 🄌
}

// enclosed is the value of a number enclosed in a circle or brackets (①, ⑴, ⒈, ❶), or -1.
func enclosed(r rune) int {
	if r < '\u2460' || r > '\u32BF' && r < '\U0001F100' || r > '\U0001F10C' {
		return -1 // most text, Chinese and Japanese included, is outside the table
	}
	for _, e := range enclosedRuns {
		if r >= e.lo && r <= e.hi {
			return e.first + int(r-e.lo)
		}
	}
	return -1
}

// joinsDigits reports whether rs[k] is a separator other than a space, or a raised or lowered
// minus or bracket, between two digits of either kind.
func joinsDigits(rs []rune, k int) bool {
	digit := func(r rune) bool { return r >= '0' && r <= '9' || raised(r) >= 0 }
	sep := phone.IsSeparator(rs[k]) && !unicode.IsSpace(rs[k]) || strings.ContainsRune("\u207B\u207D\u207E\u208B\u208D\u208E", rs[k])
	if !(k > 0 && k+1 < len(rs) && sep && digit(rs[k-1]) && digit(rs[k+1])) {
		return false
	}
	if (raised(rs[k-1]) >= 0) == (raised(rs[k+1]) >= 0) || enclosed(rs[k-1]) >= 0 || enclosed(rs[k+1]) >= 0 {
		return true // an enclosed digit is written at the size of the others: "①-888-373-7889"
	}
	// from ordinary digits to raised ones: a group of a number ("1-888-373-⁷⁸⁸⁹"), not a
	// footnote mark after a full stop or a comma ("in 2023.³", "at 9:00,¹")
	n := 0
	if raised(rs[k+1]) >= 0 {
		for i := k + 1; i < len(rs) && raised(rs[i]) >= 0; i++ {
			n++
		}
	} else {
		for i := k - 1; i >= 0 && raised(rs[i]) >= 0; i-- {
			n++
		}
	}
	return n >= 3
}

// sentenceBefore is the end of text from the start of its last sentence, at most 60 bytes.
func sentenceBefore(text string) string {
	text = text[max(0, len(text)-60):]
	if l := sentenceBreaks(text); len(l) > 0 {
		text = text[l[len(l)-1][1]:]
	}
	return text
}

// vanitySlip finds a configured vanity number written one slip off with its letters after the
// run r of text: a digit dropped, added, changed or swapped before the word, which is spelled
// right ("1-800-79-SAFE"), or the digits right and a letter of the word dropped, added, changed
// or swapped ("1-800-799-SAF", "1-800-799-SFE", "1-800-799-sfae"). Only a word one slip from
// the configured one counts, in capitals as vanity words are written or joined to the number by
// a hyphen or a dot, so the words that follow a number are no vanity letters ("1-800-799-7233
// NOW", "1-800-799 save"). It returns the number and where in text the word ends.
func vanitySlip(text string, r run, nums []Number) (Number, int, bool) {
	if r.vanity != "" || strings.IndexFunc(r.text, isWordRune) >= 0 {
		return Number{}, 0, false // a vanity number read whole is compared by its keys
	}
	words, ends := wordsAfter(text, r)
	for _, n := range nums {
		digits, letters, ok := vanityParts(n.Written)
		if !ok {
			continue
		}
		if d := r.digits; digits[0] == '1' && d[0] != '1' {
			digits = digits[1:] // written without the leading 1: "800-79-SAFE"
		}
		for i, w := range words {
			if w == letters && r.digits == digits {
				return Number{}, 0, false // the number itself
			}
			if w == letters && phone.OneOff(r.digits, digits) || r.digits == digits && phone.OneOff(w, letters) {
				return n, ends[i], true
			}
		}
	}
	for i, w := range words { // a configured number written in digits, spelled here: "1800 RESPCT" for 1800 737 732
		if n, ok := keypadSlip(r.digits+phone.Dialled(w), nums); ok {
			return n, ends[i], true
		}
	}
	return Number{}, 0, false
}

// vanityLetterSlip finds a configured vanity number that r, a number written with a word,
// dials with a word one slip from the configured one: 1-800-799-SAFF, RAFE or PAFE for
// 1-800-799-SAFE (F shares E's key, R and P S's). It reaches the line, but prints another word
// than the line's, the one readers remember; a word in other capitals (1-800-799-safe) is the
// line's.
func vanityLetterSlip(r run, nums []Number) (Number, bool) {
	digits, letters, ok := vanityParts(r.text)
	if !ok {
		return Number{}, false
	}
	for _, n := range nums {
		d, l, ok := vanityParts(n.Written)
		if ok && l != letters && strings.TrimPrefix(d, "1") == strings.TrimPrefix(digits, "1") &&
			phone.Dialled(l) == phone.Dialled(letters) && oneRuneOff([]rune(l), []rune(letters)) {
			return n, true
		}
	}
	return Number{}, false
}

// vanityOtherScript finds a configured vanity number written with a letter of another script
// in its word (1-800-799-SАFE with a Cyrillic А): it prints as the number, but no keypad has
// the letter, so the runs end before the word and nothing dials or checks it. r is the run of
// its digits; it returns the number, where in text the word ends and the first such letter.
func vanityOtherScript(text string, r run, nums []Number) (Number, int, rune, bool) {
	end := r.at + len(r.text)
	rest := text[end:]
	if c, size := utf8.DecodeRuneInString(rest); strings.ContainsRune("-. \u00a0\u2011", c) { // as wordsAfter reads a word, or glued
		rest = rest[size:]
	}
	w := rest
	if i := strings.IndexFunc(rest, func(c rune) bool { return !unicode.IsLetter(c) }); i >= 0 {
		w = rest[:i]
	}
	scripts := letterScripts(w)
	if scripts["Latin"] == 0 || oneWriting(scripts) {
		return Number{}, 0, 0, false
	}
	for _, n := range nums {
		d, l, ok := vanityParts(n.Written)
		if ok && strings.TrimPrefix(d, "1") == strings.TrimPrefix(r.digits, "1") && utf8.RuneCountInString(w) == len(l) {
			c, _ := utf8.DecodeRuneInString(w[strings.IndexFunc(w, func(c rune) bool { return ScriptOf(c) != "Latin" }):])
			return n, len(text) - len(rest) + len(w), c, true
		}
	}
	return Number{}, 0, 0, false
}

// wordsAfter are the word after the run r of text, in capitals or capitalised (or in any case
// joined to it by a hyphen or a dot), and its groups so far ("THE", "THELOST"), with where each ends; its first group may
// be glued to the digits in capitals, as settings write one ("1800RESPECT").
func wordsAfter(text string, r run) (words []string, ends []int) {
	for k, word := r.at+len(r.text), ""; len(words) < 3; {
		c, size := utf8.DecodeRuneInString(text[k:])
		if len(words) == 0 && c >= 'A' && c <= 'Z' {
			size = 0 // glued
		} else if !strings.ContainsRune("-. \u00a0\u2011", c) {
			break
		}
		g := k + size
		joined := c != ' ' && c != '\u00a0' && size > 0 // a word joined by a hyphen or a dot may be in lower case
		spaced := size > 0 && !joined                   // after a space, in capitals or capitalised ("1800 Respect")
		for g < len(text) && (text[g] >= 'A' && text[g] <= 'Z' || (joined || spaced && g > k+size) && text[g] >= 'a' && text[g] <= 'z') {
			g++
		}
		if w := text[k+size : g]; spaced && w != "" && strings.ToUpper(w) != w && strings.ToLower(w[1:]) != w[1:] {
			break // "1800 ReSpect": no word of a sentence, nor a vanity number's
		}
		if g == k+size || g < len(text) && (isWordRune(rune(text[g])) || isDigit(text[g])) {
			break // no word, or one in lower case or glued to digits
		}
		word += strings.ToUpper(text[k+size : g])
		words, ends, k = append(words, word), append(ends, g), g
	}
	return words, ends
}

// vanityParts splits a configured vanity number into the digits before its word and the word,
// in capitals ("1-800-799-SAFE (7233)": 1800799 and SAFE; "1-800-THE-LOST": 1800 and THELOST);
// ok is false for a number with no letters.
func vanityParts(written string) (digits, letters string, ok bool) {
	first := strings.IndexFunc(written, isWordRune)
	if first < 0 {
		return "", "", false
	}
	rest := written[first:]
	if i := strings.IndexByte(rest, '('); i >= 0 {
		rest = rest[:i] // the digits it spells, in brackets
	}
	letters = strings.ToUpper(strings.Map(func(r rune) rune {
		if isWordRune(r) || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, rest))
	digits = phone.Digits(written[:first])
	return digits, letters, len(digits) >= 3
}

// hasDigit reports whether s holds a decimal digit of any script.
func hasDigit(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	return !isASCIIText(s) && strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Nd, r) }) >= 0
}

// hasNumber reports whether s may write a number: it has a digit, or three Chinese numerals in
// a row, which plainOf reads as digits.
func hasNumber(s string) bool {
	if hasDigit(s) {
		return true
	}
	if isASCIIText(s) || !strings.ContainsAny(s, numerals) { // most texts of other scripts have none
		return false
	}
	rs := []rune(s)
	for k, r := range rs {
		if numeral(r) != 0 && inNumerals(rs, k) {
			return true
		}
	}
	return false
}

// relayService reports whether d is the country's relay service for deaf callers (711 in the
// U.S. and Canada), through which a reader reaches the organisation's own line ("Reach us at
// 711", "Call {call} or 711"): no slip of 211.
func relayService(d, country string) bool {
	return d == "711" && (country == "" || country == "US" || country == "CA")
}

// namedLine reports whether the short number d is a line of its own that texts name beside an
// organisation's (services, the country's emergency numbers, knownLines): printed, it is that
// line, not a slip of the organisation's own, unless its sentence gives it as theirs
// (ownGoverned). Other numbers the tables give as services of the country (every 39xx in
// France) are a slip of a line as long as them until settings.yaml lists them.
func namedLine(d, country string) bool {
	return services[d] || phone.IsEmergency(d, country) || knownLine(d, country)
}

// serviceNumber reports whether a short number is one of the country's own (111 and 101 in
// GB, 106 in AU, 3918 in FR).
func serviceNumber(d, country string) bool {
	_, err := phone.Parse(d, country)
	return err == nil
}

// slipOf finds the configured number one of cands, the readings of the digits d, is one slip
// from. A short number that is a service of the country's own is no slip of the emergency
// number (111 and 101 beside 112 in GB) nor of a line a digit longer or shorter (114 beside
// 3114 in FR), but it is one of the organisation's own numbers as long as it: in France every
// 39xx is some service, and 3918 printed beside 3919 is a typo until settings.yaml lists it as
// another number.
func slipOf(cands []string, nums []Number, d, country string) (Number, bool) {
	n, ok := near(cands, nums)
	if !ok || len(d) > 4 || !serviceNumber(d, country) {
		return n, ok
	}
	// a service of the country's own is a slip of none but a line of the organisation's as long
	// as it: 115 is none of 112's, 114 none of 3114's
	return near(cands, slices.DeleteFunc(slices.Clone(nums), func(m Number) bool { return m.Placeholder == "{emergency}" || len(m.Key) != len(d) }))
}

// trunkSlip is a number in prose written without the trunk prefix its country dials first
// ("20 7946 0958" in GB): read as the number, it would pass as the hotline's own, but a reader
// who dials it as printed reaches no one. Digits grouped as a count or a date are none, unless
// they are one of the organisation's own numbers (ownWithoutTrunk).
func trunkSlip(r run, country string, nums []Number, prose bool) slip {
	if !prose || r.plus || len(r.digits) < 7 || r.vanity != "" || countOrDate(r.text) && !ownWithoutTrunk(r.text, country, nums) {
		return slip{}
	}
	if withTrunk(r, country) {
		return slip{} // "030 / 615 42 43": the slash sets the area code apart, and the number has its trunk prefix
	}
	written := strings.TrimSpace(r.text)
	// what a bracket, a dash, a dot or a slash sets apart at its end is the number: "2023
	// (116 111)" is a year and a number, and only the number may leave out a trunk prefix
	for k := len(r.pieces) - 1; k > 0; k-- {
		before := phone.Digits(r.text[r.pieces[k-1].at-r.at : r.pieces[k-1].end-r.at])
		gap := r.text[r.pieces[k-1].end-r.at : r.pieces[k].at-r.at]
		if before == "0" || areaCode(r.text[:r.pieces[k-1].at-r.at], gap) { // "+44 (0)808", "(057) 935 1234"
			continue
		}
		if strings.ContainsAny(gap, setApart) {
			written = strings.TrimRight(r.text[r.pieces[k].at-r.at:], " )")
			if len(phone.Digits(written)) < 7 {
				return slip{}
			}
			break
		}
	}
	msg, hint := leftOutTrunk(written, country)
	return slip{written: written, wrong: msg, hint: hint}
}

// trunkLeftOutOf is w, a number written without its trunk prefix, refused as a slip of one of
// nums where it is one ("30 615 42 34" of +49 30 615 42 43): writing the prefix before it, as
// w's hint says alone, would print the slip.
func trunkLeftOutOf(w slip, country string, nums []Number) slip {
	c := keys(phone.Digits(w.written), country, false)
	n, ok := near(c, nums)
	if !ok || exact(c, nums) {
		return w
	}
	trunk := phone.Trunk(w.written, country)
	w.near = n
	w.wrong = fmt.Sprintf("%s is one slip away from %s; a likely typo, and it leaves out the trunk prefix %s, without which it reaches no one as printed", diag.Whole(w.written), n, trunk)
	w.hint = fmt.Sprintf("%s, or the right number with the trunk prefix %s first", rightHint(n), trunk)
	return w
}

// withTrunk reports whether r, all its pieces, reads as a national number of country written
// with the trunk prefix 0 first: "030 / 615 42 43" and "030/615 42 43" in Germany and Austria,
// whose slash or dash sets the area code apart from the subscriber's number within the number.
func withTrunk(r run, country string) bool {
	if !strings.HasPrefix(r.digits, "0") || len(r.pieces) < 2 {
		return false
	}
	n, err := phone.Parse(r.text, country)
	return err == nil && n.Key() == strconv.Itoa(phone.CountryCode(country))+r.digits[1:]
}

// prefixedOwn is a run that ends in one of the organisation's own numbers after a prefix of 0
// that makes no number of the country ("0800 116 016" for 116 016 in Germany, whose 0800
// numbers have seven digits after it): its pieces read as the line's, so it would pass and be
// linked as the line, while a reader dialling it as printed reaches no one.
func prefixedOwn(r run, country string, nums []Number, prose bool) (slip, bool) {
	if !prose || r.plus || len(r.digits) < 7 || r.digits[0] != '0' || len(r.pieces) < 2 {
		return slip{}, false
	}
	if _, err := phone.Parse(r.text, country); err == nil {
		return slip{}, false
	}
	for _, n := range nums {
		// a short line's: a longer number after a prefix of 0 is one dialled from abroad ("011 1 888 373 7888")
		if own := phone.Digits(n.Written); len(own) >= 3 && len(own) <= 6 && strings.HasSuffix(r.digits, own) {
			w := slip{written: strings.TrimSpace(r.text), near: n}
			w.wrong = fmt.Sprintf("%s is no number in %s: it ends in %s (%s), after %s, and dialled as printed it reaches no one", diag.Whole(w.written), cmp.Or(country, "US"), n.Written, n.Field, strings.TrimSuffix(r.digits, own))
			w.hint = "write " + n.Written
			if n.Placeholder != "" {
				w.hint = fmt.Sprintf("write %s to print %s from settings.yaml, or the number as it is dialled in %s", n.Placeholder, n.Written, cmp.Or(country, "US"))
			}
			return w, true
		}
	}
	return slip{}, false
}

// tailSlip116 finds the organisation's line that r is a slip of in its other published form:
// a harmonised helpline (116 016) is printed both alone and after a prefix (Germany's 08000 116
// 016, +49 8000 116 016), and a slip in the one passed beside the other ("Call 08000 116 061",
// "Or call 116 061" beside 08000 116 016), read as a number of its own.
func tailSlip116(r run, country string, nums []Number) (Number, bool) {
	d := r.digits
	// a relay number before the helpline ("18001 116 132") is a slip of the relay number's,
	// which the slips of the whole run name (relayFirst)
	if exact(keys(d, country, r.plus), nums) || phone.RelayPrefixed(d, country) {
		return Number{}, false
	}
	for _, n := range ownLines(nums) {
		own := phone.Digits(n.Written)
		long, short := d, own
		if len(own) > len(d) {
			long, short = own, d
		}
		if len(short) != 6 || len(long) < len(short)+3 || !helpline116(short[:3], short) {
			continue
		}
		// both forms 116 numbers: 116 111 is a helpline of its own, no slip of 0800 111 0 111
		if tail := long[len(long)-len(short):]; tail != short && helpline116(tail[:3], tail) && slipped(tail, short) {
			return n, true
		}
		// or the line's published long form slipped inside its 116: "08000 161 016" of 08000 116 016
		if prefix := long[:len(long)-len(short)]; long == d && knownLine(prefix+short, country) && slipped(long[len(prefix):], short) {
			return n, true
		}
	}
	return Number{}, false
}

// ownWithoutTrunk reports whether text, grouped as a count is ("722 178 177"), reads as one of
// the organisation's own numbers without its trunk prefix (0722 178 177 in Kenya): no count
// has its digits, and the links would dial it where a reader dialling it by hand reaches no one.
func ownWithoutTrunk(text, country string, nums []Number) bool {
	n, err := phone.Parse(text, country)
	return err == nil && !strings.HasPrefix(phone.Digits(text), "0") && slices.ContainsFunc(nums, func(o Number) bool { return o.Key == n.Key() && strings.HasPrefix(phone.Digits(o.Written), "0") })
}

// retiredSlip is a number written after a prefix its country dials no more ("01 800 911 2000"
// in Mexico, copied from an old sign): dialled as printed it reaches no one, and read as a slip
// of the number after it the reader would not learn why.
func retiredSlip(text, written, country string, nums []Number) (slip, bool) {
	prefix, rest, ok := phone.Retired(text, country)
	if !ok {
		return slip{}, false
	}
	w := slip{written: written, wrong: fmt.Sprintf("%s starts with %s, which is no longer dialled in %s: dialled as printed it reaches no one", diag.Whole(written), prefix, country), hint: "write " + rest}
	if n, ok := exactNumber(keys(phone.Digits(rest), country, false), nums); ok && n.Placeholder != "" {
		w.near, w.hint = n, fmt.Sprintf("write %s to print %s from settings.yaml", n.Placeholder, n.Written)
	} else if n, ok := near(keys(phone.Digits(rest), country, false), nums); ok {
		return slip{written: written, near: n}, true // a slip of the number too: writing it as settings.yaml has it mends both
	}
	return w, true
}

// areaCode reports whether a piece of a run, with before it the run's text up to it and
// after it gap, is an area code in brackets, "(057)" of "(057) 935 1234": the number goes on
// after its closing bracket, which sets nothing apart.
func areaCode(before, gap string) bool {
	after, closed := strings.CutPrefix(strings.TrimLeft(gap, " "), ")")
	return closed && strings.HasSuffix(strings.TrimRight(before, " "), "(") && !strings.ContainsAny(after, setApart)
}

// ownSubscriber reports whether digits are one of the organisation's numbers without its area
// code, as callers in its area dial it ("678 8858" of "(01) 678 8858", phone.Subscriber).
func ownSubscriber(digits string, nums []Number) bool {
	return len(digits) >= 5 && slices.ContainsFunc(nums, func(n Number) bool {
		return strings.HasSuffix(n.Key, digits) && phone.Subscriber(n.Key) == digits
	})
}

// localSlip finds the number of nums that r, written without an area code, is a slip of as
// callers inside its area write it (phone.LocalForms: "5658 1121" of Mexico City's +52 55 5658
// 1112, "615 42 34" of Berlin's 030 615 42 43): read alone it is no number, or another place's
// without its trunk prefix, and it would pass. after is the text after r; whole is r's digits
// with the area code before them, as the country dials them. A count, a date, a number with +
// or a trunk prefix, or one of the organisation's in any form is none.
func localSlip(r run, after, country string, nums []Number) (n Number, whole string, ok bool) {
	d := r.digits
	if r.plus || len(d) < 6 || d[0] == '0' || r.vanity != "" || countOrDate(r.text) || Counted(after) || exact(keys(d, country, false), nums) {
		return Number{}, "", false
	}
	var forms []string
	for _, n := range nums {
		forms = append(forms, phone.LocalForms(n.Key)...)
	}
	if slices.Contains(forms, d) { // the local form of another of them
		return Number{}, "", false
	}
	for _, n := range nums {
		for _, l := range phone.LocalForms(n.Key) {
			if phone.OneOff(d, l) {
				key := strings.TrimSuffix(n.Key, l) + d
				return n, cmp.Or(phone.National(key), home(key), "+"+key), true
			}
		}
	}
	return Number{}, "", false
}

// leftOutTrunk says what is wrong with a number written without the trunk prefix its country
// dials first, and what to write; "" when nothing is.
func leftOutTrunk(written, country string) (msg, hint string) {
	trunk := phone.Trunk(written, country)
	if trunk == "" {
		return "", ""
	}
	first := strings.IndexAny(written, "0123456789")
	fixed := written[:first] + trunk + written[first:] // the user's own grouping: "(020) 7946-0958"
	return fmt.Sprintf("%s leaves out the trunk prefix %s: in %s it is dialled %s, and dialled as printed it reaches no one", diag.Whole(written), trunk, country, fixed),
		fmt.Sprintf("write %s, or +%d %s for callers abroad", fixed, phone.CountryCode(country), written)
}

// inAddress reports whether s[at:] begins inside a web address of s (wa.me/27821234567, whose
// number WhatsApp reads without its +).
func inAddress(s string, at int) bool {
	// an address holds no space: the run of text around at between spaces is all to read,
	// not the whole paragraph for each of its numbers
	start, end := 0, len(s)
	if i := strings.LastIndexFunc(s[:at], unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		start = i + n
	}
	if i := strings.IndexFunc(s[at:], unicode.IsSpace); i >= 0 {
		end = at + i
	}
	if name, domain, ok := strings.Cut(s[start:end], "@"); ok && name != "" && strings.Contains(domain, ".") {
		return true // an e-mail address's: "Escribe a 016-online@igualdad.gob.es"
	}
	return slices.ContainsFunc(addressSpans(s[start:end]), func(sp [2]int) bool { return start+sp[0] <= at && at < start+sp[1] })
}

// withoutAddresses is s with its web addresses written over in spaces: their digits are no
// number a reader dials.
func withoutAddresses(s string) string {
	for _, sp := range addressSpans(s) {
		s = s[:sp[0]] + strings.Repeat(" ", sp[1]-sp[0]) + s[sp[1]:]
	}
	return s
}

// yearLike reports whether the digits d read as a year of the last century or this one: 1989,
// 2024.
func yearLike(d string) bool { return len(d) == 4 && (d[:2] == "19" || d[:2] == "20") }

// numberAfter reports whether the first within bytes of next, the words right after a number,
// hold another number that is no count of hours: a year or a count ("1773 in 2023", "1773 of
// 2000"), not the "24" of "24시간", "24/7" or "24 hours".
func numberAfter(next string, within int) bool {
	s := next[:min(len(next), within)]
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return !isASCIIText(s) && hasDigit(s) // a digit of another script
	}
	hours, ok := strings.CutPrefix(next[i:], "24")
	return !ok || hours != "" && isDigit(hours[0])
}

// calendarDate reports whether a run is a date written day, month and year (or month, day and
// year) with one separator, a dot, a slash or a hyphen, the year of four digits: "11.6.2016",
// "6/11/2016". Its digits run together read as a number one slip from 116 016.
func calendarDate(text string) bool {
	t := strings.TrimSpace(text)
	i := strings.IndexAny(t, "./-")
	if i < 0 {
		return false
	}
	groups := strings.Split(t, t[i:i+1])
	if len(groups) != 3 || !yearLike(groups[2]) {
		return false
	}
	a, aerr := strconv.Atoi(groups[0])
	b, berr := strconv.Atoi(groups[1])
	return aerr == nil && berr == nil && len(groups[0]) <= 2 && len(groups[1]) <= 2 && a >= 1 && b >= 1 && min(a, b) <= 12 && max(a, b) <= 31
}

// countOrDate reports whether a run of digits is grouped as a count is, in threes after the
// first group of one to three ("1 234 567"), or as a date or a span of years (dateLike).
func countOrDate(text string) bool {
	if dateLike(text) {
		return true
	}
	groups := strings.FieldsFunc(text, func(r rune) bool { return r < '0' || r > '9' })
	if len(groups) < 2 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// dateLike reports whether a run of digits is grouped as a date ("3.12.2026", "12/03/26",
// "2026-12-03") or a span of years ("2019-2024").
func dateLike(text string) bool {
	groups := strings.FieldsFunc(text, func(r rune) bool { return r < '0' || r > '9' })
	return len(groups) == 3 && len(groups[0]) <= 2 && len(groups[1]) <= 2 && (len(groups[2]) == 2 || len(groups[2]) == 4) ||
		len(groups) == 2 && yearLike(groups[0]) && yearLike(groups[1]) || // a span of years, 2019-2024
		len(groups) == 3 && yearLike(groups[0]) && len(groups[1]) <= 2 && len(groups[2]) <= 2 // a date, 2024-05-12
}

// spelledPast are the first digits of a vanity run that spells letters past a configured
// number's length, cut to that length: the network ignores the keys after the number, so
// Australia's 1800RESPECT dials 1800 737 732 and a slip in its first keys is a slip of it.
func spelledPast(r run, nums []Number) []string {
	letters := 0
	for _, c := range slices.Backward([]rune(r.text)) {
		if unicode.IsLetter(c) {
			letters++
		} else if !phone.IsSeparator(c) {
			break
		}
	}
	var out []string
	for _, n := range nums {
		for _, f := range []string{n.Key, n.Local} {
			// a full number's: the first keys of a word past a short code are chance
			if past := len(r.digits) - len(f); len(f) >= 7 && past > 0 && past <= letters {
				out = append(out, r.digits[:len(f)])
			}
		}
	}
	return out
}

// notCounted are lower-case words ending in s that name nothing counted: a number before
// them is still one to dial ("call 191 as soon as you can", "llame al 191 después").
var notCounted = map[string]bool{"always": true, "perhaps": true, "sometimes": true, "towards": true, "afterwards": true,
	"besides": true, "whereas": true, "yours": true, "ours": true, "hers": true, "theirs": true, "pues": true,
	"antes": true, "después": true, "mientras": true, "además": true, "apenas": true, "jamás": true, "quizás": true,
	"detrás": true, "atrás": true, "entonces": true, "connects": true, // "988 connects you to a counselor"
	"dans": true, "sans": true, "sous": true, "vers": true, "après": true, "toujours": true, "alors": true} // "appelez le 3918 dans la journée"

// wordAfter is the word of letters that after begins with, past its spaces; wordBefore the one
// before ends with, past its spaces: the words beside a number, as written.
func wordAfter(after string) string {
	after = strings.TrimLeftFunc(after, spaceLike)
	if end := strings.IndexFunc(after, notLetter); end >= 0 {
		return after[:end]
	}
	return after
}

func wordBefore(before string) string {
	before = strings.TrimRightFunc(before, spaceLike)
	if i := strings.LastIndexFunc(before, notLetter); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		return before[i+n:]
	}
	return before
}

func spaceLike(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) }

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) } // a word's marks are of it: है, not ह

// countsCapital are the nouns written with a capital that count what a number before them
// does, in German ("12 Minuten", "98 Anrufe"); monthWords the months, which make a number
// before them a day ("le 19 novembre", "el 16 de marzo").
var (
	countsCapital = wordSet("Menschen Personen Frauen Männer Kinder Jugendliche Anrufe Gespräche Beratungen Fälle Minuten Stunden Tage Wochen Monate Jahre Mal Prozent Mitarbeiter Mitarbeiterinnen Sprachen Stellen Einsätze Uhr Euro Ehrenamtliche")
	monthWords    = wordSet("january february march april june july august september october november december " +
		"enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre " +
		"januar februar märz juni juli oktober dezember gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre " +
		"janeiro fevereiro março maio junho julho setembro outubro novembro dezembro")
)

// lineDoes reports whether after, the text after a number, says what a line does with a verb
// that is also a plural noun: it answers calls or you, it connects you or people to help.
func lineDoes(after string) bool {
	ws := clauseWords(toSentenceEnd(after))
	if len(ws) < 2 {
		return false
	}
	switch {
	case lineAnswers.has(ws[0]):
		return answered.has(ws[1]) || threatObjects.has(ws[1])
	case lineConnects.has(ws[0]):
		return connectsWhom.has(ws[1]) || threatObjects.has(ws[1])
	}
	return false
}

// answered are what a line answers, or when: "answers calls", "answers every call", "answers
// day and night".
var answered = wordSet("calls texts chats every all any your day night around anytime 24")

// countNouns are words for what is counted that end in no s.
var countNouns = map[string]bool{"people": true, "children": true, "men": true, "women": true, "gente": true, "percent": true, "prozent": true}

// Counted reports whether the word starting after (past spaces) reads as what a number before
// it counts: a lower-case plural ("191 landlords", "98 times", "191 familias", "98 veces").
// Such a number is none to dial: the outputs do not link "911 calls last year" to tel:911.
func Counted(after string) bool {
	if t := strings.TrimLeftFunc(after, spaceLike); strings.HasPrefix(t, "%") || strings.HasPrefix(t, "‰") {
		return true // "19 %", as French, Spanish and German set it
	} else if r, _ := utf8.DecodeRuneInString(t); unicode.Is(unicode.Sc, r) {
		return true // a price: "24 €"
	}
	w := wordAfter(after)
	if w == "" {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(w); countWords[w] || unicode.Is(unicode.Han, first) && countWords[string(first)] || countsCapital.has(w) {
		return true // "11 разів", "打10次电话", "12 Minuten"
	}
	if l := strings.ToLower(w); monthWords.has(l) || (l == "de" || l == "of") && monthWords.has(strings.ToLower(wordAfter(strings.TrimLeftFunc(after, spaceLike)[len(w):]))) {
		return true // a date: "le 19 novembre", "el 16 de marzo", "19 November"
	}
	if !unicode.IsLower([]rune(w)[0]) || lineDoes(after) { // "9888 answers calls", not "998 answers came from teens"
		return false
	}
	if countNouns[w] {
		return true
	}
	// four letters or more, so "as", "was", "los" are none; "ss", "us", "is" end no plural
	// ("unless", "thus", "crisis")
	return utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "s") && !notCounted[w] &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// germanPlural reports whether w, the word after a number, is a German noun in the plural, as
// German writes what it counts after the number with a capital: a plural's ending (-en, -er,
// -innen: "120 Schulen", "120 Beraterinnen", "120 Anzeigen", "12 Frauenhäuser"), the rest of it
// small letters, and no word of danger or of a line.
func germanPlural(w string) bool {
	rs := []rune(w)
	if len(rs) < 5 || !unicode.IsUpper(rs[0]) || strings.IndexFunc(w[1:], func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
		return false
	}
	l := strings.ToLower(w)
	if !strings.HasSuffix(l, "en") && !strings.HasSuffix(l, "er") || lineNouns.has(l) || slices.ContainsFunc(phoneWordEnds, func(e string) bool { return strings.HasSuffix(l, e) }) {
		return false
	}
	e, ok := dangerWordEnd(w, true)
	return !ok || e < len(w)
}

// thousandsRE matches a count written with a separator of thousands, a dot or a comma (15.901,
// 1,057), as no short line groups its digits.
var thousandsRE = lazyRE(`^[0-9]{1,3}(?:[.,][0-9]{3})+$`)

// groupOfCount reports whether the run text[at:end], digits alone, is a group of a number its
// digits make with a comma or an apostrophe against the digits beside it, as counts are grouped
// ("12,009", "200,000", "1,62,449", "1'009"): the groups are one number, none a number of its
// own ("009" is no slip of 109, "200" none of 000), whatever the words before it.
func groupOfCount(text string, at, end int) bool {
	if strings.Trim(text[at:end], "0123456789") != "" {
		return false
	}
	from, to := at, end
	for from >= 2 && strings.ContainsAny(text[from-1:from], ",'") && isDigit(text[from-2]) {
		for from--; from > 0 && isDigit(text[from-1]); from-- {
		}
	}
	for to+1 < len(text) && strings.ContainsAny(text[to:to+1], ",'") && isDigit(text[to+1]) {
		for to++; to < len(text) && isDigit(text[to]); to++ {
		}
	}
	if from == at && to == end {
		return false
	}
	g := strings.ReplaceAll(text[from:to], "'", ",")
	return (from == 0 || !isDigit(text[from-1])) && (thousandsRE().MatchString(g) || lakhsRE().MatchString(g))
}

// lakhsRE matches a count grouped as South Asia groups it, in twos before its last three
// digits: 1,62,449.
var lakhsRE = lazyRE(`^[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}$`)

// spacedDigits reports whether r, a run of text, is a short number written a digit at a time
// ("In an emergency, 9 1 2", "9-1-2"): three or four groups of one digit each.
func spacedDigits(text string, r run) bool {
	if len(r.pieces) >= 3 && len(r.pieces) <= 4 && !slices.ContainsFunc(r.pieces, func(p span) bool { return len(phone.Digits(text[p.at:p.end])) != 1 }) {
		return true
	}
	groups := strings.FieldsFunc(r.text, phone.IsSeparator)
	return len(groups) >= 3 && len(groups) <= 4 && !slices.ContainsFunc(groups, func(g string) bool { return len(phone.Digits(g)) != 1 || len(g) != 1 })
}

// countLast is r, a run of text, without its last group where r is a short number and a
// group of one or two digits that counts what follows: "Call 912 7 days a week" is 912 and a
// count, which read as one number, 9127, hid the slip.
func countLast(text string, r run) run {
	n := len(r.pieces)
	if n < 2 || r.vanity != "" {
		return r
	}
	last := r.pieces[n-1]
	t := strings.TrimRightFunc(text[r.at:r.pieces[n-2].end], unicode.IsSpace)
	if d := phone.Digits(t); len(d) > 4 || len(phone.Digits(text[last.at:last.end])) > 2 || !Counted(text[r.at+len(r.text):]) {
		return r
	}
	r.text, r.pieces, r.digits = t, r.pieces[:n-1], phone.Digits(t)
	return r
}

// keypadSlip finds the configured number of seven digits or more that keys, a number written
// with letters as its keys dial (a vanity number: "1800 RESPCT", "1-800-799-SAF"), spells with
// one key dropped, added, changed or two swapped, where it spells none: it dials another
// number, or none, while a configured number written in digits gave its letters nothing to be
// compared with.
func keypadSlip(keys string, nums []Number) (Number, bool) {
	spells := func(keys string, n Number) bool { // as dialled in the country (with or without the U.S. 1), or from abroad
		return strings.HasPrefix(keys, n.Local) || strings.HasPrefix(keys, strings.TrimPrefix(n.Local, "1")) || strings.HasPrefix(keys, n.Key)
	}
	var long []Number
	width := 0 // the keys a slip may change to spell one: past them, it spells none more than keys does
	for _, n := range nums {
		if len(n.Local) >= 7 {
			if spells(keys, n) {
				return Number{}, false // it spells one, letters past it aside (1800RESPECT)
			}
			long, width = append(long, n), max(width, len(n.Local)+1, len(n.Key)+1)
		}
	}
	for _, v := range phone.Slips(keys[:min(len(keys), width)]) {
		for _, n := range long {
			if spells(v, n) {
				return n, true
			}
		}
	}
	return Number{}, false
}

// tailSlip finds the organisation's long number (prev) that a short number after it, joined by
// "or", a slash or a dash (gap), gives the ending of: "Call 1-800-799-7233 (or 7234)", "0808
// 2000 247 or 248". Read as that ending, d makes a number one slip from the line's, which a
// reader dials.
func tailSlip(prev run, written, d, country string, nums []Number) (slip, bool) {
	if len(d) < 2 || len(prev.digits) < 7 || len(d) > len(prev.digits)-3 || strings.HasPrefix(written, "+") {
		return slip{}, false // a number whole, not an ending: "+44 (0)808 2000 247 or +44 808 2000 247"
	}
	n, ok := exactNumber(keys(prev.digits, country, prev.plus), nums)
	if !ok {
		return slip{}, false
	}
	ending := tailOf(strings.TrimSpace(prev.text), d)
	if c := keys(phone.Digits(ending), country, prev.plus); exact(c, []Number{n}) {
		return slip{}, false // "(or 7233)": the line's own ending, said again
	} else if _, slipped := near(c, []Number{n}); !slipped {
		return slip{}, false
	}
	return slip{written: written, near: n, wrong: fmt.Sprintf("%s, after %s, gives its ending: read so, it is %s, one slip away from %s", diag.Whole(written), strings.TrimSpace(prev.text), ending, n),
		hint: "write the other number whole, or take it out"}, true
}

// tailOf is written, a number, with its last digits d instead of its own: 1-800-799-7234 of
// 1-800-799-7233 and 7234.
func tailOf(written, d string) string {
	w := []byte(written)
	k := len(d) - 1
	for i := len(w) - 1; i >= 0 && k >= 0; i-- {
		if isDigit(w[i]) {
			w[i] = d[k]
			k--
		}
	}
	return string(w)
}

// tailGapRE is what joins an ending to the number before it: "or", a slash, a dash, in brackets.
var tailGapRE = lazyRE(`(?i)^[\s\p{Zs}]*(?:[/|]|\(?[\s\p{Zs}]*(?:or|o|ou|oder|oppure)[\s\p{Zs}]+-?|,[\s\p{Zs}]*(?:or|o|ou|oder)[\s\p{Zs}]+-?)[\s\p{Zs}]*$`)

// pairSlip finds, in a run of short numbers joined by a slash, a bar or a dot ("988/989", "911 |
// 912", "988 · 989"),
// one that is one slip from a configured number beside one that is a configured number: read
// whole, the run is a number of none, and the slip beside the line passed.
func pairSlip(joined, country string, nums []Number) (string, Number, bool) {
	parts := strings.FieldsFunc(joined, func(r rune) bool { return r == '/' || r == '|' || r == '\u00a6' || r == '·' || r == '•' })
	if len(parts) < 2 || !slices.ContainsFunc(parts, func(p string) bool { return exact([]string{phone.Digits(p)}, nums) }) {
		return "", Number{}, false
	}
	for _, p := range parts {
		d := phone.Digits(p)
		if len(d) < 3 || len(d) > 6 || exact([]string{d}, nums) || services[d] || phone.IsEmergency(d, country) || serviceNumber(d, country) {
			continue
		}
		if n, ok := near([]string{d}, nums); ok {
			return strings.TrimSpace(p), n, true
		}
	}
	return "", Number{}, false
}

// clockFirst is r without the hours it starts with, "24/7" and a space, before a number: "Call
// 24/7 989" is the hours and 989, which read as one number, 247989, hid the slip.
func clockFirst(text string, r run) run {
	if r.vanity != "" {
		return r
	}
	for k := 1; k < min(len(r.pieces), 4); k++ { // its first three parts at most: "24/7/365"
		end, next := r.pieces[k-1].end, r.pieces[k].at
		if roundTheClock(text[r.at:end]) && strings.ContainsFunc(text[end:next], unicode.IsSpace) {
			end := r.at + len(r.text)
			r.at, r.pieces, r.plus = next, r.pieces[k:], false
			r.text = text[next:end]
			r.digits = phone.Digits(r.text)
			return r
		}
	}
	return r
}

// digitLike are the letters typed for the digits they look like, most often when a number is
// retyped from a flyer: O for 0, l and I for 1.
var digitLike = map[byte]byte{'O': '0', 'o': '0', 'l': '1', 'I': '1'}

// lookalike is a number written with a letter, or another character that prints like a
// digit, for a digit: text[at:end], the first such character at pos, which is to be digit.
type lookalike struct {
	at, end, pos int
	digit        byte
}

// message says what is wrong and what to write, for the number found in p's text (text is
// p.text as the runs were found in).
func (l lookalike) message(p plain, text string) string {
	r, _ := utf8.DecodeRuneInString(p.orig[p.from(l.pos):])
	fixed := []byte(typedAsDigits(text[l.at:l.end]))
	fixed[l.pos-l.at] = l.digit // a letter alone before the digits, which typedAsDigits leaves (letterFirst)
	return fmt.Sprintf("%s has %s among its digits; write %c: %s", diag.Whole(p.original(l.at, l.end)), letterName(r), l.digit, fixed)
}

// letterDigits finds numbers written with a letter O, l or I for a digit ("555-O187",
// "1-8OO-799-7233"), or another character that prints like one, which plainOf read as the digit
// ("1-800-799-72З4" with a Cyrillic З). Such a letter is read as a digit only in a group of
// digits, no other letter beside it, and inside the number, not at an end: "H2O", "the O2 arena", a vanity word
// (1-800-GO-FEDEX) and the pronoun I are words. At an end it is one too where the number it
// makes is one of nums or an emergency number ("Call 91l" is 911 typed with an l, which no
// keypad dials as 1; read as a digit, no slip of 911 is left for slips to find). A keypad would
// dial O as 6: it is a typo. text is p.text, perhaps with parts blanked.
func letterDigits(p plain, text, country string, nums []Number) []lookalike {
	fixed := typedAsDigits(text)
	out := letterSet(fixed, country, nums)
	if fixed == text && p.text == p.orig && !letterAlone(text) {
		return out
	}
	for _, r := range numberRuns(fixed) {
		end := r.at + len(r.text)
		if l, ok := letterFirst(fixed, r, country, nums); ok {
			out = append(out, lookalike{l, end, l, digitLike[fixed[l]]})
			continue
		}
		first, last := strings.IndexAny(fixed[r.at:end], "0123456789"), strings.LastIndexAny(fixed[r.at:end], "0123456789")
		if first < 0 {
			continue // digits of another script alone: no letter O, l or I among them
		}
		from, to := r.at+first+1, r.at+last
		if exact(keys(r.digits, country, r.plus), nums) || phone.IsEmergency(r.digits, country) {
			from, to = r.at+first, r.at+last+1
		}
		for i := from; i < to; i++ {
			if text[i] != fixed[i] || p.lookalike(i) {
				out = append(out, lookalike{r.at, end, i, fixed[i]})
				break
			}
		}
	}
	return out
}

// shapeLike are the capitals that print like a digit beside digitLike's letters: B like 8, S
// like 5, Z like 2, G like 6. Alone among letters they are words (B12, MP3); only where the
// digits they end make one of the organisation's numbers are they read as one ("8878B").
var shapeLike = map[byte]byte{'B': '8', 'S': '5', 'Z': '2', 'G': '6'}

// letterSet finds, in text (as typedAsDigits reads it), a letter set apart in a number's
// groups, a hyphen or a dot either side ("9-l-1", which typedAsDigits leaves as a word and
// the runs read as 9 and 1), or a letter that prints like a digit written against the end of
// its digits ("Text START to 8878B"), where with the digit it looks like the number is one of
// nums exactly, or an emergency number: a reader dials the digits alone, or no keypad has it.
func letterSet(text, country string, nums []Number) []lookalike {
	var out []lookalike
	for i := 1; i < len(text); i++ {
		var digit byte
		switch {
		case i+2 < len(text) && digitLike[text[i]] != 0 && strings.IndexByte("-.", text[i-1]) >= 0 && strings.IndexByte("-.", text[i+1]) >= 0 &&
			i >= 2 && isDigit(text[i-2]) && isDigit(text[i+2]):
			digit = digitLike[text[i]]
		case isDigit(text[i-1]) && (i+1 == len(text) || !unicode.IsLetter(rune(text[i+1])) && !isDigit(text[i+1])):
			digit = cmp.Or(shapeLike[text[i]], digitLike[text[i]])
		}
		if digit == 0 {
			continue
		}
		t := text[:i] + string(digit) + text[i+1:]
		for _, r := range numberRuns(t) {
			if end := r.at + len(r.text); r.at <= i && i < end && (exact(keys(r.digits, country, r.plus), nums) || phone.IsEmergency(r.digits, country)) {
				if before, _ := utf8.DecodeLastRuneInString(t[:r.at]); r.at > 0 && unicode.IsLetter(before) {
					break // a word's: "MP3", "A-9-l-1"
				}
				out = append(out, lookalike{r.at, end, i, digit})
			}
		}
	}
	return out
}

// mixedDigits finds numbers a group of whose digits mixes two scripts ("91੧", "1-888-3৭3-7888",
// Bengali ৭ among ASCII digits): read by value, each dials a number, but a reader takes the
// other script's digit for the digit it looks like (৭, a 7, prints like a 9), or for none.
// ASCII's, the full-width and the mathematical digits are one script's. text is p.text.
//
// Groups a space parts are one number where together they make one of the plan, seven digits
// or more ("1-888 ٣٧٣ 7888", "٦١٤ 276 2274", each group of one script): its link dials them
// all, and a reader of either script reads only part. Groups that make none are each their
// own ("٩١١ 24/7").
func mixedDigits(p plain, text, country string) []slip {
	var out []slip
	for _, r := range numberRuns(text) {
		spans := r.pieces
		if len(spans) == 0 {
			spans = []span{{r.at, r.at + len(r.text)}}
		}
		for a := range r.pieces {
			for b := a + 1; b < r.partsWithin(text, a); b++ {
				at, end := r.pieces[a].at, r.pieces[b].end
				if _, err := phone.Parse(text[at:end], country); err == nil && len(phone.Digits(text[at:end])) >= 7 {
					spans = append(spans, span{at, end})
				}
			}
		}
		for _, g := range spans {
			i, ok := p.mixedDigit(g.at, g.end)
			if !ok {
				continue
			}
			out = append(out, slip{written: p.original(g.at, g.end), at: p.from(g.at),
				wrong: fmt.Sprintf("%s mixes the digits of two scripts: %s", diag.Whole(p.original(g.at, g.end)), p.mixedName(i, g.at, g.end)),
				hint:  "write the number you mean in the digits of one script, e.g. " + text[g.at:g.end]})
			break
		}
	}
	return out
}

// letterFirst finds the letter O, l or I written alone for the first digit of r, joined to
// the rest by a hyphen or a dot ("l-888-373-7888", "I.800.799.7233"): typedAsDigits reads a
// group of letters alone as a word, and the run begins after it. It is a typo where the
// letter's digit and the run's are one of nums or an emergency number, and no letter or digit
// stands before it: "I-95" and "Route I-80" are words, and so are the letter and a space before
// a number ("60 o 65 llamadas", Italian "I 12 operatori"). The letter is at text[l].
func letterFirst(text string, r run, country string, nums []Number) (l int, ok bool) {
	l = r.at - 2
	if l < 0 || digitLike[text[l]] == 0 || strings.IndexByte("-.", text[l+1]) < 0 {
		return 0, false
	}
	if before, _ := utf8.DecodeLastRuneInString(text[:l]); l > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) {
		return 0, false
	}
	digits := string(digitLike[text[l]]) + r.digits
	return l, !r.plus && (exact(keys(digits, country, false), nums) || phone.IsEmergency(digits, country))
}

// letterAlone is whether text holds a letter O, l or I, a hyphen or a dot, and a digit, in a
// row: where letterFirst may find one.
func letterAlone(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		if digitLike[text[i]] != 0 && strings.IndexByte("-.", text[i+1]) >= 0 && isDigit(text[i+2]) {
			return true
		}
	}
	return false
}

// letterSlip is a number written with a letter among its digits: text[at:end], the letter at
// pos, a slip of near.
type letterSlip struct {
	at, end, pos int
	near         Number
}

// letterAmong finds numbers written with one letter among their digits, a digit on each side
// ("Text HELP to 2337S3", or a letter of any script, "1-888-3Ƭ3-7888"), that read with a
// digit in its place, or without it, are a configured number or one slip from one. Another letter than O, l or I (typedAsDigits) makes
// the group a word to the runs, which then read the digits on one side of it alone: those of
// 23373S are a slip of 233733, but 2337 and 3 of 2337S3 are none. Letters around the group
// (a vanity word, MP3, B12) make it no number; a number of fewer than four digits is left to
// letterDigits, as the group is likely a word ("4x4").
func letterAmong(text, country string, nums []Number) []letterSlip {
	var out []letterSlip
	grouped := func(j, step int) bool { // a hyphen or a dot, then a digit, at text[j]
		return j >= 0 && j+step >= 0 && j+step < len(text) && (text[j] == '-' || text[j] == '.') && isDigit(text[j+step])
	}
	for i := 1; i+1 < len(text); i++ {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) || i+size >= len(text) {
			continue
		}
		digitBefore, digitAfter := isDigit(text[i-1]), isDigit(text[i+size])
		// a letter of another script than ASCII's, which spell a vanity number, at a group's
		// edge: "1-888-37Ƭ-7888"
		edge := r >= utf8.RuneSelf && (digitBefore && grouped(i+size, 1) || digitAfter && grouped(i-1, -1))
		if !(digitBefore && digitAfter) && !edge {
			continue
		}
		a, b := i, i+size
		for a > 0 && isDigit(text[a-1]) {
			a--
		}
		for b < len(text) && isDigit(text[b]) {
			b++
		}
		if before, _ := utf8.DecodeLastRuneInString(text[:a]); a > 0 && unicode.IsLetter(before) {
			continue
		}
		if after, _ := utf8.DecodeRuneInString(text[b:]); b < len(text) && unicode.IsLetter(after) {
			continue
		}
	puts:
		for _, put := range []string{"", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"} {
			t := text[:i] + put + text[i+size:]
			for _, r := range numberRuns(t) {
				end := r.at + len(r.text)
				if r.at > i || end <= i || len(r.digits) < 4 {
					continue
				}
				whole := keys(r.digits, country, r.plus)
				n, ok := exactNumber(whole, nums)
				if !ok {
					n, ok = near(whole, nums)
				}
				if ok {
					out = append(out, letterSlip{r.at, end + size - len(put), i, n})
					i = end + size - len(put)
					break puts
				}
			}
		}
	}
	return out
}

// typedAsDigits writes the letters O, l and I in a group of digits as the digits they stand
// for: in a group (letters and digits between other characters) holding a digit and no other
// letter.
func typedAsDigits(text string) string {
	b := []byte(text)
	for i := 0; i < len(b); {
		j := i
		digits, others := false, false
		for j < len(b) && (isDigit(b[j]) || digitLike[b[j]] != 0) {
			digits = digits || isDigit(b[j])
			j++
		}
		if j == i {
			i++
			continue
		}
		// a letter (of any script) on either side makes the group part of a word
		if i > 0 {
			r, _ := utf8.DecodeLastRune(b[:i])
			others = unicode.IsLetter(r)
		}
		if r, _ := utf8.DecodeRune(b[j:]); j < len(b) && unicode.IsLetter(r) {
			others = true
		}
		if digits && !others {
			for k := i; k < j; k++ {
				if d := digitLike[b[k]]; d != 0 {
					b[k] = d
				}
			}
		}
		i = j
	}
	return string(b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

var (
	// dialWordRE is a word asking to call or text, somewhere before a number, in a script
	// written with spaces or without ("请拨打").
	dialWordRE = lazyREOf(func() string {
		return `(?i)(?:(?:^|[^\pL])` + joined + dialVerbs() + `(?:$|[^\pL])|` + dialVerbsUnspaced + `)`
	})
	// beforeDialledRE ends a text whose next number is one to dial: "at 912", "911 or 998", "call: 988",
	// Arabic "على الرقم" (at the number), "إلى" (to).
	beforeDialledRE = lazyRE(`(?i)(\b(at|to|on|al|a|unter|au)|(?:^|[^\pL])(?:على|بـ|إلى|الى)(?:\s+(?:الرقم|رقم))?|:)\s*$`)
	// joinedRE ends a text in the words that join a second number to one before them, in every
	// language of askWords ("or", "ou le", "或", "أو"), "and", or that give it next ("then"),
	// perhaps with the words between a verb and its number after them ("{call} ou le 912"), or
	// in the comma of a list ("Call 911, 912") (dialledBefore).
	joinedRE = lazyREOf(func() string {
		return `(?i)(?:(?:^|[^\pL])(` + alternation(askOr()) + `|` + alternation(thenWords()) + `|and|y|e|et|und)(?:\s+(?:` + alternation(askBetween()) + `)){0,2}|([,，、]))\s*$`
	})
	// thenWords give a number to dial next, or too, or else: "Call {call}, then 911", "Call
	// {call}, also 911", "Rufen Sie {call} an, sonst 112".
	thenWords = wordSet("then also otherwise luego después despues entonces también puis ensuite aussi sinon dann danach auch sonst depois então também poi quindi anche altrimenti potem także потом затем также иначе потім також інакше rồi cũng epi answit iyo kadibna ثم")
)

// sinceSentence is before, the text up to a number, from the start of the number's sentence.
func sinceSentence(before string) string {
	if l := sentenceBreaks(before); len(l) > 0 {
		return before[l[len(l)-1][1]:]
	}
	return before
}

// toSentenceEnd is after, the text after a number, up to the end of the number's sentence.
func toSentenceEnd(after string) string {
	if l := sentenceBreaks(after); len(l) > 0 {
		return after[:l[0][0]]
	}
	return after
}

// sentenceBreaks are where sentences end in s, in order: a semicolon or any of Unicode's
// sentence terminals (۔ ። । as well as . ! ?), then a space (one of "\t\n\f\r "), each from
// the mark to past the space. (A pattern of the same, compiled, held 1,300 characters in its
// class.)
func sentenceBreaks(s string) [][2]int {
	var out [][2]int
	for i, r := range s {
		if r < 0x80 && r != ';' && r != '.' && r != '!' && r != '?' || r >= 0x80 && !unicode.Is(unicode.Sentence_Terminal, r) {
			continue
		}
		if j := i + utf8.RuneLen(r); j < len(s) && strings.IndexByte("\t\n\f\r ", s[j]) >= 0 {
			out = append(out, [2]int{i, j + 1})
		}
	}
	return out
}

// dialled reports whether a short number between before and after reads as one to dial: the
// sentence asks to call or text, and the number comes after "at", "or" and the like ("call the
// Lifeline at 989", "call 911 or 998"), where a count or a year does not ("in 2023, 912
// calls"); a capital after it makes it a street address ("call us at 912 Main Street").
func dialled(before, after string) bool {
	before = sinceSentence(before)
	if next := strings.TrimLeft(after, " \u00a0"); next != "" && unicode.IsUpper([]rune(next)[0]) {
		return false
	}
	if !dialWordRE().MatchString(before) {
		return false
	}
	if beforeDialledRE().MatchString(before) {
		return true
	}
	m := joinedRE().FindStringSubmatchIndex(before) // the joining word's or comma's start: m[2] or m[4]
	return m != nil && dialledBefore(before[:max(m[2], m[4])])
}

// endsInNumberPlaceholder reports whether s ends in a placeholder that prints a number ({call}).
func endsInNumberPlaceholder(s string) bool {
	i := strings.LastIndexByte(s, '{')
	return i >= 0 && numberAt(s[i:]) == len(s)-i
}

// callsToRE ends a text in the calls or texts to the number after it: "Calls to", "texts to
// the", "las llamadas al", "les appels au", "Anrufe bei der", "Der Anruf unter", "as ligações
// para o", "le chiamate al".
var callsToRE = lazyRE(`(?i)(?:^|[^\pL])(?:calls?|texts|messages|llamadas?|mensajes|appels?|sms|anrufe?|chiamate|chiamata|messaggi|ligações|ligação|chamadas?|mensagens)[\s\p{Zs}]+(?:to|al|a|au|aux|bei|an|unter|alla|allo|para|pro)(?:[\s\p{Zs}]+(?:the|el|la|le|o|a|il|lo|der|die|das))?[\s\p{Zs}]*$`)

// callsTo reports whether before, the text up to a number, ends in the calls or texts to it
// (callsToRE), or in them to another number and a word that joins this one to it ("Calls to 988
// and 989 are free"), or after, the text after it, starts with them (callNounAfter).
func callsTo(before, after string) bool {
	before = sinceSentence(before)
	if callsToRE().MatchString(before) || callNounAfter(after) {
		return true
	}
	m := joinedRE().FindStringSubmatchIndex(before)
	if m == nil || !dialledBefore(before[:max(m[2], m[4])]) {
		return false
	}
	prev := plainOf(strings.TrimRightFunc(before[:max(m[2], m[4])], joinGap)).text
	runs := numberRuns(prev)
	return len(runs) > 0 && callsToRE().MatchString(prev[:runs[len(runs)-1].at])
}

// joinGap is what may stand between a number and the word that joins the next to it: spaces, a
// comma, a dash, brackets.
func joinGap(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(",;、，()（）—–", r)
}

// orAfterWords reports whether a short number between before and after follows "or" after a
// number to dial and a few words of when or for whom ("Call 988 anytime, or 989", "Call or
// text 988 now — or 989 for Spanish"). Words of a means give the next number as another line's,
// reached another way ("Contactez le 3919 par téléphone, ou le 114 par SMS"); "and" joins a
// clause of its own ("Call 988 today, and 98 volunteers answer").
func orAfterWords(before, after string) bool {
	before = sinceSentence(before)
	if next := strings.TrimLeft(after, " \u00a0"); next != "" && unicode.IsUpper([]rune(next)[0]) || !dialWordRE().MatchString(before) {
		return false
	}
	m := joinedRE().FindStringSubmatchIndex(before)
	if m == nil || m[2] < 0 || !askOr()[strings.ToLower(before[m[2]:m[3]])] {
		return false
	}
	trimmed := strings.TrimRightFunc(before[:m[2]], joinGap)
	for range 4 {
		w := wordBefore(trimmed)
		if w == "" {
			break
		}
		if l := strings.ToLower(w); voiceWords.has(l) || texting.has(l) {
			return false
		}
		trimmed = strings.TrimRightFunc(strings.TrimSuffix(trimmed, w), joinGap)
	}
	return dialledBefore(trimmed)
}

// orNumber reports whether before, the text up to a number, ends in a number to dial and "or"
// ("call 911 or "): two digits after it are that number's slip, where after a verb alone they
// are an hour or an age ("call us from 7 to 11"), and after "and" a count ("Wählen Sie 112,
// und 12 weitere Rettungswagen stehen bereit").
func orNumber(before string) bool {
	before = sinceSentence(before)
	m := joinedRE().FindStringSubmatchIndex(before)
	return m != nil && m[2] >= 0 && askOr()[strings.ToLower(before[m[2]:m[3]])] && dialledBefore(before[:m[2]])
}

// dialledBefore reports whether before, the text up to the word that joins a number to another,
// ends in a number that is one to dial ("Call {call}, then 912", "Gọi {call} hoặc 912", "Call
// 988 (or 989 in Spanish)", "Rufen Sie {call} an, sonst 912"), not a year or a count ("1,200
// calls in 2023, then 912 in 2024").
func dialledBefore(before string) bool {
	trimmed := strings.TrimRightFunc(before, joinGap)
	if w := wordBefore(trimmed); w == "an" && rufRE().MatchString(trimmed) { // German "Rufen Sie {call} an, sonst 912"
		trimmed = strings.TrimRightFunc(strings.TrimSuffix(trimmed, w), unicode.IsSpace)
	}
	if endsInNumberPlaceholder(trimmed) { // "Call {call} or 912": the checks read texts before their placeholders are filled
		return true
	}
	p := plainOf(trimmed)
	runs := numberRuns(p.text)
	if len(runs) == 0 {
		return false
	}
	r := runs[len(runs)-1]
	grouped := r.at >= 2 && strings.ContainsRune(",.", rune(p.text[r.at-1])) && isDigit(p.text[r.at-2]) // "200" of "1,200"
	// two digits count where a verb asks to dial them ("appelez le 15 ou le 121"), not as an hour
	// or an age ("from 7 to 11")
	dialledTwo := len(r.digits) == 2 && callWordRE().MatchString(p.text[max(0, r.at-90):r.at])
	return r.at+len(r.text) == len(p.text) && (len(r.digits) >= 3 || dialledTwo) && !yearLike(r.digits) && !grouped && !Counted(before[len(trimmed):])
}

// lineLabel reports whether before, the text up to a number, ends in a label that names a line,
// with a colon: "Ligne d'écoute :", "Crisis line:", "Teléfono:".
func lineLabel(before string) bool {
	t := strings.TrimRightFunc(before, spaceLike)
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	ws := clauseWords(sinceSentence(t))
	return slices.ContainsFunc(ws, func(w string) bool { return lineNouns.has(w) || voiceWords.has(w) }) &&
		!slices.ContainsFunc(ws, func(w string) bool {
			return !lineNouns.has(w) && !voiceWords.has(w) && !lineArticles.has(w) && !labelOfLine.has(w)
		})
}

// labelOfLine are the words besides a line's that a label naming a line has: "Ligne d'écoute",
// "Crisis line", "Línea de ayuda"; a label with any other ("Line staff", "Ligne de bus") is
// none.
var labelOfLine = wordSet("crisis help support listening national d de del des du of écoute ayuda apoyo aide hilfe aiuto ajuda urgence urgences emergency crise")

// endsSentence reports whether after, the text after a number, says nothing more in its
// sentence: "If you are in danger: 9888."
func endsSentence(after string) bool {
	return !strings.ContainsFunc(toSentenceEnd(after), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// numberPrefixOf are the words after a number that make it the start of a phone's number: "a
// 989 phone number", "my 212 cell".
var numberPrefixOf = wordSet("phone cell mobile area number numbers")

// numberOf reports whether words say "the number of", which counts: "el número de", "le nombre de".
func numberOf(words []string) bool {
	for i := 1; i < len(words); i++ {
		of := countOfWords.has(words[i]) || totalOf.has(words[i]) && i+1 < len(words) && countOfWords.has(words[i+1]) // "el número total de"
		if (lineNumber.has(words[i-1]) || words[i-1] == "nombre") && of {
			return true
		}
	}
	return false
}

// ownSentence reports whether a number is a sentence of its own, or opens one before a colon
// or a dash, as a headline or a tagline gives a line: "989: you are not alone", "989. Someone
// is here.", "Non sei sola. 1523", "Struggling? 989."; not what a count's words follow ("989:
// crisis line calls this year") nor the answer to a count's question ("How many people called?
// 987.").
func ownSentence(before, after string) bool {
	if strings.TrimFunc(sinceSentence(before), func(r rune) bool { return spaceLike(r) || unicode.In(r, unicode.Pi, unicode.Ps) }) != "" {
		return false
	}
	if asksCount(clauseWords(previousSentence(before))) {
		return false
	}
	next := strings.TrimLeftFunc(after, spaceLike)
	r, n := utf8.DecodeRuneInString(next)
	switch r {
	case utf8.RuneError: // the text's end
		return n == 0
	case ':', '：', '–', '—', '!', '|':
		return !slices.ContainsFunc(clauseWords(toSentenceEnd(next[n:])), func(w string) bool { return Counted(w) || countOfWords.has(w) })
	case '.':
		f, _ := utf8.DecodeRuneInString(next[n:])
		return n == len(next) || spaceLike(f)
	}
	if !unicode.IsUpper(r) || len(next) == len(after) || streetAfter(after) {
		return false
	}
	// a sentence begun with no stop between, as a headline runs on ("989 You are not alone"): a
	// capital, then a word in lower case; not a name in capitals ("989 Center Street NE", "988
	// Suicide & Crisis Lifeline") nor what it counts ("989 Calls answered last year")
	words := clauseWords(toSentenceEnd(next))
	return !Counted(strings.ToLower(next)) && !slices.ContainsFunc(words, func(w string) bool { return Counted(w) || countOfWords.has(w) }) &&
		slices.ContainsFunc(strings.Fields(toSentenceEnd(next))[1:min(4, len(strings.Fields(toSentenceEnd(next))))], func(w string) bool {
			f, _ := utf8.DecodeRuneInString(w)
			return unicode.IsLower(f)
		})
}

// orOwn reports whether before, the text up to a number in its sentence, ends in one of the
// organisation's own lines, or its placeholder, and "or", a slash or a middle dot: "988 or
// 989", "{call} · 989", "CVV: 188 ou 189" give the line and a slip of it side by side, as
// pairSlip reads "988/989".
func orOwn(before, country string, nums []Number) bool {
	said := strings.TrimRightFunc(sinceSentence(before), spaceLike)
	t := strings.TrimRight(said, ",/·•|")
	if w := wordBefore(said); w != "" && askOr()[strings.ToLower(w)] {
		t = said[:len(said)-len(w)] // wordBefore is what said ends in
	} else if len(t) == len(said) {
		return false
	}
	t = strings.TrimRightFunc(t, spaceLike)
	for p := range ownPlaceholders {
		if strings.HasSuffix(t, p) {
			return true
		}
	}
	runs := numberRuns(t)
	if len(runs) == 0 {
		return false
	}
	last := runs[len(runs)-1]
	return strings.TrimRightFunc(t[last.at+len(last.text):], spaceLike) == "" && exact(keys(last.digits, country, last.plus), ownLines(nums))
}

// lineBefore reports whether the word right before a number names a helpline, whose number it
// is: "the government hotline 1574 works around the clock", "гарячу лінію 1574"; not a line
// of buses or trains ("Bus line 989 stops outside the school").
func lineBefore(before string) bool {
	s := strings.TrimRightFunc(sinceSentence(before), spaceLike)
	w := wordBefore(s)
	lw := strings.ToLower(w)
	if lw == "line" && transit.has(strings.ToLower(wordBefore(s[:len(s)-len(w)]))) {
		return false
	}
	return lineNouns.has(lw) || slavicLines.has(lw)
}

// transit are the words that make a line before a number a route: bus line 989.
var transit = wordSet("bus tram metro subway train rail tube ferry")

// slavicLines are the words for a helpline in Ukrainian and Russian, as a number follows them:
// "гаряча лінія 1547", "на гарячу лінію 1547", "горячая линия".
var slavicLines = wordSet("лінія лінію лінії линия линию линии")

// ownLines are nums but the emergency number: the lines the organisation gives.
func ownLines(nums []Number) []Number {
	return slices.DeleteFunc(slices.Clone(nums), func(n Number) bool { return n.Placeholder == "{emergency}" || len(n.Key) < 3 })
}

// uncounted reports whether a short number, its digits d, between before and after in its
// text, stands where prose puts a line to reach and no count: alone, or within its sentence
// (one that opens it is read by lineSubject), with its clause ending after it or a word after it that
// leads on from a line ("is", "in", "for", "anytime"), not a year, a price, a range, a room
// or a house, nor after "over", "about" or "more than". One slip from a line of the
// organisation's own, such a number is that line misprinted, whatever else its sentence says:
// "Our number is 1773", "Talk to a counsellor on 1773", "Save 1773 in your phone" for 1737.
// A word after it that is none of those ("989 orang", "989 crisis calls") may be what it counts.
func uncounted(before, after, d string) bool {
	next := strings.TrimLeft(after, " \u00a0")
	clause := sinceSentence(before)
	if countClause(before) {
		return false
	}
	said := clauseWords(clause)
	if yearLike(d) && !numberGiven(before) || clockTime(d) || opensSentence(before) && wordAfter(next) != "" || labelBefore(before) || streetAfter(after) || Counted(after) ||
		streetBefore(before) || hasDigit(strings.ReplaceAll(clause, "24/7", "")) || // "Of the 1,200 callers, 987 can get help", "12% to 987"; not "Available 24/7 at 989"
		slices.ContainsFunc(said, func(w string) bool { return areaWords.has(w) || trendWords.has(w) }) { // "Our area code is 989", "Texts doubled in June, to 989"
		return false
	}
	_, asked := inQuestion(after)
	if r, _ := utf8.DecodeRuneInString(next); next != "" && !strings.ContainsRune(".,;:!?)]”»’\"'。，；：！？）」』।॥،؛។။", r) {
		w := strings.ToLower(wordAfter(next))
		leads := lineLeads.has(w) || koreanParticles.has(w) || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) && slices.ContainsFunc(leadsUnspaced, func(l string) bool { return strings.HasPrefix(next, l) })
		if !leads && !asked || numberAfter(next, len(w)+4) { // "1773 in 2023" counts; "989는 24시간 열려" is open 24 hours
			return false
		}
	}
	if rangeFrom().MatchString(before) {
		return false // "from 1700 to 1773", "between 1700 and 1773"
	}
	trimmed := strings.TrimRightFunc(before, spaceLike)
	if last, _ := utf8.DecodeLastRuneInString(trimmed); unicode.Is(unicode.Sc, last) {
		return false // "$1773"
	}
	w := strings.ToLower(wordBefore(trimmed))
	two := strings.ToLower(wordBefore(strings.TrimSuffix(trimmed, wordBefore(trimmed)))) + "_" + w
	if countBefore.has(w) || countBefore.has(two) {
		return false
	}
	// and its sentence speaks of reaching someone by phone ("Our number is 1773", "Talk to a
	// counsellor on 1773"), or, alone in its own, the one before it does ("Need to talk? 1738."),
	// asking no count ("How many texts came in? 1738."): an address, a statistic, a time or a
	// label says nothing of it ("Via Roma 152", "Attendance was 987", "closes at 1730")
	words := append(said, clauseWords(toSentenceEnd(after))...)
	if asked && !opensSentence(before) { // a question a FAQ asks of its line: "Will 989 send the police?", "How much does 989 cost?"
		return !slices.ContainsFunc(words, func(w string) bool { return notPhone.has(w) || areaWords.has(w) }) && !numberOf(words) && // not "Is 989 the number of calls?", "a 212 area code?"
			!numberPrefixOf.has(strings.ToLower(wordAfter(next))) // nor "when I have a 989 phone number?"
	}
	if opensSentence(before) {
		words = clauseWords(previousSentence(before))
		if asksCount(words) {
			return false
		}
	}
	return phoneSaid(words)
}

// wholeText reports whether a number is all its text says, but how a line answers: before it a
// list's mark or number, around it nothing but its hours, that it is free or the word for a
// line, to call or text it ("989", "- 989 (free)", "989, 24/7", "3991, 24h/24", "061, 24
// horas", "989 – call or text, 24/7", "Free · Confidential · 24/7 · 989").
func wholeText(before, after string) bool {
	before = strings.TrimLeftFunc(before, unicode.IsSpace)
	if i := strings.IndexAny(before, ".)"); i > 0 && i <= 3 && strings.Trim(before[:i], "0123456789") == "" {
		before = before[i+1:] // "1. 989"
	}
	return howAnswered(before) && howAnswered(after)
}

// howAnswered reports whether s says nothing but how a line answers: its hours, that it is free
// or confidential, the word for a line, to call or text it ("call or text, 24/7", "Free ·
// Confidential · 24/7 ·", "24 ore su 24").
func howAnswered(s string) bool {
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '/' }) {
		if w := strings.ToLower(tok); !roundTheClock(w) && !lineWhich.has(w) && !lineNouns.has(w) && !hourWords.has(w) && !clockRE().MatchString(w) &&
			!askCall()[w] && !texting.has(w) && !askOr()[w] && !answeredWhen.has(w) {
			return false
		}
	}
	return true
}

// answeredWhen are the words a card's line of how a line answers has besides its hours: "call
// now", "24 ore su 24", "24 heures sur 24".
var answeredWhen = wordSet("now today anytime su sur")

// hourWords and clockRE are how a text says a line's hours: "24 horas", "24h/24", "24x7".
var (
	hourWords = wordSet("24 hours hour horas hora heures heure h ore stunden std 7 days días jours tage giorni dias")
	clockRE   = lazyRE(`^24\s*[hx/]\s*/?\s*(?:24|7)?$`)
)

// roundTheClock reports whether a run of text says a line answers at all hours: 24/7, 7/24,
// 24/7/365, 365/24/7, with any spaces around the slashes.
func roundTheClock(run string) bool {
	switch strings.Join(strings.FieldsFunc(run, func(r rune) bool { return r == '/' || unicode.IsSpace(r) }), "/") {
	case "24/7", "7/24", "24/7/365", "365/24/7", "24/365":
		return strings.Count(run, "/") >= 1
	}
	return false
}

// previousSentence is the sentence before the one before ends in, "" when there is none.
func previousSentence(before string) string {
	l := sentenceBreaks(before)
	if len(l) == 0 {
		return ""
	}
	if len(l) == 1 {
		return before[:l[0][1]]
	}
	return before[l[len(l)-2][1]:l[len(l)-1][1]]
}

// phoneWords speak of reaching someone by phone, of help or of not being alone (a card's
// tagline: "You are not alone. 989."), in the languages haven knows the
// words of; notPhone name the numbers that are no line's ("registration number", "numéro
// SIRET", "client number"), which a clause with one of them is about; countAsked ask how many.
var (
	phoneWords = wordSet("number phone telephone tel line hotline helpline lifeline call text ring dial talk counsellor counselor reach contact contacts save remember answer answers help crisis alone listen listens listening support " +
		"keep share memorize memorise program try available " +
		"escucha escuchamos apoyo seul seule seuls écoutons allein zuhören " +
		"ayuda aide hilfe aiuto ajuda hulp tulong bantuan giúp " +
		"número teléfono línea llama llame llamar marca marque habla hablar contacta guarda guarde atiende " +
		"numéro téléphone ligne appelez appeler appelle composez joindre joignable écoute parler contactez gardez notez " +
		"nummer telefon rufnummer anrufen rufen wählen sprechen erreichbar erreichen " +
		"numero telefono linea chiama chiamare parla contatta telefone linha ligue ligar fale " +
		"telefoon lijn bel bellen praten nomor telepon hubungi tawagan tumawag " +
		// a line's words in more languages, not their word for number, which labels a room or a
		// case as often ("Số phòng", "رقم الغرفة", "Номер кабинета"), nor a call's, which counts
		"điện thoại đường dây nóng đài " +
		"خط الخط المساعدة مساعدة هاتف الهاتف الطوارئ رقمنا " + // our number: a line's
		"телефон линия линии горячая доверия " +
		"हेल्पलाइन लाइन फोन फ़ोन नंबर नम्बर")
	notPhone = wordSet("registration charity charities ird siret siren tva case reference ref tax ein account member membership id client order room bus flight badge serial law bill grant statute " +
		"model version page item policy file ticket invoice customer tracking license licence plate student employee patient fax route box house seat dossier cliente expediente registro " +
		"bus buses tram trams métro metro arrêt arrêts station stop parada paradas haltestelle fermata paragem autobús autobus ônibus hält passa " +
		"방 사건 접수 주소 계좌 주문 호실 객실 회의실 교실 강의실 병실 " +
		"आवेदन शिकायत कमरे कमरा मकान संख्या कोठा फ्ल्याट")
	countAsked = [][]string{{"how", "many"}, {"how", "much"}, {"cuántos"}, {"cuántas"}, {"combien"}, {"wie", "viele"}, {"quanti"}, {"quante"}, {"hoeveel"}, {"quantos"}, {"quantas"}, {"berapa"}, {"ilan"}}
)

// countUnspaced are the words of a count in Korean, found inside a word as its particles join
// it: "상담 건수는 1367" (the number of counselling cases), 횟수 (times), 인원 (people).
var countUnspaced = []string{"건수", "횟수", "인원"}

// koreanParticles are the particles Korean joins to a number as to a noun, which lead on from a
// line's number as "is" or "at" does ("1366에서 상담", "1366은 무료"), where a counter (명, 건,
// 년, 원) makes it a count.
var koreanParticles = wordSet("에 에서 로 으로 은 는 이 가 을 를 도 만 번 번에 번으로 번은 번이 입니다 이다 이에요 예요 이며 이고 번입니다")

// leadsUnspaced are lineLeads' kin in the scripts written without spaces, found at the start of
// what follows a number: is, all day, free, at any time, open, gives ("热线989全天开放").
var leadsUnspaced = []string{"是", "全天", "免费", "免費", "随时", "隨時", "开放", "開放", "已", "开通", "開通", "提供", "为", "為", "は", "へ", "に", "で"}

// phoneUnspaced are phoneWords' kin in the scripts written without spaces, and in Korean's
// words joined of nouns and particles ("여성긴급전화", "상담은"), found inside a word: help, a
// telephone, a hotline, to call, counselling, to ask.
var phoneUnspaced = []string{"帮助", "幫助", "求助", "电话", "電話", "热线", "熱線", "拨打", "撥打", "号码", "號碼", "生命线", "生命線", "联系", "聯繫", "聯絡", "助け", "相談", "電話番号", "전화", "상담", "도움", "문의", "긴급", "번호"}

// phoneSaid is whether words speak of reaching someone by phone, and of no number that is
// not a line's; "the number of", "el número de" count.
func phoneSaid(words []string) bool {
	if slices.ContainsFunc(words, func(w string) bool {
		return notPhone.has(w) || slices.ContainsFunc(countUnspaced, func(c string) bool { return strings.Contains(w, c) })
	}) {
		return false
	}
	if slices.ContainsFunc(words, func(w string) bool { // scripts written without spaces: "需要幫助？114"
		return slices.ContainsFunc(phoneUnspaced, func(u string) bool { return strings.Contains(w, u) })
	}) {
		return true
	}
	for i, w := range words {
		if phoneWords.has(w) && !(lineNumber.has(w) && w != "numéro" && i+1 < len(words) && countOfWords.has(words[i+1])) { // French counts with "nombre"
			return true
		}
	}
	return false
}

// countOfWords make the word for number before them a count's: "the number of callers".
var countOfWords = wordSet("of de d di von van do da")

// asksCount is whether words ask how many: the number after them answers with a count.
func asksCount(words []string) bool {
	for i := range words {
		for _, q := range countAsked {
			if i+len(q) <= len(words) && slices.Equal(words[i:i+len(q)], q) {
				return true
			}
		}
	}
	return false
}

// numberGiven reports whether before ends in a colon after the word for number: "Guarde este
// número: 1888" gives a number to dial, which a year's digits do not make a year.
func numberGiven(before string) bool {
	t := strings.TrimRightFunc(before, unicode.IsSpace)
	return strings.HasSuffix(t, ":") && slices.ContainsFunc(clauseWords(sinceSentence(t)), func(w string) bool { return lineNumber.has(w) })
}

// trendWords say how a count changed, which a number after them is: "Texts to the line doubled
// in June, to 989".
var trendWords = wordSet("rose fell grew doubled tripled halved increased decreased dropped climbed peaked totalled totaled averaged")

// areaWords name an area code, what begins a number, or an extension, in the languages haven
// knows the words of: "Our area code is 989", "Il prefisso è 0522", "If your number begins
// with 989", "Our counselor's extension is 989".
var areaWords = wordSet("code prefisso prefijo prefixo indicatif netnummer vorwahl lada ddd begins starts inizia empieza comienza commence beginnt começa begint " +
	"extension ext interno poste ramal toestel durchwahl anexo")

// clockTime reports whether four digits read as a time of day on the quarter hour (1730,
// 0830): "closes at 1730" is no slip of 1737.
func clockTime(d string) bool {
	return len(d) == 4 && d[:2] <= "23" && (d[2:] == "00" || d[2:] == "15" || d[2:] == "30" || d[2:] == "45")
}

// streetBefore reports whether one of the few words before a number names a street it is the
// house number of, as many languages write it: "Via Roma 152", "la calle Mayor 216", "Rua
// Augusta, 181", "Jl. Sudirman 128".
func streetBefore(before string) bool {
	words := clauseWords(before[max(0, len(before)-40):])
	return slices.ContainsFunc(words[max(0, len(words)-4):], func(w string) bool { return streetFirst.has(w) })
}

// streetFirst are the words before a street's name, which its number follows.
var streetFirst = wordSet("calle avenida avda rua via viale corso piazza largo vicolo rue avenue boulevard chemin allée jalan jl ulica ul apartado casella postale")

// lineLeads are the words after a line's number that lead on from it, as a count's noun does
// not: "1773 is free", "Save 1773 in your phone", "1773 for advice", "1773 anytime".
var lineLeads = wordSet("is are was will can in on for to at from anytime any day night free today now also too instead with into handy around " +
	"es est ist è é son sont sind en dans im am auf para pour für " +
	"atiende atienden responde funciona está abre opera là mở hoạt miễn luôn có " +
	"هو هي متاح متاحة مجاني مجانية يعمل مفتوح مفتوحة على работает открыта открыт доступна доступен бесплатна бесплатно бесплатный это है हैं पर पे खुली खुला मुफ़्त मुफ्त उपलब्ध")

// countBefore are the words, and pairs of words, before a number that make it a count or a
// measure: "over 1773", "about 1773", "more than 1773", "rose to 1773", "más de 1773".
// (a trend's verb anywhere in the clause is one too: trendWords).
var countBefore = wordSet("over about around nearly almost approximately roughly some total totalling totaling numbered topped hit average with reached exceeded under only least by " +
	"than environ près presque quelque unos unas casi cerca alrededor aproximadamente rund etwa fast über knapp circa ca " +
	"more_than less_than fewer_than up_to came_to plus_de moins_de más_de menos_de mehr_als weniger_als bis_zu")

// rangeFrom finds a range of numbers ending in one: "1700-1773", "from 1700 to 1773",
// "between 1700 and 1773".
// rangeTo starts the text after the first number of a range: "de 16 a 20 h", "from 7 to 11".
var rangeTo = lazyRE(`^\s*(?:[-\x{2010}-\x{2015}]|(?:to|bis|à|a|al|au|até|alle)\s)\s*\d`)

var rangeFrom = lazyRE(`(?i)(?:\d\s*[-\x{2010}-\x{2015}]|\d\s+(?:to|bis|à|a|al|au)|(?:^|[^\pL])(?:between|entre|zwischen|tra|fra)\s+\d+\s+(?:and|y|et|und|e))\s*$`)

// sameLength are the configured numbers as long as d.
func sameLength(nums []Number, d string) []Number { return lengthWithin(nums, d, 0) }

// lengthWithin are the configured numbers whose length is within slack digits of d's: a
// sentence that names a number the line to call ("9999 is the number to call", "Le 391 est
// gratuit") names a line, whose digit dropped or added is a slip too.
func lengthWithin(nums []Number, d string, slack int) []Number {
	var out []Number
	for _, n := range nums {
		if max(len(n.Key)-len(d), len(d)-len(n.Key)) <= slack {
			out = append(out, n)
		}
	}
	return out
}

// relayFirst puts a relay number (the TTY's "18001 0808 2000 247") first when the run d
// begins with a relay's prefix: a slip in it is named as a slip of that number, not of the
// line it shares with {call}, also where the slip leaves no number after the prefix ("18001
// 116 132" for 18001 116 123).
func relayFirst(nums []Number, d, country string) []Number {
	if !phone.RelayPrefixed(d, country) {
		return nums
	}
	var out []Number
	for _, n := range nums {
		if _, _, ok := phone.Relay(n.Written, country); ok {
			out = append(out, n)
		}
	}
	return append(out, nums...)
}

func exact(cands []string, nums []Number) bool {
	_, ok := exactNumber(cands, nums)
	return ok
}

// exactNumber is the configured number one of cands is.
func exactNumber(cands []string, nums []Number) (Number, bool) {
	for _, c := range cands {
		for _, n := range nums {
			if c == n.Key || strings.TrimPrefix(n.Key, "1") == c && len(c) == 10 || c == n.Abroad || c == n.Home && c != "" {
				return n, true
			}
		}
	}
	return Number{}, false
}

// slipped reports whether the digits x are a slip of the number y: one typing slip
// (phone.OneOff), or y's digits reordered (phone.Reordered: 733 233 for 233733).
func slipped(x, y string) bool { return phone.OneOff(x, y) || phone.Reordered(x, y) }

// near finds the configured number one of cands is one slip from; a U.S. number is compared
// with and without its leading 1, so "216-555-042" is found as a slip of 1-216-555-0142, and
// every number also with its digits as settings.yaml writes them.
func near(cands []string, nums []Number) (Number, bool) { return nearBy(cands, nums, phone.OneOff) }

// nearBy is near with slipped, which tells a slip of a number's digits from the number.
func nearBy(cands []string, nums []Number, slipped func(x, y string) bool) (Number, bool) {
	for _, n := range nums {
		for _, c := range cands {
			national := len(n.Key) == 11 && n.Key[0] == '1' && c != n.Key[1:] && slipped(c, n.Key[1:])
			// as written in its country: Australia's 1800 737 732 as 1800 737 7322, a relay's
			// 18001 0808 2000 247 as 1800 0808 2000 247
			written := n.Local != n.Key && c != n.Local && slipped(c, n.Local)
			// as dialled in its own country: +44 808 2000 247 as 0808 2000 248
			there := n.Abroad != "" && c != n.Abroad && slipped(c, n.Abroad)
			// at home without its calling code: +48 800 120 002 as 900 120 002
			athome := n.Home != "" && c != n.Home && slipped(c, n.Home)
			if slipped(c, n.Key) || national || written || there || athome {
				return n, true
			}
		}
	}
	return Number{}, false
}

// textLines are where a text was written: its first line in the file, and where in the text
// each next line of the file begins (a paragraph of faq.md written over several lines).
type textLines struct {
	first  int
	breaks []int
}

// of is the line of the file the text's byte at was written on.
func (l textLines) of(at int) int {
	n := l.first
	for _, b := range l.breaks {
		if b <= at {
			n++
		}
	}
	return n
}

// foldedNumbers refuses a number of a YAML text with a space after one of its hyphens:
// YAML joins a text's lines with a space, so one wrapped by an editor ("Office 503-588-" and
// "5351" on the next line) would print "503-588- 5351", a number no one can dial as printed.
func foldedNumbers(file string, at textLines, path, text string) diag.Problems {
	var ps diag.Problems
	if !digitHyphenSpaceDigit(text) { // what every such number has: most texts have none
		return nil
	}
	for _, m := range foldedRE().FindAllStringIndex(text, -1) {
		written := text[m[0]:m[1]]
		ps.Add(file, at.of(m[0]), path, fmt.Sprintf("%s has a space inside the number, after a hyphen: YAML joins the lines of a text with a space, so a number wrapped onto the next line prints so",
			diag.Quote(written)), "write the number whole, on one line")
	}
	return ps
}

// digitHyphenSpaceDigit reports whether s holds "8- 5", a digit, a hyphen, a space and a
// digit, as each of foldedRE's numbers does.
func digitHyphenSpaceDigit(s string) bool {
	for i := 0; ; i += 2 {
		j := strings.Index(s[i:], "- ")
		if j < 0 {
			return false
		}
		if i += j; i > 0 && i+2 < len(s) && isDigit(s[i-1]) && isDigit(s[i+2]) {
			return true
		}
	}
}

// foldedRE is a number of three groups or more joined by hyphens with a space after one of
// them: 503-588- 5351, 1-800-422- 4453, 503- 588-5351 (not a range, "2024- 2025", nor a
// year before a full stop, "2023. 45 calls").
var foldedRE = lazyRE(`\d+(?:-\d+)+- \d{3,}(?:-\d+)*|\d+- \d+(?:-\d+)+`)

// brokenHint is what to do about a number broken across two lines of file: faq.md breaks a
// line where one ends in two spaces or a \, text.yaml at each line of a | or |- text, at a
// blank line, and after > at a line indented further.
func brokenHint(file string) string {
	if strings.HasSuffix(file, ".md") {
		return "write it on one line: delete the line break (two spaces or a \\ at the end of the line) inside it"
	}
	return "write it on one line: join the two lines it is on (each line of a text after | or |- prints as a line; so does a blank line in any text, and after > a line indented further than the one before it)"
}

// checkNumbers reports numbers in a text one slip from a configured number, each at its line.
// placeholders says whether the text may use {call} and the like (language texts do, settings
// do not).
func checkNumbers(file string, at textLines, path, text, country string, nums []Number, prose, placeholders bool) diag.Problems {
	var ps diag.Problems
	if !strings.HasSuffix(file, ".md") { // faq.md joins a number its lines break (see joinGroups)
		ps = append(ps, foldedNumbers(file, at, path, text)...)
	}
	for _, s := range slips(text, country, nums, prose) {
		line := at.of(s.at)
		if s.broken {
			s.hint = brokenHint(file)
		}
		if s.wrong != "" {
			ps.Add(file, line, path, s.wrong, s.hint)
			continue
		}
		hint := fmt.Sprintf("%s is %s; check which is right", s.near.Field, s.near.Written)
		switch {
		case placeholders && s.near.Placeholder != "" && s.glued:
			hint += fmt.Sprintf(": %s in its place would print %s joined to the digits before it, another number", s.near.Placeholder, s.near.Written)
		case placeholders && s.near.Placeholder != "":
			hint = "write " + s.near.Placeholder + " to print " + s.near.Written + " from settings.yaml"
		}
		if d := cmp.Or(s.digits, s.written); s.near.Abroad != "" && phone.OneOff(phone.Digits(d), s.near.Abroad) {
			hint += fmt.Sprintf("; in its own country %s is dialled %s", s.near.Written, s.near.Abroad)
		}
		hint = bothRight(hint, cmp.Or(s.digits, s.written), country, s.near)
		if s.alone {
			n := strings.Trim(s.written, "()")
			if s.near.Placeholder != "{emergency}" && !strings.Contains(hint, "other_numbers") { // "the DOH hotline is 1555" beside 1553
				hint += fmt.Sprintf("; if %s is another line you mean, list it in settings.yaml under organisation: as other_numbers: [%s]", n, yamlQuoted(n))
			}
			hint += fmt.Sprintf("; if %s is no number to dial, put what it counts right after it (%s cases) or write it in words", n, n)
		}
		written := diag.Whole(s.written)
		if s.digits != "" {
			written += " (" + s.digits + ")"
		}
		ps.Add(file, line, path, fmt.Sprintf("%s is one slip away from %s; a likely typo", written, s.near), hint)
	}
	return ps
}

// nameSlips finds a short number that names the hotline one slip from its own number: in
// hotline_name and the labels (*_label), or right beside a word of the hotline's name ("The
// 989 Lifeline", "989 Suicide & Crisis Lifeline" over a big 988). No word asks to dial it, so
// slips passes it, and it would print above the right number. So does a number of any length
// the words right before it give as the line's, by a word of its name (ownGoverned: "Call CVV
// on 190", "The Childline number is 108", a known line or a service beside 188 and 1098). name
// is the language's hotline_name; a number slips already reports is left to it.
func nameSlips(file string, fields []field, name string, s Settings) diag.Problems {
	var own []Number
	for _, n := range s.Numbers() {
		if n.Placeholder == "{call}" || n.Placeholder == "{text}" || n.Placeholder == "{tty}" {
			own = append(own, n)
		}
	}
	if len(own) == 0 {
		return nil
	}
	words, acronyms := map[string]bool{}, map[string]bool{}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) && utf8.RuneCountInString(w) >= 4 {
			words[w] = true // "Lifeline", "Crisis": capitalised as in the name, so prose's "crisis" is none
		} else if utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w {
			acronyms[w] = true // CVV
		}
	}
	// a word that names the line, not one many lines' names share (Helpline, Línea, Disque:
	// "Disque 100" beside "Disque 180" is another line)
	isName := func(w string) bool { return (words[w] || acronyms[w]) && nameWord(fold(w), w) }
	var ps diag.Problems
	for _, f := range fields {
		label := f.path == "hotline_name" || strings.HasSuffix(f.path, "_label")
		if !hasDigit(*f.ptr) || !label && len(words)+len(acronyms) == 0 {
			continue
		}
		var reported map[int]bool // read only for a text with a slip of the line's number
		p := plainOf(strings.ToValidUTF8(*f.ptr, "\uFFFD"))
		for _, r := range numberRuns(p.text) {
			if roundTheClock(r.text) || relayService(r.digits, s.Country) || !ownGoverned(p.text[:r.at], isName) && (len(r.digits) > 4 || !label && !namesLine(p.text, r, words, s.Country)) {
				continue // the cheap tests first: keys reads the numbering tables
			}
			if len(r.digits) <= 4 && streetAfter(p.text[r.at+len(r.text):]) {
				continue // a house's number: "Visit us at 989 Center Street NE"
			}
			whole, end := keys(r.digits, s.Country, r.plus), r.at+len(r.text)
			n, ok := near(whole, own)
			emergency := label && exact(whole, emergencyOnly(s.Numbers())) // "Tổng đài 113" over 111: not the line the label names
			if !ok || exact(whole, s.Numbers()) && !emergency {
				continue
			}
			if reported == nil {
				reported = map[int]bool{}
				for _, sl := range slips(*f.ptr, s.Country, s.Numbers(), true) {
					reported[sl.at] = true
				}
			}
			if reported[p.from(r.at)] {
				continue
			}
			written := strings.TrimSpace(p.original(r.at, end))
			if emergency {
				ps.Add(file, textLines{f.line, f.breaks}.of(p.from(r.at)), f.path, fmt.Sprintf("%s in %s is the emergency number, one slip from %s: it would print beside the line as its number", diag.Whole(written), f.path, n),
					fmt.Sprintf("write %s to print %s from settings.yaml", n.Placeholder, n.Written))
				continue
			}
			ps.Add(file, textLines{f.line, f.breaks}.of(p.from(r.at)), f.path, fmt.Sprintf("%s names the line and is one slip away from %s; a likely typo", diag.Whole(written), n),
				bothRight(fmt.Sprintf("write %s to print %s from settings.yaml", n.Placeholder, n.Written), written, s.Country, n))
		}
	}
	return ps
}

// namesLine reports whether the short number r in prose names a line: the word right before
// or right after it is one of words, those of the hotline's name ("the 989 Lifeline"). A year
// ("in 1989 Lifeline volunteers"), a count ("989 callers") and a service number of
// the country named as itself ("the 311 Helpline" beside a 211 Helpline) are none.
func namesLine(text string, r run, words map[string]bool, country string) bool {
	at, end, d := r.at, r.at+len(r.text), r.digits
	if yearLike(d) || Counted(text[end:]) || services[d] || serviceNumber(d, country) {
		return false
	}
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	after := strings.TrimLeft(text[end:], " \u00a0")
	if i := strings.IndexFunc(after, notLetter); i >= 0 {
		after = after[:i]
	}
	before := strings.TrimRight(text[:at], " \u00a0")
	if i := strings.LastIndexFunc(before, notLetter); i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		before = before[i+size:]
	}
	return words[after] || words[before]
}

// CheckCode says whether a placement code holds a number one slip from one of the
// organisation's numbers (a code is printed on every copy), or is one of them, or "". To
// check many codes, CodeCheck reads the numbers once.
//
// Its digits are read as a keyword's are (codeSlips), and then as prose reads a number set
// apart: a code of digits alone ("912", "9-11") prints as a number of its own, right under
// "In immediate danger, call 911", so it is compared with every number the content prints,
// the short ones too, as a number a text asks to call is (any slip, near). A run of five
// digits or more is a number even glued to letters, so one that is a number of the
// organisation's is refused too ("p8007997233"): dialled, it reaches the line, and the card
// would show it as a code. A single digit is no number anyone dials.
func (s Settings) CheckCode(code string) string { return s.CodeCheck()(code) }

// CodeCheck is CheckCode with the numbers read once: parsing them takes longer than a code's
// check, and a placements file may hold 100,000 codes.
func (s Settings) CodeCheck() func(code string) string {
	own := s.Numbers()
	nums := s.codeNumbers(own)
	return func(code string) string {
		if msg := s.codeNumber(code, own, nums); msg != "" {
			return msg
		}
		if read := digitsRead(code); read != code {
			if msg := s.codeNumber(read, own, nums); msg != "" {
				return fmt.Sprintf("%s reads as %s, its letters l, i and o printed small as the digits 1 and 0: %s", diag.Whole(code), diag.Whole(read), msg)
			}
		}
		// five digits in a row or more, no number of the content's: a postcode (94110), or
		// another number; a code haven makes has one digit at a time
		run := 0
		for i := range len(code) {
			if run++; code[i] < '0' || code[i] > '9' {
				run = 0
			}
			if run == 5 {
				return fmt.Sprintf("%s has five digits or more in a row, which may read as a postcode or a number: it is printed on every copy and sent with every scan; keep to four, as in p0417", diag.Whole(code))
			}
		}
		if d := dashedNumber(code); d != "" {
			return fmt.Sprintf("%s has five digits or more in groups joined by dashes (%s), which may read as a postcode or a number: it is printed on every copy and sent with every scan; keep to four, as in p0417", diag.Whole(code), d)
		}
		return ""
	}
}

// digitsRead is a code as it reads printed small, under the emergency number: its l and i as
// 1, its o as 0 (9l1, o911 read as 911).
func digitsRead(code string) string {
	return strings.NewReplacer("l", "1", "i", "1", "o", "0").Replace(code)
}

// codeNumber is what CheckCode says of a code that is one of nums, the numbers the content
// prints (own among them), or one slip from one; "" for any other.
func (s Settings) codeNumber(code string, own, nums []Number) string {
	for _, sl := range codeSlips(code, s.Country, own) {
		return fmt.Sprintf("%s holds %s, one slip away from %s: printed on the card it could be dialled", diag.Whole(code), sl.written, sl.near)
	}
	alone := strings.IndexFunc(code, isWordRune) < 0 // digits, perhaps grouped with -
	for start := 0; start < len(code); {
		if isWordRune(rune(code[start])) {
			start++
			continue
		}
		end := start + strings.IndexFunc(code[start:]+"a", isWordRune)
		seg := code[start:end]
		// digits set apart from the letters by a dash ("p-912", "b-9-1-1") read as a
		// number of their own, as digits alone do; glued to them ("p912"), as a code
		apart := alone || (start == 0 || seg[0] == '-') && (end == len(code) || seg[len(seg)-1] == '-')
		start = end
		run := strings.ReplaceAll(seg, "-", "")
		if len(run) < 2 || len(run) < 5 && !apart {
			continue
		}
		whole := keys(run, s.Country, false)
		for _, n := range nums {
			if exact(whole, []Number{n}) {
				return fmt.Sprintf("%s is %s: printed on the card it reads as that number", diag.Whole(code), n)
			}
		}
		if n, ok := near(whole, nums); ok && apart {
			return fmt.Sprintf("%s is one slip away from %s: printed on the card beside it, it could be dialled", diag.Whole(code), n)
		}
	}
	return ""
}

// codeNumbers are the numbers a code must not be, nor be one slip from: every number the
// content prints (own, s.Numbers), and the keywords (hotline.keyword, other_keywords) written in digits alone.
func (s Settings) codeNumbers(own []Number) []Number {
	nums := slices.Clone(own)
	for _, k := range append([]diag.Located{s.Hotline.Keyword}, s.Hotline.OtherKeywords...) {
		if k.Text != "" && strings.Trim(k.Text, "0123456789") == "" {
			nums = append(nums, Number{Key: k.Text, Written: k.Text, Local: k.Text, Field: k.Field})
		}
	}
	return nums
}

// codeSlips finds slips in a code or keyword, whose digits are a number of their own even
// glued to letters ("p233734", "HELP233734").
func codeSlips(code, country string, nums []Number) []slip {
	digits := strings.Map(func(r rune) rune {
		if isWordRune(r) {
			return ' '
		}
		return r
	}, code)
	return slips(digits, country, nums, false)
}

// standsAlone reports whether the short number text[at:end] reads as one to dial with no word
// asking to, in any language: set apart by spaces, quotes or brackets, after a colon or a dash
// ("ring 912 at once", "llamen al 912.", "In immediate danger: 912", "(912)", "请拨打912。"),
// and not a count, a measure, a year or part of a name or address: not before what it counts
// ("912 reported cases", "912 km", "912 €"), a name ("912 Main Street"), or after a label
// ("Room 912").
func standsAlone(text string, at, end int) bool {
	if !apart(text, at, end) || !setOff(text, at, end) {
		return false
	}
	if yearLike(text[at:end]) {
		return false
	}
	if labelBefore(text[max(0, at-40):at]) {
		return false
	}
	// the words after it, to the end of the phrase
	words := strings.Fields(text[end:min(len(text), end+120)])
	if r, _ := utf8.DecodeRuneInString(text[end:]); len(words) > 1 && unicode.In(r, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
		return false // "1365에서 신청하세요", apply at 1365: a particle ties it to the verb after, which asks no call (dialAfter reads those that do)
	}
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		switch {
		case i == 0 && (unicode.IsSymbol(first) || first == '%' || unitWords[strings.ToLower(strings.TrimRight(w, ".,;:!?"))]):
			return false // "912 €", "912 km"
		case i == 0 && unicode.IsUpper(first) && strings.IndexFunc(w, unicode.IsLower) > 0:
			return false // a name: "912 Main Street", "912 Menschen"
		case i < 3 && Counted(w) || countWords[strings.TrimRight(w, ".,;:!?")] || i == 0 && w == "of":
			return false // "912 reported cases", "910 of them"
		case i >= 2 || !unicode.IsLetter(first) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0:
			return true // the phrase ends, or goes on with no count
		}
	}
	return true
}

// setOff reports whether the number text[at:end] is set off as one to dial: after a colon or
// a dash ("In immediate danger: 912"), or in brackets or quotes ("(912)", "“912”"). A number
// between words ("Gate 912 is at the back", "Take the 912 bus") is one only after a word that
// asks to dial it, which callWordRE finds.
func setOff(text string, at, end int) bool {
	if first, _ := utf8.DecodeRuneInString(text[at:]); unicode.In(first, unicode.Ps, unicode.Pi) {
		return true // the number's run holds its brackets: "(912)"
	}
	before := strings.TrimRightFunc(text[:at], unicode.IsSpace)
	prev, _ := utf8.DecodeLastRuneInString(before)
	next, _ := utf8.DecodeRuneInString(text[end:])
	return prev == ':' || prev == '：' || prev == '\u2014' || prev == '\u2013' ||
		unicode.In(prev, unicode.Ps, unicode.Pi) && unicode.In(next, unicode.Pe, unicode.Pf) ||
		strings.ContainsRune(`"'`, prev) && prev == next
}

// apart reports whether text[at:end] is a number of its own, set apart by spaces, quotes,
// brackets, a colon or a dash, or in a script written without spaces, or with a Korean particle
// joined to it ("1366에서"): not "$912", "I-912", "#912", "p912", "912%", "912-page", "912th",
// "912°", "912人" or "1366명".
func apart(text string, at, end int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:at])
	next, _ := utf8.DecodeRuneInString(text[end:])
	if at > 0 && !(unicode.IsSpace(prev) || Unbroken(prev) || prev == ':' || prev == '\u2014' || afterUnbroken(text[:at]) ||
		unicode.In(prev, unicode.Ps, unicode.Pi, unicode.Pf) || strings.ContainsRune(`"'¿¡`, prev)) {
		return false
	}
	if Unbroken(next) && countWords[string(next)] {
		return false
	}
	return end == len(text) || unicode.IsSpace(next) || Unbroken(next) || koreanParticles.has(wordAfter(text[end:])) ||
		unicode.IsPunct(next) && !strings.ContainsRune("%‰‱#&@*\\/_-\u2010\u2011\u2012\u2013", next)
}

// afterUnbroken reports whether before ends in a question mark, an exclamation mark, a comma or a
// semicolon after a word of a script written without spaces, as a full-width one reads once
// made plain: "需要帮助？989" sets the number apart.
func afterUnbroken(before string) bool {
	prev, n := utf8.DecodeLastRuneInString(before)
	word, _ := utf8.DecodeLastRuneInString(before[:len(before)-n])
	return strings.ContainsRune("?!,;", prev) && Unbroken(word)
}

// Unbroken reports whether r is a letter of a script written without spaces between words,
// where a number stands against the words around it ("请拨打912。").
func Unbroken(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// labelWords are what a text names right before a number that is a label's, not one to dial:
// a room, a page, a road, a law ("Room 912", "Section 911", "avenida 80"; not "via", which
// names the way to reach one as often as an Italian street: "reach us via 233733"); labelEnds
// end such a word (a German street: Hauptstraße 12).
var (
	labelWords = sync.OnceValue(func() map[string]bool {
		return wordMap("room suite apt apartment unit floor page pages p pp section chapter article art bill law form box route highway exit bus flight km code zip postcode plz " +
			// extensions, post boxes, doors and wards, in the languages haven knows the words of
			"interno int poste local extensión extension ext anexo ramal toestel durchwahl bag postbus apartado casella postale ward gate level door building " +
			"house flat block street " + // an address's in South Asia and the Gulf: "House 12, Street 4", "Flat 13, Block 15"
			"bâtiment porte puerta planta gebouw plot station platform bed step grade " +
			"colectivo colectivos autobús tranvía tram straßenbahn precinct caserne cuartel wache gebäude " + // a bus's, a station's, a building's
			"habitación página sección capítulo artículo ley piso salle chambre bureau quarto sala oficina office calle avenida av carrera ruta rua rue avenue piazza " +
			// Russian, Vietnamese, Arabic, Hindi: a room, an office, a flat, a house, a case, a file, an application
			"seite seiten raum zimmer kapitel abschnitt strona pokój rozdział " + // German, Polish: a page, a room, a chapter
			"кабинет кабинета комната комнаты квартира квартиры дом дома дело дела заявка заявки обращение обращения палата палаты офис офиса " +
			"phòng nhà hồ sơ الغرفة المكتب الشقة القضية ملف ملفك غرفة مكتب शिकायत आवेदन कमरे कमरा मकान " +
			"कोठा घर फ्ल्याट वडा") // Nepali: a room, a house, a flat, a ward
	})
	labelEnds = []string{"buslinie", "bahnlinie", "straße", "strasse", "weg", "platz", "gasse", "allee", "straat", "laan", "plein", "gracht", "kade"}
)

// labelBefore reports whether before, the text right before a number, ends in a word that names
// what the number is a label of (labelWords), then perhaps a full stop or a comma: "Room",
// "Sección.", "Hauptstraße".
func labelBefore(before string) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRightFunc(before, spaceLike), ","), ".")
	word := strings.ToLower(wordBefore(w))
	return word != "" && (labelWords()[word] || slices.ContainsFunc(labelEnds, func(e string) bool { return strings.HasSuffix(word, e) })) || labelNoun(before)
}

// labelNoun reports whether before, the text right before a number, ends in a label's short
// value whose word right before the number names what the number numbers:
// "Feuerwehr: Wache 121", "Rettungsdienst: Rettungswache 121", "Pompiers : caserne 117",
// "Police: Precinct 912". It is no such noun where it asks to call or text, names a phone, a
// number or a line ("Polizei: Notruf 121", "Hilfe: Telefon 121", "Trata: línea 145"), a
// danger or a service, says how the line is ("gratis", "rund um die Uhr") or is a little word
// before a line's number ("le 17", "unter 110").
func labelNoun(before string) bool {
	clause := sinceSentence(before)
	i := strings.LastIndexAny(clause, ":：")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(clause[i:])
	value := clause[i+size:]
	t := strings.TrimRightFunc(value, spaceLike)
	w := wordBefore(t)
	words := clauseWords(value)
	if w == "" || !strings.HasSuffix(t, w) || utf8.RuneCountInString(w) < 3 || len(words) > 3 {
		return false
	}
	for _, x := range words {
		if askCall()[x] || textVerbs()[x] || askBetween()[x] || lineNouns.has(x) || slavicLines.has(x) || voiceWords.has(x) || lineNumber.has(x) ||
			lineArticles.has(x) || labelIs.has(x) || lineWhich.has(x) || lineAnswers.has(x) || lineIs.has(x) || notNouns.has(x) ||
			slices.ContainsFunc(phoneWordEnds, func(e string) bool { return strings.HasSuffix(x, e) }) {
			return false
		}
	}
	e, ok := dangerWordEnd(w, true)
	return !ok || e < len(w)
}

var (
	// phoneWordEnds end the words for a phone, a number or a line: Notruf, Rufnummer, Hilfetelefon, helpline
	phoneWordEnds = []string{"ruf", "nummer", "telefon", "fon", "phone", "line", "número", "numéro", "numero"}
	// notNouns are words a label's value gives before a line's number that name nothing it numbers
	notNouns = wordSet("und and oder or et ou y o e bitte please sofort immer jederzeit now immediately always anytime siempre toujours sempre tag nacht uhr day night hours stunden")
)

// labelledAs reports whether before, the text right before a number, names what it is a
// label of (labelBefore), perhaps then "is", a colon, a dash, "#" or "no.": "Our PO Box is",
// "ZIP code:", "Box #", "Номер кабинета —".
func labelledAs(before string) bool {
	t := strings.TrimRightFunc(before, func(r rune) bool { return spaceLike(r) || strings.ContainsRune(":#—–", r) })
	if is := strings.TrimSuffix(t, "."); labelIs.has(strings.ToLower(wordBefore(is))) {
		t = strings.TrimRightFunc(strings.TrimSuffix(is, wordBefore(is)), spaceLike)
	}
	if w := wordBefore(t); strings.EqualFold(w, "code") { // a short code's too ("Our short code is 23373"): a zip code's only
		prev := strings.ToLower(wordBefore(strings.TrimRightFunc(strings.TrimSuffix(t, w), spaceLike)))
		return prev == "zip" || prev == "postal" || prev == "post"
	}
	return labelBefore(t)
}

// labelIs are the words between a label and its number: "is", "no.".
var labelIs = wordSet("is es est ist no nr nº n number numéro número nummer номер là هو है नंबर नम्बर नं")

// postalCode reports whether written, one group of four or five digits between before and
// after, is an address's postcode, which no one dials: right before a place's name ("69117
// Heidelberg", "· 75001 Paris ·", "60311 Frankfurt am Main", "D-69117 Heidelberg") or after a
// state's letters ("Newtown NSW 2042"), where no word asks to dial it, none counts ("12
// Kinder") and none leads on from a line's number ("1773 Anytime."). Germany's numbers may be
// short: read as one, 69117 is a line in Frankfurt.
func postalCode(before, written, after string) bool {
	d := strings.TrimSpace(written)
	if len(d) < 4 || len(d) > 5 || strings.Trim(d, "0123456789") != "" {
		return false
	}
	place := placeAfterRE().MatchString(after) && !lineLeads.has(strings.ToLower(wordAfter(after)))
	return (place || stateRE().MatchString(before)) && !Counted(after) && !askedToCall(before, after)
}

// measured reports whether a number of four digits at most that before ends in is a measure's,
// by the words after it: another after "x" or "×" and then a unit ("A4 (210 x 297 mm)", "8.5 x
// 11 in", "40 × 60 × 2 cm"). No one dials it, and its "x 297" is no extension ("x 2" after a
// phone number is).
func measured(before, after string) bool {
	return dimensionRE().MatchString(after) && shortEndRE().MatchString(before)
}

var (
	dimensionRE = lazyRE(`^[\s\p{Zs}]*(?:[x×][\s\p{Zs}]*\d+(?:[.,]\d+)?[\s\p{Zs}]*){1,2}(?:mm|cm|m|km|in|inch|inches|ft|pt|px|"|″)(?:$|[^\pL])`)
	shortEndRE  = lazyRE(`(?:^|[^\d.,\-])\d{1,4}(?:[.,]\d+)?$`)
)

// placeAfterRE starts the words after a postcode with a place's name of one or two words, then
// the end of its part of the address: "Heidelberg", "Frankfurt am Main", "Baden-Baden", "Halle
// (Saale)", "São Paulo".
var placeAfterRE = lazyRE(`^[\s\p{Zs}]+\p{Lu}\p{Ll}+(?:(?:[\s\p{Zs}]+(?:\p{Ll}{2,3}[\s\p{Zs}]+)?|-)\p{Lu}\p{Ll}+)?[\s\p{Zs}]*(?:[.,;:!?()·|•/–—]|$)`)

// idLabelled reports whether before, the text up to a number, ends in the label of a number no
// one dials, whatever its length and grouping, perhaps then "is", "no.", a colon or "#"
// (labelIs): a post box's ("P.O. Box 1195-00100", "Postfach", "Apartado", "Caixa Postal",
// "B.P.") or a tax, registration or reference number's ("EIN 95-1234567", "Tax ID",
// "Reg. No. 10989", "our registration number is", "Company No."); or a code of capitals joined to
// it by a hyphen ("E-10989"). Read as phone numbers, a Kenyan post box is one without its
// trunk 0, an EIN one of Myanmar's without its +, a registration one slip from 1098.
func idLabelled(before string) bool {
	if len(before) > 64 {
		before = before[len(before)-64:]
		for before != "" && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	if code, ok := strings.CutSuffix(before, "-"); ok { // "E-10989" in capitals; not "TEL-1098", nor Hebrew's "ל-912" (to 912)
		w := wordBefore(code)
		if len(w) >= 1 && len(w) <= 3 && strings.HasSuffix(code, w) && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && !phoneWords.has(strings.ToLower(w)) && w != "FAX" {
			return true
		}
	}
	t, numbered := before, false // "number" or "no." after the label: "Company No.", not "Company"
	for {
		t = strings.TrimRightFunc(t, func(r rune) bool { return spaceLike(r) || strings.ContainsRune(":#.,-–—", r) })
		w := wordBefore(t)
		if w == "" || !labelIs.has(strings.ToLower(w)) {
			break
		}
		numbered = numbered || !strings.EqualFold(w, "is")
		t = strings.TrimSuffix(t, w)
	}
	last := wordBefore(t)
	prev := strings.ToLower(wordBefore(strings.TrimRight(strings.TrimSuffix(t, last), ". ")))
	last = strings.ToLower(last)
	return idWords.has(last) || numbered && idNumberWords.has(last) ||
		last == "postal" && (prev == "caixa" || prev == "apartado" || prev == "casilla") || last == "postale" && (prev == "boîte" || prev == "casella") ||
		last == "p" && prev == "b" || last == "bag" && prev == "private" || last == "id" && prev == "tax"
}

// idWords label a number no one dials, whatever its shape (idLabelled): a post box's and a
// tax or registration number's; idNumberWords do so before "number" or "no." ("Company No.").
var (
	idWords       = wordSet("box pob pmb postfach apartado postbus casilla ein tin fein vat gstin cnpj reg regd registration registered reference ref vr hrb hra vereinsregister handelsregister steuernummer")
	idNumberWords = wordSet("company charity tax trust h") // "H. No. 12", a house's
)

// countClause reports whether before, the text up to a number, has in its clause a word that
// makes the number a count or a total ("Total calls last year: 989", "Число звонков — 989",
// "Всего звонков — 989", "El número total de llamadas es 989").
func countClause(before string) bool {
	return slices.ContainsFunc(clauseWords(sinceSentence(before)), totalOf.has)
}

// totalOf are the words of a count or a total, in the languages haven knows their words of.
var totalOf = wordSet("total totals totale totales totali gesamt insgesamt totaal razem łącznie всего итого число количество всього кількість عدد مجموع إجمالي संख्या कुल") // not Vietnamese tổng, of tổng đài (a switchboard, a hotline) too

// streetAfter reports whether the words after a short number name its street, so the number
// is a house's ("Contact 912 Main Street", "contactez le 912 rue de la Paix"): a street word
// first, or a name in capitals and a street word within the next three words.
func streetAfter(after string) bool {
	words := strings.Fields(after[:min(len(after), 60)])
	for i, w := range words[:min(len(words), 4)] {
		if first, _ := utf8.DecodeRuneInString(w); i == 0 && !unicode.IsUpper(first) && !streetWords[strings.ToLower(w)] {
			return false
		}
		if streetWords[strings.ToLower(strings.TrimRight(w, ".,;:!?"))] {
			return true
		}
	}
	return false
}

// streetWords name a street after a house's number.
var streetWords = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true, "av": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "bd": true, "lane": true, "ln": true, "drive": true, "dr": true, "way": true, "court": true,
	"ct": true, "place": true, "pl": true, "rue": true, "chemin": true, "allée": true, "calle": true, "avenida": true, "rua": true, "via": true,
	"highway": true, "hwy": true, "parkway": true, "pkwy": true, "circle": true, "cir": true, "square": true, "sq": true, "terrace": true, "plaza": true,
	"paseo": true, "camino": true, "carrera": true, "estrada": true, "travessa": true, "praça": true, "quai": true, "impasse": true, "route": true,
	"straße": true, "strasse": true, "str": true, "weg": true, "gasse": true, "platz": true, "allee": true, "viale": true, "piazza": true, "corso": true,
	"straat": true, "laan": true, "plein": true, "gracht": true, "ulica": true, "ul": true, "utca": true, "cadde": true, "caddesi": true, "sokak": true, "sokağı": true}

// unitWords are the units a number measures, written after it.
var unitWords = map[string]bool{"km": true, "m": true, "cm": true, "mm": true, "kg": true, "g": true, "mg": true, "lb": true, "lbs": true,
	"oz": true, "mi": true, "ft": true, "h": true, "hr": true, "hrs": true, "min": true, "s": true, "sec": true, "ml": true, "l": true,
	"mph": true, "usd": true, "eur": true, "am": true, "pm": true, "a.m": true, "p.m": true,
	// a street after its number: "912 rue de la Paix", "912 avenida Juárez"
	"rue": true, "avenue": true, "av": true, "bd": true, "boulevard": true, "chemin": true, "allée": true, "calle": true,
	"avenida": true, "rua": true, "street": true, "st": true, "ave": true, "road": true, "rd": true, "via": true}

// countWords are words for what is counted, in the languages that do not end a plural in s:
// "912 человек", "912 người", "912 人".
var countWords = map[string]bool{"человек": true, "людей": true, "детей": true, "случаев": true, "звонков": true, "раз": true, "дней": true, "лет": true,
	"разів": true, "рази": true, "дзвінків": true, "днів": true, "років": true, "годин": true,
	"người": true, "trẻ": true, "vụ": true, "cuộc": true, "lần": true, "ngày": true, "năm": true, "giờ": true,
	"moun": true, "timoun": true, "ka": true, "jou": true, "apèl": true, "qof": true, "carruur": true, "maalmood": true, "sano": true,
	"人": true, "名": true, "个": true, "個": true, "位": true, "次": true, "遍": true, "回": true, "天": true, "年": true, "件": true,
	// hours and ages ("de 11 h à 19 h", "à 11 ans"), thousands ("24 mil personas", "12 mila donne", "88 thousand"), and
	// Italian's plurals, which end in no s ("14 operatori", "12 minuti")
	"h": true, "hs": true, "hrs": true, "ans": true, "anni": true, "mil": true, "mila": true, "thousand": true, "mille": true, "million": true,
	"minuti": true, "ore": true, "giorni": true, "settimane": true, "mesi": true, "operatori": true, "operatrici": true, "lingue": true, "centri": true,
	"chiamate": true, "persone": true, "donne": true, "uomini": true, "bambini": true, "ragazzi": true, "ragazze": true, "volontari": true, "volontarie": true, "psicologi": true, "casi": true, "volte": true,
	// Greek's plurals ("15.901 κλήσεις", calls), and Yoruba's nouns, which a number follows unchanged ("198 ìdílé", families)
	"κλήσεις": true, "άτομα": true, "ανθρώπους": true, "άνθρωποι": true, "παιδιά": true, "γυναίκες": true, "οικογένειες": true, "περιπτώσεις": true,
	"φορές": true, "ημέρες": true, "μέρες": true, "ώρες": true, "χρόνια": true, "έτη": true, "εθελοντές": true, "καταγγελίες": true,
	"ìdílé": true, "ènìyàn": true, "èèyàn": true, "ọmọ": true, "obìnrin": true, "ọkùnrin": true, "ìgbà": true, "ọdún": true, "ọjọ́": true, "wákàtí": true}
