package layout_test

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"

	"haven/internal/diag"
	"haven/internal/layout"
)

// pageLines are the lines of p, top to bottom, each its runs in order.
func pageLines(p layout.Page) []string {
	var texts []layout.Text
	for _, it := range p.Items {
		if t, ok := it.(layout.Text); ok && t.S != "" {
			texts = append(texts, t)
		}
	}
	slices.SortStableFunc(texts, func(a, b layout.Text) int { return cmp.Compare(a.Y, b.Y) })
	var out []string
	for i := 0; i < len(texts); {
		j := i + 1
		for j < len(texts) && math.Abs(texts[j].Y-texts[i].Y) < 0.5 {
			j++
		}
		out = append(out, lineAt(p, texts[i].Y))
		i = j
	}
	return out
}

// pageLabel is a handout's page number, at the end of its footer's last line.
var pageLabel = regexp.MustCompile(`(Page|Página) \d+ (of|de) \d+$`)

// nameLines are the lines a name is set in on p, found as consecutive lines that make it; nil
// where it is not there.
func nameLines(p layout.Page, name string) []string {
	ls := pageLines(p)
	for i, l := range ls {
		ls[i] = pageLabel.ReplaceAllString(l, "")
	}
	for i := range ls {
		for j := i + 1; j <= len(ls); j++ {
			joined := strings.ReplaceAll(strings.Join(ls[i:j], " "), "- ", "-") // "Cedar-" / "Riverside"
			if len(joined) > len(name) {
				break
			}
			if joined == name {
				return ls[i:j]
			}
		}
	}
	return nil
}

// An organisation's name too long for one line, beside a poster's QR code or in a large-print
// handout's footer, is broken as a designer breaks a name: every line two words or more, none
// ending on a little word ("Clínica La" / "Esperanza …", "Centro" / "de Salud …"), in each
// language, on every size. The edition binds its names, as a build does, so that a break
// inside one is the layout's last resort.
func TestNameLinesAreBalanced(t *testing.T) {
	little := map[string]bool{}
	for _, w := range strings.Fields("a al an and as at by de del el en for from in la las los of on or the to y") {
		little[w] = true
	}
	for _, tt := range []struct {
		lang int // of realInputs: 0 English, 1 Spanish
		name string
	}{
		{0, "Clínica La Esperanza Community Health Center"},
		{1, "Centro de Salud Comunitario Clínica La Esperanza"},
		{0, "Cedar-Riverside Refugee Welcome Center"},
		{0, "Tuscarawas, Carroll and Harrison Counties Alcohol, Drug Addiction and Mental Health Services Board"},
	} {
		in := realInputs(t)[tt.lang]
		in.Settings.Organisation.Name = diag.Located{File: "settings.yaml", Line: 7, Field: "organisation.name", Text: tt.name}
		in.M = layout.Typeset(in.M, in.Lang.Code, in.Lang.Text.HotlineName.Text, tt.name)
		var docs []*layout.Doc
		for _, paper := range layout.PosterPapers {
			doc, err := layout.Poster(in, layout.Papers[paper])
			if err != nil {
				t.Fatalf("%q, %s poster: %v", tt.name, paper, err)
			}
			docs = append(docs, doc)
		}
		for _, paper := range []string{"letter", "a4"} {
			doc, err := layout.Handout(in, layout.Papers[paper], true)
			if err != nil {
				t.Fatalf("%q, %s large print: %v", tt.name, paper, err)
			}
			docs = append(docs, doc)
		}
		broken := 0
		for _, doc := range docs {
			ls := nameLines(doc.Pages[0], tt.name)
			if ls == nil {
				t.Errorf("%s: the name %q is not on page 1 as lines of its own:\n%s", doc.Name, tt.name, strings.Join(pageLines(doc.Pages[0]), "\n"))
				continue
			}
			if len(ls) > 1 {
				broken++
			}
			for _, l := range ls {
				words := strings.Fields(l)
				if len(ls) > 1 && (len(words) < 2 || little[strings.ToLower(words[len(words)-1])]) {
					t.Errorf("%s: the name is set %q: a word alone, or a line ending on a little word", doc.Name, ls)
					break
				}
			}
		}
		if broken == 0 {
			t.Errorf("%q is on one line everywhere: the case is not tested", tt.name)
		}
	}
}

// A large-print footer (18 pt, on every page) sets a long organisation name over its contact
// line in the page's whole measure: only its last line stands beside the page number. It
// takes so many lines and no more, and its last line ends before the page number begins.
func TestLargePrintFooterTakesTheWholeMeasure(t *testing.T) {
	const county = "Tuscarawas, Carroll and Harrison Counties Alcohol, Drug Addiction and Mental Health Services Board"
	for _, tt := range []struct {
		lang          int
		name, contact string
		most          int // the footer's lines
	}{
		{0, county, "1260 Monroe Street NW, Suite 27, New Philadelphia, OH 44663 · (330) 364-6488 · info@tchmhboard.org", 4},
		{1, "Centro de Salud Comunitario Clínica La Esperanza", "2150 S. Union Ave, Los Angeles, CA 90007 · (213) 747-5542", 3},
		{0, county, "", 3}, // no contact: the name's last line is beside the page number
	} {
		in := realInputs(t)[tt.lang]
		org := &in.Settings.Organisation
		org.Name = diag.Located{File: "settings.yaml", Line: 7, Field: "organisation.name", Text: tt.name}
		org.Contact = diag.Located{File: "settings.yaml", Line: 9, Field: "organisation.contact", Text: tt.contact}
		org.Website = ""
		in.M = layout.Typeset(in.M, in.Lang.Code, in.Lang.Text.HotlineName.Text, tt.name)
		for _, paper := range []string{"letter", "a4"} {
			doc, err := layout.Handout(in, layout.Papers[paper], true)
			if err != nil {
				t.Fatalf("%q, %s: %v", tt.name, paper, err)
			}
			p := doc.Pages[0]
			rule := 0.0 // the footer's rule: the lowest rule on the page
			for _, it := range p.Items {
				if r, ok := it.(layout.Rule); ok && r.Y1 == r.Y2 {
					rule = max(rule, r.Y1)
				}
			}
			var foot []layout.Text
			for _, it := range p.Items {
				if x, ok := it.(layout.Text); ok && x.Y > rule && x.S != "" {
					foot = append(foot, x)
				}
			}
			label := slices.IndexFunc(foot, func(x layout.Text) bool { return pageLabel.MatchString(x.S) })
			if label < 0 {
				t.Fatalf("%s: no page number under the footer's rule", doc.Name)
			}
			var ys []float64
			for _, x := range foot {
				if !slices.ContainsFunc(ys, func(y float64) bool { return math.Abs(y-x.Y) < 0.5 }) {
					ys = append(ys, x.Y)
				}
				if k := foot[label]; x != k && math.Abs(x.Y-k.Y) < 0.5 && x.X+x.W > k.X {
					t.Errorf("%s: %q runs into the page number", doc.Name, x.S)
				}
			}
			if len(ys) > tt.most {
				t.Errorf("%s: the footer takes %d lines, want %d at most:\n%s", doc.Name, len(ys), tt.most, strings.Join(pageLines(p)[len(pageLines(p))-len(ys):], "\n"))
			}
		}
	}
}
