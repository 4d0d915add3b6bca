package build

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"haven/fonts"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/pdfread"
	"haven/internal/typeface"
)

// italicFAQ is the English FAQ with emphasis in its second answer: italic, bold italic, and
// an italic character Atkinson Hyperlegible Next lacks (№, from Noto Sans).
func italicFAQ(t *testing.T) fs.FS {
	t.Helper()
	faq := builtinFAQ(t)
	const from = "No. Most victims know their traffickers."
	if !strings.Contains(faq, from) {
		t.Fatalf("en/faq.md no longer says %q", from)
	}
	faq = strings.Replace(faq, from, "No. *Most victims* know ***the person who traffics them*** (*see also №3*).", 1)
	return contentWith(t, nil, map[string]string{"en/faq.md": faq})
}

// wordChars are the characters PDFium reads for the first occurrence of word on a page.
func wordChars(t *testing.T, rb *readBack, word string) []pdfread.Char {
	t.Helper()
	for i := 0; i < rb.pages; i++ {
		chars, err := rb.doc.Chars(i)
		if err != nil {
			t.Fatal(err)
		}
		// the page's characters, a line's end read as the space it stands for
		var kept []pdfread.Char
		for _, c := range chars {
			if strings.TrimSpace(c.Text) == "" {
				if len(kept) > 0 && kept[len(kept)-1].Text == " " {
					continue
				}
				c.Text = " "
			}
			kept = append(kept, c)
		}
		joined, index := "", []int{} // the page's text, and the character at each of its bytes
		for k, c := range kept {
			joined += c.Text
			for range len(c.Text) {
				index = append(index, k)
			}
		}
		if at := strings.Index(joined, word); at >= 0 {
			return kept[index[at] : index[at]+len([]rune(word))]
		}
	}
	t.Fatalf("%q is not in the PDF", word)
	return nil
}

// Italic prints in a real italic face, read back by PDFium: the name of the font each
// character is drawn in, and its descriptor's Italic flag. Bold italic is bold italic, a
// character from the fallback face is in its italic, and upright text stays upright.
func TestItalicPrintsItalic(t *testing.T) {
	rb := built(t, italicFAQ(t), []string{"en"}, "handout-en-letter.pdf")
	for _, tt := range []struct {
		word, font string
		italic     bool
	}{
		{"Most victims", "AtkinsonHyperlegibleNext-Italic", true},
		{"the person who traffics them", "AtkinsonHyperlegibleNext-BoldItalic", true},
		{"№", "NotoSans-Italic", true},
		{"know", "AtkinsonHyperlegibleNext-Regular", false},
	} {
		for _, c := range wordChars(t, rb, tt.word) {
			if c.Text == " " {
				continue
			}
			if !strings.HasSuffix(c.Font, "+"+tt.font) || c.Italic != tt.italic {
				t.Errorf("%q of %q is in %s (italic %v), want %s (italic %v)", c.Text, tt.word, c.Font, c.Italic, tt.font, tt.italic)
			}
		}
	}
}

// A user's family without italic prints its italic upright, in its own upright face (a font
// of its own in the PDF, so the check still tells the faces apart), and check says so.
func TestItalicUprightWithoutItalicFace(t *testing.T) {
	brand, err := typeface.New("Brand", "Brand-Regular.ttf", "Brand-Bold.ttf", withPostScriptName(t, fonts.AtkinsonRegular, "Brand-Regular"), withPostScriptName(t, fonts.AtkinsonBold, "Brand-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	ct, err := content.Load(italicFAQ(t), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Content: ct, Families: append([]*typeface.Family{brand}, fams...), Out: t.TempDir(), Kinds: kinds.PrintedNames(), Langs: []string{"en"}, Created: epoch}
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	rb := openBuilt(t, res, "handout-en-letter.pdf")
	for _, c := range wordChars(t, rb, "Most victims") {
		if c.Text != " " && (!strings.HasSuffix(c.Font, "+Brand-Regular") || c.Italic) {
			t.Errorf("%q is in %s (italic %v), want Brand's upright face", c.Text, c.Font, c.Italic)
		}
	}
	faces, err := Faces(o)
	if err != nil {
		t.Fatal(err)
	}
	if want := "en: set in Brand; from Noto Sans: '№' U+2116; italic printed upright: Brand has no italic (content/en/faq.md:"; len(faces) != 1 || !strings.HasPrefix(faces[0], want) {
		t.Errorf("check says %q, want %q...", faces, want)
	}
}
