// Package pdf draws laid-out pages with fpdf. It is the only package that knows fpdf: fonts,
// metrics and drawing.
package pdf

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"weak"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"

	"haven/internal/ahead"
	"haven/internal/colour"
	"haven/internal/layout"
	"haven/internal/typeface"
)

// fpdf writes a face into the PDF as the font name "utf8<key>", which tools cannot tell from
// an unsubset font. The key is chosen so that Render can swap in a proper subset name,
// "ABCDEF+<face name>" (faceName), of exactly the same length: no byte offset in the file
// moves. The n-th family of a family and its fallbacks has its own letter in the key, and
// each face another.
func fontKey(fs *fonts, n int, face layout.Font) string {
	return "haven" + string(rune('a'+n)) + string("rbij"[face]) + strings.Repeat("x", len(fs.names[n][face]())-4)
}

// faceName is the name a face goes by in the PDF: the PostScript name (name ID 6) of the
// font that prints it, which preflight tools and print shops match to the font, as a PDF
// name. A user's LiberationSerif-Bold.ttf is LiberationSerif-Bold, not the regular file's
// name with "-Bold", and a family without a bold or an italic names the upright regular
// face that prints them. A font without a PostScript name, or with one shorter than the
// key's four fixed characters, goes by the family's name and its style.
func faceName(data []byte, family string, prints layout.Font) string {
	if f, err := sfnt.Parse(data); err == nil {
		if name, err := f.Name(nil, sfnt.NameIDPostScript); err == nil && len(psName(name)) >= 4 {
			return psName(name)
		}
	}
	return psName(family) + [4]string{"-Reg", "-Bold", "-Italic", "-BoldItalic"}[prints]
}

// psName is a name as a PDF name: printable ASCII without delimiters.
func psName(name string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7F && !strings.ContainsRune("()<>[]{}/%#", r) {
			return r
		}
		return -1
	}, name)
}

// fonts is a family and its fallbacks parsed for fpdf, each face at its first use, with the
// font subsets its documents embed: the documents of a run, which share a family, parse it
// once, and those that set the same characters share one cut, measured and compressed subset.
type fonts struct {
	faces   [][4]func() (*fpdf.UTF8Font, error) // by family, then face
	names   [][4]func() string                  // each face's name in the PDF (faceName), by family, then face, found at its first use
	subsets *fpdf.SubsetCache
}

// parsed holds each family's fonts for as long as the family is in use (a run makes its own),
// and no longer: an entry goes when its family is collected.
var parsed = struct {
	sync.Mutex
	of map[weak.Pointer[typeface.Family]]*fonts
}{of: map[weak.Pointer[typeface.Family]]*fonts{}}

// fontsOf is fam's fonts, made at its first use.
func fontsOf(fam *typeface.Family) *fonts {
	key := weak.Make(fam)
	parsed.Lock()
	defer parsed.Unlock()
	if fs, ok := parsed.of[key]; ok {
		return fs
	}
	fs := parse(fam)
	parsed.of[key] = fs
	runtime.AddCleanup(fam, func(key weak.Pointer[typeface.Family]) {
		parsed.Lock()
		delete(parsed.of, key)
		parsed.Unlock()
	}, key)
	return fs
}

// parse makes the parsers of every face of fam and its fallbacks; each parses once, when a
// document first sets text in that face. A family without italic has its upright fonts
// again under the italic keys, so that each face of the document is a font of its own.
func parse(fam *typeface.Family) *fonts {
	fs := fam.Faces()
	out := &fonts{faces: make([][4]func() (*fpdf.UTF8Font, error), len(fs)), names: make([][4]func() string, len(fs)), subsets: fpdf.NewSubsetCache()}
	for n, f := range fs {
		for face := range layout.Font(4) {
			name, data, prints := f.Name, f.Data(face), f.Prints(face) // not f: the entry must not keep its family alive
			out.names[n][face] = sync.OnceValue(func() string { return faceName(data, name, prints) })
			out.faces[n][face] = sync.OnceValues(func() (*fpdf.UTF8Font, error) {
				font, err := fpdf.ParseUTF8Font(fontKey(out, n, face), "", data)
				if err != nil {
					return nil, fmt.Errorf("font %s: %w", name, err)
				}
				return font, nil
			})
		}
	}
	return out
}

// Embeddable refuses a face of fam or its fallbacks, other than haven's own, that the PDF
// writer cannot embed: a file it cannot parse, or cut into a subset of the ASCII letters and
// digits, as a damaged one. It names the family and the face, before any document is made.
func Embeddable(fam *typeface.Family) error {
	fs := fontsOf(fam)
	var ascii []rune
	for r := rune(0x21); r < 0x7F; r++ {
		ascii = append(ascii, r)
	}
	// and the characters of nearly every text: its character map read alike by the measure
	// and the writer, which a damaged one may not be (one measures a glyph the other embeds
	// as .notdef, and the read-back refuses every document without saying why)
	common := append(slices.Clone(ascii), []rune("‘’“”–—…•·")...)
	var buf sfnt.Buffer
	for n, f := range fam.Faces() {
		if f.BuiltIn() {
			continue
		}
		for face := range layout.Font(4) {
			font, err := fs.faces[n][face]()
			if err == nil {
				err = fpdf.NewSubsetCache().Cut(font, ascii)
			}
			if err == nil {
				if i := slices.IndexFunc(common, func(r rune) bool { return f.HasIn(&buf, typeface.Face(face), r) != (font.Glyph(r) != 0) }); i >= 0 {
					err = fmt.Errorf("its file seems damaged: its character map reads two ways, with a glyph for %q in one and none in the other", common[i])
				}
			}
			var cut *fpdf.SubsetError
			if errors.As(err, &cut) {
				err = fmt.Errorf("its file seems damaged (%s)", cut.Cause)
			}
			if err != nil {
				which := [4]string{"regular", "bold", "italic", "bold italic"}[f.Prints(face)] + " face"
				if file := f.File(typeface.Face(face)); file != "" {
					which += ", " + file
				}
				return fmt.Errorf("the font %s (%s) cannot be embedded in a PDF: %w; download it again, or choose another font", f.Name, which, err)
			}
		}
	}
	return nil
}

// Warm parses fam's regular and bold faces, which nearly every document sets text in, ahead
// of the first document that needs them.
func Warm(fam *typeface.Family) {
	fs := fontsOf(fam)
	for _, face := range []layout.Font{layout.Regular, layout.Bold} {
		fs.faces[0][face]() // an error comes again to the document that uses the face
	}
}

// printed is the characters a document sets in each face of a family and its fallbacks, by
// family (as in Faces) and style, as the pen draws them: what each face's subset holds
// beyond what fpdf puts in every subset. A style the document sets no text in has no set; in
// a style it does, every family has one, as newDoc adds every family's face in it.
type printed [][4]map[rune]bool

func printedIn(fam *typeface.Family, doc *layout.Doc) printed {
	faces := fam.Faces()
	out := make(printed, len(faces))
	var buf sfnt.Buffer
	for _, pg := range doc.Pages {
		for _, it := range pg.Items {
			t, ok := it.(layout.Text)
			if !ok {
				continue
			}
			for n := range out {
				if out[n][t.Font] == nil {
					out[n][t.Font] = map[rune]bool{}
				}
			}
			for _, run := range fam.Runs(&buf, t.S) {
				set := out[slices.Index(faces, run.Face)][t.Font]
				for _, r := range run.Text {
					set[r] = true
				}
			}
		}
	}
	return out
}

// runes are the characters set in the n-th family's face in style, in order.
func (pr printed) runes(n int, style layout.Font) []rune {
	return slices.Sorted(maps.Keys(pr[n][style]))
}

// cutAhead cuts the subset of every face a document sets text in, into the cache its fonts
// share, so that the document finds them made: run on another core while the pages are drawn,
// as a subset depends only on the font and its characters. A face that fails here fails
// again, and is reported, when the document cuts it.
func cutAhead(fs *fonts, pr printed) {
	defer func() { recover() }() //nolint:errcheck // see above
	for n, styles := range pr {
		for style, set := range styles {
			if set == nil {
				continue
			}
			runes := pr.runes(n, layout.Font(style))
			if slices.ContainsFunc(runes, typeface.ByGlyph) { // its glyphs take codes each document gives them
				continue
			}
			if font, err := fs.faces[n][style](); err == nil {
				fs.subsets.Cut(font, runes)
			}
		}
	}
}

// newDoc is a document with the faces pr has text in.
func newDoc(fs *fonts, doc *layout.Doc, pr printed) (*fpdf.Fpdf, error) {
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", OrientationStr: "P", Size: fpdf.SizeType{Wd: doc.Pages[0].W, Ht: doc.Pages[0].H}})
	p.SetSubsetCache(fs.subsets)
	for n, faces := range fs.faces {
		for face, font := range faces {
			if pr[n][face] == nil {
				continue
			}
			f, err := font()
			if err != nil {
				return nil, err
			}
			p.AddParsedUTF8Font(f)
		}
	}
	return p, nil
}

// Render makes doc as a PDF. created is the document date (from SOURCE_DATE_EPOCH for
// reproducible builds).
func Render(doc *layout.Doc, fam *typeface.Family, created time.Time) ([]byte, error) {
	if len(doc.Pages) == 0 {
		return nil, fmt.Errorf("%s: no pages", doc.Name)
	}
	pr := printedIn(fam, doc)
	fs := fontsOf(fam)
	ahead.Run(func() { cutAhead(fs, pr) }) // while the pages are drawn
	p, err := newDoc(fs, doc, pr)
	if err != nil {
		return nil, err
	}
	p.SetCatalogSort(true)
	p.SetCreationDate(created)
	p.SetModificationDate(created)
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(0, 0, 0)
	p.SetTitle(doc.Meta.Title, true)
	p.SetAuthor(doc.Meta.Author, true)
	p.SetSubject(doc.Meta.Subject, true)
	p.SetKeywords(doc.Meta.Keywords, true)
	if doc.Meta.Unsigned {
		p.SetProducer(unsigned, true)
	} else {
		p.SetCreator(producer, true)
		p.SetProducer(producer, true)
	}
	p.SetLang(doc.Lang)
	p.SetDisplayMode("fullpage", "single")
	tags := newTagger(doc)
	p.SetTagging(tags.hooks())
	p.SetToUnicode(letters)
	p.SetXmpMetadata(xmp(doc))
	qrs := newQRForms(doc)
	pn := &pen{fam: fam, faces: fam.Faces(), fonts: fs, cmyk: doc.CMYK, lang: layout.PrimaryLang(doc.Lang)}
	if doc.CMYK { // each page starts in black as process ink, not in fpdf's DeviceGray
		text, fill, draw := painters(true)
		text(p, colour.RGB{})
		fill(p, colour.RGB{})
		draw(p, colour.RGB{})
	}
	// the outline of its headings, which a viewer lists to go to each (fpdf patch 21): the
	// entries of a page are added once it is drawn, in a face of the document's, in whose
	// encoding fpdf writes them
	outline := doc.Outline()
	for n, pg := range doc.Pages {
		// "P" always: fpdf swaps a custom size given with "L"
		p.AddPageFormat("P", fpdf.SizeType{Wd: pg.W, Ht: pg.H})
		if pg.Trim != nil {
			p.SetPageBox("trim", pg.Trim.X, pg.Trim.Y, pg.Trim.W, pg.Trim.H)
		}
		if pg.Bleed != nil {
			p.SetPageBox("bleed", pg.Bleed.X, pg.Bleed.Y, pg.Bleed.W, pg.Bleed.H)
		}
		for i, it := range pg.Items {
			tags.begin(p, n, i)
			if q, ok := it.(layout.QR); ok && pg.Tagged(i) == nil && qrs.repeated(q) {
				qrs.place(p, q)
			} else {
				pn.draw(p, it)
			}
			tags.end(p, n, i)
		}
		for len(outline) > 0 && outline[0].Page == n {
			p.Bookmark(outline[0].Title, outline[0].Level, outline[0].Y)
			outline = outline[1:]
		}
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Name, err)
	}
	out := buf.Bytes()
	if err := subsetNames(out, fam, fs, pr); err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Name, err)
	}
	if bytes.Contains(out, []byte("/BleedBox")) { // only print-shop pages have both boxes
		out = boxOrder().ReplaceAll(out, []byte("$2$1"))
	}
	return out, nil
}

// boxOrder finds a page's bleed and trim boxes in the order fpdf's map happened to give them.
// Swapping the two adjacent lines into one order keeps every byte offset and makes the file
// reproducible. It is compiled when first needed: most runs make no print-shop file.
var boxOrder = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(/BleedBox \[[^\]]*\]\n)(/TrimBox \[[^\]]*\]\n)`)
})

// subsetNames gives the embedded subsets the tagged names PDF readers expect. The tag comes
// from the characters in the subset, so two files whose subsets differ never share a font
// name: a print shop that merges files could otherwise use one subset for both and drop glyphs.
// The name is as long as the key (fontKey): it is written over it, in place.
func subsetNames(pdf []byte, fam *typeface.Family, fs *fonts, pr printed) error {
	for n, f := range fam.Faces() {
		for face := range layout.Font(4) {
			if pr[n][face] == nil { // a face the document does not set text in
				continue
			}
			key := []byte("/utf8" + fontKey(fs, n, face) + "\n")
			var name []byte
			for at := 0; ; {
				i := bytes.Index(pdf[at:], key)
				if i < 0 {
					break
				}
				if name == nil {
					name = []byte("/" + subsetTag(f, face, pr.runes(n, face)) + "+" + fs.names[n][face]() + "\n")
					if len(name) != len(key) { // every offset after it would move
						return fmt.Errorf("the font name %s is not as long as its key %s", name, key)
					}
				}
				at += i + copy(pdf[at+i:], name)
			}
		}
	}
	return nil
}

// subsetTag is six capital letters that depend on the face, the style and the characters
// set in it, in order.
func subsetTag(face *typeface.Family, f layout.Font, runes []rune) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s/%d/%s", face.Name, f, string(runes))))
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + h[i]%26
	}
	return string(tag)
}

// pen draws a document's items in its family and fallbacks.
type pen struct {
	fam   *typeface.Family
	faces []*typeface.Family
	fonts *fonts      // the faces' parsed fonts and names
	buf   sfnt.Buffer // for finding each character's face
	cmyk  bool        // colours as process inks
	lang  string      // the document's language, whose letter forms a shaped text takes
}

// paint sets a colour as the document writes them: sRGB (fpdf writes a grey as DeviceGray),
// or process inks.
type paint func(p *fpdf.Fpdf, c colour.RGB)

// painters are the setters of text, fill and stroke colour, in sRGB or CMYK.
func painters(cmyk bool) (text, fill, draw paint) {
	if cmyk {
		ink := func(set func(*fpdf.Fpdf, byte, byte, byte, byte)) paint {
			return func(p *fpdf.Fpdf, c colour.RGB) { k := c.CMYK(); set(p, k.C, k.M, k.Y, k.K) }
		}
		return ink((*fpdf.Fpdf).SetTextColorCMYK), ink((*fpdf.Fpdf).SetFillColorCMYK), ink((*fpdf.Fpdf).SetDrawColorCMYK)
	}
	rgb := func(set func(*fpdf.Fpdf, int, int, int)) paint {
		return func(p *fpdf.Fpdf, c colour.RGB) { set(p, int(c.R), int(c.G), int(c.B)) }
	}
	return rgb((*fpdf.Fpdf).SetTextColor), rgb((*fpdf.Fpdf).SetFillColor), rgb((*fpdf.Fpdf).SetDrawColor)
}

func (pn *pen) draw(p *fpdf.Fpdf, it layout.Item) {
	switch it := it.(type) {
	case layout.Text:
		text, _, _ := painters(pn.cmyk)
		text(p, it.Color)
		if it.Rotate != 0 {
			p.TransformBegin()
			p.TransformRotate(it.Rotate, it.X, it.Y)
		}
		// each run in its face, the next starting where the last ends
		x := it.X
		for _, run := range pn.fam.Runs(&pn.buf, it.S) {
			if run.Text == "" {
				continue
			}
			p.SetFont(fontKey(pn.fonts, slices.Index(pn.faces, run.Face), it.Font), "", it.Size)
			typeface.ShapedPieces(run.Text, func(piece string, shaped bool) {
				if !shaped {
					p.Text(x, it.Y, piece)
					x += p.GetStringWidth(piece)
					return
				}
				written := typeface.Written(piece)
				glyphs, adv, err := run.Face.Shape(it.Font, written, cmp.Or(it.Lang, pn.lang))
				if err != nil {
					p.SetError(err) // which names the font
					return
				}
				em := it.Size / 1000
				set := make([]fpdf.Glyph, len(glyphs))
				for k, g := range glyphs {
					set[k] = fpdf.Glyph{ID: g.ID, Text: g.Text, X: g.X * em, Y: g.Y * em}
				}
				if written != piece { // an Arabic word: its line's tag carries the line's ActualText
					p.TextGlyphs(x, it.Y, set, adv*em)
					x += adv * em
					return
				}
				// the words as written, for what readers copy and search: their glyphs' own
				// ToUnicode letters read in drawing order, and a vowel sign drawn over its
				// consonant and ending a word leaves them a gap they take for a space
				p.RawWriteStr("/Span <</ActualText " + textString(piece) + ">> BDC")
				p.TextGlyphs(x, it.Y, set, adv*em)
				p.RawWriteStr("EMC")
				x += adv * em
			})
		}
		if it.Rotate != 0 {
			p.TransformEnd()
		}
	case layout.Rect:
		_, fill, _ := painters(pn.cmyk)
		fill(p, it.Fill)
		p.Rect(it.X, it.Y, it.W, it.H, "F")
	case layout.Rule:
		_, _, draw := painters(pn.cmyk)
		draw(p, it.Color)
		p.SetLineWidth(it.Width)
		if it.Dash > 0 {
			p.SetDashPattern([]float64{it.Dash, it.Dash}, 0)
		}
		p.Line(it.X1, it.Y1, it.X2, it.Y2)
		if it.Dash > 0 {
			p.SetDashPattern(nil, 0)
		}
	case layout.QR:
		drawQR(p, it, pn.cmyk)
	case layout.Link:
		p.LinkString(it.X, it.Y, it.W, it.H, it.URL)
	case layout.Image:
		opt := fpdf.ImageOptions{ImageType: "PNG"} // content normalises every logo to PNG
		p.RegisterImageOptionsReader(it.Name, opt, bytes.NewReader(it.Data))
		p.ImageOptions(it.Name, it.X, it.Y, it.W, it.H, false, opt, 0, "")
	}
}

// qrForms draws a QR code that a document places more than once (ten times on a card sheet)
// once, as a form XObject, and places that: the sheet carries one copy of the code's path
// instead of ten. A code placed once is drawn inline, as it costs no extra object, and so is
// a code that is content (the first card's, inside its Figure): the copies are artifacts.
type qrForms struct {
	count map[qrKey]int
	forms map[qrKey]fpdf.Template
	cmyk  bool // the document's colours are process inks
}

// qrKey is one code at one module size: layouts place copies of one code, which its address
// makes (a code made again, once the cache of codes was emptied, is the same code).
type qrKey struct {
	url    string
	module float64
}

func keyOf(q layout.QR) qrKey { return qrKey{q.URL, q.Module} }

func newQRForms(doc *layout.Doc) *qrForms {
	qf := &qrForms{count: map[qrKey]int{}, forms: map[qrKey]fpdf.Template{}, cmyk: doc.CMYK}
	for _, pg := range doc.Pages {
		for i, it := range pg.Items {
			if q, ok := it.(layout.QR); ok && pg.Tagged(i) == nil { // tagged codes are drawn inline
				qf.count[keyOf(q)]++
			}
		}
	}
	return qf
}

func (qf *qrForms) repeated(q layout.QR) bool { return qf.count[keyOf(q)] > 1 }

// place draws q from its form, made at its first use.
func (qf *qrForms) place(p *fpdf.Fpdf, q layout.QR) {
	size := fpdf.SizeType{Wd: q.Size(), Ht: q.Size()}
	k := keyOf(q)
	form, ok := qf.forms[k]
	if !ok {
		at0 := q
		at0.X, at0.Y = 0, 0
		form = p.CreateTemplateCustom(fpdf.PointType{}, size, func(t *fpdf.Tpl) { drawQR(&t.Fpdf, at0, qf.cmyk) })
		qf.forms[k] = form
	}
	p.UseTemplateScaled(form, fpdf.PointType{X: q.X, Y: q.Y}, size)
}

// drawQR fills the dark modules as one path of horizontal runs: vector, so it prints sharp at
// any size, and one fill, so no hairline seams appear between modules. Each run is a rectangle
// ("re"), a third of the bytes of a move and three lines: a code is most of a page's drawing.
func drawQR(p *fpdf.Fpdf, q layout.QR, cmyk bool) {
	_, fill, _ := painters(cmyk)
	fill(p, colour.RGB{})
	_, pageH := p.GetPageSize() // PDF's y runs up from the foot of the page
	num := func(b []byte, v float64, end string) []byte {
		return append(strconv.AppendFloat(b, v, 'f', 2, 64), end...)
	}
	var b []byte
	for r, row := range q.Code.Modules() {
		y := pageH - (q.Y + float64(r)*q.Module)
		for c := 0; c < len(row); {
			if !row[c] {
				c++
				continue
			}
			start := c
			for c < len(row) && row[c] {
				c++
			}
			b = num(b, q.X+float64(start)*q.Module, " ")
			b = num(b, y, " ")
			b = num(b, float64(c-start)*q.Module, " ")
			b = num(b, -q.Module, " re\n")
		}
	}
	p.RawWriteStr(string(b))
	p.DrawPath("F")
}
