package layout

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/phone"
	"haven/internal/qr"
	"haven/internal/typeface"
)

// Sheet is a page of cards cut on a home printer: cols x rows cards of W x H with no gutters.
type Sheet struct {
	Paper      Paper
	Cols, Rows int
	CardW      float64
	CardH      float64
}

// origin is the top left of the card grid, centred on the page.
func (s Sheet) origin() (float64, float64) {
	return (s.Paper.W - float64(s.Cols)*s.CardW) / 2, (s.Paper.H - float64(s.Rows)*s.CardH) / 2
}

// Sheets: Letter in the Avery 5371/8371/28371 geometry (0.75 in side and 0.5 in top margins
// follow from centring ten 3.5 x 2 in cards), A4 with ten 85 x 55 mm cards.
var Sheets = map[string]Sheet{
	"letter": {Papers["letter"], 2, 5, 3.5 * Inch, 2 * Inch},
	"a4":     {Papers["a4"], 2, 5, 85 * MM, 55 * MM},
}

// cardSafe is how far text stays inside the cut line: a home cut can be off by this much.
const cardSafe = 0.125 * Inch

// minCardType is the smallest type on a card.
const minCardType = 6.5

// CardSheet lays out a two-page sheet: ten fronts, then ten backs placed for a long-edge
// duplex flip, so each back prints behind its own front (the columns are mirrored). codes, when
// given, are the placements of the cards in reading order of the fronts; otherwise every card
// carries in.Placement. A placed card prints its code small in a corner of both sides, so a
// stack can be told apart after cutting. The fronts' page says how to print the sheet in its
// top margin.
func CardSheet(in Input, paper string, discreet bool, codes []string) (*Doc, error) {
	sh, ok := Sheets[paper]
	if !ok {
		return nil, fmt.Errorf("wallet cards come on letter or a4 sheets, not %q", paper)
	}
	if codes != nil && len(codes) != sh.Cols*sh.Rows {
		return nil, fmt.Errorf("a %s sheet holds %d cards, not %d codes", paper, sh.Cols*sh.Rows, len(codes))
	}
	kind := "cards"
	if discreet {
		kind = "cards-discreet"
	}
	doc := &Doc{Name: name(kind, in.Lang.Code, paper), Lang: in.Lang.Code}
	if discreet && in.Settings.Cards.DiscreetURL == "" {
		doc.Note = NoDiscreetCode
	}
	printNote := printLineNote(in)
	byCode := map[string][]func(cv *canvas, x, y float64){}
	outer := &edges{} // of the card being drawn: its fronts' colour runs into the margin
	x0, y0 := sh.origin()
	th := in.theme()
	for side := 0; side < 2; side++ {
		cv := in.canvas("cards")
		if discreet { // its links say only the card's own words, no other line of the kit's, and carry no tracking
			cv.untracked = true
			cv.sayings = nil
			if u := in.discreetLink(); u != "" { // the address under its code opens what the code does
				cv.links = append([]autolink{{match: content.PrintedURL(u), url: u}}, cv.links...)
				cv.codes = append(cv.codes, u)
			}
		}
		for r := 0; r < sh.Rows; r++ {
			for col := 0; col < sh.Cols; col++ {
				cin := in
				if codes != nil {
					cin.Placement = codes[r*sh.Cols+col]
				}
				sides, ok := byCode[cin.Placement]
				if !ok {
					c := newCard(cin, th, sh.CardW, sh.CardH, discreet, 0)
					c.outer = outer
					doc.Meta = c.meta("cards")
					var err error
					if sides, err = c.sides(doc, false); err != nil {
						return doc, err
					}
					byCode[cin.Placement] = sides
				}
				at := col
				if side == 1 {
					at = sh.Cols - 1 - col // long-edge flip mirrors left and right
				}
				*outer = edges{}
				if side == 0 {
					*outer = edges{left: edge(at == 0), right: edge(at == sh.Cols-1), top: min(sh.topPast(), edge(r == 0)), bottom: edge(r == sh.Rows-1)}
				}
				draw := func() { sides[side](cv, x0+float64(at)*sh.CardW, y0+float64(r)*sh.CardH) }
				if r == 0 && col == 0 { // the first card is read; its copies are artifacts
					cv.as(&Elem{Role: RoleSect}, draw)
				} else {
					cv.artifact(draw)
				}
			}
		}
		cutGuides(cv, sh, x0, y0, th)
		if side == 0 {
			printLine(cv, in, paper, sh, x0, y0, th)
		}
		doc.Pages = append(doc.Pages, cv.page(sh.Paper.W, sh.Paper.H))
	}
	if printNote != "" {
		doc.Note = strings.TrimPrefix(doc.Note+"; "+printNote, "; ")
	}
	return doc, nil
}

// topPast is how far the first row's colour runs past its top cut: sheetBleed, or what the
// printing line above it leaves where the margin is short (A4's 11 mm: 2.9 pt), the line kept
// 0.25 in from the paper's edge, where home printers print nothing.
func (s Sheet) topPast() float64 {
	_, y0 := s.origin()
	return max(0, min(sheetBleed, y0-(0.25*Inch+0.25+printLineSize*1.25+1.5)))
}

// edge is sheetBleed on a sheet's outer edge, else 0.
func edge(outer bool) float64 {
	if outer {
		return sheetBleed
	}
	return 0
}

// NoDiscreetCode is what build and check say of a discreet sheet made without
// cards: discreet_url.
const NoDiscreetCode = "the discreet card has no QR code: set cards: discreet_url to a neutral address you control"

// printLines are the few words a card sheet carries in its top margin, by language and paper,
// so a sheet picked up from the printer tray says how it is printed. Each part goes whole
// between two cut marks.
var printLines = map[string]map[string][]string{
	"en": {
		"letter": {"Print at 100% (actual size)", "2-sided, flip on long edge", "Avery 5371, 8371 or 28371"},
		"a4":     {"Print at 100% (actual size)", "2-sided, flip on long edge", "A4 sheet of ten 85 x 55 mm cards"},
	},
	"es": {
		"letter": {"Imprima al 100% (tamaño real)", "A doble cara, volteo por el borde largo", "Avery 5371, 8371 o 28371"},
		"a4":     {"Imprima al 100% (tamaño real)", "A doble cara, volteo por el borde largo", "Hoja A4 de diez tarjetas de 85 x 55 mm"},
	},
	"vi": {
		"letter": {"In ở tỷ lệ 100% (kích thước thực)", "In hai mặt, lật theo cạnh dài", "Avery 5371, 8371 hoặc 28371"},
		"a4":     {"In ở tỷ lệ 100% (kích thước thực)", "In hai mặt, lật theo cạnh dài", "Tờ A4 gồm mười thẻ 85 x 55 mm"},
	},
	"ko": {
		"letter": {"실제 크기(100%)로 인쇄", "양면 인쇄, 긴 가장자리에서 넘기기", "Avery 5371, 8371 또는 28371"},
		"a4":     {"실제 크기(100%)로 인쇄", "양면 인쇄, 긴 가장자리에서 넘기기", "85 x 55 mm 카드 10장이 든 A4 용지"},
	},
}

// printLineNote is what a card sheet says when its print line is in English in another
// language's edition: haven has no words of the language, or the edition's fonts cannot print
// them; "" when the line is in the edition's language.
func printLineNote(in Input) string {
	const line = "the line in the sheet's top margin that says how to print it (at 100%%, 2-sided) is in English: "
	// for the person at the printer, in the margin the cutter takes off: nothing for the
	// user to write, only to know
	const cut = " (nothing to do: the margin is cut off with it)"
	lang := in.Lang.Code
	base, _, _ := strings.Cut(lang, "-")
	switch {
	case printLines[lang] == nil && printLines[base] == nil:
		return fmt.Sprintf(line+"haven has no words of its own for %q"+cut, lang)
	case printLineLang(in) != lang && base != "en":
		return fmt.Sprintf(line+"the fonts the %q edition is set in lack letters of haven's words for it"+cut, lang)
	}
	return ""
}

// drawer is a Measurer that knows which characters its fonts print.
type drawer interface{ Draws(s string) bool }

// printLineLang is the language the sheet's print line is written in: the edition's, unless
// its fonts cannot print haven's words in it (a Vietnamese folder whose texts are still
// English, set in a face without Vietnamese letters), then English: haven's own words never
// fail a build.
func printLineLang(in Input) string {
	m := in.M
	if ts, ok := m.(typeset); ok {
		m = ts.Measurer
	}
	d, ok := m.(drawer)
	for paper := range printLines["en"] {
		if ok && !d.Draws(strings.Join(PrintLine(in.Lang.Code, paper), " ")) {
			return "en"
		}
	}
	return in.Lang.Code
}

// printLineSep stands between the parts of the instruction line.
const printLineSep = " · "

// printLineSize is the instruction line's type: small, in the margin, on no card; in a wide
// font, down to printLineFloor.
const printLineSize, printLineFloor = 7, 6

// PrintLine is the instruction line of a card sheet on paper in lang (English for a language
// without one): its parts, in the order they are printed.
func PrintLine(lang, paper string) []string {
	words, ok := printLines[lang]
	if base, _, _ := strings.Cut(lang, "-"); !ok {
		if words, ok = printLines[base]; !ok {
			words = printLines["en"]
		}
	}
	return words[paper]
}

// printLine sets the instruction line in the sheet's top margin, in the middle of the cut
// marks' height and between them: the parts, joined by " · ", fill the space over the first
// column and go on over the next. They are haven's words, not the user's, so they never fail
// a build: in a wide font they are set smaller, down to printLineFloor; what still does not fit
// is left out from the end (the print guide says it all), and a part wider than a card alone is
// cut in its middle.
func printLine(cv *canvas, in Input, paper string, sh Sheet, x0, y0 float64, th Theme) {
	st := textStyle(Regular, printLineSize, 1.2, th.Ink)
	const gap = 6.0
	// where the margin is short (A4's 11 mm), raised to keep clear of the colour past the cut
	base := min(y0-2-guideLen/2+printLineSize*0.35, y0-sh.topPast()-1.5-printLineSize*0.25)
	pack := func() []string {
		var lines []string
		cur := ""
		for _, part := range PrintLine(printLineLang(in), paper) {
			next := part
			if cur != "" {
				next = cur + printLineSep + part
			}
			if in.M.Width(st.Font, st.Size, next) <= sh.CardW-2*gap {
				cur = next
				continue
			}
			if cur != "" {
				lines = append(lines, cur)
			}
			cur = part
		}
		return append(lines, cur)
	}
	lines := pack()
	for len(lines) > sh.Cols && st.Size > printLineFloor {
		st.Size -= 0.25
		lines = pack()
	}
	cv.artifact(func() { // printing furniture, as the cut marks are
		for i, l := range lines[:min(len(lines), sh.Cols)] {
			fitText(cv, x0+float64(i)*sh.CardW+gap, base, sh.CardW-2*gap, st, l)
		}
	})
}

// ShopCard is a business card's size where print shops make them, and its name in the file's.
type ShopCard struct {
	Name string  // "us", "85x55"
	W, H float64 // pt
}

// ShopCardIn is the business card print shops make in a country (ISO 3166 code): 3.5 x 2 in in
// the United States and Canada, 90 x 55 mm in Australia and New Zealand, 91 x 55 mm in Japan,
// 90 x 54 mm in China, Hong Kong and Taiwan, and 85 x 55 mm (most of Europe, the UK) elsewhere.
func ShopCardIn(country string) ShopCard {
	switch country {
	case "", "US", "CA":
		return ShopCard{"us", 3.5 * Inch, 2 * Inch}
	case "AU", "NZ":
		return ShopCard{"90x55", 90 * MM, 55 * MM}
	case "JP":
		return ShopCard{"91x55", 91 * MM, 55 * MM}
	case "CN", "HK", "TW":
		return ShopCard{"90x54", 90 * MM, 54 * MM}
	}
	return ShopCard{"85x55", 85 * MM, 55 * MM}
}

// HomePaper is the paper offices and homes in country buy: Letter where CLDR's paper-size data
// gives US-Letter (the Americas' BZ, CA, CL, CO, CR, GT, MX, NI, PA, PR, SV, US, VE, and PH),
// A4 everywhere else.
func HomePaper(country string) string {
	switch country {
	case "", "BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE":
		return "letter"
	}
	return "a4"
}

// BleedCard is one card for a print shop, in the size shops make where the organisation is
// (ShopCardIn): front and back pages with 0.125 in bleed, the background running into it, and
// crop marks outside it. Its colours are process inks (CMYK)
// and all its text, and the crop marks, pure black: 100% K from one plate, solid, never a
// four-colour grey or a tint that screens ragged at small sizes (text on the band stays paper
// white, no ink at all).
func BleedCard(in Input) (*Doc, error) {
	const bleed, slug = 0.125 * Inch, 0.25 * Inch
	th := in.theme()
	th.Ink = colour.RGB{}
	size := ShopCardIn(in.Settings.Country)
	c := newCard(in, th, size.W, size.H, false, bleed)
	doc := &Doc{Name: "card-bleed-" + in.Lang.Code + "-" + size.Name, Lang: in.Lang.Code, Meta: c.meta("print_shop_card"), CMYK: true}
	sides, err := c.sides(doc, true)
	if err != nil {
		return doc, err
	}
	off := bleed + slug
	pw, ph := c.w+2*off, c.h+2*off
	for _, draw := range sides {
		cv := in.canvas("cards")
		cv.as(&Elem{Role: RoleSect}, func() { draw(cv, off, off) })
		cropMarks(cv, off, off, c.w, c.h, bleed, c.th)
		doc.Pages = append(doc.Pages, Page{W: pw, H: ph,
			Trim:  &Box{X: off, Y: off, W: c.w, H: c.h},
			Bleed: &Box{X: slug, Y: slug, W: c.w + 2*bleed, H: c.h + 2*bleed},
			Items: cv.items, Tags: cv.tags})
	}
	return doc, nil
}

type card struct {
	in       Input
	th       Theme
	w, h     float64
	discreet bool
	words    cardWords
	rtl      bool    // the card's words run right to left: its layout is mirrored
	url      string  // what the back's QR code opens; empty prints no code
	bleed    float64 // > 0 on a print-shop card: colour runs this far past the cut
	// outer is, on a sheet, how far the front's colour runs past each edge of the card being
	// drawn: into the sheet's margin on the sheet's outer edges, not where it meets the next
	// card (see sheetBleed); nil elsewhere
	outer *edges
	// snug sets the front's lines under the headline closer, where they do not fit as set
	snug bool
}

// edges are lengths past each edge of a card.
type edges struct{ left, right, top, bottom float64 }

// sheetBleed is how far a sheet's card fronts run their colour past the sheet's outer cut
// lines, into its margin, as they meet colour at the cuts between cards: a printer that moves
// the sheet by 1/16 in leaves no white sliver along a cut edge of the card stock. The cut marks
// start past it.
const sheetBleed = Inch / 16

// past is how far the card's colour runs past each edge where it is drawn: the print-shop
// card's bleed, and on a sheet the margin's share.
func (c card) past() edges {
	e := edges{c.bleed, c.bleed, c.bleed, c.bleed}
	if c.outer != nil {
		e.left, e.right, e.top, e.bottom = e.left+c.outer.left, e.right+c.outer.right, e.top+c.outer.top, e.bottom+c.outer.bottom
	}
	return e
}

// cardWords are what one card says, to one reader on both sides.
type cardWords struct {
	headline, label diag.Located
	name            diag.Located // the hotline's name, over the number; empty on a discreet card
	title           diag.Located // the back's heading
	lines           []diag.Located
	bullets         bool         // the lines are a list (things to look for), not paragraphs
	note            diag.Located // the back's last line
	address         diag.Located // printed under the QR code; empty prints none
}

// inDigits is at with each vanity number in it printed in digits (phone.InDigits): on the
// discreet card "Call {call}" must not print 1-800-799-SAFE, the word that says whose line
// it is, any more than its number line does.
// The hotline's own numbers are replaced whole, where they are written as settings.yaml
// writes them: a vanity word glued to its digits (1800RESPECT) is no number's span.
// So is any other spelling of one, its word after digits in any case and with any
// separators ("1800 RESPECT", "1800respect", "+1 800 799 safe"), where it dials that number.
func inDigits(at diag.Located, s content.Settings) diag.Located {
	country := s.Country
	for _, n := range []diag.Located{s.Hotline.Call, s.Hotline.Text, s.Hotline.TTY} {
		// the number without its extension, which stays as written after it ("1 800 273 TALK x 1"
		// read whole is no number, and printed its word)
		number, _ := content.SplitExt(n.Text)
		if number != "" && strings.ContainsFunc(number, unicode.IsLetter) {
			digits := phone.InDigits(number, country)
			at.Text = strings.ReplaceAll(at.Text, number, digits)
			at.Text = respelled(at.Text, number, digits)
		}
	}
	spans := Numbers(at.Text)
	for i := len(spans) - 1; i >= 0; i-- {
		m := spans[i]
		at.Text = at.Text[:m[0]] + phone.InDigits(at.Text[m[0]:m[1]], country) + at.Text[m[1]:]
	}
	return at
}

// respelled is text with each spelling of the vanity number written (its word after digits,
// in any case and with any separators, dialling the same keys) replaced by digits.
func respelled(text, written, digits string) string {
	word := strings.Map(func(r rune) rune { return map[bool]rune{true: unicode.ToUpper(r), false: -1}[unicode.IsLetter(r)] }, written)
	if word == "" {
		return text
	}
	want := phone.Dialled(digits)
	for from := 0; ; {
		i := indexFold(text[from:], word)
		if i < 0 {
			return text
		}
		i += from
		start := i // back over the digits and separators before the word
		for start > 0 && strings.ContainsRune("0123456789+-.()  ", rune(text[start-1])) {
			start--
		}
		for start < i && text[start] == ' ' {
			start++
		}
		end := i + len(word)
		// the same keys, past letters after the number's length (1800RESPECT's T), or without
		// the trunk 1 before them (800-799-SAFE)
		if d := phone.Dialled(text[start:end]); phone.Digits(text[start:i]) != "" && (strings.HasPrefix(d, want) || strings.HasSuffix(want, d) && len(d) >= len(want)-1) {
			text = text[:start] + digits + text[end:]
			from = start + len(digits)
			continue
		}
		from = end
	}
}

// indexFold is the first index of word, of ASCII capitals, in s in any case, or -1.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

// newCard is a card of w x h: the discreet one, the adult's (cards: audience: adult), or the
// card for the person who may need help. The discreet card's code opens cards.discreet_url
// when set, and prints only that address; without one it has no code, since the hotline's
// address would show in the camera's preview and stay in the phone's history.
func newCard(in Input, th Theme, w, h float64, discreet bool, bleed float64) card {
	t := in.Lang.Text
	c := card{in: in, th: th, w: w, h: h, discreet: discreet, url: in.qrURL("cards"), bleed: bleed}
	switch {
	case discreet:
		d := t.Discreet
		digits := func(at diag.Located) diag.Located { return inDigits(at, in.Settings) }
		lines := make([]diag.Located, len(d.BackLines))
		for i, l := range d.BackLines {
			lines[i] = digits(l)
		}
		c.words = cardWords{headline: digits(d.Headline), label: digits(d.Subline), title: digits(d.BackTitle), lines: lines, note: digits(d.BackNote)}
		c.url = ""
		if u := in.Settings.Cards.DiscreetURL; u != "" {
			c.url = in.discreetLink()
			c.words.address = diag.Located{Field: "cards.discreet_url", Text: content.PrintedURL(u)}
		}
	case in.Settings.Cards.Observer():
		o := t.Observer
		c.words = cardWords{headline: o.Headline, label: o.CallLabel, name: t.HotlineName, title: o.BackTitle,
			lines: o.Signs, bullets: true, note: o.BackNote, address: in.Address}
		if o.BackNote.Text == "" {
			c.words.note = t.Card.BackNote
		}
	default:
		cd := t.Card
		lines := cd.BackLines
		if len(lines) == 0 { // content written before back_lines
			lines = cd.Signs
		}
		c.words = cardWords{headline: cd.Headline, label: cd.CallLabel, name: t.HotlineName, title: cd.BackTitle,
			lines: lines, bullets: true, note: cd.BackNote, address: in.Address}
	}
	c.rtl = rtl(c.words.headline.Text)
	return c
}

// accent is the colour of the few lines set off in colour (911, the back's heading): the
// band's on a home-printed card; ink on the discreet card, which shares no look with the
// standard one, and on the print-shop card, whose text is all from the black plate.
func (c card) accent() colour.RGB {
	if c.discreet || c.bleed > 0 {
		return c.th.Ink
	}
	return c.th.Primary
}

// at is where a line w wide set from x on a left-to-right card at cx goes: there, or, on a
// right-to-left card, mirrored, so that it ends where it would have begun (flush right).
func (c card) at(cx, x, w float64) float64 {
	if !c.rtl {
		return x
	}
	return 2*cx + c.w - x - w
}

// width is the advance of a line as the canvas sets it, joined.
func (c card) width(st Style, s string) float64 {
	return c.in.M.Width(st.Font, st.Size, typeface.Shape(s)) // the order of its characters does not change its width
}

// text draws a line from x on the card at cx, mirrored on a right-to-left card.
func (c card) text(cv *canvas, cx, x, y float64, st Style, s string) {
	cv.text(c.at(cx, x, c.width(st, s)), y, st, s)
}

// meta is the card's document information; a discreet card's names neither the hotline nor
// its site, since the file may be kept or sent where the card is not meant to be read. Its
// title, which a screen reader reads in the document's language, is the hotline's name and
// what the file is, in the resource page's name for it (site: key file, "cards" or
// "print_shop_card"), or the name alone where that is in English only.
func (c card) meta(file string) Meta {
	if c.discreet {
		return discreetMeta(c.words)
	}
	title := c.in.Lang.Text.HotlineName.Text
	if w, code := content.SiteWords(c.in.Lang)[file], c.in.Lang.Code; w.Lang == code || strings.HasPrefix(code, w.Lang+"-") {
		title += ": " + w.Text
	}
	return c.in.meta(title, c.words.headline.Text)
}

// sides lays out the front and the back once; each returned function draws one at x, y.
func (c card) sides(doc *Doc, bleed bool) ([]func(cv *canvas, x, y float64), error) {
	front, ferr := c.front(bleed)
	back, berr := c.back(bleed)
	var f faults
	err := f.note(ferr, berr)
	if err == nil {
		err = f.err()
	}
	if err == nil {
		if n := c.codeNote(); n != "" && doc.Note == "" {
			doc.Note = n
		}
		return []func(cv *canvas, x, y float64){c.marked(front), c.marked(back)}, nil
	}
	if fe, ok := err.(*FitError); ok {
		fe.Doc = doc.Name
	}
	return nil, err
}

// scale is the card's size against the 3.5 x 2 in design (85 x 55 mm is narrower).
func (c card) scale() float64 { return min(c.w/(3.5*Inch), c.h/(2*Inch)) }

// pt scales type from the 3.5 x 2 in design to the card at hand, never below the smallest
// legible size.
func (c card) pt(size float64) float64 { return c.in.pt(max(minCardType, size*c.scale())) }

// sp scales a space from the 3.5 x 2 in design to the card at hand.
func (c card) sp(v float64) float64 { return v * c.scale() }

// footStrip is the strip along each card front's foot, at the 3.5 x 2 in design's scale, so a
// cut shared with the card below (whose band starts at its top) meets colour on both sides
// even when the printer moves the sheet by 1/16 in (4.5 pt). Each band also has an ink keyline
// (keylineWidth) along its inner edge, which a photocopier keeps.
const footStrip = 6.5

// codeStyle is the placement code's type.
func (c card) codeStyle() Style { return textStyle(Regular, minCardType, 0, c.th.Ink) }

// codeRoom is the width the placement code takes from the bottom line of each side.
func (c card) codeRoom() float64 {
	if c.in.Placement == "" {
		return 0
	}
	st := c.codeStyle()
	return c.in.M.Width(st.Font, st.Size, c.in.Placement) + c.sp(6)
}

// fitBesideCode fits a text on one line of width, less the placement code's room (the line
// the code shares the bottom with). A text that fits but for the code says so: the code is
// the cause, not the text ("Gratis, confidencial, 24/7" beside a code of 16 characters).
func (c card) fitBesideCode(st Style, at diag.Located, width float64, what string) error {
	err := fitOne(c.in.M, st, at, width-c.codeRoom(), what)
	var e *FitError
	if c.codeRoom() > 0 && errors.As(err, &e) && fitOne(c.in.M, st, at, width, what) == nil {
		e.Msg += fmt.Sprintf(", beside the placement code %q in the card's corner, which takes %s of it", c.in.Placement, inches(c.codeRoom()))
		e.Hint = "give the places shorter codes (p01, lib-2), or shorten the text"
	}
	return err
}

// marked adds the placement code, small, in the bottom right corner inside the safe zone; the
// address the card prints opens what its code does, with its placement (a sheet's cards may
// each carry another).
func (c card) marked(draw func(cv *canvas, x, y float64)) func(cv *canvas, x, y float64) {
	code := c.in.Placement
	if code == "" {
		return draw
	}
	st := c.codeStyle()
	w := c.in.M.Width(st.Font, st.Size, code)
	return func(cv *canvas, x, y float64) {
		if c.discreet { // its address is cards.discreet_url's, opened without tracking
			draw(cv, x, y)
		} else {
			cv.linking(c.in.Address.Text, c.url, func() { draw(cv, x, y) })
		}
		cv.artifact(func() { c.text(cv, x, x+c.w-cardSafe-w, y+c.h-cardSafe-st.Size*0.3, st, code) })
	}
}

// front: the headline (in a band running to the card's top and side edges, into the bleed on
// a print-shop card; on the discreet card in plain ink over a hairline, a look of its own),
// then in the kit's one order: who to call and the hotline's name, the number as the largest
// text, the text line, TTY or chat, and 911 last, the size of the name and of TTY or chat.
func (c card) front(bleed bool) (func(cv *canvas, x, y float64), error) {
	t := c.in.Lang.Text
	h := c.in.Settings.Hotline
	wd := c.words
	s := cardSafe
	inner := c.w - 2*s - 8
	head := textStyle(Bold, c.pt(13), 16.0/13, c.th.White)
	if c.discreet {
		head = textStyle(Bold, c.pt(14), 17.0/14, c.th.Ink)
	}
	script := max(c.reach(), deep(c.in.Lang.FAQ.Title.Text)) // the front's lines are one each, mostly: the marks' reach, or the letters' dots below
	lead, gap := 11.5/9, c.sp(2)
	if c.snug { // closer: an Arabic front with a TTY line, the edition's vowel signs on its back alone
		lead, gap = 1.15, 0
		// the room for its script's marks kept where the front's own lines have marks (Myanmar's
		// ူ and ို met at less)
		if !slices.ContainsFunc([]string{wd.label.Text, wd.name.Text, t.Card.Text.Text, t.Card.More.Text, t.Card.Danger.Text}, func(s string) bool {
			return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Mn, r) })
		}) {
			script *= 0.6
		}
	}
	lab := textStyle(Regular, c.pt(9), lead+script, c.th.Ink)
	num := textStyle(Bold, c.pt(22), 25.0/22, c.th.Ink)
	txt := textStyle(Bold, c.pt(10.5), 13.0/10.5+script, c.th.Ink)
	dan := textStyle(Regular, c.pt(9), lead+script, c.th.Ink) // 911, last: no louder than the name over the number
	small := dan                                              // the name, TTY or chat: as large as 911
	what := "card front"
	if c.discreet {
		what = "discreet card front"
	}
	var f faults // every text that does not fit is named, not only the first
	labLines, err := fitLines(c.in.M, lab, wd.label, inner, 2, what)
	f.note(err)
	// the number is the largest text whatever its length: a long one (1-800-799-SAFE,
	// +44 808 2000 247) keeps the card's size and takes the width it needs, down to the
	// size of the text line; a line that takes only texts sets its text line there, on two
	// lines if it must
	number, textLine := h.Call, t.Card.Text // no text line for a line that takes no texts: the block closes up
	if !h.Calls() {
		number, textLine = t.Card.Text, diag.Located{}
	} else if c.discreet { // a vanity number's word (1-800-799-SAFE) says whose line it is: its digits
		number = inDigits(number, c.in.Settings)
	}
	// a number to call's extension after it is smaller (extAt): the number takes the width
	numW := func(s string) float64 { return c.in.M.Width(num.Font, num.Size, s) }
	if h.Calls() {
		numW = func(s string) float64 { return numberWidth(c.width, num, s) }
	}
	if w := numW(number.Text); w > inner {
		num.Size = max(head.Size*1.1, num.Size*inner/w)
	}
	numLines := []string{number.Text}
	if h.Calls() {
		err = fitMeasured(numW, num, number, inner, what)
	} else { // words, not a number: a keyword and short code too long for a line take two, broken beside the short code
		numLines, err = numberLines(c.in.M, num, number, inner, 2, what)
	}
	f.note(err)
	var textLines []string // broken beside its number where it is too wide for the card, as the number's line
	if textLine.Text != "" {
		if textLines, err = numberLines(c.in.M, txt, textLine, inner, 2, what); err != nil {
			f.note(err)
			textLines = []string{textLine.Text} // named; the rest of the card is still checked
		}
	}
	more := t.Card.More // TTY or chat, small, when the content gives it; a chat address breaks after a '/'
	if c.discreet {
		more = inDigits(t.Discreet.More, c.in.Settings) // card.more where it says nothing of whose line it is (content.discreetMore)
	}
	var moreLines []string
	if more.Text != "" {
		moreLines, err = addressLines(c.in.M, small, more, inner, 2, true, what)
		f.note(err)
	}
	// the last line shares the bottom with the placement code
	f.note(c.fitBesideCode(dan, t.Card.Danger, inner, what))
	var nameLines []string
	if wd.name.Text != "" {
		nameLines, err = fitLines(c.in.M, small, wd.name, inner, 2, what)
		f.note(err)
	}
	var col column
	col.add(lab, 0, labLines...)
	col.join(small, 0, nameLines...)
	if h.Calls() {
		col.number(num, true, number.Text)
	} else {
		col.join(num, 0, numLines...)
	}
	if len(textLines) > 0 {
		col.add(txt, 0, textLines...)
	}
	if len(moreLines) > 0 {
		col.add(small, 0, moreLines...)
	}
	if t.Card.Danger.Text != "" {
		col.add(dan, gap, t.Card.Danger.Text)
	}
	k := c.scale()
	foot := s
	if !c.discreet {
		foot = max(s, footStrip*k+c.sp(2))
	}
	// the headline's band (or, on the discreet card, the headline and its rule) for n lines of
	// st: a second line adds its leading
	// how far above its baseline the headline's ink reaches, in ems: its capitals' 0.85, and
	// the marks its script stacks over them, which reach further than its leading allows for
	// (a shadda and a damma 1.31 em over a bold Arabic letter): the headline is set that much
	// lower, so that its marks keep the safe margin (in the band, whose foot has room for it;
	// on the discreet card, with its rule)
	ascent := 0.85 + 1.25*c.reach()
	topOf := func(st Style, n int) float64 {
		if c.discreet {
			return s + float64(n)*st.Leading + c.sp(4) + (ascent-0.85)*st.Size
		}
		return s + c.sp(27) + float64(n-1)*st.Leading
	}
	hl, head, err := c.headline(head, inner, what, func(st Style, n int) bool {
		return topOf(st, n)+c.sp(6)+col.height()+foot <= c.h+0.01
	})
	var hf faults
	hf.note(err)
	f.errs = append(hf.errs, f.errs...) // named first, as it is read
	top := topOf(head, max(1, len(hl)))
	// too tall as set (or with a headline that fits the band only over less): set closer
	if need := top + c.sp(6) + col.height() + foot; (err != nil || need > c.h+0.01) && !c.snug && f.err() == nil {
		snug := c
		snug.snug = true
		if draw, err := snug.front(bleed); err == nil {
			return draw, nil
		}
	}
	if need := top + c.sp(6) + col.height() + foot; err == nil && need > c.h+0.01 {
		// the texts that can give the height back are those set on two lines, in the order
		// read: each is named, the first carrying the error; with none, the line added last
		var long []string
		at := wd.label
		if more.Text != "" {
			at = more
		}
		for _, l := range []struct {
			at diag.Located
			n  int
		}{{wd.headline, len(hl)}, {wd.label, len(labLines)}, {wd.name, len(nameLines)}, {textLine, len(textLines)}, {more, len(moreLines)}} {
			if l.n > 1 {
				if long = append(long, l.at.Field); len(long) == 1 {
					at = l.at
				}
			}
		}
		e := fitErr(at, what, "needs %s of height on the front; the card has %s", inches(need), inches(c.h))
		switch {
		case len(long) == 1 && len(moreLines) > 1: // a chat address that takes two lines
			e.Hint = "shorten the text, or set hotline.chat in settings.yaml to a short link of your own that opens the chat"
		case len(long) > 0:
			also := ""
			if len(long) > 1 {
				also = ", as is " + strings.Join(long[1:], " and ")
			}
			e.Msg = fmt.Sprintf("is set on two lines%s, and the front then needs %s of height; the card has %s", also, inches(need), inches(c.h))
			e.Hint = "shorten " + strings.Join(long, " or ") + " to fit one line"
		}
		f.note(e)
	}
	if err := f.err(); err != nil {
		return nil, err
	}
	return func(cv *canvas, x, y float64) {
		tx := x + s + 4
		if c.discreet {
			cv.within(RoleH1, "", func() {
				for i, l := range hl {
					cv.lineOf(hl, i, func() { c.text(cv, x, tx, y+s+head.Size*ascent+float64(i)*head.Leading, head, l) })
				}
			})
			cv.add(Rule{X1: tx, Y1: y + top - c.sp(2), X2: x + c.w - s - 4, Y2: y + top - c.sp(2), Width: 0.75 * k, Color: c.th.Ink})
		} else {
			if bleed {
				cv.add(Rect{X: x - c.bleed, Y: y - c.bleed, W: c.w + 2*c.bleed, H: c.h + 2*c.bleed, Fill: c.th.White})
			}
			bandBottom, e := y+top, c.past()
			c.band(cv, x, y-e.top, bandBottom, bandBottom-keylineWidth*k/2)
			strip := y + c.h - footStrip*k
			c.band(cv, x, strip, y+c.h+e.bottom, strip+keylineWidth*k/2)
			// the headline's capitals sit in the middle of the band as cut
			first := y + (bandBottom-y)/2 + head.Size*0.35 - float64(len(hl)-1)*head.Leading/2
			first = max(first, y+s+head.Size*ascent) // the marks above inside the safe margin
			cv.within(RoleH1, "", func() {
				for i, l := range hl {
					cv.lineOf(hl, i, func() { c.text(cv, x, tx, first+float64(i)*head.Leading, head, l) })
				}
			})
		}
		// the column sits in the middle of the space left; on the discreet card, at the foot,
		// as on a business card
		cy := y + top + (c.h-top-foot-col.height())/2
		if c.discreet {
			cy = y + c.h - foot - col.height()
		}
		col.set(cv, cy, func(p para, l string) float64 { return c.at(x, tx, p.width(l, c.width)) })
	}, nil
}

// scriptLeading is the leading, in ems, a card back's lines take beyond a Latin card's: they
// stand close, and a script whose marks stack above and below its letters further than its
// own font's lines allow for (Thai's tone marks over its vowels, Myanmar's vowel signs,
// Arabic's vowel signs and dots) takes what its handout takes, or the marks of two lines
// touch; the Indic scripts' fonts allow for theirs at a card's 1.2 em (Noto Sans Devanagari's
// matras apart on a Hindi back of four lines, which 0.25 em more would not hold).
func (c card) scriptLeading() float64 {
	return c.reach() + deep(c.in.Lang.FAQ.Title.Text)
}

// reach is a card's allowance, in ems, for the marks its script stacks over its letters:
// tall's, but none for the Indic scripts (scriptLeading).
func (c card) reach() float64 {
	t := c.in.Lang.FAQ.Title.Text
	if r := tall(c.in.Lang); r != shapedLeading || strings.ContainsFunc(t, func(r rune) bool { return content.UnbrokenScript(r) != "" }) {
		return r
	}
	return 0
}

// headMin is the smallest a card's headline is set, at the 3.5 x 2 in design's scale: still
// the largest text but the number.
const headMin = 11

// headline sets the card's headline in st, or smaller, in inner: on one line, a little smaller
// (down to 12 pt) where that keeps it on one; else on two lines from st's size down to headMin,
// the first that leaves the card room (room says) for what is under it. A headline written on
// two lines keeps them. What fits nowhere is an error that says how many characters fit.
func (c card) headline(st Style, inner float64, what string, room func(st Style, n int) bool) ([]string, Style, error) {
	at := c.words.headline
	if at.Text == "" {
		return nil, st, nil
	}
	size, lead := st.Size, st.Leading/st.Size
	at1 := func(pt float64) Style { st.Size, st.Leading = pt, pt*lead; return st }
	var wide []string // the first setting that fits the width, when none leaves the room: the caller names what is under it
	var wideSt Style
	if !strings.Contains(at.Text, "\n") {
		for pt := size; pt >= c.pt(12)-1e-9; pt -= 0.5 {
			if fitOne(c.in.M, at1(pt), at, inner, what) == nil {
				if room(at1(pt), 1) {
					return []string{at.Text}, at1(pt), nil
				}
				if wide == nil {
					wide, wideSt = []string{at.Text}, at1(pt)
				}
			}
		}
	}
	least := size // the smallest size tried on two lines: what is said of, and measured at, below
	for pt := size; pt >= c.pt(headMin)-1e-9; pt -= 0.5 {
		least = pt
		if ls, err := fitLines(c.in.M, at1(pt), at, inner, 2, what); err == nil {
			if room(at1(pt), len(ls)) {
				return ls, at1(pt), nil
			}
			if wide == nil {
				wide, wideSt = ls, at1(pt)
			}
		}
	}
	if wide != nil {
		return wide, wideSt, nil
	}
	small := at1(least)
	chars := utf8.RuneCountInString(at.Text)
	fit := int(2 * inner / (c.in.M.Width(small.Font, small.Size, at.Text) / float64(chars))) // about: whether it is short enough
	// the start of it that fits two lines at the least size, as a build that refused it would
	// set that start: hyphenated where the language has patterns
	most, start, next := longestCut(at.Text, func(s string) bool {
		cut := at
		cut.Text = s
		_, err := fitLines(c.in.M, small, cut, inner, 2, what)
		if m, ok := refusing(c.in.M, s); err != nil && ok {
			_, err = fitLines(m, small, cut, inner, 2, what)
		}
		return err == nil
	})
	for _, w := range strings.Fields(at.Text) { // short enough, but one word wider than a line: shortening elsewhere would not do
		if width := c.in.M.Width(small.Font, small.Size, w); chars <= fit && width > inner {
			n := utf8.RuneCountInString(w)
			word := fmt.Sprintf("has a word wider than a line, %q,", w)
			if w == strings.TrimSpace(at.Text) {
				word = "is one word, wider than a line"
			}
			r := []rune(w)
			on := sort.Search(n, func(i int) bool { return c.in.M.Width(small.Font, small.Size, string(r[:i+1])) > inner })
			e := fitErr(at, what, "%s of %s at %.1f pt (%d characters; %d fit on a line)", word, inches(inner), small.Size, n, on)
			e.Hint = "use a shorter word, or break this one with a hyphen (-) where it may be split"
			e.Breakable = true
			return nil, st, e
		}
	}
	e := fitErr(at, what, "does not fit two lines of %s at %.1f pt over the number (%d characters; %d fit)", inches(inner), small.Size, chars, most)
	e.Hint, e.Fits = cutAdvice("it", most, start, next, chars), most
	e.Breakable = true
	if chars <= fit { // short enough, but a long word takes a line of its own: shortening elsewhere would not do
		long := slices.MaxFunc(strings.Fields(at.Text), func(a, b string) int { return utf8.RuneCountInString(word(a)) - utf8.RuneCountInString(word(b)) })
		e.Msg = fmt.Sprintf("does not fit two lines of %s at %.1f pt over the number: its word %q takes a line of its own", inches(inner), small.Size, word(long))
		e.Hint = "put a soft hyphen where the word may break, written " + softHyphenAs(at.File) + softHyphenAt(at.File, c.in.Lang.Code, word(long)) + ": it prints as a hyphen only at a line's end; or use a shorter word"
		e.Fits = 0
	}
	return nil, st, e
}

// band fills the card's width, and what runs past its sides (past), from y0 to y1 in the band
// colour, with an ink keyline at ky.
func (c card) band(cv *canvas, x, y0, y1, ky float64) {
	e := c.past()
	cv.add(Rect{X: x - e.left, Y: y0, W: c.w + e.left + e.right, H: y1 - y0, Fill: c.th.Primary})
	cv.add(Rule{X1: x - e.left, Y1: ky, X2: x + c.w + e.right, Y2: ky, Width: keylineWidth * c.scale(), Color: c.th.Ink})
}

// Card backs' type, at every card size: body and address are never scaled below these.
const (
	cardBackBody = 9
	cardBackURL  = 7.5
	cardBackGap  = 6 // between the last line and the address under them
)

// back: a heading and a few lines for the same reader as the front (what happens when you
// call; the adult's card: warning signs), the QR code in the top right corner, its address
// under it and under the lines, and what the line offers at the foot. A card without a code
// (the discreet one without its own address) gives the lines the card's width.
func (c card) back(bleed bool) (func(cv *canvas, x, y float64), error) {
	return c.backAt(bleed, c.codeSize())
}

// cardCode is the card's code without its quiet zone, the least it shrinks to and the most it
// grows to (see codeSize).
const cardCode, cardCodeLeast, cardCodeMost = 0.8 * Inch, 0.75 * Inch, 1.2 * Inch

// CodeClear is how far a card's text keeps from the white square of its code's quiet zone,
// beside it and under it: on the print-shop card's coloured back the square shows, and a
// line that ends at its edge reads as cut off by it.
const CodeClear = Inch / 16

// SafeModule is the module a card's code is grown to where its back has room, and under which
// a build warns of a card's or a handout's code: each is read at arm's length, off a home printer's ink, and a code of 0.55
// mm modules already failed zbarimg on a 100 dpi scan of the sheet.
const SafeModule = 0.6 * MM

// codeSize is how wide the back prints its code: 0.8 in, or, for an address long enough to
// make its modules narrower than SafeModule there, the widest the back has room for; 0.75 in
// where only that leaves the lines beside it room (else the error is the one at 0.8 in).
func (c card) codeSize() float64 {
	n, err := qr.Len(c.url)
	if c.url == "" || err != nil {
		return cardCode
	}
	size := cardCode
	for size/float64(n) < SafeModule && size+0.05*Inch <= cardCodeMost+1e-9 {
		var fe *FitError
		if _, err := c.backAt(false, size+0.05*Inch); err != nil && !(errors.As(err, &fe) && fe.Dense) {
			break // the lines beside it no longer fit; a code still too dense grows on
		}
		size += 0.05 * Inch
	}
	if size == cardCode {
		if _, err := c.backAt(false, cardCode); err != nil {
			if _, err := c.backAt(false, cardCodeLeast); err == nil {
				return cardCodeLeast
			}
		}
	}
	return size
}

// codeNote is what a sheet says of a card code whose modules print under SafeModule, or "".
func (c card) codeNote() string {
	n, err := qr.Len(c.url)
	if c.url == "" || err != nil {
		return ""
	}
	setting, base := c.in.addressSetting(), c.in.Settings.ResourceURL
	if c.discreet {
		setting, base = "cards: discreet_url", c.in.Settings.Cards.DiscreetURL
	}
	return smallModules("card", n, c.url, base, c.codeSize(), setting)
}

// addressSetting names where the address the QR codes open was given: resource_url, or --url.
func (in Input) addressSetting() string {
	if in.Address.File == "--url" {
		return "--url"
	}
	return "resource_url"
}

// smallModules is what an output (what: "card") says of its QR code for url (base and its
// tracking), n modules across in size, whose modules print under SafeModule, the setting
// that gives base named; "" when they print wider.
func smallModules(what string, n int, url, base string, size float64, setting string) string {
	module := size / float64(n)
	if module >= SafeModule-1e-9 {
		return ""
	}
	shorter := ""
	if len(url) > len(base) {
		shorter = fmt.Sprintf(", or drop the campaign (campaign: in settings.yaml, or --campaign), whose tracking adds %d characters", len(url)-len(base))
	}
	// its width cut to two places, as under SafeModule: 0.5996 mm is not "0.60, under 0.6"
	return fmt.Sprintf("the %s's QR code for a %d-character link prints its modules %.2f mm wide in %.2f in, under the %.1f mm a phone reads reliably off a printed %s: before printing many, point %s at a shorter address (a short page of your own that leads there)%s",
		what, len(url), math.Floor(module/MM*100)/100, size/Inch, SafeModule/MM, what, setting, shorter)
}

// backAt is the back with its code size wide.
func (c card) backAt(bleed bool, codeSize float64) (func(cv *canvas, x, y float64), error) {
	wd := c.words
	what := "card back"
	if c.discreet {
		what = "discreet card back"
	}
	s := cardSafe
	var qc code
	size, edge, room := 0.0, s, 0.0 // the code's modules, from the card's edge to them, and beside them
	if c.url != "" {
		var err error
		if qc, err = c.in.code(c.url, codeSize, what); err != nil { // at least 0.75 in without the quiet zone
			return nil, err
		}
		// the white square of the quiet zone stays inside the safe margin too: a cut off by that
		// much would shave it, or leave a sliver of it on a print-shop card's coloured back
		size, edge = qc.box-2*qc.quiet, s+qc.quiet
		room = size + qc.quiet + CodeClear
	}
	more := c.scriptLeading()
	ttl := textStyle(Bold, c.pt(10.5), 12.5/10.5+more, c.accent())
	body := textStyle(Regular, c.in.pt(cardBackBody), 10.8/cardBackBody+more, c.th.Ink)
	urlSt := textStyle(Bold, cardBackURL, 9.0/cardBackURL, c.th.Ink)
	noteSt := textStyle(Bold, c.pt(8.5), 10.5/8.5+more, c.th.Ink)
	leftW := c.w - s - edge - room
	var err error
	ind := 0.0
	if wd.bullets {
		ind = c.in.M.Width(Regular, body.Size, bullet+" ")
	}
	var f faults // every text that does not fit is named, not only the first
	var titleLines []string
	if wd.title.Text != "" {
		titleLines, err = fitLines(c.in.M, ttl, wd.title, leftW, 2, what)
		f.note(err)
	}
	type ln struct {
		s     string
		first bool
		item  []string // the lines of the line's item, as a paragraph
		k     int      // which of them it is
	}
	var lines []ln
	longest, most := -1, 0               // the line that takes the most room, named when the lines need more
	counts := make([]int, len(wd.lines)) // how many lines each takes
	for i, l := range wd.lines {
		ls, err := wrapEven(c.in.M, body, l, leftW-ind, what)
		f.note(err)
		counts[i] = len(ls)
		for k, x := range ls {
			lines = append(lines, ln{x, k == 0, ls, k})
		}
		if len(ls) > most {
			longest, most = i, len(ls)
		}
	}
	noteLines := []string{wd.note.Text}
	if err := c.fitBesideCode(noteSt, wd.note, c.w-2*s, what); err != nil {
		// a note too long for a line takes two, the last beside the placement code, where the
		// back has room for them (checked below with the rest)
		ls, werr := wrapEven(c.in.M, noteSt, wd.note, c.w-2*s, what)
		if werr == nil && len(ls) == 2 && fitOne(c.in.M, noteSt, diag.Located{Text: printed(ls[1])}, c.w-2*s-c.codeRoom(), what) == nil {
			noteLines = ls
		} else {
			f.note(err)
		}
	}
	var urlLines []string // a long address breaks after a '/'
	if wd.address.Text != "" {
		urlLines, err = addressLines(c.in.M, urlSt, wd.address, c.w-s-edge, 2, true, what)
		f.note(err)
	}
	itemGap := c.sp(2)
	leftH := float64(len(titleLines))*ttl.Leading + float64(len(lines))*body.Leading + float64(len(wd.lines)-1)*itemGap
	if len(titleLines) > 0 {
		leftH += c.sp(2)
	}
	codeBottom := 0.0
	if c.url != "" {
		codeBottom = edge + size + qc.quiet + CodeClear
	}
	urlTop := max(s+leftH+cardBackGap, codeBottom)
	urlH := float64(len(urlLines)) * urlSt.Leading
	noteTop := c.h - s - float64(len(noteLines))*noteSt.Leading
	if urlTop+urlH > noteTop+0.01 {
		at, msg := wd.title, "and the lines under it need %s of height; %s fit"
		if longest >= 0 {
			at, msg = wd.lines[longest], fmt.Sprintf("takes %d lines, the most of the lines on the back: together they need %%s of height; %%s fit", most)
		}
		// unless the longest line, shortened to the length of the next, makes room, the first
		// line past the room the address and note leave is named, with how many the back holds:
		// lines added at the end, not one that was there, are the ones to look at
		second := 0
		for i, n := range counts {
			if i != longest {
				second = max(second, n)
			}
		}
		shorten := float64(most-second)*body.Leading >= urlTop+urlH-noteTop-0.01
		past := false
		room, h := noteTop-urlH-cardBackGap-s, leftH-float64(len(lines))*body.Leading-float64(len(wd.lines)-1)*itemGap
		for i, n := range counts {
			if shorten {
				break
			}
			if i > 0 {
				h += itemGap
			}
			if h += float64(n) * body.Leading; h > room+0.01 && i > 0 {
				after := ""
				if rest := len(counts) - 1 - i; rest > 0 {
					after = fmt.Sprintf(", nor the %d after it", rest)
				}
				past, at, msg = true, wd.lines[i], fmt.Sprintf("does not fit on the back%s: it holds %d of these %d lines (they need %%s of height; %%s fit)", after, i, len(counts))
				break
			}
		}
		e := fitErr(at, what, msg, inches(urlTop+urlH-s), inches(noteTop-s))
		if past {
			e.Hint = "leave lines out or shorten them: the back holds the lines before this one"
		}
		f.note(e)
	}
	if err := f.err(); err != nil {
		return nil, err
	}
	return func(cv *canvas, x, y float64) {
		if bleed {
			cv.add(Rect{X: x - c.bleed, Y: y - c.bleed, W: c.w + 2*c.bleed, H: c.h + 2*c.bleed, Fill: c.th.Panel})
		}
		cy := y + s
		if c.url == "" { // no code in the corner: the heading and lines stand in the middle of the space over the note
			cy += max(0, (noteTop-cardBackGap-s-leftH)/2)
		}
		if len(titleLines) > 0 {
			cv.within(RoleH2, "", func() {
				for i, l := range titleLines {
					cv.lineOf(titleLines, i, func() { c.text(cv, x, x+s, baseline(cy, ttl), ttl, l) })
					cy += ttl.Leading
				}
			})
			cy += c.sp(2)
		}
		// the lines are a list, each bullet its item's label; the discreet card's have none
		list := &Elem{Role: RoleL, Parent: cv.tag}
		var text *Elem
		for i, l := range lines {
			if l.first && i > 0 {
				cy += itemGap
			}
			if l.first {
				item := &Elem{Role: RoleLI, Parent: list}
				text = &Elem{Role: RoleLBody, Parent: item}
				if wd.bullets {
					cv.as(&Elem{Role: RoleLbl, Parent: item}, func() { c.text(cv, x, x+s, baseline(cy, body), body, bullet) })
				}
			}
			cv.as(text, func() { cv.lineOf(l.item, l.k, func() { c.text(cv, x, x+s+ind, baseline(cy, body), body, l.s) }) })
			cy += body.Leading
		}
		right := x + c.w - edge // the code's right edge, and the address's
		if c.url != "" {
			qc.draw(cv, c.at(x, right-size-qc.quiet, qc.box), y+edge-qc.quiet)
		}
		if len(urlLines) > 0 {
			cv.within(RoleP, "", func() {
				for i, l := range urlLines {
					w := c.in.M.Width(urlSt.Font, urlSt.Size, l)
					cv.lineOf(urlLines, i, func() { c.text(cv, x, right-w, baseline(y+urlTop+float64(i)*urlSt.Leading, urlSt), urlSt, l) })
				}
			})
		}
		cv.within(RoleP, "", func() {
			for i, l := range noteLines {
				cv.lineOf(noteLines, i, func() { c.text(cv, x, x+s, baseline(y+noteTop+float64(i)*noteSt.Leading, noteSt), noteSt, l) })
			}
		})
	}, nil
}

// guideLen is the length of a cut mark in the margin.
const guideLen = 0.18 * Inch

// cutGuides marks the card edges in the margins, where a guillotine or a ruler lines up, and
// nowhere on the cards themselves.
func cutGuides(cv *canvas, sh Sheet, x0, y0 float64, th Theme) {
	const l = guideLen
	gray := th.Ink
	const in = 2 + sheetBleed // the colour's edge, and a gap
	for col := 0; col <= sh.Cols; col++ {
		x := x0 + float64(col)*sh.CardW
		cv.add(Rule{X1: x, Y1: y0 - l - 2, X2: x, Y2: y0 - 2 - sh.topPast(), Width: 0.3, Color: gray})
		yb := y0 + float64(sh.Rows)*sh.CardH
		cv.add(Rule{X1: x, Y1: yb + in, X2: x, Y2: yb + l + 2, Width: 0.3, Color: gray})
	}
	for r := 0; r <= sh.Rows; r++ {
		y := y0 + float64(r)*sh.CardH
		cv.add(Rule{X1: x0 - l - 2, Y1: y, X2: x0 - in, Y2: y, Width: 0.3, Color: gray})
		xr := x0 + float64(sh.Cols)*sh.CardW
		cv.add(Rule{X1: xr + in, Y1: y, X2: xr + l + 2, Y2: y, Width: 0.3, Color: gray})
	}
}

// cropMarks are the print shop's trim marks: at each corner, outside the bleed.
func cropMarks(cv *canvas, x, y, w, h, bleed float64, th Theme) {
	l := 0.2 * Inch
	for _, cx := range []float64{x, x + w} {
		for _, cy := range []float64{y, y + h} {
			dx := -1.0
			if cx > x {
				dx = 1
			}
			dy := -1.0
			if cy > y {
				dy = 1
			}
			cv.add(Rule{X1: cx + dx*bleed, Y1: cy, X2: cx + dx*(bleed+l), Y2: cy, Width: 0.25, Color: th.Ink})
			cv.add(Rule{X1: cx, Y1: cy + dy*bleed, X2: cx, Y2: cy + dy*(bleed+l), Width: 0.25, Color: th.Ink})
		}
	}
}
