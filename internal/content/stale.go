package content

import (
	"cmp"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"

	defaultcontent "haven/content"
	"haven/internal/diag"
	"haven/internal/phone"
)

// builtinHotline is the line haven's own content is written for: its numbers, its site, its
// name in each of the languages haven writes, and the interpreter service its texts claim.
// Content that sets another line and keeps any of them prints another organisation's facts
// beside its own number.
var builtinHotline = struct {
	call, text, host string
	names            map[string]string
	claims           []string // as folded by foldLoose
	topics           []string // the example's words about its subject, as folded by foldLoose
}{
	call: "18883737888", text: "233733", host: "humantraffickinghotline.org",
	names: map[string]string{"en": "National Human Trafficking Hotline", "es": "Línea Nacional Contra la Trata de Personas"},
	claims: []string{
		"interpreters in more than 200 languages", "24/7, 200+ languages", // help.note; card.back_note
		"interpretes en mas de 200 idiomas", "24/7, mas de 200 idiomas",
	},
	topics: []string{ // handout.subtitle, poster.headline and poster.facts of en/ and es/
		"facts and answers for parents, teachers and caregivers", "any child can be trafficked",
		"most victims know their trafficker", "a minor cannot consent to commercial sex",
		"recruiting happens in schools, malls and online", "warning signs: unexplained cash, a controlling adult",
		"para padres, personal escolar y cuidadores", "todo niño puede ser victima de trata",
		"la victima suele conocer a su tratante", "ningun menor puede consentir el comercio sexual",
		"reclutan en escuelas, centros comerciales y en linea",
	},
}

// staleTopics warns of the texts of a language that still print the example's words about
// its subject (the posters' headline and facts, the handout's subtitle) while settings.yaml
// sets another line: a shelter that rewrote its FAQ may not see that its posters still say
// "Any child can be trafficked". A warning, not an error: a line on the same subject may keep
// them on purpose.
func staleTopics(l Language, s Settings) diag.Problems {
	if isBuiltinLine(s) {
		return nil
	}
	var ws diag.Problems
	for _, at := range l.Texts {
		t := foldLoose(at.Text)
		if slices.ContainsFunc(builtinHotline.topics, func(p string) bool { return strings.Contains(t, p) }) {
			ws.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s is haven's built-in example (its subject, child sex trafficking), while settings.yaml sets %s: it prints as it is", diag.Quote(at.Text), otherLine(s)),
				"write your own, or keep it if it says what you mean")
		}
	}
	return ws
}

// builtinFAQ refuses each edition whose faq.md is haven's built-in FAQ (builtinFAQOf) while
// settings.yaml sets another line and another edition's faq.md is the organisation's own: the
// editions would say different things, one of them the example's, on its subject (a Spanish
// handout on child trafficking beside an English one on domestic violence). Where every
// edition's is, a line on the same subject may use it on purpose: a warning. left reads the
// faq.md of each edition the run leaves out (--lang), so that a run of one language refuses
// what a run of all of them does.
func builtinFAQ(langs []Language, s Settings, left func() []FAQ) (errs, warns diag.Problems) {
	if isBuiltinLine(s) {
		return nil, nil
	}
	type kept struct {
		title    diag.Located
		lang     string
		same, of int
	}
	var copies []kept
	own := "" // the file of an edition's faq.md of the organisation's own
	for _, l := range langs {
		if lang, same := builtinFAQOf(l.FAQ); lang != "" {
			copies = append(copies, kept{l.FAQ.Title, lang, same, len(l.FAQ.Questions)})
		} else if own == "" && l.FAQ.Title.Text != "" && !builtinShape(l.FAQ) {
			own = l.FAQ.Title.File
		}
	}
	if len(copies) == 0 {
		return nil, nil
	}
	if own == "" {
		for _, f := range left() {
			if lang, _ := builtinFAQOf(f); lang == "" && f.Title.Text != "" && !builtinShape(f) {
				own = f.Title.File
				break
			}
		}
	}
	for _, c := range copies {
		msg := fmt.Sprintf("this faq.md is haven's built-in %s FAQ (its title and %d of its %d questions word for word, on its subject, child sex trafficking), while settings.yaml sets %s",
			languageName(c.lang), c.same, c.of, otherLine(s))
		if own == "" {
			warns.Add(c.title.File, c.title.Line, c.title.Field, msg+": it prints as it is", "write your own, or keep it if it says what you mean")
			continue
		}
		errs.Add(c.title.File, c.title.Line, c.title.Field, fmt.Sprintf("%s, and %s is your own: the editions would say different things", msg, own),
			fmt.Sprintf("write this edition's FAQ from %s, in its language; meanwhile, --lang builds the others", own))
	}
	return errs, warns
}

// builtinFAQOf is the language of haven's built-in FAQ that f is, and how many of its questions
// are the built-in ones: its title and most of its questions word for word (folded by
// foldLoose), or "" where it is not.
func builtinFAQOf(f FAQ) (lang string, same int) {
	title := foldLoose(f.Title.Text)
	for code, b := range builtinFAQs() {
		if title != foldLoose(b.Title.Text) {
			continue
		}
		for _, q := range f.Questions {
			if slices.ContainsFunc(b.Questions, func(bq QA) bool { return foldLoose(bq.Question.Text) == foldLoose(q.Question.Text) }) {
				same++
			}
		}
		if same*2 > len(f.Questions) {
			return code, same
		}
		return "", 0
	}
	return "", 0
}

// builtinShape is whether f has the shape of haven's built-in FAQ: as many questions, each
// answered in as many paragraphs. A translation of it (fr/ beside the built-in English and
// Spanish) says what they say: it is not the organisation's own.
func builtinShape(f FAQ) bool {
	b := builtinFAQs()["en"].Questions
	if len(f.Questions) != len(b) {
		return false
	}
	for i, q := range f.Questions {
		if len(q.Answer) != len(b[i].Answer) {
			return false
		}
	}
	return true
}

// builtinFAQs are haven's own faq.md files, by language, as `haven init` writes them: their
// titles and questions have no placeholders to fill.
var builtinFAQs = sync.OnceValue(func() map[string]FAQ {
	out := map[string]FAQ{}
	for _, code := range []string{"en", "es"} {
		if data, err := fs.ReadFile(defaultcontent.FS, path.Join(code, FAQFile)); err == nil {
			out[code], _ = parseFAQ(path.Join(code, FAQFile), data)
		}
	}
	return out
})

// builtinMixed refuses hotline.call left at (or set back to) the built-in line's number while
// the hotline's text or TTY number is another line's, or its name the organisation's (an
// edition's hotline_name named after it): every handout would print "Harbor Light 24-Hour Hotline"
// above "Call 1-888-373-7888", and the other checks of the example's words, keyed on another
// call number, would pass them. langs may be nil: the settings alone.
func builtinMixed(s Settings, langs []Language) diag.Problems {
	h := s.Hotline
	if !h.Calls() || !isBuiltinLine(s) {
		return nil
	}
	var others, fixes []string
	if d := phone.Digits(h.Text.Text); d != "" && d != builtinHotline.text && !builtinCall(d) {
		others, fixes = append(others, "hotline.text "+h.Text.Text), append(fixes, `text: "233733"`)
	}
	if d := phone.Digits(h.TTY.Text); d != "" && d != "711" && !builtinCall(d) { // 711: the relay service, anyone's
		others, fixes = append(others, "hotline.tty "+h.TTY.Text), append(fixes, `tty: ""`)
	}
	var named []diag.Located // the hotline_name of each edition named after the organisation
	for _, l := range langs {
		if n := l.Text.HotlineName; namedAfter(n.Text, s.Organisation.Name.Text, l.Text.Organisation.Name.Text) {
			named = append(named, n)
		}
	}
	if len(named) > 0 {
		var files []string
		for _, n := range named {
			files = append(files, n.File)
		}
		others = append(others, fmt.Sprintf("the hotline_name of %s (%s)", joinAnd(files), diag.Quote(named[0].Text)))
		fixes = append(fixes, "its name as hotline_name")
	}
	if len(others) == 0 {
		return nil
	}
	var ps diag.Problems
	ps.Add(h.Call.File, h.Call.Line, h.Call.Field, fmt.Sprintf("is %s, the number of haven's built-in line (%s), but %s %s another line's: every copy would print them beside the built-in line's number",
		h.Call.Text, builtinHotline.names["en"], joinAnd(others), map[bool]string{true: "is", false: "are"}[len(others) == 1]),
		fmt.Sprintf("write your own line's number here; to print the built-in line, write %s", joinAnd(fixes)))
	return ps
}

// namedAfter is whether name, a hotline's, has a word of one of orgs, the organisation's names,
// that says whose it is (nameWord: Harbor of Harbor Light Family Shelter, not Family) and is no
// word of the built-in line's names (Trafficking of a coalition against trafficking): the line
// is the organisation's own.
func namedAfter(name string, orgs ...string) bool {
	if name == "" {
		return false
	}
	own := map[string]bool{}
	for _, o := range orgs {
		w := split(o)
		for k, f := range w.list {
			own[f] = own[f] || nameWord(f, w.written[k])
		}
	}
	for _, n := range builtinHotline.names {
		for _, f := range split(n).list {
			own[f] = false
		}
	}
	return slices.ContainsFunc(split(name).list, func(f string) bool { return own[f] })
}

// isBuiltinLine is whether settings.yaml sets haven's built-in line: its call number (with or
// without the leading 1), or, for a line without calls, its text number.
func isBuiltinLine(s Settings) bool {
	d := phone.Digits(s.Hotline.CallNumber().Text)
	if d == "" {
		return phone.Digits(s.Hotline.Text.Text) == builtinHotline.text
	}
	return builtinCall(d)
}

// builtinCall is whether the digits d are the built-in line's call number, with or without its
// leading 1.
func builtinCall(d string) bool { return d == builtinHotline.call || "1"+d == builtinHotline.call }

// otherLine names the setting that makes the content another line than the built-in one: a
// line that takes only texts has no call number.
func otherLine(s Settings) string {
	if !s.Hotline.Calls() {
		return "hotline.text " + s.Hotline.Text.Text
	}
	return "hotline.call " + s.Hotline.Call.Text
}

// foldLoose is s as the built-in words are compared: lower case, accents off the few letters
// the built-in texts carry them on, and every run of spaces one space.
func foldLoose(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	if !hasWide(s, "áéíóú") {
		return s
	}
	return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u").Replace(s)
}

// staleBuiltin refuses every text of a language that still prints the built-in line's name
// (in any language haven writes) or its interpreter claim while settings.yaml sets another
// line: a translation or label left as haven init wrote it prints them above the
// organisation's own number, on every output of the language. A text that prints the built-in
// line's own number beside its name refers readers to that line, and is right.
func staleBuiltin(l Language, s Settings) diag.Problems {
	if isBuiltinLine(s) {
		return nil // the built-in content itself: nothing to fold
	}
	var ps diag.Problems
	seen := map[diag.Located]bool{} // a paragraph with a link is listed twice
	for _, at := range append([]diag.Located{l.Text.HotlineName}, l.Texts...) {
		if at.Text == "" || seen[diag.Located{File: at.File, Line: at.Line, Field: at.Field}] {
			continue
		}
		seen[diag.Located{File: at.File, Line: at.Line, Field: at.Field}] = true
		t := foldLoose(at.Text)
		named, lang := "", ""
		for l, name := range builtinHotline.names {
			if strings.Contains(t, foldLoose(name)) {
				named, lang = name, l
			}
		}
		digits := phone.Digits(at.Text)
		// its text number kept in settings.yaml is said there, once
		keptText := phone.Digits(s.Hotline.Text.Text) == builtinHotline.text
		switch own := strings.Contains(digits, builtinHotline.call[1:]); {
		case own && named != "":
			continue // the line named with its own number: a referral to it, as a shelter's FAQ may make
		case (own || strings.Contains(digits, builtinHotline.text) && !keptText) && !refersToBuiltin(s):
			// "Call 1-888-373-7888 any time, or text HELP to 233733." left from the example
			// under the organisation's own question: the number of another line, named nowhere
			ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("prints a number of haven's built-in line (1-888-373-7888, or text 233733) without naming that line, while settings.yaml sets %s: left from the example, it sends readers to another organisation", otherLine(s)),
				"write your own number ({call}, {text}); to refer readers to that line, name it beside its number")
			continue
		case named != "" && cmp.Or(s.Country, "US") == "US":
			// the built-in line's name is the U.S. line's only in the U.S.: elsewhere the same
			// words name a line of the country's own (Mexico's Línea Nacional contra la Trata
			// de Personas), and the claim and numbers below still catch a text left unedited
			ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("names %s, haven's built-in line (%s), while settings.yaml sets %s: it would print above your number", diag.Quote(named), lang, otherLine(s)),
				"write the name of your line here")
		}
		for _, c := range builtinHotline.claims {
			if strings.Contains(t, c) {
				ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("claims interpreters in more than 200 languages, a service of haven's built-in line, while settings.yaml sets %s", otherLine(s)),
					"take the claim out, or state what your own line offers")
				break
			}
		}
	}
	return ps
}

// staleBuiltinSettings refuses the built-in line's text number and site kept in settings.yaml
// beside another line's call number: every card would send texts, and every QR code people, to
// another organisation. url is where the address QR codes open was set (resource_url or --url).
func staleBuiltinSettings(s Settings, url diag.Located) diag.Problems {
	if isBuiltinLine(s) {
		return nil
	}
	var ps diag.Problems
	if t := s.Hotline.Text; phone.Digits(t.Text) == builtinHotline.text {
		msg := fmt.Sprintf("is %s, the text number of haven's built-in line, while hotline.call is %s: texts would go to another organisation", t.Text, s.Hotline.Call.Text)
		if s.Hotline.Keyword.Text != "" {
			msg = fmt.Sprintf("is %s (with keyword %s), the text number of haven's built-in line, while hotline.call is %s: texts would go to another organisation", t.Text, s.Hotline.Keyword.Text, s.Hotline.Call.Text)
		}
		ps.Add(t.File, t.Line, t.Field, msg, `set your own line's text number and keyword, or write text: "" (and keyword: "") if it takes no texts`)
	}
	if onBuiltinSite(url.Text) && !refersToBuiltin(s) {
		ps.Add(url.File, url.Line, url.Field, fmt.Sprintf("opens %s, the site of haven's built-in line, while settings.yaml sets %s: every QR code would open another organisation's page", builtinHotline.host, otherLine(s)),
			"set resource_url to your own page, or make one with 'haven site', upload it, and set resource_url to its address")
	}
	return ps
}

// refersToBuiltin is whether the organisation lists the built-in line's call number among its
// other numbers: it refers readers to that line on purpose (a school's kit with a local
// crisis line beside the national hotline), and the line's site may be the page its codes open.
func refersToBuiltin(s Settings) bool {
	for _, n := range s.Organisation.OtherNumbers {
		if builtinCall(phone.Digits(n.Number.Text)) {
			return true
		}
	}
	return false
}

// onBuiltinSite is whether address is on the built-in line's site, at any path.
func onBuiltinSite(address string) bool {
	if !strings.Contains(strings.ToLower(address), builtinHotline.host) {
		return false // most addresses: not parsed
	}
	u, err := url.Parse(address)
	if err != nil {
		return false
	}
	h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	return h == builtinHotline.host
}

// exampleOrganisation is the organisation haven's own content is written for, as settings.yaml
// names it (organisation: name:); it has no contact line or website.
const exampleOrganisation = "The Mission Haven"

// exampleNames warns of the example organisation's name left in a content folder: every copy
// would print it as the organisation's own. names are the fields that name the organisation:
// settings.yaml's and each language's. haven's built-in content names it rightly and is not
// warned of; a copy of it in a folder is, unchanged too ('haven init' made it to be edited, and
// check is run until it says all is well), or with only a language folder copied.
func exampleNames(fsys fs.FS, label string, names []diag.Located) diag.Problems {
	if isBuiltin(fsys) || label == BuiltinLabel {
		return nil
	}
	var ws diag.Problems
	for _, n := range names {
		if t := foldLoose(n.Text); t == foldLoose(exampleOrganisation) || t == foldLoose(strings.TrimPrefix(exampleOrganisation, "The ")) {
			ws.Add(n.File, n.Line, n.Field, fmt.Sprintf("%s is the name of haven's example organisation, left from the example: every copy would print it as yours", diag.Quote(n.Text)),
				"write your organisation's own name")
		}
	}
	return ws
}
