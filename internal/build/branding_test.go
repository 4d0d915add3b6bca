package build

import (
	"context"
	"io/fs"
	"path/filepath"
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
		contact = "help@coalition-against-trafficking-neo.org · (216) 555-0242"
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
				if d := ink[a] - ink[b]; d >= -2 && d <= 2 || d >= -4 && d <= 4 && (isMark(ca.Text) || isMark(cb.Text)) {
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
// language's text.yaml): each language's outputs print its own, read back from the PDF.
func TestOrganisationPerLanguage(t *testing.T) {
	es, _ := fs.ReadFile(defaultcontent.FS, "es/text.yaml")
	text := strings.Replace(string(es), "\nhotline_name:", "\norganisation:\n  name: La Misión Refugio\n  contact: \"ayuda@example.org\"\n\nhotline_name:", 1)
	if text == string(es) {
		t.Fatal("es/text.yaml has no hotline_name line to put the organisation before")
	}
	res := runFiles(t, map[string]string{"es/text.yaml": text}, Options{Kinds: []string{"handout", "poster"}, Papers: []string{"letter"}})
	for _, r := range res {
		got := strings.Join(pageTexts(readPDF(t, r.Path)), " ")
		spanish := strings.Contains(r.Path, "-es-")
		if strings.Contains(got, "La Misión Refugio") != spanish || strings.Contains(got, "The Mission Haven") == spanish {
			t.Errorf("%s: Spanish name %v, English name %v", filepath.Base(r.Path), strings.Contains(got, "La Misión Refugio"), strings.Contains(got, "The Mission Haven"))
		}
		if spanish && !strings.Contains(got, "ayuda@example.org") {
			t.Errorf("%s lacks the Spanish contact line", filepath.Base(r.Path))
		}
	}
}

// isMark reports whether a character as PDFium reads it is a combining mark.
func isMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}
