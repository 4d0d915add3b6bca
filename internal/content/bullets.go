package content

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word processors copy a bulleted list as lines that start with the bullet itself ("• Your
// ID", "◦ " for a list inside one, "▪ ", "– ") or with a hyphen and a no-break space. Markdown
// reads none of them as a list: the lines would run together into one paragraph, "• Your ID •
// A list of medicines", which is not what the writer sees in the file. They are read as the
// list they were.

// bulletGlyphs start a pasted list item when a space follows them.
const bulletGlyphs = "•◦▪▫■□●○‣⁃∙·⦁"

// pastedMark is how long the pasted bullet and the space after it (if any) are at the start of line
// (after its indent), 0 when the line does not start with one. dash says to read a dash (–,
// —) followed by a space too, which also starts a line of prose ("— Maya, a survivor") and
// marks an item only among others.
func pastedMark(line []byte, dash bool) int {
	r, n := utf8.DecodeRune(line)
	switch {
	case r == '-': // "-" and a no-break space: Word's hyphen bullet
		if after, m := utf8.DecodeRune(line[n:]); after == '\u00a0' {
			return n + m
		}
		return 0
	case strings.ContainsRune(bulletGlyphs, r) && r != utf8.RuneError, dash && (r == '–' || r == '—'):
		after, m := utf8.DecodeRune(line[n:])
		if after == ' ' || after == '\t' || after == '\u00a0' || after == '\u202f' {
			return n + m
		}
		if r != '–' && r != '—' && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
			return n // "•Your ID": no prose starts with a bullet
		}
	}
	return 0
}

// pastedBullets rewrites the lines of a Markdown text that start with a pasted bullet as
// Markdown list items ("- Your ID"), each on the line it was, and its indent kept (a "◦" item
// indented under a "•" one is an item of a list inside it). A dash marks one only where the
// line before or after starts with the same dash.
func pastedBullets(data []byte) []byte {
	if !bytes.ContainsAny(data, bulletGlyphs+"–—\u00a0") { // most files: nothing pasted
		return data
	}
	lines := bytes.Split(data, []byte("\n"))
	indent := func(l []byte) int { return len(l) - len(bytes.TrimLeft(l, " \t")) }
	dashes := make([]rune, len(lines)+2) // each line's dash mark, from 1, with none around them
	for i, l := range lines {
		if l = l[indent(l):]; pastedMark(l, true) > 0 {
			if r, _ := utf8.DecodeRune(l); r == '–' || r == '—' {
				dashes[i+1] = r
			}
		}
	}
	changed := false
	for i, l := range lines {
		at := indent(l)
		n := pastedMark(l[at:], false)
		if d := dashes[i+1]; n == 0 && d != 0 && (dashes[i] == d || dashes[i+2] == d) {
			n = pastedMark(l[at:], true)
		}
		if n == 0 {
			continue
		}
		item := append(append(append([]byte{}, l[:at]...), "- "...), bytes.TrimLeft(l[at+n:], " \t\u00a0")...)
		lines[i], changed = item, true
	}
	if !changed {
		return data
	}
	return bytes.Join(lines, []byte("\n"))
}

// withoutPastedMark is a one-line text (a poster's fact, a card's line) without a bullet
// pasted before it: haven prints its own.
func withoutPastedMark(s string) string {
	if n := pastedMark([]byte(s), true); n > 0 {
		return strings.TrimLeft(s[n:], " \t\u00a0")
	}
	return s
}
