package output

import (
	"errors"

	"golang.org/x/sys/unix"
)

// changeable refuses a file or folder the system will not let be changed (chattr +i or +a),
// where a rename would fail midway.
func changeable(path string) error {
	var st unix.Statx_t
	if err := unix.Statx(unix.AT_FDCWD, path, unix.AT_SYMLINK_NOFOLLOW, 0, &st); err != nil {
		return nil // the rename will say
	}
	if st.Attributes&(unix.STATX_ATTR_IMMUTABLE|unix.STATX_ATTR_APPEND) != 0 {
		return errors.New("is marked immutable or append-only (chattr); haven cannot replace it (its owner can allow it with chattr -i -a, or give another folder with --out)")
	}
	return nil
}
