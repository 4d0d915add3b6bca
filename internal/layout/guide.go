package layout

import (
	"fmt"
	"slices"
	"strings"

	"haven/internal/colour"
	"haven/internal/diag"
)

// GuideText is the print guide's own words in its language.
type GuideText struct {
	Lang           string // the language they are in, the PDF's /Lang
	Title, Subject string
	Rules          []string // said once, for every file
	PageOf         string   // the footer: file name, page, pages
}

// GuideSection is one group of files printed the same way, in the print guide.
type GuideSection struct {
	Title string
	Files []string    // the file names, never broken across lines
	Rows  [][2]string // label, what to do
}

// Guide page: labels in a column of their own, the instructions beside them.
const (
	guideMargin = 0.75 * Inch
	guideLabelW = 1.15 * Inch
)

var guideTeal = colour.RGB{R: 0x0F, G: 0x4C, B: 0x5C}

// Guide lays out the print guide, file, on paper: a title, the rules for every file, then one
// section per group of files; a section is never split across pages.
func Guide(file string, t GuideText, sections []GuideSection, paper Paper, m Measurer) (*Doc, error) {
	doc := &Doc{Name: strings.TrimSuffix(file, ".pdf"), Lang: t.Lang, Meta: Meta{Title: t.Title, Subject: t.Subject}}
	width := paper.W - 2*guideMargin
	body := textStyle(Regular, 9.5, 12.5/9.5, proofInk)
	bold := body
	bold.Font = Bold
	head := textStyle(Bold, 12, 16.0/12, guideTeal)
	small := textStyle(Regular, 8, 10.5/8, colour.RGB{R: 0x44, G: 0x44, B: 0x44})

	type line struct {
		x   float64
		st  Style
		s   string
		tag *Elem // what it is to a screen reader; drawn in order, so a label before its text
	}
	// block is lines with their offsets from its top, to place as one
	type block struct {
		lines []line
		ys    []float64
		h     float64
	}
	add := func(b *block, x float64, st Style, text string, w float64, tag *Elem) error {
		at := diag.Located{Text: text, Field: "print guide"}
		segs := commandsBound(text, unhyphenated(slices.Clone(segments(typographyOf(m), text))))
		ls, err := wrapSegs(m, st, at, cutToFit(m, st, segs, w), w, "the print guide")
		if err != nil {
			return err
		}
		for _, l := range ls {
			b.h += st.Leading
			b.lines = append(b.lines, line{x, st, l, tag})
			b.ys = append(b.ys, b.h-st.Leading*0.25)
		}
		return nil
	}
	// item adds a list item: its label in a column at x, its text beside it from x+indent,
	// the block as deep as the deeper of the two
	item := func(b *block, list *Elem, x, indent float64, lst, st Style, label, text string) error {
		li := &Elem{Role: RoleLI, Parent: list}
		top := b.h
		var lb block
		if err := add(&lb, x, lst, label, indent-6, &Elem{Role: RoleLbl, Parent: li}); err != nil {
			return err
		}
		for i, l := range lb.lines {
			b.lines = append(b.lines, l)
			b.ys = append(b.ys, top+lb.ys[i])
		}
		if err := add(b, x+indent, st, text, width-x-indent, &Elem{Role: RoleLBody, Parent: li}); err != nil {
			return err
		}
		b.h = max(b.h, top+lb.h)
		return nil
	}
	var blocks []block
	var first block
	if err := add(&first, 0, textStyle(Bold, 18, 24.0/18, guideTeal), t.Title, width, &Elem{Role: RoleH1}); err != nil {
		return nil, err
	}
	first.h += 4
	rules := &Elem{Role: RoleL}
	for _, r := range t.Rules {
		if err := item(&first, rules, 0, 12, body, body, bullet, r); err != nil {
			return nil, err
		}
		first.h += 3
	}
	blocks = append(blocks, first)
	for _, s := range sections {
		var b block
		sect := &Elem{Role: RoleSect}
		b.h += 10
		if err := add(&b, 0, head, s.Title, width, &Elem{Role: RoleH2, Parent: sect}); err != nil {
			return nil, err
		}
		files := &Elem{Role: RoleP, Parent: sect}
		for _, l := range packNames(m, small, s.Files, width) {
			if err := add(&b, 0, small, l, width, files); err != nil {
				return nil, err
			}
		}
		b.h += 3
		rows := &Elem{Role: RoleL, Parent: sect}
		for _, r := range s.Rows {
			if err := item(&b, rows, 0, guideLabelW, bold, body, r[0], r[1]); err != nil {
				return nil, err
			}
			b.h += 2
		}
		blocks = append(blocks, b)
	}

	var c *canvas
	y := 0.0
	newPage := func() {
		if c != nil {
			doc.Pages = append(doc.Pages, c.page(paper.W, paper.H))
		}
		c, y = &canvas{m: m}, guideMargin
	}
	newPage()
	for _, b := range blocks {
		if y+b.h > paper.H-guideMargin && y > guideMargin {
			newPage()
		}
		for i, l := range b.lines {
			c.as(l.tag, func() { c.text(guideMargin+l.x, y+b.ys[i], l.st, l.s) })
		}
		y += b.h
	}
	doc.Pages = append(doc.Pages, c.page(paper.W, paper.H))
	for i, pg := range doc.Pages { // page numbers, once the pages are known: artifacts
		pc := &canvas{m: m, items: pg.Items, tags: pg.Tags}
		s := fmt.Sprintf(t.PageOf, file, i+1, len(doc.Pages))
		pc.text(paper.W-guideMargin-m.Width(Regular, small.Size, s), paper.H-guideMargin/2, small, s)
		doc.Pages[i] = pc.page(paper.W, paper.H)
	}
	return doc, nil
}

// packNames puts names on lines of width w, three spaces apart, breaking only between names (a
// line breaker would break a file name at its hyphens).
func packNames(m Measurer, st Style, names []string, w float64) []string {
	var lines []string
	for _, n := range names {
		if k := len(lines) - 1; k >= 0 && m.Width(st.Font, st.Size, lines[k]+"   "+n) <= w {
			lines[k] += "   " + n
			continue
		}
		lines = append(lines, n)
	}
	return lines
}

// unhyphenated is segs with no break after a hyphen: the guide prints commands to type
// (haven cards --content my-content --offset X,Y), and one broken at my- would be typed with a
// space; its lines are long enough that prose loses nothing.
func unhyphenated(segs []segment) []segment {
	for i := range segs {
		if strings.HasSuffix(segs[i].text, "-") {
			segs[i].glue = true
		}
	}
	return segs
}

// commandsBound is segs, the segments of text, with each command the guide gives to type
// (haven cards --content my-content --out kit --calibrate) broken only between its pieces: its
// name, and each flag with its value. A folder broken at a '/', or a flag at a line's end and
// its value on the next, reads as two things to type. A piece wider than a line still breaks
// where it must (see wrapSegs).
func commandsBound(text string, segs []segment) []segment {
	for _, p := range commandPieces(text) {
		pos := 0
		for k := range segs {
			pos += len(segs[k].text)
			if pos > p[0] && pos < p[1] {
				segs[k].glue = true
			}
		}
	}
	return segs
}

// commandPieces are the spans of the pieces of each haven command in text: "haven cards", then
// each flag with the value after it (a word that begins with neither '-' nor '('). A command
// ends at a piece that ends in ')', ',' or ';', or at a word that is no flag.
func commandPieces(text string) [][2]int {
	var pieces [][2]int
	for from := 0; ; {
		i := strings.Index(text[from:], "haven ")
		if i < 0 {
			return pieces
		}
		i += from
		from = i + len("haven ")
		if i > 0 && !strings.ContainsRune(" (", rune(text[i-1])) {
			continue
		}
		words := shellWords(text[i:])
		if len(words) < 2 || strings.Trim(text[i+words[1][0]:i+words[1][1]], "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		word := func(k int) string { return text[i+words[k][0] : i+words[k][1]] }
		ends := func(w string) bool { return strings.ContainsAny(w[len(w)-1:], "),;") }
		pieces = append(pieces, [2]int{i, i + words[1][1]})
		for k := 2; k < len(words) && strings.HasPrefix(word(k), "-") && !ends(word(k-1)); k++ {
			start, end := words[k][0], words[k][1]
			if n := k + 1; n < len(words) && !ends(word(k)) && !strings.HasPrefix(word(n), "-") && !strings.HasPrefix(word(n), "(") {
				k, end = n, words[n][1]
			}
			pieces = append(pieces, [2]int{i + start, i + end})
		}
	}
}

// shellWords are the spans of the words of s as a shell reads them: apart at spaces outside
// quotes ('o/my folder', $'\u05E9'), a backslash keeping the character after it.
func shellWords(s string) [][2]int {
	var words [][2]int
	start := -1
	quote := byte(0) // the quote open: ' in '...', $ in $'...'
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote == '\'':
			if c == '\'' {
				quote = 0
			}
			continue
		case quote == '$':
			if c == '\\' {
				i++
			} else if c == '\'' {
				quote = 0
			}
			continue
		case c == ' ':
			if start >= 0 {
				words, start = append(words, [2]int{start, i}), -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
		switch {
		case c == '\\':
			i++
		case c == '$' && i+1 < len(s) && s[i+1] == '\'':
			quote, i = '$', i+1
		case c == '\'':
			quote = '\''
		}
	}
	if start >= 0 {
		words = append(words, [2]int{start, len(s)})
	}
	return words
}
