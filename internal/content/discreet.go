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

// discreetFields are what a discreet card prints, on both sides: the front's words, the text
// line, TTY or chat and 911 it shares with the card, and the back's heading, lines and note.
func discreetFields(t *Text) []diag.Located {
	d := t.Discreet
	out := []diag.Located{d.Headline, d.Subline, t.Card.Text, t.Card.More, t.Card.Danger, d.BackTitle}
	out = append(out, d.BackLines...)
	return append(out, d.BackNote)
}

// discreetBackTitles are the discreet back's heading when text.yaml gives none: it says what
// the card offers, never whose line it is.
var discreetBackTitles = map[string]string{
	"en": "Free, private support, 24/7",
	"es": "Apoyo gratuito y privado, 24/7",
}

// neutralBackTitle gives the discreet back its heading: the language's built-in one when
// text.yaml gives none, or gives the hotline's name (as content written before the back was
// checked did). A language without a built-in heading prints none.
func neutralBackTitle(lang string, t *Text) {
	d := &t.Discreet
	if d.BackTitle.Text != "" && d.BackTitle.Text != t.HotlineName.Text {
		return
	}
	title, ok := discreetBackTitles[lang]
	if base, _, _ := strings.Cut(lang, "-"); !ok {
		title = discreetBackTitles[base]
	}
	d.BackTitle = diag.Located{File: d.BackTitle.File, Line: d.BackTitle.Line, Field: "discreet.back_title", Text: title}
}

// checkDiscreet refuses a discreet card that prints a revealing word, whole, in any case and
// with or without accents, naming the word, the field and its line; and, unless the content
// asks for them (discreet.show_names), one that prints the hotline's name, the organisation's
// name or the address of the hotline's site. names are those, as printed.
func checkDiscreet(file, lang string, t *Text, names ...string) diag.Problems {
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
	hint := "choose neutral words (\"Need to talk?\"); discreet.avoid in " + path.Base(file) + " lists the words refused"
	for _, f := range discreetFields(t) {
		if name := namedIn(f.Text, names); name != "" && !t.Discreet.ShowNames {
			ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q on the discreet card, which must not say whose line it is", name),
				"leave the name out, or write discreet: show_names: true in "+path.Base(file)+" to print it on purpose")
			continue
		}
		for _, w := range strings.FieldsFunc(fold(f.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if word, ok := avoid[w]; ok {
				ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q on the discreet card, which must not say what it is about", word), hint)
				break
			}
		}
	}
	return ps
}

// namedIn is the first of names that s prints, compared folded; "" when none.
func namedIn(s string, names []string) string {
	fs := fold(s)
	for _, n := range names {
		if n != "" && strings.Contains(fs, fold(n)) {
			return n
		}
	}
	return ""
}
