package layout

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"

	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/typeface"
)

// Measurer gives the advance width of a string in points, with the same font metrics the
// renderer uses, so what layout fits is what prints.
type Measurer interface {
	Width(f Font, size float64, s string) float64
}

// A unitMeasurer is a Measurer that also gives widths in whole thousandths of an em, which
// add up along a text it calls additive (typeface.Measurer): wrapping such a text measures
// each word once, not each line again for each word it takes.
type unitMeasurer interface {
	// Additive reports whether every text made of the characters of s measures as the sum
	// of its parts' Units, Width(f, size, t) being float64(Units(f, t)) * size / 1000.
	Additive(s string) bool
	Units(f Font, s string) int
}

// unitsOf is m's unitMeasurer, or nil.
func unitsOf(m Measurer) unitMeasurer {
	if ts, ok := m.(typeset); ok {
		m = ts.Measurer
	}
	um, _ := m.(unitMeasurer)
	return um
}

// textStyle is the one way a layout makes a text style: its face, its size in points, its line
// height as a multiple of the size, and its colour.
func textStyle(f Font, size, leading float64, c colour.RGB) Style {
	return Style{Font: f, Size: size, Leading: size * leading, Color: c}
}

// Style is how a run of text is set.
type Style struct {
	Font    Font
	Size    float64
	Leading float64 // baseline to baseline
	Color   colour.RGB
}

// scaled is the style k times as large, its leading too.
func (st Style) scaled(k float64) Style {
	st.Size, st.Leading = st.Size*k, st.Leading*k
	return st
}

// addressShrinks are the sizes, as shares of its own, an address a little too wide for its
// place is set at before it breaks or moves.
var addressShrinks = []float64{0.9, 0.85}

// FitError says which text did not fit which box, and by how much. At carries the text with
// the file, line and field it was written in, so the message leads to what to shorten.
type FitError struct {
	Doc   string       // the output, e.g. cards-en-letter
	Where string       // the place in the output, e.g. "card front"
	At    diag.Located // the text; At.File is empty for what the user did not write as one text
	Msg   string       // e.g. "is 0.31 in too wide for its 2.90 in box"
	Hint  string       // what to do; empty: shorten the text
	// Cuts are what a FAQ too long for its pages must lose, one per output the error stands
	// for: the same error on several papers is one, which says what each paper needs (Merge).
	Cuts []Cut
	// More are the other texts of the same output that do not fit (see faults): one run
	// names them all.
	More []*FitError
	// Whole quotes the text whole: an address cut short in a message is not one to find.
	Whole bool
	// Breakable is whether hyphenation may make the text fit (Hyphenating): a word of it is
	// wider than its line, or it takes more lines than its place has.
	Breakable bool
	// roomless is whether the FAQ is taller than its pages hold even with its largest part
	// left out: no question left out makes it fit, which need not be tried (exact).
	roomless bool
	// Fits is, for an address too long for a QR code or a text too long for its place, how
	// many characters of it fit there: of the same text too long for several outputs, the one
	// that fits fewest is told, so that the text shortened once fits every output.
	Fits int
	// Dense is whether the error is a QR code too dense for its address (tooDense).
	Dense bool
}

// Each is the error and those it carries, each naming the output.
func (e *FitError) Each() []*FitError {
	first := *e
	first.More = nil
	out := []*FitError{&first}
	for _, m := range e.More {
		c := *m
		c.Doc = e.Doc
		out = append(out, &c)
	}
	return out
}

// faults gathers the texts of a layout that do not fit, so that a run names every one of them,
// not only the first: the layout notes each and goes on with what it has.
type faults struct{ errs []*FitError }

// note keeps the FitErrors among errs and gives back the first other error, which stops the
// layout.
func (f *faults) note(errs ...error) error {
	for _, err := range errs {
		fe, ok := err.(*FitError)
		switch {
		case ok:
			for _, e := range fe.Each() {
				f.add(e)
			}
		case err != nil:
			return err
		}
	}
	return nil
}

// add keeps e. A text is named once: the same problem in another of its boxes (another width)
// is left out, another problem (the height the text takes, after its lines) is told with the
// first, since a run names a text once.
func (f *faults) add(e *FitError) {
	i := slices.IndexFunc(f.errs, func(o *FitError) bool { return o.At == e.At })
	switch {
	case e.At.File == "" || i < 0:
		f.errs = append(f.errs, e)
	case shape(f.errs[i].Msg) != shape(e.Msg) && !strings.Contains(f.errs[i].Msg, e.Msg):
		c := *f.errs[i]
		c.Msg += ", and " + e.Msg
		f.errs[i] = &c
	}
}

// shape is a message without its numbers: the same problem in boxes of other sizes has one.
func shape(msg string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, msg)
}

// err is the first FitError noted, carrying the others, or nil.
func (f *faults) err() error {
	if len(f.errs) == 0 {
		return nil
	}
	first := *f.errs[0]
	first.More = f.errs[1:]
	return &first
}

// Cut is how much body text a FAQ must lose to fit one output, and its longest parts, where
// cutting is most likely.
type Cut struct {
	FAQ     string // its file
	Line    int    // its title's line: an error leads to the file as every other does
	Paper   string // "Letter (8.5 x 11 in)"
	Lines   int
	Longest []Part
	// Tried: the lines cut from one of Longest, and the pages laid out again, make room (not
	// cut from the others of the longest parts, where the pages keep them whole)
	Tried bool
}

// Part is a part of the FAQ and the lines it takes.
type Part struct {
	Name  string // "answer 8"
	At    diag.Located
	Lines int
}

// said is the part as messages name it: "answer 8 (faq.md:37, 60 lines)".
func (p Part) said() string {
	return fmt.Sprintf("%s (%s:%d, %d %s)", p.Name, p.At.File, p.At.Line, p.Lines, plural(p.Lines, "line"))
}

// Merge makes errors with cuts that differ only in them (the same FAQ too long on each paper)
// one error, which names every output and says what each needs.
func Merge(errs []*FitError) []*FitError {
	var out []*FitError
	first := map[string]*FitError{}
	for _, e := range errs {
		key := e.Where + "\x00" + e.Msg + "\x00" + e.Hint + "\x00" + e.Cuts[0].FAQ
		if f := first[key]; f != nil {
			f.Doc += ", " + e.Doc
			f.Cuts = append(f.Cuts, e.Cuts...)
			continue
		}
		c := *e // merged into a copy: the errors given stay as they were
		c.Cuts = append([]Cut(nil), e.Cuts...)
		first[key] = &c
		out = append(out, &c)
	}
	return out
}

// hint is what the user should do.
func (e *FitError) hint() string { return cmp.Or(e.Hint, "shorten the text") }

func (e *FitError) Error() string {
	if e.At.File == "" {
		doc := ""
		if e.Doc != "" {
			doc = e.Doc + ": "
		}
		if len(e.Cuts) > 0 && e.Cuts[0].FAQ != "" {
			doc = fmt.Sprintf("%s:%d: %s", e.Cuts[0].FAQ, max(1, e.Cuts[0].Line), doc)
		}
		return fmt.Sprintf("%s%s %s%s (%s)", doc, e.Where, e.Msg, e.cuts(), e.hint())
	}
	return e.Problem().Error()
}

// cuts says how many lines to cut on each paper, and where: "cut 21 lines of body text on
// Letter (8.5 x 11 in), 10 on A4 (210 x 297 mm); the longest parts are answer 8 (faq.md:37)".
// The lines each part takes differ by paper: they are given for one paper only.
func (e *FitError) cuts() string {
	if len(e.Cuts) == 0 || e.Cuts[0].Lines == 0 { // a question to leave out, which the hint names
		return ""
	}
	var each, longest []string
	seen := map[string]bool{}
	for i, c := range e.Cuts {
		n := fmt.Sprint(c.Lines)
		if i == 0 {
			n += map[bool]string{true: " line", false: " lines"}[c.Lines == 1] + " of body text"
		}
		each = append(each, n+" on "+c.Paper)
		for _, p := range c.Longest {
			if !seen[p.Name] {
				seen[p.Name] = true
				if len(e.Cuts) == 1 {
					longest = append(longest, p.said())
				} else {
					longest = append(longest, fmt.Sprintf("%s (%s:%d)", p.Name, p.At.File, p.At.Line))
				}
			}
		}
	}
	if e.Cuts[0].Tried {
		return ": cut " + strings.Join(each, ", ") + " from " + strings.Join(longest, " or ") + ", which makes room"
	}
	return ": cut " + strings.Join(each, ", ") + "; the longest parts are " + strings.Join(longest, ", ")
}

// Problem is the error as a problem in the user's file.
func (e *FitError) Problem() diag.Problem {
	doc := ""
	if e.Doc != "" {
		doc = " (" + e.Where + " in " + e.Doc + ")"
	}
	text := content.AsWritten(e.At.Text)
	if !e.Whole {
		text = short(text)
	}
	return e.At.At(fmt.Sprintf("%s %s%s", diag.Whole(text), e.Msg, doc), e.hint()) // a Thai text's zero-width spaces unseen, as typed
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

// wrap breaks a text into lines no wider than width where the Unicode line breaking rules
// (UAX #14) allow: at spaces, between Chinese or Japanese characters (never before closing
// punctuation or after opening), after a hyphen or a soft hyphen (printed as "-" at the end of
// the line), never at a no-break space; a web address only after a '/', an email address
// after its '@' or before a '.' (nothing added: a hyphen would read as part of it). The rules of
// typography bind more (see typography): a line breaks there only when the words bound
// together do not fit a whole line. A piece wider than the line is a FitError: it would
// otherwise be cut or run over the edge.
func wrap(m Measurer, st Style, at diag.Located, width float64, where string) ([]string, error) {
	return wrapSegs(m, st, at, segments(typographyOf(m), at.Text), width, where)
}

// wrapSegs is wrap of the text cut into segs.
func wrapSegs(m Measurer, st Style, at diag.Located, segs []segment, width float64, where string) ([]string, error) {
	segs = typographyOf(m).hyphenated(m, st, segs, width, false)
	// more characters than a line holds at a twentieth of an em each are not measured: a long
	// pasted text is measured only as far as a line of it
	most := int(width/(0.05*st.Size)) + 1
	fits := func(s string) bool {
		return (len(s) <= most || utf8.RuneCountInString(s) <= most) && richWidth(m, st, s) <= width+0.01
	}
	var lines []string
	cur := ""                 // the line so far, as written
	var open content.Emphasis // the emphasis open where the line begins
	blank := func() bool { return strings.Trim(cur, content.Marks) == "" }
	end := func() {
		lines = append(lines, printed(cur))
		open = carried(cur, open)
		cur = open.Marks()
	}
	fitsWith := fitsAdding(m, st, segs, width, most, fits) // fits(printed(cur + unit)), by each unit's width where widths add up
	for i := 0; i < len(segs); {
		// the unit is the segment with those glued to it, which go to one line together
		j := i + 1
		for j < len(segs) && segs[j-1].glue && !segs[j-1].hard {
			j++
		}
		unit := joined(segs[i:j])
		words := !blank() // the line has words on it
		switch {
		case fitsWith(cur, unit):
			cur += unit
		case words && fits(printed(carried(cur, open).Marks()+unit)) && !strands(m, st, segs[i:j], cur, width):
			end()
			continue // the unit again, on a line of its own
		case words && atSignNext(segs, i, j, cur, carried(cur, open).Marks(), fits):
			end()
			continue // the unit again, broken after its address's '@' on a line of its own
		default:
			// glue that cannot hold on a whole line gives way: as much of the unit as fits, but
			// never inside a number
			least := i + 1
			for least < j && segs[least-1].whole {
				least++
			}
			// the most of the unit that fits, ending where a line may: found by doubling, then
			// halving, as a pasted paragraph glued whole would be measured whole once for each
			// of its words
			all := j
			// a phrase of Myanmar breaks between its syllables only where its words do not
			// fit a line of their own (syllableOf): "လမ်းညွှန် အပြည့် / အစုံအတွက် စ / ကင်ဖတ်ပါ" read as broken words
			endsOf := func(syllables bool) []int {
				var ends []int
				for k := least; k < all; k++ {
					if (k == least || !segs[k-1].whole && !spacedDash(segs, k)) && (syllables || !syllableOf(segs[k-1].text, segs[k].text)) { // a dash begins a line only where nothing else fits
						ends = append(ends, k)
					}
				}
				if len(ends) == 0 {
					ends = append(ends, all)
				}
				return append(ends, all)
			}
			ends := endsOf(false)
			if !words && !fits(printed(cur+piece(segs[i:ends[0]]))) {
				ends = endsOf(true)
			}
			if !fits(printed(cur + unit)) {
				over := func(k int) bool { return !fits(printed(cur + piece(segs[i:ends[k]]))) }
				lo, hi := 0, 1 // ends[lo] fits, unless it is the least; ends[hi] does not
				for hi < len(ends)-1 && !over(hi) {
					lo, hi = hi, min(2*hi, len(ends)-1)
				}
				k := lo + sort.Search(hi-lo, func(k int) bool { return over(lo + k + 1) })
				j = ends[k]
				unit = piece(segs[i:j])
			}
			if !fits(printed(cur + unit)) {
				if words {
					end()
					continue
				}
				return nil, tooWide(m, st, at, width, where, unit, segs[i].address)
			}
			if words && j < all && hostStub(segs, j) && fits(printed(carried(cur, open).Marks()+joined(segs[i:nextBreak(segs, j, all)]))) {
				end()
				continue // "www" alone at the line's end: the address begins the next
			}
			if words && j < all && spacedDash(segs, j) {
				end()
				continue // the words before the dash begin the next line with it at their end
			}
			j = atSign(segs, i, j, fits)
			unit = piece(segs[i:j])
			cur += unit
		}
		if segs[j-1].hard {
			end()
		}
		i = j
	}
	if !blank() {
		lines = append(lines, printed(cur))
	}
	return lines, nil
}

// strands reports whether moving a name the edition binds (typography.names), unit, whole to
// the next line would leave one word alone on the line so far, cur, less than a third full:
// "At" over "Riverside County Coalition Against Domestic and Sexual Violence," reads as a hole
// in the paragraph, and the name breaks inside instead. A line of two words or more ("Call
// the") still ends before the name.
func strands(m Measurer, st Style, unit []segment, cur string, width float64) bool {
	line := printed(cur)
	if len(unit) < 2 || strings.ContainsFunc(line, unicode.IsSpace) {
		return false
	}
	text := joined(unit)
	named := slices.ContainsFunc(typographyOf(m).names, func(n string) bool { i, _ := nameIn(text, n); return i >= 0 })
	return named && richWidth(m, st, line) < width/3
}

// An adder measures the printed lines of a text whose widths add up (unitMeasurer) and that
// has no bold or italic: a line's width is the sum of its pieces' units, less those of what
// printed trims from its ends, plus the hyphen it ends in at a soft hyphen. The same number
// as richWidth(printed(line)), so the same lines; each piece measured once, not each line.
type adder struct {
	um unitMeasurer
	st Style
}

// adding is the adder for the text of segs set in st, or nil where widths do not add up.
func adding(m Measurer, st Style, segs []segment) *adder {
	um := unitsOf(m)
	if um == nil {
		return nil
	}
	if text := joined(segs); content.HasMarks(text) || !um.Additive(text+"-") {
		return nil
	}
	return &adder{um, st}
}

// units is the units of a piece of the text as written.
func (a *adder) units(s string) int { return a.um.Units(a.st.Font, s) }

// width is richWidth(printed(line)) for a line of the text whose units as written are u, and
// the line without what printed trims from its ends (printed's but for its soft hyphens).
func (a *adder) width(line string, u int) (w float64, body string) {
	body = strings.TrimLeftFunc(line, spaceOrSeparator)
	lead := line[:len(line)-len(body)]
	body = strings.TrimRightFunc(body, spaceOrSeparator)
	u -= a.units(lead) + a.units(line[len(lead)+len(body):])
	if strings.HasSuffix(body, softHyphen) {
		u += a.units("-")
	}
	return float64(u) * a.st.Size / 1000, body
}

// fitsAdding is fits(printed(cur + unit)) for wrapSegs, as fits answers it (the width of the
// line at most width, its characters at most most), by an adder where there is one, the
// line so far kept with its units: without, it measures the whole line as fits does.
func fitsAdding(m Measurer, st Style, segs []segment, width float64, most int, fits func(string) bool) func(cur, unit string) bool {
	a := adding(m, st, segs)
	if a == nil {
		return func(cur, unit string) bool { return fits(printed(cur + unit)) }
	}
	line, units := "", 0 // the line last measured, and its units
	return func(cur, unit string) bool {
		if cur != line {
			line, units = cur, a.units(cur)
		}
		s := cur + unit
		if len(s) > most { // printed(s) is no longer than s
			if p := printed(s); len(p) > most && utf8.RuneCountInString(p) > most {
				return false
			}
		}
		unitU := a.units(unit)
		if w, _ := a.width(s, units+unitU); w > width+0.01 {
			return false
		}
		line, units = s, units+unitU // the unit is taken: the line so far is s
		return true
	}
}

// piece is segs joined as the end of a line: a word hyphenation broke there ends in a soft
// hyphen, which prints as its hyphen.
func piece(segs []segment) string {
	if last := segs[len(segs)-1]; last.hyphen && last.glue {
		return joined(segs) + softHyphen
	}
	return joined(segs)
}

func joined(segs []segment) string {
	if len(segs) == 1 {
		return segs[0].text
	}
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.text)
	}
	return b.String()
}

// styled is a piece of a line in one face: its emphasis, added to the face of the text.
type styled struct {
	face Font
	text string
}

// runsOf splits a line at the marks of bold and italic text; the line begins upright and
// regular but for the marks at its start.
func runsOf(line string) []styled {
	runs, _ := content.Runs(line, content.Emphasis{})
	out := make([]styled, len(runs))
	for i, r := range runs {
		out[i] = styled{Regular, r.Text}
		if r.Bold {
			out[i].face |= Bold
		}
		if r.Italic {
			out[i].face |= Italic
		}
	}
	return out
}

// carried is the emphasis still open at the end of line, which began in open.
func carried(line string, open content.Emphasis) content.Emphasis {
	_, e := content.Runs(line, open)
	return e
}

// richWidth measures a line whose bold and italic runs are set in their faces.
func richWidth(m Measurer, st Style, line string) float64 {
	if !content.HasMarks(line) {
		return m.Width(st.Font, st.Size, line)
	}
	w := 0.0
	for _, r := range runsOf(line) {
		w += m.Width(r.font(st.Font), st.Size, r.text)
	}
	return w
}

// font is the face a run prints in, within text set in f: a bold heading's italic is bold italic.
func (r styled) font(f Font) Font { return f | r.face }

func tooWide(m Measurer, st Style, at diag.Located, width float64, where, unit string, address addressKind) error {
	full := printed(unit)
	over := inches(richWidth(m, st, full) - width) // a bold word is set, and measured, in bold
	w := short(content.AsWritten(full))            // a pasted data: address is one word of thousands of characters
	switch address {                               // no shorter words help: the address is what it is
	case webAddress:
		e := fitErr(at, where, "has a web address whose part %q is %s too wide for its %s line", w, over, inches(width))
		e.Hint = "link a short address that leads to the same page instead: a page of your own"
		return e
	case emailAddress:
		e := fitErr(at, where, "has an email address whose part %q is %s too wide for its %s line", w, over, inches(width))
		e.Hint = "an email address breaks only after its @ or before a dot: give a shorter address that reaches the same inbox (an alias such as help@ and your site)"
		return e
	}
	e := fitErr(at, where, "has the word %q, %s too wide for its %s line", w, over, inches(width))
	if n := Numbers(full); len(n) == 1 && n[0][1]-n[0][0] >= len(strings.Trim(full, ".,;:!?()»«\"'")) { // a number never breaks, and a soft hyphen in it would print as its own
		e = fitErr(at, where, "has the number %q, %s too wide for its %s line: a number never breaks", w, over, inches(width))
		e.Hint = "give a narrower font (--font), or a shorter text around the number on its line"
		return e
	}
	single := !strings.ContainsFunc(strings.TrimRight(full, ".,;:!?)»\"'"), unicode.IsSpace)
	switch {
	case strings.ContainsFunc(full, func(r rune) bool { return content.UnbrokenScript(r) != "" }): // words written together, not one word
		e.Hint = "put a zero-width space between two of its words where the line may break, written " + zwspAs(at.File) + ": it prints nothing; or shorten the text"
	case single:
		e.Breakable = true
		if utf8.RuneCountInString(full) >= 12 {
			e.Hint = "put soft hyphens where the word may break, written " + softHyphenAs(at.File) + ": each prints as a hyphen only at a line's end; or shorten the text"
		}
	}
	return e
}

// zwspAs is how a zero-width space (U+200B) is written in file: an entity in Markdown, an
// escape in a double-quoted YAML value.
func zwspAs(file string) string {
	if strings.HasSuffix(file, ".md") {
		return "&#8203; in Markdown"
	}
	return `\u200B in a double-quoted value`
}

// softHyphenAs is how a soft hyphen (U+00AD) is written in file: an entity in Markdown, an
// escape in a double-quoted YAML value.
func softHyphenAs(file string) string {
	if strings.HasSuffix(file, ".md") {
		return "&shy; in Markdown (Rechts&shy;schutz&shy;versicherung)"
	}
	return `\u00AD in a double-quoted value ("Rechts\u00ADschutz\u00ADversicherung")`
}

// hostStub reports whether a line ending before segs[j] leaves only the first label of a web
// address's site ("www", "(www") at its end, the rest of the address on the next line.
func hostStub(segs []segment, j int) bool {
	a, b := segs[j-1], segs[j]
	return a.address == webAddress && b.address == webAddress && strings.HasPrefix(b.text, ".") &&
		(j == 1 || segs[j-2].address != webAddress)
}

// nextBreak is the first place after j, up to end, where the unit may break (not inside a
// number or a part of an address).
func nextBreak(segs []segment, j, end int) int {
	k := j + 1
	for k < end && segs[k-1].whole {
		k++
	}
	return k
}

// atSign is where a unit that gives way inside an email address, segs[i:j], ends best: before
// the address where the words before it, glued to it, are on the line and the whole address
// fits the next ("Email:" / "biuro@wspolnydom.org.pl" rather than "Email: biuro@" /
// "wspolnydom.org.pl"); after the address's '@' when that is on the line too and the rest of
// the address fits the next ("information@" / "example.org" rather than
// "information@example" / ".org"); else at j.
func atSign(segs []segment, i, j int, fits func(string) bool) int {
	if j == len(segs) || segs[j-1].address != emailAddress {
		return j
	}
	end := j
	for end < len(segs) && segs[end].address == emailAddress {
		end++
	}
	if start := emailStart(segs, j); end > j && start > i && !segs[start-1].whole && fits(printed(joined(segs[start:end]))) {
		return start
	}
	if strings.HasSuffix(segs[j-1].text, "@") {
		return j
	}
	for k := j - 1; k > i && segs[k-1].address == emailAddress; k-- {
		if strings.HasSuffix(segs[k-1].text, "@") {
			if fits(printed(joined(segs[k:end]))) {
				return k
			}
			break
		}
	}
	return j
}

// emailStart is the first segment of the email address whose segment segs[j-1] is.
func emailStart(segs []segment, j int) int {
	k := j - 1
	for k > 0 && segs[k-1].address == emailAddress && !strings.HasSuffix(segs[k-1].text, " ") {
		k--
	}
	return k
}

// atSignNext reports whether the email address in the unit segs[i:j] breaks after its '@'
// only if the line ends before the unit: the unit up to the '@' does not fit after cur, but
// fits a line of its own (begun with marks) and the rest of the address fits the next. Then
// "first-line.help-desk@" / "example.org" is better than breaking before a dot on this line.
func atSignNext(segs []segment, i, j int, cur, marks string, fits func(string) bool) bool {
	at := slices.IndexFunc(segs[i:j], func(s segment) bool { return s.address == emailAddress && strings.HasSuffix(s.text, "@") })
	if at < 0 {
		return false
	}
	at += i + 1
	end := at
	for end < len(segs) && segs[end].address == emailAddress {
		end++
	}
	head := joined(segs[i:at])
	return !fits(printed(cur+head)) && fits(printed(marks+head)) && fits(printed(joined(segs[at:end])))
}

// segment is a piece of text no line breaks inside: a word with the spaces after it, one
// Chinese character, a part of an address up to a '/'. Rules of typography (keep a name
// together, never end a line on a one-letter word) glue a segment to the next.
type segment struct {
	text    string
	glue    bool // no break after it
	whole   bool // no break after it, ever: inside a number or an email address's part (glue that never gives way)
	hard    bool // a line ends after it (a line break written in the text)
	hyphen  bool // a piece of a word hyphenation broke (hyphenated): a hyphen prints where a line ends after it
	address addressKind
}

// addressKind says what address, if any, a segment is part of: each breaks in its own places,
// and a part too wide for a line calls for a different remedy.
type addressKind uint8

const (
	noAddress addressKind = iota
	webAddress
	emailAddress
)

// addressRE finds web addresses, inside which a break after anything but a '/' would read as
// a hyphen or an end of the address: one with its scheme, one beginning "www.", a site of a
// common ending, and a site of any ending followed by a path ("beispiel-beratung.de/hilfe"),
// each with its port where it has one (example.org:8443).
// It is compiled at its first use, in a layout.
var addressRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\bhttps?://\S+|\bwww\.[a-z0-9-]+(\.[a-z0-9-]+)+(:[0-9]{1,5}\b)?(/\S*)?|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(org|com|net|gov|edu|info)(:[0-9]{1,5}\b)?(/\S*)?|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:[0-9]{1,5})?/\S*`)
})

// addresses are the spans of addressRE in s; the test before it is what every match needs, and
// is far cheaper than the expression on text that holds none.
func addresses(s string) [][]int {
	l := strings.ToLower(s)
	if !strings.Contains(l, "://") && !strings.Contains(l, "www.") && !(strings.Contains(l, "/") && strings.Contains(l, ".")) &&
		!slices.ContainsFunc(addressTLDs, func(tld string) bool { return strings.Contains(l, tld) }) {
		return nil
	}
	spans := addressRE().FindAllStringIndex(s, -1)
	for i, m := range spans {
		// an address written against a word of a script that puts no space after it
		// ("{chat}でチャット", or a Korean particle: "{chat}에서") ends where that word begins,
		// as the address's link does
		if k := strings.IndexFunc(s[m[0]:m[1]], func(r rune) bool { return typeface.Unspaced(r) || unicode.Is(unicode.Hangul, r) }); k > 0 {
			spans[i][1] = m[0] + k
		}
	}
	return spans
}

var addressTLDs = []string{".org", ".com", ".net", ".gov", ".edu", ".info"}

// emailRE finds email addresses, as content.mailRE reads a mailto: link's.
var emailRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}`)
})

// emails are the spans of the email addresses in s, looked for only in text with an '@'.
func emails(s string) [][]int {
	if !strings.Contains(s, "@") {
		return nil
	}
	return emailRE().FindAllStringIndex(s, -1)
}

// breakKind is whether and how a line may break at a place inside an address.
type breakKind uint8

const (
	never    breakKind = iota // the address would read otherwise: after a hyphen, after its scheme
	ifNeeded                  // only where the part does not fit a whole line (glue that gives way)
	free                      // where the line comes to it
)

// emailBreak says whether a line may break at pos inside the email address s[start:end]:
// after its '@', or before a '.' between letters or digits, which begins the next line and so
// shows the address goes on there. These breaks give way only where the address does not fit
// a whole line, the '@' first (atSign).
func emailBreak(s string, pos, start, end int) breakKind {
	if s[pos-1] == '@' || dotBreak(s, pos, end) {
		return ifNeeded
	}
	return never
}

// dotBreak says whether a line may break before the '.' at pos, between letters or digits.
func dotBreak(s string, pos, end int) bool {
	return s[pos] == '.' && alnum(s[pos-1]) && pos+1 < end && alnum(s[pos+1])
}

func alnum(b byte) bool { return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// segmented holds the segments of each text once found, for each typography: layouts wrap the
// same texts at many widths (even lines, every size of a poster, every copy of a card) and the
// rules are costly.
var segmented sync.Map // segKey -> []segment

type segKey struct {
	t *typography
	s string
}

// Presegment finds the segments of in's FAQ paragraphs, the last first: run beside a layout,
// which asks for them from the first on, it has the later ones ready when the layout gets there.
func Presegment(in Input) {
	faq := in.Lang.FAQ
	paras := slices.Clone(faq.Intro)
	for _, q := range faq.Questions {
		paras = append(paras, q.Answer...)
	}
	paras = append(paras, faq.Closing...)
	t := typographyOf(in.M)
	for i := len(paras) - 1; i >= 0; i-- {
		segments(t, paras[i].Printed().Text)
	}
}

// segments splits s where UAX #14 allows a line to break, glued where t binds it. The result
// is shared: callers do not change it.
func segments(t *typography, s string) []segment {
	k := segKey{t, s}
	if segs, ok := segmented.Load(k); ok {
		return segs.([]segment)
	}
	segs := findSegments(s)
	t.bind(s, segs)
	segmented.Store(k, segs)
	return segs
}

func findSegments(s string) []segment {
	s = strings.ToValidUTF8(s, "\uFFFD") // so that offsets in runes and bytes agree
	var sg segmenter.Segmenter
	runes := []rune(s)
	for i, r := range runes { // the emphasis marks stand for what breaks as they do, in as many bytes
		if r < 0xE000 || r > 0xE003 { // content.Marks
			continue
		}
		switch string(r) {
		case content.BoldOn, content.ItalicOn: // as an opening quotation mark: with what follows
			runes[i] = '\u201A'
		case content.BoldOff, content.ItalicOff: // as a combining mark: with what precedes ("…行为**，即使" breaks before 为, not before its comma)
			runes[i] = '\u20D0'
		}
	}
	sg.Init(runes)
	var segs []segment
	it := sg.LineIterator()
	end := 0 // in bytes
	for it.Next() {
		l := it.Line()
		end = l.OffsetInBytes + l.LengthInBytes
		seg := segment{text: s[l.OffsetInBytes:end], hard: l.IsMandatoryBreak && end < len(s)}
		// the hyphens that begin a word ("--calibrate", a command's flag) stay with it: the line
		// rules would break after them, leaving "--" alone at a line's end
		seg.glue = strings.Trim(seg.text, "-") == "" && !seg.hard && end < len(s)
		segs = append(segs, seg)
	}
	if cuts := syllableBreaks(s); cuts != nil {
		segs = splitSegs(segs, cuts)
		pos := 0
		for k := range segs { // glue that gives way: a phrase breaks between its syllables only where it is too long for a line
			pos += len(segs[k].text)
			segs[k].glue = segs[k].glue || slices.Contains(cuts, pos) && !segs[k].hard
		}
	}
	mails := emails(s)
	for _, span := range addresses(s) {
		if slices.ContainsFunc(mails, func(m []int) bool { return span[0] < m[1] && m[0] < span[1] }) {
			continue // the site of an email address, which breaks as the email address does
		}
		segs = address(s, segs, span, webAddress, addressBreak)
	}
	for _, span := range mails {
		segs = address(s, segs, span, emailAddress, emailBreak)
	}
	// a phone number read across two lines is a wrong number: "(216)" / "555-0142"; and its
	// extension stays with it: "588-5351 ext." / "4 · 2045 Main St" reads the 4 as the next
	// part's. The extension's digits end the number: "4 · 2045" after them is no number of
	// groups, but the extension and a house number between the parts of a contact line.
	extEnd := 0
	for _, span := range numbers(s) {
		if span[0] < extEnd {
			continue
		}
		end := span[1] + ExtensionLen(s[span[1]:])
		if end > span[1] {
			extEnd = end
		}
		pos := 0
		for k := range segs {
			pos += len(segs[k].text)
			if pos > span[0] && pos < end && !segs[k].hard {
				segs[k].glue, segs[k].whole = true, true
			}
		}
	}
	// a number that begins a part of a line stays with the word after it: "419-241-3411 · 2200"
	// at a line's end, its street on the next, reads as one number
	for k := 1; k+1 < len(segs); k++ {
		if first, _ := utf8.DecodeRuneInString(content.Unmark(segs[k].text)); unicode.IsDigit(first) && separator(segs[k-1].text) && !segs[k].hard {
			if next, _ := utf8.DecodeRuneInString(content.Unmark(segs[k+1].text)); unicode.IsLetter(next) { // bold or not
				segs[k].glue = true
			}
		}
	}
	// a label stays with the number or address it names: "Chat:" at a line's end, its
	// address on the next, reads as a label of nothing. A label is a part's first words, three
	// at most ("· Live chat:"); a colon after a longer phrase ends it, and the line may end
	// there ("Live chat, 10am to 10pm every day:" / the address, not "every" / "day: www...").
	// After a part before it, a word such as "at" joins a label as a colon does ("TTY
	// 581-4100 · Chat at www...", not "Chat" / "at www..."), to an address or a number of
	// groups ("pages on 3 sheets" is no label's)
	for k := 0; k+1 < len(segs); k++ {
		label := strings.TrimRight(content.Unmark(segs[k].text), " \u00a0")
		next, _ := utf8.DecodeRuneInString(content.Unmark(segs[k+1].text))
		word := strings.TrimSuffix(label, ":")
		colon := word != label
		named := segs[k+1].address != 0 || next == '+' || segs[k+1].whole || colon && unicode.IsDigit(next)
		if !colon && !labelTo[strings.ToLower(word)] || !named || word == "" || strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) || segs[k].hard {
			continue
		}
		first := k
		for first > 0 && k-first < 2 && !partEnds(segs[first-1]) {
			first--
		}
		if first == 0 && colon || first > 0 && partEnds(segs[first-1]) {
			for j := first; j <= k; j++ {
				segs[j].glue = true
			}
		}
	}
	// in the scripts written without spaces between words, a sign that ends or repeats what is
	// before it stays with it, whatever space is written before it (as a word breaker puts
	// one): no line begins with Khmer's ។ or ៗ, Myanmar's ။ or Thai's ๆ; and a verb of calling
	// stays with the number after it ("โทร 911"), which a line ending in it asks for
	for k := 0; k+1 < len(segs); k++ {
		next, _ := utf8.DecodeRuneInString(content.Unmark(segs[k+1].text))
		verb := strings.TrimRight(content.Unmark(segs[k].text), " \u00a0"+zwsp)
		if !segs[k].hard && (strings.ContainsRune(closingSigns, next) || unicode.IsDigit(next) && content.AsksBefore(verb)) {
			segs[k].glue = true
		}
	}
	// a dash set apart by spaces ends the line before it: a line that begins "– Behavioral
	// Health" reads as an item of a list, or a reply
	for k := 1; k < len(segs); k++ {
		if spacedDash(segs, k) && !segs[k-1].hard {
			segs[k-1].glue = true
		}
	}
	// a number's ending after a hyphen stays with it: "ilaa 8-" / "da fiidnimo" parts the
	// number from its own word
	pos := 0
	for k := range segs {
		pos += len(segs[k].text)
		_, n := utf8.DecodeLastRuneInString(segs[k].text) // the hyphen UAX #14 breaks after
		if k+1 < len(segs) && !segs[k].hard && NumberEnding(s[:pos-n], s[pos-n:]) > 0 {
			segs[k].glue, segs[k].whole = true, true
		}
	}
	return segs
}

// syllableBreaks are the places in s between two syllables of Myanmar (content.SyllableBreak),
// where UAX #14 sees none: a phrase of Burmese or Karen (written with spaces between phrases
// alone) too long for its line breaks there, as its typesetters break it, not refused as one
// word that must fit a line whole.
func syllableBreaks(s string) []int {
	if !strings.Contains(s, "\xe1\x80") && !strings.Contains(s, "\xe1\x81") && !strings.Contains(s, "\xe1\x82") { // U+1000 to U+10BF
		return nil
	}
	var cuts []int
	for i := range s {
		if content.SyllableBreak(s, i) {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

// syllableCost is what a break between two syllables of a phrase of Myanmar costs in a text
// set evenly: more than any other break, a word cut in two (not "လမ်းညွှန် အပြည့် / အစုံအတွက် စ /
// ကင်ဖတ်ပါ" where "လမ်းညွှန် / အပြည့်အစုံအတွက် / စကင်ဖတ်ပါ" fits).
const syllableCost = 10

// syllableOf reports whether b goes on the word or phrase a ends, the next of its syllables
// (syllableBreaks): a piece of it, as the last word of a paragraph.
func syllableOf(a, b string) bool { return content.SyllableBreak(a+b, len(a)) }

// labelTo are the words that join a label to the address or number it names, as a colon
// does ("Chat at www...", "Chat en www...", "Chat sur www..."), in the languages haven prints.
var labelTo = setOf(strings.Fields("at on via en al au sur em unter auf op"))

// closingSigns end or repeat what is before them, in the scripts that write them after a
// space: Khmer's khan, bariyoosan and repetition sign, Myanmar's section marks, Thai's and
// Lao's repetition marks and Thai's abbreviation sign.
const closingSigns = "។៕ៗ၊။ๆฯໆ"

// extensionWords begin an extension written after a number, as the languages haven prints
// write it ("ext. 4", "x12", "extension 4", "poste 4", "anexo 12", "ramal 3", "interno 2",
// "доб. 5"), the longest of those that begin alike first.
var extensionWords = []string{"extensión", "extension", "extn", "ext", "x", "poste", "anexo", "ramal", "interno", "доб"}

// extShare is the size of the extension ("ext. 2") after a number to call set alone, as on a
// poster or a card, as a share of the number's: dialled after it, it reads as its tail, and at
// full size it widened the line, the number set smaller to fit.
const extShare = 0.6

// extAt is where the number to call s, set alone, ends and its extension begins, the space
// before it with it ("(216) 623-4200| ext. 2"); len(s) where it has none, or where s has
// right-to-left letters (drawn reordered, it is set whole).
func extAt(s string) int {
	number, ext := content.SplitExt(s)
	if ext == "" || hasRTL(s) || !strings.HasPrefix(s, number) {
		return len(s)
	}
	return len(number)
}

// numberWidth is the width of the number to call s set in st, its extension smaller (extAt),
// each part as width measures it.
func numberWidth(width func(Style, string) float64, st Style, s string) float64 {
	at := extAt(s)
	if at == len(s) {
		return width(st, s)
	}
	return width(st, s[:at]) + width(st.scaled(extShare), s[at:])
}

// ExtensionLen is the length in bytes of the extension that rest, the text after a number,
// begins with: one of extensionWords, perhaps with a full stop or colon, and one to six digits;
// 0 if none. A line breaks inside neither, on the PDFs or the page.
func ExtensionLen(rest string) int {
	s := strings.TrimLeftFunc(rest, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	for _, w := range extensionWords {
		if len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		t := strings.TrimLeftFunc(s[len(w):], func(r rune) bool { return r == '.' || r == ':' || unicode.IsSpace(r) })
		n := 0
		for n < len(t) && t[n] >= '0' && t[n] <= '9' {
			n++
		}
		if next, _ := utf8.DecodeRuneInString(t[n:]); n == 0 || n > 6 || unicode.IsLetter(next) || unicode.IsDigit(next) {
			return 0
		}
		return len(rest) - len(t) + n
	}
	return 0
}

// NumberEnding is the length in bytes of the ending that rest begins with after a number,
// the text before it, ends in a digit: a hyphen and a word of up to four letters ("-da" of "8-da
// subaxnimo", "-aad" of "1-aad", "-го" of "1-го мая", "-ban" of "2023-ban"), not a compound's
// next part ("5-year-old"); 0 if none. A line never breaks inside it, on the PDFs or the page.
func NumberEnding(before, rest string) int {
	digit, _ := utf8.DecodeLastRuneInString(before)
	hyphen, n := utf8.DecodeRuneInString(rest)
	if !unicode.IsDigit(digit) || hyphen != '-' && hyphen != '\u2010' {
		return 0
	}
	end := len(rest)
	if i := strings.IndexFunc(rest[n:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }); i >= 0 {
		end = n + i
	}
	next, _ := utf8.DecodeRuneInString(rest[end:])
	if letters := utf8.RuneCountInString(rest[n:end]); letters == 0 || letters > 4 || next == '-' || next == '\u2010' || unicode.IsDigit(next) {
		return 0
	}
	return end
}

// addressBreak says whether a line may break at pos inside the web address s[start:end]:
// after a '/' (not inside "//", nor after the scheme, which alone at a line's end reads as
// the whole address), or in its path before a '.', '?', '#', '_', '%', '~', '&' or '=' between
// letters or digits, which begins the next line and so shows the address goes on there. Its
// site's name breaks only before a dot, and only when it does not fit a whole line; nothing
// breaks after a hyphen, which would read as the hyphen of a word broken at the line's end,
// but a part of its path too wide for a whole line breaks before one (Chicago's rule: the
// hyphen begins the next line, and is read as the address's own).
func addressBreak(s string, pos, start, end int) breakKind {
	host := start
	if i := strings.Index(s[start:end], "://"); i >= 0 {
		host = start + i + 3
	}
	if pos <= host {
		return never
	}
	if s[pos-1] == '/' && s[pos] != '/' {
		return free
	}
	path := strings.IndexByte(s[host:end], '/')
	if path < 0 || pos < host+path {
		if dotBreak(s, pos, end) {
			return ifNeeded
		}
		return never
	}
	if between := alnum(s[pos-1]) && pos+1 < end && alnum(s[pos+1]); between && strings.IndexByte(".?#_%~&=", s[pos]) >= 0 {
		return free
	} else if between && s[pos] == '-' {
		return ifNeeded
	}
	return never
}

// pathBreak is addressBreak without the breaks inside the site (a path's hyphen is no site's).
func pathBreak(s string, pos, start, end int) breakKind {
	if b := addressBreak(s, pos, start, end); b != ifNeeded || s[pos] == '-' {
		return b
	}
	return never
}

// address cuts segs where may allows a line to break inside the address at span, marks its
// segments as kind and binds the rest of it, for good where may says never (after a hyphen,
// as UAX #14 would break), as glue that gives way where it says if needed.
func address(s string, segs []segment, span []int, kind addressKind, may func(s string, pos, start, end int) breakKind) []segment {
	segs = splitSegs(segs, breaksIn(s, span, may))
	pos := 0
	for k := range segs {
		pos += len(segs[k].text)
		if pos > span[0] && pos-len(segs[k].text) < span[1] {
			segs[k].address = kind
		}
		if pos > span[0] && pos < span[1] {
			brk := may(s, pos, span[0], span[1])
			if brk == free && kind == webAddress && stubTail(s[pos:span[1]]) {
				brk = ifNeeded
			}
			segs[k].glue = brk != free
			segs[k].whole = brk == never
		}
	}
	return segs
}

// stubTail reports whether the rest of a web address from a break is a short last piece of
// its path ("how)"), which alone at a line's start reads as a word of the text: the break
// before it gives way only where the address needs it.
func stubTail(rest string) bool {
	if strings.ContainsAny(rest, "/") {
		return false
	}
	return utf8.RuneCountInString(strings.TrimRight(rest, ".,;:!?)]}»\"'")) < 8
}

// breaksIn are the places a line may break inside the address at span, as may says.
func breaksIn(s string, span []int, may func(s string, pos, start, end int) breakKind) []int {
	var out []int
	for pos := span[0] + 1; pos < span[1]; pos++ {
		if may(s, pos, span[0], span[1]) != never {
			out = append(out, pos)
		}
	}
	return out
}

// splitSegs cuts the segments at the byte offsets cuts (ascending) that fall inside one; the
// last piece of a segment keeps its marks.
func splitSegs(segs []segment, cuts []int) []segment {
	if len(cuts) == 0 {
		return segs
	}
	var out []segment
	start := 0
	for _, sg := range segs {
		end := start + len(sg.text)
		for len(cuts) > 0 && cuts[0] <= start {
			cuts = cuts[1:]
		}
		from := start
		for len(cuts) > 0 && cuts[0] < end {
			out = append(out, segment{text: sg.text[from-start : cuts[0]-start]})
			from, cuts = cuts[0], cuts[1:]
		}
		sg.text = sg.text[from-start:]
		out = append(out, sg)
		start = end
	}
	return out
}

// cutToFit cuts each segment wider than width into pieces that fit, between characters (a
// mark stays with its letter): for the print guide, whose commands carry the folder names a
// run was given, which no rewording shortens.
func cutToFit(m Measurer, st Style, segs []segment, width float64) []segment {
	var out []segment
	for _, sg := range segs {
		for richWidth(m, st, printed(sg.text)) > width+0.01 {
			cut := 0
			for i, r := range sg.text {
				if i > 0 && !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) {
					if richWidth(m, st, printed(sg.text[:i])) > width+0.01 {
						break
					}
					cut = i
				}
			}
			if cut == 0 { // one character wider than the line: wrapSegs names it
				break
			}
			out = append(out, segment{text: sg.text[:cut], address: sg.address})
			sg.text = sg.text[cut:]
		}
		out = append(out, sg)
	}
	return out
}

// numbers are the spans of the numbers in s (see number: a phone number with its groups, a
// vanity number, a time such as 24/7), found only in text with a digit.
func numbers(s string) [][]int {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return nil
	}
	return Numbers(s)
}

// printed is a line as it prints: without spaces or separators ("a · b") at its ends, its soft
// hyphens invisible, except one at the end of the line, which prints as a hyphen.
func printed(line string) string {
	line = strings.TrimFunc(line, spaceOrSeparator)
	hyphen := strings.HasSuffix(line, softHyphen)
	line = zwspless(strings.ReplaceAll(line, softHyphen, ""))
	if hyphen {
		line += "-"
	}
	return line
}

const softHyphen = "\u00AD"

// zwspless is s without its zero-width spaces, which mark where a line of Thai, Lao, Khmer or
// Myanmar may break and print as nothing.
func zwspless(s string) string {
	if !strings.Contains(s, zwsp) {
		return s
	}
	return strings.ReplaceAll(s, zwsp, "")
}

// separators stand between the parts of a line ("(216) 443-7345 · info@example.org"): where
// the line breaks between two parts, the separator is left out. Not a bullet "•", which may
// begin a line as its list mark.
const separators = "·|"

func spaceOrSeparator(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(separators, r) }

// spacedDash reports whether segs[k] is a dash with a space either side ("System – Behavioral"),
// which ends the line before it rather than begin the next.
func spacedDash(segs []segment, k int) bool {
	d := strings.TrimRight(segs[k].text, " \u00a0")
	return k > 0 && (d == "–" || d == "—" || d == "-") && d != segs[k].text && strings.HasSuffix(segs[k-1].text, " ")
}

// partEnds reports whether a part of a line ends with seg: a written line break, a separator,
// a sentence's end, a colon or a semicolon.
func partEnds(seg segment) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(content.Unmark(seg.text), " \u00a0"))
	return seg.hard || separator(seg.text) || sentenceEnd(last) || strings.ContainsRune(":;：；", last)
}

// separator reports whether a segment is a separator alone.
func separator(seg string) bool {
	return strings.ContainsAny(seg, separators) && strings.TrimFunc(seg, spaceOrSeparator) == ""
}

// partLines is a contact line (organisation.contact: a street, a town and its postcode, an
// email, joined by commas and " · ") set evenly in lines of width, broken only between its
// parts: "Newcastle upon / Tyne" is harder to read, and to copy onto an envelope. Its last
// line, no wider than last (a footer's, beside the page number), holds as many of the last
// parts as fit there. ok is false where a part alone is wider than its line or the parts need
// more than most lines; the caller then keeps the lines wrapEven gives.
//
// Its parts are those the separators (" · ", " | ") part first, and those a comma parts only
// where they alone do not fit: "PO Box 412, Ashland, WI 54806 / Office (715) 682-9565", not
// "PO Box 412, Ashland, / WI 54806 · Office (715) 682-9565".
func partLines(m Measurer, st Style, at diag.Located, width, last float64, most int) (lines []string, ok bool) {
	if lines, ok := partLinesAt(m, st, at, width, last, most, false); ok {
		return lines, true
	}
	return partLinesAt(m, st, at, width, last, most, true)
}

// partLinesAt is partLines broken after a comma too where commas is set.
func partLinesAt(m Measurer, st Style, at diag.Located, width, last float64, most int, commas bool) (lines []string, ok bool) {
	segs := slices.Clone(segments(typographyOf(m), at.Text))
	ends := []int{len(segs)} // where a line may end, the last first
	for j := len(segs) - 1; j > 0; j-- {
		end, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(segs[j-1].text, unicode.IsSpace))
		if segs[j-1].hard || commas && strings.ContainsRune(",;、，；", end) && !(end == ',' && stateAndCode(segs[j:])) || separator(segs[j-1].text) || separator(segs[j].text) {
			ends = append(ends, j)
		} else {
			segs[j-1].glue, segs[j-1].whole = true, true // inside a part
		}
	}
	lines, err := wrapEvenSegs(m, st, at, segs, width, 0, most, "")
	if err == nil && len(lines) > 0 && richWidth(m, st, lines[len(lines)-1]) > last+0.01 {
		k := 0 // where the last line begins: after the most parts that fit it
		for _, j := range ends[1:] {
			if richWidth(m, st, printed(joined(segs[j:]))) > last+0.01 {
				break
			}
			k = j
		}
		if k == 0 {
			return nil, false
		}
		segs[k-1].hard = true
		lines, err = wrapEvenSegs(m, st, at, segs, width, 0, most, "")
	}
	if err != nil || len(lines) == 0 || len(lines) > most {
		return nil, false
	}
	return lines, true
}

// fitLines wraps s evenly and fails when it needs more than max lines. It may take a line more
// than the fewest when that line spares a phrase a break (see wrapEven).
func fitLines(m Measurer, st Style, at diag.Located, width float64, max int, where string) ([]string, error) {
	t := typographyOf(m)
	segs := segments(t, at.Text)
	lines, err := wrapEvenSegs(m, st, at, segs, width, max, max, where)
	// a text refused for its lines is hyphenated where only that makes it fit, or where a word
	// of it too wide for a line is anyway: at the breaks that even its lines
	if t.refused[at.Text] && err == nil && (len(lines) > max || len(t.hyphenated(m, st, segs, width, false)) > len(segs)) {
		if hl, herr := wrapEvenSegs(m, st, at, t.hyphenated(m, st, segs, width, true), width, max, max, where); herr == nil && len(hl) <= max {
			lines = hl
		}
	}
	if err != nil {
		return nil, err
	}
	if len(lines) > max { // the lines too, so that a layout that goes on measures their height
		e := fitErr(at, where, "needs %d lines at %.1f pt in a %s box; %d fit", len(lines), st.Size, inches(width), max)
		e.Breakable = true
		return lines, e
	}
	return lines, nil
}

// numberLines sets a line whose job is a number (a call line, "Composez le {call}"; a text
// line, "Text {keyword} to {text}"; TTY) in at most most lines of width: on one where it fits;
// else broken only beside its number (the longest in it), which stays whole as every number
// does: the words before it on a line (or lines, where that many fit) of their own above it,
// those after it on the next, each broken among themselves only where they do not fit a
// line, unless keeping them on the number's line spares a line. Broken evenly, as fitLines
// breaks, the number would share its line with a word of the phrase ("Composez" / "le
// 1-866-APPELLE (277-3553)") and no longer stand out as the line people dial.
func numberLines(m Measurer, st Style, at diag.Located, width float64, most int, where string) ([]string, error) {
	if fitOne(m, st, at, width, where) == nil {
		return []string{at.Text}, nil
	}
	spans := numbers(at.Text)
	if len(spans) == 0 {
		return fitLines(m, st, at, width, most, where)
	}
	num := slices.MaxFunc(spans, func(a, b []int) int { return (a[1] - a[0]) - (b[1] - b[0]) })
	segs := slices.Clone(segments(typographyOf(m), at.Text))
	before := -1 // the segment before the number
	end := 0
	for k := range segs {
		start := end
		end += len(segs[k].text)
		switch {
		case segs[k].hard:
		case end == num[0]:
			segs[k].glue, segs[k].whole, before = false, false, k
		case end < num[0] || start >= num[1]: // the words either side, glue that gives way only where they do not fit a line
			segs[k].glue = true
		}
	}
	// the number begins its line also where the words before it take two ("Send HELP at any
	// hour" / "of the day or night to" / "233733"), where the lines allow; else it ends the
	// words' last line
	if before >= 0 {
		// ... unless the words before it fit on the number's line with it and that spares a
		// line: "Call" alone over "1-800-799-7233 (toll-free)" / "or 503-588-5351 (local)"
		// takes three lines where "Call 1-800-799-7233" and the rest take two
		segs[before].glue = true
		kept, kerr := wrapEvenSegs(m, st, at, segs, width, 0, most, where)
		segs[before].glue, segs[before].hard = false, true
		lines, err := wrapEvenSegs(m, st, at, segs, width, 0, most, where)
		if kerr == nil && err == nil && len(kept) < len(lines) && len(kept) <= most && strings.Contains(kept[0], at.Text[num[0]:num[1]]) {
			return kept, nil
		}
		if err == nil && len(lines) <= most {
			return lines, nil
		}
		segs[before].hard = false
	}
	lines, err := wrapEvenSegs(m, st, at, segs, width, 0, most, where)
	if err == nil && len(lines) > most {
		err = fitErr(at, where, "needs %d lines at %.1f pt in a %s box; %d fit", len(lines), st.Size, inches(width), most)
	}
	return lines, err
}

// extraLine is what a display line more than the fewest costs, against the breaks it spares:
// worth it to keep a name or a verb whole, not to even out the lines.
const extraLine = 0.2

// partEnd is what a break at the end of a part costs (after a separator, a comma outside a
// list): the most a break may cost and still leave a word alone on its line whole ("Call or
// text 988 · / Free").
const partEnd = 0.05

// lone is what a display line of one word parted from its phrase costs, against the breaks
// that spare it: alone, it reads apart from its phrase ("Centro / de Salud Comunitario",
// "National Human Trafficking / Hotline"); more than a break before a little word, less than
// one after it. A word parted from words bound to it (a name, the last two words) costs twice
// as much.
const lone = 0.5

// wrapEven wraps a short text (a title, a label, a poster line) into as many lines as wrap
// gives, choosing among the breaks that keep that number the ones a designer would: lines of
// even length, broken after a sentence or a comma before anywhere else (not a comma inside a
// list: "schools, / malls and online"), before a short word ("on", "de") rather than after it
// ("No / tienes" reads as the opposite), not between an auxiliary and its verb ("can / be"),
// not inside a run of capitalised words, and inside a bound name only when nothing else fits.
func wrapEven(m Measurer, st Style, at diag.Located, width float64, where string) ([]string, error) {
	return wrapEvenIn(m, st, at, width, 0, where)
}

// wrapEvenIn is wrapEven that may take up to most lines (the fewest when most is less) where
// a line more spares a phrase its break: three lines of a title rather than two that part
// "Domestic / Minor Sex Trafficking".
func wrapEvenIn(m Measurer, st Style, at diag.Located, width float64, most int, where string) ([]string, error) {
	return wrapEvenSegs(m, st, at, segments(typographyOf(m), at.Text), width, most, 0, where)
}

// wrapEvenSegs is wrapEvenIn of the text cut into segs. A caller that refuses more lines than
// refuse (0: none) gets them as wrapSegs breaks them: broken evenly, they are no fewer, and
// weighing every break of a long pasted paragraph, on each size a layout tries, took minutes.
func wrapEvenSegs(m Measurer, st Style, at diag.Located, segs []segment, width float64, most, refuse int, where string) ([]string, error) {
	lines, err := wrapSegs(m, st, at, segs, width, where)
	if err != nil || len(lines) < 2 || refuse > 0 && len(lines) > refuse {
		return lines, err
	}
	// where a line more is allowed, a short last line costs less: it is the one that shortens
	lastWeight := 1.0
	if most > len(lines) {
		lastWeight = 0.5
	}
	most = max(most, len(lines))
	t := typographyOf(m)
	n := len(segs)
	// where words are written apart, a line of one word is lone unless breaks end a part either
	// side of it; Chinese and Japanese lines have no spaces to tell a word by
	spaced := !slices.ContainsFunc(segs, func(sg segment) bool { return strings.ContainsFunc(sg.text, typeface.Unspaced) })
	// what a break after each segment costs depends on the break alone, not on the line it
	// ends: weighed once each, not once for every line that might end there
	cost := make([]float64, n)     // cost[k]: a break before segs[k]
	parted := make([]float64, n+1) // parted[k]: how a break before segs[k] parts a word from its own
	for k := 1; k < n; k++ {
		cost[k] = t.breakCost(segs, k)
		switch {
		case cost[k] <= partEnd:
		case segs[k-1].glue:
			parted[k] = 2
		default:
			parted[k] = 1
		}
	}
	// best[l][j]: the least cost of setting segs[:j] in l lines; from[l][j]: where the last began
	inf := math.Inf(1)
	best := make([][]float64, most+1)
	from := make([][]int, most+1)
	for l := range best {
		best[l] = make([]float64, n+1)
		from[l] = make([]int, n+1)
		for j := range best[l] {
			best[l][j] = inf
		}
	}
	best[0][0] = 0
	add := adding(m, st, segs) // each segment measured once where widths add up
	for i := 0; i < n; i++ {   // a line begins at segs[i]
		if i > 0 && !segs[i-1].hard && (segs[i-1].glue || !segs[i-1].hyphen) && (segs[i-1].hyphen || strings.HasSuffix(segs[i-1].text, softHyphen)) {
			continue // a soft hyphen prints where it breaks: evenness is no reason for one, but in a text hyphenated to fit
		}
		line, units := "", 0
		for j := i + 1; j <= n; j++ { // and ends after segs[j-1]
			line += segs[j-1].text
			var w float64
			var p string // the line as printed, its soft hyphens perhaps kept: whether it holds a space
			if add != nil {
				units += add.units(segs[j-1].text)
				w, p = add.width(line, units)
			} else {
				p = printed(line)
				w = richWidth(m, st, p)
			}
			if w > width+0.01 {
				break
			}
			if j < n && segs[j-1].whole {
				continue // never inside a number
			}
			c := math.Pow((width-w)/width, 2)
			if spaced && oneWord(p) {
				c += lone * max(parted[i], parted[j])
				if i == 0 && segs[0].glue && numbered(segs[0].text) {
					c += lone * parted[j] // a heading's number and one word: "1. Was / ist eine …"
				}
			}
			if j < n {
				c += cost[j]
			} else {
				c *= lastWeight
			}
			for l := 1; l <= most; l++ {
				if total := best[l-1][i] + c; total < best[l][j] {
					best[l][j], from[l][j] = total, i
				}
			}
			if segs[j-1].hard {
				break
			}
		}
	}
	count := len(lines)
	for l := count + 1; l <= most; l++ {
		if best[l][n]+extraLine*float64(l-len(lines)) < best[count][n]+extraLine*float64(count-len(lines)) {
			count = l
		}
	}
	if math.IsInf(best[count][n], 1) {
		return lines, nil
	}
	broken := append([]segment(nil), segs...)
	for l, j := count, n; l > 1; l-- {
		j = from[l][j]
		broken[j-1].hard = true
	}
	even, err := wrapSegs(m, st, at, broken, width, where)
	if err != nil || len(even) != count { // bold text carried over measures wider
		return lines, nil
	}
	return even, nil
}

// oneWord reports whether a display line holds one word: no space, or one word after numbers
// and signs ("1. Was", a heading's number and the first word glued to it, reads as "Was" alone).
func oneWord(line string) bool {
	fields := strings.Fields(line)
	for len(fields) > 1 && !strings.ContainsFunc(fields[0], unicode.IsLetter) {
		fields = fields[1:]
	}
	return len(fields) == 1
}

// breakCost is what a designer would think of a line breaking before segs[j], from 0 (after a
// sentence) to 1 (after a word of one or two letters, one that begins a phrase, or an
// auxiliary before its verb); more inside a name, most where typography binds the words.
func (t *typography) breakCost(segs []segment, j int) float64 {
	a := segs[j-1]
	if a.hard {
		return 0
	}
	if a.hyphen { // inside a word a text too long for its lines hyphenates: where no break between words will do
		return 1.5
	}
	if a.glue && syllableOf(a.text, segs[j].text) { // inside a phrase of Myanmar: where its words do not fit a line alone
		return syllableCost
	}
	if a.glue { // inside a bound name: dearer, by what the words themselves say
		return 5 + t.wordBreakCost(segs, j)
	}
	return t.wordBreakCost(segs, j)
}

// kanaPhrase is the cost of a break between last and first in Japanese, which writes no
// spaces between its words, where the scripts tell where a phrase ends (as BudouX breaks):
// after a particle or an ending in hiragana (と, の, に, て ...), before a word in kanji or
// katakana or an opening bracket, a phrase ends ("相談先と / 情報を見る"); between two kanji or two katakana, or
// before the hiragana that ends a word in kanji, a word goes on ("相 / 談", "事 / 実"); 0
// where the scripts say neither.
func kanaPhrase(last, first rune) float64 {
	hira := func(r rune) bool { return unicode.Is(unicode.Hiragana, r) }
	kanji := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	kata := func(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }
	switch {
	// a particle or an ending that closes a phrase; not the polite お and ご that open a word
	// (お気軽に, ご相談), nor the kana inside one (問い合わせ)
	case strings.ContainsRune("はがをにでとのもへやてたらずしくりかばる", last) && (kanji(first) || kata(first) || strings.ContainsRune("「『（〈《【", first)):
		return 0.1
	case kanji(last) && (kanji(first) || hira(first)), kata(last) && kata(first):
		return 0.6
	}
	return 0
}

// sentenceEnd reports whether r ends a sentence: one of Unicode's sentence terminals (. ! ?
// 。 ！ ？ and Urdu's ۔, Amharic's ። ፧ ፨, Arabic's ؟, Hindi's । among others).
func sentenceEnd(r rune) bool {
	return unicode.Is(unicode.Sentence_Terminal, r) || r == '\u17D4' || r == '\u17D5' // Khmer's khan and bariyoosan, which Go's table lacks
}

// wordBreakCost is breakCost by the words either side of the break alone.
func (t *typography) wordBreakCost(segs []segment, j int) float64 {
	a, b := segs[j-1], segs[j]
	tail := strings.TrimRightFunc(a.text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(")]}»”’\"'"+content.Marks, r)
	})
	last, _ := utf8.DecodeLastRuneInString(tail)
	wa, wb := word(a.text), word(b.text)
	if hangul(wa) || hangul(wb) { // Korean breaks between syllables, glued into words
		wa, wb = word(spaced(segs[:j], -1)), word(spaced(segs[j:], 1))
	}
	first, _ := utf8.DecodeRuneInString(wb)
	kana := kanaPhrase(last, first)
	switch {
	case a.address == webAddress && b.address == webAddress: // after a '/' rather than inside its site
		switch {
		case strings.HasSuffix(a.text, "/"):
			return 0
		case hostStub(segs, j):
			return 2
		}
		return 0.3
	case a.address == emailAddress && b.address == emailAddress: // after its '@' rather than before a '.'
		if strings.HasSuffix(a.text, "@") {
			return 0
		}
		return 0.3
	case nameTail(segs[j:]): // "Nordrhein-Westfalen / e. V.", "Harbor House / Inc.": a name's legal form alone on its line
		return 2
	case spacedDash(segs, j): // "Health System / – Behavioral Health": inside a name too, where every break is glue's
		return 2
	case sentenceEnd(last), strings.ContainsRune(":;：；", last):
		return 0
	case strings.ContainsRune(",、，", last) && t.inList(segs, j): // between the items of a list: better than inside one
		return 0.25
	case strings.ContainsRune(",、，—", last), last == '–' && strings.HasSuffix(a.text, " "), separator(a.text), separator(b.text):
		return partEnd // a separator, left out where the line breaks, is a part's end; an en dash only spaced ("24/7 – free"), not in a range ("Monday–Saturday")
	case typeface.Unspaced(last) != typeface.Unspaced(first) && first != 0 && last != 0: // where Chinese or Japanese meets another script: "服務中心 / Chinese", not "中 / 心"
		return 0.2
	case t.pairs[string(last)+string(first)]: // a Chinese word of two characters: "可 / 以"
		return 1
	case kana > 0: // Japanese, which spaces no words: at a phrase's end, not inside a word
		return kana
	case strings.HasSuffix(a.text, zwsp): // between two words of Thai, Lao, Khmer or Myanmar that no space sets apart: dearer than at a space, which ends a phrase there ("ทุก / คน")
		return 0.6
	case strings.HasSuffix(a.text, " ") && content.UnbrokenScript(last) != "" && content.UnbrokenScript(first) != "": // a phrase's end ("ใครก็ตกเป็นเหยื่อได้ / ทุกคนช่วยได้")
		return partEnd
	case !strings.HasSuffix(a.text, " ") && (last == '-' || last == '‐') && capital(wa) && capital(wb): // inside a name's word: "Twenty- / Four Hour", "Saint- / Denis"
		return 2
	case !strings.HasSuffix(a.text, " "): // inside a word: after a hyphen, a slash, a Chinese character
		return 0.3
	case t.pairs[strings.ToLower(wa+" "+wb)] && wa == strings.TrimSpace(a.text): // a word of two syllables: "mua / bán"
		return 1
	case t.short(wa, 2) || t.phrase[strings.ToLower(wa)] || t.aux[strings.ToLower(wa)]:
		return 1
	case hangul(wb) && utf8.RuneCountInString(wb) == 1: // a bound noun: "당할 / 수 있습니다"
		return 1
	case t.and[strings.ToLower(wb)] && t.listBefore(segs[:j]): // before the last item of a list: worse than at its comma or between two other words
		return 0.4
	case unicode.IsLower(first) && (t.phrase[wb] || t.short(wb, 3)): // a phrase begins: "on", "sobre", "and"
		return 0.15
	case capital(wa) && capital(wb): // inside a name, worst where it leaves one of its words alone, best between its halves
		before, after := t.capitalRun(segs, j, -1), t.capitalRun(segs, j, 1)
		if before == 1 || after == 1 {
			return 2
		}
		return 0.6 + min(0.3, 0.1*math.Abs(float64(before-after)))
	case t.endsPhrase(segs[j:]): // "la trata / sexual de menores", "unexplained / cash,"
		return 0.9
	}
	return 0.3
}

// nameTail reports whether segs, the rest of a text, are a short abbreviation that ends it: a
// name's legal form (e. V., Inc., Ltd., S.A.), of six letters or fewer with a full stop.
func nameTail(segs []segment) bool {
	var b strings.Builder
	for _, sg := range segs {
		b.WriteString(sg.text)
	}
	rest := strings.TrimSpace(b.String())
	return strings.Contains(rest, ".") && utf8.RuneCountInString(strings.ReplaceAll(rest, " ", "")) <= 6 && strings.ContainsFunc(rest, unicode.IsLetter) && !strings.ContainsFunc(rest, unicode.IsDigit)
}

// stateAndCode reports whether segs begin with a state's or province's code and a postal code
// (OH 43604, NSW 2000), which stay with the town before them ("Toledo, OH 43604").
func stateAndCode(segs []segment) bool {
	if len(segs) < 2 {
		return false
	}
	state, code := strings.TrimSpace(segs[0].text), strings.TrimSpace(segs[1].text)
	n := utf8.RuneCountInString(state)
	return n >= 2 && n <= 3 && strings.ToUpper(state) == state && !strings.ContainsFunc(state, unicode.IsDigit) &&
		strings.ContainsFunc(state, unicode.IsLetter) && strings.ContainsFunc(code, unicode.IsDigit)
}

// short reports whether w is a word of at most n letters, which in most languages is a little
// word that begins a phrase ("on", "de"); not where every word is written short: a Vietnamese
// syllable, a word of one or two syllables of a script that writes each with one character
// (Korean "어떤", "당할"; Amharic "ልጅ", "ነው"), a Chinese or Japanese character, which UAX #14
// sets apart from the rest of its word ("中心" is "中", "心").
func (t *typography) short(w string, n int) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !t.syllables && !syllabary(r) && !typeface.Unspaced(r) && utf8.RuneCountInString(w) <= n
}

// syllabaries are the scripts whose every character is a syllable: Korean, Ethiopic (Amharic,
// Tigrinya), Cherokee, Canadian syllabics (Cree, Inuktitut), Yi and Vai.
var syllabaries = []*unicode.RangeTable{unicode.Hangul, unicode.Ethiopic, unicode.Cherokee, unicode.Canadian_Aboriginal, unicode.Yi, unicode.Vai}

func syllabary(r rune) bool { return unicode.IsOneOf(syllabaries, r) }

// spaced is the text of segs from their end (dir -1) or their start (1) to the nearest space:
// a word cut into several segments.
func spaced(segs []segment, dir int) string {
	var b strings.Builder
	if dir > 0 {
		for _, sg := range segs {
			b.WriteString(sg.text)
			if strings.HasSuffix(sg.text, " ") {
				break
			}
		}
		return b.String()
	}
	k := len(segs) - 1
	for k > 0 && !strings.HasSuffix(segs[k-1].text, " ") {
		k--
	}
	return joined(segs[k:])
}

// hangul reports whether w begins with a Korean syllable.
func hangul(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Hangul, r)
}

// endsPhrase reports whether the first word of rest closes the phrase before it: punctuation,
// the end of the text or a word that begins a phrase follows it.
func (t *typography) endsPhrase(rest []segment) bool {
	if rest[0].hard || len(rest) == 1 || strings.ContainsAny(strings.TrimRightFunc(rest[0].text, unicode.IsSpace), ",.!?:;") {
		return true
	}
	next := strings.ToLower(word(rest[1].text))
	return t.phrase[next] || t.and[next]
}

// numbered reports whether a segment is a number, as a question's "2. " is.
func numbered(seg string) bool {
	r, _ := utf8.DecodeRuneInString(seg)
	return unicode.IsDigit(r)
}

// capital reports whether a word begins with a capital letter.
func capital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// capitalRun is how many capitalised words run on from a break before segs[j], back (dir -1)
// or on (dir 1). A bound group of words (a name in a longer run) counts once, but for the one
// the break parts, a name too long for its line: its words are what the break leaves either
// side ("Clínica / La Esperanza" leaves one, "Clínica La Esperanza / Community" three).
func (t *typography) capitalRun(segs []segment, j, dir int) int {
	parted := segs[j-1].glue
	n := 0
	i := j
	if dir < 0 {
		i = j - 1
	}
	for ; i >= 0 && i < len(segs); i += dir {
		begins := i == 0 || !segs[i-1].glue || numbered(segs[i-1].text) // a group's first word: a heading's number glued to it is none of the group
		if !capital(word(segs[i].text)) {
			// a little word inside a name ("Contra la Trata", "Department of Health") joins
			// its capitalised words, and counts as none of them
			if begins || !segs[i].glue || !t.short(word(segs[i].text), 3) && !t.phrase[word(segs[i].text)] {
				break
			}
			continue
		}
		if begins || parted {
			n++
		}
		if begins {
			parted = false
		}
	}
	return n
}

// listBefore reports whether the clause that ends with segs has a comma in it: then a word
// such as "and" after it joins the last item of a list.
func (t *typography) listBefore(segs []segment) bool {
	for k := len(segs) - 1; k >= 0; k-- {
		s := strings.TrimRightFunc(segs[k].text, unicode.IsSpace)
		if strings.ContainsAny(s, ".!?:;") || segs[k].hard {
			return false
		}
		if strings.HasSuffix(s, ",") {
			return true
		}
	}
	return false
}

// inList reports whether the words after a comma that ends segs[j-1], up to the next comma or
// the end of the sentence, hold the word that joins the last item of a list: then the comma
// before them is inside it. Items of up to three words, each ending in a comma, may come
// first: the list's first comma is inside it too ("domestic violence, / sexual assault,
// stalking and trafficking"), but for the comma that ends a clause opened by a word such as
// "if" or "when", which a list may follow ("When you are ready, / call, text or chat").
func (t *typography) inList(segs []segment, j int) bool {
	words := 0 // of the item so far
	for _, s := range segs[j:] {
		if t.and[strings.ToLower(word(s.text))] {
			return true
		}
		tail := strings.TrimRightFunc(s.text, unicode.IsSpace)
		if words++; strings.HasSuffix(tail, ",") && !s.hard && words <= 3 && !t.opensClause(segs[:j]) {
			words = 0
			continue
		}
		if strings.ContainsAny(tail, ",.!?:;") || s.hard {
			return false
		}
	}
	return false
}

// opensClause reports whether the clause that ends with segs begins with a word that opens one
// ending at a comma ("If you are scared,", "Cuando estés lista,").
func (t *typography) opensClause(segs []segment) bool {
	k := len(segs) - 1
	for k > 0 && !segs[k-1].hard && !strings.ContainsAny(strings.TrimRightFunc(segs[k-1].text, unicode.IsSpace), ".!?:;") {
		k--
	}
	return k >= 0 && t.opens[strings.ToLower(word(segs[k].text))]
}

// fitOne checks s fits one line of width.
func fitOne(m Measurer, st Style, at diag.Located, width float64, where string) error {
	return fitMeasured(func(s string) float64 { return m.Width(st.Font, st.Size, s) }, st, at, width, where)
}

// fitMeasured is fitOne, a text's width in st being what measure gives (numberWidth: a number
// to call, its extension smaller).
func fitMeasured(measure func(string) float64, st Style, at diag.Located, width float64, where string) error {
	if strings.Contains(at.Text, "\n") {
		e := fitErr(at, where, "has a line break, but prints on one line here")
		e.Hint = "remove the line break: write it on one line"
		return e
	}
	if w := measure(at.Text); w > width+0.01 {
		e := fitErr(at, where, "is %s too wide for its %s box at %.1f pt", inches(w-width), inches(width), st.Size)
		n := utf8.RuneCountInString(at.Text)
		before, inside, bracketed := strings.Cut(strings.TrimSuffix(at.Text, ")"), " (")
		number, ext := content.SplitExt(at.Text)
		switch {
		case strings.HasPrefix(at.Field, "hotline.") && ext != "":
			// "(216) 623-4200 extension 204": the extension in fewer letters, where that fits
			for _, short := range []string{number + " ext. " + ext, number + " x" + ext} {
				if len(short) < len(at.Text) && measure(short) <= width+0.01 {
					e.Hint = fmt.Sprintf("write its extension in fewer letters: %q", short)
					break
				}
			}
		case strings.HasPrefix(at.Field, "hotline.") && bracketed && strings.HasSuffix(at.Text, ")") && strings.ContainsAny(inside, "0123456789"):
			// a vanity number with its digits, "1-800-799-SAFE (1-800-799-7233)": one of its forms
			e.Hint = fmt.Sprintf("write the number in one of its forms: %q or %q", before, inside)
		case n > 12: // a text, not a number: it does not wrap here
			fits, start, next := longestCut(at.Text, func(s string) bool { return measure(s) <= width+0.01 })
			e.Hint, e.Fits = cutAdvice("the text, which prints on one line here,", fits, start, next, n), fits
		}
		return e
	}
	return nil
}

// longestCut is the longest start of text cut at the end of a word (or of a character of a
// script that breaks between them, 你不是), without the spaces after it, that fits says fits,
// its length in characters, and the word after it (next), which does not fit with it; where
// not even its first word fits, the longest start of that word, cut between characters, and
// the character after it. n is 0 where nothing fits. The whole text is known not to fit, and a
// start that fits is taken to mean that every shorter one does.
func longestCut(text string, fits func(string) bool) (n int, start, next string) {
	var cuts []string
	end := 0
	for _, sg := range findSegments(text) {
		end += len(sg.text)
		if c := strings.TrimRightFunc(text[:min(end, len(text))], unicode.IsSpace); c != "" && (len(cuts) == 0 || cuts[len(cuts)-1] != c) {
			cuts = append(cuts, c)
		}
	}
	if len(cuts) > 1 {
		if i := sort.Search(len(cuts)-1, func(i int) bool { return !fits(cuts[i]) }); i > 0 {
			return utf8.RuneCountInString(cuts[i-1]), cuts[i-1], strings.TrimSpace(cuts[i][len(cuts[i-1]):])
		}
	}
	r := []rune(text)
	i := sort.Search(len(r), func(i int) bool { return !fits(string(r[:i+1])) })
	if i == 0 {
		return 0, "", ""
	}
	return i, string(r[:i]), string(r[i])
}

// cutAdvice says to shorten what, a text of n characters, to the start of it longestCut found
// fits (fits characters), and where to cut it to find that it does; "" where nothing fits.
func cutAdvice(what string, fits int, start, next string, n int) string {
	if fits == 0 {
		return ""
	}
	ending := []rune(start)
	if len(ending) > 24 { // the words it ends on, to find the place by
		tail := string(ending[len(ending)-24:])
		if i := strings.IndexFunc(tail, unicode.IsSpace); i >= 0 {
			tail = strings.TrimLeftFunc(tail[i:], unicode.IsSpace)
		}
		ending = []rune("…" + tail)
	}
	return fmt.Sprintf("shorten %s to %d of its %d characters: cut after %q it fits, and with %q after that it does not", what, fits, n, string(ending), next)
}

// addressBroken reports whether lines, the lines text is set in, break a web address in it
// (the whole text, when it is one).
func addressBroken(text string, isAddress bool, lines []string) bool {
	spans := addresses(text)
	if isAddress {
		spans = [][]int{{0, len(text)}}
	}
	for _, sp := range spans {
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, text[sp[0]:sp[1]]) }) {
			return true
		}
	}
	return false
}

// addressLines sets a web address alone (under a QR code, a chat line in a box) on one line,
// or on up to most, broken where wrap breaks an address in running text: after a '/', or
// before a dot of its site when its site does not fit a line; of the breaks that give the
// fewest lines, the one a reader follows best (wordBreakCost) and the most even. Its site
// breaks only where site allows it (not where a wider place is there to try). An address that
// does not fit is a FitError, with the lines it takes cut short, to lay out the rest with.
//
// A text of words with an address in it ("Chat online at chat.example.org/live") wraps as
// running text does, its address broken as wrap breaks one, in up to most lines.
func addressLines(m Measurer, st Style, at diag.Located, width float64, most int, site bool, where string) ([]string, error) {
	if m.Width(st.Font, st.Size, at.Text) <= width+0.01 {
		return []string{at.Text}, nil
	}
	if strings.ContainsFunc(at.Text, unicode.IsSpace) {
		lines, err := wrapEvenSegs(m, st, at, segments(typographyOf(m), at.Text), width, 0, most, where)
		if err == nil && len(lines) <= most {
			return lines, nil
		}
		e, ok := err.(*FitError)
		if err == nil {
			e, lines = fitErr(at, where, "needs %d lines at %.1f pt in a %s box; %d fit", len(lines), st.Size, inches(width), most), lines[:most]
		} else if !ok {
			return nil, err
		}
		if len(addresses(at.Text)) > 0 {
			e.Hint = "shorten the text, or give the address as a short link of your own that leads to the same page"
			if strings.HasPrefix(at.Field, "help.chat") || strings.HasSuffix(at.Field, ".more") {
				e.Hint = "shorten the text, or set hotline.chat in settings.yaml to a short link of your own that opens the chat"
			}
		}
		return lines, e
	}
	// its site is broken only when no break in its path will do: "humantraffickinghotline" /
	// ".org" reads as two addresses
	ways := []func(s string, pos, start, end int) breakKind{pathBreak}
	if site {
		ways = append(ways, addressBreak)
	}
	cut := []string{at.Text} // what is printed in its place while the layout goes on checking
	for _, may := range ways {
		segs := address(at.Text, findSegments(at.Text), []int{0, len(at.Text)}, webAddress, may)
		lines, err := wrapSegs(m, st, at, segs, width, where)
		if err == nil && len(lines) <= most {
			return wrapEvenSegs(m, st, at, segs, width, 0, 0, where)
		}
		if err == nil {
			cut = lines[:most]
		}
	}
	e := fitErr(at, where, "does not fit %s lines of %s at %.1f pt, even broken after a / or before a dot", []string{"no", "one", "two", "three"}[min(most, 3)], inches(width), st.Size)
	e.Whole = true
	switch {
	case at.Field == "resource_url" || at.Field == "display_url":
		e.Hint = "set display_url to a shorter address on resource_url's site that opens the same page (a short page of your own there), printed under the code, which still opens resource_url; or shorten resource_url itself"
	case at.File == "--url":
		e.Hint = "give --url a shorter address of your own that leads to the same page, or set display_url to one to print under the code"
	default:
		e.Hint = "link a short address that leads to the same page instead: a page of your own"
	}
	return cut, e
}
