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
// characters the content needs from it, by path; CFF files and fonts without them are not named.
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
	tests := []struct {
		name  string
		dirs  []string
		text  string
		want  string
		droid bool // needs Debian's fonts-droid-fallback
	}{
		{"Latin, which Noto Sans has", []string{dir}, "Hotline 1-888-373-7888 ŵ",
			"these TrueType fonts installed here have every character the content needs from it ('H' U+0048, 'o' U+006F", false},
		{"Latin, by path", []string{dir}, "Hotline", "from it ('H' U+0048, 'o' U+006F, 't' U+0074, 'l' U+006C, 'i' U+0069, 'n' U+006E, 'e' U+0065): " + noto, false},
		{"Chinese, which no font here has", []string{dir}, "热线电话",
			"no TrueType font installed here has the characters the content needs from it ('热' U+70ED, '线' U+7EBF, '电' U+7535, '话' U+8BDD): install one", false},
		{"Chinese, which Droid Sans Fallback has", []string{filepath.Dir(droid)}, "热线电话 24/7",
			"have every character the content needs from it ('热' U+70ED, '线' U+7EBF, '电' U+7535, '话' U+8BDD): " + droid, true},
	}
	saved := fontDirs
	defer func() { fontDirs = saved }()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.droid {
				if _, err := os.Stat(droid); err != nil {
					if os.Getenv("CI") == "true" {
						t.Fatalf("%s: %v (CI installs the Debian package fonts-droid-fallback)", droid, err)
					}
					t.Skipf("%s is not installed: apt-get install fonts-droid-fallback", droid)
				}
			}
			fontDirs = func() []string { return tt.dirs }
			fsys := fstest.MapFS{"Fancy.otf": {Data: []byte("OTTO rest of a CFF font")}}
			_, err := Assemble(Source{From: "content/settings.yaml:41: font.regular", Files: []string{"Fancy.otf"}, FS: fsys, Texts: []diag.Located{{Text: tt.text}}})
			if err == nil || !strings.HasPrefix(err.Error(), "content/settings.yaml:41: font.regular: font Fancy.otf has CFF (PostScript) outlines") ||
				!strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "Cff.ttf") {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}
