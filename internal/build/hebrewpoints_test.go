package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"haven/internal/readback"
)

// Hebrew points print on the letter they are written on in every output: a pointed word is
// shaped by HarfBuzz, which places each point by the font's mark positioning
// (typeface.TestPointedHebrewShaped), and drawn by glyph index; every output reads the words
// aloud as written, points and all (the lines' /ActualText: PDFium and poppler, reading the
// glyphs, part a word at some points), and no point reaches another line's letters.
func TestHebrewPointsOnTheirLetters(t *testing.T) {
	fam := notoFamily(t, "NotoSansHebrew", "Noto Sans Hebrew")
	const (
		headline = "שָׁלוֹם, אַתֶּם לֹא לְבַד."
		subtitle = "בְּרֵאשִׁית בָּרָא, עובדות ותשובות"
	)
	yaml, err := os.ReadFile(filepath.Join("..", "..", "testdata", "languages", "he", "text.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.NewReplacer("headline: You are not alone.", "headline: "+headline,
		"headline: Any child can be trafficked. Anyone can help.", "headline: "+headline,
		"subtitle: Facts and answers for parents, teachers and caregivers", "subtitle: "+subtitle).Replace(string(yaml))
	faq := strings.Replace(mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", "he", "faq.md")), "## האם כל הקורבנות נחטפים על ידי זרים?", "## הַאִם כָּל הַקָּרְבָּנוֹת נֶחְטָפִים עַל יְדֵי זָרִים?", 1)
	res := runFSWithFont(t, contentWith(t, []string{"he"}, map[string]string{"he/text.yaml": text, "he/faq.md": faq}), []string{"he"}, fam)
	for _, tc := range []struct {
		file  string
		words []string
	}{
		{"handout-he-letter.pdf", []string{"בְּרֵאשִׁית", "הַקָּרְבָּנוֹת", "זָרִים"}},
		{"handout-large-he-letter.pdf", []string{"הַקָּרְבָּנוֹת"}},
		{"cards-he-letter.pdf", []string{"שָׁלוֹם", "לֹא", "לְבַד"}},
		{"poster-he-letter.pdf", []string{"שָׁלוֹם", "אַתֶּם", "לֹא"}},
		{"poster-tearoff-he-letter.pdf", []string{"שָׁלוֹם", "לְבַד"}},
	} {
		rb := openBuilt(t, res, tc.file) // no point reaches another line's letters
		pages, err := readback.Read(rb.raw)
		if err != nil {
			t.Fatal(err)
		}
		read := readAloud(pages, treeOf(t, rb.raw).Root)
		for _, w := range tc.words {
			if !strings.Contains(norm.NFC.String(read), norm.NFC.String(w)) {
				t.Errorf("%s: %q is not read aloud in %q", tc.file, w, read)
			}
		}
		if glyphsByIndex(t, rb.raw) == 0 {
			t.Errorf("%s: no pointed word is set by glyph index", tc.file)
		}
	}
}
