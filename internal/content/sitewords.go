package content

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"haven/internal/diag"
)

// siteField is one of text.yaml's site: keys and where its words are.
type siteField struct {
	key string
	at  *diag.Located
}

// fields are the site: keys in the order the page shows them.
func (t *SiteText) fields() []siteField {
	return []siteField{{"exit", &t.Exit}, {"skip", &t.Skip}, {"safety", &t.Safety}, {"safety_nojs", &t.SafetyNoJS},
		{"private", &t.Private}, {"languages", &t.Languages}, {"contents", &t.Contents}, {"downloads", &t.Downloads},
		{"downloads_tip", &t.DownloadsTip}, {"pdf", &t.PDF}, {"neutral_title", &t.NeutralTitle}, {"this_page", &t.ThisPage},
		{"press_two_more", &t.PressTwoMore}, {"press_one_more", &t.PressOneMore}, {"timed_out", &t.TimedOut}, {"leaving", &t.Leaving},
		{"handout", &t.Handout}, {"large_print_handout", &t.LargePrintHandout}, {"cards", &t.Cards}, {"discreet_cards", &t.DiscreetCards},
		{"print_shop_card", &t.PrintShopCard}, {"poster", &t.Poster}, {"tear_off_flyer", &t.TearOffFlyer}, {"on_paper", &t.OnPaper},
		{"letter", &t.Letter}, {"a4", &t.A4}, {"tabloid", &t.Tabloid}, {"a3", &t.A3}, {"a2", &t.A2}, {"18x24", &t.Poster18x24}, {"24x36", &t.Poster24x36}}
}

// downloadWords are the site: keys of the page's downloads alone, which the page of an edition
// with no PDF (Language.PageOnly) does not show.
var downloadWords = map[string]bool{"downloads": true, "downloads_tip": true, "pdf": true, "handout": true, "large_print_handout": true,
	"cards": true, "discreet_cards": true, "print_shop_card": true, "poster": true, "tear_off_flyer": true, "on_paper": true,
	"letter": true, "a4": true, "tabloid": true, "a3": true, "a2": true, "18x24": true, "24x36": true}

// builtinSiteWords are the page's words haven has of its own, by language and key.
var builtinSiteWords = map[string]map[string]string{
	"en": {
		"exit":           "Exit this page",
		"skip":           "Skip to main content",
		"safety":         "To leave quickly, select “Exit this page” or, on a keyboard, press the Shift key 3 times. This page disappears at once and an everyday website opens in its place, so Back will not return here. It does not erase your browsing history: anyone who checks this device can still see that you visited.",
		"safety_nojs":    "To leave quickly, select “Exit this page”: an everyday website opens. With JavaScript off, Back returns to this page. The exit does not erase your browsing history: anyone who checks this device can still see that you visited.",
		"private":        "How to browse privately and stay safe online",
		"languages":      "Language",
		"contents":       "Questions on this page",
		"downloads":      "Print and share",
		"downloads_tip":  "The same information on paper, to print and hand out.",
		"pdf":            "(PDF, {kb} KB)",
		"neutral_title":  "Information",
		"this_page":      "This page:",
		"press_two_more": "Shift, press 2 more times to exit.",
		"press_one_more": "Shift, press 1 more time to exit.",
		"timed_out":      "Exit this page expired.",
		"leaving":        "Loading.",
		// the files to download, also the print guide's names for them
		"handout":             "handout",
		"large_print_handout": "large-print handout",
		"cards":               "cards",
		"discreet_cards":      "discreet cards",
		"print_shop_card":     "print-shop card",
		"poster":              "poster",
		"tear_off_flyer":      "tear-off flyer",
		"on_paper":            "{file} on {paper}",
		"letter":              "Letter (8.5 x 11 in)",
		"a4":                  "A4 (210 x 297 mm)",
		"tabloid":             "Tabloid (11 x 17 in)",
		"a3":                  "A3 (297 x 420 mm)",
		"a2":                  "A2 (420 x 594 mm)",
		"18x24":               "18 x 24 in",
		"24x36":               "24 x 36 in",
	},
	"es": {
		"exit":                "Salir de esta página",
		"skip":                "Saltar al contenido principal",
		"safety":              "Para salir rápido, seleccione «Salir de esta página» o, en un teclado, pulse la tecla Mayús 3 veces. Esta página desaparece al instante y en su lugar se abre un sitio web cotidiano, así que el botón Atrás no regresa aquí. No borra su historial de navegación: quien revise este dispositivo podrá ver que usted la visitó.",
		"safety_nojs":         "Para salir rápido, seleccione «Salir de esta página»: se abre un sitio web cotidiano. Con JavaScript desactivado, el botón Atrás regresa a esta página. La salida no borra su historial de navegación: quien revise este dispositivo podrá ver que usted la visitó.",
		"private":             "Cómo navegar en privado y protegerse en línea",
		"languages":           "Idioma",
		"contents":            "Preguntas en esta página",
		"downloads":           "Imprimir y compartir",
		"downloads_tip":       "La misma información en papel, para imprimir y repartir.",
		"pdf":                 "(PDF, {kb} KB)",
		"neutral_title":       "Información",
		"this_page":           "Esta página:",
		"press_two_more":      "Mayús: pulse 2 veces más para salir.",
		"press_one_more":      "Mayús: pulse 1 vez más para salir.",
		"timed_out":           "Salir de esta página: tiempo agotado.",
		"leaving":             "Cargando.",
		"handout":             "folleto",
		"large_print_handout": "folleto en letra grande",
		"cards":               "tarjetas",
		"discreet_cards":      "tarjetas discretas",
		"print_shop_card":     "tarjeta para imprenta",
		"poster":              "póster",
		"tear_off_flyer":      "volante con tiras desprendibles",
		"on_paper":            "{file}, tamaño {paper}",
		"letter":              "Carta (8.5 x 11 pulg.)",
		"a4":                  "A4 (210 x 297 mm)",
		"tabloid":             "Tabloide (11 x 17 pulg.)",
		"a3":                  "A3 (297 x 420 mm)",
		"a2":                  "A2 (420 x 594 mm)",
		"18x24":               "18 x 24 pulg.",
		"24x36":               "24 x 36 pulg.",
	},
}

// BuiltinSiteWord is haven's own word for a site: key in lang ("" when it has none): the print
// guide names files and papers with the resource page's words.
func BuiltinSiteWord(lang, key string) string { return builtinSiteWords[lang][key] }

// SiteWord is one of the resource page's own words, and the language it is in.
type SiteWord struct {
	Text string
	Lang string
}

// SiteWords are a language's words for the resource page, by their site: key: text.yaml's,
// else haven's own for the language (or the language it is a variety of: es for es-MX), else
// English.
//
// haven's words that name its exit button ("select “Exit this page”") name text.yaml's when
// it gives the button its own words: the button they name must be the one on the page.
func SiteWords(l *Language) map[string]SiteWord {
	own, lang := builtinSite(l.Code)
	if own == nil {
		own, lang = builtinSiteWords["en"], "en"
	}
	out := map[string]SiteWord{}
	exit := l.Text.Site.Exit.Text
	for _, f := range l.Text.Site.fields() {
		if f.at.Text != "" {
			out[f.key] = SiteWord{f.at.Text, l.Code}
			continue
		}
		w := own[f.key]
		if exit != "" && f.key != "exit" {
			w = strings.ReplaceAll(w, own["exit"], exit)
		}
		out[f.key] = SiteWord{w, lang}
	}
	return out
}

// builtinSite are haven's own page words for a language, and the code they are in; nil when
// it has none.
func builtinSite(code string) (map[string]string, string) {
	if w, ok := builtinSiteWords[code]; ok {
		return w, code
	}
	base, _, _ := strings.Cut(code, "-")
	return builtinSiteWords[base], base
}

// englishSite warns of a language whose resource page would print some of its own words in
// English: haven has none in the language and text.yaml's site: does not give them all.
func englishSite(l Language) diag.Problems {
	var ws diag.Problems
	if own, _ := builtinSite(l.Code); own != nil || l.Text.Language.File == "" {
		return nil
	}
	var missing []string
	for _, f := range l.Text.Site.fields() {
		if f.at.Text == "" && !(l.PageOnly && downloadWords[f.key]) {
			missing = append(missing, f.key)
		}
	}
	if len(missing) > 0 {
		at := l.Text.Language // where text.yaml is; its site: section, when it has one
		for _, f := range l.Text.Site.fields() {
			if f.at.Line > 0 && (at.Field != "site" || f.at.Line < at.Line) {
				at = diag.Located{File: f.at.File, Line: f.at.Line, Field: "site"}
			}
		}
		ws.Add(at.File, at.Line, "site", fmt.Sprintf("the resource page (haven site) prints %s in English: site: has no %s", plural(len(missing), "word", "words"), strings.Join(missing, ", ")),
			"add them under site: in "+at.File+", one a line such as '  exit: ...', in this language; haven has its own only for "+strings.Join(slices.Sorted(maps.Keys(builtinSiteWords)), " and "))
	}
	return ws
}

// onPaper refuses a site: on_paper that leaves out {file} or {paper}: the page's downloads
// would not say what each is, or on which paper.
func onPaper(at diag.Located) diag.Problems {
	var missing []string
	for _, p := range []string{"{file}", "{paper}"} {
		if at.Text != "" && !strings.Contains(at.Text, p) {
			missing = append(missing, p)
		}
	}
	var ps diag.Problems
	if len(missing) > 0 {
		ps.Add(at.File, at.Line, "site.on_paper", fmt.Sprintf("%s has no %s", diag.Quote(at.Text), strings.Join(missing, " or ")),
			`write both, e.g. on_paper: "{file} on {paper}": the resource page names each file to download by what it is and its paper`)
	}
	return ps
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
