package output

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// stage opens out for subs (n files each) and stages each file with content.
func stage(t *testing.T, out string, subs []string, n int, names []string, content string) *Dir {
	t.Helper()
	d, err := Open(out, subs, n)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		p, err := d.Path(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.Stage(p, []byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// kill leaves d as a killed process would: the lock released by the system, nothing else.
func kill(d *Dir) {
	d.lock.Close()
	openDirs.Lock()
	delete(openDirs.m, d)
	openDirs.Unlock()
}

// contents is every file under dir (the lock file and journal included) with its content.
func contents(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			got[filepath.ToSlash(rel)] = string(b)
		} else if err == nil && p != dir {
			rel, _ := filepath.Rel(dir, p)
			got[filepath.ToSlash(rel)+"/"] = ""
		}
		return nil
	})
	return got
}

func same(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for k, v := range got {
		if len(v) > 10 {
			got[k] = fmt.Sprintf("%d bytes", len(v))
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: %v, want %v", what, got, want)
		return
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s is %q, want %q (all: %v)", what, k, got[k], v, got)
		}
	}
}

// fakeDisk makes the disk under out hold room more bytes (in 4 KB blocks) than it holds now,
// until the test ends.
func fakeDisk(t *testing.T, out string, room int64) {
	used := func() int64 {
		var n int64
		filepath.WalkDir(out, func(p string, e os.DirEntry, err error) error {
			if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() {
				n += (fi.Size() + 4095) &^ 4095
			}
			return nil
		})
		return n
	}
	before, real := used(), freeBytes
	freeBytes = func(string) (int64, error) { return reserve + room - (used() - before), nil }
	t.Cleanup(func() { freeBytes = real })
}

var names = []string{"a/x.pdf", "a/y.pdf", "b/x.pdf", "b/y.pdf"}

func old(t *testing.T) string {
	out := filepath.Join(t.TempDir(), "out")
	if err := stage(t, out, []string{"a", "b"}, 2, names, "old").Commit(); err != nil {
		t.Fatal(err)
	}
	return out
}

// killedDuringRenames is an output folder of a kit where a run of a new one was killed after
// its nth rename, its journal left.
func killedDuringRenames(t *testing.T, nth int) (out string) {
	t.Helper()
	out = old(t)
	d := stage(t, out, []string{"a", "b"}, 2, names, "new")
	renamed := 0
	Hook = func(p string) {
		if p == "renamed" {
			if renamed++; renamed == nth {
				panic("killed")
			}
		}
	}
	func() {
		defer func() { recover() }()
		d.Commit()
	}()
	Hook = nil
	kill(d)
	return out
}

// lastToRename is the journal's last rename, not made before the run was killed: its
// temporary file and the file it becomes.
func lastToRename(out string) []string {
	journal, _ := os.ReadFile(filepath.Join(out, JournalName))
	lines := strings.Split(string(journal), "\n")
	return strings.Split(lines[len(lines)-2], "\t")
}

var allOld = map[string]string{"a/": "", "b/": "", "a/x.pdf": "old", "a/y.pdf": "old", "b/x.pdf": "old", "b/y.pdf": "old"}
var allNew = map[string]string{"a/": "", "b/": "", "a/x.pdf": "new", "a/y.pdf": "new", "b/x.pdf": "new", "b/y.pdf": "new"}

// A run killed during its renames leaves a mix of old and new files and its journal; the next
// run into the folder puts every new file in place before it does anything else.
func TestKilledDuringRenamesIsRolledForward(t *testing.T) {
	out := killedDuringRenames(t, 2)
	mixed := contents(t, out)
	if mixed["a/x.pdf"] != "new" || mixed["b/y.pdf"] != "old" || mixed[JournalName] == "" {
		t.Fatalf("the simulated kill did not stop midway: %v", mixed)
	}
	next, err := Open(out, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	next.Abort()
	same(t, "after the next run", contents(t, out), allNew)
}

// A folder where a file goes fails the run before any file changes.
func TestTargetInTheWayChangesNothing(t *testing.T) {
	out := old(t)
	os.Remove(filepath.Join(out, "b", "y.pdf"))
	os.Mkdir(filepath.Join(out, "b", "y.pdf"), 0o755)
	d := stage(t, out, []string{"a", "b"}, 2, names, "new")
	err := d.Commit()
	if err == nil || !strings.Contains(err.Error(), "y.pdf is a folder") || !strings.Contains(err.Error(), "nothing was replaced") {
		t.Errorf("got %v", err)
	}
	want := map[string]string{"a/": "", "b/": "", "a/x.pdf": "old", "a/y.pdf": "old", "b/x.pdf": "old", "b/y.pdf/": ""}
	same(t, "after the failed run", contents(t, out), want)
}

// A journal that cannot be written (a disk out of files as the run ends) stops the run before
// any rename, and its staged files go: "nothing was replaced" leaves nothing behind either,
// where hidden temporary files would fill the disk again at every run.
func TestJournalUnwritableLeavesNothing(t *testing.T) {
	out := old(t)
	d := stage(t, out, []string{"a", "b"}, 2, names, "new")
	if err := os.MkdirAll(filepath.Join(out, JournalName, "in the way"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(); err == nil || !strings.Contains(err.Error(), "nothing was replaced") {
		t.Errorf("got %v", err)
	}
	want := map[string]string{JournalName + "/": "", JournalName + "/in the way/": ""}
	maps.Copy(want, allOld)
	same(t, "after the failed run", contents(t, out), want)

	// and folder by folder, where a folder's files leave the run's list as it is put in place
	fakeDisk(t, out, 3*4096)
	d, err := Open(out, []string{"a", "b"}, 2)
	if err != nil {
		t.Fatal(err)
	}
	var errs []error
	for _, name := range names[:2] {
		p, _ := d.Path(name)
		_, err := d.Stage(p, []byte("new"))
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err == nil || !strings.Contains(err.Error(), "nothing was replaced") {
		t.Errorf("folder by folder: got %v", err)
	}
	d.Abort()
	same(t, "after the failed run, folder by folder", contents(t, out), want)
}

// A run killed before its renames leaves temporary files and new folders; the next run
// clears both, and keeps the files of the run before.
func TestKilledBeforeRenamesIsCleared(t *testing.T) {
	out := old(t)
	d := stage(t, out, []string{"a", "b", "c", "d"}, 2, []string{"a/x.pdf", "c/x.pdf"}, "new")
	kill(d)
	if _, err := os.Stat(filepath.Join(out, "d")); err != nil {
		t.Fatal("the run did not make its folders")
	}
	next, err := Open(out, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	next.Commit()
	same(t, "after the next run", contents(t, out), allOld)
}

// The disk's free space is checked before each file is written.
func TestDiskFull(t *testing.T) {
	out := old(t)
	fakeDisk(t, out, 6000)
	d, err := Open(out, []string{"a", "b"}, 2)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := d.Path("a/x.pdf")
	if _, err := d.Stage(p, make([]byte, 3000)); err != nil {
		t.Fatal(err)
	}
	p, _ = d.Path("a/y.pdf")
	if _, err := d.Stage(p, make([]byte, 3000)); err == nil || !strings.Contains(err.Error(), "the disk is full") {
		t.Errorf("got %v", err)
	}
	d.Abort()
	same(t, "after the failed run", contents(t, out), allOld)
}

// A batch the disk cannot hold beside the files it replaces is written folder by folder:
// each folder whole, and a run stopped midway leaves whole folders, old or new.
func TestFolderByFolder(t *testing.T) {
	out := old(t)
	fakeDisk(t, out, 3*4096) // three new files beside the old ones, not four
	d := stage(t, out, []string{"a", "b"}, 2, names[:3], "new")
	if done, left := d.Committed(); !slices.Equal(done, []string{"a"}) || !slices.Equal(left, []string{"b"}) {
		t.Fatalf("folders %v put in place, %v left; want the first as soon as it was complete", done, left)
	}
	d.Abort()
	want := map[string]string{"a/": "", "b/": "", "a/x.pdf": "new", "a/y.pdf": "new", "b/x.pdf": "old", "b/y.pdf": "old"}
	same(t, "after a stop in folder b", contents(t, out), want)

	fakeDisk(t, out, 100*4096)
	d = stage(t, out, []string{"a", "b"}, 2, names[:3], "newer")
	if done, _ := d.Committed(); done != nil {
		t.Error("a batch that fits was written folder by folder")
	}
	d.Abort()
	same(t, "a batch that fits, stopped", contents(t, out), want)
}

// The lock is about the folder, not its name: a link to it is the same folder. The lock file
// goes when the run ends; a lock that cannot be taken fails the run.
func TestLock(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	d := stage(t, out, nil, 0, nil, "")
	os.Symlink(out, filepath.Join(dir, "link"))
	if _, err := Open(filepath.Join(dir, "link"), nil, 0); err == nil || !strings.Contains(err.Error(), "another haven run is writing to") {
		t.Errorf("a second run through a link: %v", err)
	}
	d.Commit()
	if _, err := os.Stat(filepath.Join(out, lockName)); !os.IsNotExist(err) {
		t.Error("the lock file stayed after the run")
	}
	os.Mkdir(filepath.Join(out, lockName), 0o755)
	if _, err := Open(out, nil, 0); err == nil || !strings.Contains(err.Error(), "cannot lock the output folder") {
		t.Errorf("a lock that cannot be taken: %v", err)
	}
}

// The next run clears the temporary files a killed run left, in the folder and two levels
// below it (where haven writes), and nothing else: not other hidden files, nor what a link
// leads to.
func TestClearTemps(t *testing.T) {
	out := t.TempDir()
	elsewhere := t.TempDir()
	files := map[string]bool{ // path: cleared
		".x.pdf.123.tmp":        true,
		"a/.y.pdf.9.tmp":        true,
		"a/b/.z.png.77.tmp":     true,
		"a/b/c/.deep.pdf.1.tmp": false, // haven writes no deeper
		"a/.a.tmp":              false,
		"a/x.tmp":               false,
		"a/.keep":               false,
		"a/b/y.pdf":             false,
	}
	for p := range files {
		p = filepath.Join(out, p)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(elsewhere, ".q.pdf.5.tmp"), nil, 0o644)
	if err := os.Symlink(elsewhere, filepath.Join(out, "link")); err != nil {
		t.Fatal(err)
	}
	next, err := Open(out, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	next.Abort()
	for p, cleared := range files {
		if _, err := os.Stat(filepath.Join(out, p)); (err != nil) != cleared {
			t.Errorf("%s: cleared %v, want %v", p, err != nil, cleared)
		}
	}
	if _, err := os.Stat(filepath.Join(elsewhere, ".q.pdf.5.tmp")); err != nil {
		t.Error("a temporary file behind a link was removed")
	}
	// writeTemp's names, and the user's own files named like temporary files (a spreadsheet's
	// backup, Syncthing's), which are not: their last part is no number os.CreateTemp puts in
	for name, want := range map[string]bool{".x.pdf.1.tmp": true, ".x.pdf.4294967295.tmp": true, "...tmp": false, ".a.tmp": false,
		".tmp": false, "x.y.tmp": false, ".x.y.tmp.bak": false, ".x.y.TMP": false, ".budget.xlsx.tmp": false,
		".syncthing.x.pdf.tmp": false, ".a.b.tmp": false, "..1.tmp": false} {
		if isTemp(name) != want {
			t.Errorf("isTemp(%q) = %v, want %v", name, !want, want)
		}
	}
	// a run leaves a user's files named so where they are
	mine := filepath.Join(out, "a", ".budget.xlsx.tmp")
	os.WriteFile(mine, []byte("mine"), 0o644)
	next, err = Open(out, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	next.Abort()
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("the user's %s was removed", mine)
	}
}

// A folder the user may not write in is said in plain words, naming the folder that refused,
// and what to do, not in the system's (open /…/.haven.lock: permission denied); root writes
// anywhere, so the message is tested on the error itself.
func TestNotYoursSaysWhatToDo(t *testing.T) {
	const do = " (give a folder of your own with --out, e.g. --out ~/haven-out)"
	for _, tt := range []struct {
		root, real string
		err        error
		want       string
	}{
		{"out", "/srv/out", &fs.PathError{Op: "open", Path: "/srv/out/.haven.lock", Err: syscall.EACCES}, "cannot write in the output folder out: this user may not write there" + do},
		{"srv/out/kit", "srv/out/kit", &fs.PathError{Op: "mkdir", Path: "srv/out", Err: syscall.EACCES}, "cannot write in the output folder srv/out/kit: this user may not write in srv" + do},
		{"out", "/srv/out", &fs.PathError{Op: "open", Path: "out/site/.index.html.1.tmp", Err: syscall.EPERM}, "cannot write in the output folder out: this user may not write in out/site" + do},
		{"out", "/srv/out", &fs.PathError{Op: "mkdir", Path: "/srv/out/site/en", Err: syscall.EACCES}, "cannot write in the output folder out: this user may not write in out/site" + do},
		{"out", "/srv/out", &os.LinkError{Op: "rename", Old: "out/.a.pdf.1.tmp", New: "out/a.pdf", Err: syscall.EACCES}, "cannot write in the output folder out: this user may not write there" + do},
		{"out", "/srv/out", &fs.PathError{Op: "mkdir", Path: "/srv/out", Err: syscall.ENOTDIR}, ""},
	} {
		err := diskError(tt.root, tt.real, fmt.Errorf("cannot lock the output folder %s: %w", tt.root, tt.err))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%v: %v, want none", tt.err, err)
		case tt.want != "" && (err == nil || err.Error() != tt.want || !errors.Is(err, fs.ErrPermission)):
			t.Errorf("%v: %v, want %q, wrapping the permission error", tt.err, err, tt.want)
		}
	}
}

// ReadStamp reads the stamp as the folder holds it once a stopped run's renames are finished:
// its journal's staged stamp, written however a path may be written, else the one in place;
// and refuses one that is not a file.
func TestReadStamp(t *testing.T) {
	for _, tt := range []struct {
		name, journal string
		staged        bool // the stamp's temporary file is there
		want          string
	}{
		{"no journal", "", true, "in place"},
		{"a journal with the stamp", "..haven-kit.1.tmp\t.haven-kit\t0\n", true, "staged"},
		{"the stamp written with ./", "..haven-kit.1.tmp\t./.haven-kit\t0\n", true, "staged"},
		{"its staged file gone", "..haven-kit.1.tmp\t.haven-kit\t0\n", false, "in place"},
		{"a journal without the stamp", ".a.pdf.1.tmp\ta.pdf\t0\n", true, "in place"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			os.WriteFile(filepath.Join(out, StampName), []byte("in place"), 0o600)
			if tt.staged {
				os.WriteFile(filepath.Join(out, "..haven-kit.1.tmp"), []byte("staged"), 0o600)
			}
			if tt.journal != "" {
				os.WriteFile(filepath.Join(out, JournalName), []byte(tt.journal), 0o600)
			}
			if got, plain, err := ReadStamp(out); string(got) != tt.want || !plain || err != nil {
				t.Errorf("read %q (plain %v, %v), want %q", got, plain, err, tt.want)
			}
		})
	}
	out := t.TempDir()
	if _, _, err := ReadStamp(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("no stamp: %v", err)
	}
	if err := syscall.Mkfifo(filepath.Join(out, StampName), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ReadStamp(out); err == nil || !strings.Contains(err.Error(), "is not a file") { // read, it would wait for ever
		t.Errorf("a named pipe: %v", err)
	}
}

// A batch written folder by folder puts its stamp in place with each folder, in the folder's
// journal: stopped after its first folder, or killed during its second folder's renames, the
// folder holds the stamp that notes the folders it replaced.
func TestFolderByFolderStamp(t *testing.T) {
	big := strings.Repeat("x", 8<<10) // two blocks: a stamp's block beside a folder's files
	for _, killed := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "out")
		if err := stage(t, out, []string{"a", "b"}, 2, names, big).Commit(); err != nil {
			t.Fatal(err)
		}
		fakeDisk(t, out, 28<<10) // a folder's files and a stamp beside the old ones, not the batch
		d, err := Open(out, []string{"a", "b"}, 2)
		if err != nil {
			t.Fatal(err)
		}
		d.StampEach(func(paths []string) []byte {
			for i, p := range paths {
				paths[i], _ = filepath.Rel(out, p)
			}
			return []byte(strings.Join(paths, " "))
		})
		renamed := 0
		if killed {
			Hook = func(p string) {
				if p == "renamed" {
					if renamed++; renamed == 4 { // folder a and its stamp, then b/x.pdf
						panic("killed")
					}
				}
			}
		}
		staged := names[:3] // stopped in folder b
		if killed {
			staged = names
		}
		func() {
			defer func() { recover() }()
			for _, name := range staged {
				p, _ := d.Path(name)
				if _, err := d.Stage(p, []byte(big)); err != nil {
					t.Fatal(err)
				}
			}
		}()
		Hook = nil
		want := "a/x.pdf a/y.pdf"
		if killed {
			kill(d)
			next, err := Open(out, nil, 0) // finishes folder b's renames, its stamp last
			if err != nil {
				t.Fatal(err)
			}
			next.Abort()
			want = "a/x.pdf a/y.pdf b/x.pdf b/y.pdf"
		} else {
			d.Abort()
		}
		if got := contents(t, out)[StampName]; got != want {
			t.Errorf("killed %v: the stamp says %q, want %q", killed, got, want)
		}
	}
}

// copyTree copies the folder from to to as a plain copy does (cp -r, a backup restored, a copy
// on another disk): every file new, with a new identity and time.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if e.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A run killed at any point of its commit (its journal written, after any rename, the last
// included), the folder then left as it is or copied elsewhere, is finished by the next run
// into it: the folder holds the killed run's whole kit, its stamp with it, and the run after
// that goes on too; none calls the files of either run someone else's.
func TestKilledAtEveryStepOfCommit(t *testing.T) {
	files := append(slices.Clone(names), "c.pdf") // c.pdf: where the old kit had none
	want := maps.Clone(allNew)
	want["c.pdf"], want[StampName] = "new", "new stamp"
	for n := 0; n <= len(files)+1; n++ { // the stamp is renamed too
		for _, copied := range []bool{false, true} {
			t.Run(fmt.Sprintf("after %d renames, copied %v", n, copied), func(t *testing.T) {
				out := old(t)
				os.WriteFile(filepath.Join(out, StampName), []byte("old stamp"), 0o644)
				d := stage(t, out, []string{"a", "b"}, 2, files, "new")
				if err := d.StageStamp([]byte("new stamp")); err != nil {
					t.Fatal(err)
				}
				renamed := 0
				Hook = func(p string) {
					if p == "journaled" && n == 0 || p == "renamed" && n > 0 && renamed+1 == n {
						panic("killed")
					}
					if p == "renamed" {
						renamed++
					}
				}
				func() {
					defer func() { recover() }()
					d.Commit()
				}()
				Hook = nil
				kill(d)
				if _, err := os.Stat(filepath.Join(out, JournalName)); err != nil {
					t.Fatalf("the simulated kill left no journal: %v", contents(t, out))
				}
				if copied {
					to := filepath.Join(t.TempDir(), "copy")
					copyTree(t, out, to)
					out = to
				}
				for run := range 2 {
					next, err := Open(out, nil, 0)
					if err != nil {
						t.Fatalf("run %d after the kill: %v", run+1, err)
					}
					next.Abort()
					got := contents(t, out)
					delete(got, lockName)
					same(t, fmt.Sprintf("after run %d", run+1), got, want)
				}
			})
		}
	}
}

// A process halted (stopped, and about to exit before its run ends of itself) takes the
// temporary files and folders of its runs away at once, before it exits, and none of its runs
// begins to put its files in place after; one putting them in place ends first.
func TestHalt(t *testing.T) {
	defer halted.Store(false)
	out := old(t)
	before := contents(t, out)
	d := stage(t, out, []string{"a", "b", "c"}, 2, names, "new")
	fresh := filepath.Join(t.TempDir(), "fresh", "out")
	e := stage(t, fresh, []string{"a"}, 2, []string{"a/x.pdf"}, "new")
	renaming.Add(1) // a run putting its files in place
	if !Halt() {
		t.Error("Halt did not wait for the run putting its files in place")
	}
	renaming.Add(-1)
	if Halt() {
		t.Error("Halt says a run is putting its files in place")
	}
	same(t, "after Halt", contents(t, out), before)
	if _, err := os.Stat(filepath.Dir(fresh)); !os.IsNotExist(err) {
		t.Errorf("the folders a halted run made stay: %v", err)
	}
	p, _ := d.Path("b/x.pdf")
	if _, err := d.Stage(p, []byte("late")); !errors.Is(err, errHalted) {
		t.Errorf("a file staged after Halt: %v", err)
	}
	if err := d.Commit(); !errors.Is(err, errHalted) {
		t.Errorf("a commit after Halt: %v", err)
	}
	e.Commit()
	same(t, "after the halted runs end", contents(t, out), before)
}
