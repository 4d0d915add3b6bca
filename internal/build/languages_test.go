package build

import (
	"bytes"
	"cmp"
	"context"
	"image"
	"image/png"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// contentWith is the default content plus language folders from testdata/languages, and
// optional extra files.
func contentWith(t *testing.T, langs []string, extra map[string]string) fs.FS {
	t.Helper()
	return contenttest.WithLanguages(t, langs, extra)
}

// builtinFAQ is the built-in content's English FAQ, for a test to edit.
func builtinFAQ(t testing.TB) string {
	t.Helper()
	b, err := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func runContent(t *testing.T, fsys fs.FS, langs []string, first ...*typeface.Family) ([]Result, string, error) {
	t.Helper()
	return runWith(t, fsys, Options{Families: first, Kinds: kinds.PrintedNames(), Langs: langs})
}

// runWith loads fsys and makes what o asks for, with o's families and the built-in ones after
// them, into a temporary folder, which it returns.
func runWith(t *testing.T, fsys fs.FS, o Options) ([]Result, string, error) {
	t.Helper()
	if m, ok := fsys.(fstest.MapFS); ok {
		contenttest.OwnLine(m)
	}
	ct, err := content.Load(fsys, "content", content.Overrides{})
	if err != nil {
		return nil, "", err
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	o.Families = append(o.Families, fams...)
	o.Content, o.Out, o.Created = ct, t.TempDir(), epoch
	res, err := Run(context.Background(), o)
	return res, o.Out, err
}

// built builds the content and opens one of the files it made, checked for overlapping text.
func built(t *testing.T, fsys fs.FS, langs []string, name string) *readBack {
	t.Helper()
	res, _, err := runContent(t, fsys, langs)
	if err != nil {
		t.Fatal(err)
	}
	return openBuilt(t, res, name)
}

// openBuilt opens the file of res named name, checked for overlapping text.
func openBuilt(t *testing.T, res []Result, name string) *readBack {
	t.Helper()
	for _, r := range res {
		if filepath.Base(r.Path) == name {
			rb := open(t, r.Path)
			checkNoOverlap(t, rb)
			return rb
		}
	}
	t.Fatalf("%s not built", name)
	return nil
}

// A third language is a folder of content: no code.
func TestThirdLanguageFromContentOnly(t *testing.T) {
	res, _, err := runContent(t, contentWith(t, []string{"fr"}, nil), []string{"fr"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"handout-fr-letter.pdf": false, "cards-fr-letter.pdf": false, "poster-fr-24x36.pdf": false, "poster-tearoff-fr-letter.pdf": false}
	for _, r := range res {
		name := filepath.Base(r.Path)
		if _, ok := want[name]; !ok {
			continue
		}
		want[name] = true
		rb := open(t, r.Path)
		checkNoOverlap(t, rb)
		if !bytes.Contains(rb.raw, []byte("/Lang (fr)")) {
			t.Errorf("%s: no /Lang (fr)", name)
		}
		if name == "handout-fr-letter.pdf" && !strings.Contains(rb.text, "Un mineur peut-il consentir") {
			t.Errorf("%s: the French question is not in the text", name)
		}
		if got := decodeAt(t, rb, r.Codes[0]); got != "https://humantraffickinghotline.org" {
			t.Errorf("%s: QR decodes to %q", name, got)
		}
	}
	for name, built := range want {
		if !built {
			t.Errorf("%s not built", name)
		}
	}
}

// Greek is beyond Atkinson Hyperlegible Next: haven sets it in Noto Sans, never in boxes.
func TestGreekFallsBackToNoto(t *testing.T) {
	rb := built(t, contentWith(t, []string{"el"}, nil), []string{"el"}, "handout-el-letter.pdf")
	if !bytes.Contains(rb.raw, []byte("+NotoSans-")) {
		t.Error("the Greek handout does not embed Noto Sans")
	}
	if !strings.Contains(rb.text, "Γεγονότα και ερωτήσεις") {
		t.Errorf("Greek title not extractable: %.200s", rb.text)
	}
}

// Text no font can draw stops the build with the characters, their code points and the
// file, and writes nothing; each language that needs a font is named in the same run.
func TestUncoveredCharactersAreAnError(t *testing.T) {
	fsys := contentWith(t, []string{"fr", "he"}, map[string]string{
		"fr/faq.md": "# 人口贩卖常见问题\n\nIntroduction.\n\n## Question ?\n\nRéponse.\n",
	})
	_, out, err := runContent(t, fsys, []string{"fr", "he"})
	if err == nil {
		t.Fatal("built Chinese text with no Chinese font")
	}
	for _, want := range []string{"content/fr/faq.md:1", "'人' U+4EBA", "no font can print", "--font", "he needs a font for its Hebrew characters"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) > 0 {
		t.Errorf("files were written: %v", entries)
	}
}

// A logo prints on handouts and posters, and the handout still fits its sheet.
func TestLogoOnHandoutAndPoster(t *testing.T) {
	var logo bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 300, 100))
	for i := range img.Pix {
		img.Pix[i] = 200
	}
	if err := png.Encode(&logo, img); err != nil {
		t.Fatal(err)
	}
	settings, _ := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	fsys := contentWith(t, nil, map[string]string{
		"settings.yaml": strings.Replace(string(settings), `  logo: ""`, "  logo: logo.png", 1),
		"logo.png":      logo.String(),
	})
	res, _, err := runContent(t, fsys, []string{"en", "es"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		name := filepath.Base(r.Path)
		if !strings.HasPrefix(name, "handout-e") && !strings.HasPrefix(name, "poster-e") {
			continue
		}
		raw, _ := os.ReadFile(r.Path)
		if !bytes.Contains(raw, []byte("/Subtype /Image")) {
			t.Errorf("%s: no logo image", name)
		}
	}
}

// French typography stays in Atkinson Hyperlegible Next: the narrow no-break spaces before
// "?" and inside « » come from Noto Sans, run by run, and nothing else does; an accent typed
// decomposed prints composed; PDFium extracts the text in order.
func TestFrenchTypographyStaysInAtkinson(t *testing.T) {
	rb := built(t, contentWith(t, []string{"fr"}, nil), []string{"fr"}, "handout-fr-letter.pdf")
	for _, name := range []string{"+AtkinsonHyperlegibleNext-Regular", "+AtkinsonHyperlegibleNext-Bold", "+NotoSans-"} {
		if !bytes.Contains(rb.raw, []byte(name)) {
			t.Errorf("no %s font embedded", name)
		}
	}
	if !strings.Contains(rb.text, "enlevées par des inconnus ?") {
		t.Error("the first question is not extracted from the PDF")
	}
	if strings.ContainsRune(rb.text, '\u0301') {
		t.Error("a combining accent is in the PDF: the decomposed letter was not composed")
	}
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	// the face of each drawn run: letters in exactly two (regular and bold), and the
	// narrow spaces alone in any other. (PDFium and pdftotext extract a narrow space as a
	// space; the codes in the file are U+202F.)
	letters := map[string]bool{}
	narrow := 0
	for _, pg := range pages {
		for _, tx := range pg.Texts {
			if strings.Trim(tx.S, "\u202f") == "" {
				narrow += strings.Count(tx.S, "\u202f")
				continue
			}
			letters[tx.Font] = true
		}
	}
	if want := strings.Count(mustReadFile(t, "../../testdata/languages/fr/faq.md"), "\u202f"); len(letters) != 2 || narrow != want {
		t.Errorf("the text is drawn in %d faces, with %d narrow spaces in faces of their own; want 2 faces and %d", len(letters), narrow, want)
	}
}

func mustReadFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A text an edition prints in another language is marked in that language, so that a screen
// reader reads it in that language, not in the edition's voice: a Span with /Lang in its PDFs'
// structure tree, lang= on the page; the edition's own words are left in its language. The
// texts: haven's English left untranslated, in its field (the French test edition's hotline
// box) or in another (a paragraph of it added to a Vietnamese FAQ); a paragraph two editions
// share, in the language whose other texts use its words (the English edition's own, in the
// Vietnamese FAQ; a Vietnamese one in the English FAQ); settings.yaml's contact line in Latin
// letters, in an Arabic edition, and a Greek FAQ's own heading and paragraph in English, in the
// content's first edition in Latin letters' language (none in a content of Arabic alone).
func TestTextInAnotherLanguageIsMarked(t *testing.T) {
	const (
		builtin = "In this handout, we answer some of the most common questions about DMST and share facts you might not have known."
		shelter = "Our shelter is open every day of the week and we welcome families with children."
		tet     = "Nơi tạm trú của chúng tôi mở cửa hằng ngày và chào đón các gia đình có trẻ em."
		contact = "Office: 12 King Street, Amman"
	)
	viFAQ := strings.Replace(mustReadFile(t, "../../testdata/languages/vi/faq.md"), "\n\n## ", "\n\n"+shelter+"\n\n"+builtin+"\n\n## ", 1)
	enFAQ := strings.Replace(builtinFAQ(t), "\n\n## ", "\n\n"+shelter+"\n\n"+tet+"\n\n## ", 1)
	viFAQ = strings.Replace(viFAQ, "\n\n## ", "\n\n"+tet+"\n\n## ", 1)
	settings := strings.NewReplacer(`contact: ""`, `contact: "`+contact+` · www.samples.org"`, `logo: ""`, "logo: logo.png").Replace(mustReadFile(t, "../../content/settings.yaml"))
	logo := string(logoPNG(t, image.Point{200, 200}))
	for _, tt := range []struct {
		lang  string
		langs []string
		files map[string]string
		font  *typeface.Family
		// drawn texts (a line, or a link's words) with the language each is read in
		want map[string]string
		page []string // on the edition's page
	}{
		{"fr", []string{"fr"}, nil, nil, map[string]string{"Get help now": "en", "Or send a text message": "en", "Scan for the full guide": "en"},
			[]string{`<h2 id="help-title" lang="en">Get help now</h2>`}},
		{"vi", []string{"vi"}, map[string]string{"vi/faq.md": viFAQ, "en/faq.md": enFAQ}, nil,
			map[string]string{"In this handout, we answer": "en", "Our shelter is open every": "en", "Nơi tạm trú của chúng tôi": "vi"},
			[]string{`<p lang="en">` + builtin, `<p lang="en">` + shelter, `<p>` + tet}},
		{"en", []string{"vi"}, map[string]string{"vi/faq.md": viFAQ, "en/faq.md": enFAQ}, nil,
			map[string]string{"Our shelter is open every": "en", "Nơi tạm trú của chúng tôi": "vi"},
			[]string{`<p>` + shelter, `<p lang="vi">` + tet}},
		{"ar", []string{"ar"}, map[string]string{"settings.yaml": settings, "logo.png": logo}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"),
			map[string]string{"King Street": "en", "www.samples.org": "en", "the logo, The Mission Haven": "en"}, []string{`<span dir="ltr" lang="en">Office: `}},
		// a Greek FAQ's heading and paragraph left in English, no copy of another edition's:
		// English, the content's first edition in Latin letters; its numbered heading too
		{"el", []string{"el"}, map[string]string{"el/faq.md": strings.Replace(mustReadFile(t, "../../testdata/languages/el/faq.md"), "## Τι μπορώ να κάνω;", "## What can I do?\n\n"+shelter, 1)}, nil,
			map[string]string{"What can I do?": "en", "Our shelter is open every": "en", "Τα περισσότερα θύματα": "el"},
			[]string{`<h2 id="q1" lang="en">What can I do?`, `<p lang="en">` + shelter}},
		// a content of Arabic alone says no language its settings are in: the edition's in the
		// PDFs; the page says its Latin letters are in a language it does not know (und-Latn),
		// not Arabic
		{"ar", []string{"ar"}, map[string]string{"settings.yaml": strings.Replace(settings, "# languages: [en, es]", "languages: [ar]", 1), "logo.png": logo}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"),
			map[string]string{"King Street": "ar", "the logo, The Mission Haven": "ar"}, []string{`<span dir="ltr" lang="und-Latn">Office: `}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			opts := optionsFor(t, contentWith(t, tt.langs, tt.files), []string{tt.lang}, tt.font)
			opts.Kinds = []string{"handout", "site"}
			res, err := Run(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			rb := openBuilt(t, res, "handout-"+tt.lang+"-letter.pdf")
			pages, err := readback.Read(rb.raw)
			if err != nil {
				t.Fatal(err)
			}
			read := map[string]string{} // the language each drawn text (its pieces in one font each, joined) is read in
			var walk func(e *readback.Elem, lang string)
			walk = func(e *readback.Elem, lang string) {
				lang = cmp.Or(e.Lang, lang)
				if e.Role == layout.RoleFigure {
					read["the logo, "+e.Alt] = lang // or a QR code
				}
				for _, k := range e.Kids {
					if k.Elem != nil {
						walk(k.Elem, lang)
						continue
					}
					drawn := ""
					for _, tx := range pages[k.Page].Texts {
						if tx.Mark == k.MCID && k.MCID >= 0 {
							drawn += tx.S
						}
					}
					read[strings.TrimSpace(drawn)] = lang
				}
			}
			walk(treeOf(t, rb.raw).Root, "")
			for s, want := range tt.want {
				found := false
				for drawn, lang := range read {
					if strings.Contains(drawn, s) {
						found = true
						if lang != want {
							t.Errorf("%q is read in %q, want %q", drawn, lang, want)
						}
					}
				}
				if !found {
					t.Errorf("%q is not drawn: %q", s, slices.Sorted(maps.Keys(read)))
				}
			}
			for drawn, lang := range read {
				if lang != tt.lang && (strings.Contains(drawn, "traite") || strings.Contains(drawn, "enfant") || strings.Contains(drawn, "mua bán")) {
					t.Errorf("the edition's own words are read in %q: %q", lang, drawn)
				}
			}
			page := mustReadFile(t, filepath.Join(filepath.Dir(res[0].Path), "site", tt.lang, "index.html"))
			for _, s := range tt.page {
				if !strings.Contains(page, s) {
					t.Errorf("the page has no %q", s)
				}
			}
			if strings.Contains(page, `<h1 lang="`) {
				t.Error("the page's title is marked in another language")
			}
		})
	}
}
