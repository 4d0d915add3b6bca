package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"haven/internal/build"
	"haven/internal/content"
	"haven/internal/input"
	"haven/internal/output"
	"haven/internal/typeface"
)

// kitName is the file in the output folder that says what made the kit in it: the content
// folder (or builtIn) and the files made from it. A run from another content folder into it
// (the organisation's own after the built-in example) is refused while any of those files is
// there, rather than mix two organisations' files, to be printed or uploaded in site/
// together; haven removes none of them itself (a folder may hold links, or a file the user
// put in place of one). The same folder, edited, makes the same kit: the stamp notes what made
// each file (maker), so that a run names the files it leaves that other content, or another
// haven, made (kit.fromOther): they may print what the content no longer says.
const kitName = output.StampName

// builtIn is the source of a kit made from haven's built-in example.
const builtIn = "built-in"

// kit is what a kit stamp says: the content its files were made from and those files,
// slash-separated and relative to the output folder.
type kit struct {
	Source string   `json:"content"`
	Files  []string `json:"files"`
	Made   []made   `json:"made,omitempty"` // what made each of Files; one it names in none is an older haven's
	// Sums are the digests of Files as haven wrote them (build.Result.Sum): one that holds something
	// else now was edited since, and a run that would replace it is refused; a file an older
	// haven made has none.
	Sums  map[string]string `json:"sums,omitempty"`
	plain bool              // read from a file of the folder's own, not through a link
}

// maker is what a run makes its files from: the haven (its version line) and a digest of the
// content as it prints (contentDigest).
type maker struct {
	By   string `json:"by"`
	From string `json:"from"`
}

// made is the files of a kit that one maker made.
type made struct {
	maker
	Files []string `json:"files"`
}

// contentDigest is a digest of what a run's files print, the same whatever languages, papers
// and editions it makes: settings.yaml, and text.yaml and faq.md of every language folder
// (--lang's or not), as written; the logo and the user's fonts; the address and campaign as
// --url and --campaign leave them. Not --offset: it moves the cards of one printer, and the
// command the print guide gives for it must not call the rest of the kit stale. The built-in
// content is haven's own, which the maker's version names.
func contentDigest(dir string, ct *content.Content, fams []*typeface.Family) string {
	h := sha256.New()
	part := func(b []byte) { fmt.Fprintf(h, "%d:", len(b)); h.Write(b) } // lengths keep parts apart
	if dir != "" {
		files := []string{content.SettingsFile}
		for _, code := range ct.Codes {
			files = append(files, filepath.Join(code, content.TextFile), filepath.Join(code, content.FAQFile))
		}
		for _, f := range files {
			data, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				data = nil // a language with one of the two files
			}
			part([]byte(filepath.ToSlash(f)))
			part(data)
		}
	}
	s := ct.Settings
	part([]byte(s.ResourceURL + "\n" + s.DisplayURL + "\n" + s.Campaign))
	if ct.Logo != nil {
		part(ct.Logo.PNG)
	}
	for _, f := range fams {
		if !f.BuiltIn() {
			part([]byte(f.Name))
			for _, face := range [][]byte{f.Regular, f.Bold, f.Italic, f.BoldItalic} {
				part(face)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// kitSource is the content folder a run reads, as a stamp names it: its absolute path, links
// resolved (one folder by any way to it), or builtIn for none.
func kitSource(content string) string {
	if content == "" {
		return builtIn
	}
	p, err := filepath.Abs(content)
	if err != nil {
		return filepath.Clean(content)
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		return real
	}
	return p
}

// readKit is the stamp in out, or none (also for one damaged, or an older haven's): as out
// holds it once the renames of a run stopped midway are finished (output.ReadStamp).
func readKit(out string) kit {
	k, _ := readKitErr(out)
	return k
}

// readKitErr is readKit, with why a stamp that is there cannot be read: a run that went on
// would miss what it says, and replace it with one that names this run's files alone.
func readKitErr(out string) (kit, error) {
	var k kit
	data, plain, err := output.ReadStamp(out)
	if err != nil && !errors.As(err, new(*output.StampError)) { // none, or the folder's to say as the run writes there
		return kit{}, nil
	}
	if err != nil {
		why := err.Error()
		if pe := new(fs.PathError); errors.As(err, &pe) {
			why = input.Describe(err)
		}
		return kit{}, fmt.Errorf("%s, which says what made the files in %s, %s: make it a file haven can read, or move it away if no haven run made it", filepath.Join(out, kitName), out, why)
	}
	if json.Unmarshal(data, &k) != nil || k.Source != builtIn && !filepath.IsAbs(k.Source) {
		if first, _, _ := strings.Cut(string(data), "\n"); first == builtIn || filepath.IsAbs(first) {
			return kit{}, nil // an older haven's, its content folder and files in lines: its files are known by their content
		}
		// damaged: which content made the files there is not known, and a run that went on
		// might mix this content's files with another's
		p := filepath.Join(out, kitName)
		return kit{}, fmt.Errorf("%s, which says what made the files in %s, is damaged: it is not the list of files haven writes there, so haven cannot tell which content they were made from; give another folder with --out, or, if the files there were made from this same content (or are not needed), delete %s and run again",
			p, out, shellQuote(p))
	}
	k.plain = plain
	return k, nil
}

// describe names a kit's source for a message.
func (k kit) describe() string {
	if k.Source == builtIn {
		return "haven's built-in example"
	}
	return k.Source
}

// mixed refuses a run from source into out while the files of a kit made there from other
// content are in it, naming them and what to do; a kit from the same content, or whose files
// are gone, is none.
func (k kit) mixed(out, source string) error {
	if k.Source == "" || k.Source == source {
		return nil
	}
	var there []string
	for _, f := range k.Files {
		if _, err := os.Lstat(filepath.Join(out, filepath.FromSlash(f))); err == nil && filepath.IsLocal(filepath.FromSlash(f)) {
			there = append(there, f)
		}
	}
	if len(there) == 0 {
		return nil
	}
	files := count(there) + ": " + firstFew(there)
	if output.Stopped(out) { // not finished here: this run writes nothing into the folder
		files += fmt.Sprintf("; a run from it was stopped while it put them in place, and the next run into the folder puts the rest of them there, as %s lists", output.JournalName)
	}
	if source != builtIn {
		// never "rm -r" the folder: files of the user's own may lie beside the kit's
		moved := ""
		if _, err := os.Stat(k.Source); err != nil && k.Source != builtIn {
			moved = fmt.Sprintf(" (%s is gone: if this content folder is it, moved or renamed, the kit is its own, which haven cannot tell from here)", k.Source)
		}
		return fmt.Errorf("%s holds the kit made from %s (%s): this run's files would be mixed with it, to be printed or uploaded together%s; give another folder with --out, or delete that kit's files first (%s lists them; files of your own there can stay)",
			out, k.describe(), files, moved, filepath.Join(out, kitName))
	}
	// the example over an organisation's kit: a run that forgot --content
	what := "give --content " + shellQuote(k.Source) + " to make it again"
	if _, err := os.Stat(k.Source); err != nil {
		what = "give --content with the folder it was made from, now elsewhere"
	}
	return fmt.Errorf("%s holds the kit made from %s: the built-in example would be mixed with it (%s); %s, or give another folder with --out", out, k.describe(), files, what)
}

// withinKit refuses an output folder inside a kit an earlier run made (--out out/site): the
// new kit's proof, guides and site/ would sit among that kit's files, in the folder uploaded
// as it is, and its stamp would name none of them.
func withinKit(out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return nil
	}
	for dir := filepath.Dir(abs); dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if k := readKit(dir); k.Source != "" && k.plain {
			beside := filepath.Join(filepath.Dir(dir), filepath.Base(dir)+"-"+filepath.Base(abs))
			return fmt.Errorf("--out %s is inside %s, a kit an earlier run made: this run's files would be mixed with its files (its site/ folder is uploaded as it is); give a folder outside it, e.g. --out %s",
				out, relative(dir), shellQuote(relative(beside)))
		}
	}
	return nil
}

// relative is path p as said to the user: from the working folder when it is inside it.
func relative(p string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, p); err == nil && filepath.IsLocal(rel) {
			return rel
		}
	}
	return p
}

// stampAfter is the stamp of out once the kit made now by by from source (res) is in place,
// after the one there now (read again as the run ends: another run may have written it since
// this one began): from the same content folder, both runs' files, each with what made it; and
// its bytes, or nil when the stamp there says so already. The run puts it in place with its
// files (build.Options.Stamp), never written through a link.
func stampAfter(out, source string, by maker, res []build.Result) (kit, []byte) {
	before := readKit(out)
	now := kit{Source: source}
	mine := inKit(out, res)
	now.Sums = map[string]string{}
	if before.Source == source {
		now.Files = slices.Clone(before.Files)
		maps.Copy(now.Sums, before.Sums)
		for _, m := range before.Made { // each file once, with its last maker
			files := slices.DeleteFunc(slices.Clone(m.Files), func(f string) bool { return slices.Contains(mine, f) })
			if len(files) > 0 {
				now.Made = append(now.Made, made{m.maker, files})
			}
		}
	}
	for _, f := range mine {
		if !slices.Contains(now.Files, f) {
			now.Files = append(now.Files, f)
		}
	}
	for _, r := range res {
		if rel, err := filepath.Rel(out, r.Path); err == nil && filepath.IsLocal(rel) {
			if r.Sum != "" {
				now.Sums[filepath.ToSlash(rel)] = r.Sum
			} else { // written again, its digest not known here (a batch noted folder by folder): none
				delete(now.Sums, filepath.ToSlash(rel))
			}
		}
	}
	slices.Sort(now.Files)
	if i := slices.IndexFunc(now.Made, func(m made) bool { return m.maker == by }); i >= 0 {
		now.Made[i].Files = slices.Compact(slices.Sorted(slices.Values(append(now.Made[i].Files, mine...))))
	} else if len(mine) > 0 {
		now.Made = append(now.Made, made{by, mine})
	}
	if before.plain && before.Source == now.Source && slices.Equal(before.Files, now.Files) && maps.Equal(before.Sums, now.Sums) &&
		slices.EqualFunc(before.Made, now.Made, func(a, b made) bool { return a.maker == b.maker && slices.Equal(a.Files, b.Files) }) {
		return now, nil // the stamp says so already: a run made again leaves it be
	}
	data, err := json.MarshalIndent(now, "", " ")
	if err != nil {
		panic(err) // strings and lists of them
	}
	return now, append(data, '\n')
}

// inKit are the files of res as the stamp of out names them: slash paths inside out, each once,
// sorted.
func inKit(out string, res []build.Result) []string {
	var files []string
	for _, r := range res {
		if rel, err := filepath.Rel(out, r.Path); err == nil && filepath.IsLocal(rel) {
			files = append(files, filepath.ToSlash(rel))
		}
	}
	slices.Sort(files)
	return slices.Compact(files)
}

// fromOther are the files of the kit k in out that the run made by by did not make (res), and
// that another maker made: from other content (an edited settings.yaml or text, another logo,
// font, --url or --campaign), or by another haven (a file k names no maker of is one from before
// the stamp named them). Whatever their kind, they may print or show what the content no longer
// says: the copies in site/ of the PDFs made now, the resource page, proof.pdf, the other kinds.
// proof.pdf comes first, then the pages, as what is checked and uploaded; then the others in
// order. edited and otherHaven say in which of the two their makers differ from by.
func (k kit) fromOther(out string, by maker, res []build.Result) (files []string, edited, otherHaven bool) {
	mine := inKit(out, res)
	makers := map[string]maker{}
	for _, m := range k.Made {
		for _, f := range m.Files {
			makers[f] = m.maker
		}
	}
	for _, f := range k.Files {
		m, known := makers[f]
		if slices.Contains(mine, f) || known && m == by || !filepath.IsLocal(filepath.FromSlash(f)) {
			continue
		}
		if _, err := os.Lstat(filepath.Join(out, filepath.FromSlash(f))); err != nil {
			continue // gone
		}
		files = append(files, f)
		otherHaven = otherHaven || !known || m.By != by.By
		edited = edited || known && m.From != by.From
	}
	rank := func(f string) int {
		switch {
		case build.IsProof(filepath.Base(f)):
			return 0
		case strings.HasSuffix(f, ".html"):
			return 1
		}
		return 2
	}
	slices.SortStableFunc(files, func(a, b string) int { return rank(a) - rank(b) })
	return files, edited, otherHaven
}
