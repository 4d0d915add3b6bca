// Package build plans and makes a set of outputs: it lays out each document, renders it, and
// writes it atomically, several at a time.
package build

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
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
	lay       lay
	lang      *content.Language
	placement string
}

// run is a planned set of documents with the fonts that measure them.
type run struct {
	stopped   atomic.Bool // set by Ctrl-C: the jobs not yet begun are skipped
	o         Options
	jobs      []job
	distinct  int // the jobs of the first placement: the others differ only in their codes
	famOf     map[string]*typeface.Family
	measurers map[string]layout.Measurer
}

// Run makes every output asked for. Documents are laid out, rendered, read back from their PDF
// bytes and written in parallel, each to a temporary file in its folder. Only when every one is
// written are they renamed into place: a run that fails or is interrupted leaves the outputs of
// the run before it as they were, and never a partial PDF. A batch of placements is first
// checked once, with its widest code, so that a content problem is found before the batch.
func Run(o Options) ([]Result, error) {
	r, err := prepare(o)
	if err != nil {
		return nil, err
	}
	if r.distinct < len(r.jobs) { // a batch: find a content problem once, not once per copy
		if err := r.each(r.widest(), nil, func(_ int, j job) error {
			doc, err := r.layOut(j)
			if err == nil {
				err = Verify(doc)
			}
			return err
		}); err != nil {
			return nil, problems(err)
		}
	}
	unlock, err := lockOut(o.Out)
	if err != nil {
		return nil, err
	}
	defer unlock()
	created, err := prepareOut(o.Out, o.Placements)
	if err != nil {
		removeDirs(created)
		return nil, err
	}
	// Ctrl-C stops the run the same way as a failure: the temporary files go, nothing changes.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer func() { signal.Stop(sig); close(sig) }()
	go func() {
		if _, ok := <-sig; ok {
			r.stopped.Store(true)
		}
	}()
	results := make([]Result, len(r.jobs))
	temps := make([]string, len(r.jobs))
	err = r.each(r.jobs, o.Progress, func(i int, j job) (err error) {
		if r.stopped.Load() {
			return errStopped
		}
		results[i], temps[i], err = r.make(j)
		return err
	})
	switch {
	case r.stopped.Load():
		err = errStopped
	case err != nil:
		err = problems(err)
	}
	renamed := 0
	for i, tmp := range temps {
		if tmp == "" {
			continue
		}
		if err == nil {
			if rerr := os.Rename(tmp, results[i].Path); rerr != nil {
				err = fmt.Errorf("cannot write %s: %w (%d of %d files were already replaced; the others keep their earlier versions)", results[i].Path, rerr, renamed, len(temps))
			} else {
				renamed++
			}
			continue
		}
		os.Remove(tmp)
	}
	if err != nil {
		removeDirs(created)
		return nil, err
	}
	return results, nil
}

var errStopped = errors.New("interrupted: nothing was written, and the files of the run before are as they were")

// removeDirs takes away folders a failed run made, deepest first; a folder that is not empty
// stays.
func removeDirs(dirs []string) {
	for i := len(dirs) - 1; i >= 0; i-- {
		os.Remove(dirs[i])
	}
}

// Check lays out and renders every distinct document that Run would make, in memory, and
// reads each back from its PDF bytes as Run does, writing nothing. It returns how many
// documents it checked.
func Check(o Options) (int, error) {
	r, err := prepare(o)
	if err != nil {
		return 0, err
	}
	return r.distinct, problems(r.each(r.jobs[:r.distinct], o.Progress, func(_ int, j job) error {
		doc, err := r.layOut(j)
		if err != nil {
			return err
		}
		_, fam := r.input(j)
		_, err = r.render(doc, fam)
		return err
	}))
}

func prepare(o Options) (*run, error) {
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
	r := &run{o: o, famOf: map[string]*typeface.Family{}, measurers: map[string]layout.Measurer{}}
	for _, l := range langs {
		texts := append(append([]content.Located(nil), o.Content.Printed...), l.Texts...)
		fam, err := typeface.Choose(o.Families, texts)
		if err != nil {
			return nil, err
		}
		r.famOf[l.Code] = fam
		if r.measurers[fam.Name] == nil {
			r.measurers[fam.Name] = pdf.NewMeasurer(fam)
		}
	}
	lays, err := plan(o.Kinds, o.Papers)
	if err != nil {
		return nil, err
	}
	placements := o.Placements
	if len(placements) == 0 {
		placements = []string{""}
	}
	for _, pl := range placements {
		for _, lays := range lays {
			for _, l := range langs {
				for _, lay := range lays {
					r.jobs = append(r.jobs, job{lay: lay, lang: l, placement: pl})
				}
			}
		}
	}
	r.distinct = len(r.jobs) / len(placements)
	return r, nil
}

// each runs fn on every job, several at a time. A panic in one document is turned into an
// error naming it, so a bug costs one file and a clear message, never a stack trace.
func (r *run) each(jobs []job, progress func(done, total int), fn func(i int, j job) error) error {
	workers := r.o.Jobs
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
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
				errs[i] = guard(jobs[i], func() error { return fn(i, jobs[i]) })
				mu.Lock()
				done++
				if progress != nil {
					progress(done, len(jobs))
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
	return errors.Join(errs...)
}

func guard(j job, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			where := j.lay.what + ", " + j.lang.Code
			if j.placement != "" {
				where += ", placement " + j.placement
			}
			err = fmt.Errorf("internal error while making the %s (please report it): %v", where, p)
		}
	}()
	return fn()
}

func (r *run) input(j job) (layout.Input, *typeface.Family) {
	fam := r.famOf[j.lang.Code]
	s := r.o.Content.Settings
	return layout.Input{Settings: s, Logo: r.o.Content.Logo, Lang: j.lang, M: r.measurers[fam.Name], Campaign: s.Campaign, Placement: j.placement}, fam
}

// widest is the documents of one placement, with the code that takes the most room on a card,
// so that checking them checks every placement.
func (r *run) widest() []job {
	jobs := append([]job(nil), r.jobs[:r.distinct]...)
	m := r.measurers[r.famOf[jobs[0].lang.Code].Name]
	code, w := "", -1.0
	for _, c := range r.o.Placements {
		if cw := m.Width(layout.Regular, 1, c); cw > w {
			code, w = c, cw
		}
	}
	for i := range jobs {
		jobs[i].placement = code
	}
	return jobs
}

// layOut lays out one document.
func (r *run) layOut(j job) (*layout.Doc, error) {
	in, _ := r.input(j)
	doc, err := j.lay.fn(in)
	if err != nil {
		var fe *layout.FitError
		if j.placement != "" && errors.As(err, &fe) {
			fe.Doc = j.placement + "/" + fe.Doc
		}
		return nil, locate(err, j.lang, r.o.Content.Printed)
	}
	return doc, nil
}

// make lays out, renders and reads back one document, and writes it to a temporary file
// beside its path, which it returns with the result.
func (r *run) make(j job) (Result, string, error) {
	doc, err := r.layOut(j)
	if err != nil {
		return Result{}, "", err
	}
	_, fam := r.input(j)
	dir := r.o.Out
	if j.placement != "" {
		dir = filepath.Join(r.o.Out, j.placement)
	}
	path := filepath.Join(dir, doc.Name+".pdf")
	if rel, err := filepath.Rel(r.o.Out, path); err != nil || strings.HasPrefix(rel, "..") {
		return Result{}, "", fmt.Errorf("%s would be written outside the output folder %s", path, r.o.Out)
	}
	raw, err := r.render(doc, fam)
	if err != nil {
		return Result{}, "", err
	}
	tmp, err := writeTemp(path, raw)
	if err != nil {
		return Result{}, "", err
	}
	return Result{Path: path, Pages: len(doc.Pages), URLs: qrURLs(doc), Codes: codes(doc)}, tmp, nil
}

// render makes the PDF of doc and reads it back.
func (r *run) render(doc *layout.Doc, fam *typeface.Family) ([]byte, error) {
	var buf bytes.Buffer
	if err := pdf.Render(&buf, doc, fam, r.o.Created); err != nil {
		return nil, err
	}
	return buf.Bytes(), VerifyPDF(buf.Bytes(), doc)
}

// prepareOut makes the output folder and clears temporary files that a killed run left.
// It returns the folders it made, parents first, for a failed run to take away again.
func prepareOut(out string, placements []string) ([]string, error) {
	if fi, err := os.Stat(out); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("--out %s is a file, not a folder", out)
	}
	var created []string
	for _, dir := range append([]string{out}, placements...) {
		if dir != out {
			dir = filepath.Join(out, dir)
		}
		var missing []string // dir and the parents it lacks, deepest first
		for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
			if _, err := os.Stat(d); err == nil || d == filepath.Dir(d) {
				break
			}
			missing = append(missing, d)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return created, fmt.Errorf("cannot create the output folder: %w", err)
		}
		for i := len(missing) - 1; i >= 0; i-- {
			created = append(created, missing[i])
		}
	}
	stale, _ := filepath.Glob(filepath.Join(out, "*", ".*.pdf.*.tmp"))
	top, _ := filepath.Glob(filepath.Join(out, ".*.pdf.*.tmp"))
	for _, f := range append(stale, top...) {
		os.Remove(f)
	}
	return created, nil
}

// located is a text that does not fit, with the file and line it is written on, so the
// message leads straight to what to shorten.
type located struct {
	content.Located
	fit *layout.FitError
}

func (l *located) Error() string { return l.fit.Error() }
func (l *located) Unwrap() error { return l.fit }

func locate(err error, lang *content.Language, printed []content.Located) error {
	var fe *layout.FitError
	if !errors.As(err, &fe) || fe.Text == "" {
		return err
	}
	// The same words may be written in several fields ("Text HELP to 233733" on the box, the
	// card and the poster): prefer the field of the output that failed.
	section := "poster."
	switch {
	case strings.HasPrefix(fe.What, "discreet"):
		section = "discreet."
	case strings.HasPrefix(fe.Doc, "card"):
		section = "card."
	case strings.HasPrefix(fe.Doc, "handout"):
		section = "help."
	}
	var found *content.Located
	for _, t := range append(append([]content.Located(nil), lang.Texts...), printed...) {
		if t.Text != fe.Text {
			continue
		}
		if strings.HasPrefix(t.Field, section) {
			found = &t
			break
		}
		if found == nil {
			found = &t
		}
	}
	if found == nil {
		return err
	}
	return &located{*found, fe}
}

// problems turns the errors of many documents into one report: a text too long for several
// outputs is one problem at its line, naming the first output and how many more it affects.
func problems(err error) error {
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return err
	}
	var out []error
	var ps content.Problems
	at := map[string]int{}
	others := map[string]int{}
	for _, e := range joined.Unwrap() {
		var l *located
		if !errors.As(e, &l) {
			out = append(out, e)
			continue
		}
		key := fmt.Sprintf("%s:%d:%s", l.File, l.Line, l.Field)
		if _, seen := at[key]; seen {
			others[key]++
			continue
		}
		at[key] = len(ps)
		t := l.fit.Text
		if r := []rune(t); len(r) > 60 {
			t = string(r[:57]) + "..."
		}
		ps = append(ps, content.Problem{File: l.File, Line: l.Line, Field: l.Field,
			Msg: fmt.Sprintf("%q %s (in %s", t, l.fit.Msg, l.fit.Doc), Hint: "shorten the text"})
	}
	for key, i := range at {
		if n := others[key]; n > 0 {
			ps[i].Msg += fmt.Sprintf(" and %d other %s", n, map[bool]string{true: "output", false: "outputs"}[n == 1])
		}
		ps[i].Msg += ")"
	}
	if len(out) == 0 {
		return ps
	}
	if len(ps) > 0 {
		out = append([]error{ps}, out...)
	}
	return errors.Join(out...)
}

// writeTemp writes data, synced to disk, to a hidden temporary file in path's folder (which
// prepareOut made), ready to be renamed to path; readers of path see the old file or the new
// one, never a part.
func writeTemp(path string, data []byte) (string, error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("cannot write %s: %w", path, err)
	}
	return tmp.Name(), nil
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
	seen := map[string]bool{}
	for _, code := range want {
		if seen[code] { // asked twice, made once
			continue
		}
		seen[code] = true
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
// lay is one layout, and what it makes, for messages.
type lay struct {
	what string
	fn   func(layout.Input) (*layout.Doc, error)
}

func plan(kinds, papers []string) ([][]lay, error) {
	var out [][]lay
	used := map[string]bool{}
	for _, kind := range kinds {
		want := papers
		if len(want) == 0 {
			want = DefaultPapers[kind]
		}
		var lays []lay
		seen := map[string]bool{}
		for _, name := range want {
			name = strings.ToLower(name)
			if !contains(kindPapers[kind], name) || seen[name] {
				continue
			}
			seen[name] = true
			used[name] = true
			for _, fn := range layoutsFor(kind, name) {
				lays = append(lays, lay{kind + " on " + name, fn})
			}
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
