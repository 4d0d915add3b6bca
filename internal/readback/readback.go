// Package readback reads haven's PDFs back from their bytes: the text each page shows, the
// shapes it fills and the links it holds, so that what was written can be checked against what
// was meant. It reads what fpdf writes (an xref table, Flate streams, the operators fpdf uses,
// form XObjects read as if drawn where they are placed), not every PDF. A content stream is read
// in one pass: a lexer hands tokens, slices of the stream, to an interpreter.
package readback

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"strconv"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"haven/internal/ahead"
)

// Page is one page as a reader sees it. Coordinates are points from the top left, as in layout.
type Page struct {
	W, H    float64
	Texts   []Text           // in drawing order
	Fills   []Shape          // in drawing order
	Strokes []Stroke         // in drawing order
	Links   []Link           // in order
	Fonts   map[string]*Font // the fonts texts are set in, by resource name
}

// RGB is a colour with components from 0 to 1.
type RGB [3]float64

// Dark reports whether the colour prints dark enough to read as a QR module.
func (c RGB) Dark() bool { return 0.2126*c[0]+0.7152*c[1]+0.0722*c[2] < 0.5 }

// Space is the colour space a content stream sets a colour in.
type Space uint8

// Colour spaces: the device spaces of the operators g/G, rg/RG and k/K.
const (
	Gray Space = iota // the initial colour space, black
	DeviceRGB
	DeviceCMYK
)

// Paint is a colour exactly as the content stream sets it: its space and its components
// (Gray uses V[0], DeviceRGB V[:3], DeviceCMYK all four).
type Paint struct {
	Space Space
	V     [4]float64
}

// RGB is the paint as a screen shows it; CMYK converts naively (as colour.RGB.CMYK
// inverts), which is enough to tell dark from light.
func (p Paint) RGB() RGB {
	v := p.V
	switch p.Space {
	case DeviceRGB:
		return RGB{v[0], v[1], v[2]}
	case DeviceCMYK:
		return RGB{(1 - v[0]) * (1 - v[3]), (1 - v[1]) * (1 - v[3]), (1 - v[2]) * (1 - v[3])}
	}
	return RGB{v[0], v[0], v[0]}
}

// Text is one string drawn at a baseline point.
type Text struct {
	S    string
	X, Y float64
	Size float64
	// Moves is the sum of a TJ array's numbers, in thousandths of an em: moved back by it
	// between its strings, the pen ends its widths less it along the line (Font.Advance)
	Moves float64
	Font  string // the font's resource name on the page
	Color RGB
	Paint Paint // the colour as written
	Mark  int   // the MCID of the marked content it is in, or Artifact, or Unmarked
}

// What content that has no MCID is marked as.
const (
	Artifact = -1 // inside /Artifact
	Unmarked = -2 // in no marked content
)

// Shape is the bounding box of one filled subpath, or of an image.
type Shape struct {
	X, Y, W, H float64
	Color      RGB
	Paint      Paint // the colour as written
	Image      bool
	Mark       int // as Text's
}

// Stroke is a line drawn from one point to another.
type Stroke struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          RGB
	Paint          Paint // the colour as written
	Mark           int   // as Text's
}

// Link is a clickable area and the address it opens.
type Link struct {
	X, Y, W, H   float64
	URI          string
	StructParent int    // its key in the parent tree, or -1
	Contents     string // its description
}

// Read parses a PDF written by haven.
func Read(pdf []byte) ([]Page, error) {
	var pages []Page
	err := Each(pdf, func(p Page) { pages = append(pages, p) })
	if err != nil {
		return nil, err
	}
	return pages, nil
}

// Each parses a PDF written by haven and hands each page to fn as soon as it is read, in
// order: a caller that checks a page on another goroutine checks it while the next is read.
// A page handed over is not changed again; its fonts may be asked about from any goroutine.
func Each(pdf []byte, fn func(Page)) error {
	f, err := index(pdf)
	if err != nil {
		return err
	}
	root, err := f.dict(ref(f.trailer, "Root"))
	if err != nil {
		return err
	}
	pagesDict, err := f.dict(ref(root, "Pages"))
	if err != nil {
		return err
	}
	defaultBox := mediaBox(pagesDict)
	kids, ok := bracketed(pagesDict, "/Kids")
	if !ok {
		return fmt.Errorf("the page tree has no /Kids")
	}
	// each page is read while the next is read on another goroutine, and handed over in order
	pageRefs := refs(kids)
	var next func() (Page, error) // the page after, begun
	for i, n := range pageRefs {
		this := next
		next = nil
		if i+1 < len(pageRefs) {
			k, m := i+1, pageRefs[i+1]
			next = ahead.Go(func() (Page, error) { return f.page(k, m, defaultBox) })
		}
		var p Page
		var err error
		if this != nil {
			p, err = this()
		} else {
			p, err = f.page(i, n, defaultBox)
		}
		if err != nil {
			return err
		}
		fn(p)
	}
	return nil
}

// page reads the i-th page, object n.
func (f *file) page(i, n int, defaultBox []float64) (Page, error) {
	d, err := f.dict(n)
	if err != nil {
		return Page{}, err
	}
	box := mediaBox(d)
	if box == nil {
		box = defaultBox
	}
	if box == nil {
		return Page{}, fmt.Errorf("page object %d has no /MediaBox", n)
	}
	p := Page{W: box[2] - box[0], H: box[3] - box[1]}
	stream, err := f.stream(ref(d, "Contents"))
	if err != nil {
		return Page{}, fmt.Errorf("page %d: %w", i+1, err)
	}
	res := ref(d, "Resources")
	if p.Fonts, err = f.fontsOf(res); err != nil {
		return Page{}, fmt.Errorf("page %d: %w", i+1, err)
	}
	in := interp{p: &p, forms: f.forms(res), st: state{ctm: identity, width: 1}}
	if err := in.run(stream); err != nil {
		return Page{}, fmt.Errorf("page %d: %w", i+1, err)
	}
	if err := f.links(&p, d); err != nil {
		return Page{}, fmt.Errorf("page %d: %w", i+1, err)
	}
	return p, nil
}

// file is a PDF with the byte offset of each object.
type file struct {
	b        []byte
	offsets  map[int]int
	trailer  []byte
	formObjs map[int]*form            // XObjects read: a form, or nil for an image
	fontObjs map[int]*Font            // font objects, each read once
	fontSets map[int]map[string]*Font // the fonts of each resources object
	mu       sync.Mutex               // for the maps above: the pages are read at the same time
}

func index(b []byte) (*file, error) {
	xref, ok := startxref(b)
	if !ok {
		return nil, fmt.Errorf("no startxref at the end of the file: it is cut short")
	}
	at, _ := strconv.Atoi(xref)
	if at >= len(b) || !bytes.HasPrefix(b[at:], []byte("xref")) {
		return nil, fmt.Errorf("startxref does not point at the xref table")
	}
	lines := bytes.Split(b[at:], []byte("\n"))
	if len(lines) < 3 {
		return nil, fmt.Errorf("the xref table is cut short")
	}
	head := bytes.Fields(lines[1])
	if len(head) != 2 {
		return nil, fmt.Errorf("the xref table has a bad header")
	}
	first, _ := strconv.Atoi(string(head[0]))
	count, _ := strconv.Atoi(string(head[1]))
	f := &file{b: b, offsets: map[int]int{}, formObjs: map[int]*form{}, fontObjs: map[int]*Font{}, fontSets: map[int]map[string]*Font{}}
	for i := 0; i < count; i++ {
		if 2+i >= len(lines) {
			return nil, fmt.Errorf("the xref table is cut short")
		}
		e := bytes.Fields(lines[2+i])
		if len(e) == 3 && string(e[2]) == "n" {
			off, _ := strconv.Atoi(string(e[0]))
			f.offsets[first+i] = off
		}
	}
	t := trailerAt(b[at:])
	if t < 0 {
		return nil, fmt.Errorf("no trailer")
	}
	f.trailer = b[at+t:]
	return f, nil
}

// forms finds the form XObjects that a page places by name, in its resources (object res).
// Each is read and inflated once per file, at its first use: fpdf's pages share their resources.
func (f *file) forms(res int) func(name []byte) (*form, error) {
	objs := map[string]int{}
	if d, err := f.dict(res); err == nil {
		if x, ok := xobjects(d); ok {
			for _, r := range keyRefs(x) {
				objs[r.name] = r.obj
			}
		}
	}
	return func(name []byte) (*form, error) {
		n, ok := objs[string(name)]
		if !ok {
			return nil, nil
		}
		f.mu.Lock()
		fm, ok := f.formObjs[n]
		f.mu.Unlock()
		if ok {
			return fm, nil
		}
		d, err := f.dict(n)
		if err != nil {
			return nil, err
		}
		if bytes.Contains(d, []byte("/Subtype /Form")) {
			content, err := f.stream(n)
			if err != nil {
				return nil, err
			}
			fm = &form{content: content, matrix: identity}
			if m, ok := bracketed(d, "/Matrix"); ok {
				if v := numbers(m); len(v) == 6 {
					fm.matrix = matrix(v)
				}
			}
		}
		f.mu.Lock() // two pages may read the same form at once: it reads the same
		f.formObjs[n] = fm
		f.mu.Unlock()
		return fm, nil
	}
}

// ref is the object number a dictionary's key refers to, or -1.
func ref(dict []byte, key string) int {
	for _, r := range keyRefs(dict) {
		if r.name == key {
			return r.obj
		}
	}
	return -1
}

// body is the text of object n from its dictionary on.
func (f *file) body(n int) ([]byte, error) {
	off, ok := f.offsets[n]
	if !ok {
		return nil, fmt.Errorf("object %d is missing", n)
	}
	head := []byte(strconv.Itoa(n) + " 0 obj")
	if off < 0 || off >= len(f.b) || !bytes.HasPrefix(f.b[off:], head) {
		return nil, fmt.Errorf("object %d is not where the xref table says", n)
	}
	return bytes.TrimLeft(f.b[off+len(head):], " \r\n"), nil
}

// dict is object n's dictionary, up to its matching >>.
func (f *file) dict(n int) ([]byte, error) {
	b, err := f.body(n)
	if err != nil {
		return nil, err
	}
	depth := 0
	for i := 0; i+1 < len(b); i++ {
		switch {
		case b[i] == '(': // skip strings, which may hold << or >>
			for i++; i < len(b) && b[i] != ')'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
		case b[i] == '<' && b[i+1] == '<':
			depth++
			i++
		case b[i] == '>' && b[i+1] == '>':
			depth--
			i++
			if depth == 0 {
				return b[:i+1], nil
			}
		}
	}
	return nil, fmt.Errorf("object %d has no complete dictionary", n)
}

// stream is object n's stream data, inflated.
func (f *file) stream(n int) ([]byte, error) { return f.streamUpTo(n, 0) }

// streamUpTo is object n's stream data, inflated, and cut at max bytes where max > 0: a reader
// that needs the start of a large stream inflates only that.
func (f *file) streamUpTo(n, max int) ([]byte, error) {
	data, flate, err := f.stored(n)
	if err != nil || !flate {
		if max > 0 && len(data) > max {
			data = data[:max]
		}
		return data, err
	}
	return inflate(data, n, max)
}

// stored is stream n's data as the file holds it, and whether it is Flate-compressed.
func (f *file) stored(n int) ([]byte, bool, error) {
	d, err := f.dict(n)
	if err != nil {
		return nil, false, err
	}
	length, ok := lengthOf(d)
	if !ok {
		return nil, false, fmt.Errorf("stream %d has no /Length", n)
	}
	b, _ := f.body(n)
	rest := bytes.TrimLeft(b[len(d):], " \r\n")
	if !bytes.HasPrefix(rest, []byte("stream")) {
		return nil, false, fmt.Errorf("object %d is not a stream", n)
	}
	rest = bytes.TrimPrefix(bytes.TrimPrefix(rest[len("stream"):], []byte("\r")), []byte("\n"))
	if length > len(rest) {
		return nil, false, fmt.Errorf("stream %d is cut short", n)
	}
	return rest[:length], bytes.Contains(d, []byte("/FlateDecode")), nil
}

// inflaters holds zlib readers for reuse: each holds a 32 KB window.
var inflaters sync.Pool

// inflate is a Flate stream's data, read with a pooled reader into a buffer sized for it, up
// to max bytes where max > 0.
func inflate(data []byte, n, max int) ([]byte, error) {
	src := bytes.NewReader(data)
	z, _ := inflaters.Get().(io.ReadCloser)
	var err error
	if z == nil {
		z, err = zlib.NewReader(src)
	} else {
		err = z.(zlib.Resetter).Reset(src, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("stream %d: %w", n, err)
	}
	defer inflaters.Put(z)
	if max > 0 {
		out := make([]byte, max)
		k, err := io.ReadFull(z, out)
		if err != nil && err != io.ErrUnexpectedEOF {
			return nil, fmt.Errorf("stream %d: %w", n, err)
		}
		return out[:k], nil
	}
	out := bytes.NewBuffer(make([]byte, 0, 4*len(data)+512)) // page content deflates about 4:1
	if _, err := out.ReadFrom(z); err != nil {
		return nil, fmt.Errorf("stream %d: %w", n, err)
	}
	return out.Bytes(), nil
}

func mediaBox(dict []byte) []float64 {
	m, ok := bracketed(dict, "/MediaBox")
	if !ok {
		return nil
	}
	if v := numbers(m); len(v) == 4 {
		return v
	}
	return nil
}

func numbers(b []byte) []float64 {
	var out []float64
	for _, w := range bytes.Fields(b) {
		v, err := strconv.ParseFloat(string(w), 64)
		if err != nil {
			return nil
		}
		out = append(out, v)
	}
	return out
}

// appendUnescaped appends b with a PDF literal string's escapes decoded to out.
func appendUnescaped(out, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 == len(b) {
			out = append(out, b[i])
			continue
		}
		i++
		switch c := b[i]; c {
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case '\n':
		default:
			if c >= '0' && c <= '7' {
				v := 0
				for k := 0; k < 3 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
					v = v*8 + int(b[i]-'0')
					i++
				}
				i--
				out = append(out, byte(v))
			} else {
				out = append(out, c)
			}
		}
	}
	return out
}

// utf16Text decodes the UTF-16BE that fpdf writes for text in a Unicode font, as utf16.Decode
// does (an unpaired surrogate reads as U+FFFD), straight into the string's bytes.
func utf16Text(b []byte) (string, error) {
	if len(b)%2 != 0 {
		return "", fmt.Errorf("a text string of odd length")
	}
	var buf [128]byte
	out := buf[:0]
	for i := 0; i < len(b); i += 2 {
		r := rune(b[i])<<8 | rune(b[i+1])
		if utf16.IsSurrogate(r) {
			if i+3 < len(b) {
				if pair := utf16.DecodeRune(r, rune(b[i+2])<<8|rune(b[i+3])); pair != utf8.RuneError {
					r = pair
					i += 2
				} else {
					r = utf8.RuneError
				}
			} else {
				r = utf8.RuneError
			}
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out), nil
}
