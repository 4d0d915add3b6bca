package build

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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

// A placeholder's address ends where the placeholder does, whatever is written against it:
// Chinese puts no space before or after {url}, nor after its full-width colon. The discreet
// card's code said haven's English words in a Chinese sheet, unwarned, when the address came
// after "：打开", and a qr_alt with letters against {url} was refused as naming another address;
// each now says the language's words with the card's own address. Read back from the two card
// sheets' structure trees (the Droid Sans Fallback font prints the Chinese).
func TestCodeAltAgainstUnspacedWords(t *testing.T) {
	settings := discreetSettings(t, "https://calm-notes.net/talk")
	zh := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "zh", "text.yaml"))
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	fams = append(fams, droidFallback(t))
	for _, tt := range []struct{ name, alt string }{
		{"after a space", "二维码： {url}"},
		{"after a full-width colon", "二维码：打开{url}"},
		{"after a word", "扫码打开{url}"},
		{"between words", "扫码打开{url}即可"},
		{"before a full stop", "二维码：打开{url}。"},
		{"with its scheme", "扫码打开https://{url}"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"settings.yaml": settings, "zh/text.yaml": zh + "\nqr_alt: \"" + tt.alt + "\"\n"}
			ct, err := content.Load(contentWith(t, []string{"zh"}, files), "content", content.Overrides{Langs: []string{"zh"}})
			if err != nil {
				t.Fatal(err)
			}
			res, err := Run(context.Background(), Options{Content: ct, Families: fams, Created: epoch, Out: t.TempDir(), Kinds: []string{"cards"}, Langs: []string{"zh"}, Papers: []string{"letter"}})
			if err != nil {
				t.Fatal(err)
			}
			bare := strings.Replace(tt.alt, "https://", "", 1) // the card says its own address, as printed
			for file, want := range map[string]string{
				"cards-zh-letter.pdf":          strings.Replace(tt.alt, "{url}", "humantraffickinghotline.org", 1),
				"cards-discreet-zh-letter.pdf": strings.Replace(bare, "{url}", "calm-notes.net/talk", 1),
			} {
				raw, err := os.ReadFile(resultOf(t, res, file).Path)
				if err != nil {
					t.Fatal(err)
				}
				codes := 0
				var walk func(e *readback.Elem)
				walk = func(e *readback.Elem) {
					if e.Role == layout.RoleFigure && e.Alt != "" {
						codes++
						if e.Alt != want || e.Lang != "" {
							t.Errorf("%s: the QR code says %q (marked %q), want %q in the sheet's language", file, e.Alt, e.Lang, want)
						}
					}
					for _, k := range e.Kids {
						if k.Elem != nil {
							walk(k.Elem)
						}
					}
				}
				walk(treeOf(t, raw).Root)
				if codes == 0 {
					t.Errorf("%s: no QR code in the structure tree", file)
				}
			}
		})
	}
}
