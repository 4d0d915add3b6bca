package fpdf

import (
	"encoding/binary"
	"math"
	"strconv"
	"strings"
)

// A Glyph is one glyph of a text its caller has shaped (with HarfBuzz or another shaper), set
// by its index in the current UTF-8 font rather than by a character: a conjunct, a vowel sign
// drawn before its consonant, a mark moved onto its base by the font's own positioning.
type Glyph struct {
	ID int // the glyph's index in the font
	// Text is what the glyph copies as in a viewer's copy and search: the characters of its
	// cluster for the first glyph of a cluster, in reading order, and "" for the others, so
	// that a cluster drawn in another order than written copies as written
	Text string
	X, Y float64 // where it is drawn, from the text's origin on its baseline, in user units; Y up
}

// glyphMark marks a used rune's value as a glyph's index (plus glyphMark), not a character:
// the subset maps that code to the glyph itself.
const glyphMark = 1 << 24

// glyphCodes are the codes a document gives the glyphs it sets by index in one font
// (TextGlyphs): one per glyph and text, from the Private Use Area up, past any code the font's
// own character map uses, so that no code stands for two things in the font's maps.
type glyphCodes struct {
	code map[glyphKey]int
	of   map[int]glyphKey
	next int
}

type glyphKey struct {
	id   int
	text string
}

// the codes glyphs are given: the Basic Multilingual Plane's Private Use Area
const firstGlyphCode, lastGlyphCode = 0xE000, 0xF8FF

// glyphCode is the code of glyph g in font, given at its first use.
func (f *Fpdf) glyphCode(font *fontDefType, g Glyph) (int, bool) {
	codes := font.glyphs
	k := glyphKey{g.ID, g.Text}
	if c, ok := codes.code[k]; ok {
		return c, true
	}
	if codes.code == nil {
		codes.code, codes.of, codes.next = map[glyphKey]int{}, map[int]glyphKey{}, firstGlyphCode
	}
	for codes.next <= lastGlyphCode && font.utf8File.cmap[codes.next] != 0 {
		codes.next++
	}
	if codes.next > lastGlyphCode {
		f.SetErrorf("the font %s sets more glyphs by index than it has codes for (%d)", font.Name, lastGlyphCode-firstGlyphCode+1)
		return 0, false
	}
	c := codes.next
	codes.next++
	codes.code[k], codes.of[c] = c, k
	font.usedRunes[c] = glyphMark + g.ID
	return c, true
}

// TextGlyphs draws glyphs of the current UTF-8 font, each at its own place from x, y (the
// origin of the text on its baseline), in one text object: the pen is moved between glyphs
// where a glyph is not where the one before leaves it, and a glyph set above or below the
// baseline is raised (Ts) between TJ arrays, so that a reader takes the glyphs in the order
// they are drawn. Each glyph copies as its Text (the font's ToUnicode map), and the
// document's /W widths give each its own advance. The text object begins at x and its pen
// ends at x + advance (the text's advance as shaped), so that a reader that measures a text
// by its widths and the moves between them finds it as wide as it was set.
func (f *Fpdf) TextGlyphs(x, y float64, glyphs []Glyph, advance float64) {
	if f.err != nil || len(glyphs) == 0 {
		return
	}
	if !f.isCurrentUTF8 {
		f.SetErrorf("TextGlyphs needs a UTF-8 font: %s is not one", f.currentFont.Name)
		return
	}
	font := &f.currentFont
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	var s strings.Builder
	var run []byte // the codes of the glyphs drawn one after the other
	flush := func() {
		if len(run) > 0 {
			s.WriteString("(" + f.escape(string(run)) + ")")
			run = run[:0]
		}
	}
	s.WriteString("BT " + num(x*f.k) + " " + num((f.h-y)*f.k) + " Td ")
	pen, rise, open := 0.0, 0.0, false // open: a TJ array is begun
	for _, g := range glyphs {
		if g.ID <= 0 || g.ID >= font.utf8File.numGlyphs {
			f.SetErrorf("the font %s has no glyph %d", font.Name, g.ID)
			return
		}
		code, ok := f.glyphCode(font, g)
		if !ok {
			return
		}
		if g.Y != rise { // raised or lowered within the text object, so that readers keep its order
			flush()
			if open {
				s.WriteString("] TJ ")
				open = false
			}
			s.WriteString(num(g.Y*f.k) + " Ts ")
			rise = g.Y
		}
		if !open {
			s.WriteString("[")
			open = true
		}
		if d := g.X - pen; math.Abs(d) >= 0.0005 {
			flush()
			s.WriteString(num(-d * 1000 / f.fontSize))
		}
		run = binary.BigEndian.AppendUint16(run, uint16(code))
		pen = g.X + float64(font.utf8File.glyphWidth(g.ID))*f.fontSize/1000
	}
	flush()
	if d := advance - pen; math.Abs(d) >= 0.0005 {
		s.WriteString(num(-d * 1000 / f.fontSize))
	}
	s.WriteString("] TJ ")
	if rise != 0 { // the rise is part of the graphics state: it would outlast the object
		s.WriteString("0 Ts ")
	}
	s.WriteString("ET")
	out := s.String()
	if f.colorFlag {
		out = "q " + f.color.text.str + " " + out + " Q"
	}
	f.out(out)
}

// glyphWidth is the advance of glyph gid in thousandths of an em, rounded as the widths of
// characters are (CharWidths).
func (utf *utf8FontFile) glyphWidth(gid int) int {
	if utf.hmtxAt == 0 || utf.numHMetrics == 0 {
		return 0
	}
	at := utf.hmtxAt + 4*min(gid, utf.numHMetrics-1)
	if at+2 > len(utf.fileReader.array) {
		return 0
	}
	adv := int(binary.BigEndian.Uint16(utf.fileReader.array[at:]))
	if adv >= 1<<15 {
		return 0
	}
	return int(math.Round(1000 / float64(utf.fontElementSize) * float64(adv)))
}
