package fpdf

import (
	"crypto/sha1"
	"encoding/hex"
)

// UTF8Font is a TrueType font parsed once, with its font ID, so that it can be added to any
// number of documents, also concurrently, without parsing it and hashing its widths again for
// each one.
type UTF8Font struct {
	def fontDefType // without used runes, which each document keeps for itself
}

// ParseUTF8Font parses a TrueType font as AddUTF8FontFromBytes would, for adding it to
// documents with AddParsedUTF8Font. utf8Bytes must not change while the font is in use.
func ParseUTF8Font(familyStr, styleStr string, utf8Bytes []byte) (*UTF8Font, error) {
	def, err := parseUTF8FontDef(getFontKey(fontFamilyEscape(familyStr), styleStr), utf8Bytes)
	if err != nil {
		return nil, err
	}
	return &UTF8Font{def: def}, nil
}

// Glyph is the glyph the font's character map gives r, as the font is embedded: 0 for none
// (.notdef). A caller that reads the font with another parser can compare the two: a damaged
// character map may read otherwise to each.
func (font *UTF8Font) Glyph(r rune) int { return font.def.utf8File.cmap[int(r)] }

// AddParsedUTF8Font adds a font parsed by ParseUTF8Font. The document is the same, byte for
// byte, as one that added the same bytes with AddUTF8FontFromBytes.
func (f *Fpdf) AddParsedUTF8Font(font *UTF8Font) {
	if f.err != nil {
		return
	}
	if _, ok := f.fonts[font.def.Name]; ok {
		return
	}
	f.addUTF8FontDef(font.docDef())
}

// docDef is the font for one document. Subsetting keeps its state in the font file: each
// document gets its own, over the same bytes and the same parsed widths.
func (font *UTF8Font) docDef() fontDefType {
	def := font.def
	file := *def.utf8File
	file.fileReader = &fileReader{array: def.utf8File.fileReader.array}
	def.utf8File = &file
	return def
}

func parseUTF8FontDef(fontkey string, utf8Bytes []byte) (fontDefType, error) {
	utf8File := newUTF8Font(&fileReader{readerPosition: 0, array: utf8Bytes})
	if err := utf8File.parseFile(); err != nil {
		return fontDefType{}, err
	}
	def := fontDefType{
		Tp:   "UTF8",
		Name: fontkey,
		Desc: FontDescType{
			Ascent:       int(utf8File.Ascent),
			Descent:      int(utf8File.Descent),
			CapHeight:    utf8File.CapHeight,
			Flags:        utf8File.Flags,
			FontBBox:     utf8File.Bbox,
			ItalicAngle:  utf8File.ItalicAngle,
			StemV:        utf8File.StemV,
			MissingWidth: round(utf8File.DefaultWidth),
		},
		Up:       int(round(utf8File.UnderlinePosition)),
		Ut:       round(utf8File.UnderlineThickness),
		Cw:       utf8File.CharWidths,
		utf8File: utf8File,
	}
	def.i = utf8FontID(fontkey, utf8Bytes)
	return def, nil
}

// utf8FontID names a UTF-8 font by its key and its bytes: the same file under the same name has
// the same ID in every document, and no widths are written out as JSON and hashed for it. Eight
// bytes of SHA-1 tell apart the few fonts of a document, and keep its resource names short: the
// page streams name the font at every line.
func utf8FontID(fontkey string, utf8Bytes []byte) string {
	h := sha1.New()
	h.Write([]byte(fontkey))
	h.Write([]byte{0})
	h.Write(utf8Bytes)
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// addUTF8FontDef adds a parsed font with this document's own set of used runes.
func (f *Fpdf) addUTF8FontDef(def fontDefType) {
	if f.aliasNbPagesStr == "" {
		def.usedRunes = makeSubsetRange(57)
	} else {
		def.usedRunes = makeSubsetRange(32)
	}
	def.glyphs = &glyphCodes{}
	f.fonts[def.Name] = def
}
