package typeface

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"haven/internal/diag"
)

// A CFF font is refused in words, with what to give instead: its TrueType version, or,
// for a font for its look alone (the built-in fonts print all of the content), nothing; for
// characters the built-in fonts lack, a TrueType font installed on the machine that has them,
// said to be installed, as a --font or as files to copy beside settings.yaml, or else what to
// install. CFF files (Noto Sans CJK's too) and fonts without those characters are not named,
// nor are the characters by their code points.
func TestCFFErrorNamesInstalledFonts(t *testing.T) {
	dir := t.TempDir()
	noto := filepath.Join(dir, "NotoSans-Regular.ttf")
	b, err := os.ReadFile(filepath.Join("..", "..", "fonts", "NotoSans-Regular.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(noto, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cff := filepath.Join(dir, "Cff.ttf")
	if err := os.WriteFile(cff, []byte("OTTO rest of a CFF font"), 0o644); err != nil {
		t.Fatal(err)
	}
	const droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	const cjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
	const cff1 = " holds PostScript (CFF) outlines, which haven cannot embed in a PDF: it embeds TrueType outlines only; give the font's TrueType (.ttf) version, from its maker, or "
	tests := []struct {
		name  string
		font  string // the CFF font given on the command line; Fancy.otf in settings.yaml where ""
		dirs  []string
		text  string
		want  string
		needs []string // Debian fonts the case needs, from fonts-droid-fallback and fonts-noto-cjk
	}{
		{"Latin, which the built-in fonts print", "", []string{dir}, "Hotline 1-888-373-7888 ŵ",
			"settings.yaml:41: font.regular: font Fancy.otf" + cff1 + "leave it out: haven's own fonts print all of this content", nil},
		{"the same, renamed .ttf, on the command line", cff, []string{dir}, "Hotline",
			"--font: font " + cff + ", though named .ttf," + cff1 + "leave it out: haven's own fonts print all of this content", nil},
		{"Chinese, which no font here has", "", []string{dir}, "热线电话",
			"settings.yaml:41: font.regular: font Fancy.otf" + cff1 + "install a TrueType font that has the content's Han characters (e.g. Debian's fonts-droid-fallback) and give its .ttf", nil},
		{"Korean, of which Droid Sans Fallback has a few: no answer", "", []string{filepath.Dir(droid)}, "대부분의 피해자는 가해자를 알고 있습니다",
			"settings.yaml:41: font.regular: font Fancy.otf" + cff1 + "install a TrueType font that has the content's Hangul characters (e.g. Debian's fonts-nanum) and give its .ttf", []string{droid}},
		{"Chinese, which Droid Sans Fallback has", "", []string{filepath.Dir(droid)}, "热线电话 24/7",
			"settings.yaml:41: font.regular: font Fancy.otf" + cff1 + "a TrueType font installed on this computer that has the content's Han characters: copy " + droid +
				" beside settings.yaml and write font: regular: DroidSansFallbackFull.ttf, bold: DroidSansFallbackFull.ttf", []string{droid}},
		{"Noto Sans CJK's CFF face, Droid Sans Fallback installed", cjk + "#0", []string{filepath.Dir(droid), filepath.Dir(cjk)}, "热线电话",
			"--font: font NotoSansCJK-Regular.ttc is a collection of 10 faces, and each" + cff1 + "one of these TrueType fonts installed on this computer, which have the content's Han characters: --font " + droid + "," + droid, []string{droid, cjk}},
		{"the same, with symbols beside the Chinese", cjk + "#0", []string{filepath.Dir(droid), filepath.Dir(cjk)}, "☎ 热线电话 ★", // said on their own
			"--font: font NotoSansCJK-Regular.ttc is a collection of 10 faces, and each" + cff1 + "one of these TrueType fonts installed on this computer, which have the content's Han characters: --font " + droid + "," + droid, []string{droid, cjk}},
	}
	saved := fontDirs
	defer func() { fontDirs = saved }()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range tt.needs {
				if _, err := os.Stat(f); err != nil {
					if os.Getenv("CI") == "true" {
						t.Fatalf("%s: %v (CI installs the Debian packages fonts-droid-fallback and fonts-noto-cjk)", f, err)
					}
					t.Skipf("%s is not installed: apt-get install fonts-droid-fallback fonts-noto-cjk", f)
				}
			}
			fontDirs = func() []string { return tt.dirs }
			src := Source{From: "--font", Files: []string{tt.font}, Texts: []diag.Located{{Text: tt.text}}}
			if tt.font == "" {
				src = Source{From: "settings.yaml:41: font.regular", Files: []string{"Fancy.otf"}, FS: fstest.MapFS{"Fancy.otf": {Data: []byte("OTTO rest of a CFF font")}}, Texts: src.Texts}
			}
			_, err := Assemble(src)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// A symbol no font has, with every letter printed, is no script to find a font for: it is
// named at each place it is written (not the first alone), to be left out or said in words;
// a character that prints nothing is named as one, to be written as a space.
func TestStraySymbolsAreNamedWhereWritten(t *testing.T) {
	saved := fontDirs
	defer func() { fontDirs = saved }()
	fontDirs = func() []string { return nil }
	fams, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	texts := []diag.Located{
		{File: "en/faq.md", Line: 9, Field: "answer", Text: "Call now ⍼"},
		{File: "en/faq.md", Line: 12, Field: "answer 2", Text: "Or ⍼ later"},
		{File: "en/text.yaml", Line: 20, Field: "help.note", Text: "Text us\u000b"},
	}
	_, err = Choose("en", fams, texts)
	var ps diag.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("got %v, want problems", err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Error())
	}
	want := []string{
		"en/faq.md:9: answer: has the symbol '⍼' U+237C: no font can print it (remove it, or say it in words (\"Phone:\", \"Call\"); or give a font that has it (it then sets all the text it can print, in place of haven's fonts): no TrueType font installed here has them all: install one (e.g. Debian's fonts-noto-core) and give its .ttf with --font)",
		"en/faq.md:12: answer 2: has the symbol '⍼' U+237C: no font can print it (remove it, or say it in words (\"Phone:\", \"Call\"); or give a font that has it (it then sets all the text it can print, in place of haven's fonts): no TrueType font installed here has them all: install one (e.g. Debian's fonts-noto-core) and give its .ttf with --font)",
		"en/text.yaml:20: help.note: has the character U+000B, which prints nothing: no font can print it (replace it with a space, or delete it)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A language no font can print is one problem, not one per text with every character: it
// names the language, its script, a few of the characters and how many there are, where the
// first is written, and the installed fonts that have them all, or what to install when none
// has: a font that has some of them is no answer.
func TestMissingCharactersAreOneProblem(t *testing.T) {
	const droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	texts := []diag.Located{
		{File: "zh/zh-Hans/faq.md", Line: 1, Field: "title", Text: "关于国内未成年人性贩运的事实与常见问题"},
		{File: "zh/zh-Hans/faq.md", Line: 3, Field: "introduction", Text: "提到人口贩运，人们常常想到陌生人把孩子从家中带走。"},
		{File: "zh/zh-Hans/text.yaml", Line: 4, Field: "help.call", Text: "拨打 1-888-373-7888"},
	}
	notoDir := t.TempDir() // Noto Sans has none of them; "these have the most" named it
	b, err := os.ReadFile(filepath.Join("..", "..", "fonts", "NotoSans-Regular.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(notoDir, "NotoSans-Regular.ttf"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	saved := fontDirs
	defer func() { fontDirs = saved }()
	for _, tt := range []struct {
		name  string
		dirs  []string
		texts []diag.Located
		want  string
		needs string
	}{
		{"Chinese, Droid Sans Fallback installed", []string{notoDir, filepath.Dir(droid)}, texts,
			"zh/zh-Hans/faq.md:1: title: zh-Hans needs a font for its Han characters: no font can print '关' U+5173, '于' U+4E8E, '国' U+56FD, '内' U+5185, and 34 more (38 characters in 3 texts, the first here) (fonts tried: Atkinson Hyperlegible Next, Noto Sans; try --font " + droid + "," + droid + ", which has them all; to name them once for every run instead, copy DroidSansFallbackFull.ttf beside settings.yaml " +
				"and list each font under font: there as '- regular: DroidSansFallbackFull.ttf' with 'bold: DroidSansFallbackFull.ttf' on the next line, lined up with regular:)", droid},
		{"Chinese, no font for it installed", []string{notoDir}, texts,
			"zh-Hans needs a font for its Han characters: no font can print '关' U+5173, '于' U+4E8E, '国' U+56FD, '内' U+5185, and 34 more (38 characters in 3 texts, the first here) (fonts tried: Atkinson Hyperlegible Next, Noto Sans; no TrueType font installed here has them all: install one (e.g. Debian's fonts-droid-fallback) and give its .ttf with --font)", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.needs != "" {
				if _, err := os.Stat(tt.needs); err != nil {
					if os.Getenv("CI") == "true" {
						t.Fatalf("%s: %v (CI installs the Debian package fonts-droid-fallback)", tt.needs, err)
					}
					t.Skipf("%s is not installed: apt-get install fonts-droid-fallback", tt.needs)
				}
			}
			fontDirs = func() []string { return tt.dirs }
			fams, err := Defaults()
			if err != nil {
				t.Fatal(err)
			}
			lang, _, _ := strings.Cut(tt.texts[0].File, "/")
			if lang == "zh" {
				lang = "zh-Hans"
			}
			_, err = Choose(lang, fams, tt.texts)
			var ps diag.Problems
			if !errors.As(err, &ps) || len(ps) != 1 {
				t.Fatalf("got %v, want one problem", err)
			}
			if got := ps[0].Error(); !strings.Contains(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// A family whose files are named by a letter for their weight (NanumSquareR.ttf and
// NanumSquareB.ttf) is suggested as its upright face and its bold, as the faces' own tables
// say: not the bold twice, nor the upright with itself as its bold, nor a heavier face first
// in the folder (Black) as its bold.
func TestSuggestionPairsByTheFacesTables(t *testing.T) {
	dir := t.TempDir()
	for from, to := range map[string]string{"NotoSans-Regular.ttf": "SansR.ttf", "NotoSans-Bold.ttf": "SansB.ttf"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "fonts", from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	black, err := os.ReadFile(filepath.Join("..", "..", "fonts", "NotoSans-Bold.ttf")) // a heavier bold, weighing 900
	if err != nil {
		t.Fatal(err)
	}
	black = slices.Clone(black)
	n := int(binary.BigEndian.Uint16(black[4:]))
	for i := range n {
		if rec := black[12+16*i:]; string(rec[:4]) == "OS/2" {
			binary.BigEndian.PutUint16(black[binary.BigEndian.Uint32(rec[8:])+4:], 900)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "AaSansBlack.ttf"), black, 0o644); err != nil {
		t.Fatal(err)
	}
	saved := fontDirs
	defer func() { fontDirs = saved }()
	fontDirs = func() []string { return []string{dir} }
	got := suitable([]rune("Hotline"))
	want := []suggestion{{filepath.Join(dir, "SansR.ttf"), filepath.Join(dir, "SansB.ttf")}}
	if !slices.Equal(got, want) {
		t.Errorf("suggested %v, want %v", got, want)
	}
}

// A font is suggested for Arabic letters only with the presentation forms haven joins the
// texts' letters with: DejaVu Sans has the letters and their four forms, but not the alef with
// fathatan of "دائماً" (U+FD3C), and given, it would be refused.
func TestSuggestedFontHasTheFormsTheTextsJoinWith(t *testing.T) {
	const dejavu, naskh = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"
	for _, f := range []struct{ path, pkg string }{{dejavu, "fonts-dejavu-core"}, {naskh, "fonts-noto-core"}} {
		if _, err := os.Stat(f.path); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s: %v (CI installs the Debian package %s)", f.path, err, f.pkg)
			}
			t.Skipf("%s is not installed: apt-get install %s", f.path, f.pkg)
		}
	}
	saved := fontDirs
	defer func() { fontDirs = saved }()
	fontDirs = func() []string { return []string{filepath.Dir(dejavu), filepath.Dir(naskh)} }
	fams, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text   string
		dejavu bool // suggested
	}{
		{"نحن هنا من أجلك", true},
		{"نحن هنا من أجلك دائماً", false},
	} {
		_, err := Choose("ar", fams, []diag.Located{{File: "ar/faq.md", Line: 1, Field: "title", Text: tt.text}})
		var ps diag.Problems
		if !errors.As(err, &ps) || len(ps) != 1 {
			t.Fatalf("%q: got %v, want one problem", tt.text, err)
		}
		if !strings.Contains(ps[0].Hint, naskh) {
			t.Errorf("%q: Noto Naskh Arabic is not suggested: %s", tt.text, ps[0].Hint)
		}
		if got := strings.Contains(ps[0].Hint, dejavu); got != tt.dejavu {
			t.Errorf("%q: DejaVu Sans suggested %v, want %v: %s", tt.text, got, tt.dejavu, ps[0].Hint)
		}
	}
}
