package cli

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A folder that is there but that the user running haven may not open is said to be so, with
// what to check, not called missing (which would send them to make a new one). Root reads any
// folder, so as root haven runs as nobody.
func TestUnreadableFolders(t *testing.T) {
	dir := t.TempDir()
	os.Chmod(filepath.Dir(dir), 0o755) // t.TempDir makes both 0700
	os.Chmod(dir, 0o777)
	bin := filepath.Join(dir, "haven")
	copyFile(t, os.Args[0], bin)
	if code, _, e := run(t, "init", filepath.Join(dir, "c")); code != 0 {
		t.Fatal(e)
	}
	os.Mkdir(filepath.Join(dir, "shut"), 0o755)
	os.WriteFile(filepath.Join(dir, "places.csv"), []byte("code\nlobby\n"), 0o644)
	for _, tt := range []struct {
		name, shut string // the folder made unreadable
		args       []string
		want       string
	}{
		{"content", "c", []string{"check", "--content", "c"}, "--content c: cannot be read: permission denied (check its permissions"},
		{"content build", "c", []string{"build", "--content", "c", "--out", "o"}, "--content c: cannot be read: permission denied (check its permissions"},
		// said in plain words, naming the folder, not the system's (open /…/.haven.lock: permission denied)
		{"out", "shut", []string{"build", "--content", "c", "--out", "shut"}, "haven: error: cannot write in the output folder shut: this user may not write there (give a folder of your own with --out, e.g. --out ~/haven-out)\n"},
		{"out inside", "shut", []string{"build", "--content", "c", "--out", "shut/kit"}, "haven: error: cannot write in the output folder shut/kit: this user may not write in shut (give a folder of your own with --out, e.g. --out ~/haven-out)\n"},
		{"placements", "places.csv", []string{"poster", "--content", "c", "--campaign", "c", "--placements", "places.csv", "--out", "o"}, "--placements places.csv cannot be read: permission denied (check its permissions"},
		{"init", "shut", []string{"init", "shut/c"}, "haven: error: cannot write shut/c: this user may not write in shut (choose a folder of your own, e.g. haven init ~/my-content); nothing was written\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			os.Chmod(filepath.Join(dir, tt.shut), 0)
			defer os.Chmod(filepath.Join(dir, tt.shut), 0o755)
			cmd := exec.Command(bin, tt.args...)
			cmd.Dir, cmd.Env = dir, append(os.Environ(), "HAVEN_AS_MAIN=1")
			if os.Getuid() == 0 {
				cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
			}
			b, err := cmd.CombinedOutput()
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(b), tt.want) {
				t.Errorf("exit %v, want 1 and %q:\n%s", err, tt.want, b)
			}
		})
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}

// A subfolder of the output folder the user may not write in (site/, made by another user or
// by sudo) is said to be the folder's, with what to do, not a problem in the content; nothing
// is written.
func TestUnwritableSubfolder(t *testing.T) {
	dir := t.TempDir()
	os.Chmod(filepath.Dir(dir), 0o755)
	os.Chmod(dir, 0o777)
	bin := filepath.Join(dir, "haven")
	copyFile(t, os.Args[0], bin)
	if code, _, e := run(t, "init", filepath.Join(dir, "c")); code != 0 {
		t.Fatal(e)
	}
	kit := filepath.Join(dir, "kit")
	if code, _, e := run(t, "site", "--content", filepath.Join(dir, "c"), "--out", kit); code != 0 {
		t.Fatal(e)
	}
	os.Chmod(kit, 0o777) // the kit's folder is the user's; its site/ is not
	os.Chmod(filepath.Join(kit, "site"), 0o555)
	defer os.Chmod(filepath.Join(kit, "site"), 0o755)
	before := listing(t, kit)
	cmd := exec.Command(bin, "build", "--content", "c", "--out", "kit")
	cmd.Dir, cmd.Env = dir, append(os.Environ(), "HAVEN_AS_MAIN=1")
	if os.Getuid() == 0 { // root writes in any folder: haven runs as nobody
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	b, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || strings.Contains(string(b), "in the content") || !strings.Contains(string(b), "this user may not write in kit/site (give a folder of your own") || strings.Contains(string(b), "permission denied") {
		t.Errorf("exit %v, want 1, the folder named as one this user may not write in, not the content:\n%s", err, b)
	}
	if after := listing(t, kit); after != before {
		t.Errorf("the kit changed:\n%s\nwas\n%s", after, before)
	}
}

// listing is every file under dir with its size and time, one a line (not the folders, whose
// times a run's lock file moves).
func listing(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			fmt.Fprintf(&b, "%s %d %d\n", p, fi.Size(), fi.ModTime().UnixNano())
		}
		return nil
	})
	return b.String()
}
