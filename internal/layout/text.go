package layout

import (
	"fmt"
	"strings"

	"haven/internal/colour"
	"haven/internal/diag"
)

// Measurer gives the advance width of a string in points, with the same font metrics the
// renderer uses, so what layout fits is what prints.
type Measurer interface {
	Width(f Font, size float64, s string) float64
}

// Style is how a run of text is set.
type Style struct {
	Font    Font
	Size    float64
	Leading float64 // baseline to baseline
	Color   colour.RGB
}

// FitError says which text did not fit which box, and by how much. At carries the text with
// the file, line and field it was written in, so the message leads to what to shorten.
type FitError struct {
	Doc   string       // the output, e.g. cards-en-letter
	Where string       // the place in the output, e.g. "card front"
	At    diag.Located // the text; At.File is empty for what the user did not write as one text
	Msg   string       // e.g. "is 0.31 in too wide for its 2.90 in box"
}

func (e *FitError) Error() string {
	if e.At.File == "" {
		doc := ""
		if e.Doc != "" {
			doc = e.Doc + ": "
		}
		return fmt.Sprintf("%s%s %s (shorten the text)", doc, e.Where, e.Msg)
	}
	return e.Problem().Error()
}

// Problem is the error as a problem in the user's file.
func (e *FitError) Problem() diag.Problem {
	doc := ""
	if e.Doc != "" {
		doc = " (" + e.Where + " in " + e.Doc + ")"
	}
	return e.At.At(fmt.Sprintf("%q %s%s", short(e.At.Text), e.Msg, doc), "shorten the text")
}

// short cuts a long text for a message.
func short(t string) string {
	if r := []rune(t); len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return t
}

// fitErr is a FitError for the text at.
func fitErr(at diag.Located, where, format string, args ...any) *FitError {
	return &FitError{Where: where, At: at, Msg: fmt.Sprintf(format, args...)}
}

func inches(pt float64) string {
	if pt > 0 && pt < 0.005*Inch { // "0.00 in too wide" would read as no problem
		return "0.01 in"
	}
	return fmt.Sprintf("%.2f in", pt/Inch)
}

// wrap breaks s into lines no wider than width, at spaces. A word wider than the line is a
// FitError: it would otherwise be cut or run over the edge.
func wrap(m Measurer, st Style, at diag.Located, width float64, where string) ([]string, error) {
	words := strings.Fields(at.Text)
	var lines []string
	cur := ""
	for _, w := range words {
		if ww := m.Width(st.Font, st.Size, w); ww > width+0.01 {
			return nil, fitErr(at, where, "has the word %q, %s too wide for its %s line", w, inches(ww-width), inches(width))
		}
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if cur == "" || m.Width(st.Font, st.Size, try) <= width+0.01 {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines, nil
}

// fitLines wraps s evenly and fails when it needs more than max lines.
func fitLines(m Measurer, st Style, at diag.Located, width float64, max int, where string) ([]string, error) {
	lines, err := wrapEven(m, st, at, width, where)
	if err != nil {
		return nil, err
	}
	if len(lines) > max {
		return nil, fitErr(at, where, "needs %d lines at %.1f pt in a %s box; %d fit", len(lines), st.Size, inches(width), max)
	}
	return lines, nil
}

// wrapEven wraps a short text at the least width that keeps the number of lines wrap gives,
// so a title or a label breaks into even lines instead of leaving one word alone on the last.
func wrapEven(m Measurer, st Style, at diag.Located, width float64, where string) ([]string, error) {
	lines, err := wrap(m, st, at, width, where)
	if err != nil || len(lines) < 2 {
		return lines, err
	}
	lo, hi := width/float64(len(lines)), width
	for hi-lo > 0.5 {
		mid := (lo + hi) / 2
		if ls, err := wrap(m, st, at, mid, where); err == nil && len(ls) == len(lines) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return wrap(m, st, at, hi, where)
}

// fitOne checks s fits one line of width.
func fitOne(m Measurer, st Style, at diag.Located, width float64, where string) error {
	if w := m.Width(st.Font, st.Size, at.Text); w > width+0.01 {
		return fitErr(at, where, "is %s too wide for its %s box at %.1f pt", inches(w-width), inches(width), st.Size)
	}
	return nil
}

// addressLines fits a web address on one line, or breaks it after a '/' into two; it is never
// broken elsewhere, where a reader could not tell where it continues.
func addressLines(m Measurer, st Style, at diag.Located, width float64, where string) ([]string, error) {
	s := at.Text
	fits := func(t string) bool { return m.Width(st.Font, st.Size, t) <= width+0.01 }
	if fits(s) {
		return []string{s}, nil
	}
	for i := len(s) - 1; i > 0; i-- {
		if s[i-1] == '/' && fits(s[:i]) && fits(s[i:]) {
			return []string{s[:i], s[i:]}, nil
		}
	}
	return nil, fitErr(at, where, "does not fit two lines of %s, even broken after a /; choose a shorter page address", inches(width))
}
