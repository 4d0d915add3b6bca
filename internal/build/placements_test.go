package build

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/output"
	"haven/internal/typeface"
)

func TestPlacementsGetTheirOwnFoldersAndCodes(t *testing.T) {
	out := t.TempDir()
	res := kit(t, content.Overrides{Campaign: "spring"}, Options{Out: out, Kinds: kinds.PrintedNames(), Langs: []string{"en"}, Papers: []string{"letter", kinds.TearOff}, Placements: []string{"p01", "p02"}})
	seen := map[string]int{}
	for _, r := range res {
		code := filepath.Base(filepath.Dir(r.Path))
		if code != "p01" && code != "p02" {
			t.Fatalf("%s is not in a placement folder", r.Path)
		}
		if len(r.Codes) == 0 {
			if strings.HasPrefix(filepath.Base(r.Path), "cards-discreet-") { // without cards: discreet_url
				continue
			}
			t.Fatalf("%s has no QR code", r.Path)
		}
		// what is printed, not what was meant: the code decoded from the rendered page
		kind := strings.SplitN(strings.TrimPrefix(filepath.Base(r.Path), "card-bleed"), "-", 2)[0]
		if kind == "" {
			kind = "cards"
		}
		want := "https://humantraffickinghotline.org?utm_source=" + kind + "&utm_medium=print&utm_campaign=spring&utm_content=" + code
		if got := decodeAt(t, open(t, r.Path), r.Codes[0]); got != want {
			t.Errorf("%s: QR decodes to %q, want %q", r.Path, got, want)
		}
		seen[code]++
	}
	if seen["p01"] == 0 || seen["p01"] != seen["p02"] {
		t.Errorf("files per placement: %v", seen)
	}
}

// The room a placement code takes on a card is checked for the widest code before anything is
// written, and the message names that placement.
func TestWidestPlacementIsCheckedFirst(t *testing.T) {
	text, _ := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	fsys := contentWith(t, nil, map[string]string{"en/text.yaml": strings.Replace(string(text),
		"  back_note: Free, confidential, 24/7, 200+ languages\n", "  back_note: \"Free, confidential, 24/7, in 200+ languages, day or night\"\n", 1)})
	ct, err := content.Load(fsys, "content", content.Overrides{Campaign: "c"})
	if err != nil {
		t.Fatal(err)
	}
	fams, _ := typeface.Defaults()
	out := filepath.Join(t.TempDir(), "out")
	_, err = Run(context.Background(), Options{Content: ct, Families: fams, Out: out, Kinds: []string{"cards"}, Langs: []string{"en"}, Papers: []string{"letter"}, Placements: []string{"a", "w8w8w8w8w8w8w8w8"}, Created: epoch})
	if err == nil || !strings.Contains(err.Error(), "card.back_note") || !strings.Contains(err.Error(), "w8w8w8w8w8w8w8w8/cards-en-letter") {
		t.Fatalf("got %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("the failed run left %s", out)
	}
}

// Two runs into one folder at once would clear each other's temporary files: the second waits
// its turn with a clear message.
func TestOneRunAtATimePerFolder(t *testing.T) {
	out := t.TempDir()
	first, err := output.Open(out, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ct, _ := content.Load(defaultcontent.FS, "content", content.Overrides{})
	fams, _ := typeface.Defaults()
	_, err = Run(context.Background(), Options{Content: ct, Families: fams, Out: out, Kinds: []string{"handout"}, Langs: []string{"en"}, Papers: []string{"letter"}, Created: epoch})
	if err == nil || !strings.Contains(err.Error(), "another haven run is writing to") {
		t.Errorf("got %v", err)
	}
	first.Abort()
	if _, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: out, Kinds: []string{"handout"}, Langs: []string{"en"}, Papers: []string{"letter"}, Created: epoch}); err != nil {
		t.Errorf("after the first run: %v", err)
	}
}

// A size or language asked for twice is made once.
func TestRepeatsAreMadeOnce(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"handout"}, Langs: []string{"en", "en"}, Papers: []string{"letter", "LETTER"}})
	if len(res) != 2 {
		t.Errorf("%d files, want the handout and its large print once", len(res))
	}
}
