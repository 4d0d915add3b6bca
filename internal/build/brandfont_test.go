package build

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	defaultcontent "haven/content"
	"haven/fonts"
	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/typeface"
)

// A brand font given with --font comes first for every language it can print, read back from
// the PDF's font names; a language it cannot print falls back to the built-in faces.
func TestBrandFont(t *testing.T) {
	fonts := filepath.Join("..", "..", "fonts")
	tests := []struct {
		brand, lang, want string // want: the family the handout is set in
	}{
		{"NotoSans-Regular.ttf", "en", "NotoSans-Regular.ttf"},
		{"AtkinsonHyperlegibleNext-Regular.ttf", "en", "AtkinsonHyperlegibleNext-Regular.ttf"},
		{"AtkinsonHyperlegibleNext-Regular.ttf", "el", "Noto Sans"}, // Greek: not in the brand font
	}
	for _, tt := range tests {
		t.Run(tt.brand+" "+tt.lang, func(t *testing.T) {
			ct, err := content.Load(contentWith(t, []string{"el"}, nil), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			fams, err := typeface.Assemble(typeface.Source{From: "--font", Files: []string{filepath.Join(fonts, tt.brand)}})
			if err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			res, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: out, Kinds: []string{"poster"}, Langs: []string{tt.lang}, Papers: []string{"letter"}, Created: epoch})
			if err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(res[0].Path)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"NotoSans-Regular.ttf", "AtkinsonHyperlegibleNext-Regular.ttf", "Noto Sans", "Atkinson Hyperlegible Next"} {
				// the subset name is "ABCDEF+<family>-Reg", the family as a PDF name
				has := regexp.MustCompile(`\+` + regexp.QuoteMeta(pdfName(name)) + `-Reg\b`).Match(raw)
				if has != (name == tt.want) {
					t.Errorf("%s: set in %s: %v, want only %s", filepath.Base(res[0].Path), name, has, tt.want)
				}
			}
		})
	}
}

// pdfName drops what a PDF name cannot hold, as the renderer does.
func pdfName(s string) string {
	return string(bytes.ReplaceAll([]byte(s), []byte(" "), nil))
}

// A brand font without one of the marks haven prints of its own (the bullets of a card's back
// and of a list, the dots of a card sheet's print line, the print guide's "g/m²")
// prints it from the next family that has it, as it does the content's characters, instead of
// failing at the read-back: the build passes, and each such mark reads back from the PDF in
// Atkinson Hyperlegible Next while the words stay in the brand font. So does a mark the brand
// font has but would print badly: NanumGothic's full-width bullet is too wide for the print
// guide's slot for it, NanumSquare's is an empty outline (the fonts haven suggests for Korean).
func TestBrandFontWithoutOwnMarks(t *testing.T) {
	en, _ := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	const intro = "In this handout, we answer some of the most common questions about DMST and share facts you might not have known."
	list := strings.Replace(string(en), intro, "In this handout:\n\n- we answer common questions\n  - about DMST", 1)
	if list == string(en) {
		t.Fatal("en/faq.md has no introduction to turn into a list")
	}
	const nanum = "/usr/share/fonts/truetype/nanum/"
	for _, tt := range []struct {
		mark  rune
		lang  string
		kinds []string
		files map[string]string
		font  string // a font from fonts-nanum that has the mark; "": Atkinson without it
	}{
		{'•', "en", []string{"cards"}, nil, ""},
		{'–', "en", []string{"handout"}, map[string]string{"en/faq.md": list}, ""},
		{'·', "en", []string{"cards"}, nil, ""},
		{'²', "es", []string{"poster"}, nil, ""}, // in the print guide: "g/m²"
		{'•', "en", []string{"cards"}, nil, "NanumGothic.ttf"},
		{'•', "en", []string{"cards"}, nil, "NanumSquareR.ttf"},
		{'–', "en", []string{"handout"}, map[string]string{"en/faq.md": list}, "NanumMyeongjo.ttf"},
	} {
		t.Run(string(tt.mark)+tt.font, func(t *testing.T) {
			brand := filepath.Join(t.TempDir(), "Brand.ttf")
			data := fonts.AtkinsonRegular
			if tt.font != "" {
				data = contenttest.SystemFont(t, nanum+tt.font, "fonts-nanum")
			} else {
				data = withoutRune(t, data, tt.mark)
			}
			if err := os.WriteFile(brand, data, 0o644); err != nil {
				t.Fatal(err)
			}
			fams, err := typeface.Assemble(typeface.Source{From: "--font", Files: []string{brand}})
			if err != nil {
				t.Fatal(err)
			}
			var buf sfnt.Buffer
			if fams[0].Has(&buf, tt.mark) != (tt.font != "") || !fams[0].Has(&buf, 'a') {
				t.Fatalf("the brand font has %q: %v, 'a': %v", tt.mark, fams[0].Has(&buf, tt.mark), fams[0].Has(&buf, 'a'))
			}
			ct, err := content.Load(contentWith(t, nil, tt.files), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			o := Options{Content: ct, Families: fams, Out: t.TempDir(), Kinds: tt.kinds, Langs: []string{tt.lang}, Papers: []string{"letter"}, Guide: "letter", Created: epoch}
			res, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			// haven check says where the mark comes from
			faces, err := Faces(o)
			if want := fmt.Sprintf("from Atkinson Hyperlegible Next: %q U+%04X", tt.mark, tt.mark); err != nil || len(faces) != 1 || !strings.Contains(faces[0], want) {
				t.Errorf("check says %q (%v), want %s", faces, err, want)
			}
			marks := 0
			for _, r := range res {
				rb := open(t, r.Path)
				for p := 0; p < rb.pages; p++ {
					chars, err := rb.doc.Chars(p)
					if err != nil {
						t.Fatal(err)
					}
					for _, c := range chars {
						switch {
						case c.Text == string(tt.mark):
							marks++
							if !strings.Contains(c.Font, "AtkinsonHyperlegibleNext") {
								t.Errorf("%s page %d: %q is set in %s", filepath.Base(r.Path), p+1, tt.mark, c.Font)
							}
						case c.Text == "a" && !strings.Contains(c.Font, "Brand"):
							t.Fatalf("%s page %d: 'a' is set in %s, not the brand font", filepath.Base(r.Path), p+1, c.Font)
						}
					}
				}
			}
			if marks == 0 {
				t.Errorf("no %q read back from %d files", tt.mark, len(res))
			}
		})
	}
}

// withoutRune is a copy of a TrueType font whose character map no longer maps r: in a format 4
// subtable, r's entry in its segment's glyph array set to 0 (no glyph), or a segment mapped by
// a delta alone made to start after r or end before it. A real font that lacks r, its other
// characters as they were.
func withoutRune(t *testing.T, font []byte, r rune) []byte {
	t.Helper()
	b := bytes.Clone(font)
	u16 := func(o int) int { return int(binary.BigEndian.Uint16(b[o:])) }
	u32 := func(o int) int { return int(binary.BigEndian.Uint32(b[o:])) }
	dropped := 0
	for i := range u16(4) {
		rec := 12 + 16*i
		if string(b[rec:rec+4]) != "cmap" {
			continue
		}
		cmap := u32(rec + 8)
		for j := range u16(cmap + 2) {
			sub := cmap + u32(cmap+4+8*j+4)
			if u16(sub) != 4 {
				continue
			}
			segs2 := u16(sub + 6)
			ends, starts := sub+14, sub+16+segs2
			ranges := starts + 2*segs2
			for s := 0; s < segs2; s += 2 {
				if u16(starts+s) > int(r) || int(r) > u16(ends+s) {
					continue
				}
				switch ro := u16(ranges + s); {
				case ro != 0:
					binary.BigEndian.PutUint16(b[ranges+s+ro+2*(int(r)-u16(starts+s)):], 0)
				case int(r) == u16(starts+s) && r < 0xFFFF: // mapped by delta: the segment starts after it
					binary.BigEndian.PutUint16(b[starts+s:], uint16(r+1))
				case int(r) == u16(ends+s):
					binary.BigEndian.PutUint16(b[ends+s:], uint16(r-1))
				default:
					t.Fatalf("%U maps by delta inside its segment: this helper cannot take it out", r)
				}
				dropped++
			}
		}
	}
	if dropped == 0 {
		t.Fatalf("the font has no format 4 mapping of %U", r)
	}
	return b
}
