package layout

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/diag"
)

// ProofFile is one output shown on the proof sheet: its file name and its laid-out pages.
// Greek draws its text as grey bars, for a file set in a family the proof is not rendered in.
type ProofFile struct {
	File  string
	Doc   *Doc
	Greek bool
}

// Proof grid: four thumbnails across, each with its labels under it: file, paper and the
// addresses its codes open, on as many lines as the longest takes.
const (
	proofCols    = 4
	proofMargin  = 36.0
	proofGap     = 12.0
	proofLabel   = 6.0 // label size
	proofLeading = 8.0
	proofHeader  = 44.0
)

var (
	proofInk   = colour.RGB{R: 0x1A, G: 0x1A, B: 0x1A}
	proofGrey  = colour.RGB{R: 0x88, G: 0x88, B: 0x88}
	proofGreek = colour.RGB{R: 0xC8, G: 0xC8, B: 0xC8}
)

// Proof lays out a proof sheet on paper: every page of every file as a thumbnail drawn from
// its own layout, scaled (so it is vector, and reads when zoomed in), each labelled with its
// file name and page, its paper size and the address its QR codes open.
func Proof(files []ProofFile, paper Paper, m Measurer) (*Doc, error) {
	type cell struct {
		f    ProofFile
		page int
	}
	var cells []cell
	for _, f := range files {
		for i := range f.Doc.Pages {
			cells = append(cells, cell{f, i})
		}
	}
	cw := (paper.W - 2*proofMargin - (proofCols-1)*proofGap) / proofCols
	th := cw * 1.3 // room for a portrait page; landscape pages take less
	lab := textStyle(Regular, proofLabel, 0, proofInk)
	// the addresses each page's codes open, whole: the proof is where they are signed off,
	// and a long one takes more lines under its thumbnail, the longest the room of every cell
	codes := make([][]string, len(cells))
	qrLines := 1
	for i, cl := range cells {
		codes[i] = []string{"no QR code on this page"}
		if urls := pageURLs(cl.f.Doc.Pages[cl.page]); len(urls) > 0 {
			var err error
			if codes[i], err = addressWrapped(m, lab, "QR: "+strings.Join(urls, " "), cw); err != nil {
				return nil, err
			}
		}
		qrLines = max(qrLines, len(codes[i]))
	}
	ch := th + float64(2+qrLines)*proofLeading + proofGap
	rows := int((paper.H - proofMargin - proofHeader - proofMargin + proofGap) / ch)
	per := rows * proofCols
	sheets := (len(cells) + per - 1) / per
	doc := &Doc{Name: "proof", Lang: "en", Meta: Meta{
		Title:   "Proof sheet",
		Subject: fmt.Sprintf("Every page of %d files as thumbnails, for review before printing", len(files)),
	}}
	title := textStyle(Bold, 13, 0, proofInk)
	small := textStyle(Regular, 7.5, 0, proofInk)
	note := diag.Located{Text: "Each page as it prints, drawn from the same layout as its file: zoom in to read it. Check every number and address, then print the files themselves at 100%.", Field: "proof sheet"}
	lines, err := wrap(m, small, note, paper.W-2*proofMargin, "the proof sheet")
	if err != nil {
		return nil, err
	}
	for s := 0; s < sheets; s++ {
		c := &canvas{m: m}
		// the heading and its note head every sheet: a reader meets them once, on the first,
		// and the repeats are page furniture, as a running header is
		header := func(draw func()) { draw() }
		if s > 0 {
			header = c.artifact
		}
		header(func() {
			c.within(RoleH1, "", func() {
				c.text(proofMargin, proofMargin+12, title, fmt.Sprintf("Proof: %d %s, %d %s", len(files), plural(len(files), "file"), len(cells), plural(len(cells), "page")))
			})
			c.within(RoleP, "", func() {
				for i, l := range lines[:min(2, len(lines))] { // two lines fit above the thumbnails
					c.text(proofMargin, proofMargin+25+float64(i)*9.5, small, l)
				}
			})
		})
		right := fmt.Sprintf("sheet %d of %d", s+1, sheets)
		c.text(paper.W-proofMargin-m.Width(Regular, small.Size, right), proofMargin+12, small, right)
		for i, cl := range cells[s*per : min(len(cells), (s+1)*per)] {
			x := proofMargin + float64(i%proofCols)*(cw+proofGap)
			y := proofMargin + proofHeader + float64(i/proofCols)*ch
			p := cl.f.Doc.Pages[cl.page]
			k := math.Min(1, math.Min(cw/p.W, th/p.H))
			tx, ty := x+(cw-p.W*k)/2, y+(th-p.H*k)/2
			// a reader hears each thumbnail as a figure named by its file and page; the text
			// drawn in it is in its file's language, when not the sheet's (as its lines read
			// as written: an Arabic file's)
			c.within(RoleFigure, fmt.Sprintf("Page %d of %s", cl.page+1, cl.f.File), func() {
				draw := func() {
					for _, it := range Scaled(p.Items, k, tx, ty, cl.f.Greek) {
						c.add(it)
					}
				}
				if lang := cl.f.Doc.Lang; lang != doc.Lang {
					c.as(&Elem{Role: RoleSpan, Parent: c.tag, Lang: lang}, draw)
					return
				}
				draw()
			})
			outline(c, Box{tx, ty, p.W * k, p.H * k}, 0.5, proofGrey)
			base := y + th + proofLeading
			page := ""
			if n := len(cl.f.Doc.Pages); n > 1 {
				page = fmt.Sprintf("  p. %d/%d", cl.page+1, n)
			}
			c.within(RoleP, "", func() {
				fitText(c, x, base, cw, textStyle(Bold, proofLabel, 0, proofInk), cl.f.File+page)
				fitText(c, x, base+proofLeading, cw, lab, PaperLabel(p))
				for k, l := range codes[s*per+i] {
					c.text(x, base+float64(2+k)*proofLeading, lab, l)
				}
			})
		}
		doc.Pages = append(doc.Pages, c.page(paper.W, paper.H))
	}
	return doc, nil
}

// Scaled is items drawn k times their size with the page's top left at x, y. Links are left
// out (a thumbnail is too small to tap); with greek, texts become grey bars where they stand.
func Scaled(items []Item, k, x, y float64, greek bool) []Item {
	var out []Item
	for _, it := range items {
		switch it := it.(type) {
		case Link:
			continue
		case Text:
			if greek {
				b := it.Box()
				out = append(out, Rect{X: x + b.X*k, Y: y + b.Y*k, W: b.W * k, H: b.H * k * 0.6, Fill: proofGreek})
				continue
			}
		}
		out = append(out, transform(it, k, x, y))
	}
	return out
}

// outline draws the four sides of b.
func outline(c *canvas, b Box, w float64, col colour.RGB) {
	for _, r := range [][4]float64{{b.X, b.Y, b.X + b.W, b.Y}, {b.X + b.W, b.Y, b.X + b.W, b.Y + b.H}, {b.X + b.W, b.Y + b.H, b.X, b.Y + b.H}, {b.X, b.Y + b.H, b.X, b.Y}} {
		c.add(Rule{X1: r[0], Y1: r[1], X2: r[2], Y2: r[3], Width: w, Color: col})
	}
}

// fitText draws s on one line within w: smaller down to two thirds of its size, then
// shortened in the middle, so a long line keeps its start and its end.
func fitText(c *canvas, x, y, w float64, st Style, s string) {
	for size := st.Size; size >= st.Size*2/3; size -= 0.25 {
		if c.m.Width(st.Font, size, s) <= w {
			st.Size = size
			c.text(x, y, st, s)
			return
		}
	}
	st.Size *= 2.0 / 3
	r := []rune(s)
	for n := len(r) - 1; n > 8; n-- {
		cut := string(r[:n/2]) + "..." + string(r[len(r)-(n-n/2):])
		if c.m.Width(st.Font, st.Size, cut) <= w {
			c.text(x, y, st, cut)
			return
		}
	}
	c.text(x, y, st, string(r[:min(len(r), 8)]))
}

// addressWrapped is s, a text with web addresses, in lines no wider than w, nothing left out:
// broken as running text breaks an address (after a '/', its site before a dot where it does
// not fit a line), and a piece wider than a line, a long site's name with the scheme that
// never parts from it, wherever it must.
func addressWrapped(m Measurer, st Style, s string, w float64) ([]string, error) {
	var segs []segment
	for _, sg := range segments(typographyOf(m), s) {
		if n := len(segs); n > 0 && segs[n-1].whole {
			sg.text = segs[n-1].text + sg.text
			segs[n-1] = sg
			continue
		}
		segs = append(segs, sg)
	}
	segs = cutToFit(m, st, segs, w)
	return wrapEvenSegs(m, st, diag.Located{Text: s, Field: "proof sheet"}, segs, w, 0, 0, "the proof sheet")
}

// PaperLabel names a page's size: the paper's name when it is one haven prints on, its trim
// size and bleed for a print-shop page, in millimetres for a card made in them (85 x 55 mm).
func PaperLabel(p Page) string {
	if p.Trim != nil {
		bleed := 0.0
		if p.Bleed != nil {
			bleed = p.Trim.X - p.Bleed.X // the slug outside the bleed, where the crop marks are, is neither
		}
		if w, h := p.Trim.W/MM, p.Trim.H/MM; math.Abs(w-math.Round(w)) < 0.01 && math.Abs(h-math.Round(h)) < 0.01 {
			return fmt.Sprintf("%.0f x %.0f mm trim, with %.0f mm bleed (print shop)", w, h, bleed/MM)
		}
		return fmt.Sprintf("%s x %s in trim, with %s in bleed (print shop)", inchSize(p.Trim.W), inchSize(p.Trim.H), inchSize(bleed))
	}
	for _, name := range []string{"letter", "a4", "tabloid", "a3", "a2", "18x24", "24x36"} {
		pp := Papers[name]
		if math.Abs(pp.W-p.W) < 0.5 && math.Abs(pp.H-p.H) < 0.5 || math.Abs(pp.H-p.W) < 0.5 && math.Abs(pp.W-p.H) < 0.5 {
			return PaperTitle(name)
		}
	}
	return fmt.Sprintf("%s x %s in", inchSize(p.W), inchSize(p.H))
}

// PaperTitle is how people write a paper's name, with its size, in English.
func PaperTitle(name string) string {
	return cmp.Or(content.BuiltinSiteWord("en", name), name)
}

// inchSize is a length in inches as a printer's spec writes it: 3.5, not 3.50.
func inchSize(pt float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", pt/Inch), "0"), ".")
}

// pageURLs is what the page's QR codes open, each once, in the order they are drawn.
func pageURLs(p Page) []string {
	var out []string
	for _, it := range p.Items {
		if q, ok := it.(QR); ok && !slices.Contains(out, q.URL) {
			out = append(out, q.URL)
		}
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
