package build

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/diag"
	"haven/internal/kinds"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// runWithFont builds the languages with the built-in families and one more.
func runWithFont(t *testing.T, langs []string, extra *typeface.Family) []Result {
	t.Helper()
	return runFSWithFont(t, contentWith(t, langs, nil), langs, extra)
}

// runFSWithFont builds the languages of the content fsys with the built-in families and one more.
func runFSWithFont(t *testing.T, fsys fs.FS, langs []string, extra *typeface.Family) []Result {
	t.Helper()
	res, err := Run(context.Background(), optionsFor(t, fsys, langs, extra))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// optionsFor are the options that make every printed kind of the languages of the content fsys
// with the built-in families and one more, into a temporary folder.
func optionsFor(t *testing.T, fsys fs.FS, langs []string, extra *typeface.Family) Options {
	t.Helper()
	ct, err := content.Load(fsys, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	if extra != nil {
		fams = append(fams, extra)
	}
	return Options{Content: ct, Families: fams, Out: t.TempDir(), Kinds: kinds.PrintedNames(), Langs: langs, Created: epoch}
}

// Chinese without spaces wraps between characters inside the margins of every page, with
// the Droid Sans Fallback font (Debian's fonts-droid-fallback); PDFium reads it back.
func TestChineseWrapsInsideItsMargins(t *testing.T) {
	res := runWithFont(t, []string{"zh"}, droidFallback(t))
	seen := 0
	for _, r := range res {
		name := filepath.Base(r.Path)
		if !strings.HasPrefix(name, "handout-zh-") && !strings.HasPrefix(name, "handout-large-zh-") {
			continue
		}
		seen++
		rb := open(t, r.Path)
		checkNoOverlap(t, rb)
		if !strings.Contains(rb.text, "所有受害者都是被陌生人绑架的吗？") {
			t.Errorf("%s: the first question is not extracted", name)
		}
		lines := map[[2]int]bool{} // the page and baseline of each line with Chinese on it
		for i := 0; i < rb.pages; i++ {
			w, _, _ := rb.doc.Size(i)
			chars, err := rb.doc.Chars(i)
			if err != nil {
				t.Fatal(err)
			}
			const margin = 0.45 * 72 // the handout's narrowest side margin, A4's
			for _, c := range chars {
				if c.Left < margin-0.5 || c.Right > w-margin+0.5 {
					t.Errorf("%s page %d: %q at %.1f-%.1f is outside the margins of a %.0f pt page", name, i+1, c.Text, c.Left, c.Right, w)
				}
				if c.Text >= "\u4e00" && c.Text <= "\u9fff" {
					lines[[2]int{i, int(c.Bottom)}] = true
				}
			}
		}
		// the title, 4 headings and 5 paragraphs: more lines than that, or nothing wrapped
		if len(lines) <= 10 {
			t.Errorf("%s: Chinese text on %d lines; paragraphs without spaces must wrap", name, len(lines))
		}
	}
	if seen != 4 {
		t.Fatalf("%d Chinese handouts read, want 4", seen)
	}
}

// notoHandout is the Letter handout of a language set with Noto Sans of a script, from
// Debian's fonts-noto-core.
func notoHandout(t *testing.T, script, lang string) *readBack {
	t.Helper()
	return notoFamilyHandout(t, "NotoSans"+script, "Noto Sans "+script, lang)
}

// notoFamilyHandout is the Letter handout of a language set with a Noto family from
// fonts-noto-core, named by its files' prefix (e.g. NotoNaskhArabic).
func notoFamilyHandout(t *testing.T, files, name, lang string) *readBack {
	t.Helper()
	return openBuilt(t, runWithFont(t, []string{lang}, notoFamily(t, files, name)), "handout-"+lang+"-letter.pdf")
}

// droidFallback is the Droid Sans Fallback family (fonts-droid-fallback), for Chinese,
// Japanese and Korean.
func droidFallback(t *testing.T) *typeface.Family {
	t.Helper()
	droid := contenttest.SystemFont(t, "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "fonts-droid-fallback")
	fam, err := typeface.New("Droid Sans Fallback", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf", droid, droid)
	if err != nil {
		t.Fatal(err)
	}
	return fam
}

// notoFamily is a Noto family from fonts-noto-core, named by its files' prefix.
func notoFamily(t *testing.T, files, name string) *typeface.Family {
	t.Helper()
	file := "/usr/share/fonts/truetype/noto/" + files + "-"
	reg := contenttest.SystemFont(t, file+"Regular.ttf", "fonts-noto-core")
	bold := contenttest.SystemFont(t, file+"Bold.ttf", "fonts-noto-core")
	fam, err := typeface.New(name, file+"Regular.ttf", file+"Bold.ttf", reg, bold)
	if err != nil {
		t.Fatal(err)
	}
	return fam
}

// Hebrew reads right to left: paragraphs flush right, list bullets and question numbers on
// the right, the hotline number left to right inside the line; PDFium extracts the text in
// logical order.
func TestHebrewRightToLeft(t *testing.T) {
	rb := notoHandout(t, "Hebrew", "he")
	for _, want := range []string{"האם כל הקורבנות נחטפים על ידי זרים?", "1-888-373-7888", "כתבו מה ראיתם ומתי"} {
		if !strings.Contains(rb.text, want) {
			t.Errorf("%q is not extracted in logical order", want)
		}
	}
	chars, err := rb.doc.Chars(0)
	if err != nil {
		t.Fatal(err)
	}
	w, _, _ := rb.doc.Size(0)
	// the right edge of the Hebrew text is the right margin; its left edges vary
	var rights []float64
	for _, c := range chars {
		if c.Text >= "\u05d0" && c.Text <= "\u05ea" {
			rights = append(rights, c.Right)
		}
	}
	maxRight := 0.0
	for _, x := range rights {
		maxRight = max(maxRight, x)
	}
	if maxRight < w-0.6*72-2 {
		t.Errorf("Hebrew text ends at %.1f pt, not at the right margin %.1f", maxRight, w-0.6*72)
	}
}

// Arabic reads right to left and joined: its letters print in their joined forms, flush
// right; the hotline number reads left to right; PDFium and poppler's pdftotext (plain and
// -layout) extract the text in logical order, as the letters written: the fonts' ToUnicode
// maps give each joined form's letters (PDFium would undo the forms itself, poppler does
// not), so a viewer's search and copy find the words.
func TestArabicJoinedRightToLeft(t *testing.T) {
	rb := notoHandout(t, "Arabic", "ar")
	extracted := map[string]string{"PDFium": rb.text}
	for _, flag := range []string{"-nopgbrk", "-layout"} {
		extracted["pdftotext "+flag] = popplerText(t, rb.raw, flag)
	}
	for reader, text := range extracted {
		for _, want := range []string{"هل يخطف الغرباء كل الضحايا؟", "1-888-373-7888", "اكتب ما رأيت ومتى", "الاتجار الجنسي", "لا تواجه"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q is not extracted in logical order, as written", reader, want)
			}
		}
		if i := strings.IndexFunc(text, func(r rune) bool { return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF }); i >= 0 {
			t.Errorf("%s: text extracts in joined forms: %q", reader, text[i:min(len(text), i+40)])
		}
	}
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	joined := 0 // the codes drawn: PDFium gives letters back as their base forms
	for _, pg := range pages {
		for _, tx := range pg.Texts {
			for _, c := range tx.S {
				if c >= 0xFE70 && c <= 0xFEFC {
					joined++
				}
			}
		}
	}
	if joined < 100 {
		t.Errorf("%d letters in joined forms; the Arabic is not shaped", joined)
	}
}

// Persian and Urdu read right to left and joined, their own letters too (peh, gaf, farsi yeh;
// tteh, noon ghunna, heh goal, heh doachashmee, yeh barree): words are drawn in their joined
// forms from right to left, paragraphs flush right, and PDFium extracts them in logical order.
func TestPersianUrduJoinedRightToLeft(t *testing.T) {
	for _, tt := range []struct {
		lang, files, name string
		extracted         []string // in logical order, as written (zero-width non-joiners apart)
		words             []string // each drawn joined, right to left
	}{
		{"fa", "NotoSansArabic", "Noto Sans Arabic",
			[]string{"آیا همه\u200cی قربانیان را غریبه\u200cها می\u200cدزدند؟", "1-888-373-7888", "با فرد مظنون روبه\u200cرو نشوید"},
			[]string{"پول", "چشم", "به\u200cویژه", "کودک", "گمان", "بگیرید", "پیامک"}},
		{"ur", "NotoNaskhArabic", "Noto Naskh Arabic",
			[]string{"کیا سب متاثرین کو اجنبی اغوا کرتے ہیں؟", "1-888-373-7888", "مشتبہ شخص کا سامنا نہ کریں"},
			[]string{"ہاٹ", "ڈر", "چھوڑیں", "میں", "کے", "ہیں", "پھر", "بچوں"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			rb := notoFamilyHandout(t, tt.files, tt.name, tt.lang)
			for _, want := range tt.extracted { // as written: the fonts' ToUnicode maps give the letters
				if want = strings.ReplaceAll(want, "\u200C", ""); !strings.Contains(rb.text, want) {
					t.Errorf("%q is not extracted in logical order", want)
				}
			}
			pages, err := readback.Read(rb.raw)
			if err != nil {
				t.Fatal(err)
			}
			var drawn strings.Builder // the codes drawn, left to right
			for _, pg := range pages {
				for _, tx := range pg.Texts {
					drawn.WriteString(tx.S + "\n")
				}
			}
			for _, w := range tt.words {
				shaped := []rune(typeface.Shape(w))
				slices.Reverse(shaped)
				if strings.ContainsAny(string(shaped), w) {
					t.Fatalf("%q shapes to %+q, which still has unjoined letters", w, string(shaped))
				}
				if !strings.Contains(drawn.String(), string(shaped)) {
					t.Errorf("%q is not drawn joined and right to left (%+q)", w, string(shaped))
				}
			}
			checkFlushRight(t, rb, func(s string) bool { return s >= "\u0600" && s <= "\u06ff" || s >= "\ufb50" && s <= "\ufeff" })
		})
	}
}

// In a right-to-left edition a phone number reads in dialling order wherever it stands (after
// a colon, at a line's end), and a line that begins with a Latin word (the text keyword) still
// reads right to left: the PDF draws, left to right, the reverse of the words' logical order.
func TestPersianNumbersInDiallingOrder(t *testing.T) {
	yaml := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "fa", "text.yaml"))
	for from, to := range map[string]string{
		"  call: Call {phone}\n":                  "  call: \"شماره: {phone}\"\n",
		"  text: Text {keyword} to {shortcode}\n": "  text: \"{keyword} را به {shortcode} بفرستید\"\n",
	} {
		if !strings.Contains(yaml, from) {
			t.Fatalf("fa/text.yaml no longer has %q", from)
		}
		yaml = strings.Replace(yaml, from, to, 1)
	}
	fsys := contentWith(t, []string{"fa"}, map[string]string{"fa/text.yaml": yaml})
	res := runFSWithFont(t, fsys, []string{"fa"}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"))
	rb := openBuilt(t, res, "handout-fa-letter.pdf")
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	label := []rune(typeface.Shape("شماره:")) // drawn reversed, to the right of the number
	slices.Reverse(label)
	send := []rune(typeface.Shape("بفرستید")) // the last word, drawn leftmost
	slices.Reverse(send)
	// each line as drawn, its runs (a link is one) put together left to right
	runs := map[float64][]readback.Text{}
	for _, tx := range pages[0].Texts {
		runs[tx.Y] = append(runs[tx.Y], tx)
	}
	var numbers, texts int
	for _, line := range runs {
		slices.SortFunc(line, func(a, b readback.Text) int { return cmp.Compare(a.X, b.X) })
		drawn := ""
		for _, tx := range line {
			drawn += tx.S
		}
		switch {
		case strings.Contains(drawn, string(label)):
			numbers++
			if !strings.Contains(drawn, "1-888-373-7888 "+string(label)) {
				t.Errorf("the number line is drawn %q, not in dialling order left of its label", drawn)
			}
		case strings.Contains(drawn, string(send)):
			texts++
			if want := string(send) + " 233733"; !strings.HasPrefix(drawn, want) || !strings.HasSuffix(drawn, "HELP") {
				t.Errorf("the text line is drawn %q, want it from %q to HELP, right to left", drawn, want)
			}
		}
	}
	if numbers == 0 || texts == 0 {
		t.Fatalf("page 1 draws %d number lines and %d text lines", numbers, texts)
	}
}

// popplerText is the text poppler's pdftotext extracts from the PDF raw with flag, its
// spaces folded, without the embeddings it marks each right-to-left line with.
func popplerText(t *testing.T, raw []byte, flag string) string {
	t.Helper()
	pdftotext := tool(t, "pdftotext", "poppler-utils")
	path := filepath.Join(t.TempDir(), "extracted.pdf")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, flag, path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E {
			return -1
		}
		return r
	}, string(out))
	return strings.Join(strings.Fields(text), " ")
}

// checkFlushRight: the right edge of the right-to-left text on page 1 is the right margin.
func checkFlushRight(t *testing.T, rb *readBack, script func(string) bool) {
	t.Helper()
	chars, err := rb.doc.Chars(0)
	if err != nil {
		t.Fatal(err)
	}
	w, _, _ := rb.doc.Size(0)
	maxRight, n := 0.0, 0
	for _, c := range chars {
		if script(c.Text) {
			maxRight, n = max(maxRight, c.Right), n+1
		}
	}
	if n == 0 || maxRight < w-0.6*72-2 {
		t.Errorf("%d right-to-left characters, ending at %.1f pt, not at the right margin %.1f", n, maxRight, w-0.6*72)
	}
}

// A font with the Arabic letters but not the presentation forms haven prints them joined with
// is refused once, naming the font and the language where the content first needs one, with
// a font that works; no file is written. The fonts join letters through OpenType alone.
func TestArabicFontWithoutPresentationForms(t *testing.T) {
	for _, tt := range []struct{ files, name string }{
		{"NotoNastaliqUrdu", "Noto Nastaliq Urdu"},
		{"NotoKufiArabic", "Noto Kufi Arabic"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, out, err := runContent(t, contentWith(t, []string{"ur"}, nil), []string{"ur"}, notoFamily(t, tt.files, tt.name))
			var ps diag.Problems
			if !errors.As(err, &ps) || len(ps) != 1 {
				t.Fatalf("want one problem, got %v", err)
			}
			msg := err.Error()
			for _, want := range []string{"ur/faq.md:1: title: the font " + tt.name + " has the Urdu letters but lacks the Arabic presentation forms", "NotoNaskhArabic-Regular.ttf"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message:\n%s\nwant it to contain %q", msg, want)
				}
			}
			if files, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(files) > 0 {
				t.Errorf("%d files written", len(files))
			}
		})
	}
}

// A right-to-left line is drawn in visual order, Arabic in joined forms; a screen reader reads
// the structure tree, where each such line is a Span whose /ActualText is the line as written:
// in reading order, letters unjoined, non-joiners kept. Read back from the PDF's bytes.
func TestRightToLeftReadsAsWritten(t *testing.T) {
	for _, tt := range []struct {
		lang, files, name string
		lines             []string // lines as written, each the ActualText of a Span, in reading order
	}{
		// a line with links (the number and the short code): the text between them
		{"he", "NotoSansHebrew", "Noto Sans Hebrew", []string{"האם כל הקורבנות נחטפים על ידי זרים?", " או שלחו HELP אל "}},
		{"ar", "NotoNaskhArabic", "Noto Naskh Arabic", []string{"هل يخطف الغرباء كل الضحايا؟"}},
		// the question on two lines at the size Persian is set at (typeface.Apparent)
		{"fa", "NotoSansArabic", "Noto Sans Arabic", []string{"آیا همه\u200cی قربانیان ", "را غریبه\u200cها می\u200cدزدند؟"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			rb := notoFamilyHandout(t, tt.files, tt.name, tt.lang)
			tree := treeOf(t, rb.raw)
			var spans []string
			var walk func(e *readback.Elem)
			walk = func(e *readback.Elem) {
				if e.Role == "Span" {
					spans = append(spans, e.ActualText)
				}
				for _, k := range e.Kids {
					if k.Elem != nil {
						walk(k.Elem)
					}
				}
			}
			walk(tree.Root)
			if len(spans) < 12 { // the title, the questions, the paragraphs' lines
				t.Fatalf("%d lines read as written; every right-to-left line should", len(spans))
			}
			last := -1
			for _, want := range tt.lines {
				i := slices.Index(spans, want)
				if i < 0 {
					t.Errorf("no line reads %q as written", want)
				} else if i < last {
					t.Errorf("%q is read before %q", want, spans[last])
				}
				last = max(last, i)
			}
			for _, s := range spans {
				if strings.ContainsFunc(s, func(r rune) bool { return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF }) {
					t.Errorf("%q reads in joined forms, not as written", s)
				}
			}
		})
	}
}

// The number haven prints after a link's words on paper, in brackets, reads as written
// wherever the line reads right to left: the bracket before the number with the words before
// it, the one after with the words after, each as written whichever glyph is drawn for it, in
// the Spans' /ActualText and in the links' descriptions (/Contents): the words, a link in
// Arabic or Hebrew letters as in Latin ones, and the number with them. Read back from the PDF.
func TestBracketedNumberReadsAsWritten(t *testing.T) {
	for _, tt := range []struct {
		lang, files, name string
		faq               string // the title, a question and a list item, which holds the link
		item, contents    string // the list item as written, and the link's description
	}{
		// an item of one line, and one of several
		{"ar", "NotoSansArabic", "Noto Sans Arabic", "# أسئلة\n\n## من يجيب؟\n\n- %s\n",
			"اتصل بـ [مكتبنا](tel:+16142762274) لطلب تدريب.", "اتصل بـ مكتبنا 1-614-276-2274"},
		{"ar", "NotoSansArabic", "Noto Sans Arabic", "# أسئلة\n\n## من يجيب؟\n\n- %s\n",
			"اتصل بـ [مكتبنا](tel:+16142762274) " + strings.Repeat("لطلب تدريب ", 12) + "الآن.", "اتصل بـ مكتبنا 1-614-276-2274"},
		{"he", "NotoSansHebrew", "Noto Sans Hebrew", "# שאלות\n\n## מי עונה?\n\n- %s\n",
			"התקשרו [למשרד](tel:+16142762274) להדרכה.", "התקשרו למשרד 1-614-276-2274"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			fsys := contentWith(t, []string{tt.lang}, map[string]string{tt.lang + "/faq.md": fmt.Sprintf(tt.faq, tt.item)})
			res, _, err := runWith(t, fsys, Options{Families: []*typeface.Family{notoFamily(t, tt.files, tt.name)}, Kinds: []string{"handout"}, Langs: []string{tt.lang}})
			if err != nil {
				t.Fatal(err)
			}
			rb := openBuilt(t, res, "handout-"+tt.lang+"-letter.pdf")
			tree := treeOf(t, rb.raw)
			pages, err := readback.Read(rb.raw)
			if err != nil {
				t.Fatal(err)
			}
			read := func(e *readback.Elem) string { return readAloud(pages, e) }
			link := func(e *readback.Elem) *readback.Link {
				for _, k := range e.Kids {
					if k.Annot >= 0 && pages[k.Page].Links[k.Annot].URI == "tel:+16142762274" {
						return &pages[k.Page].Links[k.Annot]
					}
				}
				return nil
			}
			found := false
			tree.Root.Walk(func(e *readback.Elem) {
				if e.Role != "LBody" || !slices.ContainsFunc(e.Kids, func(k readback.Kid) bool { return k.Elem != nil && link(k.Elem) != nil }) {
					return
				}
				found = true
				words := func(s string) string { return strings.Join(strings.Fields(s), " ") }
				written := strings.NewReplacer("[", "", "](tel:+16142762274)", " (1-614-276-2274)").Replace(tt.item)
				// the item's lines are read one after another: compare without the spaces where they break
				if got := strings.ReplaceAll(read(e), " ", ""); got != strings.ReplaceAll(written, " ", "") {
					t.Errorf("the item reads %q, want %q", got, written)
				}
				// the link's words, then the number printed after them, which reads with them
				var got []string
				for _, k := range e.Kids {
					if k.Elem != nil && link(k.Elem) != nil {
						got = append(got, words(link(k.Elem).Contents))
					}
				}
				if want := []string{strings.TrimSuffix(tt.contents, " 1-614-276-2274"), tt.contents}; !slices.Equal(got, want) {
					t.Errorf("the links' /Contents are %q, want %q", got, want)
				}
			})
			if !found {
				t.Fatal("no list item holds the link")
			}
		})
	}
}

// In a right-to-left handout a question's number and a numbered list's labels are drawn alike,
// as the bidirectional algorithm (and a browser's right-to-left list) places "1.": the full stop
// left of the digits, ".1". A screen reader reads each as written, "1.": a Span whose
// /ActualText is the number, first in its heading (H2) or its label (Lbl). Read back from the
// PDF's bytes: the structure tree and the text each MCID marks.
func TestRightToLeftNumbersReadAsWritten(t *testing.T) {
	faq, err := os.ReadFile("../../testdata/languages/ar/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	// its list numbered
	faq = []byte(strings.Replace(strings.Replace(string(faq), "- ", "1. ", 1), "- ", "2. ", 1))
	fsys := contentWith(t, []string{"ar"}, map[string]string{"ar/faq.md": string(faq)})
	rb := openBuilt(t, runFSWithFont(t, fsys, []string{"ar"}, notoFamily(t, "NotoNaskhArabic", "Noto Naskh Arabic")), "handout-ar-letter.pdf")
	tree := treeOf(t, rb.raw)
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	drawn := func(k readback.Kid) string { // the text marked with a kid's MCID
		var s strings.Builder
		for _, tx := range pages[k.Page].Texts {
			if tx.Mark == k.MCID {
				s.WriteString(tx.S)
			}
		}
		return s.String()
	}
	// the first content of e: its text as drawn, and as a screen reader reads it
	var first func(e *readback.Elem) (drawnAs, readAs string)
	first = func(e *readback.Elem) (string, string) {
		for _, k := range e.Kids {
			if k.Elem != nil {
				d, r := first(k.Elem)
				if k.Elem.ActualText != "" {
					r = k.Elem.ActualText
				}
				return d, r
			}
			if k.MCID >= 0 {
				return drawn(k), drawn(k)
			}
		}
		return "", ""
	}
	got := map[string][][2]string{}
	tree.Root.Walk(func(e *readback.Elem) {
		if e.Role == "H2" || e.Role == "Lbl" {
			d, r := first(e)
			got[e.Role] = append(got[e.Role], [2]string{d, r})
		}
	})
	for _, tt := range []struct {
		role  string
		from  int // the first numbered one
		count int
	}{
		{"H2", 1, 2}, // after the hotline box's heading
		{"Lbl", 0, 2},
	} {
		if len(got[tt.role]) < tt.from+tt.count {
			t.Fatalf("%d %s elements, want %d or more", len(got[tt.role]), tt.role, tt.from+tt.count)
		}
		for i, dr := range got[tt.role][tt.from : tt.from+tt.count] {
			want := strconv.Itoa(i+1) + "."
			if tt.role == "H2" { // the question follows it, a space between (layout.Doc.ReadAs)
				want += " "
			}
			if dr[0] != "."+strconv.Itoa(i+1) || dr[1] != want {
				t.Errorf("%s %d: drawn %q, read %q; want drawn %q, read %q", tt.role, i+1, dr[0], dr[1], "."+strconv.Itoa(i+1), want)
			}
		}
	}
}

// A right-to-left line that breaks before a link's number reads, to a screen reader and a
// copy, with the space its break stood for: "بالخط الوطني 1-888-373-7888", not
// "الوطني1-888-373-7888". Read back from the PDF's bytes: each paragraph's Spans' /ActualText
// and its links' text, in reading order.
func TestRightToLeftLineBeforeALink(t *testing.T) {
	fsys := contentWith(t, []string{"ar"}, nil)
	rb := openBuilt(t, runFSWithFont(t, fsys, []string{"ar"}, notoFamily(t, "NotoNaskhArabic", "Noto Naskh Arabic")), "handout-ar-letter.pdf")
	tree := treeOf(t, rb.raw)
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	tree.Root.Walk(func(e *readback.Elem) {
		if p := readAloud(pages, e); e.Role == "P" && strings.Contains(p, "بالخط الوطني") {
			found = true
			if !strings.Contains(p, "بالخط الوطني 1-888-373-7888") {
				t.Errorf("the paragraph reads %q", p)
			}
		}
	})
	if !found {
		t.Fatal("no paragraph gives the national line")
	}
}

// readAloud is what a screen reader reads of e: each element's /ActualText where it has one,
// else the text drawn, in reading order.
func readAloud(pages []readback.Page, e *readback.Elem) string {
	if e.ActualText != "" {
		return e.ActualText
	}
	var s strings.Builder
	for _, k := range e.Kids {
		switch {
		case k.Elem != nil:
			s.WriteString(readAloud(pages, k.Elem))
		case k.MCID >= 0:
			for _, tx := range pages[k.Page].Texts {
				if tx.Mark == k.MCID {
					s.WriteString(tx.S)
				}
			}
		}
	}
	return s.String()
}

// A Chinese display line keeps a common word of two characters whole where an even break is
// left: the poster's headline "我们全天随时都可以帮助你" broke as "…都可 / 以帮助你", parting
// 可以 (can); it breaks before the word. Read back from each poster's first lines.
func TestChineseHeadlineKeepsItsWords(t *testing.T) {
	const headline = "我们全天随时都可以帮助你"
	text := strings.Replace(mustReadFile(t, "../../testdata/languages/zh/text.yaml"), "headline: Any child can be trafficked. Anyone can help.", "headline: "+headline, 1)
	opts := optionsFor(t, contentWith(t, []string{"zh"}, map[string]string{"zh/text.yaml": text}), []string{"zh"}, droidFallback(t))
	opts.Kinds = []string{"poster"}
	res, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	broken := 0
	for _, r := range res {
		pages, err := readback.Read([]byte(mustReadFile(t, r.Path)))
		if err != nil {
			t.Fatal(err)
		}
		lines := map[float64]string{} // the headline's characters on each baseline
		for _, tx := range pages[0].Texts {
			if strings.Contains(headline, tx.S) {
				lines[tx.Y] += tx.S
			}
		}
		var ls []string
		for _, y := range slices.Sorted(maps.Keys(lines)) { // top to bottom
			ls = append(ls, lines[y])
		}
		if strings.Join(ls, "") != headline {
			t.Fatalf("%s: the headline reads %q", filepath.Base(r.Path), ls)
		}
		if len(ls) > 1 {
			broken++
		}
		for i := 1; i < len(ls); i++ {
			if strings.HasSuffix(ls[i-1], "可") && strings.HasPrefix(ls[i], "以") {
				t.Errorf("%s: the headline parts 可以: %q", filepath.Base(r.Path), ls)
			}
		}
	}
	if broken == 0 {
		t.Error("no poster breaks the headline")
	}
}
