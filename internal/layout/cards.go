package layout

import (
	"fmt"

	"haven/internal/diag"
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
// stack can be told apart after cutting.
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
	byCode := map[string][]func(cv *canvas, x, y float64){}
	x0, y0 := sh.origin()
	th := in.theme()
	for side := 0; side < 2; side++ {
		cv := in.canvas()
		for r := 0; r < sh.Rows; r++ {
			for col := 0; col < sh.Cols; col++ {
				cin := in
				if codes != nil {
					cin.Placement = codes[r*sh.Cols+col]
				}
				sides, ok := byCode[cin.Placement]
				if !ok {
					c := card{in: cin, th: th, w: sh.CardW, h: sh.CardH, discreet: discreet, url: cin.qrURL("cards")}
					doc.Meta = in.meta(in.Lang.Text.HotlineName.Text+": wallet cards", c.headline().Text)
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
				draw := func() { sides[side](cv, x0+float64(at)*sh.CardW, y0+float64(r)*sh.CardH) }
				if r == 0 && col == 0 { // the first card is read; its copies are artifacts
					cv.as(&Elem{Role: RoleSect}, draw)
				} else {
					cv.artifact(draw)
				}
			}
		}
		cutGuides(cv, sh, x0, y0, th)
		doc.Pages = append(doc.Pages, cv.page(sh.Paper.W, sh.Paper.H))
	}
	return doc, nil
}

// BleedCard is one US card for a print shop: front and back pages with 0.125 in bleed, the
// background running into it, and crop marks outside it.
func BleedCard(in Input) (*Doc, error) {
	const bleed, slug = 0.125 * Inch, 0.25 * Inch
	c := card{in: in, th: in.theme(), w: 3.5 * Inch, h: 2 * Inch, url: in.qrURL("cards"), bleed: bleed}
	doc := &Doc{Name: "card-bleed-" + in.Lang.Code + "-us", Lang: in.Lang.Code,
		Meta: in.meta(in.Lang.Text.HotlineName.Text+": wallet card for print", c.headline().Text)}
	sides, err := c.sides(doc, true)
	if err != nil {
		return doc, err
	}
	off := bleed + slug
	pw, ph := c.w+2*off, c.h+2*off
	for _, draw := range sides {
		cv := in.canvas()
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
	url      string
	bleed    float64 // > 0 on a print-shop card: colour runs this far past the cut
}

// sides lays out the front and the back once; each returned function draws one at x, y.
func (c card) sides(doc *Doc, bleed bool) ([]func(cv *canvas, x, y float64), error) {
	front, err := c.front(bleed)
	if err == nil {
		var back func(cv *canvas, x, y float64)
		if back, err = c.back(bleed); err == nil {
			return []func(cv *canvas, x, y float64){c.marked(front), c.marked(back)}, nil
		}
	}
	if fe, ok := err.(*FitError); ok {
		fe.Doc = doc.Name
	}
	return nil, err
}

func (c card) headline() diag.Located {
	if c.discreet {
		return c.in.Lang.Text.Discreet.Headline
	}
	return c.in.Lang.Text.Card.Headline
}

// pt scales type from the 3.5 x 2 in design to the card at hand (85 x 55 mm is narrower),
// never below the smallest legible size.
func (c card) pt(size float64) float64 {
	return max(minCardType, size*min(c.w/(3.5*Inch), c.h/(2*Inch)))
}

// codeStyle is the placement code's type.
func (c card) codeStyle() Style { return textStyle(Regular, minCardType, 0, c.th.Ink) }

// codeRoom is the width the placement code takes from the bottom line of each side.
func (c card) codeRoom() float64 {
	if c.in.Placement == "" {
		return 0
	}
	st := c.codeStyle()
	return c.in.M.Width(st.Font, st.Size, c.in.Placement) + c.pt(6)
}

// marked adds the placement code, small, in the bottom right corner inside the safe zone.
func (c card) marked(draw func(cv *canvas, x, y float64)) func(cv *canvas, x, y float64) {
	code := c.in.Placement
	if code == "" {
		return draw
	}
	st := c.codeStyle()
	w := c.in.M.Width(st.Font, st.Size, code)
	return func(cv *canvas, x, y float64) {
		draw(cv, x, y)
		cv.artifact(func() { cv.text(x+c.w-cardSafe-w, y+c.h-cardSafe-st.Size*0.3, st, code) })
	}
}

// front: a band with the headline, running to the card's top and side edges (into the bleed
// on a print-shop card), then who to call, the number as the largest text with the hotline's
// name under it, the text line and 911.
func (c card) front(bleed bool) (func(cv *canvas, x, y float64), error) {
	t := c.in.Lang.Text
	h := c.in.Settings.Hotline
	label, sub := t.Card.CallLabel, t.HotlineName
	if c.discreet {
		label, sub = t.Discreet.Subline, diag.Located{}
	}
	s := cardSafe
	inner := c.w - 2*s - 8
	head := textStyle(Bold, c.pt(13), 16.0/13, c.th.White)
	lab := textStyle(Regular, c.pt(8.5), 10.5/8.5, c.th.Ink)
	num := textStyle(Bold, c.pt(22), 25.0/22, c.th.Ink)
	txt := textStyle(Bold, c.pt(10.5), 13.0/10.5, c.th.Ink)
	dan := textStyle(Bold, c.pt(9.5), 12.0/9.5, c.th.Primary)
	small := textStyle(Regular, c.pt(8), 10.5/8, c.th.Ink)
	what := "card front"
	if c.discreet {
		what = "discreet card front"
	}
	if err := fitOne(c.in.M, head, c.headline(), inner, what); err != nil {
		return nil, err
	}
	labLines, err := fitLines(c.in.M, lab, label, inner, 2, what)
	if err != nil {
		return nil, err
	}
	// the number is the largest text whatever its length: a long one (1-800-799-SAFE,
	// +44 808 2000 247) keeps the card's size and takes the width it needs, down to the
	// size of the text line
	if w := c.in.M.Width(num.Font, num.Size, h.Call.Text); w > inner {
		num.Size = max(head.Size*1.1, num.Size*inner/w)
	}
	if err := fitOne(c.in.M, num, h.Call, inner, what); err != nil {
		return nil, err
	}
	textLine := t.Card.Text // empty when the line takes no texts: the block closes up
	if err := fitOne(c.in.M, txt, textLine, inner, what); err != nil {
		return nil, err
	}
	more := t.Card.More // TTY or chat, small, when the content gives it
	if err := fitOne(c.in.M, small, more, inner, what); err != nil {
		return nil, err
	}
	// the last line shares the bottom with the placement code
	if err := fitOne(c.in.M, dan, t.Card.Danger, inner-c.codeRoom(), what); err != nil {
		return nil, err
	}
	if sub.Text != "" {
		if err := fitOne(c.in.M, small, sub, inner, what); err != nil {
			return nil, err
		}
	}
	// under the band, in one order everywhere: who to call, the number (the hotline's name
	// under it), the text line, TTY or chat, then 911 last
	var col column
	col.add(lab, 0, labLines...)
	col.join(num, 0, h.Call.Text)
	if sub.Text != "" {
		col.join(small, 0, sub.Text)
	}
	for _, l := range []struct {
		st Style
		at diag.Located
	}{{txt, textLine}, {small, more}, {dan, t.Card.Danger}} {
		if l.at.Text != "" {
			col.add(l.st, 0, l.at.Text)
		}
	}
	bandH := c.pt(27)
	if need := s + bandH + c.pt(6) + col.height() + s; need > c.h+0.01 {
		at := label
		if more.Text != "" {
			at = more // the line added last
		}
		return nil, fitErr(at, what, "needs %s of height on the front; the card has %s", inches(need), inches(c.h))
	}
	return func(cv *canvas, x, y float64) {
		if bleed {
			cv.add(Rect{X: x - c.bleed, Y: y - c.bleed, W: c.w + 2*c.bleed, H: c.h + 2*c.bleed, Fill: c.th.White})
		}
		bandBottom := y + s + bandH
		cv.add(Rect{X: x - c.bleed, Y: y - c.bleed, W: c.w + 2*c.bleed, H: bandBottom - y + c.bleed, Fill: c.th.Primary})
		tx := x + s + 4
		// the headline's capitals sit in the middle of the band as cut
		cv.within(RoleH1, "", func() { cv.text(tx, y+(bandBottom-y)/2+head.Size*0.35, head, c.headline().Text) })
		// the column under the band sits in the middle of the space left
		col.draw(cv, tx, bandBottom+(c.h-s-bandH-s-col.height())/2)
	}, nil
}

// back: a few warning signs (or, discreetly, what help is), the QR code with its address, and
// what the hotline offers.
func (c card) back(bleed bool) (func(cv *canvas, x, y float64), error) {
	t := c.in.Lang.Text
	title, lines, note := t.Card.BackTitle, t.Card.Signs, t.Card.BackNote
	bullets := true
	if c.discreet {
		title, lines, note, bullets = t.Discreet.BackTitle, t.Discreet.BackLines, t.Discreet.BackNote, false
	}
	what := "card back"
	if c.discreet {
		what = "discreet card back"
	}
	qc, err := c.in.code(c.url, 0.8*Inch) // at least 0.75 in without the quiet zone
	if err != nil {
		return nil, err
	}
	s := cardSafe
	box := qc.box
	urlSt := textStyle(Bold, c.pt(7), 9.0/7, c.th.Ink)
	short := c.in.Address
	urlW := c.in.M.Width(urlSt.Font, urlSt.Size, short.Text)
	// a short address goes under the code; a long one gets its own line above the note
	under := urlW <= box*1.3
	colR := box
	if under {
		colR = max(box, urlW)
	} else if urlW > c.w-2*s+0.01 {
		return nil, fitErr(short, what, "is %s too wide to print on a card; choose a shorter page address", inches(urlW-(c.w-2*s)))
	}
	ttl := textStyle(Bold, c.pt(9.5), 11.5/9.5, c.th.Primary)
	body := textStyle(Regular, c.pt(8), 9.6/8, c.th.Ink)
	noteSt := textStyle(Bold, c.pt(8), 10.0/8, c.th.Ink)
	leftW := c.w - 2*s - colR - c.pt(6)
	bullet := "•"
	ind := 0.0
	if bullets {
		ind = c.in.M.Width(Regular, body.Size, bullet+" ")
	}
	titleLines, err := fitLines(c.in.M, ttl, title, leftW, 2, what)
	if err != nil {
		return nil, err
	}
	type ln struct {
		s     string
		first bool
	}
	var body2 []ln
	for _, l := range lines {
		ls, err := wrapEven(c.in.M, body, l, leftW-ind, what)
		if err != nil {
			return nil, err
		}
		for k, x := range ls {
			body2 = append(body2, ln{x, k == 0})
		}
	}
	if err := fitOne(c.in.M, noteSt, note, c.w-2*s-c.codeRoom(), what); err != nil {
		return nil, err
	}
	leftH := float64(len(titleLines))*ttl.Leading + c.pt(2) + float64(len(body2))*body.Leading + float64(len(lines)-1)*c.pt(1.5)
	avail := c.h - 2*s - noteSt.Leading
	codeH := box + urlSt.Leading
	if !under {
		avail -= urlSt.Leading
		codeH = box
	}
	if leftH > avail+0.01 {
		return nil, fitErr(title, what, "and the lines under it need %s of height; %s fit", inches(leftH), inches(avail))
	}
	if codeH > avail+0.01 {
		return nil, fitErr(short, what, "does not fit the card with its QR code")
	}
	return func(cv *canvas, x, y float64) {
		if bleed {
			cv.add(Rect{X: x - c.bleed, Y: y - c.bleed, W: c.w + 2*c.bleed, H: c.h + 2*c.bleed, Fill: c.th.Panel})
		}
		cy := y + s
		cv.within(RoleH2, "", func() {
			for _, l := range titleLines {
				cv.text(x+s, baseline(cy, ttl), ttl, l)
				cy += ttl.Leading
			}
		})
		cy += c.pt(2)
		// the signs are a list, each bullet its label; discreet lines are paragraphs
		list := &Elem{Role: RoleL, Parent: cv.tag}
		var label, text *Elem
		for i, l := range body2 {
			if l.first && i > 0 {
				cy += c.pt(1.5)
			}
			if l.first && bullets {
				item := &Elem{Role: RoleLI, Parent: list}
				label, text = &Elem{Role: RoleLbl, Parent: item}, &Elem{Role: RoleLBody, Parent: item}
				cv.as(label, func() { cv.text(x+s, baseline(cy, body), body, bullet) })
			} else if l.first {
				text = &Elem{Role: RoleP, Parent: cv.tag}
			}
			cv.as(text, func() { cv.text(x+s+ind, baseline(cy, body), body, l.s) })
			cy += body.Leading
		}
		qx := x + c.w - s - colR + (colR-box)/2
		qy := y + s + (avail-codeH)/2
		qc.draw(cv, qx, qy)
		noteY := y + c.h - s - noteSt.Size*0.3
		cv.within(RoleP, "", func() {
			if under {
				cv.text(x+c.w-s-colR+(colR-urlW)/2, baseline(qy+box, urlSt), urlSt, short.Text)
			} else {
				cv.text(x+s, noteY-noteSt.Leading, urlSt, short.Text)
			}
		})
		cv.within(RoleP, "", func() { cv.text(x+s, noteY, noteSt, note.Text) })
	}, nil
}

// cutGuides marks the card edges in the margins, where a guillotine or a ruler lines up, and
// nowhere on the cards themselves.
func cutGuides(cv *canvas, sh Sheet, x0, y0 float64, th Theme) {
	const l = 0.18 * Inch
	gray := th.Ink
	for col := 0; col <= sh.Cols; col++ {
		x := x0 + float64(col)*sh.CardW
		cv.add(Rule{X1: x, Y1: y0 - l - 2, X2: x, Y2: y0 - 2, Width: 0.3, Color: gray})
		yb := y0 + float64(sh.Rows)*sh.CardH
		cv.add(Rule{X1: x, Y1: yb + 2, X2: x, Y2: yb + l + 2, Width: 0.3, Color: gray})
	}
	for r := 0; r <= sh.Rows; r++ {
		y := y0 + float64(r)*sh.CardH
		cv.add(Rule{X1: x0 - l - 2, Y1: y, X2: x0 - 2, Y2: y, Width: 0.3, Color: gray})
		xr := x0 + float64(sh.Cols)*sh.CardW
		cv.add(Rule{X1: xr + 2, Y1: y, X2: xr + l + 2, Y2: y, Width: 0.3, Color: gray})
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
