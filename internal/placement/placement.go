// Package placement reads a placements file: a CSV with a "code" column naming where each
// copy of an output goes, by an opaque code. Other columns (such as a private note of the
// place) are allowed and never printed or encoded.
package placement

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"haven/internal/diag"
	"haven/internal/input"
	"io"
	"regexp"
	"strings"
)

// MaxCodeLen keeps codes short: they are printed small on cards and end up in a phone's
// history as utm_content.
const MaxCodeLen = 16

// maxRows keeps a mistaken file from planning millions of documents.
const maxRows = 100000

var codeRE = regexp.MustCompile(`^[a-z0-9-]+$`)

// Load reads the codes of a placements CSV in file order. A path that names no readable file
// is an error input.Unopenable recognises; a file over input.PlacementsLimit is refused whole.
func Load(path string) ([]string, error) {
	data, err := input.ReadPath(path, input.PlacementsLimit)
	var tl *input.TooLargeError
	switch {
	case errors.As(err, &tl):
		return nil, diag.Problems{{File: path, Msg: input.Describe(err), Hint: "split it into several files"}}
	case err != nil:
		return nil, err
	}
	return Read(path, bytes.NewReader(data))
}

// Read parses a placements CSV from r; name is used in messages. Past input.PlacementsLimit
// bytes it stops with an error: a file is refused, never cut short.
func Read(name string, r io.Reader) ([]string, error) {
	cr := csv.NewReader(&limited{r, input.PlacementsLimit})
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, diag.Problems{{File: name, Msg: "is empty", Hint: "the first line names the columns, e.g. code,note"}}
	}
	if err != nil {
		return nil, csvProblem(name, err)
	}
	col := -1
	for i, h := range header {
		if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), "code") {
			col = i
		}
	}
	if col < 0 {
		return nil, diag.Problems{{File: name, Line: 1, Field: "code", Msg: fmt.Sprintf("no code column among %s", columns(header)), Hint: "the first line names the columns, e.g. code,note"}}
	}
	var ps diag.Problems
	var codes []string
	seen := map[string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvProblem(name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(codes) >= maxRows {
			return nil, diag.Problems{{File: name, Line: line, Msg: fmt.Sprintf("has more than %d placements", maxRows), Hint: "split it into several files"}}
		}
		code := ""
		if col < len(rec) {
			code = strings.TrimSpace(rec[col])
		}
		if msg := Check(code); msg != "" {
			ps = append(ps, diag.Problem{File: name, Line: line, Field: "code", Msg: msg, Hint: "codes are opaque: p01, a7, s12; keep where it hangs in another column"})
			continue
		}
		if first, dup := seen[code]; dup {
			ps = append(ps, diag.Problem{File: name, Line: line, Field: "code", Msg: fmt.Sprintf("%q is already used on line %d", code, first), Hint: "each code names one place"})
			continue
		}
		seen[code] = line
		codes = append(codes, code)
	}
	if len(ps) > 0 {
		return nil, ps
	}
	if len(codes) == 0 {
		return nil, diag.Problems{{File: name, Msg: "has no placements", Hint: "add one code per line under the header"}}
	}
	return codes, nil
}

// Check says what is wrong with a code, or "".
func Check(code string) string {
	switch {
	case code == "":
		return "is empty"
	case len(code) > MaxCodeLen:
		return fmt.Sprintf("%q is longer than %d characters", code, MaxCodeLen)
	case !codeRE.MatchString(code):
		return fmt.Sprintf("%q may only use a-z, 0-9 and -", code)
	}
	return ""
}

// columns lists a header's names for a message, shortened: a header may be a whole file.
func columns(header []string) string {
	const most = 8
	var out []string
	for i, h := range header {
		if i == most {
			out = append(out, fmt.Sprintf("and %d more", len(header)-most))
			break
		}
		if r := []rune(h); len(r) > 30 {
			h = string(r[:29]) + "…"
		}
		out = append(out, fmt.Sprintf("%q", h))
	}
	return "[" + strings.Join(out, " ") + "]"
}

// limited reads at most n bytes of r and then fails with *input.TooLargeError.
type limited struct {
	r io.Reader
	n int64
}

func (l *limited) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, &input.TooLargeError{Size: input.PlacementsLimit + 1, Limit: input.PlacementsLimit}
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, &input.TooLargeError{Size: input.PlacementsLimit + 1, Limit: input.PlacementsLimit}
	}
	return n, err
}

func csvProblem(name string, err error) error {
	var tl *input.TooLargeError
	if errors.As(err, &tl) {
		return diag.Problems{{File: name, Msg: "is more than " + input.Size(tl.Limit), Hint: "split it into several files"}}
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return diag.Problems{{File: name, Line: pe.Line, Msg: "not valid CSV: " + pe.Err.Error(), Hint: "save it as CSV (comma-separated) from your spreadsheet"}}
	}
	return diag.Problems{{File: name, Msg: "cannot be read: " + err.Error()}}
}
