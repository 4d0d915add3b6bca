package output

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A folder that cannot be made for its name's length, in a folder the system keeps, on a disk
// mounted read-only or through links that lead round to each other is said in plain words
// with what to give instead; another error is left to the system's words.
func TestUnmade(t *testing.T) {
	dir := t.TempDir()
	for link, to := range map[string]string{"link": filepath.Join(dir, "nowhere"), "loopa": "loopb", "loopb": "loopa", "good": "real"} {
		if err := os.Symlink(to, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	if err := os.WriteFile(filepath.Join(dir, "file"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		dir, why, instead string
	}{
		{filepath.Join(dir, strings.Repeat("a", 300)), "the name " + strings.Repeat("a", 40) + "… has 300 bytes, more than the 255 a file system takes for one name", "a folder with a shorter name"},
		{filepath.Join(dir, strings.Repeat("a", 300), "kit"), "the name " + strings.Repeat("a", 40) + "… has 300 bytes", "a folder with a shorter name"},
		{filepath.Join(dir, strings.Repeat("é", 200)), "the name " + strings.Repeat("é", 40) + "… has 400 bytes", "a folder with a shorter name"},
		{"/proc/haven-kit", "/proc is a folder the system keeps for itself, which takes no folder of yours", "a folder of your own"},
		{filepath.Join(dir, "link", "kit"), "", ""}, // a link that leads nowhere: the system's words name it
		{filepath.Join(dir, "file", "kit"), "", ""}, // in a file: said so elsewhere
		{filepath.Join(dir, "kit"), "", ""},
		{filepath.Join(dir, "loopa", "kit"), filepath.Join(dir, "loopa") + " is a link to loopb, which leads back to it, so no folder can be made through it", "a folder of your own"},
		{filepath.Join(dir, "loopb", "sub", "kit"), filepath.Join(dir, "loopb") + " is a link to loopa, which leads back to it", "a folder of your own"},
		{filepath.Join(dir, "good", "kit"), "", ""}, // made
	} {
		if tt.dir == "/proc/haven-kit" {
			if fi, err := os.Stat("/proc"); err != nil || !fi.IsDir() {
				continue
			}
		}
		err := os.MkdirAll(tt.dir, 0o755)
		why, instead := Unmade(tt.dir, err)
		if !strings.HasPrefix(why, tt.why) || tt.why == "" && why != "" || instead != tt.instead {
			t.Errorf("%.60s: %v: %q, %q; want %q…, %q", tt.dir, err, why, instead, tt.why, tt.instead)
		}
	}
	// as mkdir fails on a disk mounted read-only (TestDiskRefuses mounts one where it may)
	ro := &fs.PathError{Op: "mkdir", Path: filepath.Join(dir, "kit"), Err: syscall.EROFS}
	if why, instead := Unmade(filepath.Join(dir, "kit"), ro); why != "the disk is read-only" || instead != "a folder on another disk" {
		t.Errorf("read-only: %q, %q", why, instead)
	}
}
