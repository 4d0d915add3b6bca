package layout

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"

	"haven/internal/content"
	"haven/internal/phone"
	"haven/internal/typeface"
)

// Elem is a structure element of a tagged PDF: what the items tagged with it are to a reader
// that does not see the page (a heading, a paragraph, a figure). Elements of one document
// form a tree through Parent; a paragraph broken across pages is one element.
type Elem struct {
	Role   string // a standard structure type: H1, H2, P, Sect, L, LI, Lbl, LBody, Figure, Link
	Parent *Elem  // nil: a child of the document
	Alt    string // a figure's alternative text; a link's description (its annotation's /Contents)
	Lang   string // the language of what it holds, when not the document's (Doc.Lang)
}

// Structure roles.
const (
	RoleH1     = "H1"
	RoleH2     = "H2"
	RoleP      = "P"
	RoleSect   = "Sect"
	RoleL      = "L"
	RoleLI     = "LI"
	RoleLbl    = "Lbl"
	RoleLBody  = "LBody"
	RoleFigure = "Figure"
	RoleLink   = "Link"
	RoleSpan   = "Span" // a run of content apart from the text around it: in another language
)

// Node is an element of a document's structure tree with its children in reading order.
type Node struct {
	*Elem
	Kids []Kid
}

// ReadAs is what a screen reader reads for n's kid i, a text drawn otherwise than written (its
// Logical, the PDF's /ActualText): as written and, where another line of n's words follows it,
// the space its line's break stood for: a reader that joins the texts reads the words apart
// ("1. من", not "1.من").
func (d *Doc) ReadAs(n *Node, i int) string {
	k := n.Kids[i]
	tx, _ := d.Pages[k.Page].Items[k.Item].(Text)
	if strings.HasSuffix(tx.Logical, " ") {
		return tx.Logical
	}
	// past the link annotations drawn after it, the next of its words: a text of its own, or
	// an element's (a link's number) that starts another line ("…الخط الوطني" before the
	// number's line keeps the space its break stood for; "بـ" before its number on the same
	// line keeps none)
	for _, next := range n.Kids[i+1:] {
		if next.Node != nil {
			if first, ok := d.firstText(next.Node); ok && first.Y != tx.Y {
				return tx.Logical + " "
			}
			break
		}
		if _, link := d.Pages[next.Page].Items[next.Item].(Link); !link {
			return tx.Logical + " "
		}
	}
	return tx.Logical
}

// firstText is the first text drawn in n's content, in reading order.
func (d *Doc) firstText(n *Node) (Text, bool) {
	for _, k := range n.Kids {
		if k.Node != nil {
			if t, ok := d.firstText(k.Node); ok {
				return t, true
			}
			continue
		}
		if t, ok := d.Pages[k.Page].Items[k.Item].(Text); ok {
			return t, true
		}
	}
	return Text{}, false
}

// Kid is a child element, or a piece of content: item Item of page Page (both from 0).
type Kid struct {
	Node       *Node
	Page, Item int
}

// Structure is doc's structure tree, a Document element (its Elem has Role "Document"). The
// reading order is the drawing order: an element comes where the first item tagged with it,
// or with one of its descendants, is drawn, and its content in the order it is drawn.
func (d *Doc) Structure() *Node {
	root := &Node{Elem: &Elem{Role: "Document"}}
	nodes := map[*Elem]*Node{}
	var node func(e *Elem) *Node
	node = func(e *Elem) *Node {
		if n, ok := nodes[e]; ok {
			return n
		}
		parent := root
		if e.Parent != nil {
			parent = node(e.Parent)
		}
		n := &Node{Elem: e}
		nodes[e] = n
		parent.Kids = append(parent.Kids, Kid{Node: n})
		return n
	}
	for p, pg := range d.Pages {
		for i, e := range pg.Tags {
			if e != nil {
				n := node(e)
				n.Kids = append(n.Kids, Kid{Page: p, Item: i})
			}
		}
	}
	return root
}

// Tagged reports whether the page's item i is real content, and of which element; an item
// that is not is an artifact (page furniture: bands, rules, page numbers, repeated copies).
func (p Page) Tagged(i int) *Elem {
	if i < len(p.Tags) {
		return p.Tags[i]
	}
	return nil
}

// as draws with the items tagged as parts of e, unless they are drawn as artifacts.
func (c *canvas) as(e *Elem, draw func()) {
	if c.furniture {
		draw()
		return
	}
	saved := c.tag
	c.tag = e
	draw()
	c.tag = saved
}

// artifact draws with every item an artifact, whatever the drawing tags: the copies of a card
// after the first, a placement code.
func (c *canvas) artifact(draw func()) {
	saved, was := c.tag, c.furniture
	c.tag, c.furniture = nil, true
	draw()
	c.tag, c.furniture = saved, was
}

// within draws with the items tagged as parts of a new element of role inside the current
// one, and returns it.
func (c *canvas) within(role, alt string, draw func()) *Elem {
	e := &Elem{Role: role, Parent: c.tag, Alt: alt}
	c.as(e, draw)
	return e
}

// tagRows tags what rows draw as parts of e.
func tagRows(rows []row, e *Elem) []row {
	for i := range rows {
		draw := rows[i].draw
		rows[i].draw = func(c *canvas, top float64) { c.as(e, func() { draw(c, top) }) }
	}
	return rows
}

// codeFigure draws a QR code as a Figure whose alternative text alt says where it leads,
// inside the Link element of the link that opens the same address; both in lang, where alt is
// not in the document's language.
func codeFigure(c *canvas, alt, lang string, draw func(), link Link) {
	c.within(RoleLink, alt, func() {
		c.within(RoleFigure, alt, draw).Lang = lang
		c.add(link)
	}).Lang = lang
}

// numberMark is how a heading's number or a list item's mark, written mark ("1.", "2)"), is
// drawn at the head of a right-to-left line: as the bidirectional algorithm places it there,
// its full stop or bracket on the left of the digits (".1", "(2"), as a browser draws an
// ordered list's numbers in a right-to-left page. A mark without digits (a bullet) is drawn
// as written.
func numberMark(mark string) string {
	n := len(mark) - len(strings.TrimLeftFunc(mark, unicode.IsDigit)) // in any script's digits
	if n == 0 || n == len(mark) {
		return mark
	}
	return bidi.ReverseString(mark[n:]) + mark[:n]
}

// mark draws a heading's number or a list item's mark at x, on the baseline y: as written in
// a left-to-right line, and in a right-to-left one as numberMark places it, read as written
// (its Logical), so a screen reader says "1." where the page shows ".1".
func (c *canvas) mark(x, y float64, st Style, mark string, rightToLeft bool) {
	drawn := numberMark(mark)
	if !rightToLeft || drawn == mark {
		c.text(x, y, st, mark)
		return
	}
	c.add(Text{X: x, Y: y, S: drawn, Font: st.Font, Size: st.Size, Color: st.Color, W: c.m.Width(st.Font, st.Size, drawn), Logical: mark, Lang: PrimaryLang(c.lang)})
}

// linkAlt is a link's description, its annotation's /Contents, which a screen reader's list of
// links reads out of context: the words of the clause the link's text match ends, as printed
// before it (written: the text before it, as written), capitalised: "Text HELP to 233733",
// "Call 911" from "In immediate danger, call 911". A number printed without words before it
// (under its label on a poster) is described by the kit's line that says what it is for, in
// the document's language ("Call 1-888-373-7888", the tear-off tab's), or else by itself.
// A number that takes calls and texts is described by a line that says to do what its link
// does (url), where the line's words tell: "Text 988" only for the text message.
func (c *canvas) linkAlt(written, match, url string) string {
	if alt := clauseAlt(written, match, c.lang); alt != match {
		return alt
	}
	for _, l := range c.sayings {
		if at := c.sayingAt(l, match); at >= 0 && content.AsksToText(l[:at]) == strings.HasPrefix(url, "sms:") {
			return l
		}
	}
	for _, l := range c.sayings { // in words AsksToText does not know
		if c.sayingAt(l, match) >= 0 {
			return l
		}
	}
	return match
}

// sayingAt is where the kit's line l writes match as a link's whole words, as linksIn links
// the line, or -1: not inside the longer words of another link of the page, as the call's
// 13 11 14 stands in the text number 0477 13 11 14, whose line says to text that number.
func (c *canvas) sayingAt(l, match string) int {
	var longer []string
	for _, k := range c.links {
		longer = append(longer, k.match)
	}
	if c.own != nil {
		for _, f := range c.own(l) {
			longer = append(longer, f[0])
		}
	}
	longer = slices.DeleteFunc(longer, func(m string) bool { return len(m) <= len(match) })
	for _, at := range tokenIndexes(l, match) {
		inside := slices.ContainsFunc(longer, func(m string) bool {
			return slices.ContainsFunc(tokenIndexes(l, m), func(b int) bool { return b <= at && at+len(match) <= b+len(m) })
		})
		if !inside {
			return at
		}
	}
	return -1
}

// clauseAlt is the words of the clause that match ends, as written, capitalised as the
// language lang writes it when they open with an ordinary word (never an address:
// "help@example.org · (216) 555-0142"), or match alone when no word comes before it. A label
// whose colon ends the words before match is its clause: "TTY: 1-800-787-3224", as printed.
func clauseAlt(written, match, lang string) string {
	clause := lastClause(written)
	space := " "
	if clause == "" {
		label := strings.TrimRightFunc(written, unicode.IsSpace)
		if colon, n := utf8.DecodeLastRuneInString(label); strings.ContainsRune(":：﹕︓", colon) { // a full-width one too
			if words := lastClause(label[:len(label)-n]); words != "" {
				clause = words + string(colon)
				if typeface.Unspaced(colon) {
					space = "" // "在线聊天：www.thehotline.org/chat", as printed
				}
			}
		}
	}
	if clause == "" {
		return match
	}
	if word, _, _ := strings.Cut(clause, " "); !strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' }) {
		clause = content.Capitalised(clause, lang) // an ordinary word, not an address, an email or a number
	}
	return clause + space + match
}

// lastClause is the words of written's last clause, its spaces collapsed: from the last clause
// mark followed by a space on, without the marks and separators at its ends that are not its
// words; "" when it has none.
func lastClause(written string) string {
	clause := written
	for i, r := range written { // from the last clause mark (any of Unicode's: , ; : . and ። ፤ ۔ ، among them) before a space on
		rest := written[i+utf8.RuneLen(r):]
		switch {
		case unicode.Is(unicode.Terminal_Punctuation, r):
			// a full-width mark ends a clause written without a space after it
			if rest == "" || unicode.IsSpace([]rune(rest)[0]) || typeface.Unspaced(r) {
				clause = rest
			}
		case strings.ContainsRune("·•|", r) && i > 0 && written[i-1] == ' ' && strings.HasPrefix(rest, " "):
			clause = rest // an item of a contact line: "Harbour Lights · Office 614-276-2274"
		}
	}
	clause = bracketsPaired(clause)
	// without the bracket or quotation mark the link's text opens with, nor the one a link
	// before it closes with ("(help@example.org) or call us")
	for { // but a German quotation's closing mark: "„Gewalt gegen Frauen“: 116 016"
		r, n := utf8.DecodeLastRuneInString(clause)
		if !unicode.IsSpace(r) && !unicode.In(r, unicode.Ps, unicode.Pi) || closesQuote(clause[:len(clause)-n], r) {
			break
		}
		clause = clause[:len(clause)-n]
	}
	clause = strings.TrimLeftFunc(clause, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.In(r, unicode.Pe, unicode.Pf, unicode.Pd) || strings.ContainsRune("·•|/", r) // nor a separator after the link before: "– 55753"
	})
	return strings.Join(strings.Fields(clause), " ")
}

// bracketsPaired is a clause with its brackets paired, as a description is read on its own:
// from after a bracket it closes that opened before it ("español) o al", after an aside a
// line break parted), without an aside it opens with, the link's before it ("(en español) o
// al" after "Llame al 224-4747"), and without a bracket it leaves open, in which the link
// stands ("(TTY users dial" before 711).
func bracketsPaired(clause string) string {
	var opened []rune
	for i, r := range clause {
		switch {
		case unicode.Is(unicode.Ps, r):
			opened = append(opened, r)
		case unicode.Is(unicode.Pe, r) && len(opened) == 0:
			return bracketsPaired(clause[i+utf8.RuneLen(r):])
		case unicode.Is(unicode.Pe, r), len(opened) > 0 && quoteCloses(opened[len(opened)-1], r):
			opened = opened[:len(opened)-1]
		}
	}
	var open []int // where each bracket left open is
	for i, r := range clause {
		switch {
		case unicode.Is(unicode.Ps, r):
			open = append(open, i)
		case len(open) > 0 && quoteCloses(firstRune(clause[open[len(open)-1]:]), r): // a quotation, no aside
			open = open[:len(open)-1]
		case unicode.Is(unicode.Pe, r):
			if len(open) == 1 && strings.TrimSpace(clause[:open[0]]) == "" { // the aside it opens with
				return bracketsPaired(clause[i+utf8.RuneLen(r):])
			}
			open = open[:len(open)-1]
		}
	}
	for k := len(open) - 1; k >= 0; k-- {
		_, n := utf8.DecodeRuneInString(clause[open[k]:])
		clause = clause[:open[k]] + clause[open[k]+n:]
	}
	return clause
}

// quoteCloses reports whether r closes the quotation o opens, whose mark is of the class of
// opening brackets while the one that closes it is of opening quotes' („Gewalt gegen Frauen“,
// ‚Hilfe‘, as German, Czech and Polish quote): such a pair is no bracket left open.
func quoteCloses(o, r rune) bool {
	return o == '„' && (r == '“' || r == '”') || o == '‚' && (r == '‘' || r == '’')
}

// closesQuote reports whether r, after before, closes a quotation before opens with „ or ‚
// and leaves open.
func closesQuote(before string, r rune) bool {
	for _, o := range "„‚" {
		if quoteCloses(o, r) && strings.Count(before, string(o)) > strings.Count(before, string(r)) {
			return true
		}
	}
	return false
}

// Spoken is s, a link's description or accessible name, with each number in it written as one
// run of digits ("Call 8007997233") in its groups (phone.Grouped: "Call 800-799-7233"), so
// that a screen reader reads it as a number to dial, not as eight billion and more. The
// digits are the printed ones: only a name that is heard, never a printed text, is spoken so.
// Digits in an address (example.org/08082000247) are the address's.
func Spoken(s, country string) string {
	if !digitRun(s, 7) { // Grouped changes only a run of seven digits or more: most names have none
		return s
	}
	spans := ltrRuns(s) // the numbers, and the addresses, which Grouped leaves as they are
	for i := len(spans) - 1; i >= 0; i-- {
		at, end := spans[i][0], spans[i][1]
		s = s[:at] + phone.Grouped(s[at:end], country) + s[end:]
	}
	return s
}

// digitRun is whether s has n ASCII digits in a row.
func digitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// Heading is an entry of a document's outline: a heading's words as read, its level (0 at the
// top), and where it begins: its page (from 0) and the top of its first line.
type Heading struct {
	Title string
	Level int
	Page  int
	Y     float64
}

// Outline is the document's headings (H1, H2) in reading order, as a viewer's outline lists
// them to go to each: each titled by its words as a screen reader reads them (a question with
// its number, its lines joined as written), each a level below the heading before it at most.
// A document of one page has none: there is nowhere to go.
func (d *Doc) Outline() []Heading {
	if len(d.Pages) < 2 {
		return nil
	}
	var out []Heading
	var walk func(n *Node)
	walk = func(n *Node) {
		level := map[string]int{RoleH1: 0, RoleH2: 1}
		if lv, ok := level[n.Role]; ok {
			var title strings.Builder
			h := Heading{Level: lv, Page: -1}
			var prev Text
			n.texts(d, func(page int, t Text) {
				read := cmp.Or(t.Logical, t.S)
				if h.Page < 0 {
					h.Page, h.Y = page, t.Box().Y
				} else if !onFrom(prev, t) { // a line after a line, or a mark before its words
					title.WriteString(lineSep(title.String(), read))
				}
				title.WriteString(read)
				prev = t
			})
			if h.Title = strings.Join(strings.Fields(title.String()), " "); h.Title != "" {
				out = append(out, h)
			}
			return
		}
		for _, k := range n.Kids {
			if k.Node != nil {
				walk(k.Node)
			}
		}
	}
	walk(d.Structure())
	// the top level is the highest heading's (a card's H2s without an H1 are at the top); none
	// is more than a level below the one before it
	top := 1
	for _, h := range out {
		top = min(top, h.Level)
	}
	for i := range out {
		out[i].Level -= top
		if i == 0 {
			out[i].Level = 0
		} else {
			out[i].Level = min(out[i].Level, out[i-1].Level+1)
		}
	}
	return out
}

// texts calls fn with each text n holds, its elements' among them, in reading order.
func (n *Node) texts(d *Doc, fn func(page int, t Text)) {
	for _, k := range n.Kids {
		if k.Node != nil {
			k.Node.texts(d, fn)
		} else if t, ok := d.Pages[k.Page].Items[k.Item].(Text); ok {
			fn(k.Page, t)
		}
	}
}

// onFrom is whether b is drawn on from a, on its line and touching it on either side (a line
// cut into runs at a link or a change of face, read left or right), rather than apart from it.
func onFrom(a, b Text) bool {
	touch := func(x, y float64) bool { return math.Abs(x-y) < 0.05*b.Size }
	return a.Y == b.Y && (touch(a.X+a.W, b.X) || touch(b.X+b.W, a.X))
}
