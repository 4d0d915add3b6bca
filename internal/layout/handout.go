package layout

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"haven/internal/content"
	"haven/internal/diag"
)

// handoutScale sets one edition of the handout: the normal one fits one sheet printed on both
// sides when the FAQ allows, else two; the large-print one sets body text at 18 pt. The body
// never shrinks to make a long FAQ fit: it takes more paper.
type handoutScale struct {
	suffix string  // in the file name
	body   float64 // body type size
	sheet  int     // pages to a sheet's worth of the normal edition
}

var (
	normalPrint = handoutScale{"", 12, 2}
	largePrint  = handoutScale{"-large", 18, 6}
)

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
	h := handout{in: in, th: in.theme(), p: paper, sc: sc, url: in.qrURL("handout")}
	doc, err := h.build()
	if fe, ok := err.(*FitError); ok {
		fe.Doc = doc.Name
	}
	return doc, err
}

// bandInset is where the title band and the hotline box begin: colour hangs out of the text
// column into the margin, but stays inside what home printers reach.
const bandInset = 0.4 * Inch

type handout struct {
	in  Input
	th  Theme
	p   Paper
	sc  handoutScale
	url string
}

// Type scale, as multiples of the body size.
func (h handout) style(f Font, rel, leading float64) Style {
	s := h.sc.body * rel
	return textStyle(f, s, leading, h.th.Ink)
}

func (h handout) build() (*Doc, error) {
	lang, faq := h.in.Lang, h.in.Lang.FAQ
	doc := &Doc{
		Name: "handout" + h.sc.suffix + "-" + lang.Code + "-" + h.p.Name,
		Lang: lang.Code,
		Meta: h.in.meta(faq.Title.Text, lang.Text.Handout.Subtitle.Text),
	}
	margin := 0.6 * Inch
	if h.p.W < 8.4*Inch { // A4 is narrower than Letter: keep the measure, trim the margin
		margin = 0.55 * Inch
	}
	width := h.p.W - 2*margin
	// Title band on page 1.
	bandH, drawBand, err := h.titleBand(bandInset, margin, width)
	if err != nil {
		return doc, err
	}

	footerY := h.p.H - 0.42*Inch
	foot, err := h.footerLines(width)
	if err != nil {
		return doc, err
	}
	bottom := h.p.H - 0.68*Inch - float64(len(foot)-1)*h.footerStyle().Leading
	frames := func(n int) frame {
		if n == 0 {
			return frame{bandH, bottom}
		}
		return frame{0.55 * Inch, bottom}
	}
	// a FAQ a little too long for a sheet first tightens the space between paragraphs and
	// lines, within the design's limits, where that saves a sheet; what is too long even so
	// is measured tight, so that the lines to cut are the fewest that will do
	layout := func(tight bool) (flowed, [][]placed, error) {
		f, err := h.flow(margin, width, tight)
		if err != nil {
			return f, nil, err
		}
		pages, err := h.arrange(f.intro, f.rows, margin, width, frames)
		return f, pages, err
	}
	sheets := func(pages [][]placed) int { return (len(pages) + h.sc.sheet - 1) / h.sc.sheet }
	f, pages, err := layout(false)
	if err != nil {
		return doc, err
	}
	if sheets(pages) > 1 {
		ft, pt, err := layout(true)
		if err != nil {
			return doc, err
		}
		if sheets(pt) < sheets(pages) || len(pages) > h.maxPages() {
			f, pages = ft, pt
		}
	}
	intro, rows, sizes, body := f.intro, f.rows, f.sizes, f.body
	if max := h.maxPages(); len(pages) > max {
		// how many more lines of body text the last allowed page would need to hold the
		// rest, breaking pages as they break: that many lines are to be cut
		fits := func(lines int) bool {
			more := func(n int) frame {
				f := frames(n)
				if n == max-1 {
					f.bottom += float64(lines) * body.Leading
				}
				return f
			}
			long, err := h.arrange(intro, rows, margin, width, more)
			return err == nil && len(long) <= max
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
		return doc, h.tooLong(hi, sizes)
	}
	if len(pages) > h.sc.sheet {
		doc.Note = "on two sheets: the FAQ is too long for one (handout: sheets: 1 in settings.yaml would make this an error)"
	}
	for n, pg := range pages {
		c := h.in.canvas()
		if n == 0 {
			drawBand(c)
		}
		for _, pr := range pg {
			pr.draw(c, pr.top)
		}
		h.footer(c, foot, margin, width, footerY, n+1, len(pages))
		doc.Pages = append(doc.Pages, c.page(h.p.W, h.p.H))
	}
	return doc, nil
}

// flowed is the FAQ as rows to paginate: the introduction, the rest, and the size of each part.
type flowed struct {
	intro, rows []row
	sizes       []textSize
	body        Style
}

// flow sets the FAQ's text in rows. tight sets the lines and paragraphs closer together, as far
// as reading comfort allows.
func (h handout) flow(margin, width float64, tight bool) (flowed, error) {
	faq := h.in.Lang.FAQ
	leading, gap := 1.3, 1.0
	if tight {
		leading, gap = 1.25, 0.6
	}
	body := h.style(Regular, 1, leading)
	qst := h.style(Bold, 1.1, 1.25)
	qst.Color = h.th.Primary
	indent := h.in.M.Width(Bold, qst.Size, "9.") + qst.Size*0.5
	if len(faq.Questions) >= 10 {
		indent = h.in.M.Width(Bold, qst.Size, "99.") + qst.Size*0.5
	}
	paraGap := body.Size * 0.45 * gap

	var rows []row
	var sizes []textSize // the introduction, each answer, the closing: to name the longest
	var lists []*Elem    // the open list at each level, for the tags: items of one list share it
	var items []*Elem    // the last item at each level, which holds a list nested under it
	para := func(p content.Para, x, w float64, before float64) error {
		// a list item hangs its text from an indent, its bullet or number right before it
		in := float64(p.Level) * body.Size * 1.6
		if p.Level > 0 && before == paraGap {
			before = paraGap * 0.4 // items of a list stay close together
		}
		lines, err := wrap(h.in.M, body, p.Located, w-in, "handout")
		if err != nil {
			return err
		}
		if sizes[len(sizes)-1].lines == 0 {
			sizes[len(sizes)-1].at = p.Located
		}
		sizes[len(sizes)-1].lines += len(lines)
		// a right-to-left paragraph is the mirror image: it hangs from the right, its
		// indents and list marks on the right
		right := rtl(p.Text)
		lx := x + in
		if right {
			x = 2*margin + width - (x + w)
			lx = x
		}
		rs := lineRows(lines, lx, w-in, right, body, before)
		// tagged as a paragraph, or as the body of an item of a list (the mark is its label)
		elem, label := &Elem{Role: RoleP}, (*Elem)(nil)
		if p.Level == 0 {
			lists, items = nil, nil
		} else {
			lists, items = lists[:min(len(lists), p.Level)], items[:min(len(items), p.Level)]
			if len(lists) < p.Level {
				var parent *Elem
				if len(items) > 0 {
					parent = items[len(items)-1]
				}
				lists = append(lists, &Elem{Role: RoleL, Parent: parent})
				items = append(items, nil)
			}
			li := &Elem{Role: RoleLI, Parent: lists[p.Level-1]}
			items[p.Level-1] = li
			elem, label = &Elem{Role: RoleLBody, Parent: li}, &Elem{Role: RoleLbl, Parent: li}
		}
		if len(p.Links) > 0 {
			for i := range rs { // its links, where their text is whole on a line
				draw := rs[i].draw
				rs[i].draw = func(c *canvas, top float64) {
					saved := c.links
					for _, l := range p.Links {
						c.links = append(c.links, autolink{l.Text, l.URL})
					}
					draw(c, top)
					c.links = saved
				}
			}
		}
		if p.Mark != "" && len(rs) > 0 {
			first, mark := rs[0].draw, p.Mark
			markX := x + in - h.in.M.Width(body.Font, body.Size, mark) - body.Size*0.4
			if right {
				markX = x + w - in + body.Size*0.4
			}
			rs[0].draw = func(c *canvas, top float64) {
				c.as(label, func() { c.text(markX, baseline(top, body), body, mark) })
				first(c, top)
			}
		}
		rows = append(rows, tagRows(rs, elem)...)
		return nil
	}
	sizes = append(sizes, textSize{name: "the introduction"})
	for _, p := range faq.Intro {
		if err := para(p, margin, width, paraGap); err != nil {
			return flowed{}, err
		}
	}
	intro := rows
	rows = nil
	for i, q := range faq.Questions {
		sizes = append(sizes, textSize{name: fmt.Sprintf("answer %d", i+1)})
		lines, err := wrap(h.in.M, qst, q.Question, width-indent, "handout")
		if err != nil {
			return flowed{}, err
		}
		num := strconv.Itoa(i+1) + "."
		heading := &Elem{Role: RoleH2}
		lists, items = nil, nil
		for j, l := range lines {
			l, j := l, j
			before := 0.0
			if j == 0 {
				before = body.Size * 0.85 * gap
			}
			right := rtl(q.Question.Text) // the number on the right, the heading flush right
			rows = append(rows, tagRows([]row{{h: qst.Leading, before: before, keep: true, draw: func(c *canvas, top float64) {
				numX, lx := margin, margin+indent
				if right {
					numX, lx = margin+width-c.m.Width(qst.Font, qst.Size, num), margin+width-indent-c.m.Width(qst.Font, qst.Size, l)
				}
				if j == 0 {
					c.text(numX, baseline(top, qst), qst, num)
				}
				c.text(lx, baseline(top, qst), qst, l)
			}}}, heading)...)
		}
		for k, a := range q.Answer {
			before := paraGap
			if k == 0 {
				before = body.Size * 0.25
			}
			if err := para(a, margin+indent, width-indent, before); err != nil {
				return flowed{}, err
			}
		}
	}
	if faq.ClosingTitle.Text != "" {
		ct := qst
		lines, err := wrap(h.in.M, ct, faq.ClosingTitle, width, "handout")
		if err != nil {
			return flowed{}, err
		}
		heading := &Elem{Role: RoleH2}
		lists, items = nil, nil
		for j, l := range lines {
			l := l
			before := 0.0
			if j == 0 {
				before = body.Size * 1.4 * gap
			}
			rows = append(rows, tagRows([]row{{h: ct.Leading, before: before, keep: true, draw: func(c *canvas, top float64) {
				x := margin
				if rtl(l) {
					x = margin + width - c.m.Width(ct.Font, ct.Size, l)
				}
				c.text(x, baseline(top, ct), ct, l)
			}}}, heading)...)
		}
		sizes = append(sizes, textSize{name: "the closing"})
		for k, p := range faq.Closing {
			before := paraGap
			if k == 0 {
				before = body.Size * 0.25
			}
			if err := para(p, margin, width, before); err != nil {
				return flowed{}, err
			}
		}
	}

	return flowed{intro, rows, sizes, body}, nil
}

// textSize is a part of the FAQ, where it begins and the lines it takes.
type textSize struct {
	name  string
	at    diag.Located
	lines int
}

// tooLong is the error for a FAQ longer than the handout's sheets allow: how many lines of body
// text to cut, and the longest paragraphs, where cutting is most likely.
func (h handout) tooLong(n int, sizes []textSize) error {
	sort.SliceStable(sizes, func(i, j int) bool { return sizes[i].lines > sizes[j].lines })
	var longest []string
	for _, s := range sizes[:min(3, len(sizes))] {
		longest = append(longest, fmt.Sprintf("%s (%s:%d, %d lines)", s.name, s.at.File, s.at.Line, s.lines))
	}
	msg := fmt.Sprintf("runs past page %d, the last the %s handout may take: cut %d %s of body text; the longest parts are %s",
		h.maxPages(), h.p.Name, n, map[bool]string{true: "line", false: "lines"}[n == 1], strings.Join(longest, ", "))
	if h.maxPages() == h.sc.sheet {
		msg += "; or remove handout: sheets: 1 from settings.yaml to allow a second sheet"
	}
	return &FitError{Where: "the FAQ", Msg: msg}
}

// arrange puts the hotline box on page 1, which may be the only page copied: after the
// introduction if it fits there, else before it; if even then it does not fit (large print),
// the box keeps the numbers and its QR code follows it on its own.
func (h handout) arrange(intro, rest []row, margin, width float64, frames func(int) frame) ([][]placed, error) {
	join := func(parts ...[]row) []row {
		var out []row
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	before := func(rows []row, space float64) []row { // the same rows with other space above
		if len(rows) == 0 {
			return rows
		}
		rows = append([]row(nil), rows...)
		rows[0].before = space
		return rows
	}
	onPage1 := func(pages [][]placed) bool {
		for _, p := range pages[0] {
			if p.page1 {
				return p.top+p.h <= frames(0).bottom+0.01
			}
		}
		return false
	}
	for _, withQR := range []bool{true, false} {
		box, err := h.helpBox(margin, width, withQR)
		if err != nil {
			return nil, err
		}
		box.page1 = true
		var code []row // the QR code, when the box cannot hold it: right after the box
		if !withQR {
			b, err := h.qrBlock(width, false)
			if err != nil {
				return nil, err
			}
			code = tagRows([]row{{h: b.h, before: h.sc.body * 1.1, draw: func(c *canvas, top float64) { b.draw(c, margin, top) }}}, &Elem{Role: RoleSect})
		}
		for _, rows := range [][]row{
			join(intro, []row{box}, code, rest),
			join(before([]row{box}, 0), code, before(intro, box.before), rest),
		} {
			pages := paginate(rows, frames)
			if onPage1(pages) {
				return pages, nil
			}
		}
	}
	return nil, &FitError{Where: "the hotline box", Msg: "does not fit on page 1 even before the introduction"}
}

// titleBand is the band on page 1: title and subtitle in white on the primary colour, and the
// organisation's logo, if any, on a white plate at the right. It returns the height the band
// takes from the top of the page flow, and its drawing.
func (h handout) titleBand(inset, margin, width float64) (float64, func(c *canvas), error) {
	top := 0.4 * Inch
	tst, sst := h.titleStyles()
	pad := h.sc.body * 1.05
	tl, err := fitLines(h.in.M, tst, h.in.Lang.FAQ.Title, width, 3, "title band")
	if err != nil {
		return 0, nil, err
	}
	sl, err := fitLines(h.in.M, sst, h.in.Lang.Text.Handout.Subtitle, width, 2, "title band")
	if err != nil {
		return 0, nil, err
	}
	height := pad + float64(len(tl))*tst.Leading + sst.Size*0.4 + float64(len(sl))*sst.Leading + pad
	// The logo sits at the bottom right, beside the subtitle's last line, so it costs the
	// title no width; only when that line is too long does the band grow to hold it.
	logo := logoPlate(h.in.Logo, sst.Leading+pad*0.6-6, 1.8*Inch*h.sc.body/12, h.th)
	if logo.w > 0 && h.in.M.Width(sst.Font, sst.Size, sl[len(sl)-1])+h.sc.body+logo.w > width {
		height += logo.h
	}
	return top + height + h.sc.body, func(c *canvas) {
		c.add(Rect{X: inset, Y: top, W: h.p.W - 2*inset, H: height, Fill: h.th.Primary})
		y := top + pad
		c.within(RoleH1, "", func() {
			for _, l := range tl {
				x := margin
				if rtl(l) { // a right-to-left title is flush right
					x = margin + width - h.in.M.Width(tst.Font, tst.Size, l)
				}
				c.text(x, baseline(y, tst), tst, l)
				y += tst.Leading
			}
		})
		y += sst.Size * 0.4
		c.within(RoleP, "", func() {
			for _, l := range sl {
				c.text(margin, baseline(y, sst), sst, l)
				y += sst.Leading
			}
		})
		if logo.w > 0 {
			c.within(RoleFigure, h.in.Settings.Organisation.Name.Text, func() {
				logo.draw(c, margin+width-logo.w, top+height-pad*0.4-logo.h)
			})
		}
	}, nil
}

func (h handout) titleStyles() (Style, Style) {
	// 25 pt over 12 pt body; relatively smaller in large print, where it would crowd the band
	tst := h.style(Bold, (13.2+h.sc.body)/h.sc.body, 1.12)
	tst.Color = h.th.White
	sst := h.style(Regular, 1.15, 1.3)
	sst.Color = h.th.White
	return tst, sst
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
	pad := height * 0.15
	return block{w: w + 2*pad, h: h + 2*pad, draw: func(c *canvas, x, y float64) {
		c.add(Rect{X: x, Y: y, W: w + 2*pad, H: h + 2*pad, Fill: th.White})
		c.add(Image{X: x + pad, Y: y + pad, W: w, H: h, Data: l.PNG, Name: "logo"})
	}}
}

// helpBox is the hotline box on page 1 (page 2 may never be copied): the three ways to get
// help, each a label over its number, with the QR code and its address beside them, or below
// them when the page is too narrow for both, or (withQR false) elsewhere.
func (h handout) helpBox(margin, width float64, withQR bool) (row, error) {
	t := h.in.Lang.Text.Help
	pad := h.sc.body * 1.0
	title := h.style(Bold, 1.3, 1.25)
	label := h.style(Regular, 1, 1.25)
	value := h.style(Bold, 1.45, 1.25)
	note := h.style(Regular, 1, 1.3)
	gap := h.sc.body * 1.5
	// one order everywhere: the hotline, its text line, TTY and chat (each only when the content
	// has it: the box closes up around a line that takes no texts), and 911 last
	var cells [][2]diag.Located
	minor := map[string]bool{} // TTY, chat and 911: smaller than the numbers most people use
	for i, cl := range [][2]diag.Located{{t.CallLabel, t.Call}, {t.TextLabel, t.Text}, {t.TTYLabel, t.TTY}, {t.ChatLabel, t.Chat}, {t.DangerLabel, t.Danger}} {
		if cl[1].Text != "" {
			cells = append(cells, cl)
			minor[cl[1].Field] = i >= 2
		}
	}
	valueW := 0.0
	for _, cl := range cells {
		valueW = max(valueW, h.in.M.Width(value.Font, value.Size, cl[1].Text))
	}
	var code block
	if withQR {
		var err error
		// beside the numbers, a long address breaking in two; else under them
		if code, err = h.qrBlock(width-gap-valueW, true); err != nil {
			if code, err = h.qrBlock(width, false); err != nil {
				return row{}, err
			}
		}
	}
	beside := valueW+gap+code.w <= width
	colW := width
	if beside {
		colW = width - gap - code.w
	}
	// each way to get help, its label and its number, is one paragraph
	var ways column
	for i, cl := range cells {
		g := 0.0
		if i > 0 {
			g = label.Size * 0.55
		}
		var ls []string
		if cl[0].Text != "" {
			var err error
			if ls, err = wrapEven(h.in.M, label, cl[0], colW, "hotline box"); err != nil {
				return row{}, err
			}
		}
		st := value
		if minor[cl[1].Field] {
			st = h.style(Bold, 1.2, 1.25)
		}
		if err := fitOne(h.in.M, st, cl[1], colW, "hotline box"); err != nil {
			return row{}, err
		}
		if len(ls) > 0 {
			ways.add(label, g, ls...)
			ways.join(st, 0, cl[1].Text)
		} else {
			ways.add(st, g, cl[1].Text)
		}
	}
	colH := title.Leading + label.Size*0.4 + ways.height()
	noteLines, err := wrapEven(h.in.M, note, t.Note, width, "hotline box")
	if err != nil {
		return row{}, err
	}
	bodyH := colH + label.Size*0.6 + code.h
	if beside {
		bodyH = max(colH, code.h)
	}
	height := pad + bodyH + label.Size*0.6 + float64(len(noteLines))*note.Leading + pad
	sect := &Elem{Role: RoleSect}
	return tagRows([]row{{h: height, before: h.sc.body * 1.1, draw: func(c *canvas, top float64) {
		// the text keeps to the column; the colour hangs into the margin
		c.add(Rect{X: bandInset, Y: top, W: h.p.W - 2*bandInset, H: height, Fill: h.th.Accent})
		x := margin
		y := top + pad
		c.within(RoleH2, "", func() { c.text(x, baseline(y, title), title, t.Title.Text) })
		y = ways.draw(c, x, y+title.Leading+label.Size*0.4)
		if !withQR {
			y = top + pad + bodyH
		} else if beside {
			code.draw(c, margin+width-code.w, top+pad)
			y = top + pad + bodyH
		} else {
			y += label.Size * 0.6
			code.draw(c, x, y)
			y += code.h
		}
		y += label.Size * 0.6
		c.within(RoleP, "", func() {
			for _, l := range noteLines {
				c.text(x, baseline(y, note), note, l)
				y += note.Leading
			}
		})
	}}}, sect)[0], nil
}

// block is a measured piece that draws itself with its top left at x, y.
type block struct {
	w, h float64
	draw func(c *canvas, x, y float64)
}

// qrBlock is the code on a white square with its quiet zone, a title above and the address
// printed under it for people who cannot scan. It is at most maxW wide. Its lines are centred
// on the code when it stands in a column of its own, else set flush left with the text above.
func (h handout) qrBlock(maxW float64, centred bool) (block, error) {
	t := h.in.Lang.Text.Handout
	// 1 in without the quiet zone (at least 0.9 in is needed); 1.2 in in large print, where
	// the type grows for the eyes but a phone reads the code as well as before
	qc, err := h.in.code(h.url, 1.0*Inch*min(1.2, h.sc.body/12))
	if err != nil {
		return block{}, err
	}
	codeBox := qc.box
	title := h.style(Bold, 1, 1.25)
	urlSt := h.style(Bold, 1, 1.3)
	ul, err := addressLines(h.in.M, urlSt, h.in.Address, maxW, "under the QR code")
	if err != nil {
		return block{}, err
	}
	w := codeBox
	for _, l := range ul {
		w = max(w, h.in.M.Width(urlSt.Font, urlSt.Size, l))
	}
	titleW := maxW // flush left, the title may run as wide as the text above it
	if centred {
		titleW = w
	}
	tl, err := wrapEven(h.in.M, title, t.ScanTitle, titleW, "above the QR code")
	if err != nil {
		return block{}, err
	}
	for _, l := range tl {
		w = max(w, h.in.M.Width(title.Font, title.Size, l))
	}
	hgt := float64(len(tl))*title.Leading + codeBox + float64(len(ul))*urlSt.Leading
	indent := func(inner float64) float64 { // where a piece inner wide starts
		if centred {
			return (w - inner) / 2
		}
		return 0
	}
	return block{w: w, h: hgt, draw: func(c *canvas, x, y float64) {
		c.within(RoleP, "", func() {
			for _, l := range tl {
				c.text(x+indent(h.in.M.Width(title.Font, title.Size, l)), baseline(y, title), title, l)
				y += title.Leading
			}
		})
		cx := x + indent(codeBox)
		qc.draw(c, cx, y)
		y += codeBox
		c.within(RoleP, "", func() {
			for _, l := range ul {
				c.text(x+indent(h.in.M.Width(urlSt.Font, urlSt.Size, l)), baseline(y, urlSt), urlSt, l)
				y += urlSt.Leading
			}
		})
	}}, nil
}

func (h handout) footerStyle() Style {
	size := max(9.5, h.sc.body*0.8)
	return textStyle(Regular, size, 1.3, h.th.Ink)
}

func (h handout) pageLabel(page, pages int) string {
	return strings.NewReplacer("{page}", strconv.Itoa(page), "{pages}", strconv.Itoa(pages)).Replace(h.in.Lang.Text.Handout.Page.Text)
}

// footerLines are the organisation, its contact line if any and the short address: on one
// line beside the page number when they fit, else the contact on a second line. The address
// is the first to go: it is also under the QR code.
func (h handout) footerLines(width float64) ([]string, error) {
	st := h.footerStyle()
	org := h.in.Settings.Organisation
	name, contact, short := org.Name.Text, org.Contact.Text, h.in.Address.Text
	room := width - h.in.M.Width(st.Font, st.Size, h.pageLabel(h.maxPages(), h.maxPages())) - 2*st.Size
	fits := func(s string) bool { return h.in.M.Width(st.Font, st.Size, s) <= room }
	var tries [][]string
	if contact == "" {
		tries = [][]string{{name + dot + short}, {name}}
	} else {
		tries = [][]string{{name + dot + contact + dot + short}, {name + dot + contact},
			{name + dot + short, contact}, {name, contact}}
	}
	for _, lines := range tries {
		if fits(lines[0]) && fits(lines[len(lines)-1]) {
			return lines, nil
		}
	}
	blame := org.Name
	if fits(name) {
		blame = org.Contact
	}
	return nil, fitErr(blame, "the footer", "does not fit the %s beside the page number", inches(room))
}

const dot = "  ·  "

// footer draws lines with the page number beside the last, on the baseline y.
func (h handout) footer(c *canvas, lines []string, margin, width, y float64, page, pages int) {
	st := h.footerStyle()
	top := y - float64(len(lines)-1)*st.Leading
	for i, l := range lines {
		c.text(margin, top+float64(i)*st.Leading, st, l)
	}
	right := h.pageLabel(page, pages)
	c.text(margin+width-h.in.M.Width(st.Font, st.Size, right), y, st, right)
	c.add(Rule{X1: margin, Y1: top - st.Size*1.3, X2: margin + width, Y2: top - st.Size*1.3, Width: 0.5, Color: h.th.Primary})
}
