package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"haven/internal/build"
)

// kitName is the file in the output folder that says what made the kit in it: the content's
// fingerprint, the content folder (or "built-in"), then the files made from it. A run from other content (the built-in example
// first, then the organisation's own) removes those it does not make again, which would
// otherwise be printed, or uploaded in site/, beside its own.
const kitName = ".haven-kit"

// fingerprint is what a kit is made from: every file of the content. Flags (a campaign, a
// paper) make other files of the same kit, which stay.
func fingerprint(fsys fs.FS) (string, error) {
	h := sha256.New()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		fmt.Fprintf(h, "%s\x00", p)
		_, err = io.Copy(h, f)
		h.Write([]byte{0})
		return err
	})
	return hex.EncodeToString(h.Sum(nil)), err
}

// kit is what a kit stamp says: the fingerprint it was made from and its files, slash-separated
// and relative to the output folder.
type kit struct {
	print, source string
	files         []string
}

// builtIn is the source of a kit made from haven's built-in example.
const builtIn = "built-in"

// readKit is the stamp in out, or none.
func readKit(out string) kit {
	data, err := os.ReadFile(filepath.Join(out, kitName))
	if err != nil {
		return kit{}
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) < 2 {
		return kit{}
	}
	return kit{print: lines[0], source: lines[1], files: lines[2:]}
}

// replace puts the kit made now, from print, in place of before in out: the files before's
// content made that this run did not make are removed when it is other content, and named; from
// the same content, the stamp lists both runs' files.
func replace(out, print, source string, before kit, res []build.Result) (removed []string, err error) {
	now := kit{print: print, source: source}
	for _, r := range res {
		if rel, err := filepath.Rel(out, r.Path); err == nil && filepath.IsLocal(rel) {
			now.files = append(now.files, filepath.ToSlash(rel))
		}
	}
	for _, f := range before.files {
		switch {
		case slices.Contains(now.files, f) || !filepath.IsLocal(filepath.FromSlash(f)):
		case before.print == print:
			now.files = append(now.files, f)
		case os.Remove(filepath.Join(out, filepath.FromSlash(f))) == nil:
			removed = append(removed, f)
		}
	}
	if before.print != print {
		for _, f := range removed { // the folders the removed files leave empty (site/es/)
			os.Remove(filepath.Join(out, filepath.FromSlash(filepath.Dir(f))))
		}
	}
	slices.Sort(now.files)
	return removed, os.WriteFile(filepath.Join(out, kitName), []byte(now.print+"\n"+now.source+"\n"+strings.Join(now.files, "\n")+"\n"), 0o644)
}
