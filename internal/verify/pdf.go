package verify

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"haven/internal/ahead"
	"haven/internal/colour"
	"haven/internal/layout"
	"haven/internal/qr"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// PDF reads a rendered PDF back from its bytes and holds it to the layout it was made
// from: the page sizes; every text, and so every number, exactly, in its place, size, colour
// and face; every box, rule, image and link; every QR code, rebuilt from what the page
// paints over it, with its quiet zone clear, decoding to its URL; and the tagging: each
// item marked as the layout says, and the structure tree the layout's elements make.
//
// A difference is haven's own fault, and says so (ErrUnfaithful), but for a character the font
// draws as nothing: a user's font may be damaged.
func PDF(raw []byte, doc *layout.Doc) error {
	// the structure tree is read on another core while the pages are read, and each page but
	// the last is checked on a goroutine of its own as soon as it is read
	var tree *readback.Tree
	var treeErr error
	var wg ahead.Group
	wg.Go(func() {
		defer recovered(&treeErr, "reading the structure tree")
		tree, treeErr = readback.Structure(raw)
	})
	defer wg.Wait()
	var pages []readback.Page
	marks := make([][]itemMark, len(doc.Pages))
	fonts := make([]map[layout.Font]map[string]bool, len(doc.Pages)) // the faces each style is drawn in, by page
	errs := make([]error, len(doc.Pages))
	var checks ahead.Group
	err := readback.Each(raw, func(got readback.Page) {
		n := len(pages)
		pages = append(pages, got)
		if n >= len(doc.Pages) {
			return // more pages than laid out: the count says so below
		}
		check := func() {
			defer recovered(&errs[n], "checking the page")
			v := &pageCheck{got: got, fonts: map[layout.Font]map[string]bool{}, cmyk: doc.CMYK}
			errs[n] = v.run(doc.Pages[n])
			marks[n], fonts[n] = v.items, v.fonts
		}
		if n == len(doc.Pages)-1 { // the last: nothing is left to read meanwhile
			check()
			return
		}
		checks.Go(check)
	})
	checks.Wait()
	if err != nil {
		return unfaithful(fmt.Errorf("%s: the PDF cannot be read back: %w", doc.Name, err))
	}
	if len(pages) != len(doc.Pages) {
		return unfaithful(fmt.Errorf("%s: the PDF has %d pages, not %d", doc.Name, len(pages), len(doc.Pages)))
	}
	for n, err := range errs {
		if err != nil {
			return unfaithful(fmt.Errorf("%s page %d: %w", doc.Name, n+1, err))
		}
	}
	if err := oneFacePerStyle(fonts); err != nil {
		return unfaithful(fmt.Errorf("%s: %w", doc.Name, err))
	}
	wg.Wait()
	if err := tagged(tree, treeErr, doc, pages, marks); err != nil {
		return unfaithful(fmt.Errorf("%s: %w", doc.Name, err))
	}
	return nil
}

// oneFacePerStyle refuses a font that sets text of two styles, on any pages: each page's check
// refuses it on its page.
func oneFacePerStyle(pages []map[layout.Font]map[string]bool) error {
	style := map[string]layout.Font{}
	for _, fonts := range pages {
		for f, set := range fonts {
			for name := range set {
				if g, ok := style[name]; ok && g != f {
					styles := [4]string{"regular", "bold", "italic", "bold italic"}
					return fmt.Errorf("%s and %s text are set in the same font %s", styles[min(f, g)], styles[max(f, g)], name)
				}
				style[name] = f
			}
		}
	}
	return nil
}

// recovered turns a panic on one of the check's goroutines into its error: the check fails,
// and the run goes on to report it.
func recovered(err *error, doing string) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("%s failed: %v", doing, p)
	}
}

// ErrUnfaithful is what a file that does not read back as it was laid out is: haven's fault,
// which no change to the content can be expected to mend.
var ErrUnfaithful = errors.New("haven made a file that does not read back as laid out: please report this")

// blankError is a character the font in the PDF draws as nothing: the font's fault, or the
// content's (a character no face prints), not the file's.
type blankError struct{ error }

func (e blankError) Unwrap() error { return e.error }

// unfaithful marks err as haven's own fault unless it is a blank character.
func unfaithful(err error) error {
	if errors.As(err, new(blankError)) {
		return err
	}
	return fmt.Errorf("%w (%w)", err, ErrUnfaithful)
}

const eps = 0.02 // fpdf writes coordinates to 0.01 pt

func near(a, b float64) bool { return math.Abs(a-b) <= eps }

// sameColour: got is want as the document writes colours. In sRGB, as a grey (g) or as rgb;
// as process inks, exactly want's whole percents (colour.RGB.CMYK) with k, so a print-shop
// file with one RGB colour left in it fails.
func (v *pageCheck) sameColour(got readback.Paint, want colour.RGB) bool {
	if v.cmyk {
		k := want.CMYK()
		return got.Space == readback.DeviceCMYK && got.V == [4]float64{float64(k.C) / 100, float64(k.M) / 100, float64(k.Y) / 100, float64(k.K) / 100}
	}
	if got.Space == readback.DeviceCMYK {
		return false
	}
	rgb := got.RGB()
	for i, c := range []uint8{want.R, want.G, want.B} {
		if math.Abs(rgb[i]-float64(c)/255) > 0.003 { // written to three decimals
			return false
		}
	}
	return true
}

// paint is a colour read back, for a message: RGB components, or CMYK ones named so.
func paint(p readback.Paint) string {
	if p.Space == readback.DeviceCMYK {
		return fmt.Sprintf("%.3f (CMYK)", p.V)
	}
	return fmt.Sprintf("%.3f", p.RGB())
}

// mark is something painted on the page, as far as a QR code under it is concerned.
type mark struct {
	box  layout.Box
	dark bool
	what string // what it is, or for a text the text itself (said only if it covers a code)
	text bool
	code int // for a QR code's module runs, which code of the page (from 1)
}

// said is what a mark is, in a message.
func (m mark) said() string {
	if m.text {
		return fmt.Sprintf("the text %q", m.what)
	}
	return m.what
}

// pageCheck walks a page's layout items and the PDF's marks side by side.
type pageCheck struct {
	got                         readback.Page
	fonts                       map[layout.Font]map[string]bool
	texts, fills, strokes, link int
	marks                       []mark
	items                       []itemMark // what each item's content is marked as
	cmyk                        bool       // the document's colours are process inks
}

func (v *pageCheck) run(want layout.Page) error {
	if !near(v.got.W, want.W) || !near(v.got.H, want.H) {
		return fmt.Errorf("the page is %.2f x %.2f pt, not %.2f x %.2f", v.got.W, v.got.H, want.W, want.H)
	}
	var codes []layout.QR
	for _, it := range want.Items {
		var err error
		from := v.at()
		switch it := it.(type) {
		case layout.Text:
			err = v.text(it)
		case layout.Rect:
			err = v.fill(layout.Box{X: it.X, Y: it.Y, W: it.W, H: it.H}, &it.Fill, "a box")
		case layout.Image:
			err = v.fill(layout.Box{X: it.X, Y: it.Y, W: it.W, H: it.H}, nil, "the image "+it.Name)
		case layout.Rule:
			err = v.rule(it)
		case layout.Link:
			err = v.linkTo(it)
		case layout.QR:
			codes = append(codes, it)
			err = v.code(it, len(codes))
		}
		if err != nil {
			return err
		}
		v.items = append(v.items, v.marked(from))
	}
	g := v.got
	if v.texts != len(g.Texts) || v.fills != len(g.Fills) || v.strokes != len(g.Strokes) || v.link != len(g.Links) {
		return fmt.Errorf("the PDF draws %d texts, %d fills, %d lines and %d links; %d, %d, %d and %d were laid out",
			len(g.Texts), len(g.Fills), len(g.Strokes), len(g.Links), v.texts, v.fills, v.strokes, v.link)
	}
	// the texts and links just read back are the layout's: every piece of an address a line
	// break parts must be one of them
	if err := wrappedLinks(want); err != nil {
		return err
	}
	for i, q := range codes {
		if err := printedCode(v.marks, q, i+1); err != nil {
			return err
		}
	}
	return nil
}

// next takes the PDF's next mark of one kind, in drawing order.
func next[T any](marks []T, at *int) (T, bool) {
	var none T
	if *at >= len(marks) {
		return none, false
	}
	*at++
	return marks[*at-1], true
}

func (v *pageCheck) text(it layout.Text) error {
	g, ok := next(v.got.Texts, &v.texts)
	if !ok {
		return fmt.Errorf("%q is missing from the PDF", it.S)
	}
	if !near(g.X, it.X) || !near(g.Y, it.Y) {
		return fmt.Errorf("the PDF shows %q at %.2f,%.2f where %q at %.2f,%.2f was meant", g.S, g.X, g.Y, it.S, it.X, it.Y)
	}
	// a text set in several faces is drawn as runs, one after the other on its baseline, which
	// a turned text turns with it: each run further along the line, none off it
	rad := it.Rotate * math.Pi / 180
	cos, sin := math.Cos(rad), math.Sin(rad)
	s, along, wide := "", -1.0, 0.0
	for {
		dx, dy := g.X-it.X, g.Y-it.Y
		off, at := dx*sin+dy*cos, dx*cos-dy*sin
		// a shaped text's glyph (readback.Font.Glyph) drawn apart, raised or lowered onto the
		// letter it marks, may sit before the glyphs drawn just before it
		if math.Abs(off) > 2*eps || !near(g.Size, it.Size) || at <= along && !v.glyphRun(g) {
			return fmt.Errorf("the PDF shows %q at %.2f,%.2f in %.2f pt where %q at %.2f,%.2f in %.2f pt was meant", s+g.S, g.X, g.Y, g.Size, it.S, it.X, it.Y, it.Size)
		}
		if !v.sameColour(g.Paint, it.Color) {
			return fmt.Errorf("%q is printed in the colour %s, not %s", it.S, paint(g.Paint), it.Color)
		}
		if v.fonts[it.Font] == nil {
			v.fonts[it.Font] = map[string]bool{}
		}
		for f, set := range v.fonts {
			if f != it.Font && set[g.Font] {
				return fmt.Errorf("%q is set in the wrong face", it.S)
			}
		}
		v.fonts[it.Font][g.Font] = true
		if err := v.drawn(g, it.S); err != nil {
			return err
		}
		w, err := v.got.Fonts[g.Font].Advance(g)
		if err != nil {
			return err
		}
		s, along, wide = s+v.shown(g), at, wide+w
		if s == it.S || !strings.HasPrefix(it.S, s) {
			break
		}
		if g, ok = next(v.got.Texts, &v.texts); !ok {
			return fmt.Errorf("%q is missing from the PDF after %q", it.S, s)
		}
	}
	if s != it.S {
		return fmt.Errorf("the PDF shows %q where %q was meant", s, it.S)
	}
	// as wide as laid out, in the size set (written to 0.01 pt): a text drawn wider than its
	// place runs into what is set beside it, a link or number on its line
	if laid := it.W * g.Size / it.Size; math.Abs(wide-laid) > eps {
		return fmt.Errorf("the PDF draws %q %.2f pt wide where %.2f pt was laid out: it would run into what is beside it, or leave a gap", it.S, wide, laid)
	}
	// a text drawn in another order than it is written (right to left) shows each of its
	// numbers as written: its groups in their order, read left to right
	for _, n := range layout.Numbers(it.Logical) {
		if num := it.Logical[n[0]:n[1]]; !strings.Contains(s, num) {
			return fmt.Errorf("the PDF shows %q, which does not print the number %s of %q as written: its digits would be misread", s, num, it.Logical)
		}
	}
	v.marks = append(v.marks, mark{it.Box(), g.Color.Dark(), it.S, true, 0})
	return nil
}

// shown is the text g shows, as layout wrote it: each glyph of a shaped text
// (readback.Font.Glyph) as the characters it copies as, which together are its words as
// written (a vowel sign drawn in two parts in their canonical decomposition, composed again),
// or an Arabic word's reversed, as layout places them, its marks before their letter, which
// no normal form keeps; every other character as itself.
func (v *pageCheck) shown(g readback.Text) string {
	ft := v.got.Fonts[g.Font]
	if ft == nil || !strings.ContainsFunc(g.S, readback.GlyphCode) {
		return g.S
	}
	var b strings.Builder
	for _, r := range g.S {
		if t, ok := ft.Glyph(r); ok {
			b.WriteString(t)
		} else {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if !strings.ContainsFunc(s, func(r rune) bool { return typeface.Shaped(r) || typeface.Accent(r) }) {
		return s
	}
	return norm.NFC.String(s) // a letter a font lacks, drawn as its letter and accents (Atkinson's į as i and ogonek), composed again
}

// glyphRun reports whether g, a run of text, begins with a glyph of a shaped text.
func (v *pageCheck) glyphRun(g readback.Text) bool {
	ft := v.got.Fonts[g.Font]
	if ft == nil || g.S == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(g.S)
	_, ok := ft.Glyph(r)
	return ok
}

// drawn confirms that each character of a text the PDF shows is drawn as something a reader
// sees, in the font embedded in the PDF itself (a damaged font reads back as the right text
// in the right place, and prints nothing), and copies as what is printed.
func (v *pageCheck) drawn(g readback.Text, whole string) error {
	ft := v.got.Fonts[g.Font]
	if ft == nil {
		return fmt.Errorf("%q is set in the font %s, which the page does not hold", whole, g.Font)
	}
	for _, r := range g.S {
		if r == ' ' {
			continue
		}
		if err := ft.CheckDrawn(r); err != nil {
			return blankError{fmt.Errorf("%q (%U) in %q would print blank: it %w", r, r, whole, err)}
		}
		if _, ok := ft.Glyph(r); ok { // what it copies as is the text shown (shown)
			continue
		}
		if err := ft.CheckCopied(r); err != nil { // what a viewer's copy and search find
			return fmt.Errorf("%q (%U) in %q would copy wrong: it %w", r, r, whole, err)
		}
	}
	return nil
}

// fill takes a box filled with the colour want, or an image where want is nil.
func (v *pageCheck) fill(b layout.Box, want *colour.RGB, what string) error {
	g, ok := next(v.got.Fills, &v.fills)
	if !ok {
		return fmt.Errorf("%s is missing from the PDF", what)
	}
	image := want == nil
	if g.Image != image || !near(g.X, b.X) || !near(g.Y, b.Y) || !near(g.W, b.W) || !near(g.H, b.H) {
		return fmt.Errorf("the PDF fills %.2f x %.2f pt at %.2f,%.2f where %s of %.2f x %.2f pt at %.2f,%.2f was meant", g.W, g.H, g.X, g.Y, what, b.W, b.H, b.X, b.Y)
	}
	if !image && !v.sameColour(g.Paint, *want) {
		return fmt.Errorf("%s at %.2f,%.2f is filled in the colour %s, not %s", what, b.X, b.Y, paint(g.Paint), *want)
	}
	v.marks = append(v.marks, mark{b, image || g.Color.Dark(), what, false, 0})
	return nil
}

func (v *pageCheck) rule(it layout.Rule) error {
	g, ok := next(v.got.Strokes, &v.strokes)
	if !ok {
		return fmt.Errorf("a line is missing from the PDF")
	}
	same := near(g.X1, it.X1) && near(g.Y1, it.Y1) && near(g.X2, it.X2) && near(g.Y2, it.Y2) ||
		near(g.X1, it.X2) && near(g.Y1, it.Y2) && near(g.X2, it.X1) && near(g.Y2, it.Y1)
	if !same || !near(g.Width, it.Width) || !v.sameColour(g.Paint, it.Color) {
		return fmt.Errorf("the PDF draws a line from %.2f,%.2f to %.2f,%.2f where one from %.2f,%.2f to %.2f,%.2f was meant", g.X1, g.Y1, g.X2, g.Y2, it.X1, it.Y1, it.X2, it.Y2)
	}
	w := it.Width / 2
	b := layout.Box{X: math.Min(it.X1, it.X2) - w, Y: math.Min(it.Y1, it.Y2) - w, W: math.Abs(it.X2-it.X1) + 2*w, H: math.Abs(it.Y2-it.Y1) + 2*w}
	v.marks = append(v.marks, mark{b, g.Color.Dark(), "a line", false, 0})
	return nil
}

func (v *pageCheck) linkTo(it layout.Link) error {
	g, ok := next(v.got.Links, &v.link)
	if !ok {
		return fmt.Errorf("the link to %s is missing from the PDF", it.URL)
	}
	if g.URI != it.URL || !near(g.X, it.X) || !near(g.Y, it.Y) || !near(g.W, it.W) || !near(g.H, it.H) {
		return fmt.Errorf("the PDF links %s where %s was meant", g.URI, it.URL)
	}
	return nil
}

// code takes the fills of a QR code's path: one per run of dark modules in a row.
func (v *pageCheck) code(q layout.QR, index int) error {
	runs := 0
	for _, row := range q.Code.Modules() {
		for c := range row {
			if row[c] && (c == 0 || !row[c-1]) {
				runs++
			}
		}
	}
	if v.fills+runs > len(v.got.Fills) {
		return fmt.Errorf("the QR code for %s is missing from the PDF", q.URL)
	}
	for _, g := range v.got.Fills[v.fills : v.fills+runs] {
		v.marks = append(v.marks, mark{layout.Box{X: g.X, Y: g.Y, W: g.W, H: g.H}, g.Color.Dark() && !g.Image, "another QR code", false, index})
	}
	v.fills += runs
	return nil
}

// printedCode rebuilds the page's QR code number index from what the page paints, as on paper:
// each point takes the colour of the last mark painted over it. A module reads at its centre;
// its quiet zone must be clear at every point sampled, five to a module each way, and of every
// mark thinner than that. Nothing may be painted over the code once it is drawn.
func printedCode(marks []mark, q layout.QR, index int) error {
	const k = 5 // samples per module each way; the middle one is the centre
	n, z := q.Code.Len(), qr.QuietZone
	size := (n + 2*z) * k
	const light, dark byte = 1, 2
	grid := make([]byte, size*size) // sample (r+z)*k+i of a row, by rows; 0 is bare paper
	step := q.Module / k
	// the samples whose points lie in [lo, hi] along one axis; a mark thinner than their
	// spacing marks the sample whose cell holds its middle, so that a hairline is found too
	span := func(lo, hi, origin float64) (int, int) {
		a := int(math.Ceil((lo-origin+float64(z)*q.Module)/step - 0.5))
		b := int(math.Floor((hi-origin+float64(z)*q.Module)/step - 0.5))
		if mid := ((lo+hi)/2 - origin + float64(z)*q.Module) / step; a > b && hi >= lo && mid >= 0 && mid < float64(size) {
			a, b = int(mid), int(mid)
		}
		return max(a, 0), min(b, size-1)
	}
	own, done := false, false // whether the code's own modules have begun, and ended
	for _, m := range marks {
		if m.code == index {
			own = true
		} else if own {
			done = true
		}
		c0, c1 := span(m.box.X, m.box.X+m.box.W, q.X)
		r0, r1 := span(m.box.Y, m.box.Y+m.box.H, q.Y)
		if c0 > c1 || r0 > r1 {
			continue
		}
		if done {
			return fmt.Errorf("%s is printed over the QR code for %s", m.said(), q.URL)
		}
		paint := light
		if m.dark {
			paint = dark
		}
		for r := r0; r <= r1; r++ {
			row := grid[r*size : (r+1)*size]
			for c := c0; c <= c1; c++ {
				row[c] = paint
			}
		}
	}
	modules := make([][]bool, n)
	for r := range modules {
		modules[r] = make([]bool, n)
	}
	quiet := z * k // samples across the quiet zone, on each side
	for sr := 0; sr < size; sr++ {
		r, row := sr/k-z, grid[sr*size:(sr+1)*size]
		code := size // where the code's own samples begin and end in the row: nowhere, or...
		end := size
		if r >= 0 && r < n {
			code, end = quiet, size-quiet
			if sr%k == k/2 { // ...and a module is read at its centre
				for c := range n {
					modules[r][c] = row[quiet+c*k+k/2] == dark
				}
			}
		}
		if bytes.IndexByte(row[:code], dark) >= 0 || bytes.IndexByte(row[end:], dark) >= 0 {
			return fmt.Errorf("something dark is printed in the quiet zone of the QR code for %s", q.URL)
		}
	}
	got, err := Decode(modules)
	if err != nil {
		return fmt.Errorf("the QR code for %s, as printed, does not decode: %v", q.URL, err)
	}
	if got != q.URL {
		return fmt.Errorf("the QR code, as printed, opens %q, not %q", got, q.URL)
	}
	return nil
}
