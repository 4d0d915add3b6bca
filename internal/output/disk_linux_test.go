package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// tmpfs mounts a small tmpfs with options for the test, or skips where the system does not
// allow it (mounting needs root, and a container may withhold it even from root: no package
// gives that, so CI skips too, and TestDiskError still holds the messages); any other failure
// to mount fails the test.
func tmpfs(t *testing.T, options string) string {
	t.Helper()
	dir := t.TempDir()
	if err := unix.Mount("tmpfs", dir, "tmpfs", 0, options); err != nil {
		if !errors.Is(err, unix.EPERM) && !errors.Is(err, unix.EACCES) {
			t.Fatalf("mount a tmpfs: %v", err)
		}
		t.Skipf("run the tests as root, outside a container that withholds mounting, to mount a tmpfs: %v", err)
	}
	t.Cleanup(func() { unix.Unmount(dir, 0) })
	return dir
}

// A disk that refuses a write (out of files, out of bytes, read-only) is said once, as the
// disk's problem with what to do, the same whichever file met it; and the run leaves nothing.
func TestDiskRefuses(t *testing.T) {
	for _, tt := range []struct {
		name, options string
		readOnly      bool
		says          string
	}{
		{"out of inodes", "size=10m,nr_inodes=8", false, "the disk is full: it has room for no more files"},
		{"out of bytes", "size=64k", false, "the disk is full: no space left on the device"},
		{"read-only", "size=1m", true, "the disk is read-only"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mnt := tmpfs(t, tt.options)
			fakeDisk(t, mnt, 1<<30) // past the free-space check: the write itself fails
			out := filepath.Join(mnt, "out")
			var errs []error
			if tt.readOnly {
				if err := unix.Mount("", mnt, "", unix.MS_REMOUNT|unix.MS_RDONLY, ""); err != nil {
					t.Fatal(err)
				}
				_, err := Open(out, nil, 0) // the folder cannot be made
				errs = append(errs, err)
				if err := unix.Mount("", mnt, "", unix.MS_REMOUNT, ""); err != nil {
					t.Fatal(err)
				}
				os.Mkdir(out, 0o755)
				unix.Mount("", mnt, "", unix.MS_REMOUNT|unix.MS_RDONLY, "")
				_, err = Open(out, nil, 0) // the lock file cannot be made
				errs = append(errs, err)
			} else {
				d, err := Open(out, []string{"a"}, 20)
				if err != nil {
					t.Fatal(err)
				}
				for i := 0; i < 20 && len(errs) < 2; i++ {
					p, _ := d.Path(fmt.Sprintf("a/%d.pdf", i))
					if _, err := d.Stage(p, make([]byte, 20000)); err != nil {
						errs = append(errs, err)
					}
				}
				d.Abort()
			}
			if len(errs) != 2 {
				t.Fatalf("the disk took every file: %v", errs)
			}
			for _, err := range errs {
				if err == nil || !strings.Contains(err.Error(), tt.says) || !strings.Contains(err.Error(), "write to another disk with --out") ||
					!strings.HasPrefix(err.Error(), "cannot write in the output folder "+out+": ") ||
					errors.Is(err, ErrDiskFull) == tt.readOnly || errors.Is(err, ErrReadOnly) != tt.readOnly {
					t.Errorf("got %v; want %q, its folder, what to do, and the disk's error", err, tt.says)
				}
			}
			if !tt.readOnly && errs[0] != errs[1] {
				t.Errorf("two files met the full disk in other words:\n%v\n%v", errs[0], errs[1])
			}
			want := map[string]string{}
			if tt.readOnly {
				want["out/"] = "" // the test's own
			}
			same(t, "after the failed run", contents(t, mnt), want)
		})
	}
}

// A quota used up is said as a full disk, a refused permission as the folder's (see
// TestNotYoursSaysWhatToDo); an error of another kind is left as it is.
func TestDiskError(t *testing.T) {
	for _, tt := range []struct {
		err  error
		says string
	}{
		{&os.PathError{Op: "open", Path: "x", Err: syscall.EDQUOT}, "cannot write in the output folder out: the disk is full for you: your disk quota is used up (make room, or write to another disk with --out)"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.EROFS}, "cannot write in the output folder out: the disk is read-only (write to another disk with --out)"},
		{&os.PathError{Op: "open", Path: "out/x", Err: syscall.EACCES}, "cannot write in the output folder out: this user may not write there (give a folder of your own with --out, e.g. --out ~/haven-out)"},
		{&os.PathError{Op: "write", Path: "x", Err: syscall.EFBIG}, "cannot write in the output folder out: a file would be larger than this session allows (ulimit -f; raise the limit, or run haven where there is none)"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.EISDIR}, ""},
	} {
		err := diskError("out", t.TempDir(), tt.err)
		if got := fmt.Sprint(err); (err != nil || tt.says != "") && got != tt.says {
			t.Errorf("%v: got %q, want %q", tt.err, got, tt.says)
		}
	}
}
