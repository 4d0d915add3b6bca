package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"haven/internal/diag"
)

// A language whose texts are word for word another's is warned of once, at its first such
// text, naming how many more: a copy of haven's built-in English or Spanish names the copy
// only, in its language, even in a run of that language alone; two of the organisation's own
// folders sharing a text are both named, neither known to be the original. Short texts,
// names, a region's own folder (es-MX beside es) and a built-in text another language writes
// the same (Portuguese's "Página {page} de {pages}") are not copies.
func TestUntranslated(t *testing.T) {
	copyOf := func(from, to string) func(fstest.MapFS) {
		return func(m fstest.MapFS) {
			for _, f := range []string{"faq.md", "text.yaml"} {
				m[to+"/"+f] = m[from+"/"+f]
			}
		}
	}
	set := func(file, old, new string) func(fstest.MapFS) {
		return func(m fstest.MapFS) {
			if !strings.Contains(string(m[file].Data), old) {
				t.Fatalf("%s has no %q", file, old)
			}
			m[file] = &fstest.MapFile{Data: []byte(strings.Replace(string(m[file].Data), old, new, 1))}
		}
	}
	for _, tt := range []struct {
		name  string
		edits []func(fstest.MapFS)
		langs []string
		want  []string // each warning's start, in order
	}{
		{"the built-in content", nil, nil, nil},
		{"es/text.yaml left in English", []func(fstest.MapFS){func(m fstest.MapFS) { m["es/text.yaml"] = m["en/text.yaml"] }}, nil,
			[]string{`content/es/text.yaml:13: help.danger: "In immediate danger, call 911" is haven's built-in English text, as are `}},
		{"a new folder copied from en/, all of it", []func(fstest.MapFS){copyOf("en", "ar")}, nil,
			[]string{`content/ar/faq.md:3: introduction[1]: "When you think of trafficking, you might picture a child ta…" is haven's built-in English text, as are 58 more texts of ar/ (introduction[2], question 1, answer 1[1], ...)`}},
		{"a new folder copied from es/, in a run of its own", []func(fstest.MapFS){copyOf("es", "ht")}, []string{"ht"},
			[]string{`content/ht/faq.md:1: title: "Datos y preguntas frecuentes sobre la trata sexual de menor…" is haven's built-in Spanish text, as are `}},
		{"one question left in English", []func(fstest.MapFS){set("es/faq.md", "## ¿Todas las víctimas son secuestradas por desconocidos?", "## Are all victims taken by strangers?")}, nil,
			[]string{`content/es/faq.md:11: question 2: "Are all victims taken by strangers?" is haven's built-in English text: the es edition prints them in English`}},
		{"the organisation's own text in both", []func(fstest.MapFS){
			set("en/text.yaml", "title: Get help now", "title: We are here for you"),
			set("es/text.yaml", "title: Pida ayuda ahora", "title: We are here for you")}, nil,
			[]string{
				`content/en/text.yaml:11: help.title: "We are here for you" is written word for word in content/es/text.yaml too: one of the two editions`,
				`content/es/text.yaml:11: help.title: "We are here for you" is written word for word in content/en/text.yaml too: one of the two editions`}},
		{"the organisation's own text in three", []func(fstest.MapFS){
			set("en/text.yaml", "title: Get help now", "title: We are here for you"),
			set("es/text.yaml", "title: Pida ayuda ahora", "title: We are here for you"),
			copyOf("es", "vi")}, nil,
			[]string{
				`content/en/text.yaml:11: help.title: "We are here for you" is written word for word in content/es/text.yaml and content/vi/text.yaml too: all but one of the 3 editions`,
				`content/es/text.yaml:11: help.title: "We are here for you" is written word for word in content/en/text.yaml and content/vi/text.yaml too: all but one of the 3 editions`,
				`content/vi/text.yaml:11: help.title: "We are here for you" is written word for word in content/en/text.yaml and content/es/text.yaml too: all but one of the 3 editions`,
				`content/vi/faq.md:1: title: "Datos y preguntas frecuentes sobre la trata sexual de menor…" is haven's built-in Spanish text, as are `}},
		{"a short line of haven's English with a placeholder", []func(fstest.MapFS){set("es/text.yaml", "tab: Llama al {call}", "tab: Call {call}")}, nil,
			[]string{`content/es/text.yaml:80: poster.tab: "Call 1-888-373-7888" is haven's built-in English text: the es edition prints them in English`}},
		{"a short line of the organisation's own with a placeholder", []func(fstest.MapFS){
			set("en/text.yaml", "tab: Call {call}", "tab: Ring {call}"),
			set("es/text.yaml", "tab: Llama al {call}", "tab: Ring {call}")}, nil, nil},
		{"a line of placeholders and numbers alone", []func(fstest.MapFS){
			set("en/text.yaml", "tab: Call {call}", "tab: 24/7 {call}"),
			set("es/text.yaml", "tab: Llama al {call}", "tab: 24/7 {call}")}, nil, nil},
		{"a short label shared", []func(fstest.MapFS){
			set("en/text.yaml", "title: Get help now", "title: Chat 24/7"),
			set("es/text.yaml", "title: Pida ayuda ahora", "title: Chat 24/7")}, nil, nil},
		{"the same address in both", []func(fstest.MapFS){
			set("en/text.yaml", "title: Get help now", "title: www.thehotline.org/get-help"),
			set("es/text.yaml", "title: Pida ayuda ahora", "title: www.thehotline.org/get-help")}, nil, nil},
		{"the same names in both", []func(fstest.MapFS){
			set("en/text.yaml", "title: Get help now", "title: National Domestic Violence Hotline"),
			set("es/text.yaml", "title: Pida ayuda ahora", "title: National Domestic Violence Hotline"),
			set("en/text.yaml", "headline: You are not alone.", "headline: Love Is Respect"),
			set("es/text.yaml", "headline: No estás sola ni solo.", "headline: Love Is Respect")}, nil, nil},
		{"the same name in both", []func(fstest.MapFS){
			set("es/text.yaml", "hotline_name: Línea Nacional Contra la Trata de Personas", "hotline_name: National Human Trafficking Hotline")}, nil, nil},
		{"words Portuguese writes as haven's Spanish does", []func(fstest.MapFS){copyOf("es", "pt-BR")}, []string{"pt-BR"},
			[]string{`content/pt-BR/faq.md:1: title: "Datos y preguntas frecuentes sobre la trata sexual de menor…" is haven's built-in Spanish text, as are 58 more texts of pt-BR/`}},
		{"a region's folder beside its language's", []func(fstest.MapFS){
			set("es/text.yaml", "title: Pida ayuda ahora", "title: Estamos aquí para ti"), copyOf("es", "es-MX")}, nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := withFile(t, "x", nil).(fstest.MapFS)
			for _, e := range tt.edits {
				e(m)
			}
			c, err := Load(m, "content", Overrides{Langs: tt.langs})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range c.Warnings {
				if strings.Contains(w.Msg, "word for word") || strings.Contains(w.Msg, "built-in English text") || strings.Contains(w.Msg, "built-in Spanish text") {
					got = append(got, w.Error())
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("warned %q, want %d starting %q", got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("warned %q, want it to start %q", got[i], w)
				}
			}
		})
	}
}

// Editions of languages that write much alike (Farsi and Dari, Croatian and Serbian, Malay and
// Indonesian, Danish and Norwegian) may share a sentence, right in both: not a copy. Farsi beside
// English, or Dari beside Pashto, is.
func TestUntranslatedKindred(t *testing.T) {
	const shared = "اگر در خطر باشم چه کنم؟"
	for _, tt := range []struct {
		a, b string
		warn bool
	}{
		{"fa", "prs", false},
		{"fa-IR", "fa-AF", false},
		{"hr", "sr-Latn", false},
		{"bs", "hr", false},
		{"ms", "id", false},
		{"da", "nb", false},
		{"ar", "arz", false},
		{"zh-Hant", "yue", false},
		{"fa", "en", true},
		{"prs", "ps", true},
		{"es", "pt", true},
		{"cy", "en", true}, // a Welsh reader may read English; the Welsh edition is not in it
		{"be", "ru", true},
	} {
		langs := []Language{
			{Code: tt.a, Texts: []diag.Located{{File: tt.a + "/faq.md", Line: 13, Field: "question 3", Text: shared}}},
			{Code: tt.b, Texts: []diag.Located{{File: tt.b + "/faq.md", Line: 13, Field: "question 3", Text: shared}}},
		}
		if got := len(untranslated(langs)) > 0; got != tt.warn {
			t.Errorf("%s beside %s: warned %v, want %v", tt.a, tt.b, got, tt.warn)
		}
	}
}
