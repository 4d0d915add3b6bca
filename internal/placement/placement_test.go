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

// A file with no code column gets codes: opaque, stable for the same rows, distinct for
// repeated rows, and written with the rows to the mapping file.
func TestGeneratedCodes(t *testing.T) {
	const file = "place,note\nmotel restroom 2,east wall\nlibrary,\nlibrary,\n"
	a, err := Read("p.csv", strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Read("p.csv", strings.NewReader(file+"gym,\n"))
	if len(a.Codes) != 3 || strings.Join(a.Codes, " ") != strings.Join(b.Codes[:3], " ") {
		t.Errorf("codes not stable: %v then %v", a.Codes, b.Codes)
	}
	if a.Codes[1] == a.Codes[2] {
		t.Errorf("repeated rows share the code %s", a.Codes[1])
	}
	for _, c := range a.Codes {
		if msg := Check(c); msg != "" || len(c) != 6 {
			t.Errorf("generated code %q: %s", c, msg)
		}
	}
	want := "code,place,note\n" + a.Codes[0] + ",motel restroom 2,east wall\n" + a.Codes[1] + ",library,\n" + a.Codes[2] + ",library,\n"
	if string(a.Mapping) != want {
		t.Errorf("mapping:\n%s\nwant:\n%s", a.Mapping, want)
	}
	if f, _ := Read("p.csv", strings.NewReader("code\np01\n")); f.Mapping != nil {
		t.Error("a file with its own codes got a mapping")
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, csv string
		want      string // codes joined by space, or the first error line
	}{
		{"codes and private notes", "code,where\np01,front door\np02,\"gym, east wall\"\n", "p01 p02"},
		{"code column anywhere, BOM", "\ufeffnote,Code\nlobby,a7\n", "a7"},
		{"descriptive code", "code\nmotel-restroom-2nd-floor\n", `places.csv:2: code: "motel-restroom-2nd-floor" is longer than 16 characters (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"spaces and capitals", "code\nMotel Room\n", `places.csv:2: code: "Motel Room" may only use a-z, 0-9 and - (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"duplicate", "code\np01\np01\n", `places.csv:3: code: "p01" is already used on line 2 (each code names one place)`},
		{"path escape", "code\n../etc\n", `places.csv:2: code: "../etc" may only use a-z, 0-9 and - (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"revealing code", "code\nmotel-restroom-2\n", `places.csv:2: code: "motel-restroom-2" has "motel", four or more letters in a row: a code is printed on every copy and sent with every scan, so a word in it can tell who sees the card where it was picked up; a code holds at most three letters in a row (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"revealing short code", "code\ngym-east\n", `places.csv:2: code: "gym-east" has "east", four or more letters in a row: a code is printed on every copy and sent with every scan, so a word in it can tell who sees the card where it was picked up; a code holds at most three letters in a row (codes are opaque: p01, a3k9, s12; keep where it hangs in another column, or leave out the code column and haven makes codes)`},
		{"three letters in a row pass", "code\np07\na3k9\nabc-12\n", "p07 a3k9 abc-12"},
		{"no code column", "place,note\n\"motel, room 2\",b\n", "t7d7q9"},
		{"no code column, no rows", "place,note\n", "places.csv: has no placements (add one line per place under the header)"},
		{"empty file", "", "places.csv: is empty (the first line names the columns, e.g. code,note)"},
		{"bad quoting", "code\n\"p01\n", `places.csv:2: not valid CSV: extraneous or missing " in quoted-field (save it as CSV (comma-separated) from your spreadsheet)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read("places.csv", strings.NewReader(tt.csv))
			got := strings.Join(f.Codes, " ")
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
		t.Errorf("%d codes, error %v; want the file refused", len(codes.Codes), err)
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
		go func() { var f File; f, err = Read("places.csv", bytes.NewReader(data)); codes = f.Codes; close(done) }()
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
