package output

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sync"
	"syscall"
)

// reserve is left free on the disk: a full disk breaks other programs, and the journal and
// the folders' own records need room too.
const reserve = 16 << 20

// space counts down the free space on the output folder's disk as files are staged, asking
// the system again when it runs low (other programs write too, and renames free old files).
type space struct {
	dir   string
	mu    sync.Mutex
	avail int64
}

func newSpace(dir string) *space {
	free, err := freeBytes(dir)
	if err != nil {
		free = math.MaxInt64 // not known: the writes themselves will fail when the disk is full
	}
	return &space{dir: dir, avail: free}
}

// take reserves n bytes, in whole 4 KB blocks, or says the disk is full.
func (s *space) take(n int64) error {
	n = (n + 4095) &^ 4095
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.avail-n < reserve {
		if free, err := freeBytes(s.dir); err == nil {
			s.avail = free
		}
		if s.avail-n < reserve {
			return fmt.Errorf("%w: %s is free, and haven needs %s: %s for the next file and %s it leaves free for the system and other programs (make room, or write to another disk with --out)", ErrDiskFull, mb(s.avail, false), mb(n+reserve, true), mb(n, true), mb(reserve, false))
		}
	}
	s.avail -= n
	return nil
}

// fits says whether n more bytes can be written.
func (s *space) fits(n int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.avail-n >= reserve
}

// mb is n bytes in megabytes, to a tenth below 100 MB (a file is often well under one),
// rounded up when up: what is free is never said to be as much as what is needed.
func mb(n int64, up bool) string {
	tenths := max(n, 0) * 10
	if up {
		tenths += 1<<20 - 1
	}
	if tenths >>= 20; tenths >= 1000 || tenths%10 == 0 {
		return fmt.Sprintf("%d MB", tenths/10)
	}
	return fmt.Sprintf("%d.%d MB", tenths/10, tenths%10)
}

// ErrDiskFull is a file the output folder's disk has no room for.
var ErrDiskFull = errors.New("the disk is full")

// ErrReadOnly is an output folder on a disk the system mounted read-only.
var ErrReadOnly = errors.New("the disk is read-only")

// diskError is err said as the disk's problem when the disk refused a write for want of room
// (for bytes or for files), of quota, or because it is read-only, or as the folder's when this
// user may not write in it, with what to do; otherwise nil. Its message names the output folder
// root (dir is it with links resolved), not a file: every file meets the same disk, and the
// file a refused permission names may be one haven keeps for itself (.haven.lock).
func diskError(root, dir string, err error) error {
	var why error
	switch {
	case errors.Is(err, fs.ErrPermission):
		return plainError{fmt.Sprintf("cannot write in the output folder %s: this user may not write %s (give a folder of your own with --out, e.g. --out ~/haven-out)",
			root, refusing(root, dir, err)), err}
	case errors.Is(err, syscall.ENOSPC) && noFilesLeft(dir):
		why = fmt.Errorf("%w: it has room for no more files, though space is left (all its inodes are used; delete files there, or write to another disk with --out)", ErrDiskFull)
	case errors.Is(err, syscall.ENOSPC):
		why = fmt.Errorf("%w: no space left on the device (make room, or write to another disk with --out)", ErrDiskFull)
	case errors.Is(err, syscall.EDQUOT):
		why = fmt.Errorf("%w for you: your disk quota is used up (make room, or write to another disk with --out)", ErrDiskFull)
	case errors.Is(err, syscall.EROFS):
		why = fmt.Errorf("%w (write to another disk with --out)", ErrReadOnly)
	case errors.Is(err, syscall.EFBIG): // a limit on the size of one file (ulimit -f), not the disk's
		return fmt.Errorf("cannot write in the output folder %s: a file would be larger than this session allows (ulimit -f; raise the limit, or run haven where there is none)", root)
	default:
		return nil
	}
	return fmt.Errorf("cannot write in the output folder %s: %w", root, why)
}

// disk is diskError for this run's folder, the first such error for every later one: a full
// disk is said once, in the same words whichever file met it first.
func (d *Dir) disk(err error) error {
	de := diskError(d.root, d.real, err)
	if de == nil {
		return nil
	}
	d.diskMu.Lock()
	defer d.diskMu.Unlock()
	if d.diskErr == nil {
		d.diskErr = de
	}
	return d.diskErr
}

// Refused is the folder this user's permissions refused to make a file or folder in, as err
// (a failed create, mkdir or rename) names it, and whether err is such a refusal.
func Refused(err error) (string, bool) {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case !errors.Is(err, fs.ErrPermission):
	case errors.As(err, &le):
		return filepath.Dir(le.New), true
	case errors.As(err, &pe):
		return filepath.Dir(pe.Path), true
	}
	return "", false
}

// refusing says where err's refused permission is, for a message about the output folder root
// (dir: it with links resolved): "there", in root itself, or in the folder named from root.
func refusing(root, dir string, err error) string {
	folder, ok := Refused(err)
	if !ok { // a check that names no file
		return "there"
	}
	for _, base := range []string{dir, root} {
		if rel, err := filepath.Rel(base, folder); err == nil && rel == "." {
			return "there"
		} else if err == nil && filepath.IsLocal(rel) {
			return "in " + filepath.Join(root, rel)
		}
	}
	return "in " + folder
}

// plainError is an error said in words of its own that wraps the system's, so that what it
// was (fs.ErrPermission) is still known.
type plainError struct {
	msg string
	err error
}

func (e plainError) Error() string { return e.msg }
func (e plainError) Unwrap() error { return e.err }
