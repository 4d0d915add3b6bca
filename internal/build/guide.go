package build

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/output"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
)

// GuideName is the print guide's file name in the output folder, in the first language the
// run prints (run.front); each other language's guide is how-to-print-LANG.pdf (GuideFile).
const GuideName = "how-to-print.pdf"

// GuideFile is the print guide's file name in a language of the run: front's (run.front,
// or none) keeps the plain name, so the README and the summary point at one file.
func GuideFile(lang, front string) string {
	if lang == front {
		return GuideName
	}
	return "how-to-print-" + lang + ".pdf"
}

// IsGuide says whether a file name is a print guide's, in any language.
func IsGuide(name string) bool {
	return name == GuideName || strings.HasPrefix(name, "how-to-print-") && strings.HasSuffix(name, ".pdf")
}

// guides makes the print guide in each language of the run, each naming every file made.
func (r *run) guides(dir *output.Dir, made []Result) ([]Result, error) {
	paper, ok := layout.Papers[r.o.Guide]
	if !ok {
		return nil, fmt.Errorf("the print guide comes on letter or a4, not %q", r.o.Guide)
	}
	var out []Result
	var english, files []string // the languages haven has no guide words for, whose guides are in English
	first := -1
	for _, lang := range r.printedLangs() {
		w := kinds.GuideWordsFor(lang)
		g, err := r.guide(dir, made, w, GuideFile(lang, r.front(GuideName, r.printedLangs())), paper)
		if err != nil {
			return nil, err
		}
		if base, _, _ := strings.Cut(lang, "-"); w.Lang != base {
			if first < 0 {
				first = len(out)
			}
			english, files = append(english, lang), append(files, filepath.Base(g.Path))
		}
		out = append(out, g)
	}
	if first >= 0 { // said once, as a language's card margin line in English is
		them := "these languages"
		if len(english) == 1 {
			them = "this language"
		}
		out[first].Note = fmt.Sprintf("the print guide is in English for %s (%s): haven has no guide words of its own for %s",
			strings.Join(english, ", "), strings.Join(files, ", "), them)
	}
	return out, nil
}

// guide lays out, renders, reads back and stages one print guide for the files made: one
// section per way of printing (a handout and its large print, each language), in w's words.
func (r *run) guide(dir *output.Dir, made []Result, w kinds.GuideWords, name string, paper layout.Paper) (Result, error) {
	type way struct {
		how   kinds.How
		paper string
	}
	var order []way
	docs := map[way][]kinds.Printing{}
	files := map[way][]string{}
	pages := map[way]map[int][]string{} // each file, by its page count
	rtlFiles := map[string]bool{}       // the files that read right to left
	fam := made[0].fam
	for _, m := range made {
		p := m.kind.Print
		k := way{p.How, p.Paper}
		if files[k] == nil {
			order = append(order, k)
		}
		if !slices.ContainsFunc(docs[k], func(q kinds.Printing) bool { return q.Name == p.Name }) {
			docs[k] = append(docs[k], p)
		}
		rel, err := filepath.Rel(r.o.Out, m.Path)
		if err != nil {
			rel = filepath.Base(m.Path)
		}
		files[k] = append(files[k], filepath.ToSlash(rel))
		if pages[k] == nil {
			pages[k] = map[int][]string{}
		}
		pages[k][m.Pages] = append(pages[k][m.Pages], filepath.ToSlash(rel))
		if i := slices.IndexFunc(r.languages, func(l *content.Language) bool { return l.Code == m.doc.Lang }); i >= 0 && layout.RTL(r.languages[i].FAQ.Title.Text) {
			rtlFiles[filepath.ToSlash(rel)] = true // as the handout decides its direction
		}
		if m.doc.Lang == w.Lang && fam == made[0].fam { // set in the family of the guide's language
			fam = m.fam
		}
	}
	fam, flags := r.commandFlags(fam, r.o.Flags)
	fam, batch := r.commandFlags(fam, r.o.BatchFlags)
	var sections []layout.GuideSection
	l := w.Labels
	for _, k := range order {
		in := docs[k][0].In(w)
		switch k.how {
		case kinds.HowHandout: // a handout runs to as many pages as its content
			in.Sides, in.PerSheet = w.HandoutRows(pages[k], func(f string) bool { return rtlFiles[f] })
		case kinds.HowBleed: // the size print shops make where the organisation is
			in.Shop = w.ShopRow(layout.ShopCardIn(r.o.Content.Settings.Country))
		}
		rows := [][2]string{{l.Paper, in.Stock}, {l.Scale, w.Scale}, {l.Sides, in.Sides}, {l.PerSheet, in.PerSheet}, {l.Cut, in.Cut}}
		if in.First != "" {
			rows = append([][2]string{{l.First, in.First}}, rows...)
		}
		if in.Shop != "" {
			rows = append(rows, [2]string{l.Shop, in.Shop})
		}
		if flags != "" || batch != "" { // a command given for this kit makes it from its content, into its folder
			for i := range rows {
				rows[i][1] = strings.ReplaceAll(rows[i][1], "haven cards --offset", "haven cards "+strings.TrimSpace(flags+" "+batch)+" --offset")
				rows[i][1] = strings.ReplaceAll(rows[i][1], "haven cards --calibrate", strings.TrimSpace("haven cards "+flags)+" --calibrate")
			}
		}
		sections = append(sections, layout.GuideSection{Title: kinds.Title(w, docs[k]), Files: files[k], Rows: rows})
	}
	text := w.GuideText
	// the rule not to test the number names the ways the line takes: a landline's says
	// nothing of texting
	reach := w.Reach[0]
	switch h := r.o.Content.Settings.Hotline; {
	case !h.Texts():
		reach = w.Reach[1]
	case !h.Calls():
		reach = w.Reach[2]
	}
	text.Rules = slices.Clone(text.Rules)
	text.Rules[1] = fmt.Sprintf(text.Rules[1], reach)
	if codes := r.o.Placements; len(codes) > 1 { // the sections name the first code's files
		shown := strings.Join(codes[:min(3, len(codes))], "/, ") + "/"
		if len(codes) > 3 {
			shown += ", ..."
		}
		text.Rules = append([]string{fmt.Sprintf(w.Placements, len(codes), shown)}, text.Rules...)
	}
	doc, err := layout.Guide(name, text, sections, paper, layout.Typeset(r.measurer(fam), w.Lang))
	if err != nil {
		return Result{}, err
	}
	return r.stageOwn(dir, name, "the print guide", doc, fam)
}

// commandFlags are the given flags as the guide's commands give them, and the family that
// prints them: a folder's name the guide's family lacks letters for (日本, שלום) is set in a
// font of the run that has them, as the content's text is; what no font has is written as
// the shell's $'\uXXXX' escapes, which still type the same name, so no name fails the build.
func (r *run) commandFlags(fam *typeface.Family, given []string) (*typeface.Family, string) {
	var buf sfnt.Buffer
	has := func(f *typeface.Family, c rune) bool {
		return slices.ContainsFunc(f.Faces(), func(g *typeface.Family) bool { return g.Has(&buf, c) })
	}
	for _, c := range strings.Join(given, "") {
		if has(fam, c) || unicode.IsControl(c) {
			continue
		}
		for _, f := range r.o.Families {
			if has(f, c) && pdf.Embeddable(f) == nil {
				g := *fam
				g.Fallback = append(slices.Clip(fam.Fallback), f)
				fam = &g
				break
			}
		}
	}
	prints := func(c rune) bool { return has(fam, c) && !unicode.IsControl(c) }
	flags := make([]string, len(given))
	for i, f := range given {
		flags[i] = diag.ShellQuote(f, prints)
	}
	return fam, strings.Join(flags, " ")
}
