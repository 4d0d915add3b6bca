package typeface

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"haven/internal/diag"
)

// A pointed Hebrew word is a piece HarfBuzz shapes, right to left, left as written by Shape
// (no presentation form holds its points); an unpointed one is not, and the pointed words an
// earlier haven refused, whose points the font places only by its mark positioning (holam
// clear of lamed's stem, a vowel clear of qof's tail), are accepted.
func TestPointedHebrewShaped(t *testing.T) {
	for _, tt := range []struct {
		in     string
		shaped []string
	}{
		{"שָׁלוֹם, אַתֶּם לֹא לְבַד.", []string{"שָׁלוֹם", "אַתֶּם", "לֹא", "לְבַד"}},
		{"רוב הקורבנות קָרָא 911", []string{"קָרָא"}},
		{"שלום עולם", nil},
	} {
		if got := Shape(tt.in); got != tt.in {
			t.Errorf("Shape(%q) = %+q, want it as written", tt.in, got)
		}
		var shaped []string
		ShapedPieces(tt.in, func(piece string, s bool) {
			if s {
				shaped = append(shaped, piece)
			}
		})
		if len(shaped) != len(tt.shaped) {
			t.Fatalf("ShapedPieces(%q) shapes %q, want %q", tt.in, shaped, tt.shaped)
		}
		for i := range shaped {
			if shaped[i] != tt.shaped[i] {
				t.Errorf("ShapedPieces(%q) shapes %q, want %q", tt.in, shaped, tt.shaped)
			}
		}
	}
	fam := notoFamily(t, "NotoSansHebrew", "Noto Sans Hebrew")
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"שָׁלוֹם, אַתֶּם לֹא לְבַד.", "קָרָא", "חּ", "שֶׁלְּךָ"} {
		if _, err := Choose("he", append([]*Family{fam}, defaults...), []diag.Located{{File: "content/he/text.yaml", Line: 3, Field: "card.headline", Text: text}}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
	// the font's mark positioning moves holam off lamed's stem, between the two letters (drawn
	// left to right: alef, the point, lamed), and qamats under qof, inside its width
	glyphs, _, err := fam.Shape(Regular, "לֹא", "he")
	if err != nil {
		t.Fatal(err)
	}
	if len(glyphs) != 3 || !(glyphs[0].X < glyphs[1].X && glyphs[1].X < glyphs[2].X) {
		t.Errorf("לֹא: glyphs %+v, want alef, holam, lamed from left to right", glyphs)
	}
	glyphs, adv, err := fam.Shape(Regular, "קָ", "he")
	if err != nil {
		t.Fatal(err)
	}
	if len(glyphs) != 2 || glyphs[0].X <= 0 || glyphs[0].X >= adv {
		t.Errorf("קָ: glyphs %+v (advance %v), want qamats inside qof's width", glyphs, adv)
	}
}

// A Thaana word with its fili (Dhivehi) is a piece HarfBuzz shapes, right to left, each fili
// on its letter by the font's mark positioning: an earlier haven refused every Dhivehi text,
// as no character holds a letter with its fili. A fili with no letter before it still is.
func TestThaanaFiliShaped(t *testing.T) {
	var shaped []string
	ShapedPieces("ދިވެހި ބަސް 1412", func(piece string, s bool) {
		if s {
			shaped = append(shaped, piece)
		}
	})
	if want := []string{"ދިވެހި", "ބަސް"}; !slices.Equal(shaped, want) {
		t.Errorf("ShapedPieces shapes %q, want %q", shaped, want)
	}
	fam := notoFamily(t, "NotoSansThaana", "Noto Sans Thaana")
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, err string }{
		{"ދިވެހި ބަސް", ""},
		{"ގޭތެރޭގައި ހިންގާ އަނިޔާ؟", ""},
		{"ދިވެހި", ""},
		{"ހ ި", "no letter before it"},
	} {
		_, err := Choose("dv", append([]*Family{fam}, defaults...), []diag.Located{{File: "content/dv/faq.md", Line: 3, Field: "title", Text: tt.text}})
		if got := fmt.Sprint(err); tt.err == "" && err != nil || tt.err != "" && !strings.Contains(got, tt.err) {
			t.Errorf("%q: %v, want %q", tt.text, err, tt.err)
		}
	}
	// kaafu with eebeefili under it, drawn right to left: the fili inside the letter's width
	glyphs, adv, err := fam.Shape(Regular, "ކީ", "dv")
	if err != nil {
		t.Fatal(err)
	}
	if len(glyphs) != 2 || glyphs[0].X < 0 || glyphs[0].X >= adv || glyphs[1].X < 0 || glyphs[1].X >= adv {
		t.Errorf("ކީ: glyphs %+v (advance %v), want the fili inside kaafu's width", glyphs, adv)
	}
}
