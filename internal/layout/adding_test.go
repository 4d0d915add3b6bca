package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/typeface"
)

// widthOnly is a Measurer with Width alone: wrapSegs measures each candidate line whole.
type widthOnly struct{ Measurer }

// TestWrapByAddingAsByMeasuring: a text whose widths add up is wrapped, and wrapped evenly,
// measuring each piece once (adder), into the lines that measuring every candidate line whole
// makes: every text of the built-in content and texts made to reach the edge cases (soft
// hyphens, a separator at a line's end, addresses, spaces at the ends, a word wider than the
// line), in three faces and sizes, at widths from a word's to a page's.
func TestWrapByAddingAsByMeasuring(t *testing.T) {
	texts := wrapTexts(t)
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	styles := []Style{{Font: Regular, Size: 10}, {Font: Bold, Size: 13.5}, {Font: Italic, Size: 8.25}}
	added, compared := 0, 0
	for _, fam := range fams {
		m := Typeset(typeface.NewMeasurer(fam), "en")
		ts := m.(typeset)
		whole := typeset{widthOnly{ts.Measurer}, ts.t} // the same typography, measuring whole lines
		for _, text := range texts {
			segs := segments(typographyOf(m), text)
			if unitsOf(m).Additive(text+"-") && !content.HasMarks(text) {
				added++
			}
			for _, st := range styles {
				for width := 20.0; width < 600; width += 17.3 {
					at := diag.Located{File: "t", Text: text}
					got, gotErr := wrapSegs(m, st, at, segs, width, "here")
					want, wantErr := wrapSegs(whole, st, at, segs, width, "here")
					compared++
					if !slices.Equal(got, want) || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
						t.Fatalf("%s, %v at %.1f pt wide: by adding %q (%v), by measuring %q (%v)", fam.Name, st, width, got, gotErr, want, wantErr)
					}
					for _, most := range []int{0, 4} {
						got, gotErr := wrapEvenSegs(m, st, at, segs, width, most, 0, "here")
						want, wantErr := wrapEvenSegs(whole, st, at, segs, width, most, 0, "here")
						if !slices.Equal(got, want) || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
							t.Fatalf("%s, %v at %.1f pt wide, evenly in up to %d lines: by adding %q (%v), by measuring %q (%v)", fam.Name, st, width, most, got, gotErr, want, wantErr)
						}
					}
				}
			}
		}
	}
	if added < len(texts)/2 {
		t.Errorf("only %d of %d texts wrapped by adding: the test compares too little", added, len(texts))
	}
	t.Logf("%d wraps compared, %d of %d texts by adding", compared, added, len(texts)*len(fams))
	if !strings.Contains(texts[1], "\u00ad") {
		t.Fatal("no soft hyphen to test")
	}
}

// TestLeastLines: leastLines, where it answers, is never more lines than a wrap takes, and is
// close to it: the texts, faces, sizes and widths TestWrapByAddingAsByMeasuring wraps.
func TestLeastLines(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	answered, lines, least := 0, 0, 0
	for _, fam := range fams {
		m := Typeset(typeface.NewMeasurer(fam), "en")
		for _, text := range wrapTexts(t) {
			for _, st := range []Style{{Font: Regular, Size: 10}, {Font: Bold, Size: 13.5}, {Font: Italic, Size: 8.25}} {
				for width := 20.0; width < 600; width += 17.3 {
					n, ok := leastLines(m, st, text, width)
					got, err := wrap(m, st, diag.Located{File: "t", Text: text}, width, "here")
					if !ok || err != nil {
						continue
					}
					answered++
					lines, least = lines+len(got), least+n
					if n > len(got) {
						t.Fatalf("%s, %v at %.1f pt wide: at least %d lines, but %q wraps into %d", fam.Name, st, width, n, text, len(got))
					}
				}
			}
		}
	}
	if answered < 1000 || float64(least) < 0.85*float64(lines) {
		t.Errorf("%d texts answered, %d lines at least of %d: the bound says too little", answered, least, lines)
	}
}

// wrapTexts are texts to wrap: every text of the built-in content, and texts made to reach the
// edge cases.
func wrapTexts(t *testing.T) []string {
	c, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Call 1-888-373-7888 · Text 233733 · humantraffickinghotline.org",
		"Pala\u00adbra lar\u00adguí\u00adsi\u00adma con guio\u00adnes sua\u00adves, y otra pa\u00adla\u00adbra",
		"  spaces before and after  ",
		"Write to help@example.org or visit https://www.example.org/a/long/path/to/a/page/of/help",
		"Supercalifragilisticexpialidociousness beyond any line at all",
		"One · two · three · four · five · six · seven · eight · nine · ten",
		"A line with a no-break space: 24\u00a0hours a day, 7\u00a0days a week, 365\u00a0days a year.",
		"Some **bold words** and *italic ones* measured whole", // not by adding: each is set in its face
		"اتصل بنا على 1-888-373-7888 في أي وقت",                // not by adding: shaped
	}
	for _, l := range c.Languages {
		for _, at := range l.Texts {
			texts = append(texts, at.Text)
		}
	}
	return texts
}
