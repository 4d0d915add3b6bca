package output

import (
	"errors"
	"fmt"
	"math"
	"sync"
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
			return fmt.Errorf("%w: %s free, and the files need room beyond the %s haven leaves free for the system and other programs (make room, or write to another disk with --out)", ErrDiskFull, mb(s.avail), mb(reserve))
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

func mb(n int64) string { return fmt.Sprintf("%d MB", max(n, 0)>>20) }

// ErrDiskFull is a file the output folder's disk has no room for.
var ErrDiskFull = errors.New("the disk is full")
