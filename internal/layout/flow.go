package layout

import (
	"strings"
	"unicode/utf8"

	"haven/internal/content"
	"haven/internal/typeface"
)

// row is an unbreakable slice of a flowing column: a line of text, a heading line, a box.
type row struct {
	h      float64 // height
	before float64 // space above it, dropped at the top of a page
	keep   bool    // no page break between this row and the next
	soft   uint8   // its keep gives way where keeping would leave a page a third blank: 3 a list's first item's to the next two or more, 1 a list's to what leads into it, 2 its first or last two items'
	fresh  bool    // begins a column: the text after it was moved on to a page of its own
	part   bool    // begins a part of the text (a question, the closing): a page may well begin here
	draw   func(c *canvas, top float64)
}

// frame is the part of a page that flowing rows may use.
type frame struct{ top, bottom float64 }

// paginate breaks rows into pages. A row that does not fit starts a new page together with
// the rows kept with it, so headings never end a page and paragraphs leave no single line
// behind. It returns, per page, the rows with their tops.
func paginate(rows []row, frameOf func(page int) frame) [][]placed {
	var pages [][]placed
	start := 0
	for start < len(rows) {
		f := frameOf(len(pages))
		y := f.top
		var page []placed
		i := start
		for ; i < len(rows); i++ {
			r := rows[i]
			gap := r.before
			if i == start {
				gap = 0
			}
			if i > start && (r.fresh || y+gap+r.h > f.bottom) {
				break
			}
			y += gap
			page = append(page, placed{r, y})
			y += r.h
		}
		if i < len(rows) && !rows[i].fresh {
			// step back over rows that must stay with the one that did not fit
			j := i
			for j > start+1 && rows[j-1].keep {
				j--
			}
			// a list kept with what leads into it, its first items and its last, gives way
			// where moving them on would leave more than a third of the page blank: after a
			// list's first item where two or more follow it (what leads into it is not left
			// alone at the foot, no item alone at the head), else at the last place on the
			// page before a list, only where moving on would leave half of it blank (a lead-in
			// alone at a page's foot, its list overleaf, reads worse than a short column), else
			// at the last between its items
			if blank, height := f.bottom-(page[j-start-1].top+page[j-start-1].h), f.bottom-f.top; j < i && blank > height/3 {
				at := j
			gives:
				for _, soft := range []uint8{3, 1, 2} {
					for k := i; k > j; k-- {
						if rows[k-1].soft == soft {
							if soft == 1 && blank <= height/2 {
								break gives
							}
							at = k
							break gives
						}
					}
				}
				j = at
			}
			if j > start+1 || !rows[start].keep {
				page = page[:j-start]
				i = j
			}
		}
		pages = append(pages, page)
		start = i
	}
	return pages
}

// kept reports whether columns break only where their rows allow: no column but the last ends
// on a row kept with the next (a heading without its answer). paginate breaks a kept group
// only when it is taller than its frame, as the frame of a column shortened to balance the
// columns can be: such a balance is refused. soft lets a column end where a list's keeps give
// way, as paginate lets a long list: a page made to end early, for the closing panel (spill),
// may end there when it can end nowhere else; a balance, for evenness alone, may not.
func kept(columns [][]placed, soft bool) bool {
	for _, c := range columns[:max(0, len(columns)-1)] {
		if len(c) == 0 {
			continue
		}
		if l := c[len(c)-1]; l.keep && !(soft && l.soft > 0) {
			return false
		}
	}
	return true
}

type placed struct {
	row
	top float64
}

// sentencesAbove is, for each of a paragraph's lines, the text before it in the paragraph
// where a text link's words may stand: from the start of the sentence it is in, as SMSBody
// reads it (content.LastSentence), found in one pass and cut from one string, and at most maxAbove
// long, so that a paragraph of thousands of lines costs its length, not its square. Never
// empty: a paragraph's line is not the hotline box's.
func sentencesAbove(lines []string) []string {
	var b strings.Builder
	b.WriteByte(' ')
	starts := make([]int, len(lines))
	for i, l := range lines {
		starts[i] = b.Len()
		b.WriteString(content.Unmark(l))
		b.WriteByte(' ')
	}
	text := b.String()
	out := make([]string, len(lines))
	sentence, k := 0, 0
	for i, end := range starts {
		// a break decided within text[:end]: every line's text ends in the space added after it
		for k < end {
			r, n := utf8.DecodeRuneInString(text[k:end])
			if next, _ := utf8.DecodeRuneInString(text[k+n : end]); content.SentenceBreak(r, next) {
				sentence = k + n
			}
			k += n
		}
		from := sentence
		if end-from > maxAbove { // a sentence without end: its last words, from a word's start
			from = end - maxAbove
			from += strings.IndexByte(text[from:end], ' ') + 1
		}
		out[i] = text[from:end]
	}
	return out
}

// textsBelow is, for each of a paragraph's lines, the text after it in the paragraph, where
// the words that say what a text link sends may go on ("Text 233733" / "with the word
// START"): at most maxAbove long, cut from one string.
func textsBelow(lines []string) []string {
	var b strings.Builder
	ends := make([]int, len(lines))
	for i, l := range lines {
		b.WriteString(content.Unmark(l))
		ends[i] = b.Len()
		b.WriteByte(' ')
	}
	text := b.String()
	out := make([]string, len(lines))
	for i, end := range ends {
		out[i] = text[end:min(len(text), end+maxAbove)]
	}
	return out
}

// maxAbove is the most of a sentence a line is given (bytes): the words that say what a text
// link sends stand just before it, and each line's drawing copies what it is given.
const maxAbove = 1000

// joinedRuns is the text of runs, one after the other.
func joinedRuns(runs []styled) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.text)
	}
	return b.String()
}

// lineRows turns wrapped lines into rows of a column from x, w wide, kept so no paragraph
// leaves one line alone at the foot or the head of a page. right says the paragraph reads
// right to left; flush sets its lines flush right, as a right-to-left paragraph's are and an
// item's of a right-to-left list.
func lineRows(lines []string, x, w float64, right, flush bool, st Style, before float64) []row {
	rows := make([]row, len(lines))
	aboves, belows := sentencesAbove(lines), textsBelow(lines)
	bidis := paragraphBidi(lines, right) // each line placed as a line of the paragraph
	since := new(linkSince)              // the paragraph's, drawn from its first line on
	for i, l := range lines {
		l := l
		above, below := aboves[i], belows[i]
		rows[i] = row{h: st.Leading, keep: i == 0 || i == len(lines)-2, draw: func(c *canvas, top float64) {
			c.before, c.after = above, below
			if i == 0 {
				*since = linkSince{}
			} else {
				since.add(lineSep(lines[i-1], l))
			}
			c.since = since
			defer func() { c.before, c.after, c.since = "", "", nil }()
			if right { // in one face: the bold and italic runs of a right-to-left line are not set apart
				l := content.Unmark(l)
				x := x
				if flush {
					x += w - c.m.Width(st.Font, st.Size, l)
				}
				c.inParagraph(bidis, i, func() { c.text(x, baseline(top, st), st, l) })
				return
			}
			x := x
			runs := runsOf(l)
			if flush {
				x += w - richWidth(c.m, st, l)
			}
			for k, r := range runs { // bold and italic runs in their faces, one after the other
				rs := st
				rs.Font = r.font(st.Font)
				c.after = joinedRuns(runs[k+1:]) + below
				draw := func() { c.text(x, baseline(top, rs), rs, r.text) }
				if bidis != nil { // a run's neighbours on the line are nearer than the lines around
					piece := []bidiContext{bidis[i].within(joinedRuns(runs[:k]), joinedRuns(runs[k+1:]))}
					c.inParagraph(piece, 0, draw)
				} else {
					draw()
				}
				x += c.m.Width(rs.Font, rs.Size, r.text)
				c.before += r.text
			}
		}}
	}
	if len(rows) > 0 {
		rows[0].before = before
		rows[len(rows)-1].keep = false
		if len(rows) > 1 {
			rows[0].keep = true
		}
	}
	return rows
}

// lineSep is what joins two lines of a paragraph, a and b, back into its text: nothing
// between two characters of a script written without spaces (a Chinese or Japanese word
// broken across lines reads "拨打", not "拨 打"), else the space the break took.
func lineSep(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(content.Unmark(a))
	first, _ := utf8.DecodeRuneInString(content.Unmark(b))
	if typeface.Unspaced(last) && typeface.Unspaced(first) {
		return ""
	}
	return " "
}
