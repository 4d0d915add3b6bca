package typeface

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype/tables"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"

	"haven/internal/content"
	"haven/internal/diag"
)

// shapedScripts are the scripts haven shapes with HarfBuzz (go-text's port) and prints as the
// glyphs it gives, each where it places it: conjuncts, vowel signs drawn before their
// consonant, marks placed on their base by the font's own tables, stacked tone marks. They are
// written left to right. The Indic scripts put spaces between words, which is where layout
// breaks their lines; Thai, Lao, Khmer and Myanmar put them between phrases, and layout breaks
// their lines there and at zero-width spaces, as no dictionary of their words is at hand (and
// a phrase of Myanmar too long for its line between its syllables: content.SyllableBreak).
var shapedScripts = []struct {
	name  string // as Noto names its font for it
	table *unicode.RangeTable
}{
	{"Devanagari", unicode.Devanagari}, {"Bengali", unicode.Bengali}, {"Gurmukhi", unicode.Gurmukhi},
	{"Gujarati", unicode.Gujarati}, {"Oriya", unicode.Oriya}, {"Tamil", unicode.Tamil}, {"Telugu", unicode.Telugu},
	{"Kannada", unicode.Kannada}, {"Malayalam", unicode.Malayalam}, {"Sinhala", unicode.Sinhala},
	{"Thai", unicode.Thai}, {"Lao", unicode.Lao}, {"Myanmar", unicode.Myanmar}, {"Khmer", unicode.Khmer},
}

// Shaped reports whether r is a letter or mark of a script haven shapes (shapedScripts), or a
// mark of their blocks that several share (Devanagari's stress signs, which Unicode counts as
// inherited). Their digits are not letters: see scriptDigit.
func Shaped(r rune) bool {
	return inShapedBlocks(r) && !unicode.IsDigit(r) && (shapedScriptOf(r) != "" || unicode.Is(unicode.Inherited, r))
}

// inShapedBlocks reports whether r lies where the scripts of shapedScripts do: from U+0900 to
// U+0EFF (Devanagari to Lao), and Myanmar's U+1000 to U+109F and Khmer's U+1780 to U+17FF.
func inShapedBlocks(r rune) bool {
	return r >= 0x0900 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF
}

// HasShaped reports whether s holds a character haven shapes: the scripts of shapedScripts
// lie from U+0900 to U+0EFF, whose UTF-8 begins E0 A4 to E0 BB, and in Myanmar's and Khmer's
// blocks, whose begins E1 80 to E1 82 and E1 9E to E1 9F.
func HasShaped(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c, d := s[i], s[i+1]; c == 0xE0 && d >= 0xA4 && d <= 0xBB || c == 0xE1 && (d >= 0x80 && d <= 0x82 || d >= 0x9E && d <= 0x9F) {
			return strings.ContainsFunc(s, shapes)
		}
	}
	return false
}

// Vowelled reports whether s writes Arabic vowel signs that stack above and below their
// letters (كُلُّ): a shadda and a fatha on a bold letter reached the line above. Tanween on an
// alef, which prints as their ligature, is not counted, nor on a lam-alef (معمولاً, کاملاً),
// which HarfBuzz sets no higher than the hamza of أ that any edition prints unvowelled (0.79
// em against 0.88 in Noto Naskh Arabic Bold, 0.96 against 0.99 in Noto Sans Arabic Bold):
// everyday Persian and Pashto write it (لطفاً, حتماً), and one such word set a whole
// edition 0.4 em apart.
func Vowelled(s string) bool {
	if !mayBeArabic(s) {
		return false
	}
	rs := []rune(s)
	for i, r := range rs {
		if arabicMark(r) && !heldMark(rs, i) && !alefTanween(rs, i) {
			return true
		}
	}
	return false
}

// ShapedText reports whether s holds text HarfBuzz shapes: a character of a script haven
// shapes (HasShaped), or a word of Arabic script the presentation forms cannot print (Shape).
func ShapedText(s string) bool {
	if HasShaped(s) {
		return true
	}
	found := false
	shapedWords(s, false, func(int, int) { found = true })
	return found
}

// ByGlyph reports whether r, in a text as Shape writes it, is drawn as a glyph HarfBuzz
// chose (Family.Shape), which each document gives a code of its own: a letter, mark or digit
// of a script haven shapes, an Arabic-script letter without presentation forms, or an Arabic
// vowel sign no form holds.
func ByGlyph(r rune) bool {
	return shapes(r) || unformed[r] || arabicMark(r) || hebrewPoint(r) || thaanaSign(r)
}

// Written is a shaped piece (ShapedPieces) of a text as it is drawn, left to right, in the
// order it is written: an Arabic word's letters reversed.
func Written(piece string) string {
	if r, _ := utf8.DecodeRuneInString(piece); !rtlShaped(r) {
		return piece
	}
	rs := []rune(piece)
	slices.Reverse(rs)
	return string(rs)
}

// ShapedPieces calls fn for each piece of s in order: a run of words of one script haven
// shapes, with the spaces between them and the punctuation after them (a joiner or
// non-joiner among their letters), a word of Arabic script HarfBuzz shapes (Shape, written
// or reversed as drawn: Written), or the text between such runs. A space is shaped with the
// words around it, so that it is a glyph of their text: PDFium leaves out a space drawn apart
// after a word that ends in a mark. Punctuation is shaped with the word before it, whose font
// may place it (a question mark after a Malayalam chandrakkala). A word of another script
// begins a piece of its own, shaped by its own script's rules.
func ShapedPieces(s string, fn func(piece string, shaped bool)) {
	at := 0
	shapedWords(s, false, func(start, end int) {
		scriptPieces(s[at:start], fn)
		fn(s[start:end], true)
		at = end
	})
	scriptPieces(s[at:], fn)
}

// scriptPieces is ShapedPieces for the scripts haven shapes, written left to right.
func scriptPieces(s string, fn func(piece string, shaped bool)) {
	if s == "" {
		return
	}
	start, in, script := 0, false, ""
	for i, r := range s {
		now := shapes(r) || in && (r == zwnj || r == zwj || unicode.IsPunct(r) || r == ' ' && strings.IndexFunc(s[i+1:], shapes) == 0)
		name := shapedScriptOf(r)
		if now != in && i > start || now && in && name != "" && script != "" && name != script {
			fn(s[start:i], in)
			start = i
			script = ""
		}
		if now && name != "" {
			script = name
		}
		in = now
	}
	if start < len(s) {
		fn(s[start:], in)
	}
}

// shapes reports whether r is shaped: a letter, mark or digit of a script haven shapes.
func shapes(r rune) bool { return Shaped(r) || scriptDigit(r) }

// scriptDigit reports whether r is a digit of a script haven shapes (०, ৫): shaped, so that a
// language's own forms of them print (Nepali's ५ ८ ९, not Hindi's), and read back through the
// font's ToUnicode map as every shaped glyph is. ASCII digits print as characters.
func scriptDigit(r rune) bool {
	return unicode.IsDigit(r) && shapedScriptOf(r) != ""
}

// shapedScriptOf is the name of r's script when haven shapes it, or "" (a mark several
// share, a space, another script).
func shapedScriptOf(r rune) string {
	if !inShapedBlocks(r) {
		return ""
	}
	for _, sc := range shapedScripts {
		if unicode.Is(sc.table, r) {
			return sc.name
		}
	}
	return ""
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

// Shape shapes s, a piece of text HarfBuzz shapes (ShapedPieces) as it is written (Written),
// in face style of f, as the language lang (a code such as "mr", or "") writes it: a language
// may have its own forms of some letters (Marathi's and Nepali's, in a Devanagari font). It
// gives the glyphs, left to right, and their advance, in thousandths of an em; a glyph
// HarfBuzz gives that draws nothing and advances nothing (a joiner's, a font's placeholder for
// a mark it has moved) is left out, its letters copied with its cluster's other glyphs. Each
// text is shaped once in each font and language.
func (f *Family) Shape(style Face, s, lang string) (glyphs []Glyph, advance float64, err error) {
	data := f.Data(style)
	v, _ := shapers.LoadOrStore(fileKey{unsafe.SliceData(data), len(data)}, &faceShaper{})
	fs := v.(*faceShaper)
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.face == nil && fs.err == nil {
		fs.face, fs.err = parseShaped(data)
		if fs.err != nil {
			fs.err = fmt.Errorf("the font %s cannot be read to shape its text (is the file damaged?): %v", f.File(style), fs.err)
		}
		fs.shaped = map[string]shapedText{}
	}
	if fs.err != nil {
		return nil, 0, fs.err
	}
	if r, _ := utf8.DecodeRuneInString(s); len(fs.face.GSUB.Lookups) == 0 && !inHebrewWord(r) && !inThaanaWord(r) { // go-text leaves out a damaged table as if it were absent; Hebrew's points and Thaana's fili are placed, not substituted
		name := cmp.Or(shapedScriptOf([]rune(s)[0]), "its script")
		broken, such := "its "+name+" conjuncts and vowel signs would print broken", "Noto Sans "+name
		if r, _ := utf8.DecodeRuneInString(s); arabicBlock(r) {
			name, broken, such = "Arabic", "the letters of "+s+" would print unjoined", "Noto Naskh Arabic"
		}
		return nil, 0, fmt.Errorf("the font %s has no OpenType substitutions (its GSUB table is missing or damaged): %s (give a font made for %s, such as %s)",
			f.File(style), broken, name, such)
	}
	key := lang + "\x00" + s
	if t, ok := fs.shaped[key]; ok {
		return t.glyphs, t.advance, t.err
	}
	defer func() { // go-text's parser trusts the font's tables, which may be damaged
		if p := recover(); p != nil {
			glyphs, advance, err = nil, 0, fmt.Errorf("the font %s cannot shape %q (is the file damaged?): %v", f.File(style), s, p)
			fs.shaped[key] = shapedText{err: err}
		}
	}()
	t := fs.shape([]rune(s), lang)
	if ue, ok := t.err.(*offLetterError); ok {
		t.err = fmt.Errorf("the font %s %w (give a font whose own tables place accents on their letters, such as Noto Sans or Noto Serif)", f.File(style), ue)
	}
	fs.shaped[key] = t
	return t.glyphs, t.advance, t.err
}

// parseShaped parses a font for HarfBuzz, a damaged one's panic an error.
func parseShaped(data []byte) (face *font.Face, err error) {
	defer func() {
		if p := recover(); p != nil {
			face, err = nil, fmt.Errorf("%v", p)
		}
	}()
	return font.ParseTTF(bytes.NewReader(data))
}

// shape is Shape's work, on a font that parsed.
func (fs *faceShaper) shape(rs []rune, lang string) shapedText {
	upem := int(fs.face.Upem())
	rtl := rtlShaped(rs[0])
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	in := shaping.Input{Text: rs, RunEnd: len(rs), Direction: dir, Face: fs.face,
		Size: fixed.I(upem), Script: language.LookupScript(rs[0])}
	if lang != "" {
		in.Language = language.NewLanguage(lang)
	}
	out := fs.hb.Shape(in)
	scale := 1000 / float64(upem) / 64 // font units in 26.6 fixed point to thousandths of an em
	dotted, ok := fs.face.NominalGlyph(dottedCircle)
	if !ok {
		dotted = ^dotted // none
	}
	var t shapedText
	// the glyphs drawn: not one that draws nothing and advances nothing
	var kept []shaping.Glyph
	for _, g := range out.Glyphs {
		if g.Advance == 0 && fs.blank(g.GlyphID) {
			continue
		}
		if g.GlyphID == dotted && !slices.Contains(rs, dottedCircle) && t.err == nil {
			t.err = fmt.Errorf("%q would print a dotted circle (◌): a vowel sign or mark in it has no letter of its script to sit on", string(rs))
		}
		kept = append(kept, g)
	}
	if rtl {
		t.glyphs, t.advance = fs.leftward(kept, rs, scale)
		return t
	}
	if accentable(rs[0]) && t.err == nil {
		if k, ok := fs.misplaced(kept, rs); ok {
			mark := rs[kept[k].TextIndex()]
			if i := slices.IndexFunc(rs[kept[k].TextIndex():], Accent); i >= 0 { // the cluster's first accent
				mark = rs[kept[k].TextIndex()+i]
			}
			t.err = &offLetterError{word: string(rs), mark: string(mark)}
		}
	}
	// each kept cluster copies as its letters and those of clusters after it with no glyph kept
	for i := 0; i < len(kept); {
		end := clusterEnd(kept, i) // the cluster's glyphs are kept[i:end]
		from := kept[i].TextIndex()
		to := len(rs) // the cluster's letters run to the next kept cluster's
		if end < len(kept) {
			to = kept[end].TextIndex()
		}
		cluster := rs[from:to]
		// a spacer the font's rules add among glyphs that draw (Noto Sans Myanmar's before ဖြ)
		// is its advance alone: it prints nothing, and copies as nothing
		inked := slices.DeleteFunc(slices.Clone(kept[i:end]), func(g shaping.Glyph) bool { return fs.blank(g.GlyphID) })
		if len(inked) == 0 {
			inked = kept[i:end]
		}
		k := 0
		for _, g := range kept[i:end] {
			if k < len(inked) && g == inked[k] {
				t.glyphs = append(t.glyphs, Glyph{ID: int(g.GlyphID), Text: clusterPart(cluster, k, len(inked)),
					X: t.advance + float64(g.XOffset)*scale, Y: float64(g.YOffset) * scale})
				k++
			}
			t.advance += float64(g.Advance) * scale
		}
		i = end
	}
	if len(kept) > 0 && kept[0].TextIndex() > 0 { // letters before the first glyph kept
		t.glyphs[0].Text = string(rs[:kept[0].TextIndex()]) + t.glyphs[0].Text
	}
	return t
}

// misplaced is the index in kept of the first accent the font leaves off its letter, and true:
// its ink beside the letter's (more than 0.15 em from either side), or through it (more than
// 0.1 em of their heights shared). A font whose tables place no accent on a letter (DejaVu
// Sans on ọ, Ọ) leaves HarfBuzz none to place, and the accent is drawn where its glyph puts
// it, for a small letter without a dot: the grave of Ọ̀ in the top of the capital, the acute of
// Ị́ to its left. A mark that overlays its letter (a stroke, U+0335) is not looked at.
func (fs *faceShaper) misplaced(kept []shaping.Glyph, rs []rune) (int, bool) {
	em := float32(fs.face.Upem())
	var pen, bx0, bx1, btop, bbottom float32
	based := false
	for i, g := range kept {
		x, y := pen+float32(g.XOffset)/64, float32(g.YOffset)/64 // 26.6 of font units
		pen += float32(g.Advance) / 64
		e, ok := fs.face.GlyphExtents(g.GlyphID)
		if !ok || e.Width <= 0 {
			continue
		}
		x0, x1, top, bottom := x+e.XBearing, x+e.XBearing+e.Width, y+e.YBearing, y+e.YBearing+e.Height
		if g.Advance != 0 || !based { // a letter: the base of the marks after it
			bx0, bx1, btop, bbottom, based = x0, x1, top, bottom, true
			continue
		}
		if c := g.TextIndex(); norm.NFC.PropertiesString(string(rs[c])).CCC() == 1 {
			continue
		}
		if mid := (x0 + x1) / 2; mid < bx0-0.15*em || mid > bx1+0.15*em || min(top, btop)-max(bottom, bbottom) > 0.1*em {
			return i, true
		}
	}
	return 0, false
}

// offLetterError is an accent the font does not place on its letter (faceShaper.misplaced).
type offLetterError struct{ word, mark string }

func (e *offLetterError) Error() string {
	return fmt.Sprintf("does not place the accent %q of %q on its letter: it would print beside the letter or through it", e.mark, e.word)
}

// leftward is the glyphs of a word written right to left, which HarfBuzz gives left to
// right, from the word's last cluster to its first, in thousandths of an em (scale from its
// units) and their advance. A cluster's glyphs copy as its letters reversed, as layout places
// them (its marks before their letter): each glyph of a letter (by the font's GDEF classes)
// as a letter and the marks before it, in turn, the last as the rest; a mark's glyph as
// nothing (where the cluster has no letter's glyph, its last glyph takes them all). poppler and
// PDFium reverse a right-to-left text's characters one by one, as they do the presentation
// forms of the words around it, and give the word back as written; a mark's own glyph given
// its mark, drawn over or under its letter, they read out of its place, and its letter's
// letters on it, as a word apart. (MuPDF reads a glyph that copies as nothing as U+FFFD.)
// Letters before the first cluster kept go with it.
func (fs *faceShaper) leftward(kept []shaping.Glyph, rs []rune, scale float64) (glyphs []Glyph, advance float64) {
	classes := fs.face.GDEF.GlyphClassDef
	mark := func(g shaping.Glyph) bool {
		if classes == nil {
			return false
		}
		c, _ := classes.Class(tables.GlyphID(g.GlyphID))
		return c == 3
	}
	for i := 0; i < len(kept); {
		end := clusterEnd(kept, i) // the cluster's glyphs are kept[i:end]
		from, to := kept[i].TextIndex(), len(rs)
		if i > 0 {
			to = kept[i-1].TextIndex()
		}
		if end == len(kept) {
			from = 0
		}
		letters := slices.Clone(rs[from:to])
		slices.Reverse(letters)
		cluster := kept[i:end]
		// each letter, with the marks before it, to the next of the cluster's letters' glyphs
		// (the last takes the rest); the marks' glyphs copy as nothing
		bases := 0
		for _, g := range cluster {
			if !mark(g) {
				bases++
			}
		}
		at := 0 // the letters not yet given
		for _, g := range cluster {
			next := at
			if bases == 0 || !mark(g) && bases == 1 {
				next = len(letters)
			} else if !mark(g) {
				for next < len(letters) && unicode.Is(unicode.Mn, letters[next]) {
					next++
				}
				next = min(next+1, len(letters))
			}
			if !mark(g) {
				bases--
			}
			glyphs = append(glyphs, Glyph{ID: int(g.GlyphID), Text: string(letters[at:next]), X: advance + float64(g.XOffset)*scale, Y: float64(g.YOffset) * scale})
			at = next
			advance += float64(g.Advance) * scale
		}
		i = end
	}
	return glyphs, advance
}

// clusterEnd is the end of the cluster whose glyphs begin at kept[i].
func clusterEnd(kept []shaping.Glyph, i int) int {
	end := i + 1
	for end < len(kept) && kept[end].TextIndex() == kept[i].TextIndex() {
		end++
	}
	return end
}

// blank reports whether glyph gid draws nothing.
func (fs *faceShaper) blank(gid font.GID) bool {
	o, ok := fs.face.GlyphData(gid).(font.GlyphOutline)
	return ok && len(o.Segments) == 0
}

// clusterPart is what the k-th of a cluster's n glyphs copies as (Glyph.Text): its characters
// one to a glyph, in order, the last glyph the rest; where the glyphs outnumber them (a vowel a
// font splits in two with no decomposition, Khmer ើ), the last glyph the last, and the glyphs
// before it that have none nothing: the last glyph, perhaps drawn raised apart, carries text.
func clusterPart(cluster []rune, k, n int) string {
	if n > len(cluster) {
		if d := []rune(norm.NFD.String(string(cluster))); len(d) > len(cluster) {
			cluster = d
		}
	}
	switch {
	case k == n-1:
		return string(cluster[min(k, len(cluster)-1):])
	case k >= len(cluster)-1 && n > len(cluster):
		return ""
	}
	return string(cluster[k])
}

// shapeError is the problem of the first text with words haven shapes, where a face of the
// family that sets them cannot shape them (a font damaged, or without the tables that form a
// script's letters), in its regular and bold faces, which every edition prints: said once,
// where the text is written, before anything is laid out.
func (f *Family) shapeError(buf *sfnt.Buffer, lang string, texts []diag.Located) error {
	for _, t := range texts {
		text := Shape(content.Unmark(t.Text))
		if !ShapedText(text) {
			continue
		}
		var err error
		for _, run := range f.Runs(buf, text) {
			ShapedPieces(run.Text, func(piece string, shaped bool) {
				for _, style := range []Face{Regular, Bold} {
					if _, _, e := run.Face.Shape(style, piece, lang); shaped && err == nil && e != nil && !strings.Contains(e.Error(), "dotted circle") {
						err = e
					}
				}
			})
		}
		if err != nil {
			return diag.Problem{File: t.File, Line: t.Line, Field: t.Field, Msg: err.Error()}
		}
		if !mayBeAccented(text) { // a font that shapes one text of a script shapes them all; accents are placed word by word
			return nil
		}
	}
	return nil
}
