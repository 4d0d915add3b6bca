package input

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Every special file is refused before it is read (a FIFO would hang, /dev/zero never end),
// a file over its limit is refused after reading at most limit+1 bytes, and a link out of an
// os.Root is refused, naming its target and, for one to nothing, that it points at nothing.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(dir, "sock"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	os.Symlink("/dev/zero", filepath.Join(dir, "zero"))
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	os.WriteFile(filepath.Join(dir, "big"), make([]byte, 101), 0o644)
	os.WriteFile(filepath.Join(dir, "ok"), make([]byte, 100), 0o644)
	outside := filepath.Join(t.TempDir(), "secret")
	os.WriteFile(outside, []byte("x"), 0o644)
	os.Symlink(outside, filepath.Join(dir, "out"))
	os.Symlink(filepath.Join(filepath.Dir(outside), "gone"), filepath.Join(dir, "outgone"))
	os.Symlink("../x", filepath.Join(dir, "up"))
	os.Symlink("nowhere", filepath.Join(dir, "dangling"))
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	tests := []struct{ name, want, root string }{ // root: what the os.Root says, when not want
		{"fifo", "is a named pipe (FIFO), not a file", ""},
		{"sock", "is a socket, not a file", ""},
		{"zero", "is a device, not a file", "is a link to /dev/zero, outside the content folder"},
		{"folder", "is a folder, not a file", ""},
		{"big", "is 101 bytes, over the limit of 100 bytes", ""},
		{"none", "does not exist", ""},
		{"dangling", "is a link to nowhere, which does not exist", ""},
		{"outgone", "is a link to " + filepath.Join(filepath.Dir(outside), "gone") + ", which does not exist",
			"is a link to " + filepath.Join(filepath.Dir(outside), "gone") + ", which does not exist and is outside the content folder"},
		{"up", "is a link to ../x, which does not exist", "is a link to ../x, outside the content folder"},
		{"ok", "", ""},
	}
	for _, tt := range tests {
		for how, read := range map[string]func() ([]byte, error){
			"path": func() ([]byte, error) { return ReadPath(filepath.Join(dir, tt.name), 100) },
			"root": func() ([]byte, error) { return ReadFile(root.FS(), tt.name, 100) },
		} {
			done := make(chan struct{})
			var err error
			go func() { _, err = read(); close(done) }()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatalf("%s (%s) hangs", tt.name, how)
			}
			got, want := "", tt.want
			if err != nil {
				got = Describe(err)
			}
			if how == "root" && tt.root != "" {
				want = tt.root
			}
			if got != want {
				t.Errorf("%s (%s): %q, want %q", tt.name, how, got, want)
			}
		}
	}
	if _, err := ReadFile(root.FS(), "out", 100); err == nil || Describe(err) != "is a link to "+outside+", outside the content folder" {
		t.Errorf("a link out of the folder: %v", err)
	}
	if b, err := ReadPath(filepath.Join(dir, "out"), 100); err != nil || string(b) != "x" {
		t.Errorf("a path given on the command line may be a link: %q %v", b, err)
	}
}

// A size is written to a tenth under ten units, cut, never rounded up; a size over its limit
// is never written as the limit itself: in bytes where the two would read alike.
func TestSizeOverLimit(t *testing.T) {
	for _, tt := range []struct {
		n, limit  int64
		size, max string
	}{
		{1363149, 1 << 20, "1.3 MB", "1 MB"},
		{5767168, 5 << 20, "5.5 MB", "5 MB"},
		{10000071, 1 << 20, "9.5 MB", "1 MB"},
		{1<<20 + 1, 1 << 20, "1,048,577 bytes", "1,048,576 bytes"},
		{11<<20 + 5, 11 << 20, "11,534,341 bytes", "11,534,336 bytes"},
		{2 << 20, 1 << 20, "2 MB", "1 MB"},
		{1536, 1 << 10, "1.5 KB", "1 KB"},
	} {
		if size, max := Over(tt.n, tt.limit); size != tt.size || max != tt.max {
			t.Errorf("Over(%d, %d) = %q, %q; want %q, %q", tt.n, tt.limit, size, max, tt.size, tt.max)
		}
	}
}

// A file saved on a Mac has its accents stored decomposed (o and a combining accent), and one
// named in settings.yaml or on the command line composed: the same name to the user's eye, read
// as it; a name that differs otherwise is still missing.
func TestAccentsStoredOtherwise(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "img"), 0o755)
	os.WriteFile(filepath.Join(dir, "img", "logo\u0301.png"), []byte("decomposed"), 0o644) // logó.png, as a Mac saves it
	os.WriteFile(filepath.Join(dir, "marc\u0327a.ttf"), []byte("decomposed too"), 0o644)
	os.WriteFile(filepath.Join(dir, "caf\u00e9.png"), []byte("composed"), 0o644)
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for _, tt := range []struct{ name, want string }{
		{"img/log\u00f3.png", "decomposed"},
		{"mar\u00e7a.ttf", "decomposed too"},
		{"cafe\u0301.png", "composed"}, // the other way round
		{"img/logo.png", "does not exist"},
	} {
		data, err := ReadFile(root.FS(), tt.name, 100)
		got := string(data)
		if err != nil {
			got = Describe(err)
		}
		if got != tt.want {
			t.Errorf("ReadFile %s: %q, want %q", tt.name, got, tt.want)
		}
		data, err = ReadPath(filepath.Join(dir, tt.name), 100)
		if got = string(data); err != nil {
			got = Describe(err)
		}
		if got != tt.want {
			t.Errorf("ReadPath %s: %q, want %q", tt.name, got, tt.want)
		}
	}
	t.Chdir(dir)
	if data, err := ReadPath("mar\u00e7a.ttf", 100); err != nil || string(data) != "decomposed too" {
		t.Errorf("ReadPath in the current folder: %q, %v", data, err)
	}
}
