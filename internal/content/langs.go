package content

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// isLanguage reports whether the folder name is a language of the content. When settings.yaml
// lists languages:, those are the languages. Otherwise a folder is one when its name is a
// language tag: a two-letter language (en, es, pt-BR, zh-Hant), or a three-letter one (fil,
// yue) holding faq.md or text.yaml, so that img/, css/ or lib/ is never read as a language.
func isLanguage(fsys fs.FS, name string, listed []string) bool {
	if len(listed) > 0 {
		return slices.Contains(listed, name)
	}
	if !langCode(name) {
		return false
	}
	tag, err := language.Parse(name)
	if err != nil {
		return false
	}
	base, _ := tag.Base()
	if len(base.String()) == 2 {
		return true
	}
	for _, f := range []string{FAQFile, TextFile} {
		if _, err := fs.Stat(fsys, path.Join(name, f)); err == nil {
			return true
		}
	}
	return false
}

// listedLanguage checks a code listed under languages: in settings.yaml: a BCP 47 tag (en,
// pt-BR, zh-Hant-TW, in any case after the language) naming a folder of the content exactly
// as the folder is named, since the name is the language's /Lang and its page's address.
func listedLanguage(code string, entries []fs.DirEntry) (msg, hint string) {
	tag, err := language.Parse(code)
	if err != nil {
		return fmt.Sprintf("%q is not a language code", code), "a BCP 47 code: the language, then its script or region if needed, joined by '-': en, es, pt-BR, zh-Hant-TW"
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
