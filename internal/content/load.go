package content

import (
	"haven/internal/diag"
	"haven/internal/input"

	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
)

// Files in a content folder.
const (
	SettingsFile = "settings.yaml"
	FAQFile      = "faq.md"
	TextFile     = "text.yaml"
)

var langCodeRE = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$`)

// Overrides replace settings for one run, from command-line flags.
type Overrides struct {
	URL      string // resource_url
	Campaign string
}

// Load reads and checks a content folder. label is how the folder is named in messages
// (its path, or "content" for the embedded default). Every problem found is returned together
// as diag.Problems.
func Load(fsys fs.FS, label string, ov Overrides) (*Content, error) {
	var c Content
	var ps diag.Problems
	name := func(p string) string { return path.Join(label, p) }

	data, err := input.ReadFile(fsys, SettingsFile, input.TextLimit)
	if err != nil {
		return nil, diag.Problems{{File: name(SettingsFile), Msg: input.Describe(err), Hint: readHint(err, "is this a haven content folder? `haven init DIR` writes one")}}
	}
	sfields, sps := decodeStrict(name(SettingsFile), data, &c.Settings)
	ps = append(ps, sps...)
	if ov.URL != "" {
		if msg := CheckURL(ov.URL); msg != "" {
			return nil, diag.Problems{{File: "--url", Msg: msg}}
		}
		c.Settings.ResourceURL = ov.URL
	}
	if ov.Campaign != "" {
		c.Settings.Campaign = ov.Campaign
	}
	if len(sps) == 0 {
		ps = append(ps, checkSettings(name(SettingsFile), &c.Settings, sfields)...)
		for _, f := range sfields {
			if p := checkRunes(*f.ptr); p != "" {
				ps.Add(name(SettingsFile), f.line, f.path, p, "remove it or replace it with words")
			}
			if f.path == "organisation.logo" && *f.ptr != "" && len(ps) == 0 {
				logo, p := loadLogo(fsys, name(SettingsFile), *f.ptr, f.line)
				if p != nil {
					ps = append(ps, *p)
				}
				c.Logo = logo
			}
			switch f.path {
			case "font.regular":
				c.FontAt = diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr}
			case "organisation.name", "organisation.contact":
				c.Printed = append(c.Printed, diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr})
				ps.AddAll(checkTextNumber(name(SettingsFile), f.line, f.path, *f.ptr, false))
			case "resource_url":
				at := diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: ShortURL(*f.ptr)}
				if ov.URL != "" {
					at = diag.Located{File: "--url", Text: ShortURL(ov.URL)}
				}
				c.Printed = append(c.Printed, at)
				c.Address = at
			}
		}
	}

	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, diag.Problems{{File: label, Msg: input.Describe(err)}}
	}
	codes, fps := folders(label, entries)
	ps = append(ps, fps.errs...)
	c.Warnings = fps.warnings
	sort.Slice(codes, func(i, j int) bool { // English first: it is the reference edition
		if (codes[i] == "en") != (codes[j] == "en") {
			return codes[i] == "en"
		}
		return codes[i] < codes[j]
	})
	if len(codes) == 0 {
		ps.Add(label, 0, "", "no language folder found", "add a folder named by its language code, e.g. en/, holding faq.md and text.yaml")
	}
	vars := placeholders(c.Settings)
	for _, code := range codes {
		lang, lps := loadLanguage(fsys, label, code, vars)
		ps = append(ps, lps...)
		c.Languages = append(c.Languages, lang)
	}
	if len(ps) > 0 {
		return nil, ps.Sort()
	}
	return &c, nil
}

type folderProblems struct{ errs, warnings diag.Problems }

// looksLikeLangRE is a folder name meant as a language that haven would not use: "FR", "pt_BR".
var looksLikeLangRE = regexp.MustCompile(`^(?i:[a-z]{2,3})([-_][A-Za-z0-9]{2,8})?$`)

// folders picks the language folders among entries and names every other folder, so none is
// skipped in silence: one that looks like a language code is an error, others a warning.
func folders(label string, entries []fs.DirEntry) ([]string, folderProblems) {
	var codes []string
	var fp folderProblems
	for _, e := range entries {
		n := e.Name()
		isLang := looksLikeLangRE.MatchString(n)
		switch {
		case strings.HasPrefix(n, "."):
		case e.IsDir() && langCodeRE.MatchString(n):
			codes = append(codes, n)
		case e.Type()&fs.ModeSymlink != 0 && isLang:
			fp.errs.Add(path.Join(label, n), 0, "", "is a link; a language folder must be a real folder inside the content folder", "copy the folder here instead of linking to it")
		case e.IsDir() && isLang:
			want := strings.ToLower(n[:strings.IndexAny(n+"-_", "-_")])
			if i := strings.IndexAny(n, "-_"); i > 0 {
				want += "-" + n[i+1:]
			}
			fp.errs.Add(path.Join(label, n), 0, "", "looks like a language folder but is not used: language folders are named by their code in lower case, with '-' before a region", "rename it "+want)
		case e.IsDir():
			fp.warnings.Add(path.Join(label, n), 0, "", "is not a language folder and is not used", "language folders are named by their code, e.g. en, es, pt-BR")
		}
	}
	return codes, fp
}

func loadLanguage(fsys fs.FS, label, code string, vars map[string]string) (Language, diag.Problems) {
	lang := Language{Code: code}
	var ps diag.Problems
	faqName, textName := path.Join(label, code, FAQFile), path.Join(label, code, TextFile)

	faqData, err := input.ReadFile(fsys, path.Join(code, FAQFile), input.TextLimit)
	if err != nil {
		ps.Add(faqName, 0, "", input.Describe(err), readHint(err, "each language folder needs faq.md and text.yaml"))
	} else {
		faq, fps := parseFAQ(faqName, faqData)
		ps = append(ps, fps...)
		lang.FAQ = faq
		if len(fps) == 0 {
			lang.Texts = append(lang.Texts, expandAll(faqName, lang.FAQ.fields(), vars, &ps)...)
		}
	}
	textData, err := input.ReadFile(fsys, path.Join(code, TextFile), input.TextLimit)
	if err != nil {
		ps.Add(textName, 0, "", input.Describe(err), readHint(err, "each language folder needs faq.md and text.yaml"))
	} else {
		fields, tps := decodeStrict(textName, textData, &lang.Text)
		ps = append(ps, tps...)
		lang.Texts = append(lang.Texts, expandAll(textName, fields, vars, &ps)...)
	}
	return lang, ps
}

// placeholders are the names texts may use for the facts in settings.yaml.
func placeholders(s Settings) map[string]string {
	return map[string]string{
		"phone":        s.Hotline.Phone.Text,
		"keyword":      s.Hotline.Keyword.Text,
		"shortcode":    s.Hotline.Shortcode.Text,
		"emergency":    s.Hotline.Emergency.Text,
		"organisation": s.Organisation.Name.Text,
		"url":          ShortURL(s.ResourceURL),
	}
}

// pageFields keep {page} and {pages}: they are filled in per page by layout.
var pageFields = map[string]bool{"handout.page": true}

var placeholderRE = regexp.MustCompile(`\{[^{}]*\}`)

// expandAll fills in placeholders in place and checks every character is printable.
func expandAll(file string, fields []field, vars map[string]string, ps *diag.Problems) []diag.Located {
	var out []diag.Located
	for _, f := range fields {
		// a number typed out (not a placeholder) one slip from the hotline's
		ps.AddAll(checkTextNumber(file, f.line, f.path, *f.ptr, true))
		unknown := false
		s := placeholderRE.ReplaceAllStringFunc(*f.ptr, func(m string) string {
			key := m[1 : len(m)-1]
			if v, ok := vars[key]; ok {
				return v
			}
			if pageFields[f.path] && (key == "page" || key == "pages") {
				return m
			}
			ps.Add(file, f.line, f.path, "unknown placeholder "+m, "use one of {phone}, {keyword}, {shortcode}, {emergency}, {organisation}, {url}")
			unknown = true
			return m
		})
		if strings.ContainsAny(s, "{}") && !pageFields[f.path] && !unknown {
			ps.Add(file, f.line, f.path, "has a stray { or }", "placeholders look like {phone}")
		}
		if p := checkRunes(s); p != "" {
			ps.Add(file, f.line, f.path, p, "remove it or replace it with words")
		}
		*f.ptr = s
		out = append(out, diag.Located{File: file, Line: f.line, Field: f.path, Text: s})
	}
	return out
}

// checkRunes refuses characters no print font can draw: emoji and others above U+FFFF (which
// would also crash the PDF writer) and control characters other than a line break.
func checkRunes(s string) string {
	var bad []string
	for _, r := range s {
		if r > 0xFFFF || (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7F && r < 0xA0) {
			bad = append(bad, fmt.Sprintf("%q (U+%04X)", r, r))
		}
	}
	if len(bad) == 0 {
		return ""
	}
	return "has characters that cannot be printed: " + strings.Join(bad, ", ")
}

// ShortURL is the URL as people type it: no scheme, no trailing slash.
func ShortURL(u string) string {
	s := strings.TrimPrefix(u, "https://")
	return strings.TrimSuffix(s, "/")
}

// readHint is what to do about a file that could not be read: hint when it is missing, else
// what fits the refusal.
func readHint(err error, hint string) string {
	var tl *input.TooLargeError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return hint
	case errors.As(err, &tl):
		return "is this the right file?"
	}
	return "put a plain file here, inside the content folder"
}
