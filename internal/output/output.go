// Package output writes a run's files all or nothing: each file goes to a hidden temporary file
// beside its place, and only when every file of the run is written are they renamed into place.
// A run that fails or is stopped leaves the files of the run before as they were, and takes away
// the folders it made.
package output

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Dir is one output folder being written by one run.
type Dir struct {
	root    string
	unlock  func()
	created []string // folders this run made, parents first

	mu      sync.Mutex
	pending []pending
}

type pending struct{ tmp, path string }

// Open takes the folder for this run (one run per folder at a time), makes it and the
// subfolders named, and clears temporary files a killed run left.
func Open(root string, subdirs []string) (*Dir, error) {
	if fi, err := os.Stat(root); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("--out %s is a file, not a folder", root)
	}
	unlock, err := lockOut(root)
	if err != nil {
		return nil, err
	}
	d := &Dir{root: root, unlock: unlock}
	for _, sub := range append([]string{""}, subdirs...) {
		dir := filepath.Join(root, sub)
		var missing []string // dir and the parents it lacks, deepest first
		for p := filepath.Clean(dir); ; p = filepath.Dir(p) {
			if _, err := os.Stat(p); err == nil || p == filepath.Dir(p) {
				break
			}
			missing = append(missing, p)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			d.Abort()
			return nil, fmt.Errorf("cannot create the output folder: %w", err)
		}
		for i := len(missing) - 1; i >= 0; i-- {
			d.created = append(d.created, missing[i])
		}
	}
	stale, _ := filepath.Glob(filepath.Join(root, "*", ".*.*.tmp"))
	top, _ := filepath.Glob(filepath.Join(root, ".*.*.tmp"))
	for _, f := range append(stale, top...) {
		os.Remove(f)
	}
	return d, nil
}

// Path is where a file named rel (slash-separated, inside the folder) is written; a name that
// would leave the folder is an error.
func (d *Dir) Path(rel string) (string, error) {
	path := filepath.Join(d.root, filepath.FromSlash(rel))
	if r, err := filepath.Rel(d.root, path); err != nil || r == "." || strings.HasPrefix(r, "..") {
		return "", fmt.Errorf("%s would be written outside the output folder %s", path, d.root)
	}
	return path, nil
}

// Stage writes data, synced to disk, to a hidden temporary file beside path, to be renamed to
// path by Commit. It may be called from several goroutines.
func (d *Dir) Stage(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, err)
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
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	d.mu.Lock()
	d.pending = append(d.pending, pending{tmp.Name(), path})
	d.mu.Unlock()
	return nil
}

// Commit renames every staged file into place and releases the folder.
func (d *Dir) Commit() error {
	defer d.unlock()
	for i, p := range d.pending {
		if err := os.Rename(p.tmp, p.path); err != nil {
			for _, rest := range d.pending[i:] {
				os.Remove(rest.tmp)
			}
			return fmt.Errorf("cannot write %s: %w (%d of %d files were already replaced; the others keep their earlier versions)", p.path, err, i, len(d.pending))
		}
	}
	return nil
}

// Abort removes every staged file and the folders this run made (a folder that is not empty
// stays), and releases the folder.
func (d *Dir) Abort() {
	for _, p := range d.pending {
		os.Remove(p.tmp)
	}
	for i := len(d.created) - 1; i >= 0; i-- {
		os.Remove(d.created[i])
	}
	d.unlock()
}
