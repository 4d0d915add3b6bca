package verify

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/bidi"

	"haven/internal/layout"
	site "haven/internal/render/html"
)

// HTML parses a rendered resource page back and holds it to the page it was made from: its
// language, title and hreflang links; one h1 and headings in order; every question and answer,
// the hotline's lines and the downloads, word for word; every number linked to its tel: or sms:
// address wherever it appears; no address in any attribute, style or script that the page did
// not ask for (so nothing is fetched from anywhere); a Content-Security-Policy that allows
// only the page's own style and script; and the quick exit first in the tab order.
func HTML(raw []byte, want *site.Page) error {
	doc, err := xhtml.Parse(strings.NewReader(string(raw)))
	if err != nil {
		return unfaithful(fmt.Errorf("%s: does not parse: %w", want.Path, err))
	}
	c := &htmlCheck{want: want, doc: doc}
	c.run()
	if len(c.problems) > 0 {
		return unfaithful(fmt.Errorf("%s: %w", want.Path, errors.Join(c.problems...)))
	}
	return nil
}

type htmlCheck struct {
	want     *site.Page
	doc      *xhtml.Node
	problems []error
}

func (c *htmlCheck) fail(format string, args ...any) {
	c.problems = append(c.problems, fmt.Errorf(format, args...))
}

func (c *htmlCheck) run() {
	w := c.want
	root := findHTML(c.doc, func(n *xhtml.Node) bool { return n.DataAtom == atom.Html })
	if root == nil || attrOf(root, "lang") != w.Lang {
		c.fail("the page's lang is not %q", w.Lang)
	}
	if dir := attrOf(root, "dir"); root == nil || dir != w.Dir || layout.RTL(w.Heading) && dir != "rtl" {
		c.fail("the page's dir is %q, not %q: its text %q reads that way", dir, w.Dir, w.Heading)
	}
	if titles := allHTML(c.doc, isTag(atom.Title)); len(titles) != 1 || textOf(titles[0]) != normSpace(w.Title) {
		c.fail("the title is not %q", w.Title)
	}
	if w.Discreet && w.Title != w.Words.NeutralTitle.Text {
		c.fail("the discreet page's title %q is not the neutral %q", w.Title, w.Words.NeutralTitle.Text)
	}
	c.head()
	c.headings()
	c.blocks()
	c.numbers()
	c.isolated()
	c.dials()
	c.addresses()
	c.tabOrder()
	c.announcements()
	c.names()
}

// names checks a link named apart from its words (aria-label, which a screen reader reads in
// their place) is named by the words it shows, a number's breaks (<wbr>) aside, and a number
// written as one run of digits in its groups (Page.Spoken): a name that said another number
// would be a misprint only a screen reader's user hears.
func (c *htmlCheck) names() {
	walkHTML(c.doc, func(n *xhtml.Node) bool {
		if n.DataAtom == atom.A && hasAttrOf(n, "aria-label") && normSpace(attrOf(n, "aria-label")) != normSpace(c.want.Spoken(textOf(n))) {
			c.fail("the link %q is named %q to a screen reader", textOf(n), attrOf(n, "aria-label"))
		}
		return true
	})
}

// isolated checks every number the page shows is set apart left to right: inside an element
// with dir="ltr" (a <bdi>, or words the page marks so, such as English on a right-to-left page)
// that holds no letter written right to left, so it reads in dialling order in a right-to-left
// line too, and a size reads "54 KB", not "KB 54"; a number in digits that read right to left
// (N'Ko's) inside one with dir="rtl" that holds no letter written left to right, which set
// left to right would show its digits turned around.
func (c *htmlCheck) isolated() {
	walkHTML(findHTML(c.doc, isTag(atom.Body)), func(n *xhtml.Node) bool {
		if n.Type == xhtml.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return false
		}
		if n.Type != xhtml.TextNode {
			return true
		}
		for _, at := range layout.Numbers(n.Data) {
			num := n.Data[at[0]:at[1]]
			if rtl := layout.RTLDigits(num); !setApart(n, rtl) {
				c.fail("the number %s in %q is not set apart %s", num, textOf(n.Parent), map[bool]string{false: `left to right (<bdi dir="ltr">)`, true: `right to left (<bdi dir="rtl">)`}[rtl])
			}
		}
		return true
	})
}

// setApart says whether n is in an element set left to right, other than the page itself, that
// holds no letter written right to left; or, rtl, in one set right to left that holds no letter
// written left to right.
func setApart(n *xhtml.Node, rtl bool) bool {
	for m := n.Parent; m != nil; m = m.Parent {
		if !hasAttrOf(m, "dir") {
			continue
		}
		if m.DataAtom == atom.Html || attrOf(m, "dir") != map[bool]string{false: "ltr", true: "rtl"}[rtl] {
			return false
		}
		raw := rawTextOf(m)
		if rtl {
			return !strings.ContainsFunc(raw, func(r rune) bool { p, _ := bidi.LookupRune(r); return p.Class() == bidi.L })
		}
		if m.DataAtom == atom.Bdi && slices.Contains(strings.Fields(attrOf(m, "class")), "num") { // drawn as written (unicode-bidi: isolate-override): a tatweel joins its groups as a dash
			raw = strings.ReplaceAll(raw, "\u0640", "")
		}
		return !site.HasRTL(raw)
	}
	return false
}

// dials checks every tel: and sms: link that shows a number dials or texts one it shows, and
// the hotline box's links show the number they dial: "TTY users: dial 711" must call 711.
func (c *htmlCheck) dials() {
	for _, a := range allHTML(c.doc, isTag(atom.A)) {
		href := attrOf(a, "href")
		if !strings.HasPrefix(href, "tel:") && !strings.HasPrefix(href, "sms:") {
			continue
		}
		// its words as the page wrote them, as numbers reads them: a no-break space in a
		// number is the one the page's own number has, which a plain space would not match
		shown := c.want.Dials(rawTextOf(a))
		box := strings.Contains(attrOf(a, "class"), "help__link")
		if len(shown) == 0 && !box {
			continue // words of the FAQ's own, such as "call us"
		}
		if !slices.ContainsFunc(shown, func(d site.Dial) bool { return d.Number == c.want.Dialled(href) }) {
			c.fail("the link %q dials %s, not a number it shows", textOf(a), href)
		}
	}
}

// announcements checks what the quick exit says to screen readers is its words as they are,
// each a plain attribute value (not a script string, whose quotes a reader would announce).
func (c *htmlCheck) announcements() {
	exit := findHTML(c.doc, func(n *xhtml.Node) bool { return n.DataAtom == atom.A && attrOf(n, "id") == "exit" })
	if exit == nil {
		return // tabOrder has said so
	}
	w := c.want.Words
	for attr, want := range map[string]string{"data-press2": w.PressTwoMore.Text, "data-press1": w.PressOneMore.Text,
		"data-timeout": w.TimedOut.Text, "data-leaving": w.Leaving.Text, "data-title": w.NeutralTitle.Text} {
		if got := attrOf(exit, attr); got != want {
			c.fail("the quick exit's %s is %q, not %q", attr, got, want)
		}
	}
}

// head checks the referrer policy, the CSP and the hreflang links.
func (c *htmlCheck) head() {
	if !c.has(func(n *xhtml.Node) bool {
		return n.DataAtom == atom.Meta && attrOf(n, "name") == "referrer" && attrOf(n, "content") == "no-referrer"
	}) {
		c.fail("no <meta name=\"referrer\" content=\"no-referrer\">")
	}
	var policy string
	for _, n := range allHTML(c.doc, isTag(atom.Meta)) {
		if strings.EqualFold(attrOf(n, "http-equiv"), "Content-Security-Policy") {
			policy = attrOf(n, "content")
		}
	}
	dirs := map[string][]string{}
	for _, d := range strings.Split(policy, ";") {
		if f := strings.Fields(d); len(f) > 0 {
			dirs[f[0]] = f[1:]
		}
	}
	if !slices.Equal(dirs["default-src"], []string{"'none'"}) {
		c.fail("the Content-Security-Policy %q does not forbid every request by default (default-src 'none')", policy)
	}
	for _, kind := range []atom.Atom{atom.Style, atom.Script} {
		src := map[atom.Atom]string{atom.Style: "style-src", atom.Script: "script-src"}[kind]
		for _, n := range allHTML(c.doc, isTag(kind)) {
			h := sha256.Sum256([]byte(rawTextOf(n)))
			if !slices.Contains(dirs[src], "'sha256-"+base64.StdEncoding.EncodeToString(h[:])+"'") {
				c.fail("the inline <%s> is not allowed by its hash in the Content-Security-Policy", n.Data)
			}
		}
		for _, v := range dirs[src] {
			if !strings.HasPrefix(v, "'sha256-") {
				c.fail("the Content-Security-Policy's %s allows %s, more than the page's own %s", src, v, kind)
			}
		}
	}
	for _, d := range []string{"font-src", "img-src"} {
		if v := dirs[d]; len(v) > 0 && !slices.Equal(v, []string{"data:"}) {
			c.fail("the Content-Security-Policy's %s allows %v, more than inline data", d, v)
		}
	}
	want := map[string]string{"x-default": c.want.Root() + site.IndexPath}
	for _, l := range c.want.Languages {
		want[l.Lang] = l.Href
	}
	got := map[string]string{}
	for _, n := range allHTML(c.doc, isTag(atom.Link)) {
		if attrOf(n, "rel") == "alternate" {
			got[attrOf(n, "hreflang")] = attrOf(n, "href")
		}
	}
	for lang, href := range want {
		if got[lang] != href {
			c.fail("the hreflang link for %s is %q, not %q", lang, got[lang], href)
		}
	}
}

// heading is whether tag is a heading's, h1 to h6.
func heading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// headings checks there is one h1, first, that no heading skips a level, and that none holds
// a link (site.Page.Texts).
func (c *htmlCheck) headings() {
	hs := allHTML(c.doc, func(n *xhtml.Node) bool { return n.Type == xhtml.ElementNode && heading(n.Data) })
	last := 0
	for i, h := range hs {
		lv, _ := strconv.Atoi(h.Data[1:])
		switch {
		case i == 0 && (lv != 1 || textOf(h) != normSpace(c.want.Heading)):
			c.fail("the first heading is <%s> %q, not <h1> %q", h.Data, textOf(h), c.want.Heading)
		case i > 0 && lv == 1:
			c.fail("a second <h1>: %q", textOf(h))
		case lv > last+1:
			c.fail("heading %q skips from h%d to h%d", textOf(h), last, lv)
		}
		if a := findHTML(h, isTag(atom.A)); a != nil {
			c.fail("the heading %q holds a link to %s: a screen reader reads the heading as a link", textOf(h), attrOf(a, "href"))
		}
		last = lv
	}
}

// inHeading is whether n stands in a heading, h1 to h6.
func inHeading(n *xhtml.Node) bool {
	for m := n.Parent; m != nil; m = m.Parent {
		if m.Type == xhtml.ElementNode && heading(m.Data) {
			return true
		}
	}
	return false
}

// htmlBlock is a heading, paragraph or list item of the page, by its element and its text.
type htmlBlock struct{ tag, text string }

// blocks checks every text of the page is there, in order, each in its kind of element: the
// title in the h1, questions as headings, answers as paragraphs, lines and downloads as items.
func (c *htmlCheck) blocks() {
	var got []htmlBlock
	walkHTML(c.doc, func(n *xhtml.Node) bool {
		if n.Type == xhtml.ElementNode && (heading(n.Data) || n.DataAtom == atom.P || n.DataAtom == atom.Li) {
			tag := n.Data
			if heading(tag) && tag != "h1" {
				tag = "heading"
			}
			got = append(got, htmlBlock{tag, textOf(n)})
			return false
		}
		return true
	})
	w := c.want
	type item struct{ what, tag, text string }
	var want []item
	add := func(what, tag string, ss ...string) {
		for _, s := range ss {
			want = append(want, item{what, tag, normSpace(s)})
		}
	}
	text := func(p site.Para) string {
		var b strings.Builder
		for _, s := range p {
			b.WriteString(s.Text)
		}
		return b.String()
	}
	// a list's items are li, each read with the items of a list inside it
	var items func(l *site.List) []string
	items = func(l *site.List) []string {
		var out []string
		for _, it := range l.Items {
			t := text(it.Para)
			for _, sub := range it.Subs {
				t += " " + strings.Join(items(sub), " ")
			}
			out = append(out, t)
		}
		return out
	}
	paras := func(what string, bs []site.Block) {
		for _, b := range bs {
			if b.List != nil {
				add(what+" (a list item)", "li", items(b.List)...)
			} else {
				add(what, "p", text(b.Para))
			}
		}
	}
	add("title", "h1", w.Heading)
	add("hotline box title", "heading", w.Help.Title)
	if w.Help.Note != "" { // under the title, as on paper: the danger line is the box's last
		add("hotline note", "p", w.Help.Note)
	}
	for _, l := range w.Help.Lines() {
		add("hotline line", "li", l.Label+" "+l.Text)
	}
	paras("introduction", w.Intro)
	for _, q := range w.Questions {
		add("question", "heading", q.Question)
		paras("answer to "+q.Question, q.Answer)
	}
	if w.ClosingTitle != "" {
		add("closing title", "heading", w.ClosingTitle)
	}
	paras("closing", w.Closing)
	for _, d := range w.Downloads {
		add("download", "li", d.Label+" "+w.Words.FileSize(d.Size))
	}
	add("organisation", "p", w.Organisation.Name)
	at := 0
	for _, it := range want {
		i := slices.Index(got[at:], htmlBlock{it.tag, it.text})
		if i < 0 {
			c.fail("the %s %q is missing, out of order or not a %s", it.what, it.text, it.tag)
			continue
		}
		at += i + 1
	}
	for _, l := range w.Help.Lines() {
		if l.URL == "" {
			continue // its numbers are linked each, as in the answers
		}
		if !c.has(func(n *xhtml.Node) bool {
			return n.DataAtom == atom.A && sameURL(attrOf(n, "href")) == sameURL(l.URL) && textOf(n) == normSpace(l.Text)
		}) {
			c.fail("the hotline line %q is not a link to %s", l.Text, l.URL)
		}
	}
	for _, d := range w.Downloads {
		if !c.has(func(n *xhtml.Node) bool {
			return n.DataAtom == atom.A && attrOf(n, "href") == w.Root()+d.File && textOf(n) == normSpace(d.Label)
		}) {
			c.fail("the download %q is not a link to %s", d.Label, w.Root()+d.File)
		}
	}
}

// numbers checks every number and address the page links wherever it appears is inside a link
// to its address, so no number is shown that a tap would not call. It reads each line of text
// whole, as a reader does (Page.Linkable), however the page's markup cuts it: "ל-" and the
// number after it, a number half in bold. A download's size is haven's own, not a number to
// dial, though it may read as one (sizes); a heading holds no link (headings).
func (c *htmlCheck) numbers() {
	own, sizes := c.ownLinks(), c.sizes()
	for _, run := range textRuns(findHTML(c.doc, isTag(atom.Body))) {
		if inHeading(run[0]) {
			continue
		}
		var b strings.Builder
		var haven [][2]int // where haven's own numbers stand in the line
		for _, n := range run {
			for _, at := range sizes[n] {
				haven = append(haven, [2]int{b.Len() + at[0], b.Len() + at[1]})
			}
			b.WriteString(n.Data)
		}
		at := 0
		for _, sp := range c.want.Linkable(b.String()) {
			from, to := at, at+len(sp.Text)
			at = to
			if sp.URL == "" || sizeSpan(b.String(), haven, from, to) {
				continue
			}
			// every text node the number stands in is in a link to its address
			for i, start := 0, 0; i < len(run); start, i = start+len(run[i].Data), i+1 {
				if start+len(run[i].Data) <= from || start >= to {
					continue
				}
				if err := c.linkedTo(run[i], sp, own); err != nil {
					c.problems = append(c.problems, err)
					break
				}
			}
		}
	}
}

// sizeSpan is whether the number the line holds from from to to is one of haven's own
// numbers there: it covers one of them (a reading may take a bracket before it) and has no
// other digit.
func sizeSpan(line string, haven [][2]int, from, to int) bool {
	for _, h := range haven {
		if from <= h[0] && h[1] <= to && digitsIn(line[from:to]) == digitsIn(line[h[0]:h[1]]) {
			return true
		}
	}
	return false
}

// digitsIn is how many ASCII digits s has.
func digitsIn(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// sizes are the numbers of haven's own the page shows and does not link: each download's size
// in kilobytes, which may read as a number the page links ("(PDF, 112 KB)" where 112 is the
// emergency number). A size is told by where it stands and what it says, as the page writes
// it: the <bdi> after the download's link in its list item, whose text is the size in pdf's
// words (Words.FileSizeAt). By the first text node of that <bdi>, where each number that is
// the size stands from that node's start; a number anywhere else, or in words that are not
// the size's, is checked as any other.
func (c *htmlCheck) sizes() map[*xhtml.Node][][2]int {
	w := c.want
	out := map[*xhtml.Node][][2]int{}
	for _, d := range w.Downloads {
		text, at := w.Words.FileSizeAt(d.Size)
		for _, a := range allHTML(c.doc, isTag(atom.A)) {
			if attrOf(a, "href") != w.Root()+d.File || a.Parent == nil || a.Parent.DataAtom != atom.Li {
				continue
			}
			size := a.NextSibling
			for size != nil && size.Type == xhtml.TextNode && strings.TrimSpace(size.Data) == "" {
				size = size.NextSibling
			}
			if size == nil || size.DataAtom != atom.Bdi || rawTextOf(size) != text {
				continue
			}
			if first := findHTML(size, func(n *xhtml.Node) bool { return n.Type == xhtml.TextNode }); first != nil {
				out[first] = at
			}
		}
	}
	return out
}

// linkedTo says what is wrong, if anything, with the link that text node n of the number sp
// stands in.
func (c *htmlCheck) linkedTo(n *xhtml.Node, sp site.Span, own map[ownLink]bool) error {
	a := n.Parent
	for a != nil && a.DataAtom != atom.A {
		a = a.Parent
	}
	switch {
	case a == nil:
		return fmt.Errorf("the number %s in %q is not a link", sp.Text, textOf(n.Parent))
	case own[ownLink{sameURL(attrOf(a, "href")), textOf(a)}]:
		return nil // inside a link the page made on purpose, e.g. "Text 988" to sms:988, or a question in the contents
	case sameURL(attrOf(a, "href")) != sameURL(sp.URL):
		return fmt.Errorf("the number %s links to %s, not %s", sp.Text, attrOf(a, "href"), sp.URL)
	}
	return nil
}

// inline are the elements a line of text runs on through: a link, an isolate, emphasis.
var inline = map[atom.Atom]bool{atom.A: true, atom.Bdi: true, atom.Wbr: true, atom.Span: true, atom.Strong: true, atom.Em: true, atom.B: true, atom.I: true}

// textRuns are the text nodes under n, in runs a reader reads as one line of text: a heading,
// a paragraph, a list item up to a list inside it. Scripts and styles are not text.
func textRuns(n *xhtml.Node) [][]*xhtml.Node {
	var runs [][]*xhtml.Node
	var cur []*xhtml.Node
	flush := func() {
		if len(cur) > 0 {
			runs, cur = append(runs, cur), nil
		}
	}
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		switch {
		case n.Type == xhtml.TextNode:
			cur = append(cur, n)
			return
		case n.Type == xhtml.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		block := n.Type == xhtml.ElementNode && !inline[n.DataAtom]
		if block {
			flush()
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
		if block {
			flush()
		}
	}
	if n != nil {
		walk(n)
	}
	flush()
	return runs
}

// ownLink is a link the page asked for, by its address and its words.
type ownLink struct{ href, text string }

// ownLinks are the hotline's lines, the numbers linked each in a line that is not one link,
// the links of the FAQ's paragraphs, and the page's own: the quick exit, the skip link, the
// safety note's link, the languages, the contents and the downloads. Their words may hold a
// number that leads, inside them, to their own address rather than the number's (a link
// cannot hold another): "When should I call 911?" in the contents leads to the question. Each
// address is as sameURL reads it.
func (c *htmlCheck) ownLinks() map[ownLink]bool {
	w := c.want
	own := map[ownLink]bool{}
	add := func(href, text string) {
		if href != "" { // a hotline line that is not one link
			own[ownLink{sameURL(href), normSpace(text)}] = true
		}
	}
	for _, l := range w.Help.Lines() {
		add(l.URL, l.Text)
		for _, a := range l.Links {
			add(a.URL, a.Match)
		}
	}
	for _, p := range w.Paragraphs() {
		for _, s := range p {
			// a number the page links wherever it stands is not one: numbers checks it where it is
			// (the same text number opens sms:…?body=STOP in one sentence, the keyword in another),
			// but where a link of the paragraph's own on its words is placed
			if s.URL != "" && (s.Placed || !slices.ContainsFunc(w.Links, func(a site.Autolink) bool { return a.Match == s.Text })) {
				add(s.URL, s.Text)
			}
		}
	}
	add(w.Exit.URL, w.Words.Exit.Text)
	add("#main", w.Words.Skip.Text)
	add(w.Exit.PrivacyURL, w.Words.Private.Text)
	for _, l := range w.Languages {
		add(l.Href, l.Name)
	}
	for _, q := range w.Questions {
		add("#"+q.ID, q.Question)
	}
	for _, d := range w.Downloads {
		add(w.Root()+d.File, d.Label)
	}
	return own
}

// sameURL is an address as the page's reader follows it, so that two spellings of one address
// compare equal: html/template writes https://en.wikipedia.org/wiki/Trafficking_(law) as
// …_%28law%29, and both open the same page.
func sameURL(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// urlAttrs are the attributes that make a browser fetch or open an address.
var urlAttrs = map[string]bool{"href": true, "src": true, "srcset": true, "action": true, "formaction": true,
	"poster": true, "data": true, "background": true, "cite": true, "ping": true, "xlink:href": true, "manifest": true, "longdesc": true}

// cssURLRE finds what a style sheet loads; compiled when first needed, by a page check.
var cssURLRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)url\(\s*['"]?([^'")\s]*)|@import`) })

// scriptFetch are the ways a script could reach out.
var scriptFetch = []string{"://", "fetch(", "XMLHttpRequest", "import(", "WebSocket", "sendBeacon", "EventSource", ".src", "new Image"}

// addresses checks every address on the page is one the page asked for: its own fragments,
// the other languages' pages, the downloads, and the tel:, sms: and https: links of the
// hotline, the quick exit and the safety note.
func (c *htmlCheck) addresses() {
	w := c.want
	ok := map[string]bool{}
	for _, u := range []string{w.Root() + site.IndexPath, "data:,"} {
		ok[sameURL(u)] = true
	}
	for _, a := range w.Links {
		ok[sameURL(a.URL)] = true
	}
	for l := range c.ownLinks() { // the hotline's lines, the exit, the languages, the downloads…
		ok[l.href] = true
	}
	for _, p := range w.Paragraphs() { // a text number as its sentence links it
		for _, s := range p {
			if s.URL != "" {
				ok[sameURL(s.URL)] = true
			}
		}
	}
	for _, t := range w.Texts() { // and as a text outside the paragraphs links it: "In danger, call 911."
		for _, s := range w.Linkable(t) {
			if s.URL != "" {
				ok[sameURL(s.URL)] = true
			}
		}
	}
	ids := map[string]bool{}
	walkHTML(c.doc, func(n *xhtml.Node) bool {
		if id := attrOf(n, "id"); id != "" {
			ids[id] = true
		}
		return true
	})
	walkHTML(c.doc, func(n *xhtml.Node) bool {
		if n.Type != xhtml.ElementNode {
			return true
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(key, "on"):
				c.fail("<%s> has an inline handler %s", n.Data, key)
			case key == "style":
				c.fail("<%s> has a style attribute, which the Content-Security-Policy would block", n.Data)
			case !urlAttrs[key]:
			case key == "src" || key == "srcset":
				c.fail("<%s %s=%q> loads something", n.Data, key, a.Val)
			case key == "href" && n.DataAtom == atom.Link && attrOf(n, "rel") != "alternate" && attrOf(n, "rel") != "icon":
				c.fail("<link rel=%q> may load %q", attrOf(n, "rel"), a.Val)
			case key == "href" && strings.HasPrefix(a.Val, "#"):
				if !ids[a.Val[1:]] {
					c.fail("the link %q leads nowhere on the page", a.Val)
				}
			case key == "href" && ok[sameURL(a.Val)]:
			default:
				c.fail("<%s %s=%q> is not an address the page asked for", n.Data, key, a.Val)
			}
		}
		switch n.DataAtom {
		case atom.Style:
			for _, m := range cssURLRE().FindAllStringSubmatch(rawTextOf(n), -1) {
				if !strings.HasPrefix(m[0], "url") || !strings.HasPrefix(m[1], "data:") {
					c.fail("the style sheet reaches out: %.60q", m[0])
				}
			}
		case atom.Script:
			for _, s := range scriptFetch {
				if strings.Contains(rawTextOf(n), s) {
					c.fail("the script has %q, a way to reach out", s)
				}
			}
		case atom.Iframe, atom.Object, atom.Embed, atom.Img, atom.Video, atom.Audio, atom.Form, atom.Base:
			c.fail("the page has a <%s>", n.Data)
		}
		return true
	})
	if scripts := allHTML(c.doc, isTag(atom.Script)); len(scripts) != 2 {
		c.fail("the page has %d scripts, not its two (the head's guard and the quick exit's)", len(scripts))
	}
}

// tabOrder checks the quick exit is the first thing the Tab key reaches, and a plain link to
// the neutral page that works without the script.
func (c *htmlCheck) tabOrder() {
	var first *xhtml.Node
	walkHTML(c.doc, func(n *xhtml.Node) bool {
		if n.Type != xhtml.ElementNode {
			return true
		}
		if t, err := strconv.Atoi(attrOf(n, "tabindex")); err == nil && t > 0 {
			c.fail("<%s tabindex=%d> comes before the quick exit in the tab order", n.Data, t)
		}
		if first == nil && focusableHTML(n) {
			first = n
		}
		return true
	})
	if first == nil || first.DataAtom != atom.A || sameURL(attrOf(first, "href")) != sameURL(c.want.Exit.URL) || textOf(first) != normSpace(c.want.Words.Exit.Text) {
		what := "nothing"
		if first != nil {
			what = fmt.Sprintf("<%s> %q", first.Data, textOf(first))
		}
		c.fail("the first thing in the tab order is %s, not the quick exit %q to %s", what, c.want.Words.Exit.Text, c.want.Exit.URL)
	}
}

func focusableHTML(n *xhtml.Node) bool {
	if t, err := strconv.Atoi(attrOf(n, "tabindex")); err == nil {
		return t >= 0
	}
	switch n.DataAtom {
	case atom.A, atom.Area:
		return hasAttrOf(n, "href")
	case atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Iframe, atom.Summary:
		return true
	}
	return false
}

func (c *htmlCheck) has(match func(*xhtml.Node) bool) bool { return findHTML(c.doc, match) != nil }

func isTag(a atom.Atom) func(*xhtml.Node) bool {
	return func(n *xhtml.Node) bool { return n.Type == xhtml.ElementNode && n.DataAtom == a }
}

// walkHTML visits n and its descendants in document order; visit returns false to skip children.
func walkHTML(n *xhtml.Node, visit func(*xhtml.Node) bool) {
	if n == nil || !visit(n) {
		return
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		walkHTML(ch, visit)
	}
}

func allHTML(n *xhtml.Node, match func(*xhtml.Node) bool) []*xhtml.Node {
	var out []*xhtml.Node
	walkHTML(n, func(m *xhtml.Node) bool {
		if match(m) {
			out = append(out, m)
		}
		return true
	})
	return out
}

func findHTML(n *xhtml.Node, match func(*xhtml.Node) bool) *xhtml.Node {
	if ns := allHTML(n, match); len(ns) > 0 {
		return ns[0]
	}
	return nil
}

func attrOf(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttrOf(n *xhtml.Node, key string) bool {
	return slices.ContainsFunc(n.Attr, func(a xhtml.Attribute) bool { return a.Key == key })
}

// rawTextOf is the text inside n as it is written, without the left-to-right marks that join a
// number to the word before it on a right-to-left page, which no one reads.
func rawTextOf(n *xhtml.Node) string {
	var b strings.Builder
	walkHTML(n, func(m *xhtml.Node) bool {
		if m.Type == xhtml.TextNode {
			b.WriteString(strings.ReplaceAll(m.Data, "\u200e", ""))
		} else if m.DataAtom == atom.Br { // a line break reads as the end of a line
			b.WriteString("\n")
		}
		return true
	})
	return b.String()
}

// textOf is the text inside n with each run of white space made one space, as it reads.
func textOf(n *xhtml.Node) string { return normSpace(rawTextOf(n)) }

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
