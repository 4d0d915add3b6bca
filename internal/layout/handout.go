package layout

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"haven/internal/ahead"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/qr"
	"haven/internal/typeface"
)

// handoutScale sets one edition of the handout: the normal one fits one sheet printed on both
// sides when the FAQ allows, else two; the large-print one sets body text at 18 pt. The body
// never shrinks to make a long FAQ fit: it takes more paper.
type handoutScale struct {
	suffix string  // in the file name
	body   float64 // body type size
	sheet  int     // pages to a sheet's worth of the normal edition
	// cols is the text columns a page: two keep 12 pt lines to 45-75 characters on Letter
	// and A4; large print is one column, its size keeping the measure
	cols int
	// large: the large-print structure: page 1 holds the title and the hotline box alone,
	// the text starts on page 2, and a question with its answer stays together up to 8 lines
	large bool
	// measure, in ems, caps a single column's width: a line of 60 to 66 characters (0 leaves
	// the column the page's width)
	measure float64
}

var (
	normalPrint = handoutScale{"", 12, 2, 2, false, 0}
	largePrint  = handoutScale{"-large", 18, 6, 1, true, 0}
	// shortPrint is the handout of a FAQ that fits one page even so: set larger, in one
	// column (its lines 45 to 75 characters), rather than leave most of the page blank
	shortPrint = handoutScale{"", 16, 2, 1, false, 27}
)

// mayTakeOneColumn is false when the FAQ set in one column at 13 pt is taller than the room
// the pages can leave it: a long FAQ is not set again three times to learn that it does not
// fit.
func (h handout) mayTakeOneColumn(pages int) bool {
	room := h.oneColumnRoom(pages)
	s := h.oneColumn(room)
	margin, colW := s.measure()
	// first with its paragraphs at their fewest lines: a FAQ taller than the room even so is not
	// broken into lines to learn it
	least := s
	least.least = true
	if f, err := least.flow(margin, colW, false); err == nil && heightOf(f.rows) > room {
		return false
	}
	f, err := s.flow(margin, colW, false)
	return err == nil && heightOf(f.rows) <= room
}

// leastLines is the fewest lines any wrap of text in st width wide takes, for a text whose
// widths add up, set in one face: its width over a line's (as wrap fits one) and the widest run
// of spaces and separators can be (each break drops the run it falls in, as printed does: no
// run is wider than its length in the widest of them); false where it cannot tell (a soft
// hyphen prints as a hyphen where a line breaks).
func leastLines(m Measurer, st Style, text string, width float64) (int, bool) {
	um := unitsOf(m)
	if um == nil || content.HasMarks(text) || strings.Contains(text, softHyphen) || !um.Additive(text) {
		return 0, false
	}
	longest, run := 0, 0 // the longest run of spaces and separators, in characters
	var seps []rune      // the spaces and separators the text holds, each once
	for _, r := range text {
		if !(r == ' ' || r == '|' || (r < ' ' || r > '~') && spaceOrSeparator(r)) { // other ASCII is neither
			run = 0
			continue
		}
		run++
		longest = max(longest, run)
		if !slices.Contains(seps, r) {
			seps = append(seps, r)
		}
	}
	widest := 0.0
	for _, r := range seps {
		widest = max(widest, m.Width(st.Font, st.Size, string(r)))
	}
	ink := strings.TrimFunc(text, spaceOrSeparator)
	if ink == "" {
		return 0, false
	}
	return max(1, int(math.Ceil(m.Width(st.Font, st.Size, ink)/(width+0.01+float64(longest)*widest)))), true
}

// oneColumn is the handout the one-column question sets: the FAQ at 13 pt in one column, for
// its height alone, flowed until it is taller than tallest (0: whole).
func (h handout) oneColumn(tallest float64) handout {
	return handout{in: h.in, th: h.th, p: h.p, sc: h.in.scale(shortPrint.at(13)), url: h.url, heightOnly: true, tallest: tallest}
}

// oneColumnRoom is the height the FAQ may take in one column on pages: all but the margins,
// the footer, and at least the title band (0.8 in) and, in the box and the panel, a QR code
// with its quiet zone (1.2 in each).
func (h handout) oneColumnRoom(pages int) float64 { return float64(pages)*(h.p.H-1.4*Inch) - 3.2*Inch }

func heightOf(rows []row) float64 {
	total := 0.0
	for _, r := range rows {
		total += r.h
	}
	return total
}

// at is the scale with its body at size.
func (sc handoutScale) at(size float64) handoutScale {
	sc.body = size
	return sc
}

// scale is sc as the edition sets it: its body, and all it sets by it, Larger.
func (in Input) scale(sc handoutScale) handoutScale { return sc.at(in.pt(sc.body)) }

// edition is the handout's name in messages.
func (h handout) edition() string {
	if h.sc.large {
		return "large-print handout"
	}
	return "handout"
}

// sheetsOf says how many sheets, printed on both sides, pages take: "one sheet", "3 sheets".
func sheetsOf(pages int) string {
	if n := (pages + 1) / 2; n > 1 {
		return fmt.Sprintf("%d sheets", n)
	}
	return "one sheet"
}

// maxPages is how many pages the handout may take: the settings' sheets, two by default.
func (h handout) maxPages() int {
	if h.in.Settings.Handout.Sheets == "1" {
		return h.sc.sheet
	}
	return 2 * h.sc.sheet
}

// Handout lays out the FAQ handout. large selects the large-print edition.
func Handout(in Input, paper Paper, large bool) (*Doc, error) {
	sc := normalPrint
	if large {
		sc = largePrint
	}
	h := handout{in: in, th: in.theme(), p: paper, sc: in.scale(sc), url: in.qrURL("handout")}
	// whether the FAQ may take one column is asked of a handout of two pages (below): it is
	// learned on another core meanwhile, the FAQ set a third time alongside the two settings
	oneColumn := func() bool { return false }
	if !large {
		first := h // a copy: settling changes h
		answer := ahead.Go(func() (bool, error) { return first.mayTakeOneColumn(2), nil })
		oneColumn = func() bool { ok, _ := answer(); return ok } // waited for only where it is asked
	}
	doc, err := h.settled()
	err = h.exact(err, large)
	// the QR code the box on page 1 cannot hold heads page 2 in the strip, with the numbers,
	// unless the code alone there saves a page
	if err == nil && large && !slices.ContainsFunc(doc.Pages[0].Items, func(it Item) bool { _, ok := it.(QR); return ok }) {
		alone := handout{in: h.in, th: h.th, p: h.p, sc: h.sc, url: h.url, codeAlone: true}
		if d, err := alone.settled(); err == nil && len(d.Pages) < len(doc.Pages) {
			doc = d
		}
	}
	// a FAQ that fits one sheet is set larger, in one column, at the largest size that keeps
	// it to its pages and the closing panel at its foot, else on one page in two columns at
	// 13 pt (46 characters a line), rather than leave much of them blank
	larger := err == nil && !large && doc.Note == "" && (len(doc.Pages) == 1 || len(doc.Pages) == 2 && oneColumn())
	for _, sc := range []handoutScale{shortPrint, shortPrint.at(14), shortPrint.at(13), normalPrint.at(13)} {
		if !larger {
			break
		}
		if sc.cols > 1 && len(doc.Pages) > 1 { // a full sheet keeps its 12 pt
			continue
		}
		s := handout{in: h.in, th: h.th, p: h.p, sc: in.scale(sc), url: h.url}
		if d, err := s.build(); err == nil && len(d.Pages) == len(doc.Pages) && d.Note == "" {
			doc, larger = d, false
		}
	}
	if err == nil && !large && strings.HasSuffix(doc.Note, sheetsHint) && in.Settings.Handout.Sheets != "1" {
		doc.Note = h.overSheet(doc.Note)
	}
	if across, qerr := qr.Len(h.url); err == nil && qerr == nil {
		if n := smallModules(h.edition(), across, h.url, in.Settings.ResourceURL, h.codeSize(), in.addressSetting()); n != "" {
			doc.Note = strings.Join(slices.DeleteFunc([]string{doc.Note, n}, func(s string) bool { return s == "" }), "; ")
		}
	}
	if fe, ok := err.(*FitError); ok {
		fe.Doc = doc.Name
	}
	return doc, err
}

// overSheet is note, that a handout goes on to a sheet more, with by how many lines of body
// text, and in which parts, the FAQ is too long for one, as the handout held to one sheet
// would say. A few lines cut save a sheet on every copy.
func (h handout) overSheet(note string) string {
	note = strings.TrimSuffix(note, sheetsHint)
	one := h.in
	one.Settings.Handout.Sheets = "1"
	var fe *FitError
	if _, err := Handout(one, h.p, false); errors.As(err, &fe) && len(fe.Cuts) == 1 {
		c := fe.Cuts[0]
		var parts []string
		for _, p := range c.Longest {
			parts = append(parts, p.said())
		}
		note += fmt.Sprintf(" by %d %s of body text: cut as many to print it on %s, most likely in its longest parts, %s", c.Lines, plural(c.Lines, "line"), sheetsOf(h.sc.sheet), strings.Join(parts, ", "))
	}
	return note + sheetsHint
}

// sheetsHint ends the note of a handout on more sheets than one: how to hold it to one.
const sheetsHint = " (handout: sheets: 1 in settings.yaml would make this an error)"

// settled builds the handout; in large print, a sheet with neither the box nor the closing
// panel carries the strip at the foot of its back, so that every sheet has the numbers and
// the code; the room it takes moves text on, so the pages are counted again until they hold
// still.
func (h *handout) settled() (*Doc, error) {
	doc, err := h.withPanel()
	for i := 0; i < 4 && err == nil && h.sc.large; i++ {
		want := stripPages(len(doc.Pages))
		if maps.Equal(want, h.strips) {
			break
		}
		h.strips, h.shortTitle, h.snugBox, h.closest, h.morePaper = want, false, false, false, false
		doc, err = h.withPanel()
	}
	if tooLong(err) && h.sc.large { // the lines to cut counted with the strips the pages will carry
		h.strips, h.shortTitle, h.snugBox, h.closest, h.morePaper = stripPages(h.maxPages()), false, false, false, false
		if _, e := h.withPanel(); tooLong(e) {
			err = e
		}
	}
	return doc, err
}

// withPanel builds the handout, its last page ending in the closing panel: a title set on a
// line more than it needs, to keep a phrase whole, gives the line back when the panel (or a
// FAQ a little too long) needs it, then the box on page 1 and then the text are set closer;
// failing that, the panel takes a page more, on another sheet: every sheet carries the
// numbers and the code.
func (h *handout) withPanel() (*Doc, error) {
	doc, err := h.build()
	needsRoom := func() bool { return tooLong(err) || err == nil && doc.Note == noPanel }
	for _, closer := range []*bool{&h.shortTitle, &h.snugBox, &h.closest} {
		if !needsRoom() {
			return doc, err
		}
		*closer = true
		doc, err = h.build()
	}
	if err != nil || !needsRoom() {
		return doc, err // too long even set closest: its lines to cut counted so
	}
	// a page more, on another sheet, the text set as usual
	loose := *h
	loose.shortTitle, loose.snugBox, loose.closest, loose.morePaper = false, false, false, true
	if d, err := loose.build(); !tooLong(err) {
		*h = loose
		return d, err
	}
	// the lines to cut counted with the text set closest, as it will be once cut
	h.morePaper = true
	return h.build()
}

// tooLong reports whether err is a FAQ too long for the handout's pages.
func tooLong(err error) bool {
	var fe *FitError
	return errors.As(err, &fe) && fe.Where == "the FAQ"
}

// stripPages are the pages of a handout of n pages printed on both sides that carry the
// closing panel set closer: the back of each sheet between the first (the box on page 1) and
// the one the last page is on (the panel).
func stripPages(n int) map[int]bool {
	pages := map[int]bool{}
	for back := 3; back < n-1; back += 2 {
		pages[back] = true
	}
	return pages
}

// bandInset is where the title band and the hotline box begin: colour hangs out of the text
// column into the margin, but stays inside what home printers reach.
const bandInset = 0.3 * Inch

type handout struct {
	in  Input
	th  Theme
	p   Paper
	sc  handoutScale
	url string
	// shortTitle sets the title in the fewest lines it takes
	shortTitle bool
	// closest sets the text's tight flow closer still
	closest bool
	// snugBox sets the box on page 1 closer, as the closing panel is where room is short
	snugBox bool
	// morePaper lets the closing panel take a page more even on a sheet more
	morePaper bool
	// strips are the pages (from 0) that end in the strip: see stripPages
	strips map[int]bool
	// codeAlone heads page 2 of large print with the QR code alone, not the strip, when the
	// box on page 1 cannot hold it
	codeAlone bool
	// brokenAddress breaks the address under the QR code beside the numbers after a '/', in
	// two lines, where on one it is wider than the code: the numbers' column takes the room
	brokenAddress bool
	// heightOnly flows a paragraph's lines as rows of their height alone, not drawn, tagged
	// or linked: for a question of how tall the FAQ is (mayTakeOneColumn); and stops at the
	// question after they are taller than tallest, when it is set: the answer is known then
	heightOnly bool
	tallest    float64
	// least counts a paragraph's lines, where heightOnly flows them, at their fewest
	// (leastLines): a bound under the FAQ's height, for a question of whether it fits
	least bool
}

// trial is a cut of the FAQ: the part of the index part cut to its first keep lines of body
// text (cut), as shortening it ends it earlier; or the question leave (from 1) left out.
type trial struct {
	cut        bool
	part, keep int
	leave      int
}

// Type scale, as multiples of the body size.
func (h handout) style(f Font, rel, leading float64) Style {
	s := h.sc.body * rel
	return textStyle(f, s, leading+tall(h.in.Lang), h.th.Ink)
}

// gutter is the space between the two text columns.
func (h handout) gutter() float64 { return h.sc.body * 1.2 }

// measure is the page's side margin and the width of a column of text: a 7.5 in measure
// gives two columns of about 50 characters at 12 pt; A4, narrower than Letter, keeps it with
// a smaller margin, no less than 3/8 in.
func (h handout) measure() (margin, column float64) {
	margin = max((h.p.W-7.5*Inch)/2, 0.45*Inch)
	cols := float64(h.sc.cols)
	column = (h.p.W - 2*margin - (cols-1)*h.gutter()) / cols
	if h.sc.measure > 0 { // flush with the box's left edge (right, right to left), ragged beyond
		column = min(column, h.sc.measure*h.in.Lang.EmsPerChar()*h.sc.body)
	}
	return margin, column
}

func (h handout) build() (*Doc, error) {
	var fs faults // every text that does not fit is named, not only the first
	doc, err := h.lay(&fs)
	if err = fs.note(err); err != nil {
		return doc, err
	}
	return doc, fs.err()
}

// lay lays the handout out, noting in fs each text that does not fit and going on with it cut
// short, so that one run names them all and what the FAQ must lose besides; it draws the
// pages only when everything fits.
func (h handout) lay(fs *faults) (*Doc, error) {
	lang, faq := h.in.Lang, h.in.Lang.FAQ
	doc := &Doc{
		Name: "handout" + h.sc.suffix + "-" + lang.Code + "-" + h.p.Name,
		Lang: lang.Code,
		Meta: h.in.meta(faq.Title.Text, lang.Text.Handout.Subtitle.Text),
	}
	margin, colW := h.measure()
	width := h.p.W - 2*margin
	// the FAQ's text, set loose and, when asked for, tight, each once: the loose one on
	// another core while this one sets the title band, the footer and the hotline boxes
	flows := map[bool]func() (flowed, error){
		false: ahead.Go(func() (flowed, error) { return h.flow(margin, colW, false) }),
		true:  sync.OnceValues(func() (flowed, error) { return h.flow(margin, colW, true) }),
	}
	cols := h.sc.cols
	// Title band on page 1.
	bandH, drawBand, err := h.titleBand(bandInset, margin, width)
	if err = fs.note(err); err != nil {
		return doc, err
	}

	foot, err := h.footerLines(width)
	if err = fs.note(err); err != nil {
		return doc, err
	}
	footerY := h.p.H - 0.42*Inch
	bottom := h.textBottom(len(foot))

	// the hotline box on page 1 (page 2 may never be copied), and the closing panel
	gap := h.sc.body * 1.2
	boxX, boxW := h.boxFrame(margin, width)
	box, err := h.helpBox(boxW, bottom-bandH-map[bool]float64{false: h.p.H / 4}[h.sc.large], page1Box)
	if err = fs.note(err); err != nil {
		return doc, err
	}
	// the closing panel, and the same set closer for a page that has not room for it
	var panels []block
	for _, k := range []boxKind{closingPanel, closingSnug, closingInline} {
		p, err := h.helpBox(boxW, h.p.H/3, k)
		if err = fs.note(err); err != nil {
			return doc, err
		}
		panels = append(panels, p)
	}
	// the strip, the numbers beside the code without their labels: the sheets' between the
	// first and the last, and in large print the closing panel at its most compact
	strip := h.shorterStrip(boxW, panels[len(panels)-1])
	if h.sc.large && strip.h < panels[len(panels)-1].h {
		panels = append(panels, strip)
	}
	// a panel taller than a page even at its closest cannot print, whatever the text: its
	// own texts are to blame, not the FAQ's
	if closest, room := panels[len(panels)-1].h+gap*0.6, bottom-0.55*Inch; closest > room {
		if err := fs.note(h.panelTooTall(closest, room, false)); err != nil {
			return doc, err
		}
		return doc, fs.err()
	}
	panel := panels[0]
	var boxTop float64
	first := 0 // the page the text starts on
	// the QR code, when the box on page 1 cannot hold it even set closer: first on page 2,
	// with the numbers in the strip, or alone
	var codeFirst []row
	if h.sc.large {
		boxTop, first = bandH, 1
		var withCode bool
		if box, withCode, err = h.page1Large(box, boxW, boxTop, bottom); fs.note(err) != nil {
			return doc, err
		}
		if boxTop+box.h > bottom {
			return doc, h.boxTooTall(boxTop + box.h - bottom)
		}
		if !withCode {
			// page 1 carries the strip, the numbers beside the code, and the box with its
			// labels heads page 2: a reader of page 1 alone can call and scan; else the strip,
			// or the code alone, heads page 2
			s, err := h.strip(boxW)
			switch {
			case err == nil && s.h <= box.h:
				labels := box
				box = s
				codeFirst = []row{{h: labels.h + h.sc.body, draw: func(c *canvas, top float64) { labels.draw(c, boxX, top) }}}
			case err == nil && !h.codeAlone:
				codeFirst = []row{{h: s.h + h.sc.body, draw: func(c *canvas, top float64) { s.draw(c, boxX, top) }}}
			default:
				b, err := h.qrBlock(width, false, true)
				if fs.note(err) != nil {
					return doc, err
				}
				codeFirst = tagRows([]row{{h: b.h, draw: func(c *canvas, top float64) { b.draw(c, margin, top) }}}, &Elem{Role: RoleSect})
			}
		}
	} else {
		boxTop = bottom - box.h
	}
	// colFrame is column k of the text, counted from the first; reserve is the height kept
	// at the foot of the text's last page, lastPage, for the closing panel
	colFrame := func(k, lastPage int, reserve float64) frame {
		page := first + k/cols
		f := frame{0.55 * Inch, bottom}
		if page == 0 {
			f = frame{bandH, boxTop - gap}
		}
		if page == lastPage {
			f.bottom -= reserve
		}
		if h.strips[page] {
			f.bottom -= strip.h + gap*0.6
		}
		return f
	}
	// a FAQ a little too long for a sheet first tightens the space between paragraphs and
	// lines, within the design's limits, where that saves a sheet; what is too long even so
	// is measured tight, so that the lines to cut are the fewest that will do
	pageCount := func(columns [][]placed) int { return first + (len(columns)+cols-1)/cols }
	layout := func(tight bool) (flowed, [][]placed, error) {
		f, err := flows[tight]()
		if err != nil {
			return f, nil, err
		}
		f.rows = append(codeFirst, f.rows...)
		return f, paginate(f.rows, func(k int) frame { return colFrame(k, -1, 0) }), nil
	}
	sheets := func(columns [][]placed) int { return (pageCount(columns) + h.sc.sheet - 1) / h.sc.sheet }
	f, columns, err := layout(false)
	if err != nil {
		return doc, err
	}
	if sheets(columns) > 1 {
		ft, ct, err := layout(true)
		if err != nil {
			return doc, err
		}
		if sheets(ct) < sheets(columns) || pageCount(columns) > h.maxPages() {
			f, columns = ft, ct
		}
	}
	rows, sizes, body := f.rows, f.sizes, f.body
	// toCut is how many more lines of body text the last allowed page would need to hold the
	// rest and reserve under it, breaking pages as they break: as many at least are to be cut
	// (Handout finds how many do, cutting them: see exact)
	toCut := func(rows []row, reserve float64) fitCut {
		max := h.maxPages()
		lastCol := (max-first)*cols - 1
		fits := func(lines int) bool {
			more := func(k int) frame {
				f := colFrame(k, max-1, reserve)
				if k == lastCol {
					f.bottom += float64(lines) * body.Leading
				}
				return f
			}
			return pageCount(paginate(rows, more)) <= max
		}
		hi := 1
		for !fits(hi) && hi < 1<<20 {
			hi *= 2
		}
		lo := hi / 2 // does not fit, or is 0
		for hi-lo > 1 {
			if mid := (lo + hi) / 2; fits(mid) {
				hi = mid
			} else {
				lo = mid
			}
		}
		return fitCut{lines: hi}
	}
	// the closing panel at its closest, under the text on the last page: what the text must
	// leave room for
	least := panels[len(panels)-1].h + gap*0.6
	if pageCount(columns) > h.maxPages() {
		err := h.tooLong(toCut(rows, least), sizes, "runs past page %d")
		err.roomless = roomless(rows, func(k int) frame { return colFrame(k, h.maxPages()-1, 0) }, (h.maxPages()-first)*cols)
		return doc, err
	}
	// the last page ends in the closing panel, the numbers and the code, instead of blank
	// space, when the text leaves room for it on the pages it takes (set tighter if only that
	// makes room); else on a page more, when that takes no more paper (large print: within
	// its pages), the text the page before can spare above it
	last := pageCount(columns) - 1
	withPanel := false
	above := gap // between the text and the panel
	reserve := func(lastPage int) func(k int) frame {
		return func(k int) frame { return colFrame(k, lastPage, panel.h+above) }
	}
	for i, p := range panels {
		above = gap * map[bool]float64{false: 1, true: 0.6}[i > 0]
		for _, tight := range []bool{false, true} {
			ft, err := flows[tight]()
			if err != nil {
				return doc, err
			}
			ft.rows = append(codeFirst, ft.rows...)
			panel = p
			if pc := paginate(ft.rows, reserve(last)); pageCount(pc) == last+1 && last > 0 {
				rows, columns, withPanel = ft.rows, pc, true
				break
			}
		}
		if withPanel {
			break
		}
	}
	if !withPanel {
		panel, above = panels[0], gap
	}
	if more := last + 2; !withPanel && last > 0 && more <= h.maxPages() && (h.sc.large || h.morePaper || (more+h.sc.sheet-1)/h.sc.sheet == (last+h.sc.sheet)/h.sc.sheet) {
		for i, p := range panels { // the panel set as loose as the page more allows
			panel, above = p, gap*map[bool]float64{false: 1, true: 0.6}[i > 0]
			if pc := h.spill(rows, first, last, reserve(last+1)); pc != nil {
				columns, withPanel, last = pc, true, last+1
				break
			}
		}
		if !withPanel {
			panel, above = panels[0], gap
		}
	}
	if !withPanel && last > 0 && h.morePaper {
		// a panel that takes most of a page leaves the text too little room on every one: its
		// own texts are to blame, not the FAQ's (a chat address of a hundred characters)
		if closest, room := panels[len(panels)-1].h+gap*0.6, bottom-0.55*Inch; closest > room/2 {
			return doc, h.panelTooTall(closest, room, true)
		}
		ft, err := flows[true]()
		if err != nil {
			return doc, err
		}
		return doc, h.tooLong(toCut(append(codeFirst, ft.rows...), least), ft.sizes, "leaves no room for the closing panel (numbers and QR code) on page %d")
	}
	// a last page that begins with a paragraph's last few lines, the page before full, takes
	// on from that page the text that begins it with a part (a question, the closing), as a
	// page more for the panel does, where that page stays two thirds full: "menores. Si usted
	// ..." in two lines over the panel read as a scrap
	if !h.sc.large && withPanel && last > first {
		at := (last - first) * cols // the last page's first column
		if scrap(columns[at:], reserve(last)(at)) {
			if pc := h.spill(rows, first, last-1, reserve(last)); len(pc) > at && len(pc[at]) > 0 && pc[at][0].part && h.filled(pc[at-cols:at], colFrame(at-cols, -1, 0)) >= 2.0/3 {
				columns = pc
			}
		}
	}
	lastFrame := func(k int, less float64) frame {
		f := colFrame(k, last, map[bool]float64{true: panel.h + above}[withPanel])
		f.bottom -= less
		return f
	}
	if h.sc.large {
		columns = h.balance(rows, columns, lastFrame)
	} else {
		columns = h.even(rows, columns, lastFrame)
	}
	if fs.errs != nil { // nothing to draw
		return doc, nil
	}
	if !withPanel && last > 0 {
		doc.Note = noPanel
	}
	pages := pageCount(columns)
	// on a handout of one page, the box that shares it with the text stands right under the
	// text, the space between them a full page's: at the page's foot, under a short FAQ's
	// columns, it left a band of blank paper between them
	if pages == 1 && first == 0 {
		end := bandH
		for _, c := range columns {
			if len(c) > 0 {
				end = max(end, c[len(c)-1].top+c[len(c)-1].h)
			}
		}
		boxTop = min(boxTop, end+gap)
	}
	if pages > h.sc.sheet && doc.Note == "" {
		doc.Note = fmt.Sprintf("%d pages, on %s: the FAQ is too long for %s", pages, sheetsOf(pages), sheetsOf(h.sc.sheet)) + sheetsHint // by how much, Handout says
	}
	for n := 0; n < pages; n++ {
		c := h.in.canvas("handout")
		if n == 0 {
			// the box first in reading order, under the title, as the page's point: and so
			// a paragraph that goes on to page 2 is read on without it between
			drawBand(c)
			box.draw(c, boxX, boxTop)
		}
		for k := range columns {
			if first+k/cols != n {
				continue
			}
			col := k % cols
			if rtl(faq.Title.Text) { // the first column on the right
				col = cols - 1 - col
			}
			dx := float64(col) * (colW + h.gutter())
			if rtl(faq.Title.Text) && cols == 1 { // a narrowed column keeps to the right edge
				dx = width - colW
			}
			c.shifted(dx, func() {
				for _, pr := range columns[k] {
					pr.draw(c, pr.top)
				}
			})
		}
		if withPanel && n == pages-1 {
			panel.draw(c, boxX, bottom-panel.h)
		} else if h.strips[n] {
			strip.draw(c, boxX, bottom-strip.h)
		}
		h.footer(c, foot, margin, width, footerY, n+1, pages)
		doc.Pages = append(doc.Pages, c.page(h.p.W, h.p.H))
	}
	return doc, nil
}

// noPanel is the note of a handout whose last page has no room for the closing panel.
const noPanel = "no room for the closing panel (numbers and QR code) at the foot of the last page: the text fills it"

// numberSize is the hotline number's size in the box on page 1: the dominant line, 28 pt or
// more.
func (h handout) numberSize() float64 { return max(28, h.sc.body*1.6) }

// textBottom is the foot of the text on a page whose footer takes lines lines: the text keeps
// clear of the footer's rule by most of a line.
func (h handout) textBottom(lines int) float64 {
	return h.footerRule(h.p.H-0.42*Inch, lines) - h.sc.body*0.9
}

// boxFrame is the left edge and the width of the hotline's boxes' text, on a page of text
// width wide from margin: it keeps to the column, and a body size inside their colour at least.
func (h handout) boxFrame(margin, width float64) (x, w float64) {
	x = max(margin, bandInset+h.sc.body)
	return x, width - 2*(x-margin)
}

// shorterStrip is the strip, where it is shorter than the panel p; else p.
func (h handout) shorterStrip(width float64, p block) block {
	if s, err := h.strip(width); err == nil && s.h < p.h {
		return s
	}
	return p
}

// page1Large is large print's box on page 1, from top, that box is: as it is, set closer, the
// code beside the numbers and its address under them, the numbers broken beside the code, the
// first of these that ends above bottom; else the box without the code (withCode false), which
// page 2 then heads.
func (h handout) page1Large(box block, width, top, bottom float64) (b block, withCode bool, err error) {
	snug := h
	snug.snugBox = true
	if b, err := snug.helpBox(width, bottom-top, page1Box); top+box.h > bottom && err == nil && top+b.h <= bottom {
		box = b
	}
	// a long address makes the code and the address under it too wide to stand beside the
	// numbers, and under them too tall: the code beside them, its address under them; a
	// call line too wide to stand beside the code ("Composez le 1-866-724-3321 ext. 4"),
	// the same: the line broken beside the code, its words over its number
	for _, force := range []int{addressWithNumbers, numbersBroken} {
		for _, hb := range []handout{h, snug} {
			if top+box.h <= bottom {
				break
			}
			if b, beside, err := hb.helpBoxAs(width, page1Box, force); err == nil && beside && top+b.h <= bottom {
				box = b
			}
		}
	}
	if top+box.h <= bottom {
		return box, true, nil
	}
	b, _, err = h.helpBoxAs(width, page1Box, noCode)
	return b, false, err
}

// spill lays the rows out on a page more than they need, the page lastPage+1 (whose frame
// keeps room for the closing panel), moving on to it as little of the text of lastPage as
// begins it with a part of the text (a question, the closing), else as breaks the pages there;
// nil if none does.
func (h handout) spill(rows []row, first, lastPage int, frameOf func(k int) frame) [][]placed {
	// first with every keep kept; else a list may give way between its items, as paginate
	// lets a long one
	if pc := h.spillKept(rows, first, lastPage, frameOf, false); pc != nil {
		return pc
	}
	return h.spillKept(rows, first, lastPage, frameOf, true)
}

// spillKept is spill with the columns ending only where kept(soft) lets them.
func (h handout) spillKept(rows []row, first, lastPage int, frameOf func(k int) frame, soft bool) [][]placed {
	cols := h.sc.cols
	f := frameOf((lastPage - first) * cols)
	var least [][]placed
	for less := h.sc.body; less < f.bottom-f.top; less += h.sc.body {
		pc := paginate(rows, func(k int) frame {
			g := frameOf(k)
			if first+k/cols == lastPage {
				g.bottom -= less
			}
			return g
		})
		pages := first + (len(pc)+cols-1)/cols
		if pages > lastPage+2 {
			break
		}
		if pages == lastPage+2 && kept(pc, soft) {
			if next := pc[(lastPage+1-first)*cols]; len(next) > 0 && next[0].part {
				return pc
			}
			if least == nil {
				least = pc
			}
		}
	}
	return least
}

// balance moves text on to a page from the one before it, as long as that one stays full
// enough: large print has no nearly empty page. The last page's text fills half its frame (a
// third of the page, with the panel under the text), from a page before that stays two thirds
// full; any other page 40% of its frame (over a third of the page), from one that stays so,
// while the last page keeps the text it begins with (which may have been moved there to stand
// above the panel). frameOf is a column's frame, shorter by less.
func (h handout) balance(rows []row, columns [][]placed, frameOf func(k int, less float64) frame) [][]placed {
	full := func(cs [][]placed, k int) float64 {
		if k < 0 || k >= len(cs) || len(cs[k]) == 0 {
			return 0
		}
		f := frameOf(k, 0)
		l := cs[k][len(cs[k])-1]
		return (l.top + l.h - f.top) / (f.bottom - f.top)
	}
	n := len(columns)
	cut := make([]float64, n) // how much shorter each column is set to move text on from it
	for k := n - 1; k >= 1; k-- {
		target, least := 0.4, 0.4
		rs := rows
		if k == n-1 {
			target, least = 0.5, 2.0/3
		} else if last := len(rows) - len(columns[n-1]); last < len(rows) {
			rs = slices.Clone(rows)
			rs[last].fresh = true
		}
		if full(columns, k) >= target {
			continue
		}
		for less := h.sc.body; less < h.p.H/2; less += h.sc.body {
			try := paginate(rs, func(j int) frame {
				switch {
				case j == k-1:
					return frameOf(j, less)
				case j < n:
					return frameOf(j, cut[j])
				}
				return frameOf(j, 0) // a page more: refused below
			})
			if len(try) < n { // the text spilled on to the page by less than this
				continue
			}
			if len(try) > n || full(try, k-1) < least || !kept(try, false) {
				break
			}
			columns, cut[k-1] = try, less
			if full(try, k) >= target {
				break
			}
		}
	}
	return columns
}

// scrap reports whether columns, a page's, hold only the end of a paragraph, in the first of
// them and under a third of frame f's height.
func scrap(columns [][]placed, f frame) bool {
	if len(columns) == 0 || len(columns[0]) == 0 || columns[0][0].part || slices.ContainsFunc(columns[1:], func(c []placed) bool { return len(c) > 0 }) {
		return false
	}
	l := columns[0][len(columns[0])-1]
	return l.top+l.h-f.top < (f.bottom-f.top)/3
}

// filled is how full columns, a page's, are: their text's height over that of the page's
// columns in frame f.
func (h handout) filled(columns [][]placed, f frame) float64 {
	text := 0.0
	for _, c := range columns {
		if len(c) > 0 {
			text += c[len(c)-1].top + c[len(c)-1].h - f.top
		}
	}
	return text / (float64(h.sc.cols) * (f.bottom - f.top))
}

// even balances the columns of the last page: their feet as level as the text allows, rather
// than one full column beside a short one. Only the last page's rows are set again: the pages
// before keep their breaks, which may end a page short so that the last begins with a part of
// the text (spill); set again in full, they would take that text back, leave the last page
// nothing to balance, and the balancing would give up with the text in one column.
func (h handout) even(rows []row, columns [][]placed, frameOf func(k int, less float64) frame) [][]placed {
	cols := h.sc.cols
	from := (len(columns) - 1) / cols * cols // the last page's first column
	start := 0                               // and its first row
	for _, c := range columns[:from] {
		start += len(c)
	}
	f := frameOf(from, 0)
	// a short text (in one column, under a third of the frame) parts between its paragraphs
	// or not at all: a closing of five lines set three and two read as two scraps
	short := false
	if c := columns[from:]; len(c) == 1 && len(c[0]) > 0 {
		l := c[0][len(c[0])-1]
		short = l.top+l.h-f.top < (f.bottom-f.top)/3
	}
	best := columns
	for less := h.sc.body / 2; less < f.bottom-f.top; less += h.sc.body / 2 {
		try := paginate(rows[start:], func(k int) frame { return frameOf(from+k, less) })
		if len(try) > cols || !kept(try, false) {
			break
		}
		if short && len(try) > 1 && len(try[1]) > 0 && try[1][0].before == 0 { // inside a paragraph
			continue
		}
		best = append(columns[:from:from], try...)
	}
	return best
}

// listIndents is how far each paragraph of ps hangs its text from the column's edge, its
// list's bullet or number right before it: 1.6 body sizes for each level of list it is in, more
// where its list's widest mark ("12." in large print, a year Markdown reads as one: "2027.")
// would not fit there, so that no mark stands in the margin or the gap between columns, and
// the items of a list keep one edge.
func (h handout) listIndents(body Style, ps []content.Para) []float64 {
	step := body.Size * 1.6
	var widest []float64         // each list's widest mark
	in := make([][]int, len(ps)) // the lists each paragraph is in, the outermost first
	var lists []int
	for i, p := range ps {
		lists = lists[:min(len(lists), p.Level)]
		if p.ListStart && len(lists) == p.Level {
			lists = lists[:p.Level-1] // a list of its own after another at its level
		}
		for len(lists) < p.Level {
			lists, widest = append(lists, len(widest)), append(widest, 0)
		}
		if p.Mark != "" {
			l := lists[p.Level-1]
			widest[l] = max(widest[l], h.in.M.Width(body.Font, body.Size, content.InDigits(p.Mark, h.in.Lang.Digits())))
		}
		in[i] = slices.Clone(lists)
	}
	out := make([]float64, len(ps))
	for i := range ps {
		for _, l := range in[i] {
			out[i] += max(step, widest[l]+body.Size*0.4)
		}
	}
	return out
}

// flowed is the FAQ as rows to paginate: the introduction, the rest, and the size of each part.
type flowed struct {
	rows  []row
	sizes []textSize
	body  Style
}

// flow sets the FAQ's text in rows. tight sets the lines and paragraphs closer together, as far
// as reading comfort allows.
func (h handout) flow(margin, width float64, tight bool) (flowed, error) {
	faq := h.in.Lang.FAQ
	leading, gap := 1.3, 1.0
	if tight {
		leading, gap = 1.25, 0.6
	}
	if tight && h.closest { // still 1.2 (Word's "single" spacing), and paragraphs apart
		leading, gap = 1.2, 0.45
	}
	if h.sc.large { // 18/25
		leading = 25.0 / 18
	}
	if rtl(faq.Title.Text) { // Arabic letters reach far above and below the line
		leading += 0.15
	}
	body := h.style(Regular, 1, leading)
	qst := h.style(Bold, 1.1, 1.25)
	if h.sc.large {
		qst = h.style(Bold, 22.0/18, 1.25) // 22 pt
	}
	qst.Color = h.th.Primary
	paraGap := body.Size * 0.45 * gap

	var rows []row
	var sizes []textSize        // the introduction, each answer, the closing: to name the longest
	keepLeft := h.in.trial.keep // the lines of the trial's part still to keep
	var lists []*Elem           // the open list at each level, for the tags: items of one list share it
	var items []*Elem           // the body (LBody) of the last item at each level, which holds a list nested under it
	var fs faults               // every word too wide for its line is named, not only the first
	// a list keeps, like a paragraph its lines, no item alone at the head or the foot of a
	// column: its first two items stay together, as do its last two, and its first item
	// with the line that leads into it; in both editions (large print's short parts are
	// kept whole besides). A list nested under an item is a list of its own, led into by
	// the item's text: it stays with its item, and a nested list of two or three items stays
	// whole; an item with a list under it may end a column, as a paragraph does.
	type openList struct {
		items      int
		first      int // the last row of its first item's own text (not of a list under it)
		beforeLast int // the row before its last item's first
		leadIn     int // the last row of what leads into it, or -1
	}
	var open []openList // the open list at each level, the outermost first
	leadIn := -1        // the last row of the paragraph before the list to come
	lastPara := -1      // the first row of the part's last paragraph so far
	// endLists ends the lists deeper than level
	endLists := func(level int) {
		for ; len(open) > level; open = open[:len(open)-1] {
			l := open[len(open)-1]
			if l.leadIn >= 0 && !rows[l.leadIn].keep { // a paragraph's own keep (its last lines together) stays
				rows[l.leadIn].keep, rows[l.leadIn].soft = true, 1
			}
			if l.items > 1 {
				for _, k := range []int{l.first, l.beforeLast} {
					if !rows[k].keep {
						rows[k].keep, rows[k].soft = true, 2
					}
				}
				if l.items > 2 && rows[l.first].soft == 2 { // two items or more after it, kept together
					rows[l.first].soft = 3
				}
			}
		}
	}
	others := OtherNumbers(h.in.Settings.For(h.in.Lang)) // another service's numbers the words ask to dial
	hotline := h.in.autolinks("handout")                 // linked on a line where whole; placed where a line breaks them
	para := func(p content.Para, in, x, w float64, before float64) error {
		// a list right after another at its level is one of its own: the one before ends,
		// its last two items kept together, and a paragraph's space stands between them
		followsList := p.ListStart && p.Level > 0 && len(open) >= p.Level
		if followsList {
			endLists(p.Level - 1)
		} else {
			endLists(p.Level)
		}
		for len(open) < p.Level { // a list begins, under the paragraph or item before it
			open = append(open, openList{leadIn: leadIn})
		}
		if p.Level > 0 && before == paraGap && !followsList {
			before = paraGap * 0.4 // items of a list stay close together
		}
		printed := p.Printed() // with each link's number or address, which paper cannot tap
		if h.heightOnly && h.least {
			if n, ok := leastLines(h.in.M, body, printed.Text, w-in); ok {
				for range n {
					rows = append(rows, row{h: body.Leading})
				}
				return nil
			}
		}
		lines, err := wrap(h.in.M, body, printed, w-in, "handout")
		if err != nil {
			return err
		}
		cut := false // its lines a trial's, never drawn: no links to place
		if h.in.trial.cut && len(sizes)-1 == h.in.trial.part {
			k := min(keepLeft, len(lines))
			lines, keepLeft, cut = lines[:k], keepLeft-k, true
			if len(lines) == 0 {
				return nil
			}
		}
		if sizes[len(sizes)-1].lines == 0 {
			sizes[len(sizes)-1].at = printed
		}
		sizes[len(sizes)-1].lines += len(lines)
		if h.heightOnly {
			for range lines {
				rows = append(rows, row{h: body.Leading})
			}
			return nil
		}
		// a right-to-left paragraph is the mirror image: it hangs from the right, its
		// indents and list marks on the right; an item of a list hangs from its list's side,
		// the edition's, its mark there, as on the page, its words read as they are written
		// ("Instagram" in an Arabic list)
		right := paraRTL(rtl(faq.Title.Text), p.Text)
		flush := right
		if p.Level > 0 {
			flush = rtl(faq.Title.Text)
		}
		lx := x + in
		if flush {
			x = 2*margin + width - (x + w)
			lx = x
		}
		rs := lineRows(lines, lx, w-in, right, flush, body, before)
		number := beforeNumber(printed.Text, lines)
		for i, mid := range inWord(printed.Text, lines) { // an address broken across lines stays on one page, a number with the word before it
			rs[i].keep = rs[i].keep || mid || number[i]
		}
		if h.sc.large && len(rs) <= 5 { // a short paragraph is read whole under a magnifier
			for i := 0; i < len(rs)-1; i++ {
				rs[i].keep = true
			}
		}
		// tagged as a paragraph, or as the body of an item of a list (the mark is its label)
		elem, label := &Elem{Role: RoleP}, (*Elem)(nil)
		if p.Level == 0 {
			lists, items = nil, nil
		} else {
			level := p.Level
			if p.ListStart { // a new list, not more items of the one before at its level
				level--
			}
			lists, items = lists[:min(len(lists), level)], items[:min(len(items), level)]
			for len(lists) < p.Level { // a list begins, or lists do: "- 5. Fifth" is a list inside an item with no text of its own
				var parent *Elem
				if len(items) > 0 {
					parent = items[len(items)-1]
				}
				if parent == nil && len(lists) > 0 { // that item: its body holds the list
					parent = &Elem{Role: RoleLBody, Parent: &Elem{Role: RoleLI, Parent: lists[len(lists)-1]}}
					items[len(items)-1] = parent
				}
				lists = append(lists, &Elem{Role: RoleL, Parent: parent})
				items = append(items, nil)
			}
			li := &Elem{Role: RoleLI, Parent: lists[p.Level-1]}
			elem, label = &Elem{Role: RoleLBody, Parent: li}, &Elem{Role: RoleLbl, Parent: li}
			items[p.Level-1] = elem // an LI holds only its Lbl and LBody: a nested list is in the body
		}
		if links := slices.Concat(p.Links, others(printed.Text), brokenAutolinks(printed.Text, lines, hotline)); len(links) > 0 && !cut {
			places := linkPlaces(printed.Text, lines, links)
			for i := range rs { // its links, where their text is whole on a line
				draw := rs[i].draw
				rs[i].draw = func(c *canvas, top float64) {
					saved := c.links
					c.links = append(slices.Clone(saved), places[i]...)
					c.seen = nil
					draw(c, top)
					c.links = saved
				}
			}
		}
		if p.Mark != "" && len(rs) > 0 {
			first, mark := rs[0].draw, content.InDigits(p.Mark, h.in.Lang.Digits()) // a numbered list's "2." in the edition's digits
			markX := x + in - h.in.M.Width(body.Font, body.Size, mark) - body.Size*0.4
			if flush {
				markX = x + w - in + body.Size*0.4
			}
			rs[0].draw = func(c *canvas, top float64) {
				c.as(label, func() { c.mark(markX, baseline(top, body), body, mark, flush) })
				first(c, top)
			}
		}
		start := len(rows)
		rows = append(rows, tagRows(rs, elem)...)
		lastPara = start
		leadIn = len(rows) - 1
		if p.Level > 0 {
			l := &open[p.Level-1]
			if l.items == 0 {
				l.first = leadIn
			}
			l.items, l.beforeLast = l.items+1, start-1
		}
		return nil
	}
	// a part ends the lists it ends with; the next part's list has no lead-in before its heading.
	// Its last paragraph, when it takes one line, goes on with the line before it: the part's
	// last line alone at the head of a column ("There is no wrong reason to call." on the back
	// of the sheet, its answer's list on the front) reads as a widow does
	endPart := func() {
		endLists(0)
		if lastPara > 0 && lastPara == len(rows)-1 {
			rows[lastPara-1].keep = true
		}
		leadIn, lastPara = -1, -1
	}
	// headingLines breaks a heading as a title breaks (wrapEven), in as many lines as wrap
	// gives: after a sentence or a comma first ("Can I still call?" on a line of its own),
	// never after a short word ("get a / protection order") where another break fits; the
	// number its first n bytes hold ("10. ") stays with the word after it
	headingLines := func(st Style, at diag.Located, width float64, n int) ([]string, error) {
		segs := segments(typographyOf(h.in.M), at.Text)
		if n > 0 {
			segs = slices.Clone(segs) // shared
			for k, end := 0, 0; k < len(segs); k++ {
				if end += len(segs[k].text); end > n {
					break
				}
				segs[k].glue = true
			}
		}
		if h.heightOnly && h.least {
			if n, ok := leastLines(h.in.M, st, at.Text, width); ok {
				return make([]string, n), nil
			}
		}
		if h.heightOnly { // as many lines as the even wrap (its most is 0), not weighed
			return wrapSegs(h.in.M, st, at, segs, width, "handout")
		}
		return wrapEvenSegs(h.in.M, st, at, segs, width, 0, 0, "handout")
	}
	// in large print a part of up to most lines in all (a question and its answer, the
	// introduction: 8; the closing with its heading: 12) stays on one page
	keepTogether := func(from, most int) {
		if h.sc.large && len(rows)-from <= most {
			for j := from; j < len(rows)-1; j++ {
				rows[j].keep = true
			}
		}
	}
	sizes = append(sizes, textSize{name: "the introduction"})
	for i, in := range h.listIndents(body, faq.Intro) {
		fs.note(para(faq.Intro[i], in, margin, width, paraGap))
	}
	endPart()
	keepTogether(0, 8)
	taller := func() bool { return h.heightOnly && h.tallest > 0 && heightOf(rows) > h.tallest }
	for i, q := range faq.Questions {
		if taller() {
			break
		}
		if i+1 == h.in.trial.leave {
			continue
		}
		sizes = append(sizes, textSize{name: fmt.Sprintf("answer %d", i+1), part: len(sizes), question: i + 1, heading: q.Question})
		// the number starts the heading, and heading and answer share one left edge; a
		// right-to-left heading is flush right, its number on the right of its first line
		right := paraRTL(rtl(faq.Title.Text), q.Question.Text)
		num := h.in.Lang.Number(i+1) + "." // in the edition's digits
		numbered, numW, numLen := q.Question, 0.0, 0
		if right { // drawn ".1", read "1." (canvas.mark)
			numW = h.in.M.Width(qst.Font, qst.Size, numberMark(num)+" ")
		} else {
			numbered.Text, numLen = num+" "+numbered.Text, len(num)+1
		}
		lines, err := headingLines(qst, numbered, width-numW, numLen)
		if err != nil { // named as the content has it, without the number
			if _, qerr := wrap(h.in.M, qst, q.Question, width-h.in.M.Width(qst.Font, qst.Size, num+" "), "handout"); qerr != nil {
				err = qerr
			}
			fs.note(err)
		}
		heading := &Elem{Role: RoleH2}
		lists, items = nil, nil
		from := len(rows)
		bidis := paragraphBidi(lines, right)
		for j, l := range lines {
			l, j := l, j
			before := 0.0
			if j == 0 {
				before = body.Size * 0.85 * gap
			}
			rows = append(rows, tagRows([]row{{h: qst.Leading, before: before, keep: true, part: j == 0, draw: func(c *canvas, top float64) {
				if !right {
					c.inParagraph(bidis, j, func() { c.text(margin, baseline(top, qst), qst, l) })
					return
				}
				if j == 0 {
					c.mark(margin+width-c.m.Width(qst.Font, qst.Size, numberMark(num)), baseline(top, qst), qst, num, true)
				}
				c.inParagraph(bidis, j, func() { c.text(margin+width-numW-c.m.Width(qst.Font, qst.Size, l), baseline(top, qst), qst, l) })
			}}}, heading)...)
		}
		for k, in := range h.listIndents(body, q.Answer) {
			before := paraGap
			if k == 0 {
				before = body.Size * 0.25
			}
			fs.note(para(q.Answer[k], in, margin, width, before))
		}
		endPart()
		keepTogether(from, 8)
	}
	if faq.ClosingTitle.Text != "" && !taller() {
		ct := qst
		lines, err := headingLines(ct, faq.ClosingTitle, width, 0)
		fs.note(err)
		heading := &Elem{Role: RoleH2}
		lists, items = nil, nil
		from := len(rows)
		right := paraRTL(rtl(faq.Title.Text), faq.ClosingTitle.Text)
		bidis := paragraphBidi(lines, right)
		for j, l := range lines {
			l, j := l, j
			before := 0.0
			if j == 0 {
				before = body.Size * 1.4 * gap
			}
			rows = append(rows, tagRows([]row{{h: ct.Leading, before: before, keep: true, part: j == 0, draw: func(c *canvas, top float64) {
				x := margin
				if right {
					x = margin + width - c.m.Width(ct.Font, ct.Size, l)
				}
				c.inParagraph(bidis, j, func() { c.text(x, baseline(top, ct), ct, l) })
			}}}, heading)...)
		}
		sizes = append(sizes, textSize{name: "the closing", part: len(sizes)})
		for k, in := range h.listIndents(body, faq.Closing) {
			before := paraGap
			if k == 0 {
				before = body.Size * 0.25
			}
			fs.note(para(faq.Closing[k], in, margin, width, before))
		}
		// the closing, read last above the panel, is not cut from its heading up to 12 lines
		endPart()
		keepTogether(from, 12)
	}
	if err := fs.err(); err != nil {
		return flowed{}, err
	}
	return flowed{rows, sizes, body}, nil
}

// textSize is a part of the FAQ, where it begins and the lines it takes; part is its index
// among the parts, question its question's number (from 1), for an answer.
type textSize struct {
	name     string
	at       diag.Located
	lines    int
	part     int
	question int
	heading  diag.Located // the question, for an answer
}

// cutToFit is what makes the FAQ fit, found by cutting it and making the handout again (fits):
// the fewest lines of body text, least at least, that fit cut from one of its longest three
// parts, and the parts where they do; else, where leave, the shortest question to leave out
// that does, of the ten shortest; else least, cut across parts.
func (h handout) cutToFit(sizes []textSize, least int, leave bool, fits func(trial) bool) fitCut {
	sizes = slices.Clone(sizes)
	sort.SliceStable(sizes, func(i, j int) bool { return sizes[i].lines > sizes[j].lines })
	out := fitCut{lines: math.MaxInt}
	for _, s := range sizes[:min(3, len(sizes))] {
		cutBy := func(n int) bool { return fits(trial{cut: true, part: s.part, keep: s.lines - n}) }
		if s.lines < least {
			continue
		}
		n := least
		if !cutBy(least) {
			if !cutBy(s.lines) {
				continue
			}
			n = least + 1 + sort.Search(s.lines-least-1, func(i int) bool { return cutBy(least + 1 + i) })
		}
		switch {
		case n < out.lines:
			out.lines, out.parts = n, []textSize{s}
		case n == out.lines:
			out.parts = append(out.parts, s)
		}
	}
	if len(out.parts) > 0 {
		return out
	}
	out.lines = least
	if !leave {
		return out
	}
	answers := slices.DeleteFunc(sizes, func(s textSize) bool { return s.question == 0 })
	slices.SortStableFunc(answers, func(a, b textSize) int { return a.lines - b.lines })
	for _, s := range answers[:min(10, len(answers))] {
		if fits(trial{leave: s.question}) {
			out.leave = &s
			return out
		}
	}
	return out
}

// roomless is whether rows, with any one part of them left out (its rows from one that begins
// a part to the next), are taller than the n columns frameOf gives hold, gaps and page breaks
// left aside: then no page breaking fits them, and leaving out a question need not be tried.
// A FAQ of many short questions, pages too long for its handout, is told so at once.
func roomless(rows []row, frameOf func(k int) frame, n int) bool {
	room := 0.0
	for k := range n {
		f := frameOf(k)
		room += f.bottom - f.top
	}
	var total, part, largest float64
	for _, r := range rows {
		if r.part {
			largest, part = max(largest, part), 0
		}
		total += r.h
		part += r.h
	}
	return total-max(largest, part) > room
}

// fitCut is what makes a FAQ fit: lines cut from one of parts, or the question leave left
// out; lines cut across parts when neither is set.
type fitCut struct {
	lines int
	parts []textSize
	leave *textSize
}

// tooLong is the error for a FAQ longer than the handout's sheets allow: how many lines of body
// text to cut, and the longest parts, where cutting is most likely (those where it does, when
// cut found them); or the question to leave out, when no cut inside a part does.
func (h handout) tooLong(cut fitCut, sizes []textSize, what string) *FitError {
	hint, c := h.cutSaid(cut, sizes)
	return &FitError{Where: "the FAQ", Hint: hint, Cuts: []Cut{c},
		Msg: fmt.Sprintf(what+", the last the %s may take (%s)", h.maxPages(), h.edition(), sheetsOf(h.maxPages()))}
}

// exact is err, where it is a FAQ too long (with no other text that does not fit), with what
// makes it fit found by cutting it and making the handout again, as the pages keep parts whole
// (large print a question of up to 8 lines and a paragraph of up to 5): the lines the last page
// lacked, cut before it, may only leave white space at the foot of a page.
func (h handout) exact(err error, large bool) error {
	var fe *FitError
	if !errors.As(err, &fe) || fe.Where != "the FAQ" || len(fe.More) > 0 || fe.Cuts[0].Lines == 0 || h.in.trial != (trial{}) {
		return err
	}
	margin, colW := h.measure()
	f, ferr := h.flow(margin, colW, false)
	if ferr != nil {
		return err
	}
	cut := h.cutToFit(f.sizes, fe.Cuts[0].Lines, !fe.roomless, func(t trial) bool {
		in := h.in
		in.trial = t
		_, err := Handout(in, h.p, large)
		return err == nil
	})
	c := *fe
	c.Hint, c.Cuts[0] = h.cutSaid(cut, f.sizes)
	return &c
}

// cutSaid is the hint and the cut of a FAQ too long that cut makes fit.
func (h handout) cutSaid(cut fitCut, sizes []textSize) (string, Cut) {
	longest, tried := cut.parts, len(cut.parts) > 0
	if !tried {
		sizes = slices.Clone(sizes)
		sort.SliceStable(sizes, func(i, j int) bool { return sizes[i].lines > sizes[j].lines })
		longest = sizes[:min(3, len(sizes))]
	}
	var parts []Part
	for _, s := range longest {
		parts = append(parts, Part{s.name, s.at, s.lines})
	}
	n := cut.lines
	hint := ""
	if h.maxPages() == h.sc.sheet {
		hint = fmt.Sprintf("shorten the text, or remove handout: sheets: 1 from settings.yaml to allow twice as many pages: %d, on %s", 2*h.sc.sheet, sheetsOf(2*h.sc.sheet))
	}
	// the cut spread over many questions, none long: the number of them is what to change
	if q, most := len(h.in.Lang.FAQ.Questions), 0; q > 12 && len(cut.parts) == 0 {
		for _, p := range parts {
			most += p.Lines
		}
		if 2*most < n {
			hint = fmt.Sprintf("its %d questions take the room (its longest parts %d %s of the %d to cut): leave questions out, or split them between two handouts, each from a content folder of its own", q, most, plural(most, "line"), n)
		}
	}
	if l := cut.leave; l != nil {
		// the pages keep parts whole: lines cut inside them leave white space where they end
		keeps := "the pages keep a question with its answer's first lines"
		if h.sc.large {
			keeps = "large print keeps a question and its answer of up to 8 lines, and a paragraph of up to 5, on one page"
		}
		hint = fmt.Sprintf("no cut of lines inside its longest parts makes room, as %s: leave out a question; question %d (%s:%d, its answer %d %s) is the shortest that does", keeps, l.question, l.heading.File, l.heading.Line, l.lines, plural(l.lines, "line"))
		n, parts = 0, nil
	}
	return hint, Cut{FAQ: h.in.Lang.FAQ.Title.File, Line: h.in.Lang.FAQ.Title.Line, Paper: PaperTitle(h.p.Name), Lines: n, Longest: parts, Tried: tried}
}

// titleBand is the band on page 1: title and subtitle in white on the primary colour, and the
// organisation's logo, if any, on a white plate in the bottom right corner. It returns the height the
// band takes from the top of the page flow, and its drawing.
func (h handout) titleBand(inset, margin, width float64) (float64, func(c *canvas), error) {
	top := 0.4 * Inch
	pad := h.sc.body * 1.05
	tl, sl, tst, sst, err := h.bandText(width)
	if err != nil {
		return 0, nil, err
	}
	textH := func(tl, sl []string) float64 {
		return float64(len(tl))*tst.Leading + sst.Size*0.4 + float64(len(sl))*sst.Leading
	}
	height := pad + textH(tl, sl) + pad
	// The logo takes about the area of a 0.6 in square whatever its shape (a stacked logo as
	// tall as the band, a wordmark wide), at the bottom right (see plateLeft); the lines beside
	// it keep clear of it, set narrower if they must (or the subtitle alone, the plate under the
	// title), else it has a row of its own under them.
	var logo block
	below := false
	// the plate stands at the end of the lines beside it: on the left where they read right to
	// left, and so begin on the right
	titleRight := rtl(h.in.Lang.FAQ.Title.Text)
	subRight := paraRTL(titleRight, h.in.Lang.Text.Handout.Subtitle.Text)
	plateLeft := subRight || len(sl) == 0 && titleRight
	if l := h.in.Logo; l != nil {
		u := Inch * h.sc.body / 12
		lw, lh := l.Fit(content.LogoSide*u, content.LogoLegible*u, content.LogoMaxW*u, content.LogoMaxH*u)
		// no taller than the band, unless that makes it too thin to read: the band grows
		if most := textH(tl, sl) + pad*1.2 - 2*max(3, min(lw, lh)*0.12); lh > most {
			if w, h := l.Fit(content.LogoSide*u, content.LogoLegible*u, content.LogoMaxW*u, most); min(w, h) >= content.LogoLegible*u {
				lw, lh = w, h
			}
		}
		// then logo_size, which the band grows to hold
		lw, lh = lw*l.Size(), lh*l.Size()
		logo = plate(l, lw, lh, max(3, min(lw, lh)*0.12), h.th)
		gap := h.sc.body
		// the band's height with the plate beside the lines; under the title (the subtitle
		// alone beside it), taller by what the plate would reach into the title's lines
		beside := func(tl, sl []string, underTitle bool) float64 {
			hgt := max(pad+textH(tl, sl)+pad, logo.h+pad*0.8)
			if underTitle {
				hgt = max(hgt, pad+float64(len(tl))*tst.Leading+sst.Size*0.4+logo.h+pad*0.4)
			}
			return hgt
		}
		clear := func(tl, sl []string, height float64) bool { // every line beside the plate ends short of it
			y, plateTop := pad, height-pad*0.4-logo.h
			for _, ls := range []struct {
				lines []string
				st    Style
				right bool
			}{{tl, tst, titleRight}, {sl, sst, subRight}} {
				for _, line := range ls.lines {
					// a line that begins on the plate's side meets it however short it is
					if y+ls.st.Leading > plateTop && (ls.right != plateLeft || h.in.M.Width(ls.st.Font, ls.st.Size, line)+gap+logo.w > width) {
						return false
					}
					y += ls.st.Leading
				}
				y += sst.Size * 0.4
			}
			return true
		}
		height = beside(tl, sl, false)
		if !clear(tl, sl, height) {
			// narrower, unless that makes the band taller than a row of the logo's own: the
			// title and the subtitle, else the subtitle alone in up to a line more, the plate
			// under the title, which keeps the band's width (a title of three lines at the
			// width takes four beside it; a stacked logo's row took large print's cover the
			// room of its QR code)
			row := height + logo.h
			ntl, nsl, ntst, nsst, err := h.bandText(width - logo.w - gap)
			nh := beside(ntl, nsl, false)
			narrow := err == nil && ntst.Size == tst.Size && nsst.Size == sst.Size && clear(ntl, nsl, nh) && nh < row
			if !narrow && len(sl) > 0 {
				ntl = tl
				nsl, err = fitLines(h.in.M, sst, h.in.Lang.Text.Handout.Subtitle, width-logo.w-gap, len(sl)+1, "title band")
				nh = beside(ntl, nsl, true)
				narrow = err == nil && clear(ntl, nsl, nh) && nh < row
			}
			if narrow {
				tl, sl, height = ntl, nsl, nh
			} else {
				below = true
				height = row
			}
		}
	}
	return top + height + h.sc.body, func(c *canvas) {
		c.add(Rect{X: inset, Y: top, W: h.p.W - 2*inset, H: height, Fill: h.th.Primary})
		y := top + pad
		// a right-to-left title or subtitle is flush right, each line placed as a line of it
		lines := func(ls []string, st Style, right bool) {
			bidis := paragraphBidi(ls, right)
			for i, l := range ls {
				x := margin
				if right {
					x = margin + width - h.in.M.Width(st.Font, st.Size, l)
				}
				c.inParagraph(bidis, i, func() { c.text(x, baseline(y, st), st, l) })
				y += st.Leading
			}
		}
		c.within(RoleH1, "", func() { lines(tl, tst, titleRight) })
		y += sst.Size * 0.4
		c.within(RoleP, "", func() { lines(sl, sst, subRight) })
		if logo.w > 0 {
			ly := top + height - pad*0.4 - logo.h
			if below {
				ly = y + (height-(y-top)-logo.h)/2
			}
			// in the band's corner, as far from its side as from its foot (the text's inset
			// from the side is wider: a plate there looked dropped off its line)
			edge := top + height - ly - logo.h
			lx := h.p.W - inset - edge - logo.w
			if plateLeft {
				lx = inset + edge
			}
			name := h.in.Settings.Organisation.Name.Text
			c.within(RoleFigure, name, func() {
				logo.draw(c, lx, ly)
			}).Lang = c.langOf(name) // the name says it, in its language
		}
	}, nil
}

// evenThird is how much longer than a third of a subtitle of three lines its longest may be.
const evenThird = 1.15

// bandText is the title and the subtitle wrapped in width, with their styles. A title longer
// than three lines is set smaller, a point at a time, down to a third larger than the body
// (24 pt in large print, 16 pt in the standard handout), before it is refused: still the
// page's largest text. A subtitle longer than two lines takes a third, then is set smaller in
// three, a point at a time, down to the body's size, before it is refused; its three lines
// are of about even length.
func (h handout) bandText(width float64) (tl, sl []string, tst, sst Style, err error) {
	tst, sst = h.titleStyles()
	most := 3
	if h.shortTitle {
		most = 0
	}
	for floor := h.sc.body * 4 / 3; ; tst = h.titleStyle(max(floor, tst.Size-1)) {
		tl, err = wrapEvenIn(h.in.M, tst, h.in.Lang.FAQ.Title, width, most, "title band")
		if err == nil && len(tl) > 3 {
			err = fitErr(h.in.Lang.FAQ.Title, "title band", "needs %d lines at %.1f pt in a %s box; 3 fit", len(tl), tst.Size, inches(width))
		}
		if err == nil || tst.Size <= floor {
			break
		}
	}
	var fs faults // the title and the subtitle, each named
	fs.note(err)
	sub := h.in.Lang.Text.Handout.Subtitle
	sl, err = fitLines(h.in.M, sst, sub, width, 2, "title band")
	for len(sl) > 2 { // a third line, then a point smaller at a time, down to the body's size
		if sl, err = fitLines(h.in.M, sst, sub, width, 3, "title band"); err == nil || sst.Size <= h.sc.body {
			break
		}
		sst = sst.scaled(max(h.sc.body, sst.Size-1) / sst.Size)
	}
	if err == nil && len(sl) == 3 {
		// as even as two lines are: the breaks weighed in the width of a third of it and a
		// little more, which parts it into thirds (48, 75 and 52 characters in the band's)
		if even, eerr := fitLines(h.in.M, sst, sub, min(width, evenThird*richWidth(h.in.M, sst, sub.Text)/3), 3, "title band"); eerr == nil {
			sl = even
		}
	}
	fs.note(err)
	return tl, sl, tst, sst, fs.err()
}

func (h handout) titleStyles() (Style, Style) {
	// 25 pt over 12 pt body; relatively smaller in large print, where it would crowd the band
	tst := h.titleStyle(13.2 + h.sc.body)
	sst := h.style(Regular, 1.15, 1.3)
	sst.Color = h.th.White
	return tst, sst
}

// titleStyle is the title's style at size.
func (h handout) titleStyle(size float64) Style {
	return textStyle(Bold, size, displayLeading(h.in.Lang), h.th.White)
}

// tall is the leading an edition's lines take beyond Latin's, in ems: 0.25 for one in an
// Indic script (by its title's), whose marks and stacked conjuncts reach far above and below
// the line, and vowelled for one in Arabic script (by its title's) that writes Arabic vowel
// signs in any of its texts (typeface.Vowelled: one shadda in the hotline box is enough; an
// English edition that prints a vowelled Arabic name is not one), else none. Noto's Kannada
// and Telugu reach 0.54 and 0.48 em below the baseline, Atkinson's Latin 0.32: at 0.15 more
// a Kannada conjunct's subscript (ರಾಷ್ಟ್ರೀಯ) still touched the line below. (Arabic's body
// text is set 0.15 apart in flow, besides.)
func tall(l *content.Language) float64 {
	switch {
	case deep(l.FAQ.Title.Text) > 0 && slices.ContainsFunc(l.Texts, func(t diag.Located) bool { return typeface.Vowelled(t.Text) }):
		return vowelled
	case strings.ContainsFunc(l.FAQ.Title.Text, func(r rune) bool { return unicode.Is(unicode.Myanmar, r) }):
		return myanmar
	case typeface.HasShaped(l.FAQ.Title.Text):
		return shapedLeading
	}
	return 0
}

// displayLeading is the leading, in ems, of a title's or a headline's lines, set close: 1.12
// for Latin, and tall's more; Myanmar's more again, as its marks above and below, drawn bold
// and large (Noto Serif Myanmar's ူ under one line, ီ over the next), take 1.65 em: they met at 1.57.
func displayLeading(l *content.Language) float64 {
	t := tall(l)
	if t == myanmar {
		t += 0.35
	}
	return 1.12 + t
}

// shapedLeading is the leading, in ems, that lines of a script HarfBuzz shapes take beyond
// Latin's (tall), where no other is given.
const shapedLeading = 0.25

// myanmar is the leading, in ems, that lines of Myanmar take beyond Latin's: its vowel signs
// and medials stack over and under its letters further than any other script's here (Noto
// Sans Myanmar's lines reach 1.05 em above the baseline and 0.55 em below), and at 0.25 a
// card's label touched the name under it.
const myanmar = 0.45

// vowelled is the leading, in ems, that lines of Arabic written with its vowel signs take
// beyond Latin's: a shadda with a fatha over it, on a bold letter (اتَّصل), reaches 1.1 em
// above the line, and at 0.25 more still touched the line above.
const vowelled = 0.4

// reach is the leading, in ems, that a line of s takes beyond a Latin line's where nothing
// else gives it (the poster's lines under its code): tall's, by s's own letters, and deep's.
func reach(s string) float64 {
	extra := deep(s)
	switch {
	case typeface.Vowelled(s):
		extra += vowelled
	case typeface.HasShaped(s):
		extra += shapedLeading
	}
	return extra
}

// deep is the leading, in ems, that lines of Arabic script take beyond a Latin line's where
// nothing else gives it them (the handout's body takes it in flow): its letters reach far
// below the line (a final ې's two dots, in Noto Naskh, reached the address set under it on a
// poster).
func deep(s string) float64 {
	if strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
		return 0.15
	}
	return 0
}

// logoPlate is the logo at height (or narrower, within maxW) on a white plate, so any logo
// reads on any colour. It is empty when there is no logo.
func logoPlate(l *content.Logo, height, maxW float64, th Theme) block {
	if l == nil {
		return block{}
	}
	height *= l.Size()
	w := height * float64(l.W) / float64(l.H)
	h := height
	if w > maxW {
		w, h = maxW, maxW*float64(l.H)/float64(l.W)
	}
	return plate(l, w, h, height*0.15, th)
}

// plate is the logo w by h on a white plate pad wider on each side.
func plate(l *content.Logo, w, h, pad float64, th Theme) block {
	return block{w: w + 2*pad, h: h + 2*pad, draw: func(c *canvas, x, y float64) {
		c.add(Rect{X: x, Y: y, W: w + 2*pad, H: h + 2*pad, Fill: th.White})
		c.add(Image{X: x + pad, Y: y + pad, W: w, H: h, Data: l.PNG, Name: "logo"})
	}}
}

// helpBox is the hotline box on page 1 (page 2 may never be copied), or (closing) the
// panel the last page ends in, alike but for its lighter colour and the note: a title, what
// reassures (the note), then in one order everywhere the hotline's label and its number, the dominant
// line (28 pt or more), the text line, TTY and chat (each only when the content has it); the
// QR code and its address beside them, or under them when beside them the labels would wrap
// into a narrow column (or the code beside them and its address under them, where the address
// is too wide to stand under the code there); and 911 last, across the box under all of them,
// smaller. An ink keyline keeps its edges on a photocopy. It is room tall at most when either arrangement
// allows. It draws with its text from x, its top at y.
func (h handout) helpBox(width, room float64, kind boxKind) (block, error) {
	b, err := h.helpBoxWay(width, room, kind)
	// an address wider than the code beside the numbers narrows their column: broken after a
	// '/' where that makes the box shorter ("www.riversidechc.org/crisis-support" in large
	// print wrapped every label, the hotline's name too, in a column of 2.3 in)
	urlSt := h.style(Bold, 1, 1.3)
	// (an address with no '/' to break after, the default kit's, is not laid out twice)
	if err == nil && strings.Contains(strings.TrimRight(h.in.Address.Text, "/"), "/") && h.in.M.Width(urlSt.Font, urlSt.Size, h.in.Address.Text) > h.codeSize() {
		broken := h
		broken.brokenAddress = true
		if o, oerr := broken.helpBoxWay(width, room, kind); oerr == nil && o.h < b.h {
			return o, nil
		}
	}
	return b, err
}

// helpBoxWay is the box helpBox chooses, the address under the code as h sets it.
func (h handout) helpBoxWay(width, room float64, kind boxKind) (block, error) {
	b, beside, err := h.helpBoxAs(width, kind, 0)
	if err == nil && !beside { // the code beside long labels, when that makes the box shorter: it takes the text's room
		o, ok, oerr := h.helpBoxAs(width, kind, 1)
		// an address too wide to stand under the code beside them goes under the numbers, a
		// line more rather than the code's height more; not on large print's page 1, which
		// holds the box alone and takes this only where the box does not fit (see lay)
		if (oerr != nil || !ok) && !(h.sc.large && kind == page1Box) {
			o, ok, oerr = h.helpBoxAs(width, kind, addressWithNumbers)
		}
		if oerr == nil && ok && o.h < b.h {
			b, beside = o, true
		}
	}
	if err == nil && b.h > room { // too tall: the other way round, if that fits
		if o, _, oerr := h.helpBoxAs(width, kind, map[bool]int{true: -1, false: 1}[beside]); oerr == nil && o.h <= room {
			return o, nil
		}
	}
	return b, err
}

// labelled is a value after its label on one line: "In danger? 911", "TTY: 711".
func labelled(label, value string) string {
	if label == "" {
		return value
	}
	last, _ := utf8.DecodeLastRuneInString(label)
	switch {
	case strings.ContainsRune("?!:.？！：。؟។៕៖။։", last), strings.ContainsAny(label, "՞՜"): // "In danger?" needs no colon, nor Armenian's, whose ՞ sits on the word asked about ("Վտանգի մե՞ջ եք")
		return label + " " + value
	case unicode.Is(unicode.Khmer, last):
		return label + "៖ " + value // Khmer's own colon
	case unicode.In(last, unicode.Han, unicode.Hiragana, unicode.Katakana):
		return label + "：" + value // a full-width colon, which takes its own space
	}
	return label + ": " + value
}

// numberLinesMost is the most lines a line of the hotline box whose job is a number (the call
// line, the text line, TTY) may take: its words in two, and its number.
const numberLinesMost = 3

// dangerLines is the most lines the hotline box's 911 line may take: a sentence, not a paragraph.
const dangerLines = 3

// addDanger adds the hotline's 911 line to col, gap under what is above it, in st (smaller than
// the numbers most people use): after its label (danger_label) on one line where that fits
// width, else broken as the box's other labels are, evenly, the label over the rest and the
// rest ("Khi gặp nguy hiểm khẩn cấp, / hãy gọi 911") in at most dangerLines lines. The
// number stays whole on its line, as every number does, and so is its link. It names each
// text that does not fit even so.
func (h handout) addDanger(col *column, st Style, gap, width float64, where string) error {
	t := h.in.Lang.Text.Help
	one := t.Danger
	one.Text = labelled(t.DangerLabel.Text, t.Danger.Text)
	if fitOne(h.in.M, st, one, width, where) == nil {
		col.add(st, gap, one.Text)
		return nil
	}
	var fs faults
	rest, err := fitLines(h.in.M, st, t.Danger, width, dangerLines, where)
	if fs.note(err); rest == nil {
		rest = []string{t.Danger.Text} // named; the rest of the box is still measured
	}
	if t.DangerLabel.Text == "" {
		col.add(st, gap, rest...)
		return fs.err()
	}
	ls, err := wrapEven(h.in.M, st, t.DangerLabel, width, where)
	fs.note(err)
	col.add(st, gap, ls...)
	col.join(st, 0, rest...)
	return fs.err()
}

// boxKind is which of the hotline's boxes a handout draws.
type boxKind int

const (
	page1Box      boxKind = iota
	closingPanel          // on the last page: lighter, without the note page 1 has given
	closingSnug           // the closing panel set closer, where the text leaves less room
	closingInline         // set closer, the TTY and chat lines each after its label on one line
)

// noCode asks helpBoxAs for the box without its QR code; addressWithNumbers for the code
// beside the numbers and its address (after the code's caption) under them, as in the strip;
// numbersBroken for the code beside them, a number line too wide to stand beside it broken
// there, its words over its number ("Composez le" / "1-866-724-3321 ext. 4").
const noCode, addressWithNumbers, numbersBroken = -2, 2, 3

// helpBoxAs lays out the box with the QR code beside the numbers (force 1), under them (-1),
// without it (noCode), beside them with its address under them (addressWithNumbers), beside
// them broken (numbersBroken), or as the labels' lengths advise (0); it says which it chose.
func (h handout) helpBoxAs(width float64, kind boxKind, force int) (block, bool, error) {
	t := h.in.Lang.Text.Help
	fill := h.th.Accent
	if kind != page1Box {
		fill, t.Note = h.th.Panel, diag.Located{}
	}
	pad, sp := h.sc.body*1.0, 1.0 // the padding, and the spaces between the lines as a share
	if kind >= closingSnug || kind == page1Box && h.snugBox {
		pad, sp = h.sc.body*0.6, 0.6
	}
	title := h.style(Bold, 1.3, 1.25)
	label := h.style(Regular, 1, 1.25)
	value := textStyle(Bold, h.numberSize(), 1.2, h.th.Ink)
	textSt := h.style(Bold, 1.45, 1.25)
	if !h.in.Settings.Hotline.Calls() { // the text line is the line to reach: set as the number to call is
		textSt = value
	}
	minorSt := h.style(Regular, 1, 1.3)
	gap := h.sc.body * 1.5
	type way struct {
		label, value diag.Located
		st           Style
		address      bool // a web address, broken as one in two lines where it must
		number       bool // a number with words around it (call, text, TTY), broken beside its number where it must (numberLines)
	}
	chat := t.Chat.Text != "" // an address, or words with one: either breaks after a '/' (see addressLines)
	ways := []way{{t.CallLabel, t.Call, value, false, true}, {t.TextLabel, t.Text, textSt, false, true}, {t.TTYLabel, t.TTY, minorSt, false, true}, {t.ChatLabel, t.Chat, minorSt, chat, false}}
	if force == addressWithNumbers {
		ways = append(ways, way{h.caption(), h.in.Address, h.style(Bold, 1, 1.3), true, false})
	}
	// the small lines (TTY, chat) break beside the code as its labels do: a long one ("Deaf or
	// hard of hearing: TTY 711 (Monday to Friday, ...)") sent the code under every line
	small := func(w way) bool { return w.address || w.number && w.st == minorSt }
	valueW, labelW := 0.0, 0.0
	for _, w := range ways {
		if w.value.Text != "" {
			switch vw := h.in.M.Width(w.st.Font, w.st.Size, w.value.Text); {
			case w.address: // in two lines at most (smallFit)
			case small(w): // in lines as a label's
				labelW = max(labelW, vw)
			default:
				valueW = max(valueW, vw)
			}
			labelW = max(labelW, h.in.M.Width(label.Font, label.Size, w.label.Text))
		}
	}
	// a large number line breaks where it is too wide for the box (numbersBroken: for its column)
	numberRoom := func(colW float64) float64 {
		if force == numbersBroken {
			return colW
		}
		return width
	}
	// a chat's address beside the code in at most two lines
	valueLines := func(w way, colW float64) ([]string, error) {
		switch {
		case w.address:
			return addressLines(h.in.M, w.st, w.value, colW, 2, true, "hotline box")
		case w.number && (small(w) || fitOne(h.in.M, w.st, w.value, numberRoom(colW), "") != nil): // a large one too wide for the box, not only beside the code
			return numberLines(h.in.M, w.st, w.value, colW, numberLinesMost, "hotline box")
		}
		return []string{w.value.Text}, fitOne(h.in.M, w.st, w.value, colW, "hotline box")
	}
	smallFit := func(colW float64) bool {
		for _, w := range ways {
			if _, err := valueLines(w, colW); small(w) && w.value.Text != "" && err != nil {
				return false
			}
		}
		return true
	}
	// beside the numbers, a long address breaking in two, when no label beside it takes more
	// than two lines; else under them, the labels across the box
	var fs faults // every text that does not fit is named, not only the first
	code, err := h.qrBlock(width-gap-valueW, true, false)
	if h.brokenAddress && err == nil {
		if narrow, nerr := h.qrBlock(code.w-1, true, false); nerr == nil {
			code = narrow
		}
	}
	beside := err == nil && valueW+gap+code.w <= width && smallFit(width-gap-code.w) && (labelW <= 1.9*(width-gap-code.w) && force == 0 || force > 0)
	switch {
	case force == noCode:
		code, beside = block{}, false
	case force == numbersBroken: // the code as wide as it takes; the numbers that do not fit beside it are named below
		if code, err = h.qrBlock(width/2, true, false); fs.note(err) != nil {
			return block{}, false, err
		}
		beside = smallFit(width - gap - code.w)
	case force == addressWithNumbers: // the numbers that do not fit beside it are named below
		qc, err := h.code()
		if err != nil {
			return block{}, false, err
		}
		code, beside = block{w: qc.box, h: qc.box, draw: qc.draw}, true
	case !beside: // under the numbers: flush with them, centred in a right-to-left box
		if code, err = h.qrBlock(width, rtl(t.Title.Text), true); fs.note(err) != nil {
			return block{}, false, err
		}
	}
	colW := width
	if beside {
		colW = width - gap - code.w
	}
	// the title keeps to the column, on as many lines as it needs: one beside the code would
	// print over its caption
	var head column
	if t.Title.Text != "" {
		ls, err := wrapEven(h.in.M, title, t.Title, colW, "hotline box")
		fs.note(err)
		head = column{{st: title, lines: ls, role: RoleH2}}
	}
	// what reassures first, under the title
	if t.Note.Text != "" {
		ls, err := wrapEven(h.in.M, label, t.Note, colW, "hotline box")
		fs.note(err)
		head.add(label, label.Size*0.4*sp, ls...)
	}
	// then each way to get help, its label and its number, one paragraph
	var col column
	for _, w := range ways {
		if w.value.Text == "" {
			continue
		}
		g := label.Size * 0.55 * sp
		if len(col) == 0 {
			g = label.Size * 0.4 * sp
		}
		var ls []string
		if w.label.Text != "" {
			ls, err = wrapEven(h.in.M, label, w.label, colW, "hotline box")
			fs.note(err)
		}
		vl, err := valueLines(w, colW)
		if fs.note(err); err != nil {
			vl = []string{w.value.Text} // named; the rest of the box is still checked
		}
		one := w.value
		one.Text = labelled(w.label.Text, w.value.Text)
		if kind == closingInline && w.st == minorSt && fitOne(h.in.M, w.st, one, colW, "hotline box") == nil {
			ls, vl = nil, []string{one.Text}
		}
		if len(ls) > 0 {
			col.add(label, g, ls...)
			col.join(w.st, 0, vl...)
		} else {
			col.add(w.st, g, vl...)
		}
	}
	// 911 last: at the foot of the numbers when the code beside them ends above it, else
	// across the box under them and the code
	textH := head.height() + col.height()
	under := !beside || code.h > textH+label.Size*0.7*sp
	lastW := colW
	if under || force == numbersBroken { // across the box too where the room is short, the code ended
		lastW = width
	}
	var last column
	fs.note(h.addDanger(&last, minorSt, label.Size*0.7*sp, lastW, "hotline box"))
	bodyH := textH // the title, the numbers and the code, without 911
	switch {
	case !beside && code.h > 0:
		bodyH += label.Size*0.6*sp + code.h
	case beside:
		bodyH = max(bodyH, code.h)
	}
	height := pad + bodyH + last.height() + pad
	if !under {
		height = pad + textH + last.height() + pad
	}
	keyline := keylineWidth * h.sc.body / 12
	// in a right-to-left box, the mirror image: text flush right, the code on the left
	right := rtl(t.Title.Text)
	setCol := func(c *canvas, col column, x, y float64) float64 {
		if right {
			return col.drawRight(c, x+width, y)
		}
		return col.draw(c, x, y)
	}
	return block{w: width, h: height, draw: func(c *canvas, x, top float64) {
		c.within(RoleSect, "", func() {
			// the text keeps to the column; the colour hangs into the margin
			keyed(c, Rect{X: bandInset, Y: top, W: h.p.W - 2*bandInset, H: height, Fill: fill}, keyline, h.th.Ink)
			y := setCol(c, head, x, top+pad)
			y = setCol(c, col, x, y)
			if code.draw != nil {
				codeX, codeY := x+width-code.w, top+pad
				switch {
				case !beside:
					codeX, codeY = x, y+label.Size*0.6*sp
				case force == addressWithNumbers: // its foot level with its caption and address, the column's last lines: a code's caption stays with it
					codeY = max(codeY, y-code.h)
				}
				if right {
					codeX = 2*x + width - codeX - code.w
				}
				code.draw(c, codeX, codeY)
			}
			if under {
				y = top + pad + bodyH
			}
			setCol(c, last, x, y)
		})
	}}, beside, fs.err()
}

// strip is the compact panel a large-print sheet without the box or the closing panel ends
// in: the title, the numbers without their labels (each says what to do), TTY and chat after
// their labels, the address and 911, the QR code beside them, in the panel's colour; a section
// for a screen reader, as the box is.
func (h handout) strip(width float64) (block, error) {
	t := h.in.Lang.Text.Help
	pad := h.sc.body * 0.6
	title := h.style(Bold, 1.3, 1.25)
	minor := h.style(Regular, 1, 1.3)
	qc, err := h.code()
	if err != nil {
		return block{}, err
	}
	gap := h.sc.body * 1.5
	colW := width - gap - qc.box
	var fs faults
	var col column
	if t.Title.Text != "" { // beside the code, on as many lines as it needs
		ls, err := wrapEven(h.in.M, title, t.Title, colW, "hotline strip")
		fs.note(err)
		col = column{{st: title, lines: ls, role: RoleH2}}
	}
	number, text := textStyle(Bold, h.numberSize(), 1.2, h.th.Ink), h.style(Bold, 1.45, 1.25)
	if !h.in.Settings.Hotline.Calls() { // the text line is the line to reach, as in the box
		text = number
	}
	for _, w := range []struct {
		label, value diag.Located
		st           Style
		lines        func(m Measurer, st Style, at diag.Located, width float64, most int, where string) ([]string, error)
	}{
		{diag.Located{}, t.Call, number, numberLines},
		{diag.Located{}, t.Text, text, numberLines},
		{t.TTYLabel, t.TTY, minor, numberLines},
		{t.ChatLabel, t.Chat, minor, fitLines},
	} {
		if w.value.Text == "" {
			continue
		}
		one := w.value
		one.Text = labelled(w.label.Text, w.value.Text)
		if fitOne(h.in.M, w.st, one, colW, "hotline strip") == nil {
			col.add(w.st, minor.Size*0.3, one.Text)
			continue
		}
		if w.label.Text != "" { // the label over its value
			ls, err := wrapEven(h.in.M, minor, w.label, colW, "hotline strip")
			fs.note(err)
			col.add(minor, minor.Size*0.3, ls...)
		}
		// a value too wide beside the code ("Tumawag sa 1-888-373-7888" at 29 pt, "Envoyez
		// AIDE par texto au 233733") breaks beside its number, which stays whole: two lines of the strip take far less of the
		// page than the panel with the code under the numbers that a strip failing here gives
		vl, err := w.lines(h.in.M, w.st, w.value, colW, 2, "hotline strip")
		if fs.note(err); vl == nil {
			vl = []string{w.value.Text}
		}
		if w.label.Text != "" {
			col.join(w.st, 0, vl...)
		} else {
			col.add(w.st, minor.Size*0.3, vl...)
		}
	}
	urlSt := h.style(Bold, 1, 1.3)
	ul, err := addressLines(h.in.M, urlSt, h.in.Address, colW, 2, true, "the hotline strip")
	fs.note(err)
	col.add(urlSt, minor.Size*0.3, ul...)
	addressFoot := col.height() // the code's foot is level with it (see draw)
	fs.note(h.addDanger(&col, minor, minor.Size*0.3, colW, "hotline strip"))
	if err := fs.err(); err != nil {
		return block{}, err
	}
	height := pad + max(col.height(), qc.box) + pad
	right := rtl(t.Title.Text)
	keyline := keylineWidth * h.sc.body / 12
	return block{w: width, h: height, draw: func(c *canvas, x, top float64) {
		c.within(RoleSect, "", func() {
			keyed(c, Rect{X: bandInset, Y: top, W: h.p.W - 2*bandInset, H: height, Fill: h.th.Panel}, keyline, h.th.Ink)
			y, codeX := top+pad, x+width-qc.box
			if right { // the mirror image: text flush right, the code on the left
				codeX = x
			}
			if right {
				col.drawRight(c, x+width, y)
			} else {
				col.draw(c, x, y)
			}
			// the code beside its address, which is what it opens for those who cannot scan
			qc.draw(c, codeX, min(max(top+pad, top+pad+addressFoot-qc.box), top+height-pad-qc.box))
		})
	}}, nil
}

// block is a measured piece that draws itself with its top left at x, y.
type block struct {
	w, h float64
	draw func(c *canvas, x, y float64)
}

// code is the handout's QR code: 1 in without the quiet zone (at least 0.9 in is needed);
// 1.2 in in large print, where the type grows for the eyes but a phone reads the code as well
// as before.
func (h handout) code() (code, error) { return h.in.code(h.url, h.codeSize(), "QR code") }

func (h handout) codeSize() float64 { return 1.0 * Inch * min(1.2, h.sc.body/12) }

// caption is what the code's title says: what scanning it opens.
func (h handout) caption() diag.Located {
	t := h.in.Lang.Text.Handout
	return h.in.scanCaption(t.ScanTitle, cmp.Or(t.ScanGuide, h.in.Lang.Text.Poster.ScanGuide))
}

// qrBlock is the code on a white square with its quiet zone, a title above and the address
// printed under it for people who cannot scan. It is at most maxW wide. Its lines are centred
// on the code when it stands in a column of its own, else set flush left with the text above.
// The address breaks inside its site, or before a short last piece of its path that alone on
// its line reads as a word ("www.lanecountyor.gov/" / "crisis"), only where site allows (not
// beside the numbers, where the box may set it under them or under the code instead).
func (h handout) qrBlock(maxW float64, centred, site bool) (block, error) {
	qc, err := h.code()
	if err != nil {
		return block{}, err
	}
	codeBox := qc.box
	title := h.style(Bold, 1, 1.25)
	urlSt := h.style(Bold, 1, 1.3)
	addrLines := func(st Style) ([]string, error) {
		ls, err := addressLines(h.in.M, st, h.in.Address, maxW, 2, site, "under the QR code")
		if err == nil && !site && len(ls) > 1 && stubTail(ls[len(ls)-1]) {
			err = fitErr(h.in.Address, "under the QR code", "leaves %q alone on its last line in %s at %.1f pt", ls[len(ls)-1], inches(maxW), st.Size)
		}
		return ls, err
	}
	ul, err := addrLines(urlSt)
	// an address a little too wide for the room beside the numbers is set a little smaller
	// rather than send the code under them, where it takes the text's room (not in large
	// print, whose every text is 18 pt or more), nor where it is to break (brokenAddress)
	for _, k := range addressShrinks {
		if err == nil || h.sc.large || h.brokenAddress {
			break
		}
		small := h.style(Bold, k, 1.3)
		if l, e := addrLines(small); e == nil {
			urlSt, ul, err = small, l, nil
		}
	}
	urlErr := err // the block is laid out with the address cut short, the rest checked
	w := codeBox
	for _, l := range ul {
		w = max(w, h.in.M.Width(urlSt.Font, urlSt.Size, l))
	}
	titleW := maxW // flush left, the title may run as wide as the text above it
	if centred {
		titleW = w
	}
	caption := h.caption()
	tl, err := wrapEven(h.in.M, title, caption, titleW, "above the QR code")
	if err != nil {
		return block{}, err
	}
	tl = firstWordKept(h.in.M, title, caption, titleW, tl, len(tl), "above the QR code")
	// centred, a caption a little wider than the code is set on one line rather than two
	if one := min(maxW, w*1.15); centred && len(tl) > 1 && h.in.M.Width(title.Font, title.Size, caption.Text) <= one {
		tl = []string{caption.Text}
	}
	for _, l := range tl {
		w = max(w, h.in.M.Width(title.Font, title.Size, l))
	}
	// the caption a little apart from the code's white square, as the address under it is by
	// its line's ascent: set right on it, it read as crowding the code
	above := title.Size * 0.3
	hgt := float64(len(tl))*title.Leading + above + codeBox + float64(len(ul))*urlSt.Leading
	indent := func(inner float64) float64 { // where a piece inner wide starts
		if centred {
			return (w - inner) / 2
		}
		return 0
	}
	return block{w: w, h: hgt, draw: func(c *canvas, x, y float64) {
		c.within(RoleP, "", func() {
			for i, l := range tl {
				c.lineOf(tl, i, func() { c.text(x+indent(h.in.M.Width(title.Font, title.Size, l)), baseline(y, title), title, l) })
				y += title.Leading
			}
		})
		y += above
		cx := x + indent(codeBox)
		qc.draw(c, cx, y)
		y += codeBox
		c.within(RoleP, "", func() {
			for i, l := range ul {
				c.lineOf(ul, i, func() { c.text(x+indent(h.in.M.Width(urlSt.Font, urlSt.Size, l)), baseline(y, urlSt), urlSt, l) })
				y += urlSt.Leading
			}
		})
	}}, urlErr
}

// footerStyle: large print sets every text at 18 pt or more, the footer too.
func (h handout) footerStyle() Style {
	size := max(9.5, h.sc.body*0.8)
	if h.sc.large {
		size = h.sc.body
	}
	return textStyle(Regular, size, 1.3, h.th.Ink)
}

func (h handout) pageLabel(page, pages int) string {
	label := strings.ReplaceAll(h.in.Lang.Text.Handout.Page.Text, "{page}", h.in.Lang.Number(page)) // not in "{pages}"
	return strings.ReplaceAll(label, "{pages}", h.in.Lang.Number(pages))
}

// footerLines are the organisation, its contact line and its website if any: on one line
// beside the page number when they fit, else the contact on a second line. The hotline's
// address is not the organisation's: it is under the QR code, not here.
func (h handout) footerLines(width float64) ([]string, error) {
	st := h.footerStyle()
	org := h.in.Settings.Organisation
	contact := org.Contact
	// its own parts set apart as haven sets the name and the website from it: one gap wide
	contact.Text = strings.ReplaceAll(contact.Text, " · ", dot)
	also := "" // the website printed after the contact, which a message must name too
	if site := content.PrintedURL(org.Website); site != "" && !strings.Contains(contact.Text, site) {
		if contact.Text == "" {
			contact.Field = "organisation.website"
		} else {
			also = " with organisation.website " + site + " after it"
		}
		contact.Text = strings.TrimPrefix(contact.Text+dot+site, dot)
	}
	label := h.in.M.Width(st.Font, st.Size, h.pageLabel(h.maxPages(), h.maxPages()))
	if most := width / 2; label > most { // the page number's own words leave the organisation too little
		at := h.in.Lang.Text.Handout.Page
		e := fitErr(at, "the footer", "is %s wide with its numbers (%s), and the footer gives it at most %s, half its width, beside the organisation's name",
			inches(label), diag.Quote(h.pageLabel(h.maxPages(), h.maxPages())), inches(most))
		e.Hint = "shorten it: it says where the reader is, e.g. 'page: Page {page} of {pages}'"
		return nil, e
	}
	room := width - label - 2*st.Size
	one := strings.TrimSuffix(org.Name.Text+dot+contact.Text, dot)
	if h.in.M.Width(st.Font, st.Size, one) <= room {
		return []string{one}, nil
	}
	// else the name, then the contact, each on a line of its own, or up to three: a long name
	// (an 88-letter German one, in large print) is printed whole rather than refused. Only the
	// footer's last line stands beside the page number: a name with the contact under it takes
	// the whole measure, in fewer lines (large print keeps its size, 18 pt at the least)
	var lines []string
	for _, at := range []diag.Located{org.Name, contact} {
		if at.Text == "" {
			continue
		}
		w, measure := room, "the %s beside the page number"
		if at == org.Name && contact.Text != "" {
			w, measure = width, "the footer's %s"
		}
		ls, err := wrapEven(h.in.M, st, at, w, "the footer")
		if err != nil || len(ls) > 3 {
			e := fitErr(at, "the footer", "does not fit three lines of "+measure, inches(w))
			if at == contact && also != "" {
				e.Msg, e.Hint = also[1:]+", "+e.Msg, "shorten organisation.contact or organisation.website"
			}
			return nil, e
		}
		if at == contact { // broken between its parts, in no more lines: the footer is on every page
			most := len(ls)
			for _, w := range []float64{room, width} { // its lines over the last are not beside the page number: the whole measure where that saves one
				if pl, ok := partLines(h.in.M, st, at, w, room, most); ok {
					ls, most = pl, len(pl)-1
				}
			}
		}
		lines = append(lines, ls...)
	}
	return lines, nil
}

const dot = "  ·  "

// footerRule is where the rule over a footer of n lines whose last baseline is y stands.
func (h handout) footerRule(y float64, n int) float64 {
	st := h.footerStyle()
	return y - float64(n-1)*st.Leading - st.Size*1.3
}

// footer draws lines with the page number beside the last, on the baseline y; in a
// right-to-left edition the mirror image: the organisation flush right, the page number left.
func (h handout) footer(c *canvas, lines []string, margin, width, y float64, page, pages int) {
	st := h.footerStyle()
	mirrored := rtl(h.in.Lang.FAQ.Title.Text)
	at := func(l string, right bool) float64 { // x of l set flush left, or flush right
		if right {
			return margin + width - h.in.M.Width(st.Font, st.Size, l)
		}
		return margin
	}
	top := y - float64(len(lines)-1)*st.Leading
	draw := func() {
		for i, l := range lines {
			c.text(at(l, mirrored), top+float64(i)*st.Leading, st, l)
		}
	}
	// on every page but the last the page's furniture, as a reader skips it; on the last, the
	// organisation and how to reach it read once, the handout's last words: nowhere else does
	// it print them
	if page == pages && h.in.Settings.Organisation.Contact.Text+h.in.Settings.Organisation.Website != "" {
		c.within(RoleP, "", draw)
	} else {
		draw()
	}
	label := h.pageLabel(page, pages)
	c.text(at(label, !mirrored), y, st, label)
	r := h.footerRule(y, len(lines))
	c.add(Rule{X1: margin, Y1: r, X2: margin + width, Y2: r, Width: 0.5, Color: h.th.Primary})
}
