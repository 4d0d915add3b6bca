package content

import (
	"fmt"
	"path"
	"strings"
	"unicode"

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
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// discreetFields are what a discreet card prints on its front, the side seen first. (Its back
// still names the hotline in the content people have today; a neutral back is the design
// change that extends this check to both sides.)
func discreetFields(t *Text) []diag.Located {
	return []diag.Located{t.Discreet.Headline, t.Discreet.Subline, t.Card.Text, t.Card.Danger}
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
