package content

import (
	"fmt"
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"haven/internal/diag"
)

// avoidDefaults are the words and phrases a discreet card never prints, per language;
// text.yaml's discreet.avoid adds to them and discreet.allow takes some off. Anyone who sees
// the card must not learn what it is about, least of all a person who controls the one carrying
// it and would know their own doing described (control, the money, phone or papers taken, being
// made to do things, getting out). A phrase matches its words in a row; ordinary words alone
// ("money", "phone", "help", "safe") are left free.
var avoidDefaults = map[string][]string{
	"en": {
		"trafficking", "trafficked", "trafficker", "traffickers", "sex", "sexual", "sexually", "exploitation", "exploited",
		"exploit", "traffick", "pimps", "pimping",
		"abuse", "abused", "abuser", "abusers", "abusive", "violence", "violent", "assault", "rape", "suicide", "suicidal",
		"control", "controls", "controlled", "controlling", "coerced", "coercion", "forced", "threaten", "threatens",
		"threatened", "threats", "trapped", "escape", "escaping", "victim", "victims", "survivor", "survivors", "pimp",
		"prostitution", "grooming", "groomed", "rescue",
		"your money", "your phone", "your id", "your papers", "your passport", "your documents",
		"makes you", "make you do", "forces you", "against your will", "get out", "get away", "hurts you", "hurting you",
	},
	"es": {
		"trata", "tráfico", "traficante", "traficantes", "sexo", "sexual", "sexuales", "explotación", "explotado", "explotada",
		"abuso", "abusos", "abusador", "abusadora", "abusivo", "abusiva", "violencia", "violento", "agresión", "violación",
		"suicidio", "suicida", "maltrato", "maltrata", "controla", "controlan", "controlar", "controlador", "controladora",
		"obliga", "obligan", "obligado", "obligada", "forzado", "forzada", "amenaza", "amenazas", "amenazan", "atrapado",
		"atrapada", "escapar", "víctima", "víctimas", "sobreviviente", "sobrevivientes", "proxeneta", "prostitución", "rescate",
		"tu dinero", "tu celular", "tu teléfono", "tus documentos", "tu pasaporte", "tus papeles", "tu identificación",
		"te hace daño", "contra tu voluntad", "salir de ahí", "huir",
	},
}

// lookalikes are the Cyrillic and Greek letters (after case folding) that print like a Latin
// one: "Sеx" with a Cyrillic е must not pass for a harmless word.
var lookalikes = map[rune]rune{
	'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k',
	'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'ѕ': 's', 'т': 't', 'у': 'y', 'х': 'x', 'ԁ': 'd', 'ԛ': 'q',
	'ԝ': 'w', 'ɡ': 'g', 'ı': 'i',
	'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
	'υ': 'u', 'χ': 'x', 'γ': 'y', 'ϲ': 'c', 'ϳ': 'j',
}

// fold is a text as compared for words: compatibility forms taken apart (the ligature ﬁ is f
// and i), invisible format characters (zero-width joiners and spaces, soft hyphens) taken out,
// as a shaper drops them, case folded, accents taken off ("Explotación" and "explotacion" are
// one word) and look-alike letters read as the Latin ones they print as.
func fold(s string) string {
	if ascii(s) { // nothing to take apart
		return strings.ToLower(s)
	}
	t := foldChains.Get().(transform.Transformer) // a chain allocates 8 KB of buffers: reused
	defer foldChains.Put(t)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = strings.ToLower(s)
	}
	return out
}

// foldChains hold the chains of transforms fold runs: transform.String resets each before use.
var foldChains = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKC, runes.Remove(runes.In(unicode.Cf)), cases.Fold(), norm.NFD,
		runes.Remove(runes.In(unicode.Mn)), runes.Map(func(r rune) rune {
			if l, ok := lookalikes[r]; ok {
				return l
			}
			return r
		}), norm.NFC)
}}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// words is a text split for comparing: its words folded, in order (a camelCase word also as
// its parts), the words written run together (a hashtag, camelCase, letters with digits), and
// all its letters and digits in one string.
type words struct {
	list, runs []string
	letters    string
	phrase     string // list, each word between spaces, for hasPhrase
}

func split(s string) words {
	var w words
	var letters strings.Builder
	s = norm.NFKC.String(s)
	tok := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || unicode.Is(unicode.Cf, r)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !tok(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !tok(r) {
				break
			}
			j += n
		}
		word, tagged := s[i:j], i > 0 && strings.ContainsRune("#@", rune(s[i-1]))
		parts := camelParts(word)
		f := fold(word)
		if i = j; f == "" { // only invisible characters or marks
			continue
		}
		if tagged || len(parts) > 1 || strings.ContainsFunc(word, unicode.IsDigit) && strings.ContainsFunc(word, unicode.IsLetter) {
			w.runs = append(w.runs, f)
		}
		if len(parts) > 1 {
			for _, p := range parts {
				if f := fold(p); f != "" {
					w.list = append(w.list, f)
				}
			}
		} else {
			w.list = append(w.list, f)
		}
		letters.WriteString(f)
	}
	w.letters = letters.String()
	w.phrase = " " + strings.Join(w.list, " ") + " "
	return w
}

// camelParts splits a word where a lower-case letter is followed by a capital:
// EndHumanTrafficking is End, Human, Trafficking.
func camelParts(s string) []string {
	var parts []string
	start, prevLower := 0, false
	for i, r := range s {
		if prevLower && unicode.IsUpper(r) {
			parts = append(parts, s[start:i])
			start = i
		}
		if !unicode.Is(unicode.M, r) && !unicode.Is(unicode.Cf, r) {
			prevLower = unicode.IsLower(r)
		}
	}
	return append(parts, s[start:])
}

// hasPhrase tells whether the words ws follow each other in w.
func (w words) hasPhrase(ws []string) bool {
	return len(ws) > 0 && strings.Contains(w.phrase, " "+strings.Join(ws, " ")+" ")
}

// Within these many letters, a word or phrase is found inside a longer word: shorter ones
// only inside words written run together (#endtrafficking), and as whole words, so that
// "Essex" is not "sex" and "tratamiento" not "trata".
const (
	runLetters  = 4
	longLetters = 7
)

// avoidWord is a word or phrase a discreet card must not print: as written, its words folded
// and their letters run together.
type avoidWord struct {
	as, joined string
	words      []string
	letters    int
}

// avoided is the one of avoid that w prints first, "" when none: a word or phrase whole, and
// inside a longer word as runLetters and longLetters say.
func (w words) avoided(avoid []avoidWord) string {
	first, at := "", len(w.letters)+1
	for _, a := range avoid {
		found := w.hasPhrase(a.words)
		for _, r := range w.runs {
			found = found || a.letters >= runLetters && strings.Contains(r, a.joined)
		}
		for _, x := range w.list {
			found = found || a.letters >= longLetters && strings.Contains(x, a.joined)
		}
		// the first in the text; of two there, the longer ("controls", not "control")
		if i := strings.Index(w.letters, a.joined); found && (i < at || i == at && len(a.as) > len(first)) {
			first, at = a.as, i
		}
	}
	return first
}

// avoidList is the language's words a discreet card must not print: the built-in ones for the
// language, with the content's discreet.avoid added and its discreet.allow taken off, in a
// fixed order. none is true when the language has neither a built-in list nor its own.
func avoidList(lang string, d DiscreetText) (avoid []avoidWord, none bool) {
	key := lang
	if base, _, _ := strings.Cut(lang, "-"); avoidDefaults[key] == nil {
		key = base
	}
	builtin := avoidDefaults[key]
	entries := map[string]string{} // folded: as written
	if folded := foldedDefaults[key]; folded != nil {
		entries = maps.Clone(folded())
	}
	for _, w := range d.Avoid {
		entries[strings.Join(split(w.Text).list, " ")] = strings.TrimSpace(w.Text)
	}
	for _, w := range d.Allow {
		delete(entries, strings.Join(split(w.Text).list, " "))
	}
	delete(entries, "")
	for _, k := range slices.Sorted(maps.Keys(entries)) {
		ws := strings.Fields(k)
		joined := strings.Join(ws, "")
		avoid = append(avoid, avoidWord{as: entries[k], joined: joined, words: ws, letters: utf8.RuneCountInString(joined)})
	}
	return avoid, len(builtin) == 0 && len(d.Avoid) == 0
}

// foldedDefaults are the built-in lists by language, folded as avoidList folds words: once
// for the run, and only for the languages the run reads.
var foldedDefaults = func() map[string]func() map[string]string {
	out := map[string]func() map[string]string{}
	for lang, list := range avoidDefaults {
		out[lang] = sync.OnceValue(func() map[string]string {
			folded := map[string]string{}
			for _, w := range list {
				folded[strings.Join(split(w).list, " ")] = w
			}
			return folded
		})
	}
	return out
}()

// discreetFields are what a discreet card prints, on both sides: the front's words, the text
// line, TTY or chat and 911 it shares with the card, and the back's heading, lines and note.
func discreetFields(t *Text) []diag.Located {
	d := t.Discreet
	out := []diag.Located{d.Headline, d.Subline, t.Card.Text, t.Card.More, t.Card.Danger, d.BackTitle}
	out = append(out, d.BackLines...)
	return append(out, d.BackNote)
}

// discreetBackTitles are the discreet back's heading when text.yaml gives none: it says what
// the card offers, never whose line it is.
var discreetBackTitles = map[string]string{
	"en": "Free, private support, 24/7",
	"es": "Apoyo gratuito y privado, 24/7",
}

// neutralBackTitle gives the discreet back its heading: the language's built-in one when
// text.yaml gives none, or gives the hotline's name (as content written before the back was
// checked did). A language without a built-in heading prints none.
func neutralBackTitle(lang string, t *Text) {
	d := &t.Discreet
	if d.BackTitle.Text != "" && d.BackTitle.Text != t.HotlineName.Text {
		return
	}
	title, ok := discreetBackTitles[lang]
	if base, _, _ := strings.Cut(lang, "-"); !ok {
		title = discreetBackTitles[base]
	}
	d.BackTitle = diag.Located{File: d.BackTitle.File, Line: d.BackTitle.Line, Field: "discreet.back_title", Text: title}
}

// formerDiscreetLines are back lines the built-in discreet card once printed, which told
// anyone who turned it over what it was for, and the neutral line that replaces each.
var formerDiscreetLines = map[string]string{
	"If someone controls your money, phone or ID, or makes you do things you do not want to do, you can get help.":                "Someone will listen, day or night.",
	"Si alguien controla tu dinero, tu celular o tus documentos, o te obliga a hacer cosas que no quieres, puedes recibir ayuda.": "Alguien te escucha, de día o de noche.",
}

// neutralBackLines gives content that kept a former built-in discreet line (copied by haven
// init before it changed) the neutral line in its place, so the content still builds and the
// card no longer says what it is about; each is a warning.
func neutralBackLines(t *Text) diag.Problems {
	var ws diag.Problems
	for i, l := range t.Discreet.BackLines {
		if now, ok := formerDiscreetLines[l.Text]; ok {
			ws.Add(l.File, l.Line, l.Field, fmt.Sprintf("haven's former discreet line says what the card is about; it prints %q instead", now),
				"write a neutral line of your own (what the caller can expect, never what happens to them)")
			t.Discreet.BackLines[i].Text = now
		}
	}
	return ws
}

// checkDiscreet refuses a discreet card that prints a revealing word, in any case, with or
// without accents, however disguised (see fold and words.avoided), naming the word, the field
// and its line; and, unless the content asks for them (discreet.show_names), one that prints
// the hotline's name, the organisation's name or the domain of a revealing site. names are
// those, as printed (sites as their registrable domain, see revealing). A name printed on
// purpose may hold a word of the list (National Human Trafficking Hotline); the rest of the
// text may not.
func checkDiscreet(file, lang string, t *Text, names ...string) diag.Problems {
	avoid, _ := avoidList(lang, t.Discreet)
	var ps diag.Problems
	textFile := path.Join(path.Base(path.Dir(file)), path.Base(file))
	hint := "choose neutral words (\"Need to talk?\"); discreet.avoid in " + textFile + " adds words to the ones refused"
	ns := namesOf(names)
	for _, f := range discreetFields(t) {
		w := split(f.Text)
		name := namedIn(w, ns)
		if name.as != "" && !t.Discreet.ShowNames {
			ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q on the discreet card, which must not say whose line it is", name.as),
				"leave the name out, or write discreet: show_names: true in "+textFile+" to print it on purpose")
			continue
		}
		for ; name.as != ""; name = namedIn(w, ns) {
			w = w.without(name.words)
		}
		if word := w.avoided(avoid); word != "" {
			ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q on the discreet card, which must not say what it is about", word), hint)
		}
	}
	return ps
}

// articles are the words a name may start with that a card may leave out: "Mission Haven" is
// "The Mission Haven".
var articles = map[string]bool{"the": true, "a": true, "an": true, "el": true, "la": true, "los": true, "las": true,
	"le": true, "les": true, "l": true, "der": true, "die": true, "das": true, "il": true, "lo": true, "o": true, "os": true}

// nameLetters are the letters a name or domain must have to be found run together inside
// longer words (#MissionHaven, missionhaven.org); a shorter one is found as whole words.
const nameLetters = 6

// nameWords are the words a name is found by, folded: without a leading article; a domain's
// (a name with a dot and no space) without its suffix (stopit-ohio of stopit-ohio.org).
func nameWords(n string) []string {
	nw := split(n).list
	if domain := strings.Contains(n, ".") && !strings.ContainsFunc(n, unicode.IsSpace); domain {
		if suffix, _ := publicsuffix.PublicSuffix(n); suffix != n {
			return split(strings.TrimSuffix(n, "."+suffix)).list
		}
	} else if len(nw) > 1 && articles[nw[0]] {
		return nw[1:]
	}
	return nw
}

// aName is a name as printed, with the words it is found by (nameWords).
type aName struct {
	as    string
	words []string
}

// namesOf readies names for namedIn: each split once, not once per field it is looked for in.
func namesOf(names []string) []aName {
	out := make([]aName, len(names))
	for i, n := range names {
		out[i] = aName{n, nameWords(n)}
	}
	return out
}

// namedIn is the first of names that w prints, "" when none: a name by its words in a row,
// with any spaces between, or run together when it is long enough.
func namedIn(w words, names []aName) aName {
	for _, n := range names {
		joined := strings.Join(n.words, "")
		if len(n.words) > 0 && (w.hasPhrase(n.words) || utf8.RuneCountInString(joined) >= nameLetters && strings.Contains(w.letters, joined)) {
			return n
		}
	}
	return aName{}
}

// without is w with the words ws taken out where they are whole words in a row, and, when
// they are long enough to be found so (nameLetters), run together inside words; a NUL, which
// no word holds, marks where, so that taking them out makes no new ones.
func (w words) without(ws []string) words {
	joined := strings.Join(ws, "")
	cut := func(s string) string {
		if utf8.RuneCountInString(joined) < nameLetters {
			return s
		}
		return strings.ReplaceAll(s, joined, "\x00")
	}
	if joined == "" {
		return w
	}
	out := words{letters: cut(w.letters)}
	for i := 0; i < len(w.list); i++ {
		if i+len(ws) <= len(w.list) && slices.Equal(w.list[i:i+len(ws)], ws) {
			i += len(ws) - 1
			continue
		}
		out.list = append(out.list, cut(w.list[i]))
	}
	for _, r := range w.runs {
		out.runs = append(out.runs, cut(r))
	}
	out.phrase = " " + strings.Join(out.list, " ") + " "
	return out
}

// registrable is the part of a host that names its owner: humantraffickinghotline.org for
// www.humantraffickinghotline.org and chat.humantraffickinghotline.org.
func registrable(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return strings.TrimPrefix(host, "www.")
}

// hostOf is the registrable domain of an address, "" when it has none.
func hostOf(u string) string {
	if p, err := url.Parse(u); err == nil && p.Hostname() != "" {
		return registrable(p.Hostname())
	}
	return ""
}

// checkDiscreetLinks refuses what the discreet card's QR code would carry into the phone's
// history that says what it is about or whose it is: cards.discreet_url on a revealing site or
// with a revealing word in its address, and a campaign (utm_campaign) with a revealing word.
// discreetURL and campaign are where each was set.
func checkDiscreetLinks(lang string, t *Text, discreetURL, campaign diag.Located, names []string) diag.Problems {
	var ps diag.Problems
	avoid, _ := avoidList(lang, t.Discreet)
	if u, err := url.Parse(discreetURL.Text); discreetURL.Text != "" && err == nil {
		host := registrable(u.Hostname())
		site := split(strings.TrimSuffix(host, "."+publicSuffix(host)))
		if name := namedIn(site, namesOf(names)); name.as != "" && !t.Discreet.ShowNames {
			ps.Add(discreetURL.File, discreetURL.Line, discreetURL.Field, fmt.Sprintf("opens %s, which names %q: the discreet card prints it, and the phone's history keeps it", host, name.as),
				"use a neutral address you control, e.g. https://example.org/talk, that leads to the help page; or write discreet: show_names: true in each language's text.yaml")
		} else if word := split(site.letters + " " + unescaped(u)).runsAll().avoided(avoid); word != "" {
			ps.Add(discreetURL.File, discreetURL.Line, discreetURL.Field, fmt.Sprintf("%q says %q: the discreet card prints it, and the phone's history keeps it", discreetURL.Text, word),
				"use a neutral address you control, e.g. https://example.org/talk")
		}
	}
	if campaign.Text != "" {
		if word := split(campaign.Text).runsAll().avoided(avoid); word != "" {
			ps.Add(campaign.File, campaign.Line, campaign.Field, fmt.Sprintf("%q says %q, and the discreet card's QR code carries it (utm_campaign) into the phone's history", campaign.Text, word),
				"choose a neutral campaign name, e.g. spring-2027")
		}
	}
	return ps
}

// unescaped is the path, query and fragment of u as read.
func unescaped(u *url.URL) string {
	s, err := url.QueryUnescape(u.EscapedPath() + " " + u.RawQuery + " " + u.Fragment)
	if err != nil {
		return u.Path + " " + u.RawQuery + " " + u.Fragment
	}
	return s
}

// runsAll reads every word of w as written run together: an address or a campaign name
// (humantraffickinghotline, sexhelp) has no spaces to go by.
func (w words) runsAll() words {
	w.runs = append(slices.Clone(w.runs), w.list...)
	return w
}

func publicSuffix(host string) string {
	s, _ := publicsuffix.PublicSuffix(host)
	return s
}

// unchecked warns of a language whose discreet card is not checked for revealing words: it
// has no built-in list and text.yaml gives none.
func unchecked(l Language) diag.Problems {
	var ws diag.Problems
	if _, none := avoidList(l.Code, l.Text.Discreet); none && l.Text.Discreet.Headline.File != "" {
		at := l.Text.Discreet.Headline
		file := path.Join(l.Code, TextFile)
		ws.Add(at.File, at.Line, "discreet.avoid", fmt.Sprintf("the discreet card in %s is not checked for revealing words", l.Code),
			"add discreet.avoid to "+file+": the words in this language for trafficking, sex, exploitation, abuse and violence, one a line starting with '- '")
	}
	return ws
}
