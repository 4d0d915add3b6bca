package build

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/output"
)

// GuideName is the print guide's file name in the output folder.
const GuideName = "how-to-print.pdf"

// guideRules are said once, for every file.
var guideRules = []string{
	`Print every file at 100%: in the print window choose "Actual size" (or Scale: 100), never "Fit to page", "Shrink oversized pages" or "Fit". A shrunk page moves every cut line and no longer fits card stock.`,
	`Print one copy first and check it against proof.pdf: call or text the number printed on it, and scan its QR code with a phone.`,
	`Do not edit the PDFs: haven checked every number and QR code in them as they are. Change the content and make them again instead.`,
}

// guide lays out, renders, reads back and stages the print guide for the files made: one
// section per document of the plan (its languages together), saying how to print it.
func (r *run) guide(dir *output.Dir, made []Result) (Result, error) {
	paper, ok := layout.Papers[r.o.Guide]
	if !ok {
		return Result{}, fmt.Errorf("the print guide comes on letter or a4, not %q", r.o.Guide)
	}
	// files printed the same way share a section: a handout and its large print, each language
	var order []kinds.Printing
	whats := map[kinds.Printing][]string{}
	files := map[kinds.Printing][]string{}
	for _, m := range made {
		p := m.kind.Print
		if files[p] == nil {
			order = append(order, p)
		}
		if !slices.Contains(whats[p], m.kind.What) {
			whats[p] = append(whats[p], m.kind.What)
		}
		rel, err := filepath.Rel(r.o.Out, m.Path)
		if err != nil {
			rel = filepath.Base(m.Path)
		}
		files[p] = append(files[p], filepath.ToSlash(rel))
	}
	var sections []layout.GuideSection
	for _, p := range order {
		rows := [][2]string{
			{"Paper", p.Stock},
			{"Scale", `100% ("Actual size")`},
			{"Sides", p.Sides},
			{"On a sheet", p.PerSheet},
			{"Cutting", p.Cut},
		}
		if p.First != "" {
			rows = append([][2]string{{"First", p.First}}, rows...)
		}
		if p.Shop != "" {
			rows = append(rows, [2]string{"Print shop", p.Shop})
		}
		sections = append(sections, layout.GuideSection{Title: sectionTitle(whats[p]), Files: strings.Join(files[p], "   "), Rows: rows})
	}
	fam := made[0].fam
	doc, err := layout.Guide("How to print this kit", guideRules, sections, paper, r.measurers[fam.Name])
	if err != nil {
		return Result{}, err
	}
	return r.stageOwn(dir, GuideName, "the print guide", doc, fam)
}

// sectionTitle is the documents of a section as a heading: "Handout and large-print handout
// on Letter (8.5 x 11 in)".
func sectionTitle(whats []string) string {
	paper := ""
	var names []string
	for _, w := range whats {
		name, p, ok := strings.Cut(w, " on ")
		if ok {
			paper = " on " + layout.PaperTitle(p)
		}
		names = append(names, name)
	}
	t := names[0]
	if n := len(names); n > 1 {
		t = strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	return strings.ToUpper(t[:1]) + t[1:] + paper
}
