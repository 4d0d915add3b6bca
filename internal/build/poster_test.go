package build

import (
	"path/filepath"
	"strconv"
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
				// read from afar: the QR code 28-30% of the width, the number across 90% of the band
				if far := p.W >= layout.FarWidth; far {
					t.Logf("QR code %.1f%% of the width, number %.1f%% of the live width", 100*c.Box.W/p.W, 100*numberWidth(r.doc, "1-888-373-7888")/(p.W-2*max(0.4*72, 0.04*min(p.W, p.H))))
					if f := c.Box.W / p.W; f < 0.28 || f > 0.30 {
						t.Errorf("QR code %.0f%% of the width; want 28-30%% on a poster read from afar", 100*f)
					}
					if f := numberWidth(r.doc, "1-888-373-7888") / (p.W - 2*max(0.4*72, 0.04*min(p.W, p.H))); f < 0.88 {
						t.Errorf("the number spans %.0f%% of the live width; want about 90%%", 100*f)
					}
				}
				// the hotline's label no smaller than the facts
				label := map[string]string{"en": "National Human Trafficking Hotline", "es": "Línea Nacional Contra la Trata de Personas"}[lang]
				if l, f := sizeOf(t, rb, 0, label), sizeOf(t, rb, 0, factStart[label]); l < f-0.01 {
					t.Errorf("the hotline's label at %.1f pt is smaller than the facts at %.1f pt", l, f)
				}
				if head := headlineSize(t, rb); num < 1.35*head-0.01 {
					t.Errorf("the number (%.1f pt) is under 1.35 times the headline (%.1f pt)", num, head)
				}
				checkTypeSizes(t, rb, 0, p.H/60)
			})
		}
	}
}

// factStart is how the first fact begins, by the hotline label of its language.
var factStart = map[string]string{"National Human Trafficking Hotline": "Most victims", "Línea Nacional Contra la Trata de Personas": "La víctima"}

// numberWidth is the width of the widest drawn text that is exactly s.
func numberWidth(doc *layout.Doc, s string) float64 {
	w := 0.0
	for _, it := range doc.Pages[0].Items {
		if tx, ok := it.(layout.Text); ok && tx.S == s {
			w = max(w, tx.W)
		}
	}
	return w
}

// numberSize is the type size of the hotline number on page 1, where it is printed largest, and
// the largest size there.
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
	if !strings.Contains(s, number) {
		t.Fatalf("%s not found among the characters", number)
	}
	// the number where it is printed largest: a text may say it too ("Call 1-800-799-7233, 24/7")
	size, biggest := 0.0, 0.0
	for i, from := 0, 0; from < len(s); from = i + len(number) {
		k := strings.Index(s[from:], number)
		if k < 0 {
			break
		}
		i = from + k
		size = max(size, chars[len([]rune(s[:i]))].Size) // chars are one rune each
	}
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

// The tear-off flyer, on Letter and on A4, read back from each PDF: its page size, eight tabs
// with the number and the text line turned up them, nothing under the floor, the cut lines, the
// QR code.
func TestTearOffTabs(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"poster"}, Papers: []string{kinds.TearOff, kinds.TearOffA4}})
	for _, tt := range []struct{ lang, paper string }{{"en", "letter"}, {"es", "letter"}, {"en", "a4"}, {"es", "a4"}} {
		lang, paper := tt.lang+" "+tt.paper, layout.Papers[tt.paper]
		name := "poster-tearoff-" + tt.lang + "-" + tt.paper + ".pdf"
		var r Result
		for _, x := range res {
			if filepath.Base(x.Path) == name {
				r = x
			}
		}
		if r.Path == "" {
			t.Fatalf("%s not built", name)
		}
		rb := open(t, r.Path)
		if w, h, _ := rb.doc.Size(0); abs(w-paper.W) > 0.5 || abs(h-paper.H) > 0.5 {
			t.Errorf("%s: page %.1f x %.1f pt, want %.1f x %.1f", lang, w, h, paper.W, paper.H)
		}
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
		// nothing under the kit's floor, 1/60 of the page height, the tabs included
		floor := paper.H / 60
		for _, c := range chars {
			if strings.TrimSpace(c.Text) != "" && c.Size < floor-0.01 {
				t.Fatalf("%s: %q at %.1f pt, under the floor of %.1f pt", lang, c.Text, c.Size, floor)
			}
		}
		// a dashed cut line at both ends of the tabs and between each two
		cuts := 0
		for _, it := range r.doc.Pages[0].Items {
			if l, ok := it.(layout.Rule); ok && l.Dash > 0 && l.X1 == l.X2 {
				cuts++
			}
		}
		if cuts != 9 {
			t.Errorf("%s: %d vertical cut lines; want 9, at both ends of the 8 tabs and between them", lang, cuts)
		}
		if got := decodeAt(t, rb, r.Codes[0]); got != "https://humantraffickinghotline.org" {
			t.Errorf("%s: QR decodes to %q", lang, got)
		}
	}
}

// The tear-off flyer prints every fact that fits and names, in its note, each one it leaves
// out, setting its headline down to three quarters of its size, no less, before it leaves one
// out: the built-in four under a one-line headline (at full size) and under the built-in
// two-line one (smaller); under three lines, written so, as the built-in Spanish is; and six, of
// which it prints what fits.
func TestTearOffPrintsOrNamesEachFact(t *testing.T) {
	text := mustReadFile(t, filepath.Join("..", "..", "content", "en", "text.yaml"))
	const builtin = "    - \"Warning signs: unexplained cash, a controlling adult.\"\n"
	full := 0.0 // the headline's size with room to spare, from the first case
	for _, tt := range []struct {
		name     string
		headline string // in place of the built-in, which takes two lines
		facts    string // what replaces the built-in fourth fact
		printed  int    // how many facts print
		leftOut  string // what the note says of those left out
		smaller  bool   // whether the headline is set smaller than full
	}{
		{"four, under a one-line headline", "Anyone can help.", builtin, 4, "", false},
		{"the built-in four", "", builtin, 4, "", true},
		{"four, under three lines", `"Any child\ncan be trafficked.\nAnyone can help."`, builtin, 3, `prints 3 of its 4 facts, leaving out poster.facts[4] "Warning signs: unexplained cash, a controlling adult."`, true},
		{"six", "", builtin + "    - It is free.\n    - Anyone can call.\n", 4, "prints 4 of its 6 facts, leaving out poster.facts[5] to poster.facts[6]", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			const headline = "headline: Any child can be trafficked. Anyone can help."
			if !strings.Contains(text, builtin) || !strings.Contains(text, headline) {
				t.Fatalf("en/text.yaml has no %q or %q", builtin, headline)
			}
			edited := strings.Replace(text, builtin, tt.facts, 1)
			if tt.headline != "" {
				edited = strings.Replace(edited, headline, "headline: "+tt.headline, 1)
			}
			res := runFiles(t, map[string]string{"en/text.yaml": edited}, Options{Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"tearoff"}})
			r := resultOf(t, res, "poster-tearoff-en-letter.pdf")
			rb := open(t, r.Path)
			facts := []string{"Most victims know their trafficker.", "A minor cannot consent to commercial sex.", "Recruiting happens in schools, malls and online."}
			for _, l := range strings.Split(strings.TrimSpace(tt.facts), "\n") {
				facts = append(facts, strings.Trim(strings.TrimPrefix(strings.TrimSpace(l), "- "), `"`))
			}
			for i, f := range facts {
				if got := strings.Contains(rb.text, f); got != (i < tt.printed) {
					t.Errorf("poster.facts[%d] %q printed: %v; want the first %d of %d printed", i+1, f, got, tt.printed, len(facts))
				}
			}
			if got := r.Note != ""; got != (tt.leftOut != "") || !strings.Contains(r.Note, tt.leftOut) {
				t.Errorf("note %q; want one saying %q", r.Note, tt.leftOut)
			}
			size := headlineSize(t, rb)
			if full == 0 {
				full = size
			}
			if got := size < full-0.01; got != tt.smaller || size < 0.75*full-0.01 {
				t.Errorf("headline at %.1f pt, full size %.1f pt: set smaller %v, want %v, and never under three quarters", size, full, got, tt.smaller)
			}
		})
	}
}

// A poster that prints fewer facts than it is given names those it leaves out, as the tear-off
// flyer does: the built-in Letter poster's fourth, which would fit only in smaller type, and
// the large posters', read from across a room, which print three at most by design.
func TestPosterNamesTheFactsItLeavesOut(t *testing.T) {
	const fourth = `prints 3 of its 4 facts, leaving out poster.facts[4] "Warning signs: unexplained cash, a controlling adult."`
	far := fourth + ": read from across a room, a poster this size prints three at most, the first three of poster.facts (put first the ones it must print)"
	want := map[string]string{
		"letter": "the letter poster " + fourth + ": all of them fit only in smaller type",
		"18x24":  "the 18x24 poster " + far,
		"24x36":  "the 24x36 poster " + far,
		"a2":     "the a2 poster " + far,
		"a4":     "", "tabloid": "", "a3": "",
	}
	res := runFiles(t, nil, Options{Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: layout.PosterPapers})
	for _, paper := range layout.PosterPapers {
		if got := resultOf(t, res, "poster-en-"+paper+".pdf").Note; got != want[paper] {
			t.Errorf("%s: note %q, want %q", paper, got, want[paper])
		}
	}
}

// A headline that starts each sentence on a new line is kept only while it costs at most two
// steps of size: a long sentence alone on its line set the whole Letter poster smaller, its
// headline at two thirds of the size the same words take broken freely (a Vietnamese
// edition's). Read back, the headline of three sentences, one long, is nearly as large as the
// same words in one sentence.
func TestLongSentenceDoesNotShrinkThePoster(t *testing.T) {
	text := mustReadFile(t, filepath.Join("..", "..", "content", "en", "text.yaml"))
	const headline = "headline: Any child can be trafficked. Anyone can help."
	if !strings.Contains(text, headline) {
		t.Fatalf("en/text.yaml has no %q", headline)
	}
	size := func(h string) float64 {
		res := runFiles(t, map[string]string{"en/text.yaml": strings.Replace(text, headline, "headline: "+h, 1)}, Options{Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"letter"}})
		return headlineSize(t, open(t, resultOf(t, res, "poster-en-letter.pdf").Path))
	}
	sentences := size("Bạn không đơn độc. Bạo lực gia đình không bao giờ là lỗi của bạn. Hãy gọi cho chúng tôi.")
	one := size("Bạn không đơn độc, bạo lực gia đình không bao giờ là lỗi của bạn, hãy gọi cho chúng tôi")
	if sentences < 0.85*one {
		t.Errorf("the headline in sentences is %.1f pt, in one sentence %.1f pt", sentences, one)
	}
}

// A poster whose texts its layout for reading from across a room cannot hold says so in its
// note, with what to do once.
func TestFarPosterSaysWhatToDoOnce(t *testing.T) {
	long := func(s string) string { return strings.Repeat(s+" ", 3) }
	files := map[string]string{"en/text.yaml": withFile(t, "en/text.yaml",
		"- Most victims know their trafficker.", "- "+long("Most victims know the person who exploits them."),
		"- A minor cannot consent to commercial sex.", "- "+long("A minor cannot consent to commercial sex."),
		"- Recruiting happens in schools, malls and online.", "- "+long("Recruiting happens in schools, malls and online."))}
	res := runFiles(t, files, Options{Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"18x24"}})
	note := resultOf(t, res, "poster-en-18x24.pdf").Note
	if !strings.Contains(note, "laid out as for a nearer reader") || strings.Count(note, "shorten") != 1 {
		t.Errorf("note %q; want it to say once to shorten the texts", note)
	}
}

// A poster read from across a room (18 x 24 in, 24 x 36 in) whose texts its layout cannot hold
// is laid out as for a nearer reader, with a smaller QR code than the same content's other
// large poster: the build's note says so, and why, as it names a fact left out. A long
// address beside the code is such a text on the 24 x 36 in, whose type may be no smaller
// than on the 18 x 24 in relative to its page's height. Read back from the laid-out pages:
// a code under the far size has the note, and one at it has none.
func TestFarPosterSaysItIsLaidOutNearer(t *testing.T) {
	const long = "https://www.tuscarawascarrollharrisoncrisis.org/get-help-now/crisis-line"
	for _, tt := range []struct {
		url  string
		near map[string]bool // by paper: laid out as for a nearer reader
	}{
		{"https://humantraffickinghotline.org", map[string]bool{"18x24": false, "24x36": false}},
		{long, map[string]bool{"18x24": false, "24x36": true}},
	} {
		t.Run(tt.url, func(t *testing.T) {
			files := map[string]string{"settings.yaml": withSettings(t, "resource_url: https://humantraffickinghotline.org", "resource_url: "+tt.url)}
			res := runFiles(t, files, Options{Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"18x24", "24x36"}})
			for paper, near := range tt.near {
				r := resultOf(t, res, "poster-en-"+paper+".pdf")
				pg := r.doc.Pages[0]
				var code layout.QR
				for _, it := range pg.Items {
					if q, ok := it.(layout.QR); ok {
						code = q
					}
				}
				if share := code.Size() / pg.W; (share < 0.28) != near {
					t.Errorf("%s: the code is %.0f%% of the width; want it laid out as for a nearer reader: %v", paper, 100*share, near)
				}
				said := strings.Contains(r.Note, "laid out as for a nearer reader, its QR code")
				if said != near || near && !strings.Contains(r.Note, "resource_url: "+strconv.Quote(strings.TrimPrefix(long, "https://"))) {
					t.Errorf("%s: note %q; want one saying it is laid out as for a nearer reader, and why: %v", paper, r.Note, near)
				}
			}
		})
	}
}
