package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/idna"
)

// An international host (münchen.de, españa.es) is read as the host IDNA 2008 makes of it: links
// and QR codes open its ASCII form (xn--mnchen-3ya.de), which every phone and resolver takes,
// and paper and the page print its Unicode form, which its readers know and can type. A host
// IDNA refuses, or one whose label mixes scripts (Latin with Cyrillic letters, which browsers
// show in punycode for the look-alike it may be), stays as written: CheckURL refuses it
// written in Unicode, and it prints in punycode as written so.

// asciiURL is u, an address with or without its https://, with a host written in Unicode
// that IDNA accepts in its ASCII form: what a link or a code opens. Any other is returned as
// it is, for CheckURL to judge; the path and query are kept as written.
func asciiURL(u string) string {
	before, host, after := splitHost(u)
	// straße.de:8443: its host is read, its port kept
	host, port := cutPort(host)
	if host == "" || !strings.ContainsFunc(host, func(r rune) bool { return r > unicode.MaxASCII }) || strings.ContainsAny(host, "@:"+quoteMarks+wideDots) { // a quotation mark copied with it is no host's (CheckURL)
		return u
	}
	if _, r := hostPunct(host); r != 0 { // a dash for a hyphen is no host's either (CheckURL)
		return u
	}
	a, err := idna.Lookup.ToASCII(host)
	if err != nil || !oneScript(host) {
		return u
	}
	return before + a + port + after
}

// cutPort cuts a host written with its port (example.org:8443) into the two, the port with
// its colon; any other host is itself, with no port.
func cutPort(host string) (name, port string) {
	i := strings.LastIndexByte(host, ':')
	if i < 0 || i == len(host)-1 || strings.Trim(host[i+1:], "0123456789") != "" || strings.ContainsAny(host[:i], ":@") {
		return host, ""
	}
	return host[:i], host[i:]
}

// shownURL is u with a host that has punycode labels (xn--...) written in Unicode, as paper
// and the page print it, when IDNA reads them and each label is in one script; any other
// address as it is.
func shownURL(u string) string {
	before, host, after := splitHost(u)
	host, port := cutPort(host)
	if !strings.Contains(strings.ToLower(host), "xn--") || strings.ContainsAny(host, "@:") {
		return u
	}
	shown, err := idna.Lookup.ToUnicode(host)
	if back, berr := idna.Lookup.ToASCII(shown); err != nil || berr != nil || back != strings.ToLower(host) || !oneScript(shown) {
		return u
	}
	return before + shown + port + after
}

// splitHost cuts an address, with or without its scheme, into what comes before its host, the
// host (with any user name or port, which the callers leave alone) and the path, query and
// fragment after it.
func splitHost(u string) (before, host, after string) {
	if rest, ok := cutScheme(u); ok {
		before, u = u[:len(u)-len(rest)], rest
	}
	end := strings.IndexAny(u, "/?#")
	if end < 0 {
		end = len(u)
	}
	return before, u[:end], u[end:]
}

// latinLookalike is the first label of host whose letters are all Cyrillic or Greek ones that
// print as Latin letters ("аррӏе" of аррӏе.com, or xn--80ak6aa92e.com, which paper prints
// so), as printed, with the Latin it reads as; "" when none.
// Paper prints it as a Latin name, which a reader types and so opens another site, and a
// browser shows it in punycode (xn--...), not as printed. Under a top-level domain of its own
// script (.рф, .ελ) it is read as that script.
func latinLookalike(host string) (label, reads string) {
	labels := strings.Split(strings.TrimSuffix(host, "."), ".")
	tld := strings.ToLower(labels[len(labels)-1])
	if u, err := idna.Punycode.ToUnicode(tld); strings.HasPrefix(tld, "xn--") && err == nil {
		tld = u // .рф written xn--p1ai
	}
	if strings.ContainsFunc(tld, func(r rune) bool { return r > unicode.MaxASCII }) || cyrillicOrGreekTLD[tld] {
		return "", "" // a reader there reads and types the script
	}
	for _, l := range labels {
		shown := strings.ToLower(l)
		if u, err := idna.Punycode.ToUnicode(shown); strings.HasPrefix(shown, "xn--") && err == nil { // as a page prints it
			shown = u
		}
		var b strings.Builder
		letters := 0
		for _, r := range shown {
			switch latin, ok := latinShaped[r]; {
			case ok:
				b.WriteRune(latin)
			case unicode.IsLetter(r):
				letters = -1 << 30 // a letter that prints as no Latin one
			default:
				b.WriteRune(r)
				continue
			}
			letters++
		}
		if letters > 0 {
			return shown, b.String()
		}
	}
	return "", ""
}

// latinShaped are the Cyrillic and Greek small letters that print as Latin ones to a reader
// of Latin (browsers' list of whole-script confusables): not в, к, м, н, т, which print as
// small capitals, nor Greek's κ, τ, ε (мост.bg, κεντρο.eu are read as written).
var latinShaped = map[rune]rune{
	'а': 'a', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'һ': 'h', 'і': 'i', 'ј': 'j', 'ӏ': 'l', 'о': 'o', 'р': 'p', 'ԛ': 'q',
	'ѕ': 's', 'ԝ': 'w', 'х': 'x', 'у': 'y', 'ο': 'o', 'ρ': 'p', 'ι': 'i', 'ν': 'v', 'υ': 'u', 'α': 'a',
}

// cyrillicOrGreekTLD are the country endings of the countries that write Cyrillic or Greek:
// an address there is read in its script.
var cyrillicOrGreekTLD = map[string]bool{"ru": true, "su": true, "by": true, "ua": true, "kz": true, "kg": true, "tj": true,
	"bg": true, "mk": true, "rs": true, "me": true, "ba": true, "mn": true, "gr": true, "cy": true}

// lookalikeMsg is what is wrong with an address whose host has label, a latinLookalike that
// reads as Latin reads.
func lookalikeMsg(label, reads string) string {
	a, err := idna.Lookup.ToASCII(label)
	if err != nil {
		a = label
	}
	return fmt.Sprintf("%q, in Cyrillic or Greek letters that print as the Latin %q: a reader who types what paper shows opens another site, and a browser shows the address as %s, not as printed", label, reads, a)
}

// oneScript is whether each label of host has its letters in one script, or in one of the
// mixes a language writes (oneWriting).
func oneScript(host string) bool {
	for label := range strings.SplitSeq(host, ".") {
		if !oneWriting(letterScripts(label)) {
			return false
		}
	}
	return true
}

// letterScripts is how many letters of w each script has.
func letterScripts(w string) map[string]int {
	scripts := map[string]int{}
	for _, r := range w {
		if unicode.IsLetter(r) {
			scripts[ScriptOf(r)]++
		}
	}
	return scripts
}

// oneWriting is whether scripts, a word's (letterScripts), are one script or one of the mixes a
// language writes (Japanese: Han, Hiragana, Katakana; Chinese with Bopomofo; Korean with Han),
// with Latin as browsers allow.
func oneWriting(scripts map[string]int) bool {
	return len(scripts) <= 1 || within(scripts, "Latin", "Han", "Hiragana", "Katakana") ||
		within(scripts, "Latin", "Han", "Bopomofo") || within(scripts, "Latin", "Han", "Hangul")
}

// within is whether every script of scripts is one of allowed.
func within(scripts map[string]int, allowed ...string) bool {
	for s := range scripts {
		if !slices.Contains(allowed, s) {
			return false
		}
	}
	return true
}
