package typeface_test

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"haven/fonts"
	"haven/internal/layout"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
)

// collection is a .ttc of the given TrueType fonts, their tables copied whole.
func collection(faces ...[]byte) []byte {
	head := 12 + 4*len(faces)
	out := make([]byte, head)
	copy(out, "ttcf")
	binary.BigEndian.PutUint32(out[4:], 0x00010000)
	binary.BigEndian.PutUint32(out[8:], uint32(len(faces)))
	for i, f := range faces {
		binary.BigEndian.PutUint32(out[12+4*i:], uint32(len(out)))
		n := int(binary.BigEndian.Uint16(f[4:]))
		dir := append([]byte(nil), f[:12+16*n]...)
		base := len(out) + len(dir)
		var tables []byte
		for t := 0; t < n; t++ {
			rec := dir[12+16*t:]
			start, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
			binary.BigEndian.PutUint32(rec[8:], uint32(base+len(tables)))
			tables = append(tables, f[start:start+length]...)
			for len(tables)%4 != 0 {
				tables = append(tables, 0)
			}
		}
		out = append(append(out, dir...), tables...)
	}
	return out
}

// A face of a .ttc collection is taken by its index or its name, and embeds in a PDF; a
// collection with no face named says which there are.
func TestCollectionFaces(t *testing.T) {
	fsys := fstest.MapFS{"Both.ttc": {Data: collection(fonts.AtkinsonRegular, fonts.NotoRegular)}}
	for _, spec := range []string{"Both.ttc#1", "Both.ttc#noto sans regular"} {
		fams, err := typeface.Assemble(typeface.Source{From: "--font", Files: []string{spec}, FS: fsys})
		if err != nil {
			t.Fatalf("%s: %v", spec, err)
		}
		fam := fams[len(fams)-1]
		if !bytes.Equal(fam.Regular[:4], []byte{0, 1, 0, 0}) {
			t.Fatalf("%s: not a TrueType font", spec)
		}
		doc := &layout.Doc{Name: "t", Pages: []layout.Page{{W: 200, H: 200, Items: []layout.Item{
			layout.Text{X: 10, Y: 50, S: "Ελλάδα 233733", Font: layout.Regular, Size: 12}}}}}
		if _, err := pdf.Render(doc, fam, time.Unix(0, 0)); err != nil {
			t.Fatalf("%s: %v", spec, err)
		}
		if w := typeface.NewMeasurer(fam).Width(layout.Regular, 1000, "Ελλάδα"); w < 1000 {
			t.Errorf("%s: Greek measures %.0f: the face is not Noto Sans", spec, w)
		}
	}
	_, err := typeface.Assemble(typeface.Source{From: "--font", Files: []string{"Both.ttc"}, FS: fsys})
	if err == nil || !strings.Contains(err.Error(), "Both.ttc#0 (Atkinson Hyperlegible Next Regular), Both.ttc#1 (Noto Sans Regular)") {
		t.Errorf("no face named: %v", err)
	}
	// a face asked of a single font: the file is there, and is no collection
	fsys["One.ttf"] = &fstest.MapFile{Data: fonts.AtkinsonRegular}
	_, err = typeface.Assemble(typeface.Source{From: "--font", Files: []string{"One.ttf#0"}, FS: fsys})
	if want := `--font: One.ttf is one font, not a collection (.ttc): give it without "#0"`; err == nil || err.Error() != want {
		t.Errorf("a face of a single font: %v, want %q", err, want)
	}
}

// The README tells users what --font takes, as --help does: a face of a .ttc collection.
func TestReadmeTellsCollectionFaces(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(readme)), " ")
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"`.ttc` collections cannot be embedded", false},
		{"one face of a `.ttc` collection named by its index or name (`--font Fonts.ttc#0`", true},
	} {
		if strings.Contains(text, tt.phrase) != tt.want {
			t.Errorf("README.md says %q: %v, want %v", tt.phrase, !tt.want, tt.want)
		}
	}
}

// A font file haven cannot use says what it is and what to give instead: a web font (by its
// first bytes, whatever its name says) asks for the font's .ttf, and a face a collection lacks
// is named beside the faces it has.
func TestUnusableFontSaysWhy(t *testing.T) {
	fsys := fstest.MapFS{
		"Brand.woff":  {Data: append([]byte("wOFF"), fonts.AtkinsonRegular[4:64]...)},
		"Brand.woff2": {Data: append([]byte("wOF2"), fonts.AtkinsonRegular[4:64]...)},
		"Brand.ttf":   {Data: append([]byte("wOF2"), fonts.AtkinsonRegular[4:64]...)}, // renamed
		"Both.ttc":    {Data: collection(fonts.AtkinsonRegular, fonts.NotoRegular)},
	}
	const web = " is a web font (WOFF or WOFF2), which haven cannot embed in a PDF: download the font's desktop version, a .ttf file, from its maker; Google Fonts' download gives .ttf files"
	for _, tt := range []struct{ spec, want string }{
		{"Brand.woff", "--font: font Brand.woff" + web},
		{"Brand.woff2", "--font: font Brand.woff2" + web},
		{"Brand.ttf", "--font: font Brand.ttf" + web},
		{"Both.ttc#Nope", `--font: font Both.ttc has no face "Nope"; its faces: Both.ttc#0 (Atkinson Hyperlegible Next Regular), Both.ttc#1 (Noto Sans Regular)`},
		{"Both.ttc#2", `--font: font Both.ttc has no face "2"; its faces: Both.ttc#0 (Atkinson Hyperlegible Next Regular), Both.ttc#1 (Noto Sans Regular)`},
	} {
		_, err := typeface.Assemble(typeface.Source{From: "--font", Files: []string{tt.spec}, FS: fsys})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: %v\nwant %s", tt.spec, err, tt.want)
		}
	}
}

// withCFF is a TrueType font whose header says it has CFF outlines, as a face of an OpenType
// collection such as Noto Sans CJK's says.
func withCFF(face []byte) []byte { return append([]byte("OTTO"), face[4:]...) }

// A collection is offered by its faces with TrueType outlines alone: one whose faces all have
// CFF outlines is refused once, whole, whether a face is named or not, instead of asking for a
// face and then refusing each; a CFF face named of one that has TrueType faces too names those.
func TestCollectionOfCFFFaces(t *testing.T) {
	fsys := fstest.MapFS{
		"All.ttc":   {Data: collection(withCFF(fonts.AtkinsonRegular), withCFF(fonts.NotoRegular))},
		"Mixed.ttc": {Data: collection(fonts.AtkinsonRegular, withCFF(fonts.NotoRegular))},
	}
	const all = "--font: font All.ttc is a collection of 2 faces, and each holds PostScript (CFF) outlines, which haven cannot embed in a PDF"
	for _, tt := range []struct{ spec, want string }{
		{"All.ttc", all},
		{"All.ttc#1", all},
		{"All.ttc#Nope", all},
		{"Mixed.ttc", "--font: font Mixed.ttc is a collection of 2 faces; name one: Mixed.ttc#0 (Atkinson Hyperlegible Next Regular) (its other face has PostScript outlines, which haven cannot embed)"},
		{"Mixed.ttc#1", "--font: font Mixed.ttc#1 holds PostScript (CFF) outlines, which haven cannot embed in a PDF: it embeds TrueType outlines only; name one of its faces with TrueType outlines: Mixed.ttc#0 (Atkinson Hyperlegible Next Regular)"},
		{"Mixed.ttc#0", ""},
	} {
		t.Run(tt.spec, func(t *testing.T) {
			_, err := typeface.Assemble(typeface.Source{From: "--font", Files: []string{tt.spec}, FS: fsys})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)) {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}
