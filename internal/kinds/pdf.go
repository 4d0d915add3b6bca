package kinds

import (
	"time"

	"haven/internal/layout"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
	"haven/internal/verify"
)

// PDF is the format of every printed kind: rendered with the PDF renderer, then read back from
// its bytes and compared with its layout.
var PDF Format = pdfFormat{}

type pdfFormat struct{}

func (pdfFormat) Ext() string { return ".pdf" }

func (pdfFormat) Render(doc *layout.Doc, fam *typeface.Family, created time.Time) ([]byte, error) {
	return pdf.Render(doc, fam, created)
}

func (pdfFormat) Check(raw []byte, doc *layout.Doc) error { return verify.PDF(raw, doc) }

func (pdfFormat) Warm(fam *typeface.Family) { pdf.Warm(fam) }

// doc is a PDF document laid out by fn.
func doc(what string, fn func(layout.Input) (*layout.Doc, error)) Doc {
	return Doc{What: what, Layout: fn, Format: PDF}
}
