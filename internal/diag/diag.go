// Package diag holds what every stage reports: a Problem located in the user's files, and the
// Located text that carries its source from content through layout to the checks, so an error
// anywhere names the file, line and field the user must change.
package diag

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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

// Add appends one problem.
func (ps *Problems) Add(file string, line int, field, msg, hint string) {
	*ps = append(*ps, Problem{File: file, Line: line, Field: field, Msg: msg, Hint: hint})
}

// AddAll appends others.
func (ps *Problems) AddAll(more Problems) { *ps = append(*ps, more...) }

// Sort orders problems by file, line and field, and drops exact repeats, so the same input
// gives the same report on every run.
func (ps Problems) Sort() Problems {
	out := append(Problems(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Field < b.Field
	})
	n := 0
	for i, p := range out {
		if i > 0 && p == out[n-1] {
			continue
		}
		out[n] = p
		n++
	}
	return out[:n]
}

// Located is a printed text and where the user wrote it.
type Located struct {
	File  string
	Line  int
	Field string
	Text  string
}

// At is the problem msg about the text at l.
func (l Located) At(msg, hint string) Problem {
	return Problem{File: l.File, Line: l.Line, Field: l.Field, Msg: msg, Hint: hint}
}

// Quote is s quoted for a message, shortened to 60 characters: a value pasted by mistake (a
// whole page as --url) is named, not repeated. Spaces print as they are written (a number's
// no-break spaces, "0808 2000 247", not "0808\u00a02000\u00a0247", which means nothing to
// its writer); what does not print, a control or an invisible format character, is escaped,
// but the joiners words are written with.
func Quote(s string) string {
	const most = 60
	if r := []rune(s); len(r) > most {
		s = string(r[:most-1]) + "…"
	}
	return Whole(s)
}

// Whole is s quoted for a message as Quote quotes it, not shortened: a number as written.
func Whole(s string) string {
	q := strconv.QuoteToGraphic(s)
	// the joiners are a word's own in Persian, Urdu and the scripts of India (می‌توانید), after
	// a letter of theirs, and a zero-width space is Thai's or Khmer's between words; between
	// ASCII letters (an address) one is hidden, and shown
	for _, j := range []string{`\u200c`, `\u200d`, `\u200b`} {
		for i := strings.Index(q, j); i >= 0; i = strings.Index(q, j) {
			if r, _ := utf8.DecodeLastRuneInString(q[:i]); r <= unicode.MaxASCII {
				break
			}
			raw, _ := strconv.Unquote(`"` + j + `"`)
			q = q[:i] + raw + q[i+len(j):]
		}
	}
	return q
}

// ShellQuote writes s as a POSIX shell reads it back: bare when it needs no quoting, else in single
// quotes; a character prints (nil: all) says cannot be printed is written in $'\uXXXX' escapes
// (bash, zsh), so that a command printed on paper can still be typed.
func ShellQuote(s string, prints func(rune) bool) string {
	if s == "" {
		return "''"
	}
	if strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-") == "" {
		return s
	}
	var b strings.Builder
	quoted, escaped := false, false // within '...', within $'...'
	for _, c := range s {
		if prints != nil && !prints(c) {
			if quoted {
				b.WriteByte('\'')
				quoted = false
			}
			if !escaped {
				b.WriteString("$'")
				escaped = true
			}
			if c > 0xFFFF {
				fmt.Fprintf(&b, `\U%08X`, c)
			} else {
				fmt.Fprintf(&b, `\u%04X`, c)
			}
			continue
		}
		if escaped {
			b.WriteByte('\'')
			escaped = false
		}
		if !quoted {
			b.WriteByte('\'')
			quoted = true
		}
		if c == '\'' {
			b.WriteString(`'\''`)
		} else {
			b.WriteRune(c)
		}
	}
	if quoted || escaped {
		b.WriteByte('\'')
	}
	return b.String()
}
