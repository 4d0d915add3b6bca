// Package build plans and makes a set of outputs: it lays out each document, renders it, and
// writes it atomically, several at a time.
package build

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"haven/internal/ahead"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/output"
	"haven/internal/placement"
	"haven/internal/render/html"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
	"haven/internal/verify"
)

// Options say what to make.
type Options struct {
	Content    *content.Content   // a language of it that is PageOnly has its resource page made, no PDF
	Families   []*typeface.Family // preferred first
	Out        string
	Kinds      []string
	Langs      []string // empty: every language in the content
	Papers     []string // empty: each kind's DefaultPapers
	Editions   []string // empty: every edition of each kind
	Placements []string // opaque codes; each gets its own folder under Out
	// Mapping, when haven made the placement codes, is the placements file with its codes,
	// written privately to placement.MappingName in Out, and MappingKey the key they were
	// made with, to placement.KeyName.
	Mapping, MappingKey []byte
	Jobs                int
	Created             time.Time
	Progress            func(done, total int) // may be nil
	// Proof, when set, is the paper of a proof sheet (proof.pdf) showing every page made;
	// with ProofOnly the run writes the proof sheet alone.
	Proof     string
	ProofOnly bool
	// Guide, when set, is the paper of the print guide (how-to-print.pdf) for the files made.
	Guide string
	// Flags are the run's flags a command the guide gives must repeat to make the same files
	// (its content and output folders, languages, fonts, address: "--content", "my content"),
	// as given, for the guide to quote; BatchFlags those that make a placement batch
	// (--campaign, --placements), which the card test sheet's command leaves out.
	Flags, BatchFlags []string
	// Calibrate makes the printer test sheets for the card sheets instead of any output.
	Calibrate bool
	// Kit lists the files in Out an earlier run noted as haven's (slash-separated, relative to
	// Out: the kit's stamp), which the run replaces unread, unless KitSums holds what one was
	// made with and it holds something else now (edited since: the run is refused); of any
	// other file where the run writes, its content must say haven made it (made), or the run
	// is refused.
	Kit     []string
	KitSums map[string]string
	// Kept are the content's languages the run leaves out whose pages an earlier run made in
	// Out's site (read only for their names): the language switch of the pages made offers them.
	Kept []*content.Language
	// Stamp, when set, is what the folder's stamp (output.StampName) says once the run's files,
	// results, are in place, or nil to leave it as it is: it is put in place with them, so that a
	// run stopped during its renames and finished by the next has its own stamp beside its files.
	// A batch put in place folder by folder asks it with each folder too, of the files placed so
	// far (their Path alone).
	Stamp func(results []Result) []byte
}

// pageNumbers is what placeholders and marks print: a page label's digits, and nothing for
// the marks of bold and italic text.
var pageNumbers = strings.NewReplacer("{page}", "0123456789", "{pages}", "0123456789", content.BoldOn, "", content.BoldOff, "", content.ItalicOn, "", content.ItalicOff, "")

// Result is one file written.
type Result struct {
	Path  string
	Sum   string // SHA-256 of the bytes staged, in hex: what the kit's stamp notes of each file ("" when none was)
	Pages int
	URLs  []string // what its QR codes open, sorted, without repeats
	Codes []Code   // every QR code, where it is printed
	Note  string   // what the user should know of it, e.g. that it took a second sheet

	// kept for the proof sheet and the print guide
	doc  *layout.Doc
	fam  *typeface.Family
	kind kinds.Doc
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
	kind      string
	doc       kinds.Doc
	lang      *content.Language
	placement string
}

// run is a planned set of documents with the fonts that measure them.
type run struct {
	o         Options
	pending   bool            // a stopped run's renames are to be finished in o.Out (output.Stopped)
	langs     []string        // the run's languages, in order
	wanted    map[string]bool // the kinds asked for: the others are made only for the resource page
	jobs      []job
	distinct  int // the jobs of the first placement: the others differ only in their codes
	languages []*content.Language
	famOf     map[string]*typeface.Family
	measurers map[string]layout.Measurer
	larger    map[string]float64 // by language, how much larger its type is set (typeface.Apparent)
	// campaigns, when the run makes the discreet card's code with a campaign, give it its
	// keyed code (discreetCode), and are written beside the outputs
	campaigns    *placement.Campaigns
	discreetCode string
	kit          map[string]bool // Options.Kit
}

// Run makes every output asked for. Documents are laid out, rendered, read back from their
// bytes and staged in parallel; only when every one is made are they put in place (package
// output), so a run that fails or is stopped by ctx leaves the outputs of the run before as they
// were. A batch of placements is first checked once, with its widest code, so that a content
// problem is found before the batch.
func Run(ctx context.Context, o Options) ([]Result, error) {
	r, err := prepare(o)
	if err != nil {
		return nil, err
	}
	if r.distinct < len(r.jobs) { // a batch: find a content problem once, not once per copy
		names := make([]string, r.distinct)
		if err := r.each(ctx, r.widest(), nil, func(i int, j job) error {
			doc, err := r.layOut(j)
			if err == nil {
				names[i], err = j.file(doc), verify.Layout(doc)
			}
			return err
		}); err != nil {
			return nil, problems(err)
		}
		// and a file of the user's where it writes, before its long work and its first folder
		// put in place (folder by folder, on a disk it does not fit twice)
		if err := output.NotMade(o.Out, r.targets(names), r.made); err != nil {
			return nil, err
		}
	}
	var stampEach func([]string) []byte // a batch put in place folder by folder notes each folder
	if o.Stamp != nil {
		stampEach = func(paths []string) []byte {
			placed := make([]Result, len(paths))
			for i, p := range paths {
				placed[i].Path = p
			}
			return o.Stamp(placed)
		}
	}
	out := openFolder(o.Out, o.Placements, r.distinct, r.siteDirs(), r.made, stampEach)
	jobs := r.jobs
	if o.ProofOnly { // the proof shows the printed files of one placement: the others differ only in their codes
		jobs = nil
		for _, j := range r.jobs[:r.distinct] {
			if j.doc.FromPrinted == nil {
				jobs = append(jobs, j)
			}
		}
	}
	results, err := r.makeAll(ctx, out, jobs)
	dir, openErr := out.get()
	if openErr != nil { // nothing was staged: the run could not take the folder
		return nil, openErr
	}
	if err == nil && ctx.Err() == nil {
		results, err = r.ownDocs(dir, results)
	}
	switch {
	case ctx.Err() != nil:
		err = stopped(dir)
	case err != nil:
		err = problems(err)
	}
	if err == nil && o.Mapping != nil {
		err = stagePrivate(dir, placement.MappingName, o.Mapping)
	}
	if err == nil && o.MappingKey != nil {
		err = stagePrivate(dir, placement.KeyName, o.MappingKey)
	}
	if err == nil && r.campaigns != nil {
		key, list := r.campaigns.Files(o.Content.Settings.Campaign)
		if err = stagePrivate(dir, placement.CampaignKeyName, key); err == nil {
			err = stagePrivate(dir, placement.CampaignListName, list)
		}
	}
	if err == nil && o.Stamp != nil && dir != nil {
		if data := o.Stamp(results); data != nil {
			err = dir.StageStamp(data)
		}
	}
	if err == nil && ctx.Err() != nil { // stopped while the last files were staged
		err = stopped(dir)
	}
	if err != nil {
		dir.Abort()
		if done, left := dir.Committed(); done != nil {
			if ctx.Err() != nil {
				err = errInterrupted // errStopped's "nothing was written" is not so now
			}
			err = &partialError{err, done, left, r.beside(), dir.Fresh()}
		} else {
			err = nothingWritten(err, dir)
		}
		return nil, err
	}
	if err := dir.Commit(); err != nil {
		return nil, err
	}
	return results, nil
}

// folder is the output folder a run writes into, opened on another core while the run's
// first documents are laid out: staging a file waits for it. A nil folder writes nothing.
type folder struct {
	ready chan struct{}
	dir   *output.Dir
	err   error
}

// openFolder opens the folder root as output.Open does, with the subfolders more, meanwhile,
// guarded by made (output.Dir.Guard).
func openFolder(root string, subdirs []string, perFolder int, more []string, made func(string) bool, stamp func([]string) []byte) *folder {
	f := &folder{ready: make(chan struct{})}
	ahead.Run(func() {
		defer close(f.ready)
		if f.dir, f.err = output.Open(root, subdirs, perFolder); f.err == nil {
			f.dir.Guard(made)
			if stamp != nil {
				f.dir.StampEach(stamp)
			}
			if f.err = f.dir.MakeDirs(more...); f.err != nil {
				f.dir.Abort()
				f.dir = nil
			}
		}
	})
	return f
}

// opened is a folder already open (nil: none, to write nothing).
func opened(dir *output.Dir) *folder {
	if dir == nil {
		return nil
	}
	f := &folder{ready: make(chan struct{}), dir: dir}
	close(f.ready)
	return f
}

// get waits for the folder to be open.
func (f *folder) get() (*output.Dir, error) {
	if f == nil {
		return nil, nil
	}
	<-f.ready
	return f.dir, f.err
}

func stagePrivate(dir *output.Dir, name string, data []byte) error {
	path, err := dir.Path(name)
	if err != nil {
		return err
	}
	return dir.StagePrivate(path, data)
}

// partialError is a batch written one placement folder at a time that failed or was stopped
// after some of its folders were put in place: which are new, and which, like the files beside
// the folders, are still the run before's (or not there, in a folder no run had written to).
type partialError struct {
	err        error
	done, left []string // placement folders
	beside     []string // the files beside them, never put in place
	fresh      bool
}

func (e *partialError) Unwrap() error { return e.err }

func (e *partialError) Error() string {
	verb := func(n int, one, more string) string { // "1 was", "2 were"
		if n == 1 {
			return one
		}
		return more
	}
	old := verb(len(e.left), "keeps", "keep") + " the files of the run before"
	if e.fresh {
		old = verb(len(e.left), "was", "were") + " not written"
	}
	besides := ""
	if len(e.beside) > 0 {
		besides = fmt.Sprintf(", as do %s", strings.Join(e.beside, ", "))
		if e.fresh {
			besides = fmt.Sprintf(", nor %s", strings.Join(e.beside, ", "))
		}
	}
	return fmt.Sprintf("%v: the batch is too large for the disk to hold beside the files it replaces, so it was written one placement folder at a time; %d of the %d folders %s replaced whole (%s), the other %d %s (%s)%s",
		e.err, len(e.done), len(e.done)+len(e.left), verb(len(e.done), "was", "were"), folderList(e.done), len(e.left), old, folderList(e.left), besides)
}

// folderList names folders as a person can read them, however many: "p01/, p02/" or
// "p01/, p02/, p03/ and 97 more".
func folderList(dirs []string) string {
	const shown = 3
	if len(dirs) <= shown+1 {
		return strings.Join(dirs, "/, ") + "/"
	}
	return fmt.Sprintf("%s/ and %d more", strings.Join(dirs[:shown], "/, "), len(dirs)-shown)
}

// beside are the files a batch writes beside its placement folders, which are put in place
// with the last folder.
func (r *run) beside() []string {
	var names []string
	if r.o.Proof != "" {
		names = append(names, ProofName)
		// a language set in another family than most has a sheet of its own (proofs)
		count := map[string]int{}
		most := ""
		for _, l := range r.printedLangs() {
			k := r.famOf[l].Key()
			if count[k]++; count[k] > count[most] {
				most = k
			}
		}
		for _, l := range r.printedLangs() {
			if r.famOf[l].Key() != most {
				names = append(names, ProofFile(l))
			}
		}
	}
	if r.o.Guide != "" {
		for _, l := range r.printedLangs() {
			names = append(names, GuideFile(l, r.front(GuideName, r.printedLangs())))
		}
	}
	if r.wanted["site"] {
		names = append(names, kinds.SiteDir+"/")
	}
	return names
}

var (
	errInterrupted  = errors.New("interrupted")
	errStopped      = errors.New("interrupted: nothing was written, and the files of the run before are as they were")
	errStoppedFresh = errors.New("interrupted: nothing was written") // into a folder no run had written to
)

// stopped is the error of a run stopped before its files were put in place in dir.
func stopped(dir *output.Dir) error {
	if dir != nil && dir.Fresh() {
		return errStoppedFresh
	}
	return errStopped
}

// Check lays out and renders every distinct document that Run would make, in memory, and
// reads each back from its PDF bytes as Run does, writing nothing. It returns how many
// documents it checked, and the notes of those that have one (a fact left out), each after
// the document's name.
func Check(ctx context.Context, o Options) (int, []string, error) {
	r, err := prepare(o)
	if err != nil {
		return 0, nil, err
	}
	res, err := r.makeAll(ctx, nil, r.jobs[:r.distinct])
	if err == nil && ctx.Err() == nil { // the proof sheet and print guides build would make
		_, err = r.ownDocs(nil, res)
	}
	if ctx.Err() != nil {
		return 0, nil, errStopped
	}
	var notes []string // each once, after the files it is about
	files := map[string][]string{}
	for _, x := range res {
		if x.Note != "" && files[x.Note] == nil {
			notes = append(notes, x.Note)
		}
		files[x.Note] = append(files[x.Note], x.Path)
	}
	for i, n := range notes {
		notes[i] = strings.Join(files[n], ", ") + ": " + n
	}
	return r.distinct, notes, problems(err)
}

// Faces says, per language, the face its text is set in (and what the first face lacks, when
// it is another), the characters that come from a fallback face, and the faces that print its
// italic upright, for check to report.
func Faces(o Options) ([]string, error) {
	r, err := prepare(o)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range r.languages {
		fam := r.famOf[l.Code]
		if fam == nil { // a page only, which a browser sets
			continue
		}
		set := fam.Sets(r.texts(l))
		line := l.Code + ": set in " + set.Name
		// why the first family does not: a brand font's, not a font given for another script
		if first := o.Families[0]; first.Name != set.Name && first.HasLatin() {
			if why := first.Declines(r.texts(l)); why != "" {
				line += "; " + first.Name + " " + why
			}
		}
		if b := fam.Borrowed(r.texts(l)); len(b) > 0 {
			line += "; from " + strings.Join(b, "; from ")
		}
		if u := fam.Upright(italics(l)); len(u) > 0 {
			line += "; italic printed upright: " + strings.Join(u, ", ")
		}
		if flat := flatEmphasis(l); len(flat) > 0 {
			line += fmt.Sprintf("; bold and italic print in the regular face in right-to-left text (%s:%d", flat[0].File, flat[0].Line)
			if len(flat) > 1 {
				line += fmt.Sprintf(" and %d more", len(flat)-1)
			}
			line += ")"
		}
		out = append(out, line)
	}
	return out, nil
}

// flatEmphasis are the texts of a language with bold or italic in a paragraph that reads right
// to left, which prints in the paragraph's regular face: such a line is set in one face, its
// letters joined and reordered whole.
func flatEmphasis(l *content.Language) []diag.Located {
	edition := layout.RTL(l.FAQ.Title.Text)
	var out []diag.Located
	for _, t := range l.Texts {
		if !layout.ParaRTL(edition, content.Unmark(t.Text)) {
			continue
		}
		if runs, _ := content.Runs(t.Text, content.Emphasis{}); slices.ContainsFunc(runs, func(r content.Run) bool { return r.Bold || r.Italic }) {
			out = append(out, t)
		}
	}
	return out
}

// italics are the pieces of a language's texts written in italic.
func italics(l *content.Language) []diag.Located {
	var out []diag.Located
	for _, t := range l.Texts {
		runs, _ := content.Runs(t.Text, content.Emphasis{})
		for _, run := range runs {
			if run.Italic {
				t.Text = run.Text
				out = append(out, t)
			}
		}
	}
	return out
}

// texts are the texts printed in a language's outputs, as they print, and the marks haven
// prints of its own among them.
func (r *run) texts(l *content.Language) []diag.Located {
	texts := r.o.Content.TextsOf(l)
	for i := range texts {
		texts[i].Text = pageNumbers.Replace(texts[i].Text)
	}
	return append(texts, diag.Located{Field: "haven's own marks", Text: kinds.OwnMarks(l.Code)})
}

func prepare(o Options) (*run, error) {
	if len(o.Placements) > 0 && o.Content.Settings.Campaign == "" {
		return nil, fmt.Errorf("placements need a campaign (--campaign NAME)")
	}
	var checkCode func(string) string
	if len(o.Placements) > 0 { // the numbers are read once for every code, not for a run without
		checkCode = o.Content.Settings.CodeCheck()
	}
	for _, code := range o.Placements {
		if msg := placement.Check(code); msg != "" { // codes become folder names: never a path
			return nil, fmt.Errorf("placement code %s", msg)
		}
		if msg := checkCode(code); msg != "" {
			return nil, fmt.Errorf("placement code %s (choose another code)", msg)
		}
	}
	langs, err := pickLangs(o.Content, o.Langs)
	if err != nil {
		return nil, err
	}
	r := &run{o: o, languages: langs, famOf: map[string]*typeface.Family{}, measurers: map[string]layout.Measurer{}, larger: map[string]float64{}, kit: map[string]bool{}, pending: output.Stopped(o.Out)}
	for _, f := range o.Kit {
		r.kit[f] = true
	}
	for _, l := range langs {
		r.langs = append(r.langs, l.Code)
	}
	names := o.Kinds
	r.wanted = map[string]bool{}
	site := false
	for _, k := range names {
		r.wanted[k] = true
		site = site || k == "site"
	}
	if site && len(o.Placements) > 0 {
		return nil, fmt.Errorf("the resource page is one for every placement: make it in a run without --placements")
	}
	if site { // the page links the printed outputs: make them too, if only to link them
		for _, k := range kinds.PrintedNames() {
			if !r.wanted[k] {
				names = append(names, k)
			}
		}
	}
	docs, err := kinds.Plan(names, o.Papers, o.Editions, layout.HomePaper(o.Content.Settings.Country))
	if err != nil {
		return nil, err
	}
	if o.Calibrate { // one test sheet per paper, whatever the languages: its words are the printer's
		i := max(0, slices.IndexFunc(langs, func(l *content.Language) bool { return !l.PageOnly }))
		docs, langs, names = [][]kinds.Doc{kinds.Calibration(o.Papers)}, langs[i:i+1], []string{"cards"}
		r.wanted["cards"] = true
	}
	placements := o.Placements
	if len(placements) == 0 {
		placements = []string{""}
	}
	for _, pl := range placements {
		for k, docs := range docs {
			for _, l := range langs {
				for _, d := range docs {
					if d.FromPrinted == nil && l.PageOnly {
						continue
					}
					r.jobs = append(r.jobs, job{kind: names[k], doc: d, lang: l, placement: pl})
				}
			}
		}
	}
	r.distinct = len(r.jobs) / len(placements)
	// the discreet card's link carries the campaign as a keyed code, and so does every link of a
	// discreet site's run: a campaign's name, a kind and "print" would say in the phone's history
	// that a printed copy was scanned
	if s := o.Content.Settings; s.Campaign != "" && !o.Calibrate && (s.Site.Discreet || s.Cards.DiscreetURL != "" && slices.ContainsFunc(r.jobs, func(j job) bool { return j.kind == "cards" })) {
		if r.campaigns, err = placement.LoadCampaigns(o.Out); err != nil {
			return nil, err
		}
		r.discreetCode = r.campaigns.Code(s.Campaign)
	}
	if len(o.Placements) == 0 { // a few documents: their QR codes are made on another core while the fonts are chosen
		ahead.Run(r.warmCodes)
	}
	byKey := map[string]*typeface.Family{} // languages set in the same faces share one family, parsed once for their documents
	// the fonts every language lacks, at once: a user with two fonts to find learns of both in one run
	var unprintable diag.Problems
	for _, l := range langs {
		if l.PageOnly { // a browser sets its page
			continue
		}
		fam, err := typeface.Choose(l.Code, o.Families, r.texts(l))
		var ps diag.Problems
		if errors.As(err, &ps) {
			unprintable = append(unprintable, ps...)
			continue
		}
		if err != nil {
			return nil, err
		}
		if same := byKey[fam.Key()]; same != nil {
			fam = same
		} else if err := pdf.Embeddable(fam); err != nil {
			return nil, err
		} else {
			byKey[fam.Key()] = fam
			r.measurers[fam.Key()] = typeface.NewMeasurer(fam)
		}
		r.famOf[l.Code] = fam
		// the FAQ is the edition's own words: its other texts may be in English yet
		faq := slices.DeleteFunc(r.texts(l), func(t diag.Located) bool { return t.File != l.FAQ.Title.File })
		r.larger[l.Code] = typeface.Apparent(fam, latinOf(o.Families), faq)
	}
	if len(unprintable) > 0 {
		return nil, unprintable
	}
	return r, nil
}

// front is the language of langs (the run's, in the content's order) whose file takes the
// name that has no language in it (file: the site's front page, every QR code's, or
// how-to-print.pdf): the first, or none when --lang left out a language the content puts
// before it and an earlier run's file of that name is in the folder, which then stays as it
// is: a rerun of one language must not turn the page every code opens into its own.
func (r *run) front(file string, langs []string) string {
	if len(langs) == 0 {
		return ""
	}
	for _, code := range r.o.Content.Codes {
		if code == langs[0] {
			break
		}
		if !slices.Contains(r.langs, code) && r.kit[file] {
			return ""
		}
	}
	return langs[0]
}

// printedLangs are the run's languages whose editions it prints: not those of a page only.
func (r *run) printedLangs() []string {
	var codes []string
	for _, l := range r.languages {
		if !l.PageOnly {
			codes = append(codes, l.Code)
		}
	}
	return codes
}

// warmCodes makes the QR code of each kind of document the run makes, for their layouts to
// find made (if WarmCodes has not made them already).
func (r *run) warmCodes() {
	var kinds []string
	for _, j := range r.jobs {
		if !slices.Contains(kinds, j.kind) {
			kinds = append(kinds, j.kind)
		}
	}
	WarmCodes(r.o.Content.Settings, kinds)
}

// WarmCodes makes the QR codes the documents of kinds print: a code needs only the address it
// opens, which the settings give. The command line starts it as soon as the settings are read.
func WarmCodes(s content.Settings, kinds []string) {
	for _, k := range kinds {
		layout.WarmCode(layout.Input{Settings: s, Campaign: s.Campaign}, k)
	}
}

// each runs fn on every job, several at a time. A panic in one document is turned into an
// error naming it, so a bug costs one file and a clear message, never a stack trace.
// Once ctx is done, the jobs not yet begun are skipped.
func (r *run) each(ctx context.Context, jobs []job, progress func(done, total int), fn func(i int, j job) error) error {
	errs := make([]error, len(jobs))
	var mu sync.Mutex
	done := 0
	do := func(i int) {
		if err := guard(jobs[i], func() error { return fn(i, jobs[i]) }); err != nil {
			errs[i] = &docError{jobs[i].name(), err}
		}
		mu.Lock()
		done++
		if progress != nil {
			progress(done, len(jobs))
		}
		mu.Unlock()
	}
	workers := min(r.workers(), len(jobs))
	if workers <= 1 { // one at a time: here, not handed to another goroutine and back
		for i := range jobs {
			if ctx.Err() != nil {
				break
			}
			do(i)
		}
		return errors.Join(errs...)
	}
	var wg ahead.Group
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for i := range next {
				do(i)
			}
		})
	}
	for i := range jobs {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

// workers is how many documents are made at once.
func (r *run) workers() int {
	if r.o.Jobs <= 0 {
		return runtime.NumCPU()
	}
	return r.o.Jobs
}

func guard(j job, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error while making the %s (please report it): %v", j.name(), p)
		}
	}()
	return fn()
}

// name is how messages name a job's document: "handout on letter, en, placement p01".
func (j job) name() string {
	where := j.doc.What + ", " + j.lang.Code
	if j.placement != "" {
		where += ", placement " + j.placement
	}
	return where
}

// docError is one document's error, with the document it stopped.
type docError struct {
	doc string
	err error
}

func (e *docError) Error() string { return e.err.Error() }
func (e *docError) Unwrap() error { return e.err }

func (r *run) input(j job) (layout.Input, *typeface.Family) {
	fam := r.famOf[j.lang.Code]
	s := r.o.Content.Settings.In(j.lang) // the organisation as this language writes it
	// the names kept whole, and with them the keywords, never hyphenated
	names := []string{j.lang.Text.HotlineName.Text, s.Organisation.Name.Text, s.Hotline.Keyword.Text}
	for _, k := range s.Hotline.OtherKeywords {
		names = append(names, k.Text)
	}
	return layout.Input{Settings: s, Logo: r.o.Content.Logo, Address: r.o.Content.Address, Resource: r.o.Content.Resource, Lang: j.lang, M: layout.Typeset(r.measurers[fam.Key()], j.lang.Code, names...), Campaign: s.Campaign, DiscreetCampaign: r.discreetCode, Placement: j.placement, Larger: r.larger[j.lang.Code]}, fam
}

// latinOf is the first of families that draws the Latin alphabet: the brand font, or haven's
// own, whose x-height the type of other scripts is set to match (typeface.Apparent).
func latinOf(families []*typeface.Family) *typeface.Family {
	for _, f := range families {
		if f.HasLatin() {
			return f
		}
	}
	return nil
}

// widest is the documents of one placement, with the code that takes the most room on a card,
// so that checking them checks every placement.
func (r *run) widest() []job {
	jobs := append([]job(nil), r.jobs[:r.distinct]...)
	m := r.measurers[r.famOf[jobs[0].lang.Code].Key()]
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

// layOut lays out one document (hyphenating), so that a word is broken only where it must be.
func (r *run) layOut(j job) (*layout.Doc, error) {
	in, _ := r.input(j)
	doc, err := hyphenating(j, in)
	// a script set larger than the kit's sizes (Input.Larger) is set less so, a twentieth at a
	// time down to the kit's sizes, on an output whose words do not fit its place so (a card)
	for fe := (*layout.FitError)(nil); errors.As(err, &fe) && in.Larger > 1; {
		in.Larger = math.Round(in.Larger*20-1) / 20
		doc, err = hyphenating(j, in)
	}
	if err != nil {
		var fe *layout.FitError
		if j.placement != "" && errors.As(err, &fe) {
			fe.Doc = j.placement + "/" + fe.Doc
		}
		return nil, err
	}
	return doc, nil
}

// hyphenating lays out j's document, and again with its words hyphenated where a word is too
// wide for its line, or a text takes too many lines (layout.Hyphenating).
func hyphenating(j job, in layout.Input) (*layout.Doc, error) {
	doc, err := j.doc.Layout(in)
	if refused := breakable(err); refused != nil {
		if m, ok := layout.Hyphenating(in.M, refused...); ok {
			in.M = m
			doc, err = j.doc.Layout(in)
		}
	}
	return doc, err
}

// breakable is the texts err refuses that hyphenation may make fit: a word too wide for its
// line, or too many lines; nil for none.
func breakable(err error) []string {
	var fe *layout.FitError
	if !errors.As(err, &fe) {
		return nil
	}
	var texts []string
	for _, e := range fe.Each() {
		if e.Breakable {
			texts = append(texts, e.At.Text)
		}
	}
	return texts
}

// file is the name of the file a job's document, laid out, is written to in its folder.
func (j job) file(doc *layout.Doc) string { return doc.Name + j.doc.Format.Ext() }

// targets are the paths a batch writes: the files beside its folders, and names (the files of
// one placement) in each placement's folder, unless it makes the proof sheet alone.
func (r *run) targets(names []string) []string {
	var paths []string
	for _, name := range r.beside() {
		paths = append(paths, filepath.Join(r.o.Out, filepath.FromSlash(name)))
	}
	if r.o.ProofOnly {
		return paths
	}
	for _, code := range r.o.Placements {
		for _, name := range names {
			paths = append(paths, filepath.Join(r.o.Out, code, name))
		}
	}
	return paths
}

// made is whether the file at path, where the run writes, is one haven made: one the kit's
// stamp lists, or by its content (a kit made before haven kept a stamp, and placement folders,
// which have none), read as little as tells; the files of placement and campaign codes are
// read before the run, and one haven did not write refused (placement.LoadEarlier,
// LoadCampaigns).
func (r *run) made(p string) bool {
	if rel, err := filepath.Rel(r.o.Out, p); err == nil && r.kit[filepath.ToSlash(rel)] {
		// not one edited since, whose edits would be lost; while a stopped run's renames are
		// to be finished (its journal), the stamp already says what they will put in place
		sum := r.o.KitSums[filepath.ToSlash(rel)]
		return sum == "" || r.pending || output.FileSum(p) == sum
	}
	switch filepath.Ext(p) {
	case ".pdf":
		return pdf.Made(p)
	case ".html":
		return html.Made(p)
	}
	return filepath.Dir(p) == filepath.Clean(r.o.Out) && slices.Contains(placement.Files, filepath.Base(p))
}

// siteDirs are the folders the resource page's files go in, when the run makes it.
func (r *run) siteDirs() []string {
	if !r.wanted["site"] {
		return nil
	}
	dirs := []string{kinds.SiteDir}
	for _, l := range r.langs {
		dirs = append(dirs, path.Join(kinds.SiteDir, l))
	}
	return dirs
}

// makeAll makes jobs, the printed documents first, then those made from them (the resource
// page), and stages every file in out; out is nil to write nothing.
func (r *run) makeAll(ctx context.Context, out *folder, jobs []job) ([]Result, error) {
	var printed, fromPrinted []job
	for _, j := range jobs {
		if j.doc.FromPrinted != nil {
			fromPrinted = append(fromPrinted, j)
		} else {
			printed = append(printed, j)
		}
	}
	keep := len(fromPrinted) > 0 // the printed files stay in memory for the page to link
	if !r.o.ProofOnly && len(printed) > 0 && len(printed) < r.workers() {
		// a core would wait while the documents are laid out: it finds the line breaks of
		// their FAQ from the end, as the layout goes from the start, then readies their fonts
		warmed := map[*typeface.Family]bool{}
		for _, j := range printed {
			in, fam := r.input(j)
			warm := !warmed[fam]
			ahead.Run(func() {
				layout.Presegment(in)
				if warm {
					j.doc.Format.Warm(fam)
				}
			})
			warmed[fam] = true
		}
	}
	results := make([]Result, len(printed))
	files := make([]kinds.File, len(printed))
	err := r.each(ctx, printed, r.o.Progress, func(i int, j job) (err error) {
		results[i], files[i], err = r.print(out, j, keep)
		return err
	})
	var kept []Result
	for i, res := range results {
		if r.wanted[printed[i].kind] {
			kept = append(kept, res)
		}
	}
	results = kept
	if err != nil || len(fromPrinted) == 0 {
		return results, err
	}
	more := make([][]Result, len(fromPrinted))
	err = r.each(ctx, fromPrinted, nil, func(i int, j job) (err error) {
		p := kinds.Printed{Content: r.o.Content, Lang: j.lang.Code, Langs: r.langs, Front: r.front(kinds.SiteDir+"/"+html.IndexPath, r.langs), Kept: r.o.Kept}
		for k, f := range files {
			if printed[k].lang == j.lang && printed[k].placement == "" {
				p.Files = append(p.Files, f)
			}
		}
		made, err := j.doc.FromPrinted(p)
		if err != nil {
			return err
		}
		for _, f := range made {
			res, err := r.stage(out, f.Name, f.Data)
			if err != nil {
				return err
			}
			more[i] = append(more[i], res)
		}
		return nil
	})
	for _, m := range more {
		results = append(results, m...)
	}
	return results, err
}

// print lays out, renders and reads back one printed document, and stages it in out. It
// returns the file too when keep is set.
func (r *run) print(out *folder, j job, keep bool) (Result, kinds.File, error) {
	doc, err := r.layOut(j)
	if err != nil {
		return Result{}, kinds.File{}, err
	}
	_, fam := r.input(j)
	name := path.Join(j.placement, j.file(doc))
	res := Result{Path: name, Pages: len(doc.Pages), URLs: qrURLs(doc), Codes: codes(doc), Note: doc.Note, fam: fam, kind: j.doc}
	if len(r.o.Placements) == 0 || j.placement == r.o.Placements[0] { // kept for the proof sheet and the guide
		res.doc = doc
	}
	if r.o.ProofOnly {
		dir, err := out.get()
		if err != nil {
			return Result{}, kinds.File{}, err
		}
		if dir != nil {
			if res.Path, err = dir.Path(name); err != nil {
				return Result{}, kinds.File{}, err
			}
		}
		return res, kinds.File{}, verify.Layout(doc)
	}
	raw, staged, err := r.render(j.doc.Format, out, name, r.wanted[j.kind], doc, fam)
	if err != nil {
		return Result{}, kinds.File{}, err
	}
	if r.wanted[j.kind] {
		res.Path, res.Sum = staged.Path, staged.Sum
	}
	f := kinds.File{Name: name, Print: j.doc.Print} // what the resource page calls it
	if keep {
		f.Data = raw
	}
	return res, f, nil
}

// render renders doc in f and, when stage is set, stages it in out as name while it is read
// back: the write and its sync to disk take the time of the check, not their own. A file
// that fails the check is an error, and the failed run takes its staged copy away.
func (r *run) render(f kinds.Format, out *folder, name string, stage bool, doc *layout.Doc, fam *typeface.Family) ([]byte, Result, error) {
	raw, err := f.Render(doc, fam, r.o.Created)
	if err != nil {
		return nil, Result{}, err
	}
	var staged Result
	var stageErr error
	var wg ahead.Group
	if stage {
		wg.Go(func() { staged, stageErr = r.stage(out, name, raw) })
	}
	err = f.Check(raw, doc)
	wg.Wait()
	if err == nil {
		err = stageErr
	}
	return raw, staged, err
}

// stage writes one file of the run into out (nil: nowhere), to be put in place with the others.
func (r *run) stage(out *folder, name string, data []byte) (Result, error) {
	dir, err := out.get()
	if err != nil {
		return Result{}, err
	}
	if dir == nil {
		return Result{Path: name}, nil
	}
	p, err := dir.Path(name)
	if err != nil {
		return Result{}, err
	}
	sum, err := dir.Stage(p, data)
	return Result{Path: p, Sum: sum}, err
}

// problems turns the errors of many documents into one report: a text too long for several
// outputs is one problem at its line, naming the first output and how many more it affects.
func problems(err error) error {
	var all []error
	var fe *layout.FitError
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		all = joined.Unwrap()
	} else if errors.As(err, &fe) && len(fe.More) > 0 {
		all = []error{err}
	} else {
		return err
	}
	var each []error // a layout names every text of it that does not fit
	for _, e := range all {
		var fe *layout.FitError
		if !errors.As(e, &fe) || len(fe.More) == 0 {
			each = append(each, e)
			continue
		}
		for _, x := range fe.Each() {
			each = append(each, x)
		}
	}
	var out []error
	var ps diag.Problems
	at := map[diag.Located]int{}
	others := map[diag.Located]int{}
	fits := map[diag.Located]int{}  // the fewest characters of an address a QR code holds (FitError.Fits)
	docsOf := map[string][]string{} // the same error from several documents is reported once
	var full error                  // the full disk the first file met
	var cuts []*layout.FitError     // a FAQ too long: once for every paper, where the first was
	cutsAt := -1
	for _, e := range each {
		var fe *layout.FitError
		if errors.As(e, &fe) && len(fe.Cuts) > 0 {
			if cutsAt < 0 {
				cutsAt = len(out)
			}
			cuts = append(cuts, fe)
			continue
		}
		if fe == nil || fe.At.File == "" {
			doc := ""
			var de *docError
			if errors.As(e, &de) {
				doc = de.doc
			}
			if errors.Is(e, output.ErrDiskFull) { // every file meets the same full disk: one problem, whatever room each found
				if e = diskFull(e); full == nil {
					full = e
				}
				e = full
			}
			msg := e.Error()
			if docsOf[msg] == nil {
				out = append(out, e)
			}
			docsOf[msg] = append(docsOf[msg], doc)
			continue
		}
		if i, seen := at[fe.At]; seen {
			others[fe.At]++
			if fe.Fits > 0 && fe.Fits < fits[fe.At] { // fewer characters fit here: this output is told
				ps[i], fits[fe.At] = fe.Problem(), fe.Fits
			}
			continue
		}
		at[fe.At] = len(ps)
		fits[fe.At] = fe.Fits
		ps = append(ps, fe.Problem())
	}
	if cutsAt >= 0 {
		// a FAQ too long for the large print alone need not stop the standard handout
		standard := slices.ContainsFunc(cuts, func(fe *layout.FitError) bool {
			return strings.HasPrefix(fe.Doc, "handout-") && !strings.HasPrefix(fe.Doc, "handout-large-")
		})
		var merged []error
		for _, fe := range layout.Merge(cuts) {
			if !standard && strings.HasPrefix(fe.Doc, "handout-large-") {
				fe.Hint = cmp.Or(fe.Hint, "shorten the text") + ", or make the standard handout alone, without the large print: haven handout --edition standard"
			}
			merged = append(merged, fe)
		}
		out = slices.Insert(out, cutsAt, merged...)
	}
	for key, i := range at {
		if n := others[key]; n > 0 {
			ps[i].Msg = strings.TrimSuffix(ps[i].Msg, ")") + fmt.Sprintf(" and %d other %s)", n, map[bool]string{true: "output", false: "outputs"}[n == 1])
		}
	}
	for i, e := range out {
		if docs := docsOf[e.Error()]; len(docs) > 1 && docs[0] != "" {
			out[i] = fmt.Errorf("%w (in the %s and %d other %s)", e, docs[0], len(docs)-1, map[bool]string{true: "output", false: "outputs"}[len(docs) == 2])
		}
	}
	if len(out) == 0 {
		return ps.Sort()
	}
	if len(ps) > 0 {
		out = append([]error{ps.Sort()}, out...)
	}
	return errors.Join(out...)
}

// nothingWritten says of a full disk among err's problems that the run wrote nothing, and left
// the files of the run before as they were, as a run stopped says: a run refused for a full disk
// may be taken for one that wrote what it could.
func nothingWritten(err error, dir *output.Dir) error {
	said := func(e error) error {
		if !errors.Is(e, output.ErrDiskFull) {
			return e
		}
		if dir != nil && !dir.Fresh() {
			return fmt.Errorf("%w; nothing was written, and the files of the run before are as they were", e)
		}
		return fmt.Errorf("%w; nothing was written", e)
	}
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return said(err)
	}
	var all []error
	for _, e := range joined.Unwrap() {
		all = append(all, said(e))
	}
	return errors.Join(all...)
}

// diskFull is the full disk e says a file met, without the file.
func diskFull(e error) error {
	for u := e; u != nil; u = errors.Unwrap(u) {
		if errors.Unwrap(u) == output.ErrDiskFull {
			return u
		}
	}
	return e
}

// pickLangs are the languages of want (every one when it is empty) in the content's order,
// whatever order want gives them in: the content's first language is the front page's
// (settings.yaml's languages:), not --lang's first.
func pickLangs(c *content.Content, want []string) ([]*content.Language, error) {
	var have []string
	for _, l := range c.Languages {
		have = append(have, l.Code)
	}
	for _, code := range want {
		if !slices.Contains(have, code) {
			return nil, fmt.Errorf("no content for language %q (the content has: %s)", code, strings.Join(have, ", "))
		}
	}
	var out []*content.Language
	for i := range c.Languages {
		if len(want) == 0 || slices.Contains(want, c.Languages[i].Code) {
			out = append(out, &c.Languages[i])
		}
	}
	return out, nil
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
