//go:build unix

package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// lock keeps two runs from writing into one output folder at once (each clears the temporary
// files it finds there, which would be the other's). The lock is a file inside the folder,
// so two names for one folder (a link) share it; the system releases it however the process
// ends, and the run removes the file when it is done.
func lock(real, root string) (*os.File, error) {
	name := filepath.Join(real, lockName)
	for tries := 0; ; tries++ {
		f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o600)
		if err != nil { // a refused permission is said by Open, as the folder's (diskError)
			return nil, fmt.Errorf("cannot lock the output folder %s: %w (haven keeps a file %s there while it runs)", root, err, lockName)
		}
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			f.Close()
			if errors.Is(err, unix.EWOULDBLOCK) && tries < 20 {
				// a run into a folder around or inside this one may be looking (held) for an instant
				time.Sleep(5 * time.Millisecond)
				continue
			}
			if errors.Is(err, unix.EWOULDBLOCK) {
				return nil, fmt.Errorf("another haven run is writing to %s; wait for it to finish", root)
			}
			return nil, fmt.Errorf("cannot lock the output folder %s: %w", root, err)
		}
		// the run that held the lock may have removed the file since: hold the one in place
		held, err1 := f.Stat()
		there, err2 := os.Stat(name)
		if err1 == nil && err2 == nil && os.SameFile(held, there) {
			return f, nil
		}
		f.Close()
	}
}

// held is whether a live run holds the lock file name: its lock forbids even a shared one.
// The look takes a shared lock for an instant; a run taking that lock meanwhile waits it out
// (see lock).
func held(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	return errors.Is(unix.Flock(int(f.Fd()), unix.LOCK_SH|unix.LOCK_NB), unix.EWOULDBLOCK)
}

// fileID is the file's inode number, 0 when not known.
func fileID(fi os.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}

// writableDir refuses a folder in which files cannot be renamed.
func writableDir(dir string) error {
	if err := unix.Access(dir, unix.W_OK); err != nil {
		return fmt.Errorf("cannot be written to: %w", err)
	}
	return changeable(dir)
}

// freeBytes is the space left on the disk holding dir for an ordinary user.
var freeBytes = func(dir string) (int64, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return 0, err
	}
	return int64(st.Bavail) * int64(st.Bsize), nil
}

// noFilesLeft says whether a disk that refused a write for want of space, holding dir (or its
// nearest existing parent), is out of room for files rather than bytes: its inodes are used
// up, or a megabyte and more is still free.
func noFilesLeft(dir string) bool {
	var st unix.Statfs_t
	for unix.Statfs(dir, &st) != nil {
		if dir == filepath.Dir(dir) {
			return false
		}
		dir = filepath.Dir(dir)
	}
	return st.Files > 0 && st.Ffree == 0 || int64(st.Bavail)*int64(st.Bsize) >= 1<<20
}
