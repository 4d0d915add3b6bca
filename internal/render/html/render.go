package html

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"

	"haven/fonts"
	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/phone"
	"haven/internal/render/html/webfont"
)

var (
	//go:embed page.tmpl
	pageTemplate string
	//go:embed style.css
	styleCSS string
	// verticalCSS sets Mongolian script in its columns, on a page that shows some (Page.Vertical,
	// Alternate.Vertical): no other page carries it
	//go:embed vertical.css
	verticalCSS string
	//go:embed exit.js
	exitJS string
	// guardJS, the head's script, hides the page before any of its body is read when this tab
	// left it by the quick exit (exit.js's mark): a browser that pauses reading the page before
	// exit.js runs then shows nothing of it
	guardJS = `try{sessionStorage.getItem("exited")==="1"&&document.documentElement.classList.add("exiting")}catch(e){}`
)

// tmpl is parsed on first use: only the resource page needs it, and parsing it at start-up
// would cost every haven process. It is never run itself: each page runs a copy with its own
// iso, isoIn, isoBox, isoLabel, langOf, linkable, linked, wl, wlIn, named and namedBox (a template cannot be copied once it has run).
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"link":      link,
		"linked":    func(string, []Autolink) Para { return nil },
		"groups":    Groups,
		"boxGroups": BoxGroups,
		"iso":       func(string) template.HTML { return "" },
		"isoIn":     func(_, _ string) template.HTML { return "" },
		"isoBox":    func(_, _ string) template.HTML { return "" },
		"langOf":    func(string) template.HTMLAttr { return "" },
		"isoLabel":  func(Download) template.HTML { return "" },
		"fileSize":  func(Download) template.HTML { return "" },
		"itemDir":   func(Download) template.HTMLAttr { return "" },
		"linkable":  func(string) Para { return nil },
		"wl":        func(content.SiteWord) template.HTMLAttr { return "" },
		"wlIn":      func(_, _ content.SiteWord) template.HTMLAttr { return "" },
		"dir":       func(string) template.HTMLAttr { return "" },
		"named":     func(string) template.HTMLAttr { return "" },
		"namedBox":  func(string) template.HTMLAttr { return "" },
	}).Parse(pageTemplate))
})

// addressRE is a web or email address written in a text; a host's labels may be in any script
// (www.españa.es, printed as it is known, as content.PrintedURL prints it) before its ASCII ending,
// and its port (example.org:8443) is part of it.
var addressRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:https?://)?(?:[a-z0-9._%+-]+@)?(?:[\p{L}\p{M}0-9-]+\.)+[a-z]{2,}(?::[0-9]{1,5}\b)?(?:/[a-z0-9./%?=&#~_+-]*[a-z0-9/])?`)
})

// separatorRE is a separator between a number's groups, and the first character of the next.
var separatorRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`([-./·•])([\p{Nd}A-Z(])`) })

// isolated is s as HTML, each number, vanity number, the keyword and each address in it set
// apart left to right (<bdi dir="ltr">): in a right-to-left line a number's groups would
// otherwise read backwards ("7888-373-888-1"), and a keyword change places with its number.
// A number in digits that read right to left (N'Ko's) is set apart right to left.
func (p *Page) isolated(s string) template.HTML { return p.isolate(s, false, false) }

// isolatedIn is isolated for s, a piece of the text whole (a link's words in a paragraph), that
// also marks each run of letters in it in another script than the page's with its language
// (marked), where the element of whole does not say one for all of it (textLang): the
// organisation's name in Latin letters in an Arabic sentence is not read with Arabic sounds.
// The keyword and the addresses, set apart as numbers are, are typed as written and not marked.
func (p *Page) isolatedIn(whole, s string) template.HTML {
	return p.isolate(s, false, p.textLang(whole) == "")
}

// isolatedInBox is isolatedIn for a line of the hotline box, where a number too long for its
// line even in its smallest type may break after its own separators (<wbr>, which a browser
// takes even where white-space forbids breaks, so it is written only here).
func (p *Page) isolatedInBox(whole, s string) template.HTML {
	return p.isolate(s, true, p.textLang(whole) == "")
}

func (p *Page) isolate(s string, breaks, mark bool) template.HTML {
	type run struct {
		at, end int
		num     bool
	}
	var runs []run
	addrs := addressRE().FindAllStringIndex(s, -1)
	for _, at := range addrs {
		runs = append(runs, run{at[0], at[1], false})
	}
	// the numbers outside the addresses: an address's digits are set apart with it, and a number
	// read on from them would hide one after it ("wa.me/27600123456 (060 012 3456)")
	for _, at := range numbersIn(blanked(s, addrs)) {
		runs = append(runs, run{at[0], at[1], true})
	}
	words := slices.Clone(p.LTR)
	for _, l := range p.Links {
		words = append(words, l.Match)
	}
	for _, w := range words {
		for from := 0; w != ""; {
			i := layout.TokenIndex(s, from, w)
			if i < 0 {
				break
			}
			runs = append(runs, run{i, i + len(w), false})
			from = i + len(w)
		}
	}
	// the earliest first, the longest of those that start together, a number before the same
	// run as a link's match ("1-866-724-3321 ext. 4"); none inside another
	slices.SortStableFunc(runs, func(a, b run) int { return cmp.Or(a.at-b.at, b.end-a.end) })
	var b strings.Builder
	times := timeRE().FindAllStringIndex(s, -1)
	escaped := func(piece string) string { // as HTML, its runs in another script marked where asked
		if mark {
			return p.marked(piece)
		}
		return template.HTMLEscapeString(piece)
	}
	plain := func(from, to int) { // a hard line break of the FAQ is one on the page
		b.WriteString(strings.ReplaceAll(escaped(wholeTimes(s, from, to, times)), "\n", "<br>"))
	}
	end := 0
	for _, r := range runs {
		if r.at < end {
			continue
		}
		// in the hotline box, a short number is kept with the word before it ("call 911")
		before := ""
		if r.num && breaks {
			before = wordBefore(s[end:r.at], s[r.at:r.end])
		}
		plain(end, r.at-len(before))
		class, text, dir := "", template.HTMLEscapeString(s[r.at:r.end]), "ltr"
		if r.num && layout.RTLDigits(s[r.at:r.end]) { // N'Ko's digits read right to left, as its letters
			dir = "rtl"
		}
		switch {
		case r.num:
			class = ` class="num"` // a number is not broken at its hyphens
			if breaks {
				text = separatorRE().ReplaceAllString(text, "$1<wbr>$2")
			}
		case addressRE().MatchString(s[r.at:r.end]):
			class, text = ` class="addr"`, addressBreaks(s[r.at:r.end])
		}
		end = r.end
		// a number right after a left-to-right word reads with it (joinNumbers); a text in
		// left-to-right words alone reads so already (dirOf)
		joined := ""
		if r.num && dir == "ltr" && p.Dir == "rtl" && HasRTL(s) && layout.AfterLTRWord(s[:r.at]) {
			joined = "&lrm;"
		}
		// nor before the ending written after it ("8-da"), which the browser would break after its
		// hyphen, nor before the Korean word it begins ("1388은", "24시간"), which it breaks after
		// the isolate even where it keeps Korean words whole
		n := 0
		if r.num {
			n = cmp.Or(layout.NumberEnding(s[:end], s[end:]), len(s[end:])-len(strings.TrimLeftFunc(s[end:], hangul)))
		}
		if before != "" || n > 0 {
			b.WriteString(`<span class="nobreak">`)
			plain(r.at-len(before), r.at)
		}
		fmt.Fprintf(&b, `<bdi%s dir="%s">%s</bdi>%s`, class, dir, text, joined)
		if before != "" || n > 0 {
			b.WriteString(escaped(s[end:end+n]) + `</span>`)
			end += n
		}
	}
	plain(end, len(s))
	return template.HTML(b.String())
}

// blanked is s with the spans written over in spaces, its other bytes where they were.
func blanked(s string, spans [][]int) string {
	for _, sp := range spans {
		s = s[:sp[0]] + strings.Repeat(" ", sp[1]-sp[0]) + s[sp[1]:]
	}
	return s
}

// timeRE is a range of times with the unit after it, where one is written: "14 bis 20 Uhr",
// "14–20 Uhr", "9 a.m. to 5 p.m.", "9h à 17h", "10 - 12 horas" (a word of five letters at most
// between the times, as the PDFs keep one on a line: layout's typography).
var timeRE = sync.OnceValue(func() *regexp.Regexp {
	const t = `\p{Nd}{1,2}(?:[:.h]\p{Nd}{2})?(?:\s?(?:[ap]\.?m\.?|h\b))?`
	return regexp.MustCompile(`(?i)\b` + t + `(?:\s*[–—-]\s*|\s+\p{Ll}{1,5}\s+)` + t + `\b(?:\s+(?:Uhr|uur|heures|horas|hrs?|ore)\b)?`)
})

// wholeTimes is s[from:to] with each space inside one of times, the ranges of times in s, a
// no-break space, so that a narrow screen does not part them ("Montag bis Samstag 14 bis" /
// "20 Uhr"), as the PDFs keep them on a line.
func wholeTimes(s string, from, to int, times [][]int) string {
	piece := s[from:to]
	for _, t := range slices.Backward(times) { // the last first: a replacement lengthens what follows it
		for i := min(t[1], to) - 1; i >= max(t[0], from); i-- {
			if s[i] == ' ' {
				piece = piece[:i-from] + "\u00a0" + piece[i-from+1:]
			}
		}
	}
	return piece
}

// shortNumber is the most characters a number of the hotline box may have and be kept on its
// line with the word before it: 911, 988 or 116 123 alone on a line reads as a stray figure,
// not as what "In immediate danger, call" asks to dial; a longer one stands on its own.
const shortNumber = 8

// wordBefore is the last word of gap, with the space after it, where the number written right
// after gap is short; in a script written without spaces, which breaks between its characters
// (Chinese, Japanese) or at words it finds itself (Thai), its last two characters with their
// marks ("拨打911"); "" when there is none.
func wordBefore(gap, number string) string {
	if utf8.RuneCountInString(number) > shortNumber {
		return ""
	}
	if w, ok := strings.CutSuffix(gap, " "); ok {
		word := gap[strings.LastIndexAny(w, " \n")+1:]
		if strings.TrimSpace(word) == "" {
			return ""
		}
		return word
	}
	at := len(gap)
	for n := 0; at > 0 && n < 2; {
		r, size := utf8.DecodeLastRuneInString(gap[:at])
		if !unicode.Is(unicode.M, r) && !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			break
		}
		if at -= size; !unicode.Is(unicode.M, r) {
			n++
		}
	}
	for at < len(gap) { // no mark without its letter
		r, size := utf8.DecodeRuneInString(gap[at:])
		if !unicode.Is(unicode.M, r) {
			break
		}
		at += size
	}
	return gap[at:]
}

// addressBreaks is an address, as HTML, that breaks as a printed one does: after a slash of
// its path (www.example.org.uk/<wbr>chat), never after a hyphen, which reads as a word's broken
// at the line's end (a hyphen is kept with the character after it, .nobreak), and inside its
// site, up to the path's first slash, only where the site is wider than the whole line (in a
// block of its own, .addr__site): then before a dot, not the first, whose line would end in
// "www" as if that were an address of its own, or after an email address's @; a part of the
// path with a hyphen, set apart as the site is (.addr__site: a block that breaks inside only
// where it is wider than the line), breaks there before a hyphen, as the PDFs break it; a part wider than the line even
// so breaks where the line ends rather than run out of the screen.
func addressBreaks(a string) string {
	host := 0 // where the site's name begins: after the scheme, or an email address's @
	if i := strings.Index(a, "://"); i >= 0 {
		host = i + 3
	}
	site := len(a)
	if i := strings.IndexByte(a[host:], '/'); i >= 0 {
		site = host + i + 1
	}
	host += strings.IndexByte(a[host:site], '@') + 1
	firstDot := host + strings.IndexByte(a[host:site], '.')
	var b strings.Builder
	b.WriteString(`<span class="addr__site">`)
	glued := 0   // the end of the hyphens last written and the character after them
	partEnd := 0 // the end of the part of the path set apart, while in it
	for i, r := range a {
		if i == site {
			b.WriteString("</span>")
		}
		if i == partEnd && partEnd > 0 {
			b.WriteString("</span>")
			partEnd = 0
		}
		if i >= site && (i == site || a[i-1] == '/') && partEnd == 0 {
			end := len(a)
			if k := strings.IndexByte(a[i:], '/'); k >= 0 {
				end = i + k + 1
			}
			if strings.Contains(a[i:end], "-") {
				b.WriteString(`<span class="addr__site">`)
				partEnd = end
			}
		}
		switch {
		case i < glued:
			continue
		case r == '-':
			after := strings.TrimLeft(a[i:], "-")
			_, n := utf8.DecodeRuneInString(after)
			glued = len(a) - len(after) + n
			if partEnd > 0 && i > 0 && alnum(a[i-1]) && i+1 < len(a) && alnum(a[i+1]) { // as the PDFs break a part too wide for a line
				b.WriteString("<wbr>")
			}
			b.WriteString(`<span class="nobreak">` + template.HTMLEscapeString(a[i:glued]) + `</span>`)
			continue
		case r == '.' && i > firstDot && i < site:
			b.WriteString("<wbr>")
		}
		b.WriteString(template.HTMLEscapeString(string(r)))
		if i+1 == partEnd {
			b.WriteString("</span>")
			partEnd = 0
		}
		if r == '@' && i < site || r == '/' && i >= site && i+1 < len(a) && a[i+1] != '/' {
			b.WriteString("<wbr>")
		}
	}
	if site == len(a) || partEnd > 0 {
		b.WriteString("</span>")
	}
	return b.String()
}

func alnum(b byte) bool { return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// isolatedLabel is a download's label as HTML: as isolated, unless the label is marked left to
// right (English on a right-to-left page) and holds no right-to-left letter, so that its
// numbers already read in order and would only be broken apart ("A" and "2 (420" of
// "A2 (420 x 594 mm)"). On a right-to-left page each piece of it written left to right (its
// paper, "A4 (210 x 297 mm)") is set apart whole, brackets and all.
// Each paper size in it ("8.5 x 11") is kept on one line (wholeSizes).
func (p *Page) isolatedLabel(d Download) template.HTML {
	label := wholeSizes(d.Label)
	switch {
	case p.marksLTR(d.Words()) && !HasRTL(label):
		return template.HTML(template.HTMLEscapeString(label))
	case p.Dir != "rtl":
		return p.isolated(label)
	}
	var b strings.Builder
	end := 0
	for _, r := range ltrRuns(label) {
		b.WriteString(template.HTMLEscapeString(label[end:r[0]]))
		b.WriteString(`<bdi dir="ltr">` + template.HTMLEscapeString(label[r[0]:r[1]]) + `</bdi>`)
		end = r[1]
	}
	b.WriteString(template.HTMLEscapeString(label[end:]))
	return template.HTML(b.String())
}

// sizeRE is a size written as its measures and the signs between them, and its unit where one
// ends its brackets: 8.5 x 11, 210 × 297 mm), 18 x 24 pulg.).
var sizeRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\p{Nd}+(?:[.,]\p{Nd}+)?(?:[\s\p{Zs}]*[x×][\s\p{Zs}]*\p{Nd}+(?:[.,]\p{Nd}+)?)+(?:[\s\p{Zs}]+[\pL.]{1,6}\))?`)
})

// wholeSizes is s with the spaces inside each size in it no-break spaces, so that a narrow
// screen does not break "8.5 x" from "11", which reads as two numbers, nor "11" from its "in".
func wholeSizes(s string) string {
	return sizeRE().ReplaceAllStringFunc(s, func(size string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || unicode.In(r, unicode.Zs) {
				return '\u00a0'
			}
			return r
		}, size)
	})
}

// ltrRuns are the byte ranges of s's pieces without a right-to-left letter that hold a letter
// or digit: from their first letter or digit (or opening bracket before one) to their last (or
// the closing bracket after it), each with a bracket only with its pair (layout.Paired): of
// "Letter (8.5 × 11 بوصة)", "Letter" and "8.5 × 11", the brackets around the Arabic word.
func ltrRuns(s string) [][2]int {
	var out [][2]int
	start, last := -1, -1 // the run's first and last strong character
	flush := func() {
		if start >= 0 {
			out = append(out, layout.Paired(s, start, last)...)
		}
		start, last = -1, -1
	}
	for i, r := range s {
		c, _ := bidi.LookupRune(r)
		switch cl := c.Class(); {
		case cl == bidi.R || cl == bidi.AL:
			flush()
		case cl == bidi.L || cl == bidi.EN || cl == bidi.AN:
			if start < 0 {
				start = i
				if j := strings.LastIndexAny(s[:i], "(["); j >= 0 && strings.TrimSpace(s[j+1:i]) == "" {
					start = j
				}
			}
			last = i + utf8.RuneLen(r)
		case (r == ')' || r == ']') && start >= 0 && strings.Count(s[start:i], "(")+strings.Count(s[start:i], "[") >
			strings.Count(s[start:i], ")")+strings.Count(s[start:i], "]"):
			last = i + 1
		}
	}
	flush()
	return out
}

// fileSize is what follows a download's name, its kind and size in the page's words, set apart
// whole as the words read: "(PDF, 63 KB)" left to right, its number set apart in words written
// right to left.
func (p *Page) fileSize(d Download) template.HTML {
	w, text := p.Words.PDF, p.Words.FileSize(d.Size)
	attr, inner := string(p.wordLang(w)), template.HTML(template.HTMLEscapeString(text))
	switch {
	case p.marksLTR(w): // English on a right-to-left page: wordLang has set it left to right
	case HasRTL(text):
		attr, inner = attr+` dir="rtl"`, p.isolated(text)
	default:
		attr += ` dir="ltr"`
	}
	return template.HTML(`<bdi class="nobreak"`+attr+`>`) + inner + "</bdi>" // whole: "(PDF, / 40 KB)" reads as two things
}

// HasRTL says whether s holds a letter written right to left, which would turn a number's
// groups around in a line set left to right.
func HasRTL(s string) bool {
	for _, r := range s {
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
			return true
		}
	}
	return false
}

// marksLTR says whether wordLang marks w left to right.
func (p *Page) marksLTR(w content.SiteWord) bool {
	return p.Dir == "rtl" && w.Lang != "" && w.Lang != p.Lang
}

// wordLang marks a word of the page's own not in the page's language (English, where the
// language has none of its own) with its language, and its direction on a right-to-left page;
// a word without a language is the page's.
func (p *Page) wordLang(w content.SiteWord) template.HTMLAttr {
	if w.Lang == p.Lang || w.Lang == "" {
		return ""
	}
	a := ` lang="` + template.HTMLEscapeString(w.Lang) + `"`
	if p.marksLTR(w) {
		a += ` dir="ltr"`
	}
	return template.HTMLAttr(a)
}

// wordLangIn is wordLang for a word inside the element of another, outer: marked when its
// language is not outer's, the page's own included.
func (p *Page) wordLangIn(outer, w content.SiteWord) template.HTMLAttr {
	lang := func(w content.SiteWord) string { return cmp.Or(w.Lang, p.Lang) }
	switch {
	case lang(w) == lang(outer):
		return ""
	case lang(w) == p.Lang:
		return template.HTMLAttr(` lang="` + template.HTMLEscapeString(p.Lang) + `" dir="` + p.Dir + `"`)
	}
	return p.wordLang(w)
}

// itemDir is a download's list item's direction on a right-to-left page where its name and its
// kind and size are both in another language's words left to right (English, where the
// language has none of its own): the item reads left to right, "Print-shop card (PDF, 42 KB)",
// not its size first.
func (p *Page) itemDir(d Download) template.HTMLAttr {
	if p.marksLTR(d.Words()) && !HasRTL(d.Label) && p.marksLTR(p.Words.PDF) {
		return ` dir="ltr"`
	}
	return ""
}

// dirOf is the direction of a text of the page's language where it is not the page's, as the
// PDFs set it: on a right-to-left page, a text with letters but none written right to left (a
// line left in English) reads left to right; on a left-to-right page, a text whose first
// letter is written right to left reads right to left. Any other text takes the page's,
// whatever its first word (an Arabic question that begins with an app's name is right to left).
// A text in another language says which too (lang="en", textLang), as the PDFs' Spans do.
func (p *Page) dirOf(s string) template.HTMLAttr {
	lang := p.langOf(s)
	switch {
	case p.Dir == "rtl" && !HasRTL(s) && strings.IndexFunc(s, unicode.IsLetter) >= 0:
		return ` dir="ltr"` + lang
	case p.Dir != "rtl" && layout.RTL(s):
		return ` dir="rtl"` + lang
	}
	return lang
}

// langOf is the lang attribute of an element whose text is s, where s is in another language
// than the page's (textLang); none otherwise.
func (p *Page) langOf(s string) template.HTMLAttr {
	if l := p.textLang(s); l != "" {
		return template.HTMLAttr(` lang="` + template.HTMLEscapeString(l) + `"`) // a screen reader reads it so
	}
	return ""
}

// textLang is the language of the whole text s where it is not the page's: the one the edition
// prints it in (content.Language.Other: haven's English left in, settings.yaml's organisation
// in the content's first edition in Latin letters), else, where all its letters are in one
// script the page's language is not written in (the organisation's name in Latin letters in a
// content of Arabic alone), that run's (runLang); "" for a text in the page's language, or in
// several, whose runs in another script are marked each (isolate).
func (p *Page) textLang(s string) string {
	if l := p.other[s]; l != "" {
		return l
	}
	if runs, own := p.otherRuns(s); len(runs) == 1 && !own {
		return p.runLang(s[runs[0].at:runs[0].end], runs[0].script)
	}
	return ""
}

// runLang is the language of a run of letters in a script the page's language is not written
// in: the edition's for the text, where it prints the run as a text of its own in another
// language (the organisation's name, in a sentence of the edition's), else the script's
// (content.ScriptLanguage: el for Greek, und-Latn for Latin letters, which do not say whether
// they are English or French). A lang changes no direction: the run's letters set it, as
// they do without one.
func (p *Page) runLang(run, script string) string {
	return cmp.Or(p.other[run], content.ScriptLanguage(script))
}

// scriptRun is a run of letters in a script the page's language is not written in, by its
// byte range in a text.
type scriptRun struct {
	at, end int
	script  string
}

// otherRuns are s's runs of letters in a script the page's language is not written in, each
// from its first letter to its last and the marks on it, over the spaces, digits and
// punctuation between them, and ended by a letter of any other script; and whether s has a
// letter of the page's own scripts.
func (p *Page) otherRuns(s string) (runs []scriptRun, own bool) {
	open := false // the last run goes on at the next letter of its script
	for i, r := range s {
		n := utf8.RuneLen(r)
		switch {
		case unicode.IsMark(r):
			if k := len(runs) - 1; k >= 0 && runs[k].end == i {
				runs[k].end = i + n
			}
			continue
		case !unicode.IsLetter(r):
			continue
		case slices.ContainsFunc(p.scripts, func(t *unicode.RangeTable) bool { return unicode.Is(t, r) }):
			own, open = true, false
			continue
		}
		script := content.ScriptOf(r)
		if script == "" { // a letter of no script's own
			continue
		}
		if k := len(runs) - 1; open && runs[k].script == script {
			runs[k].end = i + n
			continue
		}
		runs, open = append(runs, scriptRun{i, i + n, script}), true
	}
	return runs, own
}

// marked is piece as HTML, each run in it of letters in another script than the page's in an
// element that says its language (runLang).
func (p *Page) marked(piece string) string {
	runs, _ := p.otherRuns(piece)
	var b strings.Builder
	end := 0
	for _, r := range runs {
		b.WriteString(template.HTMLEscapeString(piece[end:r.at]))
		fmt.Fprintf(&b, `<span lang="%s">%s</span>`, template.HTMLEscapeString(p.runLang(piece[r.at:r.end], r.script)), template.HTMLEscapeString(piece[r.at:r.end]))
		end = r.end
	}
	b.WriteString(template.HTMLEscapeString(piece[end:]))
	return b.String()
}

// Spoken is a link's accessible name for its words s: s, with a number written as one run of
// digits in its groups (layout.Spoken), as the PDFs describe their links.
func (p *Page) Spoken(s string) string { return layout.Spoken(s, p.Country) }

// named is the aria-label of a link whose words s are not heard as they read (Spoken), or none:
// a link is otherwise named by its words.
func (p *Page) named(s string) template.HTMLAttr {
	if n := p.Spoken(s); n != s {
		return template.HTMLAttr(` aria-label="` + template.HTMLEscapeString(n) + `"`)
	}
	return ""
}

// namedBox is the aria-label of a link of the hotline box, whose number may break after its
// separators (<wbr>, isolatedInBox): a browser names the link with a space at each break
// ("Call 1- 888- 373- 7888"), so it is named by its words as they read. A right-to-left page
// keeps its words' own name (named), which axe's check of a name against the words it shows
// cannot read in Arabic script.
func (p *Page) namedBox(s string) template.HTMLAttr {
	if p.Dir == "rtl" {
		return p.named(s)
	}
	return template.HTMLAttr(` aria-label="` + template.HTMLEscapeString(p.Spoken(s)) + `"`)
}

// link lets a tel:, sms: or https: address through html/template, which would otherwise
// blank the first two. Page.check has refused every other kind before.
func link(u string) template.URL {
	if !outbound(u) {
		return "about:invalid"
	}
	return template.URL(u)
}

// MaxSize is the most a page may weigh with its fonts inline, for a phone on a poor connection.
const MaxSize = 150_000

// Render writes the page as one self-contained HTML file. The fonts go inline unless that
// would take the page over MaxSize (a very long FAQ): then it uses the reader's system fonts.
func Render(p *Page) ([]byte, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	out, err := p.render(true)
	if err != nil || len(out) <= MaxSize {
		return out, err
	}
	return p.render(false)
}

func (p *Page) render(fonts bool) ([]byte, error) {
	css, err := p.css(fonts)
	if err != nil {
		return nil, err
	}
	t, err := tmpl().Clone()
	if err != nil {
		return nil, err
	}
	t.Funcs(template.FuncMap{"iso": func(s string) template.HTML { return p.isolatedIn(s, s) }, "isoIn": p.isolatedIn, "isoBox": p.isolatedInBox, "langOf": p.langOf, "isoLabel": p.isolatedLabel, "fileSize": p.fileSize, "itemDir": p.itemDir, "linkable": p.Linkable, "linked": p.linked, "wl": p.wordLang, "wlIn": p.wordLangIn, "dir": p.dirOf, "named": p.named, "namedBox": p.namedBox})
	var buf bytes.Buffer
	err = t.Execute(&buf, struct {
		*Page
		CSS    template.CSS
		Guard  template.JS
		Script template.JS
		CSP    string
	}{p, template.CSS(css), template.JS(guardJS), template.JS(exitJS), csp(css, guardJS, exitJS)})
	return buf.Bytes(), err
}

// csp allows the page's own style and script, by hash, and fonts and images inline; nothing is
// fetched from anywhere, and no form or base address can send the reader elsewhere.
func csp(css, guard, js string) string {
	return "default-src 'none'; style-src " + hash(css) + "; script-src " + hash(guard) + " " + hash(js) +
		"; font-src data:; img-src data:; base-uri 'none'; form-action 'none'"
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

// numbersIn are the numbers of s (layout.Numbers), a phone number's with the extension written
// after it ("1-866-724-3321 ext. 4"): set as one number, not broken inside on a phone's narrow
// line; not a size's ("210 x 297 mm", whose x reads as one).
func numbersIn(s string) [][]int {
	spans := layout.Numbers(s)
	for _, at := range spans {
		if len(phone.Digits(s[at[0]:at[1]])) >= phoneDigits {
			at[1] += layout.ExtensionLen(s[at[1]:])
		}
	}
	return spans
}

// phoneDigits is the fewest digits of a phone number that an extension may follow.
const phoneDigits = 7

// longestNumber is how many characters the longest number of a line of the hotline box has,
// by which the style sheet sizes the numbers of the line to fit it (--num).
func longestNumber(s string) int {
	n := 0
	for _, at := range numbersIn(s) {
		n = max(n, utf8.RuneCountInString(s[at[0]:at[1]]))
	}
	return n
}

// faces are the print faces in the order a character is looked for, as in the PDFs: Atkinson
// Hyperlegible Next, then Noto Sans for what it lacks (Vietnamese, Greek, Cyrillic). What
// neither has falls to the reader's system fonts, next in the style sheet's stack; so does what
// a brand font sets in the PDFs, whose joined and shaped letters need the layout tables the
// subset drops (webfont). Kept, those tables (GSUB, GPOS, GDEF) are 22 KB a face compressed in
// Noto Sans Arabic, and they lead to joined forms no cmap names, which only a reading of GSUB's
// lookups finds (no Go package this module has reads them): without it, up to the whole font,
// 108 KB a face; two faces in base64 would take an Arabic page of 44 KB over MaxSize, which
// drops every font. Cut to the page's characters without them (11 KB a face), Arabic shows
// its letters unjoined. The reader's system font, which the browser shapes, reads right.
var faces = []struct {
	family        string
	regular, bold []byte
	italic        [2][]byte // regular and bold
}{
	{"Atkinson Hyperlegible Next", fonts.AtkinsonRegular, fonts.AtkinsonBold, [2][]byte{fonts.AtkinsonItalic, fonts.AtkinsonBoldItalic}},
	{"Noto Sans", fonts.NotoRegular, fonts.NotoBold, [2][]byte{fonts.NotoItalic, fonts.NotoBoldItalic}},
}

// css is the style sheet with the palette and, when asked, the faces cut to the page's
// characters, each face only for the characters the one before lacks; the italics only for
// the characters of the page's italic text, when it has any.
func (p *Page) css(withFonts bool) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, ":root { --primary: %s; --accent: %s; --ink: %s; --panel: %s; }\n",
		p.Palette.Primary, p.Palette.Accent, p.Palette.Ink, p.Palette.Panel)
	for i, l := range p.Help.Lines() {
		if n := longestNumber(l.Text); n > 0 {
			fmt.Fprintf(&b, ".help li:nth-child(%d) { --num: %d; }\n", i+1, n)
		}
	}
	runes, italic := p.runes()
	for _, f := range faces {
		if !withFonts {
			break
		}
		var err error
		if runes, err = face(&b, f.family, "normal", f.regular, f.bold, runes); err != nil {
			return "", err
		}
		if italic, err = face(&b, f.family, "italic", f.italic[0], f.italic[1], italic); err != nil {
			return "", err
		}
	}
	b.WriteString(styleCSS)
	if p.Vertical || slices.ContainsFunc(p.Languages, func(a Alternate) bool { return a.Vertical }) {
		b.WriteString(verticalCSS)
	}
	return b.String(), nil
}

// face writes the @font-face rules of a family's regular and bold faces in one style, cut to
// runes, and returns the runes they lack.
func face(b *strings.Builder, family, style string, regular, bold []byte, runes []rune) ([]rune, error) {
	if len(runes) == 0 {
		return nil, nil
	}
	var missing []rune
	for _, w := range []struct {
		data   []byte
		weight int
	}{{regular, 400}, {bold, 700}} {
		woff, lack, err := webfont.Subset(w.data, runes)
		if err != nil {
			return nil, err
		}
		if len(lack) == len(runes) { // none of them (Arabic in Noto Sans): the face would only cost a download
			return runes, nil
		}
		missing = lack
		fmt.Fprintf(b, "@font-face { font-family: %q; font-style: %s; font-weight: %d; font-display: swap; src: url(data:font/woff;base64,%s) format(\"woff\"); }\n",
			family, style, w.weight, base64.StdEncoding.EncodeToString(woff))
	}
	return missing, nil
}

// runes are the characters the page shows, and those it shows in italic.
func (p *Page) runes() (all, italic []rune) {
	seen := map[rune]bool{}
	var out []rune
	add := func(ss ...string) {
		for _, s := range ss {
			for _, r := range s {
				if !seen[r] {
					seen[r] = true
					out = append(out, r)
				}
			}
		}
	}
	seenItalic := map[rune]bool{}
	for _, para := range p.Paragraphs() {
		for _, s := range para {
			add(s.Text)
			for _, r := range s.Text {
				if s.Italic && !seenItalic[r] {
					seenItalic[r] = true
					italic = append(italic, r)
				}
			}
		}
	}
	add(p.Heading, p.ClosingTitle, p.Help.Title, p.Help.Note, p.Organisation.Name, p.Organisation.Contact, p.DisplayURL)
	for _, q := range p.Questions {
		add(q.Question)
	}
	for _, l := range p.Help.Lines() {
		add(l.Label, l.Text)
	}
	for _, d := range p.Downloads {
		add(d.Label, p.Words.FileSize(d.Size))
	}
	for _, l := range p.Languages {
		add(l.Name)
	}
	for _, w := range p.Words.All() {
		add(w.Text)
	}
	add(" (),.0123456789")
	return out, italic
}
