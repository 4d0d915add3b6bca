package content

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"haven/internal/diag"
	"haven/internal/input"
)

// isLanguage reports whether the folder name is a language of the content. When settings.yaml
// lists languages:, those are the languages. Otherwise a folder is one when its name is a
// language code of the language it begins with (en, es, pt-BR, zh-Hant, fil, zh-yue; not
// en-old, see namesItsLanguage) and it holds faq.md or text.yaml: most short words are codes
// (id, it, bak, cat, doc, new), so a folder of pictures or a backup is never read as a
// language by its name alone.
func isLanguage(fsys fs.FS, name string, listed []string) bool {
	if len(listed) > 0 {
		return slices.Contains(listed, name)
	}
	return langCode(name) && namesItsLanguage(name) && holdsLanguage(fsys, name)
}

// notItsLanguage says why a folder named as a code, holding a language's files, is not read as
// the language it begins with (see namesItsLanguage), and what to do.
func notItsLanguage(name string) (msg, hint string) {
	first := strings.Split(name, "-")[0]
	aside := "if it is a copy kept aside, move it out of the content folder; "
	if tag, own, err := readAs(name); err == nil && !own {
		rename := "if it is an edition, name the folder by its language's code, e.g. en, es, pt-BR, yue"
		if names := languageNames()[tag.String()]; len(names) > 0 && langCode(tag.String()) { // not Mochi for en-old
			rename = fmt.Sprintf("if it is an edition in %s, name the folder %s", names[0], tag)
		}
		return fmt.Sprintf("is not used: as a language code, %s reads as %s, a language other than %s", name, tag, first), aside + rename
	}
	return fmt.Sprintf("is not used: %s is not a language code (a region or script after %s is a country's code, such as US or MX, or a script's, such as Hant)", name, first),
		aside + fmt.Sprintf("if it is an edition, name the folder %s, or %s with its country's code, such as %s-US", first, first, first)
}

// knownCode is whether code, one part alone, is a language's (es, fil, yue; not sp).
func knownCode(code string) bool {
	_, _, err := readAs(code)
	return err == nil
}

// shortest is code, a language code as a folder is named, with the language written in its two
// letters where it is written in three that have them (eng-US is en-US, spa es, fre fr, tgl tl):
// the code a folder is told to be renamed to, and what a text.yaml's language: is compared with.
func shortest(code string) string {
	first, rest, _ := strings.Cut(code, "-")
	if len(first) != 3 {
		return code
	}
	for _, parse := range []func(string) (language.Tag, error){language.Raw.Parse, language.Parse} { // eng, tgl as written; fre, ger as ISO 639-2 writes them otherwise
		if tag, err := parse(first); err == nil {
			if base, _, _ := tag.Raw(); len(base.String()) == 2 {
				return strings.TrimSuffix(base.String()+"-"+rest, "-")
			}
		}
	}
	return code
}

// codeHint is what to rename a folder named by no language's code: the code of the language
// its text.yaml names (language: Español is es), or what a code looks like.
func codeHint(fsys fs.FS, dir string) string {
	var t struct {
		Language string `yaml:"language"`
	}
	if data, err := input.ReadFile(fsys, path.Join(dir, TextFile), input.TextLimit); err == nil && yaml.Unmarshal(data, &t) == nil {
		if code := LanguageNamed(strings.TrimSpace(t.Language)); code != "" {
			if _, region, ok := strings.Cut(asCode(dir), "-"); ok && namesItsLanguage(code+"-"+region) { // ESP-MX: es-MX
				code += "-" + region
			}
			return fmt.Sprintf("rename it %s: its text.yaml says language: %s", code, strings.TrimSpace(t.Language))
		}
	}
	return "rename it by its language's code, e.g. en, es, pt-BR, fil"
}

// namesItsLanguage is whether name, shaped as a language code, is one of the language it
// begins with: not a copy kept aside as "en-old", "en-bak" or "en-new", which BCP 47 reads as
// other languages (old, ba, new: a second part of three letters stands for a language, as in
// zh-yue, Cantonese, an edition that is one), nor "en-xx" or "en-qaaa", a region or script for
// private use.
func namesItsLanguage(name string) bool {
	if _, own, err := readAs(name); err != nil || !own {
		return false
	}
	for _, p := range strings.Split(name, "-")[1:] {
		switch {
		case len(p) == 2 || len(p) == 3 && p[0] >= '0' && p[0] <= '9':
			// XK, Kosovo, is a country in a code for private use (sq-XK, sr-Latn-XK)
			if r, err := language.ParseRegion(p); err != nil || r.IsPrivateUse() && !r.IsCountry() {
				return false
			}
		case len(p) == 4 && !(p[0] >= '0' && p[0] <= '9'):
			if sc, err := language.ParseScript(p); err != nil || sc.IsPrivateUse() {
				return false
			}
		}
	}
	return true
}

// readAs is the language BCP 47 reads name as, and whether it is the one name begins with
// (cat is ca, en-old is old) or one of its varieties the name writes after it (zh-yue,
// ar-arz: an extended language subtag of the macrolanguage, as BCP 47 registers them).
func readAs(name string) (language.Tag, bool, error) {
	tag, err := language.Raw.Parse(name)
	base, _, _ := tag.Raw() // as written: Base gives und's likely language
	parts := strings.Split(name, "-")
	own := base.String() == parts[0] || base.ISO3() == parts[0]
	if !own && len(parts) > 1 {
		own = slices.Contains(strings.Fields(extlangs[parts[0]]), parts[1])
	}
	return tag, own, err
}

// extlangs are the extended language subtags BCP 47 registers, by the macrolanguage they are
// written after (IANA's registry), but for the sign languages': a folder zh-yue is Cantonese.
var extlangs = map[string]string{
	"zh":  "cdo cjy cmn cnp cpx csp czh czo gan hak hsn lzh mnp nan wuu yue",
	"ar":  "aao abh abv acm acq acw acx acy adf aeb aec afb ajp apc apd arb arq ars ary arz auz avl ayh ayl ayn ayp bbz pga shu ssh",
	"ms":  "bjn btj bve bvu coa dup hji jak jax kvb kvr kxd lce lcf liw max meo mfa mfb min mqg msi mui orn ors pel pse tmw urk vkk vkt xmm zlm zmi zsm",
	"sw":  "swc swh",
	"uz":  "uzn uzs",
	"lv":  "ltg lvs",
	"kok": "gom knn",
}

// holdsLanguage is whether the folder dir holds faq.md or text.yaml, or a text file named
// almost as one (FAQ.md, faq.md.txt, text.yml), which loading it then names to be renamed;
// not faq.docx or text.png, a document or a picture kept beside them.
func holdsLanguage(fsys fs.FS, dir string) bool {
	entries, _ := fs.ReadDir(fsys, dir)
	for _, e := range entries {
		if stem, text := textStem(e.Name()); (stem == "faq" || stem == "text") && !e.IsDir() && text {
			return true
		}
	}
	return false
}

// textStem is a file name's stem (before its first dot) in lower case, and whether its
// extension is one a text file haven reads may be saved with: .md, .markdown, .yaml, .yml,
// .txt, or one of them with the .txt Windows hides.
func textStem(name string) (stem string, text bool) {
	stem, ext, _ := strings.Cut(strings.ToLower(name), ".")
	ext = strings.TrimSuffix(ext, ".txt")
	return stem, slices.Contains([]string{"md", "markdown", "yaml", "yml", "txt"}, ext)
}

// needsBoth is the hint for a language folder's file that does not exist, with why the folder
// is read as a language: settings.yaml lists it, or it holds the other file, other (read when
// otherRead), as a folder that holds neither is not a language's.
func needsBoth(code, other string, otherRead bool, listed []string) string {
	const both = "each language folder needs faq.md and text.yaml"
	switch {
	case slices.Contains(listed, code):
		return fmt.Sprintf("settings.yaml lists %s under languages:, and %s", code, both)
	case otherRead:
		return fmt.Sprintf("%s/ holds %s, so it is read as the folder of the language %q, and %s; if it is not one, move %s out of it", code, other, code, both, other)
	}
	return both
}

// languageNames are the names of the languages haven knows names of, by code: in English
// first (as messages name them), then as the language writes itself and as people write
// it otherwise. A folder, --lang or languages: entry named so is told the code to write.
var languageNames = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"am": {"Amharic", "አማርኛ"}, "ar": {"Arabic", "العربية"}, "bn": {"Bengali", "বাংলা", "Bangla"},
		"de": {"German", "Deutsch"}, "el": {"Greek", "Ελληνικά"}, "en": {"English"},
		"es": {"Spanish", "Español", "Castellano"}, "fa": {"Persian", "فارسی", "Farsi"},
		"fil": {"Filipino"}, "fr": {"French", "Français"}, "he": {"Hebrew", "עברית"},
		"hi": {"Hindi", "हिन्दी"}, "hmn": {"Hmong", "Hmoob"}, "ht": {"Haitian Creole", "Kreyòl ayisyen", "Kreyòl"},
		"it": {"Italian", "Italiano"}, "ja": {"Japanese", "日本語"}, "km": {"Khmer", "ខ្មែរ", "Cambodian"},
		"ko": {"Korean", "한국어"}, "lo": {"Lao", "ລາວ"}, "my": {"Burmese", "မြန်မာ"},
		"ne": {"Nepali", "नेपाली"}, "nl": {"Dutch", "Nederlands"}, "pa": {"Punjabi", "ਪੰਜਾਬੀ"},
		"pl": {"Polish", "Polski"}, "ps": {"Pashto", "پښتو"}, "pt": {"Portuguese", "Português"},
		"ro": {"Romanian", "Română"}, "ru": {"Russian", "Русский"}, "so": {"Somali", "Soomaali"},
		"sw": {"Swahili", "Kiswahili"}, "th": {"Thai", "ไทย"}, "ti": {"Tigrinya", "ትግርኛ"},
		"tl": {"Tagalog"}, "tr": {"Turkish", "Türkçe"}, "uk": {"Ukrainian", "Українська"},
		"ur": {"Urdu", "اردو"}, "vi": {"Vietnamese", "Tiếng Việt"}, "yue": {"Cantonese", "粵語"},
		"zh": {"Chinese", "中文", "Mandarin"},
		// codes that are also countries' (tw, se, ch), which a folder may be named by, and the
		// codes of the scripts' languages writtenIn names
		"be": {"Belarusian", "Беларуская"}, "bg": {"Bulgarian", "Български"}, "bo": {"Tibetan", "བོད་སྐད"}, "br": {"Breton", "Brezhoneg"},
		"bs": {"Bosnian", "Bosanski"}, "ca": {"Catalan", "Català"}, "ch": {"Chamorro", "Chamoru"}, "cy": {"Welsh", "Cymraeg"},
		"dv": {"Dhivehi", "ދިވެހި"}, "ga": {"Irish", "Gaeilge"}, "gu": {"Gujarati", "ગુજરાતી"}, "hy": {"Armenian", "Հայերեն"},
		"ka": {"Georgian", "ქართული"}, "kn": {"Kannada", "ಕನ್ನಡ"}, "kr": {"Kanuri"}, "ml": {"Malayalam", "മലയാളം"},
		"mn": {"Mongolian", "Монгол"}, "mr": {"Marathi", "मराठी"}, "ms": {"Malay", "Bahasa Melayu"}, "or": {"Odia", "ଓଡ଼ିଆ", "Oriya"},
		"se": {"Northern Sami", "Davvisámegiella"}, "si": {"Sinhala", "සිංහල"}, "sl": {"Slovenian", "Slovenščina"}, "sm": {"Samoan", "Gagana Samoa"},
		"sr": {"Serbian", "Српски"}, "sv": {"Swedish", "Svenska"}, "ta": {"Tamil", "தமிழ்"}, "te": {"Telugu", "తెలుగు"},
		"tw": {"Twi"}, "ug": {"Uyghur", "ئۇيغۇرچە"},
	}
})

// languageName is the English name of the language code, "" for one haven knows no name of.
func languageName(code string) string {
	if names := languageNames()[code]; len(names) > 0 {
		return names[0]
	}
	return ""
}

// LanguageNamed is the code of the language name names ("Español", "spanish", "Espanol": es),
// in any case, with or without its accents; "" for a name haven does not know.
func LanguageNamed(name string) string {
	if want := bareName(name); want != "" {
		return namedLanguages()[want]
	}
	return ""
}

// bareName is a language's name as LanguageNamed compares it: its letters alone, folded.
func bareName(s string) string {
	return strings.Join(strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) }), "")
}

// namedLanguages are the codes of languageNames by each name's bareName, made when first
// needed: folding every name is most of a run's cost of asking for one.
var namedLanguages = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for code, names := range languageNames() {
		for _, n := range names {
			out[bareName(n)] = code
		}
	}
	return out
})

// namedOtherwise refuses a language folder whose text.yaml names another language than its
// code (language: Soomaali in sm/, Samoan's), or whose faq.md, faqTexts, is written in another
// script than its code's language is (Chinese in tw/, Twi's; Korean in ja/): every PDF and the
// page tell screen readers, which then read it with that language's sounds, and translation
// tools the language by the folder's name; its files are named so too. A name of a language
// one of codes, the content's folders, is an edition of is warned of: a copy of that edition
// to translate (en/ copied to fr/) keeps its name until its translator writes another; so is
// one beside a faq.md in a script of the folder's language and not of the named one.
func namedOtherwise(code string, name diag.Located, faqTexts []diag.Located, codes []string) (errs, warns diag.Problems) {
	base := shortest(strings.ToLower(strings.Split(code, "-")[0])) // eng/ is English's
	folder := fmt.Sprintf("its folder is named %s", code)
	as := "the language of " + code // what the hint says the text may be in
	if n := languageName(base); n != "" {
		folder += " (" + n + ")"
		as = n
	}
	if named := LanguageNamed(name.Text); named != "" && !sameLanguage(named, base) && !slices.ContainsFunc(languageNames()[base], func(n string) bool { return strings.EqualFold(n, name.Text) }) {
		// a copy of the named language's edition, to translate, or a text whose script is the
		// folder's language's and not the named one's (Thai under language: English): the name
		// is what was left
		ps := &errs
		script, own, other := writtenIn(faqTexts), scriptsOf(code), scriptsOf(named)
		if slices.ContainsFunc(codes, func(c string) bool { return sameLanguage(baseCode(c), named) }) || script != "" && slices.Contains(own, script) && !slices.Contains(other, script) {
			ps = &warns
		}
		ps.Add(name.File, name.Line, name.Field, fmt.Sprintf("%s is %s, whose code is %s, but %s: the PDFs and the page would tell screen readers, which read the text with that language's sounds, the language by the folder's name",
			diag.Quote(name.Text), languageName(named), named, folder),
			fmt.Sprintf("rename the folder %s/, and %s to %s under languages: in settings.yaml if it lists it; if the text is in %s, write its name after language:", named, code, named, as))
		return errs, warns
	}
	script, want := writtenIn(faqTexts), scriptsOf(code)
	if script == "" || script == "Latin" || want == nil || slices.Contains(want, script) {
		return nil, nil // a Latin text in ru/ is one not translated yet, which untranslated warns of
	}
	lang, rename := scriptLanguages[script], "rename the folder by the code of the language it is written in"
	in := "the " + script + " script"
	if lang != "" {
		in = fmt.Sprintf("%s, in the %s script", languageName(lang), script)
		rename = fmt.Sprintf("rename the folder %s/, and %s to %s under languages: in settings.yaml if it lists it", lang, code, lang)
	}
	ps := &errs
	if slices.ContainsFunc(codes, func(c string) bool { return lang != "" && sameLanguage(baseCode(c), lang) }) {
		ps = &warns // a copy of ko/ in ja/, to translate
	}
	at := faqTexts[0]
	ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("this faq.md is written in %s, but %s, a language written in the %s script: the PDFs and the page would tell screen readers, which read the text with that language's sounds, the language by the folder's name",
		in, folder, want[0]), rename)
	return errs, warns
}

// notSelfNamed warns of a text.yaml whose language: names the edition's language as another
// language names it ("Amharic", "Persian", "Farsi", "Persisch" in fa/) where the language
// calls itself otherwise (አማርኛ, فارسی): the page's language switch shows the name, and a
// reader looks for their language there by the name they know it by. A name haven cannot tell
// (a language the tables have no name of) passes.
func notSelfNamed(code string, name diag.Located) diag.Problems {
	base := shortest(strings.ToLower(strings.Split(code, "-")[0]))
	tag, err := language.Parse(base)
	self := display.Self.Name(tag)
	names := languageNames()[base] // none for a language haven has no names of
	if err != nil || self == "" || name.Text == "" || bareName(name.Text) == bareName(self) || len(names) > 0 &&
		slices.ContainsFunc(names[1:], func(n string) bool {
			return bareName(n) == bareName(name.Text) && writtenIn([]diag.Located{{Text: n}}) == writtenIn([]diag.Located{{Text: self}})
		}) { // Castellano, Kreyòl
		return nil
	}
	other := slices.ContainsFunc(names, func(n string) bool { return bareName(n) == bareName(name.Text) }) // Amharic, Farsi
	for _, in := range []language.Tag{language.English, language.French, language.German, language.Spanish, language.Portuguese, language.Russian, language.Arabic, language.Chinese} {
		other = other || bareName(display.Languages(in).Name(tag)) == bareName(name.Text)
	}
	if !other {
		return nil
	}
	if r, n := utf8.DecodeRuneInString(self); unicode.IsLower(r) { // español, français: a name that heads a list
		self = string(unicode.ToUpper(r)) + self[n:]
	}
	var ps diag.Problems
	ps.Add(name.File, name.Line, name.Field, fmt.Sprintf("%s is what other languages call %s: the page's language switch shows language:, and a reader looks for their language there by its own name",
		diag.Quote(name.Text), self),
		fmt.Sprintf("write language: %s", self))
	return ps
}

// sameLanguage is whether the languages of codes a and b are one, as an edition names them:
// Filipino is Tagalog; Cantonese is written as Chinese.
func sameLanguage(a, b string) bool {
	return a == b || a == "fil" && b == "tl" || a == "tl" && b == "fil" || a == "zh" && b == "yue" || a == "yue" && b == "zh"
}

// writtenIn is the script (as unicode.Scripts names it) of most of the letters of texts, or ""
// where none has most.
func writtenIn(texts []diag.Located) string {
	ss := make([]string, len(texts))
	for i, t := range texts {
		ss[i] = t.Text
	}
	return WrittenIn(ss...)
}

// WrittenIn is the script (as unicode.Scripts names it) of most of the letters of texts, or ""
// where none has most.
func WrittenIn(texts ...string) string {
	count, all := map[string]int{}, 0
	known := map[rune]string{}
	for _, t := range texts {
		for _, r := range t {
			if unicode.IsLetter(r) {
				s, ok := known[r]
				if !ok {
					s = ScriptOf(r)
					known[r] = s
				}
				count[s]++
				all++
			}
		}
	}
	for s, n := range count {
		if n*2 > all && s != "" {
			return s
		}
	}
	return ""
}

// scriptsOf are the scripts (as unicode.Scripts names them) the language of code is written in,
// its usual one first: x/text's likely script, and the others some of its speakers write it in
// (Serbian in Latin letters, Punjabi in Arabic ones); nil for a language x/text knows no
// script of.
func scriptsOf(code string) []string {
	tag, _ := language.All.Canonicalize(language.Make(code)) // tw is Akan, whose script x/text knows
	base, known := tag.Base()
	sc, conf := tag.Script()
	first := isoScripts[sc.String()]
	if known != language.Exact || conf == language.No || first == nil { // xx: no language's code
		return nil
	}
	return append(slices.Clone(first), otherScripts[base.String()]...)
}

// Scripts are the scripts (as unicode.Scripts names them) an edition in the language of code
// writes its own words in: the language's (scriptsOf: Serbian's Cyrillic and Latin) and the
// one most of texts' letters are in (WrittenIn), for a code haven knows no script of. A run
// of letters in any other is in another language (ScriptLanguage).
func Scripts(code string, texts ...string) []string {
	out := scriptsOf(code)
	if s := WrittenIn(texts...); s != "" && !slices.Contains(out, s) {
		out = append(out, s)
	}
	return out
}

// ScriptLanguage is the language (a BCP 47 tag) of a run of letters in script, a name of
// unicode.Scripts, where nothing else says which it is: the one language the script is the
// writing of (scriptLanguages: el for Greek), else the undetermined language written in it
// (und-Latn, und-Arab): its letters alone cannot tell English from French, or Arabic from
// Persian, and a wrong language would have a screen reader read the run with a wrong voice;
// "und" for a script without an ISO 15924 code here.
func ScriptLanguage(script string) string {
	if l, ok := scriptLanguages[script]; ok {
		return l
	}
	for _, code := range slices.Sorted(maps.Keys(isoScripts)) {
		if slices.Equal(isoScripts[code], []string{script}) {
			return "und-" + code
		}
	}
	return "und"
}

// isoScripts are the scripts of an ISO 15924 code, as unicode.Scripts names them: Japanese is
// written in Han and kana, Korean in Hangul and Han.
var isoScripts = map[string][]string{
	"Latn": {"Latin"}, "Cyrl": {"Cyrillic"}, "Grek": {"Greek"}, "Arab": {"Arabic"}, "Hebr": {"Hebrew"},
	"Deva": {"Devanagari"}, "Beng": {"Bengali"}, "Guru": {"Gurmukhi"}, "Gujr": {"Gujarati"}, "Orya": {"Oriya"},
	"Taml": {"Tamil"}, "Telu": {"Telugu"}, "Knda": {"Kannada"}, "Mlym": {"Malayalam"}, "Sinh": {"Sinhala"},
	"Thai": {"Thai"}, "Laoo": {"Lao"}, "Khmr": {"Khmer"}, "Mymr": {"Myanmar"}, "Ethi": {"Ethiopic"},
	"Geor": {"Georgian"}, "Armn": {"Armenian"}, "Tibt": {"Tibetan"}, "Thaa": {"Thaana"}, "Mong": {"Mongolian"},
	"Hans": {"Han"}, "Hant": {"Han"}, "Hani": {"Han"}, "Jpan": {"Han", "Hiragana", "Katakana"}, "Kore": {"Hangul", "Han"},
}

// otherScripts are the scripts, beside its usual one, a language is written in by many of its
// speakers, by its base code.
var otherScripts = map[string][]string{
	"sr": {"Latin"}, "bs": {"Cyrillic"}, "uz": {"Cyrillic", "Arabic"}, "az": {"Cyrillic", "Arabic"}, "pa": {"Arabic"},
	"ku": {"Arabic", "Cyrillic"}, "ckb": {"Latin"}, "mn": {"Mongolian"}, "kk": {"Latin", "Arabic"}, "ky": {"Arabic", "Latin"},
	"tg": {"Arabic", "Latin"}, "tk": {"Cyrillic", "Arabic"}, "tt": {"Latin"}, "ug": {"Cyrillic", "Latin"}, "sd": {"Devanagari"},
	"ks": {"Devanagari"}, "ms": {"Arabic"}, "ha": {"Arabic"}, "ff": {"Adlam"}, "sat": {"Ol Chiki", "Devanagari", "Bengali"},
	"ro": {"Cyrillic"}, "ber": {"Tifinagh", "Arabic"}, "zgh": {"Tifinagh", "Arabic"}, "shi": {"Tifinagh", "Arabic"},
	"tzm": {"Tifinagh", "Arabic"}, "kab": {"Arabic", "Tifinagh"}, "man": {"Nko"}, "vai": {"Latin"}, "iu": {"Latin"}, "chr": {"Latin"},
}

// scriptLanguages are the languages a script is the writing of, where it is one's alone, by
// the script's name (unicode.Scripts): a text in it is in that language.
var scriptLanguages = map[string]string{
	"Han": "zh", "Hiragana": "ja", "Katakana": "ja", "Hangul": "ko", "Thai": "th", "Lao": "lo", "Khmer": "km",
	"Myanmar": "my", "Greek": "el", "Georgian": "ka", "Armenian": "hy", "Gurmukhi": "pa", "Gujarati": "gu",
	"Tamil": "ta", "Telugu": "te", "Kannada": "kn", "Malayalam": "ml", "Sinhala": "si", "Oriya": "or",
	"Tibetan": "bo", "Thaana": "dv",
}

// listedLanguage checks a code listed under languages: in settings.yaml: a BCP 47 tag (en,
// pt-BR, zh-Hant-TW, in any case after the language) naming a folder of the content exactly
// as the folder is named, since the name is the language's /Lang and its page's address.
func listedLanguage(code string, entries []fs.DirEntry) (msg, hint string) {
	tag, err := language.Parse(code)
	if named := LanguageNamed(code); named != "" && (err != nil || !langCode(code)) { // English, not en; and Lao, which parses as the code lao
		return fmt.Sprintf("%q is the name of a language, not its code", code), fmt.Sprintf("write its code, %s, and name its folder the same: %s", named, named)
	}
	if err != nil {
		return fmt.Sprintf("%q is not a language code", code), "write the language's code, as its folder is named: en, es, pt-BR (its region after a '-'), zh-Hant-TW"
	}
	if !langCode(code) { // ZH-Hant, zh_Hant
		i := strings.IndexAny(code+"-_", "-_")
		return fmt.Sprintf("%q is a language code (%s), but not as a folder is named", code, tag),
			"write the language in lower case and '-' between the parts, and name its folder the same: " + strings.ToLower(code[:i]) + strings.ReplaceAll(code[i:], "_", "-")
	}
	for _, e := range entries {
		switch n := e.Name(); {
		case !e.IsDir():
		case n == code:
			return "", ""
		case strings.EqualFold(n, code):
			return fmt.Sprintf("lists %q, but its folder is named %s/", code, n), fmt.Sprintf("write the code as the folder is named: %s", n)
		}
	}
	return fmt.Sprintf("lists %q, but the content folder has no folder %s/", code, code), "add the folder, or take the code off the list"
}

// Capitalised is s with its first word's first letter capitalised as the language lang (a
// language code) writes it: Turkish and Azerbaijani "ilan" as "İlan", not "Ilan" (Go's
// unicode.ToUpper knows one i), Dutch "ijsland" as "IJsland". s is as it is when it does not
// begin with a letter.
func Capitalised(s, lang string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	if end < 0 {
		end = len(s)
	}
	return cases.Title(language.Make(lang), cases.NoLower).String(s[:end]) + s[end:]
}
