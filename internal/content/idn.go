package content

import (
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
	if host == "" || !strings.ContainsFunc(host, func(r rune) bool { return r > unicode.MaxASCII }) || strings.ContainsAny(host, "@:"+quoteMarks+wideDots) { // a quotation mark copied with it is no host's (CheckURL)
		return u
	}
	a, err := idna.Lookup.ToASCII(host)
	if err != nil || !oneScript(host) {
		return u
	}
	return before + a + after
}

// shownURL is u with a host that has punycode labels (xn--...) written in Unicode, as paper
// and the page print it, when IDNA reads them and each label is in one script; any other
// address as it is.
func shownURL(u string) string {
	before, host, after := splitHost(u)
	if !strings.Contains(strings.ToLower(host), "xn--") || strings.ContainsAny(host, "@:") {
		return u
	}
	shown, err := idna.Lookup.ToUnicode(host)
	if back, berr := idna.Lookup.ToASCII(shown); err != nil || berr != nil || back != strings.ToLower(host) || !oneScript(shown) {
		return u
	}
	return before + shown + after
}

// splitHost cuts an address, with or without its scheme, into what comes before its host, the
// host (with any user name or port, which the callers leave alone) and the path, query and
// fragment after it.
func splitHost(u string) (before, host, after string) {
	if i := strings.Index(u, "://"); i >= 0 {
		before, u = u[:i+3], u[i+3:]
	}
	end := strings.IndexAny(u, "/?#")
	if end < 0 {
		end = len(u)
	}
	return before, u[:end], u[end:]
}

// oneScript is whether each label of host has its letters in one script, or in one of the
// mixes a language writes (Japanese: Han, Hiragana, Katakana; Chinese with Bopomofo; Korean
// with Han), with Latin as browsers allow.
func oneScript(host string) bool {
	for label := range strings.SplitSeq(host, ".") {
		scripts := map[string]bool{}
		for _, r := range label {
			if unicode.IsLetter(r) {
				scripts[scriptOf(r)] = true
			}
		}
		if len(scripts) > 1 && !within(scripts, "Latin", "Han", "Hiragana", "Katakana") &&
			!within(scripts, "Latin", "Han", "Bopomofo") && !within(scripts, "Latin", "Han", "Hangul") {
			return false
		}
	}
	return true
}

// within is whether every script of scripts is one of allowed.
func within(scripts map[string]bool, allowed ...string) bool {
	for s := range scripts {
		if !slices.Contains(allowed, s) {
			return false
		}
	}
	return true
}
