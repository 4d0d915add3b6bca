package content

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	defaultcontent "haven/content"

	"haven/internal/diag"
)

// source is the language a text is written in (a folder's language without its region: es
// for es-MX); builtin if haven's own content writes it.
type source struct {
	lang    string
	builtin bool
}

// untranslated warns of each language whose texts are word for word another language's: a
// translator who copied en/ to make ar/ and translated faq.md but not text.yaml (or only half
// of it) gets an Arabic handout with an English hotline box, and nothing else says so. Texts
// are compared with the other languages of the run and with haven's built-in English and
// Spanish, which `haven init` writes and translators start from. A built-in text is in its own
// language: only the copy is named; a short one with a placeholder ("Call {call}") is compared
// as written (Language.templates), as it prints the content's own number. One warning a
// language for its copies of the built-in texts and one for those of its other editions, which
// names each edition that holds the text, each at its first such text, naming the others: a
// forgotten text.yaml has dozens. Each copy is marked in the language it is written in
// (Language.Other): a built-in text's, or the other edition's where the words tell (editionWords).
func untranslated(langs []Language) diag.Problems {
	var ws diag.Problems
	// read only when a text is shared, or for a language haven has no words of
	builtin := sync.OnceValue(builtinTexts)
	own := sync.OnceValue(func() map[string]map[string]bool { return editionWords(langs) })
	for i, l := range langs {
		lang := baseCode(l.Code)
		others := map[string]source{}
		for _, o := range langs {
			if other := baseCode(o.Code); other != lang && !kin(lang, other) {
				addWorded(others, o.Texts, source{lang: other})
			}
		}
		newLang := lang != "en" && lang != "es"
		var same [2][]diag.Located // another edition's texts; haven's built-in ones
		var first [2]source
		for _, at := range l.Texts {
			if !translatable(at.Field) {
				continue
			}
			w, ok := others[at.Text]
			if !ok && newLang {
				w, ok = builtin()[at.Text]
			}
			if b, isBuiltin := builtinTemplates()[l.template(at.Field)]; isBuiltin { // "Call {call}", its number the content's
				w, ok = b, true
			} else if ok {
				if b, isBuiltin := builtin()[at.Text]; isBuiltin {
					w = b
				}
			}
			if !ok || w.builtin && (w.lang == lang || slices.Contains(writtenAlike[cmp.Or(l.template(at.Field), at.Text)], lang)) {
				continue // haven's own words, where they belong, or the edition's own, word for word; the copy is the other
			}
			k := 0
			if w.builtin {
				k = 1
			}
			if same[k] == nil {
				first[k] = w
			}
			same[k] = append(same[k], at)
			if w.builtin || inWordsOf(at.Text, own()[w.lang], own()[lang]) {
				langs[i].markIn(at.Text, w.lang)
			}
		}
		for k, same := range same {
			if len(same) == 0 {
				continue
			}
			more := ""
			if len(same) > 1 {
				var fields []string // the first few, each once (a link's words are a text of their own)
				for _, at := range same[1:] {
					if len(fields) == 3 {
						fields = append(fields, "...")
						break
					}
					if at.Field != same[0].Field && !slices.Contains(fields, at.Field) {
						fields = append(fields, at.Field)
					}
				}
				more = fmt.Sprintf(", as are %s of %s/ (%s)", plural(len(same)-1, "more text", "more texts"), l.Code, strings.Join(fields, ", "))
			}
			var msg string
			if k == 1 {
				name := languageName(first[k].lang)
				msg = fmt.Sprintf("%s is haven's built-in %s text%s: the %s edition prints them in %s", diag.Quote(same[0].Text), name, more, l.Code, name)
			} else if files := filesWith(langs, lang, same[0].Text); len(files) == 1 {
				msg = fmt.Sprintf("%s is written word for word in %s too%s: one of the two editions prints them in the other's language", diag.Quote(same[0].Text), files[0], more)
			} else { // each edition that holds it is named: any of them may be the copy
				msg = fmt.Sprintf("%s is written word for word in %s and %s too%s: all but one of the %d editions print them in another's language",
					diag.Quote(same[0].Text), strings.Join(files[:len(files)-1], ", "), files[len(files)-1], more, len(files)+1)
			}
			ws.Add(same[0].File, same[0].Line, same[0].Field, msg, "translate them; --lang builds the other languages meanwhile")
		}
	}
	return ws
}

// writtenAlike are haven's built-in texts that other languages write word for word the same,
// and right: a Portuguese edition's "Página {page} de {pages}" is Portuguese, no copy of the
// Spanish.
var writtenAlike = map[string][]string{
	"Página {page} de {pages}": {"pt"},
	"Código QR: abre {url}":    {"pt"},
}

// filesWith are the files of the editions other than lang's (nor of a language kindred to it)
// that hold text, each once.
func filesWith(langs []Language, lang, text string) []string {
	var files []string
	for _, o := range langs {
		if other := baseCode(o.Code); other == lang || kin(lang, other) {
			continue
		}
		if i := slices.IndexFunc(o.Texts, func(at diag.Located) bool { return at.Text == text }); i >= 0 && !slices.Contains(files, o.Texts[i].File) {
			files = append(files, o.Texts[i].File)
		}
	}
	return files
}

// markEnglish marks English each text of an edition not in English that is the built-in
// English edition's text for its field, with a word of three letters or more (a number, "24/7"
// or "HELP" is the same in every language): short ones too, and in a run of that edition
// alone, which untranslated does not compare.
func markEnglish(langs []Language) {
	for i := range langs {
		l := &langs[i]
		if baseCode(l.Code) == "en" {
			continue
		}
		for _, at := range l.Texts {
			if builtinEnglish()[at.Field] == at.Text && translatable(at.Field) && HasWord(at.Text, 3) {
				l.markIn(at.Text, "en")
			}
		}
	}
}

// markIn records that the edition prints text in the language lang.
func (l *Language) markIn(text, lang string) {
	if l.Other == nil {
		l.Other = map[string]string{}
	}
	l.Other[text] = lang
}

// editionWords are the words (lower case) of each language's texts that no edition of another
// language shares, by its base code: what tells which of two editions a text they share is
// written in (inWordsOf), when neither is haven's.
func editionWords(langs []Language) map[string]map[string]bool {
	holders := map[string]map[string]bool{} // the languages each text is in
	for _, l := range langs {
		for _, at := range l.Texts {
			if holders[at.Text] == nil {
				holders[at.Text] = map[string]bool{}
			}
			holders[at.Text][baseCode(l.Code)] = true
		}
	}
	words := map[string]map[string]bool{}
	for _, l := range langs {
		base := baseCode(l.Code)
		if words[base] == nil {
			words[base] = map[string]bool{}
		}
		for _, at := range l.Texts {
			if len(holders[at.Text]) == 1 && translatable(at.Field) {
				for _, w := range lowerWords(at.Text) {
					words[base][w] = true
				}
			}
		}
	}
	return words
}

// inWordsOf is whether more of text's words are among words than among own: a text two
// editions share is written in the language whose other texts use its words ("the", "and",
// "with" in an English edition's, not a Vietnamese one's).
func inWordsOf(text string, words, own map[string]bool) bool {
	n := 0
	for _, w := range lowerWords(text) {
		if words[w] {
			n++
		}
		if own[w] {
			n--
		}
	}
	return n > 0
}

// lowerWords are the words of s, each once, in lower case.
func lowerWords(s string) []string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	slices.Sort(ws)
	return slices.Compact(ws)
}

// builtinEnglish is the built-in English edition's text of each field, read at its first use
// (from the content's snapshot: no file is read).
func builtinEnglish() map[string]string {
	englishOnce.Do(func() {
		englishOnce.text = map[string]string{}
		if c, err := Load(defaultcontent.FS, "content", Overrides{Langs: []string{"en"}}); err == nil {
			for _, at := range c.Languages[0].Texts {
				englishOnce.text[at.Field] = at.Text
			}
		}
	})
	return englishOnce.text
}

// englishOnce holds builtinEnglish's texts: a Once, not a OnceValue, whose function would be a
// variable's initializer that calls Load, which calls markEnglish.
var englishOnce struct {
	sync.Once
	text map[string]string
}

// HasWord is whether s has a word of n letters or more.
func HasWord(s string, n int) bool {
	return slices.ContainsFunc(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool { return utf8.RuneCountInString(w) >= n })
}

// addWorded adds to texts those of ts that say something in words, with their language:
// three words or more, so that a number, a name or a short label two languages
// share ("Chat 24/7") is not taken for a copy.
func addWorded(texts map[string]source, ts []diag.Located, w source) {
	for _, at := range ts {
		if _, ok := texts[at.Text]; !ok && translatable(at.Field) && wordCount(at.Text) >= 3 {
			texts[at.Text] = w
		}
	}
}

// builtinTemplates are the texts of haven's own text.yaml files that have a placeholder and a
// word of three letters or more beside it ("Call {call}"), as written, by the language they
// are in; filled in, they print each content's own numbers. A text of placeholders and numbers
// alone ("{chat}") is the same in every language.
var builtinTemplates = sync.OnceValue(func() map[string]source {
	out := map[string]source{}
	for _, code := range []string{"en", "es"} {
		data, err := fs.ReadFile(defaultcontent.FS, path.Join(code, TextFile))
		var t Text
		if err != nil {
			continue
		}
		fields, _, _ := decodeStrict(code, data, &t)
		for _, f := range fields {
			if s := *f.ptr; strings.Contains(s, "{") && HasWord(fillEach(s, func(string) string { return " " }), 3) && translatable(f.path) {
				out[s] = source{lang: code, builtin: true}
			}
		}
	}
	return out
})

// translatable is whether a text's field is written anew in each language: names (the
// hotline's, the organisation's), the keyword and the language's own name may stay the same.
func translatable(field string) bool {
	switch field {
	case "language", "hotline_name", "keyword":
		return false
	}
	return !strings.HasPrefix(field, "organisation.")
}

// wordCount counts the words of s to translate: of two letters or more, not capitalised (a
// name, "National Domestic Violence Hotline" or "Love Is Respect", stays as it is in every
// language), outside its {placeholders} and addresses (www.example.org/get-help).
func wordCount(s string) int {
	n := 0
	for _, tok := range strings.Fields(s) {
		if strings.ContainsAny(strings.TrimRight(tok, ".,;:!?)"), "./@") {
			continue
		}
		for _, w := range strings.FieldsFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && r != '{' && r != '}' }) {
			if first, _ := utf8.DecodeRuneInString(w); !strings.ContainsAny(w, "{}") && len([]rune(w)) >= 2 && !unicode.IsUpper(first) {
				n++
			}
		}
	}
	return n
}

// kindred are languages that write much alike, by their ISO 639 codes: an edition of one may
// share sentences with an edition of another, word for word, and be right in both (a shelter's
// Farsi and Dari editions, its Croatian and Serbian). Besides these, languages that x/text's
// matcher takes each for the other (Danish and Norwegian), not one way only: a Welsh reader
// may read English, but a Welsh edition is not written in it.
var kindred = [][]string{
	{"fa", "prs", "pes"},            // Persian: Iran's, and Dari, Afghanistan's
	{"hr", "bs", "sr", "sh", "cnr"}, // Croatian, Bosnian, Serbian in Latin letters, Montenegrin
	{"ms", "id", "zsm"},             // Malay and Indonesian
	{"sw", "swc", "swh"},            // Swahili of Tanzania, Kenya and the Congo
	{"ar", "arb", "arz", "apc", "ajp", "ary", "acm", "aeb", "arq", "ayl"}, // Arabic: written in Modern Standard Arabic
	{"zh", "cmn", "yue"}, // Chinese: Cantonese is often written as Traditional Chinese
}

// kin reports whether the languages of base codes a and b write much alike (kindred).
func kin(a, b string) bool {
	for _, k := range kindred {
		if slices.Contains(k, a) && slices.Contains(k, b) {
			return true
		}
	}
	ta, tb := language.Make(a), language.Make(b)
	return language.Comprehends(ta, tb) >= language.High && language.Comprehends(tb, ta) >= language.High
}

// baseCode is a language folder's language without its region or script: es for es-MX.
func baseCode(code string) string {
	base, _, _ := strings.Cut(code, "-")
	return strings.ToLower(base)
}

// builtinTexts are the texts of haven's own English and Spanish, as `haven init` writes them
// (none if they did not load, which the tests of the built-in content rule out). Each is
// loaded alone: with no other language to compare, its load does not come back here.
func builtinTexts() map[string]source {
	texts := map[string]source{}
	for _, code := range []string{"en", "es"} {
		if c, err := Load(defaultcontent.FS, "content", Overrides{Langs: []string{code}}); err == nil {
			addWorded(texts, c.Languages[0].Texts, source{lang: code, builtin: true})
		}
	}
	return texts
}
