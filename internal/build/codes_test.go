package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/placement"
	"haven/internal/typeface"
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

// A placement code that holds a slip of the organisation's number, or is one, is refused: it
// is printed on every card, a code of digits alone right under "In immediate danger, call 911".
// A code that passes prints on the card beside 911, read back.
func TestPlacementCodeWithANumberSlip(t *testing.T) {
	ct, err := content.Load(contentWith(t, nil, nil), "content", content.Overrides{Campaign: "c"})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ code, refused string }{
		{"p233734", "one slip away from hotline.text"},
		{"x18883737887", "one slip away from hotline.call"},
		{"p233733", "is hotline.text 233733"},
		{"8883737888", "is hotline.call 1-888-373-7888"},
		{"912", "one slip away from hotline.emergency 911"},
		{"91", "one slip away from hotline.emergency 911"},
		{"9111", "one slip away from hotline.emergency 911"},
		{"811", "one slip away from hotline.emergency 911"},
		{"911", "is hotline.emergency 911"},
		{"p07", ""},
		{"a3k9", ""},
	} {
		res, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: t.TempDir(), Kinds: []string{"cards"}, Langs: []string{"en"}, Papers: []string{"letter"}, Placements: []string{tc.code}, Created: epoch})
		if tc.refused != "" {
			if err == nil || !strings.Contains(err.Error(), tc.refused) {
				t.Errorf("%s: %v, want it refused as %q", tc.code, err, tc.refused)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.code, err)
		}
		texts := strings.Join(pageTexts(readPages(t, res, "cards-en-letter.pdf")), "\n")
		if !strings.Contains(texts, "911") || !slices.Contains(strings.Split(texts, "\n"), tc.code) {
			t.Errorf("%s: the card does not print the code and 911:\n%s", tc.code, texts)
		}
	}
}
