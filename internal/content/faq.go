package content

import (
	"haven/internal/diag"

	"fmt"
	"strings"
)

// parseFAQ reads faq.md: a '# ' title, introduction paragraphs, one '## ' heading per question
// (ending in a question mark) each followed by its answer, then optionally one '## ' heading that is not a
// question for the closing thoughts. Paragraphs are separated by blank lines; a paragraph may run
// over several lines. It is deliberately a small, strict subset of Markdown: what is printed is
// exactly what is written.
func parseFAQ(file string, data []byte) (FAQ, diag.Problems) {
	var faq FAQ
	var ps diag.Problems
	if p := checkText(file, data); p != nil {
		return faq, diag.Problems{*p}
	}
	data = normal(data)
	type para struct {
		line int
		text string
	}
	type section struct {
		line    int
		heading string
		paras   []para
	}
	var title para
	var intro []para
	var sections []section
	var cur *[]para
	var buf []string
	bufLine := 0
	flush := func() {
		if len(buf) > 0 && cur != nil {
			*cur = append(*cur, para{bufLine, strings.Join(buf, " ")})
		}
		buf = nil
	}
	// a byte-order mark is not text; old Mac files end lines with CR alone
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(text, "\n")
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "## "):
			flush()
			if title.text == "" {
				ps.Add(file, n, "title", "the file must start with the title, a line beginning with '# '", "")
			}
			sections = append(sections, section{line: n, heading: strings.TrimSpace(line[3:])})
			cur = &sections[len(sections)-1].paras
		case strings.HasPrefix(line, "# "):
			flush()
			if title.text != "" {
				ps.Add(file, n, "title", "a second title; only the first line may begin with '# '", "use '## ' for a question")
				continue
			}
			title = para{n, strings.TrimSpace(line[2:])}
			cur = &intro
		case strings.HasPrefix(line, "#"):
			ps.Add(file, n, "", "only '# ' (title) and '## ' (question) headings are understood", "put a space after the #, or use '## '")
		case strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, ">") || strings.HasPrefix(line, "```"):
			ps.Add(file, n, "", "lists, quotes and code blocks are not printed", "write the answer as plain paragraphs")
		case strings.Contains(line, "**") || strings.Contains(line, "`") || strings.Contains(line, "]("):
			ps.Add(file, n, "", "Markdown emphasis, code and links are not supported; the text would print with the symbols", "remove the ** or ` or [..](..) marks")
		default:
			if cur == nil {
				ps.Add(file, n, "title", "the file must start with the title, a line beginning with '# '", "e.g. # Facts and FAQs on ...")
				return faq, ps
			}
			if len(buf) == 0 {
				bufLine = n
			}
			buf = append(buf, line)
		}
	}
	flush()
	if len(ps) > 0 {
		return faq, ps
	}
	if title.text == "" {
		ps.Add(file, 1, "title", "no title", "start the file with a line '# Title'")
		return faq, ps
	}
	at := func(field string, line int, text string) diag.Located {
		return diag.Located{File: file, Line: line, Field: field, Text: text}
	}
	faq.Title = at("title", title.line, title.text)
	for i, p := range intro {
		faq.Intro = append(faq.Intro, at(fmt.Sprintf("introduction[%d]", i+1), p.line, p.text))
	}
	closingSeen := false
	after := 0
	for _, s := range sections {
		isQuestion := isQuestion(s.heading)
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
		paras := func(field string) []diag.Located {
			out := make([]diag.Located, len(s.paras))
			for i, p := range s.paras {
				out[i] = at(fmt.Sprintf("%s[%d]", field, i+1), p.line, p.text)
			}
			return out
		}
		if isQuestion {
			n := len(faq.Questions) + 1
			faq.Questions = append(faq.Questions, QA{Question: at(fmt.Sprintf("question %d", n), s.line, s.heading), Answer: paras(fmt.Sprintf("answer %d", n))})
		} else {
			closingSeen = true
			faq.ClosingTitle, faq.Closing = at("closing", s.line, s.heading), paras("closing")
		}
	}
	if len(faq.Questions) == 0 {
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
	add := func(l *diag.Located) {
		if l.Text != "" {
			out = append(out, field{path: l.Field, line: l.Line, ptr: &l.Text})
		}
	}
	add(&faq.Title)
	for i := range faq.Intro {
		add(&faq.Intro[i])
	}
	for i := range faq.Questions {
		q := &faq.Questions[i]
		add(&q.Question)
		for j := range q.Answer {
			add(&q.Answer[j])
		}
	}
	add(&faq.ClosingTitle)
	for i := range faq.Closing {
		add(&faq.Closing[i])
	}
	return out
}

// isQuestion: a heading is a question when it ends with a question mark, in any script
// (Greek writes ";", Arabic "؟", Chinese "？").
func isQuestion(heading string) bool {
	for _, q := range []string{"?", ";", "\u037E", "\u061F", "\uFF1F"} {
		if strings.HasSuffix(heading, q) {
			return true
		}
	}
	return false
}
