// Package layout turns content, a paper size and a theme into pages of positioned items: text
// lines, rectangles, rules, QR codes and links. Every size, line break, page break and cut mark
// is decided here; the renderer only draws. Units are PostScript points, origin top left.
package layout

import (
	"fmt"

	"haven/internal/colour"
	"haven/internal/qr"
	"haven/internal/typeface"
)

// Pt per inch and per millimetre.
const (
	Inch = 72.0
	MM   = 72.0 / 25.4
)

// Doc is one PDF to be.
type Doc struct {
	Name  string // file name without .pdf, e.g. handout-en-letter
	Lang  string // BCP 47 code for /Lang
	Meta  Meta
	Pages []Page
	Note  string // a choice layout made that the user should hear of, e.g. a second sheet
	// CMYK writes every colour as process inks (colour.RGB.CMYK), for a print shop's plates;
	// otherwise colours are sRGB, as home and office printers take them.
	CMYK bool
}

// Meta is the PDF's document information.
type Meta struct {
	Title, Author, Subject, Keywords string
	// Unsigned files name no maker, not even haven (a word of many shelters' names): a
	// discreet card's, and every PDF a discreet resource page links
	Unsigned bool
}

// Page is one page and everything on it, in drawing order.
type Page struct {
	W, H  float64
	Trim  *Box // set for print-shop pages with bleed; nil means the page is the trim
	Bleed *Box
	Items []Item
	Tags  []*Elem // Tags[i] is the structure element Items[i] is part of; nil: an artifact
}

// Box is a rectangle.
type Box struct{ X, Y, W, H float64 }

// Item is anything drawn on a page.
type Item interface{ item() }

// Font is a face of the document's family: regular, bold, italic or bold italic.
type Font = typeface.Face

// Faces.
const (
	Regular    = typeface.Regular
	Bold       = typeface.Bold
	Italic     = typeface.Italic
	BoldItalic = typeface.BoldItalic
)

// Text is one line of text. X, Y is the left end of its baseline; Rotate turns it
// counter-clockwise by that many degrees about that point.
type Text struct {
	X, Y   float64
	S      string
	Font   Font
	Size   float64
	Color  colour.RGB
	Rotate float64
	W      float64 // the advance width, as measured
	// Lang is the primary language it was measured in, whose letter forms a shaper gives it
	// (Marathi's ल, not Hindi's), wherever it is drawn (a proof sheet in another language); ""
	// for the document's
	Lang string
	// Logical is the text as written when it is drawn otherwise (right to left, its Arabic
	// letters joined), for the PDF's ActualText: what a screen reader and a copy read
	Logical string
}

// Rect is a filled rectangle.
type Rect struct {
	X, Y, W, H float64
	Fill       colour.RGB
}

// Rule is a straight line; Dash > 0 draws it dashed with that dash length.
type Rule struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          colour.RGB
	Dash           float64
}

// QR is a code drawn as vector modules; X, Y is the top left of the first module, and the
// caller has left QuietZone modules of white around it.
type QR struct {
	X, Y, Module float64
	Code         *qr.Code
	URL          string
}

// Size is the printed width of the code without its quiet zone.
func (q QR) Size() float64 { return q.Module * float64(q.Code.Len()) }

// Link makes a region clickable in a PDF viewer.
type Link struct {
	X, Y, W, H float64
	URL        string
}

// Image is a PNG or JPEG placed in a box.
type Image struct {
	X, Y, W, H float64
	Data       []byte
	Name       string
}

func (Text) item()  {}
func (Rect) item()  {}
func (Rule) item()  {}
func (QR) item()    {}
func (Link) item()  {}
func (Image) item() {}

// transform is it drawn k times its size, then moved by dx, dy: a card moved onto its stock
// (k = 1), a page made a thumbnail.
func transform(it Item, k, dx, dy float64) Item {
	switch it := it.(type) {
	case Text:
		it.X, it.Y, it.Size, it.W = dx+it.X*k, dy+it.Y*k, it.Size*k, it.W*k
		return it
	case Rect:
		it.X, it.Y, it.W, it.H = dx+it.X*k, dy+it.Y*k, it.W*k, it.H*k
		return it
	case Rule:
		it.X1, it.Y1, it.X2, it.Y2, it.Width, it.Dash = dx+it.X1*k, dy+it.Y1*k, dx+it.X2*k, dy+it.Y2*k, it.Width*k, it.Dash*k
		return it
	case QR:
		it.X, it.Y, it.Module = dx+it.X*k, dy+it.Y*k, it.Module*k
		return it
	case Link:
		it.X, it.Y, it.W, it.H = dx+it.X*k, dy+it.Y*k, it.W*k, it.H*k
		return it
	case Image:
		it.X, it.Y, it.W, it.H = dx+it.X*k, dy+it.Y*k, it.W*k, it.H*k
		return it
	}
	panic(fmt.Sprintf("layout: cannot transform a %T", it))
}
