package content

import (
	"io/fs"
	"path"
	"slices"

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
	if !langCodeRE().MatchString(name) {
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
