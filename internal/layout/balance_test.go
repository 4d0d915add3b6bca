package layout_test

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/layout"
)

// lastPageColumns are the baselines of the text of a handout's last page above its closing
// panel (the lowest band of colour across the page), in its left and right columns.
func lastPageColumns(doc *layout.Doc, paper layout.Paper) (left, right []float64) {
	p := doc.Pages[len(doc.Pages)-1]
	panel := paper.H
	for _, it := range p.Items {
		if r, ok := it.(layout.Rect); ok && r.W > paper.W/2 && r.Y > paper.H/3 {
			panel = min(panel, r.Y)
		}
	}
	for _, it := range p.Items {
		if t, ok := it.(layout.Text); ok && t.Y < panel && t.S != "" {
			if t.X < paper.W/2 {
				left = append(left, t.Y)
			} else {
				right = append(right, t.Y)
			}
		}
	}
	return left, right
}

// The last page's two columns are balanced above the closing panel, whatever the FAQ's
// length, also when the panel took a page more and the text of that page begins with the
// closing moved on to it (the case where the closing stood in the left column alone).
func TestHandoutLastPageBalanced(t *testing.T) {
	type variant struct {
		name string
		in   layout.Input
	}
	var variants []variant
	for _, extra := range []int{0, 2, 4, 5, 6, 7, 9} { // the FAQ and its first questions again
		in := realInputs(t)[0]
		lang := *in.Lang
		lang.FAQ.Questions = append(slices.Clone(lang.FAQ.Questions), lang.FAQ.Questions[:extra]...)
		in.Lang = &lang
		variants = append(variants, variant{fmt.Sprintf("en+%d", extra), in})
	}
	variants = append(variants, variant{"vi-long", viLong(t)})
	spilled := 0
	for _, v := range variants {
		for _, name := range []string{"letter", "a4"} {
			paper := layout.Papers[name]
			doc, err := layout.Handout(v.in, paper, false)
			if err != nil {
				t.Fatalf("%s, %s: %v", v.name, name, err)
			}
			if strings.Contains(doc.Note, "no room for the closing panel") || len(doc.Pages) < 2 {
				continue // no panel to balance above, or one column
			}
			left, right := lastPageColumns(doc, paper)
			if len(doc.Pages) == 3 {
				spilled++
			}
			if len(left)+len(right) < 4 || len(right) == 0 && len(left) <= 6 {
				continue // a short text parted inside a paragraph stays in one column: TestShortLastPageInOneColumn
			}
			// as level as the text's breaks allow: a heading stays with its answer's first lines,
			// so the columns may differ by a few lines, never by half
			top := slices.Min(append(slices.Clone(left), right...))
			depth := func(ys []float64) float64 {
				if len(ys) == 0 {
					return 0
				}
				return slices.Max(ys) - top + 16 // to the foot of the last line
			}
			if l, r := depth(left), depth(right); min(l, r) < max(l, r)/2 {
				t.Errorf("%s, %s, page %d of %d: %d lines in the left column, %d in the right, %.0f and %.0f pt deep",
					v.name, name, len(doc.Pages), len(doc.Pages), len(left), len(right), l, r)
			}
		}
	}
	if spilled == 0 {
		t.Error("no variant took a page more for its closing panel: the case is not tested")
	}
}

// The last page of a handout of two sheets does not begin with a paragraph's last few lines
// above the closing panel while the page before is full: it takes on the closing, its heading
// first ("menores. Si usted ..." in two lines over the panel, the Spanish FAQ with 19
// questions on Letter, read as a scrap). Each last page holding text begins with a heading, or
// holds a third of its room.
func TestLastPageNotAParagraphsTail(t *testing.T) {
	for _, lang := range []int{0, 1} {
		for _, n := range []int{13, 15, 19} {
			in := realInputs(t)[lang]
			l := *in.Lang
			var qs []content.QA
			for i := range n {
				qs = append(qs, l.FAQ.Questions[i%len(l.FAQ.Questions)])
			}
			l.FAQ.Questions = qs
			in.Lang = &l
			for _, name := range []string{"letter", "a4"} {
				paper := layout.Papers[name]
				doc, err := layout.Handout(in, paper, false)
				if err != nil {
					t.Fatalf("%s, %d questions, %s: %v", l.Code, n, name, err)
				}
				left, right := lastPageColumns(doc, paper)
				if len(doc.Pages) < 3 || len(left) == 0 {
					continue
				}
				top := slices.Min(append(left, right...))
				var first layout.Text // the last page's first line, at the left column's head
				for _, it := range doc.Pages[len(doc.Pages)-1].Items {
					if x, ok := it.(layout.Text); ok && x.S != "" && x.Y == top && (first.S == "" || x.X < first.X) {
						first = x
					}
				}
				if first.Font != layout.Bold && len(left)+len(right) < 8 {
					t.Errorf("%s, %d questions, %s: the last of %d pages begins with %q, no heading, and holds %d lines", l.Code, n, name, len(doc.Pages), first.S, len(left)+len(right))
				}
			}
		}
	}
}

// A short text on the last page above the closing panel (under a third of its room in one
// column) is balanced only where it parts between paragraphs: the tail of a paragraph, or a
// closing of one paragraph after its heading, alone on the page stays in the left column
// rather than set three lines and two; two short paragraphs still take a column each.
func TestShortLastPageInOneColumn(t *testing.T) {
	const closing = "Whatever is happening, you deserve to be safe and respected. Whether you are ready to leave, want to talk, or just have a question, we are here for you every day of the year. Call us."
	for _, tt := range []struct {
		extra    int // the FAQ's first questions again
		oneClose bool
		paper    string
		columns  int
	}{
		{5, true, "letter", 1}, // the closing, its heading and one paragraph
		{6, true, "a4", 1},
		{4, true, "letter", 1},
		{6, false, "a4", 2}, // the closing's two paragraphs
		{5, false, "letter", 2},
		{4, false, "letter", 2}, // the closing, moved on whole from the page before its last paragraph began on (TestLastPageNotAParagraphsTail)
	} {
		in := realInputs(t)[0]
		lang := *in.Lang
		lang.FAQ.Questions = append(slices.Clone(lang.FAQ.Questions), lang.FAQ.Questions[:tt.extra]...)
		if tt.oneClose {
			c := lang.FAQ.Closing[0]
			c.Text = closing
			lang.FAQ.Closing = []content.Para{c}
		}
		in.Lang = &lang
		paper := layout.Papers[tt.paper]
		doc, err := layout.Handout(in, paper, false)
		if err != nil {
			t.Fatal(err)
		}
		left, right := lastPageColumns(doc, paper)
		if len(doc.Pages) != 3 || len(left)+len(right) > 12 {
			t.Fatalf("en+%d, %s: %d pages, %d lines on the last: not the case to test", tt.extra, tt.paper, len(doc.Pages), len(left)+len(right))
		}
		if got := map[bool]int{true: 1, false: 2}[len(right) == 0]; got != tt.columns {
			t.Errorf("en+%d, %s: the last page's %d lines set in %d columns (%d and %d lines), want %d", tt.extra, tt.paper, len(left)+len(right), got, len(left), len(right), tt.columns)
		}
	}
}

// lineAt is the line of p whose baseline is y, its runs in order.
func lineAt(p layout.Page, y float64) string {
	var runs []layout.Text
	for _, it := range p.Items {
		if t, ok := it.(layout.Text); ok && math.Abs(t.Y-y) < 0.5 {
			runs = append(runs, t)
		}
	}
	slices.SortFunc(runs, func(a, b layout.Text) int { return cmp.Compare(a.X, b.X) })
	var b strings.Builder
	for _, t := range runs {
		b.WriteString(t.S)
	}
	return strings.TrimSpace(b.String())
}

// A number line too wide to stand beside the QR code in the large print's strip ("Tumawag sa
// 1-888-373-7888" at 29 pt) breaks before the number rather than turn the strip into the full
// panel, the code under the numbers, that took half a page and left a question alone on it:
// the strip stays under a third of the page, and the FAQ keeps to its six pages. The number
// begins its line, the words before it all on the line above ("Composez le numéro" /
// "1-888-373-7888", not "Composez" / "le numéro 1-888-373-7888").
func TestLargePrintStripBreaksALongNumberLine(t *testing.T) {
	const number = "1-888-373-7888"
	for _, tt := range []struct {
		call  string
		lines []string // the call line in the strip
	}{
		{"Call {call}", []string{"Call " + number}},
		{"Llame al {call}", []string{"Llame al " + number}},
		{"Tumawag sa {call}", []string{"Tumawag sa", number}},
		{"Composez le numéro {call}", []string{"Composez le numéro", number}},
		{"Call the free helpline on {call}", []string{"Call the free helpline on", number}},
	} {
		call := tt.call
		for _, name := range []string{"letter", "a4"} {
			in := realInputs(t)[0]
			lang := *in.Lang
			lang.Text.Help.Call.Text = strings.ReplaceAll(call, "{call}", number)
			lang.FAQ.Questions = append(slices.Clone(lang.FAQ.Questions), lang.FAQ.Questions[:3]...)
			in.Lang = &lang
			paper := layout.Papers[name]
			doc, err := layout.Handout(in, paper, true)
			if err != nil {
				t.Fatalf("%q, %s: %v", call, name, err)
			}
			if len(doc.Pages) > 6 {
				t.Errorf("%q, %s: %d pages", call, name, len(doc.Pages))
			}
			// the strip: the band of colour across the foot of page 4, the back of sheet 2
			if len(doc.Pages) < 5 {
				t.Fatalf("%q, %s: %d pages, no strip to test", call, name, len(doc.Pages))
			}
			strip := doc.Pages[3]
			for _, it := range strip.Items {
				if r, ok := it.(layout.Rect); ok && r.W > paper.W/2 && r.H > paper.H/3 {
					t.Errorf("%q, %s: the strip on page 4 is %.0f%% of the page", call, name, 100*r.H/paper.H)
				}
			}
			if !strings.Contains(pageTexts(strip), number) || !hasCode(strip) {
				t.Errorf("%q, %s: page 4 has not the number and the code", call, name)
			}
			// the call line's lines: the last the number's, those above it one leading apart
			var at layout.Text
			for _, it := range strip.Items {
				if x, ok := it.(layout.Text); ok && x.S == number && x.Size > at.Size {
					at = x
				}
			}
			var got []string
			for k := range tt.lines {
				got = append(got, lineAt(strip, at.Y-float64(len(tt.lines)-1-k)*at.Size*1.2))
			}
			if !slices.Equal(got, tt.lines) {
				t.Errorf("%q, %s: the strip's call line is %q, want %q", call, name, got, tt.lines)
			}
		}
	}
}
