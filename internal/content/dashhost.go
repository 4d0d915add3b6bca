package content

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
)

// A word processor or a typeset PDF puts a dash of its own where an address has a hyphen
// (sunrise–shelter.org, with an en dash). IDNA takes most such characters as letters of an
// international name, and a link or a QR code would open that other host (xn--...), or maps
// them to a hyphen unseen (the full-width －): paper prints what looks like the address either
// way. A host name has letters, digits and hyphens alone, so any other punctuation, symbol or
// space beyond ASCII in one is refused, naming it, with the address to write.

// dashNames name the dashes that print as a hyphen, or near enough to be typed as one.
var dashNames = map[rune]string{
	'\u2010': "a Unicode hyphen", '\u2011': "a no-break hyphen", '\u2012': "a figure dash", '\u2013': "an en dash",
	'\u2014': "an em dash", '\u2015': "a horizontal bar", '\u2043': "a hyphen bullet", '\u2212': "a minus sign",
	'\u02D7': "a modifier minus", '\u2796': "a heavy minus sign", '\uFE58': "a small em dash", '\uFE63': "a small hyphen",
	'\uFF0D': "a full-width hyphen", '\u2E3A': "a two-em dash", '\u2E3B': "a three-em dash", '\u30FC': "a Japanese long vowel mark",
}

// hostPunct is where in host the first character is that no host name has and that prints as
// punctuation, a symbol or a space (a dash look-alike above all), and the character; -1 when
// none. A character IDNA 2008 allows in its context (the Catalan l·l, the katakana middle dot
// and the Greek and Hebrew numeral signs) is a letter's; a hidden one, a quotation mark and
// the full stop of Chinese or Japanese typing have checks and words of their own.
func hostPunct(host string) (int, rune) {
	for i, r := range host {
		if r <= unicode.MaxASCII || dashNames[r] == "" && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)) ||
			unicode.Is(unicode.Cf, r) || strings.ContainsRune(quoteMarks+wideDots+"\u0375\u05F3\u05F4\u30FB", r) {
			continue
		}
		if r == '\u00B7' && strings.HasSuffix(strings.ToLower(host[:i]), "l") && strings.HasPrefix(strings.ToLower(host[i+2:]), "l") {
			continue // col·legi.cat
		}
		if r == '\u30FC' && i > 0 { // ー lengthens the kana before it (ブログー), and is one only there
			if p, _ := utf8.DecodeLastRuneInString(host[:i]); unicode.In(p, unicode.Hiragana, unicode.Katakana) || p == '\u30FC' {
				continue
			}
		}
		return i, r
	}
	return -1, 0
}

// punctMsg is what is wrong with address, a web or email address whose host has r (hostPunct),
// and the address to write: with a hyphen for each dash, or as a browser's bar shows it.
func punctMsg(address string, r rune) (msg, fix string) {
	if name := dashNames[r]; name != "" {
		fixed := strings.Map(func(r rune) rune {
			if dashNames[r] != "" {
				return '-'
			}
			return r
		}, address)
		return fmt.Sprintf("has %s (%c) where a hyphen (-) belongs: a link and a QR code would open another site than the one people read and type", name, r), "write " + fixed
	}
	return fmt.Sprintf("has %c (U+%04X) in its host, which no host name has: a link and a QR code would open another site than the one people read and type, or none", r, r),
		"write the address as your browser's address bar shows it, with letters, digits, hyphens and dots alone in its host"
}

// urlPunct is what CheckURL says of s, a web address whose host has a character hostPunct
// refuses; "" when it has none.
func urlPunct(s string) string {
	_, host, _ := splitHost(s)
	if _, r := hostPunct(host); r != 0 {
		msg, fix := punctMsg(s, r)
		return fmt.Sprintf("%s %s (%s)", diag.Quote(s), msg, fix)
	}
	return ""
}

// punctInAddresses refuses a web or email address a printed text writes with a character in
// its host that hostPunct refuses, at its line. An address is read with each such character
// between two letters or digits taken for a hyphen, for where it ends; a dash before an
// address written whole (our site—www.mission.org) is the sentence's.
func punctInAddresses(file string, at textLines, path, text string, ps *diag.Problems) {
	if !strings.ContainsFunc(text, func(r rune) bool { return r > unicode.MaxASCII && !unicode.IsLetter(r) }) { // most texts
		return
	}
	eachSpaced(text, func(word string, i, _ int) {
		read := []rune(word)
		first := -1
		for k := 1; k+1 < len(read); k++ {
			if r := read[k]; r > unicode.MaxASCII && (labelChar(read[k-1]) && labelChar(read[k+1])) {
				if j, p := hostPunct(string(read[k-1 : k+2])); p != 0 && j == utf8.RuneLen(read[k-1]) && !sentenceDash(string(read[:k]), string(read[k+1:]), r) {
					read[k] = '-'
					if first < 0 {
						first = k
					}
				}
			}
		}
		if first < 0 {
			return
		}
		fixed := string(read)
		address, _ := addressIn(fixed)
		inAddress := func(k int) bool { // the rune k of word is in the host of address, or in an email address
			before, host, _ := splitHost(address)
			return k < len(before)+utf8.RuneCountInString(host)
		}
		if mail := mailIn(fixed); mail != "" {
			address, inAddress = mail, func(int) bool { return true }
		}
		start := utf8.RuneCountInString(fixed[:max(strings.Index(fixed, address), 0)])
		if address == "" || first < start || first >= start+utf8.RuneCountInString(address) || !inAddress(first-start) {
			return
		}
		written := string([]rune(word)[start : start+utf8.RuneCountInString(address)])
		cut := len(string([]rune(word)[:first]))
		msg, fix := punctMsg(written, []rune(word)[first])
		ps.Add(file, at.of(i+cut), path, fmt.Sprintf("prints the address %s, which %s", diag.Quote(written), msg), fix)
	})
}

// labelChar is whether r is a letter or a digit, as a host's label has around a hyphen.
func labelChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// sentenceDash is whether r, a dash between before and after in one word, is the sentence's,
// set against an address written whole after it ("our site—www.mission.org", "email—help@mission.org").
func sentenceDash(before, after string, r rune) bool {
	if strings.ContainsAny(before, ".@") || dashNames[r] == "" {
		return false
	}
	l := strings.ToLower(after)
	if strings.HasPrefix(l, "www.") || strings.HasPrefix(l, "http") {
		return true
	}
	return (r == '\u2014' || r == '\u2015') && (mailIn(after) != "" || siteIn(after) != "")
}
