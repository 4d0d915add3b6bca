package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A folder that cannot be made for its name's length, or in a folder the system keeps, is said
// in plain words with what to give instead; another error is left to the system's words.
func TestUnmade(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
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
}
