package layout

import (
	"net/url"
	"slices"
	"strings"
	"unicode"

	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/phone"
	"haven/internal/qr"
)

// Paper is a sheet size.
type Paper struct {
	Name string
	W, H float64
}

// Papers are the sizes haven prints on, by the name used in flags and file names.
var Papers = map[string]Paper{
	"letter":  {"letter", 8.5 * Inch, 11 * Inch},
	"a4":      {"a4", 210 * MM, 297 * MM},
	"tabloid": {"tabloid", 11 * Inch, 17 * Inch},
	"18x24":   {"18x24", 18 * Inch, 24 * Inch},
	"24x36":   {"24x36", 24 * Inch, 36 * Inch},
	"a3":      {"a3", 297 * MM, 420 * MM},
	"a2":      {"a2", 420 * MM, 594 * MM},
}

// Input is what every layout is made from.
type Input struct {
	Settings  content.Settings
	Logo      *content.Logo // nil for none
	Address   diag.Located  // the resource URL as printed
	Resource  diag.Located  // resource_url, where it was set; its File empty: where Address was
	Lang      *content.Language
	M         Measurer
	Campaign  string // utm_campaign; empty for untracked links
	Placement string // utm_content; an opaque code
	// DiscreetCampaign is Campaign as the discreet card's link carries it: a keyed, opaque
	// code (placement.Campaigns), never the name; the card's link has no campaign without it.
	DiscreetCampaign string
	// Larger is how much larger than the kit's sizes the edition's type is set, a script whose
	// font draws its letters smaller than Latin ones looking as large (typeface.Apparent): its
	// text, its headings and the smallest sizes they may take; 0 or 1 for the sizes as they are
	Larger float64
	// trial is a cut of the FAQ that the handout is made with, to find what makes it fit (exact)
	trial trial
}

// pt is size in points as the edition sets it (Larger).
func (in Input) pt(size float64) float64 {
	if in.Larger > 1 {
		return size * in.Larger
	}
	return size
}

// Theme is the palette, taken from settings.yaml (whose contrast content has checked).
type Theme struct {
	Primary, Accent, Ink, Panel, White colour.RGB
}

func (in Input) theme() Theme {
	c := in.Settings.Colours
	return Theme{c.Colour("primary"), c.Colour("accent"), c.Colour("ink"), c.Colour("panel"), colour.White}
}

// WarmCode makes the QR code an output of kind prints, for its layout to find made.
func WarmCode(in Input, kind string) { qr.Encode(in.qrURL(kind)) }

// qrURL is what the QR codes of an output of kind open.
func (in Input) qrURL(kind string) string {
	if in.Settings.Site.Discreet { // as the discreet card's: its campaign a keyed code, no kind nor medium
		return qr.Link{Base: in.Settings.ResourceURL, Campaign: in.DiscreetCampaign, Placement: in.Placement}.URL()
	}
	return qr.Link{Base: in.Settings.ResourceURL, Kind: kind, Campaign: in.Campaign, Placement: in.Placement}.URL()
}

// PhoneURL is the tel: link for a printed number: E.164 for a full number (vanity letters
// turned into digits), the digits as they are for a short one such as 988 or 911, and for a
// relay number its prefix and the national number (tel:1800108082000247: +44 would not reach
// the relay); a short line the numbering tables lack as written, its # escaped (tel:%238008:
// a bare # would end the link's number). An extension written after the number is dialled
// after a pause (tel:+12166234200,2 for "(216) 623-4200 ext. 2").
func PhoneURL(number, country string) string {
	if number, ext := content.SplitExt(number); ext != "" {
		return PhoneURL(number, country) + "," + ext
	}
	// only a TTY line may be a relay number: content refuses one anywhere else
	if n, err := phone.ParseTTY(number, country); err == nil {
		return n.TelURL()
	}
	return "tel:" + strings.ReplaceAll(number, "#", "%23")
}

// SMSURL opens a text message to the number or short code, with the keyword filled in when
// the line needs one.
func SMSURL(number, keyword, country string) string {
	to := strings.TrimPrefix(PhoneURL(number, country), "tel:")
	if keyword == "" {
		return "sms:" + to
	}
	return "sms:" + to + "?body=" + url.QueryEscape(keyword) // ÁNIMO as UTF-8
}

// SMSBody is the message a text link to the text number fills in, from the words of its
// sentence or line before and after it: the one word they tell the reader to send to it, in
// capitals or not ("text info to"), where they name it (content.WordsToSendAt: "Text STOP to 88788" must not send START
// to someone opting out; "or text START to 233733" after "Text HELP to 233733" sends START;
// "Text 233733 with the word INFO" sends INFO); none when they name several there ("Text HELP
// or START to", "Envíe STOP o ALTO al"); where they name none there, the keyword when the
// sentence names it, none when a word in capitals stands where it could be one ("Text STOP, the
// word that ends messages, to"), and with no word named at all, the keyword, wherever the
// number stands: a line that answers only texts that say HELP must get HELP from "you can send
// a text message to 233733" too. The PDFs and the page both link by it (TextLink).
func SMSBody(before, after, keyword string) string {
	before = content.LastSentence(before)
	switch said := slices.DeleteFunc(content.WordsToSendAt(before, after), func(w string) bool { return !content.NamedWord(w) && !content.PlainSent(w) }); {
	case len(said) == 1 && strings.EqualFold(said[0], keyword):
		return keyword // "text help to": the keyword as set
	case len(said) == 1:
		return said[0] // "text info to", a word the line takes too (content refuses any other)
	case len(said) > 1:
		return ""
	}
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) }) {
		if keyword != "" && w == keyword {
			return keyword
		}
	}
	// another word only where the text says to send it ("Text STOP to"): a word in capitals
	// elsewhere ("To report DMST, text") is no message
	if !slices.ContainsFunc(strings.Fields(before), content.NamedWord) {
		return keyword // naming no other word
	}
	return ""
}

// TextLink is link, the address a printed number opens, as it opens where it stands: before
// and after are the words of its text before and after the link, words the link's own. A call
// where the reader is asked to text it (textAsked: "Text 1737") opens a text message to the
// same number, but never one to an emergency number of country: "register for Text with
// 9-1-1" names a service reached by a call, and a text sent where the line takes none
// reaches no one (the hotline's own text line, an sms: link already, still texts); an sms: link
// carrying the keyword fills in what SMSBody decides, reading the link's words as the words
// around its number, or, where they show none ("[text START](sms:233733)"), as the words
// that end before it; any other link is as it is.
func TextLink(link, before, words, after, country string) string {
	if to, ok := strings.CutPrefix(link, "tel:"); ok && !phone.IsEmergency(to, country) && (textAsked(before, words) || content.TextedAfter(after)) { // "1234번으로 문자": a verb after it
		// the one word in capitals its sentence says to send ("text HOME to 741741"), filled in
		if d := strings.IndexFunc(words, unicode.IsDigit); d >= 0 {
			end := strings.LastIndexFunc(words, unicode.IsDigit) + 1
			said := slices.DeleteFunc(content.WordsToSendAt(content.LastSentence(before+words[:d]), words[end:]+after), func(w string) bool { return !content.NamedWord(w) })
			if len(said) == 1 {
				return "sms:" + to + "?body=" + url.QueryEscape(said[0])
			}
		}
		return "sms:" + to
	}
	// a text link with no keyword (a line that needs none) sends the one word its words name
	// ("text PRIDE to 988"), as one with a keyword does
	to, body, _ := strings.Cut(link, "?body=")
	if !strings.HasPrefix(link, "sms:") {
		return link
	}
	keyword, err := url.QueryUnescape(body)
	if err != nil {
		return link
	}
	if d := strings.IndexFunc(words, unicode.IsDigit); d < 0 {
		before += words
	} else { // "(614)" and "+1" are the number's
		before += strings.TrimRight(words[:d], "(+")
		after = words[strings.LastIndexFunc(words, unicode.IsDigit)+1:] + after
	}
	if b := SMSBody(before, after, keyword); b != "" {
		return to + "?body=" + url.QueryEscape(b)
	}
	return to
}

// Found is a link whose words a line holds: its words there, what it opens, and whether it was
// placed there (a FAQ's own link, or a number its words ask to dial), not found wherever its
// words stand (a hotline's number, the resource page's address).
type Found struct {
	Match, URL string
	Placed     bool
}

// Outranks is whether, of two links whose words begin at one place in a line, b is the one the
// PDFs and the page link there rather than a, found first; before is the text before them and
// words b's whole words. The longer words are linked whole; on the same words, the text line
// over the call where the words ask to text (PreferText), and then the link placed there: a
// FAQ's link may show a short address of the page it opens ([example.org/help] opening
// example.org/help/deeper), and opens what it was written to open, on paper as on the page.
func Outranks(a, b Found, before, words string) bool {
	switch {
	case len(b.Match) != len(a.Match):
		return len(b.Match) > len(a.Match)
	case PreferText(a.URL, b.URL, before, words):
		return true
	case PreferText(b.URL, a.URL, before, words):
		return false
	}
	return b.Placed && !a.Placed
}

// PreferText is whether, of two links on the same words at one place, the text message
// (sms) is the one meant over the call (tel), the words before being before: one number that
// takes calls and texts opens its text line (with the keyword) where its sentence asks to
// text it ("Text 1737"), as TextLink would open the call's number.
func PreferText(call, text, before, words string) bool {
	return strings.HasPrefix(call, "tel:") && strings.HasPrefix(text, "sms:") && textAsked(before, words)
}

// textAsked is whether a link whose words show a number asks the reader to text it: the verb
// nearest before the number, in its sentence, is one of texting (content.AsksToText), the
// link's own words before the number included ("text or [call us at 555-0100]" calls). Words
// without a number ("call us") open what their link says.
func textAsked(before, words string) bool {
	d := strings.IndexFunc(words, unicode.IsDigit)
	return d >= 0 && content.AsksToText(before+words[:d])
}

// HotlineLinks are the hotline's printed numbers and addresses with the link each opens: the
// number to call, 911, the text number (also when it is the number to call), TTY and chat.
func HotlineLinks(s content.Settings) [][2]string {
	h, country := s.Hotline, s.Country
	var links [][2]string
	if h.Calls() { // a text-only line has none
		links = append(links, [2]string{h.Call.Text, PhoneURL(h.Call.Text, country)})
	}
	links = append(links, [2]string{h.Emergency.Text, PhoneURL(h.Emergency.Text, country)})
	if h.Texts() { // one number taking calls and texts: the call's link first, this one where the words ask to text (PreferText)
		links = append(links, [2]string{h.Text.Text, SMSURL(h.Text.Text, h.Keyword.Text, country)})
	}
	if h.TTY.Text != "" {
		links = append(links, [2]string{h.TTY.Text, PhoneURL(h.TTY.Text, country)})
	}
	if h.Chat.Text != "" {
		links = append(links, [2]string{content.PrintedURL(h.Chat.Text), h.Chat.Text})
	}
	return links
}

// OwnLinks finds, in a text, the organisation's own numbers written in any form the checks
// read them in ("1 (888) 373-7888", "1 800 799 SAFE", "(503) 588-5351" for the contact's
// 503-588-5351), each with the link its settings.yaml form opens: a number the page or a PDF
// prints as the organisation's must be tappable in every form, and dial the same line, and the
// extension written after it too (the discreet card's "1-800-225-5669 x 3" for 1-800-CALL-NOW
// x 3, "(503) 588-6612 ext. 12" for that entry of other_numbers). The text number sends the keyword, as TextLink then decides. An email address written in a
// text (the contact line's, "Or email jo@samaritans.org") opens a message to it, as a number
// beside it dials.
func OwnLinks(s content.Settings) func(text string) [][2]string {
	nums := s.Numbers()
	h := s.Hotline
	return func(text string) [][2]string {
		var out [][2]string
		for _, m := range emails(text) {
			out = append(out, [2]string{text[m[0]:m[1]], "mailto:" + text[m[0]:m[1]]})
		}
		for _, w := range content.OwnWritten(text, s.Country, nums) {
			if w.Number.Fax() { // a tap would ring a fax machine
				continue
			}
			u := PhoneURL(w.Number.Dialled(), s.Country)
			switch {
			case w.Number.Placeholder == "{text}": // not the number to call: that one is found first
				u = SMSURL(h.Text.Text, h.Keyword.Text, s.Country)
			case w.Ext != "": // dialled after a pause, as the number written with it in settings.yaml is
				u += "," + w.Ext
			}
			out = append(out, [2]string{w.Text, u})
		}
		return out
	}
}

// OtherNumbers finds, in a paragraph, the numbers of other services its words ask to dial
// (content.Dialable: "call or text 988", "call the Lifeline at 988"), each a link placed where
// it stands (At and PaperAt), dialling it: TextLink opens a text where the words ask to text.
// Only there: the same digits elsewhere ("Room 988") are no number to dial.
func OtherNumbers(s content.Settings) func(text string) []content.Link {
	nums := s.Numbers()
	return func(text string) []content.Link {
		var out []content.Link
		for _, w := range content.Dialable(text, s.Country, nums) {
			u := PhoneURL(w.Number.Dialled(), s.Country)
			if w.Ext != "" { // dialled after a pause, as an own number's extension is (OwnLinks)
				u += "," + w.Ext
			}
			out = append(out, content.Link{Text: w.Text, URL: u, At: w.At, PaperAt: w.At, PrintAt: -1, Placed: true})
		}
		return out
	}
}

// autolinks are the links of what an output of kind prints: the hotline's numbers, and the
// address, which opens what its QR codes do, a campaign's fields and all: those replace fields
// of their names in resource_url (an earlier campaign's), so a tap opens what a scan does.
func (in Input) autolinks(kind string) []autolink {
	var links []autolink
	for _, l := range HotlineLinks(in.Settings.For(in.Lang)) {
		links = append(links, autolink{match: l[0], url: l[1]})
	}
	return append(links, autolink{match: in.Address.Text, url: in.qrURL(kind)})
}

// qrAlt is what a screen reader says for a QR code that opens url, and the language it is in
// where that is not the edition's (""): the language's qr_alt (haven's words where text.yaml
// has none); for the discreet card's code, which opens cards.discreet_url, only that address.
func (in Input) qrAlt(url string) (alt, lang string) {
	if d := in.discreetLink(); d != "" && url == d { // not by its start: a campaign reorders its fields
		alt, lang = in.discreetAlt()
	} else {
		alt, lang = in.Lang.Text.QRAlt.Text, in.Lang.QRAltLang
	}
	if strings.EqualFold(lang, in.Lang.Code) || strings.HasPrefix(strings.ToLower(in.Lang.Code), lang+"-") {
		lang = "" // English words in an English (en-GB) edition
	}
	return alt, lang
}

// scanCaption is what a caption over a QR code says: guide (the full guide) only when the code
// opens the organisation's own page and the content has such a caption, else def (help and
// resources).
func (in Input) scanCaption(def, guide diag.Located) diag.Located {
	if guide.Text != "" && content.OwnPage(in.Settings) {
		return guide
	}
	return def
}

// canvas is a page of an output of kind (handout, cards, poster).
func (in Input) canvas(kind string) *canvas {
	c := &canvas{m: in.M, links: in.autolinks(kind), rtl: in.Lang != nil && rtl(in.Lang.FAQ.Title.Text), untracked: in.Settings.Site.Discreet, codes: []string{in.qrURL(kind)}, country: in.Settings.Country}
	if in.Lang != nil {
		c.lang = in.Lang.Code
		c.own = OwnLinks(in.Settings.For(in.Lang))
		t := in.Lang.Text
		c.sayings = []string{t.Help.Text.Text, t.Card.Text.Text, t.Poster.Text.Text, t.Poster.Tab.Text}
		c.other = in.Lang.Other
	}
	return c
}

// name is an output's file name without .pdf.
func name(kind, lang, paper string) string { return kind + "-" + lang + "-" + paper }

// meta is a document's information: the content's title and subject, the organisation and
// the hotline. With site: discreet, the resource page links every PDF of the run, and a phone's
// viewer shows a PDF's title in its tabs and history: each then has the page's neutral title
// (site.neutral_title) and nothing else, as the page has.
func (in Input) meta(title, subject string) Meta {
	if in.Settings.Site.Discreet {
		return Meta{Title: content.SiteWords(in.Lang)["neutral_title"].Text, Unsigned: true}
	}
	return Meta{
		Title:    strings.ReplaceAll(title, "\n", " "), // a line break written in a headline or subtitle
		Author:   in.Settings.Organisation.Name.Text,
		Subject:  strings.ReplaceAll(subject, "\n", " "),
		Keywords: strings.Join(slices.DeleteFunc([]string{in.Lang.Text.HotlineName.Text, in.Settings.Hotline.Call.Text, in.Address.Text}, func(k string) bool { return k == "" }), ", "),
	}
}
