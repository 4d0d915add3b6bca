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
}

// add appends a paragraph of lines in st, gap below what comes before.
func (c *column) add(st Style, gap float64, lines ...string) {
	*c = append(*c, para{st: st, lines: lines, gap: gap})
}

// join appends lines that belong to the paragraph above (one element for a reader).
func (c *column) join(st Style, gap float64, lines ...string) {
	*c = append(*c, para{st: st, lines: lines, gap: gap, group: true})
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
	return c.set(cv, y, func(Style, string) float64 { return x })
}

// drawRight sets the column flush right against right: a right-to-left column.
func (c column) drawRight(cv *canvas, right, y float64) float64 {
	return c.set(cv, y, func(st Style, l string) float64 { return right - cv.m.Width(st.Font, st.Size, l) })
}

// set sets the column with its top at y, each line from where at puts it.
func (c column) set(cv *canvas, y float64, at func(Style, string) float64) float64 {
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
				cv.lineOf(p.lines, i, func() { cv.text(at(p.st, l), baseline(y, p.st), p.st, l) })
				y += p.st.Leading
			}
		})
	}
	return y
}
