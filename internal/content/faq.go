package content

import (
	"bytes"
	"cmp"
	"fmt"
	neturl "net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/width"

	"haven/internal/diag"
)

// frontMatter is data with the front matter a site generator writes at its top (a --- line,
// "name: value" lines, a --- line) blanked, its lines kept so that every line after it keeps
// its number, and how many lines it took; 0 when it has none.
func frontMatter(data []byte) ([]byte, int) {
	if !bytes.HasPrefix(data, []byte("---\n")) {
		return data, 0
	}
	lines := bytes.Split(data, []byte("\n"))
	for i := 1; i < len(lines) && i <= 40; i++ {
		l := bytes.TrimSpace(lines[i])
		if string(l) == "---" {
			if i == 1 {
				return data, 0 // a rule, not a block
			}
			out := slices.Clone(data)
			for k := range len(bytes.Join(lines[:i+1], []byte("\n"))) { // to the closing --- line's end
				if out[k] != '\n' {
					out[k] = ' '
				}
			}
			return out, i + 1
		}
		if len(l) > 0 && !yamlKeyRE().Match(lines[i]) && !bytes.HasPrefix(l, []byte("- ")) && !bytes.HasPrefix(lines[i], []byte(" ")) {
			return data, 0 // not names and values: a rule above the text
		}
	}
	return data, 0
}

// parseFAQ reads faq.md: a '# ' title, introduction paragraphs, one '## ' heading per question
// (ending in a question mark) each followed by its answer, then optionally one '## ' heading
// that is not a question for the closing thoughts. Answers are paragraphs and lists (bulleted
// or numbered, nested one level), with emphasis, links and hard line breaks in them; HTML
// comments are dropped (one never closed is refused). What would not print as written (tables, images, raw HTML, code,
// quotes, smaller headings) is an error naming its line and what to write instead.
func parseFAQ(file string, data []byte) (FAQ, diag.Problems) {
	var faq FAQ
	data, p := readable(file, data)
	if p != nil {
		return faq, diag.Problems{*p}
	}
	data = normal(data)
	// a byte-order mark is not text; old Mac files end lines with CR alone
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	if len(bytes.TrimSpace(data)) == 0 { // said as such: "no title" would send the user looking for one
		return faq, diag.Problems{{File: file, Msg: "the file is empty",
			Hint: "write a line '# Title', a few lines of introduction, then each question on a line '## Question?' with its answer below; or " + freshCopy(file)}}
	}
	// text.yaml's text saved as faq.md: each of its '#' comments would be a second title
	if at := namedFields(data, reflect.TypeOf(Text{})); len(at) >= 2 {
		return faq, diag.Problems{{File: file, Line: at[0], Msg: "this looks like text.yaml's text ('name: value' lines)", Hint: "faq.md holds a '# ' title and '## ' questions, each followed by its answer; the texts go in text.yaml"}}
	}
	data, matter := frontMatter(data)
	data = firstLineTabs(data)
	data, strays := pastedBullets(data) // lines pasted from a word processor's list, read as one (before tabs are spaces: Word's "o<tab>" is a mark)
	data = tabsAsSpaces(data)
	data = listedLines(data) // lines lettered or numbered in a row (a. b. c.), read as a list
	f := &faqReader{file: file, src: data}
	if matter > 0 {
		f.warnings.Add(file, 1, "", fmt.Sprintf("lines 1 to %d, between --- lines, are a site generator's front matter, which haven does not print", matter),
			"the title is the line starting with '# '; delete those lines")
	}
	for _, line := range strays {
		f.ps.Add(file, line, "", "this line starts with Word's bullet of a list inside a list (\"o\" or \"§\" and a tab), but no item of a list is right above it: it would print as text, its mark and all",
			"write it as an item of its own, '- ' and its words, or indented under the item it belongs to, to put it inside it")
	}
	doc := markdown().Parse(text.NewReader(data))
	f.read(doc)
	f.definitions(doc)
	if len(f.ps) > 0 {
		return faq, f.ps
	}
	return f.assemble()
}

// firstLineTabs is data without the tab a word processor's first-line indent puts before a
// paragraph saved as text, which Markdown would read as code: one tab before text, after a
// blank line, where the last text above is no item of a list nor indented (where a tab nests
// or continues an item).
func firstLineTabs(data []byte) []byte {
	if !bytes.Contains(data, []byte("\n\t")) {
		return data
	}
	lines := bytes.Split(data, []byte("\n"))
	last := []byte(nil) // the last line with text above, as written
	for i, l := range lines {
		switch {
		case len(bytes.TrimSpace(l)) == 0:
			continue
		case i > 0 && len(bytes.TrimSpace(lines[i-1])) == 0 && len(l) > 1 && l[0] == '\t' && l[1] != '\t' && l[1] != ' ' &&
			!listItemRE().Match(l[1:]) && last != nil && last[0] != ' ' && last[0] != '\t' && !listItemRE().Match(last):
			lines[i] = l[1:]
		}
		last = lines[i]
	}
	return bytes.Join(lines, []byte("\n"))
}

// listItemRE begins an item of a list: a bullet or a number and a space.
var listItemRE = lazyRE(`^(?:[-*+]|\d{1,9}[.)])[ \t]`)

// tabsAsSpaces writes a tab inside a line's text (Word's "·<tab>item", a tab between words) as
// the one space Markdown and a web page show it as: no font prints a tab, and a page has no
// tab stops. A tab that indents a line is Markdown's, left as it is.
func tabsAsSpaces(data []byte) []byte {
	if !bytes.Contains(data, []byte("\t")) {
		return data
	}
	return innerTabRE().ReplaceAll(data, []byte("$1 "))
}

var innerTabRE = lazyRE(`([^\s])[ \t]*\t[ \t]*`)

type faqReader struct {
	file     string
	src      []byte
	ps       diag.Problems
	title    diag.Located
	untitled bool // text before the title: said once, and nothing more is read
	warnings diag.Problems
	intro    []Para
	sections []section
	// ownMark is the mark the next paragraph's text begins with that prints as its item's
	// mark (ownMarks), to leave out of its text
	ownMark string
	// listStart is whether the next paragraph is the first of a list's first item
	listStart bool
	// asText is the first question written as a paragraph or a numbered item, not as a
	// heading: its line, as written, and its question (Field), for a FAQ with none written so
	asText diag.Located
	// asked is the number of the last question, a heading's or a numbered item's that
	// prints as one of an answer: an item numbered next is the next question
	asked int
}

type section struct {
	line      int
	heading   string
	underline int // the line of the --- under it, for a heading written as text underlined
	paras     []Para
}

// line is the line a node starts on, from 1: its own first line of text, or its first
// child's (a table, a list), or its parent's (an inline node); a block with no text, such as
// a rule (* * *), where the parser opened it.
func (f *faqReader) line(n ast.Node) int {
	at := f.lineAt
	if _, ok := n.(*ast.FencedCodeBlock); ok && n.Lines().Len() > 0 {
		return at(n.Lines().At(0).Start) - 1 // the line of the opening ```
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() == 0 && !n.HasChildren() && n.Pos() >= 0 {
		return at(n.Pos())
	}
	for m := n; m != nil; m = m.Parent() {
		for c := m; c != nil; c = c.FirstChild() {
			if t, ok := c.(*ast.Text); ok {
				return at(t.Segment.Start)
			}
			if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
				return at(c.Lines().At(0).Start)
			}
		}
	}
	return 1
}

// lineAt is the line of the file a byte offset is on, from 1.
func (f *faqReader) lineAt(off int) int { return bytes.Count(f.src[:off], []byte("\n")) + 1 }

func (f *faqReader) refuse(n ast.Node, what, hint string) {
	f.ps.Add(f.file, f.line(n), "", what+" would not print as written", hint)
}

// read walks the document's blocks.
func (f *faqReader) read(doc ast.Node) {
	for n := doc.FirstChild(); n != nil && !f.untitled; n = n.NextSibling() {
		switch b := n.(type) {
		case *ast.Heading:
			f.heading(b)
		case *ast.Paragraph, *ast.TextBlock:
			f.para(b, "", 0)
		case *ast.List:
			f.list(b, 1)
		default:
			f.block(n)
		}
	}
}

// block refuses a block that is not printed, but for a comment, a note to the writers.
func (f *faqReader) block(n ast.Node) {
	switch b := n.(type) {
	case *ast.HTMLBlock:
		if b.HTMLBlockType == ast.HTMLBlockType2 {
			f.comment(b)
		} else {
			f.refuse(b, "HTML", "write plain text; for bold write **text**, for a link [text](https://...)")
		}
	case *table:
		f.refuse(n, "a table", "write each row as an item of a list ('- ' at the start of a line)")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		f.refuse(n, "a code block (text indented by 4 spaces or between ```)", "write it as a paragraph, starting at the left margin")
	case *ast.Blockquote:
		f.refuse(n, "a quote (a line starting with '>')", "write it as a paragraph, in quotation marks")
	case *ast.ThematicBreak:
		f.refuse(n, "a horizontal rule", "delete it; questions are set apart by their headings")
	case *ast.LinkReferenceDefinition:
		// "[1]: https://..." gives the address of a [text][1] link, printed and checked there;
		// one no link uses is refused (definitions)
	default:
		f.refuse(n, "this Markdown", "write paragraphs, lists and '## ' questions")
	}
}

// comment reads a block that begins with <!--, which prints nothing. Markdown reads it up to the
// end of the line where a --> closes it: one never closed takes every line after it (each
// later question and answer), and words after the --> on that line go with it. Either is
// refused, so that nothing drops out of the copies unsaid.
func (f *faqReader) comment(b *ast.HTMLBlock) {
	lines := b.Lines()
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if b.HasClosure() {
		stop = b.ClosureLine.Stop
	}
	for at := start; ; {
		open := bytes.Index(f.src[at:stop], []byte("<!--"))
		if open < 0 {
			open = stop - at
		}
		if words := strings.TrimSpace(string(f.src[at : at+open])); words != "" {
			f.ps.Add(f.file, f.lineAt(at), "", fmt.Sprintf("%s, after the comment's -->, would not print: Markdown reads the whole line a comment closes on as part of it", diag.Quote(words)),
				"put the words on a line of their own, under the comment")
		}
		if at += open; at == stop {
			return
		}
		end := bytes.Index(f.src[at+2:stop], []byte("-->")) // from its "--": <!--> and <!---> close where they open
		if end < 0 {
			f.neverClosed(at, stop, false)
			return
		}
		at += 2 + end + len("-->")
	}
}

// commentAsText refuses a comment's <!-- in a text (Markdown cuts the text at its "<"): a
// comment it read would not be text, so no --> closes this one in its paragraph.
func (f *faqReader) commentAsText(x *ast.Text) {
	for at := x.Segment.Start; ; at++ {
		i := bytes.IndexByte(f.src[at:x.Segment.Stop], '<')
		if i < 0 {
			return
		}
		if at += i; bytes.HasPrefix(f.src[at:], []byte("<!--")) && (at == 0 || f.src[at-1] != '\\') { // \<!-- prints as written, as asked
			f.neverClosed(at, at+len(bytes.SplitN(f.src[at:], []byte("\n"), 2)[0]), true)
			return
		}
	}
}

// neverClosed refuses the comment opened at src[at:] that nothing closes before stop, where
// what Markdown reads as the comment ends, or, inText, where the text it was read as ends.
func (f *faqReader) neverClosed(at, stop int, inText bool) {
	opener, _, _ := strings.Cut(string(f.src[at:stop]), "\n")
	line, last := f.lineAt(at), f.lineAt(at+len(bytes.TrimRight(f.src[at:stop], " \t\n"))-1)
	msg := fmt.Sprintf("the comment %s is never closed", diag.Quote(strings.TrimSpace(opener)))
	switch {
	case inText: // no --> in its paragraph: Markdown reads it as text
		msg += ": it would print as written"
	case last > line:
		msg += fmt.Sprintf(": lines %d to %d after it would not print, as Markdown reads them as part of it", line+1, last)
	}
	f.ps.Add(f.file, line, "", msg, "close it with --> where the note ends, or delete it")
}

// definitions refuses a line Markdown reads as the address of links written [words][label] or
// [label] ("[label]: address"), which prints nothing, when no link uses it: "[Office]:
// 614-276-2270" would drop the office's number from the copies. Of two lines of one label,
// links open the first's address, and the second is refused too.
func (f *faqReader) definitions(doc ast.Node) {
	if f.untitled {
		return // not read
	}
	used := map[string]bool{}
	var defs []*ast.LinkReferenceDefinition
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch x := n.(type) {
		case *ast.LinkReferenceDefinition:
			if entering {
				defs = append(defs, x)
			}
		case *ast.Link:
			if x.Reference != nil {
				used[util.ToLinkReference(x.Reference.Value)] = true
			}
		case *ast.Image: // refused as an image
			if x.Reference != nil {
				used[util.ToLinkReference(x.Reference.Value)] = true
			}
		}
		return ast.WalkContinue, nil
	})
	first := map[string]int{} // the line of each label's first definition
	for _, d := range defs {
		var typed []string
		for i := 0; i < d.Lines().Len(); i++ {
			seg := d.Lines().At(i)
			typed = append(typed, strings.TrimSpace(string(seg.Value(f.src))))
		}
		line, label, written := f.line(d), util.ToLinkReference(d.Label), strings.Join(typed, " ")
		if at, ok := first[label]; ok {
			f.ps.Add(f.file, line, "", fmt.Sprintf("%s gives again the address of links written [%s], which line %d gives: they open that one, and this line would not print", diag.Quote(written), d.Label, at),
				"delete one of the two lines, or give this one another label and use it in a link: [words][other label]")
			continue
		}
		first[label] = line
		if !used[label] {
			_, rest, _ := strings.Cut(written, "]:")
			f.ps.Add(f.file, line, "", fmt.Sprintf("%s is read as the address of links written [%s], and no link uses it: it would not print", diag.Quote(written), d.Label),
				fmt.Sprintf("to print it, write it as text, without the brackets: %s: %s; or write [words][%s] where a link should open it", d.Label, strings.TrimSpace(rest), d.Label))
		}
	}
}

func (f *faqReader) heading(h *ast.Heading) {
	line := f.line(h)
	marked := f.inline(h, nil, nil, nil)
	t := Unmark(marked) // headings are bold, in one face
	if strings.Contains(marked, ItalicOn) {
		f.warnings.Add(f.file, line, map[bool]string{true: "title", false: "question"}[h.Level == 1], "*emphasis* in a heading prints as plain text: headings print in bold, in one face",
			"take out the asterisks, or put the emphasis in the answer")
	}
	switch {
	case h.Level == 1 && f.title.Text == "" && strings.TrimSpace(t) == "":
		f.ps.Add(f.file, line, "title", "the title line '# ' has no words", "write the title after '# ', e.g. # Facts and FAQs on ...")
		f.untitled = true // said once: the text after it is not told as coming before a title
	case h.Level == 1 && f.title.Text == "":
		f.title = diag.Located{File: f.file, Line: line, Field: "title", Text: t}
	case h.Level == 1 && f.underline(h) == 0:
		f.ps.Add(f.file, line, "title", "a second title; only the first heading may be a '# ' title", "use '## ' for a question")
	case h.Level == 2 && f.title.Text == "":
		f.ps.Add(f.file, line, "title", "the file must start with the title, a line beginning with '# '", "")
		f.untitled = true
	case h.Level <= 2:
		if _, num := questionNumber(t); num > 0 {
			f.asked = num
		} else {
			f.asked++
		}
		// after the title, text underlined with === is what it is underlined with --- (Google
		// Docs' and some writers' way): a question, the closing heading, or (assemble) refused
		f.sections = append(f.sections, section{line: line, heading: t, underline: f.underline(h)})
	default:
		f.ps.Add(f.file, line, "", fmt.Sprintf("a level-%d heading would not print as written; only '# ' (title) and '## ' (question) headings are", h.Level), "make it a '## ' question, or bold text in a paragraph: **like this**")
	}
}

// underline is the line of the --- (or ===) under a heading written as text underlined, as
// Markdown reads a paragraph with such a line right under it; 0 for one written with #s.
func (f *faqReader) underline(h *ast.Heading) int {
	lines := h.Lines()
	if lines.Len() == 0 {
		return 0
	}
	first := lines.At(0).Start
	if bytes.HasPrefix(bytes.TrimLeft(f.src[bytes.LastIndexByte(f.src[:first], '\n')+1:first], " "), []byte("#")) {
		return 0
	}
	return f.lineAt(lines.At(lines.Len()-1).Start) + 1
}

// underlined refuses a paragraph (from its line) made a heading by the --- or === line under it
// (at), as a writer sets answers apart: the question above would lose its answer, and the
// paragraph would print as a heading, or be refused as a question or closing heading.
func (f *faqReader) underlined(at, line int) {
	rule := strings.TrimSpace(string(bytes.Split(f.src, []byte("\n"))[at-1]))
	f.ps.Add(f.file, at, "", fmt.Sprintf("the line %s right under the paragraph on line %d makes that paragraph a heading: Markdown reads such a line under text as underlining it", diag.Quote(rule), line),
		"delete the line: haven prints no lines across the page, and sets each question apart by its heading")
}

// para adds a paragraph, or a list item's, to the current section.
func (f *faqReader) para(n ast.Node, mark string, level int) {
	slipped := f.slips(n)
	if f.title.Text == "" {
		if !slipped {
			f.ps.Add(f.file, f.line(n), "title", "the file must start with the title, a line beginning with '# '", "e.g. # Facts and FAQs on ...")
		}
		f.untitled = true
		return
	}
	if slipped || f.unprinted(n, mark != "") {
		return
	}
	var links []Link
	var pieces []string
	var breaks []int
	t := f.inline(n, &links, &pieces, &breaks)
	if strings.TrimSpace(t) == "" {
		return // only a comment
	}
	if at, what, hint := unreadLink(t); what != "" {
		line := f.line(n)
		for _, b := range breaks {
			if b <= at {
				line++
			}
		}
		f.ps.Add(f.file, line, "", what, hint)
	}
	p := Para{Located: diag.Located{File: f.file, Line: f.line(n), Text: t}, Mark: mark, Level: level, ListStart: f.listStart, Links: links, pieces: pieces, breaks: breaks}
	q, ok := questionAsText(t)
	otherwise := ""
	if !ok && mark == "" && f.answered(n) {
		q, ok = askedAlone(t)
		otherwise = "; if the answer asks it, write it in one paragraph with the words after it"
	}
	numbered := mark != "" && numberedAlone(n)
	if numbered && !ok {
		q, ok = askedAlone(t)
		otherwise = ""
		// numbered next after the questions, it is the next even as more than one sentence
		// ("9) I'm deaf. How can I reach you?", "10) Do I have to be a U.S. citizen?")
		if !ok && itemNumber(n) == f.asked+1 {
			q, ok = strings.TrimSpace(Unmark(t)), isQuestion(t)
		}
	}
	asked := ok && (mark == "" || numbered) && n.Lines().Len() == 1
	if !asked && mark != "" {
		f.numberedYear(n, mark, t)
	}
	if asked {
		above, as := "the answer above", "a paragraph"
		if len(f.sections) == 0 {
			above = "the introduction"
		}
		written := Unmark(t)
		if numbered {
			written, as = mark+" "+written, "a numbered item"
		}
		f.warnings.Add(f.file, p.Line, "", fmt.Sprintf("%s prints as %s of %s, not as a question: only a line starting with '## ' is one", diag.Quote(written), as, above),
			"if it is a question, write it as its own line: ## "+q+otherwise)
		if f.asText.Text == "" {
			f.asText = diag.Located{Line: p.Line, Text: written, Field: q}
		}
		if numbered {
			f.asked = itemNumber(n)
		}
	} else if _, para := n.NextSibling().(*ast.Paragraph); f.asText.Text == "" && mark == "" && len(f.sections) == 0 && para && n.Lines().Len() == 1 {
		// a question alone on its line in a FAQ with no heading yet, its answer after it, as
		// a word processor's plain text writes them: named if no question is written as one
		if q, ok := askedAlone(t); ok {
			f.asText = diag.Located{Line: p.Line, Text: Unmark(t), Field: q}
		}
	} else if f.asText.Text == "" && mark != "" && len(breaks) > 0 {
		// an item whose first line asks and the next lines answer ("1. **Who can call?**" and
		// the answer under it, no blank line between): in an answer, a list; in a FAQ with no
		// question written as one, the way to write them
		if q, ok := questionAsText(strings.TrimSpace(t[:breaks[0]])); ok {
			f.asText = diag.Located{Line: p.Line, Text: mark + " " + strings.TrimSpace(Unmark(t[:breaks[0]])), Field: q}
		}
	}
	if mark == "" && len(breaks) > 0 {
		f.questionLines(n, p, breaks)
	}
	if len(f.sections) == 0 {
		f.intro = append(f.intro, p)
	} else {
		s := &f.sections[len(f.sections)-1]
		s.paras = append(s.paras, p)
	}
}

// questionLines warns of a question written as a line of a paragraph p of several lines
// (breaks: where each next line begins), which prints as a line of it: after "Q:" ("Q: Is it
// free?", and "A: Yes." on the line under it), or, in an answer, alone on a line with more of
// the paragraph after it (a question's heading left without its ##, its blank lines lost); a
// line wrapped on from the one before is none. A wholly bold line that asks, in the
// introduction, is named in a FAQ with no question written as one.
func (f *faqReader) questionLines(n ast.Node, p Para, breaks []int) {
	above := "the answer above"
	if len(f.sections) == 0 {
		above = "the introduction"
	}
	inAnswer := len(f.sections) > 0 && isQuestion(f.sections[len(f.sections)-1].heading)
	for k := 0; k <= len(breaks); k++ {
		from, to := 0, len(p.Text)
		if k > 0 {
			from = min(breaks[k-1], len(p.Text))
		}
		if k < len(breaks) {
			to = min(breaks[k], len(p.Text))
		}
		if from > 0 && p.Text[from-1] != '\n' {
			continue // a line of text wrapped: it prints on with the line before
		}
		line := strings.TrimSpace(p.Text[from:to])
		q, ok := askedAfterQ(line)
		otherwise := ", and its answer under it"
		if next := strings.TrimSpace(Unmark(p.Text[to:])); ok && (strings.HasPrefix(next, "A:") || strings.HasPrefix(next, "R:")) {
			otherwise += fmt.Sprintf(", without its %s", diag.Quote(next[:2]))
		}
		if alone := to == len(p.Text) || p.Text[to-1] == '\n'; !ok && alone && inAnswer && (k < len(breaks) || f.answered(n)) {
			q, ok = askedAlone(line)
			otherwise = "; if the answer asks it, write it on one line with the words after it"
		}
		if !ok {
			if q, bold := questionAsText(line); bold && f.asText.Text == "" && len(f.sections) == 0 {
				f.asText = diag.Located{Line: p.Line + k, Text: strings.TrimSpace(Unmark(line)), Field: q}
			}
			continue
		}
		written := strings.TrimSpace(Unmark(line))
		f.warnings.Add(f.file, p.Line+k, "", fmt.Sprintf("%s prints as a line of %s, not as a question: only a line starting with '## ' is one", diag.Quote(written), above),
			"if it is a question, write it as its own line: ## "+q+otherwise)
		if f.asText.Text == "" {
			f.asText = diag.Located{Line: p.Line + k, Text: written, Field: q}
		}
	}
}

// numberedYear warns of a paragraph that begins with a year or a count and a full stop ("2027.
// This year we are adding…", "1998. That's when…"), which Markdown reads as a list of one
// item numbered so: it would print as one, its number hung before it. A list of one item is
// one only from a number past 20, where no list of steps begins, and not going on from a list
// above it in its section ("3. Third step" after a paragraph that interrupts the list).
func (f *faqReader) numberedYear(n ast.Node, mark, t string) {
	item := n.Parent()
	l, ok := item.Parent().(*ast.List)
	if !ok || item.FirstChild() != n || !l.IsOrdered() || l.ChildCount() != 1 || l.Start <= 20 || l.Parent() == nil || l.Parent().Kind() != ast.KindDocument {
		return
	}
	for b := l.PreviousSibling(); b != nil; b = b.PreviousSibling() {
		if _, ok := b.(*ast.Heading); ok {
			break
		}
		if above, ok := b.(*ast.List); ok && above.IsOrdered() && above.Start+above.ChildCount() == l.Start {
			return
		}
	}
	first, _, _ := strings.Cut(Unmark(t), "\n")
	words := strings.Fields(first)
	if len(words) > 3 {
		words = append(words[:3], "…")
	}
	number := strings.TrimRight(mark, ".)")
	f.warnings.Add(f.file, f.line(n), "", fmt.Sprintf("%s prints as an item of a list, numbered %s, not as a sentence: Markdown reads a number and %s at the start of a paragraph as a list's", diag.Quote(mark+" "+first), number, map[bool]string{true: "a full stop", false: "a bracket"}[strings.HasSuffix(mark, ".")]),
		fmt.Sprintf("to print it as a sentence, write a backslash before the %s: %s\\%s %s", map[bool]string{true: "full stop", false: "bracket"}[strings.HasSuffix(mark, ".")], number, mark[len(number):], strings.Join(words, " ")))
}

// numberedAlone reports whether n, the paragraph of an item of an ordered list, is all there
// is of the list, a list in the FAQ's own flow, with text after it: a question written as
// Word numbers one ("3. Is the call free?"), its answer below, which Markdown reads as a list
// of one item. A list of several questions in an answer ("Ask yourself: 1. ... 2. ...") is
// a list.
func numberedAlone(n ast.Node) bool {
	item := n.Parent()
	if item == nil || item.ChildCount() != 1 {
		return false
	}
	l, ok := item.Parent().(*ast.List)
	if !ok || !l.IsOrdered() || l.ChildCount() != 1 || l.Parent() == nil || l.Parent().Kind() != ast.KindDocument {
		return false
	}
	switch l.NextSibling().(type) {
	case *ast.Paragraph, *ast.List:
		return true
	}
	return false
}

// itemNumber is the number of numberedAlone's item n, as written.
func itemNumber(n ast.Node) int { return n.Parent().Parent().(*ast.List).Start }

// questionAsText is the question a one-line paragraph t (as read, with its emphasis marks)
// was meant as, written as a Word or a web page's FAQ writes one: wholly bold ("**Are all
// victims taken by strangers?**") or after "Q:" (Spanish and Portuguese "P:"). Markdown reads
// it as text, and it would print inside the answer above, its question unnumbered and not in
// the contents.
func questionAsText(t string) (string, bool) {
	if q, ok := askedAfterQ(t); ok {
		return q, true
	}
	plain := strings.TrimSpace(Unmark(t))
	bare := strings.Trim(t, ItalicOn+ItalicOff) // ***bold italic*** is bold too
	asked := strings.HasPrefix(bare, BoldOn) && strings.HasSuffix(bare, BoldOff) && strings.Count(bare, BoldOn) == 1
	if _, prefixed := qPrefixed(plain); prefixed {
		return "", false // "Q: see below."
	}
	return plain, asked && plain != "" && isQuestion(plain)
}

// askedAfterQ is the question t (as read) asks after "Q:" (Spanish and Portuguese "P:"),
// bold or not.
func askedAfterQ(t string) (string, bool) {
	q, ok := qPrefixed(strings.TrimSpace(Unmark(t)))
	return q, ok && q != "" && isQuestion(q)
}

// qPrefixed is plain without the "Q:" or "P:" it begins with, if it does.
func qPrefixed(plain string) (string, bool) {
	for _, prefix := range []string{"Q:", "P:"} {
		if rest, ok := strings.CutPrefix(plain, prefix); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return plain, false
}

// answered reports whether the paragraph n is in the answer to a question, with more of the
// answer after it: a question alone on its line there (askedAlone) is most likely the next
// question, its heading's ## left off or its line of === deleted, and its answer below it.
func (f *faqReader) answered(n ast.Node) bool {
	if len(f.sections) == 0 || !isQuestion(f.sections[len(f.sections)-1].heading) {
		return false // the introduction, or the closing section: "Still unsure?" asks the reader
	}
	switch n.NextSibling().(type) {
	case *ast.Paragraph, *ast.List:
		return true
	}
	return false
}

// askedAlone is the question a paragraph t (as read) is, when it is one sentence and that a
// question, as a heading is written ("Can I bring my dog?"); "Not sure? Call us." is not.
func askedAlone(t string) (string, bool) {
	plain := strings.TrimSpace(Unmark(t))
	words := strings.Fields(plain)
	for _, w := range words[:max(len(words)-1, 0)] {
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(w, `"'”’»)]`)); strings.ContainsRune(".!"+questionMarks, r) {
			return "", false // a sentence ends before the last
		}
	}
	return plain, isQuestion(plain) && !askedByParticle(plain) // a Thai paragraph has no full stop to end a sentence
}

// unreadLink finds in t, a paragraph as read, a link Markdown did not read as one, which would
// print brackets and address as typed: "[our list](https://example.org/a b)" (a space in the
// address) or "[our list] (https://…)" (a space before the bracket). It gives where it
// begins, and what to say and do; "" when there is none.
func unreadLink(t string) (at int, what, hint string) {
	for from := 0; ; {
		i := strings.Index(t[from:], "]")
		if i < 0 {
			return 0, "", ""
		}
		i += from
		from = i + 1
		open := strings.LastIndex(t[:i], "[")
		rest, spaced := strings.CutPrefix(t[i+1:], " ")
		if open < 0 || !strings.HasPrefix(rest, "(") || !linkLike(rest[1:]) {
			continue
		}
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			end = len(rest) - 1
		}
		typed := t[open:i+1] + t[i+1:len(t)-len(rest)] + rest[:end+1]
		words, address := t[open+1:i], rest[1:end]
		switch {
		case spaced:
			return open, fmt.Sprintf("%s is not read as a link: a space stands between ] and (", diag.Quote(typed)),
				fmt.Sprintf("write them together: [%s](%s)", words, address)
		case strings.ContainsAny(address, " \t"):
			return open, fmt.Sprintf("%s is not read as a link: its address has a space", diag.Quote(typed)),
				"a web address has none: write %20 where the page's address really has one, or link the address as the page gives it"
		}
		return open, fmt.Sprintf("%s is not read as a link", diag.Quote(typed)),
			"write it as [words](https://example.org/page), the address whole, with no space or line break in it"
	}
}

// linkLike says whether s begins as a link's address does.
func linkLike(s string) bool {
	for _, p := range []string{"https://", "http://", "www.", "tel:", "sms:", "mailto:"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// hashesAgainst splits a line that starts with the #s of a heading and no space after them,
// "##Can minors…?", into its #s and the rest. Markdown reads it as text, and it would print,
// #s and all, in the answer above. (It reads as ^(#{1,6})([^#\s].*)$ would.)
func hashesAgainst(l string) (hashes, rest string, ok bool) {
	n := len(l) - len(strings.TrimLeft(l, "#"))
	if n < 1 || n > 6 || n == len(l) || strings.ContainsRune(" \t\n\f\r", rune(l[n])) || strings.Contains(l, "\n") {
		return "", "", false
	}
	return l[:n], l[n:], true
}

// listMarkAgainst is whether a line starts with a list item's mark and no space after it:
// "-cash". (It reads as ^[-*+]\pL.*$ would.)
func listMarkAgainst(l string) bool {
	if l == "" || !strings.ContainsRune("-*+", rune(l[0])) || strings.Contains(l, "\n") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l[1:])
	return unicode.IsLetter(r)
}

// slips refuses the lines of a paragraph that were meant as a heading or a list and would print
// as text, their marks and all: a '#' run right against a word (one '#' only before the title
// or for a question, so that "#211" and a hashtag stay text), or two or more lines starting with
// the same list mark against a word. It reports whether it refused one.
func (f *faqReader) slips(n ast.Node) bool {
	lines := n.Lines()
	marks := map[byte]int{}
	first := map[byte]int{}
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := strings.TrimSpace(string(seg.Value(f.src)))
		line := f.lineAt(seg.Start)
		if hashes, rest, ok := hashesAgainst(l); ok && (len(hashes) > 1 || unicode.IsLetter([]rune(rest)[0]) && (f.title.Text == "" || isQuestion(l))) {
			against, space := fmt.Sprintf("with no space after its %s", hashes), "a space"
			if r, size := utf8.DecodeRuneInString(rest); unicode.IsSpace(r) { // a no-break space (Option-Space on a Mac)
				against = fmt.Sprintf("with %s (U+%04X) after its %s, which Markdown does not read as a space", spaceName(r), r, hashes)
				rest, space = strings.TrimLeftFunc(rest[size:], unicode.IsSpace), "an ordinary space"
			}
			f.ps.Add(f.file, line, "", fmt.Sprintf("%s, %s, would not print as written: it prints as text, %s and all", diag.Quote(l), against, hashes),
				fmt.Sprintf("%s needs %s after it: %s %s", hashes, space, hashes, rest))
			return true
		}
		if listMarkAgainst(l) {
			if marks[l[0]]++; marks[l[0]] == 1 {
				first[l[0]] = i
			}
		}
	}
	for _, c := range []byte("-*+") {
		if marks[c] < 2 {
			continue
		}
		seg := lines.At(first[c])
		l := strings.TrimSpace(string(seg.Value(f.src)))
		line := f.lineAt(seg.Start)
		f.ps.Add(f.file, line, "", fmt.Sprintf("%s and the lines below it that start with '%c', with no space after it, would not print as a list: they print as one paragraph, each '%c' and all", diag.Quote(l), c, c),
			fmt.Sprintf("a list item needs a space after its %c: %c %s", c, c, l[1:]))
		return true
	}
	return false
}

// unprinted refuses GitHub's footnotes ([^1]) and a list item's checkbox ([ ], [x]), which
// people write by habit and which would print as their brackets. It reports whether it
// refused one.
func (f *faqReader) unprinted(n ast.Node, item bool) bool {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := strings.TrimSpace(string(seg.Value(f.src)))
		if m := footnoteRE().FindString(l); m != "" {
			f.ps.Add(f.file, f.lineAt(seg.Start), "", fmt.Sprintf("the footnote %s would print as written: haven prints no footnotes", m),
				"write the note in the text, in brackets after the sentence it belongs to")
			return true
		}
		if i == 0 && item && len(l) >= 3 && l[0] == '[' && strings.IndexByte(" xX", l[1]) >= 0 && l[2] == ']' {
			f.ps.Add(f.file, f.lineAt(seg.Start), "", fmt.Sprintf("the checkbox %s would print as written", l[:3]),
				"take it out: haven prints each item of a list with a bullet")
			return true
		}
	}
	return false
}

var footnoteRE = lazyRE(`\[\^[^\]\s]+\]`)

// ListBullet and ListDash mark the items of a list and of a list inside one; an ordered list's
// are numbered.
const ListBullet, ListDash = "•", "–"

// list adds each item of a list; a list inside an item is one level deeper, and no deeper.
func (f *faqReader) list(l *ast.List, level int) {
	if level > 2 {
		f.refuse(l, "a list inside a list inside a list", "keep lists to two levels")
		return
	}
	num := l.Start
	own := ownMarks(l, f.src)
	written := -1 // the number the item before was written with
	for i, it := 0, l.FirstChild(); it != nil; i, it = i+1, it.NextSibling() {
		mark := ListBullet
		if level == 2 {
			mark = ListDash
		}
		restart := false
		if l.IsOrdered() {
			// "1. 2." then, after a blank line, "1. ...": Markdown reads one list on, numbered
			// 3; the writer began another (a number written lower than the one before; not
			// "1. 1. 1.", which numbers itself)
			if n, ok := writtenNumber(it, f.src); ok {
				if i > 0 && n < written {
					num, restart = n, true
				}
				written = n
			}
			mark = strconv.Itoa(num) + string(l.Marker)
			num++
		}
		first := true
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			switch b := c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				m := mark
				if !first {
					m = "" // a second paragraph of the item: indented, with no mark
				} else if own != nil {
					m, f.ownMark = own[i], own[i]
				}
				f.listStart = (i == 0 || restart) && first
				f.para(b, m, level)
				f.ownMark, f.listStart = "", false
				first = false
			case *ast.List:
				f.list(b, level+1)
			default:
				f.block(c)
			}
		}
	}
}

// writtenNumber is the number an item of a numbered list is written with in src ("12." of
// "12. Call us"): the digits before its mark on the line its text begins.
func writtenNumber(item ast.Node, src []byte) (int, bool) {
	var start = -1
	ast.Walk(item, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering && start < 0 {
			start = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if start < 0 || start > len(src) {
		return 0, false
	}
	line := src[bytes.LastIndexByte(src[:start], '\n')+1 : start]
	digits := bytes.TrimLeft(line, " \t")
	end := 0
	for end < len(digits) && end < 9 && digits[end] >= '0' && digits[end] <= '9' {
		end++
	}
	if end == 0 || end == len(digits) || digits[end] != '.' && digits[end] != ')' {
		return 0, false
	}
	n, err := strconv.Atoi(string(digits[:end]))
	return n, err == nil
}

// inline is the printed text of a block's inline content: bold between BoldOn and BoldOff,
// italic between ItalicOn and ItalicOff (***both*** nested), links as their text (added to
// links, if any), a soft line break as a space (in a paragraph, as a new line where the writer
// ended the line: typedApart), a hard one as a new line, entities (&amp;) and
// backslash escapes as the characters they stand for, comments dropped; images, raw HTML,
// code and strikethrough refused. pieces, if any, is the text cut at the end of each link, so
// that the paper copy can print the link's address there once the placeholders are filled in;
// breaks, if any, where in the text each next line of the file begins.
func (f *faqReader) inline(n ast.Node, links *[]Link, pieces *[]string, breaks *[]int) string {
	var b strings.Builder
	var starts, ends []int // where each link's text begins and ends in b
	var textAt []int       // where each text node begins in b, and the node (for its line)
	var textNodes []ast.Node
	var lines []int
	soft := -1 // where the space of the last soft line break ends, while nothing follows it
	apart := f.typedApart(n, breaks != nil)
	var opened []emphasisRun
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch x := c.(type) {
			case *ast.Text:
				text := characters(x.Segment.Value(f.src))
				if bytes.IndexByte(text, 0xEF) >= 0 && bytes.ContainsAny(text, "｛｝") { // both begin with byte 0xEF: ContainsAny alone decodes every rune
					text = []byte(foldBraces(string(text)))
				}
				f.entities(x, text)
				f.unclosed(x, &opened)
				f.commentAsText(x)
				if b.Len() == soft && numberGoesOn(b.String()[:soft-1], text) {
					// a number broken at its dash across two lines of the file is one number
					joined := b.String()[:soft-1]
					b.Reset()
					b.WriteString(joined)
					lines[len(lines)-1]--
				}
				soft = -1
				textAt, textNodes = append(textAt, b.Len()), append(textNodes, x)
				b.Write(text)
				switch {
				case x.HardLineBreak():
					b.WriteString("\n")
					lines = append(lines, b.Len())
				case x.SoftLineBreak() && apart(x):
					b.WriteString("\n") // a line the writer ended, as a hard break is
					soft = b.Len()
					lines = append(lines, b.Len())
				case x.SoftLineBreak():
					b.WriteString(" ")
					soft = b.Len()
					lines = append(lines, b.Len())
				}
			case *ast.String:
				b.Write(x.Value)
			case *ast.CodeSpan:
				code := ""
				for t := x.FirstChild(); t != nil; t = t.NextSibling() {
					if t, ok := t.(*ast.Text); ok {
						code += string(t.Segment.Value(f.src))
					}
				}
				f.refuse(x, fmt.Sprintf("code (%s)", diag.Quote("`"+code+"`")), "take out the backticks; to stress words, write **bold**")
			case *ast.RawHTML:
				raw := ""
				for i := 0; i < x.Segments.Len(); i++ {
					seg := x.Segments.At(i)
					raw += string(seg.Value(f.src))
				}
				if !strings.HasPrefix(raw, "<!--") && !strings.HasPrefix(raw, "</") { // one message a tag
					f.refuse(n, fmt.Sprintf("the HTML %q", raw), "write plain text; for bold write **text**, for a link [text](https://...)")
				}
			case *ast.Image:
				f.refuse(n, "an image", "describe it in words; a logo goes in settings.yaml")
			case *strike:
				f.refuse(n, "struck-through text (~~...~~)", "delete the text, or keep it without the ~~")
			case *ast.AutoLink:
				label := string(x.Label(f.src))
				start := b.Len()
				b.WriteString(label)
				url := label
				if x.AutoLinkType == ast.AutoLinkEmail {
					url = "mailto:" + label
				}
				if f.link(n, label, url, links) {
					starts, ends = append(starts, start), append(ends, b.Len())
				}
			case *ast.Link:
				start := b.Len()
				walk(x)
				if f.link(x, Unmark(b.String()[start:]), string(characters(x.Destination)), links) {
					starts, ends = append(starts, start), append(ends, b.Len())
				}
			case *ast.Emphasis:
				on, off := ItalicOn, ItalicOff
				if x.Level == 2 {
					on, off = BoldOn, BoldOff
				}
				b.WriteString(on)
				walk(x)
				b.WriteString(off)
			default:
				walk(c)
			}
		}
	}
	walk(n)
	for _, o := range opened {
		f.neverClosedRun(o)
	}
	s := b.String()
	if links != nil && len(*links) == len(ends) { // an answer's: a heading's words print alone
		f.bareLinks(s, starts, ends, textAt, textNodes, links, &ends)
	}
	if ref := unresolvedRef(s); ref != nil {
		label := cmp.Or(ref[2], ref[1])
		f.ps.Add(f.file, f.line(n), "", fmt.Sprintf("the reference-style link %s has no line [%s]: giving its address, so it would print with its brackets", diag.Quote(ref[0]), label),
			fmt.Sprintf("add a line '[%s]: https://...' under the paragraph, or write the address in the link: [%s](https://...)", label, ref[1]))
	}
	if mark := f.ownMark; mark != "" && strings.HasPrefix(strings.TrimLeft(s, " \t\n"), mark) && (len(starts) == 0 || starts[0] >= len(mark)) {
		// the item's own mark prints as its mark: the text, its links' ends and its lines
		// begin after it
		cut := len(s) - len(strings.TrimLeftFunc(strings.TrimLeft(s, " \t\n")[len(mark):], spaceOrTab))
		s = s[cut:]
		for i := range ends {
			ends[i] = max(0, ends[i]-cut)
		}
		for i := range lines {
			lines[i] = max(0, lines[i]-cut)
		}
	}
	if pieces != nil && links != nil && len(*links) == len(ends) {
		from := 0
		for _, end := range ends {
			end = min(end, len(s)) // a soft line break the link ended in may have been taken back
			*pieces = append(*pieces, s[from:end])
			from = end
		}
		*pieces = append(*pieces, s[from:])
	}
	if breaks != nil {
		lead := len(s) - len(strings.TrimLeft(s, " \t\n"))
		for _, l := range lines {
			*breaks = append(*breaks, max(0, l-lead))
		}
	}
	return strings.TrimSpace(s)
}

// bareLinks makes each web address s, a paragraph's text, writes outside its links
// (https://example.org/help, www.example.org/help) a link that opens exactly what it shows, its
// https:// added where it has none, and each email address (help@example.org) a mailto: link, checked as every link is (f.link, then FAQ.links: the
// words show the address it opens, one slip from the organisation's is refused). It adds them
// to links and their ends to ends, in the order the text reads. An http:// address is left as
// text (a link would open an insecure page; FAQ.links' checks leave it to the writer), and so is
// an address without www. or a scheme ("example.org"): "safety.Call" (.call is a domain) and
// "Node.js" read like one, and a tap would open a stranger's site. An address that runs into
// emphasis marks or that CheckURL refuses stays text too: its link would open something else
// than it shows, or nothing.
func (f *faqReader) bareLinks(s string, starts, ends, textAt []int, textNodes []ast.Node, links *[]Link, out *[]int) {
	f.insecure(s, starts, ends, textAt, textNodes)
	if l := strings.ToLower(s); !strings.Contains(l, "https://") && !strings.Contains(l, "www.") && !strings.Contains(l, "@") {
		return // none here: the pattern need not be compiled, nor run
	}
	type placed struct {
		l   Link
		end int
	}
	var all []placed
	for i, l := range *links {
		all = append(all, placed{l, ends[i]})
	}
	added := false
	// add links the address s[at:end] as url, unless it is in a link of the writer's
	add := func(at, end int, url string) {
		for i := range starts {
			if at < ends[i] && end > starts[i] {
				return
			}
		}
		node := textNodes[0]
		for i, t := range textAt {
			if t <= at {
				node = textNodes[i]
			}
		}
		n := len(*links)
		if f.link(node, s[at:end], url, links) {
			(*links)[n].bare = true
			all, added = append(all, placed{(*links)[n], end}), true
		}
	}
	marks := BoldOn + BoldOff + ItalicOn + ItalicOff
	for _, m := range bareAddressRE().FindAllStringIndex(s, -1) {
		at, end := m[0], bareAddressEnd(s, m[0], m[1])
		if r, _ := utf8.DecodeLastRuneInString(s[:at]); at > 0 && !unicode.IsSpace(r) && !strings.ContainsRune("(\"'“‘«["+marks, r) && !Unbroken(r) {
			continue // inside a word or an address: "a/www.x.org"; not after 请访问, written without a space
		}
		// emphasis that the address runs on into ("www.example.org/*page*"): it prints whole, and
		// its link would open only a part
		if rest := strings.TrimLeft(s[m[1]:], marks); len(rest) < len(s[m[1]:]) && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsSpace(r) && !strings.ContainsRune(".,;:!?)'\"”’»", r) {
				continue
			}
		}
		label := s[at:end]
		url := label
		if !strings.HasPrefix(strings.ToLower(url), "https://") {
			url = "https://" + url
		}
		if !readsAsAddress(label) || CheckURL(strings.Split(url, "#")[0]) != "" {
			continue // no address a link can open
		}
		add(at, end, url)
	}
	// an email address (help@example.org, 发邮件至help@mission.org即可) opens an email to it
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '@')
		if k < 0 {
			break
		}
		from, to := strings.LastIndexFunc(s[:i+k], unicode.IsSpace)+1, len(s)
		if n := strings.IndexFunc(s[i+k:], unicode.IsSpace); n >= 0 {
			to = i + k + n
		}
		i = to
		if mail := mailIn(s[from:to]); mail != "" {
			at := from + strings.Index(s[from:to], mail)
			add(at, at+len(mail), "mailto:"+mail)
		}
	}
	if !added {
		return
	}
	slices.SortStableFunc(all, func(a, b placed) int { return a.end - b.end })
	*links, *out = (*links)[:0], (*out)[:0]
	for _, p := range all {
		*links, *out = append(*links, p.l), append(*out, p.end)
	}
}

// insecure warns of an http:// address written outside a link in s, a paragraph's text
// (textAt and textNodes where each text node begins): it prints, but is no link, since a tap
// would open an insecure page, which some phones refuse and anyone on the network can read.
func (f *faqReader) insecure(s string, starts, ends, textAt []int, textNodes []ast.Node) {
	const scheme = "http://"
	if !strings.Contains(s, "://") { // most paragraphs
		return
	}
	for from := 0; ; {
		i := indexFold(s[from:], scheme)
		if i < 0 {
			return
		}
		at := from + i
		from = at + len(scheme)
		inLink := false
		for k := range starts {
			inLink = inLink || at >= starts[k] && at < ends[k]
		}
		if inLink {
			continue // a link's words: its address is checked as the link's
		}
		end := bareAddressEnd(s, at, at+strings.IndexFunc(s[at:]+" ", unicode.IsSpace))
		node := textNodes[0]
		for k, t := range textAt {
			if t <= at {
				node = textNodes[k]
			}
		}
		f.warnings.Add(f.file, f.line(node), "", fmt.Sprintf("%s prints as text, not a link: an http:// address opens an insecure page", diag.Quote(s[at:end])),
			"if the site answers at https:// (most do), write https://"+s[at+len(scheme):end])
	}
}

// bareAddressRE is the start of a web address written without a link: https:// or www. and
// what follows up to a space, or to the punctuation of a script that puts none after it (the
// Chinese and Japanese full stop and comma, full-width marks, the Arabic comma, the danda).
var bareAddressRE = lazyRE(`(?i)(?:https://|www\.)[^\s<>"“”‘’«»\x{E000}-\x{E003}\x{3000}-\x{303F}\x{FF00}-\x{FF65}\x{060C}\x{061B}\x{061F}\x{0964}\x{0965}]+`)

// bareAddressEnd is where an address found at s[at:end] ends: without the punctuation that
// ends the sentence after it ("Visit www.example.org."), nor a closing bracket it does not open.
func bareAddressEnd(s string, at, end int) int {
	for end > at {
		c := s[end-1]
		if strings.IndexByte(".,;:!?'*_", c) >= 0 || c == ')' && strings.Count(s[at:end], "(") < strings.Count(s[at:end], ")") {
			end--
			continue
		}
		break
	}
	return end
}

// unresolvedRefRE is a reference-style link, [text][label] or [text][], left as text because
// no "[label]: address" line defines it: it would print with its brackets.
var unresolvedRefRE = lazyRE(`\[([^\[\]]+)\]\[([^\[\]]*)\]`)

// unresolvedRef is unresolvedRefRE's first match in s, looked for only where "][" stands.
func unresolvedRef(s string) []string {
	if !strings.Contains(s, "][") {
		return nil
	}
	return unresolvedRefRE().FindStringSubmatch(s)
}

// characters is text as CommonMark reads it: an entity (&amp;, &nbsp;, &#8212;) is the
// character it names and a backslash escape (\*) the character escaped.
func characters(text []byte) []byte {
	if bytes.IndexByte(text, '&') < 0 && bytes.IndexByte(text, '\\') < 0 {
		return text
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(text)))
}

// entityRE is a character reference as CommonMark reads one: &name;, &#decimal; or &#xhex;.
var entityRE = lazyRE(`&(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});`)

// entities refuses a character reference of a text that stands for nothing that prints
// (&#0;, a lone surrogate &#xD800;: CommonMark reads them as U+FFFD, a box on paper), or for a
// character the file may not have typed in (an invisible &#x200B;, a control character), with
// what it stands for, as checkText would say of the character itself. decoded is the text read.
func (f *faqReader) entities(x *ast.Text, decoded []byte) {
	raw := x.Segment.Value(f.src)
	if bytes.Equal(raw, decoded) {
		return
	}
	for _, at := range entityRE().FindAllIndex(raw, -1) {
		e := raw[at[0]:at[1]]
		c := characters(e)
		r, _ := utf8.DecodeRune(c)
		what, hint := refusedRune(r)
		switch {
		case bytes.Equal(c, e): // not a name CommonMark knows: printed as written
			continue
		case r == 0x200B && unbrokenAround(raw[:at[0]], raw[at[1]:]): // where a Thai line may break
			continue
		case r == utf8.RuneError:
			what, hint = "no character that prints: it would print as a box (U+FFFD)", "write the character itself, or the right number (&#8212; for —)"
		case what == "":
			continue
		}
		f.ps.Add(f.file, f.line(x), "", fmt.Sprintf("the character reference %s stands for %s", e, what), hint)
	}
}

// emphasisRun is a run of * or _ that Markdown left as text, where it opens emphasis against
// a word: its marks, and where they are in the file.
type emphasisRun struct {
	run        string
	start, end int
}

// emphasis is what a run of n marks stands for.
func emphasis(run string) string {
	if len(run) == 1 {
		return "italic"
	}
	return "bold"
}

// unclosed refuses a run of * or _ that Markdown prints as written: one that opens emphasis
// against a word ("No. **Most victims", "*safe first"), said when its paragraph has been read
// (neverClosedRun), or, where a run like it opens again after a space, there ("**Important:
// **bring": the writer's closing one, which Markdown reads as opening, after a space); and one
// that closes emphasis nothing opened ("Call now** today"), unless it is a footnote's mark
// ("24/7*" with a note that begins "*"). Runs are read as CommonMark's left- and right-flanking
// ones: a run inside a word ("f*ck", "my_name@example.org", "a_b_c") or between spaces ("2 *
// 3") opens and closes nothing, and is left alone; so is a note's * at the start of a line, in
// a file with a footnote's mark. opened holds the paragraph's runs still open.
func (f *faqReader) unclosed(x *ast.Text, opened *[]emphasisRun) {
	raw := x.Segment.Value(f.src)
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '\\' {
			i++ // an escaped character prints as itself
			continue
		}
		if c != '*' && c != '_' {
			continue
		}
		end := i
		for end < len(raw) && raw[end] == c {
			end++
		}
		run := string(raw[i:end])
		before := rune(' ')
		if i > 0 {
			before, _ = utf8.DecodeLastRune(raw[:i])
		} else if at := x.Segment.Start; at > 0 {
			before, _ = utf8.DecodeLastRune(f.src[:at])
		}
		after, size := utf8.DecodeRune(f.src[x.Segment.Start+end:]) // a run left alone is a Text of its own
		start := x.Segment.Start + i
		i = end - 1
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		opens := word(after) && (unicode.IsSpace(before) || unicode.IsPunct(before) && before != rune(c))
		if w := strings.TrimRight(firstWord(f.src[x.Segment.Start+end:]), ".,;:!?)\"”’"); len(run) == 1 &&
			(!unicode.IsLetter(after) || c == '_' && (before == '@' || strings.ContainsAny(w, "./@_"))) {
			// a star before digits is a phone's code (*67 hides the caller's number), an
			// underscore before a file's or a handle's name is part of it (_draft.docx, @_haven)
			opens = false
		}
		closes := (word(before) || unicode.IsPunct(before) && before != rune(c)) && (size == 0 || unicode.IsSpace(after) || unicode.IsPunct(after) && after != rune(c))
		if len(run) == 1 && (!unicode.IsLetter(before) || !unicode.IsSpace(after) && size > 0 && !strings.ContainsRune(".,;:!?", after)) {
			// an italic's end is a word's, followed by a space or a sentence's end: "24/7*" and
			// "strangers?*" are footnotes' marks, "a_(b)" is part of an address
			closes = false
		}
		note := run == "*" && before == '\n' && footnoteMarkRE().Match(f.src) // "*Some shelters close on holidays."
		if len(run) > 3 || !opens && !closes || closes && f.footnote(run) || opens && note || f.inAddressAt(start) {
			continue
		}
		line := f.lineAt(start)
		if !opens {
			last := string(f.src[x.Segment.Start:start])
			if sp := strings.LastIndexAny(last, " \n"); sp >= 0 {
				last = last[sp+1:]
			}
			f.ps.Add(f.file, line, "", fmt.Sprintf("the %s after %s closes %s that nothing opened: it would not print as written, but as %s", run, diag.Quote(last), emphasis(run), diag.Quote(last+run)),
				fmt.Sprintf("put %s before the first word to print in %s, or remove this %s; to print it, write %s", run, emphasis(run), run, strings.Repeat("\\"+string(c), len(run))))
			continue
		}
		k := slices.IndexFunc(*opened, func(o emphasisRun) bool { return o.run == run })
		if k < 0 || !unicode.IsSpace(before) {
			*opened = append(*opened, emphasisRun{run, start, end + x.Segment.Start})
			continue
		}
		// the run the writer meant to close the one opened before it, after a space
		o := (*opened)[k]
		*opened = slices.Delete(*opened, k, k+1)
		words := strings.Join(strings.Fields(string(f.src[o.end:start])), " ")
		f.ps.Add(f.file, line, "", fmt.Sprintf("the %s before %s comes after a space, so it does not close the %s opened by the %s before %s: it would not print as written, but as %s",
			run, diag.Quote(firstWord(f.src[start+len(run):])), emphasis(run), run, diag.Quote(firstWord(f.src[o.end:])), diag.Quote(run+words+" "+run+firstWord(f.src[start+len(run):]))),
			fmt.Sprintf("write the %s against the last word it closes, and the space after it: %s", run, diag.Quote(run+words+run+" "+firstWord(f.src[start+len(run):]))))
	}
}

// neverClosedRun refuses a run of * or _ that opened emphasis in a paragraph nothing closed.
func (f *faqReader) neverClosedRun(o emphasisRun) {
	word1, run := firstWord(f.src[o.end:]), o.run
	f.ps.Add(f.file, f.lineAt(o.start), "", fmt.Sprintf("the %s before %s opens %s and nothing closes it: it would not print as written, but as %s", run, diag.Quote(word1), emphasis(run), diag.Quote(run+word1)),
		fmt.Sprintf("close the %s with %s after its last word, or remove the %s; to print it, write %s", emphasis(run), run, run, strings.Repeat("\\"+run[:1], len(run))))
}

// inAddressAt is whether the file's byte at is inside a web address on its line, which prints
// as written ("example.org/_layouts/a_(b)").
func (f *faqReader) inAddressAt(at int) bool {
	from := bytes.LastIndexByte(f.src[:at], '\n') + 1
	to := len(f.src)
	if n := bytes.IndexByte(f.src[at:], '\n'); n >= 0 {
		to = at + n
	}
	return inAddress(string(f.src[from:to]), at-from)
}

// firstWord is the text of src up to its first space or line end.
func firstWord(src []byte) string {
	w, _, _ := strings.Cut(string(src[:min(len(src), 200)]), " ")
	w, _, _ = strings.Cut(w, "\n")
	return w
}

// footnoteMarkRE is a * against the end of a word, as a footnote's mark is ("24/7*.").
var footnoteMarkRE = lazyRE(`[^\s*\\]\*(?:[\s.,;:!?)]|$)`)

// footnote reports whether a line of the file begins as the footnote a mark in the text refers
// to does: with the mark and a space ("** Open on weekdays only."), a single * against its word
// ("*Some shelters close", as "* " begins a list's item), or the mark escaped.
func (f *faqReader) footnote(mark string) bool {
	escaped := []byte(strings.Repeat("\\"+mark[:1], len(mark)))
	for _, l := range bytes.Split(f.src, []byte("\n")) {
		l = bytes.TrimLeft(l, " ")
		rest, ok := bytes.CutPrefix(l, []byte(mark))
		if ok && len(rest) > 0 && (len(mark) > 1) == (rest[0] == ' ') && rest[0] != mark[0] || bytes.HasPrefix(l, escaped) {
			return true
		}
	}
	return false
}

// typedApart says, for a paragraph n (para: not a heading, whose words print on one line),
// whether the writer ended the line a soft line break (x) ends by choice, as opening hours
// typed a day a line and an address in three lines are, which Markdown would run together: the
// next line's first word would have fitted on it, at the paragraph's width (its widest line
// with a space in it, 60 columns at least), and it is short, three fifths of that width at
// most. A paragraph an editor or an e-mail wrapped never leaves such room (a line alone wider
// than the rest is one long word: a web address), and one wrapped by hand, unevenly, has lines
// longer than that; each is joined as Markdown joins it. A line break in a link's words is a
// space still.
func (f *faqReader) typedApart(n ast.Node, para bool) func(x *ast.Text) bool {
	lines := n.Lines()
	if !para || lines.Len() < 2 {
		return func(*ast.Text) bool { return false }
	}
	typed := make([]string, lines.Len()) // each line as written, from the start of its line of the file
	wide := 60
	for i := range typed {
		seg := lines.At(i)
		typed[i] = strings.TrimRight(string(f.src[bytes.LastIndexByte(f.src[:seg.Start], '\n')+1:seg.Stop]), " \t\n")
		if w := columns(typed[i]); w > wide && strings.ContainsAny(strings.TrimSpace(typed[i]), " \t") {
			wide = w
		}
	}
	return func(x *ast.Text) bool {
		for p := x.Parent(); p != nil && p != n; p = p.Parent() {
			if _, ok := p.(*ast.Link); ok {
				return false
			}
		}
		for i := 0; i+1 < lines.Len(); i++ {
			if seg := lines.At(i); x.Segment.Stop >= seg.Start && x.Segment.Stop < seg.Stop {
				next := strings.TrimSpace(typed[i+1])
				w := columns(typed[i])
				return w <= wide*3/5 && w+1+columns(firstWord([]byte(next))) <= wide && !numberAcross(typed[i], next)
			}
		}
		return false
	}
}

// numberAcross says whether a line ends where a number may go on in the next, which begins
// with a digit: "(888)" and "373-7888", "*1-888-*" and "373-7888", bold or italic around
// them. It prints on one line, as Markdown joins it (numberGoesOn joins "1-888-" and
// "373-7888" whole), not broken where the file's line ends.
func numberAcross(line, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, "*_"))
	n, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, "*_("))
	return unicode.IsDigit(n) && (unicode.IsDigit(r) || r == ')' || r == '-')
}

// columns is how many columns s takes in a plain text editor: a wide (Chinese, Japanese,
// Korean) character two, an accent or an invisible character none.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch k := width.LookupRune(r).Kind(); {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case k == width.EastAsianWide || k == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// numberGoesOn says whether a line of a paragraph that ends before next begins is a number
// written on across the line end: a digit and a dash before it, a digit after ("1-888-" and
// "373-7888"), or a digit before and a dash and a digit after. Markdown joins the lines with a
// space, which would print a number with a gap in it, and break the line there.
func numberGoesOn(before string, next []byte) bool {
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	n := len(before)
	switch {
	case n >= 2 && before[n-1] == '-' && digit(before[n-2]):
		return len(next) > 0 && digit(next[0])
	case n >= 1 && digit(before[n-1]):
		return len(next) > 1 && next[0] == '-' && digit(next[1])
	}
	return false
}

// telRE is a tel: or sms: link a phone can open: digits, with a + and dashes; or a call to a
// short line dialled with # (tel:#8008, in Japan), as haven links one.
var telRE = lazyRE(`^(tel|sms):\+?[0-9][0-9-]{2,20}$|^tel:#[0-9]{3,6}$`)

// unescapeDial undoes the percent-encoding of a tel: or sms: link, which RFC 3966 allows for
// any character ("tel:%2B18883737888" is tel:+18883737888), so the number is checked as the
// one a phone dials; ok is false for a % that encodes nothing.
func unescapeDial(link string) (string, bool) {
	if !strings.Contains(link, "%") {
		return link, true
	}
	d, err := neturl.PathUnescape(link)
	return d, err == nil
}

// withoutVisualSeparators is a tel: or sms: link without the dots and brackets RFC 3966 allows
// between its number's digits, which no phone dials: the link as haven writes it. The
// hyphens, which it writes too, are kept.
func withoutVisualSeparators(link string) string {
	scheme, rest, _ := strings.Cut(link, ":")
	number, after := rest, ""
	if i := strings.IndexAny(rest, ";?,"); i >= 0 {
		number, after = rest[:i], rest[i:]
	}
	if !strings.ContainsAny(number, ".()") || strings.Trim(number, "+0123456789-.()") != "" {
		return link
	}
	return scheme + ":" + strings.NewReplacer(".", "", "(", "", ")", "").Replace(number) + after
}

// exampleTextLink and exampleSMS are how the hints of faq.md's links show a text line's link:
// the built-in line's, for ownExamples to make the content's own, which faq.md is read without.
const (
	exampleTextLink = "Text HELP to [233733](sms:233733)"
	exampleSMS      = "sms:233733"
)

// ownExamples are faq.md's problems with their hints' example links made the content's own
// text line's (Text START to [88788](sms:88788)): a hint that shows another line's number and
// keyword is copied as it is, and sends readers to that line.
func ownExamples(ps diag.Problems, s Settings) diag.Problems {
	to := s.Hotline.Text.Text
	if to == "" {
		return ps
	}
	sms := dialForm("sms:"+to, s.Country)
	link := "Text us at [" + to + "](" + sms + ")"
	if k := s.Hotline.Keyword.Text; k != "" {
		link = "Text " + k + " to [" + to + "](" + sms + ")"
	}
	for i := range ps {
		ps[i].Hint = strings.NewReplacer(exampleTextLink, link, exampleSMS, sms).Replace(ps[i].Hint)
	}
	return ps
}

// mailRE is a mailto: link to one plain address, with no copies, subject or body to fill in.
var mailRE = lazyRE(`^mailto:[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$`)

// link adds a link of a paragraph to links (nil in a heading, which prints words alone). A link
// opens a secure web page, a call, a text message or an email, and has words to tap: any other is
// refused, so that no link is lost without a word.
func (f *faqReader) link(n ast.Node, text, url string, links *[]Link) bool {
	at := fmt.Sprintf("the link [%s](%s)", text, url)
	msg, hint, typed := "", "", ""
	if l := asciiURL(lowerScheme(url)); l != url {
		typed, url = url, l // HTTPS://, TEL: open what https://, tel: do, and print so; münchen.de opens as xn--mnchen-3ya.de
	}
	switch scheme, _, _ := strings.Cut(url, ":"); {
	case strings.HasPrefix(url, "{"):
		msg = at + " has a placeholder for its address, which a link cannot open"
		hint = fmt.Sprintf("write %s in the text itself, e.g. Call us at %s: haven prints it there and links it", url, url)
	case scheme == "tel" || scheme == "sms":
		decoded, ok := unescapeDial(url)
		if ok && decoded != url {
			typed, url = cmp.Or(typed, url), decoded // tel:%2B18883737888 dials +18883737888: its slips are read as that number's
		}
		if plain := withoutVisualSeparators(url); plain != url {
			typed, url = cmp.Or(typed, url), plain // tel:+1.888.373.7888 and tel:+1(888)373-7888 dial +18883737888
		}
		_, extra, _ := strings.Cut(url, ";")
		_, message, _ := strings.Cut(url, "?")
		switch {
		case !ok:
			msg = at + " has a % that encodes no character"
			hint = "write " + scheme + ": and the number in digits, e.g. " + scheme + ":+12165550100"
		case telRE().MatchString(url):
		case scheme == "sms" && message != "": // paper prints the number alone, and would lose it
			msg = at + " has a message to send (" + message + "), which paper cannot print with the number"
			hint = "write the keyword in the text and the number alone in the link, e.g. Text “{keyword}” to {text} (haven links it with its message) or " + exampleTextLink
		case scheme == "tel" && extra != "":
			number, _, _ := strings.Cut(url, ";")
			msg = at + " has an extension (;" + extra + "), which a tap cannot dial"
			hint = "link the number alone and write the extension in the words: [call us, ext. " + strings.TrimPrefix(extra, "ext=") + "](" + number + ")"
		case scheme == "tel" && strings.ContainsRune(url, ',') && telRE().MatchString(url[:strings.IndexByte(url, ',')]):
			number, pause, _ := strings.Cut(url, ",")
			msg = at + " dials an extension after a pause (," + pause + "), which not every phone does"
			hint = "link the number alone and write the extension in the words: [call us, ext. " + strings.TrimLeft(pause, ",") + "](" + number + ")"
		default:
			msg = at + " is not a number a phone can dial"
			hint = "write " + scheme + ": and the number in digits, e.g. " + scheme + ":+12165550100"
		}
	case scheme == "https":
		if opens := withoutDots(url); opens != url {
			typed, url = cmp.Or(typed, url), opens // help/../chat opens chat: its words are compared with that, and it links that
		}
		page, _, _ := strings.Cut(url, "#") // a place on the page is no tracking code's concern here
		if m := CheckURL(page); m != "" {
			msg, hint = "the link's address "+m, fmt.Sprintf("write the page's full address, as your browser's address bar shows it: [%s](https://...)", text)
			if meant := meantURL(page); meant != "" {
				hint = fmt.Sprintf("write [%s](%s)", text, meant)
			}
		} else if named, opens, page := siteAfterAt(url); named != "" { // a fragment's too, which a reader reads with the rest
			msg, hint = fmt.Sprintf("%s opens %s, not %s: %s", at, opens, named, afterAtMsg(opens)), fmt.Sprintf("write [%s](%s), or %s's own address if that is the page meant", text, page, named)
		} else if m, h := clickMarked(url); m != "" {
			msg, hint = at+" "+strings.TrimPrefix(m, diag.Quote(url)+" "), h // the address is in at
		} else if m, h, refuse := redirected(url, "the page and every PDF would link it"); refuse {
			msg, hint = at+" "+strings.TrimPrefix(m, diag.Quote(url)+" "), h
		} else if m != "" {
			f.warnings.Add(f.file, f.line(n), "", at+" "+strings.TrimPrefix(m, diag.Quote(url)+" "), h)
		}
	case scheme == "mailto":
		if !mailRE().MatchString(url) {
			msg = at + " is not one plain email address"
			hint = "write mailto: and one address, e.g. [email us](mailto:help@example.org), with no ?subject= or second address"
		}
	case scheme == "http":
		msg = at + " is not secure: links open https:// pages only"
		hint = "write https://; if the page has no https:// address, link another page"
	default:
		msg = at + " opens neither a web page (https://), a call (tel:), a text message (sms:) nor an email (mailto:)"
		hint = "link a page with https://..., a number with tel:+12165550100, a text line with " + exampleSMS + ", an email address with mailto:help@example.org"
	}
	if msg == "" && links == nil {
		msg, hint = at+" is in a heading, which prints its words alone", "put the link in the answer"
	}
	if msg == "" && strings.TrimSpace(text) == "" {
		msg, hint = fmt.Sprintf("the link to %s has no words to print", url), "write the words between the brackets: [our resource list](https://...)"
	}
	if msg != "" {
		f.ps.Add(f.file, f.line(n), "", msg, hint)
		return false
	}
	// an address on a host kept for examples is warned of here where the link's words do not
	// print it; where they do, the scan of printed addresses (checkHosts) warns of it, once
	var host string // the page's site, or the email address's domain
	if mail, ok := strings.CutPrefix(url, "mailto:"); ok {
		_, host, _ = strings.Cut(strings.ToLower(mail), "@")
	} else if strings.HasPrefix(url, "https:") {
		host = comparedHost(url)
	}
	if why := reservedHost(host); why != "" && !strings.Contains(strings.ToLower(text), host) {
		f.warnings.Add(f.file, f.line(n), "", "the link's address "+diag.Quote(url)+" "+reservedMsg(why, "the page and every PDF would link it", ownAddress), "")
	}
	*links = append(*links, Link{Text: text, URL: url, line: f.line(n), typed: typed})
	return true
}

// assemble numbers the questions and their fields, and finds the closing section.
func (f *faqReader) assemble() (FAQ, diag.Problems) {
	var faq FAQ
	asked := map[string]int{} // each question's key (questionKey), and the first that asks it
	file := f.file
	var ps diag.Problems
	if f.title.Text == "" {
		ps.Add(file, 1, "title", "no title", "start the file with a line '# Title'")
		return faq, ps
	}
	faq.Title = f.title
	if p := overLong(file, f.title.Line, "title", f.title.Text, oneLineMost); p != nil {
		ps = append(ps, *p)
	}
	faq.warnings = f.warnings
	field := func(name string, paras []Para) []Para {
		for i := range paras {
			paras[i].Field = fmt.Sprintf("%s[%d]", name, i+1)
		}
		return paras
	}
	faq.Intro = field("introduction", f.intro)
	// a section is a question when its heading ends with a question mark or particle; or, in a
	// script written without a question mark by custom (Thai, Burmese, Karen), when it has
	// text under it and is not the last, the closing section: a question word isQuestion does
	// not know must not make it the closing section, and stop the build
	asks := func(i int) bool {
		s := f.sections[i]
		return isQuestion(s.heading) || i+1 < len(f.sections) && len(s.paras) > 0 && unmarkedScript(s.heading)
	}
	for i, s := range f.sections {
		// a paragraph underlined as a heading where no heading can stand: not a question, and
		// not the closing section at the end, with text under it; the rest follows from it
		if s.underline > 0 && !asks(i) && (i+1 < len(f.sections) || len(s.paras) == 0) {
			f.underlined(s.underline, s.line)
			return faq, f.ps
		}
	}
	closingSeen := false
	after, overLongAsked := 0, 0 // overLongAsked: the questions refused as too long, read no further
	for i, s := range f.sections {
		if len(s.paras) == 0 {
			ps.Add(file, s.line, "", fmt.Sprintf("the heading %q has no text under it", s.heading), "write the answer below it, after a blank line")
		}
		if closingSeen {
			// one message, at the heading that is most likely a question missing its '?'
			if after++; after == 1 {
				ps.Add(file, faq.ClosingTitle.Line, "", fmt.Sprintf("%q has no '?', so it is read as the closing section, but more headings follow it", faq.ClosingTitle.Text), "end each question with '?'; the closing section (a heading without '?') must be the last")
			}
			continue
		}
		at := diag.Located{File: file, Line: s.line, Text: s.heading}
		if p := overLong(file, s.line, "heading", s.heading, oneLineMost); p != nil { // a heading is set as one: a paragraph pasted after '## ' took seconds to flow
			if asks(i) { // a question still, counted as one
				overLongAsked++
				p.Field = fmt.Sprintf("question %d", len(faq.Questions)+overLongAsked)
			}
			ps = append(ps, *p)
			continue
		}
		if asks(i) {
			n := len(faq.Questions) + overLongAsked + 1
			at.Field = fmt.Sprintf("question %d", n)
			if strings.IndexFunc(at.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
				ps.Add(file, s.line, at.Field, fmt.Sprintf("the heading %q asks no question: it has no words", at.Text), "write the question before its '?'")
			}
			// haven numbers the questions: a number the writer put in front would print twice
			stripped := ""
			if m, num := questionNumber(at.Text); m != "" && !startsWithDigit(at.Text[len(m):]) {
				at.Text, stripped = at.Text[len(m):], m
				if num != n {
					faq.warnings.Add(file, s.line, at.Field, fmt.Sprintf("the question written as number %d is question %d: haven numbers the questions in their order, and prints it as %d", num, n, n),
						"take the number out of the heading")
				}
			}
			// two questions asking the same print as two identical headings and contents
			// entries, a reader cannot tell which answer is which: a pasted question not yet
			// rewritten, or "Question 3: ..." headings that differed only by the number haven
			// takes off (keeping it would print the number twice)
			key := questionKey(at.Text)
			if i, seen := asked[key]; seen {
				msg := fmt.Sprintf("asks the same as question %d (line %d): %q", i+1, faq.Questions[i].Question.Line, at.Text)
				if stripped != "" {
					msg += fmt.Sprintf(" (once haven takes off the number %q, as it numbers the questions itself)", strings.TrimSpace(stripped))
				}
				ps.Add(file, s.line, at.Field, msg, "write each question once: merge the two answers under one heading, or reword one of them")
			} else {
				asked[key] = len(faq.Questions)
			}
			faq.Questions = append(faq.Questions, QA{Question: at, Answer: field(fmt.Sprintf("answer %d", n), s.paras)})
		} else {
			closingSeen = true
			at.Field = "closing"
			faq.ClosingTitle, faq.Closing = at, field("closing", s.paras)
		}
	}
	questions := len(faq.Questions) + overLongAsked
	if a := f.asText; questions == 0 && a.Text != "" {
		ps.Add(file, a.Line, "", fmt.Sprintf("no questions found: %s, like each question written so, prints as text, not as a question", diag.Quote(a.Text)),
			"each question is a line starting with '## ' and ending with '?': write ## "+a.Field)
	} else if questions == 0 {
		ps.Add(file, 0, "", "no questions found", "each question is a line starting with '## ' and ending with '?'")
	}
	if len(ps) > 0 {
		return faq, ps
	}
	return faq, nil
}

// fields lists every text of the FAQ, to be expanded and checked like the other texts.
func (faq *FAQ) fields() []field {
	var out []field
	add := func(l *diag.Located, breaks []int) {
		if l.Text != "" {
			out = append(out, field{path: l.Field, line: l.Line, breaks: breaks, ptr: &l.Text})
		}
	}
	paras := func(ps []Para) {
		for i := range ps {
			add(&ps[i].Located, ps[i].breaks)
		}
	}
	add(&faq.Title, nil)
	paras(faq.Intro)
	for i := range faq.Questions {
		q := &faq.Questions[i]
		add(&q.Question, nil)
		paras(q.Answer)
	}
	add(&faq.ClosingTitle, nil)
	paras(faq.Closing)
	return out
}

// questionNumberRE is a number a writer put in front of a question: "1. ", "2) ", "(3) ",
// "4 ) ", "Q3: ", "Question 6: ", "5 - " (not one of a range: "10 - 15 year olds"), in digits
// of any script, before any space (a word processor's no-break one).
var questionNumberRE = lazyRE(`^(?:(?:[A-Z]{1,2}|Question|Pregunta|Pergunta|Frage|Domanda)[ \p{Z}]?(\p{Nd}{1,2})[.):]|(\p{Nd}{1,2})(?:[.．]|[ \p{Z}]?[)）])|[(（](\p{Nd}{1,2})[)）]|(\p{Nd}{1,2})[ \p{Z}][-–—])[\s\p{Z}]+`)

// questionNumber is questionNumberRE's match in q, looked for only where a digit stands in its
// first sixteen bytes, as in every match ("Question 12:", a no-break space after its word, is
// the longest way to begin one), and the number it gives.
func questionNumber(q string) (match string, n int) {
	if strings.IndexFunc(q[:min(len(q), 16)], unicode.IsDigit) < 0 {
		return "", 0
	}
	m := questionNumberRE().FindStringSubmatch(q)
	if m == nil {
		return "", 0
	}
	n, _ = strconv.Atoi(inASCIIDigits(m[1] + m[2] + m[3] + m[4]))
	return m[0], n
}

// questionKey is a question's words whatever their capitals and spaces, the same for "What
// is DMST?" and "what is  DMST?": each letter the least of those it folds to (as
// strings.EqualFold compares them), looked up at once among the questions before it, however
// many (a file pasted in twice holds thousands).
func questionKey(q string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, strings.Join(strings.Fields(q), " "))
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// isQuestion: a heading is a question when it ends with a question mark, in any script
// (Greek writes ";", Arabic and Urdu "؟", Chinese "？", Amharic "፧"), perhaps inside closing
// quotes or brackets, before a '!' ("leave?!") or an aside in brackets ("Why? (Part 1)"); Armenian puts its "՞" on the word asked about, wherever it stands.
func isQuestion(heading string) bool {
	if strings.ContainsRune(heading, '\u055E') || askedByParticle(heading) {
		return true
	}
	for _, h := range []string{heading, withoutAside(heading)} {
		// what follows the question mark but no word: quotes, "?!", a footnote's "*" or "†",
		// an emoji (refused as such later), haven's emphasis marks
		end := strings.TrimRightFunc(h, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !strings.ContainsRune(questionMarks, r)
		})
		if r, _ := utf8.DecodeLastRuneInString(end); strings.ContainsRune(questionMarks, r) {
			return true
		}
	}
	return false
}

// askedByParticle is whether heading asks as Burmese and Thai do, with no question mark: a
// question particle at its end ("...သလား", "...ไหม"), before Burmese's full stop if any (။).
func askedByParticle(heading string) bool {
	h := strings.TrimRightFunc(strings.TrimSuffix(strings.TrimRightFunc(heading, unicode.IsSpace), "\u104B"), unicode.IsSpace)
	// only particles that ask: not Thai's อะไร or ใคร, which also mean "anything" and "anyone"
	return slices.ContainsFunc([]string{"လား", "လဲ", "လော", "ไหม", "มั้ย", "หรือไม่", "หรือเปล่า", "หรือยัง", "เหรอ"}, func(p string) bool { return strings.HasSuffix(h, p) })
}

// unmarkedScript is whether most letters of heading, or its last word's, are in a script whose
// languages write a question without a question mark by custom, asking with a particle at its
// end: Thai, Lao, Myanmar (Burmese, Karen, Shan, Mon) and Tibetan ("ดาวน์โหลด Signal Private
// Messenger ได้ที่ไหน", mostly a product's Latin name, ends with ไหน, where).
func unmarkedScript(heading string) bool {
	n, unmarked, last := 0, 0, false
	for _, r := range heading {
		if unicode.IsLetter(r) {
			n++
			last = unicode.In(r, unicode.Thai, unicode.Lao, unicode.Myanmar, unicode.Tibetan)
			if last {
				unmarked++
			}
		}
	}
	return unmarked*2 > n || last
}

// questionMarks end a question in the scripts haven prints (the Greek question mark is often
// typed as ';').
const questionMarks = "?;\u037E\u061F\uFF1F\u1367\u2E2E\uA60F\u1945\uA6F7\uFE56\uFE16\u203D\u2047\u2048\u2049"

// withoutAside is a heading without the aside in brackets it ends with: "Why stay? (Part 1)"
// asks "Why stay?".
func withoutAside(heading string) string {
	h := strings.TrimSpace(heading)
	for _, pair := range []string{"()", "[]", "（）"} {
		open, close := []rune(pair)[0], []rune(pair)[1]
		if strings.HasSuffix(h, string(close)) {
			if i := strings.LastIndex(h, string(open)); i > 0 {
				return h[:i]
			}
		}
	}
	return h
}

// plainMarkdown finds Markdown emphasis (*what*, **not**, _so_) in text.yaml's fields, which
// are plain text and print it as written, asterisks and all: the writer meant emphasis, and
// would see the marks only on the printed copies.
func plainMarkdown(file string, fields []field) diag.Problems {
	var ps diag.Problems
	for _, f := range fields {
		if !strings.ContainsAny(*f.ptr, "*_") {
			continue
		}
		src := []byte(*f.ptr)
		found := ""
		ast.Walk(markdown().Parse(text.NewReader(src)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if _, ok := n.(*ast.Emphasis); !ok || !entering {
				return ast.WalkContinue, nil
			}
			ast.Walk(n, func(t ast.Node, entering bool) (ast.WalkStatus, error) {
				if x, ok := t.(*ast.Text); ok && entering {
					found += string(x.Segment.Value(src))
				}
				return ast.WalkContinue, nil
			})
			return ast.WalkStop, nil
		})
		if found != "" {
			ps.Add(file, f.line, f.path, fmt.Sprintf("%s would print with its marks: emphasis (*...*, **...**) works in faq.md, and text.yaml is plain text", diag.Quote(*f.ptr)),
				"take out the asterisks or underscores around "+diag.Quote(found))
		}
	}
	return ps
}
