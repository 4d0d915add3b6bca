// Package pdf draws laid-out pages with fpdf. It is the only package that knows fpdf: fonts,
// metrics and drawing.
package pdf

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"

	"haven/internal/layout"
	"haven/internal/typeface"
)

// fpdf writes a family into the PDF as the font name "utf8<key>" (and "utf8<key>B"), which
// tools cannot tell from an unsubset font. The key is chosen so that Render can swap in a
// proper subset name, "ABCDEF+<Family>-Reg" and "GHIJKL+<Family>-Bold", of exactly the same
// length: no byte offset in the file moves.
// The n-th face of a family and its fallbacks has its own letter in the key.
func fontKey(fam *typeface.Family, n int) string {
	return "haven" + string(rune('a'+n)) + strings.Repeat("x", 1+len(psName(fam.Name)))
}

// faces is the family then its fallbacks: the fonts a document may embed.
func faces(fam *typeface.Family) []*typeface.Family {
	return append([]*typeface.Family{fam}, fam.Fallback...)
}

// psName is the family name as a PDF name: printable ASCII without delimiters.
func psName(name string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7F && !strings.ContainsRune("()<>[]{}/%#", r) {
			return r
		}
		return -1
	}, name)
}

func style(f layout.Font) string {
	if f == layout.Bold {
		return "B"
	}
	return ""
}

// Measurer measures text with the widths the renderer embeds: the font's own advance widths,
// rounded as fpdf rounds them (a test holds the two equal for every character). It is safe for
// concurrent use; widths are cached, since the same words are measured again and again.
type Measurer struct {
	mu    sync.Mutex
	fam   *typeface.Family
	buf   sfnt.Buffer
	cache map[measureKey]int
}

type measureKey struct {
	f layout.Font
	s string
}

// NewMeasurer measures with fam.
func NewMeasurer(fam *typeface.Family) *Measurer {
	return &Measurer{fam: fam, cache: map[measureKey]int{}}
}

// Width is the advance width of s in points at size.
func (m *Measurer) Width(f layout.Font, size float64, s string) float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := measureKey{f, s}
	units, ok := m.cache[k]
	if !ok {
		// Arabic is measured joined, as it prints
		for _, run := range m.fam.Runs(&m.buf, layout.Shape(s)) {
			for _, r := range run.Text {
				units += run.Face.Advance(&m.buf, f == layout.Bold, r)
			}
		}
		m.cache[k] = units
	}
	return float64(units) * size / 1000
}

func newDoc(fam *typeface.Family, w, h float64) *fpdf.Fpdf {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", OrientationStr: "P", Size: fpdf.SizeType{Wd: w, Ht: h}})
	for n, f := range faces(fam) {
		p.AddUTF8FontFromBytes(fontKey(f, n), "", f.Regular)
		p.AddUTF8FontFromBytes(fontKey(f, n), "B", f.Bold)
	}
	return p
}

// Render writes doc as a PDF. created is the document date (from SOURCE_DATE_EPOCH for
// reproducible builds).
func Render(w io.Writer, doc *layout.Doc, fam *typeface.Family, created time.Time) error {
	if len(doc.Pages) == 0 {
		return fmt.Errorf("%s: no pages", doc.Name)
	}
	p := newDoc(fam, doc.Pages[0].W, doc.Pages[0].H)
	p.SetCatalogSort(true)
	p.SetCreationDate(created)
	p.SetModificationDate(created)
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(0, 0, 0)
	p.SetTitle(doc.Meta.Title, true)
	p.SetAuthor(doc.Meta.Author, true)
	p.SetSubject(doc.Meta.Subject, true)
	p.SetKeywords(doc.Meta.Keywords, true)
	p.SetCreator("haven", true)
	p.SetProducer("haven", true)
	p.SetLang(doc.Lang)
	p.SetDisplayMode("fullpage", "single")
	for _, pg := range doc.Pages {
		// "P" always: fpdf swaps a custom size given with "L"
		p.AddPageFormat("P", fpdf.SizeType{Wd: pg.W, Ht: pg.H})
		if pg.Trim != nil {
			p.SetPageBox("trim", pg.Trim.X, pg.Trim.Y, pg.Trim.W, pg.Trim.H)
		}
		if pg.Bleed != nil {
			p.SetPageBox("bleed", pg.Bleed.X, pg.Bleed.Y, pg.Bleed.W, pg.Bleed.H)
		}
		for _, it := range pg.Items {
			draw(p, fam, it)
		}
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return fmt.Errorf("%s: %w", doc.Name, err)
	}
	_, err := w.Write(boxOrder.ReplaceAll(subsetNames(buf.Bytes(), fam, doc), []byte("$2$1")))
	return err
}

// boxOrder finds a page's bleed and trim boxes in the order fpdf's map happened to give them.
// Swapping the two adjacent lines into one order keeps every byte offset and makes the file
// reproducible.
var boxOrder = regexp.MustCompile(`(/BleedBox \[[^\]]*\]\n)(/TrimBox \[[^\]]*\]\n)`)

// subsetNames gives the embedded subsets the tagged names PDF readers expect. The tag comes
// from the characters in the subset, so two files whose subsets differ never share a font
// name: a print shop that merges files could otherwise use one subset for both and drop glyphs.
func subsetNames(pdf []byte, fam *typeface.Family, doc *layout.Doc) []byte {
	for n, f := range faces(fam) {
		key, base := fontKey(f, n), psName(f.Name)
		pdf = bytes.ReplaceAll(pdf, []byte("/utf8"+key+"\n"), []byte("/"+subsetTag(fam, f, doc, layout.Regular)+"+"+base+"-Reg\n"))
		pdf = bytes.ReplaceAll(pdf, []byte("/utf8"+key+"B\n"), []byte("/"+subsetTag(fam, f, doc, layout.Bold)+"+"+base+"-Bold\n"))
	}
	return pdf
}

// subsetTag is six capital letters that depend on the face, the style and the characters
// doc sets in it.
func subsetTag(fam, face *typeface.Family, doc *layout.Doc, f layout.Font) string {
	used := map[rune]bool{}
	var buf sfnt.Buffer
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if t, ok := it.(layout.Text); ok && t.Font == f {
				for _, run := range fam.Runs(&buf, t.S) {
					if run.Face == face {
						for _, r := range run.Text {
							used[r] = true
						}
					}
				}
			}
		}
	}
	runes := make([]rune, 0, len(used))
	for r := range used {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	h := sha256.Sum256([]byte(fmt.Sprintf("%s/%d/%s", face.Name, f, string(runes))))
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + h[i]%26
	}
	return string(tag)
}

func draw(p *fpdf.Fpdf, fam *typeface.Family, it layout.Item) {
	switch it := it.(type) {
	case layout.Text:
		p.SetTextColor(int(it.Color.R), int(it.Color.G), int(it.Color.B))
		if it.Rotate != 0 {
			p.TransformBegin()
			p.TransformRotate(it.Rotate, it.X, it.Y)
		}
		// each run in its face, the next starting where the last ends
		x := it.X
		var buf sfnt.Buffer
		for _, run := range fam.Runs(&buf, it.S) {
			p.SetFont(fontKey(run.Face, slices.Index(faces(fam), run.Face)), style(it.Font), it.Size)
			p.Text(x, it.Y, run.Text)
			x += p.GetStringWidth(run.Text)
		}
		if it.Rotate != 0 {
			p.TransformEnd()
		}
	case layout.Rect:
		p.SetFillColor(int(it.Fill.R), int(it.Fill.G), int(it.Fill.B))
		p.Rect(it.X, it.Y, it.W, it.H, "F")
	case layout.Rule:
		p.SetDrawColor(int(it.Color.R), int(it.Color.G), int(it.Color.B))
		p.SetLineWidth(it.Width)
		if it.Dash > 0 {
			p.SetDashPattern([]float64{it.Dash, it.Dash}, 0)
		}
		p.Line(it.X1, it.Y1, it.X2, it.Y2)
		if it.Dash > 0 {
			p.SetDashPattern(nil, 0)
		}
	case layout.QR:
		drawQR(p, it)
	case layout.Link:
		p.LinkString(it.X, it.Y, it.W, it.H, it.URL)
	case layout.Image:
		opt := fpdf.ImageOptions{ImageType: "PNG"} // content normalises every logo to PNG
		p.RegisterImageOptionsReader(it.Name, opt, bytes.NewReader(it.Data))
		p.ImageOptions(it.Name, it.X, it.Y, it.W, it.H, false, opt, 0, "")
	}
}

// drawQR fills the dark modules as one path of horizontal runs: vector, so it prints sharp at
// any size, and one fill, so no hairline seams appear between modules.
func drawQR(p *fpdf.Fpdf, q layout.QR) {
	p.SetFillColor(0, 0, 0)
	for r, row := range q.Modules {
		y := q.Y + float64(r)*q.Module
		for c := 0; c < len(row); {
			if !row[c] {
				c++
				continue
			}
			start := c
			for c < len(row) && row[c] {
				c++
			}
			x0, x1 := q.X+float64(start)*q.Module, q.X+float64(c)*q.Module
			p.MoveTo(x0, y)
			p.LineTo(x1, y)
			p.LineTo(x1, y+q.Module)
			p.LineTo(x0, y+q.Module)
			p.ClosePath()
		}
	}
	p.DrawPath("F")
}
