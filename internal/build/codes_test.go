package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/placement"
)

// A placements file with no code column: haven's codes go into the folders and the QR codes,
// and the mapping from code to place is written beside them, readable by its owner only.
func TestCodesLessPlacements(t *testing.T) {
	f, err := placement.Read("places.csv", strings.NewReader("place,note\nlibrary entrance,\n\"gym, east wall\",ask Sam\n"))
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	res := kit(t, content.Overrides{Campaign: "spring"}, Options{Out: out, Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"letter"}, Placements: f.Codes, Mapping: f.Mapping, MappingKey: f.Key})
	if len(res) != 2 {
		t.Fatalf("%d outputs, want 2", len(res))
	}
	for i, r := range res {
		code := filepath.Base(filepath.Dir(r.Path))
		if code != f.Codes[i] {
			t.Errorf("%s is not in the folder of code %s", r.Path, f.Codes[i])
		}
		if got := decodeAt(t, open(t, r.Path), r.Codes[0]); !strings.HasSuffix(got, "&utm_content="+code) {
			t.Errorf("%s: QR opens %q", r.Path, got)
		}
	}
	path := filepath.Join(out, placement.MappingName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != string(f.Mapping) || !strings.Contains(string(data), f.Codes[1]+`,"gym, east wall",ask Sam`) {
		t.Errorf("mapping file:\n%s", data)
	}
	for _, path := range []string{path, filepath.Join(out, placement.KeyName)} {
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v; it must be there, private", path, err)
		}
	}
}

// A placement code that holds a slip of the organisation's number is refused: it is printed
// on every card.
func TestPlacementCodeWithANumberSlip(t *testing.T) {
	ct, err := content.Load(contentWith(t, nil, nil), "content", content.Overrides{Campaign: "c"})
	if err != nil {
		t.Fatal(err)
	}
	for code, bad := range map[string]bool{"p233734": true, "x18883737887": true, "p233733": false, "p07": false, "a3k9": false} {
		_, err := Run(context.Background(), Options{Content: ct, Out: t.TempDir(), Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"letter"}, Placements: []string{code}, Created: epoch})
		refused := err != nil && strings.Contains(err.Error(), "one slip away from hotline.")
		if refused != bad {
			t.Errorf("%s: refused %v, want %v (%v)", code, refused, bad, err)
		}
	}
}
