package layout

import (
	"fmt"
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
	Files string      // the file names, as one line to wrap
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
		x  float64
		st Style
		s  string
	}
	// block is lines with their offsets from its top, to place as one
	type block struct {
		lines []line
		ys    []float64
		h     float64
	}
	add := func(b *block, x float64, st Style, text string, w float64) error {
		ls, err := wrap(m, st, diag.Located{Text: text, Field: "print guide"}, w, "the print guide")
		if err != nil {
			return err
		}
		for _, l := range ls {
			b.h += st.Leading
			b.lines = append(b.lines, line{x, st, l})
			b.ys = append(b.ys, b.h-st.Leading*0.25)
		}
		return nil
	}
	var blocks []block
	var first block
	if err := add(&first, 0, textStyle(Bold, 18, 24.0/18, guideTeal), t.Title, width); err != nil {
		return nil, err
	}
	first.h += 4
	for _, r := range t.Rules {
		if err := add(&first, 0, body, "•  "+r, width); err != nil {
			return nil, err
		}
		first.h += 3
	}
	blocks = append(blocks, first)
	for _, s := range sections {
		var b block
		b.h += 10
		if err := add(&b, 0, head, s.Title, width); err != nil {
			return nil, err
		}
		if err := add(&b, 0, small, s.Files, width); err != nil {
			return nil, err
		}
		b.h += 3
		for _, r := range s.Rows {
			top := b.h
			var lb block
			if err := add(&lb, 0, bold, r[0], guideLabelW-6); err != nil {
				return nil, err
			}
			if err := add(&b, guideLabelW, body, r[1], width-guideLabelW); err != nil {
				return nil, err
			}
			for i, l := range lb.lines {
				b.lines = append(b.lines, l)
				b.ys = append(b.ys, top+lb.ys[i])
			}
			b.h = max(b.h, top+lb.h) + 2
		}
		blocks = append(blocks, b)
	}

	var c *canvas
	y := 0.0
	newPage := func() {
		if c != nil {
			doc.Pages = append(doc.Pages, Page{W: paper.W, H: paper.H, Items: c.items})
		}
		c, y = &canvas{m: m}, guideMargin
	}
	newPage()
	for _, b := range blocks {
		if y+b.h > paper.H-guideMargin && y > guideMargin {
			newPage()
		}
		for i, l := range b.lines {
			c.text(guideMargin+l.x, y+b.ys[i], l.st, l.s)
		}
		y += b.h
	}
	doc.Pages = append(doc.Pages, Page{W: paper.W, H: paper.H, Items: c.items})
	for i := range doc.Pages { // page numbers, once the pages are known
		pc := &canvas{m: m, items: doc.Pages[i].Items}
		s := fmt.Sprintf(t.PageOf, file, i+1, len(doc.Pages))
		pc.text(paper.W-guideMargin-m.Width(Regular, small.Size, s), paper.H-guideMargin/2, small, s)
		doc.Pages[i].Items = pc.items
	}
	return doc, nil
}
