package typeface

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"haven/fonts"

	"haven/internal/diag"
	"haven/internal/input"
)

// A user's fonts come before the built-in ones (a brand font first); a file that cannot be read is a *FileError
// naming where it was given; a file that is not TrueType says so.
func TestAssemble(t *testing.T) {
	noto := filepath.Join("..", "..", "fonts", "NotoSans-Regular.ttf")
	fams, err := Assemble(Source{From: "--font", Files: []string{noto}}, Source{From: "settings.yaml:41: font.regular"})
	if err != nil || len(fams) != 3 || fams[0].Name != "NotoSans-Regular.ttf" {
		t.Fatalf("%d families, %v", len(fams), err)
	}
	_, err = Assemble(Source{From: "--font", Files: []string{"missing.ttf"}})
	var fe *FileError
	if !errors.As(err, &fe) || fe.From != "--font" || !input.Unopenable(err) || !strings.HasPrefix(err.Error(), "--font: missing.ttf does not exist (") {
		t.Errorf("a missing file: %v", err)
	}
	fsys := fstest.MapFS{"Fancy.otf": {Data: []byte("OTTO rest of a CFF font")}}
	_, err = Assemble(Source{From: "content/settings.yaml:41: font.regular", Files: []string{"Fancy.otf"}, FS: fsys})
	if err == nil || errors.As(err, &fe) || !strings.HasPrefix(err.Error(), "content/settings.yaml:41: font.regular: font Fancy.otf holds PostScript (CFF) outlines") {
		t.Errorf("a CFF font: %v", err)
	}
	big := fstest.MapFS{"Big.ttf": {Data: make([]byte, input.FontLimit+1)}}
	if _, err := Assemble(Source{From: "f", Files: []string{"Big.ttf"}, FS: big}); err == nil || !strings.Contains(err.Error(), "is 33,554,433 bytes, over the limit of 33,554,432 bytes") {
		t.Errorf("a font over the limit: %v", err)
	}
}

// A user's family has italic faces when it gives four files, and prints italic upright
// without them; three files are a mistake.
func TestAssembleItalic(t *testing.T) {
	dir := filepath.Join("..", "..", "fonts")
	faces := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, "AtkinsonHyperlegibleNext-"+n+".ttf"))
		}
		return out
	}
	for _, tt := range []struct {
		name   string
		files  []string
		italic bool
		err    string
	}{
		{"regular", faces("Regular"), false, ""},
		{"regular and bold", faces("Regular", "Bold"), false, ""},
		{"all four", faces("Regular", "Bold", "Italic", "BoldItalic"), true, ""},
		{"three", faces("Regular", "Bold", "Italic"), false, "--font: one or two font files (regular, bold), or four (regular, bold, italic, bold italic), got 3"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fams, err := Assemble(Source{From: "--font", Files: tt.files})
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("error %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := fams[0].HasItalic(); got != tt.italic {
				t.Errorf("italic %v, want %v", got, tt.italic)
			}
			if tt.italic && fams[0].Prints(Italic) != Italic || !tt.italic && fams[0].Prints(BoldItalic) != Bold {
				t.Errorf("italic printed in face %d, bold italic in %d", fams[0].Prints(Italic), fams[0].Prints(BoldItalic))
			}
		})
	}
}

// A face of another family given as the bold is refused with its own name and the characters
// it lacks that the regular face has and the content prints, not taken for a damaged regular
// face; each family a user brings comes first in the order given.
func TestAssembleFamilies(t *testing.T) {
	dir := filepath.Join("..", "..", "fonts")
	noto, atkinsonBold := filepath.Join(dir, "NotoSans-Regular.ttf"), filepath.Join(dir, "AtkinsonHyperlegibleNext-Bold.ttf")
	atkinson := filepath.Join(dir, "AtkinsonHyperlegibleNext-Regular.ttf")
	greek := []diag.Located{{File: "el/faq.md", Line: 1, Text: "Γεια σας"}}
	for _, tt := range []struct {
		name string
		srcs []Source
		err  string // "" for families in this order, then the built-in two
		fams []string
	}{
		{"a bold of another family", []Source{{From: "--font", Files: []string{noto, atkinsonBold}, Texts: greek}},
			"--font: AtkinsonHyperlegibleNext-Bold.ttf, given as the bold face, lacks 'Γ' U+0393, 'α' U+03B1, 'ε' U+03B5, 'ι' U+03B9, 'ς' U+03C2, 'σ' U+03C3, which the regular face NotoSans-Regular.ttf has and the content prints: it does not match the regular face", nil},
		{"two families", []Source{{From: "--font", Files: []string{atkinson}, Texts: greek}, {From: "--font", Files: []string{noto}, Texts: greek}}, "",
			[]string{"AtkinsonHyperlegibleNext-Regular.ttf", "NotoSans-Regular.ttf"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fams, err := Assemble(tt.srcs...)
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) || strings.Contains(err.Error(), "damaged") {
					t.Errorf("error %v\nwant %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, f := range fams {
				names = append(names, f.Name)
			}
			if want := append(tt.fams, "Atkinson Hyperlegible Next", "Noto Sans"); !slices.Equal(names, want) {
				t.Errorf("families %v, want %v", names, want)
			}
		})
	}
}

// Faces given in the wrong places are refused with the fix, by the weight and family names in
// the files: a bold face as a family of its own (after its regular, or alone), a regular and
// a bold the other way round, a bold or an italic of another family. A bold given as both
// faces of a family that has only that weight passes.
func TestAssembleStyles(t *testing.T) {
	dir := filepath.Join("..", "..", "fonts")
	font := func(name string) string { return filepath.Join(dir, name+".ttf") }
	noto, notoBold, notoItalic, notoBoldItalic := font("NotoSans-Regular"), font("NotoSans-Bold"), font("NotoSans-Italic"), font("NotoSans-BoldItalic")
	atkinsonBold, atkinsonItalic, atkinsonBoldItalic := font("AtkinsonHyperlegibleNext-Bold"), font("AtkinsonHyperlegibleNext-Italic"), font("AtkinsonHyperlegibleNext-BoldItalic")
	latin := []diag.Located{{File: "en/faq.md", Line: 1, Text: "Hello"}}
	// the weights in the files' OS/2 tables changed: the names still say which face it is
	regularHeavy := fstest.MapFS{"Heavy.ttf": {Data: withWeight(t, noto, 700)}, "Light.ttf": {Data: withWeight(t, notoBold, 300)}}
	flag := func(files ...string) Source { return Source{From: "--font", Files: files, Texts: latin} }
	for _, tt := range []struct {
		name string
		srcs []Source
		err  string // "" when accepted
	}{
		{"a regular and its bold", []Source{flag(noto, notoBold)}, ""},
		{"all four faces", []Source{flag(noto, notoBold, notoItalic, notoBoldItalic)}, ""},
		{"a bold as both faces", []Source{flag(atkinsonBold, atkinsonBold)}, ""},
		{"a --font and a font in settings of one family", []Source{flag(noto, notoBold),
			{From: "settings.yaml:41: font.regular", FS: os.DirFS(dir), Files: []string{"NotoSans-Regular.ttf"}, Texts: latin}}, ""},
		{"the bold as a second flag", []Source{flag(noto), flag(notoBold)},
			"--font: NotoSans-Regular.ttf and NotoSans-Bold.ttf are faces of one family (Noto Sans) given as two families, so its bold never prints: give them as one (--font " + noto + "," + notoBold + ")"},
		{"the bold as the first flag", []Source{flag(notoBold), flag(noto)},
			"--font: NotoSans-Bold.ttf and NotoSans-Regular.ttf are faces of one family (Noto Sans) given as two families, so its bold never prints: give them as one (--font " + noto + "," + notoBold + ")"},
		{"one file twice", []Source{flag(noto), flag(noto)},
			"--font: NotoSans-Regular.ttf is given twice, as two families: give it once, with its bold after it (--font " + noto + "," + notoBold + "), or, if the family has one weight, as --font " + noto + "," + noto},
		{"a bold alone", []Source{flag(atkinsonBold)},
			"--font: AtkinsonHyperlegibleNext-Bold.ttf is a bold face (weight 700) given as a regular face, with no bold"},
		{"a bold alone by its weight", []Source{{From: "--font", FS: regularHeavy, Files: []string{"Heavy.ttf"}, Texts: latin}},
			"--font: Heavy.ttf is a bold face (weight 700) given as a regular face, with no bold"},
		{"a bold alone by its name", []Source{{From: "--font", FS: regularHeavy, Files: []string{"Light.ttf"}, Texts: latin}},
			"--font: Light.ttf is a bold face (weight 700) given as a regular face, with no bold"},
		{"regular and bold swapped", []Source{flag(notoBold, noto)},
			"--font: NotoSans-Bold.ttf, given as the regular face, is bolder (weight 700) than NotoSans-Regular.ttf, given as the bold (weight 400): they are the other way round; give --font " + noto + "," + notoBold},
		{"italics swapped", []Source{flag(noto, notoBold, notoBoldItalic, notoItalic)},
			"--font: NotoSans-BoldItalic.ttf, given as the italic face, is bolder (weight 700) than NotoSans-Italic.ttf, given as the bold italic (weight 400)"},
		{"a bold of another family", []Source{flag(noto, atkinsonBold)},
			`--font: AtkinsonHyperlegibleNext-Bold.ttf, given as the bold face, is of the family "Atkinson Hyperlegible Next", and the regular face NotoSans-Regular.ttf of "Noto Sans"`},
		{"italics of another family", []Source{flag(noto, notoBold, atkinsonItalic, atkinsonBoldItalic)},
			`--font: AtkinsonHyperlegibleNext-Italic.ttf, given as the italic face, is of the family "Atkinson Hyperlegible Next"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Assemble(tt.srcs...)
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.err)) {
				t.Errorf("error %v\nwant %s", err, tt.err)
			}
		})
	}
}

// withWeight is the font file at path with weight as its OS/2 usWeightClass.
func withWeight(t *testing.T, path string, weight uint16) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < int(binary.BigEndian.Uint16(data[4:])); i++ {
		if rec := data[12+16*i:]; string(rec[:4]) == "OS/2" {
			binary.BigEndian.PutUint16(data[binary.BigEndian.Uint32(rec[8:])+4:], weight)
			return data
		}
	}
	t.Fatalf("%s has no OS/2 table", path)
	return nil
}

// A regular face that is italic or light prints the whole kit so: said, not refused; an
// upright regular face is said nothing of.
func TestOddRegularFace(t *testing.T) {
	light := withWeight(t, filepath.Join("..", "..", "fonts", "AtkinsonHyperlegibleNext-Regular.ttf"), 200)
	fsys := fstest.MapFS{"Slanted.ttf": {Data: fonts.AtkinsonItalic}, "SlantedBold.ttf": {Data: fonts.AtkinsonBoldItalic},
		"Light.ttf": {Data: light}, "Regular.ttf": {Data: fonts.AtkinsonRegular}, "Bold.ttf": {Data: fonts.AtkinsonBold}}
	for _, tt := range []struct {
		files []string
		want  string
	}{
		{[]string{"Slanted.ttf", "SlantedBold.ttf"}, "--font: Slanted.ttf, given as the regular face, is an italic face"},
		{[]string{"Light.ttf", "Bold.ttf"}, "--font: Light.ttf, given as the regular face, is a light face (weight 200)"},
		{[]string{"Regular.ttf", "Bold.ttf"}, ""},
	} {
		fams, err := Assemble(Source{From: "--font", Files: tt.files, FS: fsys})
		if err != nil {
			t.Fatalf("%v: %v", tt.files, err)
		}
		if got := fams[0].OddRegular(); tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%v: %q, want %q", tt.files, got, tt.want)
		}
	}
}

// A file given for a font that cannot be used says what it is and what to do: an empty file,
// a picture, the .zip a font comes in or a web page given for it (whatever its name says),
// a file over the size limit, a folder, a file that is not there.
func TestNotAFontSaysWhatToDo(t *testing.T) {
	fsys := fstest.MapFS{
		"zero.ttf":   {Data: nil},
		"png-as.ttf": {Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
		"photo.ttf":  {Data: []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF")},
		"Brand.ttf":  {Data: []byte("PK\x03\x04\x14\x00 Brand-Regular.ttf")},
		"page.ttf":   {Data: []byte("\n<!DOCTYPE html><html><title>Download</title>")},
		"odd.ttf":    {Data: []byte("just some text")},
		"ab.ttf":     {Data: []byte("ab")},
		"big.ttf":    {Data: make([]byte, input.FontLimit+1)},
		"dir.ttf":    {Mode: fs.ModeDir},
	}
	const maker = "download the font again from its maker and give its .ttf file"
	for _, tt := range []struct {
		file string
		cli  bool // given with --font, not in settings.yaml
		want string
	}{
		{"zero.ttf", false, "s:1: font.regular: font zero.ttf is empty (0 bytes): its download or copy did not finish; " + maker},
		{"png-as.ttf", false, "s:1: font.regular: font png-as.ttf is a PNG picture, not a font: " + maker},
		{"photo.ttf", false, "s:1: font.regular: font photo.ttf is a JPEG picture, not a font: " + maker},
		{"Brand.ttf", false, "s:1: font.regular: font Brand.ttf is a ZIP archive, not a font: unzip it and give the .ttf file inside"},
		{"page.ttf", false, "s:1: font.regular: font page.ttf is a web page, not a font: " + maker},
		{"odd.ttf", false, "s:1: font.regular: font odd.ttf is not a TrueType font: " + maker},
		{"ab.ttf", false, "s:1: font.regular: font ab.ttf is not a font file: " + maker},
		{"big.ttf", false, "s:1: font.regular: big.ttf is 33,554,433 bytes, over the limit of 33,554,432 bytes (one face of a font is a few MB, the largest about 16 MB: " +
			"a file this large is likely a collection of many fonts, or no font; give the .ttf file of the one face you need)"},
		{"dir.ttf", false, "s:1: font.regular: dir.ttf is a folder, not a file (give the font's .ttf file itself)"},
		{"gone.ttf", false, "s:1: font.regular: gone.ttf does not exist (put the font file in the content folder, next to settings.yaml)"},
		{filepath.Join(t.TempDir(), "gone.ttf"), true, "does not exist (check its name and folder: a path that does not start with / starts from the folder haven is run in)"},
	} {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			src := Source{From: "s:1: font.regular", Files: []string{tt.file}, FS: fsys}
			if tt.cli {
				src = Source{From: "--font", Files: []string{tt.file}}
			}
			_, err := Assemble(src)
			if err == nil || !strings.HasSuffix(err.Error(), tt.want) {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// A missing font file beside one named almost as it names that one, as a missing logo does:
// the same but for capitals (a file saved on Windows or a Mac, which do not tell them apart),
// spaces, hyphens or underscores, or but for its extension; in settings.yaml's folder or in a
// --font's folder.
func TestMissingFontNamesTheNearOne(t *testing.T) {
	fsys := fstest.MapFS{
		"Brand.TTF":          {Data: fonts.AtkinsonRegular},
		"Brand_Bold.ttf":     {Data: fonts.AtkinsonBold},
		"Logo Font.otf":      {Data: []byte("OTTO")},
		"fonts/Serif.ttf":    {Data: fonts.NotoRegular},
		"Other.ttf/Font.ttf": {Data: fonts.NotoRegular}, // a folder named as the font is none
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "My Font.TTF"), fonts.AtkinsonRegular, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		file string
		cli  bool
		want string
	}{
		{"brand.ttf", false, "s:1: font.regular: brand.ttf does not exist (the folder has Brand.TTF: write Brand.TTF, its capitals as the file has them)"},
		{"brand-bold.ttf", false, "s:1: font.regular: brand-bold.ttf does not exist (the folder has Brand_Bold.ttf: if that is the font, write Brand_Bold.ttf, its name as the file has it)"},
		{"LogoFont.ttf", false, "s:1: font.regular: LogoFont.ttf does not exist (the folder has Logo Font.otf: if that is the font, write Logo Font.otf, its name as the file has it)"},
		{"fonts/serif.ttf", false, "s:1: font.regular: fonts/serif.ttf does not exist (the folder has fonts/Serif.ttf: write fonts/Serif.ttf, its capitals as the file has them)"},
		{"other.ttf", false, "s:1: font.regular: other.ttf does not exist (put the font file in the content folder, next to settings.yaml)"},
		{filepath.Join(dir, "my font.ttf"), true, "--font: " + filepath.Join(dir, "my font.ttf") + " does not exist (the folder has " + filepath.Join(dir, "My Font.TTF") +
			": write " + filepath.Join(dir, "My Font.TTF") + ", its capitals as the file has them)"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			src := Source{From: "s:1: font.regular", Files: []string{tt.file}, FS: fsys}
			if tt.cli {
				src = Source{From: "--font", Files: []string{tt.file}}
			}
			_, err := Assemble(src)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// A --font a message tells the user to give is quoted for a shell where a file's path needs it
// (a space, a quote), as it is to be copied into a command line: the missing bold's, a bold
// given as the regular's, faces the other way round, an installed font suggested.
func TestFontHintsAreShellQuoted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "My Fonts")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	regular, bold, noto := filepath.Join(dir, "Ana's Font.ttf"), filepath.Join(dir, "Ana's Font Bold.ttf"), filepath.Join(dir, "NotoSans-Regular.ttf")
	for path, data := range map[string][]byte{regular: fonts.AtkinsonRegular, bold: fonts.AtkinsonBold, noto: fonts.NotoRegular} {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	q := func(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
	saved := fontDirs
	defer func() { fontDirs = saved }()
	fontDirs = func() []string { return []string{dir} }
	for _, tt := range []struct {
		name string
		got  func() string
		want string
	}{
		{"no bold", func() string {
			fams, err := Assemble(Source{From: "--font", Files: []string{regular}})
			if err != nil {
				return err.Error()
			}
			return fams[0].NoBold()
		}, "(--font " + q(regular+",BOLD.ttf") + "), or the same file twice if the family has one weight (--font " + q(regular+","+regular) + ")"},
		{"a bold as the regular", func() string {
			_, err := Assemble(Source{From: "--font", Files: []string{bold}})
			return fmt.Sprint(err)
		}, "(--font " + q("REGULAR.ttf,"+bold) + ")"},
		{"the other way round", func() string {
			_, err := Assemble(Source{From: "--font", Files: []string{bold, regular}})
			return fmt.Sprint(err)
		}, "give --font " + q(regular+","+bold)},
		{"an installed font", func() string { return installedFor([]rune("Ελλάδα")) }, "try --font " + q(noto+","+noto) + ", which has them all"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got(); !strings.Contains(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// A family given without its bold says where to name it as it was given: after a comma in its
// --font, or in the bold field of its own family under settings.yaml's font:, a list's too.
func TestNoBoldSaysWhereToNameIt(t *testing.T) {
	fsys := fstest.MapFS{"Brand.ttf": {Data: fonts.AtkinsonRegular}}
	for _, tt := range []struct{ from, want string }{
		{"--font", "give its bold file after a comma (--font Brand.ttf,BOLD.ttf)"},
		{"content/settings.yaml:69: font.regular", "name its bold file in font.bold ("},
		{"content/settings.yaml:71: font[2].regular", "name its bold file in font[2].bold ("},
	} {
		src := Source{From: tt.from, Files: []string{"Brand.ttf"}, FS: fsys}
		if tt.from == "--font" {
			src.FS = nil
			src.Files = []string{filepath.Join(t.TempDir(), "Brand.ttf")}
			if err := os.WriteFile(src.Files[0], fonts.AtkinsonRegular, 0o644); err != nil {
				t.Fatal(err)
			}
			tt.want = strings.Replace(tt.want, "Brand.ttf", src.Files[0], 1)
		}
		fams, err := Assemble(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := fams[0].NoBold(); !strings.Contains(got, tt.want) {
			t.Errorf("%s: got  %s\nwant %s", tt.from, got, tt.want)
		}
	}
}
