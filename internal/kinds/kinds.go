// Package kinds is the one registry of output kinds: each kind's name, the papers it comes on,
// the documents it makes on each, and how a document becomes a verified file. Adding a kind is
// one file and its line in the registry, and the build, the command line and the checks pick it up.
package kinds

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/typeface"
)

// Kind is one kind of output.
type Kind struct {
	Name     string
	About    string    // one line, for help
	Papers   []string  // the papers it comes on, in the order they are listed
	Defaults []string  // the papers made when none is asked for
	Editions []Edition // the editions it comes in on each paper, all made when none is asked for; nil: one
	// Docs lists the documents of this kind on one of its papers.
	Docs func(paper string) []Doc
	// Once lists the documents made once with the kind, whichever of its papers are asked for,
	// after those of the first: documents on no one of them (the print-shop card, whose size
	// follows country:, not the paper).
	Once []Doc
}

// Doc is one document to make: what it is, for messages, and how it is made. A printed
// document is laid out and rendered in Format; a document made from the printed ones (the
// resource page, which links them for download) has FromPrinted instead, and is made after
// them.
type Doc struct {
	What        string // e.g. "handout on letter"
	Layout      func(layout.Input) (*layout.Doc, error)
	Format      Format
	FromPrinted func(Printed) ([]File, error)
	Print       Printing // how to print it, for the print guide; empty for what is not printed
	Edition     string   // which of its kind's Editions it is; empty for a kind without editions
}

// Edition is one version of a kind's document on a paper, e.g. the large-print handout.
type Edition struct {
	Name  string // as --edition takes it
	About string // one line, for help and completion
}

// of marks d as the edition named.
func (d Doc) of(edition string) Doc {
	d.Edition = edition
	return d
}

// Printed is what a document made from the printed ones gets: the content, the language, the
// run's languages, the one whose page is the front page too (none: an earlier run's stays),
// the languages whose pages an earlier run made and this one keeps, and that language's
// printed files.
type Printed struct {
	Content *content.Content
	Lang    string
	Langs   []string
	Front   string
	Kept    []*content.Language
	Files   []File
}

// File is one made file, by its path in the output folder.
type File struct {
	Name  string // slash-separated, e.g. handout-en-letter.pdf or site/en/index.html
	Data  []byte
	Print Printing // how it is printed, which names it in a download link
}

// Format renders a laid-out document, and reads the result back, refusing a file that differs
// from its layout: two steps, so that a run can write the file while it reads it back.
type Format interface {
	Ext() string
	Render(doc *layout.Doc, fam *typeface.Family, created time.Time) ([]byte, error)
	Check(raw []byte, doc *layout.Doc) error
	// Warm readies what rendering in fam takes before a document's first page can be drawn
	// (a PDF's fonts), so that a core left idle while documents are laid out can do it.
	Warm(fam *typeface.Family)
}

// registry lists every kind, in the order a kit lists them.
var registry = []Kind{handout, cards, poster, site}

// All lists the kinds in the order a kit lists them.
func All() []Kind { return slices.Clone(registry) }

// Names lists every kind's name.
func Names() []string {
	var out []string
	for _, k := range registry {
		out = append(out, k.Name)
	}
	return out
}

// Printed lists the kinds that are made on paper.
func PrintedNames() []string {
	var out []string
	for _, k := range registry {
		if k.Papers != nil {
			out = append(out, k.Name)
		}
	}
	return out
}

// AllDocs lists every document of the kind, on every paper it comes on.
func (k Kind) AllDocs() []Doc {
	if k.Papers == nil {
		return k.Docs("")
	}
	var out []Doc
	for _, p := range k.Papers {
		out = append(out, k.Docs(p)...)
	}
	return append(out, k.Once...)
}

// Get finds a kind by name.
func Get(name string) (Kind, bool) {
	for _, k := range registry {
		if k.Name == name {
			return k, true
		}
	}
	return Kind{}, false
}

// isoPaper reports whether the paper (or tear-off size) p is of ISO 216's A series, the
// sizes of the countries that print on A4.
func isoPaper(p string) bool {
	switch cmp.Or(TearOffPaper(p), p) {
	case "a4", "a3", "a2":
		return true
	}
	return false
}

// Plan lists the documents of each kind named for the papers and editions asked for (each
// kind's default papers and all its editions when none is). A paper applies to the kinds that
// come on it: `build --paper tabloid` makes tabloid posters only; a paper none of the kinds
// comes on is an error, and so is an edition. A paper asked for twice is made once. home is
// the paper of the content's country (layout.HomePaper), or "" when it is not known yet: where
// it is A4, the defaults are the ISO sizes alone, as no one there prints on Letter or 18 x 24 in.
func Plan(names, papers, editions []string, home string) ([][]Doc, error) {
	if err := checkEditions(names, editions); err != nil {
		return nil, err
	}
	var out [][]Doc
	used := map[string]bool{}
	var printed, known, all []string // the kinds made on paper, and their papers
	for _, name := range names {
		k, ok := Get(name)
		if !ok {
			return nil, fmt.Errorf("unknown kind of output %q (known: %s)", name, strings.Join(Names(), ", "))
		}
		if k.Papers == nil { // a kind not made on paper is made whatever papers are asked for
			out = append(out, k.Docs(""))
			continue
		}
		printed = append(printed, k.Name)
		known, all = append(known, k.Name+": "+strings.Join(k.Papers, ", ")), append(all, k.Papers...)
		want := papers
		if len(want) == 0 {
			want = k.Defaults
			if iso := slices.DeleteFunc(slices.Clone(want), func(p string) bool { return !isoPaper(p) }); home == "a4" && len(iso) > 0 {
				want = iso
			}
		}
		var docs []Doc
		seen := map[string]bool{}
		for _, p := range want {
			p = strings.ToLower(p)
			if !slices.Contains(k.Papers, p) || seen[p] {
				continue
			}
			seen[p], used[p] = true, true
			ds := k.Docs(p)
			if len(seen) == 1 {
				ds = append(ds, k.Once...)
			}
			for _, d := range ds {
				if d.Edition == "" || len(editions) == 0 || slices.ContainsFunc(editions, func(e string) bool { return strings.EqualFold(e, d.Edition) }) {
					docs = append(docs, d)
				}
			}
		}
		out = append(out, docs)
	}
	for _, p := range papers {
		if used[strings.ToLower(p)] {
			continue
		}
		if len(printed) == 0 { // the resource page alone
			return nil, fmt.Errorf("%s makes a web page, which has no paper size: leave out --paper", strings.Join(names, ", "))
		}
		named, known := paperNamed(p), strings.Join(known, "; ")
		if named != "" && slices.Contains(all, named) {
			return nil, fmt.Errorf("unknown paper %q for %s: write %s (known: %s)", p, strings.Join(printed, ", "), named, known)
		}
		var makers []string // the commands of the kinds made on it
		for _, k := range registry {
			if slices.Contains(k.Papers, named) {
				makers = append(makers, "haven "+k.Name+" --paper "+named)
			}
		}
		if len(makers) == 0 {
			return nil, fmt.Errorf("unknown paper %q for %s (known: %s)", p, strings.Join(printed, ", "), known)
		}
		if strings.EqualFold(p, named) {
			p = fmt.Sprintf("%q", p)
		} else { // 11x17
			p = fmt.Sprintf("%q (%s)", p, named)
		}
		return nil, fmt.Errorf("paper %s is not made for %s: %s makes it (known: %s)", p, strings.Join(printed, ", "), strings.Join(makers, " or "), known)
	}
	return out, nil
}

// paperNamed is the paper haven names otherwise than as written: with other signs or spaces
// ("A-4", "tear-off", "18 x 24"), by another name ("ledger", "US Letter"), or by its size
// either way round, in inches or, with mm or over 100, millimetres ("11x17", "17 x 11 in",
// "8.5x11", "210 x 297 mm"); "" for none.
func paperNamed(written string) string {
	bare := strings.Map(func(r rune) rune {
		switch {
		case r == '×' || r == '*':
			return 'x'
		case r == ',':
			return '.'
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.':
			return unicode.ToLower(r)
		}
		return -1
	}, written)
	if name, ok := map[string]string{"ledger": "tabloid", "usletter": "letter", "ansia": "letter", "ansib": "tabloid", "tearoffflyer": TearOff, "tearoffletter": TearOff, "lettertearoff": TearOff, "a4tearoff": TearOffA4}[bare]; ok {
		return name
	}
	for _, name := range append(slices.Sorted(maps.Keys(layout.Papers)), TearOff, TearOffA4) {
		if bare == strings.ReplaceAll(name, "-", "") {
			return name
		}
	}
	unit, scale := "", layout.Inch
	for _, u := range []struct {
		name string
		pt   float64
	}{{"inches", layout.Inch}, {"inch", layout.Inch}, {"in", layout.Inch}, {"mm", layout.MM}, {"cm", 10 * layout.MM}} {
		if strings.HasSuffix(bare, u.name) {
			unit, scale = u.name, u.pt
			break
		}
	}
	a, b, ok := strings.Cut(strings.TrimSuffix(bare, unit), "x")
	w, errW := strconv.ParseFloat(strings.TrimSuffix(a, unit), 64)
	h, errH := strconv.ParseFloat(b, 64)
	if !ok || errW != nil || errH != nil {
		return ""
	}
	if unit == "" && max(w, h) > 100 { // 210x297: no poster is 100 in
		scale = layout.MM
	}
	w, h = min(w, h)*scale, max(w, h)*scale
	for name, p := range layout.Papers {
		if math.Abs(p.W-w) < 3 && math.Abs(p.H-h) < 3 { // a millimetre either way
			return name
		}
	}
	return ""
}

// EditionsOf lists the editions the kinds come in, each once, in the registry's order.
func EditionsOf(names []string) []Edition {
	var out []Edition
	for _, name := range names {
		k, _ := Get(name)
		for _, e := range k.Editions {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// checkEditions refuses an edition none of the kinds comes in.
func checkEditions(names, editions []string) error {
	have := EditionsOf(names)
	for _, want := range editions {
		if !slices.ContainsFunc(have, func(e Edition) bool { return strings.EqualFold(e.Name, want) }) {
			var known []string
			for _, e := range have {
				known = append(known, e.Name)
			}
			return fmt.Errorf("unknown edition %q for %s (known: %s)", want, strings.Join(names, ", "), strings.Join(known, ", "))
		}
	}
	return nil
}
