package content

import (
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"haven/internal/diag"
)

// avoidDefaults are the words a discreet card never prints, per language, when text.yaml
// lists none of its own: anyone who sees the card must not learn what it is about.
var avoidDefaults = map[string][]string{
	"en": {"trafficking", "trafficked", "trafficker", "traffickers", "sex", "sexual", "sexually", "exploitation", "exploited", "abuse", "abused", "violence", "violent", "assault", "rape", "suicide", "suicidal"},
	"es": {"trata", "tráfico", "traficante", "traficantes", "sexo", "sexual", "sexuales", "explotación", "explotado", "explotada", "abuso", "abusos", "violencia", "violento", "agresión", "violación", "suicidio", "suicida"},
}

// fold is a text compared for words: lower case, accents taken off ("Explotación" and
// "explotacion" are one word).
func fold(s string) string {
	if ascii(s) { // nothing to take off: and a chain of transforms allocates 8 KB of buffers
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// discreetFields are what a discreet card prints, on both sides. A back title that is the
// hotline's own name (hotline_name) is left to the content: it names the line on purpose.
func discreetFields(t *Text) []diag.Located {
	d := t.Discreet
	out := []diag.Located{d.Headline, d.Subline, t.Card.Text, t.Card.More, t.Card.Danger}
	if d.BackTitle.Text != t.HotlineName.Text {
		out = append(out, d.BackTitle)
	}
	out = append(out, d.BackLines...)
	return append(out, d.BackNote)
}

// checkDiscreet refuses a discreet card that prints a revealing word, whole, in any case and
// with or without accents, naming the word, the field and its line.
func checkDiscreet(file, lang string, t *Text) diag.Problems {
	words := avoidDefaults[lang]
	if base, _, _ := strings.Cut(lang, "-"); words == nil {
		words = avoidDefaults[base]
	}
	if len(t.Discreet.Avoid) > 0 {
		words = nil
		for _, w := range t.Discreet.Avoid {
			words = append(words, w.Text)
		}
	}
	avoid := map[string]string{}
	for _, w := range words {
		avoid[fold(w)] = w
	}
	var ps diag.Problems
	for _, f := range discreetFields(t) {
		for _, w := range strings.FieldsFunc(fold(f.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if word, ok := avoid[w]; ok {
				ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q on the discreet card, which must not say what it is about", word),
					"choose neutral words (\"Need to talk?\"); discreet.avoid in "+path.Base(file)+" lists the words refused")
				break
			}
		}
	}
	return ps
}
