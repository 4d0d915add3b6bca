package typeface

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"golang.org/x/image/font/sfnt"

	"haven/internal/diag"
)

// presentationForm reports whether r is in Unicode's Arabic Presentation Forms-A or -B, the
// characters Shape writes joined letters as, or one of the Hebrew ones it writes pointed
// letters as.
func presentationForm(r rune) bool {
	return r >= 0xFB1D && r <= 0xFB4E || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// presentationForms are the presentation forms Shape writes for texts that runes, their
// distinct characters, do not already hold: a font must have them to print the texts joined.
func presentationForms(runes []rune, texts []diag.Located) []rune {
	if !slices.ContainsFunc(runes, func(r rune) bool { return joins(r) || hebrewPoint(r) }) {
		return nil
	}
	var forms []rune
	for _, t := range texts {
		if !mayShape(t.Text) {
			continue
		}
		for _, r := range Shape(t.Text) {
			if presentationForm(r) && !slices.Contains(forms, r) {
				if _, typed := slices.BinarySearch(runes, r); !typed {
					forms = append(forms, r)
				}
			}
		}
	}
	slices.Sort(forms)
	return forms
}

// arabicLanguages names the languages written in Arabic script by their content folders.
var arabicLanguages = map[string]string{"ar": "Arabic", "fa": "Persian", "ur": "Urdu", "ps": "Pashto", "ckb": "Sorani Kurdish", "sd": "Sindhi", "ug": "Uyghur"}

// lettersFamily is the first of families that has every Arabic letter of runes: the font
// the user meant them to print in.
func lettersFamily(families []*Family, runes []rune) *Family {
	var buf sfnt.Buffer
	for _, f := range families {
		if !slices.ContainsFunc(runes, func(r rune) bool { return joins(r) && !f.Has(&buf, r) }) {
			return f
		}
	}
	return families[0]
}

// formsError is the error of a font that has Arabic letters but not the presentation forms
// haven prints them joined with (Noto Nastaliq Urdu, Noto Kufi Arabic: they join letters
// only through OpenType tables, which haven applies only to the words Shape leaves to
// HarfBuzz), told once, where the
// first text that needs them is written.
func formsError(f *Family, forms []rune, texts []diag.Located) error {
	at, first := texts[0], forms[0] // the first text that needs one, and the first it needs
	for _, t := range texts {
		if !mayShape(t.Text) {
			continue
		}
		if i := strings.IndexFunc(Shape(t.Text), func(r rune) bool { return slices.Contains(forms, r) }); i >= 0 {
			at, first = t, []rune(Shape(t.Text)[i:])[0]
			break
		}
	}
	if first < 0xFB50 {
		return diag.Problems{{File: at.File, Line: at.Line, Field: at.Field,
			Msg: fmt.Sprintf("the font %s lacks the Hebrew letters with points that haven prints pointed letters with "+
				"(%d of them, e.g. %q U+%04X): drawn apart, a point would land beside its letter, a shin's dot where a sin's is", f.Name, len(forms), first, first),
			Hint: "give a font that has them with --font (or font: in settings.yaml), such as Noto Sans Hebrew: " +
				"--font /usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf,/usr/share/fonts/truetype/noto/NotoSansHebrew-Bold.ttf " +
				"(Debian's fonts-noto-core), or write the text without points"}}
	}
	lang := "Arabic-script"
	if name, ok := arabicLanguages[path.Base(path.Dir(at.File))]; ok {
		lang = name
	}
	example := fmt.Sprintf("%q U+%04X", first, first)
	for r, lf := range joinForms {
		if n := slices.Index(lf.forms[:], first); n >= 0 {
			example += fmt.Sprintf(", the %s form of %q U+%04X", [4]string{"isolated", "final", "initial", "medial"}[n], r, r)
		}
	}
	return diag.Problems{{File: at.File, Line: at.Line, Field: at.Field,
		Msg: fmt.Sprintf("the font %s has the %s letters but lacks the Arabic presentation forms haven prints them joined with "+
			"(%d of them, e.g. %s): it joins letters only through OpenType tables, which haven applies only to a word "+
			"the forms cannot print (one with a vowel sign, or a letter Unicode gives no forms)", f.Name, lang, len(forms), example),
		Hint: "give a font that has the presentation forms with --font (or font: in settings.yaml), such as Noto Naskh Arabic: " +
			"--font /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf,/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf " +
			"(Debian's fonts-noto-core)"}}
}
