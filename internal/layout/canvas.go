package layout

import (
	"cmp"
	"haven/internal/content"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/typeface"
)

// autolink makes every printed occurrence of a string a link, so a number is tappable in the
// PDF wherever it appears, not only where a layout remembered to add one.
type autolink struct {
	match, url string
	nth        int       // only the line's nth occurrence, counted from 1 as the line reads; 0: every one
	part       *linkPart // the match is a line's part of a link broken across lines
}

// linkPart is a link whose words a line break parts ("our" / "resource list", an address
// broken after a '/'): each line's part has its own annotation, all in one Link element,
// described by the whole link's words.
type linkPart struct {
	elem *Elem  // the Link element, filled in where its first part is drawn
	text string // the link's whole text
	head bool   // the first part, at the end of its line
}

// canvas collects the items of one page.
type canvas struct {
	m     Measurer
	links []autolink
	items []Item
	tags  []*Elem
	tag   *Elem // what the items now drawn are part of; nil: artifacts
	// furniture: everything now drawn is an artifact, even what a drawing tags
	furniture bool
	rtl       bool // the edition reads right to left: every line is of a right-to-left paragraph
	// the edition's language code, whose rules capitalise a link's description (linkAlt)
	lang string
	// how the edition reads a number written without +, whose groups a link's description
	// says (Spoken)
	country string
	// its links open without tracking fields (content.Opened): a discreet run's PDFs, which
	// its page links, and the discreet card; but for codes, what its QR codes open, which a
	// link to the address printed under them opens as they do, keyed campaign and all
	untracked bool
	codes     []string
	// the text of the paragraph before the line now drawn, and after it, whose words say what
	// a text link sends ("Text STOP to" on the line above 88788, "with the word START" below)
	before  string
	after   string
	own     func(string) [][2]string // the organisation's own numbers a line writes in another form (OwnLinks)
	sayings []string                 // the kit's lines that say what a number is for ("Call {call}"), for links (linkAlt)
	other   map[string]string        // the texts the edition prints in another language, by its code (content.Language.Other)
	since   *linkSince               // the paragraph's text since its last link (lineRows); nil: a line on its own
	seen    map[string]int           // occurrences of each nth link's words met so far on the line now drawn
	// the paragraph the line now drawn is part of, as the bidirectional algorithm needs it
	// (inParagraph); nil: a line on its own, which reads as the edition or as its first letter
	para *bidiContext
	// small sets the line now drawn smaller from a byte on (smallFrom); nil: in one size
	small *smallTail
	// the short paragraph lineOf draws, and for each of its lines the parts of the links its
	// breaks part (partedLinks)
	partedOf []string
	parted   [][]autolink
	// the short paragraph's text since its last link, as since is a long one's
	shortSince *linkSince
}

// linkSince is the text of a paragraph drawn since its start or its last link, its lines
// joined as written (lineSep), for the next link's description (linkAlt): a link ends the
// clause of the next one, which is described by the words after it ("Or text HELP to
// 233733", not the call's sentence again).
type linkSince struct {
	linked   bool // a link was drawn in the paragraph
	text     string
	alt, url string // the last link's description and address
}

// add appends s to the text, of which only the last maxAbove bytes or so, from a word's
// start, are kept: a paragraph of thousands of lines costs its length, not its square.
func (l *linkSince) add(s string) {
	l.text += s
	if len(l.text) > 2*maxAbove {
		from := len(l.text) - maxAbove
		for from < len(l.text) && !utf8.RuneStart(l.text[from]) {
			from++
		}
		if sp := strings.IndexByte(l.text[from:], ' '); sp >= 0 {
			from += sp + 1
		}
		l.text = l.text[from:]
	}
}

// inParagraph draws, with draw, the line i of a paragraph broken into lines, whose contexts
// paragraphBidi has given (nil: none needed), so that the line is placed as a line of it.
func (c *canvas) inParagraph(ctx []bidiContext, i int, draw func()) {
	if ctx == nil {
		draw()
		return
	}
	c.para = &ctx[i]
	defer func() { c.para = nil }()
	draw()
}

// linking draws with draw, every occurrence of match linked to url where the canvas links it
// otherwise (a card of a sheet whose cards carry different placements: its address opens its
// own code's link).
func (c *canvas) linking(match, url string, draw func()) {
	saved := c.links
	c.links = slices.Clone(saved)
	for i := range c.links {
		if c.links[i].match == match {
			c.links[i].url = url
		}
	}
	defer func() { c.links = saved }()
	draw()
}

// lineOf draws, with draw, the line i of a short paragraph broken into lines (a label, a
// card's line, a poster's fact, an address under a QR code), placed as a line of it; the
// paragraph reads as paraRTL decides for the edition, and a link its breaks part is a link on
// each of its lines. Each call looks at the whole paragraph: lineRows gives a long one's
// lines their contexts once. The lines are drawn in order, from the first.
func (c *canvas) lineOf(lines []string, i int, draw func()) {
	if i == 0 {
		c.partedOf, c.parted = lines, partedLinks(lines, c.links)
		c.shortSince = new(linkSince)
	} else if c.shortSince != nil {
		c.shortSince.add(lineSep(lines[i-1], lines[i]))
	}
	if c.since == nil && c.shortSince != nil { // a link's description reads the lines above it too: "(en" / "español) o al"
		c.since = c.shortSince
		defer func() { c.since = nil }()
	}
	if i < len(c.parted) && len(c.partedOf) == len(lines) && &c.partedOf[0] == &lines[0] && len(c.parted[i]) > 0 {
		saved := c.links
		c.links, c.seen = append(slices.Clone(saved), c.parted[i]...), nil
		defer func() { c.links = saved }()
	}
	if !slices.ContainsFunc(lines, hasRTL) {
		draw()
		return
	}
	c.inParagraph(paragraphBidi(lines, paraRTL(c.rtl, strings.Join(lines, " "))), i, draw)
}

// smallTail is where a line goes on in a smaller style, on its baseline: a number's extension.
type smallTail struct {
	at int // the byte of the line it starts at
	st Style
}

// smallFrom draws, with draw, a line whose text from its byte at on is set in st, on the line's
// baseline: a number to call and its smaller extension (extAt). A line drawn reordered (right to
// left) is set in one size.
func (c *canvas) smallFrom(at int, st Style, draw func()) {
	c.small = &smallTail{at, st}
	defer func() { c.small = nil }()
	draw()
}

// bidi is what visual needs to place s: the paragraph's, or as s reads on its own, as a
// paragraph of the edition (paraRTL): in left-to-right words alone, left to right.
func (c *canvas) bidi(s string) bidiContext {
	if c.para != nil {
		return *c.para
	}
	return bidiContext{rtl: (c.rtl || rtl(s)) && hasRTL(s)} // paraRTL, its shorter test first
}

// add draws it as part of the current element; boxes and rules only decorate.
func (c *canvas) add(it Item) {
	tag := c.tag
	switch it.(type) {
	case Rect, Rule:
		tag = nil
	case Link:
		if c.furniture { // a link must be in the structure tree; the first card's is
			return
		}
	}
	c.items = append(c.items, it)
	c.tags = append(c.tags, tag)
}

// shifted draws dx to the right of where draw places things: a column of text set once and
// placed in the second column of a page.
func (c *canvas) shifted(dx float64, draw func()) {
	from := len(c.items)
	draw()
	if dx == 0 {
		return
	}
	for i := from; i < len(c.items); i++ {
		c.items[i] = transform(c.items[i], 1, dx, 0)
	}
}

// page is what the canvas holds as a page w by h.
func (c *canvas) page(w, h float64) Page { return Page{W: w, H: h, Items: c.items, Tags: c.tags} }

// text draws one line with its baseline at y and links every known number or address in it.
func (c *canvas) text(x, y float64, st Style, s string) {
	c.rotated(x, y, st, s, 0)
}

// langOf is the language of the line s where it is of texts the edition prints in another
// language, one language, and has a word of three letters or more: part of one of them, or
// parts of them set apart by middle dots (the footer's "name · contact line"), past the number
// a question's heading starts with ("3. What happens when I call?"); else "".
func (c *canvas) langOf(s string) string {
	if len(c.other) == 0 || !content.HasWord(s, 3) {
		return ""
	}
	lang := ""
	for _, part := range strings.Split(s, "·") {
		if part = strings.TrimSpace(strings.TrimLeftFunc(part, func(r rune) bool { return unicode.IsDigit(r) || r == '.' || unicode.IsSpace(r) })); part == "" {
			continue
		}
		in := ""
		for t, l := range c.other {
			if strings.Contains(t, part) {
				if in != "" && in != l {
					return "" // in two languages' texts: neither is sure
				}
				in = l
			}
		}
		if in == "" || lang != "" && in != lang {
			return ""
		}
		lang = in
	}
	return lang
}

// rotated draws a line turned counter-clockwise by deg about its baseline start. In content,
// the text of each link is a run of its own, in a Link element with the link's annotation,
// so a screen reader announces the link and no more; page furniture has no links (the same
// numbers are links where they are content).
func (c *canvas) rotated(x, y float64, st Style, s string, deg float64) {
	if c.tag != nil && c.tag.Lang == "" {
		if lang := c.langOf(s); lang != "" { // a Span in its language, which a screen reader reads it in
			saved := c.tag
			c.tag = &Elem{Role: RoleSpan, Parent: saved, Lang: lang}
			defer func() { c.tag = saved }()
		}
	}
	line := drawn(s, c.bidi(s))    // joined, and placed left to right, as PDF places characters
	tail, small := len(line.s), st // where the line goes on smaller (smallFrom), drawn as written
	if c.small != nil && line.at == nil && line.s == s && c.small.at < len(s) {
		tail, small = c.small.at, c.small.st
	}
	s = line.s
	var hits []linkHit
	if c.tag != nil {
		hits = c.linksIn(line)
	}
	// along is how far along the line its byte i is drawn
	along := func(i int) float64 {
		if i <= tail {
			return c.drawnWidth(st, s[:i])
		}
		return c.drawnWidth(st, s[:tail]) + c.drawnWidth(small, s[tail:i])
	}
	rad := deg * math.Pi / 180
	var run func(from, to int, tag *Elem)
	run = func(from, to int, tag *Elem) { // the text s[from:to], at its place along the line
		if from == to {
			return
		}
		if from < tail && tail < to { // each size a run of its own
			run(from, tail, tag)
			run(tail, to, tag)
			return
		}
		rs := st
		if from >= tail {
			rs = small
		}
		x0 := along(from)
		c.as(tag, func() {
			c.add(Text{X: x + x0*math.Cos(rad), Y: y - x0*math.Sin(rad), S: s[from:to], Font: rs.Font, Size: rs.Size,
				Color: rs.Color, Rotate: deg, W: c.drawnWidth(rs, s[from:to]), Logical: line.logical(from, to), Lang: PrimaryLang(c.lang)})
		})
	}
	since := c.since
	read := func(from, to int) string { return cmp.Or(line.logical(from, to), s[from:to]) } // s[from:to] as written
	if len(hits) == 0 {
		if since != nil {
			since.add(read(0, len(s)))
		}
		run(0, len(s), c.tag)
		return
	}
	// the pieces in the order written, whichever way the line and the words in it read, so
	// that a screen reader meets the text and its links as written, and each link is described
	// by the words read before it since the link before
	var cuts []int
	links := map[int]linkHit{} // by where each is drawn
	for _, h := range hits {
		cuts = append(cuts, h.from, h.to)
		links[h.from] = h
	}
	var pieces []func()
	text := ""          // what reads since the link before, on this line
	last := linkSince{} // the link before, on this line or the paragraph's lines above
	if since != nil {
		last = *since
	}
	for _, p := range line.pieces(cuts) {
		from, to := p[0], p[1]
		h, ok := links[from]
		if !ok || h.to != to {
			text += read(from, to)
			pieces = append(pieces, func() { run(from, to, c.tag) })
			continue
		}
		written := c.before + text
		if since != nil || last.linked {
			written = content.LastSentence(last.text + text)
		}
		alt := ""
		switch {
		case h.part == nil:
			alt = c.linkAlt(written, h.match, h.url)
		case h.part.head:
			alt = c.linkAlt(written, h.part.text, h.url)
		default: // the rest of the link begun on the line above
			alt = h.part.elem.Alt
		}
		if h.part == nil && last.linked && h.url == last.url && strings.TrimFunc(written, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.In(r, unicode.Ps, unicode.Pi)
		}) == "" {
			alt = last.alt + " " + h.match // the address a link's words print after them: "You can also email us help@example.org"
		}
		alt = Spoken(alt, c.country)
		last, text = linkSince{linked: true, alt: alt, url: h.url}, ""
		link := &Elem{Role: RoleLink, Parent: c.tag, Alt: alt}
		if h.part != nil {
			if h.part.head {
				*h.part.elem = *link
			}
			link = h.part.elem
		}
		w := c.drawnWidth(st, s[from:to])
		if to > tail {
			w = along(to) - along(from)
		}
		b := runBox(x, y, along(from), w, st.Size, deg)
		pieces = append(pieces, func() {
			run(from, to, link)
			c.as(link, func() { c.add(Link{X: b.X, Y: b.Y, W: b.W, H: b.H, URL: h.url}) })
		})
	}
	if since != nil {
		*since = last
		since.text = text
	}
	for _, p := range pieces {
		p()
	}
}

// drawnWidth is the width of s, a piece of a line as PDF places its characters (drawn): an
// Arabic word HarfBuzz shapes is drawn reversed, and measured as written (typeset.WidthDrawn).
func (c *canvas) drawnWidth(st Style, s string) float64 {
	if m, ok := c.m.(interface {
		WidthDrawn(f Font, size float64, s string) float64
	}); ok {
		return m.WidthDrawn(st.Font, st.Size, s)
	}
	return c.m.Width(st.Font, st.Size, s)
}

// placedLine is a line as PDF places its characters, joined and left to right (s), with, for
// each character placed, the characters of the line as written it was shaped from. A line
// drawn as written (most lines) keeps no map: its characters are where they are written.
type placedLine struct {
	s, written string   // written: s itself when s is drawn as written
	at         []int    // the byte where each character of s begins, and len(s); nil as written
	ord        []int    // for each character of s, its place in the order written
	span       [][2]int // and the bytes of written it stands for
}

// drawn is a line s as PDF places its characters: an Arabic word shaped and, in a line with
// right-to-left words, placed by the bidirectional algorithm (visual).
func drawn(s string, ctx bidiContext) placedLine {
	shaped, origin := s, []int(nil)
	if hasRTL(s) || ctx.rtl { // a line of a right-to-left paragraph may be reordered with no letter of its own written so
		shaped, origin = typeface.ShapeOrigin(s)
	} else {
		shaped = typeface.Shape(s)
	}
	vis, order := visual(shaped, ctx)
	if order == nil {
		return placedLine{s: vis, written: vis}
	}
	p := placedLine{s: vis, written: s}
	for i := range vis {
		p.at = append(p.at, i)
	}
	p.at = append(p.at, len(vis))
	var starts []int // the byte where each character of s begins, and len(s)
	for i := range s {
		starts = append(starts, i)
	}
	starts = append(starts, len(s))
	for _, j := range order {
		// with what shaping dropped after it (a non-joiner, the alef of a lam-alef)
		end := len(starts) - 1
		if j+1 < len(origin) {
			end = origin[j+1]
		}
		p.ord, p.span = append(p.ord, j), append(p.span, [2]int{starts[origin[j]], starts[end]})
	}
	return p
}

// char is the index of the character of p.s that begins at byte i, or of its end.
func (p placedLine) char(i int) int {
	k, _ := slices.BinarySearch(p.at, i)
	return k
}

// logical is the text as written of the piece of p.s from byte from to byte to: "" when that
// piece is drawn as written, as a line of left-to-right text without Arabic letters is.
func (p placedLine) logical(from, to int) string {
	if p.at == nil {
		return ""
	}
	ks := make([]int, 0, to-from)
	for k := p.char(from); k < p.char(to); k++ {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b int) int { return p.ord[a] - p.ord[b] })
	var b strings.Builder
	for _, k := range ks {
		b.WriteString(p.written[p.span[k][0]:p.span[k][1]])
	}
	if b.String() == p.s[from:to] {
		return ""
	}
	return b.String()
}

// drawnAt is where the characters written at bytes from to to of p.written are drawn in p.s,
// when they are drawn side by side (a link's words); ok is false where they are not (words of
// two directions parted by others).
func (p placedLine) drawnAt(from, to int) (start, end int, ok bool) {
	if p.at == nil {
		return from, to, from < to
	}
	first, last := -1, -1
	for k, sp := range p.span {
		if sp[0] >= from && sp[0] < to {
			if first < 0 {
				first = k
			} else if k != last+1 {
				return 0, 0, false
			}
			last = k
		}
	}
	if first < 0 {
		return 0, 0, false
	}
	return p.at[first], p.at[last+1], true
}

// pieces are the pieces of p.s cut at each of cuts (bytes of p.s), each as few pieces
// as hold only characters written together, in the order written: the words of another
// direction in a line are read where they are written, not where they are drawn.
func (p placedLine) pieces(cuts []int) [][2]int {
	bounds := append([]int{0, len(p.s)}, cuts...)
	if p.at != nil { // as characters
		for i, b := range bounds {
			bounds[i] = p.char(b)
		}
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	var out [][2]int
	for i := 1; i < len(bounds); i++ {
		if p.at == nil { // drawn as written: one piece
			out = append(out, [2]int{bounds[i-1], bounds[i]})
			continue
		}
		out = append(out, p.together(bounds[i-1], bounds[i])...)
	}
	if p.at == nil {
		return out
	}
	// pieces apart hold no place between each other's: any character's orders them
	slices.SortFunc(out, func(a, b [2]int) int { return p.ord[a[0]] - p.ord[b[0]] })
	for i, c := range out {
		out[i] = [2]int{p.at[c[0]], p.at[c[1]]}
	}
	return out
}

// together cuts the characters from to to of p.s into as few pieces as can be, each of
// characters written together, in any order.
func (p placedLine) together(from, to int) [][2]int {
	// fewest[j]: the fewest pieces the characters from from to j make, the last from start[j]
	fewest, start := make([]int, to-from+1), make([]int, to-from+1)
	for j := from + 1; j <= to; j++ {
		fewest[j-from] = math.MaxInt
		lo, hi := math.MaxInt, -1
		for i := j - 1; i >= from; i-- {
			lo, hi = min(lo, p.ord[i]), max(hi, p.ord[i])
			if hi-lo == j-1-i && fewest[i-from]+1 < fewest[j-from] {
				fewest[j-from], start[j-from] = fewest[i-from]+1, i
			}
		}
	}
	var out [][2]int
	for j := to; j > from; j = start[j-from] {
		out = append(out, [2]int{start[j-from], j})
	}
	slices.Reverse(out)
	return out
}

// linkHit is a known number or address found in a line as written, at byte at, and drawn
// from byte from to byte to of the line as placed.
type linkHit struct {
	at         int
	match, url string
	before     string    // the words read before it in its paragraph
	after      string    // and after it
	part       *linkPart // a part of a link broken across lines
	placed     bool      // a link placed where it stands (Found)
	from, to   int
}

// linksIn finds the known numbers and addresses in the line, in the order written, none
// overlapping another, and where each is drawn; a text link sends what the words around it
// say (TextLink). A link's words in another direction than the line's, or in a right-to-left
// script, are found as written.
func (c *canvas) linksIn(line placedLine) []linkHit {
	var hits []linkHit
	s := line.written
	links := c.links
	if c.own != nil { // after the known forms: where both stand at one place, theirs is kept
		for _, f := range c.own(s) {
			links = append(links[:len(links):len(links)], autolink{match: f[0], url: f[1]})
		}
	}
	counted := map[string]int{}
	for _, l := range links {
		ats := tokenIndexes(s, l.match)
		if l.nth > 0 {
			ats = c.nth(ats, l, counted)
		}
		if l.part != nil && !l.part.head && l.part.elem.Parent == nil {
			continue // its first part was not drawn as a link (its words set in two faces): nor is the rest
		}
		for _, at := range ats {
			if after := beside(s[at+len(l.match):], c.after, false); content.NotDialled(beside(c.before, s[:at], true), l.match, after) || content.InApp(c.before+s[:at], after) {
				continue
			}
			from, to, ok := line.drawnAt(at, at+len(l.match))
			if !ok {
				continue // drawn in two places: words of two directions with others between
			}
			after := s[at+len(l.match):] + c.after
			if l.part != nil && l.part.head { // the link goes on below: what reads after it, after its last part
				rest := strings.TrimSpace(strings.TrimPrefix(l.part.text, strings.TrimSpace(l.match)))
				after = strings.TrimPrefix(strings.TrimLeftFunc(c.after, unicode.IsSpace), rest)
			}
			hits = append(hits, linkHit{at, l.match, l.url, c.before + s[:at], after, l.part, l.nth > 0, from, to})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	out := hits[:0]
	end := 0
	for _, h := range hits {
		if last := len(out) - 1; h.at >= end || h.at == out[last].at && Outranks(out[last].found(), h.found(), h.before, h.words()) {
			if h.at < end { // in place of the link found first there
				out = out[:last]
			}
			out = append(out, h)
			end = h.at + len(h.match)
		}
	}
	for i, h := range out { // as the words before each ask, once the link at each place is chosen
		if !slices.Contains(c.codes, h.url) {
			out[i].url = content.Opened(TextLink(h.url, h.before, h.words(), h.after, c.country), c.untracked)
		}
	}
	return out
}

func (h linkHit) found() Found { return Found{h.match, h.url, h.placed} }

// words are the words of the link the hit is on: a link broken across lines is one link,
// which opens one address.
func (h linkHit) words() string {
	if h.part != nil {
		return h.part.text
	}
	return h.match
}

// beside is the words of a paragraph next to a number on its line: on the line, then the
// paragraph's text on the lines before it (a, when before) or after it (b), as much as a label
// or a street's name takes.
func beside(a, b string, before bool) string {
	const most = 64
	if before {
		if len(b) >= most {
			return b
		}
		return a[max(0, len(a)-most):] + b
	}
	if len(a) >= most {
		return a
	}
	return a + b[:min(len(b), most)]
}

// NotDialledAt is whether the number match at s[at:] stands where no one dials it (see
// content.NotDialled): "911 calls last year", "$911", "Room 911", or where its words ask to
// message it in an app (content.InApp: "Send a WhatsApp message to 077 312 4590"), no link.
func NotDialledAt(s string, at int, match string) bool {
	return content.NotDialled(s[:at], match, s[at+len(match):]) || content.InApp(s[:at], s[at+len(match):])
}

// Box is where the text's line stands on the page, from ascent to descent, turned as it is.
func (t Text) Box() Box { return runBox(t.X, t.Y, 0, t.W, t.Size, t.Rotate) }

// runBox is the upright bounding box of a run of text after rotation.
func runBox(x, y, x0, w, size, deg float64) Box {
	// corners of the run in text space: along the baseline from x0 to x0+w, from ascent to descent
	rad := deg * math.Pi / 180
	cos, sin := math.Cos(rad), math.Sin(rad)
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range [][2]float64{{x0, -0.85 * size}, {x0 + w, -0.85 * size}, {x0, 0.25 * size}, {x0 + w, 0.25 * size}} {
		// page y grows downwards, so a counter-clockwise turn subtracts sin from y
		px := x + p[0]*cos + p[1]*sin
		py := y - p[0]*sin + p[1]*cos
		minX, maxX = math.Min(minX, px), math.Max(maxX, px)
		minY, maxY = math.Min(minY, py), math.Max(maxY, py)
	}
	return Box{X: minX, Y: minY, W: maxX - minX, H: maxY - minY}
}

// nth keeps of ats, the occurrences of l's words in the text now drawn, the one that is l's
// on its line, counting those met earlier on the line.
func (c *canvas) nth(ats []int, l autolink, counted map[string]int) []int {
	if c.seen == nil {
		c.seen = map[string]int{}
	}
	key := l.match + "\x00" + l.url
	before, ok := counted[key] // two links of one number on a line ("call 988 or text 988") count its occurrences once
	if !ok {
		before = c.seen[key]
		counted[key] = before
		c.seen[key] = before + len(ats)
	}
	if i := l.nth - before - 1; i >= 0 && i < len(ats) {
		return ats[i : i+1]
	}
	return nil
}

// plainText is s as its lines are found in it: its marks of emphasis, its soft hyphens and its
// zero-width spaces left out.
func plainText(s string) string {
	return zwspless(strings.ReplaceAll(content.Unmark(s), softHyphen, ""))
}

// findLines finds each of lines, the lines text is set in, in whole, text as plainText reads
// it: where each line's words begin, and those words (without a hyphen the break added); ok is
// false where a line is not found.
func findLines(text string, lines []string) (whole string, starts []int, texts []string, ok bool) {
	whole = plainText(text)
	starts, texts = make([]int, len(lines)), make([]string, len(lines))
	from := 0
	for i, l := range lines { // each line is the next part of the text, but for a hyphen added at its end
		t := strings.TrimFunc(plainText(l), spaceOrSeparator)
		at := strings.Index(whole[from:], t)
		if at < 0 && strings.HasSuffix(t, "-") {
			t = t[:len(t)-1]
			at = strings.Index(whole[from:], t)
		}
		if at < 0 {
			return whole, nil, nil, false
		}
		starts[i], texts[i] = from+at, t
		from += at + len(t)
	}
	return whole, starts, texts, true
}

// inWord is, for each of lines but the last, the lines text is set in, whether the text
// breaks inside a word after it: a long web address or e-mail broken at a slash or a dot, a
// word hyphenated. A page or a column ends at no such break, so that no one reads half an
// address on the front of a sheet and types the rest from the back. Between the characters
// of a script written without spaces (Chinese, Thai) every break is a word's end.
func inWord(text string, lines []string) []bool {
	whole, starts, texts, ok := findLines(text, lines)
	out := make([]bool, max(0, len(lines)-1))
	if !ok {
		return out
	}
	for i := range out {
		end := starts[i] + len(texts[i])
		before, _ := utf8.DecodeLastRuneInString(whole[:end])
		after, _ := utf8.DecodeRuneInString(whole[end:])
		out[i] = end < len(whole) && !spaceOrSeparator(after) && !content.Unbroken(before) && !content.Unbroken(after)
	}
	return out
}

// beforeNumber is, for each of lines but the last, the lines text is set in, whether the next
// line begins with a number that ends the words on this one: "…choose differently. Call" /
// "1-800-799-7233 and ask…". A page or a column ends at no such break, so that no one reads
// "Call" at the foot of a page and has to turn it to find what to call.
func beforeNumber(text string, lines []string) []bool {
	whole, starts, texts, ok := findLines(text, lines)
	out := make([]bool, max(0, len(lines)-1))
	if !ok {
		return out
	}
	begins := map[int]bool{}
	for _, n := range numbers(whole) {
		begins[n[0]] = true
	}
	for i := range out {
		last, _ := utf8.DecodeLastRuneInString(texts[i])
		out[i] = begins[starts[i+1]] && (unicode.IsLetter(last) || unicode.IsMark(last) || last == ':')
	}
	return out
}

// linkPlaces is, for each of lines, the lines text is set in, the links of links whose words
// or number stand whole on it, each as the how-manyth occurrence of them on that line; links
// whose place is not known link every occurrence on every line, as do all when the lines
// cannot be found in text.
func linkPlaces(text string, lines []string, links []content.Link) [][]autolink {
	every := func() [][]autolink {
		var all []autolink
		for _, l := range links {
			all = append(all, autolink{match: l.Text, url: l.URL})
			if l.Print != "" {
				all = append(all, autolink{match: l.Print, url: l.URL})
			}
		}
		out := make([][]autolink, len(lines))
		for i := range out {
			out[i] = all
		}
		return out
	}
	whole, starts, texts, ok := findLines(text, lines)
	if !ok {
		return every()
	}
	out := make([][]autolink, len(lines))
	place := func(at int, match, url string) {
		if at < 0 || at > len(text) { // not known: every occurrence
			for i := range out {
				out[i] = append(out[i], autolink{match: match, url: url})
			}
			return
		}
		p, match := len(plainText(text[:at])), plainText(match)
		nth := func(i int, at int, match string) int { // the how-manyth occurrence on line i match at is; 0: none
			for n, j := range tokenIndexes(texts[i], match) {
				if j == at {
					return n + 1
				}
			}
			return 0
		}
		for i, t := range texts {
			end := starts[i] + len(t)
			if p < starts[i] || p >= end {
				continue
			}
			if p+len(match) <= end {
				if n := nth(i, p-starts[i], match); n > 0 {
					out[i] = append(out[i], autolink{match: match, url: url, nth: n})
				}
				return
			}
			// broken after its line's end, only by spaces, and ending on a line after it (an
			// address in three lines beside a poster's code): a part on each of its lines
			elem, stop := &Elem{Role: RoleLink}, p+len(match)
			var parts []autolink
			for k := i; ; k++ {
				from, to := max(p, starts[k]), min(stop, starts[k]+len(texts[k]))
				part := whole[from:to]
				n := nth(k, from-starts[k], part)
				if strings.TrimSpace(part) == "" || n == 0 {
					return
				}
				parts = append(parts, autolink{match: part, url: url, nth: n, part: &linkPart{elem: elem, text: match, head: k == i}})
				if stop <= starts[k]+len(texts[k]) {
					break
				}
				if k+1 == len(texts) || strings.TrimSpace(whole[starts[k]+len(texts[k]):starts[k+1]]) != "" || stop <= starts[k+1] {
					return
				}
			}
			for k, a := range parts {
				out[i+k] = append(out[i+k], a)
			}
			return
		}
	}
	for _, l := range links {
		if !l.Placed {
			l.PaperAt, l.PrintAt = -1, -1
		}
		place(l.PaperAt, l.Text, l.URL)
		if l.Print != "" {
			place(l.PrintAt, l.Print, l.URL)
		}
	}
	return out
}

// brokenAutolinks are the places in text, set in lines, where the words of one of links (the
// hotline's numbers and addresses, which a line links where they stand whole on it) begin on
// one line and end on another: each a link placed there, which linkPlaces links as a part on
// each of its lines, as it links an address the text writes ({chat} printed as an address a
// line breaks after its '/' was linked on neither line).
func brokenAutolinks(text string, lines []string, links []autolink) []content.Link {
	_, starts, texts, ok := findLines(text, lines)
	if !ok {
		return nil
	}
	var out []content.Link
	for _, l := range links {
		for _, at := range tokenIndexes(text, l.match) {
			p := len(plainText(text[:at]))
			i := slices.IndexFunc(starts, func(s int) bool { return s > p }) - 1 // the line it begins on
			if i == -2 {
				i = len(starts) - 1
			}
			if i >= 0 && p+len(plainText(l.match)) > starts[i]+len(texts[i]) {
				out = append(out, content.Link{Text: l.match, URL: l.url, PaperAt: at, PrintAt: -1, Placed: true})
			}
		}
	}
	return out
}

// partedLinks are, for each of lines, the lines a short text is set in, the parts of links
// (the canvas's known numbers and addresses) whose words a break parts: an address under a QR
// code or in a chat line, broken after a '/', is a link on each of its lines (linkPlaces);
// nil where no break parts one.
func partedLinks(lines []string, links []autolink) [][]autolink {
	if len(lines) < 2 {
		return nil
	}
	// the lines as one text, each begun where the one before ends: the words a break parts
	// run on across the join, and a line's start is a word's
	text := strings.Join(lines, "")
	var joins []int // where each line after the first begins
	n := 0
	for _, l := range lines[:len(lines)-1] {
		n += len(l)
		joins = append(joins, n)
	}
	edge := func(at int) bool { return at == 0 || at == len(text) || slices.Contains(joins, at) }
	var placed []content.Link
	for _, l := range links {
		if l.part != nil || l.nth > 0 || l.match == "" {
			continue // a FAQ link placed on its own line
		}
		for from := 0; ; {
			at := strings.Index(text[from:], l.match)
			if at < 0 {
				break
			}
			at += from
			stop := at + len(l.match)
			across := slices.ContainsFunc(joins, func(j int) bool { return at < j && j < stop })
			if across && (edge(at) || !isWordByte(text[at-1])) && (edge(stop) || !isWordByte(text[stop])) {
				placed = append(placed, content.Link{Text: l.match, URL: l.url, PaperAt: at, PrintAt: -1, Placed: true})
			}
			from = at + 1
		}
	}
	if len(placed) == 0 {
		return nil
	}
	out := linkPlaces(text, lines, placed)
	for i := range out {
		out[i] = slices.DeleteFunc(out[i], func(a autolink) bool { return a.part == nil })
	}
	return out
}

// tokenIndexes finds match in s where it is not part of a longer number or word.
func tokenIndexes(s, match string) []int {
	var out []int
	for from := 0; match != ""; {
		at := TokenIndex(s, from, match)
		if at < 0 {
			break
		}
		out = append(out, at)
		from = at + len(match)
	}
	return out
}

// TokenIndex is the first index of match in s from from on where it is not joined to a longer
// word or number; the PDFs and the resource page link numbers by it. A hyphen after a letter of
// another script is a prefix, not a join: Hebrew writes "to 233733" as ל-233733; so is a
// case ending after it (caseEnding): Georgian writes "call 911" as 911-ზე.
func TokenIndex(s string, from int, match string) int {
	for match != "" {
		i := strings.Index(s[from:], match)
		if i < 0 {
			return -1
		}
		at, end := from+i, from+i+len(match)
		prefix := at >= 2 && s[at-1] == '-' && s[at-2] >= 0x80
		if (at == 0 || prefix || !isWordByte(s[at-1])) && (end == len(s) || !isWordByte(s[end]) || caseEnding(s[end:])) && !content.InCount(s, at, end) {
			return at
		}
		from = at + 1
	}
	return -1
}

// caseEnding is whether s, what follows a number, starts with a case ending after a hyphen
// (Georgian 911-ზე, Armenian 911-ին, Hungarian 112-t, 112-höz): small letters, in Latin three
// at most, so that a compound word (a 911-call, 112-samtal) and a vanity number's capitals
// (1-800-799-SAFE) are no ending.
func caseEnding(s string) bool {
	w, ok := strings.CutPrefix(s, "-")
	if end := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }); end >= 0 {
		w = w[:end]
	}
	latin := strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Latin, r) })
	return ok && w != "" && !strings.ContainsFunc(w, unicode.IsUpper) && (!latin || utf8.RuneCountInString(w) <= 3)
}

func isWordByte(b byte) bool {
	return b == '-' || b == '/' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
}

// baseline puts text of size in a row of height leading, with room for descenders.
func baseline(top float64, st Style) float64 {
	return top + st.Leading/2 + st.Size*0.35
}
