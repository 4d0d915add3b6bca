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
			case "organisation.name", "organisation.contact":
				c.Printed = append(c.Printed, diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr})
				ps.AddAll(checkTextNumber(name(SettingsFile), f.line, f.path, *f.ptr, false))
			case "resource_url":
				at := diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: ShortURL(*f.ptr)}
				if ov.URL != "" {
					at = diag.Located{File: "--url", Text: ShortURL(ov.URL)}
				}
				c.Printed = append(c.Printed, at)
			}
		}
	}

	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, diag.Problems{{File: label, Msg: input.Describe(err)}}
	}
	var codes []string
	for _, e := range entries {
		if e.IsDir() && langCodeRE.MatchString(e.Name()) {
			codes = append(codes, e.Name())
		}
	}
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
		return nil, ps
	}
	return &c, nil
}

func loadLanguage(fsys fs.FS, label, code string, vars map[string]string) (Language, diag.Problems) {
	lang := Language{Code: code}
	var ps diag.Problems
	faqName, textName := path.Join(label, code, FAQFile), path.Join(label, code, TextFile)

	faqData, err := input.ReadFile(fsys, path.Join(code, FAQFile), input.TextLimit)
	if err != nil {
		ps.Add(faqName, 0, "", input.Describe(err), readHint(err, "each language folder needs faq.md and text.yaml"))
	} else {
		faq, fields, fps := parseFAQ(faqName, faqData)
		ps = append(ps, fps...)
		lang.FAQ = faq
		lang.Texts = append(lang.Texts, expandAll(faqName, fields, vars, &ps)...)
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
		"phone":        s.Hotline.Phone,
		"keyword":      s.Hotline.Keyword,
		"shortcode":    s.Hotline.Shortcode,
		"emergency":    s.Hotline.Emergency,
		"organisation": s.Organisation.Name,
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
// would also crash the PDF writer) and control characters.
func checkRunes(s string) string {
	var bad []string
	for _, r := range s {
		if r > 0xFFFF || (r < 0x20 && r != '\t') || (r >= 0x7F && r < 0xA0) {
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
