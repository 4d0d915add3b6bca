package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"haven/internal/content"
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
