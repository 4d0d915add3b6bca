package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A card sheet's and the print-shop card's title (Info and XMP), which a viewer shows and a
// screen reader reads in the document's language, is the hotline's name and what the file
// is in that language: haven's own words in English and Spanish, text.yaml's site: words in
// another language, else the hotline's name alone, never English words among its own.
func TestCardTitlesInTheirLanguage(t *testing.T) {
	fr, err := os.ReadFile(filepath.Join("..", "..", "testdata", "languages", "fr", "text.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	const frSite = "\nsite:\n  cards: cartes\n  print_shop_card: carte pour l’imprimeur\n"
	for _, tt := range []struct {
		name, lang, text string // text: fr/text.yaml
		cards, bleed     string // the titles
	}{
		{"English", "en", "", "National Human Trafficking Hotline: cards", "National Human Trafficking Hotline: print-shop card"},
		{"Spanish", "es", "", "Línea Nacional Contra la Trata de Personas: tarjetas", "Línea Nacional Contra la Trata de Personas: tarjeta para imprenta"},
		{"French without site words", "fr", string(fr), "National Human Trafficking Hotline", "National Human Trafficking Hotline"},
		{"French with site words", "fr", string(fr) + frSite, "National Human Trafficking Hotline: cartes", "National Human Trafficking Hotline: carte pour l’imprimeur"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var extra []string
			files := map[string]string{}
			if tt.lang == "fr" {
				extra, files["fr/text.yaml"] = []string{"fr"}, tt.text
			}
			res, _, err := runWith(t, contentWith(t, extra, files), Options{Kinds: []string{"cards"}, Langs: []string{tt.lang}, Papers: []string{"letter"}})
			if err != nil {
				t.Fatal(err)
			}
			for file, want := range map[string]string{"cards-" + tt.lang + "-letter.pdf": tt.cards, "card-bleed-" + tt.lang + "-us.pdf": tt.bleed} {
				raw, err := os.ReadFile(resultOf(t, res, file).Path)
				if err != nil {
					t.Fatal(err)
				}
				tree := treeOf(t, raw)
				if got := tree.Info["Title"]; got != want {
					t.Errorf("%s: Title %q, want %q", file, got, want)
				}
				if !strings.Contains(tree.Metadata, ">"+want+"</rdf:li></rdf:Alt></dc:title>") {
					t.Errorf("%s: the XMP title is not %q: %s", file, want, tree.Metadata)
				}
			}
		})
	}
}
