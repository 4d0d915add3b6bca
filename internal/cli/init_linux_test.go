package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// An init that the disk has no room for leaves nothing, says the disk is full, and can be run
// again once there is room.
func TestInitFullDisk(t *testing.T) {
	mnt := t.TempDir()
	if err := unix.Mount("tmpfs", mnt, "tmpfs", 0, "size=64k"); err != nil {
		if !errors.Is(err, unix.EPERM) && !errors.Is(err, unix.EACCES) {
			t.Fatalf("mount a tmpfs: %v", err)
		}
		t.Skipf("run the tests as root, outside a container that withholds mounting, to mount a tmpfs: %v", err)
	}
	t.Cleanup(func() { unix.Unmount(mnt, 0) })
	for _, tt := range []struct {
		name string
		room int64 // bytes left free
		dir  string
	}{
		{"a new folder", 12 << 10, "c"},
		{"new parents", 12 << 10, "a/b/c"},
		{"no room for the folder", 0, "c"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var st unix.Statfs_t
			unix.Statfs(mnt, &st)
			fill := filepath.Join(mnt, "fill")
			if err := os.WriteFile(fill, make([]byte, int64(st.Bavail)*int64(st.Bsize)-tt.room), 0o644); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			dir := filepath.Join(mnt, tt.dir)
			err := runInit(context.Background(), &initOptions{streams: streams{&out, &out}, dir: dir})
			if err == nil || !strings.Contains(err.Error(), "nothing was written") {
				t.Errorf("got %v", err)
			}
			if got := files(t, mnt); len(got) != 1 || got[0] != "fill" {
				t.Errorf("the failed init left %v", got)
			}
			os.Remove(fill)
			if err := runInit(context.Background(), &initOptions{streams: streams{&out, &out}, dir: dir}); err != nil {
				t.Errorf("init again, with room: %v", err)
			}
			os.RemoveAll(filepath.Join(mnt, strings.Split(tt.dir, "/")[0]))
		})
	}
}

// A folder haven cannot make, for its name's length, in a folder the system keeps or through
// links that lead round to each other, is said in plain words, with what to give instead, by
// init and by --out alike.
func TestUnmadeFolderSaid(t *testing.T) {
	long := filepath.Join(t.TempDir(), strings.Repeat("a", 300))
	loop := filepath.Join(t.TempDir(), "loopa")
	os.Symlink("loopb", loop)
	os.Symlink("loopa", filepath.Join(filepath.Dir(loop), "loopb"))
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"init", "/proc/haven-content"}, "cannot write /proc/haven-content: /proc is a folder the system keeps for itself, which takes no folder of yours (choose a folder of your own, e.g. haven init ~/my-content); nothing was written"},
		{[]string{"init", long}, "… has 300 bytes, more than the 255 a file system takes for one name (choose a folder with a shorter name, e.g. haven init ~/my-content)"},
		{[]string{"handout", "--lang", "en", "--paper", "letter", "--out", "/proc/haven-kit"}, "cannot create the output folder /proc/haven-kit: /proc is a folder the system keeps for itself, which takes no folder of yours (give --out a folder of your own, e.g. --out ~/haven-kit)"},
		{[]string{"handout", "--lang", "en", "--paper", "letter", "--out", long}, "… has 300 bytes, more than the 255 a file system takes for one name (give --out a folder with a shorter name, e.g. --out ~/haven-kit)"},
		{[]string{"init", filepath.Join(loop, "x")}, "cannot write " + filepath.Join(loop, "x") + ": " + loop + " is a link to loopb, which leads back to it, so no folder can be made through it (choose a folder of your own, e.g. haven init ~/my-content); nothing was written"},
		{[]string{"handout", "--lang", "en", "--paper", "letter", "--out", filepath.Join(loop, "sub")}, "cannot create the output folder " + filepath.Join(loop, "sub") + ": " + loop + " is a link to loopb, which leads back to it, so no folder can be made through it (give --out a folder of your own, e.g. --out ~/haven-kit)"},
	} {
		if code, _, e := run(t, tt.args...); code != 1 || !strings.Contains(e, tt.want) {
			t.Errorf("haven %.40s: exit %d: %s", strings.Join(tt.args, " "), code, e)
		}
	}
}
