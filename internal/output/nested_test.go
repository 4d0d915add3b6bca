package output

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// unchanged fails the test when got, every file under a folder, is not as it was before.
func unchanged(t *testing.T, got, before map[string]string) {
	t.Helper()
	if !reflect.DeepEqual(got, before) {
		t.Errorf("the folder changed:\n%v\nwas\n%v", got, before)
	}
}

// A run into a folder up to two levels around or inside one another live run writes to is
// refused, naming that folder, and changes nothing: above all, it clears none of the other
// run's temporary files. Deeper, or beside it, both run.
func TestNestedRuns(t *testing.T) {
	for _, tt := range []struct {
		held, run string
		says      string // "" when the run may go on
	}{
		{"out", "out/site", "another haven run is writing to %DIR%/out, a folder around --out"},
		{"out", "out/p01/site", "another haven run is writing to %DIR%/out, a folder around --out"},
		{"out/site", "out", "another haven run is writing to %DIR%/out/site, a folder inside --out"},
		{"out/p01/site", "out", "another haven run is writing to %DIR%/out/p01/site, a folder inside --out"},
		{"out/a/b/c", "out", ""},
		{"out", "out/a/b/c", ""},
		{"other", "out", ""},
		{"out/p01", "out/p02", ""},
	} {
		t.Run(tt.held+" then "+tt.run, func(t *testing.T) {
			dir := t.TempDir()
			held := stage(t, filepath.Join(dir, tt.held), nil, 0, []string{"x.pdf"}, "held")
			defer held.Abort()
			run := filepath.Join(dir, tt.run)
			os.MkdirAll(run, 0o755)
			before := contents(t, dir)
			d, err := Open(run, nil, 0)
			if tt.says == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				d.Abort()
				return
			}
			if err == nil {
				d.Abort()
				t.Fatal("the run went on beside the other")
			}
			if want := strings.ReplaceAll(tt.says, "%DIR%", dir); !strings.Contains(err.Error(), want) {
				t.Errorf("got %v, want it to say %q", err, want)
			}
			unchanged(t, contents(t, dir), before)
		})
	}
}

// Of two runs into nested folders that start at once, never both go on.
func TestNestedRunsStartingAtOnce(t *testing.T) {
	dir := t.TempDir()
	outer, inner := filepath.Join(dir, "out"), filepath.Join(dir, "out", "site")
	os.MkdirAll(inner, 0o755)
	for i := 0; i < 50; i++ {
		var wg sync.WaitGroup
		dirs := make([]*Dir, 2)
		for j, root := range []string{outer, inner} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				dirs[j], _ = Open(root, nil, 0)
			}()
		}
		wg.Wait()
		if dirs[0] != nil && dirs[1] != nil {
			t.Fatalf("try %d: both runs went on", i)
		}
		for _, d := range dirs {
			if d != nil {
				d.Abort()
			}
		}
	}
}

// A journal is replayed only when every line is a rename haven makes: a temporary file of its
// own to the file beside it, inside the output folder. Any other line is refused before
// anything is renamed, inside the folder or out.
func TestJournalReplay(t *testing.T) {
	for _, tt := range []struct {
		name, journal string
		refused       bool
	}{
		{"outside the folder", "../victim.txt\t../moved.txt\n", true},
		{"absolute", "%DIR%/victim.txt\t%DIR%/moved.txt\n", true},
		{"not a temporary file", "a/x.pdf\ta/y.pdf\n", true},
		{"a temporary file of another name", "a/.y.pdf.1.tmp\ta/x.pdf\n", true},
		{"into another folder", "a/.x.pdf.1.tmp\tx.pdf\n", true},
		{"deeper than a run writes", "a/b/c/.x.pdf.1.tmp\ta/b/c/x.pdf\n", true},
		{"a bad identity", "a/.x.pdf.1.tmp\ta/x.pdf\tnine\n", true},
		{"one bad line among good ones", "a/.x.pdf.1.tmp\ta/x.pdf\n../victim.txt\t../moved.txt\n", true},
		{"one file twice", "a/.x.pdf.1.tmp\ta/x.pdf\na/.x.pdf.1.tmp\t./a/x.pdf\n", true},
		{"haven's own, as an earlier haven wrote it", "a/.x.pdf.1.tmp\ta/x.pdf\n", false},
		{"haven's own", "a/.x.pdf.1.tmp\ta/x.pdf\t0\na/b/.d.pdf.2.tmp\ta/b/d.pdf\t0\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out")
			for _, f := range []string{"victim.txt", "out/a/.x.pdf.1.tmp", "out/a/.y.pdf.1.tmp", "out/a/x.pdf", "out/a/b/c/.x.pdf.1.tmp", "out/a/b/.d.pdf.2.tmp"} {
				os.MkdirAll(filepath.Join(dir, filepath.Dir(f)), 0o755)
				os.WriteFile(filepath.Join(dir, f), []byte(f), 0o644)
			}
			os.WriteFile(filepath.Join(out, JournalName), []byte(strings.ReplaceAll(tt.journal, "%DIR%", dir)), 0o644)
			before := contents(t, dir)
			d, err := Open(out, nil, 0)
			if !tt.refused {
				if err != nil {
					t.Fatal(err)
				}
				d.Abort()
				if got := contents(t, out)["a/x.pdf"]; got != "out/a/.x.pdf.1.tmp" {
					t.Errorf("a/x.pdf holds %q, want the temporary file put in place", got)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "lists a rename haven never makes") {
				t.Errorf("got %v", err)
			}
			if d != nil {
				d.Abort()
			}
			unchanged(t, contents(t, dir), before)
		})
	}
}

// A journal whose temporary file is gone while its place holds another file (not the one
// renamed there) is said, not passed over: the folder holds files of two runs. The others are
// put in place, and the run after goes on.
func TestJournalLostFile(t *testing.T) {
	for _, tt := range []struct {
		name string
		lose func(out string, j []string) // what happens to the journal's files after the kill
		says bool
	}{
		{"renamed before the kill", func(string, []string) {}, false},
		{"removed after the kill", func(out string, j []string) { os.Remove(filepath.Join(out, j[0])) }, true},
		{"removed, its place empty", func(out string, j []string) {
			os.Remove(filepath.Join(out, j[0]))
			os.Remove(filepath.Join(out, j[1]))
		}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := killedDuringRenames(t, 1)
			tt.lose(out, lastToRename(out))
			d, err := Open(out, nil, 0)
			if err == nil {
				d.Abort()
			}
			if tt.says != (err != nil) || err != nil && !strings.Contains(err.Error(), "were gone before this run could put them there (1 in all: ") {
				t.Errorf("got %v, want an error: %v", err, tt.says)
			}
			if got := contents(t, out); got["a/x.pdf"] != "new" || got["b/x.pdf"] != "new" || got["a/y.pdf"] != "new" {
				t.Errorf("the files still there were not put in place: %v", got)
			}
			next, err := Open(out, nil, 0)
			if err != nil {
				t.Fatalf("the run after: %v", err)
			}
			next.Abort()
		})
	}
}

// A file put, or written over, where a stopped run had still to put one of its files is
// someone's: the next run keeps it, leaves that rename out, puts the others in place and says
// so; a run that finds its place as it left it finishes the rename. A link where a folder of
// the run was is not followed: a journal's renames stay inside the folder.
func TestJournalKeepsFilesPutSince(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(t *testing.T, out, path string) // after the kill, at the path still to rename
		kept   string                               // what the path holds after the next run opens; "" for the stopped run's file
		says   string                               // what the next run's error says
	}{
		{"as it was", func(*testing.T, string, string) {}, "", ""},
		{"written over", func(t *testing.T, out, path string) {
			time.Sleep(10 * time.Millisecond) // a file system's clock may be coarse
			os.WriteFile(filepath.Join(out, path), []byte("MY OWN EDITED HANDOUT"), 0o644)
		}, "MY OWN EDITED HANDOUT", "files were put where it writes since (1 in all: "},
		{"replaced", func(t *testing.T, out, path string) {
			os.Remove(filepath.Join(out, path))
			os.WriteFile(filepath.Join(out, path), []byte("MINE"), 0o644)
		}, "MINE", "files were put where it writes since (1 in all: "},
		{"its folder a link elsewhere", func(t *testing.T, out, path string) {
			victim := filepath.Join(filepath.Dir(out), "victim")
			os.MkdirAll(victim, 0o755)
			dir := filepath.Join(out, filepath.Dir(path))
			entries, _ := os.ReadDir(dir)
			for _, e := range entries { // the folder's files, its temporary one too, moved there
				os.Rename(filepath.Join(dir, e.Name()), filepath.Join(victim, e.Name()))
			}
			os.WriteFile(filepath.Join(victim, filepath.Base(path)), []byte("IMPORTANT"), 0o644)
			os.Remove(dir)
			if err := os.Symlink(victim, dir); err != nil {
				t.Skip(err)
			}
		}, "IMPORTANT", "files of it were gone before this run could put them there"}, // through the link: none
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := killedDuringRenames(t, 1)
			path := lastToRename(out)[1]
			tt.change(t, out, path)
			d, err := Open(out, nil, 0)
			if err == nil {
				d.Abort()
			}
			if got, _ := os.ReadFile(filepath.Join(out, path)); tt.kept != "" && string(got) != tt.kept || tt.kept == "" && string(got) != "new" {
				t.Errorf("%s holds %q", path, got)
			}
			if (tt.says != "") != (err != nil) || err != nil && !strings.Contains(err.Error(), tt.says) {
				t.Errorf("got %v", err)
			}
			next, err := Open(out, nil, 0)
			if err != nil {
				t.Fatalf("the run after: %v", err)
			}
			next.Abort()
		})
	}
}

// A file where a subfolder of the run goes fails the run with what to do, before anything is
// written, as a folder where a file goes does.
func TestFileWhereFolderGoes(t *testing.T) {
	for _, tt := range []struct {
		name, file string
		subs       []string
	}{
		{"a subfolder", "site", []string{"site", "site/en"}},
		{"below a subfolder", "site/en", []string{"site", "site/en"}},
		{"above a subfolder named alone", "site", []string{"site/en"}},
		{"a placement folder", "p02", []string{"p01", "p02"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			os.MkdirAll(filepath.Join(out, filepath.Dir(tt.file)), 0o755)
			os.WriteFile(filepath.Join(out, tt.file), []byte("x"), 0o644)
			before := contents(t, out)
			d, err := Open(out, tt.subs, 1)
			want := "cannot replace the files in place, so nothing was replaced:\n" + filepath.Join(out, tt.file) + " is a file; move it away, haven writes a folder there"
			if err == nil || err.Error() != want {
				t.Errorf("got %v, want %q", err, want)
			}
			if d != nil {
				d.Abort()
			}
			unchanged(t, contents(t, out), before)
		})
	}
}

// A subfolder that is a link (a content folder's language folder, linked into the kit) is
// refused, before anything is written through it: its files would go where it leads.
func TestLinkWhereFolderGoes(t *testing.T) {
	dir := t.TempDir()
	elsewhere := filepath.Join(dir, "content", "es")
	os.MkdirAll(elsewhere, 0o755)
	os.WriteFile(filepath.Join(elsewhere, "faq.md"), []byte("# Preguntas"), 0o644)
	out := filepath.Join(dir, "out")
	os.MkdirAll(filepath.Join(out, "site"), 0o755)
	if err := os.Symlink(elsewhere, filepath.Join(out, "site", "es")); err != nil {
		t.Fatal(err)
	}
	before := contents(t, elsewhere)
	d, err := Open(out, []string{"site", "site/es"}, 1)
	want := "cannot replace the files in place, so nothing was replaced:\n" + filepath.Join(out, "site", "es") + " is a link to " + elsewhere + "; haven writes only into folders inside " + out + ": remove the link, and it makes the folder"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
	if d != nil {
		d.Abort()
	}
	unchanged(t, contents(t, elsewhere), before)
}

// A folder no run wrote to is fresh: a run stopped there says only that nothing was written.
func TestFresh(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files []string
		fresh bool
	}{
		{"new", nil, true},
		{"left by a killed run", []string{lockName, runName, ".x.pdf.12.tmp"}, true},
		{"a file", []string{"x.pdf"}, false},
		{"a folder", []string{"site/"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			for _, f := range tt.files {
				os.MkdirAll(filepath.Join(out, filepath.Dir(f)), 0o755)
				if !strings.HasSuffix(f, "/") {
					os.WriteFile(filepath.Join(out, f), nil, 0o644)
				} else {
					os.Mkdir(filepath.Join(out, f), 0o755)
				}
			}
			d, err := Open(out, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Abort()
			if d.Fresh() != tt.fresh {
				t.Errorf("Fresh() = %v, want %v", d.Fresh(), tt.fresh)
			}
		})
	}
}

// A full disk is said plainly: what is free, and what haven needs.
func TestDiskFullSays(t *testing.T) {
	for _, tt := range []struct {
		free, file int64
		says       string
	}{
		{16 << 20, 100 << 10, "16 MB is free, and haven needs 16.1 MB: 0.1 MB for the next file and 16 MB it leaves"},
		{15<<20 + 900<<10, 300 << 10, "15.8 MB is free, and haven needs 16.3 MB: 0.3 MB for the next file"},
		{0, 2 << 20, "0 MB is free, and haven needs 18 MB: 2 MB for the next file"},
	} {
		s := &space{dir: t.TempDir(), avail: tt.free}
		real := freeBytes
		freeBytes = func(string) (int64, error) { return tt.free, nil }
		err := s.take(tt.file)
		freeBytes = real
		if err == nil || !strings.Contains(err.Error(), "the disk is full: "+tt.says) {
			t.Errorf("%d free, %d needed: got %v, want %q", tt.free, tt.file, err, tt.says)
		}
	}
}
