package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"haven/internal/build"
)

// kitName is the file in the output folder that says what made the kit in it: the content
// folder (or builtIn), then the files made from it. A run from another content folder (the
// built-in example first, then the organisation's own) removes those it does not make again,
// which would otherwise be printed, or uploaded in site/, beside its own. The same folder,
// edited, makes the same kit: its files a run leaves are only warned of (leftOver).
const kitName = ".haven-kit"

// builtIn is the source of a kit made from haven's built-in example.
const builtIn = "built-in"

// kit is what a kit stamp says: the content its files were made from and those files,
// slash-separated and relative to the output folder.
type kit struct {
	source string
	files  []string
}

// kitSource is the content folder a run reads, as a stamp names it: its absolute path, or
// builtIn for none.
func kitSource(content string) string {
	if content == "" {
		return builtIn
	}
	if abs, err := filepath.Abs(content); err == nil {
		return abs
	}
	return filepath.Clean(content)
}

// readKit is the stamp in out, or none (also for a file that names no content folder).
func readKit(out string) kit {
	data, err := os.ReadFile(filepath.Join(out, kitName))
	if err != nil {
		return kit{}
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if lines[0] != builtIn && !filepath.IsAbs(lines[0]) { // not a stamp haven wrote: nothing is known
		return kit{}
	}
	return kit{source: lines[0], files: lines[1:]}
}

// replace puts the kit made now from source in place of before in out: the files before's
// content made that this run did not make are removed when it is other content, and named; from
// the same content, the stamp lists both runs' files.
func replace(out, source string, before kit, res []build.Result) (removed []string, err error) {
	now := kit{source: source}
	for _, r := range res {
		if rel, err := filepath.Rel(out, r.Path); err == nil && filepath.IsLocal(rel) {
			now.files = append(now.files, filepath.ToSlash(rel))
		}
	}
	for _, f := range before.files {
		switch {
		case slices.Contains(now.files, f) || !filepath.IsLocal(filepath.FromSlash(f)):
		case before.source == source:
			now.files = append(now.files, f)
		case os.Remove(filepath.Join(out, filepath.FromSlash(f))) == nil:
			removed = append(removed, f)
		}
	}
	for _, f := range removed { // the folders the removed files leave empty (site/es/)
		os.Remove(filepath.Join(out, filepath.FromSlash(filepath.Dir(f))))
	}
	slices.Sort(now.files)
	return removed, os.WriteFile(filepath.Join(out, kitName), []byte(now.source+"\n"+strings.Join(now.files, "\n")+"\n"), 0o644)
}
