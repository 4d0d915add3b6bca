// Package html renders the resource page that haven's QR codes open: one self-contained HTML
// file per language (inline CSS, script and fonts, nothing fetched from anywhere), built with
// html/template so whatever the content holds prints as text.
package html

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
	"haven/internal/phone"
	"haven/internal/typeface"
)

// DefaultExitURL is where the quick exit goes unless the organisation sets another: an
// everyday site that gives nothing away in a browser's history.
const DefaultExitURL = "https://weather.com/"

// DefaultPrivacyURL explains private browsing and other technology safety, for survivors (the
// Safety Net project of the National Network to End Domestic Violence).
const DefaultPrivacyURL = content.PrivacyURL // content refuses a quick exit to it

// Options are the site's settings beyond the content.
type Options struct {
	// Discreet gives the pages a neutral <title> (the path never holds a revealing word).
	Discreet bool
	// ExitURL is the quick exit's neutral page; DefaultExitURL when empty.
	ExitURL string
	// PrivacyURL is the safety note's link on browsing privately; DefaultPrivacyURL when empty.
	PrivacyURL string
	// DisplayURL is the page's own address as people type it, shown in the footer; none when
	// empty.
	DisplayURL string
}

// Download is a PDF of the page's language, copied into the site folder beside index.html.
type Download struct {
	File  string // file name in the site folder, e.g. handout-en-letter.pdf
	Label string // what it is, e.g. "FAQ handout, US Letter"
	Size  int64  // bytes
	Lang  string // the language Label is in, when not the page's (the kit's English names)
}

// Words are the download's label in its language, for wl.
func (d Download) Words() content.SiteWord { return content.SiteWord{Text: d.Label, Lang: d.Lang} }

// Page is everything one language's page shows, in the order it shows it.
type Page struct {
	Lang     string // the language code, for lang and hreflang
	Dir      string // the text's direction, ltr or rtl
	Digits   string // the CSS list style of the digits the edition writes, when not ASCII's: its lists and contents are numbered in them
	zero     rune   // the edition's digit zero, for the marks of a list that writes its own, as the PDFs print them
	Stacked  bool   // the edition is written in a script whose marks stack above and below its letters (see stacked)
	Vertical bool   // the edition is written in Mongolian script, in columns (see vertical)
	Path     string // where the page sits in the site folder: "en/index.html" or "index.html"
	Title    string // the <title>: neutral when discreet
	Discreet bool
	// other are the texts the edition prints in another language, by its code
	// (content.Language.Other): their elements say so (dirOf)
	other map[string]string
	// scripts are the scripts the page's language is written in (content.Scripts), as tables: a
	// run of letters in another is marked with its language (otherRuns)
	scripts []*unicode.RangeTable
	// own finds the organisation's own numbers a text writes in another form (layout.OwnLinks)
	own func(string) [][2]string
	// others finds the numbers of other services a paragraph asks to dial (layout.OtherNumbers)
	others func(string) []content.Link

	Heading      string // the h1: the FAQ's title
	Intro        []Block
	Questions    []Question
	ClosingTitle string
	Closing      []Block

	Help         Help
	Organisation Organisation
	Downloads    []Download
	Languages    []Alternate // every language's page, this one included
	Exit         Exit
	Words        Words
	Palette      Palette
	DisplayURL   string

	// Links are the numbers and addresses linked wherever they appear in the text.
	Links []Autolink
	// LTR are words set left to right wherever they appear, as numbers are: the keyword and
	// the page's addresses.
	LTR []string
	// Country is how the page reads a number written without +, as settings.yaml says.
	Country string
}

// Question is one question with its answer.
type Question struct {
	ID       string // the fragment the contents link to: q1, q2, ...
	Question string
	Answer   []Block
}

// Block is a paragraph, or a list (List set): the FAQ's lists are lists on the page, so a
// screen reader says so and counts their items.
type Block struct {
	Para
	List *List
}

// List is a bulleted or numbered list, or one whose items write their own marks (a. b.; 1- 2-),
// which they show in their text as the PDFs print them; an item may hold a list of its own.
type List struct {
	Ordered bool
	Own     bool
	Start   *int // the first item's number, for an ordered list that does not start at 1 (0 too)
	Items   []Item
}

// Item is one item of a list, and the lists inside it (a bulleted one, then a numbered one,
// are two).
type Item struct {
	Para
	Subs []*List
}

// Para is a paragraph as runs of text, some of them links.
type Para []Span

// Plain is the paragraph's text.
func (p Para) Plain() string {
	var b strings.Builder
	for _, s := range p {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Span is a run of text, a link when URL is set, in bold or italic (strong or em) where the
// FAQ says so.
type Span struct {
	Text string
	URL  string
	content.Emphasis
	// Placed: its link is the one placed where it stands (layout.Found), which may open another
	// address than its words open elsewhere
	Placed bool
	// Joined: a link whose number reads with the left-to-right word before it, on a
	// right-to-left page (joinNumbers)
	Joined bool
	// After is what a printed page shows after the link, as paper does: its number or
	// address in brackets, " (site.org/help)" (content.Link.After); on its last span only
	After string
}

// Autolink makes every whole occurrence of Match in the text a link to URL.
type Autolink struct {
	Match, URL string
	At         int    // where in the text the link stands; -1: wherever Match does
	After      string // what paper prints after it, its number or address (content.Link.After)
}

func (l Autolink) found() layout.Found {
	return layout.Found{Match: l.Match, URL: l.URL, Placed: l.At >= 0}
}

// Help is the hotline box. Call leads; Emergency closes it.
type Help struct {
	Title     string
	Call      *Line // nil for a line that takes only texts
	Text      *Line // nil for a line without a text service
	TTY       *Line // nil when the hotline has none
	Chat      *Line // nil when the hotline has none
	Emergency Line
	Note      string
}

// Line is one way of reaching help: a label, and the text of its link.
type Line struct {
	Label string
	Text  string // e.g. "Call 1-888-373-7888", all of it the link
	URL   string // tel:, sms: or https:; empty when the text shows no one number to link it to
	// Links are the numbers linked each, in a line that is not one link.
	Links []Autolink
}

// Lines lists the box's lines in the order they show.
func (h Help) Lines() []Line {
	var out []Line
	for _, l := range []*Line{h.Call, h.Text, h.TTY, h.Chat} {
		if l != nil {
			out = append(out, *l)
		}
	}
	return append(out, h.Emergency)
}

// Organisation is who made the page.
type Organisation struct {
	Name, Contact string
}

// Alternate is a language's page, for the hreflang links and the language switch.
type Alternate struct {
	Lang     string
	Name     string // the language's own name, e.g. Español
	Href     string // relative to the page
	Current  bool
	Vertical bool // its name is in Mongolian script, set in columns (vertical)
}

// Exit is the quick exit.
type Exit struct {
	URL        string
	PrivacyURL string
}

// Palette is the page's colours, from settings.yaml, whose contrast content has checked.
type Palette struct {
	Primary, Accent, Ink, Panel string // #RRGGBB
}

// listDigits are the CSS list styles of the digits an edition may write (content.Language.Digits):
// those of the scripts haven prints.
var listDigits = map[rune]string{'۰': "persian", '٠': "arabic-indic"}

// PagePath is where a language's page sits in the site folder.
func PagePath(lang string) string { return lang + "/index.html" }

// IndexPath is the site's front page: the default language's page again.
const IndexPath = "index.html"

// NewPage builds the page of one language at PagePath(lang).
func NewPage(c *content.Content, lang string, downloads []Download, opt Options) (*Page, error) {
	var l *content.Language
	for i := range c.Languages {
		if c.Languages[i].Code == lang {
			l = &c.Languages[i]
		}
	}
	if l == nil {
		return nil, fmt.Errorf("no language %q in the content", lang)
	}
	s := c.Settings.In(l) // the language's own keyword, and the organisation as it writes it
	h := s.Hotline
	words := WordsFor(l)
	p := &Page{
		Lang:         lang,
		other:        l.Other,
		Dir:          direction(l),
		Digits:       listDigits[l.Digits()],
		zero:         l.Digits(),
		Stacked:      stacked(l.FAQ.Title.Text),
		Vertical:     vertical(l.FAQ.Title.Text),
		Country:      s.Country,
		Title:        l.FAQ.Title.Text + " – " + s.Organisation.Name.Text,
		Discreet:     opt.Discreet,
		Heading:      l.FAQ.Title.Text,
		ClosingTitle: l.FAQ.ClosingTitle.Text,
		Organisation: Organisation{s.Organisation.Name.Text, s.Organisation.Contact.Text},
		Downloads:    downloads,
		Exit:         Exit{or(opt.ExitURL, DefaultExitURL), or(opt.PrivacyURL, DefaultPrivacyURL)},
		Words:        words,
		DisplayURL:   opt.DisplayURL,
		Palette:      Palette{s.Colours.Primary, s.Colours.Accent, s.Colours.Ink, s.Colours.Panel},
	}
	for _, name := range content.Scripts(lang, l.FAQ.Title.Text) {
		if t := unicode.Scripts[strings.ReplaceAll(name, " ", "_")]; t != nil {
			p.scripts = append(p.scripts, t)
		}
	}
	for _, l := range layout.HotlineLinks(s) {
		p.Links = append(p.Links, Autolink{Match: l[0], URL: p.opens(l[1]), At: -1})
	}
	p.own, p.others = layout.OwnLinks(s), layout.OtherNumbers(s)
	for _, w := range []string{h.Keyword.Text, content.PrintedURL(s.ResourceURL), opt.DisplayURL, content.PrintedURL(s.Organisation.Website)} {
		if w != "" {
			p.LTR = append(p.LTR, w)
		}
	}
	if opt.Discreet {
		p.Title = words.NeutralTitle.Text
	}
	t := l.Text.Help
	tel := func(number string) string { return layout.PhoneURL(number, s.Country) }
	sms := func(number string) string { return layout.SMSURL(number, h.Keyword.Text, s.Country) }
	p.Help = Help{
		Title:     t.Title.Text,
		Emergency: p.line(t.DangerLabel, t.Danger, h.Emergency.Text, tel),
		Note:      t.Note.Text,
	}
	// the lines the content gives: none for a line without calls, texts, TTY or chat
	if t.Call.Text != "" {
		l := p.line(t.CallLabel, t.Call, h.Call.Text, tel)
		p.Help.Call = &l
	}
	if t.Text.Text != "" {
		l := p.line(t.TextLabel, t.Text, h.Text.Text, sms)
		p.Help.Text = &l
	}
	if t.TTY.Text != "" {
		l := p.line(t.TTYLabel, t.TTY, h.TTY.Text, tel)
		p.Help.TTY = &l
	}
	if t.Chat.Text != "" {
		p.Help.Chat = &Line{Label: t.ChatLabel.Text, Text: t.Chat.Text, URL: p.opens(h.Chat.Text)}
	}
	p.Intro = p.blocks(l.FAQ.Intro)
	for i, q := range l.FAQ.Questions {
		p.Questions = append(p.Questions, Question{fmt.Sprintf("q%d", i+1), q.Question.Text, p.blocks(q.Answer)})
	}
	p.Closing = p.blocks(l.FAQ.Closing)
	for _, o := range c.Languages {
		p.Languages = append(p.Languages, Alternate{Lang: o.Code, Name: o.Text.Language.Text, Current: o.Code == lang, Vertical: vertical(o.Text.Language.Text)})
	}
	p.Place(PagePath(lang))
	return p, p.check()
}

// line is a line of the hotline box that shows number, linked to what its text shows: to
// the number (as link makes its address) when the text shows it, else to the one number the
// text shows in its place ("TTY users: dial 711" dials 711, not the TTY number). A text that
// shows no number, or several, is not one link: each number in it is linked on its own. Each
// opens as the words before it ask (layout.TextLink, which Linked applies to the several), as
// in the PDFs: "Text HELP to 233733" sends HELP.
func (p *Page) line(label, text diag.Located, number string, link func(string) string) Line {
	shown := p.Dials(text.Text)
	opens := func(n, dialled string) string { // n as the text shows it, in any digits
		before, after := text.Text, ""
		if at := layout.TokenIndex(before, 0, n); at >= 0 {
			before, after = before[:at], before[at+len(n):]
		}
		return layout.TextLink(link(dialled), before, n, after, p.Country)
	}
	at := layout.TokenIndex(text.Text, 0, number) // where the text shows its own number
	switch {
	case len(shown) != 1:
		// each the organisation's number opens as its own link does (the number to text, a
		// text with its keyword), as in the PDFs; any other as the line's does
		own := p.own(text.Text)
		l := Line{Label: label.Text, Text: text.Text}
		for _, d := range shown {
			u := link(d.Number)
			if k := slices.IndexFunc(own, func(o [2]string) bool { return phone.Digits(o[0]) == phone.Digits(d.Shown) }); k >= 0 {
				u = own[k][1]
			}
			l.Links = append(l.Links, Autolink{Match: d.Shown, URL: u, At: -1})
		}
		return l
	case at >= 0: // its own number, as its service takes it
		dialled := number
		if ext := content.ExtAfter(text.Text[at+len(number):]); ext != "" {
			dialled += " ext. " + ext // "Call {call}, ext. 2": the extension the text writes after it, as in the PDFs
		}
		return Line{Label: label.Text, Text: text.Text, URL: opens(number, dialled)}
	}
	return Line{Label: label.Text, Text: text.Text, URL: opens(shown[0].Shown, shown[0].Number)}
}

// Dial is a number a text shows, as it shows it, and what a phone dials or texts for it.
type Dial struct{ Shown, Number string }

// Dials are the numbers s shows that a phone can dial or text, once each by what they dial:
// the page's own numbers, and any other the phone numbering of the page's country knows
// (711, another line).
func (p *Page) Dials(s string) []Dial {
	var out []Dial
	add := func(shown, number string) {
		if !slices.ContainsFunc(out, func(d Dial) bool { return d.Number == number }) {
			out = append(out, Dial{shown, number})
		}
	}
	for _, sp := range p.Linkable(s) {
		if sp.URL != "" && !strings.HasPrefix(sp.URL, "https:") {
			add(sp.Text, p.Dialled(sp.URL))
		}
	}
	spans := layout.Numbers(s)
	for i, at := range spans {
		if n, err := phone.ParseTTY(s[at[0]:at[1]], p.Country); err == nil {
			if ext := content.ExtAfter(s[at[1]:]); ext != "" { // shown with it: a call dials it too
				n.Dial += "," + ext
			}
			add(s[at[0]:at[1]], n.Dial)
		}
		// a number and the digits a spaced dash sets after it, as Austria writes a direct line
		// ("0316 77 44 33 - 12"): one number where the country dials them as one, as the
		// FAQ's links read them
		if i+1 == len(spans) {
			continue
		}
		if gap := strings.TrimSpace(s[at[1]:spans[i+1][0]]); gap == "-" || gap == "\u2013" {
			if n, err := phone.ParseTTY(phone.Digits(s[at[0]:spans[i+1][1]]), p.Country); err == nil {
				add(s[at[0]:spans[i+1][1]], n.Dial)
			}
		}
	}
	return out
}

// Dialled is what a tel: or sms: address calls or texts, its message aside, as the page's
// country dials it: tel:18883737888 and tel:+18883737888 call the same line, and
// tel:+12166234200,2 the same with the extension 2 after a pause.
func (p *Page) Dialled(u string) string {
	_, number, _ := strings.Cut(u, ":")
	number, _, _ = strings.Cut(number, "?")
	if n, err := url.PathUnescape(number); err == nil {
		number = n
	}
	number, ext, pause := strings.Cut(number, ",")
	if n, err := phone.ParseTTY(number, p.Country); err == nil {
		number = n.Dial
	}
	if pause {
		return number + "," + ext
	}
	return number
}

// Linkable is a text of the page outside any link as the page sets it, and as a reader reads
// it back: each of the page's numbers and addresses in it a link to its address. The page
// builds every such text by it, and the read-back holds the page to it, so the two agree.
func (p *Page) Linkable(s string) Para {
	return p.joinNumbers(Linked(s, p.Country, p.withOwn(s, p.Links)))
}

// withOwn is links and, after them, the organisation's own numbers s writes in another form
// than settings.yaml's (layout.OwnLinks), linked as the PDFs link them.
func (p *Page) withOwn(s string, links []Autolink) []Autolink {
	if p.own == nil {
		return links
	}
	for _, f := range p.own(s) {
		links = append(links[:len(links):len(links)], Autolink{Match: f[0], URL: f[1], At: -1})
	}
	return links
}

// direction is a language's: right to left for a language written so, or whose FAQ title
// begins in a right-to-left script (as the PDFs set it).
func direction(l *content.Language) string {
	if rtlLanguages[strings.ToLower(strings.SplitN(l.Code, "-", 2)[0])] || layout.RTL(l.FAQ.Title.Text) {
		return "rtl"
	}
	return "ltr"
}

// stacked reports whether title is written in a script whose vowel signs and tone marks stack
// above and below its letters, as the Indic scripts haven shapes (typeface.Shaped) and most of
// those it cannot (Burmese, Khmer, Thai, Tibetan: content.UnshapedScript) do: half its letters
// or more. Its headings take more line height, or the marks under one line touch those over
// the next.
func stacked(title string) bool {
	letters, tall := 0, 0
	for _, r := range title {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			letters++
			if content.UnshapedScript(r) != "" || typeface.Shaped(r) {
				tall++
			}
		}
	}
	return letters > 0 && 2*tall >= letters
}

// vertical reports whether title is written in Mongolian script, half its letters or more:
// the script is written in columns, top to bottom, and a browser sets it lying on its side in
// a horizontal line.
func vertical(title string) bool {
	letters, mongolian := 0, 0
	for _, r := range title {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Mongolian, r) {
				mongolian++
			}
		}
	}
	return letters > 0 && 2*mongolian >= letters
}

// BodyClass is the page's body's classes: its list digits' and its script's.
func (p *Page) BodyClass() string {
	var cs []string
	if p.Digits != "" {
		cs = append(cs, "digits-"+p.Digits)
	}
	if p.Stacked {
		cs = append(cs, "stacked")
	}
	if p.Vertical {
		cs = append(cs, "vertical")
	}
	return strings.Join(cs, " ")
}

// rtlLanguages are the languages written right to left, by their ISO 639 code.
var rtlLanguages = map[string]bool{"ar": true, "arc": true, "ckb": true, "dv": true, "fa": true, "he": true,
	"ks": true, "ps": true, "sd": true, "syr": true, "ug": true, "ur": true, "yi": true}

// Place puts the page at path in the site folder (PagePath or IndexPath), making its links to
// the other pages and the downloads relative to it.
func (p *Page) Place(path string) {
	p.Path = path
	for i := range p.Languages {
		p.Languages[i].Href = p.Root() + PagePath(p.Languages[i].Lang)
	}
}

// Root is the way from the page up to the site folder, where the downloads are.
func (p *Page) Root() string { return strings.Repeat("../", strings.Count(p.Path, "/")) }

// check refuses a page whose links could open anything but a call, a text or a secure site.
func (p *Page) check() error {
	var urls []string
	for _, l := range p.Help.Lines() {
		if l.URL != "" {
			urls = append(urls, l.URL)
		}
	}
	for _, a := range p.Links {
		urls = append(urls, a.URL)
	}
	for _, l := range p.Help.Lines() {
		for _, a := range l.Links {
			urls = append(urls, a.URL)
		}
	}
	urls = append(urls, p.Exit.URL, p.Exit.PrivacyURL)
	for _, u := range urls {
		if !outbound(u) {
			return fmt.Errorf("the page would link to %q; only tel:, sms:, https: and mailto: links are allowed", u)
		}
	}
	// the colours go into the style sheet as they are written
	for _, c := range []string{p.Palette.Primary, p.Palette.Accent, p.Palette.Ink, p.Palette.Panel} {
		if _, err := colour.Parse(c); err != nil {
			return err
		}
	}
	for _, d := range p.Downloads {
		if d.File == "" || strings.ContainsAny(d.File, "/\\:?#%") || strings.HasPrefix(d.File, ".") {
			return fmt.Errorf("download %q must be a plain file name in the site folder", d.File)
		}
	}
	return nil
}

// outbound reports whether a link leaving the page is one the page may hold: a call, a text
// message, a secure web address, or an email to one address.
func outbound(s string) bool {
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "tel", "sms":
		return u.Opaque != "" && !strings.ContainsAny(s, " <>\"'")
	case "https":
		return u.Host != "" && u.User == nil
	case "mailto": // one plain address, as the FAQ's links are checked to be
		return u.RawQuery == "" && strings.Count(u.Opaque, "@") == 1 && !strings.ContainsAny(u.Opaque, " ,;<>\"'")
	}
	return false
}

// blocks splits each paragraph into runs, linking the page's numbers wherever they appear,
// and gathers list items into lists: a list item's paragraph follows its mark's level.
func (p *Page) blocks(texts []content.Para) []Block {
	var out []Block
	var top, sub *List // the list being gathered, and the list inside its last item
	for _, t := range texts {
		para := p.para(t)
		switch {
		case t.Level == 0:
			top, sub = nil, nil
			out = append(out, Block{Para: para})
		case t.Level == 1 || top == nil:
			if top == nil || t.ListStart || !top.takes(t.Mark) {
				top = newList(t.Mark)
				out = append(out, Block{List: top})
			}
			top.Items, sub = append(top.Items, top.item(p.mark(t.Mark), para)), nil
		default: // an item of a list inside the last item
			last := &top.Items[len(top.Items)-1]
			if sub == nil || t.ListStart || !sub.takes(t.Mark) {
				if n := len(last.Subs); n > 0 && !t.ListStart && last.Subs[n-1].takes(t.Mark) {
					sub = last.Subs[n-1] // the item's list goes on after a paragraph of the item
				} else {
					sub = newList(t.Mark)
					last.Subs = append(last.Subs, sub)
				}
			}
			sub.Items = append(sub.Items, sub.item(p.mark(t.Mark), para))
		}
	}
	return out
}

// Paragraphs are the page's paragraphs and list items in order: the introduction, the answers
// and the closing.
func (p *Page) Paragraphs() []Para {
	out := paragraphs(p.Intro)
	for _, q := range p.Questions {
		out = append(out, paragraphs(q.Answer)...)
	}
	return append(out, paragraphs(p.Closing)...)
}

// Texts are the page's texts outside its paragraphs that it sets by Linkable, each number in
// them a link: the hotline box's note and labels, its own words and the footer. Not its
// headings (the title, the questions, the hotline box's and the closing title), which hold no
// link: a link inside a heading makes it a link to a screen reader, and in the list of headings
// it reads out; a number a heading names is linked where the hotline box and the answers show it.
func (p *Page) Texts() []string {
	out := []string{p.Help.Note, p.Organisation.Name, p.Organisation.Contact, p.DisplayURL}
	for _, l := range p.Help.Lines() {
		out = append(out, l.Label)
	}
	for _, w := range p.Words.All() {
		out = append(out, w.Text)
	}
	return out
}

// paragraphs are the paragraphs of bs, those of list items included, in order.
func paragraphs(bs []Block) []Para {
	var out []Para
	var items func(l *List)
	items = func(l *List) {
		for _, it := range l.Items {
			out = append(out, it.Para)
			for _, sub := range it.Subs {
				items(sub)
			}
		}
	}
	for _, b := range bs {
		if b.List != nil {
			items(b.List)
		} else {
			out = append(out, b.Para)
		}
	}
	return out
}

// ordered is whether mark numbers a Markdown list "2.", as a browser numbers an <ol>. A list
// numbered "2)" shows its marks as the PDFs print them, as a list of marks of its own (own).
func ordered(mark string) bool {
	n := strings.TrimSuffix(mark, ".")
	return n != "" && len(n) == len(mark)-1 && strings.Trim(n, "0123456789") == ""
}

// own is whether mark is an item's own (content.ownMarks): neither a bullet nor a number.
func own(mark string) bool {
	return mark != "" && mark != content.ListBullet && mark != content.ListDash && !ordered(mark)
}

// takes is whether an item marked mark goes on in l, rather than beginning a list of its own.
// A mark "" is an item's paragraph after its first.
func (l *List) takes(mark string) bool {
	return l.Ordered == ordered(mark) && (mark == "" || l.Own == own(mark))
}

// item is an item of l marked mark: an item with a mark of its own shows it in its text.
func (l *List) item(mark string, para Para) Item {
	if l.Own && mark != "" {
		para = append(Para{{Text: mark + "\u00a0"}}, para...)
	}
	return Item{Para: para}
}

// mark is a list item's mark in the edition's digits, as the PDFs print it ("۲)" in Persian).
func (p *Page) mark(m string) string { return content.InDigits(m, cmp.Or(p.zero, '0')) }

// opens is what a link to u opens: on a discreet page, as in the PDFs it links (content.Opened).
func (p *Page) opens(u string) string { return content.Opened(u, p.Discreet) }

// newList starts a list with the item marked mark.
func newList(mark string) *List {
	l := &List{Ordered: ordered(mark), Own: own(mark)}
	if n, err := strconv.Atoi(strings.TrimSuffix(mark, ".")); l.Ordered && err == nil && n != 1 {
		l.Start = &n
	}
	return l
}

// para is one paragraph as runs, its numbers, addresses and own links linked.
func (p *Page) para(t content.Para) Para {
	links := p.Links
	for _, l := range t.Links { // the paragraph's own links, where they open a call, a text or a page
		if outbound(l.URL) {
			at := -1 // where it stands in the text as linked below
			if l.Placed && l.At >= 0 && l.At <= len(t.Text) {
				at = len(content.Unmark(t.Text[:l.At]))
			}
			after := l.After
			if after != "" && HasRTL(t.Text) { // its number or address reads left to right in a right-to-left line, as the page's own do
				after = strings.Replace(after, l.Print, "\u2066"+l.Print+"\u2069", 1)
			}
			links = append(slices.Clone(links), Autolink{Match: content.Unmark(l.Text), URL: p.opens(l.URL), At: at, After: after})
		}
	}
	// linked as the paragraph reads, marks aside, then cut where its emphasis changes: a number
	// half in bold is still the number
	runs, _ := content.Runs(t.Text, content.Emphasis{}) // a hard line break is one on the page too (isolate)
	var plain strings.Builder
	for _, r := range runs {
		plain.WriteString(r.Text)
	}
	if p.others != nil { // each where it stands, as the PDFs link it
		for _, l := range p.others(plain.String()) {
			links = append(slices.Clip(links), Autolink{Match: l.Text, URL: p.opens(l.URL), At: l.At})
		}
	}
	var para Para
	for _, sp := range Linked(plain.String(), p.Country, p.withOwn(plain.String(), links)) {
		for sp.Text != "" {
			cut := min(len(sp.Text), len(runs[0].Text))
			piece := Span{Text: sp.Text[:cut], URL: sp.URL, Emphasis: runs[0].Emphasis, Placed: sp.Placed}
			if cut == len(sp.Text) {
				piece.After = sp.After
			}
			para = append(para, piece)
			if sp.Text, runs[0].Text = sp.Text[cut:], runs[0].Text[cut:]; runs[0].Text == "" {
				runs = runs[1:]
			}
		}
	}
	return p.joinNumbers(para)
}

// joinNumbers marks, on a right-to-left page, each link whose words begin with a number right
// after a left-to-right word ("Text HELP to 233733" in Arabic): set apart (<bdi>), the number
// would read on the far side of the words, and a left-to-right mark after the link joins it
// to them, as the PDFs set it; within one text, isolate marks its runs so.
func (p *Page) joinNumbers(para Para) Para {
	if p.Dir != "rtl" || !HasRTL(para.Plain()) { // a paragraph in left-to-right words alone reads so (dirOf)
		return para
	}
	for i := 1; i < len(para); i++ {
		if ns := layout.Numbers(para[i].Text); para[i].URL != "" && len(ns) > 0 && ns[0][0] == 0 && layout.AfterLTRWord(para[i-1].Text) {
			para[i].Joined = true
		}
	}
	return para
}

// linked is s linked by Linked as the page's country reads its numbers, for the template.
func (p *Page) linked(s string, links []Autolink) Para { return Linked(s, p.Country, links) }

// Linked splits s into runs, each whole occurrence of an autolink's match a link. A match
// counts only as a whole token, so 911 inside 1-888-911-0000 stays text. A text link sends
// what the words before it say (layout.TextLink, reading an emergency number by country), as
// in the PDFs.
func Linked(s, country string, links []Autolink) Para {
	var out Para
	all := s
	for len(s) > 0 {
		at, which := -1, -1
		done := len(all) - len(s)
		for i, l := range links {
			if l.Match == "" {
				continue
			}
			j := -1
			if l.At < 0 {
				for from := 0; ; from = j + len(l.Match) {
					if j = layout.TokenIndex(s, from, l.Match); j < 0 || !layout.NotDialledAt(all, done+j, l.Match) {
						break // "911 calls last year" is no number to dial
					}
				}
			} else if l.At >= done && strings.HasPrefix(all[l.At:], l.Match) { // its own place only
				j = l.At - done
			}
			if j >= 0 && (at < 0 || j < at || j == at && layout.Outranks(links[which].found(), l.found(), all[:done+j], l.Match)) {
				at, which = j, i
			}
		}
		if at < 0 {
			out = append(out, Span{Text: s})
			break
		}
		if at > 0 {
			out = append(out, Span{Text: s[:at]})
		}
		m := links[which]
		out = append(out, Span{Text: m.Match, URL: layout.TextLink(m.URL, all[:done+at], m.Match, s[at+len(m.Match):], country), Placed: m.At >= 0, After: m.After})
		s = s[at+len(m.Match):]
	}
	return out
}

// Group is a span alone, or a link with the punctuation written right after it (Nobreak),
// which a line must not part.
type Group struct {
	Para
	Nobreak bool
}

// Groups is p with each link that punctuation follows straight away (, . ; : ) ! ? or a
// closing quote) kept with it: a number in the hotline box and an address's site are blocks of
// their own (inline-block), after which a browser breaks a line as after a word, putting the
// comma of "TTY 1-800-787-3224, or dial 711" at the start of the next line. So is the rest of
// the Korean word a link begins ("1388은"), which a browser breaks after the link's number.
func Groups(p Para) []Group {
	var out []Group
	p = slices.Clone(p) // the span after a link loses its punctuation to it
	for i := 0; i < len(p); i++ {
		sp := p[i]
		if sp.URL == "" || i+1 == len(p) || p[i+1].URL != "" {
			out = append(out, Group{Para: Para{sp}})
			continue
		}
		next := p[i+1]
		n := len(next.Text) - len(strings.TrimLeftFunc(next.Text, func(r rune) bool { return closing(r) || hangul(r) }))
		if n == 0 {
			out = append(out, Group{Para: Para{sp}})
			continue
		}
		punct, rest := next, next
		punct.Text, rest.Text = next.Text[:n], next.Text[n:]
		out = append(out, Group{Para: Para{sp, punct}, Nobreak: true})
		if p[i+1] = rest; rest.Text == "" {
			i++
		}
	}
	return out
}

// BoxGroups is Groups for a line of the hotline box: there a link that is a short number is
// also kept with the word before it ("or dial 711."), as isolate keeps such a number in a text.
func BoxGroups(p Para) []Group {
	gs := Groups(p)
	for i := 1; i < len(gs); i++ {
		link, prev := gs[i].Para[0], gs[i-1]
		if link.URL == "" || prev.Nobreak || prev.Para[0].URL != "" {
			continue
		}
		if ns := layout.Numbers(link.Text); len(ns) != 1 || ns[0][0] != 0 || ns[0][1] != len(link.Text) {
			continue // an address, or words with the number
		}
		word := wordBefore(prev.Para[0].Text, link.Text)
		if word == "" {
			continue
		}
		rest, glued := prev.Para[0], prev.Para[0]
		rest.Text, glued.Text = rest.Text[:len(rest.Text)-len(word)], word
		gs[i-1].Para = Para{rest}
		gs[i] = Group{Para: append(Para{glued}, gs[i].Para...), Nobreak: true}
	}
	return slices.DeleteFunc(gs, func(g Group) bool { return len(g.Para) == 1 && g.Para[0].Text == "" })
}

// closing reports whether r is punctuation that closes what stands before it: a comma, a full
// stop, a closing bracket or quote, in any script; not ¡ and ¿, which open a sentence.
func closing(r rune) bool {
	return unicode.In(r, unicode.Pe, unicode.Pf) || unicode.Is(unicode.Po, r) && r != '¡' && r != '¿'
}

// hangul reports whether r is a Korean letter, of a word that only a space ends.
func hangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
