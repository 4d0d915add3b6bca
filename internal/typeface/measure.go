package typeface

import (
	"slices"
	"sync"
	"sync/atomic"
	"unicode"

	"golang.org/x/image/font/sfnt"
)

// Face is a face of a family: regular, bold, italic or bold italic. Bold and Italic are bits:
// Bold|Italic is BoldItalic.
type Face int

// Faces.
const (
	Regular    Face = 0
	Bold       Face = 1
	Italic     Face = 2
	BoldItalic Face = Bold | Italic
)

// Faces is the family then its fallbacks: every font its text may be set in.
func (f *Family) Faces() []*Family { return append([]*Family{f}, f.Fallback...) }

// Measurer measures text with the widths the PDF renderer embeds: each character in the face
// that prints it (the family's, or a fallback's), with that font's own advance widths, rounded
// as fpdf rounds them (a test holds the two equal for every character), Arabic joined as it
// prints. It is safe for concurrent use. Each character's width is looked up in its font once,
// then read from a table without a lock: layout measures the same characters in many candidate
// lines, from every worker at once.
type Measurer struct {
	mu     sync.Mutex // for the fonts' buffer, on a character's first lookup
	fam    *Family
	faces  []*Family
	buf    sfnt.Buffer
	blocks [][4][0x100]atomic.Pointer[widthBlock] // by family, face and rune / 256, for runes below U+10000
}

// widthBlock holds the widths of 256 runes, plus one so that 0 means not yet looked up.
type widthBlock [0x100]atomic.Int32

// NewMeasurer measures with fam.
func NewMeasurer(fam *Family) *Measurer {
	fs := fam.Faces()
	return &Measurer{fam: fam, faces: fs, blocks: make([][4][0x100]atomic.Pointer[widthBlock], len(fs))}
}

// Draws reports whether every character of s prints in the family or one of its fallbacks.
func (m *Measurer) Draws(s string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, r := range s {
		if !unicode.IsSpace(r) && !m.fam.faceFor(&m.buf, r).Has(&m.buf, r) {
			return false
		}
	}
	return true
}

// Width is the advance width of s in points at size.
func (m *Measurer) Width(f Face, size float64, s string) float64 { return m.WidthIn("", f, size, s) }

// WidthIn is Width for a text of the language lang (a code such as "mr"), whose letters a
// shaper may form as that language writes them (Family.Shape).
func (m *Measurer) WidthIn(lang string, f Face, size float64, s string) float64 {
	return m.width(lang, f, size, s, false)
}

// WidthDrawn is WidthIn for a piece of a line as it is drawn, left to right: shaped already
// (Shape), which a line drawn in another order than written is not shaped again (a Hebrew
// point drawn before its letter would be taken for the letter before's), and its Arabic words
// HarfBuzz shapes reversed (Written).
func (m *Measurer) WidthDrawn(lang string, f Face, size float64, s string) float64 {
	return m.width(lang, f, size, s, true)
}

// width is WidthIn, or WidthDrawn when drawn.
func (m *Measurer) width(lang string, f Face, size float64, s string, drawn bool) float64 {
	if !drawn {
		s = Shape(s) // which leaves out soft hyphens and non-joiners: perhaps all of s
	}
	if s == "" {
		return 0
	}
	shaped := ShapedText(s)
	if len(m.faces) == 1 && !shaped {
		return float64(m.units(0, f, s)) * size / 1000
	}
	m.mu.Lock() // a character's face may depend on its neighbours (a space stays in its run)
	runs := m.fam.Runs(&m.buf, s)
	m.mu.Unlock()
	units := 0.0
	for _, run := range runs {
		n := slices.Index(m.faces, run.Face)
		if !shaped {
			units += float64(m.units(n, f, run.Text))
			continue
		}
		ShapedPieces(run.Text, func(piece string, shaped bool) {
			if !shaped {
				units += float64(m.units(n, f, piece))
				return
			}
			if drawn {
				piece = Written(piece)
			}
			// a face that cannot be shaped fails the document where it is drawn
			_, adv, _ := run.Face.Shape(f, piece, lang)
			units += adv
		})
	}
	return units * size / 1000
}

// Additive reports whether s is measured as the sum of its characters' widths in the family's
// own face: none of them is set in a fallback face (whose choice may depend on its
// neighbours) or shaped by its neighbours (Arabic, pointed Hebrew). Any text made of such
// characters then measures as the sum of its parts' Units.
func (m *Measurer) Additive(s string) bool {
	if mayShape(s) || ShapedText(s) {
		return false
	}
	if len(m.faces) == 1 {
		return true
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, r := range s {
		if m.fam.faceFor(&m.buf, r) != m.fam {
			return false
		}
	}
	return true
}

// Units is the width in face f, in thousandths of an em, of s, a text Additive accepts: Width
// at size is float64(Units) * size / 1000.
func (m *Measurer) Units(f Face, s string) int { return m.units(0, f, s) }

// units is the width of s in face f of the n-th family, in thousandths of an em; a soft
// hyphen and a zero-width space have none, as Shape leaves them out.
func (m *Measurer) units(n int, f Face, s string) int {
	blocks := &m.blocks[n][f]
	units := 0
	for _, r := range s {
		if r == 0xAD || r == 0x200B {
			continue
		}
		if r >= 0x10000 {
			units += m.advance(n, f, r)
			continue
		}
		b := blocks[r>>8].Load()
		if b == nil {
			blocks[r>>8].CompareAndSwap(nil, new(widthBlock))
			b = blocks[r>>8].Load()
		}
		w := b[r&0xFF].Load()
		if w == 0 { // two workers may both look it up: they store the same width
			w = int32(m.advance(n, f, r)) + 1
			b[r&0xFF].Store(w)
		}
		units += int(w - 1)
	}
	return units
}

func (m *Measurer) advance(n int, f Face, r rune) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.faces[n].Advance(&m.buf, f, r)
}
