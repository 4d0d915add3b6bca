package typeface

import (
	"encoding/binary"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/image/font/sfnt"

	"haven/fonts"
	"haven/internal/diag"
)

// zeroTable is a copy of a TrueType font with one table's bytes set to zero.
func zeroTable(t *testing.T, data []byte, tag string) []byte {
	t.Helper()
	return fillTable(t, data, tag, 0)
}

// fillTable is a copy of a TrueType font with every byte of one table set to b.
func fillTable(t *testing.T, data []byte, tag string, b byte) []byte {
	t.Helper()
	out := append([]byte(nil), data...)
	n := int(binary.BigEndian.Uint16(out[4:]))
	for i := 0; i < n; i++ {
		rec := out[12+16*i:]
		if string(rec[:4]) == tag {
			off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
			for k := off; k < off+length; k++ {
				out[k] = b
			}
			return out
		}
	}
	t.Fatalf("no %s table", tag)
	return nil
}

// A font whose outlines or advance widths are zeroed prints blank text that reads back as
// right, and one whose widths are tens of ems (the bytes of its hmtx table spoiled) prints
// each letter far from the last, and its texts would be refused as too long; it is refused
// with the characters it would print so, and a sound font is taken.
func TestDamagedFontIsRefused(t *testing.T) {
	texts := []diag.Located{{File: "en/text.yaml", Line: 3, Field: "help.call", Text: "Call 1-888-373-7888"}}
	for _, tt := range []struct {
		name, table string
		fill        byte
	}{
		{"outlines zeroed", "glyf", 0},
		{"widths zeroed", "hmtx", 0},
		{"widths of 24 em", "hmtx", 0x5D},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := fillTable(t, fonts.AtkinsonRegular, tt.table, tt.fill)
			fam, err := New("Damaged", "Damaged.ttf", "Damaged.ttf", bad, bad)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Choose("en", []*Family{fam}, texts)
			if err == nil {
				t.Fatal("a damaged font was chosen")
			}
			if msg := err.Error(); !strings.Contains(msg, "'-' U+002D, '1' U+0031") || !strings.Contains(msg, "would print them blank or wrong (an empty outline, no width, or one of over 4 em)") || !strings.Contains(msg, "en/text.yaml:3") {
				t.Errorf("message: %s", msg)
			}
		})
	}
	good, err := New("Sound", "a.ttf", "b.ttf", fonts.AtkinsonRegular, fonts.AtkinsonBold)
	if err != nil {
		t.Fatal(err)
	}
	if f, err := Choose("en", []*Family{good}, texts); err != nil || f.Name != good.Name || len(f.Fallback) != 0 {
		t.Errorf("a sound font: %v", err)
	}
}

// A bold face of another family, lacking characters the regular face has, is said to be
// that, not a damaged file, when the text meets it after the fonts were loaded.
func TestMismatchedBoldIsNotDamage(t *testing.T) {
	fam, err := New("NotoSans-Regular.ttf", "NotoSans-Regular.ttf", "AtkinsonHyperlegibleNext-Bold.ttf", fonts.NotoRegular, fonts.AtkinsonBold)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Choose("el", []*Family{fam}, []diag.Located{{File: "el/faq.md", Line: 2, Text: "Γεια"}})
	want := "the bold face of NotoSans-Regular.ttf lacks 'Γ' U+0393, 'α' U+03B1, 'ε' U+03B5, 'ι' U+03B9, which its regular face has: it does not match the regular face"
	if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "damaged") || !strings.Contains(err.Error(), "el/faq.md:2") {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// A font the user gives whose file is damaged is refused, naming the file and the characters
// it cannot draw, with what to do: the built-in fonts after it would otherwise print those
// characters, or the whole text, in its place without a word. A damaged bold file is named
// as the one; a file cut short says it may be only partly downloaded.
func TestDamagedUserFontIsRefused(t *testing.T) {
	texts := []diag.Located{{File: "en/text.yaml", Line: 3, Field: "help.call", Text: "Call 1-888-373-7888"}}
	fsys := fstest.MapFS{
		"Brand.ttf":       {Data: fonts.AtkinsonRegular},
		"Brand-Bold.ttf":  {Data: fonts.AtkinsonBold},
		"NoOutlines.ttf":  {Data: zeroTable(t, fonts.AtkinsonRegular, "glyf")},
		"NoWidths.ttf":    {Data: zeroTable(t, fonts.AtkinsonRegular, "hmtx")},
		"NoOutlinesB.ttf": {Data: zeroTable(t, fonts.AtkinsonBold, "glyf")},
		"CutShort.ttf":    {Data: fonts.AtkinsonRegular[:len(fonts.AtkinsonRegular)/2]},
		"HeaderOnly.ttf":  {Data: fonts.AtkinsonRegular[:200]},
	}
	const todo = "download it again (or install it again), or give another font"
	for _, tt := range []struct {
		files []string
		want  string // "" for no error
	}{
		{[]string{"Brand.ttf", "Brand-Bold.ttf"}, ""},
		{[]string{"NoOutlines.ttf"}, "--font: NoOutlines.ttf is damaged: the shapes of 'C' U+0043, 'a' U+0061, 'l' U+006C, '-' U+002D, '1' U+0031, '3' U+0033, '7' U+0037, '8' U+0038 cannot be read, so they would print blank; " + todo},
		{[]string{"NoWidths.ttf", "Brand-Bold.ttf"}, "--font: NoWidths.ttf is damaged: the shapes of 'C' U+0043"},
		{[]string{"Brand.ttf", "NoOutlinesB.ttf"}, "--font: NoOutlinesB.ttf is damaged: the shapes of 'C' U+0043"},
		{[]string{"CutShort.ttf"}, "--font: font CutShort.ttf is damaged or was only partly downloaded (sfnt: invalid source data): " + todo},
		{[]string{"Brand.ttf", "HeaderOnly.ttf"}, "--font: font HeaderOnly.ttf is damaged or was only partly downloaded"},
	} {
		t.Run(strings.Join(tt.files, ","), func(t *testing.T) {
			_, err := Assemble(Source{From: "--font", Files: tt.files, FS: fsys, Texts: texts})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)) {
				t.Errorf("got %v\nwant %q", err, tt.want)
			}
		})
	}
}

// A font whose 9 draws the 8 (its glyph made a copy of the 8's, as an altered or damaged file
// may have it) prints 1-999-373-7999 for 1-888-373-7888 while every digit reads back right, and
// one whose 0 draws the O prints 1-8OO: refused, naming the two characters, in whichever face
// it is given; a sound font passes.
func TestDigitsDrawnAlikeAreRefused(t *testing.T) {
	texts := []diag.Located{{File: "en/text.yaml", Line: 3, Field: "help.call", Text: "Call 1-888-373-7888"}}
	fsys := fstest.MapFS{
		"Brand.ttf":      {Data: fonts.AtkinsonRegular},
		"Brand-Bold.ttf": {Data: fonts.AtkinsonBold},
		"Nine.ttf":       {Data: drawnAs(t, fonts.AtkinsonRegular, '9', '8')},
		"Nine-Bold.ttf":  {Data: drawnAs(t, fonts.AtkinsonBold, '9', '8')},
		"Zero.ttf":       {Data: drawnAs(t, fonts.AtkinsonRegular, '0', 'O')},
		"One.ttf":        {Data: drawnAs(t, fonts.AtkinsonRegular, '1', 'l')},
	}
	for _, tt := range []struct {
		files []string
		want  string
	}{
		{[]string{"Brand.ttf", "Brand-Bold.ttf"}, ""},
		{[]string{"Nine.ttf", "Brand-Bold.ttf"}, "--font: Nine.ttf draws '8' U+0038 and '9' U+0039 alike: every number it prints could be read, and dialled, wrong"},
		{[]string{"Brand.ttf", "Nine-Bold.ttf"}, "--font: Nine-Bold.ttf draws '8' U+0038 and '9' U+0039 alike"},
		{[]string{"Zero.ttf", "Brand-Bold.ttf"}, "--font: Zero.ttf draws 'O' U+004F and '0' U+0030 alike"},
		{[]string{"One.ttf", "Brand-Bold.ttf"}, "--font: One.ttf draws 'l' U+006C and '1' U+0031 alike"},
	} {
		_, err := Assemble(Source{From: "--font", Files: tt.files, FS: fsys, Texts: texts})
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)) {
			t.Errorf("%v: got %v\nwant %q", tt.files, err, tt.want)
		}
	}
}

// drawnAs is a copy of a TrueType font whose glyph for r is a composite of the glyph for as
// alone, at no offset: it draws as.
func drawnAs(t *testing.T, data []byte, r, as rune) []byte {
	t.Helper()
	out := append([]byte(nil), data...)
	f, err := sfnt.Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	eight, _ := f.GlyphIndex(&buf, as)
	nine, _ := f.GlyphIndex(&buf, r)
	table := func(tag string) []byte {
		for i := range int(binary.BigEndian.Uint16(out[4:])) {
			if rec := out[12+16*i:]; string(rec[:4]) == tag {
				off, n := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
				return out[off : off+n]
			}
		}
		t.Fatalf("no %s table", tag)
		return nil
	}
	loca, glyf := table("loca"), table("glyf")
	at := func(g sfnt.GlyphIndex) int { // the glyph's offset in glyf
		if binary.BigEndian.Uint16(table("head")[50:]) == 0 {
			return 2 * int(binary.BigEndian.Uint16(loca[2*int(g):]))
		}
		return int(binary.BigEndian.Uint32(loca[4*int(g):]))
	}
	g9, g8 := glyf[at(nine):], glyf[at(eight):]
	binary.BigEndian.PutUint16(g9, 0xFFFF)      // a composite glyph
	copy(g9[2:10], g8[2:10])                    // the other's box
	binary.BigEndian.PutUint16(g9[10:], 0x0002) // its one component's offsets are x and y, in bytes
	binary.BigEndian.PutUint16(g9[12:], uint16(eight))
	g9[14], g9[15] = 0, 0
	return out
}

// A font whose space alone is tens of ems wide (its width spoiled) is refused as damaged,
// naming the space, not the texts it would make too long.
func TestDamagedSpaceWidth(t *testing.T) {
	data := append([]byte(nil), fonts.AtkinsonRegular...)
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	g, err := f.GlyphIndex(&buf, ' ')
	if err != nil || g == 0 {
		t.Fatal("no space", err)
	}
	var hmtx, hhea uint32
	for i := range int(binary.BigEndian.Uint16(data[4:])) {
		switch rec := data[12+16*i:]; string(rec[:4]) {
		case "hmtx":
			hmtx = binary.BigEndian.Uint32(rec[8:])
		case "hhea":
			hhea = binary.BigEndian.Uint32(rec[8:])
		}
	}
	if int(g) >= int(binary.BigEndian.Uint16(data[hhea+34:])) {
		t.Fatal("the space has no width of its own")
	}
	binary.BigEndian.PutUint16(data[hmtx+4*uint32(g):], 24000)
	fam, err := New("Damaged", "Damaged.ttf", "Damaged.ttf", data, data)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Choose("en", []*Family{fam}, []diag.Located{{File: "en/text.yaml", Line: 3, Field: "help.call", Text: "Call 1-888-373-7888"}})
	if err == nil || !strings.Contains(err.Error(), "Damaged has ' ' U+0020 but would print it blank or wrong") {
		t.Errorf("got %v", err)
	}
}
