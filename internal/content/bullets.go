package content

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Word processors copy a bulleted list as lines that start with the bullet itself ("• Your
// ID", "◦ " for a list inside one, "▪ ", "– ") or with a hyphen, an asterisk or a number and a
// no-break space. Markdown reads none of them as a list: the lines would run together into one
// paragraph, "• Your ID • A list of medicines", which is not what the writer sees in the file.
// They are read as the list they were.

// bulletGlyphs start a pasted list item when a space follows them.
const bulletGlyphs = "•◦▪▫■□●○‣⁃∙·⦁"

// pastedMark is how long the pasted bullet and the space after it (if any) are at the start of line
// (after its indent), 0 when the line does not start with one. dash says to read a dash (–,
// —) followed by a space too, which also starts a line of prose ("— Maya, a survivor") and
// marks an item only among others.
func pastedMark(line []byte, dash bool) int {
	r, n := utf8.DecodeRune(line)
	switch {
	case r == '-' || r == '*': // and a no-break space: Word's and Docs' bullets (not '+': "+ 44 20…" is a number)
		if after, m := utf8.DecodeRune(line[n:]); otherSpace(after) {
			return n + m
		}
		return 0
	case strings.ContainsRune(bulletGlyphs, r) && r != utf8.RuneError, dash && (r == '–' || r == '—'):
		after, m := utf8.DecodeRune(line[n:])
		if after == ' ' || after == '\t' || otherSpace(after) {
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
// line before or after starts with the same dash. A number's mark followed by a no-break
// space ("1." and one) keeps its number, with a space after it. An indent of no-break or
// other spaces is written in spaces where Markdown reads it: before a heading, a quote or a
// list's mark (an item of a list inside one), and on a line of nothing else (a blank line
// between paragraphs); before text it is left, and is not printed.
func pastedBullets(data []byte) []byte {
	if !bytes.ContainsAny(data, bulletGlyphs+"–—"+otherSpaces) { // most files: nothing pasted
		return data
	}
	lines := bytes.Split(data, []byte("\n"))
	indent := func(l []byte) int { return len(l) - len(bytes.TrimLeftFunc(l, spaceOrTab)) }
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
		text := l[at:]
		mark, n := "- ", pastedMark(text, false)
		if d := dashes[i+1]; n == 0 && d != 0 && (dashes[i] == d || dashes[i+2] == d) {
			n = pastedMark(text, true)
		}
		if m := listMark(text); n == 0 && m > 1 { // a number's mark: "1." and a no-break space
			if r, size := utf8.DecodeRune(text[m:]); otherSpace(r) {
				mark, n = string(text[:m])+" ", m+size
			}
		}
		lead := spacedIndent(l[:at])
		switch {
		case n > 0:
			text = append([]byte(mark), bytes.TrimLeftFunc(text[n:], spaceOrTab)...)
		case bytes.Equal(lead, l[:at]) || !markdownBlock(text):
			continue
		}
		lines[i], changed = append(lead, text...), true
	}
	if !changed {
		return data
	}
	return bytes.Join(lines, []byte("\n"))
}

// spacedIndent is an indent with each no-break or other space written as a space, a copy (the
// indent shares data's bytes); U+3000 as two, the width it shows.
func spacedIndent(lead []byte) []byte {
	out := make([]byte, 0, len(lead))
	for _, r := range string(lead) {
		switch {
		case r == '\u3000':
			out = append(out, "  "...)
		case otherSpace(r):
			out = append(out, ' ')
		default:
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

// listMark is how long Markdown's own list mark is at the start of line ("-", "*", "+", "12.",
// "3)"), 0 when it starts with none.
func listMark(line []byte) int {
	if len(line) > 0 && bytes.IndexByte([]byte("-*+"), line[0]) >= 0 {
		return 1
	}
	d := 0
	for d < len(line) && d < 9 && line[d] >= '0' && line[d] <= '9' {
		d++
	}
	if d > 0 && d < len(line) && (line[d] == '.' || line[d] == ')') {
		return d + 1
	}
	return 0
}

// markdownBlock is whether a line (after its indent) is one whose indent Markdown reads: a
// heading, a quote, a list's item, or nothing.
func markdownBlock(text []byte) bool {
	if len(text) == 0 || text[0] == '#' || text[0] == '>' {
		return true
	}
	m := listMark(text)
	return m > 0 && (m == len(text) || text[m] == ' ' || text[m] == '\t')
}

// withoutPastedMark is a one-line text (a poster's fact, a card's line) without a bullet
// pasted before it: haven prints its own.
func withoutPastedMark(s string) string {
	if n := pastedMark([]byte(s), true); n > 0 {
		return strings.TrimLeftFunc(s[n:], spaceOrTab)
	}
	return s
}

// Lines that letter or number their items as a word processor or an email does ("a. a
// romantic partner", "b) ", "1- ", "Step 1: ") are no Markdown list either, and would run
// together into one paragraph. Two lines or more in a row whose marks count on (a, b; 1, 2;
// Step 1, Step 2) are read as a list, as pasted bullets are, each item printed with its mark
// as written (a reader may be told to choose a or b) in place of a bullet (ownMarks); steps
// named by a word ("Step 1:"), too wide to hang as a mark, as lines of their own. Markdown's
// own "1. " and "1) " are left to it.

// listedMark is the mark a line starts with as its form (the mark with its letter or number
// taken out: "#.", "#-", "Step #:"), its count and its length, or "" when it starts with none:
// a letter with '.' or ')', a number of one or two digits with '-' or '–', or a word and such a
// number with ':', '.' or ')'; each followed by a space. Every line of every faq.md is read
// here, so it is read by hand, not by an expression.
func listedMark(line []byte) (form string, count, size int) {
	spaced := func(i int) bool { // a no-break space too, as a word processor pastes one after its mark
		r, _ := utf8.DecodeRune(line[min(i, len(line)):])
		return spaceOrTab(r)
	}
	digits := func(i int) int { // how many ASCII digits begin at i
		n := i
		for n < len(line) && line[n] >= '0' && line[n] <= '9' {
			n++
		}
		return n - i
	}
	r, n := utf8.DecodeRune(line)
	if unicode.IsLetter(r) && n < len(line) && (line[n] == '.' || line[n] == ')') && spaced(n+1) {
		return "#" + string(line[n]), int(r), n + 1 // a. b. c.
	}
	if d := digits(0); d == 1 || d == 2 { // 1- 2-, 1 - 2 -
		i := d
		if i < len(line) && line[i] == ' ' {
			i++
		}
		for _, dash := range []string{"-", "–"} {
			if bytes.HasPrefix(line[i:], []byte(dash)) && spaced(i+len(dash)) {
				count, _ = strconv.Atoi(string(line[:d]))
				return "#" + dash, count, i + len(dash)
			}
		}
		return "", 0, 0
	}
	w := 0 // Step 1: Paso 2.
	for w < len(line) {
		r, n := utf8.DecodeRune(line[w:])
		if !unicode.IsLetter(r) {
			break
		}
		w += n
	}
	if w == 0 || w >= len(line) || line[w] != ' ' {
		return "", 0, 0
	}
	d := digits(w + 1)
	if e := w + 1 + d; (d == 1 || d == 2) && e < len(line) && bytes.IndexByte([]byte(":.)"), line[e]) >= 0 && spaced(e+1) {
		count, _ = strconv.Atoi(string(line[w+1 : e]))
		return string(line[:w+1]) + "#" + string(line[e]), count, e + 1
	}
	return "", 0, 0
}

// hangs is whether a mark of form hangs before its item as a bullet does: a letter or a
// number, not a word ("Step #:") too wide for the indent.
func hangs(form string) bool { return strings.HasPrefix(form, "#") }

// listedLines rewrites the lines of a Markdown text that letter or number items in a row as
// Markdown list items ("- a. a romantic partner"), each on the line it was, its indent kept;
// lines of steps named by a word end the line before them with a hard line break instead
// ("Step 1: ...  "), so that each begins a line of the paragraph.
func listedLines(data []byte) []byte {
	lines := bytes.Split(data, []byte("\n"))
	type mark struct {
		form  string
		count int
	}
	marks := make([]mark, len(lines)+2) // each line's, from 1, with none around them
	for i, l := range lines {
		marks[i+1].form, marks[i+1].count, _ = listedMark(bytes.TrimLeft(l, " \t"))
	}
	counts := func(a, b mark) bool { return a.form != "" && a.form == b.form && a.count+1 == b.count }
	changed := false
	for i, l := range lines {
		if !counts(marks[i], marks[i+1]) && !counts(marks[i+1], marks[i+2]) {
			continue
		}
		if !hangs(marks[i+1].form) {
			if i > 0 && len(bytes.TrimSpace(lines[i-1])) > 0 {
				lines[i-1] = append(append([]byte{}, bytes.TrimRight(lines[i-1], " \t")...), "  "...) // a copy: the line shares data's bytes
			}
			changed = true
			continue
		}
		at := len(l) - len(bytes.TrimLeft(l, " \t"))
		lines[i], changed = append(append(append([]byte{}, l[:at]...), "- "...), l[at:]...), true
	}
	if !changed {
		return data
	}
	return bytes.Join(lines, []byte("\n"))
}

// ownMarks are the marks the items of a bulleted list write at their start, one for each item,
// when every item's text begins with a letter or number that counts on from the one before
// (as listedLines makes them, or "- a. ..." writes them), else nil: they print as the items'
// marks, in place of bullets, not after them ("• a. a romantic partner").
func ownMarks(l *ast.List, src []byte) []string {
	if l.IsOrdered() || l.ChildCount() < 2 {
		return nil
	}
	var marks []string
	form, count := "", 0
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		t, ok := it.FirstChild().(interface{ FirstChild() ast.Node })
		if !ok {
			return nil
		}
		text, ok := t.FirstChild().(*ast.Text)
		if !ok {
			return nil
		}
		line := text.Segment.Value(src)
		f, c, n := listedMark(line)
		if f == "" || !hangs(f) || len(marks) > 0 && (f != form || c != count+1) {
			return nil
		}
		marks, form, count = append(marks, string(line[:n])), f, c
	}
	return marks
}
