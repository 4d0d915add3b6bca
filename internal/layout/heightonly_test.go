package layout

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"testing"

	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/typeface"
)

// TestHeightOnlyAsFlowed: the FAQ flowed for its height alone (mayTakeOneColumn) is as tall as
// the FAQ flowed to be drawn, line for line, and fails where it fails, with the same words:
// the built-in languages, French, Greek and Vietnamese as content, and a Vietnamese FAQ too
// long for a sheet, each in the family it prints in and in a face of fixed widths, on both
// papers, in every scale a handout is tried at, loose, tight and closest, in its column and in
// one too narrow for its words.
func TestHeightOnlyAsFlowed(t *testing.T) {
	ins := faqInputs(t)
	scales := []handoutScale{normalPrint, largePrint, shortPrint, shortPrint.at(14), shortPrint.at(13), normalPrint.at(13)}
	compared, failed := 0, 0
	for _, in := range ins {
		for _, paper := range []string{"letter", "a4"} {
			for _, sc := range scales {
				for _, set := range []struct{ tight, closest bool }{{false, false}, {true, false}, {true, true}} {
					drawn := handout{in: in, th: in.theme(), p: Papers[paper], sc: sc, url: in.qrURL("handout"), closest: set.closest}
					counted := drawn
					counted.heightOnly = true
					margin, column := drawn.measure()
					for _, width := range []float64{column, 90} {
						name := fmt.Sprintf("%s %T %s %.0f pt %+v, %.0f pt wide", in.Lang.Code, in.M, paper, sc.body, set, width)
						a, aerr := drawn.flow(margin, width, set.tight)
						b, berr := counted.flow(margin, width, set.tight)
						compared++
						if fmt.Sprint(aerr) != fmt.Sprint(berr) {
							t.Errorf("%s: drawn fails with %v, counted with %v", name, aerr, berr)
							continue
						}
						if aerr != nil {
							failed++
							continue
						}
						if ah, bh := heightOf(a.rows), heightOf(b.rows); ah != bh || len(a.rows) != len(b.rows) {
							t.Errorf("%s: drawn %d rows %.3f pt tall, counted %d rows %.3f pt", name, len(a.rows), ah, len(b.rows), bh)
						}
						if !slices.EqualFunc(a.sizes, b.sizes, func(x, y textSize) bool { return x.name == y.name && x.lines == y.lines && x.at == y.at }) {
							t.Errorf("%s: drawn sizes %v, counted %v", name, a.sizes, b.sizes)
						}
					}
				}
			}
		}
	}
	if failed == 0 || failed == compared {
		t.Errorf("%d of %d flows failed: the comparison needs both kinds", failed, compared)
	}
}

// TestOneColumnStopsWhenTaller: the one-column question stops flowing the FAQ once it is taller
// than the room, and answers as the whole flow would: every language, paper and page count,
// FAQs that fit and ones that do not.
func TestOneColumnStopsWhenTaller(t *testing.T) {
	answers := map[bool]int{}
	for _, in := range faqInputs(t) {
		for _, paper := range []string{"letter", "a4"} {
			h := handout{in: in, th: in.theme(), p: Papers[paper], sc: normalPrint, url: in.qrURL("handout")}
			for pages := 1; pages <= 3; pages++ {
				whole := h.oneColumn(0)
				margin, colW := whole.measure()
				f, err := whole.flow(margin, colW, false)
				want := err == nil && heightOf(f.rows) <= h.oneColumnRoom(pages)
				if got := h.mayTakeOneColumn(pages); got != want {
					t.Errorf("%s %T %s, %d pages: stopping early answers %v, the whole flow %v", in.Lang.Code, in.M, paper, pages, got, want)
				}
				answers[want]++
			}
		}
	}
	if answers[true] == 0 || answers[false] == 0 {
		t.Errorf("answers %v: the test needs FAQs that fit and ones that do not", answers)
	}
}

// faqInputs are the built-in languages, French, Greek and Vietnamese as content, and a
// Vietnamese FAQ too long for a sheet, each in the family it prints in and in a face of fixed
// widths.
func faqInputs(t *testing.T) []Input {
	t.Helper()
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	var ins []Input
	for _, fsys := range []fs.FS{contenttest.WithLanguages(t, []string{"fr", "el", "vi"}, nil), os.DirFS("testdata/vi-long")} {
		c, err := content.Load(fsys, "content", content.Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		for i := range c.Languages {
			l := &c.Languages[i]
			fam, err := typeface.Choose(l.Code, fams, append(c.Printed, l.FAQ.Title))
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range []Measurer{typeface.NewMeasurer(fam), mono{}} {
				ins = append(ins, Input{Settings: c.Settings, Address: c.Address, Lang: l, M: m})
			}
		}
	}
	return ins
}
