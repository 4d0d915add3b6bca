// Package typeface knows the font families haven can print with and which characters each can
// draw, so text a font lacks is an error before layout instead of boxes (tofu) on paper.
package typeface

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"haven/fonts"
	"haven/internal/content"
	"haven/internal/diag"
)

// Family is a regular and a bold TrueType face, and an italic and a bold italic one if it has
// them. As Choose returns it for a language, it also has the families that set, in order, the
// characters it lacks.
type Family struct {
	Name          string
	Regular, Bold []byte
	// Italic and BoldItalic are nil when the family has no italic: its italic text prints
	// upright (Arabic, Hebrew and Chinese fonts have none).
	Italic, BoldItalic []byte
	Fallback           []*Family
	// files are the faces' font files, for messages: as the user gave them, or haven's own
	files [4]string
	// from, as Choose returns a family, is the fallback that sets each character of its texts
	// the family declines: one it lacks, draws blank, or whose list mark is too wide
	from  map[rune]*Family
	faces [4]*sfnt.Font // by Face, an italic the family lacks its upright face; all cover the regular's characters
	// lazy, for a built-in family, parses its faces at their first use (face), in place of faces
	lazy *lazyFaces
	// known, for a built-in family, is its characters below U+10000 that print as nothing in
	// one of its faces, found ahead (knownDamaged); nil: each is looked at in the fonts
	known map[rune]bool
	// noBold is set when a user's family was given without a bold file: where it was given
	// ("--font"), with the regular file's name; its bold text prints in the regular weight.
	noBold struct{ from, file string }
	// variable says, for a user's family whose regular or bold file is a variable font, that
	// its bold text prints in one weight with the rest, and what to give instead
	variable string
	// oddRegular says, for a user's family whose regular face is italic or light, what that
	// does to the kit (checkStyles)
	oddRegular string
	// regular, for a fallback of a family with one weight, prints its bold text in the
	// regular weight too: the digits of a bold Chinese line match the Han beside them
	regular bool
	// cjk is set for a user's family made for Chinese, Japanese or Korean (madeForCJK)
	cjk bool
}

// NoBold says, for a family given without a bold face, that its bold text (titles, questions,
// the hotline number) prints in the regular weight and how to give one, or is "".
func (f *Family) NoBold() string {
	from, file := f.noBold.from, f.noBold.file
	if f.variable != "" { // its bold file, or the one given for both, holds no bold of its own
		return f.variable
	}
	if from == "" {
		return ""
	}
	how := fmt.Sprintf("give its bold file after a comma (%s), or the same file twice if the family has one weight (%s)", fontFlag(file, "BOLD.ttf"), fontFlag(file, file))
	if from != "--font" { // settings.yaml's line and field: font.regular, font[2].regular in a list
		field := from[strings.LastIndex(from, " ")+1:]
		how = fmt.Sprintf("name its bold file in %sbold (the same file if the family has one weight)", strings.TrimSuffix(field, "regular"))
	}
	return fmt.Sprintf("%s: %s has no bold face: titles, questions and the hotline number print in its regular weight, "+
		"the weight of the text around them; %s", from, file, how)
}

// fontFlag is the --font a message tells the user to give for files, quoted for a shell: a
// path with a space in it would otherwise be two arguments.
func fontFlag(files ...string) string {
	return "--font " + diag.ShellQuote(strings.Join(files, ","), nil)
}

// OddRegular says, for a family whose regular face is an italic or a light face, what it does
// to the kit, or is "".
func (f *Family) OddRegular() string { return f.oddRegular }

// BuiltIn reports whether the family is one of haven's own (Defaults).
func (f *Family) BuiltIn() bool { return f.known != nil }

// HasItalic reports whether the family has italic faces.
func (f *Family) HasItalic() bool { return f.Italic != nil }

// Prints is the face that prints face in this family: itself, or the upright face when the
// family has no italic.
func (f *Family) Prints(face Face) Face {
	if f.regular {
		face &^= Bold
	}
	if !f.HasItalic() {
		return face &^ Italic
	}
	return face
}

// mostLetters is the family of fam and the faces from gives the letters fam lacks that sets
// the most letters of texts.
func mostLetters(fam *Family, from map[rune]*Family, texts []diag.Located) *Family {
	count := map[*Family]int{}
	for _, t := range texts {
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				count[cmp.Or(from[r], fam)]++
			}
		}
	}
	most := fam
	for f, n := range count {
		if n > count[most] {
			most = f
		}
	}
	return most
}

// oneWeight reports whether the user gave the family one weight (its regular file as its bold).
func (f *Family) oneWeight() bool {
	return !f.BuiltIn() && len(f.Regular) > 0 && len(f.Bold) > 0 && &f.Regular[0] == &f.Bold[0]
}

// File is the name of the file a face of the family is printed from, as Prints finds it, as
// the user gave it; "" for haven's own fonts.
func (f *Family) File(face Face) string {
	if f.BuiltIn() {
		return ""
	}
	return f.files[f.Prints(face)]
}

// Data is the font file of a face, as Prints finds it.
func (f *Family) Data(face Face) []byte {
	return [4][]byte{f.Regular, f.Bold, f.Italic, f.BoldItalic}[f.Prints(face)]
}

// WithItalic is the family with italic and bold italic faces; the file names are for messages.
// The faces must have every character the regular face has.
func (f *Family) WithItalic(italicFile, boldItalicFile string, italic, boldItalic []byte) (*Family, error) {
	g := *f
	g.Italic, g.BoldItalic = italic, boldItalic
	g.files[Italic], g.files[BoldItalic] = italicFile, boldItalicFile
	for _, i := range []Face{Italic, BoldItalic} { // in order: the first damaged is said
		var err error
		if g.faces[i], err = parseFace(g.files[i], g.Data(i)); err != nil {
			return nil, &FaceError{i, err}
		}
	}
	return &g, nil
}

// FaceError is a face's file that cannot be parsed, which it says.
type FaceError struct {
	Face Face
	Err  error
}

func (e *FaceError) Error() string { return e.Err.Error() }
func (e *FaceError) Unwrap() error { return e.Err }

func parseFace(file string, data []byte) (*sfnt.Font, error) {
	if err := checkTrueType(file, data); err != nil {
		return nil, err
	}
	face, err := sfnt.Parse(data)
	if err != nil && strings.HasPrefix(err.Error(), "sfnt: invalid") { // its tables run past its end or into each other
		return nil, fmt.Errorf("font %s is damaged or was only partly downloaded (%v): %s", file, err, getAgain)
	}
	if err != nil {
		return nil, fmt.Errorf("font %s is not a usable TrueType font (%v): %s", file, err, getAgain)
	}
	return face, nil
}

// Key names the family with its fallbacks: the same key, the same metrics.
func (f *Family) Key() string {
	k := f.Name
	for _, fb := range f.Fallback {
		k += " + " + fb.Name
	}
	return k
}

// Run is a piece of text set in one face.
type Run struct {
	Face *Family
	Text string
}

// Runs splits s into runs, each character in the first of the family and its fallbacks that
// has it. A space or a combining mark stays in the run it is in when that face has it, so a
// fallback face is used for what needs it and no more; but a word with a letter or an accent
// the family lacks (Việt in an English line, Yoruba o̩) is set whole in that face when it has
// all the word's characters, as a word of two typefaces looks misprinted, and an accent drawn
// in another face than its letter's cannot be placed on it.
func (f *Family) Runs(buf *sfnt.Buffer, s string) []Run {
	if s == "" { // no face to set nothing in
		return nil
	}
	if len(f.Fallback) == 0 {
		return []Run{{f, s}}
	}
	var runs []Run
	start := 0
	var cur *Family
	foreign := false // a letter comes from a fallback
	for i, r := range s {
		face := cur
		if cur == nil || !(unicode.IsSpace(r) || unicode.Is(unicode.Mn, r)) || !cur.Has(buf, r) {
			face = f.faceFor(buf, r)
		}
		foreign = foreign || face != f && (unicode.IsLetter(r) || unicode.IsMark(r)) // an accent the family lacks: its letter with it
		if face != cur && cur != nil {
			runs = append(runs, Run{cur, s[start:i]})
			start = i
		}
		cur = face
	}
	if start < len(s) {
		runs = append(runs, Run{cur, s[start:]})
	}
	if foreign {
		return f.wordRuns(buf, runs)
	}
	return runs
}

// wordRuns sets each word of runs that has a letter from a fallback face whole in that face,
// when it has all the word's characters, and joins the runs of a face that then meet. Words
// are parted by spaces and ideographs (eachWord): "DMST" in a Chinese sentence is a word,
// the sentence is not.
func (f *Family) wordRuns(buf *sfnt.Buffer, runs []Run) []Run {
	var rs []rune
	var faces []*Family
	for _, run := range runs {
		for _, r := range run.Text {
			rs, faces = append(rs, r), append(faces, run.Face)
		}
	}
	for start := 0; start < len(rs); {
		if unicode.IsSpace(rs[start]) || Unspaced(rs[start]) { // each ideograph a word
			start++
			continue
		}
		end := start
		var word *Family
		for ; end < len(rs) && !unicode.IsSpace(rs[end]) && !Unspaced(rs[end]); end++ {
			if word == nil && faces[end] != f && (unicode.IsLetter(rs[end]) || unicode.IsMark(rs[end])) {
				word = faces[end]
			}
		}
		if word != nil && !slices.ContainsFunc(rs[start:end], func(r rune) bool { return !word.Has(buf, r) }) {
			for k := start; k < end; k++ {
				faces[k] = word
			}
		}
		start = end
	}
	var out []Run
	for k, r := range rs {
		if n := len(out); n > 0 && out[n-1].Face == faces[k] {
			out[n-1].Text += string(r)
		} else {
			out = append(out, Run{faces[k], string(r)})
		}
	}
	return out
}

// Sets is the face of the family and its fallbacks that sets the most letters of texts, which
// they are said to be set in: the family Choose chose, or the font of their script it gave the
// letters of (Noto Sans Tamil for a Tamil edition with more Latin words in it than the family
// of a Tamil font alone sets).
func (f *Family) Sets(texts []diag.Located) *Family { return mostLetters(f, f.from, texts) }

// Borrowed says which characters of texts come from each face other than the one that sets
// them (Sets), in order, e.g. "Noto Sans: U+202F", so that a user can see why a second font is
// in the file, and where the face sets whole words for a letter the family lacks, the first of
// them and where it is ("Noto Sans: 'ế' U+1EBF, 'ệ' U+1EC7, set with the words they are in:
// "Tiếng Việt" at en/faq.md:7").
func (f *Family) Borrowed(texts []diag.Located) []string {
	var buf sfnt.Buffer
	main := f.Sets(texts)
	from := map[*Family]map[rune]bool{}
	words := map[*Family]string{}
	for _, t := range texts {
		for _, run := range f.Runs(&buf, t.Text) {
			if run.Face == main {
				continue
			}
			if from[run.Face] == nil {
				from[run.Face] = map[rune]bool{}
			}
			whole := false
			for _, r := range run.Text {
				own := f.faceFor(&buf, r) == main
				whole = whole || own && unicode.IsLetter(r)
				from[run.Face][r] = from[run.Face][r] || r != ' ' && !own // every face has the space; a run may go on with it
			}
			if _, ok := words[run.Face]; !ok && whole {
				words[run.Face] = fmt.Sprintf("%q at %s:%d", strings.TrimSpace(run.Text), t.File, t.Line)
			}
		}
	}
	var out []string
	for _, fb := range f.Faces() {
		var rs []rune
		for r, borrowed := range from[fb] {
			if borrowed {
				rs = append(rs, r)
			}
		}
		if len(rs) == 0 {
			continue
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		line := fb.Name + ": " + quoteRunes(rs)
		if w, ok := words[fb]; ok {
			line += ", set with the words they are in, e.g. " + w
		}
		out = append(out, line)
	}
	return out
}

// Lacks names the letters and digits of texts the family cannot draw, e.g. "'ơ' U+01A1, 'ư'
// U+01B0": why a language is set in another family.
func (f *Family) Lacks(texts []diag.Located) string {
	var buf sfnt.Buffer
	seen := map[rune]bool{}
	var rs []rune
	for _, t := range texts {
		for _, r := range t.Text {
			if !seen[r] && (unicode.IsLetter(r) || unicode.IsDigit(r)) && !f.Has(&buf, r) {
				rs = append(rs, r)
			}
			seen[r] = true
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return quoteRunes(rs)
}

// Declines says why f, a family given before the one that sets texts, does not: "lacks" and
// the letters it lacks, or that it is a font for Chinese, Japanese or Korean and texts are in
// another script (afterOthers); "" when neither.
func (f *Family) Declines(texts []diag.Located) string {
	if lacks := f.Lacks(texts); lacks != "" {
		return "lacks " + lacks
	}
	if f.afterOthers(cjkText(texts)) {
		return "is a font for Chinese, Japanese or Korean, which sets their editions and, in others, only their words"
	}
	return ""
}

// OutOfBrand is what brand, the organisation's own font, lacks of texts that a language is
// set in fam, one of haven's families, for: the letters it lacks, when it has most of the
// language's letters and digits, so that a whole edition out of the organisation's font is
// said; "" when fam is brand or another font of the user's, or when brand is for another
// script altogether (a Chinese font given beside an English edition).
func OutOfBrand(fam, brand *Family, texts []diag.Located) (lacks string, few bool) {
	if !fam.BuiltIn() || brand.BuiltIn() || fam.Name == brand.Name || brand.afterOthers(cjkText(texts)) {
		return "", false
	}
	var buf sfnt.Buffer
	n, missing := 0, 0
	for _, r := range distinct(texts) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
			if !brand.Has(&buf, r) {
				missing++
			}
		}
	}
	if missing*2 > n {
		return "", false
	}
	return brand.Lacks(texts), missing <= 5
}

// Upright says which faces of the family and its fallbacks print some of the italic texts
// upright, having no italic, with where the first such text is written, e.g. "Noto Sans
// Arabic has no italic (faq.md:12)", so that a user knows their emphasis does not show.
func (f *Family) Upright(italic []diag.Located) []string {
	var buf sfnt.Buffer
	first := map[*Family]diag.Located{}
	for _, t := range italic {
		for _, run := range f.Runs(&buf, t.Text) {
			if _, seen := first[run.Face]; !seen && !run.Face.HasItalic() && strings.TrimSpace(run.Text) != "" {
				first[run.Face] = t
			}
		}
	}
	var out []string
	for _, face := range f.Faces() {
		if t, ok := first[face]; ok {
			out = append(out, fmt.Sprintf("%s has no italic (%s:%d)", face.Name, t.File, t.Line))
		}
	}
	return out
}

// faceFor is the face Choose chose for r, else the first of the family and its fallbacks that
// has r, else the family.
func (f *Family) faceFor(buf *sfnt.Buffer, r rune) *Family {
	if fb := f.from[r]; fb != nil {
		return fb
	}
	if f.Has(buf, r) {
		return f
	}
	for _, fb := range f.Fallback {
		if fb.Has(buf, r) {
			return fb
		}
	}
	return f
}

// New makes a family from the bytes of a regular and a bold face, without italic; the file
// names are for messages.
func New(name, regularFile, boldFile string, regular, bold []byte) (*Family, error) {
	f := &Family{Name: name, Regular: regular, Bold: bold, files: [4]string{regularFile, boldFile, regularFile, boldFile}}
	var err error
	if f.faces[Regular], err = parseFace(regularFile, regular); err != nil {
		return nil, &FaceError{Regular, err}
	}
	if f.faces[Bold], err = parseFace(boldFile, bold); err != nil {
		return nil, &FaceError{Bold, err}
	}
	f.faces[Italic], f.faces[BoldItalic] = f.faces[Regular], f.faces[Bold]
	f.cjk = madeForCJK(f.faces[Regular])
	return f, nil
}

// madeForCJK reports whether face has the letters of Chinese, Japanese or Korean in quantity
// (a thousand or more, counted one in sixteen): a font made for them, not a Latin one with a
// few ideographs.
func madeForCJK(face *sfnt.Font) bool {
	var buf sfnt.Buffer
	n := 0
	for _, block := range [][2]rune{{0x3041, 0x30FF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}} { // kana, Han, Hangul syllables
		for r := block[0]; r <= block[1]; r += 16 {
			if g, err := face.GlyphIndex(&buf, r); err == nil && g != 0 {
				n++
			}
		}
	}
	return n*16 >= 1000
}

// cjkScript is whether r is written in Chinese, Japanese or Korean: an ideograph, kana, their
// punctuation and full-width forms, or Hangul.
func cjkScript(r rune) bool { return Unspaced(r) || unicode.Is(unicode.Hangul, r) }

// cjkText is whether most letters of texts are Chinese, Japanese or Korean: a CJK edition.
func cjkText(texts []diag.Located) bool {
	n, cjk := 0, 0
	for _, t := range texts {
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				n++
				if cjkScript(r) {
					cjk++
				}
			}
		}
	}
	return cjk*2 >= n && n > 0
}

// afterOthers is whether f, for text in or not in a Chinese, Japanese or Korean script (cjk),
// comes after the run's other families, a built-in one included: a family made for those
// scripts does, for text in another script. Its Latin, Cyrillic and Greek letters are an
// afterthought from legacy national character sets, in full-width-looking shapes; given for a
// Korean edition, it would otherwise set English, Russian and a Persian edition's Latin words
// as a brand font does. It stays first for the editions of its script.
func (f *Family) afterOthers(cjk bool) bool { return f.cjk && !cjk }

// getAgain is what to do about a font file that is damaged or not what its name says.
const getAgain = "download it again (or install it again), or give another font"

// fromMaker is what to do about a file given for a font that is no font.
const fromMaker = "download the font again from its maker and give its .ttf file"

// notFonts are kinds of file given for a font by mistake, by their first bytes (a web page's
// in lower case): a picture of the font, the .zip a font comes in, the page a download link
// led to; with what to do when it is not fromMaker.
var notFonts = []struct{ magic, what, do string }{
	{"\x89PNG", "a PNG picture", ""}, {"\xFF\xD8\xFF", "a JPEG picture", ""}, {"GIF8", "a GIF picture", ""},
	{"%PDF", "a PDF document", ""}, {"PK\x03\x04", "a ZIP archive", "unzip it and give the .ttf file inside"},
	{"<!doctype html", "a web page", ""}, {"<html", "a web page", ""},
}

// checkTrueType refuses what fpdf cannot embed: CFF-outline .otf files and collections; and
// what is no font at all, saying what it is when it is a kind of file often given by mistake.
func checkTrueType(file string, data []byte) error {
	if len(data) == 0 {
		return fmt.Errorf("font %s is empty (0 bytes): its download or copy did not finish; %s", file, fromMaker)
	}
	head := bytes.TrimLeft(data[:min(len(data), 64)], " \t\r\n")
	for _, k := range notFonts {
		if bytes.HasPrefix(head, []byte(k.magic)) || bytes.HasPrefix(bytes.ToLower(head), []byte(k.magic)) {
			return fmt.Errorf("font %s is %s, not a font: %s", file, k.what, cmp.Or(k.do, fromMaker))
		}
	}
	if len(data) < 4 {
		return fmt.Errorf("font %s is not a font file: %s", file, fromMaker)
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true":
		return nil
	case "OTTO":
		if strings.EqualFold(filepath.Ext(file), ".ttf") { // renamed: the user believes it TrueType
			return fmt.Errorf("font %s, though named .ttf, %w", file, errCFF)
		}
		return fmt.Errorf("font %s %w", file, errCFF)
	case "ttcf":
		return fmt.Errorf("font %s is a font collection (.ttc); name one of its faces, e.g. %s#0", file, file)
	case "wOFF", "wOF2": // whatever the file's name says
		return fmt.Errorf("font %s is a web font (WOFF or WOFF2), which haven cannot embed in a PDF: download the font's desktop version, a .ttf file, from its maker; Google Fonts' download gives .ttf files", file)
	}
	return fmt.Errorf("font %s is not a TrueType font: %s", file, fromMaker)
}

// HasIn reports whether face of the family (not its fallbacks) maps r to a glyph, as haven
// measures it.
func (f *Family) HasIn(buf *sfnt.Buffer, face Face, r rune) bool {
	g, err := f.face(face).GlyphIndex(buf, r)
	return err == nil && g != 0
}

// Has reports whether the family can draw r.
func (f *Family) Has(buf *sfnt.Buffer, r rune) bool {
	if r == ' ' || r == '\u00A0' {
		return true
	}
	g, err := f.face(Regular).GlyphIndex(buf, r)
	return err == nil && g != 0
}

// damaged reports whether a character the family has would print as nothing in one of its
// faces: a glyph without an outline (spaces need none) or without a positive advance
// (combining accents advance nothing). A damaged file draws blank numbers, and passes every
// check that reads the text back.
func (f *Family) damaged(buf *sfnt.Buffer, r rune) bool {
	if f.known != nil && r < 0x10000 {
		return f.known[r]
	}
	if r == ' ' || r == '\u00A0' { // a space a font lacks comes from another: only a wrong width is damage
		for i := range Face(4) {
			if face := f.face(i); tooWide(buf, face, r) {
				return true
			}
		}
		return false
	}
	_, blank := f.blankIn(buf, r)
	return blank
}

// maxAdvance is the widest a character's advance may be, in ems: no letter, space or dash of
// a text font is wider than about two; a damaged width table gives tens.
const maxAdvance = 4

// tooWide reports whether face draws r wider than maxAdvance (a damaged width table).
func tooWide(buf *sfnt.Buffer, face *sfnt.Font, r rune) bool {
	g, adv, ppem, err := glyphAdvance(buf, face, r)
	return err == nil && g != 0 && adv > maxAdvance*ppem
}

// glyphAdvance is face's glyph for r (0: none) and its advance at a size of one font unit a
// pixel, ppem.
func glyphAdvance(buf *sfnt.Buffer, face *sfnt.Font, r rune) (g sfnt.GlyphIndex, adv, ppem fixed.Int26_6, err error) {
	if g, err = face.GlyphIndex(buf, r); err != nil || g == 0 {
		return g, 0, 0, err
	}
	ppem = fixed.I(int(face.UnitsPerEm()))
	adv, err = face.GlyphAdvance(buf, g, ppem, font.HintingNone)
	return g, adv, ppem, err
}

// blankIn is the first face of the family that would print r as nothing (damaged), and
// whether there is one.
func (f *Family) blankIn(buf *sfnt.Buffer, r rune) (Face, bool) {
	for i := range Face(4) {
		face := f.face(i)
		if i&Italic != 0 && face == f.face(i&^Italic) {
			continue // no italic: the upright face again
		}
		g, adv, ppem, err := glyphAdvance(buf, face, r)
		if err != nil || g == 0 || adv > maxAdvance*ppem {
			return i, true
		}
		// a vowel a font splits in two by its own tables (Khmer ើ: េ before the letter, ី over
		// it) has a blank glyph of no width, which HarfBuzz replaces; its words are shaped
		if unicode.IsSpace(r) || Shaped(r) && adv <= 0 {
			continue
		}
		if adv <= 0 && !unicode.Is(unicode.Mn, r) {
			return i, true
		}
		if segs, err := face.LoadGlyph(buf, g, ppem, nil); err != nil || len(segs) == 0 {
			return i, true
		}
	}
	return Regular, false
}

// maxListMark is the widest list mark (content.ListBullet, ListDash) a family may set, in
// thousandths of an em: layout gives a mark a slot about this wide (the print guide's is 6 pt
// at 9.5 pt), and a CJK font's full-width bullet (0.94 em in NanumGothic) overflows it.
const maxListMark = 600

// wideMark reports whether r is a list mark too wide for its slot in the family: another
// family sets it. The built-in families' marks fit (their widths are not looked up, as that
// parses their faces).
func (f *Family) wideMark(buf *sfnt.Buffer, r rune) bool {
	if f.BuiltIn() || (string(r) != content.ListBullet && string(r) != content.ListDash) {
		return false
	}
	return f.Advance(buf, Regular, r) > maxListMark
}

// Advance is the advance width of r in thousandths of an em, in the face that prints style,
// rounded exactly as the PDF writer rounds the widths it embeds, so that what layout measures
// is what prints. buf may be reused between calls (not concurrently).
func (f *Family) Advance(buf *sfnt.Buffer, style Face, r rune) int {
	g, adv, ppem, err := glyphAdvance(buf, f.face(style), r)
	if err != nil || g == 0 {
		return 0
	}
	// adv is in font units (26.6 fixed point at one unit per pixel), rounded as fpdf rounds
	upem := float64(ppem) / 64
	return int(math.Round(1000 / upem * float64(adv) / 64))
}

// Defaults are the embedded families, in order of preference: Atkinson Hyperlegible Next for
// legibility, then Noto Sans for its wider coverage; each with its italics.
func Defaults() ([]*Family, error) {
	var out []*Family
	for _, d := range []struct {
		name, file                    string
		reg, bold, italic, boldItalic []byte
	}{
		{"Atkinson Hyperlegible Next", "AtkinsonHyperlegibleNext-", fonts.AtkinsonRegular, fonts.AtkinsonBold, fonts.AtkinsonItalic, fonts.AtkinsonBoldItalic},
		{"Noto Sans", "NotoSans-", fonts.NotoRegular, fonts.NotoBold, fonts.NotoItalic, fonts.NotoBoldItalic},
	} {
		f := &Family{Name: d.name, Regular: d.reg, Bold: d.bold, Italic: d.italic, BoldItalic: d.boldItalic, known: map[rune]bool{},
			files: [4]string{d.file + "Regular.ttf", d.file + "Bold.ttf", d.file + "Italic.ttf", d.file + "BoldItalic.ttf"}, lazy: &lazyFaces{}}
		for _, r := range knownDamaged[d.name] {
			f.known[r] = true
		}
		out = append(out, f)
	}
	return out, nil
}

// lazyFaces are a built-in family's faces, parsed at their first use: a run whose text the
// first family prints alone never parses the second. The embedded files parse (TestDefaults).
type lazyFaces struct {
	once  sync.Once
	faces [4]*sfnt.Font
}

// face is the face that prints style.
func (f *Family) face(style Face) *sfnt.Font {
	if f.regular {
		style &^= Bold
	}
	if f.lazy == nil {
		return f.faces[style]
	}
	f.lazy.once.Do(func() {
		for i := range Face(4) {
			face, err := parseFace(f.files[i], f.Data(i))
			if err != nil {
				panic(fmt.Sprintf("a built-in font: %v", err))
			}
			f.lazy.faces[i] = face
		}
	})
	return f.lazy.faces[style]
}

// Parse parses the family's faces now, where they are parsed at their first use.
func (f *Family) Parse() { f.face(Regular) }

// knownDamaged are the characters of the built-in families that print as nothing in one of
// their faces: format characters and enclosing marks. Found ahead, as looking at every face's
// glyph for each character of a language's texts was a tenth of a handout's start;
// TestKnownDamaged holds the list to the fonts.
var knownDamaged = map[string][]rune{
	"Noto Sans": {0x0488, 0x0489, 0x1ABE, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
		0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206A,
		0x206B, 0x206C, 0x206D, 0x206E, 0x206F, 0x2E3C, 0xA670, 0xA671, 0xA672, 0xFE00, 0xFEFF},
}

// Choose returns the family that sets the texts of a language, lang (its code, for messages):
// the first that has all their
// letters, or lacks the fewest, with fallbacks, in the given
// order, for the characters it lacks. When no family has a character, the error names it, its
// code point and where it is written, and any font that has it but would print it blank. Text
// in a script haven cannot shape is refused first, whatever the fonts.
func Choose(lang string, families []*Family, texts []diag.Located) (*Family, error) {
	if len(families) == 0 {
		return nil, fmt.Errorf("no font to print with")
	}
	var buf sfnt.Buffer
	damage := map[*Family][]rune{}
	runes := distinct(texts)
	cjk := slices.ContainsFunc(families, func(f *Family) bool { return f.cjk }) && cjkText(texts)
	if slices.ContainsFunc(families, func(f *Family) bool { return f.afterOthers(cjk) }) {
		families = slices.Clone(families)
		slices.SortStableFunc(families, func(a, b *Family) int { return cmpBool(a.afterOthers(cjk), b.afterOthers(cjk)) })
	}
	if err := checkShaping(runes, texts); err != nil {
		return nil, err
	}
	// Arabic prints as the presentation forms Shape writes: a font must have them too
	if forms := presentationForms(runes, texts); len(forms) > 0 {
		runes = slices.Concat(runes, forms)
	}
	draws := func(f *Family, r rune) bool {
		if !f.Has(&buf, r) {
			return false
		}
		if f.damaged(&buf, r) {
			damage[f] = append(damage[f], r)
			return false
		}
		return !f.wideMark(&buf, r)
	}
	lacks := make([][]rune, len(families))
	for i, f := range families {
		for _, r := range runes {
			if !draws(f, r) {
				lacks[i] = append(lacks[i], r)
			}
		}
		if i == 0 && len(lacks[0]) == 0 { // the first family prints every character alone:
			families, lacks = families[:1], lacks[:1] // the others need not be looked at
			break
		}
	}
	// the language's face is the first that has all its letters and digits, or lacks the
	// fewest; punctuation and spaces it lacks (a French narrow no-break space) may come from
	// another face without the text changing face
	letters := func(rs []rune) int {
		n := 0
		for _, r := range rs {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
		return n
	}
	best := 0
	for i := range families {
		if letters(lacks[i]) < letters(lacks[best]) {
			best = i
		}
	}
	if letters(lacks[0]) > 0 {
		best = fewForeignWords(families, lacks, texts, best)
	}
	missing := map[rune][]diag.Located{}
	need := map[*Family]bool{}
	from := map[rune]*Family{}
	// a character the language's face lacks comes from the first face that has it and the
	// Latin alphabet (a brand font, the built-in ones), as a Chinese edition's digits and commas
	// do: not from a face of another script given for another edition of the run (an Arabic
	// font's digits), which would change the edition's look with the languages built beside it;
	// nor, for a character not of their scripts, from a Chinese, Japanese or Korean face when
	// another has it (afterOthers: the Latin word HELP in a Chinese edition)
	latin := map[int]bool{}
	for _, r := range lacks[best] {
		pick := -1
		good := func(i int) bool { return latin[i] && !families[i].afterOthers(cjkScript(r)) }
		for i := range families {
			if i == best || slices.Contains(lacks[i], r) {
				continue
			}
			if _, known := latin[i]; !known {
				latin[i] = hasLatin(&buf, families[i])
			}
			if pick < 0 || good(i) && !good(pick) {
				pick = i
			}
			if good(i) {
				break
			}
		}
		if pick < 0 {
			missing[r] = nil
			continue
		}
		need[families[pick]], from[r] = true, families[pick]
	}
	var forms []rune // presentation forms, a font's lack of which is told apart
	for r := range missing {
		if presentationForm(r) && !slices.ContainsFunc(texts, func(t diag.Located) bool { return strings.ContainsRune(t.Text, r) }) {
			forms = append(forms, r)
			delete(missing, r)
		}
	}
	if len(missing) == 0 && len(forms) > 0 {
		slices.Sort(forms)
		return nil, formsError(lettersFamily(families, runes), forms, texts)
	}
	if len(missing) > 0 {
		var order []rune          // as first written
		for _, t := range texts { // where each is written, found only when one is missing
			for _, r := range t.Text {
				if at, ok := missing[r]; ok {
					if at == nil {
						order = append(order, r)
					}
					if len(at) == 0 || at[len(at)-1] != t {
						missing[r] = append(at, t)
					}
				}
			}
		}
		return nil, missingError(lang, families, order, missing, damage)
	}
	fam := *families[best]
	fam.Fallback, fam.from = nil, from

	// a family of one weight that sets most of the language's letters (a Tifinagh font given
	// for a Tifinagh edition, the Latin digits and "HELP" from the built-in family) sets the
	// weight of every face: its bold is its regular, so the others' is too (the letters counted
	// only where a family of one weight is needed)
	oneWeight := fam.oneWeight() || slices.ContainsFunc(families, func(f *Family) bool { return need[f] && f.oneWeight() }) && mostLetters(&fam, from, texts).oneWeight()
	if oneWeight {
		fam.regular = true
	}
	for _, f := range families {
		if need[f] {
			if oneWeight { // its bold is its regular: so is its fallbacks'
				g := *f
				g.regular = true
				for r, from := range fam.from {
					if from == f {
						fam.from[r] = &g
					}
				}
				f = &g
			}
			fam.Fallback = append(fam.Fallback, f)
		}
	}
	if slices.ContainsFunc(runes, func(r rune) bool { return ByGlyph(r) || Accent(r) }) {
		if err := fam.shapeError(&buf, lang, texts); err != nil {
			return nil, err
		}
	}
	return &fam, nil
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// HasLatin is whether f draws the Latin alphabet: a brand font, or one of haven's own, not a
// font given for another script's editions (Noto Sans Devanagari), which another edition is
// not expected in.
func (f *Family) HasLatin() bool { return hasLatin(&sfnt.Buffer{}, f) }

// hasLatin is whether f draws the Latin alphabet: a face for text in it, not only for a script
// of its own.
func hasLatin(buf *sfnt.Buffer, f *Family) bool {
	for r := 'A'; r <= 'z'; r++ {
		if (r <= 'Z' || r >= 'a') && !f.Has(buf, r) {
			return false
		}
	}
	return true
}

// fewForeignWords is the family that sets a language whose first family lacks some of its
// letters: the first whose lacking letters are only in a few words of texts, at most one in
// fifty (Tiếng Việt in an English FAQ), not in the language's name for itself (the language
// field), and which another family has, those words coming from the other (Runs), as a
// reader would set them; else best, the family that lacks the fewest letters. A brand font
// that lacks some letters comes after the built-in families: it is first only for the
// languages it has all the letters of.
func fewForeignWords(families []*Family, lacks [][]rune, texts []diag.Located, best int) int {
	words, ideographs := 0, 0
	for _, t := range texts {
		eachWord(t.Text, func(w string) {
			words++
			if r, _ := utf8.DecodeRuneInString(w); ideograph(r) {
				ideographs++
			}
		})
	}
	brand := -1 // the first brand font that lacks only a few words' letters
	for i, f := range families {
		lacking := func(r rune) bool { return unicode.IsLetter(r) && slices.Contains(lacks[i], r) }
		foreign := 0
		for _, t := range texts {
			eachWord(t.Text, func(w string) {
				if strings.ContainsFunc(w, lacking) {
					if t.Field == "language" {
						foreign = words // the language's own letters
					}
					foreign++
				}
			})
		}
		hasElsewhere := func(r rune) bool {
			return slices.ContainsFunc(lacks, func(l []rune) bool { return !slices.Contains(l, r) })
		}
		elsewhere := !slices.ContainsFunc(lacks[i], func(r rune) bool { return unicode.IsLetter(r) && !hasElsewhere(r) })
		// a Chinese or Japanese text set in two faces shows it in every line: a face that
		// lacks an ideograph another has is not such a text's, however few lack it; and its
		// Latin words (HELP, TTY, an address) come from another face however many there are,
		// in a short edition too, unless the language's own name is among them
		cjk := ideographs*2 >= words
		ownIdeographs := !cjk || !slices.ContainsFunc(lacks[i], func(r rune) bool { return ideograph(r) && hasElsewhere(r) })
		tooForeign := foreign*50 > words && (!cjk || foreign > words)
		switch {
		case tooForeign || !elsewhere || !ownIdeographs:
		case foreign == 0 || f.BuiltIn():
			return i
		case brand < 0:
			brand = i
		}
	}
	if brand >= 0 {
		return brand
	}
	return best
}

// ideograph is whether r is a letter of a script written without spaces between its words, in
// which each character counts as a word: Chinese characters, hiragana, katakana.
func ideograph(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }

// Unspaced is whether r is of a script written without spaces between its words, each
// character then a word of its own: an ideograph, or a mark of their punctuation, which is
// full-width (、。「」 and full-width forms such as （）) and belongs to the text around it.
// Layout breaks lines between such characters as the fonts count words among them.
func Unspaced(r rune) bool {
	return ideograph(r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// eachWord calls fn with each word of s: what spaces part, each ideograph and full-width mark
// apart, and each run of other characters between them ("傳送HELP至233733": 傳, 送, HELP, 至,
// 233733), so that a Chinese text, which has few spaces, counts as many words as it has.
func eachWord(s string, fn func(string)) {
	for _, w := range strings.Fields(s) {
		from := 0
		for i, r := range w {
			if Unspaced(r) {
				if from < i {
					fn(w[from:i])
				}
				n := utf8.RuneLen(r)
				fn(w[i : i+n])
				from = i + n
			}
		}
		if from < len(w) {
			fn(w[from:])
		}
	}
}

// distinct is the characters of texts, each once, in order of code point, without those
// never drawn: a line that breaks at a soft hyphen ends in "-"; Shape drops a non-joiner; a
// written line break ends the line. A run's texts are tens of thousands of characters of a
// few hundred kinds: a bit per character of the Basic Multilingual Plane finds the new ones
// without a map.
func distinct(texts []diag.Located) []rune {
	var seen [0x10000 / 64]uint64
	more := map[rune]bool{}
	var runes []rune
	for _, t := range texts {
		for _, r := range t.Text {
			switch {
			case r == '\u00AD' || r == '\u200B' || r == zwnj || r == zwj || r == '\n': // a joiner is left in a word HarfBuzz shapes (content refuses others)
			case r < 0x10000:
				if bit := uint64(1) << (r % 64); seen[r/64]&bit == 0 {
					seen[r/64] |= bit
					runes = append(runes, r)
				}
			case !more[r]:
				more[r] = true
				runes = append(runes, r)
			}
		}
	}
	slices.Sort(runes)
	return runes
}

// missingError is one problem for a language no font can print all of: where the first
// character is written, a few of them (runes, as first written) with how many there are and
// in how many texts, the scripts they are in, and
// the installed fonts that have them all (or what to install), not the hundreds of Chinese
// characters of every text. A font that has them but would print them blank is named instead.
func missingError(lang string, families []*Family, runes []rune, missing map[rune][]diag.Located, damage map[*Family][]rune) error {
	// with no letter missing, a symbol (☎, ✆), a stray punctuation mark or a character that
	// prints nothing is no script to find a font for: each is named where it is written, to be
	// left out or said in words (a font for the letters missing is most often the one for
	// their punctuation, so then they go with them)
	if !slices.ContainsFunc(runes, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) }) && len(damage) == 0 {
		return strayErrors(runes, missing)
	}
	at := missing[runes[0]][0]
	texts := map[diag.Located]bool{}
	for _, r := range runes {
		for _, l := range missing[r] {
			texts[l] = true
		}
	}
	names := make([]string, len(families))
	var broken []string
	for i, f := range families {
		names[i] = f.Name
		if rs := damage[f]; len(rs) > 0 {
			sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
			if face, lacks := f.mismatch(rs); len(lacks) > 0 { // not damage: a face of another family
				broken = append(broken, fmt.Sprintf("the %s face of %s lacks %s, which its regular face has: it does not match the regular face; give the %s face of the same family", faceNames[face], f.Name, quoteRunes(lacks), faceNames[face]))
				continue
			}
			them := map[bool]string{true: "it", false: "them"}[len(rs) == 1]
			broken = append(broken, fmt.Sprintf("%s has %s but would print %s blank or wrong (an empty outline, no width, or one of over 4 em): the file is damaged; install it again or choose another font", f.Name, quoteRunes(rs), them))
		}
	}
	msg := "no font can print " + fewRunes(runes)
	if len(texts) > 1 {
		msg += fmt.Sprintf(" (%d characters in %d texts, the first here)", len(runes), len(texts))
	}
	if lang != "" {
		msg = fmt.Sprintf("%s needs a font for its %s: %s", lang, scriptNames(runes), msg)
	}
	// the font suggested has the presentation forms haven joins the texts' letters with too
	// (the alef with fathatan of "دائماً"): one without them is refused once given
	var written []diag.Located
	for l := range texts {
		written = append(written, l)
	}
	hint := "fonts tried: " + strings.Join(names, ", ") + "; " + installedFor(append(slices.Clone(runes), presentationForms(distinct(written), written)...))
	if len(broken) > 0 {
		hint = strings.Join(broken, "; ")
	}
	return diag.Problems{{File: at.File, Line: at.Line, Field: at.Field, Msg: msg, Hint: hint}}
}

// strayErrors names each place a symbol, punctuation mark or unprinted character no font has is
// written, with what to do instead: leave it out or say it in words, or give a font that has it,
// which a brand font is: first for every text it can print, not for the symbol alone.
func strayErrors(runes []rune, missing map[rune][]diag.Located) diag.Problems {
	var ps diag.Problems
	for _, r := range runes {
		what, hint := fmt.Sprintf("the symbol %q U+%04X", r, r), "remove it, or say it in words (\"Phone:\", \"Call\")"
		switch {
		case !unicode.IsGraphic(r) || unicode.IsSpace(r):
			what, hint = fmt.Sprintf("the character U+%04X, which prints nothing", r), "replace it with a space, or delete it"
		case unicode.IsPunct(r):
			what, hint = fmt.Sprintf("the punctuation mark %q U+%04X", r, r), "write the mark your keyboard types in its place, or delete it"
		}
		if unicode.IsGraphic(r) && !unicode.IsSpace(r) {
			hint += "; or give a font that has it (it then sets all the text it can print, in place of haven's fonts): " + installedFor([]rune{r})
		}
		for _, at := range missing[r] {
			ps = append(ps, diag.Problem{File: at.File, Line: at.Line, Field: at.Field, Msg: fmt.Sprintf("has %s: no font can print it", what), Hint: hint})
		}
	}
	return ps
}

// fewRunes names the first few characters, with how many more there are.
func fewRunes(rs []rune) string {
	const few = 4
	var out []string
	for _, r := range rs[:min(len(rs), few)] {
		out = append(out, fmt.Sprintf("%q U+%04X", r, r))
	}
	if len(rs) > few {
		out = append(out, fmt.Sprintf("and %d more", len(rs)-few))
	}
	return strings.Join(out, ", ")
}

// quoteRunes names a few characters with their code points.
func quoteRunes(rs []rune) string {
	var out []string
	for i, r := range rs {
		if i == 8 {
			out = append(out, fmt.Sprintf("and %d more", len(rs)-i))
			break
		}
		out = append(out, fmt.Sprintf("%q U+%04X", r, r))
	}
	return strings.Join(out, ", ")
}

// Foreign says, when some words of texts are set in a fallback face for letters the family
// lacks, the first of them in each such face, where it is and why, in one line:
// "Tiếng" (en/faq.md:25) in Noto Sans, which has 'ế' U+1EBF. It is "" at once for a family
// whose fallbacks set no letter.
func (f *Family) Foreign(texts []diag.Located) string {
	if !slices.ContainsFunc(slices.Collect(maps.Keys(f.from)), unicode.IsLetter) {
		return ""
	}
	var buf sfnt.Buffer
	var said []string
	seen := map[*Family]bool{}
	for _, t := range texts {
		for _, run := range f.Runs(&buf, t.Text) {
			var lacks []rune
			for _, r := range run.Text {
				if !seen[run.Face] && run.Face != f && unicode.IsLetter(r) && f.faceFor(&buf, r) != f && !slices.Contains(lacks, r) {
					lacks = append(lacks, r)
				}
			}
			if len(lacks) > 0 {
				seen[run.Face] = true
				said = append(said, fmt.Sprintf("%q (%s:%d) in %s, which has %s", strings.TrimSpace(run.Text), t.File, t.Line, run.Face.Name, quoteRunes(lacks[:min(len(lacks), 2)])))
			}
		}
	}
	if len(said) == 0 {
		return ""
	}
	return "words with letters " + f.Name + " lacks are set in another face, as " + strings.Join(said, "; ") + " (haven check names all the letters)"
}
