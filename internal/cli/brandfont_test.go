package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"haven/internal/contenttest"
	"haven/internal/readback"
)

// A run given the organisation's own font says which edition is set in another family
// instead, for letters the font lacks (a Greek edition in Noto Sans, beside a brand font
// without its letters); a font given for a script, which sets that edition's own letters
// beside Latin words in another face, is no brand the edition left.
func TestOutOfBrandWarning(t *testing.T) {
	devanagari := "/usr/share/fonts/truetype/noto/NotoSansDevanagari-"
	contenttest.SystemFont(t, devanagari+"Regular.ttf", "fonts-noto-core")
	fonts, err := filepath.Abs("../../fonts")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, font string
		warned     bool
	}{
		{"el", fonts + "/AtkinsonHyperlegibleNext-Regular.ttf," + fonts + "/AtkinsonHyperlegibleNext-Bold.ttf", true},
		{"hi", devanagari + "Regular.ttf," + devanagari + "Bold.ttf", false},
	} {
		dir := filepath.Join(t.TempDir(), "c")
		if code, _, e := run(t, "init", dir); code != 0 {
			t.Fatal(e)
		}
		if err := os.CopyFS(filepath.Join(dir, tt.lang), os.DirFS(filepath.Join("..", "..", "testdata", "languages", tt.lang))); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := run(t, "build", "--content", dir, "--lang", tt.lang, "--font", tt.font, "--out", t.TempDir())
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.lang, code, stderr)
		}
		if got := strings.Contains(stderr, "haven: warning: "+tt.lang+" is set in"); got != tt.warned {
			t.Errorf("%s: warned that the edition left the font: %v, want %v\n%s", tt.lang, got, tt.warned, stderr)
		}
	}
}

// font: in settings.yaml lists a font for each script, as repeated --font do: a Hindi and a
// Thai edition build with no --font, each edition in the font of its script, and check
// says so, naming no font given for the other edition as one that lacks its letters.
func TestFontListInSettings(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	if code, _, e := run(t, "init", dir); code != 0 {
		t.Fatal(e)
	}
	noto := "/usr/share/fonts/truetype/noto/"
	for _, f := range []string{"NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"} {
		if err := os.WriteFile(filepath.Join(dir, f), contenttest.SystemFont(t, noto+f, "fonts-noto-core"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"hi", "th"} {
		if err := os.CopyFS(filepath.Join(dir, lang), os.DirFS(filepath.Join("..", "..", "testdata", "languages", lang))); err != nil {
			t.Fatal(err)
		}
	}
	edit(t, dir, contentEdit{"settings.yaml", "# font:\n#   regular: MyFont-Regular.ttf\n#   bold: MyFont-Bold.ttf\n",
		"font:\n  - regular: NotoSansDevanagari-Regular.ttf\n    bold: NotoSansDevanagari-Bold.ttf\n" +
			"  - regular: NotoSansThai-Regular.ttf\n    bold: NotoSansThai-Bold.ttf\n"})
	out := t.TempDir()
	if code, _, e := run(t, "handout", "--content", dir, "--lang", "hi,th", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	for lang, want := range map[string]string{"hi": "NotoSansDevanagari", "th": "NotoSansThai"} {
		raw, err := os.ReadFile(filepath.Join(out, "handout-"+lang+"-letter.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		pages, err := readback.Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		letters := map[string]int{} // by font, the letters of the edition's script set in it
		for _, p := range pages {
			for _, tx := range p.Texts {
				for _, r := range tx.S {
					if unicode.IsLetter(r) && unicode.In(r, unicode.Devanagari, unicode.Thai) || readback.GlyphCode(r) {
						f := p.Fonts[tx.Font]
						if err := f.CheckDrawn(r); err != nil { // read, its name with it
							t.Fatalf("%s: %q %v", lang, r, err)
						}
						family, _, _ := strings.Cut(f.Name[strings.IndexByte(f.Name, '+')+1:], "-") // past the subset's tag, ABCDEF+
						letters[family]++
					}
				}
			}
		}
		if len(letters) != 1 || letters[want] == 0 {
			t.Errorf("%s: the edition's letters are set in %v, want %s alone", lang, letters, want)
		}
	}
	code, stdout, e := run(t, "check", "--content", dir, "--lang", "hi,th")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	for _, want := range []string{"\nhi: set in NotoSansDevanagari-Regular.ttf;", "\nth: set in NotoSansThai-Regular.ttf;"} {
		if !strings.Contains("\n"+stdout, want) {
			t.Errorf("check does not say %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "lacks") {
		t.Errorf("check names a font given for another edition as one that lacks letters:\n%s", stdout)
	}
}
