package typeface

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"haven/internal/diag"
)

// A CFF font is refused with the TrueType fonts installed on the machine that have the
// characters the content needs from it, by path; CFF files (Noto Sans CJK's too) and fonts
// without those characters are not named.
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
	if err := os.WriteFile(filepath.Join(dir, "Cff.ttf"), []byte("OTTO rest of a CFF font"), 0o644); err != nil {
		t.Fatal(err)
	}
	const droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	const cjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
	tests := []struct {
		name  string
		font  string // the CFF font given; a synthetic one where ""
		dirs  []string
		text  string
		want  string
		needs []string // Debian fonts the case needs, from fonts-droid-fallback and fonts-noto-cjk
	}{
		{"Latin, which Noto Sans has", "", []string{dir}, "Hotline 1-888-373-7888 ŵ",
			"these TrueType fonts installed here have every character the content needs from it ('H' U+0048, 'o' U+006F", nil},
		{"Latin, by path", "", []string{dir}, "Hotline", "from it ('H' U+0048, 'o' U+006F, 't' U+0074, 'l' U+006C, 'i' U+0069, 'n' U+006E, 'e' U+0065): " + noto, nil},
		{"Chinese, which no font here has", "", []string{dir}, "热线电话",
			"no TrueType font installed here has the characters the content needs from it ('热' U+70ED, '线' U+7EBF, '电' U+7535, '话' U+8BDD): install one", nil},
		{"Chinese, which Droid Sans Fallback has", "", []string{filepath.Dir(droid)}, "热线电话 24/7",
			"have every character the content needs from it ('热' U+70ED, '线' U+7EBF, '电' U+7535, '话' U+8BDD): " + droid, []string{droid}},
		{"Noto Sans CJK's CFF face, Droid Sans Fallback installed", cjk + "#0", []string{filepath.Dir(droid), filepath.Dir(cjk)}, "热线电话",
			"font NotoSansCJK-Regular.ttc#0 has CFF (PostScript) outlines, which cannot be embedded; these TrueType fonts installed here have every character the content needs from it ('热' U+70ED, '线' U+7EBF, '电' U+7535, '话' U+8BDD): " + droid, []string{droid, cjk}},
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
			src := Source{From: "content/settings.yaml:41: font.regular", Files: []string{tt.font}, Texts: []diag.Located{{Text: tt.text}}}
			if tt.font == "" {
				src.Files, src.FS = []string{"Fancy.otf"}, fstest.MapFS{"Fancy.otf": {Data: []byte("OTTO rest of a CFF font")}}
			}
			_, err := Assemble(src)
			if err == nil || !strings.HasPrefix(err.Error(), "content/settings.yaml:41: font.regular: font ") || !strings.Contains(err.Error(), "has CFF (PostScript) outlines") ||
				!strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "Cff.ttf") || strings.Contains(err.Error(), cjk+"#") {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}
