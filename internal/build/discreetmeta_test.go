package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/readback"
)

// A discreet card sheet says nothing revealing outside its pages either: its document
// information (Info and XMP) holds neither the organisation's name, the hotline's, its site nor
// the kind of document, and its title is the card's headline in the edition's language; its QR
// code's alt text and link description name only cards.discreet_url. The ordinary card has the
// resource page's neutral title (cards.discreet_url makes the site discreet, and its PDFs with
// it), so the test reads what it means to.
func TestDiscreetSheetMetadata(t *testing.T) {
	settings := discreetSettings(t, "https://samples.org/talk")
	res := runFiles(t, map[string]string{"settings.yaml": settings}, Options{Kinds: []string{"cards"}})
	ct, err := content.Load(contentWith(t, nil, map[string]string{"settings.yaml": settings}), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	// the hotline's number last: the document information need not repeat it
	never := []string{ct.Settings.Organisation.Name.Text, "Mission Haven", "humantraffickinghotline", "wallet", "Trafficking", "Trata", "tarjeta", ct.Settings.Hotline.Call.Text}
	sheets := 0
	for _, l := range ct.Languages {
		for _, paper := range []string{"letter", "a4"} {
			for _, discreet := range []bool{true, false} {
				file := "cards-" + l.Code + "-" + paper + ".pdf"
				if discreet {
					file = "cards-discreet-" + l.Code + "-" + paper + ".pdf"
				}
				t.Run(file, func(t *testing.T) {
					raw, err := os.ReadFile(resultOf(t, res, file).Path)
					if err != nil {
						t.Fatal(err)
					}
					tree := treeOf(t, raw)
					meta := []string{tree.Metadata}
					for k, v := range tree.Info {
						meta = append(meta, k+": "+v)
					}
					if !discreet {
						if got, want := tree.Info["Title"], content.SiteWords(&l)["neutral_title"].Text; got != want {
							t.Errorf("the card's Title is %q, want the site's neutral title %q", got, want)
						}
						return
					}
					sheets++
					if got, want := tree.Info["Title"], l.Text.Discreet.Headline.Text; got != want {
						t.Errorf("Title %q, want the headline %q", got, want)
					}
					if !strings.Contains(tree.Metadata, ">"+l.Text.Discreet.Headline.Text+"</rdf:li></rdf:Alt></dc:title>") {
						t.Errorf("the XMP metadata lacks the title: %s", tree.Metadata)
					}
					alts := alternatives(tree.Root)
					pages, err := readback.Read(raw)
					if err != nil {
						t.Fatal(err)
					}
					for _, p := range pages {
						for _, lk := range p.Links {
							alts = append(alts, lk.Contents)
						}
					}
					if !strings.Contains(strings.Join(alts, "\n"), "samples.org/talk") {
						t.Errorf("no alt text names the code's address: %q", alts)
					}
					for i, s := range append(meta, alts...) {
						words := never
						if i >= len(meta) { // the number's link says the number, printed on the card
							words = never[:len(never)-1]
						}
						for _, w := range words {
							if strings.Contains(strings.ToLower(s), strings.ToLower(w)) {
								t.Errorf("says %q: %q", w, s)
							}
						}
					}
				})
			}
		}
	}
	if sheets != 4 {
		t.Errorf("%d discreet sheets, want 4", sheets)
	}
}

// alternatives are the alt texts in the structure tree under e.
func alternatives(e *readback.Elem) []string {
	if e == nil {
		return nil
	}
	var out []string
	if e.Alt != "" {
		out = append(out, e.Alt)
	}
	for _, k := range e.Kids {
		out = append(out, alternatives(k.Elem)...)
	}
	return out
}

// With site: discreet, the resource page links every PDF of the run, and a phone's PDF viewer
// shows a file's title in its tabs and history: each PDF beside the page is read back with the
// page's neutral title in its document information and XMP, and no author, subject, keyword,
// name, number or revealing word; without it, the files keep the content's titles.
func TestDiscreetSiteMetadata(t *testing.T) {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	for _, discreet := range []bool{true, false} {
		t.Run(map[bool]string{true: "discreet", false: "plain"}[discreet], func(t *testing.T) {
			s := settings
			if discreet { // on a neutral address: the hotline's own says "trafficking", refused so
				s = strings.Replace(s, "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/talk", 1) + "\nsite:\n  discreet: true\n"
			}
			res := runFiles(t, map[string]string{"settings.yaml": s}, Options{Kinds: []string{"site"}, Langs: []string{"en", "es"}})
			titles := map[string]string{"en": "Information", "es": "Información"}
			never := []string{"Mission Haven", "Trafficking", "Trata", "trata", "DMST", "1-888-373-7888", "humantraffickinghotline"}
			files := 0
			for _, r := range res {
				if !strings.HasSuffix(r.Path, ".pdf") || filepath.Base(filepath.Dir(r.Path)) != "site" {
					continue
				}
				files++
				raw, err := os.ReadFile(r.Path)
				if err != nil {
					t.Fatal(err)
				}
				tree := treeOf(t, raw)
				name := filepath.Base(r.Path)
				if !discreet {
					if strings.HasPrefix(name, "handout-") && !strings.Contains(tree.Info["Title"], "(DMST)") {
						t.Errorf("%s: title %q, want the FAQ's", name, tree.Info["Title"])
					}
					continue
				}
				lang := "en"
				if strings.Contains(name, "-es-") {
					lang = "es"
				}
				if want := titles[lang]; tree.Info["Title"] != want { // the discreet sheets, with titles of their own, are not there
					t.Errorf("%s: Title %q, want %q", name, tree.Info["Title"], want)
				}
				for _, k := range []string{"Author", "Keywords"} {
					if tree.Info[k] != "" {
						t.Errorf("%s: %s %q, want none", name, k, tree.Info[k])
					}
				}
				for k, v := range tree.Info {
					for _, w := range never {
						if strings.Contains(v, w) || strings.Contains(tree.Metadata, w) {
							t.Errorf("%s: the document information's %s or the XMP says %q", name, k, w)
						}
					}
				}
			}
			if files < 30 {
				t.Errorf("%d PDFs beside the page, want the kit's", files)
			}
		})
	}
}
