package layout

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/typeface"
)

// PosterPapers are the sizes posters come in.
var PosterPapers = []string{"letter", "a4", "tabloid", "18x24", "24x36", "a3", "a2"}

// Poster lays out a one-page poster. It is designed on a grid of u = width/100, then fitted to
// the page: the headline and facts take the largest sizes that fit the page's proportions, and
// what height is left goes to the spaces between the parts, so a tall tabloid sheet and a
// squarer 18 x 24 in board each look composed rather than stretched.
func Poster(in Input, paper Paper) (*Doc, error) {
	doc := &Doc{Name: name("poster", in.Lang.Code, paper.Name), Lang: in.Lang.Code,
		Meta: in.meta(in.Lang.Text.Poster.Headline.Text, in.Lang.Text.HotlineName.Text)}
	// colour stays where home printers reach, and clear of frames on the large sizes
	inset := max(0.4*Inch, 0.04*min(paper.W, paper.H))
	p := poster{in: in, th: in.theme(), url: in.qrURL("poster"), pageW: paper.W,
		frame: Box{X: inset, Y: inset, W: paper.W - 2*inset, H: paper.H - 2*inset},
		u:     paper.W / 100, min: in.pt(paper.H / 60), far: paper.W >= FarWidth}
	// read from across a room, a large poster says less: three facts at most
	all := len(in.Lang.Text.Poster.Facts)
	facts := all
	if p.far {
		facts = min(facts, 3)
	}
	far, first := p.far, facts
	var cv *canvas
	var err error
	// the address beside the code breaks inside its site only where no other layout holds it
	// the number keeps its size: a page that would have to set the facts much smaller to hold
	// them all leaves the last ones out, down to three
	const least = 0.8
	smaller := func(n int) float64 { // the smallest scale that holds n facts
		if !p.far && n > 3 {
			return least
		}
		return 0
	}
	var farErr error // what the layout for reading from afar could not hold
	for _, site := range []bool{false, true} {
		p.site, p.far, facts = site, far, first
		cv, err = p.layContact(facts, smaller(facts))
		if _, fit := err.(*FitError); fit && p.far { // long texts: laid out as for a nearer reader
			p.far, farErr = false, err
			facts = all
			cv, err = p.layContact(all, smaller(all))
		}
		for ; !p.far && facts > 3 && (err == nil && p.scale < least || isFit(err)); facts-- {
			cv, err = p.layContact(facts-1, smaller(facts-1))
		}
		if !isFit(err) {
			break
		}
	}
	if err != nil {
		return doc, named(doc, err)
	}
	// what the poster prints otherwise than it is designed to is said, as a file's note: a
	// smaller code than the same content's 18 x 24 is no choice the user made
	var notes []string
	if far && !p.far {
		notes = append(notes, fmt.Sprintf("the %s poster is laid out as for a nearer reader, its QR code %s wide rather than %s and its facts in smaller type, as the layout for reading from across a room does not hold its texts: %v",
			paper.Name, inches(nearCode*paper.W), inches(farCode*paper.W), farErr))
	}
	if !p.far && facts < all {
		notes = append(notes, fmt.Sprintf("the %s poster %s: all of them fit only in smaller type", paper.Name, factsLeftOut(in.Lang.Text.Poster.Facts, facts)))
	}
	if p.far && facts < all { // by design, but the writer of the facts learns which: they choose by their order
		notes = append(notes, fmt.Sprintf("the %s poster %s: read from across a room, a poster this size prints three at most, the first three of poster.facts (put first the ones it must print)", paper.Name, factsLeftOut(in.Lang.Text.Poster.Facts, facts)))
	}
	doc.Note = strings.Join(notes, "; ")
	doc.Pages = []Page{cv.page(paper.W, paper.H)}
	return doc, nil
}

func isFit(err error) bool {
	_, fit := err.(*FitError)
	return fit
}

// factsLeftOut says that a poster prints the first n of facts, and which it leaves out.
func factsLeftOut(facts []diag.Located, n int) string {
	out := facts[n:]
	if len(out) == 1 {
		return fmt.Sprintf("prints %d of its %d facts, leaving out %s %s", n, len(facts), out[0].Field, diag.Quote(out[0].Text))
	}
	return fmt.Sprintf("prints %d of its %d facts, leaving out %s to %s", n, len(facts), out[0].Field, out[len(out)-1].Field)
}

// FarWidth is the width from which a poster is read from across a room (18 x 24 in, A2,
// 24 x 36 in): fewer facts, the number across nine tenths of the band, a larger QR code.
const FarWidth = 16 * Inch

// A poster's QR code is a fifth of its width, and from FarWidth on, where it is scanned from
// across the room, 29%.
const (
	nearCode = 0.2
	farCode  = 0.29
)

// TearOff is a flyer on paper (Letter or A4): a compact poster above a row of tabs to tear
// off, each carrying the number and the text line in type turned to run up the tab.
func TearOff(in Input, paper Paper) (*Doc, error) {
	doc := &Doc{Name: name("poster-tearoff", in.Lang.Code, paper.Name), Lang: in.Lang.Code,
		Meta: in.meta(in.Lang.Text.Poster.Headline.Text, in.Lang.Text.HotlineName.Text)}
	inset := 0.4 * Inch
	const tabs = 8
	floor := in.pt(paper.H / 60) // the kit's smallest type, on the tabs too
	w := paper.W - 2*inset
	tabH, tab, text, err := tabHeight(in, floor)
	if err != nil {
		return doc, named(doc, err)
	}
	top := paper.H - inset - tabH
	p := poster{in: in, th: in.theme(), url: in.qrURL("poster"), pageW: paper.W,
		frame: Box{X: inset, Y: inset, W: w, H: top - inset - 0.2*Inch},
		u:     paper.W / 100, min: floor, compact: true}
	// the text never shrinks under the floor to fit: the flyer says less, a fact at a time,
	// and leaves out the note (free, confidential, no name needed: what lets a reader call)
	// only when even one fact will not fit beside it, and the TTY or chat line (poster.more:
	// the deaf reader's way to call, who tears this flyer too) only when nothing else will do;
	// every fact is tried, and those left out are named (see doc.Note)
	all := len(in.Lang.Text.Poster.Facts)
	var cv *canvas
	var facts int
	t := in.Lang.Text.Poster
	for _, leave := range [][2]bool{{false, false}, {true, false}, {true, true}} { // the note, poster.more
		if leave[0] && t.Note.Text == "" && !leave[1] || leave[1] && t.More.Text == "" {
			continue
		}
		p.noNote, p.noMore = leave[0] && t.Note.Text != "", leave[1]
		for _, site := range []bool{false, true} { // the address broken inside its site before the note goes
			p.site = site
			for facts = all; ; facts-- {
				// the logo set smaller, then left out, before a fact: a wide one under the
				// texts took the room of two (the organisation's name prints beside the code)
				for _, less := range logoSteps(in.Logo) {
					p.logoSmaller = less
					// a headline set down to three quarters of its size leaves a fact in:
					// a long headline (the built-in Spanish, in three lines) took the room of three
					for _, smaller := range []float64{0, 0.125, 0.25} {
						p.headSmaller = smaller
						if cv, err = p.layContact(facts, 0); !isFit(err) {
							break
						}
					}
					if !isFit(err) {
						break
					}
				}
				if !isFit(err) || facts <= min(1, all) {
					break
				}
			}
			if !isFit(err) {
				break
			}
		}
		if !isFit(err) {
			break
		}
	}
	if err != nil {
		return doc, named(doc, err)
	}
	var left []string
	if facts < all {
		left = append(left, factsLeftOut(t.Facts, facts))
	}
	if p.noNote {
		left = append(left, "leaves out poster.note")
	}
	if p.noMore {
		left = append(left, "leaves out poster.more (TTY or chat)")
	}
	logo := ""
	switch {
	case p.logoSmaller == 1:
		logo = "leaves out the logo"
	case p.logoSmaller > 0:
		logo = "prints the logo smaller"
	}
	switch {
	case len(left) > 0:
		if logo != "" {
			left = append(left, logo)
		}
		doc.Note = fmt.Sprintf("the tear-off flyer %s: the rest does not fit at %.1f pt, its smallest type", strings.Join(left, " and "), floor)
	case logo != "":
		doc.Note = fmt.Sprintf("the tear-off flyer %s to print every fact at %.1f pt, its smallest type (shorter or fewer poster.facts leave it room)", logo, floor)
	}
	tabRow(in.M, cv, Box{X: inset, Y: top, W: w, H: tabH}, tabs, p.th, floor, tab, text)
	doc.Pages = []Page{cv.page(paper.W, paper.H)}
	return doc, nil
}

// logoSteps are the fractions the tear-off's logo is set smaller by, in turn, before a fact is
// left out: a quarter, a half (never under its legible size, see poster.logo), and 1, none.
func logoSteps(l *content.Logo) []float64 {
	if l == nil {
		return []float64{0}
	}
	return []float64{0, 0.25, 0.5, 1}
}

// tabAcross is the most lines across a tear-off tab: at the floor size, more would touch.
const tabAcross = 3

// tabHeight is how tall the tabs must be for the longest of their lines at the floor size,
// 2.5 in at least, 3.5 in at most, and the lines poster.tab and the text line take: one each,
// or where one is too long for the tallest tab, its words and its number (numberLines), a line
// more across the tab, up to tabAcross in all.
func tabHeight(in Input, floor float64) (height float64, tabLines, textLines []string, err error) {
	tab, text := tabTexts(in)
	room := 3.5*Inch - 0.3*Inch
	tooLong := func(at diag.Located, f Font) error {
		return fitErr(at, "the tear-off tabs", "is %s too long for a 3.5 in tab at %.1f pt", inches(in.M.Width(f, floor, at.Text)-room), floor)
	}
	across := tabAcross
	if text.Text != "" {
		across-- // the text line's first
	}
	if tabLines, err = numberLines(in.M, Style{Font: Bold, Size: floor}, tab, room, min(2, across), "the tear-off tabs"); err != nil {
		return 0, nil, nil, tooLong(tab, Bold)
	}
	if text.Text != "" {
		if textLines, err = numberLines(in.M, Style{Font: Regular, Size: floor}, text, room, tabAcross-len(tabLines), "the tear-off tabs"); err != nil {
			if _, alone := numberLines(in.M, Style{Font: Regular, Size: floor}, text, room, across, "the tear-off tabs"); len(tabLines) > 1 && alone == nil {
				return 0, nil, nil, tabCrowded(in.M, floor, room, tab, text)
			}
			return 0, nil, nil, tooLong(text, Regular)
		}
	}
	long := 0.0
	for _, l := range tabLines {
		long = max(long, in.M.Width(Bold, floor, l))
	}
	for _, l := range textLines {
		long = max(long, in.M.Width(Regular, floor, l))
	}
	return max(2.5*Inch, long+0.3*Inch), tabLines, textLines, nil
}

// tabCrowded is the error of a poster.tab too long for one line of a tab, which leaves the
// text line the one line left, too short for it: the tab's longer words are at fault as much
// as the text line, whose words fit beside a shorter tab.
func tabCrowded(m Measurer, floor, room float64, tab, text diag.Located) error {
	over := func(at diag.Located, f Font) string { return inches(m.Width(f, floor, at.Text) - room) }
	e := fitErr(tab, "the tear-off tabs", "takes 2 lines across a tab at %.1f pt, leaving 1 of its %d to %s (line %d), %s, which is %s too long for it",
		floor, tabAcross, text.Field, text.Line, diag.Quote(text.Text), over(text, Regular))
	e.Hint = fmt.Sprintf("shorten %s by %s to fit on one line, or %s by %s: the tabs print both at one size", tab.Field, over(tab, Bold), text.Field, over(text, Regular))
	return e
}

func named(doc *Doc, err error) error {
	if fe, ok := err.(*FitError); ok {
		fe.Doc = doc.Name
	}
	return err
}

type poster struct {
	in      Input
	th      Theme
	url     string
	pageW   float64
	frame   Box
	u       float64 // the grid unit: a hundredth of the page width
	min     float64 // smallest type allowed: 1/60 of the page height on a poster
	compact bool
	far     bool    // read from across a room: see FarWidth
	site    bool    // lets the address beside the code break inside its site (see addressLines): a last resort
	scale   float64 // of the design, where lay fitted it
	noNote  bool    // leaves out the note under who to call (the tear-off, short of room)
	noMore  bool    // leaves out poster.more (TTY or chat) on the tear-off, as a last resort
	split   bool    // the contact line breaks inside a part, in no more lines (see layContact)
	// headSmaller is the fraction the headline is set smaller by: the tear-off's, to keep a fact
	headSmaller float64
	// logoSmaller is the fraction the logo is set smaller by (1: left out): the tear-off's, to keep a fact
	logoSmaller float64
	// headFrom is the step of size (of 5%) the headline's tries begin at (see parts)
	headFrom int
}

// part is one stacked section of the poster.
type part struct {
	h    float64
	draw func(cv *canvas, top float64)
}

// layContact lays the poster out on a new canvas with the organisation's contact line broken
// only between its parts (see partLines), or, where that takes a line the poster has no room
// for, or sets it under scale least, as wrapEven breaks it: a fact is worth more.
func (p *poster) layContact(nFacts int, least float64) (*canvas, error) {
	p.split = false
	cv := p.in.canvas("poster")
	err := p.lay(cv, nFacts)
	if p.in.Settings.Organisation.Contact.Text != "" && (isFit(err) || err == nil && p.scale < least) {
		p.split = true
		cv = p.in.canvas("poster")
		err = p.lay(cv, nFacts)
	}
	return cv, err
}

func (p *poster) lay(cv *canvas, nFacts int) error {
	t := p.in.Lang.Text.Poster
	u := p.u
	// The largest sizes that fit win: a tall sheet gets bigger type, a squarer one more air.
	// Sizes run from 130% of the design down to 60%, never under the legible minimum. A
	// headline that starts each sentence on a new line reads better than one broken
	// mid-sentence, and is kept unless that costs more than two steps of size: a long sentence
	// alone on its line would shrink the whole poster, and leave out its facts.
	minGap := 3 * u
	if p.compact {
		minGap = 1.5 * u
	}
	type laid struct {
		parts        []part
		total, scale float64
		four         bool // the headline takes a fourth line to start each sentence on one
	}
	var total, gaps float64
	first := func(sentences bool) (*laid, error) { // the largest size that fits
		var err error
		q := *p
		for try := 0; try <= shrinkSteps; try++ {
			scale := 1.3 - 0.05*float64(try)
			// at the smallest size, a headline in four lines to start each sentence on one is
			// set smaller, down to seven tenths, where they are too tall, before one sentence
			// runs on after another
			for q.headFrom = 0; q.headFrom <= 6; q.headFrom++ {
				parts, four, e := q.parts(t, nFacts, scale, sentences)
				if e != nil {
					if _, fit := e.(*FitError); !fit {
						return nil, e
					}
					err = e
					break
				}
				err, total = nil, 0
				for _, pt := range parts {
					total += pt.h
				}
				gaps = float64(len(parts) - 1)
				if total+gaps*minGap <= p.frame.H {
					return &laid{parts, total, scale, four}, nil
				}
				if try < shrinkSteps || !four {
					break
				}
			}
		}
		return nil, err
	}
	best, err := first(true)
	if err != nil && !isFit(err) {
		return err
	}
	if best == nil || best.scale < 1.3-0.1-0.001 {
		free, err := first(false)
		switch {
		case err != nil && (!isFit(err) || best == nil):
			return err
		case free != nil && (best == nil || free.scale > best.scale+0.1+0.001 || free.four && free.scale > best.scale-0.001):
			best = free
		}
	}
	if best == nil {
		// what to do is the error's hint, which its message ends with: not said in Msg too
		return &FitError{Where: "the poster", Msg: fmt.Sprintf("needs %s of height even at the smallest legible sizes; the page has %s", inches(total+gaps*minGap), inches(p.frame.H)), Hint: "shorten its texts"}
	}
	// spread what is left between the parts, up to a generous measure, then centre
	gaps = float64(len(best.parts) - 1)
	gap := min((p.frame.H-best.total)/gaps, 7*u)
	y := p.frame.Y + (p.frame.H-best.total-gap*gaps)/2
	if p.compact {
		y, gap = p.frame.Y, (p.frame.H-best.total)/gaps
	}
	for _, pt := range best.parts {
		pt.draw(cv, y)
		y += pt.h + gap
	}
	p.scale = best.scale
	return nil
}

// keyline is the ink rule around a coloured band, scaled with the page from Letter's.
func (p poster) keyline() float64 { return keylineWidth * p.pageW / (8.5 * Inch) }

func (p poster) size(nominal, shrink float64) float64 {
	return max(p.min, p.in.pt(nominal*p.u*shrink))
}

// parts are the poster's sections at shrink of the design, its headline starting each
// sentence on a new line where sentences is set; four says whether it takes four lines to,
// where sentences is not.
func (p poster) parts(t content.PosterText, nFacts int, shrink float64, sentences bool) (parts []part, four bool, err error) {
	u, f := p.u, p.frame
	pad := 4 * u
	if p.far { // a narrower margin inside the bands, for a number across nine tenths of them
		pad = 0.05 * f.W
	}
	inner := f.W - 2*pad
	// a right-to-left poster is the mirror image: mx is where a piece w wide set at x on a
	// left-to-right one goes, and wd is a line's width, for that
	right := rtl(t.Headline.Text)
	mx := func(x, w float64) float64 {
		if right {
			return 2*f.X + f.W - x - w
		}
		return x
	}
	wd := func(st Style, s string) float64 { return p.in.M.Width(st.Font, st.Size, s) }

	// The number fills most of the band's width and stays the largest text: read from across
	// a room, it is what the poster is for.
	// A line that takes only texts sets its text line there.
	h := p.in.Settings.Hotline
	number, textLine := h.Call, t.Text
	if !h.Calls() {
		number, textLine = t.Text, diag.Located{}
	}
	// across nine tenths of the band's live width (all of it from afar, where the band's
	// margin is wider), whatever the rest takes: the tear-off's is smaller, above its tabs
	num := textStyle(Bold, 11.5*u, 0, p.th.Ink)
	if p.compact {
		num.Size = 7 * u
	}
	w := wd(num, number.Text)
	if h.Calls() { // its extension after it smaller (extAt): the number takes the width
		w = numberWidth(wd, num, number.Text)
	}
	if p.far {
		num.Size *= inner / w
	} else if !p.compact {
		num.Size *= 0.9 * inner / w
	} else if w > inner { // the tear-off's, when a text line is too long for it
		num.Size *= inner / w
	}
	num.Size = min(num.Size, 16*u) // a short number ("988") is not set as tall as the band is wide
	if num.Size < p.pageW/22 {
		return nil, false, fitErr(number, "the number band", "would be %.0f pt; it must be at least %.0f pt on this size", num.Size, p.pageW/22)
	}
	num.Leading = num.Size * 1.1

	// headline band
	// the headline a little smaller, down to seven tenths, rather than the whole poster, where
	// its lines (written ones too) need it
	var fits faults // every text that does not fit is named, not only the first
	var hl []string
	var head Style
	factSize := 4.1
	if p.far { // fewer facts, each larger
		factSize = 5
	}
	// under the number, but not under the facts it heads: a text line in the number's place,
	// too long to be set large, would set it smaller than they are
	most := max(num.Size/1.35, 1.15*p.size(factSize, shrink))
	// not bound to its sentences, each still starts a line, in four lines rather than three
	// where that keeps it larger (a long last sentence on a line of its own set it barely
	// larger than the facts), before one runs on after another
	tries := []func(Style) ([]string, error){func(st Style) ([]string, error) { return headlineLines(p.in.M, st, t.Headline, inner, sentences) }}
	if !sentences {
		tries = append([]func(Style) ([]string, error){func(st Style) ([]string, error) { return sentenceLines(p.in.M, st, t.Headline, inner, 4) }}, tries...)
	}
try:
	for i, wrap := range tries {
		for k := p.headFrom; ; k++ {
			head = textStyle(Bold, max(p.min, min(p.size(8.5, shrink), most)*(1-p.headSmaller)*(1-0.05*float64(k))), displayLeading(p.in.Lang), p.th.White)
			if hl, err = wrap(head); err == nil {
				four = !sentences && i == 0 && len(hl) == 4
				break try
			}
			if k == 6 || head.Size == p.min {
				if i < len(tries)-1 {
					break
				}
				if err = fits.note(err); err != nil {
					return nil, false, err
				}
				break
			}
		}
	}
	bandH := pad + float64(len(hl))*head.Leading + pad*0.8
	parts = append(parts, part{bandH, func(cv *canvas, top float64) {
		keyed(cv, Rect{X: f.X, Y: top, W: f.W, H: bandH, Fill: p.th.Primary}, p.keyline(), p.th.Ink)
		y := top + pad
		cv.within(RoleH1, "", func() {
			for i, l := range hl {
				cv.lineOf(hl, i, func() { cv.text(mx(f.X+pad, wd(head, l)), baseline(y, head), head, l) })
				y += head.Leading
			}
		})
	}})

	// facts, each with a square marker; an Indic edition's lines further apart (tall)
	lead := 1.25 + tall(p.in.Lang)
	// clearly under the headline they follow: at hardly less, the two read as one list. Where
	// the headline is held smaller (under the number, or to fit its lines) the whole poster is
	// set smaller, every text keeping its place under the number; at the smallest size, the
	// facts alone
	fs := textStyle(Regular, p.size(factSize, shrink), lead, p.th.Ink)
	if over := head.Size / headOverFacts; fs.Size > over && fs.Size > p.min {
		if shrink > leastShrink+0.001 {
			return nil, false, fitErr(t.Headline, "the headline band", "would be %.1f pt over facts of %.1f pt", head.Size, fs.Size)
		}
		fs.Size = max(p.min, over)
	}
	mark := fs.Size * 0.5
	ind := fs.Size * 1.3
	var factLines [][]string
	factsH := 0.0
	for _, fact := range t.Facts[:nFacts] {
		ls, err := fitLines(p.in.M, fs, fact, inner-ind, 3, "the facts")
		fits.note(err)
		factLines = append(factLines, ls)
		factsH += float64(len(ls)) * fs.Leading
	}
	factGap := fs.Size * 0.5
	factsH += factGap * float64(nFacts-1)
	parts = append(parts, part{factsH, func(cv *canvas, top float64) {
		y := top
		cv.within(RoleL, "", func() {
			for _, ls := range factLines {
				cv.add(Rect{X: mx(f.X+pad, mark), Y: baseline(y, fs) - fs.Size*0.35 - mark/2, W: mark, H: mark, Fill: p.th.Primary})
				cv.within(RoleLI, "", func() {
					cv.within(RoleLBody, "", func() {
						for i, l := range ls {
							cv.lineOf(ls, i, func() { cv.text(mx(f.X+pad+ind, wd(fs, l)), baseline(y, fs), fs, l) })
							y += fs.Leading
						}
					})
				})
				y += factGap
			}
		})
	}})

	// the hotline band in one order everywhere: who to call, the number, the text line (left
	// out, and the band closed up, for a line that takes no texts), TTY or chat where the
	// content gives them, then 911 last and smaller
	lab := textStyle(Bold, fs.Size, lead, p.th.Ink) // no smaller than the facts
	// the text line is another number: under the one to call, never as large (a long number
	// to call, "1800RESPECT (1800 737 732)", set small to fit, had its text line above it in
	// size, and a reader would dial the larger)
	txt := textStyle(Bold, min(p.size(5, shrink), 0.8*num.Size), 1.2, p.th.Ink)
	more := textStyle(Regular, p.size(3.4, shrink), lead, p.th.Ink)
	dan := textStyle(Bold, p.size(3.4, shrink), lead, p.th.Ink)
	type bandLine struct {
		st Style
		s  diag.Located
	}
	var below []bandLine
	for _, l := range []bandLine{{txt, textLine}, {more, t.More}} {
		if l.s.Text != "" && !(p.noMore && l.st == more) {
			below = append(below, l)
		}
	}
	// who to call may be a long name (a hotline's full name in Russian or Greek, a county's
	// line named for all it serves): three lines, set smaller with the poster where it must
	// (see lay); at two, a name of a hundred letters shrank the whole poster and left out facts
	labLines, err := fitLines(p.in.M, lab, t.CallLabel, inner, 3, "the number band")
	fits.note(err)
	fits.note(fitOne(p.in.M, dan, t.Danger, inner, "the number band"))
	belowLines := make([][]string, len(below))
	for i, c := range below {
		if c.st == more { // TTY or chat: a chat address breaks after a '/'
			ls, err := addressLines(p.in.M, c.st, c.s, inner, 2, true, "the number band")
			belowLines[i] = ls
			fits.note(err)
		} else { // the text line: broken beside its number where it must, as the call line is
			ls, err := numberLines(p.in.M, c.st, c.s, inner, 2, "the number band")
			belowLines[i] = ls
			fits.note(err)
		}
	}
	// what reassures under who to call, before the numbers: 911 stays the band's last line
	noteSt := textStyle(Regular, p.size(3.4, shrink), lead, p.th.Ink)
	var noteLines []string
	if t.Note.Text != "" && !p.noNote {
		var err error
		noteLines, err = fitLines(p.in.M, noteSt, t.Note, inner, 2, "the number band")
		fits.note(err)
	}
	if err := fits.err(); err != nil {
		return nil, false, err
	}
	var col column
	col.add(lab, 0, labLines...)
	if len(noteLines) > 0 {
		col.add(noteSt, 0, noteLines...)
	}
	if h.Calls() {
		col.number(num, false, number.Text)
	} else {
		col.add(num, 0, number.Text)
	}
	for i, l := range below {
		col.add(l.st, 0, belowLines[i]...)
	}
	col.add(dan, dan.Size*0.6, t.Danger.Text)
	bpad := 3 * u
	helpH := bpad + col.height() + bpad
	parts = append(parts, part{helpH, func(cv *canvas, top float64) {
		keyed(cv, Rect{X: f.X, Y: top, W: f.W, H: helpH, Fill: p.th.Accent}, p.keyline(), p.th.Ink)
		cv.within(RoleSect, "", func() {
			if right {
				col.drawRight(cv, f.X+f.W-pad, top+bpad)
			} else {
				col.draw(cv, f.X+pad, top+bpad)
			}
		})
	}})

	// the QR code with its address, what the hotline offers, and the organisation
	size := max(nearCode*p.pageW, 1.3*Inch) // and 1.3 in on small pages
	if p.compact {
		size = max(nearCode*f.H, 1.3*Inch)
	}
	logoH := 0.3 * size // the logo keeps to the near size: its pixels are for that
	if p.far {
		size = farCode * p.pageW
	}
	qc, err := p.in.code(p.url, size, "QR code")
	if err != nil {
		return nil, false, err
	}
	quiet, box := qc.quiet, qc.box
	// each line above another as far as its letters reach below it (reach)
	org := p.in.Settings.Organisation
	scan := textStyle(Bold, p.size(4.6, shrink), 1.2+reach(t.Scan.Text), p.th.Primary)
	urlSt := textStyle(Bold, p.size(3.4, shrink), 1.3, p.th.Ink)
	note := textStyle(Regular, p.size(3.1, shrink), 1.3+reach(org.Contact.Text), p.th.Ink)
	orgSt := textStyle(Bold, note.Size, 1.3+reach(org.Name.Text), p.th.Ink)
	textX := f.X + pad - quiet + box + 3*u // the code's dark modules line up with the text above
	textW := f.X + f.W - pad - textX
	// the logo, if any, goes under the organisation's name
	logo := p.logo(logoH*box/size, textW)
	type line struct {
		st    Style
		s     string
		first bool     // the first line of one of the texts
		text  []string // that text's lines, as a paragraph
		k     int      // which of them it is
	}
	var lines []line
	type text struct {
		st      Style
		s       diag.Located
		address bool // broken only after a '/'
		contact bool // broken between its parts (see partLines)
		caption bool // its first word not alone on its line (firstWordKept)
	}
	texts := []text{{scan, p.in.scanCaption(t.Scan, t.ScanGuide), false, false, true}, {urlSt, p.in.Address, true, false, false}, {orgSt, org.Name, false, false, false}}
	if org.Contact.Text != "" {
		texts = append(texts, text{note, org.Contact, false, true, false})
	}
	set := func(c text, width float64) ([]string, error) {
		if c.address {
			return addressLines(p.in.M, c.st, c.s, width, 3, p.site, "beside the QR code")
		}
		ls, err := fitLines(p.in.M, c.st, c.s, width, 3, "beside the QR code")
		if c.caption && err == nil {
			ls = firstWordKept(p.in.M, c.st, c.s, width, ls, len(ls), "beside the QR code")
		}
		if c.contact && err == nil { // broken between its parts, in a line more where the poster has room (see layContact)
			more := 1
			if p.split {
				more = 0
			}
			if pl, ok := partLines(p.in.M, c.st, c.s, width, width, len(ls)+more); ok {
				ls = pl
			}
		}
		return ls, err
	}
	for _, c := range texts {
		ls, err := set(c, textW)
		if err != nil {
			return nil, false, err
		}
		// an address broken short of the frame's edge ("www.lanecountyor.gov/" / "crisis"),
		// the page's or one in the contact line, runs on to it, where the bands' colour ends
		// and nothing stands beside it, and is set a little smaller where it must (as under
		// the handout's code), where that keeps it whole
		for _, k := range append([]float64{1}, addressShrinks...) {
			if !addressBroken(c.s.Text, c.address, ls) {
				break
			}
			whole := c
			whole.st = c.st.scaled(max(p.min/c.st.Size, k))
			if l, err := set(whole, f.X+f.W-textX); err == nil && !addressBroken(c.s.Text, c.address, l) {
				c, ls = whole, l
			}
		}
		for k, l := range ls {
			lines = append(lines, line{c.st, l, k == 0, ls, k})
		}
	}
	textH := 0.0
	for _, l := range lines {
		textH += l.st.Leading
	}
	// the logo goes where it adds the least height, none where it can: beside the texts' first
	// lines where they are short enough (the title over the code's address), else under the
	// code where the texts beside it are the taller, else under the texts (under them it left
	// a Letter tear-off one fact of three)
	const (
		belowTexts = iota
		besideTexts
		belowCode
	)
	codeH, logoAt := box, belowTexts
	if logo.w > 0 {
		logoAt = besideTexts
		y, k := 0.0, 0
		for ; y < logo.h && k < len(lines); k++ {
			if wd(lines[k].st, lines[k].s) > textW-logo.w-2*u {
				logoAt = belowTexts
			}
			y += lines[k].st.Leading
		}
		if y < logo.h { // taller than the texts
			logoAt = belowTexts
		}
		switch {
		case logoAt == besideTexts:
		case textH > box && logo.w <= box-2*quiet:
			logoAt, codeH = belowCode, box+u+logo.h
		default:
			textH += u + logo.h
		}
	}
	bottomH := max(codeH, textH)
	parts = append(parts, part{bottomH, func(cv *canvas, top float64) {
		qx, qy := f.X+pad-quiet, top+(bottomH-codeH)/2
		qc.draw(cv, mx(qx, box), qy)
		// the organisation's name is printed beside it: a figure saying it again would be read twice
		switch logoAt {
		case besideTexts:
			cv.artifact(func() { logo.draw(cv, mx(textX+textW-logo.w, logo.w), top+(bottomH-textH)/2) })
		case belowCode:
			cv.artifact(func() { logo.draw(cv, mx(qx+quiet, logo.w), qy+box+u) })
		}
		y := top + (bottomH-textH)/2
		var text *Elem // each text is a paragraph
		for _, l := range lines {
			if l.first {
				text = &Elem{Role: RoleP, Parent: cv.tag}
			}
			cv.as(text, func() {
				cv.lineOf(l.text, l.k, func() { cv.text(mx(textX, wd(l.st, l.s)), baseline(y, l.st), l.st, l.s) })
			})
			y += l.st.Leading
		}
		if logo.w > 0 && logoAt == belowTexts {
			cv.artifact(func() { logo.draw(cv, mx(textX, logo.w), y+u) })
		}
	}})
	return parts, four, nil
}

// logo is the logo's plate for a height and a width at most, set smaller by logoSmaller, but
// never so that its shorter side prints under content.LogoLegible where at its size it does not:
// its lettering would not read.
func (p poster) logo(height, maxW float64) block {
	l := p.in.Logo
	if l == nil || p.logoSmaller == 1 {
		return block{}
	}
	if p.logoSmaller > 0 {
		r := float64(l.W) / float64(l.H)
		short := height * l.Size() * min(1, r)                          // its shorter side, were it not held to maxW
		least := min(short, maxW*min(1, 1/r), content.LogoLegible*Inch) // and as it prints at its size
		height *= max(1-p.logoSmaller, least/short)
	}
	return logoPlate(l, height, maxW, p.th)
}

// A poster's sizes run from 130% of the design down to leastShrink, in shrinkSteps of 5%.
const (
	shrinkSteps = 14
	leastShrink = 1.3 - 0.05*shrinkSteps
)

// headOverFacts is the least a poster's headline is larger than its facts by, where the page
// allows: the design sets it twice their size, and less reads as one more fact.
const headOverFacts = 1.3

// headlineLines starts each sentence of a headline on a new line ("Any child can be
// trafficked. / Anyone can help."), each wrapped evenly, when that takes at most three lines;
// otherwise it fails if sentences is set, or wraps the headline as one.
func headlineLines(m Measurer, st Style, at diag.Located, width float64, sentences bool) ([]string, error) {
	if lines, err := sentenceLines(m, st, at, width, 3); err == nil || sentences {
		return lines, err
	}
	return fitLines(m, st, at, width, 3, "the headline band")
}

// sentenceLines starts each sentence of a headline on a new line, each wrapped evenly in at
// most three, or fails where that takes more than most lines.
func sentenceLines(m Measurer, st Style, at diag.Located, width float64, most int) ([]string, error) {
	// a sentence ends where a line may break (UAX #14, as the lines themselves break) after its
	// mark: after "。" with no space, not before what closes with it ("。」", "！？")
	var parts []diag.Located
	part := func(t string) diag.Located {
		return diag.Located{File: at.File, Line: at.Line, Field: at.Field, Text: t}
	}
	cur := ""
	for _, sg := range findSegments(at.Text) {
		cur += sg.text
		if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(sg.text, " ")); sentenceEnd(last) && len(cur) < len(at.Text) {
			parts, cur = append(parts, part(strings.TrimRight(cur, " "))), ""
		}
	}
	parts = append(parts, part(cur))
	var lines []string
	for _, sn := range parts {
		ls, err := headlineSentence(m, st, sn, width)
		if err != nil {
			lines = nil
			break
		}
		lines = append(lines, ls...)
	}
	if len(lines) > 0 && len(lines) <= most {
		return lines, nil
	}
	return nil, fitErr(at, "the headline band", "takes more than %s lines with each sentence on a new line", []string{"no", "one", "two", "three", "four"}[most])
}

// headlineSentence sets a sentence of a headline in at most three lines, evenly (fitLines),
// and not with its first word alone on the first line where the lines may break elsewhere
// (firstWordKept): "Talk" over "to a counselor today." reads as a word parted from its phrase,
// at the size the poster is read by, where a break after a little word ("Talk to a" /
// "counselor today.") does not.
func headlineSentence(m Measurer, st Style, at diag.Located, width float64) ([]string, error) {
	const where = "the headline band"
	ls, err := fitLines(m, st, at, width, 3, where)
	if err != nil {
		return ls, err
	}
	return firstWordKept(m, st, at, width, ls, 3, where), nil
}

// firstWordKept is ls, the lines at is set in at width, or, where the first of them is one word
// of a text that goes on, the text set evenly with that word kept with the next, where that
// takes most lines at most: a word alone over the rest of its phrase ("Escaneie" over "para o
// guia completo") reads as parted from it. A word that shares its line with no other in any
// break (one too long) stays alone, as does one of a script written without spaces.
func firstWordKept(m Measurer, st Style, at diag.Located, width float64, ls []string, most int, where string) []string {
	if len(ls) < 2 || strings.ContainsFunc(ls[0], func(r rune) bool { return unicode.IsSpace(r) || r == '\u200B' || typeface.Unspaced(r) }) {
		return ls // one line, or a first line of words a script writes without spaces
	}
	segs := slices.Clone(segments(typographyOf(m), at.Text))
	for k := range segs { // the first word kept with the next, where that fits
		if segs[k].glue = true; strings.HasSuffix(segs[k].text, " ") {
			break
		}
	}
	if kept, err := wrapEvenSegs(m, st, at, segs, width, most, most, where); err == nil && len(kept) <= most && strings.ContainsFunc(kept[0], unicode.IsSpace) {
		return kept
	}
	return ls
}

// tabTexts are what each tear-off tab carries: poster.tab with the number, and the text line;
// for a line that takes only texts, the text line alone, in the number's place.
func tabTexts(in Input) (tab, text diag.Located) {
	t := in.Lang.Text.Poster
	if !in.Settings.Hotline.Calls() {
		return t.Text, diag.Located{}
	}
	return t.Tab, t.Text
}

// tabRow draws n tear-off tabs in box, separated by dashed cut lines, each with the lines of
// poster.tab and of the text line (tab and text, as tabHeight sets them) turned 90 degrees to
// run up the tab.
func tabRow(m Measurer, cv *canvas, b Box, n int, th Theme, size float64, tab, text []string) {
	tabW := b.W / float64(n)
	numSt := textStyle(Bold, size, 0, th.Ink)
	txtSt := textStyle(Regular, size, 0, th.Ink)
	lines := len(tab) + len(text)
	dash := 4.0
	cv.add(Rule{X1: b.X, Y1: b.Y, X2: b.X + b.W, Y2: b.Y, Width: 0.75, Color: th.Ink, Dash: dash})
	width := func(st Style, l string) float64 { // as drawn, joined: the order of its characters does not change its width
		return m.Width(st.Font, st.Size, typeface.Shape(l))
	}
	long := 0.0
	for _, l := range tab {
		long = max(long, width(numSt, l))
	}
	for _, l := range text {
		long = max(long, width(txtSt, l))
	}
	tabs := &Elem{Role: RoleL, Parent: cv.tag} // the tabs are one list
	// a reader meets the first tab; its copies are artifacts, their links left out as a card
	// sheet's copies' are (a link is in the structure tree)
	tab1 := func(i int, draw func()) {
		if i == 0 {
			draw()
		} else {
			cv.artifact(draw)
		}
	}
	for i := 0; i <= n; i++ {
		x := b.X + float64(i)*tabW
		// at both ends too; run on into the margin, to 0.25 in from the edge, where scissors start
		cv.add(Rule{X1: x, Y1: b.Y, X2: x, Y2: b.Y + b.H + 0.15*Inch, Width: 0.75, Color: th.Ink, Dash: dash})
		if i == n {
			break
		}
		// the lines side by side across the tab, reading from the bottom up, centred up and
		// down the tab, and across it; a right-to-left paragraph's lines begin at the top,
		// flush there as a card's are flush right
		y := b.Y + (b.H+long)/2
		gap := (tabW - float64(lines)*size) / float64(lines+1)
		base := func(k int) float64 { return x + float64(k+1)*(gap+size*0.8) }
		set := func(ls []string, first int, st Style) func() {
			return func() {
				right := paraRTL(cv.rtl, strings.Join(ls, " "))
				for k, l := range ls {
					end := y
					if right {
						end -= long - width(st, l)
					}
					cv.lineOf(ls, k, func() { cv.rotated(base(first+k), end, st, l, 90) })
				}
			}
		}
		tab1(i, func() {
			cv.as(&Elem{Role: RoleLBody, Parent: &Elem{Role: RoleLI, Parent: tabs}}, func() {
				if len(text) == 0 { // the number (or a text-only line's text line) alone
					set(tab, 0, numSt)()
					return
				}
				// each a paragraph, so that a screen reader parts "Call …" from "Text …"
				cv.within(RoleP, "", set(tab, 0, numSt))
				cv.within(RoleP, "", set(text, len(tab), txtSt))
			})
		})
	}
}
