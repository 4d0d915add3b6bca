package build

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/typeface"
)

// The resource page is made with the kit: a page per language and a front page, each linking
// PDFs that are there beside it, byte for byte the ones in the kit.
func TestSiteLinksTheKit(t *testing.T) {
	out := t.TempDir()
	kit(t, content.Overrides{}, Options{Out: out, Kinds: kinds.Names(), Papers: []string{"letter"}})
	hrefRE := regexp.MustCompile(`href="([^"]+\.pdf)"`)
	for _, page := range []string{"site/index.html", "site/en/index.html", "site/es/index.html"} {
		raw, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		// the downloads are named in the page's language
		if want := map[string]string{"site/es/index.html": ">Folleto, tamaño Carta", "site/en/index.html": ">Handout on Letter"}[page]; want != "" && !strings.Contains(string(raw), want) {
			t.Errorf("%s does not name its handout %q", page, want)
		}
		links := hrefRE.FindAllStringSubmatch(string(raw), -1)
		if len(links) < 5 {
			t.Errorf("%s links %d PDFs; want the language's handouts, cards and posters", page, len(links))
		}
		for _, l := range links {
			got, err := os.ReadFile(filepath.Join(out, filepath.Dir(page), l[1]))
			if err != nil {
				t.Errorf("%s links %s, which is not there: %v", page, l[1], err)
				continue
			}
			want, _ := os.ReadFile(filepath.Join(out, filepath.Base(l[1])))
			if string(got) != string(want) {
				t.Errorf("%s: %s differs from the kit's copy", page, l[1])
			}
			if lang := strings.Split(page, "/")[1]; lang != "index.html" && !strings.Contains(l[1], "-"+lang+"-") {
				t.Errorf("%s links %s, of another language", page, l[1])
			}
		}
	}
}

// `haven site` alone makes the PDFs it links, but writes them only beside the pages; with
// placements it is refused, since the page is one for all of them.
func TestSiteAlone(t *testing.T) {
	ct, _ := content.Load(defaultcontent.FS, "content", content.Overrides{Campaign: "c"})
	fams, _ := typeface.Defaults()
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: out, Kinds: []string{"site"}, Langs: []string{"en"}, Created: epoch}); err != nil {
		t.Fatal(err)
	}
	if top, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(top) > 0 {
		t.Errorf("site wrote PDFs outside site/: %v", top)
	}
	if pdfs, _ := filepath.Glob(filepath.Join(out, "site", "*-en-*.pdf")); len(pdfs) < 10 {
		t.Errorf("%d PDFs beside the page", len(pdfs))
	}
	_, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: t.TempDir(), Kinds: []string{"site"}, Placements: []string{"p01"}, Created: epoch})
	if err == nil || !strings.Contains(err.Error(), "one for every placement") {
		t.Errorf("site with placements: %v", err)
	}
}

// The resource page reads back whatever its links: a hotline whose calls and texts share one
// number, each line linked to its own address, and the FAQ's own links, each an <a> with its
// words.
func TestSiteOwnLinks(t *testing.T) {
	same := [][2]string{{"  call: 1-888-373-7888", `  call: "988"`}, {`  text: "233733"`, `  text: "988"`}, {"  keyword: HELP", `  keyword: ""`}}
	for _, c := range []struct {
		name string
		s    setup
		want []string
	}{
		{"call and text 988", setup{settings: same, faq: noTextFAQ, text: [][2]string{{"  text: Text {keyword} to {text}", "  text: Call or text {text}"},
			{"  text: Text {keyword} to {text}", "  text: Call or text {text}"}, {"  text: Text {keyword} to {text}", "  text: Call or text {text}"}}},
			[]string{`href="tel:988" aria-label="Call 988"><span class="nobreak">Call <bdi class="num" dir="ltr">988</bdi></span>`, `href="sms:988" aria-label="Call or text 988">Call or <span class="nobreak">text <bdi class="num" dir="ltr">988</bdi></span>`}},
		{"a text line with a keyword on the number people call", setup{settings: same[:2]},
			[]string{`href="sms:988?body=HELP" aria-label="Text HELP to 988">Text <bdi dir="ltr">HELP</bdi> <span class="nobreak">to <bdi class="num" dir="ltr">988</bdi></span>`}},
		// an email address written in a text or the contact line opens a message to it
		{"email addresses", setup{settings: [][2]string{{`  contact: ""`, `  contact: "Office 614-276-2274 · hello@samples.org"`}},
			text: [][2]string{{"  note: You can", "  note: Or email help@samples.org. You can"}}},
			[]string{`<a href="mailto:help@samples.org">`, `<a href="mailto:hello@samples.org">`}},
		{"links in the FAQ", setup{faq: [][2]string{{"call or text the hotline today.", "call or text the hotline today. Read [our site](https://samples.org/more) for more.\n\n- *More*: [text us](sms:233733) or [call 911](tel:911)"}}},
			[]string{`<a href="https://samples.org/more" data-print=" (samples.org/more)">our site</a>`, `<a href="sms:233733?body=HELP" data-print=" (233733)">text us</a>`, `<a href="tel:911">call <bdi class="num" dir="ltr">911</bdi></a>`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			raw, _ := englishSite(t, c.s)
			for _, w := range c.want {
				if !strings.Contains(string(raw), w) {
					t.Errorf("the page has no %s", w)
				}
			}
		})
	}
}

// The safety note links to how to browse privately: the built-in page, or the one site:
// privacy_url gives (a UK service, for a UK organisation's readers), read back as built.
func TestSitePrivacyLink(t *testing.T) {
	for _, c := range []struct {
		name     string
		s        setup
		want, no string
	}{
		{"built in", setup{}, content.PrivacyURL, ""},
		{"the organisation's", setup{settings: [][2]string{{"\nhotline:\n", "\nsite:\n  privacy_url: https://www.getsafeonline.org/\nhotline:\n"}}},
			"https://www.getsafeonline.org/", content.PrivacyURL},
	} {
		t.Run(c.name, func(t *testing.T) {
			raw, _ := englishSite(t, c.s)
			if want := `<a href="` + c.want + `" rel="noreferrer"`; !strings.Contains(string(raw), want) {
				t.Errorf("the page has no %s", want)
			}
			if c.no != "" && strings.Contains(string(raw), c.no) {
				t.Errorf("the page still links %s", c.no)
			}
		})
	}
}

// englishSite builds the English page of the default content with a setup's edits, read back
// as built, and returns the page and the site folder.
func englishSite(t *testing.T, s setup, extra ...*typeface.Family) (page []byte, site string) {
	t.Helper()
	ct, err := content.Load(setupContent(t, s), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, _ := typeface.Defaults()
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{Content: ct, Families: append(fams, extra...), Out: out, Kinds: []string{"site"}, Langs: []string{"en"}, Created: epoch}); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(out, "site", "en", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	return raw, filepath.Join(out, "site")
}

// A third language's page names its downloads in its own words when its text.yaml's site:
// gives them, unmarked; in English, marked lang="en", only where it does not.
func TestSiteDownloadsInThePageLanguage(t *testing.T) {
	fr, err := os.ReadFile(filepath.Join("..", "..", "testdata", "languages", "fr", "text.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	const files = "\nsite:\n  handout: dépliant\n  large_print_handout: dépliant en gros caractères\n  cards: cartes\n" +
		"  discreet_cards: cartes discrètes\n  print_shop_card: carte pour l’imprimeur\n  poster: affiche\n" +
		"  tear_off_flyer: affichette à languettes\n  on_paper: \"{file}, format {paper}\"\n  letter: Lettre US (8,5 x 11 po)\n"
	for _, tt := range []struct {
		name, site string
		want       []string
	}{
		{"English", "", []string{`<a href="../handout-fr-letter.pdf" type="application/pdf" lang="en">Handout on Letter (<bdi`,
			`<a href="../card-bleed-fr-us.pdf" type="application/pdf" lang="en">Print-shop card</a>`}},
		{"its own", files, []string{`<a href="../handout-fr-letter.pdf" type="application/pdf">Dépliant, format Lettre US (<bdi`,
			`<a href="../poster-fr-letter.pdf" type="application/pdf">Affiche, format Lettre US (<bdi`,
			`<a href="../card-bleed-fr-us.pdf" type="application/pdf">Carte pour l’imprimeur</a>`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ct, err := content.Load(contentWith(t, []string{"fr"}, map[string]string{"fr/text.yaml": string(fr) + tt.site}), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			fams, _ := typeface.Defaults()
			out := t.TempDir()
			if _, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: out, Kinds: []string{"site"}, Langs: []string{"fr"}, Papers: []string{"letter"}, Created: epoch}); err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(filepath.Join(out, "site", "fr", "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(raw), w) {
					t.Errorf("no %s in\n%s", w, regexp.MustCompile(`<li><a href="[^"]+\.pdf".*`).FindAllString(string(raw), -1))
				}
			}
		})
	}
}

// A discreet site neither lists nor holds the discreet card sheets: their name, on the page
// ("Discreet cards", "Tarjetas discretas") and in the file's address (cards-discreet-...), would
// tell whoever checks the phone that its reader hides something. The kit keeps them to print,
// and a plain site lists them.
func TestDiscreetSiteLeavesOutTheDiscreetCards(t *testing.T) {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	for _, discreet := range []bool{true, false} {
		s := settings
		if discreet {
			s = strings.Replace(s, "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/talk", 1) + "\nsite:\n  discreet: true\n"
		}
		res := runFiles(t, map[string]string{"settings.yaml": s}, Options{Kinds: []string{"site", "cards"}, Langs: []string{"en", "es"}, Papers: []string{"letter"}})
		var inKit, onSite, named []string
		for _, r := range res {
			name := filepath.Base(r.Path)
			switch site := strings.Contains(filepath.ToSlash(r.Path), "/site/"); {
			case strings.HasSuffix(name, ".html"):
				page := mustReadFile(t, r.Path)
				if i := strings.Index(strings.ToLower(page), "discre"); i >= 0 {
					named = append(named, r.Path+": "+page[max(0, i-60):i+40])
				}
			case strings.HasPrefix(name, "cards-discreet-") && site:
				onSite = append(onSite, name)
			case strings.HasPrefix(name, "cards-discreet-"):
				inKit = append(inKit, name)
			}
		}
		if len(inKit) != 2 {
			t.Errorf("discreet %v: the kit holds the discreet sheets %v, want en's and es's", discreet, inKit)
		}
		if discreet && (len(onSite) > 0 || len(named) > 0) {
			t.Errorf("a discreet site holds %v and its pages name them: %q", onSite, named)
		}
		if !discreet && (len(onSite) != 2 || len(named) < 3) { // en, es and the front page
			t.Errorf("a plain site holds %v and its pages name them %d times, want each language's and every page", onSite, len(named))
		}
	}
}
