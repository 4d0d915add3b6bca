// Package build plans and makes a set of outputs: it lays out each document, renders it, and
// writes it atomically, several at a time.
package build

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/placement"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
)

// Kinds of output, in the order a kit lists them.
var Kinds = []string{"handout", "cards", "poster"}

// DefaultPapers are the sizes each kind is made in when none is asked for.
var DefaultPapers = map[string][]string{
	"handout": {"letter", "a4"},
	"cards":   {"letter", "a4"},
	"poster":  append(append([]string(nil), layout.PosterPapers...), TearOffPaper),
}

// TearOffPaper names the Letter flyer with tear-off tabs among the poster sizes.
const TearOffPaper = "tearoff"

// Options say what to make.
type Options struct {
	Content    *content.Content
	Families   []*typeface.Family // preferred first
	Out        string
	Kinds      []string
	Langs      []string // empty: every language in the content
	Papers     []string // empty: each kind's DefaultPapers
	Placements []string // opaque codes; each gets its own folder under Out
	Jobs       int
	Created    time.Time
	Progress   func(done, total int) // may be nil
}

// Result is one file written.
type Result struct {
	Path  string
	Pages int
	URLs  []string // what its QR codes open, sorted, without repeats
	Codes []Code   // every QR code, where it is printed
}

// Code is one printed QR code: the page (from 0), the box it fills without its quiet zone,
// and the URL it must open. Readers use it to find the code on a rendered page.
type Code struct {
	Page   int
	Box    layout.Box
	Module float64 // one module's width, for the quiet zone around Box
	URL    string
}

// job is one document to make.
type job struct {
	lay       func(layout.Input) (*layout.Doc, error)
	lang      *content.Language
	placement string
}

// Run makes every output asked for. Documents are laid out and rendered in parallel; each is
// written to a temporary file and renamed into place, so a failed run never leaves a partial
// PDF or replaces a good one. On failure the files already finished stay whole.
func Run(o Options) ([]Result, error) {
	if len(o.Placements) > 0 && o.Content.Settings.Campaign == "" {
		return nil, fmt.Errorf("placements need a campaign (--campaign NAME)")
	}
	for _, code := range o.Placements {
		if msg := placement.Check(code); msg != "" { // codes become folder names: never a path
			return nil, fmt.Errorf("placement code %s", msg)
		}
	}
	langs, err := pickLangs(o.Content, o.Langs)
	if err != nil {
		return nil, err
	}
	measurers := map[string]layout.Measurer{}
	famOf := map[string]*typeface.Family{}
	for _, l := range langs {
		org := o.Content.Settings.Organisation
		texts := append([]content.Located{
			{File: content.SettingsFile, Field: "organisation.name", Text: org.Name},
			{File: content.SettingsFile, Field: "organisation.contact", Text: org.Contact},
		}, l.Texts...)
		fam, err := typeface.Choose(o.Families, texts)
		if err != nil {
			return nil, err
		}
		famOf[l.Code] = fam
		if measurers[fam.Name] == nil {
			measurers[fam.Name] = pdf.NewMeasurer(fam)
		}
	}
	var jobs []job
	placements := o.Placements
	if len(placements) == 0 {
		placements = []string{""}
	}
	lays, err := plan(o.Kinds, o.Papers)
	if err != nil {
		return nil, err
	}
	for _, pl := range placements {
		for _, lays := range lays {
			for _, l := range langs {
				for _, lay := range lays {
					jobs = append(jobs, job{lay: lay, lang: l, placement: pl})
				}
			}
		}
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the output folder: %w", err)
	}
	if fi, err := os.Stat(o.Out); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("--out %s is not a folder", o.Out)
	}

	workers := o.Jobs
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	results := make([]Result, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				j := jobs[i]
				fam := famOf[j.lang.Code]
				in := layout.Input{Settings: o.Content.Settings, Logo: o.Content.Logo, Lang: j.lang, M: measurers[fam.Name], Campaign: o.Content.Settings.Campaign, Placement: j.placement}
				results[i], errs[i] = make1(o, j, in, fam)
				mu.Lock()
				done++
				if o.Progress != nil {
					o.Progress(done, len(jobs))
				}
				mu.Unlock()
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return results, nil
}

func make1(o Options, j job, in layout.Input, fam *typeface.Family) (Result, error) {
	doc, err := j.lay(in)
	if err != nil {
		return Result{}, err
	}
	if err := Verify(doc, in.Settings); err != nil {
		return Result{}, err
	}
	dir := o.Out
	if j.placement != "" {
		dir = filepath.Join(o.Out, j.placement)
	}
	path := filepath.Join(dir, doc.Name+".pdf")
	var buf bytes.Buffer
	if err := pdf.Render(&buf, doc, fam, o.Created); err != nil {
		return Result{}, err
	}
	if err := WriteAtomic(path, &buf); err != nil {
		return Result{}, err
	}
	return Result{Path: path, Pages: len(doc.Pages), URLs: qrURLs(doc), Codes: codes(doc)}, nil
}

// WriteAtomic writes r to path through a temporary file in the same folder and a rename, so
// readers see the old file or the new one, never a part.
func WriteAtomic(path string, r io.Reader) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	_, err = io.Copy(tmp, r)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

func pickLangs(c *content.Content, want []string) ([]*content.Language, error) {
	if len(want) == 0 {
		out := make([]*content.Language, len(c.Languages))
		for i := range c.Languages {
			out[i] = &c.Languages[i]
		}
		return out, nil
	}
	var out []*content.Language
	for _, code := range want {
		found := false
		for i := range c.Languages {
			if c.Languages[i].Code == code {
				out = append(out, &c.Languages[i])
				found = true
			}
		}
		if !found {
			var have []string
			for _, l := range c.Languages {
				have = append(have, l.Code)
			}
			return nil, fmt.Errorf("no content for language %q (the content has: %s)", code, strings.Join(have, ", "))
		}
	}
	return out, nil
}

// Papers each kind comes on: the first are its defaults, as DefaultPapers lists them.
var kindPapers = map[string][]string{
	"handout": {"letter", "a4"},
	"cards":   {"letter", "a4"},
	"poster":  DefaultPapers["poster"],
}

// plan lists the documents of each kind for the papers asked for. A paper applies to the kinds
// that come on it: `build --paper tabloid` makes tabloid posters only. A paper no kind asked
// for comes on is an error.
func plan(kinds, papers []string) ([][]func(layout.Input) (*layout.Doc, error), error) {
	var out [][]func(layout.Input) (*layout.Doc, error)
	used := map[string]bool{}
	for _, kind := range kinds {
		want := papers
		if len(want) == 0 {
			want = DefaultPapers[kind]
		}
		var lays []func(layout.Input) (*layout.Doc, error)
		for _, name := range want {
			name = strings.ToLower(name)
			if !contains(kindPapers[kind], name) {
				continue
			}
			used[name] = true
			lays = append(lays, layoutsFor(kind, name)...)
		}
		out = append(out, lays)
	}
	for _, name := range papers {
		if !used[strings.ToLower(name)] {
			var known []string
			for _, kind := range kinds {
				known = append(known, kind+": "+strings.Join(kindPapers[kind], ", "))
			}
			return nil, fmt.Errorf("unknown paper %q for %s (known: %s)", name, strings.Join(kinds, ", "), strings.Join(known, "; "))
		}
	}
	return out, nil
}

// CheckPapers says whether every paper asked for suits at least one of kinds.
func CheckPapers(kinds, papers []string) error {
	_, err := plan(kinds, papers)
	return err
}

// layoutsFor lists the documents of one kind on one paper.
func layoutsFor(kind, paper string) []func(layout.Input) (*layout.Doc, error) {
	if kind == "poster" && paper == TearOffPaper {
		return []func(layout.Input) (*layout.Doc, error){layout.TearOff}
	}
	p := layout.Papers[paper]
	switch kind {
	case "handout":
		return []func(layout.Input) (*layout.Doc, error){
			func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, p, false) },
			func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, p, true) }}
	case "cards":
		lays := []func(layout.Input) (*layout.Doc, error){
			func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, p.Name, false, nil) },
			func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, p.Name, true, nil) }}
		if p.Name == "letter" { // the print-shop card is US size, made alongside the Letter sheets
			lays = append(lays, layout.BleedCard)
		}
		return lays
	}
	return []func(layout.Input) (*layout.Doc, error){func(in layout.Input) (*layout.Doc, error) { return layout.Poster(in, p) }}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func codes(doc *layout.Doc) []Code {
	var out []Code
	for n, p := range doc.Pages {
		for _, it := range p.Items {
			if q, ok := it.(layout.QR); ok {
				out = append(out, Code{Page: n, Box: layout.Box{X: q.X, Y: q.Y, W: q.Size(), H: q.Size()}, Module: q.Module, URL: q.URL})
			}
		}
	}
	return out
}

func qrURLs(doc *layout.Doc) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if q, ok := it.(layout.QR); ok && !seen[q.URL] {
				seen[q.URL] = true
				out = append(out, q.URL)
			}
		}
	}
	sort.Strings(out)
	return out
}
