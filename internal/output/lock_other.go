//go:build !unix

package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// lock takes the folder with a lock file made only if none is there; a run that was killed
// leaves it, and says how to clear it.
func lock(real, root string) (*os.File, error) {
	name := filepath.Join(real, lockName)
	f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o600)
	if errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("another haven run is writing to %s; wait for it to finish (if none is, remove %s)", root, name)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot lock the output folder %s: %w", root, err)
	}
	return f, nil
}

// held is whether a lock file is there: a run that was killed leaves it.
func held(name string) bool {
	_, err := os.Lstat(name)
	return err == nil
}

// fileID is not known here: a journal's lost files are not told from renamed ones.
func fileID(os.FileInfo) uint64 { return 0 }

func writableDir(string) error { return nil }

// freeBytes is not known here: no disk check.
var freeBytes = func(string) (int64, error) { return 0, errors.New("unknown") }

// noFilesLeft is not known here.
func noFilesLeft(string) bool { return false }
