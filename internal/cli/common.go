package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	defaultcontent "haven/content"
	"haven/internal/build"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/input"
	"haven/internal/kinds"
	"haven/internal/render/html"
	"haven/internal/typeface"
)

// streams are where a command writes.
type streams struct{ stdout, stderr io.Writer }

// common holds the flags every output command shares; they are defined once, here.
type common struct {
	streams
	content  string
	out      string
	langs    []string
	papers   []string
	url      string
	campaign string
	fonts    []string // one --font a family
	offset   string   // registered by the commands that make card sheets
	editions []string // registered by the commands whose kinds come in editions
	discreet bool     // the command prints the discreet cards, whose words are checked then
	kinds    []string // what the command makes, whose QR codes are made once the settings are read
	pageOnly []string // the languages whose texts haven cannot set in a PDF: only their resource page is made
	placed   bool     // the run makes placement folders, and so no resource page
	quoted   []string // of pageOnly, those haven prints but for a few words, whose page alone the run makes
	warned   int      // the warnings said, counted where the report ends (warnedAbove)
}

// warnf says a warning on stderr, and counts it.
func (c *common) warnf(format string, a ...any) {
	c.warned++
	fmt.Fprintf(c.stderr, "haven: warning: "+format+"\n", a...)
}

// warnedAbove ends a run's report with how many warnings it said: the list of files after
// them scrolls twenty off a terminal's screen, and the last line would say all is checked.
// A language the run prints no PDF of is named there too: among a dozen warnings, a whole
// edition missing from the kit was read as one more note.
func (c *common) warnedAbove() {
	if c.warned == 0 {
		return
	}
	line := fmt.Sprintf("%d %s above: read %s before printing", c.warned, plural(c.warned, "warning"), map[bool]string{true: "it", false: "them"}[c.warned == 1])
	switch n := len(c.pageOnly); {
	case n == 1:
		line += fmt.Sprintf("; %s is not printed: its warning says how to print it", c.pageOnly[0])
	case n > 1:
		line += fmt.Sprintf("; %s are not printed: their warnings say how to print them", strings.Join(c.pageOnly, ", "))
	}
	fmt.Fprintln(c.stdout, line)
}

// register defines the shared flags on cmd, for the kinds of output it makes: --paper lists
// only their papers, and every flag completes its values.
func (c *common) register(cmd *cobra.Command, kindNames []string) {
	c.discreet = slices.Contains(kindNames, "cards")
	c.kinds = kindNames
	f := cmd.Flags()
	f.StringVar(&c.content, "content", "", "content `folder` to use instead of the built-in one (see 'haven init')")
	listVar(f, &c.langs, "lang", true, "language `codes` to make, e.g. en or en,es; only their folders are read (default: every language in the content)")
	listVar(f, &c.papers, "paper", true, "paper `sizes`: "+paperHelp(kindNames)+" (default: each output's usual sizes)")
	if len(papersOf(kindNames)) == 0 { // the resource page alone has none to list; given, --paper is told so (kinds.Plan)
		_ = f.MarkHidden("paper")
	}
	f.StringVar(&c.url, "url", "", "web `address` the QR codes open, https only (default: resource_url in settings.yaml)")
	f.StringVar(&c.campaign, "campaign", "", "campaign `name` added to QR links as utm_campaign (lower-case letters, digits and -)")
	listVar(f, &c.fonts, "font", false, "a brand font's `files`: a .ttf (or a face of a .ttc: FONTS.ttc#0 or FONTS.ttc#Face Name), set first for every language it covers, the built-in fonts printing the rest and what it lacks; give REGULAR.ttf, REGULAR.ttf,BOLD.ttf or REGULAR.ttf,BOLD.ttf,ITALIC.ttf,BOLDITALIC.ttf; repeat --font for another family, e.g. one for Arabic and one for Chinese (the first that covers a language sets it)")
	complete(cmd, kindNames)
}

// validate refuses flag values that are wrong whatever the content, for a command making
// outputs of kinds: each is a usage error.
func (c *common) validate(cmd *cobra.Command, kindNames []string) error {
	if err := emptyItem(cmd); err != nil {
		return err
	}
	if err := optionAsValue(cmd); err != nil {
		return err
	}
	if _, err := kinds.Plan(kindNames, c.papers, c.editions, ""); err != nil {
		return usageError{err}
	}
	if msg := content.CheckCampaign(c.campaign); msg != "" {
		return usageError{fmt.Errorf("--campaign %s (it appears in every QR link)", msg)}
	}
	c.url = strings.TrimSpace(c.url) // pasted with a space at an end, as settings.yaml's value may be
	if c.url != "" {
		if msg := content.CheckURL(c.url); msg != "" {
			return usageError{fmt.Errorf("--url %s", msg)}
		}
	}
	if _, _, msg := content.ParseOffset(c.offset); msg != "" {
		return usageError{fmt.Errorf("--offset %s", msg)}
	}
	for _, files := range c.fontFamilies() {
		if n := len(files); n > 4 || n == 3 {
			return usageError{fmt.Errorf("--font takes one or two files (regular, bold), or four (regular, bold, italic, bold italic), got %d; "+
				"give another family with another --font", n)}
		}
	}
	if fi, err := os.Stat(c.out); err == nil && !fi.IsDir() {
		return usageError{fmt.Errorf("--out %s is a file, not a folder: name a folder for the kit, such as --out %s-kit (haven makes it)", c.out, strings.TrimSuffix(c.out, filepath.Ext(c.out)))}
	}
	if err := ownFolder(c.out); err != nil {
		return err
	}
	if c.content != "" {
		if err := outputNotContent(c.content, c.out); err != nil {
			return err
		}
	}
	if c.content != "" && c.out != "" {
		if err := apart(c.content, c.out); err != nil {
			return err
		}
	}
	return outNotContent(c.out)
}

// outNotContent refuses an --out that is a content folder (it holds settings.yaml): the
// kit's files would lie among the content, as when --content is forgotten in the folder
// being edited ("haven build --out ."), which builds the built-in example there.
func outNotContent(out string) error {
	if out == "" {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, content.SettingsFile)); err != nil {
		return nil
	}
	return usageError{fmt.Errorf("--out %s is a content folder (it holds %s): haven would write the kit among its files; to build from it, give --content %s and an --out beside it, e.g. --out %s",
		out, content.SettingsFile, shellQuote(out), shellQuote(filepath.Join(out, "..", "haven-kit")))}
}

// outputNotContent refuses a --content that is an output folder, not a content one: it holds
// no settings.yaml, and is this run's --out (out by default) or holds a kit haven made. The
// user meant the folder they edit; telling them to move the output elsewhere would not help.
func outputNotContent(contentDir, out string) error {
	if _, err := os.Stat(filepath.Join(contentDir, content.SettingsFile)); err == nil {
		return nil
	}
	what := ""
	if _, err := os.Lstat(filepath.Join(contentDir, kitName)); err == nil {
		what = "an output folder, which holds a kit haven made"
	}
	if out != "" && resolved(contentDir) == resolved(out) {
		what = "this run's output folder (--out " + out + "), where haven writes the kit"
	}
	if what == "" {
		return nil
	}
	return usageError{fmt.Errorf("--content %s is %s, not a content folder: give --content the folder that holds settings.yaml (haven init DIR makes one)", contentDir, what)}
}

// apart refuses an output folder inside the content folder (the PDFs and site/ would lie
// among the content, and the next run read them as content) and a content folder inside the
// output folder's site/, which each run of the page replaces.
func apart(contentDir, out string) error {
	cd, od := resolved(contentDir), resolved(out)
	if inside(od, cd) {
		example := "" // a folder beside the content: never the one refused, nor one inside the content
		for _, name := range []string{"out", "haven-kit"} {
			if beside := filepath.Join(contentDir, "..", name); !inside(resolved(beside), cd) {
				example = ", e.g. --out " + shellQuote(beside)
				break
			}
		}
		return usageError{fmt.Errorf("--out %s is inside the content folder %s: haven would write its files among the content, and read them as content next time; give an --out outside it%s",
			out, contentDir, example)}
	}
	if site := filepath.Join(od, kinds.SiteDir); inside(cd, site) {
		return usageError{fmt.Errorf("--content %s is inside %s, where haven writes the resource page of every run: move the content folder out of it, or give another --out",
			contentDir, filepath.Join(out, kinds.SiteDir)+string(filepath.Separator))}
	}
	return nil
}

// ownFolder refuses an output folder that is the root folder, the user's home folder, the
// system's temporary folder or one of the system's own at the root (/etc, /usr, C:\Windows): a
// kit is dozens of PDFs and a site/ folder, to lie among the user's or the system's files there
// (haven replaces none of those, but a folder of its own is what to print or upload from, and
// what a later run's warnings can speak of).
func ownFolder(out string) error {
	if out == "" {
		return nil
	}
	od, what, instead := resolved(out), "", filepath.Join(out, "haven-kit")
	home, err := os.UserHomeDir()
	if err == nil && od == resolved(home) {
		what = "your home folder"
	}
	if od == resolved(os.TempDir()) {
		what = "the system's temporary folder, shared with other programs"
	}
	if abs, err := filepath.Abs(out); systemFolder(od) || err == nil && systemFolder(abs) { // /bin as written, and /usr/bin it links to
		what = "a folder of the system's own"
	}
	if filepath.Dir(od) == od {
		what = "the root folder"
	}
	if what == "" {
		return nil
	}
	if home != "" && what != "your home folder" { // none below the system's is the kit's, and the temporary folder is emptied
		instead = filepath.Join(home, "haven-kit")
	}
	return usageError{fmt.Errorf("--out %s is %s: haven writes a kit of dozens of PDFs and a site/ folder into --out; give a folder of its own, e.g. --out %s",
		out, what, shellQuote(instead))}
}

// systemFolders are the folders at the root of a disk that the system keeps, in lower case:
// Linux's, macOS's and Windows'.
var systemFolders = map[string]bool{"bin": true, "boot": true, "dev": true, "etc": true, "lib": true, "lib32": true, "lib64": true,
	"proc": true, "run": true, "sbin": true, "srv": true, "sys": true, "tmp": true, "usr": true, "var": true, "opt": true, "home": true, "mnt": true, "media": true,
	"system": true, "library": true, "applications": true, "private": true, "volumes": true, "cores": true,
	"windows": true, "program files": true, "program files (x86)": true, "programdata": true}

// systemFolder reports whether path, absolute and clean, is one of the system's own folders:
// one at a disk's root (systemFolders) or one it keeps below them (systemSubfolders).
func systemFolder(path string) bool {
	if parent := filepath.Dir(path); parent != path && filepath.Dir(parent) == parent && systemFolders[strings.ToLower(filepath.Base(path))] {
		return true
	}
	rel := strings.TrimLeft(filepath.ToSlash(path[len(filepath.VolumeName(path)):]), "/")
	return systemSubfolders[strings.ToLower(rel)]
}

// systemSubfolders are the folders below those at the root that the system keeps, from a
// disk's root: programs, libraries, their data and the system's state and caches. Others
// there (/usr/local/haven-kit, /srv/www, /var/www) may be a kit's.
var systemSubfolders = map[string]bool{"usr/bin": true, "usr/sbin": true, "usr/lib": true, "usr/lib32": true, "usr/lib64": true, "usr/libexec": true,
	"usr/include": true, "usr/share": true, "usr/src": true, "usr/local": true, "usr/local/bin": true, "usr/local/sbin": true, "usr/local/lib": true,
	"usr/local/share": true, "usr/local/include": true, "usr/local/etc": true, "var/lib": true, "var/tmp": true, "var/log": true, "var/cache": true,
	"var/spool": true, "var/run": true, "var/mail": true, "private/tmp": true, "private/var": true, "private/etc": true, "windows/system32": true}

// resolved is path made absolute, with the links in the part of it that exists followed.
func resolved(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	rest := ""
	for p := abs; ; p = filepath.Dir(p) {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(real, rest)
		}
		if p == filepath.Dir(p) {
			return abs
		}
		rest = filepath.Join(filepath.Base(p), rest)
	}
}

// inside is whether path is dir or lies below it.
func inside(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && (rel == "." || filepath.IsLocal(rel))
}

// holder is the content folder that holds path, when path is not one itself but a file or a
// folder inside one (its settings.yaml, a language folder): what was meant.
func holder(path string) (string, bool) {
	if _, err := os.Stat(filepath.Join(path, content.SettingsFile)); err == nil {
		return "", false
	}
	dir := filepath.Dir(filepath.Clean(path))
	if _, err := os.Stat(filepath.Join(dir, content.SettingsFile)); err == nil {
		return dir, true
	}
	return "", false
}

// sayBuiltIn says, first, that a run without --content reads the built-in example: a plain
// 'haven build' beside the user's own folder would otherwise replace their kit without a word.
func (c *common) sayBuiltIn(ct *content.Content) {
	if c.content == "" && len(ct.Languages) > 0 {
		fmt.Fprintf(c.stdout, "using haven's built-in example content (%s); give --content DIR for yours\n", ct.Languages[0].Text.HotlineName.Text)
	}
}

// source opens the content folder (the built-in content without --content), its label for
// messages, and what closes it.
func (c *common) source() (fs.FS, string, func(), error) {
	if c.content == "" {
		return defaultcontent.FS, content.BuiltinLabel, func() {}, nil
	}
	if dir, ok := holder(c.content); ok { // a file or a language folder inside a content folder
		return nil, "", nil, usageError{fmt.Errorf("--content %s: the content folder is the one that holds settings.yaml: --content %s", c.content, shellQuote(dir))}
	}
	root, err := os.OpenRoot(c.content)
	if errors.Is(err, fs.ErrPermission) { // a folder that is there, not one to create
		return nil, "", nil, fmt.Errorf("--content %s: %s (check its permissions: the user running haven must be allowed to read it)", c.content, input.Describe(err))
	}
	if fi, serr := os.Stat(c.content); err != nil && serr == nil && !fi.IsDir() {
		return nil, "", nil, usageError{fmt.Errorf("--content %s: a file, not a folder: give the folder that holds settings.yaml (haven init DIR makes one)", c.content)}
	}
	if err != nil {
		if to, lerr := os.Readlink(c.content); lerr == nil { // a link that leads to no folder
			why := "which does not exist"
			if errors.Is(err, syscall.ELOOP) {
				why = "which leads back to it"
			}
			return nil, "", nil, usageError{fmt.Errorf("--content %s: a link to %s, %s: give the folder that holds settings.yaml, or remove the link", c.content, to, why)}
		}
		return nil, "", nil, usageError{fmt.Errorf("--content %s: not a folder (create one with: haven init %s)", c.content, shellQuote(c.content))}
	}
	return root.FS(), filepath.Clean(c.content), func() { root.Close() }, nil
}

// kept are the content's languages a run of some of them leaves out whose pages an earlier
// run made in the output folder's site (files, the kit's), read again for their names: the
// pages the run makes offer them in their language switch. One that no longer reads is left
// out of it.
func (c *common) kept(ct *content.Content, files []string) []*content.Language {
	var codes []string
	for _, code := range ct.Codes {
		if !slices.ContainsFunc(ct.Languages, func(l content.Language) bool { return l.Code == code }) &&
			slices.Contains(files, path.Join(kinds.SiteDir, html.PagePath(code))) {
			codes = append(codes, code)
		}
	}
	if len(codes) == 0 {
		return nil
	}
	fsys, label, done, err := c.source()
	if err != nil {
		return nil
	}
	defer done()
	other, err := content.Load(fsys, label, content.Overrides{Langs: codes, Unprintable: typeface.Unprintable})
	if err != nil {
		return nil
	}
	var out []*content.Language
	for i := range other.Languages {
		out = append(out, &other.Languages[i])
	}
	return out
}

// load reads the content and the fonts the flags name, and prints the content's warnings.
// A content folder is read through os.Root, so no link inside it leads out of it.
func (c *common) load() (*content.Content, []*typeface.Family, error) {
	fsys, label, done, err := c.source()
	if err != nil {
		return nil, nil, err
	}
	defer done()
	ct, err := content.Load(fsys, label, content.Overrides{URL: c.url, Campaign: c.campaign, Offset: c.offset, Langs: c.langs, Discreet: c.discreet,
		Settled: func(s content.Settings) { build.WarmCodes(s, c.kinds) }, Unprintable: typeface.Unprintable})
	if err != nil {
		return nil, nil, err
	}
	for _, w := range ct.Warnings.Sort() {
		c.warnf("%s", w)
	}
	if err := c.checkLangs(ct); err != nil {
		return nil, nil, err
	}
	// an edition whose FAQ is written in what haven cannot print in a PDF gets its page alone;
	// the others' texts, and settings.yaml's where any prints, are what the fonts are for
	unprintable := map[string]error{} // of those editions, why
	for _, l := range ct.Languages {
		if l.PageOnly {
			unprintable[l.Code] = typeface.CheckShaping(l.Texts)
		}
	}
	others := len(unprintable) < len(ct.Languages) // languages that print
	if err := typeface.CheckShaping(ct.Printed); err != nil && others {
		return nil, nil, everyEdition(err) // before the fonts: no font can print these, on any edition
	}
	if c.pageAlone() { // so does any edition whose PDFs could not print some of its words
		for i, l := range ct.Languages {
			if err := typeface.CheckShaping(l.Texts); err != nil && !l.PageOnly {
				ct.Languages[i].PageOnly, unprintable[l.Code] = true, err
				c.quoted = append(c.quoted, l.Code)
			}
		}
		others = len(unprintable) < len(ct.Languages)
	}
	for _, l := range ct.Languages {
		if l.PageOnly && !c.pageOnlyOK(l.Code, others) {
			return nil, nil, pageOnlyRefused(unprintable[l.Code], others && slices.Contains(c.langs, l.Code))
		}
	}
	var texts []diag.Located
	for _, l := range ct.Languages {
		if !l.PageOnly {
			texts = append(texts, l.Texts...)
		}
	}
	if err := typeface.CheckShaping(texts); err != nil {
		return nil, nil, err // before the fonts: no font can print these
	}
	if others {
		texts = append(slices.Clone(ct.Printed), texts...)
	}
	for _, l := range ct.Languages {
		if l.PageOnly {
			c.pageOnly = append(c.pageOnly, l.Code)
			c.warnf("%s", c.pageOnlyWarning(l.Code, unprintable[l.Code], others))
		}
	}
	root := ct.Languages[0].Code                                                                          // the run's languages are in the content's order, whatever --lang's
	if c.makesPage() && others && slices.Contains(c.pageOnly, root) && !slices.Contains(c.quoted, root) { // a few words to take out: what to do is said
		c.warnf("the resource page's root (site/index.html, which every QR code opens) is in %s, which nothing printed is in: name a language that prints first under languages: in settings.yaml", root)
	}
	var srcs []typeface.Source
	for _, files := range c.fontFamilies() {
		srcs = append(srcs, typeface.Source{From: "--font", Files: files, Texts: texts})
	}
	for i, font := range ct.Settings.Font { // after --font's, in their order, as more --font would be
		src := typeface.Source{FS: fsys, Files: font.Files(), Texts: texts}
		if i < len(ct.FontAt) {
			for face, at := range ct.FontAt[i] {
				if at.Line > 0 {
					src.At[face] = fmt.Sprintf("%s:%d: %s", at.File, at.Line, at.Field)
				}
			}
		}
		src.From = src.At[typeface.Regular]
		srcs = append(srcs, src)
	}
	fams, err := typeface.Assemble(srcs...)
	var sets map[string]bool
	for _, f := range fams {
		if f.BuiltIn() {
			continue
		}
		if sets == nil {
			sets = setting(fams, ct, c.pageOnly)
		}
		if !sets[f.Name] {
			// a font for a language --lang left out is no mistake; one for none of the
			// content's would be printed by no command, the built-in fonts in its place; and
			// where no edition is printed (each gets its page alone) no font is judged
			printed := slices.DeleteFunc(slices.Clone(ct.Codes), func(code string) bool { return slices.Contains(c.pageOnly, code) })
			if len(ct.Languages) == len(ct.Codes) && len(printed) > 0 {
				c.warnf("%s", unused(f, printed, texts))
			}
			continue
		}
		if w := f.NoBold(); w != "" { // said as a missing italic is: the headings lose their weight
			c.warnf("%s", w)
		}
		if w := f.OddRegular(); w != "" {
			c.warnf("%s", w)
		}
	}
	if err == nil {
		for _, l := range ct.Languages {
			if l.PageOnly || l.Code != "ja" && !strings.HasPrefix(l.Code, "ja-") {
				continue
			}
			if fam, cerr := typeface.Choose(l.Code, fams, ct.TextsOf(&l)); cerr == nil {
				if w := fam.KanjiForms(l.Code, l.Texts); w != "" {
					c.warnf("%s: %s", l.Code, w)
				}
			}
		}
	}
	var fe *typeface.FileError
	if errors.As(err, &fe) && fe.From == "--font" && input.Unopenable(err) {
		return nil, nil, usageError{err} // a --font that names no file is a command-line mistake
	}
	return ct, fams, err
}

// setting is the names of the families that set text in some language of the run, as the
// build chooses each language's faces: an Arabic font given for an English run prints
// nothing, so its missing bold is not worth a word, and the font itself is. When a language
// no family can print, every family counts, that error said where it is made.
func setting(fams []*typeface.Family, ct *content.Content, pageOnly []string) map[string]bool {
	sets := map[string]bool{}
	for _, l := range ct.Languages {
		if slices.Contains(pageOnly, l.Code) { // no font sets its page
			continue
		}
		chosen, err := typeface.Choose(l.Code, fams, ct.TextsOf(&l))
		for _, g := range fams {
			sets[g.Name] = sets[g.Name] || err != nil
		}
		if err == nil {
			for _, g := range chosen.Faces() {
				sets[g.Name] = true
			}
		}
	}
	return sets
}

// unused says that the user's family f prints none of the run's languages (codes), and why: it
// lacks their letters (a font for another script, or one whose character map is damaged), or
// a font given before it sets them.
func unused(f *typeface.Family, codes []string, texts []diag.Located) string {
	why := "a font given before it sets them; leave it out, or give it first"
	switch d := f.Declines(texts); {
	case strings.HasPrefix(d, "lacks "):
		why = "it " + d + "; give a font that has their letters, or leave it out"
	case d != "":
		why = "it " + d + "; leave it out"
	}
	return fmt.Sprintf("your font %s prints none of this run's languages (%s), which are set in other fonts: %s", f.Name, strings.Join(codes, ", "), why)
}

// fontFamilies are the files of each --font: one family a flag, its faces apart by commas,
// without the spaces around them ("A.ttf, B.ttf", as in a sentence: no file name starts with one).
func (c *common) fontFamilies() [][]string {
	var out [][]string
	for _, f := range c.fonts {
		files := strings.Split(f, ",")
		for i := range files {
			files[i] = strings.TrimSpace(files[i])
		}
		out = append(out, files)
	}
	return out
}

// checkLangs refuses a --lang the content does not have: the command line asked for it. The
// languages asked for become the content's codes, each once: --lang EN means en, as --paper
// Letter means letter, and --lang en,en one English.
func (c *common) checkLangs(ct *content.Content) error {
	have := ct.Codes
	var langs []string
	for _, want := range c.langs {
		i := slices.IndexFunc(have, func(h string) bool { return strings.EqualFold(h, want) })
		if i < 0 {
			msg := fmt.Sprintf("no content for language %q", want)
			if code := content.LanguageNamed(want); code != "" && !strings.EqualFold(code, want) { // spanish, Español
				msg = fmt.Sprintf("%q is a language's name: --lang takes its code, %s", want, code)
			}
			return usageError{fmt.Errorf("--lang %s: %s (the content has: %s)", want, msg, strings.Join(have, ", "))}
		}
		if !slices.Contains(langs, have[i]) {
			langs = append(langs, have[i])
		}
	}
	c.langs = langs
	return nil
}

// makesPage is whether the run makes the resource page.
func (c *common) makesPage() bool { return slices.Contains(c.kinds, "site") && !c.placed }

// pageAlone is whether the run makes the resource page and nothing else: only the PDFs it
// links would print an edition's text, and a browser sets the page's whatever they cannot.
func (c *common) pageAlone() bool { return c.makesPage() && len(c.kinds) == 1 }

// pageOnlyOK is whether the run goes on without the printed editions of code, whose texts
// haven cannot set in a PDF: where it makes the resource page, the one thing it can make of
// them; else where the language was not asked for by --lang and others print.
func (c *common) pageOnlyOK(code string, others bool) bool {
	return c.makesPage() || !slices.Contains(c.langs, code) && others
}

// pageOnlyRefused is err, CheckShaping's of an edition a run that only prints would have to
// leave out, saying what can be made of it: its page; and the other languages (others: they
// print, and --lang asked for this one). Each problem keeps what its hint says would print
// wrong (before its colon), not what to write instead: the edition is written so.
func pageOnlyRefused(err error, others bool) error {
	var ps diag.Problems
	if errors.As(err, &ps) {
		for i := range ps {
			wrong, _, _ := strings.Cut(ps[i].Hint, ": ")
			ps[i].Hint = wrong + ": haven site makes its resource page, which a browser shapes; to print it, set it in a program that shapes it, such as LibreOffice Writer"
			if others {
				ps[i].Hint = "leave it out of --lang to print the others; " + ps[i].Hint
			}
		}
	}
	return err
}

// everyEdition is err, CheckShaping's of settings.yaml's texts (the organisation's name and
// contact line), which print on every edition: no --lang leaves them out.
func everyEdition(err error) error {
	var ps diag.Problems
	if errors.As(err, &ps) {
		for i := range ps {
			if typeface.Unshapeable(ps[i]) { // not an accent or a letter to write otherwise
				ps[i].Hint = "settings.yaml's texts print on every edition, whatever --lang: write this one in letters haven prints (Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese...), and give a language its own in its text.yaml (organisation: name: or contact:), which its resource page shows"
			}
		}
	}
	return err
}

// pageOnlyWarning says that the edition code is not printed, beginning with what to do to
// print it, then why (err, of CheckShaping), and what is made of it, and of the others that
// print. An edition written in what haven prints but for a few words (quoted) is told every
// problem with what to do, as haven build would refuse it: no program need set it.
func (c *common) pageOnlyWarning(code string, err error, others bool) string {
	why, toPrint := err.Error(), "set them in a program that shapes their script, such as LibreOffice Writer"
	var ps diag.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		p := ps[0]
		why = fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Field, p.Msg)
		if typeface.Unbroken(p) {
			toPrint = p.Hint
		}
		if slices.Contains(c.quoted, code) {
			var each []string
			for _, p := range ps {
				each = append(each, p.Error())
			}
			why, toPrint = strings.Join(each, "; "), "fix each of these"
		}
	}
	page := "its resource page is made (a browser shapes the text)"
	if !c.makesPage() {
		page = "haven site makes its resource page (a browser shapes the text)"
	}
	if others {
		page += ", and the other languages print as usual"
	}
	return fmt.Sprintf("%s: to print its editions, %s (they are not printed: %s); %s", code, toPrint, why, page)
}

// maxJobs bounds --jobs: more workers than this only cost memory.
const maxJobs = 256

// checkJobs accepts 0 (one per CPU) to maxJobs and returns the number of workers.
func checkJobs(n int) (int, error) {
	switch {
	case n == 0:
		return runtime.NumCPU(), nil
	case n < 0 || n > maxJobs:
		return 0, usageError{fmt.Errorf("--jobs %d: give 1 to %d documents at once, or 0 for one per CPU", n, maxJobs)}
	}
	return n, nil
}

// maxPDFDate is 9999-12-31 23:59:59 UTC: PDF dates have four-digit years.
const maxPDFDate = 253402300799

// created is the date written into PDFs: SOURCE_DATE_EPOCH when set, for reproducible builds.
func created() (time.Time, error) {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 || n > maxPDFDate {
			return time.Time{}, usageError{fmt.Errorf("SOURCE_DATE_EPOCH=%s is not a number of seconds from 1970 to the year 9999", diag.Quote(s))}
		}
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Now().UTC().Truncate(time.Second), nil
}
