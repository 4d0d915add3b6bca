package build

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// What a screen reader says for a QR code is in the edition's language, or marked with the
// language it is in. A text.yaml without qr_alt said haven's English words in a Spanish
// handout, unmarked, so a Spanish voice read them, and no one was told: it now gets haven's
// own words in its language (es, es-MX), else the English ones, marked /Lang en on the code's
// Link and Figure and warned of. Read back from the handout's structure tree.
func TestCodeAltInItsLanguage(t *testing.T) {
	es, err := fs.ReadFile(defaultcontent.FS, "es/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	esNoAlt := strings.Replace(string(es), "qr_alt: \"Código QR: abre {url}\"\n", "", 1)
	if esNoAlt == string(es) {
		t.Fatal("es/text.yaml has no qr_alt to take out")
	}
	faq, _ := fs.ReadFile(defaultcontent.FS, "es/faq.md")
	for _, tt := range []struct {
		name  string
		langs []string          // from testdata/languages
		files map[string]string // added to the default content
		code  string
		alt   string // the code's alternative text
		lang  string // its /Lang, where it is not the document's
		warn  bool
	}{
		{"es with qr_alt", nil, nil, "es", "Código QR: abre humantraffickinghotline.org", "", false},
		{"es without", nil, map[string]string{"es/text.yaml": esNoAlt}, "es", "Código QR: abre humantraffickinghotline.org", "", false},
		{"es-MX without", nil, map[string]string{"es-MX/text.yaml": esNoAlt, "es-MX/faq.md": string(faq)}, "es-MX", "Código QR: abre humantraffickinghotline.org", "", false},
		{"fr without", []string{"fr"}, nil, "fr", "QR code: opens humantraffickinghotline.org", "en", true},
		{"en", nil, nil, "en", "QR code: opens humantraffickinghotline.org", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ct, err := content.Load(contentWith(t, tt.langs, tt.files), "content", content.Overrides{Langs: []string{tt.code}})
			if err != nil {
				t.Fatal(err)
			}
			if warned := strings.Contains(fmt.Sprint(ct.Warnings), "qr_alt"); warned != tt.warn {
				t.Errorf("warned of qr_alt: %v, want %v (%v)", warned, tt.warn, ct.Warnings)
			}
			fams, err := typeface.Defaults()
			if err != nil {
				t.Fatal(err)
			}
			res, err := Run(context.Background(), Options{Content: ct, Families: fams, Created: epoch, Out: t.TempDir(), Kinds: []string{"handout"}, Langs: []string{tt.code}})
			if err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(resultOf(t, res, "handout-"+tt.code+"-letter.pdf").Path)
			if err != nil {
				t.Fatal(err)
			}
			codes := 0
			var walk func(e *readback.Elem, lang string)
			walk = func(e *readback.Elem, lang string) {
				if e.Lang != "" {
					lang = e.Lang
				}
				if e.Role == layout.RoleFigure && strings.Contains(e.Alt, "QR") {
					codes++
					if e.Alt != tt.alt || e.Lang != tt.lang || lang != cmp.Or(tt.lang, tt.code) {
						t.Errorf("the QR code says %q in %q (marked %q), want %q in %q", e.Alt, lang, e.Lang, tt.alt, cmp.Or(tt.lang, tt.code))
					}
				}
				for _, k := range e.Kids {
					if k.Elem != nil {
						walk(k.Elem, lang)
					}
				}
			}
			walk(treeOf(t, raw).Root, "")
			if codes == 0 {
				t.Error("no QR code in the structure tree")
			}
		})
	}
}
