package content

import (
	"bytes"
	"cmp"
	"haven/internal/ahead"
	"haven/internal/diag"
	"haven/internal/input"

	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/width"
)

// Files in a content folder.
const (
	SettingsFile = "settings.yaml"
	FAQFile      = "faq.md"
	TextFile     = "text.yaml"
)

// langCode is whether name is a language folder's: a BCP 47 tag with the language in lower
// case and up to three subtags (script, region, variant: pt-BR, zh-Hant-TW), as language.Parse
// reads it.
func langCode(name string) bool { return tagShaped(name, false, "-") }

// looksLikeLang is whether name is a folder meant as a language that haven would not use:
// "FR", "pt_BR".
func looksLikeLang(name string) bool { return tagShaped(name, true, "-_") }

// tagShaped is whether name is two or three ASCII letters (lower case, or either), then up to
// three subtags of two to eight ASCII letters and digits, each after one of seps: what two
// patterns said (TestTagShaped), without compiling them at every start.
func tagShaped(name string, anyCase bool, seps string) bool {
	const lower, upper = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	part, i := 0, 0
	for i <= len(name) && part <= 3 {
		j := i
		for j < len(name) && !strings.ContainsRune(seps, rune(name[j])) {
			j++
		}
		sub := name[i:j]
		if part == 0 {
			letters := lower
			if anyCase {
				letters += upper
			}
			if len(sub) < 2 || len(sub) > 3 || strings.Trim(sub, letters) != "" {
				return false
			}
		} else if len(sub) < 2 || len(sub) > 8 || strings.Trim(sub, lower+upper+"0123456789") != "" {
			return false
		}
		if j == len(name) {
			return true
		}
		part, i = part+1, j+1
	}
	return false
}

// Overrides replace settings for one run, from command-line flags.
type Overrides struct {
	URL      string // resource_url
	Campaign string
	Offset   string // cards.offset
	// Langs are the languages to read, by code in any case; nil reads every one. A run that
	// makes one language neither reads nor stops at another's files.
	Langs []string
	// Discreet is set when the run prints the discreet cards: their words, and the address and
	// campaign their code carries, are checked for what would give them away only then.
	Discreet bool
	// Settled, when set, is given the settings as soon as they are read and checked, with the
	// overrides above, on a goroutine of its own while the language folders are still read:
	// for work that needs only the settings, such as the QR codes.
	Settled func(Settings)
	// Unprintable, when set, is whether haven cannot print a word in a PDF, whatever the font
	// (typeface.Unprintable: a letter it cannot shape or join, an accent it cannot place); an
	// edition written in such words gets its resource page alone (Language.PageOnly). Unset, a
	// word in a script haven cannot shape (UnshapedScript) is.
	Unprintable func(word string) bool
}

// Load reads and checks a content folder. label is how the folder is named in messages
// (its path, or "content" for the embedded default). Every problem found is returned together
// as diag.Problems.
func Load(fsys fs.FS, label string, ov Overrides) (*Content, error) {
	if c := fromSnapshot(fsys, label, ov); c != nil {
		return c, nil
	}
	var c Content
	var ps diag.Problems
	name := func(p string) string { return path.Join(label, p) }

	data, err := input.ReadFile(fsys, SettingsFile, input.TextLimit)
	if err != nil {
		err = misnamed(fsys, ".", SettingsFile, err)
		return nil, diag.Problems{{File: name(SettingsFile), Msg: input.Describe(err), Hint: readHint(err, "is this a haven content folder? `haven init DIR` writes one")}}
	}
	// the language folders' files are read and parsed on other cores while the settings are
	// checked: parsing them needs nothing from the settings
	entries, dirErr := fs.ReadDir(fsys, ".")
	parses := map[string]*parsed{}
	for _, e := range entries {
		if code := e.Name(); e.IsDir() && langCode(code) && wanted(ov.Langs, code) {
			parses[code] = parsing(fsys, label, code)
		}
	}
	sfields, sps, spelled := decodeStrict(name(SettingsFile), data, &c.Settings)
	if len(sps) == 0 {
		sps = upgrade(name(SettingsFile), &c.Settings, sfields)
	}
	c.Settings.lowerSchemes()
	c.Settings.Country = upperCountry(c.Settings.Country)
	ps = append(ps, sps...)
	// the discreet card's code leads to the resource page: the page, and the PDFs it links,
	// must then not name the subject in a title either
	askedDiscreet := c.Settings.Site.Discreet // site: discreet: true as written, for resource_url's check
	if c.Settings.Cards.DiscreetURL != "" {
		c.Settings.Site.Discreet = true
	}
	if ov.URL != "" {
		u := asciiURL(lowerScheme(ov.URL))
		if msg := CheckURL(u); msg != "" {
			return nil, diag.Problems{{File: "--url", Msg: msg}}
		}
		c.Settings.ResourceURL = u
		c.Settings.DisplayURL = "" // it shortens the address --url replaces: neither printed nor checked
	}
	if ov.Campaign != "" {
		c.Settings.Campaign = ov.Campaign
	}
	if ov.Offset != "" {
		if _, _, msg := ParseOffset(ov.Offset); msg != "" {
			return nil, diag.Problems{{File: "--offset", Msg: msg}}
		}
		c.Settings.Cards.Offset = ov.Offset
	}
	// where the address the discreet card's code carries, and the quick exit, were set, for
	// their checks
	var discreetURL, exitURL, privacyURL, resourceURL, displayURL, campaign diag.Located
	if ov.Campaign != "" {
		campaign = diag.Located{File: "--campaign", Text: ov.Campaign}
	}
	var settingsNotes diag.Problems // a logo too thin to read where it prints; a printed address to try
	if len(sps) == 0 {
		sp := checkSettings(name(SettingsFile), &c.Settings, sfields)
		for i := range sp {
			if ov.URL != "" && sp[i].Field == "resource_url" { // the address is --url's, not the line it replaced
				sp[i].File, sp[i].Line, sp[i].Field = "--url", 0, ""
			}
			if sp[i].Field == "organisation.logo" {
				if msg, hint := logoFolder(fsys, c.Settings.Organisation.Logo); msg != "" {
					sp[i].Msg, sp[i].Hint = msg, hint // "logo: img": not a file of another kind
				}
			}
		}
		ps = append(ps, sp...)
		settingsNotes = append(settingsNotes, otherDigits(name(SettingsFile), sfields)...)
		for _, f := range sfields {
			if f.path == "site.exit_url" && *f.ptr != "" {
				exitURL = diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr}
			}
			if f.path == "site.privacy_url" && *f.ptr != "" {
				privacyURL = diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr}
			}
			if f.path == "cards.discreet_url" {
				discreetURL = diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr}
			}
			if f.path == "campaign" && ov.Campaign == "" {
				campaign = diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr}
			}
			if f.path == "resource_url" {
				resourceURL = diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: c.Settings.ResourceURL}
				if ov.URL != "" {
					resourceURL = diag.Located{File: "--url", Text: c.Settings.ResourceURL}
				}
				c.Resource = resourceURL
				ps.AddAll(trackedWords(resourceURL, false))
			}
			// unless refused already, as an address is for its non-ASCII; a control character,
			// typed as a YAML escape ("91\01"), is the cause of any other refusal
			refused := slices.ContainsFunc(ps, func(p diag.Problem) bool { return p.Field == f.path })
			if p, hint := checkRunes(*f.ptr, false); p != "" && (!refused || strings.ContainsFunc(*f.ptr, unicode.IsControl)) {
				ps = slices.DeleteFunc(ps, func(p diag.Problem) bool { return p.Field == f.path && p.File == name(SettingsFile) })
				if _, _, font := fontFace(f.path); f.path == "organisation.logo" || font { // a file's name, never printed
					p, hint = "names a file whose name "+p, "rename the file with letters, digits and - alone, and write its new name here"
				}
				ps.Add(name(SettingsFile), f.line, f.path, p, hint)
			}
			if f.path == "organisation.logo" && *f.ptr != "" && len(ps) == 0 {
				scale, _ := ParseLogoSize(c.Settings.Organisation.LogoSize)
				logo, p := loadLogo(fsys, name(SettingsFile), *f.ptr, f.line, scale)
				if p != nil {
					ps = append(ps, *p)
				} else {
					sf := name(SettingsFile)
					settingsNotes = slices.Concat(settingsNotes, logo.tooSmall(sf, f.line), logo.blurred(sf, f.line, *f.ptr), logo.invisible(sf, f.line, *f.ptr), logo.pale(sf, f.line, *f.ptr))
				}
				c.Logo = logo
			}
			if f.path == "display_url" {
				if *f.ptr != "" && ov.URL == "" { // --url's address prints in its place
					displayURL = diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: "https://" + strings.TrimPrefix(*f.ptr, "https://")}
				}
				settingsNotes = append(settingsNotes, displayWarnings(name(SettingsFile), f.line, c.Settings)...)
				checkTracked(name(SettingsFile), textLines{first: f.line}, f.path, *f.ptr, false, &ps) // printed under every code, as a text is
			}
			at := diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr}
			if f.path == "resource_url" && ov.URL != "" {
				at = diag.Located{File: "--url", Text: ov.URL}
			}
			settingsNotes = append(settingsNotes, exampleAddress(at)...)
			if use, ok := exampleUses[f.path]; ok && at.Text != "" {
				if msg, hint, refuse := redirected(at.Text, use.use); refuse {
					ps = append(ps, at.At(msg, hint))
				} else if msg != "" {
					settingsNotes = append(settingsNotes, at.At(msg, hint))
				}
			}
			if fam, face, ok := fontFace(f.path); ok {
				c.FontAt = append(c.FontAt, make([][4]diag.Located, max(0, fam+1-len(c.FontAt)))...)
				c.FontAt[fam][face] = diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr}
			}
			switch f.path {
			case "organisation.name", "organisation.contact":
				c.Printed = append(c.Printed, diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr})
				slips := checkNumbers(name(SettingsFile), textLines{first: f.line}, f.path, *f.ptr, c.Settings.Country, c.Settings.Numbers(), true, false)
				if len(slips) == 0 && f.path == contactField { // "912, 24/7" beside 911: one of the organisation's numbers
					slips = contactSlips(name(SettingsFile), textLines{first: f.line}, f.path, *f.ptr, c.Settings, c.Settings.Numbers())
				}
				ps.AddAll(slips)
				checkTracked(name(SettingsFile), textLines{first: f.line}, f.path, *f.ptr, false, &ps)
				checkHosts(name(SettingsFile), textLines{first: f.line}, f.path, *f.ptr, nil, &ps, &settingsNotes) // help@example.org: no slip of its own sites, it is one
			case "cards.discreet_url":
				if *f.ptr != "" { // printed on the discreet card
					c.Printed = append(c.Printed, diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: PrintedURL(*f.ptr)})
					ps.AddAll(trackedWords(diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: *f.ptr}, true))
				}
				fallthrough
			case "resource_url", "display_url", "hotline.chat", "organisation.website": // the website prints in every footer
				ps.AddAll(checkNumbers(name(SettingsFile), textLines{first: f.line}, f.path, urlPath(*f.ptr), c.Settings.Country, c.Settings.Numbers(), false, false))
			}
			// the address printed under QR codes: display_url when set
			if f.path == "resource_url" && c.Settings.DisplayURL == "" || f.path == "display_url" && *f.ptr != "" {
				at := diag.Located{File: name(SettingsFile), Line: f.line, Field: f.path, Text: PrintedURL(*f.ptr)}
				if ov.URL != "" {
					at = diag.Located{File: "--url", Text: PrintedURL(c.Settings.ResourceURL)} // as read: HTTPS:// in lower case, a host in Unicode
				}
				c.Printed = append(c.Printed, at)
				c.Address = at
			}
			if msg, hint := placeholder(f.path, *f.ptr, c.Settings); msg != "" { // what the example writes in its place: the cause of any other refusal
				ps = slices.DeleteFunc(ps, func(p diag.Problem) bool { return p.Field == f.path && p.File == name(SettingsFile) })
				ps.Add(name(SettingsFile), f.line, f.path, msg, hint)
			}
		}
	}

	// the built-in line's text number, site and words kept beside another line's number, once
	// the settings are otherwise right (a number being typed in is not yet another line); numbers
	// no one answers
	var fictionSet map[string]bool
	settingsRight := len(sps) == 0 && len(ps) == 0
	if settingsRight {
		ps = append(ps, staleBuiltinSettings(c.Settings, resourceURL)...)
	}
	if len(sps) == 0 {
		var fws diag.Problems
		ps, fws, fictionSet = fictionalSettings(c.Settings, ps)
		settingsNotes = append(settingsNotes, fws...)
	}
	if ov.Settled != nil && len(ps) == 0 {
		s := c.Settings
		ahead.Run(func() { ov.Settled(s) })
	}
	if dirErr != nil {
		return nil, diag.Problems{{File: label, Msg: input.Describe(dirErr)}}
	}
	codes, fps := folders(fsys, label, entries, c.Settings)
	ps = append(ps, fps.errs...)
	if len(codes) == 0 {
		ps = append(ps, fps.aside...) // why the folder holding faq.md is none
		fps.aside = nil
	}
	c.Warnings = slices.Concat(twoForms(c.Settings), lettersPast(c.Settings), ungrouped(c.Settings), fps.warnings, fps.aside, settingsNotes, copies(fsys, label, ".", SettingsFile))
	// in the order languages: lists them (the first is the resource page's at the site's root),
	// else English first, the reference edition
	rank := func(code string) int {
		if i := slices.Index(c.Settings.Languages, code); i >= 0 {
			return i
		}
		if code == "en" {
			return -1
		}
		return len(c.Settings.Languages)
	}
	sort.Slice(codes, func(i, j int) bool {
		if ri, rj := rank(codes[i]), rank(codes[j]); ri != rj {
			return ri < rj
		}
		return codes[i] < codes[j]
	})
	listed, listedWrong := map[string]bool{}, false
	for _, f := range sfields { // each code of languages:, on its own line
		if !strings.HasPrefix(f.path, "languages[") {
			continue
		}
		if code := *f.ptr; listed[code] {
			ps.Add(name(SettingsFile), f.line, f.path, fmt.Sprintf("lists %q twice", code), "keep one")
		} else if msg, hint := listedLanguage(code, entries); msg != "" {
			ps.Add(name(SettingsFile), f.line, f.path, msg, hint)
			listedWrong = true
		}
		listed[*f.ptr] = true
	}
	if len(codes) == 0 && !listedWrong { // a language listed wrong is said already (EN for en/)
		ps.Add(label, 0, "", "no language folder found", "add a folder named by its language code, e.g. en/, holding faq.md and text.yaml")
	}
	c.Codes = codes
	codes = slices.DeleteFunc(slices.Clone(codes), func(code string) bool { return !wanted(ov.Langs, code) })
	settingsOK := len(ps) == 0
	vars := placeholders(c.Settings, ps)
	// languages are read and checked at the same time: each is a few milliseconds of
	// Markdown, YAML and number checks that share nothing but the settings
	// a discreet page's own site, its address read as the discreet card's is (spare)
	neutralSite := ""
	if askedDiscreet {
		neutralSite = hostOf(c.Settings.ResourceURL)
	}
	c.Languages = make([]Language, len(codes))
	lps := make([]diag.Problems, len(codes))
	var wg ahead.Group
	for i, code := range codes {
		wg.Go(func() {
			parsed := parses[code]
			if parsed == nil { // a folder found only by its listing in settings.yaml
				parsed = parsing(fsys, label, code)
			}
			c.Languages[i], lps[i] = loadLanguage(parsed, label, code, c.Codes[0], vars, c.Settings, settingsOK, ov.Discreet, neutralSite, ov.Unprintable)
		})
	}
	wg.Wait()
	keywords := sync.OnceValue(func() []diag.Located { return contentKeywords(fsys, label, &c) })
	c.Warnings = append(c.Warnings, lettersAbroad(c.Settings, c.Languages)...)
	for i, p := range lps {
		ps = append(ps, p...)
		l := &c.Languages[i]
		c.Warnings = append(c.Warnings, copies(fsys, label, l.Code, TextFile)...)
		c.Warnings = append(c.Warnings, copies(fsys, label, l.Code, FAQFile)...)
		c.Warnings = append(c.Warnings, l.FAQ.warnings...)
		c.Warnings = append(c.Warnings, twoReaders(l.Text)...)
		c.Warnings = append(c.Warnings, l.warnings...)
		if len(p) == 0 {
			nps, nws := namedOtherwise(l.Code, l.Text.Language, slices.DeleteFunc(slices.Clone(l.Texts), func(t diag.Located) bool { return path.Base(t.File) != FAQFile }), c.Codes)
			ps, c.Warnings = append(ps, nps...), append(c.Warnings, nws...)
			if len(nps)+len(nws) == 0 {
				c.Warnings = append(c.Warnings, notSelfNamed(l.Code, l.Text.Language)...)
			}
		}
		c.Warnings = append(c.Warnings, contactUs(*l, c.Settings.Organisation)...)
		c.Warnings = append(c.Warnings, orFirst(*l, c.Settings.Hotline)...)
		c.Warnings = append(c.Warnings, englishSite(*l)...)
		ps = append(ps, onPaper(l.Text.Site.OnPaper)...)
		if settingsRight {
			ps = append(ps, staleBuiltin(*l, c.Settings)...)
			c.Warnings = append(c.Warnings, staleTopics(*l, c.Settings)...)
		}
		nps, nws, _ := fictionalNumbers(l.Texts, c.Settings.Country, fictionSet)
		ps = append(ps, nps...)
		ps = append(ps, templatePlaceholders(l.Texts, slices.Collect(maps.Values(vars)))...)
		c.Warnings = append(c.Warnings, nws...)
		if len(p) == 0 && settingsOK { // else a number of settings.yaml, filled in, is said twice
			for i, at := range l.Texts {
				ps = append(ps, misdialled(at, l.numbersOf(i), c.Settings.Country)...)
			}
		}
		if ov.Discreet && !l.PageOnly {
			c.Warnings = append(c.Warnings, unchecked(*l)...)
		}
		if settingsOK { // else hotline.text may be empty for a fault of its own; the edition's own problems are none of texting's
			for _, q := range textingOnLandline(c.Settings, l.Texts) {
				if !slices.ContainsFunc(p, func(r diag.Problem) bool { // said already, with the number it asks to text
					return r.File == q.File && r.Line == q.Line && r.Field == q.Field && strings.Contains(r.Msg, noTextsSaid)
				}) {
					ps = append(ps, q)
				}
			}
			cps, cws := callingOnTextLine(c.Settings, l.Texts)
			ps, c.Warnings = append(ps, cps...), append(c.Warnings, cws...)
		}
		if len(p) == 0 && settingsOK {
			c.Warnings = append(c.Warnings, hoursClaimed(l.Code, c.Settings, l.Texts)...)
			s := c.Settings.For(l)
			st := settingOf(s, "text") // parsed once, not for each text
			for i, at := range l.Texts {
				if kps := keywordMisses(at, l.numbersOf(i), s, st, keywords); len(kps) > 0 {
					ps = append(ps, kps...)
				} else if kps := keywordAfterVerb(at, l.numbersOf(i), s, st, keywords); len(kps) > 0 {
					ps = append(ps, kps...)
				} else {
					ps = append(ps, keywordAfterName(at, l.numbersOf(i), s, st, keywords)...)
				}
			}
		}
		var links diag.Problems
		if len(p) == 0 && settingsOK { // else the address may be the broken one
			links = checkCodeAlt(l.Text.QRAlt, c.Settings, c.Address.Text)
			links = append(links, checkScanAddresses(&l.Text, c.Settings, c.Address.Text)...)
		}
		// made where an address or a campaign is read for the names' words: most runs read none
		nw := sync.OnceValue(func() *nameWordSet { return nameWordsOf(c.Settings, &l.Text, l.Code) })
		if len(p) == 0 && ov.Discreet {
			links = append(links, checkDiscreetLinks(l.Code, &l.Text, discreetURL, spare(revealing(c.Settings, &l.Text), neutralSite, nw), lineNumbers(c.Settings), nw())...)
		}
		if settingsOK && campaign.Text != "" {
			links = append(links, checkCampaignNames(campaign, revealing(c.Settings, &l.Text), nw(), c.Settings.Site.Discreet)...)
		}
		if len(p) == 0 && askedDiscreet && settingsOK {
			nums := lineNumbers(c.Settings)
			links = append(links, checkDiscreetAddress(l.Code, &l.Text, resourceURL, resourceUse, nums, nw())...)
			for _, w := range ownNamedSite(resourceURL, c.Settings, &l.Text, nw) {
				if !slices.Contains(c.Warnings, w) { // each language may find the same
					c.Warnings = append(c.Warnings, w)
				}
			}
			links = append(links, checkDiscreetAddress(l.Code, &l.Text, displayURL, displayUse, nums, nw())...)
			links = append(links, checkDiscreetAddress(l.Code, &l.Text, privacyURL, privacyUse, nums, nw())...)
		}
		if len(p) == 0 && exitURL.Text != "" && !slices.ContainsFunc(ps, func(q diag.Problem) bool { return q.Field == exitURL.Field }) {
			links = append(links, checkExitLink(l.Code, &l.Text, exitURL, revealing(c.Settings, &l.Text), lineNumbers(c.Settings), nw())...)
			links = append(links, checkExitSites(*l, exitURL, privacyURL)...)
		}
		for _, q := range links {
			if !slices.Contains(ps, q) { // each language may find the same
				ps = append(ps, q)
			}
		}
	}
	switch country := cmp.Or(c.Settings.Country, "US"); {
	case c.Settings.Site.Discreet && privacyURL.Text == "": // cards: discreet_url alone makes the page discreet too
		c.Warnings.Add(name(SettingsFile), 0, "site.privacy_url", "is empty, so the discreet page's safety note links "+PrivacyURL+", a site of a national network against domestic violence, which opens in the page's place and stays in the phone's history",
			"set site: privacy_url: to a page on browsing privately at a neutral address (your own, or a browser's help page)")
	case privacyURL.Text == "" && country != "US":
		c.Warnings.Add(name(SettingsFile), 0, "site.privacy_url", "is empty, so the page's safety note links "+PrivacyURL+", a U.S. site on browsing privately, for readers in "+country,
			privacyHint(country))
	}
	if !slices.ContainsFunc(ps, func(p diag.Problem) bool { return strings.HasPrefix(p.Field, "hotline.") }) { // the numbers as meant
		ps = append(ps, builtinMixed(c.Settings, c.Languages)...)
	}
	if settingsRight {
		fps, fws := builtinFAQ(c.Languages, c.Settings, func() []FAQ { return leftFAQs(fsys, label, &c) })
		ps = append(ps, fps...)
		c.Warnings = append(c.Warnings, fws...)
	}
	c.Warnings = append(c.Warnings, untranslated(c.Languages)...)
	markEnglish(c.Languages)
	markSettings(&c)
	names := []diag.Located{c.Settings.Organisation.Name}
	for _, l := range c.Languages {
		names = append(names, l.Text.Organisation.Name)
	}
	c.Warnings = append(c.Warnings, exampleNames(fsys, label, names)...)
	if settingsOK {
		errs, ws := twoWays(c.Languages, c.Settings)
		ps, c.Warnings = append(ps, errs...), append(c.Warnings, ws...)
	}
	spelled.respell(ps, name(SettingsFile))
	spelled.respell(c.Warnings, name(SettingsFile))
	ps = emergencyLeftOut(ps, c.Settings.Country)
	if len(ps) > 0 {
		return nil, ps.Sort()
	}
	return &c, nil
}

// contentKeywords are the words c configures to text: hotline.keyword, other_keywords and each
// language folder's keyword:, those of the folders --lang leaves out too, read for it alone: an
// edition may name another's word (Portuguese AJUDA in the Spanish one, one slip from its
// AYUDA), and a run for one language must not refuse what a run for all of them passes. They
// are read only where a text names a word to send that is not its edition's (keywordMisses).
func contentKeywords(fsys fs.FS, label string, c *Content) []diag.Located {
	h := c.Settings.Hotline
	ks := append([]diag.Located{h.Keyword}, h.OtherKeywords...)
	for _, code := range c.Codes {
		if i := slices.IndexFunc(c.Languages, func(l Language) bool { return l.Code == code }); i >= 0 {
			ks = append(ks, c.Languages[i].Text.Keyword)
		} else if data, err := input.ReadFile(fsys, path.Join(code, TextFile), input.TextLimit); err == nil {
			var t Text
			decodeStrict(path.Join(label, code, TextFile), data, &t)
			ks = append(ks, t.Keyword)
		}
	}
	return slices.DeleteFunc(ks, func(k diag.Located) bool { return k.Text == "" })
}

// leftFAQs are the faq.md files of the language folders of c the run leaves out (--lang), as
// far as they parse.
func leftFAQs(fsys fs.FS, label string, c *Content) []FAQ {
	var out []FAQ
	for _, code := range c.Codes {
		if slices.ContainsFunc(c.Languages, func(l Language) bool { return l.Code == code }) {
			continue
		}
		if data, err := input.ReadFile(fsys, path.Join(code, FAQFile), input.TextLimit); err == nil {
			f, _ := parseFAQ(path.Join(label, code, FAQFile), data)
			out = append(out, f)
		}
	}
	return out
}

// wanted is whether a run for the languages langs (nil: all) reads the folder code.
func wanted(langs []string, code string) bool {
	return langs == nil || slices.ContainsFunc(langs, func(want string) bool { return strings.EqualFold(want, code) })
}

// folderProblems are what folders finds: errors, warnings, and the folders holding a
// language's files under a name of another language (en-old), warned of beside language
// folders, and the reason there are none without them.
type folderProblems struct{ errs, warnings, aside diag.Problems }

// folders picks the language folders among entries and names every other folder, so none is
// skipped in silence: one that holds a language's files but is named as no folder is (FR,
// pt_BR) is an error, others (pictures, backups) a warning.
func folders(fsys fs.FS, label string, entries []fs.DirEntry, s Settings) ([]string, folderProblems) {
	var codes []string
	var fp folderProblems
	entries, linked := linkedDirs(fsys, entries)
	for _, e := range entries {
		n := e.Name()
		isLang := looksLikeLang(n)
		switch {
		case strings.HasPrefix(n, "."):
		case e.IsDir() && !utf8.ValidString(n): // espa\xf1ol: not to be opened, nor passed over
			msg, hint := notTextFolder(n)
			fp.errs.Add(path.Join(label, readableName(n)), 0, "", msg, hint)
		case e.IsDir() && isLanguage(fsys, n, s.Languages):
			codes = append(codes, n)
		case linked[n]: // read as the language folder linked to it
		case e.IsDir() && strings.HasPrefix(s.Organisation.Logo, n+"/"): // the logo's folder
		case e.IsDir() && len(s.Languages) > 0 && holdsLanguage(fsys, n):
			hint := "add it to the list to make it"
			if msg, rename := folderCode(n); msg != "" {
				hint = "to make it, " + rename + " and add it to the list"
			}
			fp.warnings.Add(path.Join(label, n), 0, "", "is not in languages: in settings.yaml and is not used", hint)
		case e.Type()&fs.ModeSymlink != 0 && isLang: // not to a folder inside (linkedDirs)
			to, _ := fs.ReadLink(fsys, n)
			_, err := fs.Stat(fsys, n)
			why, hint := "outside the content folder: a language folder must be inside it", "copy the folder here instead of linking to it"
			switch {
			case errors.Is(err, fs.ErrNotExist):
				why = "which does not exist"
			case err == nil:
				why = "which is not a folder"
			case path.IsAbs(to):
				why, hint = "written from the root of the disk, which haven does not follow: a language folder must be inside the content folder", "link it by its place from the content folder instead, ln -s with the path from there, or copy the folder here"
			}
			fp.errs.Add(path.Join(label, n), 0, "", fmt.Sprintf("is a link to %s, %s", to, why), hint)
		case e.IsDir() && langCode(n) && unreadableFolder(fsys, n) != nil: // named as a language's, but not to be opened: not to be told it is misnamed
			err := unreadableFolder(fsys, n)
			fp.errs.Add(path.Join(label, n), 0, "", input.Describe(err), readHint(err, ""))
		case e.IsDir() && isLang && !knownCode(baseCode(n)) && holdsLanguage(fsys, n): // sp, ESP, esp-MX: shaped as a code, no language's
			fp.errs.Add(path.Join(label, n), 0, "", fmt.Sprintf("holds a language's files but is not used: %s is no language's code, so its edition would not be made", baseCode(n)), codeHint(fsys, n))
		case e.IsDir() && isLang && !langCode(n) && !namesItsLanguage(asCode(n)) && holdsLanguage(fsys, n): // EN-OLD: a copy kept aside, in capitals
			msg, hint := notItsLanguage(asCode(n))
			fp.aside.Add(path.Join(label, n), 0, "", msg, hint)
		case e.IsDir() && !langCode(n) && holdsLanguage(fsys, n): // FR, pt_BR, Español, "es ": meant as a language
			msg, hint := folderCode(n)
			fp.errs.Add(path.Join(label, n), 0, "", msg, hint)
		case e.IsDir() && langCode(n) && holdsLanguage(fsys, n): // en-old, en-xx: shaped as a code, but no language's
			msg, hint := notItsLanguage(n)
			fp.aside.Add(path.Join(label, n), 0, "", msg, hint)
		case e.IsDir():
			fp.warnings.Add(path.Join(label, n), 0, "", "is not a language folder and is not used", "a language folder is named by its code, e.g. en, es, pt-BR, fil, and holds faq.md and text.yaml")
		}
	}
	return codes, fp
}

// linkedDirs is entries with each link to a folder inside the content folder (en linked to
// en-real) read as a folder, as the files under it are, and the folders such links lead into,
// by their names in entries. A link out of the content folder, or to nothing, stays a link.
func linkedDirs(fsys fs.FS, entries []fs.DirEntry) ([]fs.DirEntry, map[string]bool) {
	out, linked := slices.Clone(entries), map[string]bool{}
	for i, e := range entries {
		if e.Type()&fs.ModeSymlink == 0 {
			continue
		}
		to, err := fs.ReadLink(fsys, e.Name())
		fi, serr := fs.Stat(fsys, e.Name()) // the content folder's os.Root refuses a link out of it
		if err != nil || serr != nil || !fi.IsDir() || path.IsAbs(to) {
			continue
		}
		out[i] = fs.FileInfoToDirEntry(fi)
		linked[strings.Split(path.Clean(to), "/")[0]] = true
	}
	return out, linked
}

// unreadableFolder is the error of a folder the user running haven may not list, or whose faq.md or
// text.yaml it may not read; nil for any other.
func unreadableFolder(fsys fs.FS, dir string) error {
	if _, err := fs.ReadDir(fsys, dir); errors.Is(err, fs.ErrPermission) {
		return err
	}
	for _, f := range []string{FAQFile, TextFile} {
		if file, err := fsys.Open(path.Join(dir, f)); errors.Is(err, fs.ErrPermission) {
			return err
		} else if err == nil {
			file.Close()
		}
	}
	return nil
}

// folderCode says why the folder name, holding a language's files, is not read as the
// language's (it is named by no language code), and how to rename it: the code written as a
// folder is named (FR, pt_BR), without the spaces around it ("es "), or in place of the
// language's name (Español, Spanish); "" for a name that is a code.
func folderCode(name string) (msg, hint string) {
	const why = "language folders are named by their code in lower case, with '-' before a region"
	trimmed := strings.TrimSpace(name)
	switch {
	case langCode(name):
		return "", ""
	case trimmed != name && (looksLikeLang(trimmed) || LanguageNamed(trimmed) != ""):
		where := "ends in a space"
		if name[0] != trimmed[0] {
			where = "begins with a space"
			if name[len(name)-1] != trimmed[len(trimmed)-1] {
				where = "begins and ends with a space"
			}
		}
		if _, hint = folderCode(trimmed); hint == "" {
			hint = "rename it " + trimmed
		}
		return fmt.Sprintf("is not used: its name %q %s, and a language folder is named by its code alone", name, where), hint
	case looksLikeLang(name):
		return "looks like a language folder but is not used: " + why, "rename it " + shortest(asCode(name)) // ENG: en, not eng
	case LanguageNamed(name) != "":
		return "is not used: a language folder is named by its language's code, not its name", "rename it " + LanguageNamed(name)
	}
	return "holds a language's files (faq.md, text.yaml) but is not used: " + why, "rename it by its language's code, e.g. en, es, pt-BR, fil; if it is a copy kept aside, move it out of the content folder"
}

// notTextFolder says why a folder whose name is not text (not UTF-8) is not used, and how to
// rename it: a zip made on Windows names its folders in the system's old code page (español
// as espa\xf1ol in Windows-1252, espa\xa4ol in the DOS one), which no folder haven reads is
// named in. Read in those code pages, a language's name gives the code to rename it to.
func notTextFolder(name string) (msg, hint string) {
	msg = "is not used: its name is not readable as text (a zip made on Windows names folders so: \\xNN is a letter of an old Windows code page), so haven cannot open it"
	for _, cm := range []*charmap.Charmap{charmap.Windows1252, charmap.CodePage437} {
		if s, err := cm.NewDecoder().String(name); err == nil {
			if code := LanguageNamed(s); code != "" {
				return msg, "rename it " + code
			}
		}
	}
	return msg, "rename it by its language's code, e.g. en, es, pt-BR, fil; if it is not a language folder, move it out of the content folder"
}

// readableName is name with each byte that is not text written \xNN (espa\xf1ol), to be shown.
func readableName(name string) string {
	var b strings.Builder
	for i, r := range name {
		if r == utf8.RuneError && !strings.HasPrefix(name[i:], "\uFFFD") {
			fmt.Fprintf(&b, "\\x%02x", name[i])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// asCode is name, shaped as a language code written otherwise (FR, pt_BR), as a language
// folder is named: its language in lower case, '-' before each other part.
func asCode(name string) string {
	code := strings.ToLower(name[:strings.IndexAny(name+"-_", "-_")])
	if i := strings.IndexAny(name, "-_"); i > 0 {
		code += "-" + strings.ReplaceAll(name[i+1:], "_", "-")
	}
	return code
}

// parsed is a language folder's two files, read and parsed: what needs nothing from the
// settings, and so can be done beside them. Each file's fields are ready once its wait
// returns: text.yaml's are checked while faq.md is still parsed.
type parsed struct {
	lang       Language
	textErr    error // text.yaml could not be read
	textFields []field
	textPs     diag.Problems
	spelled    spellings // text.yaml's fields spelled otherwise than haven's
	faqErr     error     // faq.md could not be read
	faqPs      diag.Problems
	text, faq  func() (struct{}, error) // wait for each file
}

// parsing begins reading and parsing the language folder code's two files, each on a
// goroutine of its own.
func parsing(fsys fs.FS, label, code string) *parsed {
	p := &parsed{lang: Language{Code: code}}
	p.text = ahead.Go(func() (struct{}, error) {
		var data []byte
		if data, p.textErr = input.ReadFile(fsys, path.Join(code, TextFile), input.TextLimit); p.textErr == nil {
			p.textFields, p.textPs, p.spelled = decodeStrict(path.Join(label, code, TextFile), data, &p.lang.Text)
		} else {
			p.textErr = misnamed(fsys, code, TextFile, p.textErr)
		}
		return struct{}{}, nil
	})
	p.faq = ahead.Go(func() (struct{}, error) {
		var data []byte
		if data, p.faqErr = input.ReadFile(fsys, path.Join(code, FAQFile), input.TextLimit); p.faqErr == nil {
			p.lang.FAQ, p.faqPs = parseFAQ(path.Join(label, code, FAQFile), data)
		} else {
			p.faqErr = misnamed(fsys, code, FAQFile, p.faqErr)
		}
		return struct{}{}, nil
	})
	return p
}

func loadLanguage(p *parsed, label, code, first string, vars map[string]diag.Located, s Settings, settingsOK, discreet bool, neutralSite string, unprintable func(string) bool) (Language, diag.Problems) {
	lang := &p.lang
	var ps diag.Problems
	faqName, textName := path.Join(label, code, FAQFile), path.Join(label, code, TextFile)
	if set := builtinSets()[listKey(code)]; set != nil && discreet {
		go set() // the built-in discreet words, with their forms, made ready while the files are read
	}

	setKeyword := s.Hotline.Keyword.Text // settings.yaml's, before the language's own replaces it
	// text.yaml first: a name it gives the organisation is what {organisation} means here
	p.text()
	textFields := p.textFields
	textRead := false
	if err := p.textErr; err != nil {
		p.faq()
		ps.Add(textName, 0, "", input.Describe(err), readHint(err, needsBoth(code, FAQFile, p.faqErr == nil, s.Languages)))
	} else {
		tps := p.textPs
		ps = append(ps, tps...)
		for _, f := range textFields {
			if strings.HasSuffix(f.path, "]") { // a list's line: haven prints its own bullet, or none
				*f.ptr = withoutPastedMark(*f.ptr)
			}
		}
		ps = append(ps, lineBreaks(textName, textFields)...)
		ps = append(ps, tooLong(textName, textFields)...)
		ps = append(ps, plainMarkdown(textName, textFields)...)
		textFields = fitHotline(textName, textFields, s, len(tps) == 0, &ps)
		textRead = true
		for _, f := range textFields { // as written, before haven's own qr_alt fills an empty one
			if strings.Contains(*f.ptr, "{") {
				lang.templates = append(lang.templates, diag.Located{File: textName, Line: f.line, Field: f.path, Text: *f.ptr})
			}
		}
		if alt := &lang.Text.QRAlt.Text; *alt == "" { // haven's words, filled in and checked as the file's are
			lang.QRAltLang = defaultCodeAlt(textName, code, &lang.Text)
			if !slices.ContainsFunc(textFields, func(f field) bool { return f.ptr == alt }) { // qr_alt: ""
				textFields = append(slices.Clip(textFields), field{path: "qr_alt", ptr: alt})
			}
		}
		if n := lang.Text.Organisation.Name; n.Text != "" {
			vars = maps.Clone(vars)
			vars["organisation"] = n
		}
		if k := lang.Text.Keyword; k.Text != "" {
			if settingsOK { // else the number to text it to may be missing for settings.yaml's fault alone
				checkKeyword(&s, k.Text, func(msg, hint string) { ps = append(ps, k.At(msg, hint)) })
			}
			vars = maps.Clone(vars)
			vars["keyword"] = k
			s = s.For(lang)
		}
	}
	var texts []diag.Located // text.yaml's, expanded while faq.md may still be parsed
	if textRead {
		ps.AddAll(nameSlips(textName, textFields, lang.Text.HotlineName.Text, s))
		texts = expandAll(textName, textFields, vars, s, &ps, &lang.warnings)
	}
	p.faq()
	if err := p.faqErr; err != nil {
		ps.Add(faqName, 0, "", input.Describe(err), readHint(err, needsBoth(code, TextFile, p.textErr == nil, s.Languages)))
	} else {
		fps := ownExamples(p.faqPs, s)
		ps = append(ps, fps...)
		if len(fps) == 0 {
			ps.AddAll(nameSlips(faqName, lang.FAQ.fields(), lang.Text.HotlineName.Text, s))
			lang.Texts = append(lang.Texts, expandAll(faqName, lang.FAQ.fields(), vars, s, &ps, &lang.FAQ.warnings)...)
			paper, lps := lang.FAQ.links(faqName, vars, s)
			lang.Texts = append(lang.Texts, paper...)
			ps.AddAll(lps)
			lang.FAQ.warnings = append(lang.FAQ.warnings, vagueLinks(faqName, code, &lang.FAQ)...)
		}
	}
	if k := lang.Text.Keyword; textRead && k.Text != "" && oneWriting(letterScripts(k.Text)) { // a mix of scripts is said as one (checkKeyword)
		// a word of the language is used in any of its texts: faq.md's title and answers too
		used := fieldTexts(textFields)
		if p.faqErr == nil {
			used = append(used, fieldTexts(lang.FAQ.fields())...)
		}
		lang, _, _ := strings.Cut(code, "-")
		firstLang, _, _ := strings.Cut(first, "-") // en-GB's is en's: no translation between them
		if msg, hint := keywordSlip(k.Text, setKeyword, used, sameLanguage(lang, firstLang)); msg != "" {
			ps = append(ps, k.At(msg, hint))
		}
	}
	// an edition whose FAQ is written in what haven cannot print is no card, nor any PDF
	lang.PageOnly = writtenUnprintable(slices.DeleteFunc(slices.Clone(lang.Texts), func(t diag.Located) bool { return path.Base(t.File) != FAQFile }), unprintable)
	if textRead {
		lang.Texts = append(lang.Texts, texts...)
		lang.zero, lang.Wide = editionDigits(lang.Texts), WideText(lang.Texts)
		if len(ps) == 0 {
			neutralBackTitle(code, &lang.Text)
			lang.warnings = slices.Concat(lang.warnings, neutralBackLines(&lang.Text), retiredLines(&lang.Text), linesLeftOut(textName, s, &lang.Text))
			lang.warnings = append(lang.warnings, keywordLeftOut(textName, s, &lang.Text)...)
			lang.warnings = append(lang.warnings, englishCodeAlt(textName, lang)...)
			lang.warnings = append(lang.warnings, wideDigits(lang.Texts)...)
			ps = append(ps, foreignDigits(code, lang.Texts)...)
			ps = append(ps, checkCard(textName, s, &lang.Text)...)
			ps = append(ps, checkNumberLines(s, &lang.Text, vars)...)
			found := lang.numberChecks(s, textName)
			for i, at := range lang.Texts {
				ps = append(ps, found[i][0]...)
				ps = append(ps, found[i][1]...)
				ps = append(ps, found[i][4]...)
				if !slices.ContainsFunc(ps, func(q diag.Problem) bool { return q.File == at.File && q.Line == at.Line && q.Field == at.Field }) { // a TTY or call line of text.yaml printing the wrong line's number is said once, by checkNumberLines
					ps = append(ps, found[i][2]...)
					ps = append(ps, found[i][3]...)
				}
			}
			names := spare(revealing(s, &lang.Text), neutralSite, func() *nameWordSet { return nameWordsOf(s, &lang.Text, code) })
			if discreet && !lang.PageOnly {
				lang.warnings = append(lang.warnings, discreetMore(textName, code, &lang.Text, names)...)
				refused := checkDiscreet(textName, code, &lang.Text, s.Hotline.Keyword, names...)
				ps = append(ps, refused...)
				// the headline is refused as it always was; a word of a name on the card's other
				// lines is said as a warning: without the language's everyday words to tell "soo"
				// (Somali, in "soo dir", send) or "destek" (Turkish, support) from a name's own
				// word, a refusal would stop ordinary cards
				fields := discreetFields(&lang.Text)
				ps = append(ps, checkNameWords(s, &lang.Text, fields[:1], "on the discreet card", refused)...)
				lang.warnings = append(lang.warnings, checkNameWords(s, &lang.Text, fields[1:], "on the discreet card", refused)...)
				if s.Cards.DiscreetURL != "" {
					ps = append(ps, checkDiscreetAlt(textName, code, &lang.Text, names)...)
				}
			}
			if !lang.PageOnly { // a discreet site's tabs are refused as its card is; others' are warned of
				if tabs := checkTabs(textName, code, &lang.Text); s.Site.Discreet {
					ps = append(ps, tabs...)
				} else {
					lang.warnings = append(lang.warnings, tabs...)
				}
			}
			if s.Site.Discreet {
				refused := checkNeutralTitle(textName, code, &lang.Text, lineNumbers(s), names...)
				ps = append(ps, refused...)
				ps = append(ps, checkNameWords(s, &lang.Text, []diag.Located{lang.Text.Site.NeutralTitle}, "as the discreet page's title", refused)...)
			}
		} else if settingsOK {
			// a text that asks to text a number that takes no texts is said in the same run as
			// the edition's other problems, where no problem of its own may be the cause
			found := lang.numberChecks(s, textName)
			var texting diag.Problems
			for i, at := range lang.Texts {
				if !slices.ContainsFunc(ps, func(q diag.Problem) bool { return q.File == at.File && q.Line == at.Line && q.Field == at.Field }) {
					texting = append(texting, found[i][1]...)
					texting = append(texting, found[i][4]...)
				}
			}
			ps = append(ps, texting...)
		}
	}
	p.spelled.respell(ps, textName)
	p.spelled.respell(lang.warnings, textName)
	return *lang, ps
}

// numberChecks reads each text's numbers once, kept for the checks of the whole content's
// (Load), and checks them on two cores, each check reading only its text and the settings:
// what it finds of each text is other keywords, texting a number that takes none, a TTY
// line's, calling a number that takes no calls, and messaging the number to text in an app.
func (lang *Language) numberChecks(s Settings, textName string) [][5]diag.Problems {
	tty, call, text := settingOf(s, "tty"), settingOf(s, "call"), settingOf(s, "text") // parsed once, not for each text
	found := make([][5]diag.Problems, len(lang.Texts))
	lang.numbers = make([]numbersIn, len(lang.Texts))
	ahead.Each(2, func(half int) {
		for i := half; i < len(lang.Texts); i += 2 {
			at := lang.Texts[i]
			n := readNumbers(at.Text)
			found[i] = [5]diag.Problems{otherKeywords(at, n, s, text, textName), textsUntextable(at, n, s), ttyOnCallLine(at, n, s, tty, call), callsUncallable(at, n, s, text, call, tty), messagesTextLine(at, n, s, text)}
			lang.numbers[i] = n
		}
	})
	return found
}

// placeholders are the names texts may use for the facts in settings.yaml, with the setting
// each prints. {phone} and {shortcode} are the old names of {call} and {text}. When the
// settings have problems of their own (ps), a placeholder they leave empty, or whose setting
// is refused, is not reported again in every text that prints it (its Field is "-").
func placeholders(s Settings, ps diag.Problems) map[string]diag.Located {
	h := s.Hotline
	org := s.Organisation.Name
	url := diag.Located{Text: PrintedURL(s.ResourceURL), Field: "resource_url"}
	if s.DisplayURL != "" {
		url = diag.Located{Text: PrintedURL(s.DisplayURL), Field: "display_url"}
	}
	refused := map[string]bool{}
	for _, p := range ps {
		refused[p.Field] = true
	}
	chat := diag.Located{Text: PrintedURL(h.Chat.Text), Field: "hotline.chat"}
	for _, at := range []*diag.Located{&h.Call, &h.Text, &h.Keyword, &h.TTY, &chat, &h.Emergency, &org, &url} {
		switch {
		case len(ps) > 0 && at.Text == "":
			at.Field = "-"
		case refused[at.Field]: // printed without what cannot print, which its own message names
			at.Text, at.Field = strings.Map(func(r rune) rune {
				if unprintable(r) {
					return -1
				}
				return r
			}, at.Text), "-"
		}
	}
	return map[string]diag.Located{
		"call": h.Call, "phone": h.Call,
		"text": h.Text, "shortcode": h.Text,
		"keyword": h.Keyword, "tty": h.TTY, "chat": chat,
		"emergency":    h.Emergency,
		"organisation": org,
		"url":          url,
	}
}

// upgrade turns the old names phone and shortcode into call and text, so content written
// before them loads and prints exactly as before.
func upgrade(file string, s *Settings, fields []field) diag.Problems {
	var ps diag.Problems
	h := &s.Hotline
	for _, p := range []struct {
		old, now *diag.Located
		oldName  string
		nowName  string
	}{{&h.Phone, &h.Call, "phone", "call"}, {&h.Shortcode, &h.Text, "shortcode", "text"}} {
		if p.old.Text == "" {
			continue
		}
		line := 0
		for _, f := range fields {
			if f.path == "hotline."+p.oldName {
				line = f.line
			}
		}
		if p.now.Text != "" {
			msg, hint := "is the old name of hotline."+p.nowName+", which is also set", "delete the hotline."+p.oldName+" line"
			if p.old.Text != p.now.Text { // one of the two may be the typo: which is right, only the writer can say
				msg += fmt.Sprintf(", to another number: %s here, %s there", diag.Whole(p.old.Text), diag.Whole(p.now.Text))
				hint = fmt.Sprintf("check both against your line's published number, write the right one as hotline.%s and delete the hotline.%s line", p.nowName, p.oldName)
			}
			ps.Add(file, line, "hotline."+p.oldName, msg, hint)
			continue
		}
		*p.now = diag.Located{File: file, Line: line, Field: "hotline." + p.oldName, Text: p.old.Text}
	}
	return ps
}

// textOnly are the texts that exist only for the text line: left out when the line takes no
// texts, and required when it does (unless one number takes calls and texts, "Call or text
// 988", which the call line says).
var textOnly = map[string]bool{"help.text_label": true, "help.text": true, "card.text": true, "poster.text": true}

// callOnly are the texts that exist only for the number to call, each with an example: left
// out for a line that takes only texts (the cards and posters print its text line in the
// number's place, the tear-off tabs carry it: "Call the hotline, 24/7" over "Text HOME to
// 741741" would send a reader to a call there is none of), and required when it takes calls.
var callOnly = map[string]string{"help.call_label": "call_label: Our crisis line, 24/7", "help.call": "call: Call {call}", "poster.tab": "tab: Call {call}",
	"card.call_label": "call_label: Call the hotline, 24/7", "observer.call_label": "call_label: Call the hotline, 24/7", "discreet.subline": "subline: Call or text, 24/7. Free and private."}

// fitHotline leaves out the texts for services the line does not have, and names a service
// configured with nothing to print it.
func fitHotline(file string, fields []field, s Settings, decoded bool, ps *diag.Problems) []field {
	h := s.Hotline
	var out []field
	seen := map[string]bool{}
	for _, f := range fields {
		if textOnly[f.path] && !h.Texts() || callOnly[f.path] != "" && !h.Calls() {
			*f.ptr = ""
			continue
		}
		if *f.ptr != "" {
			seen[f.path] = true
		}
		out = append(out, f)
	}
	// a text written empty is named at its line, one left out where its group is: at the
	// group's first line of text, the file giving no line to the group's name
	missing := func(p string) (line int, what string) {
		if i := slices.IndexFunc(fields, func(f field) bool { return f.path == p }); i >= 0 {
			return fields[i].line, "is empty"
		}
		group, _, _ := strings.Cut(p, ".")
		if i := slices.IndexFunc(fields, func(f field) bool { return strings.HasPrefix(f.path, group+".") }); i >= 0 {
			return fields[i].line, "is missing under " + group
		}
		return 0, "is missing"
	}
	if decoded && h.Texts() && !s.oneNumber() {
		for _, p := range []string{"help.text", "card.text", "poster.text"} {
			if !seen[p] {
				line, what := missing(p)
				ps.Add(file, line, p, what+": hotline.text is set, and this is where the outputs print it", "add e.g. 'text: Text {keyword} to {text}', or remove hotline.text")
			}
		}
	}
	if decoded && h.Calls() {
		for _, p := range slices.Sorted(maps.Keys(callOnly)) {
			group, _, _ := strings.Cut(p, ".")
			given := group != "observer" || slices.ContainsFunc(fields, func(f field) bool { return strings.HasPrefix(f.path, "observer.") }) // the adult's card is optional
			if !seen[p] && given {
				line, what := missing(p)
				ps.Add(file, line, p, what+": hotline.call is set, and this is where the outputs print it", "add e.g. '"+callOnly[p]+"'; for a line that takes only texts, leave hotline.call empty")
			}
		}
	}
	return out
}

// placeholderNames are the placeholders every text may use, in the order hints name them.
var placeholderNames = []string{"call", "text", "keyword", "tty", "chat", "emergency", "organisation", "url"}

// keptPlaceholders are the fields that keep placeholders of their own, filled in where they are
// used: a page's number by layout, a file's name, paper and size on the resource page.
var keptPlaceholders = map[string][]string{"handout.page": {"page", "pages"}, "site.on_paper": {"file", "paper"}, "site.pdf": {"kb"}}

// fillEach replaces each placeholder of s, a {…} with no brace inside, by what fn gives for
// it, braces and all: what ReplaceAllStringFunc of `\{[^{}]*\}` does, without compiling it at
// every run.
func fillEach(s string, fn func(m string) string) string {
	var b strings.Builder
	for done := 0; ; {
		i := strings.IndexByte(s[done:], '{')
		if i < 0 {
			if done == 0 {
				return s
			}
			b.WriteString(s[done:])
			return b.String()
		}
		open := done + i
		j := strings.IndexAny(s[open+1:], "{}")
		if j < 0 {
			b.WriteString(s[done:])
			return b.String()
		}
		end := open + 1 + j
		if s[end] == '{' { // not closed before another opens: the next one may be
			b.WriteString(s[done:end])
			done = end
			continue
		}
		b.WriteString(s[done:open])
		b.WriteString(fn(s[open : end+1]))
		done = end + 1
	}
}

// wideBraceRE is a placeholder with a full-width brace or two, as a Chinese or Japanese input
// method types one: ｛call｝.
var wideBraceRE = lazyRE(`[{｛]([^{}｛｝]{1,40})[}｝]`)

// foldBraces reads a placeholder written with full-width braces (and letters) as the
// placeholder: ｛call｝ is {call}, so it prints the number, or is refused as an unknown
// placeholder like {cal}. Braces around other words (｛注意｝) are text, and print as written.
func foldBraces(s string) string {
	if !hasWide(s, "｛｝") {
		return s
	}
	return wideBraceRE().ReplaceAllStringFunc(s, func(m string) string {
		name := width.Fold.String(wideBraceRE().FindStringSubmatch(m)[1])
		if !placeholderNameRE().MatchString(name) || !strings.ContainsAny(m, "｛｝") {
			return m
		}
		return "{" + name + "}"
	})
}

// numberPlaceholders print the hotline's numbers, each linked to the number alone: those of
// Settings.Numbers, and {phone} and {shortcode}, the old names of {call} and {text}.
var numberPlaceholders = []string{"{call}", "{phone}", "{text}", "{shortcode}", "{tty}", "{emergency}"}

// numberAt is the length of the number placeholder s starts with, or 0.
func numberAt(s string) int {
	for _, p := range numberPlaceholders {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

// joinsNumber reports whether r, printed right against a number (before it, when before),
// reads as part of it: a digit of any script, a + or a currency sign ("${call}" prints
// $1-888-373-7888), or a key a number is dialled with ("#{call}" and "*{call}" print
// #1-888-373-7888 and *1-888-373-7888, a code to dial as printed that the link does not
// dial). A * after one is a footnote's mark ("Call {call}*", explained below), not a key.
func joinsNumber(r rune, before bool) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("+＋#＃", r) || before && strings.ContainsRune("*＊", r) || unicode.Is(unicode.Sc, r)
}

// groupsNumber reports whether r groups a number's digits (1-888, 1.888): between a number and
// a digit it joins them into one ("1-{call}" prints 1-1-888-373-7888).
func groupsNumber(r rune) bool {
	return strings.ContainsRune("-.‐‑‒–−－．", r)
}

// glued is a number placeholder, at p and n bytes long, written against what prints as part of
// its number: the text from..to, with the whole of a time or count it is written against
// ("24/7{call}" from the 2), or to the end of another number placeholder it is joined to
// ("{call}-{tty}").
type glued struct {
	from, to, p, n int
	joined         bool
}

// gluedNumbers finds each number placeholder written right against a digit, a + or a currency
// sign, a # or *, or a digit with a dash or dot between ("1{call}", "{emergency}1", "1-{call}",
// "${call}", "#{call}", "2{text}"): it prints a number no one means (11-888-373-7888, 9111), which the
// reader dials as printed while its link dials the setting alone. Letters are no part of a
// number, so a script written without spaces puts its words against one as it must
// (请拨打{call}); a dash or dot without a digit beyond it is punctuation ("{call}."). Two
// number placeholders with nothing between them, or only what groups digits (a dash, a dot, a
// slash), print as one number ("{call}-{tty}": (614) 224-4663-(614) 224-4670, "{call}/{text}"),
// which neither's link dials, and the page and the PDFs link neither.
func gluedNumbers(s string) []glued {
	var out []glued
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '{')
		if j < 0 {
			break
		}
		i += j
		n := numberAt(s[i:])
		if n == 0 {
			i++
			continue
		}
		if k := len(s) - len(strings.TrimLeftFunc(s[i+n:], joinsPlaceholders)); numberAt(s[k:]) > 0 {
			out = append(out, glued{i, k + numberAt(s[k:]), i, n, true})
		}
		if g := (glued{reach(s, i, true, groupsNumber), reach(s, i+n, false, groupsNumber), i, n, false}); g.from < i || g.to > i+n {
			// what it is written against, whole: "24/7" of "{call}-24/7", not "-24"
			g.from, g.to = reach(s, g.from, true, groupsDigits), reach(s, g.to, false, groupsDigits)
			out = append(out, g)
		}
		i += n
	}
	return out
}

// joinsPlaceholders reports whether r, alone between two number placeholders, prints them as
// one number: what groups digits, or bold or italic, which sets nothing apart
// ("{call}**{tty}**").
func joinsPlaceholders(r rune) bool { return groupsDigits(r) || marked(r) }

// extAfterCall finds, where call (hotline.call) has an extension, each {call} in s written with
// an extension after it ("Call {call}, ext. 2", as texts wrote it before call: could hold one):
// the placeholder and the extension, which would print twice.
func extAfterCall(s, call string) [][2]int {
	if _, ext := SplitExt(call); ext == "" {
		return nil
	}
	var out [][2]int
	for _, p := range []string{"{call}", "{phone}"} {
		for i := 0; ; {
			j := strings.Index(s[i:], p)
			if j < 0 {
				break
			}
			i += j + len(p)
			if m := extRE().FindStringIndex(s[i:]); m != nil && m[0] == 0 {
				out = append(out, [2]int{i - len(p), i + m[1]})
			}
		}
	}
	return out
}

// otherExts are the organisation's own numbers s writes with another extension than
// settings.yaml gives them ("(503) 588-5351 ext. 3" where hotline.call is "(503) 588-5351 ext.
// 2"): their links dial it, and no check knows it for the line's. A number settings.yaml gives
// without one (a switchboard's) may be written with any, and any number without one.
func otherExts(s, country string, nums []Number) []Written {
	if !mayHaveExt(s) { // most texts write none: no number need be read
		return nil
	}
	var out []Written
	for _, w := range OwnWritten(s, country, nums) {
		if w.Ext != "" && !slices.ContainsFunc(nums, func(n Number) bool {
			_, ext := SplitExt(n.Written)
			return n.Key == w.Number.Key && (ext == "" || ext == w.Ext)
		}) {
			out = append(out, w)
		}
	}
	return out
}

// groupsDigits reports whether r, between digits, makes them one: a number's groups, or a
// time's, a fraction's or a count's ("24/7", "9:30", "1,000").
func groupsDigits(r rune) bool { return groupsNumber(r) || strings.ContainsRune("/:,", r) }

// reach is how far from at, back or on, the digits and signs of s reach over what groups
// between them (dashes and dots: groupsNumber) and what prints nothing (unprinted, and the
// marks of the FAQ's bold and italic): at itself when none is there.
func reach(s string, at int, back bool, groups func(rune) bool) int {
	far := at
	for back && at > 0 || !back && at < len(s) {
		var r rune
		if back {
			var size int
			r, size = utf8.DecodeLastRuneInString(s[:at])
			at -= size
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[at:])
			at += size
		}
		if joinsNumber(r, back) {
			far = at
		} else if !groups(r) && !unprinted(r) && !marked(r) { // a soft hyphen, a zero-width character or bold or italic (**1**{call}) prints nothing between them
			break
		}
	}
	return far
}

// gluedProblem says what a glued number prints, and what to write: the placeholder alone, in
// the words around it, without a lone digit or sign written against it ("Call {call}" for
// "Call 1{call}") and a space between it and a longer number, a time or a count, in place of
// any dash between them ("Call {call} 24/7" for "Call {call}-24/7"); two placeholders joined
// set apart by a word or a spaced slash; "" for one that prints nothing.
func gluedProblem(s string, g glued, vars map[string]diag.Located) (msg, hint string) {
	name := s[g.p : g.p+g.n]
	space := func(r rune) bool { return unicode.IsSpace(r) }
	start := strings.LastIndexFunc(s[:g.from], space) + 1 // the word it is in, and the one before
	if strings.TrimLeft(s[start:g.from], Marks) == "" && start > 0 {
		start = strings.LastIndexFunc(strings.TrimRightFunc(s[:start], space), space) + 1
	}
	end := len(s)
	if j := strings.IndexFunc(s[g.to:], space); j >= 0 {
		end = g.to + j
	}
	value := fill(name, vars)
	if value == "" { // a placeholder settings.yaml leaves empty is named as such
		return "", ""
	}
	// the FAQ's bold and italic are quoted as they print, in one face: they set nothing apart
	faced := ""
	if HasMarks(s[g.from:g.to]) {
		faced = ", in bold or italic,"
	}
	if g.joined {
		other := strings.TrimLeftFunc(s[g.p+g.n:g.to], joinsPlaceholders)
		if fill(other, vars) == "" {
			return "", ""
		}
		between := "nothing"
		if d := Unmark(s[g.p+g.n : g.to-len(other)]); d != "" {
			between = diag.Quote(d)
		}
		msg = fmt.Sprintf("%q prints %s: %s and %s%s with %s between them read as one number, not two, which the reader dials as printed",
			Unmark(s[start:end]), Unmark(fill(s[g.p:g.to], vars)), name, other, faced, between)
		return msg, fmt.Sprintf("set them apart with a word, or a slash with a space each side: %q or %q",
			Unmark(s[start:g.p]+name+" or "+other+s[g.to:end]), Unmark(s[start:g.p]+name+" / "+other+s[g.to:end]))
	}
	// what prints, without what prints nothing (a soft hyphen between it and a digit)
	before, after := printedOnly(s[g.from:g.p]), printedOnly(s[g.p+g.n:g.to])
	msg = fmt.Sprintf("%q prints %s, not %s: the %s written against %s%s reads as part of the number, which the reader dials as printed (its link dials %s)",
		Unmark(s[start:end]), before+value+after, value, strings.TrimSpace(before+" "+after), name, faced, value)
	// a lone digit or sign is a slip, left out; a longer number stays, set apart by a space
	written := slices.DeleteFunc([]string{strings.TrimRightFunc(before, groupsDigits), name, strings.TrimLeftFunc(after, groupsDigits)},
		func(part string) bool { return utf8.RuneCountInString(part) < 2 })
	return msg, fmt.Sprintf("write %s alone, with a space or a word between it and any other digit or sign: %q", name, Unmark(s[start:g.from]+strings.Join(written, " ")+s[g.to:end]))
}

// printedOnly is s without the characters that print nothing (unprinted, and the marks of bold
// and italic).
func printedOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unprinted(r) || marked(r) {
			return -1
		}
		return r
	}, s)
}

// placeholderNameRE is what a placeholder's name looks like.
var placeholderNameRE = lazyRE(`^[A-Za-z_][A-Za-z0-9_]*$`)

// expandAll fills in placeholders in place and checks every character is printable; what
// may not be what the user meant goes to ws.
func expandAll(file string, fields []field, vars map[string]diag.Located, set Settings, ps, ws *diag.Problems) []diag.Located {
	var out []diag.Located
	nums, own := set.Numbers(), ownHosts(set)
	heading := "" // the question faq.md's answers are under, the last read
	for _, f := range fields {
		if strings.HasPrefix(f.path, "question ") {
			heading = *f.ptr
		}
		// a number typed out (not a placeholder) one slip from one of the organisation's
		slips := checkNumbers(file, textLines{f.line, f.breaks}, f.path, *f.ptr, set.Country, nums, true, true)
		ps.AddAll(slips)
		if len(slips) == 0 && f.path == contactField {
			slips = contactSlips(file, textLines{f.line, f.breaks}, f.path, *f.ptr, set, nums)
			ps.AddAll(slips)
		}
		if len(slips) == 0 { // a text refused is written again, and read again
			under := ""
			if strings.HasPrefix(f.path, "answer ") {
				under = heading
			}
			refused, near := nearMisses(file, textLines{f.line, f.breaks}, f.path, *f.ptr, under, set.Country, nums)
			for _, r := range refused { // a number nameSlips refused at its line ("989" in a label) once
				if !slices.ContainsFunc(*ps, func(p diag.Problem) bool {
					return p.File == r.File && p.Line == r.Line && p.Field == r.Field && strings.HasPrefix(p.Msg, strings.SplitAfter(r.Msg, `" `)[0])
				}) {
					*ps = append(*ps, r)
				}
			}
			ws.AddAll(near)
		}
		ws.AddAll(areaCodeLeftOut(file, textLines{f.line, f.breaks}, f.path, *f.ptr, set.Country, nums))
		shown, at := hiddenInAddresses(file, textLines{f.line, f.breaks}, f.path, *f.ptr, ps) // its addresses as they print
		punctInAddresses(file, at, f.path, shown, ps)
		checkTracked(file, at, f.path, shown, strings.HasSuffix(file, ".md"), ps)
		checkHosts(file, at, f.path, shown, own, ps, ws)
		for _, g := range gluedNumbers(*f.ptr) {
			if msg, hint := gluedProblem(*f.ptr, g, vars); msg != "" {
				ps.Add(file, textLines{f.line, f.breaks}.of(g.from), f.path, msg, hint)
			}
		}
		for _, at := range extAfterCall(*f.ptr, set.Hotline.Call.Text) {
			written := strings.TrimSpace((*f.ptr)[at[0]:at[1]])
			placeholder := written[:strings.IndexByte(written, '}')+1]
			ps.Add(file, textLines{f.line, f.breaks}.of(at[0]), f.path, fmt.Sprintf("%q prints an extension after the one %s prints with hotline.call %q: it would print %q", written, placeholder, set.Hotline.Call.Text, strings.Replace(written, placeholder, set.Hotline.Call.Text, 1)),
				fmt.Sprintf("write %s alone, without an extension after it", placeholder))
		}
		for _, w := range otherExts(*f.ptr, set.Country, nums) {
			_, ext := SplitExt(w.Number.Written)
			hint := fmt.Sprintf("write the number with extension %s, as settings.yaml gives it: %q", ext, w.Number.Written)
			if w.Number.Placeholder != "" {
				hint = fmt.Sprintf("write %s, which prints %q, or the number with extension %s", w.Number.Placeholder, w.Number.Written, ext)
			}
			ps.Add(file, textLines{f.line, f.breaks}.of(w.At), f.path, fmt.Sprintf("%q writes extension %s after the number of %s: a reader would dial extension %s, not the one settings.yaml gives", strings.TrimSpace(w.Text), w.Ext, w.Number, w.Ext), hint)
		}
		for _, c := range otherChoices(*f.ptr, set.Hotline.Call.Text, set.Country, nums) {
			msg, hint := choiceProblem(c)
			ps.Add(file, textLines{f.line, f.breaks}.of(c.At), f.path, msg, hint)
		}
		// a character a file may not have typed, written as a YAML escape ("\u200B"), where
		// the text as typed was not refused for one
		if what, hint := escapedRune(*f.ptr); what != "" && !slices.ContainsFunc(*ps, func(p diag.Problem) bool { return p.File == file && p.Field == f.path }) {
			ps.Add(file, f.line, f.path, "has "+what, hint)
		}
		unknown := false
		braced := false // a value filled in has a { or } of its own: a setting's, refused there
		s := fillEach(*f.ptr, func(m string) string {
			line := textLines{f.line, f.breaks}.of(strings.Index(*f.ptr, m)) // the placeholder's, in a text of several lines
			key := m[1 : len(m)-1]
			if v, ok := vars[key]; ok {
				if v.Text == "" && v.Field != "-" {
					hint := "set it in settings.yaml, or take it out of this text"
					if (key == "call" || key == "phone") && set.Hotline.Texts() { // a line that only takes texts
						hint = "the line only takes texts: write {text} (text {keyword} to {text}) in its place, or set hotline.call"
					}
					ps.Add(file, line, f.path, m+" prints "+cmp.Or(v.Field, "hotline."+key)+", which settings.yaml does not set", hint)
					unknown = true
				}
				braced = braced || strings.ContainsAny(v.Text, "{}")
				return v.Text
			}
			if slices.Contains(keptPlaceholders[f.path], key) {
				return m
			}
			hint := "use one of {" + strings.Join(placeholderNames, "}, {") + "}"
			for _, known := range placeholderNames {
				if k := strings.ToLower(strings.TrimSpace(key)); k == known || oneEdit(k, known) { // {CALL}, { call }, {organization}, {keywrd}
					hint = "did you mean {" + known + "}? " + hint
					break
				}
			}
			if own := keptPlaceholders[f.path]; own != nil {
				hint += "; here also {" + strings.Join(own, "}, {") + "}"
			}
			if k := strings.TrimSpace(key); k != "" && strings.ContainsRune(".#", rune(k[0])) || strings.Contains(k, "=") {
				// [No.]{.underline}: a converter's (Pandoc's) mark for a style Markdown has none of
				ps.Add(file, line, f.path, m+" is a document converter's mark of a style (underline, a colour, a class), which would print as written",
					"take it out, with the [ ] around the words it marks: for bold, write **bold**, for italic *italic*")
				unknown = true
				return m
			}
			ps.Add(file, line, f.path, "unknown placeholder "+m, hint)
			unknown = true
			return m
		})
		if strings.ContainsAny(s, "{}") && keptPlaceholders[f.path] == nil && !unknown && !braced {
			ps.Add(file, f.line, f.path, "has a stray { or }", "placeholders look like {call}")
		}
		if p, hint := checkRunes(s, true); p != "" {
			ps.Add(file, f.line, f.path, p, hint)
		}
		*f.ptr = s
		out = append(out, diag.Located{File: file, Line: f.line, Field: f.path, Text: s})
	}
	return out
}

// escapedRune is what the first character of s that refusedRune refuses is, and what to do;
// haven's own marks of bold and italic are not the writer's.
func escapedRune(s string) (what, hint string) {
	for i, r := range s {
		if r >= 0x80 && !marked(r) && !(r == 0x200D && (indicBefore([]byte(s[:i])) || emojiJoined([]byte(s[:i]), []byte(s[i+utf8.RuneLen(r):])))) && !(r == 0x200B && unbrokenAround([]byte(s[:i]), []byte(s[i+utf8.RuneLen(r):]))) {
			if what, hint := refusedRune(r); what != "" {
				return what, hint
			}
		}
	}
	return "", ""
}

// unprintable is whether r cannot print: above U+FFFF (emoji, rare CJK) or a control character.
func unprintable(r rune) bool {
	return r > 0xFFFF || (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7F && r < 0xA0)
}

// checkRunes refuses characters no print font can draw: emoji and others above U+FFFF (which
// would also crash the PDF writer) and control characters other than a line break. It says
// what is wrong and what to do: a letter above U+FFFF is a script, or a rare Chinese character,
// that haven cannot print, not a symbol to leave out.
//
// In an edition's own texts (edition), a letter of a script beyond them is no error here: the
// edition gets its resource page alone, as one in a script haven cannot shape does
// (UnshapedScript).
func checkRunes(s string, edition bool) (msg, hint string) {
	var bad []string
	script := ""
	emoji := true // every character refused is a symbol beyond U+FFFF
	for _, r := range s {
		if edition && r > 0xFFFF && UnshapedScript(r) != "" {
			continue
		}
		if unprintable(r) {
			emoji = emoji && r > 0xFFFF && unicode.IsSymbol(r)
			bad = append(bad, fmt.Sprintf("%q (U+%04X)", r, r))
			if r > 0xFFFF && unicode.IsLetter(r) && script == "" {
				script = ScriptOf(r)
			}
		}
	}
	if len(bad) > 5 {
		bad = append(bad[:5], fmt.Sprintf("and %d more", len(bad)-5))
	}
	switch {
	case len(bad) == 0:
		return "", ""
	case script == "Han":
		return "has Chinese characters haven cannot print (rare ones, beyond the fonts it can embed): " + strings.Join(bad, ", "),
			"write each with a common character or word of the same meaning (as 而家 for 𠵱家)"
	case script != "":
		return "is written in the " + script + " script, whose letters haven cannot print (they are beyond the characters its PDF writer embeds): " + strings.Join(bad, ", "),
			"make this edition in a script haven prints, if the community reads one, or print it from another program"
	}
	if emoji {
		joined := ""
		if strings.ContainsRune(s, 0x200D) {
			joined = ", with the invisible joiners (U+200D) between their parts"
		}
		them := map[bool]string{true: "it", false: "them"}[len(bad) == 1]
		return "has emoji, which haven does not print (a phone draws them, in no font a PDF can hold): " + strings.Join(bad, ", "), "delete " + them + joined + ", or say it in words"
	}
	return "has characters that cannot be printed: " + strings.Join(bad, ", "), "remove it or replace it with words"
}

// ScriptOf is the name of r's script, as Unicode names it ("" when it has none: Common, Inherited).
func ScriptOf(r rune) string {
	for name, t := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(t, r) {
			return strings.ReplaceAll(name, "_", " ")
		}
	}
	return ""
}

// urlPath is the part of an address after its host, where a number can hide.
func urlPath(s string) string {
	if u, err := url.Parse(s); err == nil {
		return u.EscapedPath() + " " + u.RawQuery + " " + u.EscapedFragment()
	}
	return ""
}

// ShortURL is the URL as people type it: no scheme, no trailing slash.
func ShortURL(u string) string {
	s := strings.TrimPrefix(u, "https://")
	return strings.TrimSuffix(s, "/")
}

// readHint is what to do about a file that could not be read: hint when it is missing, else
// what fits the refusal.
// misnamedError is a file haven needs that is missing, beside one named almost as it.
type misnamedError struct {
	err         error
	found, want string
}

func (e *misnamedError) Error() string { return e.err.Error() }
func (e *misnamedError) Unwrap() error { return e.err }

func (e *misnamedError) hint() string {
	if _, text := textStem(e.found); !text { // FAQ.docx, faq.pdf: renamed, it would still be no plain text
		h := fmt.Sprintf("the folder has %s, which is not plain text: haven reads a plain text file named %s", e.found, e.want)
		if e.want == FAQFile {
			h += ", written in Markdown"
		}
		return h + fmt.Sprintf("; open %s and save it as plain text named %s (in Word: File > Save As > Plain Text), or copy its text into a plain text editor (Notepad, TextEdit in plain text mode) and save it as %s", e.found, e.want, e.want)
	}
	h := fmt.Sprintf("the folder has %s: haven reads a plain text file named %s; rename it", e.found, e.want)
	if strings.HasSuffix(strings.ToLower(e.found), ".txt") {
		h += " (Windows may hide its .txt)"
	}
	return h
}

// misnamed is err, or, when the file want is missing from dir and dir holds one named almost
// as it (nearName), that error naming it.
func misnamed(fsys fs.FS, dir, want string, err error) error {
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	entries, _ := fs.ReadDir(fsys, dir)
	for _, e := range entries {
		if nearName(e.Name(), want) && !e.IsDir() {
			return &misnamedError{err: err, found: e.Name(), want: want}
		}
	}
	return err
}

// nearName is whether the file name is named almost as want: in another case or with another
// extension (FAQ.md, faq.txt, faq.md.txt whose .txt Windows hides, text.yml, faq.docx), or,
// a text file, as a copy of it is named: "settings (1).yaml" as a browser downloads it again,
// "text - Copy.yaml" on Windows, "faq copy.md" and "faq 2.md" on a Mac, "Copy of faq.md".
func nearName(name, want string) bool {
	stem, text := textStem(name)
	want, _ = textStem(want)
	rest, ok := strings.CutPrefix(strings.TrimPrefix(stem, "copy of "), want)
	if !ok || rest == "" {
		return ok && (stem == want || text)
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return text && !unicode.IsLetter(r) // not faqs.md or textos.yaml, another file
}

// copies warns of each text file in dir named almost as want (nearName), beside it, whose
// text differs from it: an edited copy (settings (1).yaml, downloaded again) that haven does
// not read, its edits printed nowhere.
func copies(fsys fs.FS, label, dir, want string) diag.Problems {
	var ws diag.Problems
	entries, _ := fs.ReadDir(fsys, dir)
	var data []byte // want's, read once there is a copy to compare
	var saved time.Time
	for _, e := range entries {
		if _, text := textStem(e.Name()); e.Name() == want || !e.Type().IsRegular() || !text || !nearName(e.Name(), want) {
			continue
		}
		if data == nil {
			info, err := fs.Stat(fsys, path.Join(dir, want))
			if err == nil {
				data, err = input.ReadFile(fsys, path.Join(dir, want), input.TextLimit)
			}
			if err != nil {
				return nil // want's own problem is said where it is read
			}
			saved = info.ModTime()
		}
		copied, err := input.ReadFile(fsys, path.Join(dir, e.Name()), input.TextLimit)
		if err != nil || bytes.Equal(copied, data) {
			continue
		}
		newer := ""
		if info, err := e.Info(); err == nil && info.ModTime().After(saved) {
			newer = ", was saved after it,"
		}
		ws.Add(path.Join(label, dir, e.Name()), 0, "", fmt.Sprintf("differs from %s%s and is not read: haven reads only %s", want, newer, want),
			fmt.Sprintf("if it holds the edits to print, copy them into %s, or rename it %s in place of the old one; else move it out of the content folder", want, want))
	}
	return ws
}

func readHint(err error, hint string) string {
	var tl *input.TooLargeError
	var mn *misnamedError
	var bl *input.BrokenLinkError
	switch {
	case errors.As(err, &mn):
		return mn.hint()
	case errors.As(err, &bl):
		return "point the link at the file, or put the file itself here"
	case errors.Is(err, fs.ErrNotExist):
		return hint
	case errors.As(err, &tl):
		return "is this the right file?"
	case errors.Is(err, fs.ErrPermission):
		return "check its permissions: the user running haven must be allowed to read it"
	}
	return "put a plain file here, inside the content folder"
}
