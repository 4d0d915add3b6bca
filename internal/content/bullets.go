package content

import (
	"bytes"
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
//
// Word writes the bullet of a list inside a list as "o" (a third level's as "§") and a tab
// (wordSubMark): such a line right under a list's item is an item of a list inside it, indented
// as one where Word left its indent off; elsewhere it is no item of a list, and its line is
// given back in strays, to refuse.
func pastedBullets(data []byte) (out []byte, strays []int) {
	if bytes.IndexByte(data, '\t') < 0 && !hasWide(string(data), bulletGlyphs+"–—§"+otherSpaces) { // most files: nothing pasted
		return data, nil
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
	subOf := make([][]byte, len(lines)) // each line's Word mark of a list inside a list, if any
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
		if sub := wordSubMark(text); n == 0 && sub > 0 {
			above := []byte{}
			if i > 0 {
				above = lines[i-1]
			}
			item := bytes.TrimLeft(above, " \t")
			m := listMark(item)
			if m == 0 || !markdownBlock(item) {
				strays = append(strays, i+1)
				continue
			}
			if at == 0 { // Word's indent left off: under its item's text, or beside its own kind
				lead = append([]byte{}, above[:len(above)-len(item)]...)
				if !bytes.Equal(subOf[i-1], text[:sub]) {
					lead = append(lead, bytes.Repeat([]byte(" "), m+1)...)
				}
			}
			subOf[i], n = text[:sub], sub
		}
		switch {
		case n > 0:
			text = append([]byte(mark), bytes.TrimLeftFunc(text[n:], spaceOrTab)...)
		case bytes.Equal(lead, l[:at]) || !markdownBlock(text):
			continue
		}
		lines[i], changed = append(lead, text...), true
	}
	if !changed {
		return data, strays
	}
	return bytes.Join(lines, []byte("\n")), strays
}

// wordSubMark is how long Word's mark of an item of a list inside a list ("o" or "§", and a
// tab) is at the start of line, 0 when it starts with none.
func wordSubMark(line []byte) int {
	for _, m := range []string{"o\t", "§\t"} {
		if bytes.HasPrefix(line, []byte(m)) {
			return len(m)
		}
	}
	return 0
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
// own "1. " and "1) " are left to it, but where it reads them as text: a list that starts at
// another number right under a line of text.

// listed is the mark a line starts with: its form (the mark with its letter or number taken
// out: "#.", "#-", "Step #:"), its number or letter, and its length in bytes; form is "" for a
// line that starts with none.
type listed struct {
	form   string
	n      int
	letter bool
	zero   rune // the zero of a number's digits: 1 and ٢ do not count on
	size   int
	// markdown is whether it is Markdown's own mark ("5." or "5)"), which listedLines reads
	// only where Markdown does not
	markdown bool
}

// before is whether b's mark counts on from a's: 1 then 2, a then b, أ then ب.
func (a listed) before(b listed) bool {
	if a.form == "" || a.form != b.form || a.letter != b.letter || a.zero != b.zero {
		return false
	}
	if a.letter {
		return letterAfter(rune(a.n), rune(b.n))
	}
	return a.n+1 == b.n
}

// hangs is whether the mark hangs before its item as a bullet does: a letter or a number, not
// a word ("Step #:") too wide for the indent.
func (a listed) hangs() bool { return strings.HasPrefix(a.form, "#") }

// arabicLetterOrders are the orders Arabic letters items in: abjad (أ ب ج د), the usual one,
// and the alphabet's (أ ب ت ث).
var arabicLetterOrders = [...]string{"أبجدهوزحطيكلمنسعفصقرشتثخذضظغ", "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"}

// letterAfter is whether b is the letter after a in lettering a list: the next in its script's
// order (a b c, α β γ, а б в, א ב ג), or in one of Arabic's.
func letterAfter(a, b rune) bool {
	if a == 'ا' { // the first letter, written without its hamza
		a = 'أ'
	}
	for _, order := range arabicLetterOrders {
		if i := strings.IndexRune(order, a); i >= 0 && strings.HasPrefix(order[i+utf8.RuneLen(a):], string(b)) {
			return true
		}
	}
	return b == a+1 && !unicode.Is(unicode.Arabic, a)
}

// listedMark is the mark a line starts with (see listed): a letter with '.' or ')'; a number of
// one or two digits with '-' or '–', or, in digits other than ASCII ones (١. ٢.), which
// Markdown does not read as a list, with '.' or ')'; or a word and such a number with ':', '.'
// or ')' ("Step 1:", "الخطوة ١:"); each followed by a space. Every line of every faq.md is read
// here, so it is read by hand, not by an expression.
func listedMark(line []byte) listed {
	spaced := func(i int) bool { // a no-break space too, as a word processor pastes one after its mark
		r, _ := utf8.DecodeRune(line[min(i, len(line)):])
		return spaceOrTab(r)
	}
	digits := func(i int) (n, size int, zero rune) { // the number of one or two digits of one script at i, its length, their zero
		zero = -1
		for k := 0; k < 3 && i+size < len(line); k++ {
			r, w := utf8.DecodeRune(line[i+size:])
			if !unicode.IsDigit(r) || zero >= 0 && r-rune(digitValue(r)) != zero {
				break
			}
			if k == 2 {
				return 0, 0, -1 // three digits: no list's number
			}
			zero = r - rune(digitValue(r))
			n, size = n*10+digitValue(r), size+w
		}
		return n, size, zero
	}
	r, n := utf8.DecodeRune(line)
	if t, w := utf8.DecodeRune(line[n:]); unicode.Is(unicode.Arabic, r) && t == 'ـ' { // هـ. with its tatweel
		n += w
	}
	if unicode.IsLetter(r) && n < len(line) && (line[n] == '.' || line[n] == ')') && spaced(n+1) {
		return listed{form: "#" + string(line[n]), n: int(r), letter: true, size: n + 1} // a. b. c.
	}
	if v, d, zero := digits(0); d > 0 { // 1- 2-, 1 - 2 -; ١. ٢.
		i := d
		if i < len(line) && line[i] == ' ' {
			i++
		}
		ends := []string{"-", "–"}
		if i == d {
			ends = append(ends, ".", ")")
		}
		for _, end := range ends {
			if bytes.HasPrefix(line[i:], []byte(end)) && spaced(i+len(end)) {
				return listed{form: "#" + end, n: v, zero: zero, size: i + len(end), markdown: zero == '0' && (end == "." || end == ")")}
			}
		}
		return listed{}
	}
	w := 0 // Step 1: Paso 2.
	for w < len(line) {
		r, n := utf8.DecodeRune(line[w:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		w += n
	}
	if w == 0 || w >= len(line) || line[w] != ' ' {
		return listed{}
	}
	v, d, zero := digits(w + 1)
	if e := w + 1 + d; d > 0 && e < len(line) && bytes.IndexByte([]byte(":.)"), line[e]) >= 0 && spaced(e+1) {
		return listed{form: string(line[:w+1]) + "#" + string(line[e]), n: v, zero: zero, size: e + 1}
	}
	return listed{}
}

// listedLines rewrites the lines of a Markdown text that letter or number items in a row as
// Markdown list items ("- a. a romantic partner"), each on the line it was, its indent kept;
// lines of steps named by a word end the line before them with a hard line break instead
// ("Step 1: ...  "), so that each begins a line of the paragraph.
func listedLines(data []byte) []byte {
	lines := bytes.Split(data, []byte("\n"))
	marks := make([]listed, len(lines)+2) // each line's, from 1, with none around them
	for i, l := range lines {
		marks[i+1] = listedMark(bytes.TrimLeft(l, " \t"))
	}
	// a run of lettered lines is a list only after a blank line, a line ending in a colon
	// ("Choose:"), or, indented, under a numbered item (sub-steps "a." and "b." of a step "1."): an
	// editor's wrapped sentence can start lines with initials ("Dr." / "A. Patel, or" / "B. Okafor").
	// A run of Markdown's own numbers is Markdown's list, but for one that starts at another
	// number than 1 right under a line of text ("Steps:" / "5. Fifth step"), which CommonMark
	// reads as part of that paragraph (as it does a sentence wrapped before "1984. It was")
	for i := 0; i < len(lines); i++ {
		m := marks[i+1]
		if !m.letter && !m.markdown || marks[i].before(m) {
			continue
		}
		prev := []byte{}
		if i > 0 {
			prev = bytes.TrimSpace(lines[i-1])
		}
		r, _ := utf8.DecodeLastRune(prev)
		list := len(prev) == 0 || r == ':' || r == '：' ||
			len(lines[i]) > 0 && spaceOrTab(rune(lines[i][0])) && listMark(prev) > 1 && markdownBlock(prev)
		if m.markdown {
			list = m.n != 1 && len(prev) > 0 && !markdownBlock(prev)
		}
		if !list {
			end := i
			for end+1 < len(lines) && marks[end+1].before(marks[end+2]) {
				end++
			}
			for k := i; k <= end; k++ {
				marks[k+1] = listed{}
			}
		}
	}
	changed := false
	bullet := "- "
	for i, l := range lines {
		if !marks[i].before(marks[i+1]) && !marks[i+1].before(marks[i+2]) {
			continue
		}
		if !marks[i+1].hangs() {
			if i > 0 && len(bytes.TrimSpace(lines[i-1])) > 0 {
				lines[i-1] = append(append([]byte{}, bytes.TrimRight(lines[i-1], " \t")...), "  "...) // a copy: the line shares data's bytes
			}
			changed = true
			continue
		}
		if !marks[i].before(marks[i+1]) { // a list begins
			bullet = listBullet(lines, i, marks)
		}
		at := len(l) - len(bytes.TrimLeft(l, " \t"))
		text := l[at:]
		if m := marks[i+1]; m.markdown { // "- 5. " would begin a list inside the item: a no-break space keeps "5." its mark
			text = append(append(append([]byte{}, text[:m.size]...), "\u00a0"...), bytes.TrimLeft(text[m.size:], " ")...)
		}
		lines[i], changed = append(append(append([]byte{}, l[:at]...), bullet...), text...), true
	}
	if !changed {
		return data
	}
	return bytes.Join(lines, []byte("\n"))
}

// listBullet is the Markdown bullet for the list of listed lines that begins at line i: one
// that neither the line before it nor the one after it (blank lines aside) begins with, so that
// Markdown does not read it as one list with theirs (١. ٢. then أ) ب), or a list written with
// "- ") and the items count on as written.
func listBullet(lines [][]byte, i int, marks []listed) string {
	end := i
	for end+1 < len(lines) && marks[end+1].before(marks[end+2]) {
		end++
	}
	near := func(from, step int) []byte {
		for k := from; k >= 0 && k < len(lines); k += step {
			if l := bytes.TrimLeft(lines[k], " \t"); len(l) > 0 {
				return l
			}
		}
		return nil
	}
	before, after := near(i-1, -1), near(end+1, 1)
	for _, b := range []string{"- ", "* ", "+ "} {
		if !bytes.HasPrefix(before, []byte(b)) && !bytes.HasPrefix(after, []byte(b)) {
			return b
		}
	}
	return "- "
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
	var last listed
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
		m := listedMark(line)
		if m.form == "" || !m.hangs() || len(marks) > 0 && !last.before(m) {
			return nil
		}
		marks, last = append(marks, string(line[:m.size])), m
	}
	return marks
}
