package placement

import (
	"strings"
	"testing"
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
