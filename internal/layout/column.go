package layout

// column is paragraphs set one under another: its height and its drawing come from the same
// list, so what a layout measures is what it draws.
type column []para

// para is one paragraph of a column: its lines in one style, the space above it, and what a
// screen reader takes it for (a paragraph unless role says otherwise).
type para struct {
	st    Style
	lines []string
	gap   float64
	role  string // RoleP when empty
	group bool   // continues the paragraph above it: the same element (a label and its number)
	// its line is the number to call, its extension set smaller after it (extAt)
	number bool
}

// add appends a paragraph of lines in st, gap below what comes before.
func (c *column) add(st Style, gap float64, lines ...string) {
	*c = append(*c, para{st: st, lines: lines, gap: gap})
}

// join appends lines that belong to the paragraph above (one element for a reader).
func (c *column) join(st Style, gap float64, lines ...string) {
	*c = append(*c, para{st: st, lines: lines, gap: gap, group: true})
}

// number appends the number to call, its extension smaller after it on its baseline (extAt),
// as a paragraph or, with join, as part of the one above (a label and its number).
func (c *column) number(st Style, join bool, line string) {
	*c = append(*c, para{st: st, lines: []string{line}, group: join, number: true})
}

// width is the width of p's line l, each run of it as width measures it.
func (p para) width(l string, width func(Style, string) float64) float64 {
	if p.number {
		return numberWidth(width, p.st, l)
	}
	return width(p.st, l)
}

// height is the column's height, from the top of its first line to the foot of its last.
func (c column) height() float64 {
	h := 0.0
	for _, p := range c {
		h += p.gap + float64(len(p.lines))*p.st.Leading
	}
	return h
}

// draw sets the column with its top at y, each line from x, and returns the y under it.
func (c column) draw(cv *canvas, x, y float64) float64 {
	return c.set(cv, y, func(para, string) float64 { return x })
}

// drawRight sets the column flush right against right: a right-to-left column.
func (c column) drawRight(cv *canvas, right, y float64) float64 {
	return c.set(cv, y, func(p para, l string) float64 {
		return right - p.width(l, func(st Style, s string) float64 { return cv.m.Width(st.Font, st.Size, s) })
	})
}

// set sets the column with its top at y, each line from where at puts it.
func (c column) set(cv *canvas, y float64, at func(p para, l string) float64) float64 {
	var elem *Elem
	for _, p := range c {
		if !p.group || elem == nil {
			role := p.role
			if role == "" {
				role = RoleP
			}
			elem = &Elem{Role: role, Parent: cv.tag}
		}
		y += p.gap
		cv.as(elem, func() {
			for i, l := range p.lines {
				draw := func() { cv.text(at(p, l), baseline(y, p.st), p.st, l) }
				if p.number {
					cv.lineOf(p.lines, i, func() { cv.smallFrom(extAt(l), p.st.scaled(extShare), draw) })
				} else {
					cv.lineOf(p.lines, i, draw)
				}
				y += p.st.Leading
			}
		})
	}
	return y
}
