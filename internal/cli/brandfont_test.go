package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/contenttest"
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
