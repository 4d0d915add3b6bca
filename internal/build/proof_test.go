package build

import (
	"cmp"
	"context"
	"fmt"
	"haven/internal/typeface"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/readback"
)

// The proof sheet, read back from its bytes: one sheet per twelve pages of the kit, on the
// paper asked for, with a label naming each page of each file, its paper and its QR address,
// and under each label the page itself: every text of the page, smaller.
func TestProofSheet(t *testing.T) {
	for _, paper := range []string{"letter", "a4"} {
		t.Run(paper, func(t *testing.T) {
			out := t.TempDir()
			res := kit(t, content.Overrides{}, Options{Out: out, Proof: paper})
			proof := res[len(res)-1]
			if proof.Path != filepath.Join(out, ProofName) {
				t.Fatalf("the last file is %s, not the proof sheet", proof.Path)
			}
			checkTagged(t, tool(t, "pdfinfo", "poppler-utils"), tool(t, "qpdf", "qpdf"), proof.Path)
			pages := readPDF(t, proof.Path)
			made := printed(res[:len(res)-1])
			total := 0
			for _, r := range made {
				total += r.Pages
			}
			if want := (total + 11) / 12; len(pages) != want {
				t.Errorf("the proof has %d sheets for %d pages, want %d", len(pages), total, want)
			}
			// a reader meets the heading and its note once, on the first sheet; then each
			// thumbnail (a Figure) and its label (a P)
			raw, err := os.ReadFile(proof.Path)
			if err != nil {
				t.Fatal(err)
			}
			tree := treeOf(t, raw)
			roles := map[string]int{}
			tree.Root.Walk(func(e *readback.Elem) { roles[e.Role]++ })
			if roles["H1"] != 1 || roles["Figure"] != total || roles["P"] != total+1 {
				t.Errorf("the proof's structure has %d H1, %d Figure and %d P elements, want 1, %d and %d", roles["H1"], roles["Figure"], roles["P"], total, total+1)
			}
			texts := map[string]int{} // every text on the proof, and how often
			var labels []string
			for _, p := range pages {
				if math.Abs(p.W-layout.Papers[paper].W) > 0.1 || math.Abs(p.H-layout.Papers[paper].H) > 0.1 {
					t.Errorf("a proof sheet is %.0f x %.0f pt, not %s", p.W, p.H, paper)
				}
				for _, tx := range p.Texts {
					texts[tx.S]++
					labels = append(labels, tx.S)
				}
			}
			all := strings.Join(labels, "\n")
			for _, r := range made {
				name := filepath.Base(r.Path)
				for n, p := range r.doc.Pages {
					label := name
					if r.Pages > 1 {
						label += fmt.Sprintf("  p. %d/%d", n+1, r.Pages)
					}
					want := label + "\n" + layout.PaperLabel(p) + "\n"
					if urls := pageURLs(p); urls != "" {
						want += "QR: " + urls
					}
					if !strings.Contains(all, want) {
						t.Errorf("no label %q", want)
					}
					for _, it := range p.Items {
						if tx, ok := it.(layout.Text); ok {
							if texts[tx.S] == 0 {
								t.Errorf("%s page %d: the thumbnail lacks %q", name, n+1, tx.S)
							}
						}
					}
				}
			}
		})
	}
}

// pageURLs is the addresses a page's QR codes open, as the label writes them.
func pageURLs(p layout.Page) string {
	var urls []string
	for _, it := range p.Items {
		if q, ok := it.(layout.QR); ok && !strings.Contains(strings.Join(urls, " "), q.URL) {
			urls = append(urls, q.URL)
		}
	}
	return strings.Join(urls, " ")
}

// printed is the results that are printed documents (not the resource page's files).
func printed(res []Result) []Result {
	var out []Result
	for _, r := range res {
		if r.doc != nil {
			out = append(out, r)
		}
	}
	return out
}

// A language set with a fallback family (Atkinson with Noto Sans Arabic for Persian) is not
// drawn in the proof's family alone: the proof sheet shows its lines as grey bars, or, when
// every file is in that family, is set in it; a user's font first (settings font:) or last,
// one language or several, the proof and the print guides are made and read back.
func TestProofOfArabicScript(t *testing.T) {
	arabic := notoFamily(t, "NotoSansArabic", "Noto Sans Arabic")
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name       string
		langs      []string
		userFirst  bool
		wantArabic bool // the Persian is drawn on the proof, not greyed
	}{
		{"en and fa", []string{"en", "fa"}, false, false},
		{"en and fa, font first", []string{"en", "fa"}, true, false},
		{"fa alone", []string{"fa"}, false, true},
		{"fa alone, font first", []string{"fa"}, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ct, err := content.Load(contentWith(t, []string{"fa"}, nil), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			all := append(slices.Clone(fams), arabic)
			if tt.userFirst {
				all = append([]*typeface.Family{arabic}, fams...)
			}
			out := t.TempDir()
			o := Options{Content: ct, Families: all, Out: out, Kinds: []string{"handout", "poster"},
				Langs: tt.langs, Papers: []string{"letter"}, Created: epoch, Proof: "letter", Guide: "letter"}
			if _, _, err := Check(context.Background(), o); err != nil { // check makes the proof too
				t.Fatal(err)
			}
			res, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			arabicIn := func(rb *readBack) bool {
				return strings.ContainsFunc(rb.text, func(r rune) bool { return unicode.Is(unicode.Arabic, r) })
			}
			proof := open(t, filepath.Join(out, ProofName))
			if got := arabicIn(proof); got != tt.wantArabic {
				t.Errorf("Persian drawn on the proof: %v, want %v", got, tt.wantArabic)
			}
			// the pages it greys are drawn on a sheet of their own, and only those
			_, err = os.Stat(filepath.Join(out, ProofFile("fa")))
			if tt.wantArabic != (err != nil) {
				t.Errorf("%s made: %v, want %v", ProofFile("fa"), err == nil, !tt.wantArabic)
			}
			if err == nil && !arabicIn(open(t, filepath.Join(out, ProofFile("fa")))) {
				t.Errorf("%s does not draw the Persian", ProofFile("fa"))
			}
			if len(res) < 3 {
				t.Errorf("%d files made", len(res))
			}
		})
	}
}

// A thumbnail on the proof sheet of a file in another language than the sheet's English holds
// its text in a Span of that language, so that a screen reader reads its lines (an Arabic
// file's Spans that read as written, /ActualText) in their own; its figure's alternative text,
// the sheet's words, stays English, and a thumbnail of an English file is the sheet's. Read
// back from the proof's structure tree.
func TestProofThumbnailsInTheirLanguage(t *testing.T) {
	arabic := notoFamily(t, "NotoSansArabic", "Noto Sans Arabic")
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang       string
		actualText bool // its lines are drawn otherwise than written, each a Span
	}{{"en", false}, {"es", false}, {"fa", true}} {
		t.Run(tt.lang, func(t *testing.T) {
			ct, err := content.Load(contentWith(t, []string{"fa"}, nil), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			o := Options{Content: ct, Families: append(slices.Clone(fams), arabic), Out: out, Kinds: []string{"handout"},
				Langs: []string{tt.lang}, Papers: []string{"letter"}, Created: epoch, Proof: "letter"}
			if _, err := Run(context.Background(), o); err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(filepath.Join(out, ProofName))
			if err != nil {
				t.Fatal(err)
			}
			tree := treeOf(t, raw)
			if tree.Lang != "en" {
				t.Fatalf("the proof's language is %q", tree.Lang)
			}
			want := map[bool]string{true: "", false: tt.lang}[tt.lang == "en"] // a Lang of its own only when not the sheet's
			figures, spans := 0, 0
			var walk func(e *readback.Elem, lang string)
			walk = func(e *readback.Elem, lang string) {
				lang = cmp.Or(e.Lang, lang)
				if e.ActualText != "" && strings.ContainsFunc(e.ActualText, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
					if spans++; lang != tt.lang {
						t.Errorf("the Span %q is in %q, not %q", e.ActualText, lang, tt.lang)
					}
				}
				for _, k := range e.Kids {
					if k.Elem != nil {
						walk(k.Elem, lang)
					}
				}
			}
			tree.Root.Walk(func(e *readback.Elem) {
				if e.Role != "Figure" {
					return
				}
				figures++
				if e.Lang != "" {
					t.Errorf("the figure %q is in %q: its alternative text is English", e.Alt, e.Lang)
				}
				var held []string // the languages of what it holds
				for _, k := range e.Kids {
					if k.Elem != nil {
						held = append(held, k.Elem.Lang)
					}
				}
				if want != "" && !slices.Equal(held, []string{want}) || want == "" && len(held) > 0 {
					t.Errorf("the figure %q holds elements in %q, want its content in %q", e.Alt, held, want)
				}
				walk(e, tree.Lang)
			})
			if figures == 0 || tt.actualText != (spans > 0) {
				t.Errorf("%d thumbnails, %d Spans of Persian read as written", figures, spans)
			}
		})
	}
}
