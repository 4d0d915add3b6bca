package typeface

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// shapedScripts are the scripts haven shapes with HarfBuzz (go-text's port) and prints as the
// glyphs it gives, each where it places it: conjuncts, vowel signs drawn before their
// consonant, marks placed on their base by the font's own tables. They are written left to
// right with spaces between words, which is where layout breaks their lines. (Thai, Lao,
// Khmer and Myanmar shape as well, but need a dictionary to find where a line may break.)
var shapedScripts = []*unicode.RangeTable{
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
	unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala,
}

// Shaped reports whether r is a letter or mark of a script haven shapes (shapedScripts), or a
// mark of their blocks that several share (Devanagari's stress signs, which Unicode counts as
// inherited): not a digit, which prints as its own character so that every digit reads back as
// printed.
func Shaped(r rune) bool {
	return r >= 0x0900 && r <= 0x0DFF && !unicode.IsDigit(r) && (unicode.In(r, shapedScripts...) || unicode.Is(unicode.Inherited, r))
}

// hasShaped reports whether s holds a character haven shapes: the scripts of shapedScripts
// lie from U+0900 to U+0DFF, whose UTF-8 begins E0 A4 to E0 B7.
func hasShaped(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xE0 && s[i+1] >= 0xA4 && s[i+1] <= 0xB7 {
			return strings.ContainsFunc(s, Shaped)
		}
	}
	return false
}

// ShapedPieces calls fn for each piece of s in order: a run of words haven shapes, with the
// spaces between them (a joiner or non-joiner among their letters), or the text between such
// runs. The spaces are shaped with the words, so that each is a glyph of the text they are
// part of: PDFium leaves out a space drawn apart after a word that ends in a mark.
func ShapedPieces(s string, fn func(piece string, shaped bool)) {
	start, in := 0, false
	for i, r := range s {
		now := Shaped(r) || in && (r == zwnj || r == zwj || r == ' ' && strings.IndexFunc(s[i+1:], Shaped) == 0)
		if now != in && i > start {
			fn(s[start:i], in)
			start = i
		}
		in = now
	}
	if start < len(s) {
		fn(s[start:], in)
	}
}

const (
	zwj          = '\u200D'
	dottedCircle = '\u25CC' // what a shaper draws a sign on that has no letter
)

// A Glyph is one glyph of a shaped text, as the PDF sets it.
type Glyph struct {
	ID int
	// Text is what the glyph copies as: its cluster's characters (in canonical decomposition
	// where a vowel sign is drawn in two parts) given one to a glyph in the order they are
	// written, the last glyph the rest, so that a cluster drawn in another order copies as
	// written; "" for a glyph past the cluster's characters
	Text string
	X, Y float64 // where it is drawn from the text's origin, in thousandths of an em; Y up
}

// faceShaper shapes text in one font file. HarfBuzz's buffers are its own: one text at a time.
type faceShaper struct {
	mu     sync.Mutex
	face   *font.Face
	err    error
	hb     shaping.HarfbuzzShaper
	shaped map[string]shapedText
}

type shapedText struct {
	glyphs  []Glyph
	advance float64 // in thousandths of an em
	err     error   // a dotted circle HarfBuzz put in for a sign without its letter
}

// shapers are the faceShapers by font file (its bytes, which do not change while in use).
var shapers sync.Map // map[fileKey]*faceShaper

type fileKey struct {
	data *byte
	size int
}

// Shape shapes s, a run of characters haven shapes (ShapedPieces), in face style of f: its
// glyphs and its advance, in thousandths of an em. Each text is shaped once in each font.
func (f *Family) Shape(style Face, s string) ([]Glyph, float64, error) {
	data := f.Data(style)
	v, _ := shapers.LoadOrStore(fileKey{unsafe.SliceData(data), len(data)}, &faceShaper{})
	fs := v.(*faceShaper)
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.face == nil && fs.err == nil {
		fs.face, fs.err = font.ParseTTF(bytes.NewReader(data))
		fs.shaped = map[string]shapedText{}
	}
	if fs.err != nil {
		return nil, 0, fs.err
	}
	if t, ok := fs.shaped[s]; ok {
		return t.glyphs, t.advance, t.err
	}
	rs := []rune(s)
	upem := int(fs.face.Upem())
	out := fs.hb.Shape(shaping.Input{Text: rs, RunEnd: len(rs), Direction: di.DirectionLTR, Face: fs.face,
		Size: fixed.I(upem), Script: language.LookupScript(rs[0])})
	scale := 1000 / float64(upem) / 64 // font units in 26.6 fixed point to thousandths of an em
	space, _ := fs.face.NominalGlyph(' ')
	dotted, ok := fs.face.NominalGlyph(dottedCircle)
	if !ok {
		dotted = ^dotted // none
	}
	var t shapedText
	carried := "" // the text of a joiner's blank glyph, left out, for the glyph after it
	for i, g := range out.Glyphs {
		first := i
		for first > 0 && out.Glyphs[first-1].TextIndex() == g.TextIndex() {
			first--
		}
		text := carried + clusterPart(rs[g.TextIndex():g.TextIndex()+g.RunesCount()], i-first, g.GlyphsCount())
		carried = ""
		// HarfBuzz sets a joiner or non-joiner as a space that advances nothing: drawn, it
		// would be a blank glyph; its text copies with the glyph before it (or after)
		if g.GlyphID == space && g.Advance == 0 {
			if n := len(t.glyphs); n > 0 {
				t.glyphs[n-1].Text += text
			} else {
				carried = text
			}
			continue
		}
		if g.GlyphID == dotted && !strings.ContainsRune(s, dottedCircle) && t.err == nil {
			t.err = fmt.Errorf("%q would print a dotted circle (◌): a vowel sign or mark in it has no letter of its script to sit on", s)
		}
		t.glyphs = append(t.glyphs, Glyph{ID: int(g.GlyphID), Text: text,
			X: t.advance + float64(g.XOffset)*scale, Y: float64(g.YOffset) * scale})
		t.advance += float64(g.Advance) * scale
	}
	fs.shaped[s] = t
	return t.glyphs, t.advance, t.err
}

// clusterPart is what the k-th of a cluster's n glyphs copies as (Glyph.Text).
func clusterPart(cluster []rune, k, n int) string {
	if n > len(cluster) {
		if d := []rune(norm.NFD.String(string(cluster))); len(d) > len(cluster) {
			cluster = d
		}
	}
	switch {
	case k >= len(cluster):
		return ""
	case k == n-1:
		return string(cluster[k:])
	}
	return string(cluster[k])
}
