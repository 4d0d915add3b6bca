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

// An edition that leaves haven's English texts untranslated (the French test edition's hotline
// box) marks them English, so that a screen reader reads them in English, not in the
// edition's voice: a Span with /Lang (en) in its PDFs' structure tree, lang="en" on the page;
// its own words are left in its language.
func TestEnglishLeftInAnotherEditionIsMarked(t *testing.T) {
	opts := optionsFor(t, contentWith(t, []string{"fr"}, nil), []string{"fr"}, nil)
	opts.Kinds = []string{"handout", "site"}
	res, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	rb := openBuilt(t, res, "handout-fr-letter.pdf")
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	english := map[string]bool{} // the texts each element marked English holds
	var walk func(e *readback.Elem, lang string)
	walk = func(e *readback.Elem, lang string) {
		lang = cmp.Or(e.Lang, lang)
		for _, k := range e.Kids {
			if k.Elem != nil {
				walk(k.Elem, lang)
				continue
			}
			for _, tx := range pages[k.Page].Texts {
				if tx.Mark == k.MCID && k.MCID >= 0 && lang == "en" {
					english[strings.TrimSpace(tx.S)] = true
				}
			}
		}
	}
	walk(treeOf(t, rb.raw).Root, "")
	if !english["Get help now"] || !english["Or send a text message"] {
		t.Errorf("the hotline box's English is not marked so: %q", slices.Sorted(maps.Keys(english)))
	}
	for s := range english {
		if strings.Contains(s, "traite") || strings.Contains(s, "enfant") {
			t.Errorf("French words marked English: %q", s)
		}
	}
	page := mustReadFile(t, filepath.Join(filepath.Dir(res[0].Path), "site", "fr", "index.html"))
	if !strings.Contains(page, `<h2 id="help-title" lang="en">Get help now</h2>`) || strings.Contains(page, `<h1 lang="en"`) {
		t.Errorf("the page's hotline box title is not marked English:\n%s", page[:min(len(page), 3000)])
	}
}
