package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/content"
)

func TestPlacementsGetTheirOwnFoldersAndCodes(t *testing.T) {
	out := t.TempDir()
	res := kit(t, content.Overrides{Campaign: "spring"}, Options{Out: out, Kinds: Kinds, Langs: []string{"en"}, Papers: []string{"letter", TearOffPaper}, Placements: []string{"p01", "p02"}})
	seen := 0
	for _, r := range res {
		code := filepath.Base(filepath.Dir(r.Path))
		if code != "p01" && code != "p02" {
			t.Fatalf("%s is not in a placement folder", r.Path)
		}
		if _, err := os.Stat(r.Path); err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Codes {
			if !strings.HasSuffix(c.URL, "&utm_content="+code) {
				t.Errorf("%s: QR %s does not carry its placement", r.Path, c.URL)
			}
		}
		if filepath.Base(r.Path) == "poster-en-letter.pdf" {
			rb := open(t, r.Path)
			want := "https://humantraffickinghotline.org?utm_source=poster&utm_medium=print&utm_campaign=spring&utm_content=" + code
			if got := decodeAt(t, rb, r.Codes[0]); got != want {
				t.Errorf("%s: QR decodes to %q, want %q", r.Path, got, want)
			}
			seen++
		}
	}
	if seen != 2 {
		t.Errorf("read back %d placement posters, want 2", seen)
	}
}
