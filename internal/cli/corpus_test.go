package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/text/encoding/charmap"
)

// contentFileRE is a file of the content a message names, from the content folder (CONTENT/en/faq.md)
// or from its language folder's name (en/faq.md:12, in a list of places), and its folder.
var contentFileRE = regexp.MustCompile(`(?:CONTENT/)?((?:[\w.-]+/)*?)(?:faq\.md|text\.yaml)\b`)

// TestBrokenContentCorpus runs `haven check` on each kind of broken content in
// testdata/bad/*.txtar, as a volunteer might make it, and holds the exact message each gives.
// An archive holds edits to the default content ("sed FILE": lines "old => new", \n for a
// line break; "latin1 FILE": the file saved as Latin-1; "mv FOLDER": the folder renamed to the
// section's one line, spaces kept; "file FILE": a file put in the content folder, such as a
// font, with the section's bytes; "font FILE": the font file of haven's fonts/ the section
// names, as FILE), a placements file checked with it ("placements": its
// rows) and the message under "want".
// HAVEN_UPDATE=1 writes the current messages into archives, for review.
func TestBrokenContentCorpus(t *testing.T) {
	installedFonts := regexp.MustCompile(`(?m)(\(fonts tried: [^;]*; |; or give a font that has it \(it then sets all the text it can print, in place of haven's fonts\): )(try --font|no TrueType font installed here).*\)$`)
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "bad", "*.txtar"))
	if len(files) < 20 {
		t.Fatalf("%d cases in testdata/bad; want at least 20", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(t.TempDir(), "content")
			if code, _, e := run(t, "init", dir); code != 0 {
				t.Fatal(e)
			}
			want, hasWant := "", false
			args := []string{"check", "--content", dir}
			places := filepath.Join(t.TempDir(), "places.csv")
			for _, f := range ar.Files {
				verb, name, _ := strings.Cut(f.Name, " ")
				path := filepath.Join(dir, name)
				switch verb {
				case "want":
					want, hasWant = string(f.Data), true
				case "sed":
					b, err := os.ReadFile(path)
					if err != nil {
						t.Fatal(err)
					}
					s := string(b)
					for _, l := range strings.Split(strings.TrimRight(string(f.Data), "\n"), "\n") {
						old, new, ok := strings.Cut(l, " => ")
						if !ok {
							old, new, _ = strings.Cut(l, " =>")
						}
						if !strings.Contains(s, old) {
							t.Fatalf("%s has no %q", name, old)
						}
						s = strings.Replace(s, old, strings.ReplaceAll(new, `\n`, "\n"), 1)
					}
					os.WriteFile(path, []byte(s), 0o644)
				case "file":
					if err := os.WriteFile(path, f.Data, 0o644); err != nil {
						t.Fatal(err)
					}
				case "latin1":
					b, _ := os.ReadFile(path)
					b = []byte(strings.Map(func(r rune) rune { // as an editor saves it: ? for a letter Latin-1 lacks
						if r > 0xFF {
							return '?'
						}
						return r
					}, string(b)))
					enc, err := charmap.ISO8859_1.NewEncoder().Bytes(b)
					if err != nil {
						t.Fatal(err)
					}
					os.WriteFile(path, enc, 0o644)
				case "font": // one of haven's own font files, by its name in fonts/
					b, err := os.ReadFile(filepath.Join("..", "..", "fonts", strings.TrimSpace(string(f.Data))))
					if err != nil {
						t.Fatal(err)
					}
					os.WriteFile(path, b, 0o644)
				case "mv":
					if err := os.Rename(path, filepath.Join(dir, strings.TrimSuffix(string(f.Data), "\n"))); err != nil {
						t.Fatal(err)
					}
				case "placements":
					os.WriteFile(places, f.Data, 0o644)
					args = append(args, "--campaign", "spring-2027", "--placements", places)
				default:
					t.Fatalf("unknown section %q", f.Name)
				}
			}
			code, _, stderr := run(t, args...)
			got := strings.ReplaceAll(strings.ReplaceAll(stderr, dir, "CONTENT"), places, "PLACES")
			// the fonts a missing character's hint names are this machine's (typeface's tests hold them)
			got = installedFonts.ReplaceAllString(got, "${1}INSTALLED FONTS)")
			if os.Getenv("HAVEN_UPDATE") == "1" {
				var keep []txtar.File
				for _, f := range ar.Files {
					if f.Name != "want" {
						keep = append(keep, f)
					}
				}
				ar.Files = append(keep, txtar.File{Name: "want", Data: []byte(got)})
				os.WriteFile(file, txtar.Format(ar), 0o644)
				return
			}
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			// every language file a message names is in a folder of the content, named once
			for _, m := range contentFileRE.FindAllStringSubmatch(got, -1) {
				if info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(m[1]))); err != nil || !info.IsDir() {
					t.Errorf("names %s, in no folder of the content", m[0])
				}
			}
			if !hasWant || got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
