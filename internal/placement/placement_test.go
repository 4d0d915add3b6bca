package placement

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"haven/internal/input"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, csv string
		want      string // codes joined by space, or the first error line
	}{
		{"codes and private notes", "code,where\np01,front door\np02,\"gym, east wall\"\n", "p01 p02"},
		{"code column anywhere, BOM", "\ufeffnote,Code\nlobby,a7\n", "a7"},
		{"descriptive code", "code\nmotel-restroom-2nd-floor\n", `places.csv:2: code: "motel-restroom-2nd-floor" is longer than 16 characters (codes are opaque: p01, a7, s12; keep where it hangs in another column)`},
		{"spaces and capitals", "code\nMotel Room\n", `places.csv:2: code: "Motel Room" may only use a-z, 0-9 and - (codes are opaque: p01, a7, s12; keep where it hangs in another column)`},
		{"duplicate", "code\np01\np01\n", `places.csv:3: code: "p01" is already used on line 2 (each code names one place)`},
		{"path escape", "code\n../etc\n", `places.csv:2: code: "../etc" may only use a-z, 0-9 and - (codes are opaque: p01, a7, s12; keep where it hangs in another column)`},
		{"no code column", "place,note\na,b\n", `places.csv:1: code: no code column among ["place" "note"] (the first line names the columns, e.g. code,note)`},
		{"empty file", "", "places.csv: is empty (the first line names the columns, e.g. code,note)"},
		{"bad quoting", "code\n\"p01\n", `places.csv:2: not valid CSV: extraneous or missing " in quoted-field (save it as CSV (comma-separated) from your spreadsheet)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codes, err := Read("places.csv", strings.NewReader(tt.csv))
			got := strings.Join(codes, " ")
			if err != nil {
				got = strings.SplitN(err.Error(), "\n", 2)[0]
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// A file over the limit is refused whole: cut at the limit, its last row would be a code
// that is not in the file ("p12" from "p123456") and the rest dropped in silence.
func TestOverLimitRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("code,note\n")
	for b.Len() < input.PlacementsLimit+100 {
		b.WriteString("p123456," + strings.Repeat("x", 200) + "\n")
	}
	codes, err := Read("places.csv", strings.NewReader(b.String()))
	if err == nil || !strings.Contains(err.Error(), "places.csv: is more than 16 MB") {
		t.Errorf("%d codes, error %v; want the file refused", len(codes), err)
	}
	path := filepath.Join(t.TempDir(), "places.csv")
	os.WriteFile(path, []byte(b.String()), 0o644)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "is 16 MB, over the limit of 16 MB") {
		t.Errorf("Load: %v", err)
	}
}

// Load refuses what is not a file before reading it: /dev/zero would never end.
func TestLoadSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	for path, want := range map[string]string{
		"/dev/zero":                    "is a device, not a file",
		dir:                            "is a folder, not a file",
		filepath.Join(dir, "none.csv"): "does not exist",
	} {
		_, err := Load(path)
		if err == nil || !input.Unopenable(err) || input.Describe(err) != want {
			t.Errorf("%s: %v; want %q", path, err, want)
		}
	}
}

// FuzzRead: any bytes give codes or problems that name the file, promptly, and every code
// returned passes Check (codes become folder names).
func FuzzRead(f *testing.F) {
	f.Add([]byte("code,where\np01,front door\np02,\"gym, east wall\"\n"))
	f.Add([]byte("\ufeffnote,Code\nlobby,a7\n"))
	f.Add([]byte("code\n\"p01\n"))
	f.Add([]byte("code\n../etc\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		var codes []string
		var err error
		go func() { codes, err = Read("places.csv", bytes.NewReader(data)); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Read did not return within 5 s on %q", data)
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "places.csv") {
				t.Errorf("a problem that does not name the file: %v", err)
			}
			return
		}
		for _, c := range codes {
			if Check(c) != "" {
				t.Errorf("code %q returned though %s", c, Check(c))
			}
		}
	})
}
