package content

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
	"haven/internal/phone"
)

// A number may be written right, digit for digit, and still reach no one from where it is
// printed: another country's emergency number, a number only dialled at home written with its
// country code, a trunk 0 after the code, the organisation's own digits after another
// country's code. Each is refused at its line with the form to write.

// foreignEmergency finds a short number a text asks to dial (d, written in r) that is the
// emergency number of other countries but not of country: "In an emergency call 911" on an
// Australian poster sends a reader in danger to a number that is not Australia's. A number
// listed under organisation.other_numbers (an organisation that means it, for callers in
// another country) is in nums and passes.
func foreignEmergency(text string, r run, written, d, country string, nums []Number, prose bool) (slip, bool) {
	end := r.at + len(r.text)
	if !prose || r.plus || strings.Trim(r.text, "() ") != d || exact([]string{d}, nums) {
		return slip{}, false
	}
	before, after := text[max(0, r.at-300):r.at], text[end:]
	if now, ok := replacedEmergency[cmp.Or(country, "US")][d]; ok {
		if Counted(after) || !askedToDial(before, after) && !orNumber(before) && !inDanger(before) {
			return slip{}, false
		}
		msg := fmt.Sprintf("%s was %s emergency number until %d; it is %s now: a reader in danger who dials %s may reach no one", diag.Whole(written), possessive(theCountry(country)), now.since, now.number, d)
		return slip{written: written, wrong: msg, hint: emergencyHint(now.number, nums)}, true
	}
	if country != "" && phone.CountryCode(country) == 0 {
		return slip{}, false // a country refused as none, said at settings.yaml
	}
	if len(d) < 2 || len(d) > 3 || !phone.EmergencyAnywhere(d) || serviceNumber(d, country) && !copiedEmergency[d] || knownLine(d, country) {
		return slip{}, false
	}
	if _, ok := slipOf(keys(d, country, false), nums, d, country); ok {
		return slip{}, false // one slip from one of the organisation's numbers (998 beside 999): a typo of it, said so; not 911, a service in New Zealand, beside its 111
	}
	// two digits ask more: asked to dial in danger and ending their clause ("En cas d'urgence,
	// composez le 17."), not an hour or a count ("de 9 h à 17 h", "17 ans")
	if Counted(after) || streetAfter(after) || placeNamed().MatchString(after) || !askedToDial(before, after) && !orNumber(before) && !inDanger(before) ||
		len(d) == 2 && (!dangerSaid(before) || !endsClause(after) || countedAfter(after)) {
		return slip{}, false
	}
	where := phone.EmergencyElsewhere(d, country)
	if len(where) == 0 || namesWhere(LastSentence(before), where) || namesWhere(previousSentence(before), where) || toldNotTo(before) {
		return slip{}, false // "If you are in the UK, call 999", "En vacances en France ? ... le 17": meant for callers there; "Don't call 999 here"
	}
	// the countries named: those most likely copied from (a U.S. or British template), then
	// the first others, so the message stays one line
	slices.SortStableFunc(where, func(a, b string) int { return cmp.Compare(known(a), known(b)) })
	named := 3
	if k := slices.IndexFunc(where, func(c string) bool { return known(c) == 100 }); k > 0 {
		named = min(named, k)
	}
	if len(where) > named {
		where = append(where[:named], fmt.Sprintf("%d other countries", len(where)-named))
	}
	country = cmp.Or(country, "US")
	msg := fmt.Sprintf("%s is the emergency number of %s, not of %s: a reader in danger who dials it here may reach no one", diag.Whole(written), joinAnd(where), country)
	hint := fmt.Sprintf("write %s's emergency number", country)
	for _, n := range nums {
		if n.Placeholder == "{emergency}" {
			msg = fmt.Sprintf("%s is the emergency number of %s, not of %s, whose emergency number is %s (%s): a reader in danger who dials %s here may reach no one", diag.Whole(written), joinAnd(where), country, n.Written, n.Field, d)
			hint = fmt.Sprintf("write {emergency} to print %s from settings.yaml", n.Written)
		}
	}
	place := theCountry(where[0])
	hint += fmt.Sprintf("; if you mean %s for callers in another country, name the country in the sentence (\"in %s, call %s\") or list %s in settings.yaml under organisation: as other_numbers: [%q]", d, place, d, d, d)
	return slip{written: written, wrong: msg, hint: hint}, true
}

// trunkAfterCode says what is wrong with written, a number written with + and its calling
// code, then a trunk prefix ("+44 0808 2000 247"), and what to write; "" when nothing is.
// afterCode is written after the code ("0808 2000 247"). "+44 (0)808 2000 247" passes.
func trunkAfterCode(written, code, afterCode string) (msg, hint string) {
	np := phone.TrunkAfterCode(written)
	if np == "" {
		return "", ""
	}
	without := strings.TrimLeft(strings.TrimPrefix(afterCode, np), " -.\u00a0")
	return fmt.Sprintf("%s writes the trunk prefix %s after the country code +%s: dialled so from abroad it fails on many networks", diag.Whole(written), np, code),
		fmt.Sprintf("write +%s %s, without the %s, or %s as it is dialled in the country (+%s (%s)%s is understood too)", code, without, np, afterCode, code, np, without)
}

// known orders countries by how often content is copied from them: their emergency numbers are
// the ones written by habit.
func known(country string) int {
	if i := slices.Index(knownCountries, country); i >= 0 {
		return i
	}
	return 100
}

// countryNames are the names a text most often gives the countries content is copied from,
// as a reader writes them.
var countryNames = map[string][]string{
	"GB": {"UK", "U.K.", "United Kingdom", "Britain", "England", "Scotland", "Wales", "Northern Ireland"},
	"IE": {"Ireland"}, "AU": {"Australia"}, "NZ": {"New Zealand"}, "IN": {"India"}, "ZA": {"South Africa"},
	"MX": {"Mexico", "México"}, "PH": {"Philippines"}, "FR": {"France"}, "DE": {"Germany", "Deutschland"},
	"ES": {"Spain", "España"}, "CA": {"Canada"}, "US": {"U.S.", "USA", "United States"},
}

// namesWhere is whether sentence names one of the countries where (a number is their
// emergency number), or Europe for any of them in the EU: the number is meant for callers there.
func namesWhere(sentence string, where []string) bool {
	for _, c := range where {
		for _, n := range countryNames[c] {
			if wordIn(sentence, n) {
				return true
			}
		}
	}
	return slices.Contains(where, "DE") && (wordIn(sentence, "EU") || wordIn(sentence, "Europe"))
}

// wordIn is whether s has w as a word of its own, not inside another.
func wordIn(s, w string) bool {
	for from := 0; ; {
		at := strings.Index(s[from:], w)
		if at < 0 {
			return false
		}
		at += from
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(w):])
		if (at == 0 || !unicode.IsLetter(before)) && (at+len(w) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		from = at + len(w)
	}
}

// LastSentence is the sentence s ends in: after its last SentenceBreak.
func LastSentence(s string) string {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if next, _ := utf8.DecodeRuneInString(s[i:]); SentenceBreak(r, next) {
			return s[i:]
		}
		i -= n
	}
	return s
}

// SentenceBreak is whether a sentence ends after r, next being the character after it: a line
// break, or a sentence terminal (any of Unicode's: . ! ? and Urdu's ۔, Amharic's ። ፧, Hindi's
// । among them) followed by a space, not the dot of 1.800 or example.org; a full-width one
// (。！？) needs none.
func SentenceBreak(r, next rune) bool {
	return r == '\n' || unicode.Is(unicode.Sentence_Terminal, r) && (unicode.IsSpace(next) || r >= 0x3000)
}

// placeNamed starts the text after a number that names where it is dialled: "000 (Australia),
// 112 (Europe), 999 (UK)", "999 in the UK": a list of countries' numbers, meant as written.
var placeNamed = lazyRE(`^[\s\p{Zs}]*(?:\(\pL|in[\s\p{Zs}]+(?:the[\s\p{Zs}]+)?\p{Lu})`)

// knownCountries are those content is most often copied from, in that order.
var knownCountries = []string{"US", "GB", "CA", "AU", "NZ", "IE", "IN", "ZA", "MX", "PH", "FR", "DE", "ES"}

// codeWithoutPlus says what is wrong with written, a number written with a calling code but
// no + ("44 808 2000 247", "61 13 11 14" in their countries, "44 808 802 1414" in Ireland),
// and what to write: for the country's own, the form dialled in it and the + form, or that
// form alone for a number only dialled there; for another country's, the + form; "" when
// written is no such number.
func codeWithoutPlus(written, country string) (msg, hint string) {
	written = strings.TrimSpace(written)
	cc, nsn, ok := phone.CodeWithoutPlus(written, country)
	if !ok {
		return "", ""
	}
	code := strconv.Itoa(cc)
	afterCode := strings.TrimLeft(written[strings.Index(written, code)+len(code):], " -.\u00a0")
	afterCode = strings.TrimLeft(strings.TrimPrefix(afterCode, "(0)"), " -.\u00a0)") // "44 (0)113 246 0401"
	if cc != phone.CountryCode(country) {
		region := phone.RegionOf(code + nsn)
		return fmt.Sprintf("%s begins with the calling code %s (%s) without the + before it: dialled as printed it reaches no one", diag.Whole(written), code, region),
			fmt.Sprintf("write +%s %s", code, afterCode)
	}
	national := afterCode
	if trunk := phone.Trunk(afterCode, country); trunk != "" {
		national = trunk + afterCode
	}
	msg = fmt.Sprintf("%s begins with %s's calling code %s without the + before it: dialled as printed it reaches no one", diag.Whole(written), country, code)
	if _, _, only := phone.NationalOnly(code + nsn); only {
		return msg, fmt.Sprintf("write %s, as it is dialled in %s: no phone dials it from abroad", national, country)
	}
	return msg, fmt.Sprintf("write %s as it is dialled in %s, or +%s %s for callers abroad", national, country, code, afterCode)
}

// codeForm finds a number written with + that no phone dials as printed: a trunk prefix after
// the calling code ("+44 0808 2000 247"), a number only dialled in its own country ("+61 13 11
// 14"), or the national digits of one of the organisation's numbers after another country's
// code ("+33 800 567 567" for South Africa's 0800 567 567). written is r as written.
func codeForm(r run, written, country string, nums []Number) slip {
	if !r.plus || len(r.digits) < 4 {
		return slip{}
	}
	written = strings.TrimSpace(written)
	cc, nsn, ok := phone.Split(r.digits)
	if !ok {
		return slip{}
	}
	code := strconv.Itoa(cc)
	// the number as written after its calling code: "0808 2000 247" of "+44 0808 2000 247"
	afterCode := written
	if i := strings.Index(written, code); i >= 0 {
		afterCode = strings.TrimLeft(written[i+len(code):], " -.\u00a0)")
	}
	if msg, hint := trunkAfterCode(written, code, afterCode); msg != "" {
		if n, ok := near(keys(code+phone.Digits(strings.TrimPrefix(afterCode, phone.TrunkAfterCode(written))), country, true), nums); ok {
			return slip{written: written, near: n} // a slip of the number too: writing it as settings.yaml has it mends both
		}
		return slip{written: written, wrong: msg, hint: hint}
	}
	if region, national, ok := phone.NationalOnly(r.digits); ok {
		hint := fmt.Sprintf("write it as it is dialled in %s, without + and the country code: %s", region, afterCode)
		if region != cmp.Or(country, "US") {
			hint += fmt.Sprintf(" (%s), and say it is dialled only within %s", national, region)
		}
		return slip{written: written, wrong: fmt.Sprintf("%s cannot be dialled from outside %s: with + and the country code it reaches no one", diag.Whole(written), region), hint: hint}
	}
	for _, n := range nums {
		ncc, nnsn := phone.CountryCode(country), n.Key
		if len(n.Key) >= 7 {
			if ncc, nnsn, ok = phone.Split(n.Key); !ok {
				continue
			}
		} else if n.Key != phone.Digits(n.Written) {
			continue
		}
		if nnsn != nsn || ncc == cc || len(nsn) < 5 {
			continue
		}
		hint := fmt.Sprintf("write +%d %s", ncc, afterCode)
		if len(n.Key) < 7 {
			hint = fmt.Sprintf("write %s: a short number is dialled or sent without a country code", n.Written)
		}
		return slip{written: written, near: n, wrong: fmt.Sprintf("%s writes the digits of %s after the country code +%s, not +%d: dialled so it reaches another country or no one; a likely slip", diag.Whole(written), n, code, ncc), hint: hint}
	}
	return slip{}
}

// checkCodeForm refuses a number of settings.yaml written with its calling code and a trunk
// prefix after it ("+44 0808 2000 247"): printed as written on every card.
func checkCodeForm(written string, bad func(msg, hint string)) {
	if !strings.HasPrefix(strings.TrimSpace(written), "+") {
		return
	}
	if cc, _, ok := phone.Split(phone.Digits(written)); ok {
		code := strconv.Itoa(cc)
		afterCode := strings.TrimLeft(written[strings.Index(written, code)+len(code):], " -.\u00a0)")
		if msg, hint := trunkAfterCode(strings.TrimSpace(written), code, afterCode); msg != "" {
			bad(msg, hint)
		}
	}
}

// joinAnd lists words as a sentence does: "US, GB and CA".
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// whatsApp says what is wrong with u, a WhatsApp link to a chat with a number (wa.me/NUMBER,
// api.whatsapp.com/send?phone=NUMBER), and the link to write: WhatsApp reads the number as the
// full international number, digits only, so a national number (wa.me/0800567567) or one
// with + opens a chat with no one. "" for any other link, and for a right one.
func whatsApp(u, country string) (msg, hint string) {
	pu, err := url.Parse(u)
	if err != nil {
		return "", ""
	}
	var number string
	switch host := strings.TrimPrefix(strings.ToLower(pu.Host), "www."); {
	case host == "wa.me":
		number = strings.Trim(pu.Path, "/")
	case (host == "api.whatsapp.com" || host == "whatsapp.com") && strings.TrimSuffix(pu.Path, "/") == "/send":
		number = pu.Query().Get("phone")
	}
	if number == "" || strings.IndexFunc(number, unicode.IsLetter) >= 0 || strings.Contains(number, "/") {
		return "", "" // no number: wa.me/message/ABC, a catalogue link
	}
	d := phone.Digits(number)
	if number == d && d[0] != '0' {
		_, err := phone.Parse("+"+d, country)
		if err == nil {
			return "", ""
		}
		if phone.CountryCode(country) > 0 && strings.HasPrefix(d, strconv.Itoa(phone.CountryCode(country))) {
			// written as WhatsApp reads it, but no number of the country: a digit wrong
			return fmt.Sprintf("%s opens a WhatsApp chat with +%s, which is not a valid number in %s", diag.Whole(u), d, country),
				"check the number's digits against the number the line publishes"
		}
	}
	msg = fmt.Sprintf("%s opens a WhatsApp chat with %s, which WhatsApp does not read as a number: it needs the full international number, digits only, without + or a trunk 0", diag.Whole(u), number)
	n, err := phone.Parse(number, country)
	if err != nil || !strings.HasPrefix(n.Dial, "+") {
		return msg, fmt.Sprintf("write the number with its country code, digits only (https://wa.me/%d and the number without its trunk 0)", phone.CountryCode(country))
	}
	fixed := strings.TrimPrefix(n.Dial, "+")
	if strings.TrimPrefix(strings.ToLower(pu.Host), "www.") == "wa.me" {
		pu.Path, pu.RawPath = "/"+fixed, ""
	} else {
		q := pu.Query()
		q.Set("phone", fixed)
		pu.RawQuery = q.Encode()
	}
	return msg, "write " + pu.String()
}

// checkCountryFits refuses a country: the hotline's numbers make no sense in while they all
// do in another (an Australian line left at haven init's country: US): the messages of each
// number would say only what is wrong in the wrong country, so this one names the fix, and
// returns the country it names ("" for none) for the numbers to be checked in.
func checkCountryFits(s *Settings, bad func(path, msg, hint string)) string {
	h := s.Hotline
	// an extension is no part of the number's country: "1-800-799-SAFE x2" read whole has an X
	// for a digit, a number of the Philippines
	h.Call = h.CallNumber()
	// other is set for a country to suggest: there a number must be the country's own, not one
	// its tables read as another's ("001 888 373 7888" in Mexico, +1 888 373 7888)
	fits := func(country string, other bool) (wrong []string) {
		for _, at := range []diag.Located{h.Call, h.Text, h.TTY} {
			parse := phone.Parse
			if at == h.TTY {
				parse = phone.ParseTTY // a relay number (18001 0808 2000 247) is a UK TTY's
			}
			n, err := parse(at.Text, country)
			if w := (*phone.WordsError)(nil); errors.As(err, &w) { // words beside a number of the country: a slip of their own
				n, err = parse(w.Number, country)
			}
			if _, rest, ok := phone.Retired(at.Text, country); ok { // "01 800 911 2000" in Mexico: a prefix dialled no more, a slip of its own
				n, err = parse(rest, country)
			}
			abroad := other && err == nil && strings.HasPrefix(n.Dial, "+") && !strings.HasPrefix(n.Dial, "+"+strconv.Itoa(phone.CountryCode(country)))
			if at.Text != "" && (err != nil || abroad) && !(at == h.Text && shortcode(at.Text) && at.Text[0] != '0') && !s.confirmed(at.Text) {
				wrong = append(wrong, at.Field)
			}
		}
		if e := h.Emergency.Text; e != "" && !phone.IsEmergency(phone.Digits(e), country) {
			wrong = append(wrong, h.Emergency.Field)
		}
		return wrong
	}
	country := cmp.Or(s.Country, "US")
	vanity := slices.ContainsFunc([]diag.Located{h.Call, h.Text, h.TTY}, func(at diag.Located) bool { return strings.ContainsFunc(at.Text, unicode.IsLetter) })
	if c := siteCountry(s.ResourceURL); vanity && c != "" && phone.CountryCode(c) != phone.CountryCode(country) &&
		!slices.ContainsFunc(fits(c, true), func(f string) bool { return f != h.Emergency.Field }) {
		// a vanity number reads as a number of many countries (1800RESPECT as 1-800-737-7328
		// in the U.S.), and the emergency number is left as haven init wrote it: where the
		// line's numbers are of the country resource_url's ending names, the site says where
		// the line is (a Canadian site's numbers dial as the U.S.'s do)
		bad("country", fmt.Sprintf("%s, but resource_url %s is a site in %s (.%s), whose numbers the line's are: they would be read, dialled and linked as numbers of %s, and its emergency number checked as %s's",
			diag.Whole(country), diag.Quote(s.ResourceURL), c, siteTLD(s.ResourceURL), country, country),
			fmt.Sprintf("set country: %s, and hotline.emergency to the number dialled there", c))
		return c
	}
	wrong := fits(country, false)
	// a short number is a service in many countries: only a full one tells which, or a short
	// one beside an emergency number that are neither of the country ("116 123" and "999")
	full := len(wrong) >= 2 && slices.Contains(wrong, h.Emergency.Field)
	for _, at := range []diag.Located{h.Call, h.Text, h.TTY} {
		full = full || slices.Contains(wrong, at.Field) && len(phone.Digits(at.Text)) >= 7
	}
	// another country is named only on evidence no typo explains: a number one slip from one
	// of the country's ("08000 116 01" in Germany, 08000 116 016 with a digit dropped, which
	// GB's tables read as 0800 011 601) says nothing of where the line is
	explained := func(at diag.Located) bool {
		parse := phone.Parse
		if at == h.TTY {
			parse = phone.ParseTTY
		}
		plus := strings.TrimPrefix(strings.TrimSpace(at.Text), "+") != strings.TrimSpace(at.Text)
		return slices.ContainsFunc(phone.Slips(phone.Digits(at.Text)), func(d string) bool {
			if at == h.Emergency {
				return phone.IsEmergency(d, country)
			}
			_, err := parse(map[bool]string{true: "+"}[plus]+d, country)
			return err == nil
		})
	}
	if !full || !slices.ContainsFunc([]diag.Located{h.Call, h.Text, h.TTY, h.Emergency}, func(at diag.Located) bool {
		return slices.Contains(wrong, at.Field) && !explained(at)
	}) {
		return ""
	}
	for _, c := range knownCountries {
		if c != country && len(fits(c, true)) == 0 {
			bad("country", fmt.Sprintf("%s, but %s %s of %s, not of %s", diag.Whole(country), joinAnd(wrong), map[bool]string{true: "is a number", false: "are numbers"}[len(wrong) == 1], c, country),
				fmt.Sprintf("set country: %s", c))
			return c
		}
	}
	return ""
}

// siteCountry is the country of knownCountries a web address's country ending names (.au,
// .org.uk), "" for another ending.
func siteCountry(address string) string {
	tld := siteTLD(address)
	if tld == "uk" {
		return "GB"
	}
	if c := strings.ToUpper(tld); len(c) == 2 && slices.Contains(knownCountries, c) {
		return c
	}
	return ""
}

// siteTLD is the last label of a web address's host, in lower case.
func siteTLD(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	return host[strings.LastIndexByte(host, '.')+1:]
}

// replacedEmergency are emergency numbers a country has replaced, which libphonenumber's tables
// still list (a redirect may answer them, for a while): Mexico's 066, 060 and 080 gave way to
// 911 in 2017, the Philippines' 117 to 911 in 2016. Printed today, they send a reader in
// danger through a number that may no longer answer.
var replacedEmergency = map[string]map[string]replaced{"MX": {"066": {"911", 2017}, "060": {"911", 2017}, "080": {"911", 2017}}, "PH": {"117": {"911", 2016}}}

// replaced is the emergency number that replaced another, and the year it did.
type replaced struct {
	number string
	since  int
}

// copiedEmergency are the emergency numbers texts copy from another country's material most
// often: one the country's tables list as a service of its own (New Zealand's 999) is still
// read as that emergency number where a text asks a reader in danger to dial it.
var copiedEmergency = map[string]bool{"911": true, "999": true, "000": true}

// theCountry names a country as a sentence does: the UK, the Philippines, France; its code when
// haven has no name for it.
func theCountry(code string) string {
	names := countryNames[cmp.Or(code, "US")]
	if len(names) == 0 {
		return code
	}
	if n := names[0]; n == "UK" || n == "Philippines" || n == "U.S." {
		return "the " + n
	}
	return names[0]
}

// toldNotTo reports whether the words right before a number tell the reader not to dial it
// ("Don't call 999", "Never dial 000 here", "No llame al 911").
func toldNotTo(before string) bool {
	ws := clauseWords(sinceSentence(before))
	for _, w := range ws[max(0, len(ws)-4):] {
		if negations.has(w) || w == "don" || w == "doesn" || w == "didn" {
			return true
		}
	}
	return false
}

// possessive is a name's possessive: Mexico's, the Philippines'.
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// dangerSaid reports whether the sentence before a number speaks of danger or an emergency
// ("En cas d'urgence, composez le ").
func dangerSaid(before string) bool {
	_, ok := dangerWordEnd(sinceSentence(before), false)
	return ok
}

// emergencyHint is what to write for a number in danger that is not the country's, now: the
// emergency number settings.yaml sets, or now itself.
func emergencyHint(now string, nums []Number) string {
	for _, n := range nums {
		if n.Placeholder == "{emergency}" {
			return fmt.Sprintf("write {emergency} to print %s from settings.yaml", n.Written)
		}
	}
	return "write " + now
}

// emergencyForm reads the emergency field as the texts read it: its digits, with hyphens
// between them as Canada writes 9-1-1; ok is false for any other character.
func emergencyForm(written string) (digits string, ok bool) {
	d := phone.Digits(written)
	return d, d == strings.ReplaceAll(written, "-", "") && !strings.HasPrefix(written, "-") && !strings.HasSuffix(written, "-")
}
