package build

import (
	"context"
	"html"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/typeface"
)

// A long organisation name, a contact line and a long page address must print whole on every
// output, without one text running into another, and every code must still open the page.
func TestLongBrandingFitsEverywhere(t *testing.T) {
	const (
		org     = "The Coalition Against Human Trafficking of Northeast Ohio"
		contact = "help@coalition-against-trafficking-neo.org · (216) 556-0242"
		url     = "https://www.coalition-against-trafficking-neo.org/resources/dmst-faq-guide"
	)
	settings, _ := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	s := strings.NewReplacer("  name: The Mission Haven", "  name: "+org, `  contact: ""`, `  contact: "`+contact+`"`).Replace(string(settings))
	ct, err := content.Load(contentWith(t, nil, map[string]string{"settings.yaml": s}), "content", content.Overrides{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: t.TempDir(), Kinds: kinds.PrintedNames(), Langs: []string{"en"}, Created: epoch})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		name := filepath.Base(r.Path)
		t.Run(name, func(t *testing.T) {
			rb := open(t, r.Path)
			want := []string{"www.coalition-against-trafficking-neo.org/"}
			if strings.HasPrefix(name, "cards-discreet") { // prints no address but cards.discreet_url
				want = nil
			} else if !strings.HasPrefix(name, "card") {
				want = append(want, org)
				want = append(want, strings.Split(contact, " · ")...) // the separator is left out where the line breaks
			}
			for _, w := range want {
				if !strings.Contains(rb.text, w) {
					t.Errorf("%q is not printed", w)
				}
			}
			for _, c := range r.Codes {
				if got := decodeAt(t, rb, c); got != url { // no campaign: the address as it is
					t.Errorf("the QR code on page %d opens %q", c.Page+1, got)
				}
			}
			checkNoOverlap(t, rb)
		})
	}
}

// checkNoOverlap fails when the ink of two characters overlaps, or a character leaves the page:
// the sign of a text drawn over another.
func checkNoOverlap(t *testing.T, rb *readBack) {
	t.Helper()
	for p := 0; p < rb.pages; p++ {
		chars, err := rb.doc.Chars(p)
		if err != nil {
			t.Fatal(err)
		}
		w, h, err := rb.doc.Size(p)
		if err != nil {
			t.Fatal(err)
		}
		var ink []int
		for i, c := range chars {
			if strings.TrimSpace(c.Text) == "" || c.Right <= c.Left {
				continue
			}
			if c.Left < 0 || c.Top < 0 || c.Right > w || c.Bottom > h {
				t.Errorf("page %d: %q at %.0f,%.0f leaves the page", p+1, c.Text, c.Left, c.Top)
			}
			ink = append(ink, i)
		}
		sort.Slice(ink, func(a, b int) bool { return chars[ink[a]].Top < chars[ink[b]].Top })
		const slack = 0.4 // glyph boxes of neighbours may touch
		bad := 0
		for a := range ink {
			ca := chars[ink[a]]
			for b := a + 1; b < len(ink) && chars[ink[b]].Top < ca.Bottom-slack; b++ {
				cb := chars[ink[b]]
				if d := ink[a] - ink[b]; d >= -2 && d <= 2 || d >= -4 && d <= 4 && (isMark(ca.Text) || isMark(cb.Text)) || d >= -8 && d <= 8 && shaped(ca.Text) && shaped(cb.Text) {
					continue // neighbours in a word: a q's tail may reach under the next letter; an
					// Arabic vowel sign sits on its letter, a ligature's two and another sign apart
				}
				if cb.Left < ca.Right-slack && ca.Left < cb.Right-slack {
					if bad++; bad <= 3 {
						t.Errorf("page %d: %q at %.0f,%.0f overlaps %q at %.0f,%.0f", p+1, ca.Text, ca.Left, ca.Top, cb.Text, cb.Left, cb.Top)
					}
				}
			}
		}
	}
}

// The organisation's name and contact line may differ per language (organisation: in a
// language's text.yaml), each on its own: what a language leaves out is settings.yaml's.
// Each language's handout, poster and resource page print its own, read back from the PDF
// and the page's text.
func TestOrganisationPerLanguage(t *testing.T) {
	settings, _ := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	s := strings.Replace(string(settings), `  contact: ""`, `  contact: "help@samples.org"`, 1)
	es, _ := fs.ReadFile(defaultcontent.FS, "es/text.yaml")
	for _, c := range []struct {
		name, org, want string // what es/text.yaml's organisation: gives, and what Spanish prints
	}{
		{"name and contact", "  name: La Misión Refugio\n  contact: ayuda@samples.org\n", "La Misión Refugio|ayuda@samples.org"},
		{"name only", "  name: La Misión Refugio\n", "La Misión Refugio|help@samples.org"},
		{"contact only", "  contact: ayuda@samples.org\n", "The Mission Haven|ayuda@samples.org"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(string(es), "\nhotline_name:", "\norganisation:\n"+c.org+"\nhotline_name:", 1)
			if text == string(es) || s == string(settings) {
				t.Fatal("the default content has no contact line or hotline_name line to replace")
			}
			res := runFiles(t, map[string]string{"settings.yaml": s, "es/text.yaml": text}, Options{Kinds: []string{"handout", "poster", "site"}, Papers: []string{"letter"}})
			all := "La Misión Refugio|ayuda@samples.org|The Mission Haven|help@samples.org"
			check := func(name, got string, spanish bool) {
				want := "The Mission Haven|help@samples.org"
				if spanish {
					want = c.want
				}
				for _, w := range strings.Split(all, "|") {
					if strings.Contains(got, w) != strings.Contains(want, w) {
						t.Errorf("%s: prints %q %v, want %v", name, w, !strings.Contains(want, w), strings.Contains(want, w))
					}
				}
			}
			for _, r := range res {
				if name := filepath.Base(r.Path); strings.HasPrefix(name, "handout-") || strings.HasPrefix(name, "poster-") { // the cards print no organisation
					check(filepath.Base(r.Path), strings.Join(pageTexts(readPDF(t, r.Path)), " "), strings.Contains(r.Path, "-es-"))
				}
			}
			out := filepath.Dir(res[0].Path)
			for _, lang := range []string{"en", "es"} {
				page := mustReadFile(t, filepath.Join(out, "site", lang, "index.html"))
				check(lang+"/index.html", html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, "")), lang == "es")
			}
		})
	}
}

// A language's fonts are chosen for what it prints: settings.yaml's contact line in Ethiopic,
// which the built-in fonts lack, needs no font in an English edition that writes its own
// contact in its place, and is printed whole, or refused for want of a font, in one that
// writes only its own name.
func TestOrganisationPerLanguageFonts(t *testing.T) {
	settings, _ := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	s := strings.Replace(string(settings), `  contact: ""`, `  contact: "ቦሌ መንገድ 12, አዲስ አበባ"`, 1)
	en, _ := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	for _, c := range []struct{ name, org, want string }{ // want: a text of the handout, or the error
		{"its own contact", "  contact: 12 Bole Road, Addis Ababa\n", "12 Bole Road, Addis Ababa"},
		{"its own name only", "  name: The Haven of Addis\n", "en needs a font for its Ethiopic characters"},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := map[string]string{"settings.yaml": s, "en/text.yaml": string(en) + "\norganisation:\n" + c.org}
			res, _, err := runWith(t, contentWith(t, nil, files), Options{Kinds: []string{"handout"}, Papers: []string{"letter"}, Langs: []string{"en"}})
			if err != nil {
				if !strings.Contains(err.Error(), c.want) {
					t.Fatalf("got %v, want %s", err, c.want)
				}
				return
			}
			if got := strings.Join(pageTexts(readPDF(t, res[0].Path)), " "); !strings.Contains(got, c.want) || strings.Contains(got, "አዲስ") {
				t.Errorf("%s prints %q, want %q and not settings.yaml's contact", filepath.Base(res[0].Path), got, c.want)
			}
		})
	}
}

// isMark reports whether a character as PDFium reads it is a combining mark.
// shaped reports whether s is of a script whose glyphs HarfBuzz sets in clusters that may
// overlap their neighbours (a conjunct's half form under the next letter, a vowel sign over
// its consonant), each copying as a letter of its cluster: a cluster may have eight
// (राष्ट्रीय's ष्ट्री).
func shaped(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return typeface.Shaped(r) || unicode.Is(unicode.Hebrew, r) || unicode.Is(unicode.Co, r) // a pointed Hebrew word's, a mark's glyph PDFium gives no letter
}

func isMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}
