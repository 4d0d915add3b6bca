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

// avoidDefaults are the words and phrases a discreet card never prints, per language, when
// text.yaml lists none of its own: anyone who sees the card must not learn what it is about,
// least of all a person who controls the one carrying it and would know their own doing
// described (control, the money, phone or papers taken, being made to do things, getting out).
// A phrase matches its words in a row; ordinary words alone ("money", "phone", "help", "safe")
// are left free.
var avoidDefaults = map[string][]string{
	"en": {
		"trafficking", "trafficked", "trafficker", "traffickers", "sex", "sexual", "sexually", "exploitation", "exploited",
		"abuse", "abused", "abuser", "abusers", "abusive", "violence", "violent", "assault", "rape", "suicide", "suicidal",
		"control", "controls", "controlled", "controlling", "coerced", "coercion", "forced", "threaten", "threatens",
		"threatened", "threats", "trapped", "escape", "escaping", "victim", "victims", "survivor", "survivors", "pimp",
		"prostitution", "grooming", "groomed", "rescue",
		"your money", "your phone", "your id", "your papers", "your passport", "your documents",
		"makes you", "make you do", "forces you", "against your will", "get out", "get away", "hurts you", "hurting you",
	},
	"es": {
		"trata", "tráfico", "traficante", "traficantes", "sexo", "sexual", "sexuales", "explotación", "explotado", "explotada",
		"abuso", "abusos", "abusador", "abusadora", "abusivo", "abusiva", "violencia", "violento", "agresión", "violación",
		"suicidio", "suicida", "maltrato", "maltrata", "controla", "controlan", "controlar", "controlador", "controladora",
		"obliga", "obligan", "obligado", "obligada", "forzado", "forzada", "amenaza", "amenazas", "amenazan", "atrapado",
		"atrapada", "escapar", "víctima", "víctimas", "sobreviviente", "sobrevivientes", "proxeneta", "prostitución", "rescate",
		"tu dinero", "tu celular", "tu teléfono", "tus documentos", "tu pasaporte", "tus papeles", "tu identificación",
		"te hace daño", "contra tu voluntad", "salir de ahí", "huir",
	},
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

// formerDiscreetLines are back lines the built-in discreet card once printed, which told
// anyone who turned it over what it was for, and the neutral line that replaces each.
var formerDiscreetLines = map[string]string{
	"If someone controls your money, phone or ID, or makes you do things you do not want to do, you can get help.":                "Someone will listen, day or night.",
	"Si alguien controla tu dinero, tu celular o tus documentos, o te obliga a hacer cosas que no quieres, puedes recibir ayuda.": "Alguien te escucha, de día o de noche.",
}

// neutralBackLines gives content that kept a former built-in discreet line (copied by haven
// init before it changed) the neutral line in its place, so the content still builds and the
// card no longer says what it is about; each is a warning.
func neutralBackLines(t *Text) diag.Problems {
	var ws diag.Problems
	for i, l := range t.Discreet.BackLines {
		if now, ok := formerDiscreetLines[l.Text]; ok {
			ws.Add(l.File, l.Line, l.Field, fmt.Sprintf("haven's former discreet line says what the card is about; it prints %q instead", now),
				"write a neutral line of your own (what the caller can expect, never what happens to them)")
			t.Discreet.BackLines[i].Text = now
		}
	}
	return ws
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
	avoid := make([]string, len(words)) // each folded, its words joined by one space
	for i, w := range words {
		avoid[i] = strings.Join(wordsOf(w), " ")
	}
	var ps diag.Problems
	hint := "choose neutral words (\"Need to talk?\"); discreet.avoid in " + path.Base(file) + " lists the words refused"
	for _, f := range discreetFields(t) {
		if name := namedIn(f.Text, names); name != "" && !t.Discreet.ShowNames {
			ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q on the discreet card, which must not say whose line it is", name),
				"leave the name out, or write discreet: show_names: true in "+path.Base(file)+" to print it on purpose")
			continue
		}
		// the word or phrase that comes first in the text
		text := " " + strings.Join(wordsOf(f.Text), " ") + " "
		first, at := -1, len(text)
		for i, w := range avoid {
			if j := strings.Index(text, " "+w+" "); w != "" && j >= 0 && j < at {
				first, at = i, j
			}
		}
		if first >= 0 {
			ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q on the discreet card, which must not say what it is about", words[first]), hint)
		}
	}
	return ps
}

// wordsOf are the words of s, folded.
func wordsOf(s string) []string {
	return strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
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
