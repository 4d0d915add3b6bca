package layout

import (
	"slices"
	"strings"
	"testing"

	"haven/internal/diag"
	"haven/internal/typeface"
)

// A poster headline starts each sentence on a new line whatever ends it: Unicode's sentence
// terminals, Urdu's ۔ and Amharic's ። ፧ as well as ". ! ?"; not a comma or a colon.
func TestHeadlineSentenceEnds(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Any child can be trafficked. Anyone can help.", "Any child can be trafficked.|Anyone can help."},
		{"کوئی بھی بچہ اسمگلنگ کا شکار ہو سکتا ہے۔ کوئی بھی مدد کر سکتا ہے۔", "کوئی بھی بچہ اسمگلنگ کا شکار ہو سکتا ہے۔|کوئی بھی مدد کر سکتا ہے۔"},
		{"ማንኛውም ልጅ ሊዘዋወር ይችላል። ማንኛውም ሰው መርዳት ይችላል።", "ማንኛውም ልጅ ሊዘዋወር ይችላል።|ማንኛውም ሰው መርዳት ይችላል።"},
		{"ልጅ አለዎት፧ ይደውሉ።", "ልጅ አለዎት፧|ይደውሉ።"},
		{"هل تحتاج إلى مساعدة؟ اتصل الآن.", "هل تحتاج إلى مساعدة؟|اتصل الآن."},
		{"Call now, day or night: free.", "Call now, day or night: free."},
	} {
		got, err := headlineLines(mono{}, Style{Size: 10}, diag.Located{Text: tt.in}, 400, true)
		if err != nil || strings.Join(got, "|") != tt.want {
			t.Errorf("%q: got %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// A display line of two parts joined by a comma, the second ending in a pair joined by "and"
// ("day and night", which reads as a list), breaks at the comma rather than before the "and",
// at every width where those lines fit, in the poster's headline and facts, measured in the
// face that prints them.
func TestDisplayLinesBreakAtTheComma(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, text string
		headline   bool
		want       []string // its lines where it takes two (the headline: after its first sentence)
	}{
		{"en", "Love should not hurt. Help is here, day and night.", true, []string{"Love should not hurt.", "Help is here,", "day and night."}},
		{"es", "Reclutan en escuelas, centros comerciales y en línea.", false, []string{"Reclutan en escuelas,", "centros comerciales y en línea."}},
		// an en dash in a range ("Monday–Saturday") is no part's end, as a spaced one is
		{"en", "Our community line, free and private, Monday–Saturday from 9 to 9", false, []string{"Our community line, free and private,", "Monday–Saturday from 9 to 9"}},
	} {
		m := Typeset(typeface.NewMeasurer(fams[0]), tt.lang)
		st := Style{Size: 20, Font: Bold}
		for w := 100.0; w < 600; w += 2 {
			var got []string
			if tt.headline {
				got, err = headlineLines(m, st, diag.Located{Text: tt.text}, w, true)
			} else {
				got, err = fitLines(m, st, diag.Located{Text: tt.text}, w, 3, "a fact")
			}
			fits := !slices.ContainsFunc(tt.want, func(l string) bool { return m.Width(st.Font, st.Size, l) > w })
			if err == nil && fits && len(got) == len(tt.want) && strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q at %.0f pt: got %q, want %q", tt.text, w, got, tt.want)
			}
		}
	}
}

// A sentence of a poster headline set in two lines or three does not leave its first word
// alone on the first ("Talk" over "to a counselor today."), at any width where a break after
// a later word fits; a word too long to share a line with the next stays alone, and the
// headline's lines are the same where its first line already holds two words.
func TestHeadlineFirstWordNotAlone(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	m := Typeset(typeface.NewMeasurer(fams[0]), "en")
	st := Style{Size: 40, Font: Bold}
	for _, text := range []string{"Talk to a counselor today.", "Help is here. Talk to a counselor today.", "Stressed? Unsafe? Talk to us.",
		"You are not alone.", "Hablar con alguien ayuda.", "Trafficking happens in every county."} {
		for w := 150.0; w < 900; w += 3 {
			got, err := headlineLines(m, st, diag.Located{Text: text}, w, false)
			if err != nil {
				continue
			}
			ends := func(l string) bool { r := []rune(l); return sentenceEnd(r[len(r)-1]) }
			for i, l := range got {
				if i > 0 && !ends(got[i-1]) || ends(l) || strings.Contains(l, " ") || i+1 == len(got) {
					continue // not a sentence's first line of several, or not one word
				}
				if m.Width(st.Font, st.Size, l+" "+strings.Fields(got[i+1])[0]) <= w {
					t.Errorf("%q at %.0f pt wide: %q alone on its first line: %q", text, w, l, got)
				}
			}
		}
	}
	// a word that shares a line with no other stays alone
	long := "Schwangerschaftskonfliktberatung hilft sofort."
	w := m.Width(Bold, 40, "Schwangerschaftskonfliktberatung") + 5
	if got, err := headlineLines(m, st, diag.Located{Text: long}, w, false); err != nil || len(got) != 2 || got[0] != "Schwangerschaftskonfliktberatung" {
		t.Errorf("%q at %.0f pt wide: got %q, %v", long, w, got, err)
	}
}
