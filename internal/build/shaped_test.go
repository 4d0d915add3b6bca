package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/contenttest"
	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// Hindi prints shaped (typeface.Family.Shape): its conjuncts, its vowel signs drawn before
// their consonant and its marks each the glyph HarfBuzz gives, set by glyph index, while its
// words copy as written (PDFium reads them back in order) and its numbers stay characters.
func TestIndicScriptPrintsShaped(t *testing.T) {
	res := runWithFont(t, []string{"hi"}, notoFamily(t, "NotoSansDevanagari", "Noto Sans Devanagari"))
	want := []string{
		"नाबालिगों की यौन तस्करी: तथ्य और सवाल",
		"क्या सभी पीड़ितों का अपहरण अजनबी करते हैं?",
		"हर बच्चा सुरक्षा और संरक्षण का हक़दार है।",
		"1-888-373-7888", "233733",
	}
	seen := 0
	for _, r := range res {
		name := filepath.Base(r.Path)
		if !strings.HasPrefix(name, "handout-hi-") {
			continue
		}
		seen++
		rb := open(t, r.Path)
		checkNoOverlap(t, rb)
		for _, w := range want {
			if !strings.Contains(rb.text, w) {
				t.Errorf("%s: %q is not read back in\n%s", name, w, rb.text)
			}
		}
		// the conjunct of क्ष (in सुरक्षा) is one glyph, which no character maps to: it is
		// set by its index, as a code of the Private Use Area that copies as its letters
		pages, err := readback.Read(rb.raw)
		if err != nil {
			t.Fatal(err)
		}
		glyphs, conjunct := 0, false
		for _, p := range pages {
			for _, tx := range p.Texts {
				for _, c := range tx.S {
					if s, ok := p.Fonts[tx.Font].Glyph(c); ok {
						glyphs++
						conjunct = conjunct || s == "क्ष"
					}
				}
			}
		}
		if glyphs == 0 || !conjunct {
			t.Errorf("%s: %d glyphs set by index, the conjunct क्ष among them: %v", name, glyphs, conjunct)
		}
	}
	if seen != 2 {
		t.Errorf("%d Hindi handouts, want 2", seen)
	}
}

// Thai, written without spaces between its words, prints shaped (a tone mark stacked over the
// vowel above its letter: ที่, ผู้) where the text marks its words with zero-width spaces: the
// handout, cards and poster are made, read back as written, with no zero-width space among
// the characters and no two letters overlapping.
func TestThaiPrintsBetweenZeroWidthSpaces(t *testing.T) {
	res := runWithFont(t, []string{"th"}, notoFamily(t, "NotoSansThai", "Noto Sans Thai"))
	want := []string{"ข้อเท็จจริง", "เหยื่อส่วนใหญ่รู้จักผู้ค้ามนุษย์", "ที่พบบ่อย", "1-888-373-7888", "233733"}
	for _, name := range []string{"handout-th-letter.pdf", "cards-th-letter.pdf", "poster-th-letter.pdf"} {
		rb := openBuilt(t, res, name)
		checkNoOverlap(t, rb)
		if strings.Contains(rb.text, "\u200b") {
			t.Errorf("%s: a zero-width space is read back", name)
		}
		if name != "handout-th-letter.pdf" {
			continue
		}
		for _, w := range want {
			if !strings.Contains(rb.text, w) {
				t.Errorf("%s: %q is not read back in\n%s", name, w, rb.text)
			}
		}
	}
}

// Accents no character composes with their letter (Yoruba's tone marks over ọ and ẹ, Navajo's
// acute over ą) are placed by HarfBuzz: the Yoruba handout reads back as written, its
// accented words' glyphs set by index, no two letters overlapping; a capital's tone mark
// (Ọ̀) sits above it, not through it.
func TestAccentsWithoutComposedFormsPlaced(t *testing.T) {
	faq := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "yo", "faq.md"))
	faq = strings.Replace(faq, "ọ̀pọ̀ olùfaragbá", "ọ̀pọ̀ olùfaragbá (Ọ̀PỌ̀, nishłį́, į́ ą́ą́)", 1) // į́: Atkinson draws its į as i and ogonek
	res := runFSWithFont(t, contentWith(t, []string{"yo"}, map[string]string{"yo/faq.md": faq}), []string{"yo"}, nil)
	rb := openBuilt(t, res, "handout-yo-letter.pdf")
	checkNoOverlap(t, rb)
	for _, w := range []string{"ìbálòpọ̀", "ọ̀pọ̀ olùfaragbá (Ọ̀PỌ̀, nishłį́, į́ ą́ą́)", "lẹ́sẹ̀kẹsẹ̀", "1-888-373-7888"} {
		if !strings.Contains(rb.text, w) {
			t.Errorf("%q is not read back in\n%s", w, rb.text)
		}
	}
	if glyphsByIndex(t, rb.raw) == 0 {
		t.Error("no accented word is set by glyph index")
	}
	// in an English edition, set in Atkinson Hyperlegible Next, which has no į and draws it as
	// i and ogonek, its glyphs copying as those, read back composed
	en := strings.Replace(builtinFAQ(t), "No. Most victims", "Navajo: į́ and ą́ą́. No. Most victims", 1)
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": en}), Options{Kinds: []string{"handout"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	if rb := openBuilt(t, res, "handout-en-letter.pdf"); !strings.Contains(rb.text, "Navajo: į́ and ą́ą́.") {
		t.Errorf("the Navajo words are not read back in\n%s", rb.text)
	}
}

// glyphsByIndex is how many glyphs of shaped text (readback.Font.Glyph) a PDF sets.
func glyphsByIndex(t *testing.T, raw []byte) int {
	t.Helper()
	pages, err := readback.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	glyphs := 0
	for _, p := range pages {
		for _, tx := range p.Texts {
			for _, c := range tx.S {
				if _, ok := p.Fonts[tx.Font].Glyph(c); ok {
					glyphs++
				}
			}
		}
	}
	return glyphs
}

// An accent the family's face lacks (Yoruba's vertical line below, U+0329, which Atkinson
// Hyperlegible Next has not) is set with its letter, the whole word in the face that has it, and
// placed on it; a brand font whose tables do not place an accent on its letter (DejaVu Sans on
// Ọ) is refused where the word is written, naming the font and the accent, before anything is
// printed with the accent beside or through its letter.
func TestAccentsFromAnotherFaceAndFontsThatDoNotPlaceThem(t *testing.T) {
	faq := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "yo", "faq.md"))
	lined := strings.NewReplacer("ọ", "o\u0329", "ẹ", "e\u0329", "Ọ", "O\u0329").Replace(faq)
	res := runFSWithFont(t, contentWith(t, []string{"yo"}, map[string]string{"yo/faq.md": lined}), []string{"yo"}, nil)
	rb := openBuilt(t, res, "handout-yo-letter.pdf")
	if want := "ò̩pò̩ olùfaragbá"; !strings.Contains(rb.text, want) { // NFC: ò and the line under it
		t.Errorf("%q is not read back in\n%s", want, rb.text)
	}
	dejavu := contenttest.SystemFont(t, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")
	bold := contenttest.SystemFont(t, "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core")
	fam, err := typeface.New("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", dejavu, bold)
	if err != nil {
		t.Fatal(err)
	}
	opts := optionsFor(t, contentWith(t, []string{"yo"}, nil), []string{"yo"}, nil)
	opts.Families = append([]*typeface.Family{fam}, opts.Families...)
	_, err = Run(context.Background(), opts)
	if err == nil || !strings.Contains(err.Error(), "DejaVuSans.ttf does not place the accent") || !strings.Contains(err.Error(), "yo/faq.md:") {
		t.Errorf("DejaVu Sans's accents off their letters: %v", err)
	}
}

// A card's headline in a script whose marks stack over its letters (Arabic written with its
// vowel signs, a shadda with a damma over it) keeps them inside the safe margin, 0.125 in
// from the cut, as every other text on the card: its band is taller, its line lower.
func TestStackedMarksKeepTheCardSafeZone(t *testing.T) {
	const safe = 0.125 * 72
	yaml := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "ar", "text.yaml"))
	yaml = strings.Replace(yaml, "  headline: You are not alone.", "  headline: أُمُّكَ تُحِبُّكِ كثيرا", 1)
	res := runFSWithFont(t, contentWith(t, []string{"ar"}, map[string]string{"ar/text.yaml": yaml}), []string{"ar"}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"))
	var rb *readBack // not held to letters apart: PDFium orders a vowelled word's marks away from their letters
	for _, r := range res {
		if filepath.Base(r.Path) == "cards-ar-letter.pdf" {
			rb = open(t, r.Path)
		}
	}
	sh := layout.Sheets["letter"]
	y0 := (sh.Paper.H - 5*sh.CardH) / 2
	chars, err := rb.doc.Chars(0)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range chars {
		if strings.TrimSpace(ch.Text) == "" || ch.Top < y0 { // the printing line, in the top margin
			continue
		}
		cy := y0 + float64(int(((ch.Top+ch.Bottom)/2-y0)/sh.CardH))*sh.CardH // its card's cut above it
		if d := ch.Top - cy; d < safe-0.5 {
			t.Errorf("%q at %.1f,%.1f is %.1f pt below its card's cut, want at least %.1f", ch.Text, ch.Left, ch.Top, d, safe)
			break
		}
	}
	if text := popplerText(t, rb.raw, "-nopgbrk"); !strings.Contains(text, "أُمُّكَ تُحِبُّكِ كثيرا") { // PDFium reads a word-final vowel sign out of its place
		t.Errorf("the headline is not read back: %s", text)
	}
}

// A Hindi card's back holds four lines, as a Latin one does: the Indic scripts' fonts allow
// for their matras at a card's leading, which takes no more for them (as Thai's and Myanmar's
// takes), so a back that fitted still fits, and its lines still read back.
func TestHindiCardBackHoldsFourLines(t *testing.T) {
	yaml := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "hi", "text.yaml"))
	const last = "  - वे आपके पास सुरक्षित जगह और सहायता ढूँढ़ने में मदद कर सकते हैं।\n"
	if !strings.Contains(yaml, last) {
		t.Fatal("hi/text.yaml has no third back line")
	}
	yaml = strings.Replace(yaml, last, last+"  - आप सुरक्षित हैं।\n", 1)
	res := runFSWithFont(t, contentWith(t, []string{"hi"}, map[string]string{"hi/text.yaml": yaml}), []string{"hi"}, notoFamily(t, "NotoSansDevanagari", "Noto Sans Devanagari"))
	if rb := openBuilt(t, res, "cards-hi-letter.pdf"); !strings.Contains(rb.text, "आप सुरक्षित हैं।") {
		t.Errorf("the fourth line is not read back in\n%s", rb.text)
	}
}

// A mark raised or lowered onto its letter (Vedic accents, here) is drawn in the same text
// object as the glyphs around it, after a rise: the read-back takes the arrays after the first
// as the object's runs, whatever their place along the line, and PDFium reads the words back
// as written, from the run's ActualText (by its glyphs' places alone, it put the lowered
// accent of इ॒॑ after the line).
func TestShapedMarksDrawnInPlace(t *testing.T) {
	yaml, err := os.ReadFile("../../testdata/languages/hi/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	faq := "# ऋग्वेदः\n\nइ॒॑ह आ॑ग॒मत्।\n\n## प्रश्नः?\n\n{phone} इ॒॑ति।\n\n## अन्तः\n\nइ॒॑ति।\n"
	fsys := contentWith(t, nil, map[string]string{"sa/faq.md": faq, "sa/text.yaml": strings.Replace(string(yaml), "हिन्दी", "संस्कृतम्", 1)})
	res := runFSWithFont(t, fsys, []string{"sa"}, notoFamily(t, "NotoSansDevanagari", "Noto Sans Devanagari"))
	rb := openBuilt(t, res, "handout-sa-letter.pdf")
	if !strings.Contains(rb.text, "इ॒॑ह आ॑ग॒मत्।") {
		t.Errorf("the accented line is not read back: %s", rb.text)
	}
}

// An Arabic-script word the presentation forms cannot print is shaped whole by HarfBuzz and
// drawn by glyph index, right to left: Pashto's letters without joined forms (ټ ښ ګ ړ ۍ), an
// Arabic vowel sign on its letter (the kasra of أنتِ, addressing a woman), a ligature inside
// such a word (لا). Readers give the words back as written, the page's glyphs keep their places
// (no word drawn over the number beside it, no letter's dots into the line below), and the
// numbers stay characters in dialling order. PDFium reads the vowelled words with a mark at
// their end in another order (it takes the mark, first in the line as drawn, for a neutral
// character): poppler reads them.
func TestArabicScriptWordsShaped(t *testing.T) {
	for _, tt := range []struct {
		lang  string
		edits map[string]string // in the language's faq.md, old => new
		want  []string          // read back, as written
		read  func(t *testing.T, rb *readBack) string
	}{
		{"ps", nil, []string{
			"د ماشومانو جنسي قاچاق: حقایق او پوښتنې",
			"ایا ټول قربانیان پردي کسان تښتوي؟",
			"د کورنۍ غړی", "1-888-373-7888 ته زنګ ووهئ", "233733", "911",
		}, func(t *testing.T, rb *readBack) string { return rb.text }},
		// a paragraph and a title ending in a vowel sign, drawn first in their last line;
		// tanween written on the letter before an alef (شكرًا), which follows it once reversed
		{"ar", map[string]string{"كل طفل يستحق الأمان والحماية.": "أنتِ لستِ وحدكِ. كلُّ طفلٍ يستحقُّ الأمان، ولا سلامَ بلا أمان. شكرًا لكِ",
			"## في الختام": "## في الختام أنتِ"}, []string{
			// poppler sets a space before the punctuation after a word, not after it
			"أنتِ لستِ وحدكِ", "كلُّ طفلٍ يستحقُّ الأمان", "ولا سلامَ بلا أمان", "شكرًا لكِ", "في الختام أنتِ", "1-888-373-7888",
		}, func(t *testing.T, rb *readBack) string { return popplerText(t, rb.raw, "-nopgbrk") }},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			extra := map[string]string{}
			if tt.edits != nil {
				faq := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", tt.lang, "faq.md"))
				for from, to := range tt.edits {
					if !strings.Contains(faq, from) {
						t.Fatalf("%s/faq.md no longer has %q", tt.lang, from)
					}
					faq = strings.Replace(faq, from, to, 1)
				}
				extra[tt.lang+"/faq.md"] = faq
			}
			fsys := contentWith(t, []string{tt.lang}, extra)
			res := runFSWithFont(t, fsys, []string{tt.lang}, notoFamily(t, "NotoNaskhArabic", "Noto Naskh Arabic"))
			handout := openBuilt(t, res, "handout-"+tt.lang+"-letter.pdf") // which holds that no two letters overlap
			text := tt.read(t, handout)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("%q is not read back in\n%s", w, text)
				}
			}
			checkFlushRight(t, handout, func(s string) bool { return s >= "\u0600" && s <= "\u06ff" || s >= "\ufb50" && s <= "\ufeff" })
			glyphs := 0
			for _, name := range []string{"handout-" + tt.lang + "-letter.pdf", "poster-" + tt.lang + "-letter.pdf", "cards-" + tt.lang + "-letter.pdf"} {
				glyphs += glyphsByIndex(t, openBuilt(t, res, name).raw)
			}
			if glyphs == 0 {
				t.Error("no glyph is set by index")
			}
		})
	}
}

// A language's own letter forms (Marathi's ल and श, not Hindi's) are shaped wherever its text
// is drawn, as it was measured: on the proof sheet too, a document of another language, whose
// thumbnail of the Marathi handout had been drawn in Hindi's forms (and, once every text's
// width was read back, refused the kit).
func TestLanguageFormsOnTheProof(t *testing.T) {
	hi := map[string]string{}
	for _, f := range []string{"faq.md", "text.yaml"} {
		hi["mr/"+f] = mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "hi", f))
	}
	hi["mr/text.yaml"] = strings.Replace(hi["mr/text.yaml"], "language: हिन्दी", "language: मराठी", 1) // its folder's
	o := optionsFor(t, contentWith(t, nil, hi), []string{"mr"}, notoFamily(t, "NotoSansDevanagari", "Noto Sans Devanagari"))
	o.Kinds, o.Proof = kinds.Names(), "letter"
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	proof := false
	for _, r := range res {
		proof = proof || filepath.Base(r.Path) == "proof.pdf"
	}
	if !proof {
		t.Errorf("no proof sheet among %d files", len(res))
	}
}
