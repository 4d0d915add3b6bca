package cli

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// A folder name haven prints in a command is read back by a POSIX shell as it was typed, so
// the command can be copied; plain names stay unquoted.
func TestShellQuote(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil && os.Getenv("CI") != "true" {
		t.Skip("no sh to read the quoted names back: install dash or bash")
	}
	for _, tt := range []struct{ name, want string }{
		{"my-content", "my-content"},
		{"/tmp/hx/sp ace init", "'/tmp/hx/sp ace init'"},
		{"it's", `'it'\''s'`},
		{"$HOME", "'$HOME'"},
		{"a;b&c|d*e?f`g`", "'a;b&c|d*e?f`g`'"},
		{"~user", "'~user'"},
		{"-n", "-n"},
	} {
		got := shellQuote(tt.name)
		if got != tt.want {
			t.Errorf("shellQuote(%q) = %s, want %s", tt.name, got, tt.want)
		}
		out, err := exec.Command(sh, "-c", "printf '%s' "+got).Output()
		if err != nil || string(out) != tt.name {
			t.Errorf("sh reads %s back as %q (%v), want %q", got, out, err, tt.name)
		}
	}
}

// files is every file and folder under dir, as slash paths (folders end in /).
func files(t *testing.T, dir string) []string {
	t.Helper()
	var got []string
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && p != dir {
			rel, _ := filepath.Rel(dir, p)
			if e.IsDir() {
				rel += "/"
			}
			got = append(got, filepath.ToSlash(rel))
		}
		return nil
	})
	return got
}

// init writes the content all or nothing: stopped, it leaves nothing it made (the folder and
// its parents included, an empty folder it was given stays empty); what a killed init left
// is taken away by the next, which writes every file.
func TestInitAllOrNothing(t *testing.T) {
	var want []string // every file of the built-in content
	fs.WalkDir(defaultcontent.FS, ".", func(p string, e fs.DirEntry, err error) error {
		if p != "." && filepath.Ext(p) != ".go" {
			if e.IsDir() {
				p += "/"
			}
			want = append(want, p)
		}
		return err
	})
	for _, tt := range []struct {
		name    string
		dir     string   // under the test's folder
		there   []string // made before init, folders ending in /
		stopped bool
		left    []string // what the test's folder holds after
		says    string
	}{
		{"stopped", "a/b/c", nil, true, nil, "interrupted: nothing was written to "},
		{"stopped, into an empty folder", "c", []string{"c/"}, true, []string{"c/"}, "interrupted: nothing was written to "},
		{"after a killed init", "c", []string{"c/", "c/.haven-init-123.tmp/", "c/.haven-init-123.tmp/settings.yaml"}, false, nil, ""},
		{"into a new folder", "a/c", nil, false, nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			base := t.TempDir()
			for _, p := range tt.there {
				if strings.HasSuffix(p, "/") {
					os.MkdirAll(filepath.Join(base, p), 0o755)
				} else {
					os.WriteFile(filepath.Join(base, p), []byte("half"), 0o644)
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			if tt.stopped {
				cancel()
			}
			defer cancel()
			dir := filepath.Join(base, tt.dir)
			var out bytes.Buffer
			err := runInit(ctx, &initOptions{streams: streams{&out, &out}, dir: dir})
			if tt.says != "" {
				if err == nil || !strings.Contains(err.Error(), tt.says) {
					t.Errorf("got %v, want %q", err, tt.says)
				}
				if got := files(t, base); !slices.Equal(got, tt.left) {
					t.Errorf("left %v, want %v", got, tt.left)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := files(t, dir); !slices.Equal(got, want) {
				t.Errorf("wrote %v, want %v", got, want)
			}
		})
	}
}

// haven's messages name its commands as "haven check ...", so every way the README's Install
// gives to get the program leaves the user a "haven" that runs as typed: go install, with how
// to put the folder Go installs to on PATH when the shell does not find it, and a build into
// the current folder, with "./haven" named as what to type in their place.
func TestReadmeInstallRunsAsMessagesSayIt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	if _, out, _ := run(t, "init", dir); !strings.Contains(out, "\n  haven check --content ") {
		t.Fatalf("init's message: %q, want it to name the command haven check", out)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, install, _ := strings.Cut(string(readme), "\n## Install\n")
	install, _, _ = strings.Cut(install, "\n## ")
	install = strings.Join(strings.Fields(install), " ")
	for _, tt := range []struct{ way, says string }{
		{"go install ./cmd/haven", `export PATH="$PATH:$(go env GOPATH)/bin"`},
		{"go build -o haven ./cmd/haven", "wherever this README, haven's messages and its print guides say `haven`, type `./haven`"},
	} {
		if strings.Contains(install, tt.way) && !strings.Contains(install, tt.says) {
			t.Errorf("README.md's Install gives %q but does not say %q", tt.way, tt.says)
		}
	}
}

// A link that leads to no folder (to itself, or to nothing) is said to be one, by --content
// and by init, not called a folder to make with init, which then could not make it.
func TestLinkToNoFolder(t *testing.T) {
	dir := t.TempDir()
	self, dangling := filepath.Join(dir, "loop"), filepath.Join(dir, "dangling")
	if err := os.Symlink(self, self); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere"), dangling); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "--content", self}, "--content " + self + ": a link to " + self + ", which leads back to it: give the folder that holds settings.yaml, or remove the link"},
		{[]string{"check", "--content", dangling}, "--content " + dangling + ": a link to " + filepath.Join(dir, "nowhere") + ", which does not exist"},
		{[]string{"init", self}, self + " is a link to " + self + ", which leads to no folder; init never follows it (choose a new folder, or remove the link)"},
		{[]string{"init", dangling}, dangling + " is a link to " + filepath.Join(dir, "nowhere") + ", which leads to no folder"},
	} {
		code, _, stderr := run(t, tt.args...)
		if code == 0 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, %s\nwant %s", tt.args, code, stderr, tt.want)
		}
	}
}

// A folder holding only what a computer leaves there by itself (.DS_Store) is empty to its
// user, and init writes into it; one holding anything else is refused, naming what it holds,
// a hidden file too, which a file manager does not show.
func TestInitIntoAFolderWithSystemFiles(t *testing.T) {
	dir := t.TempDir()
	mac := filepath.Join(dir, "mac")
	os.Mkdir(mac, 0o755)
	os.WriteFile(filepath.Join(mac, ".DS_Store"), []byte{0}, 0o644)
	if code, _, e := run(t, "init", mac); code != 0 {
		t.Errorf("init into a folder of a .DS_Store alone: exit %d, %s", code, e)
	}
	used := filepath.Join(dir, "used")
	os.Mkdir(used, 0o755)
	os.WriteFile(filepath.Join(used, ".notes"), []byte("x"), 0o644)
	if code, _, e := run(t, "init", used); code != 2 || !strings.Contains(e, "is not empty (it holds .notes)") {
		t.Errorf("init into a folder of a hidden file: exit %d, %s", code, e)
	}
}
