package build

import (
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/layout"
)

func TestPostersReadBack(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"poster"}})
	byName := map[string]Result{}
	for _, r := range res {
		byName[filepath.Base(r.Path)] = r
	}
	for _, lang := range []string{"en", "es"} {
		for _, paper := range layout.PosterPapers {
			file := "poster-" + lang + "-" + paper + ".pdf"
			t.Run(file, func(t *testing.T) {
				r, ok := byName[file]
				if !ok {
					t.Fatal("not built")
				}
				p := layout.Papers[paper]
				rb := open(t, r.Path)
				checkNoOverlap(t, rb)
				if rb.pages != 1 {
					t.Fatalf("%d pages, want 1", rb.pages)
				}
				w, h, _ := rb.doc.Size(0)
				if abs(w-p.W) > 0.5 || abs(h-p.H) > 0.5 {
					t.Errorf("page %.1f x %.1f pt, want %.1f x %.1f", w, h, p.W, p.H)
				}
				for _, s := range []string{"1-888-373-7888", "233733", "911", "The Mission Haven", "humantraffickinghotline.org"} {
					if !strings.Contains(rb.text, s) {
						t.Errorf("%q not found", s)
					}
				}
				if len(r.Codes) != 1 {
					t.Fatalf("%d QR codes, want 1", len(r.Codes))
				}
				c := r.Codes[0]
				if c.Box.W < 0.2*p.W-0.01 || c.Box.W < 1.3*72-0.01 {
					t.Errorf("QR printed %.2f in wide; want at least 20%% of %.1f in and 1.3 in", c.Box.W/72, p.W/72)
				}
				if got := decodeAt(t, rb, c); got != "https://humantraffickinghotline.org" {
					t.Errorf("QR decodes to %q", got)
				}
				num, biggest := numberSize(t, rb, "1-888-373-7888")
				if num < p.W/22-0.01 {
					t.Errorf("the number is set at %.1f pt; want at least %.1f (page width / 22)", num, p.W/22)
				}
				if num < biggest-0.01 {
					t.Errorf("the number (%.1f pt) is not the largest text; something is %.1f pt", num, biggest)
				}
				if head := headlineSize(t, rb); num < 1.35*head-0.01 {
					t.Errorf("the number (%.1f pt) is under 1.35 times the headline (%.1f pt)", num, head)
				}
				checkTypeSizes(t, rb, 0, p.H/60)
			})
		}
	}
}

// numberSize is the type size of the hotline number on page 1, and the largest size there.
func numberSize(t *testing.T, rb *readBack, number string) (float64, float64) {
	t.Helper()
	chars, err := rb.doc.Chars(0)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, c := range chars {
		text.WriteString(c.Text)
	}
	s := text.String()
	i := strings.Index(s, number)
	if i < 0 {
		t.Fatalf("%s not found among the characters", number)
	}
	// chars are one rune each; find the rune index of the byte offset
	idx := len([]rune(s[:i]))
	size, biggest := chars[idx].Size, 0.0
	for _, c := range chars {
		biggest = max(biggest, c.Size)
	}
	return size, biggest
}

// headlineSize is the size of the headline, the first text on the page.
func headlineSize(t *testing.T, rb *readBack) float64 {
	t.Helper()
	chars, err := rb.doc.Chars(0)
	if err != nil || len(chars) == 0 {
		t.Fatalf("no characters: %v", err)
	}
	return chars[0].Size
}

func TestTearOffTabs(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"poster"}, Papers: []string{kinds.TearOff}})
	for _, lang := range []string{"en", "es"} {
		var r Result
		for _, x := range res {
			if filepath.Base(x.Path) == "poster-tearoff-"+lang+"-letter.pdf" {
				r = x
			}
		}
		if r.Path == "" {
			t.Fatalf("poster-tearoff-%s-letter.pdf not built", lang)
		}
		rb := open(t, r.Path)
		checkNoOverlap(t, rb)
		chars, err := rb.doc.Chars(0)
		if err != nil {
			t.Fatal(err)
		}
		var rotated strings.Builder
		small := 100.0
		for _, c := range chars {
			if c.Angle != 0 && strings.TrimSpace(c.Text) != "" {
				rotated.WriteString(c.Text)
				small = min(small, c.Size)
			}
		}
		if n := strings.Count(rotated.String(), "1-888-373-7888"); n != 8 {
			t.Errorf("%s: %d tabs carry the number in rotated type; want 8", lang, n)
		}
		if n := strings.Count(rotated.String(), "233733"); n != 8 {
			t.Errorf("%s: %d tabs carry the text line; want 8", lang, n)
		}
		if small < 9 {
			t.Errorf("%s: tab type at %.1f pt; want at least 9", lang, small)
		}
		if got := decodeAt(t, rb, r.Codes[0]); got != "https://humantraffickinghotline.org" {
			t.Errorf("%s: QR decodes to %q", lang, got)
		}
	}
}
