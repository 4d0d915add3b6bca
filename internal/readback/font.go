package readback

import (
	"fmt"
	"sync"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"haven/internal/ahead"
)

// Font is a Unicode font as fpdf embeds it: a Type0 font whose one CIDFontType2 maps each
// character (its CID is its code point) through a CIDToGIDMap to a glyph of the embedded
// TrueType subset (FontFile2), drawn with the /W width. It is read on its first use, so that
// a page's fonts cost nothing until asked about.
type Font struct {
	Name   string // the /BaseFont
	f      *file
	obj    int
	once   sync.Once  // load: begun beside the page's drawing (fontsOf), finished where first asked
	mu     sync.Mutex // for seen and buf, once loaded
	err    error
	dw     float64         // the width of a CID /W leaves out
	widths map[int]float64 // /W, in thousandths of an em
	gids   []byte          // the CIDToGIDMap, two bytes per CID, or its start
	gidMap int             // its object
	allMap bool            // whether gids is the whole map
	face   *sfnt.Font
	buf    sfnt.Buffer
	seen   map[rune]error // characters already looked at
	copies copyMap        // what each code copies as (its ToUnicode map)
}

// fontsOf reads the fonts a page's resources (object res) name, each font object once per file:
// fpdf's pages share their resources.
func (f *file) fontsOf(res int) (map[string]*Font, error) {
	if res < 0 {
		return nil, nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if fs, ok := f.fontSets[res]; ok {
		return fs, nil
	}
	d, err := f.dictOf(objRef(res))
	if err != nil || d == nil {
		return nil, err
	}
	names, err := f.dictOf(d["Font"])
	if err != nil {
		return nil, err
	}
	fs := map[string]*Font{}
	for k, v := range names {
		r, ok := v.(objRef)
		if !ok {
			return nil, fmt.Errorf("the font %s is not an object of its own", k)
		}
		ft, ok := f.fontObjs[int(r)]
		if !ok {
			ft = &Font{f: f, obj: int(r)}
			f.fontObjs[int(r)] = ft
			ahead.Run(func() { ft.load() }) // its subset is inflated and parsed while the pages are read
		}
		fs[k] = ft
	}
	f.fontSets[res] = fs
	return fs, nil
}

// load reads the font's widths, its glyph map and its embedded subset.
func (ft *Font) load() error {
	ft.once.Do(func() {
		defer func() { // begun on a goroutine of its own (fontsOf): a fault is this font's error
			if p := recover(); p != nil {
				ft.err = fmt.Errorf("font object %d: cannot be read: %v", ft.obj, p)
			}
		}()
		if ft.err = ft.read(); ft.err != nil {
			ft.err = fmt.Errorf("font object %d (%s): %w", ft.obj, ft.Name, ft.err)
			return
		}
		// the characters the font gives widths for are those the pages set in it: they are
		// looked at here, beside the reading of the pages, not when the check asks
		if len(ft.widths) <= maxAhead {
			for c := range ft.widths {
				ft.seen[rune(c)] = ft.drawn(rune(c))
			}
		}
	})
	return ft.err
}

// maxAhead is the most characters a font's load looks at before they are asked about: haven's
// subsets hold a few hundred; a damaged /W range may claim every code point.
const maxAhead = 4096

func (ft *Font) read() error {
	f := ft.f
	t0, err := f.dictOf(objRef(ft.obj))
	if err != nil {
		return err
	}
	if b, ok := t0["BaseFont"].(name); ok {
		ft.Name = string(b)
	}
	if t0["Subtype"] != name("Type0") {
		return fmt.Errorf("it is a %v font, not the Type0 font haven embeds", t0["Subtype"])
	}
	desc := listOf(t0["DescendantFonts"])
	if len(desc) != 1 {
		return fmt.Errorf("it has %d descendant fonts, not one", len(desc))
	}
	cid, err := f.dictOf(desc[0])
	if err != nil {
		return err
	}
	if cid["Subtype"] != name("CIDFontType2") {
		return fmt.Errorf("its descendant is a %v font, not TrueType (CIDFontType2)", cid["Subtype"])
	}
	tu, ok := t0["ToUnicode"].(objRef)
	if !ok {
		return fmt.Errorf("it has no ToUnicode map: its text would copy as nothing")
	}
	data, err := f.stream(int(tu))
	if err != nil {
		return err
	}
	if ft.copies, err = readCopyMap(data); err != nil {
		return err
	}
	ft.dw = 1000 // the default /DW
	if dw, ok := cid["DW"].(float64); ok {
		ft.dw = dw
	}
	if ft.widths, err = cidWidths(listOf(cid["W"])); err != nil {
		return err
	}
	m, ok := cid["CIDToGIDMap"].(objRef)
	if !ok {
		return fmt.Errorf("it has no CIDToGIDMap stream")
	}
	ft.gidMap = int(m)
	top := 0 // the map is read up to the last CID with a width, and on only if asked past it
	for c := range ft.widths {
		top = max(top, c)
	}
	if ft.gids, err = f.streamUpTo(ft.gidMap, 2*(top+1)); err != nil {
		return err
	}
	fd, err := f.dictOf(cid["FontDescriptor"])
	if err != nil {
		return err
	}
	file2, ok := fd["FontFile2"].(objRef)
	if !ok {
		return fmt.Errorf("it embeds no TrueType font file (FontFile2)")
	}
	size := 0 // the font file's length, /Length1, so that it is inflated into a buffer of its size
	if d, err := f.dictOf(file2); err == nil {
		if l, ok := d["Length1"].(float64); ok && l > 0 && l < 1<<28 {
			size = int(l)
		}
	}
	stored, _, err := f.stored(int(file2))
	if err != nil {
		return err
	}
	if ft.face = faces.get(stored, size); ft.face == nil {
		data, err := f.streamUpTo(int(file2), size)
		if err != nil {
			return err
		}
		if ft.face, err = sfnt.Parse(data); err != nil {
			return fmt.Errorf("its embedded font file cannot be read: %v", err)
		}
		faces.put(stored, size, ft.face)
	}
	ft.seen = map[rune]error{}
	return nil
}

// faces are the embedded font files read last, by their bytes as the file stores them (and the
// length it gives them): the documents of a run embed the same subsets, and the same bytes
// read back to the same font, so each is inflated and parsed once. A few are kept, so that a
// long batch does not grow it.
var faces faceCache

type faceCache struct {
	sync.Mutex
	stored [8]string
	size   [8]int
	face   [8]*sfnt.Font
	next   int
}

func (c *faceCache) get(stored []byte, size int) *sfnt.Font {
	c.Lock()
	defer c.Unlock()
	for i, s := range c.stored {
		if c.face[i] != nil && c.size[i] == size && s == string(stored) {
			return c.face[i]
		}
	}
	return nil
}

func (c *faceCache) put(stored []byte, size int, face *sfnt.Font) {
	c.Lock()
	defer c.Unlock()
	c.stored[c.next], c.size[c.next], c.face[c.next] = string(stored), size, face
	c.next = (c.next + 1) % len(c.stored)
}

// cidWidths reads a /W array: "c [w1 w2 ...]" gives widths from c on, "c1 c2 w" one width for
// the range.
func cidWidths(w []any) (map[int]float64, error) {
	out := map[int]float64{}
	for i := 0; i < len(w); {
		c, ok := w[i].(float64)
		if !ok || i+1 == len(w) {
			return nil, fmt.Errorf("its /W array is malformed")
		}
		if ws, ok := w[i+1].([]any); ok {
			for k, v := range ws {
				out[int(c)+k], _ = v.(float64)
			}
			i += 2
			continue
		}
		c2, ok1 := w[i+1].(float64)
		if i+2 == len(w) || !ok1 {
			return nil, fmt.Errorf("its /W array is malformed")
		}
		v, _ := w[i+2].(float64)
		for k := int(c); k <= int(c2) && k-int(c) < 1<<16; k++ {
			out[k] = v
		}
		i += 3
	}
	return out, nil
}

// Advance is how far t moves the pen along its line, in the units of its size: the PDF's /W
// widths of its characters, less its TJ array's moves (the font's own widths are CheckDrawn's).
func (ft *Font) Advance(t Text) (float64, error) {
	if err := ft.load(); err != nil {
		return 0, err
	}
	w := -t.Moves
	for _, r := range t.S {
		if c, ok := ft.widths[int(r)]; ok {
			w += c
		} else {
			w += ft.dw
		}
	}
	return w * t.Size / 1000, nil
}

// CheckDrawn reports whether the font draws r as something a reader sees: a glyph other than
// .notdef, with an outline (spaces need none) and a positive width, both as the PDF's /W says
// and as the embedded font's own metrics say (combining marks advance nothing). The answer for
// each character is kept.
func (ft *Font) CheckDrawn(r rune) error {
	if err := ft.load(); err != nil {
		return err
	}
	ft.mu.Lock() // pages that share the font are checked at the same time
	defer ft.mu.Unlock()
	if err, ok := ft.seen[r]; ok {
		return err
	}
	err := ft.drawn(r)
	ft.seen[r] = err
	return err
}

func (ft *Font) drawn(r rune) error {
	cid := int(r)
	if 2*cid+1 >= len(ft.gids) && !ft.allMap {
		all, err := ft.f.stream(ft.gidMap)
		if err != nil {
			return err
		}
		ft.gids, ft.allMap = all, true
	}
	var gid sfnt.GlyphIndex
	if 2*cid+1 < len(ft.gids) {
		gid = sfnt.GlyphIndex(ft.gids[2*cid])<<8 | sfnt.GlyphIndex(ft.gids[2*cid+1])
	}
	if gid == 0 {
		return fmt.Errorf("is drawn as .notdef (no glyph) in the font %s", ft.Name)
	}
	// a mark advances nothing, as may a glyph of a shaped text (Glyph) that is one
	mark := unicode.Is(unicode.Mn, r) || ft.isGlyph(r)
	w, ok := ft.widths[cid]
	if !ok {
		w = ft.dw
	}
	if w <= 0 && !mark {
		return fmt.Errorf("has a width of %g in the font %s's /W widths", w, ft.Name)
	}
	ppem := fixed.I(int(ft.face.UnitsPerEm()))
	adv, err := ft.face.GlyphAdvance(&ft.buf, gid, ppem, font.HintingNone)
	if err != nil {
		return fmt.Errorf("has glyph %d, which the font %s lacks: %v", gid, ft.Name, err)
	}
	if adv <= 0 && !mark {
		return fmt.Errorf("has an advance of %d units (glyph %d) in the font %s", adv.Round(), gid, ft.Name)
	}
	if unicode.IsSpace(r) || ft.isGlyph(r) && ft.copies.chars[cid] == " " { // a shaped text's space
		return nil
	}
	segs, err := ft.face.LoadGlyph(&ft.buf, gid, ppem, nil)
	if err != nil {
		return fmt.Errorf("has glyph %d, whose outline in the font %s cannot be read: %v", gid, ft.Name, err)
	}
	if len(segs) == 0 {
		return fmt.Errorf("has an empty outline (glyph %d) in the font %s", gid, ft.Name)
	}
	return nil
}
