// Package content loads, checks and expands haven's content: settings.yaml with the facts every
// output prints, and one folder per language holding faq.md and text.yaml. It knows nothing of PDF.
package content

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"haven/internal/diag"
)

// Content is everything an output is made from.
type Content struct {
	Settings  Settings
	Logo      *Logo      // nil when settings.yaml names none
	Languages []Language // in folder-name order, English first when present
	Codes     []string   // every language the folder has, read or not (Overrides.Langs)
	// Printed lists the settings printed as written (organisation name and contact, and the
	// short addresses), with their lines, as Language.Texts does for the words.
	Printed []diag.Located
	// Address is the resource URL as printed under QR codes, with where it was set (settings.yaml
	// or --url).
	Address diag.Located
	// Resource is resource_url, the page the QR codes open, with where it was set (its line in
	// settings.yaml, or --url), display_url set or not.
	Resource diag.Located
	// FontAt is where settings.yaml names each font file, by family in the order of font: and
	// by face (regular, bold, italic, bold italic), for messages about that file.
	FontAt [][4]diag.Located
	// Warnings are things that do not stop a build but may not be what the user meant,
	// such as a folder that is not a language.
	Warnings diag.Problems
}

// Settings is settings.yaml.
type Settings struct {
	Organisation Organisation `yaml:"organisation"`
	ResourceURL  string       `yaml:"resource_url"`
	// DisplayURL is the address printed under QR codes when it should be shorter than the one
	// they open (resource_url, with its tracking query).
	DisplayURL string  `yaml:"display_url" haven:"optional"`
	Campaign   string  `yaml:"campaign" haven:"optional"`
	Hotline    Hotline `yaml:"hotline"`
	// Country is how numbers written without + are read (ISO 3166 code; default US).
	Country string  `yaml:"country" haven:"optional"`
	Colours Colours `yaml:"colours"`
	Font    Fonts   `yaml:"font" haven:"optional"`
	Site    Site    `yaml:"site" haven:"optional"`
	Cards   Cards   `yaml:"cards" haven:"optional"`
	Handout Handout `yaml:"handout" haven:"optional"`
	// Languages, when set, are the language folders to use; otherwise every folder named by a
	// language code that holds faq.md or text.yaml is one (isLanguage).
	Languages []string `yaml:"languages" haven:"optional"`
	// ConfirmedNumbers are short lines the numbering tables lack, each written again exactly as
	// the hotline's field writes it, to say it is right (confirmed.go).
	ConfirmedNumbers []diag.Located `yaml:"confirmed_numbers" haven:"optional"`
}

// Cards are the settings of the home-printed card sheets.
type Cards struct {
	// Offset is "X,Y" in millimetres: how far the printer must move the cards, right and down,
	// to land on the card stock (found with haven cards --calibrate).
	Offset string `yaml:"offset" haven:"optional"`
	// Audience is who the wallet card speaks to, on both sides: "you" (the person who may need
	// help; the default) or "adult" (an adult who sees warning signs in a child: text.yaml's
	// observer section). One card never mixes the two.
	Audience string `yaml:"audience" haven:"optional"`
	// DiscreetURL is what the discreet card's QR code opens: a neutral address the organisation
	// controls, printed under the code. Empty: the code opens resource_url and the discreet
	// card prints no address, so neither side names the hotline's site.
	DiscreetURL string `yaml:"discreet_url" haven:"optional"`
}

// Audiences of the wallet card.
const (
	AudienceYou   = "you"
	AudienceAdult = "adult"
)

// Observer reports whether the card is the adult's (warning signs in a child).
func (c Cards) Observer() bool { return c.Audience == AudienceAdult }

// Handout holds the handout's settings.
type Handout struct {
	// Sheets is how many sheets a normal-print handout may take: "1" keeps it to one sheet
	// printed on both sides (the large-print edition to 6 pages), and a longer FAQ is an
	// error; empty allows a second sheet (and 12 large-print pages).
	Sheets string `yaml:"sheets" haven:"optional"`
}

// Font names .ttf files in the content folder to use when the built-in fonts lack a
// language's characters (for example Chinese).
type Font struct {
	Regular string `yaml:"regular" haven:"optional"`
	Bold    string `yaml:"bold" haven:"optional"`
	// Italic and BoldItalic go together; without them the font's italic prints upright.
	Italic     string `yaml:"italic" haven:"optional"`
	BoldItalic string `yaml:"bold_italic" haven:"optional"`
}

// Fonts are the families font: names, in order: a list, or one family written as a group
// (font: with regular: under it), as content before the list form did.
type Fonts []Font

// fontFaces are the fields of a family under font:, by face (typeface.Face's order).
var fontFaces = [4]string{"regular", "bold", "italic", "bold_italic"}

// fontField is the path of a face of the family-th family (from 0) under font:, as settings.yaml
// writes it: font.regular in the one family of a group, font[2].regular in a list's second.
func fontField(listed bool, family, face int) string {
	if !listed {
		return "font." + fontFaces[face]
	}
	return fmt.Sprintf("font[%d].%s", family+1, fontFaces[face])
}

// fontFace is the family and face a path under font: names, as fontField writes it; ok is
// false for a path of another setting.
func fontFace(path string) (family, face int, ok bool) {
	rest, found := strings.CutPrefix(path, "font")
	if !found {
		return 0, 0, false
	}
	if n, after, list := strings.Cut(rest, "]."); list && strings.HasPrefix(n, "[") {
		i, err := strconv.Atoi(n[1:])
		if err != nil || i < 1 {
			return 0, 0, false
		}
		family, rest = i-1, "."+after
	}
	face = slices.Index(fontFaces[:], strings.TrimPrefix(rest, "."))
	return family, face, face >= 0 && strings.HasPrefix(rest, ".")
}

// Files are the font files in the order a typeface.Source takes them: regular, bold (empty
// for none), then italic and bold italic when given.
func (f Font) Files() []string {
	if f.Regular == "" {
		return nil
	}
	if f.Italic != "" || f.BoldItalic != "" {
		return []string{f.Regular, f.Bold, f.Italic, f.BoldItalic}
	}
	if f.Bold != "" {
		return []string{f.Regular, f.Bold}
	}
	return []string{f.Regular}
}

// LangOrganisation is the organisation as one language writes it.
type LangOrganisation struct {
	Name    diag.Located `yaml:"name" haven:"optional"`
	Contact diag.Located `yaml:"contact" haven:"optional"`
}

// Site is how `haven site` makes the resource page the QR codes can open.
type Site struct {
	// Discreet gives the pages a neutral title, for phones that someone else checks.
	Discreet bool `yaml:"discreet" haven:"optional"`
	// ExitURL is where the quick exit goes: an everyday site (a default is built in).
	ExitURL string `yaml:"exit_url" haven:"optional"`
	// PrivacyURL is the safety note's link on browsing privately and staying safe online:
	// PrivacyURL (a US site) unless the organisation gives one for its readers.
	PrivacyURL string `yaml:"privacy_url" haven:"optional"`
}

// Organisation is who hands the material out.
type Organisation struct {
	Name    diag.Located `yaml:"name"`
	Contact diag.Located `yaml:"contact" haven:"optional"`
	// Website is the organisation's own site (https://...). A QR code that opens a page on it,
	// such as the resource page haven site makes, is captioned as the full guide; one that
	// opens another's page (the hotline's) is not.
	Website string `yaml:"website" haven:"optional"`
	Logo    string `yaml:"logo" haven:"optional"`
	// LogoSize is the logo's printed size in percent of the layouts' own (MinLogoSize to
	// MaxLogoSize).
	LogoSize string `yaml:"logo_size" haven:"optional"`
	// OtherNumbers are the organisation's other real lines that its texts print (a fax, an
	// office line): one may be a digit from the hotline's without being its typo. Each is
	// accepted where it is printed, and guarded against slips as the hotline's numbers are.
	OtherNumbers []OtherNumber `yaml:"other_numbers" haven:"optional"`
	// OtherSites are other real sites the texts print or link whose names are one slip from
	// one of the organisation's own (a partner at harborhouses.org beside harborhouse.org):
	// each is accepted where it is printed, and guarded against slips as the own sites are.
	OtherSites []diag.Located `yaml:"other_sites" haven:"optional"`
}

// OtherNumber is one of Organisation.OtherNumbers: "- 614-276-2274", or with a label that
// messages name it by, "- number: 614-276-2274" and "label: fax".
type OtherNumber struct {
	Number diag.Located `yaml:"number" haven:"short"` // the short form sets it alone
	Label  string       `yaml:"label" haven:"optional"`
}

// Hotline holds every number haven prints. They are typed here once. Emergency is required,
// and call or text: a line may have no text service, or take only texts (a crisis text line),
// and have no TTY and no chat.
type Hotline struct {
	Call    diag.Located `yaml:"call" haven:"optional"` // the number to call, or phone in the old schema; empty for a text-only line
	Text    diag.Located `yaml:"text" haven:"optional"` // the number or short code to text
	Keyword diag.Located `yaml:"keyword" haven:"optional"`
	// OtherKeywords are the other words the line takes (233733 takes INFO beside HELP, 988
	// PRIDE beside a message with no word): a text may tell the reader to send one of them,
	// and its link sends it, while the other links send Keyword.
	OtherKeywords []diag.Located `yaml:"other_keywords" haven:"optional"`
	TTY           diag.Located   `yaml:"tty" haven:"optional"`
	Chat          diag.Located   `yaml:"chat" haven:"optional"` // an https address
	Emergency     diag.Located   `yaml:"emergency"`
	// Phone and Shortcode are the old names of Call and Text; content written with them keeps
	// loading, and they become Call and Text.
	Phone     diag.Located `yaml:"phone" haven:"optional"`
	Shortcode diag.Located `yaml:"shortcode" haven:"optional"`
}

// Texts reports whether the line takes text messages.
func (h Hotline) Texts() bool { return h.Text.Text != "" }

// Calls reports whether the line takes calls: a text line (text HOME to 741741) may not.
func (h Hotline) Calls() bool { return h.Call.Text != "" }

// CallNumber is the number to call without the extension written after it (SplitExt): the
// number its checks read, where the outputs print and dial both.
func (h Hotline) CallNumber() diag.Located {
	h.Call.Text, _ = SplitExt(h.Call.Text)
	return h.Call
}

// SameNumber reports whether people call and text one number written alike ("Call or text
// 988"): the printed number takes the call link. One number written two ways is
// Settings.oneNumber, and each form keeps its own link.
func (h Hotline) SameNumber() bool { return h.Texts() && h.Text.Text == h.Call.Text }

// Colours are #RRGGBB strings.
// The "also" names are what a volunteer may call them, which a message then suggests.
type Colours struct {
	Primary string `yaml:"primary" also:"heading,headings,main,brand,title"`
	Accent  string `yaml:"accent" also:"highlight,secondary,box"`
	Ink     string `yaml:"ink" also:"text,text_colour,body,body_text,font,font_colour,foreground"`
	Panel   string `yaml:"panel" also:"background,light,panels"`
}

// Language is one language folder.
type Language struct {
	Code string // the folder name, e.g. "en"; also the PDF /Lang
	FAQ  FAQ
	Text Text
	// Texts lists every printed string of this language with where it came from, so later
	// checks (font coverage, fitting) can name the file and line.
	Texts []diag.Located
	// PageOnly is set for an edition whose FAQ is written in what haven cannot print in a PDF
	// (writtenUnprintable: a script it cannot shape, Navajo's accents): its
	// resource page is made, which a browser shapes, and none of its PDFs.
	PageOnly bool
	// warnings are what loading changed that the user should hear of.
	warnings diag.Problems
	// zero is the zero of the digits the edition writes (see Digits)
	zero rune
	// Wide is set for an edition whose texts are mostly in characters an em wide (Chinese,
	// Japanese, Korean: WideText), whose lines hold fewer of them (EmsPerChar).
	Wide bool
	// QRAltLang is the language of Text.QRAlt where it is not the edition's: haven's English
	// words, for a text.yaml without qr_alt in a language haven has none of its own in.
	QRAltLang string
	// Other are the texts (as printed) the edition prints in another language than its own, by
	// that language's code: those left in it (haven's built-in English or Spanish, another
	// edition's words, as untranslated warns; markEnglish), and settings.yaml's organisation
	// texts in Latin letters in an edition written in another script (markSettings). The PDFs
	// and the page mark them so, that a screen reader reads them in that language, not in the
	// edition's voice. Nil for none.
	Other map[string]string
	// numbers are the numbers of each of Texts, once read (numbersOf).
	numbers []numbersIn
	// templates are text.yaml's texts with a placeholder, as written: "Call {call}", which
	// Texts holds filled in, is compared so with haven's own (untranslated).
	templates []diag.Located
}

// template is text.yaml's text of field as written, where it has a placeholder; else "".
func (l *Language) template(field string) string {
	if i := slices.IndexFunc(l.templates, func(t diag.Located) bool { return t.Field == field }); i >= 0 {
		return l.templates[i].Text
	}
	return ""
}

// numbersOf is the numbers of Texts[i], as read when the language was loaded.
func (l *Language) numbersOf(i int) numbersIn {
	if i < len(l.numbers) {
		return l.numbers[i]
	}
	return readNumbers(l.Texts[i].Text)
}

// Digits is the zero of the digits the edition's texts write where they write another
// script's than ASCII's (۰ in a Persian edition that writes ۲۴, ٠ in an Arabic one that writes
// ٢٤), or '0': haven's own numbers (the questions', the pages') are written in them too.
func (l *Language) Digits() rune { return cmp.Or(l.zero, '0') }

// EmsPerChar scales a measure set for a text in Latin letters (about half an em each, 60 to 66
// to a line in 27 ems) to the edition's: 1.4 for a wide edition (Wide), a line of about 38 of
// its characters, the measure their readers know; else 1. A nil edition is Latin's.
func (l *Language) EmsPerChar() float64 {
	if l != nil && l.Wide {
		return 1.4
	}
	return 1
}

// WideText reports whether texts are mostly in characters an em wide: more of Chinese,
// Japanese and Korean than letters of other scripts.
func WideText(texts []diag.Located) bool {
	wide, letters := 0, 0
	for _, t := range texts {
		for _, r := range t.Text {
			switch {
			case r < 0x80: // most of most texts, looked at without Unicode's tables
				if r|0x20 >= 'a' && r|0x20 <= 'z' {
					letters++
				}
			case r >= 0x1100 && wideLetter(r):
				wide++
			case unicode.IsLetter(r):
				letters++
			}
		}
	}
	return wide > letters
}

// wideLetter reports whether r is a letter of the scripts that write one an em wide, a word in
// one or a few of them: Chinese, Japanese and Korean.
func wideLetter(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana)
}

// wideDigits warns of each phone number written in full-width digits (０３－５５５５－０１４２, as a
// Japanese or Chinese keyboard types them): read as the number, it prints each digit an em
// wide, spaced as no phone number is; a time or a count (１７時) is as its script writes it.
func wideDigits(texts []diag.Located) diag.Problems {
	var ws diag.Problems
	for _, t := range texts {
		if !strings.ContainsFunc(t.Text, fullWidthDigit) {
			continue
		}
		rs := []rune(t.Text)
		for i := 0; i < len(rs); i++ {
			if !fullWidthDigit(rs[i]) || i > 0 && fullWidthDigit(rs[i-1]) {
				continue
			}
			end, digits := i, 0 // the run of full-width digits and the marks between its groups
			for j := i; j < len(rs) && (fullWidthDigit(rs[j]) || strings.ContainsRune("－‐-（）() 　", rs[j])); j++ {
				if fullWidthDigit(rs[j]) {
					digits, end = digits+1, j+1
				}
			}
			start := i
			if i > 0 && (rs[i-1] == '＋' || rs[i-1] == '+') { // with its plus: ＋８１ ３－…
				start--
			}
			n := string(rs[start:end])
			postcode := start > 0 && strings.ContainsRune("〒", rs[start-1]) // 〒１００－０００１
			if digits >= 6 && !postcode && !countOrDate(width.Narrow.String(n)) {
				ws = append(ws, t.At(fmt.Sprintf("writes the number %s in full-width digits, which print an em apart, spaced as no phone number is", diag.Quote(n)),
					"write it in ASCII digits: "+width.Narrow.String(n)))
			}
			i = end
		}
	}
	return ws
}

// foreignDigits refuses each number written in the digits of a script the edition of code is
// not written in, where one of them prints like another ASCII digit than its own: in an English
// edition, Gurmukhi ੯੧੧ dials 911 and reads as 999 to all but a reader of Gurmukhi. An edition in
// that script writes its numbers in them (Punjabi ੯੧੧, Bengali ৯৯৯).
func foreignDigits(code string, texts []diag.Located) diag.Problems {
	var ps diag.Problems
	var own []string // the scripts of the edition, read only where a text has such a digit
	for _, t := range texts {
		if !strings.ContainsFunc(t.Text, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsDigit(r) && printsAsDigit(r) != 0 }) {
			continue
		}
		if own == nil {
			own = append(scriptsOf(code), writtenIn(texts))
		}
		p := plainOf(t.Text)
		for _, r := range numberRuns(p.text) {
			for i := r.at; i < r.at+len(r.text); i++ {
				d, _ := utf8.DecodeRuneInString(p.orig[p.from(i):])
				if like := printsAsDigit(d); !unicode.IsDigit(d) || like == 0 || like == p.text[i] || slices.Contains(own, ScriptOf(d)) {
					continue
				}
				looks := []byte(r.text)
				for j := range looks {
					if d, _ := utf8.DecodeRuneInString(p.orig[p.from(r.at+j):]); unicode.IsDigit(d) && printsAsDigit(d) != 0 {
						looks[j] = printsAsDigit(d)
					}
				}
				ps = append(ps, t.At(fmt.Sprintf("writes the number %s in %s digits, which a reader of its letters takes for others: it dials %s and reads as %s", diag.Quote(p.original(r.at, r.at+len(r.text))), ScriptOf(d), r.text, looks),
					"write it in ASCII digits: "+r.text))
				break
			}
		}
	}
	return ps
}

func fullWidthDigit(r rune) bool { return r >= '０' && r <= '９' }

// Number is n written in the edition's digits (Digits).
func (l *Language) Number(n int) string { return InDigits(strconv.Itoa(n), l.Digits()) }

// InDigits is s with its ASCII digits written in the digits from zero.
func InDigits(s string, zero rune) string {
	if zero == '0' {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return zero + r - '0'
		}
		return r
	}, s)
}

// editionDigits is the zero of the digits other than ASCII's in which texts write most of
// their numbers of up to six digits (hours, days, ages), where they write two or more such
// numbers; else '0'. A phone number is left out of the count: one written in another
// script's digits (an office's number in Arabic-Indic digits in an Urdu edition that writes
// "18 سال") is no habit of the edition's.
func editionDigits(texts []diag.Located) rune {
	count := map[rune]int{}
	for _, t := range texts {
		zero, run := rune(-1), 0 // the digits of the number being read, and how many so far
		end := func() {
			if zero > unicode.MaxASCII && run <= 6 {
				count[zero]++
			}
			zero, run = -1, 0
		}
		for _, r := range t.Text {
			switch {
			case unicode.IsDigit(r) && r-rune(digitValue(r)) == zero:
				run++
			case unicode.IsDigit(r):
				end()
				zero, run = r-rune(digitValue(r)), 1
			case run > 0 && strings.ContainsRune(" -.()\u00a0\u066b\u066c", r): // within a number written in groups; ۲۴/۷ is two
			default:
				end()
			}
		}
		end()
	}
	zero, most := '0', 1
	for z, n := range count {
		if n > most || n == most && z < zero {
			zero, most = z, n
		}
	}
	return zero
}

// FAQ is faq.md.
type FAQ struct {
	Title        diag.Located
	Intro        []Para
	Questions    []QA
	ClosingTitle diag.Located
	Closing      []Para
	// warnings: what is written but does not print as written (emphasis in a heading)
	warnings diag.Problems
}

// BoldOn and BoldOff mark where bold text begins and ends in a paragraph's text (from **bold**
// in faq.md), ItalicOn and ItalicOff italic text (from *italic*); both together make bold
// italic. They are private-use characters, which no content may contain and no font draws:
// layout sets the text between them in their face and never prints them.
const (
	BoldOn    = "\uE000"
	BoldOff   = "\uE001"
	ItalicOn  = "\uE002"
	ItalicOff = "\uE003"
)

// Emphasis is how a piece of a paragraph is set: bold, italic, both or neither.
type Emphasis struct{ Bold, Italic bool }

// Marks are the marks that open e at the start of a piece of text.
func (e Emphasis) Marks() string {
	s := ""
	if e.Bold {
		s += BoldOn
	}
	if e.Italic {
		s += ItalicOn
	}
	return s
}

// Run is a piece of a paragraph in one emphasis.
type Run struct {
	Emphasis
	Text string
}

// Runs splits s at its marks into runs, s beginning in the emphasis open; end is the emphasis
// still open where s ends (a line broken inside bold text goes on in bold).
func Runs(s string, open Emphasis) (runs []Run, end Emphasis) {
	for s != "" {
		i := indexMark(s)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			runs = append(runs, Run{open, s[:i]})
		}
		if i == len(s) {
			break
		}
		switch s[i : i+len(BoldOn)] { // every mark is three bytes
		case BoldOn, BoldOff:
			open.Bold = s[i:i+len(BoldOn)] == BoldOn
		default:
			open.Italic = s[i:i+len(BoldOn)] == ItalicOn
		}
		s = s[i+len(BoldOn):]
	}
	return runs, open
}

// Marks are the four marks, as a set for strings.ContainsAny and IndexAny; each is three bytes.
const Marks = BoldOn + BoldOff + ItalicOn + ItalicOff

// indexMark is strings.IndexAny(s, Marks), without decoding every rune of text that has none:
// each mark is EE 80 80 to EE 80 83 in UTF-8.
func indexMark(s string) int {
	for at := 0; ; {
		i := strings.IndexByte(s[at:], 0xEE)
		if i < 0 {
			return -1
		}
		if i += at; i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x80 && s[i+2] <= 0x83 {
			return i
		}
		at = i + 1
	}
}

// HasMarks reports whether s holds a mark.
func HasMarks(s string) bool { return indexMark(s) >= 0 }

// marked reports whether r is one of the marks.
func marked(r rune) bool { return r >= 0xE000 && r <= 0xE003 }

// asMarkdown writes the marks back as faq.md has them.
var asMarkdown = strings.NewReplacer(BoldOn, "**", BoldOff, "**", ItalicOn, "*", ItalicOff, "*")

// AsWritten is text with its marks written back as the ** and * they came from: a message
// quotes the text as its writer typed it, never a private-use character.
func AsWritten(s string) string {
	if !HasMarks(s) {
		return s
	}
	return asMarkdown.Replace(s)
}

// Unmark is text without its marks: as a reader hears it, or as it prints in one face.
func Unmark(s string) string {
	if !HasMarks(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if marked(r) {
			return -1
		}
		return r
	}, s)
}

// Para is a paragraph of the FAQ, or an item of a list in it.
type Para struct {
	diag.Located
	Mark  string // a list item's bullet or number, e.g. "•" or "2."; empty for a paragraph
	Level int    // 0 for a paragraph, 1 for a list item, 2 for an item of a list inside one
	// ListStart is whether it begins a list: a list right after another at its level ("- a"
	// items, then "1." ones) is a list of its own, not more items of the one before
	ListStart bool
	Links     []Link // the texts in it that link to a web page, a phone or a text message
	// Paper is the text as printed on paper, where it differs from Text: each link's number
	// or address in brackets after its words, since paper cannot be tapped.
	Paper  string
	pieces []string // Text cut at the end of each link, before placeholders are filled in
	breaks []int    // where in Text each next line of faq.md begins, before placeholders are filled in
}

// Printed is the paragraph as printed on paper.
func (p Para) Printed() diag.Located {
	if p.Paper != "" {
		p.Text = p.Paper
	}
	return p.Located
}

// Link is a text of a paragraph that opens URL when tapped in the PDF (and on the page).
type Link struct {
	Text, URL string
	// Print is the number or address printed after Text on paper, or "" when Text is it.
	Print string
	// After is Print as paper prints it after Text, in its brackets (" (site.org/help)"), where
	// it is placed; the page prints it so too
	After string
	// At is where Text stands in the paragraph's Text; PaperAt and PrintAt where Text and
	// Print stand in Printed: the link is there, not wherever its words recur ("here" twice,
	// to two pages). Each is -1 where not known, and all are unknown unless Placed.
	At, PaperAt, PrintAt int
	Placed               bool
	line                 int    // in faq.md
	typed                string // URL as faq.md writes it, when it is percent-encoded (tel:%2B18883737888)
	bare                 bool   // an address the text writes without a link (bareLinks)
}

// asTyped is the link's address as faq.md writes it, for messages.
func (l Link) asTyped() string { return cmp.Or(l.typed, l.URL) }

// QA is one question with its answer paragraphs.
type QA struct {
	Question diag.Located
	Answer   []Para
}

// Text is text.yaml: every printed word that is not the FAQ.
type Text struct {
	Language diag.Located `yaml:"language"`
	// Organisation is the organisation's name and contact line in this language, each, when
	// set, in place of settings.yaml's (Settings.In).
	Organisation LangOrganisation `yaml:"organisation" haven:"optional"`
	HotlineName  diag.Located     `yaml:"hotline_name"`
	// Keyword is the word to text in this language (AYUDA), when it is not hotline.keyword:
	// {keyword} prints it, and the sms: links of this language's outputs send it.
	Keyword  diag.Located `yaml:"keyword" haven:"optional"`
	QRAlt    diag.Located `yaml:"qr_alt" haven:"optional"` // a QR code's alt text in tagged PDFs
	Help     HelpText     `yaml:"help"`
	Handout  HandoutText  `yaml:"handout"`
	Card     CardText     `yaml:"card"`
	Discreet DiscreetText `yaml:"discreet"`
	// Observer is the card for an adult who sees warning signs in a child, made in place of
	// the card when settings.yaml says cards: audience: adult.
	Observer ObserverText `yaml:"observer" haven:"optional"`
	Poster   PosterText   `yaml:"poster"`
	// Site is the resource page's own words (haven site); English and Spanish are built in.
	Site SiteText `yaml:"site" haven:"optional"`
}

// HelpText is the hotline box.
type HelpText struct {
	Title diag.Located `yaml:"title"`
	// DangerLabel goes before Danger ("In immediate danger: Call 911") in content written
	// before 911 was one phrase ("In immediate danger, call 911", all of it in Danger).
	DangerLabel diag.Located `yaml:"danger_label" haven:"optional"`
	Danger      diag.Located `yaml:"danger"`
	CallLabel   diag.Located `yaml:"call_label" haven:"optional"` // printed only when the line takes calls
	Call        diag.Located `yaml:"call" haven:"optional"`
	TextLabel   diag.Located `yaml:"text_label" haven:"optional"` // printed only when the line takes texts
	Text        diag.Located `yaml:"text" haven:"optional"`
	TTYLabel    diag.Located `yaml:"tty_label" haven:"optional"`
	TTY         diag.Located `yaml:"tty" haven:"optional"`
	ChatLabel   diag.Located `yaml:"chat_label" haven:"optional"`
	Chat        diag.Located `yaml:"chat" haven:"optional"`
	Note        diag.Located `yaml:"note"`
}

// HandoutText is the handout's own wording.
type HandoutText struct {
	Subtitle  diag.Located `yaml:"subtitle"`
	ScanTitle diag.Located `yaml:"scan_title"`
	// ScanGuide is the caption in place of ScanTitle when the QR code opens the organisation's
	// own resource page (organisation.website in settings.yaml).
	ScanGuide diag.Located `yaml:"scan_guide" haven:"optional"`
	Page      diag.Located `yaml:"page"` // keeps {page} and {pages} for layout to fill
	// ScanNote, a line under the code in content written before it was dropped, prints no
	// more: read, so that such content loads, and warned of (retiredLines).
	ScanNote diag.Located `yaml:"scan_note" haven:"optional"`
}

// CardText is the wallet card, speaking to the person who may need help on both sides.
type CardText struct {
	Headline  diag.Located `yaml:"headline"`
	CallLabel diag.Located `yaml:"call_label" haven:"optional"` // printed only when the line takes calls
	Text      diag.Located `yaml:"text" haven:"optional"`
	More      diag.Located `yaml:"more" haven:"optional"` // a TTY or chat line, small
	Danger    diag.Located `yaml:"danger"`
	BackTitle diag.Located `yaml:"back_title"`
	// BackLines say, in the second person, what happens when you call or text.
	BackLines []diag.Located `yaml:"back_lines" haven:"optional"`
	// Signs are the back of content written before back_lines: warning signs in a child,
	// printed as they were (with a warning that the card speaks to two readers).
	Signs    []diag.Located `yaml:"signs" haven:"optional"`
	BackNote diag.Located   `yaml:"back_note"`
}

// ObserverText is the adult's card: warning signs in a child on the back, and a front that
// speaks to the same adult. The text line, TTY or chat and 911 are the card's.
type ObserverText struct {
	Headline  diag.Located   `yaml:"headline"`
	CallLabel diag.Located   `yaml:"call_label" haven:"optional"` // printed only when the line takes calls
	BackTitle diag.Located   `yaml:"back_title"`
	Signs     []diag.Located `yaml:"signs"`
	BackNote  diag.Located   `yaml:"back_note" haven:"optional"` // empty: the card's
}

// DiscreetText is the card whose front does not say what it is about.
type DiscreetText struct {
	Headline diag.Located `yaml:"headline"`
	Subline  diag.Located `yaml:"subline" haven:"optional"` // printed only when the line takes calls
	// BackTitle is the back's neutral heading; empty, or the hotline's name as content before
	// it was checked wrote it, prints DiscreetBackTitle's words for the language.
	BackTitle diag.Located   `yaml:"back_title" haven:"optional"`
	BackLines []diag.Located `yaml:"back_lines"`
	BackNote  diag.Located   `yaml:"back_note"`
	// More is the discreet card's TTY or chat line. Left out, the card prints card.more when
	// it says nothing of whose line it is, and else no such line (Discreet.More is then
	// card.more or empty once the content is loaded).
	More diag.Located `yaml:"more" haven:"optional"`
	// Avoid are words or phrases the discreet card must not print, added to the built-in
	// list for the language (see avoidDefaults for the languages that have one).
	Avoid []diag.Located `yaml:"avoid" haven:"optional"`
	// Allow takes words off the built-in list, for content that must print one on purpose.
	Allow []diag.Located `yaml:"allow" haven:"optional"`
	// ShowNames lets the discreet texts print the hotline's or the organisation's name, which
	// they are otherwise refused.
	ShowNames bool `yaml:"show_names" haven:"optional"`
}

// PosterText is the poster and the tear-off flyer.
type PosterText struct {
	Headline  diag.Located   `yaml:"headline"`
	Facts     []diag.Located `yaml:"facts"`
	Danger    diag.Located   `yaml:"danger"`
	CallLabel diag.Located   `yaml:"call_label"`
	Text      diag.Located   `yaml:"text" haven:"optional"`
	More      diag.Located   `yaml:"more" haven:"optional"` // TTY or chat, on the sizes with room
	Note      diag.Located   `yaml:"note"`
	Scan      diag.Located   `yaml:"scan"`
	ScanGuide diag.Located   `yaml:"scan_guide" haven:"optional"` // as HandoutText.ScanGuide
	Tab       diag.Located   `yaml:"tab" haven:"optional"`        // a text-only line's tabs carry its text line
}

// SiteText is the resource page's own words around the content: the quick exit, its safety
// note and what it announces, the navigation. Each is optional: SiteWords fills in the rest.
type SiteText struct {
	Exit         diag.Located `yaml:"exit" haven:"optional"`          // the quick exit's label
	Skip         diag.Located `yaml:"skip" haven:"optional"`          // the skip link
	Safety       diag.Located `yaml:"safety" haven:"optional"`        // what the quick exit does and does not do
	SafetyNoJS   diag.Located `yaml:"safety_nojs" haven:"optional"`   // the same with JavaScript off
	Private      diag.Located `yaml:"private" haven:"optional"`       // the link on browsing privately
	Languages    diag.Located `yaml:"languages" haven:"optional"`     // the language switch's name
	Contents     diag.Located `yaml:"contents" haven:"optional"`      // the list of questions
	Downloads    diag.Located `yaml:"downloads" haven:"optional"`     // the PDFs' heading
	DownloadsTip diag.Located `yaml:"downloads_tip" haven:"optional"` // one line under it
	PDF          diag.Located `yaml:"pdf" haven:"optional"`           // a download's kind and size: "(PDF, {kb} KB)"
	NeutralTitle diag.Located `yaml:"neutral_title" haven:"optional"` // a discreet page's <title>
	ThisPage     diag.Located `yaml:"this_page" haven:"optional"`     // before the page's address
	// Announced to screen readers while Shift is pressed, and as the page goes.
	PressTwoMore diag.Located `yaml:"press_two_more" haven:"optional"`
	PressOneMore diag.Located `yaml:"press_one_more" haven:"optional"`
	TimedOut     diag.Located `yaml:"timed_out" haven:"optional"`
	Leaving      diag.Located `yaml:"leaving" haven:"optional"`
	// The names of the files to download: each kind's as written inside a sentence (the list
	// capitalises its first letter), each paper's with its size, and OnPaper ("{file} on
	// {paper}") putting the two together.
	Handout           diag.Located `yaml:"handout" haven:"optional"`
	LargePrintHandout diag.Located `yaml:"large_print_handout" haven:"optional"`
	Cards             diag.Located `yaml:"cards" haven:"optional"`
	DiscreetCards     diag.Located `yaml:"discreet_cards" haven:"optional"`
	PrintShopCard     diag.Located `yaml:"print_shop_card" haven:"optional"`
	Poster            diag.Located `yaml:"poster" haven:"optional"`
	TearOffFlyer      diag.Located `yaml:"tear_off_flyer" haven:"optional"`
	OnPaper           diag.Located `yaml:"on_paper" haven:"optional"`
	Letter            diag.Located `yaml:"letter" haven:"optional"`
	A4                diag.Located `yaml:"a4" haven:"optional"`
	Tabloid           diag.Located `yaml:"tabloid" haven:"optional"`
	A3                diag.Located `yaml:"a3" haven:"optional"`
	A2                diag.Located `yaml:"a2" haven:"optional"`
	Poster18x24       diag.Located `yaml:"18x24" haven:"optional"`
	Poster24x36       diag.Located `yaml:"24x36" haven:"optional"`
}
