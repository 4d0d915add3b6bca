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
func parseFAQ(file string, data []byte) (FAQ, []field, diag.Problems) {
	var faq FAQ
	var ps diag.Problems
	if p := checkText(file, data); p != nil {
		return faq, nil, diag.Problems{*p}
	}
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
				return faq, nil, ps
			}
			if len(buf) == 0 {
				bufLine = n
			}
			buf = append(buf, line)
		}
	}
	flush()
	if len(ps) > 0 {
		return faq, nil, ps
	}
	if title.text == "" {
		ps.Add(file, 1, "title", "no title", "start the file with a line '# Title'")
		return faq, nil, ps
	}
	faq.Title = title.text
	var fields []field
	// Slices are fully built before pointers into them are taken.
	for _, p := range intro {
		faq.Intro = append(faq.Intro, p.text)
	}
	closingSeen := false
	closingLine, after := 0, 0
	for _, s := range sections {
		isQuestion := isQuestion(s.heading)
		if len(s.paras) == 0 {
			ps.Add(file, s.line, "", fmt.Sprintf("the heading %q has no text under it", s.heading), "write the answer below it, after a blank line")
		}
		if closingSeen {
			// one message, at the heading that is most likely a question missing its '?'
			if after++; after == 1 {
				ps.Add(file, closingLine, "", fmt.Sprintf("%q has no '?', so it is read as the closing section, but more headings follow it", faq.ClosingTitle), "end each question with '?'; the closing section (a heading without '?') must be the last")
			}
			continue
		}
		texts := make([]string, len(s.paras))
		for i, p := range s.paras {
			texts[i] = p.text
		}
		if isQuestion {
			faq.Questions = append(faq.Questions, QA{Question: s.heading, Answer: texts})
		} else {
			closingSeen, closingLine = true, s.line
			faq.ClosingTitle, faq.Closing = s.heading, texts
		}
	}
	if len(faq.Questions) == 0 {
		ps.Add(file, 0, "", "no questions found", "each question is a line starting with '## ' and ending with '?'")
	}
	if len(ps) > 0 {
		return faq, nil, ps
	}
	fields = append(fields, field{"title", title.line, &faq.Title})
	for i, p := range intro {
		fields = append(fields, field{fmt.Sprintf("introduction[%d]", i+1), p.line, &faq.Intro[i]})
	}
	qi := 0
	for _, s := range sections {
		if !isQuestion(s.heading) {
			fields = append(fields, field{"closing", closingLine, &faq.ClosingTitle})
			for j, p := range s.paras {
				fields = append(fields, field{fmt.Sprintf("closing[%d]", j+1), p.line, &faq.Closing[j]})
			}
			continue
		}
		q := &faq.Questions[qi]
		fields = append(fields, field{fmt.Sprintf("question %d", qi+1), s.line, &q.Question})
		for j, p := range s.paras {
			fields = append(fields, field{fmt.Sprintf("answer %d[%d]", qi+1, j+1), p.line, &q.Answer[j]})
		}
		qi++
	}
	return faq, fields, nil
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
