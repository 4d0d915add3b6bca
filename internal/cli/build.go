package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"haven/internal/build"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/input"
	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/output"
	"haven/internal/placement"
	"haven/internal/typeface"
)

type buildOptions struct {
	common
	kinds      []string
	jobs       int
	placements string
	proof      bool // a proof sheet of the kit beside it (build)
	proofOnly  bool // the proof sheet alone (proof)
	calibrate  bool // the card test sheets instead of the cards (cards)
}

// registerBuild adds the flags of the commands that write files.
func (o *buildOptions) registerBuild(cmd *cobra.Command) {
	o.register(cmd, o.kinds)
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "out", "`folder` to write the PDFs to")
	if slices.Contains(o.kinds, "cards") && !o.proofOnly {
		f.StringVar(&o.offset, "offset", "", "move the home-printed card sheets `X,Y` millimetres right and down to land on the card stock, e.g. 1.5,-0.5 (find it with 'haven cards --calibrate'; default: cards: offset: in settings.yaml)")
	}
	f.IntVar(&o.jobs, "jobs", 0, "`number` of documents made at once, 1 to 256 (default 0: one per CPU)")
	placementsFlag(cmd, &o.placements, "one copy of each output per code, in OUT/CODE/, its QR links tagged utm_content=CODE")
}

// placementsFlag defines --placements, whose file does what.
func placementsFlag(cmd *cobra.Command, file *string, what string) {
	cmd.Flags().StringVar(file, "placements", "", "CSV `file` with a 'code' column: "+what+" (needs --campaign)")
	completeCSV(cmd, "placements")
}

func newBuildCmd(st streams, run runF[buildOptions]) *cobra.Command {
	o := &buildOptions{common: common{streams: st}, kinds: kinds.Names(), proof: true}
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Make the whole kit: handouts, wallet cards and posters in every language",
		Long: `build makes every output of every kind, size and language into the output folder, from the
built-in content unless --content names another folder. It prints each file with its page
count and the address its QR codes open, and a proof sheet, proof.pdf, with every page of the
kit as labelled thumbnails (on A4 when --paper asks for a4 and not letter).`,
		Example: `  haven build
  haven build --lang es --out print/spanish
  haven build --content my-content --campaign spring-2027`,
		Args: noArgs,
		RunE: o.runE(run),
	}
	o.registerBuild(cmd)
	return cmd
}

// runE checks the flags, then runs.
func (o *buildOptions) runE(run runF[buildOptions]) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if err := o.validate(cmd, o.kinds); err != nil {
			return err
		}
		if o.calibrate && o.placements != "" {
			return usageError{fmt.Errorf("--calibrate makes the printer test sheet, which has no placements: leave out --placements")}
		}
		jobs, err := checkJobs(o.jobs)
		if err != nil {
			return err
		}
		o.jobs = jobs
		return run(cmd.Context(), o)
	}
}

// newKindCmd is the command for one kind of output, e.g. haven handout.
func newKindCmd(k kinds.Kind, st streams, run runF[buildOptions]) *cobra.Command {
	o := &buildOptions{common: common{streams: st}, kinds: []string{k.Name}}
	example := map[string]string{
		"handout": `  haven handout
  haven handout --lang en --paper letter
  haven handout --edition large           # reprint the large-print edition only
  haven handout --lang es --url https://missionhaven.org/ayuda --campaign school-2027`,
		"cards": `  haven cards
  haven cards --paper letter --lang en,es
  haven cards --calibrate --paper letter    # a test sheet: find your printer's offset
  haven cards --offset 1.5,-0.5             # move the cards onto the stock
  (print the sheet double-sided, flip on the long edge, then cut along the marks)`,
		"poster": `  haven poster
  haven poster --paper 24x36 --lang es
  haven poster --paper tearoff          # the Letter flyer with tear-off tabs
  haven poster --paper a4,tearoff-a4    # the A4 poster and the A4 flyer
  haven poster --paper letter,tabloid --url https://missionhaven.org/help --campaign fall-2027`,
	}
	cmd := &cobra.Command{
		Use:     k.Name,
		Short:   k.About,
		Example: example[k.Name],
		Args:    noArgs,
		RunE:    o.runE(run),
	}
	o.registerBuild(cmd)
	if len(k.Editions) > 0 { // on the kind's own command: a kit makes every edition
		listVar(cmd.Flags(), &o.editions, "edition", true, "`editions` to make: "+editionHelp(k.Editions)+" (default: all)")
		completeEditions(cmd, k.Editions)
	}
	if k.Name == "cards" {
		cmd.Flags().BoolVar(&o.calibrate, "calibrate", false, "make the printer test sheet instead of the cards: card outlines and millimetre rulers, to print on plain paper and hold against the card stock")
	}
	return cmd
}

func runBuild(ctx context.Context, o *buildOptions) error {
	start := time.Now()
	o.placed = o.placements != ""
	ct, fams, err := o.load()
	if err != nil {
		if output.Stopped(filepath.Clean(o.out)) { // its files half replaced until a run finishes them
			fmt.Fprintf(o.stderr, "haven: note: %s holds files of two runs: a run into it was stopped while it put its files in place, and the next run that gets past its checks finishes them; print nothing from it until then\n", filepath.Clean(o.out))
		}
		return err
	}
	if !o.calibrate { // the test sheet holds no content
		o.sayBuiltIn(ct)
	}
	if err := withinKit(o.out); err != nil && !o.calibrate {
		return err
	}
	before, err := readKitErr(filepath.Clean(o.out))
	if err != nil {
		return err
	}
	source := kitSource(o.content)
	if err := before.mixed(filepath.Clean(o.out), source); err != nil && !o.calibrate { // a batch too: its folders would stand beside the kit
		return err // the folder's, not the command line's: no usage to show
	}
	when, err := created()
	if err != nil {
		return err
	}
	places, err := o.loadPlacements(ct, o.placements, o.out)
	if err != nil {
		return err
	}
	kindsMade := o.placedKinds(o.kinds, places, "make it with 'haven site'")
	opts := build.Options{
		Content: ct, Families: fams, Out: o.out, Kinds: kindsMade,
		Langs: o.langs, Papers: o.papers, Editions: o.editions, Jobs: o.jobs, Created: when,
		Placements: places.Codes, Mapping: places.Mapping, MappingKey: places.Key, Progress: progressBar(o.stderr),
		Proof: proofPaper(o.proof || o.proofOnly, o.papers, ct.Settings.Country), ProofOnly: o.proofOnly, Calibrate: o.calibrate,
		Guide: proofPaper(o.proof, o.papers, ct.Settings.Country), Flags: o.runFlags(), BatchFlags: o.batchFlags(),
		Kit: before.Files, KitSums: before.Sums,
	}
	if slices.Contains(kindsMade, "site") {
		opts.Kept = o.kept(ct, before.Files)
	}
	var stamp kit // a test sheet holds no content, and makes no file to be stale beside
	by := maker{By: currentVersion(), From: contentDigest(o.content, ct, fams)}
	if !o.calibrate {
		opts.Stamp = func(res []build.Result) []byte {
			var data []byte
			stamp, data = stampAfter(filepath.Clean(o.out), source, by, res)
			return data
		}
	}
	res, err := build.Run(ctx, opts)
	if err != nil {
		return err
	}
	// words of another script or letters in a fallback face, said not only by check; and an
	// edition set in another family than the user's own (the first, given with a font)
	brand := len(o.fontFamilies()) > 0 || slices.ContainsFunc(ct.Settings.Font, func(f content.Font) bool { return f.Regular != "" })
	for _, l := range ct.Languages {
		texts := ct.TextsOf(&l)
		if fam, err := typeface.Choose(l.Code, fams, texts); err == nil {
			if s := fam.Foreign(l.Texts); s != "" {
				fmt.Fprintf(o.stdout, "note: %s: %s\n", l.Code, s)
			}
			// a whole edition out of the organisation's font, not a font given for a script that
			// sets the edition's own letters (Noto Sans Devanagari beside Latin in another face)
			inIt := slices.ContainsFunc(fam.Faces(), func(f *typeface.Family) bool { return f.Name == fams[0].Name })
			if lacks, few := typeface.OutOfBrand(fam, fams[0], texts); brand && lacks != "" && !inIt {
				hint := "give a font that has them"
				if few {
					hint += ", or write those words without them"
				}
				o.warnf("%s is set in %s, not in your font %s, which lacks %s: %s", l.Code, fam.Name, fams[0].Name, lacks, hint)
			}
		}
	}
	// the files an earlier run left that this one did not make again, said below: the page is
	// not to be uploaded as it is while site/ holds some
	var other []string // named as made from other content: no warning below names them again
	var edited, otherHaven bool
	if !o.calibrate {
		other, edited, otherHaven = stamp.fromOther(filepath.Clean(o.out), by, res)
	}
	stale := leftOver(filepath.Clean(o.out), res, places.Codes, stamp.Files)
	siteOld := !o.calibrate && slices.ContainsFunc(slices.Concat(other, stale), func(f string) bool { return fileKind(filepath.FromSlash(f)) == kinds.SiteDir })
	summarize(o.stdout, res, filepath.Clean(o.out), len(places.Codes), o.content, ct.Settings.Cards.DiscreetURL, siteOld, time.Since(start))
	if len(o.pageOnly) > 0 { // said again where the listing ends: a missing edition is easy to miss
		their, pages := "its", "page"
		if len(o.pageOnly) > 1 {
			their, pages = "their", "pages"
		}
		made := fmt.Sprintf("%s resource %s only", their, pages)
		if !o.makesPage() {
			made = fmt.Sprintf("nothing (haven site makes %s resource %s)", their, pages)
		}
		fmt.Fprintf(o.stdout, "not printed: %s: haven cannot print %s text yet, as the warnings above say; made: %s\n", strings.Join(o.pageOnly, ", "), their, made)
	}
	if len(other) > 0 {
		o.warnOther(other, edited, otherHaven)
	}
	if len(stale) > 0 && !o.calibrate {
		upload := " or uploading " + kinds.SiteDir + "/"
		if len(places.Codes) > 0 {
			upload = ""
		}
		// a folder is said to hold such files, not to be a run's: it may be the user's own
		// archive of a print job, or another program's
		folders := slices.DeleteFunc(slices.Clone(stale), func(f string) bool { return !strings.HasSuffix(f, "/") })
		files := slices.DeleteFunc(slices.Clone(stale), func(f string) bool { return strings.HasSuffix(f, "/") })
		if len(files) > 0 {
			o.warnf("%s also holds %s an earlier run made, not made again by this one (%s): they may show old numbers or text; delete them, or make them again, before printing%s",
				filepath.Clean(o.out), count(files), firstFew(files), upload)
		}
		if len(folders) > 0 {
			o.warnf("%s also holds %s with PDFs named as haven names its own, which this run did not make (%s): if an earlier run made them, they may show old numbers or text; keep each kit in a folder of its own, or move them out of %s, before printing%s",
				filepath.Clean(o.out), count(folders), firstFew(folders), filepath.Clean(o.out), upload)
		}
	}
	if earlier := earlierBatch(filepath.Clean(o.out), places.Codes, before.Files, slices.Concat(stale, other)); len(earlier) > 0 && !o.calibrate {
		o.warnf("%s also holds %s of an earlier batch (%s), made from the same content: proof.pdf and the print guides describe this batch's %d %s alone; keep the batches in folders of their own, or make every code again in one batch",
			filepath.Clean(o.out), count(earlier), firstFew(earlier), len(places.Codes), plural(len(places.Codes), "code"))
	}
	if unlinked := slices.DeleteFunc(o.unlinked(ct, res, before.Files), func(f string) bool { return slices.Contains(other, f) }); len(unlinked) > 0 {
		o.warnf("%s now links only this run's PDFs, and proof.pdf and the print guides show only them: %s an earlier run made for the same languages %s in %s but no longer linked (%s); before uploading %s or printing from the guide, make the whole kit again: %s",
			filepath.Join(filepath.Clean(o.out), kinds.SiteDir)+string(filepath.Separator), count(unlinked), map[bool]string{true: "stays", false: "stay"}[len(unlinked) == 1],
			kinds.SiteDir+"/", firstFew(unlinked), kinds.SiteDir+"/", o.remake())
	}
	if s := ct.Settings; s.Campaign != "" && !o.calibrate && (s.Site.Discreet || s.Cards.DiscreetURL != "" && slices.ContainsFunc(res, func(r build.Result) bool { return strings.HasPrefix(filepath.Base(r.Path), "cards-discreet-") })) {
		if camps, err := placement.LoadCampaigns(o.out); err == nil { // as the run wrote them
			whose := "the discreet cards' code carries"
			if s.Site.Discreet { // a discreet card's address makes the site discreet too
				whose = "every QR code of this discreet run carries"
			}
			fmt.Fprintf(o.stdout, "%s: %s the campaign %s as utm_campaign=%s, made with the secret key in %s; keep both files private, and build into the same folder next time for the same code\n",
				filepath.Join(o.out, placement.CampaignListName), whose, s.Campaign, camps.Code(s.Campaign), placement.CampaignKeyName)
		}
	}
	if places.Mapping != nil {
		fmt.Fprintf(o.stdout, "%s: the codes haven gave each place, made with the secret key in %s; keep both files private, and build into the same folder next time for the same codes\n", filepath.Join(o.out, placement.MappingName), placement.KeyName)
		if places.Kept > 0 {
			fmt.Fprintf(o.stdout, "  it keeps the codes of %d earlier %s this run did not print, after this run's, so their scans can still be looked up\n", places.Kept, map[bool]string{true: "place", false: "places"}[places.Kept == 1])
		}
	}
	if o.proof && slices.ContainsFunc(res, func(r build.Result) bool { return filepath.Base(r.Path) == build.ProofName }) {
		out := filepath.Clean(o.out)
		var others []string // the guide in the run's other languages
		for _, r := range res {
			if name := filepath.Base(r.Path); build.IsGuide(name) && name != build.GuideName {
				others = append(others, name)
			}
		}
		also, proofs := "", ""
		if len(others) > 0 {
			also = " (also " + strings.Join(others, ", ") + ")"
		}
		var grey []string // the languages proof.pdf shows in grey, each drawn in a sheet of its own
		for _, r := range res {
			if name := filepath.Base(r.Path); build.IsProof(name) && name != build.ProofName {
				grey = append(grey, name)
			}
		}
		if len(grey) > 0 {
			proofs = " and " + strings.Join(grey, ", ") + " (the pages it shows in grey)"
		}
		fmt.Fprintf(o.stdout, "Before printing: check every page in %s%s, then follow\n%s%s: paper, 100%% scale, sides, cutting and print shops for each file.\n",
			filepath.Join(out, build.ProofName), proofs, filepath.Join(out, build.GuideName), also)
	}
	o.warnedAbove()
	return nil
}

// loadPlacements reads the placements file (none when file is "") for a run into out ("" for
// check's, which writes nothing), refused as a whole with every problem at its line.
func (c *common) loadPlacements(ct *content.Content, file, out string) (placement.File, error) {
	if file == "" {
		return placement.File{}, nil
	}
	if ct.Settings.Campaign == "" {
		return placement.File{}, usageError{fmt.Errorf("--placements needs --campaign NAME: placement codes are reported within a campaign")}
	}
	places, err := placement.Load(file, out, ct.Settings.CodeCheck())
	if err != nil {
		if errors.Is(err, fs.ErrPermission) { // there, not readable: not a name mistyped
			return places, fmt.Errorf("--placements %s %s (check its permissions: the user running haven must be allowed to read it)", file, input.Describe(err))
		}
		if input.Unopenable(err) {
			return places, usageError{fmt.Errorf("--placements %s %s", file, input.Describe(err))}
		}
		return places, err
	}
	if err := codeSlips(ct.Settings, file, places); err != nil {
		return places, err
	}
	// which line was taken for the column names, and how many rows under it: a file saved
	// without its header shows its first place there, not among the placements
	fmt.Fprintf(c.stdout, "%s: %d %s; line %d read as the column names, not a placement: %s\n",
		file, len(places.Codes), plural(len(places.Codes), "placement"), places.HeaderLine, strings.TrimPrefix(strings.Join(places.Header, ", "), "\ufeff"))
	return places, nil
}

// placedKinds are the kinds a run makes of kinds, with places: the whole kit is every printed
// kind for each placement, and the page, one for all of them, is left out, and the user told
// how to make it instead (how).
func (c *common) placedKinds(kinds []string, places placement.File, how string) []string {
	if len(places.Codes) == 0 || len(kinds) < 2 || !slices.Contains(kinds, "site") {
		return kinds
	}
	fmt.Fprintf(c.stdout, "the resource page is one for every placement, so this run leaves it out: %s without --placements\n", how)
	return slices.DeleteFunc(slices.Clone(kinds), func(k string) bool { return k == "site" })
}

// codeSlips refuses the codes of a placements file that hold a number one slip from one of
// the organisation's (a code is printed on every copy), each at its line, as the file's other
// problems are.
func codeSlips(s content.Settings, path string, f placement.File) error {
	var ps diag.Problems
	check := s.CodeCheck()
	for i, code := range f.Codes {
		if msg := check(code); msg != "" && i < len(f.Lines) {
			ps.Add(path, f.Lines[i], "code", msg, "choose another code")
		}
	}
	if len(ps) > 0 {
		return ps
	}
	return nil
}

// warnOther says which files of the folder other content or another haven made (kit.fromOther),
// and what to do: make the whole kit again, unless this run did, or made a placement batch.
func (o *buildOptions) warnOther(files []string, edited, otherHaven bool) {
	out := filepath.Clean(o.out)
	changed := "settings.yaml, a text, the logo, a font, --url or --campaign"
	if o.content == "" { // the built-in content changes with haven alone
		changed = "--url or --campaign"
	}
	what, why := "made from other content than this run's", changed+" has changed since they were made, so they may print or show old numbers or text"
	switch {
	case otherHaven && edited:
		what, why = "made from other content than this run's, or by another version of haven", "they may print or show old numbers or text"
	case otherHaven:
		what, why = "made by another version of haven than this one", "they may print differently from this run's files"
	}
	before := "printing any of them"
	if slices.ContainsFunc(files, func(f string) bool { return fileKind(filepath.FromSlash(f)) == kinds.SiteDir }) {
		before += " or uploading " + filepath.Join(out, kinds.SiteDir) + "/"
	}
	do := fmt.Sprintf("before %s, make the whole kit again: %s (or delete them)", before, o.remake())
	if o.whole() || o.placements != "" {
		do = fmt.Sprintf("delete them, or make them again with the command that made them, before %s", before)
	}
	o.warnf("%s also holds %s %s (%s): %s; %s", out, count(files), what, firstFew(files), why, do)
}

// unlinked are the PDFs in site/ that the kit listed before the run (kit), of a language whose
// page the run made, that the run did not make again: the page it made links only its own
// (a run of one paper or edition after the whole kit), and leaves them unlinked beside it. A
// kept language's page (--lang) still links its own.
func (o *buildOptions) unlinked(ct *content.Content, res []build.Result, kit []string) []string {
	made := map[string]bool{}
	var langs []string // whose page the run made
	for _, r := range res {
		rel, err := filepath.Rel(filepath.Clean(o.out), r.Path)
		if err != nil {
			continue
		}
		made[filepath.ToSlash(rel)] = true
		for _, l := range ct.Languages {
			if filepath.ToSlash(rel) == kinds.SiteDir+"/"+l.Code+"/index.html" {
				langs = append(langs, l.Code)
			}
		}
	}
	// a file's language: the longest of the content's codes its name holds between -, so that
	// pt-BR's files are not pt's
	langOf := func(name string) string {
		best := ""
		for _, l := range ct.Languages {
			if (strings.Contains(name, "-"+l.Code+"-") || strings.HasSuffix(name, "-"+l.Code+".pdf")) && len(l.Code) > len(best) {
				best = l.Code
			}
		}
		return best
	}
	var out []string
	for _, f := range kit {
		if rest, ok := strings.CutPrefix(f, kinds.SiteDir+"/"); ok && !strings.Contains(rest, "/") && strings.HasSuffix(f, ".pdf") && !made[f] && slices.Contains(langs, langOf(rest)) {
			out = append(out, f)
		}
	}
	return out
}

// whole is whether the run makes the whole kit that build makes: every kind, language and
// paper.
func (o *buildOptions) whole() bool {
	return o.proof && len(o.kinds) == len(kinds.Names()) && len(o.langs) == 0 && len(o.papers) == 0 && len(o.editions) == 0
}

// remake is the command that makes the whole kit again as this run made its files: its content,
// folder, address, campaign and fonts, in every language.
func (o *buildOptions) remake() string {
	args := []string{"haven", "build"}
	flags := o.runFlags()
	if o.campaign != "" {
		flags = append(flags, "--campaign", o.campaign)
	}
	for i := 0; i+1 < len(flags); i += 2 {
		if flags[i] != "--lang" {
			args = append(args, flags[i], shellQuote(flags[i+1]))
		}
	}
	return strings.Join(args, " ")
}

// leftOver are the PDFs and resource pages in out of the kinds this run made that it did not
// write, and that the kit's stamp does not list (kit: those are fromOther's to name, or made
// from this very content): an earlier run's, for a language, paper or edition not made this
// time, that no stamp says what made. A reprint of one file is a reason to leave them; printing
// or uploading them unawares is not. A run with placement codes looks in the placement folders
// instead: its codes' folders, and first, named with a slash, the folders of codes it did not
// make (an earlier batch's) that hold such files.
func leftOver(out string, res []build.Result, codes, kit []string) []string {
	made, kindsMade := map[string]bool{}, map[string]bool{}
	for _, r := range res {
		made[filepath.Clean(r.Path)] = true
		rel, _ := filepath.Rel(out, r.Path)
		kindsMade[fileKind(rel)] = true
	}
	stale := func(p, rel string) bool {
		ext := filepath.Ext(p)
		inKit, _ := filepath.Rel(out, p)
		return (ext == ".pdf" || ext == ".html") && !made[filepath.Clean(p)] && kindsMade[fileKind(rel)] && !slices.Contains(kit, filepath.ToSlash(inKit)) &&
			!strings.HasPrefix(filepath.Base(p), layout.CalibrationName) // the kit does not list them: they hold no content
	}
	coded := map[string]bool{}
	for _, c := range codes {
		coded[c] = true
	}
	mine := func(rel string) bool { // a folder whose files this run checks
		if len(codes) > 0 {
			return coded[rel]
		}
		return rel == kinds.SiteDir || filepath.Dir(rel) == kinds.SiteDir
	}
	var folders, files []string
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(out, p)
		switch {
		case rel == ".":
		case d.IsDir() && !mine(rel):
			// a placement folder of another run (or of a run without codes: made before the
			// content changed, it may print old numbers), or the user's copies of outputs
			if filepath.Dir(rel) == "." && rel != kinds.SiteDir && holdsStale(p, stale) {
				folders = append(folders, rel+"/")
			}
			return fs.SkipDir
		case d.IsDir():
		case len(codes) > 0 && filepath.Dir(rel) == ".": // a run with codes writes into their folders only
		case stale(p, rel):
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	return append(folders, files...)
}

// earlierBatch are the placement folders in out, of codes a batch run (codes) did not make,
// whose files the kit lists (kit: the same content made them; others leftOver names): an
// earlier batch's, which the run's proof sheet, guides and code list leave out.
func earlierBatch(out string, codes, kit, named []string) []string {
	if len(codes) == 0 {
		return nil
	}
	var folders []string
	seen := map[string]bool{kinds.SiteDir: true} // a folder looked at, or not to be: site/, this batch's, those named
	for _, c := range codes {
		seen[c] = true
	}
	for _, n := range named {
		dir, _, _ := strings.Cut(n, "/")
		seen[dir] = true
	}
	for _, f := range kit { // thousands of files for a large batch: a folder is looked at on disk once
		dir, _, nested := strings.Cut(f, "/")
		if !nested || seen[dir] {
			continue
		}
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(f))); err == nil {
			seen[dir] = true
			folders = append(folders, dir+"/")
		}
	}
	slices.Sort(folders)
	return folders
}

// holdsStale says whether the folder dir holds a file stale says so of.
func holdsStale(dir string, stale func(p, rel string) bool) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !e.IsDir() && stale(filepath.Join(dir, e.Name()), e.Name()) {
			return true
		}
	}
	return false
}

// firstFew names the first three of names, and "..." for the rest.
func firstFew(names []string) string {
	s := strings.Join(names[:min(3, len(names))], ", ")
	if len(names) > 3 {
		s += ", ..."
	}
	return s
}

// count says how many files and folders (named with a slash) names holds.
func count(names []string) string {
	folders := 0
	for _, n := range names {
		if strings.HasSuffix(n, "/") {
			folders++
		}
	}
	var parts []string
	if folders > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", folders, plural(folders, "folder")))
	}
	if files := len(names) - folders; files > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", files, plural(files, "file")))
	}
	return strings.Join(parts, " and ")
}

// fileKind is what a file of the output folder is, by its place or the first word of its
// name: the resource page, handout, cards, card (the print-shop card), poster, proof, how
// (the print guide).
func fileKind(rel string) string {
	if strings.HasPrefix(rel, kinds.SiteDir+string(filepath.Separator)) {
		return kinds.SiteDir
	}
	kind, _, _ := strings.Cut(filepath.Base(rel), "-")
	return strings.TrimSuffix(kind, ".pdf")
}

// proofPaper is the paper of the proof sheet and the print guide: the one of Letter and A4 the
// run asks for, else the country's (layout.HomePaper): a UK organisation prints them on A4.
func proofPaper(want bool, papers []string, country string) string {
	has := func(name string) bool {
		return slices.ContainsFunc(papers, func(p string) bool { return strings.EqualFold(p, name) })
	}
	switch {
	case !want:
		return ""
	case has("a4") && !has("letter"):
		return "a4"
	case has("letter") && !has("a4"):
		return "letter"
	}
	return layout.HomePaper(country)
}

// newProofCmd is haven proof: the proof sheet of the kit build would make, alone.
func newProofCmd(st streams, run runF[buildOptions]) *cobra.Command {
	o := &buildOptions{common: common{streams: st}, kinds: kinds.PrintedNames(), proofOnly: true}
	cmd := &cobra.Command{
		Use:   "proof",
		Short: "Make proof.pdf: every page of the kit as labelled thumbnails, to review before printing",
		Long: `proof lays out everything build would make and writes one file, proof.pdf: each page of each
output as a thumbnail drawn from the same layout (zoom in to read it), labelled with its file
name, its paper size and the address its QR code opens. Review the kit in one file, or print a
sheet for sign-off. It comes on Letter, or on A4 when --paper asks for a4 and not letter.`,
		Example: `  haven proof
  haven proof --content my-content --paper a4`,
		Args: noArgs,
		RunE: o.runE(run),
	}
	o.registerBuild(cmd)
	return cmd
}

// summarize lists each file, or for a placement batch, one line per output name.
// contentDir is --content, "" for the built-in content, whose settings.yaml is no file to edit.
func summarize(w io.Writer, res []build.Result, out string, placements int, contentDir, discreetURL string, siteOld bool, took time.Duration) {
	pages := 0
	for _, r := range res {
		pages += r.Pages
	}
	if placements == 0 {
		site, copies := filepath.Join(out, kinds.SiteDir), 0
		notes := map[string]int{} // a note several files share is said once, under the first
		for _, r := range res {
			notes[r.Note]++
		}
		for _, r := range res {
			switch {
			case strings.HasSuffix(r.Path, ".html"):
				fmt.Fprintf(w, "%-40s resource page\n", r.Path)
			case strings.HasPrefix(r.Path, site+string(filepath.Separator)):
				copies++ // the PDFs beside the pages, to download
			default:
				fmt.Fprintf(w, "%-40s %2d %-6s %s\n", r.Path, r.Pages, plural(r.Pages, "page"), qrList(r))
				switch n := notes[r.Note]; {
				case r.Note == "" || n == 0: // none, or said already
				case n == 1:
					fmt.Fprintf(w, "  %s\n", r.Note)
				default:
					fmt.Fprintf(w, "  %s (the same for %d more %s below)\n", r.Note, n-1, plural(n-1, "file"))
				}
				notes[r.Note] = 0
			}
		}
		if copies > 0 {
			fmt.Fprintf(w, "%-40s %d PDFs beside the pages, to download\n", site+string(filepath.Separator), copies)
			switch {
			case siteOld: // an earlier run's pages beside this one's, which it links
				fmt.Fprintf(w, "do not upload %s/ yet: it also holds files an earlier run made, which the warnings below name, and this run's pages link to them\n", site)
			case contentDir == "":
				fmt.Fprintf(w, "%s/ is the built-in example's resource page: for your own, make your content with 'haven init DIR' and build with --content DIR\n", site)
			default:
				settings := filepath.Join(contentDir, content.SettingsFile)
				if discreetURL == "" {
					fmt.Fprintf(w, "to publish the resource page, upload %s/ as it is to the address resource_url in %s gives (or set resource_url to where you upload it): every QR code opens that address\n", site, settings)
				} else {
					// the discreet card's code opens its own address: a redirect from it to
					// resource_url would leave that one in the phone's history
					fmt.Fprintf(w, "to publish the resource page, upload %s/ as it is to the address resource_url in %s gives (or set resource_url to where you upload it): every QR code but the discreet card's opens that address; the discreet card's opens cards.discreet_url, %s: upload %s/ there too, not a redirect to resource_url, which would leave that address in the phone's history\n", site, settings, discreetURL, site)
				}
			}
		}
	} else if len(res) > 0 {
		first := res[0].Path
		dir := filepath.Dir(first)
		for _, r := range res { // the first code's files stand for every code's: their notes too
			if filepath.Dir(r.Path) != dir {
				break
			}
			shown := r
			shown.URLs = nil
			for _, u := range r.URLs {
				shown.URLs = append(shown.URLs, strings.ReplaceAll(u, "utm_content="+filepath.Base(dir), "utm_content=CODE"))
			}
			fmt.Fprintf(w, "%-40s %2d %-6s %s\n", filepath.Join(out, "CODE", filepath.Base(r.Path)), r.Pages, plural(r.Pages, "page"), qrList(shown))
			if r.Note != "" {
				fmt.Fprintf(w, "  %s\n", r.Note)
			}
		}
		fmt.Fprintf(w, "for each of %d %s, in %s/CODE/\n", placements, plural(placements, "placement code"), out)
		for _, r := range res { // the proof sheet and the print guide, once for the batch
			if filepath.Dir(r.Path) == out {
				fmt.Fprintf(w, "%-40s %2d %-6s %s\n", r.Path, r.Pages, plural(r.Pages, "page"), qrList(r))
			}
		}
	}
	made := fmt.Sprintf("%d %s", len(res), plural(len(res), "file"))
	if pages > 0 { // a run of the page alone prints no page of its own: its PDFs are copies
		made += fmt.Sprintf(", %d %s", pages, plural(pages, "page"))
	}
	checked := "every text, number, link and QR code was read back from the PDF and checked"
	switch {
	case len(res) == 0:
		checked = "nothing was made"
	case !slices.ContainsFunc(res, func(r build.Result) bool { return strings.HasSuffix(r.Path, ".pdf") }):
		checked = "every text, number and link of the page was checked" // the pages of editions haven cannot print alone
	}
	fmt.Fprintf(w, "%s in %s/ (%.2f s); %s\n", made, out, took.Seconds(), checked)
}

// qrList is what a file's QR codes open, for the summary; the proof sheet and the print
// guide say what they are instead.
func qrList(r build.Result) string {
	switch name := filepath.Base(r.Path); {
	case name == build.ProofName:
		return "every page of the kit, as labelled thumbnails"
	case build.IsProof(name):
		return "the pages of the " + strings.TrimSuffix(strings.TrimPrefix(name, "proof-"), ".pdf") + " files proof.pdf shows in grey, as labelled thumbnails"
	case build.IsGuide(name):
		return "how to print each file"
	}
	if len(r.URLs) == 0 {
		return "no QR code"
	}
	return "QR: " + strings.Join(r.URLs, " ")
}

// progressBar draws progress on a terminal and stays quiet when output goes to a file or pipe.
func progressBar(w io.Writer) func(done, total int) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return func(done, total int) {
		const width = 30
		n := done * width / total
		fmt.Fprintf(w, "\r[%s%s] %d/%d", strings.Repeat("=", n), strings.Repeat(" ", width-n), done, total)
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// runFlags are the flags that name this run's content, output folder, languages, fonts and
// address, for the commands the print guide gives: "haven cards --offset X,Y" without them
// would make the built-in example's cards, into out/, or fail for want of a font.
func (o *buildOptions) runFlags() []string {
	var flags []string
	if o.content != "" {
		flags = append(flags, "--content", o.content)
	}
	if o.out != "out" {
		flags = append(flags, "--out", o.out)
	}
	if len(o.langs) > 0 {
		flags = append(flags, "--lang", strings.Join(o.langs, ","))
	}
	for _, f := range o.fonts {
		flags = append(flags, "--font", f)
	}
	if o.url != "" {
		flags = append(flags, "--url", o.url)
	}
	return flags
}

// batchFlags are the flags of a placement batch, for the guide's command that makes its cards
// again (not its test sheet, which has no placements).
func (o *buildOptions) batchFlags() []string {
	var flags []string
	if o.campaign != "" {
		flags = append(flags, "--campaign", o.campaign)
	}
	if o.placements != "" {
		flags = append(flags, "--placements", o.placements)
	}
	return flags
}
