package content

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"

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

// codeHint is what to rename a folder named by no language's code: the code of the language
// its text.yaml names (language: Español is es), or what a code looks like.
func codeHint(fsys fs.FS, dir string) string {
	var t struct {
		Language string `yaml:"language"`
	}
	if data, err := input.ReadFile(fsys, path.Join(dir, TextFile), input.TextLimit); err == nil && yaml.Unmarshal(data, &t) == nil {
		if code := LanguageNamed(strings.TrimSpace(t.Language)); code != "" {
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

// namedOtherwise warns of a language folder whose text.yaml names another language than
// its code (language: Soomaali in sm/, Samoan's): every PDF and the page tell screen readers,
// which then read it with that language's sounds, and translation tools the language by
// the folder's name.
func namedOtherwise(code string, name diag.Located) diag.Problems {
	base := strings.ToLower(strings.Split(code, "-")[0])
	if slices.ContainsFunc(languageNames()[base], func(n string) bool { return strings.EqualFold(n, name.Text) }) {
		return nil // its own name, as haven knows it: most folders, read without folding every name
	}
	named := LanguageNamed(name.Text)
	same := func(a, b string) bool { // Filipino is Tagalog; Cantonese is written as Chinese
		return a == b || a == "fil" && b == "tl" || a == "tl" && b == "fil" || a == "zh" && b == "yue" || a == "yue" && b == "zh"
	}
	if named == "" || same(named, base) {
		return nil
	}
	folder := fmt.Sprintf("its folder is named %s", code)
	if n := languageName(base); n != "" {
		folder += " (" + n + ")"
	}
	var ps diag.Problems
	ps.Add(name.File, name.Line, name.Field, fmt.Sprintf("%s is %s, whose code is %s, but %s: the PDFs and the page tell screen readers, which read the text with that language's sounds, the language by the folder's name",
		diag.Quote(name.Text), languageName(named), named, folder),
		fmt.Sprintf("rename the folder %s/, and %s to %s under languages: in settings.yaml if it lists it", named, code, named))
	return ps
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
