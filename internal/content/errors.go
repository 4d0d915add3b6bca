package content

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with the content, located so a non-programmer can find it.
type Problem struct {
	File  string // path as the user knows it, e.g. content/en/text.yaml
	Line  int    // 1-based; 0 when the problem concerns the whole file
	Field string // dotted field name, e.g. help.call; may be empty
	Msg   string
	Hint  string // what to do; may be empty
}

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field + ": ")
	}
	b.WriteString(p.Msg)
	if p.Hint != "" {
		b.WriteString(" (" + p.Hint + ")")
	}
	return b.String()
}

// Problems collects every problem found, so one run reports them all.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns nil when there are no problems.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

func (ps *Problems) addAll(more Problems) { *ps = append(*ps, more...) }

func (ps *Problems) add(file string, line int, field, msg, hint string) {
	*ps = append(*ps, Problem{File: file, Line: line, Field: field, Msg: msg, Hint: hint})
}
