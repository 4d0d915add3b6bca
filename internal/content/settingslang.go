package content

import (
	"path"
	"slices"
	"strings"
	"unicode"

	"haven/internal/diag"
)

// markSettings marks, in each edition whose faq.md is written in another script than Latin, settings.yaml's
// organisation texts it prints (its name and contact line, where its text.yaml writes none of
// its own, and its website) that are in Latin letters, as in the settings' language: an
// English office line in the Arabic edition is read in English, not with Arabic sounds.
// settings.yaml declares no language, and its texts serve every edition: they are taken as
// written in the content's first edition in Latin letters (the first that languages: lists,
// else English comes first), whether this run makes it or not. A content with none leaves
// them in each edition's language: nothing says which language they are in. A text in Latin
// letters in an edition in Latin letters too is not marked, as no script tells it apart. So
// are the edition's own texts written wholly in Latin letters, with a word of three letters or
// more: a heading of an Amharic faq.md left in English is read in English too (one another
// language marks already, a copy of haven's Spanish, keeps its mark).
func markSettings(c *Content) {
	lang := ""
	for _, code := range c.Codes {
		if s := scriptsOf(code); len(s) > 0 && s[0] == "Latin" {
			lang = code
			break
		}
	}
	if lang == "" {
		return
	}
	org := c.Settings.Organisation
	for i := range c.Languages {
		l := &c.Languages[i]
		faq := slices.DeleteFunc(slices.Clone(l.Texts), func(t diag.Located) bool { return path.Base(t.File) != FAQFile }) // its own writing: text.yaml may be left in English
		if script := writtenIn(faq); script == "" || script == "Latin" {
			continue
		}
		texts := []string{PrintedURL(org.Website)}
		if l.Text.Organisation.Name.Text == "" {
			texts = append(texts, org.Name.Text)
		}
		if l.Text.Organisation.Contact.Text == "" {
			texts = append(texts, org.Contact.Text)
		}
		for _, t := range texts {
			if inLatin(t) {
				l.markIn(t, lang)
			}
		}
		for _, at := range l.Texts {
			if _, marked := l.Other[at.Text]; !marked && translatable(at.Field) && inLatin(at.Text) && HasWord(at.Text, 3) {
				l.markIn(at.Text, lang)
			}
		}
	}
}

// inLatin is whether s has letters, all of them Latin ones.
func inLatin(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLetter) && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) })
}
