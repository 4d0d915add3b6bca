package build

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// footer is a handout's page foot in Vietnamese, as PDFium reads it.
var footer = regexp.MustCompile(` The Mission Haven · \S+ Trang \d+/\d+`)

// Vietnamese prints every stacked diacritic as the precomposed letter (NFC), even typed
// decomposed: each paragraph of the FAQ is read back by PDFium as written, the PDF draws no separate combining mark,
// and every letter is in Noto Sans, which check names as the face, with the letters Atkinson
// Hyperlegible Next lacks.
func TestVietnameseStackedMarks(t *testing.T) {
	faq, err := os.ReadFile(filepath.Join("..", "..", "testdata", "languages", "vi", "faq.md"))
	if err != nil {
		t.Fatal(err)
	}
	// typed decomposed, as some programs paste it: each mark after its letter
	fsys := contentWith(t, []string{"vi"}, map[string]string{"vi/faq.md": norm.NFD.String(string(faq))})
	res, _, err := runContent(t, fsys, []string{"vi"})
	if err != nil {
		t.Fatal(err)
	}
	ct, err := content.Load(fsys, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	var vi *content.Language
	for i := range ct.Languages {
		if ct.Languages[i].Code == "vi" {
			vi = &ct.Languages[i]
		}
	}
	for _, name := range []string{"handout-vi-letter.pdf", "handout-large-vi-a4.pdf"} {
		rb := openBuilt(t, res, name)
		var paras []content.Para
		paras = append(paras, vi.FAQ.Intro...)
		for _, q := range vi.FAQ.Questions {
			paras = append(paras, content.Para{Located: q.Question})
			paras = append(paras, q.Answer...)
		}
		text := footer.ReplaceAllString(rb.text, "") // a paragraph may go on over a page's foot
		for _, p := range append(paras, vi.FAQ.Closing...) {
			if want := norm.NFC.String(fold(content.Unmark(p.Text))); !strings.Contains(text, want) {
				t.Errorf("%s: %s %q is not read back as written", name, p.Field, want)
			}
		}
		if !norm.NFC.IsNormalString(rb.text) {
			t.Errorf("%s: the text read back is not in NFC", name)
		}
		pages, err := readback.Read(rb.raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, pg := range pages {
			for _, tx := range pg.Texts {
				if i := strings.IndexFunc(tx.S, func(r rune) bool { return unicode.Is(unicode.Mn, r) }); i >= 0 {
					t.Errorf("%s: %q draws a combining mark on its own", name, tx.S)
				}
			}
		}
		for i := 0; i < rb.pages; i++ {
			chars, err := rb.doc.Chars(i)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range chars {
				if c.Text > "\u00ff" && unicode.IsLetter([]rune(c.Text)[0]) && !strings.Contains(c.Font, "+NotoSans-") {
					t.Errorf("%s page %d: %q is in %s, not Noto Sans", name, i+1, c.Text, c.Font)
				}
			}
		}
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	faces, err := Faces(Options{Content: ct, Families: fams, Kinds: kinds.PrintedNames(), Langs: []string{"vi"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "vi: set in Noto Sans; Atkinson Hyperlegible Next lacks 'ĩ' U+0129, 'ũ' U+0169, 'ơ' U+01A1, 'ư' U+01B0, 'ạ' U+1EA1"; len(faces) != 1 || !strings.HasPrefix(faces[0], want) {
		t.Errorf("check says %q, want %q...", faces, want)
	}
}
