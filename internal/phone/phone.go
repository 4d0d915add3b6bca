// Package phone parses the phone numbers haven prints and spots likely typos in them.
//
// U.S. numbers (the North American Numbering Plan, vanity letters included) and the U.S.
// service numbers take a fast path of its own; numbers of other countries, and short service
// numbers abroad, are read as libphonenumber reads them, on its metadata (world.go).
package phone

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
)

// Number is a parsed phone number.
type Number struct {
	// Dial is what a phone dials: E.164 (+18883737888) for a full number, the digits for a
	// service number (988), or a relay's prefix and the national number (1800108082000247).
	Dial string
	// line is the number in E.164 when Dial is not: the line a relay connects to, or a number
	// dialled only inside its country (Australia's 131114).
	line string
}

// TelURL is the number as a tel: link.
func (n Number) TelURL() string { return "tel:" + n.Dial }

// Key is the number's digits as compared for typos: the country code in front of a full
// number, so "0808 2000 247" in the UK and "+44 808 2000 247" are one number. A relay number
// is compared as the line it connects to: "18001 0808 2000 247" is that line's TTY.
func (n Number) Key() string { return strings.TrimPrefix(cmp.Or(n.line, n.Dial), "+") }

// relayPrefixes are Relay UK's: dialled before a national number, or a short one such as
// Samaritans' 116 123 or NHS 111, they connect a textphone user's call (18001) or a hearing
// caller through a relay assistant (18002). An emergency call takes a prefix of its own (18000).
var relayPrefixes = []string{"18001", "18002"}

// ParseTTY reads a TTY line: a number as Parse reads it, or in the UK a relay number, the
// prefix before the national number ("18001 0808 2000 247"), dialled as written (no +44,
// which the relay would not take).
func ParseTTY(s, country string) (Number, error) {
	prefix, national, ok := Relay(s, country)
	if !ok {
		n, err := Parse(s, country)
		if err != nil { // words beside a relay number: the number is the prefix and the line's
			err = cmp.Or(Beside(s, func(number string) bool { _, err := ParseTTY(number, country); return err == nil }), err)
		}
		return n, err
	}
	n, err := Parse(national, country)
	if err != nil {
		return Number{}, fmt.Errorf("%q: the number after Relay UK's %s (%s) is not a valid number in GB: check the digits", s, prefix, national)
	}
	return Number{Dial: prefix + national, line: n.Dial}, nil
}

// Relay splits a relay number written in country into its prefix and the national number's
// digits, or the short number's (18001 116 123); ok is false for anything else.
func Relay(s, country string) (prefix, national string, ok bool) {
	if country != "GB" {
		return "", "", false
	}
	for _, r := range strings.TrimSpace(s) {
		if !(r >= '0' && r <= '9' || IsSeparator(r)) {
			return "", "", false
		}
	}
	d := Digits(s)
	for _, p := range relayPrefixes {
		if rest, found := strings.CutPrefix(d, p); found && (strings.HasPrefix(rest, "0") || relayedShort(rest, country)) {
			return p, rest, true
		}
	}
	return "", "", false
}

// relayedShort reports whether digits, after a relay's prefix, are a short number of country's
// that the relay connects: a service number, not the emergency number (18000 is the relay's
// emergency line; 18001 999 reaches no one).
func relayedShort(digits, country string) bool {
	n, err := Parse(digits, country)
	return err == nil && !strings.HasPrefix(n.Dial, "+") && !IsEmergency(digits, country)
}

// RelayPrefixed reports whether digits, written in country, begin with a relay's prefix
// (18001 999, 18001 alone): dialled alone, neither the prefix nor what follows it is the
// number written.
func RelayPrefixed(digits, country string) bool {
	_, ok := AfterRelay(digits, country)
	return ok
}

// AfterRelay is what digits, written in country, give after the relay's prefix they begin
// with: the line the relay number reaches, or would with its digits right ("18001 116 132"
// gives 116132); ok is false for digits without a relay's prefix.
func AfterRelay(digits, country string) (rest string, ok bool) {
	if country != "GB" {
		return "", false
	}
	for _, p := range relayPrefixes {
		if rest, ok := strings.CutPrefix(digits, p); ok {
			return rest, true
		}
	}
	return "", false
}

// usService are the U.S. three-digit numbers a hotline can be: 211 community services to 811,
// and 988 the Suicide & Crisis Lifeline.
var usService = map[string]bool{"211": true, "311": true, "411": true, "511": true, "611": true, "711": true, "811": true, "988": true}

// Parse reads a number as people write it, in country (an ISO 3166 code such as US or GB;
// empty means US) unless it starts with +: spaces, dots, dashes, slashes and brackets of any
// kind may group its digits, and a vanity number may spell its last digits in letters, as a
// phone's keypad does in every country (1-800-799-SAFE, Australia's 1800RESPECT).
func Parse(s, country string) (Number, error) {
	n, _, err := parseKeys(s, country)
	return n, err
}

// parseKeys is Parse, and the keys the number dials: its digits, a vanity number's letters as
// the digits they share a key with, without the letters past the number (the network ignores
// the keys after a number, so 1800RESPECT dials 1800 737 732).
func parseKeys(s, country string) (Number, string, error) {
	if country == "" {
		country = "US"
	}
	if vanity, digits, ok := spelledOut(s); ok {
		return parseSpelledOut(s, vanity, digits, country)
	}
	if number, note, ok := noteAfterBrackets(s); ok {
		if _, _, err := parseKeys(number, country); err == nil {
			return Number{}, "", &WordsError{Written: s, Number: number, Words: []string{note}}
		}
	}
	t := strings.TrimSpace(s)
	keys, past, err := vanityKeys(s, t)
	if err != nil {
		return Number{}, "", cmp.Or(besideWords(s, country), err)
	}
	n, err := parseDigits(s, keys, country)
	if err == nil {
		return n, Digits(keys), nil
	}
	// letters run past the number: the exchange connects on the shortest number they make, so
	// where a country's numbers of the kind have more than one length (New Zealand's 0800 and
	// six or seven digits) the word is cut to the shorter: 0800 LIFELINE dials 0800 543 354
	// (three letters past are rare, 1-800-MATTRESSES, and tried last: 0800 LIFELINE cut to
	// 0800 54333 would be a length New Zealand's tables allow)
	for _, cut := range []int{2, 1, maxPast} {
		if cut >= past { // one letter at least is dialled
			continue
		}
		if m, merr := parseDigits(s, withoutLastKeys(keys, cut), country); merr == nil {
			return m, Digits(withoutLastKeys(keys, cut)), nil
		}
	}
	if why := misread(s, t, country); why != nil {
		err = why
	}
	return n, Digits(keys), err
}

// misread says why a number that does not parse was written that way, when the reason is
// plain: words or a note beside a whole number (besideWords), or the 00 some countries dial
// before a country code ("001 888 373 7888"), which is not dialled everywhere.
func misread(s, t, country string) error {
	if err := besideWords(s, country); err != nil {
		return err
	}
	if prefix, rest, ok := Retired(s, country); ok {
		return fmt.Errorf("%q starts with %s, which is no longer dialled in %s: write %s", s, prefix, country, rest)
	}
	if ds := Digits(t); strings.HasPrefix(strings.TrimLeft(t, "( "), "00") && len(ds) > 4 {
		if _, err := parseDigits("+"+ds[2:], "+"+ds[2:], country); err == nil {
			return fmt.Errorf("%q starts with 00, which only some countries dial before a country code: write + in its place (+%s)", s, ds[2:])
		}
	}
	return nil
}

// retiredPrefixes are prefixes a country dialled before its numbers and dials no more, still
// printed on old signs and copied from them: Mexico's 01 (long distance) and 044 and 045 (a
// mobile from a fixed line), retired in 2019 when every number became ten digits dialled alike.
// libphonenumber reads them no more, and another country's tables may read the whole as theirs
// (01 800 911 2000 as a number of the Philippines).
var retiredPrefixes = map[string][]string{"MX": {"01", "044", "045"}}

// Retired splits s, a number written in country, into a prefix the country no longer dials and
// the number as written after it, a valid number of the country: "01 800 911 2000" in Mexico is
// 01 and 800 911 2000. ok is false for any other.
func Retired(s, country string) (prefix, rest string, ok bool) {
	t := strings.TrimSpace(s)
	for _, p := range retiredPrefixes[country] {
		if !strings.HasPrefix(Digits(t), p) || strings.IndexFunc(t, func(r rune) bool { return !(r >= '0' && r <= '9' || IsSeparator(r)) || r == '+' }) >= 0 {
			continue
		}
		rest, left := t, len(p)
		for left > 0 { // past the prefix's digits, whatever groups them: "(01) 800", "01-800"
			if rest[0] >= '0' && rest[0] <= '9' {
				left--
			}
			rest = rest[1:]
		}
		rest = strings.TrimLeftFunc(rest, func(r rune) bool { return IsSeparator(r) && r != '(' })
		if _, err := parseDigits(rest, rest, country); err == nil && rest != "" {
			return p, rest, true
		}
	}
	return "", "", false
}

// WordsError is the error for a whole number written with words beside it: "Freephone 0808
// 2000 247", "0808 2000 247 24 hours", "988 (call or text)", or a note after its digits
// ("1-888-373-7888 (24/7)"). Only the number is dialled; the caller says where the words go.
type WordsError struct {
	Written, Number string
	Words           []string // the words before the number and after it, as written
}

func (e *WordsError) Error() string {
	quoted := make([]string, len(e.Words))
	for i, w := range e.Words {
		quoted[i] = strconv.Quote(w)
	}
	return fmt.Sprintf("%q has %s beside the number: write the number alone (%s)", e.Written, strings.Join(quoted, " and "), e.Number)
}

// besideWords is the WordsError of s when it is a number of country with words beside it.
func besideWords(s, country string) error {
	return Beside(s, func(number string) bool {
		_, err := parseDigits(number, number, country)
		return err == nil
	})
}

// Beside finds the number in s, written with words beside it, that valid accepts: the longest
// run of whole words of digits, the rest with letters (in brackets or not, before or after
// it), or a note in brackets or with a slash after seven digits or more ("1-888-373-7888
// (24/7)", whose digits would otherwise be counted as the number's; "18001 0808 2000 247"
// runs on with digits of its own). nil when s is no such number.
func Beside(s string, valid func(number string) bool) error {
	t := strings.TrimSpace(s)
	type word struct {
		from, to int
		digits   bool // digits and what groups them only
	}
	var words []word
	for i, r := range t {
		// a word ends at a space or punctuation no number has, and at a bracket that opens
		// after it or closes it ("247(freephone)", "(0)808")
		if unicode.IsSpace(r) || strings.ContainsRune(",;:", r) {
			continue
		}
		if n := len(words); n == 0 || words[n-1].to < i || r == '(' || r == '[' || strings.ContainsAny(t[words[n-1].to-1:words[n-1].to], ")]") {
			words = append(words, word{from: i, digits: true})
		}
		w := &words[len(words)-1]
		w.to = i + utf8.RuneLen(r)
		w.digits = w.digits && (r >= '0' && r <= '9' || r == '+' || IsSeparator(r))
	}
	// where the letters and slashes of t are, read once: not for each run of its words, of a
	// long text too
	firstLetter, lastLetter, lastSlash := strings.IndexFunc(t, unicode.IsLetter), strings.LastIndexFunc(t, unicode.IsLetter), strings.LastIndexByte(t, '/')
	var found *WordsError
	for i := range words {
		digits := 0 // past MaxDigits no run of words from i on is a number
		for j := i; j < len(words) && words[j].digits && digits <= MaxDigits; j++ {
			digits += len(Digits(t[words[j].from:words[j].to]))
			number := t[words[i].from:words[j].to]
			before, after := strings.TrimRight(t[:words[i].from], " ,;:"), strings.TrimLeft(t[words[j].to:], " ,;:")
			lettered := firstLetter >= 0 && (firstLetter < words[i].from || lastLetter >= words[j].to)
			note := len(Digits(number)) >= 7 && (strings.HasPrefix(after, "(") || lastSlash >= words[j].to)
			if Digits(t[words[i].from:words[i].to]) == "" || Digits(t[words[j].from:words[j].to]) == "" || before == "" && after == "" || !lettered && !note ||
				found != nil && len(Digits(found.Number)) >= len(Digits(number)) || !valid(number) {
				continue
			}
			found = &WordsError{Written: s, Number: number}
			for _, w := range []string{before, after} {
				if w != "" {
					found.Words = append(found.Words, w)
				}
			}
		}
	}
	if found == nil {
		return nil
	}
	return found
}

// maxPast is how many letters a vanity name may spell past its number: 1800RESPECT and
// 1-800-MATTRESS one, 1300 HOLIDAYS and 0800 LIFELINE two, 1-800-MATTRESSES three. More are
// a name, not a number.
const maxPast = 3

// Keys are the keys a phone dials for s, a number Parse reads: its digits, a vanity number's
// letters as digits without those past the number (1800RESPECT: 1800737732); "" for no number.
func Keys(s, country string) string {
	_, keys, err := parseKeys(s, country)
	if err != nil {
		return ""
	}
	return keys
}

// InDigits is s, a number Parse reads, as its keys print it: the digits in brackets after a
// vanity number when they are the whole number ("0800 HELPLINE (0800 435 7546)"), else its
// letters as the digits they dial, in its own groups, without letters past the number
// ("1-800-799-SAFE (7233)" is 1-800-799-7233, 1800RESPECT in Australia 1800737732); s when it
// has no letters or is not read. A word that says what the line is for must not print where
// the number may not say so.
func InDigits(s, country string) string {
	t := strings.TrimSpace(s)
	n, keys, err := parseKeys(s, country)
	if v, digits, ok := spelledOut(t); ok {
		if whole, werr := Parse(digits, country); err == nil && werr == nil && whole.Key() == n.Key() {
			return strings.TrimSpace(digits)
		}
		t = v
	}
	all, _, verr := vanityKeys(s, t)
	if err != nil || verr != nil || !strings.ContainsFunc(t, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
		return s
	}
	if past := len(Digits(all)) - len(Digits(keys)); past > 0 {
		all = withoutLastKeys(all, past)
	}
	// a U.S. number in the groups its digits are written in (a word of seven letters spans
	// two): 1-800-RESPECT is 1-800-737-7328
	if d := Digits(all); strings.HasPrefix(n.Key(), "1") && (len(d) == 10 || len(d) == 11 && d[0] == '1') {
		sep := "-" // or the number's own: 800.799.SAFE is 800.799.7233
		if !strings.Contains(t, sep) && strings.Contains(t, ".") {
			sep = "."
		}
		return nanpGroups(d, sep)
	}
	return strings.TrimRightFunc(all, IsSeparator)
}

// nanpGroups is d, the 10 digits of a North American number or 11 with the 1 before them, in
// its groups: 1-800-799-7233.
func nanpGroups(d, sep string) string {
	groups := []string{d[len(d)-10 : len(d)-7], d[len(d)-7 : len(d)-4], d[len(d)-4:]}
	if len(d) == 11 {
		groups = append([]string{"1"}, groups...)
	}
	return strings.Join(groups, sep)
}

// Grouped is s, a number Parse reads written as one run of seven digits or more ("8007997233",
// "+448082000247"), in the groups its country writes it in, with the same digits: 800-799-7233,
// +44 808 2000 247 (libphonenumber's national format, after the calling code when s has one).
// A long run of digits is read aloud as one large number and misread on paper. s itself when it
// is grouped already, shorter (a short code is written whole: 88788), or not read.
func Grouped(s, country string) string {
	t := strings.TrimSpace(s)
	ds := strings.TrimPrefix(t, "+")
	if len(ds) < 7 || strings.Trim(ds, "0123456789") != "" {
		return s
	}
	n, err := Parse(t, country)
	if _, _, relay := Relay(t, country); err != nil || relay {
		return s
	}
	if strings.HasPrefix(n.Dial, "+1") && (len(ds) == 10 || len(ds) == 11 && ds[0] == '1') {
		return strings.TrimSuffix(t, ds) + nanpGroups(ds, "-")
	}
	m := meta()
	p, err := parse(t, country)
	md := m.metadata(p.cc, m.regionForCode(p.cc))
	if err != nil || md == nil || !strings.HasSuffix(ds, p.nsn) {
		return s
	}
	f := chooseFormat(md.formats, p.nsn)
	if f == nil {
		return s
	}
	switch before := strings.TrimSuffix(ds, p.nsn); {
	case strings.HasPrefix(t, "+"):
		return "+" + before + " " + re(f.pattern).ReplaceAllString(p.nsn, f.format)
	case before == "":
		return re(f.pattern).ReplaceAllString(p.nsn, f.format)
	default: // with its trunk prefix, as the national format writes it (0808 2000 247)
		if written, _ := m.formatNational(p); Digits(written) == ds {
			return written
		}
	}
	return s
}

// LettersPast are the last letters of a vanity number written alone, without its digits in
// brackets, that spell past the number and are not dialled ("T" of 1800RESPECT), or "".
func LettersPast(s, country string) string {
	if _, _, ok := spelledOut(s); ok {
		return "" // the digits beside it say what it dials
	}
	_, keys, err := parseKeys(s, country)
	past := len(Dialled(s)) - len(keys)
	if err != nil || past <= 0 {
		return ""
	}
	var letters []rune
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			letters = append(letters, r)
		}
	}
	return string(letters[len(letters)-past:])
}

// vanityKeys writes the letters of t as the digits they share a key with, keeping what groups
// them, and counts the letters after its last digit (those past the number, perhaps). Letters
// spell a vanity number after its first three digits, a word of three letters or more, out of
// brackets ("0808 2000 247 (UK)" is a number and a note); a letter O, l or I in a group of digits
// ("555-O187", "0808 2OOO 247") is a typo of the digit it looks like, not a key to dial.
func vanityKeys(s, t string) (keys string, past int, err error) {
	var b strings.Builder
	digits, letters, open := 0, 0, false
	for i, r := range t {
		letter := r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
			digits, past = digits+1, 0
		case letter && digits >= 3 && !open: // after the area code
			b.WriteByte(keypad(r))
			letters, past = letters+1, past+1
		case letter && digits >= 3:
			return "", 0, fmt.Errorf("%q has letters in brackets: write the number alone, and any note in the text", s)
		case unicode.Is(unicode.Zs, r): // a narrow or thin space too, as French typesets a number
			b.WriteByte(' ')
		case r == '+' && i == 0, IsSeparator(r):
			b.WriteRune(r)
			open = open || r == '(' || r == '['
			open = open && r != ')' && r != ']'
		case diag.Invisible(r) != "": // named as a text's are: its escape means nothing to its writer
			return "", 0, fmt.Errorf("%q has an %s (U+%04X), which prints nothing: delete it", s, diag.Invisible(r), r)
		default:
			return "", 0, fmt.Errorf("%q is not a phone number: it has %q", s, r)
		}
	}
	if letters == 0 {
		return b.String(), 0, nil
	}
	for _, g := range strings.FieldsFunc(t, IsSeparator) {
		others := strings.IndexFunc(g, func(r rune) bool { return !strings.ContainsRune("0123456789OoIl", r) }) >= 0
		if l := strings.IndexAny(g, "OoIl"); !others && l >= 0 && strings.ContainsAny(g, "0123456789") {
			return "", 0, fmt.Errorf("%q has the letter %c among its digits: write the digit it stands for (%c)", s, g[l], lookalikeDigit(g[l]))
		}
	}
	if letters < 3 {
		return "", 0, fmt.Errorf("%q has letters: a vanity number spells its last digits in a word of three letters or more (1-800-799-SAFE, 1800RESPECT)", s)
	}
	return b.String(), past, nil
}

// lookalikeDigit is the digit a letter is typed for: O for 0, l and I for 1.
func lookalikeDigit(c byte) byte {
	if c == 'O' || c == 'o' {
		return '0'
	}
	return '1'
}

// withoutLastKeys is keys without its last n digits, and what follows them.
func withoutLastKeys(keys string, n int) string {
	for i := len(keys) - 1; i >= 0; i-- {
		if keys[i] >= '0' && keys[i] <= '9' {
			if n--; n == 0 {
				return keys[:i]
			}
		}
	}
	return ""
}

// parseDigits reads t, a number written in digits (a vanity number's letters turned into
// them), as Parse does; s is the number as written, for messages.
func parseDigits(s, t, country string) (Number, error) {
	intl := strings.HasPrefix(t, "+")
	ds := Digits(t)
	if !intl && len(ds) <= 6 {
		n, err := short(s, ds, country)
		if err != nil && keeps116(ds, country) {
			return Number{Dial: ds}, nil
		}
		if err != nil && country != "US" {
			if w, werr := national(s, t, country); werr == nil { // as short as a service number: 13 11 14
				return w, nil
			}
		}
		return n, err
	}
	if intl && !strings.HasPrefix(ds, "1") || !intl && country != "US" {
		return national(s, t, country)
	}
	if len(ds) == 11 && ds[0] == '1' {
		ds = ds[1:]
	} else if len(ds) == 10 && ds[0] == '1' {
		return Number{}, fmt.Errorf("%q starts with 1 but has only 9 digits after it; a U.S. number has 10", s)
	}
	if len(ds) != 10 {
		return Number{}, fmt.Errorf("%q has %d digits; a U.S. number has 10 (or 11 starting with 1)", s, len(ds))
	}
	if msg := checkNANP(ds); msg != "" {
		return Number{}, fmt.Errorf("%q is not a valid U.S. number: %s", s, msg)
	}
	return Number{Dial: "+1" + ds}, nil
}

// spelledOut splits a vanity number followed by its digits in brackets, as hotlines print
// them ("1-800-799-SAFE (7233)"), into the two; ok is false for anything else.
func spelledOut(s string) (vanity, digits string, ok bool) {
	t := strings.TrimSpace(s)
	open := strings.LastIndexByte(t, '(')
	if open < 0 || !strings.HasSuffix(t, ")") {
		return "", "", false
	}
	vanity, digits = strings.TrimSpace(t[:open]), t[open+1:len(t)-1]
	if strings.ContainsAny(vanity, "()") || strings.Contains(digits, "/") {
		return "", "", false // a note after the number's own brackets, or hours: "(7233) (24/7)", "(24/7)"
	}
	letters := strings.IndexFunc(vanity, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0
	for _, r := range digits {
		if !(r >= '0' && r <= '9' || IsSeparator(r)) {
			return "", "", false
		}
	}
	return vanity, digits, letters && Digits(digits) != ""
}

// noteAfterBrackets splits a number followed by a note in brackets after brackets of its own
// ("1-800-799-SAFE (7233) (24/7)"), or by hours in brackets ("1-800-799-SAFE (24/7)"), into the
// number and the note; ok is false for anything else. Read as one, the note's digits were
// taken for the digits the letters dial.
func noteAfterBrackets(s string) (number, note string, ok bool) {
	t := strings.TrimSpace(s)
	open := strings.LastIndexByte(t, '(')
	if open < 0 || !strings.HasSuffix(t, ")") {
		return "", "", false
	}
	number = strings.TrimSpace(t[:open])
	return number, t[open:], strings.HasSuffix(number, ")") || strings.Contains(t[open:], "/")
}

// parseSpelledOut reads a vanity number with its digits in brackets: the digits must spell
// out at least the letters it dials (7233 for SAFE, 737732 for RESPECT, or the whole number),
// else one of the two is wrong.
func parseSpelledOut(s, vanity, digits, country string) (Number, string, error) {
	n, keys, err := parseKeys(vanity, country)
	if err != nil {
		return n, keys, err
	}
	var letters strings.Builder
	for _, r := range vanity {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			letters.WriteRune(r)
		}
	}
	// the digits in brackets say how much of the word is dialled where the country's numbers
	// of the kind have more than one length: 0800 HELPLINE (0800 435 7546) dials one letter
	// more than the shortest number it makes
	if all, past, kerr := vanityKeys(vanity, strings.TrimSpace(vanity)); kerr == nil {
		bracket, berr := Parse(digits, country)
		for cut := 0; cut < past && cut <= maxPast; cut++ {
			cand := withoutLastKeys(all, cut)
			if cut == 0 {
				cand = all
			}
			m, merr := parseDigits(s, cand, country)
			if merr == nil && (berr == nil && len(Digits(digits)) >= 7 && bracket.Key() == m.Key() || len(Digits(digits)) < 7 && strings.HasSuffix(Digits(cand), Digits(digits)) && len(Digits(digits)) >= letters.Len()-cut) {
				return m, Digits(cand), nil
			}
		}
	}
	dialled := letters.Len() - (len(Dialled(vanity)) - len(keys)) // the letters past the number are not
	d, spelled := Digits(digits), keys[len(keys)-dialled:]
	if !strings.HasSuffix(keys, d) || len(d) < len(spelled) {
		return Number{}, "", fmt.Errorf("%q: the digits in brackets (%s) are not those of %s, which dials %s: check which is right", s, strings.TrimSpace(digits), letters.String(), spelled)
	}
	return n, keys, nil
}

// euHelplines are the numbers Europe keeps for helplines in every member state (Commission
// Decisions 2007/116/EC and after): missing children, victims of crime, women victims of
// violence (116 016, Directive (EU) 2024/1385), children, the medical on-call service,
// emotional support. libphonenumber knows only those some countries reported to it (in France
// 116 000 and 116 111, not 116 006; 116 016 nowhere).
var euHelplines = map[string]bool{"116000": true, "116006": true, "116016": true, "116111": true, "116117": true, "116123": true}

// eea are the countries that keep them: the European Union's and Iceland, Liechtenstein and
// Norway.
var eea = map[string]bool{"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true, "DK": true, "EE": true, "FI": true,
	"FR": true, "DE": true, "GR": true, "HU": true, "IE": true, "IT": true, "LV": true, "LT": true, "LU": true, "MT": true, "NL": true,
	"PL": true, "PT": true, "RO": true, "SK": true, "SI": true, "ES": true, "SE": true, "IS": true, "LI": true, "NO": true}

// kept116 are the European helplines countries outside the EEA keep, by country: Georgia's
// 116 006 for victims of violence.
var kept116 = map[string][]string{"GE": {"116006"}}

// keeps116 reports whether ds is one of the European helplines that country keeps.
func keeps116(ds, country string) bool {
	return euHelplines[ds] && (eea[country] || slices.Contains(kept116[country], ds))
}

// short reads a service or emergency number dialled as it is (988, 211, 116 123, 999).
func short(s, ds, country string) (Number, error) {
	if country == "US" {
		if usService[ds] || ds == "911" {
			return Number{Dial: ds}, nil
		}
		return Number{}, fmt.Errorf("%q is not a U.S. service number: three-digit lines are 211 to 811 and 988; a full number has 10 digits", s)
	}
	t := meta()
	n, err := parse(ds, country)
	if err != nil || !(t.validShort(n, country) || IsEmergency(ds, country)) {
		return Number{}, fmt.Errorf("%q is not a service number in %s", s, country)
	}
	return Number{Dial: ds}, nil
}

// national reads a number outside the U.S. as world does, and dials one that cannot be dialled
// from abroad (Australia's 13 11 14, 1800 numbers) as it is written in its country: a + in
// front of it would not connect.
func national(s, t, country string) (Number, error) {
	n, err := world(s, t, country)
	if err != nil {
		return n, shortWithPlus(s, t, err)
	}
	m := meta()
	p, _ := parse(t, country) // world parsed it
	if err := trunkMisread(s, t, p); err != nil {
		return Number{}, err
	}
	if !m.nationalOnly(p) {
		return n, nil
	}
	r := m.regionOf(p)
	if r != country {
		return Number{}, fmt.Errorf("%q cannot be dialled from outside %s: write it as it is dialled there (%s), and set country: %s", s, r, p.nsn, r)
	}
	if strings.HasPrefix(t, "+") {
		return Number{}, fmt.Errorf("%q cannot be dialled from outside %s: write it as it is dialled there, without + and the country code (%s)", s, r, p.nsn)
	}
	return Number{Dial: Digits(t), line: n.Dial}, nil
}

// shortWithPlus is err, world's of t, or, where t is a short line written with + and its
// country code ("+47 116 111"), which is dialled as it is in its country and not from abroad,
// what to write instead: world's own words would ask for the + it has.
func shortWithPlus(s, t string, err error) error {
	p, perr := parse(t, "")
	if perr != nil || !strings.HasPrefix(strings.TrimSpace(t), "+") {
		return err
	}
	m := meta()
	for _, region := range m.codes[p.cc] {
		if m.validShort(p, region) || m.isEmergency(p.nsn, region) || keeps116(p.nsn, region) {
			return fmt.Errorf("%q is a short number, dialled as it is in %s and not from abroad: write it without + and the country code (%s)", s, region, afterCode(t, p.cc))
		}
	}
	return err
}

// afterCode is t, a number written with + and the country code cc, as written after them:
// "116 111" of "+47 116 111".
func afterCode(t string, cc int) string {
	code := strconv.Itoa(cc)
	for i, r := range t {
		if r >= '0' && r <= '9' {
			if code == "" {
				return strings.TrimSpace(t[i:])
			}
			code = code[1:]
		}
	}
	return t
}

// world reads a number outside the U.S. with libphonenumber's metadata.
func world(s, t, country string) (Number, error) {
	n, err := parse(t, country)
	if err != nil {
		return Number{}, fmt.Errorf("%q is not a phone number: %v", s, err)
	}
	m := meta()
	if !m.valid(n) {
		r := m.regionOf(n)
		if r == "001" { // +800, +808, +881...: numbers of no country
			return Number{}, fmt.Errorf("%q is not a valid number: +%d is no country's code, but that of numbers of no country (international freephone, satellite phones); check the digits, or write it with its country's code (+1 for the U.S. and Canada)", s, n.cc)
		}
		if r == "" && strings.HasPrefix(strings.TrimSpace(t), "+") { // +44 7700 900123: a number of the UK, whatever the country
			r = m.mainRegion(n.cc)
		}
		return Number{}, fmt.Errorf("%q is not a valid number in %s: check the digits, or write it with + and the country code", s, cmp.Or(r, country))
	}
	return Number{Dial: "+" + strconv.Itoa(n.cc) + n.nsn}, nil
}

// trunkMisread is why t, a number written in its country that parses as p, reaches no one
// though libphonenumber reads it: it is of a kind dialled without the trunk prefix and written
// with it ("01800 341 900" in Ireland), or it is one slip from such a number and reads as a
// place's only for the slip ("1800 341 90", a digit dropped, or "01800 341 90"): a reader who
// adds the prefix a place's number asks for dials no number of the kind written. nil for any
// other.
func trunkMisread(s, t string, p parsed) error {
	m := meta()
	md := m.metadata(p.cc, m.regionForCode(p.cc))
	d := Digits(t)
	written := d != p.nsn // with the trunk prefix
	if _, trunk := m.formatNational(p); strings.HasPrefix(strings.TrimSpace(t), "+") || !written && trunk == "" {
		return nil // no prefix written, and none asked for
	}
	kind, exact := m.codeKind(p.cc, p.nsn)
	switch {
	case kind == "":
		return nil
	case exact && written && d == md.np+p.nsn:
		at := strings.Index(t, md.np)
		return fmt.Errorf("%q writes the trunk prefix %s before a %s number, which is dialled without it in %s: dialled as printed it reaches no one; write %s",
			s, md.np, kind, md.id, strings.TrimLeft(strings.TrimSpace(t[:at]+t[at+len(md.np):]), " -.()"))
	}
	return fmt.Errorf("%q is not a valid number in %s: it is one slip from a %s number, which is dialled without a trunk prefix; check the digits", s, md.id, kind)
}

// Trunk is the trunk prefix that s, a number written without + in country, leaves out ("0" for
// "20 7946 0958" in GB, dialled there 020 7946 0958), as libphonenumber's national format writes
// it; "" when it leaves out none. Parse reads such a number as the number, but a reader in the
// country who dials it as printed reaches no one.
func Trunk(s, country string) string {
	t := strings.TrimSpace(s)
	if country == "" || country == "US" || strings.HasPrefix(t, "+") || strings.IndexFunc(t, func(r rune) bool { return !(r >= '0' && r <= '9' || IsSeparator(r)) }) >= 0 {
		return "" // the U.S. prints no trunk prefix (the 1 of 1-800 is the country code)
	}
	m := meta()
	if m.regions[country] == nil {
		return ""
	}
	p, err := parse(t, country)
	if err != nil || p.nsn != Digits(t) || !m.valid(p) || m.nationalOnly(p) || trunkMisread(s, t, p) != nil {
		return ""
	}
	if _, trunk := m.formatNational(p); !strings.HasPrefix(p.nsn, trunk) {
		return trunk
	}
	return ""
}

// CodeWithoutPlus is the calling code and national number of s, a number written with a
// country's calling code but without the + (or the international prefix) before it: "44 808
// 2000 247" and "44 (0)113 246 0401" in GB, "61 13 11 14" in AU, and in any country another's,
// "44 808 802 1414" in IE, where it is no number of the country's own. libphonenumber reads
// past a country's own code as it is written; a phone dials the digits as printed and reaches
// no one. ok is false for a NANP country's own numbers, whose 1 is dialled (1-800), and for a
// number written otherwise.
func CodeWithoutPlus(s, country string) (cc int, nsn string, ok bool) {
	t := strings.TrimSpace(s)
	own := CountryCode(country)
	// the code is written as a group of its own, as those who write it so write it: "44 808",
	// not the 1 of "1800 737 732" nor the 247 of "24/7"; most numbers are no code's, and are
	// not parsed to learn it
	first := t[:strings.IndexFunc(t+" ", func(r rune) bool { return r < '0' || r > '9' })]
	code, err := strconv.Atoi(first)
	if err != nil || len(first) > 3 || own == 0 || code == own && own == 1 || len(Digits(t)) < len(first)+4 || // a code and a number of four digits or more (Niue's 683 4002)
		strings.IndexFunc(t, func(r rune) bool { return !(r >= '0' && r <= '9' || IsSeparator(r)) }) >= 0 {
		return 0, "", false
	}
	m := meta()
	md := m.regions[country]
	if md == nil || m.regionForCode(code) == "" {
		return 0, "", false
	}
	if _, national := stripInternationalPrefix(extractPossibleNumber(t), md.idd); !national {
		return 0, "", false // "0044 808 2000 247" dials from abroad
	}
	d := Digits(strings.Replace(t, "(0)", "", 1)) // "44 (0)113": the trunk prefix callers abroad leave out
	if p, err := parse(t, country); err == nil && m.valid(p) {
		if own > 1 && p.cc == own && strconv.Itoa(own)+p.nsn == d && code == own {
			return p.cc, p.nsn, true
		}
		return 0, "", false // a number of the country's own, as it is dialled there
	}
	if p, err := parse("+"+d, "US"); err == nil && p.cc != own && m.valid(p) && code == p.cc && len(p.nsn) >= 6 { // another country's: not a local number written without its area code (683 4002)
		return p.cc, p.nsn, true
	}
	return 0, "", false
}

// RegionOf is the two-letter region of the number key (calling code and national number, as
// Key gives it), "" for none.
func RegionOf(key string) string {
	p, err := parse("+"+key, "US")
	if err != nil {
		return ""
	}
	return meta().regionOf(p)
}

// National is the digits a phone in its own country dials for the number key (calling code and
// national number, as Key gives it), with the trunk prefix libphonenumber's national format
// writes ("448082000247": 08082000247), so a text for callers there is read as they dial it;
// "" for a U.S. number, one of a code it does not know, or one written there as it is.
func National(key string) string {
	if strings.HasPrefix(key, "1") {
		return ""
	}
	m := meta()
	p, err := parse("+"+key, "US")
	if err != nil || m.regionForCode(p.cc) == "" {
		return ""
	}
	if written, _ := m.formatNational(p); Digits(written) != p.nsn {
		return Digits(written)
	}
	return ""
}

// CountryCode is the calling code of a country (44 for GB), or 0 for a code it does not know.
func CountryCode(country string) int {
	if country == "" || country == "US" {
		return 1
	}
	if r := meta().regions[country]; r != nil {
		return r.cc
	}
	return 0
}

// NumberLength reports whether n digits are as many as a number of country has, without the
// trunk prefix (libphonenumber's possible lengths: 10 in the U.S., 7, 9 or 10 in GB).
func NumberLength(n int, country string) bool {
	if r := meta().regions[cmp.Or(country, "US")]; r != nil {
		return r.general.hasLength(n)
	}
	return false
}

// Example is a number as it is written in country, for hints: libphonenumber's example of a
// toll-free number there (of a fixed line where it has none), "0800 123 4567" in GB; "" for the
// U.S., whose hints give numbers of its own, and for a country it does not know.
func Example(country string) string {
	if country == "" || country == "US" {
		return ""
	}
	if r := meta().regions[country]; r != nil {
		return r.example
	}
	return ""
}

// IsEmergency reports whether digits are an emergency number in country.
func IsEmergency(digits, country string) bool {
	if country == "" || country == "US" {
		return digits == "911"
	}
	return slices.Contains(addedEmergency[country], digits) || meta().isEmergency(digits, country)
}

// addedEmergency are the national emergency numbers libphonenumber's tables lack, by country:
// 112 in Nigeria (the Nigerian Communications Commission's emergency communication centres),
// Ghana (police, fire and ambulance in one since 2018) and Uganda (the police's from a mobile,
// beside 999); 911 and 112 in Armenia (the rescue service's single number, beside 101 to 103).
var addedEmergency = map[string][]string{"NG": {"112"}, "GH": {"112"}, "UG": {"112"}, "AM": {"911", "112"}}

// keypad is the digit a letter shares a key with.
func keypad(r rune) byte {
	const keys = "22233344455566677778889999"
	if r >= 'a' {
		r -= 'a' - 'A'
	}
	return keys[r-'A']
}

// IsSeparator reports whether r is a character people put between the digits of a number:
// spaces of every kind (no-break included), dots (the one-dot leader ․ and the small and
// full-width ﹒ ． too), brackets, a plus between groups
// (1+888+373+7888), and every character that prints as a hyphen or dash, a slash or a bar, or
// a middle dot or bullet (Lookalike): 1·888·373·7888, 1∙888∙373∙7888 and 1∕888∕373∕7888 are
// one number, whatever the keyboard typed.
func IsSeparator(r rune) bool {
	switch r {
	case '\t', '.', '\u2024', '\uFE52', '\uFF0E', '(', ')', '[', ']', '+': // . ․ ﹒ ．
		return true
	}
	if unicode.Is(unicode.Zs, r) {
		return true
	}
	return Lookalike(r) != 0
}

// Digits are the ASCII digits of s. For the input Parse lets through (no letters, no other
// digits) it is the library's normalize.
func Digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Dialled are the digits a phone dials for s: its ASCII digits, and a letter as the digit
// it shares a key with (1-800-799-SAFE dials 18007997233).
func Dialled(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			b.WriteByte(keypad(r))
		}
	}
	return b.String()
}

// checkNANP applies the plan's rules: area code and exchange start with 2-9 and are not N11
// service codes such as 411 or 911.
func checkNANP(d string) string {
	switch {
	case d[0] < '2':
		return "an area code cannot start with 0 or 1"
	case d[1] == '1' && d[2] == '1':
		return "the area code " + d[:3] + " is a service code"
	case d[3] < '2':
		return "the exchange (the middle three digits) cannot start with 0 or 1"
	case d[4] == '1' && d[5] == '1':
		return "the exchange " + d[3:6] + " is a service code"
	}
	return ""
}

// OneOff reports whether two digit strings differ by exactly one typing slip: one digit
// changed, added, dropped, or two neighbours swapped.
func OneOff(x, y string) bool {
	if x == y {
		return false
	}
	if len(x) == len(y) {
		diff := []int{}
		for i := range x {
			if x[i] != y[i] {
				diff = append(diff, i)
			}
		}
		if len(diff) == 1 {
			return true
		}
		return len(diff) == 2 && diff[1] == diff[0]+1 && x[diff[0]] == y[diff[1]] && x[diff[1]] == y[diff[0]]
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y) != len(x)+1 {
		return false
	}
	for i := 0; i < len(y); i++ {
		if y[:i]+y[i+1:] == x {
			return true
		}
	}
	return false
}

// Reordered reports whether x and y, digit strings of five digits or more, are the same digits
// in another order: groups of a number swapped or reversed (1-373-888-7888 or 1-888-7888-373
// for 1-888-373-7888), a slip that moves more digits than OneOff's. Shorter numbers share
// their digits by chance too often to be read so.
func Reordered(x, y string) bool {
	if x == y || len(x) != len(y) || len(x) < 5 {
		return false
	}
	var count [256]int
	for i := range len(x) {
		count[x[i]]++
		count[y[i]]--
	}
	return count == [256]int{}
}

// International is the Key of a number written with + or the international prefix country
// dials abroad with (00 in GB, 011 in the U.S.), as libphonenumber reads it: the calling code,
// then the national number without the trunk prefix some write in brackets after the code
// ("+44 (0)808 2000 247", "0044 808 2000 247" and "011 1 888 373 7888" are 448082000247 and
// 18883737888). It does not ask whether the number is valid, so a slip of one is read too; ok
// is false for a number written without either prefix.
func International(s, country string) (key string, ok bool) {
	if country == "" {
		country = "US"
	}
	t := meta()
	md := t.regions[country]
	num := extractPossibleNumber(strings.TrimSpace(s))
	if md == nil || num == "" {
		return "", false
	}
	if _, national := stripInternationalPrefix(num, md.idd); national {
		return "", false
	}
	p, err := parse(num, country)
	if err != nil {
		return "", false
	}
	return strconv.Itoa(p.cc) + p.nsn, true
}
