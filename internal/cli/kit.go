package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"haven/internal/build"
	"haven/internal/output"
)

// kitName is the file in the output folder that says what made the kit in it: the content
// folder (or builtIn) and the files made from it. A run from another content folder into it
// (the organisation's own after the built-in example) is refused while any of those files is
// there, rather than mix two organisations' files, to be printed or uploaded in site/
// together; haven removes none of them itself (a folder may hold links, or a file the user
// put in place of one). The same folder, edited, makes the same kit: the files a run leaves
// are only warned of (leftOver).
const kitName = ".haven-kit"

// builtIn is the source of a kit made from haven's built-in example.
const builtIn = "built-in"

// kit is what a kit stamp says: the content its files were made from and those files,
// slash-separated and relative to the output folder.
type kit struct {
	Source string   `json:"content"`
	Files  []string `json:"files"`
	plain  bool     // read from a file of the folder's own, not through a link
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

// readKit is the stamp in out, or none (also for a file that is no stamp haven wrote).
func readKit(out string) kit {
	var k kit
	data, err := os.ReadFile(filepath.Join(out, kitName))
	if err != nil || json.Unmarshal(data, &k) != nil || k.Source != builtIn && !filepath.IsAbs(k.Source) {
		return kit{}
	}
	fi, err := os.Lstat(filepath.Join(out, kitName))
	k.plain = err == nil && fi.Mode().IsRegular()
	return k
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
		files += "; a run into it was stopped while it put its files in place, so it also holds files of the run before that one"
	}
	if source != builtIn {
		return fmt.Errorf("%s holds the kit made from %s (%s): this run's files would be mixed with it, to be printed or uploaded together; delete it first (rm -r %s), or give another folder with --out",
			out, k.describe(), files, shellQuote(out))
	}
	// the example over an organisation's kit: a run that forgot --content
	what := "give --content " + shellQuote(k.Source) + " to make it again"
	if _, err := os.Stat(k.Source); err != nil {
		what = "give --content with the folder it was made from, now elsewhere"
	}
	return fmt.Errorf("%s holds the kit made from %s: the built-in example would be mixed with it (%s); %s, or give another folder with --out", out, k.describe(), files, what)
}

// note writes the stamp of the kit made now from source in out, after the one there now (read
// again: another run may have written it since this one began): from the same content, both
// runs' files; the file is replaced whole, never written through a link, and not synced to
// disk as the outputs are: a stamp a crash loses only loses a refusal.
func note(out, source string, res []build.Result) error {
	before := readKit(out)
	now := kit{Source: source}
	if before.Source == source {
		now.Files = slices.Clone(before.Files)
	}
	for _, r := range res {
		if rel, err := filepath.Rel(out, r.Path); err == nil && filepath.IsLocal(rel) && !slices.Contains(now.Files, filepath.ToSlash(rel)) {
			now.Files = append(now.Files, filepath.ToSlash(rel))
		}
	}
	slices.Sort(now.Files)
	if before.plain && before.Source == now.Source && slices.Equal(before.Files, now.Files) {
		return nil // the stamp says so already: a run made again leaves it be
	}
	data, err := json.MarshalIndent(now, "", " ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(out, kitName+".*.tmp") // a temporary file the next run clears, as its others
	if err != nil {
		return err
	}
	_, err = tmp.Write(append(data, '\n'))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(out, kitName))
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
