//go:build unix

package output

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockOut keeps two runs from writing into one output folder at once: each clears the
// temporary files it finds there, which would be the other's. The lock is a file in the
// system's temporary folder, named after the output folder, so nothing is left in it; the
// system releases it when the process ends, however it ends.
func lockOut(out string) (unlock func(), err error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256([]byte(abs))
	name := filepath.Join(os.TempDir(), fmt.Sprintf("haven-%x.lock", sum[:8]))
	f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return func() {}, nil // no lock to be had: run as before
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("another haven run is writing to %s; wait for it to finish", out)
	}
	return func() { f.Close() }, nil
}
