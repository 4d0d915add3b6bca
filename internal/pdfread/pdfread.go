// Package pdfread reads PDFs back the way a viewer does, for tests: page sizes, text, type
// sizes and rendered pages. It runs PDFium compiled to WebAssembly, so no system tool is needed.
// Starting it takes a few seconds: start one Reader per test binary.
package pdfread

import (
	"fmt"
	"image"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
)

// Reader is one PDFium instance.
type Reader struct {
	pool pdfium.Pool
	inst pdfium.Pdfium
}

// Start starts PDFium.
func Start() (*Reader, error) {
	pool, err := webassembly.Init(webassembly.Config{MinIdle: 1, MaxIdle: 1, MaxTotal: 1})
	if err != nil {
		return nil, fmt.Errorf("starting PDFium: %w", err)
	}
	inst, err := pool.GetInstance(time.Minute)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("starting PDFium: %w", err)
	}
	return &Reader{pool: pool, inst: inst}, nil
}

// Close stops PDFium.
func (r *Reader) Close() {
	r.inst.Close()
	r.pool.Close()
}

// Doc is an open PDF.
type Doc struct {
	r   *Reader
	doc references.FPDF_DOCUMENT
}

// Open parses a PDF held in memory.
func (r *Reader) Open(data []byte) (*Doc, error) {
	res, err := r.inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		return nil, err
	}
	return &Doc{r: r, doc: res.Document}, nil
}

// Close releases the document.
func (d *Doc) Close() {
	d.r.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.doc})
}

func (d *Doc) page(i int) requests.Page {
	return requests.Page{ByIndex: &requests.PageByIndex{Document: d.doc, Index: i}}
}

// Pages is the page count.
func (d *Doc) Pages() (int, error) {
	res, err := d.r.inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: d.doc})
	if err != nil {
		return 0, err
	}
	return res.PageCount, nil
}

// Size is a page's width and height in points.
func (d *Doc) Size(i int) (w, h float64, err error) {
	res, err := d.r.inst.GetPageSize(&requests.GetPageSize{Page: d.page(i)})
	if err != nil {
		return 0, 0, err
	}
	return res.Width, res.Height, nil
}

// Text is a page's text as a viewer would copy it.
func (d *Doc) Text(i int) (string, error) {
	res, err := d.r.inst.GetPageText(&requests.GetPageText{Page: d.page(i)})
	if err != nil {
		return "", err
	}
	return res.Text, nil
}

// Char is one character with its type size and position in points (origin top left).
type Char struct {
	Text   string
	Size   float64
	Font   string // the font's name, e.g. ABCDEF+NotoSans-Italic
	Italic bool   // its font descriptor's Italic flag

	Angle                    float64
	Left, Top, Right, Bottom float64
}

// Chars lists a page's characters with their sizes.
func (d *Doc) Chars(i int) ([]Char, error) {
	res, err := d.r.inst.GetPageTextStructured(&requests.GetPageTextStructured{
		Page: d.page(i), Mode: requests.GetPageTextStructuredModeChars, CollectFontInformation: true,
	})
	if err != nil {
		return nil, err
	}
	_, h, err := d.Size(i)
	if err != nil {
		return nil, err
	}
	out := make([]Char, 0, len(res.Chars))
	for _, c := range res.Chars {
		// PDFium measures from the bottom of the page; turn it the way layout measures
		ch := Char{Text: c.Text, Angle: c.Angle, Left: c.PointPosition.Left, Right: c.PointPosition.Right,
			Top: h - c.PointPosition.Top, Bottom: h - c.PointPosition.Bottom}
		if c.FontInformation != nil {
			ch.Size = c.FontInformation.Size
			ch.Font = c.FontInformation.Name
			ch.Italic = c.FontInformation.Flags&64 != 0 // PDF 32000-1 table 123: bit 7
		}
		out = append(out, ch)
	}
	return out, nil
}

// Render draws a page at dpi.
func (d *Doc) Render(i, dpi int) (image.Image, error) {
	res, err := d.r.inst.RenderPageInDPI(&requests.RenderPageInDPI{Page: d.page(i), DPI: dpi})
	if err != nil {
		return nil, err
	}
	defer res.Cleanup()
	// copy out: the pixels live in WebAssembly memory until Cleanup
	src, ok := res.Result.RenderedImage.(*image.RGBA)
	if !ok {
		return nil, fmt.Errorf("page %d rendered as %T, not RGBA", i+1, res.Result.RenderedImage)
	}
	img := image.NewRGBA(src.Bounds())
	copy(img.Pix, src.Pix)
	return img, nil
}

// StructElem is an element of a page's structure tree as PDFium reads it: its type, its
// alternative text, its marked-content IDs and its child elements, in order.
type StructElem struct {
	Type  string
	Alt   string
	MCIDs []int
	Kids  []StructElem
}

// Structure is page i's structure tree: the elements at its root.
func (d *Doc) Structure(i int) ([]StructElem, error) {
	tree, err := d.r.inst.FPDF_StructTree_GetForPage(&requests.FPDF_StructTree_GetForPage{Page: d.page(i)})
	if err != nil {
		return nil, err
	}
	defer d.r.inst.FPDF_StructTree_Close(&requests.FPDF_StructTree_Close{StructTree: tree.StructTree})
	n, err := d.r.inst.FPDF_StructTree_CountChildren(&requests.FPDF_StructTree_CountChildren{StructTree: tree.StructTree})
	if err != nil {
		return nil, err
	}
	var out []StructElem
	for k := 0; k < n.Count; k++ {
		c, err := d.r.inst.FPDF_StructTree_GetChildAtIndex(&requests.FPDF_StructTree_GetChildAtIndex{StructTree: tree.StructTree, Index: k})
		if err != nil {
			return nil, err
		}
		e, err := d.elem(c.StructElement)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (d *Doc) elem(el references.FPDF_STRUCTELEMENT) (StructElem, error) {
	var e StructElem
	typ, err := d.r.inst.FPDF_StructElement_GetType(&requests.FPDF_StructElement_GetType{StructElement: el})
	if err != nil {
		return e, err
	}
	e.Type = typ.Type
	if alt, err := d.r.inst.FPDF_StructElement_GetAltText(&requests.FPDF_StructElement_GetAltText{StructElement: el}); err == nil {
		e.Alt = alt.AltText
	}
	n, err := d.r.inst.FPDF_StructElement_CountChildren(&requests.FPDF_StructElement_CountChildren{StructElement: el})
	if err != nil {
		return e, err
	}
	for k := 0; k < n.Count; k++ {
		// a child is an element, or marked content (an MCID), or an object reference (neither)
		c, err := d.r.inst.FPDF_StructElement_GetChildAtIndex(&requests.FPDF_StructElement_GetChildAtIndex{StructElement: el, Index: k})
		if err == nil {
			kid, err := d.elem(c.StructElement)
			if err != nil {
				return e, err
			}
			e.Kids = append(e.Kids, kid)
			continue
		}
		if id, err := d.r.inst.FPDF_StructElement_GetChildMarkedContentID(&requests.FPDF_StructElement_GetChildMarkedContentID{StructElement: el, Index: k}); err == nil {
			e.MCIDs = append(e.MCIDs, id.ChildMarkedContentID)
		}
	}
	return e, nil
}
