package layout

import (
	"fmt"

	"haven/internal/colour"
	"haven/internal/diag"
)

// Shift moves a two-sided card sheet by dx, dy points to correct a printer: the fronts right and
// down, the backs by the same amount as seen through the sheet (left and right mirrored by the
// long-edge flip), so both sides still line up after the move.
func Shift(doc *Doc, dx, dy float64) *Doc {
	if doc == nil || dx == 0 && dy == 0 {
		return doc
	}
	for i := range doc.Pages {
		x := dx
		if i%2 == 1 {
			x = -dx
		}
		doc.Pages[i].Items = moved(doc.Pages[i].Items, x, dy)
	}
	return doc
}

// moved is items translated by dx, dy, in their order (each keeps its structure element).
func moved(items []Item, dx, dy float64) []Item {
	out := make([]Item, len(items))
	for i, it := range items {
		out[i] = transform(it, 1, dx, dy)
	}
	return out
}

// CalibrationName begins the name of each printer test sheet (cards-calibration-letter.pdf): a
// sheet of outlines and rulers, with none of the content, never old the way a card can be.
const CalibrationName = "cards-calibration-"

// Calibration ruler: a tick every millimetre, out to this many either side of the line.
const rulerMM = 6

// CalibrationSheet is the printer test sheet for the card sheets on paper: on the front and
// the back, thin outlines of the ten cards where the cards print (with the offset dx, dy in
// points already applied), and at the middle of each outer edge a millimetre ruler across
// the cut line, numbered with the offset that would move the print onto the card stock.
func CalibrationSheet(paper string, dx, dy float64, m Measurer) (*Doc, error) {
	sh, ok := Sheets[paper]
	if !ok {
		return nil, fmt.Errorf("wallet cards come on letter or a4 sheets, not %q", paper)
	}
	ink := colour.RGB{R: 0x1B, G: 0x1B, B: 0x1B}
	doc := &Doc{Name: CalibrationName + paper, Lang: "en", Meta: Meta{
		Title:   "Printer test sheet for wallet cards on " + PaperTitle(paper),
		Subject: "Print on plain paper at 100%, hold against the card stock, and read the offset on the rulers",
	}}
	stock := map[string]string{"letter": "Avery 5371, 8371 or 28371 (ten 3.5 x 2 in cards)", "a4": "A4 sheets of ten 85 x 55 mm cards, 2 across and 5 down"}[paper]
	for side := 0; side < 2; side++ {
		c := &canvas{m: m}
		x0, y0 := sh.origin()
		gw, gh := float64(sh.Cols)*sh.CardW, float64(sh.Rows)*sh.CardH
		for r := 0; r < sh.Rows; r++ {
			for col := 0; col < sh.Cols; col++ {
				outline(c, Box{x0 + float64(col)*sh.CardW, y0 + float64(r)*sh.CardH, sh.CardW, sh.CardH}, 0.3, ink)
			}
		}
		rulers(c, x0, y0, gw, gh, sh, ink)
		lines := []string{
			"FRONT: printer test sheet for wallet cards",
			"Stock: " + stock + ".",
			"1. Print this sheet at 100% (\"Actual size\", not \"Fit to page\"), both sides, flip on the long edge, on plain paper.",
			"2. Lay it on a sheet of the card stock and hold both up to a window or a lamp.",
			"3. At the left or right ruler, read the number where the card stock's cut line falls: that is X. At the top or bottom ruler: Y. Half millimetres are fine.",
			"4. Make the cards with that offset: haven cards --offset X,Y (or in settings.yaml, under cards:, offset: X,Y).",
			"5. Print this sheet again with the same offset to check (haven cards --calibrate --offset X,Y): each 0 should sit on a cut line.",
			fmt.Sprintf("This sheet: offset %s mm.", offsetText(dx, dy)),
		}
		if side == 1 {
			lines = []string{
				"BACK of the test sheet",
				"Held up to the light, these outlines should cover the outlines on the front.",
				"If the front lines up with the stock and this side does not, your printer shifts the back: print the cards one side at a time instead, turning the sheet over by hand, and check again.",
				fmt.Sprintf("This sheet: offset %s mm, mirrored on this side.", offsetText(dx, dy)),
			}
		}
		// the words sit in the left column's middle cards, clear of the rulers and the lines
		st := textStyle(Regular, 8, 10.5/8, ink)
		inset := 0.25 * Inch
		width := sh.CardW - 2*inset
		row := 1
		y := y0 + float64(row)*sh.CardH + inset + st.Size
		for i, s := range lines {
			role := RoleP
			st.Font = Regular
			if i == 0 {
				st.Font, role = Bold, RoleH1
			}
			wrapped, err := wrap(m, st, diag.Located{Text: s, Field: "calibration sheet"}, width, "the calibration sheet")
			if err != nil {
				return nil, err
			}
			c.within(role, "", func() { // the instructions are the content; outlines and rulers are marks
				for _, l := range wrapped {
					if y > y0+float64(row+1)*sh.CardH-inset { // on to the next card, never across a line
						row++
						y = y0 + float64(row)*sh.CardH + inset + st.Size
					}
					c.text(x0+inset, y, st, l)
					y += st.Leading
				}
			})
			y += 3
		}
		doc.Pages = append(doc.Pages, c.page(sh.Paper.W, sh.Paper.H))
	}
	return Shift(doc, dx, dy), nil
}

func offsetText(dx, dy float64) string {
	return fmt.Sprintf("%g,%g", roundTenth(dx/MM), roundTenth(dy/MM))
}

func roundTenth(v float64) float64 {
	r := float64(int(v*10+0.5*sign(v))) / 10
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// rulers draws a millimetre ruler across the middle of each outer edge of the card grid, 0 on
// the cut line; a number is the offset that moves the print onto a cut line falling there.
func rulers(c *canvas, x0, y0, gw, gh float64, sh Sheet, ink colour.RGB) {
	lab := textStyle(Regular, 6, 0, ink)
	tick := func(d int) float64 {
		switch {
		case d == 0:
			return 4.5 * MM
		case d%5 == 0:
			return 3 * MM
		}
		return 1.5 * MM
	}
	label := func(d int) string {
		if d > 0 {
			return fmt.Sprintf("+%d", d)
		}
		return fmt.Sprint(d)
	}
	// left and right edges: ticks across, the numbers for X
	ym := y0 + sh.CardH/2
	for _, xe := range []float64{x0, x0 + gw} {
		for d := -rulerMM; d <= rulerMM; d++ {
			x := xe + float64(d)*MM
			c.add(Rule{X1: x, Y1: ym - tick(d), X2: x, Y2: ym, Width: 0.25, Color: ink})
			if d%5 == 0 {
				s, at := label(d), x-c.m.Width(Regular, lab.Size, label(d))/2
				if d == 0 { // beside the cut line, which runs on through the ruler, and what it reads
					at = x + 1.5
					c.text(x+1.5, ym+2*lab.Size+2, lab, "X, mm")
				}
				c.text(at, ym+lab.Size+1, lab, s)
			}
		}
	}
	// top and bottom edges: ticks along, the numbers for Y
	xm := x0 + sh.CardW/2
	for _, ye := range []float64{y0, y0 + gh} {
		for d := -rulerMM; d <= rulerMM; d++ {
			y := ye + float64(d)*MM
			c.add(Rule{X1: xm, Y1: y, X2: xm + tick(d), Y2: y, Width: 0.25, Color: ink})
			if d%5 == 0 {
				s, at := label(d), y+lab.Size*0.35
				if d == 0 {
					s, at = "0 = Y, mm", y-1.5
				}
				c.text(xm+tick(d)+1.5, at, lab, s)
			}
		}
	}
}
