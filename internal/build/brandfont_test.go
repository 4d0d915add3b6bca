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
	tests := []struct {
		brand      []byte // named Brand (withPostScriptName), to tell it from the built-in faces
		lang, want string // want: the face the handout is set in
	}{
		{fonts.NotoRegular, "en", "Brand"},
		{fonts.AtkinsonRegular, "en", "Brand"},
		{fonts.AtkinsonRegular, "el", "NotoSans-Regular"}, // Greek: not in the brand font
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+tt.lang, func(t *testing.T) {
			ct, err := content.Load(contentWith(t, []string{"el"}, nil), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			brand := filepath.Join(t.TempDir(), "Brand.ttf")
			if err := os.WriteFile(brand, withPostScriptName(t, tt.brand, "Brand"), 0o644); err != nil {
				t.Fatal(err)
			}
			fams, err := typeface.Assemble(typeface.Source{From: "--font", Files: []string{brand}})
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
			for _, name := range []string{"Brand", "NotoSans-Regular", "AtkinsonHyperlegibleNext-Regular"} {
				// the subset name is "ABCDEF+<PostScript name>"
				has := regexp.MustCompile(`\+` + regexp.QuoteMeta(name) + `\s`).Match(raw)
				if has != (name == tt.want) {
					t.Errorf("%s: set in %s: %v, want only %s", filepath.Base(res[0].Path), name, has, tt.want)
				}
			}
		})
	}
}

// Each face of a brand family is named in the PDF by its own PostScript name, read from its
// name table, as preflight tools and print shops know it: not by the regular file's name with
// the style after it, which made a preflight show the regular file as a faked bold. A face
// the family lacks is named by the face that prints it (bold text of a family with one
// weight is in its regular face), and a font without a PostScript name by its family and style.
func TestFaceNamesArePostScriptNames(t *testing.T) {
	const (
		bold       = "Are all victims taken by"     // a question
		italic     = "Most victims"                 // *Most victims*
		boldItalic = "the person who traffics them" // ***…***
		upright    = "know"
	)
	named := func(font []byte, name string) []byte { return withPostScriptName(t, font, name) }
	for _, tt := range []struct {
		name  string
		faces [][]byte          // regular, bold, italic, bold italic; a bold nil: the regular face
		want  map[string]string // a word, the name of the face it reads back in
	}{
		{"four faces", [][]byte{named(fonts.AtkinsonRegular, "Brand-Book"), named(fonts.AtkinsonBold, "Brand-Heavy"), named(fonts.AtkinsonItalic, "Brand-Slanted"), named(fonts.AtkinsonBoldItalic, "Brand-HeavySlanted")},
			map[string]string{upright: "Brand-Book", bold: "Brand-Heavy", italic: "Brand-Slanted", boldItalic: "Brand-HeavySlanted"}},
		{"no italic", [][]byte{named(fonts.AtkinsonRegular, "Brand-Book"), named(fonts.AtkinsonBold, "Brand-Heavy")},
			map[string]string{upright: "Brand-Book", bold: "Brand-Heavy", italic: "Brand-Book", boldItalic: "Brand-Heavy"}},
		{"one weight", [][]byte{named(fonts.AtkinsonRegular, "Brand-Book"), nil},
			map[string]string{upright: "Brand-Book", bold: "Brand-Book", italic: "Brand-Book", boldItalic: "Brand-Book"}},
		{"no PostScript name", [][]byte{named(fonts.AtkinsonRegular, ""), named(fonts.AtkinsonBold, "")},
			map[string]string{upright: "Brand-Regular.ttf-Reg", bold: "Brand-Regular.ttf-Bold"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			var files []string
			for i, data := range tt.faces {
				file := filepath.Join(dir, "Brand-"+[]string{"Regular", "Bold", "Italic", "BoldItalic"}[i]+".ttf")
				if data == nil {
					files = append(files, "")
					continue
				}
				if err := os.WriteFile(file, data, 0o644); err != nil {
					t.Fatal(err)
				}
				files = append(files, file)
			}
			fams, err := typeface.Assemble(typeface.Source{From: "--font", Files: files})
			if err != nil {
				t.Fatal(err)
			}
			res, _, err := runWith(t, italicFAQ(t), Options{Families: fams[:1], Kinds: []string{"handout"}, Langs: []string{"en"}, Papers: []string{"letter"}})
			if err != nil {
				t.Fatal(err)
			}
			rb := openBuilt(t, res, "handout-en-letter.pdf")
			for word, want := range tt.want {
				for _, c := range wordChars(t, rb, word) {
					if c.Text != " " && !strings.HasSuffix(c.Font, "+"+want) {
						t.Errorf("%q of %q is in %s, want ABCDEF+%s", c.Text, word, c.Font, want)
						break
					}
				}
			}
		})
	}
}

// withPostScriptName is a copy of a TrueType font whose PostScript name (name ID 6) is name,
// written over the old one, which must be no shorter; "" takes the name out (its records get
// an ID no name has).
func withPostScriptName(t *testing.T, font []byte, name string) []byte {
	t.Helper()
	b := bytes.Clone(font)
	u16 := func(o int) int { return int(binary.BigEndian.Uint16(b[o:])) }
	u32 := func(o int) int { return int(binary.BigEndian.Uint32(b[o:])) }
	renamed := 0
	for i := range u16(4) {
		rec := 12 + 16*i
		if string(b[rec:rec+4]) != "name" {
			continue
		}
		table := u32(rec + 8)
		strs := table + u16(table+4)
		for j := range u16(table + 2) {
			r := table + 6 + 12*j
			if u16(r+6) != int(sfnt.NameIDPostScript) {
				continue
			}
			if name == "" {
				binary.BigEndian.PutUint16(b[r+6:], 0xFFFF)
				renamed++
				continue
			}
			enc := []byte(name) // Macintosh Roman
			if platform := u16(r); platform == 0 || platform == 3 {
				enc = nil // UTF-16BE
				for _, c := range name {
					enc = binary.BigEndian.AppendUint16(enc, uint16(c))
				}
			}
			if len(enc) > u16(r+8) {
				t.Fatalf("%q is longer than the font's PostScript name", name)
			}
			copy(b[strs+u16(r+10):], enc)
			binary.BigEndian.PutUint16(b[r+8:], uint16(len(enc)))
			renamed++
		}
	}
	if renamed == 0 {
		t.Fatal("the font has no PostScript name")
	}
	return b
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
	// a Korean font sets the Korean edition only, not English (typeface: afterOthers): a Korean
	// edition, with a list, its texts copied from the English ones, is one
	enText, _ := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	korean := map[string]string{"ko/text.yaml": strings.Replace(string(enText), "language: English", "language: 한국어", 1), "ko/faq.md": "# 아동 인신매매에 관한 사실\n\n이 안내서에서:\n\n- 자주 묻는 질문에 답합니다\n  - DMST에 대해\n\n## 누구나 전화할 수 있습니까?\n\n" +
		strings.Repeat("네, 누구나 언제든지 무료로 비밀을 지키며 전화할 수 있습니다. ", 120) + "\n\n## 맺음말\n\n감사합니다.\n"}
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
		{'•', "ko", []string{"cards"}, korean, "NanumGothic.ttf"},
		{'•', "ko", []string{"cards"}, korean, "NanumSquareR.ttf"},
		{'–', "ko", []string{"handout"}, korean, "NanumMyeongjo.ttf"},
	} {
		t.Run(string(tt.mark)+tt.font, func(t *testing.T) {
			brand := filepath.Join(t.TempDir(), "Brand.ttf")
			data := fonts.AtkinsonRegular
			if tt.font != "" {
				data = contenttest.SystemFont(t, nanum+tt.font, "fonts-nanum")
			} else {
				data = withoutRune(t, data, tt.mark)
			}
			if err := os.WriteFile(brand, withPostScriptName(t, data, "Brand"), 0o644); err != nil {
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
