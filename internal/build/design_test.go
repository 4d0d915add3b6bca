package build

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/layout"
	"haven/internal/pdfread"
	"haven/internal/typeface"
)

// TestHandoutDesign reads back, for each language and paper, what the handout's design
// promises: the hotline box leads with the number at 28 pt bold, in one order (label, number,
// text line, 911 last and smaller); 12 pt lines of 45 to 75 characters; the last page ends in
// the closing panel with the numbers and a QR code; large print at 18 pt or more everywhere,
// footer and page numbers too, and nothing but the title and the box on page 1.
func TestHandoutDesign(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"handout"}})
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Result{}
	for _, r := range res {
		byName[filepath.Base(r.Path)] = r
	}
	for _, lang := range ct.Languages {
		for _, paper := range []string{"letter", "a4"} {
			for _, large := range []bool{false, true} {
				name := "handout-" + lang.Code + "-" + paper + ".pdf"
				if large {
					name = "handout-large-" + lang.Code + "-" + paper + ".pdf"
				}
				t.Run(name, func(t *testing.T) {
					r, ok := byName[name]
					if !ok {
						t.Fatalf("not built")
					}
					rb := open(t, r.Path)
					help := lang.Text.Help
					p1, _ := rb.doc.Text(0)
					p1 = fold(p1)
					// one order: label, number, text line, 911
					at := -1
					for _, s := range []string{help.CallLabel.Text, help.Call.Text, help.Text.Text, help.Danger.Text} {
						i := strings.Index(p1, fold(s))
						if i <= at {
							t.Errorf("page 1: %q is not after the one before it in the box (at %d, after %d)", s, i, at)
						}
						at = i
					}
					num, _ := numberSize(t, rb, ct.Settings.Hotline.Call.Text)
					if num < 28 {
						t.Errorf("the box's number is %.1f pt, want 28 or more", num)
					}
					if !boldText(r.doc.Pages[0], ct.Settings.Hotline.Call.Text) {
						t.Errorf("the box's number is not bold")
					}
					if d := sizeOf(t, rb, 0, ct.Settings.Hotline.Emergency.Text); d >= num {
						t.Errorf("911 at %.1f pt is not smaller than the number at %.1f pt", d, num)
					}
					// the closing panel: the numbers and a QR code on the last page
					last := rb.pages - 1
					lt, _ := rb.doc.Text(last)
					codeOnLast := false
					for _, c := range r.Codes {
						codeOnLast = codeOnLast || c.Page == last
						if got := decodeAt(t, rb, c); got != "https://humantraffickinghotline.org" {
							t.Errorf("QR on page %d decodes to %q", c.Page+1, got)
						}
					}
					if !large && (!codeOnLast || !strings.Contains(fold(lt), help.Call.Text)) {
						t.Errorf("the last page does not end in the closing panel (numbers and QR code)")
					}
					if large {
						checkTypeSizes(t, rb, 17.99, 17.99)
						if strings.Contains(p1, fold(lang.FAQ.Questions[0].Question.Text)) {
							t.Errorf("page 1 of large print holds FAQ text; it starts on page 2")
						}
						return
					}
					lens := bodyLineLengths(r.doc, 12)
					if len(lens) < 20 {
						t.Fatalf("only %d lines of 12 pt text", len(lens))
					}
					sort.Ints(lens)
					t.Logf("box number %.1f pt; 12 pt lines: shortest %d, median %d, longest %d characters", num, lens[0], lens[len(lens)/2], lens[len(lens)-1])
					if med, long := lens[len(lens)/2], lens[len(lens)-1]; med < 45 || long > 75 {
						t.Errorf("12 pt lines: median %d, longest %d characters; want 45 to 75", med, long)
					}
				})
			}
		}
	}
}

// boldText reports whether s is drawn in bold on the page.
func boldText(pg layout.Page, s string) bool {
	for _, it := range pg.Items {
		if tx, ok := it.(layout.Text); ok && strings.Contains(tx.S, s) && tx.Font == layout.Bold {
			return true
		}
	}
	return false
}

// sizeOf is the type size of the first occurrence of s on page i.
func sizeOf(t *testing.T, rb *readBack, i int, s string) float64 {
	t.Helper()
	chars, at := findChars(t, rb, i, s)
	return chars[at].Size
}

// findChars is the characters of page i read back, and where the first s among them begins.
func findChars(t *testing.T, rb *readBack, i int, s string) ([]pdfread.Char, int) {
	t.Helper()
	chars, err := rb.doc.Chars(i)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, c := range chars {
		all.WriteString(c.Text)
	}
	at := strings.Index(all.String(), s)
	if at < 0 {
		t.Fatalf("%q not on page %d", s, i+1)
	}
	return chars, len([]rune(all.String()[:at]))
}

// bodyLineLengths are the lengths in characters of the lines set at size in the regular face
// (what verify has matched to the PDF), the last line of each paragraph left out: it may be
// short.
func bodyLineLengths(doc *layout.Doc, size float64) []int {
	var out []int
	for _, pg := range doc.Pages {
		type line struct {
			x, y float64
			n    int
		}
		var lines []line
		for _, it := range pg.Items {
			tx, ok := it.(layout.Text)
			if !ok || tx.Size != size || tx.Font != layout.Regular {
				continue
			}
			if n := len(lines); n > 0 && lines[n-1].y == tx.Y {
				lines[n-1].n += len([]rune(tx.S))
			} else {
				lines = append(lines, line{tx.X, tx.Y, len([]rune(tx.S))})
			}
		}
		for k, l := range lines {
			if k+1 < len(lines) && lines[k+1].x == l.x && lines[k+1].y-l.y < size*1.4 {
				out = append(out, l.n+1) // and the space the line breaks at
			}
		}
	}
	return out
}

// TestCopyIsTrue: the QR caption says what the address gives (help and resources, or the full
// guide only on the organisation's own site), the footer carries the organisation's own
// contact and never the hotline's address, and a text that asks the reader to contact the
// organisation with no contact configured is a warning.
func TestCopyIsTrue(t *testing.T) {
	tests := []struct {
		name     string
		settings [][2]string
		faq      [][2]string
		caption  string   // over every QR code
		footer   []string // in the handout's footer
		warns    bool     // a "contact us" warning
	}{
		{name: "the hotline's page", caption: "Scan for help and resources", footer: []string{"The Mission Haven"}},
		{name: "the organisation's own page",
			settings: [][2]string{{"resource_url: https://humantraffickinghotline.org", "resource_url: https://www.samples.org/help"},
				{`  contact: ""`, "  contact: help@samples.org\n  website: https://samples.org"}},
			caption: "Scan for the full guide", footer: []string{"help@samples.org", "samples.org"}},
		{name: "contact us, no contact", faq: [][2]string{{"call or text the hotline today.", "contact us today."}},
			caption: "Scan for help and resources", warns: true},
		{name: "contact us, with a contact", faq: [][2]string{{"call or text the hotline today.", "contact us today."}},
			settings: [][2]string{{`  contact: ""`, "  contact: help@samples.org"}},
			caption:  "Scan for help and resources", footer: []string{"help@samples.org"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := setupContent(t, setup{settings: tt.settings, faq: tt.faq})
			ct, err := content.Load(fsys, "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(fmt.Sprint(ct.Warnings), "contact us"); got != tt.warns {
				t.Errorf("a \"contact us\" warning: %v, want %v (%v)", got, tt.warns, ct.Warnings)
			}
			res, _, err := runContent(t, fsys, []string{"en"})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				name := filepath.Base(r.Path)
				if !strings.HasPrefix(name, "handout-") && !strings.HasPrefix(name, "poster-") {
					continue
				}
				rb := open(t, r.Path)
				if !strings.Contains(rb.text, tt.caption) {
					t.Errorf("%s: no %q over the QR code", name, tt.caption)
				}
				if !strings.HasPrefix(name, "handout-") {
					continue
				}
				foot := footerText(r.doc.Pages[0])
				for _, s := range tt.footer {
					if !strings.Contains(foot, s) {
						t.Errorf("%s: the footer %q has no %q", name, foot, s)
					}
				}
				if strings.Contains(foot, "humantraffickinghotline.org") {
					t.Errorf("%s: the footer %q prints the hotline's address as the organisation's", name, foot)
				}
			}
		})
	}
}

// footerRule is where the footer's rule stands: the lowest thin rule across the page.
func footerRule(pg layout.Page) float64 {
	rule := 0.0
	for _, it := range pg.Items {
		if r, ok := it.(layout.Rule); ok && r.Y1 == r.Y2 && r.Dash == 0 && r.Width < 1 {
			rule = max(rule, r.Y1)
		}
	}
	return rule
}

// footerText is the text under the footer's rule.
func footerText(pg layout.Page) string {
	rule := footerRule(pg)
	var out []string
	for _, it := range pg.Items {
		if tx, ok := it.(layout.Text); ok && tx.Y > rule {
			out = append(out, tx.S)
		}
	}
	return strings.Join(out, " ")
}

// TestLargePrintPages: no page of the large-print handout under a third full, and the hotline
// box clear of the footer's rule on every handout.
func TestLargePrintPages(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"handout"}})
	for _, r := range res {
		name := filepath.Base(r.Path)
		for i, pg := range r.doc.Pages {
			rule, low := footerRule(pg), 0.0
			for _, it := range pg.Items {
				switch it := it.(type) {
				case layout.Text:
					if it.Y < rule {
						low = max(low, it.Y)
					}
				case layout.Rect:
					if it.Y < rule {
						low = max(low, it.Y+it.H)
						if it.Y+it.H > rule-6 {
							t.Errorf("%s page %d: a box ends %.1f pt from the footer's rule; want 6 pt or more", name, i+1, rule-it.Y-it.H)
						}
					}
				}
			}
			if strings.HasPrefix(name, "handout-large-") && low < pg.H/3 {
				t.Errorf("%s page %d: its text ends %.0f%% down the page; want a third or more", name, i+1, 100*low/pg.H)
			}
		}
	}
}

// TestRightToLeftMirrors: in a right-to-left edition the handout's hotline box and the poster
// are mirror images: text flush right, the QR code on the other side.
func TestRightToLeftMirrors(t *testing.T) {
	file := "/usr/share/fonts/truetype/noto/NotoSansHebrew-"
	reg := contenttest.SystemFont(t, file+"Regular.ttf", "fonts-noto-core")
	bold := contenttest.SystemFont(t, file+"Bold.ttf", "fonts-noto-core")
	fam, err := typeface.New("Noto Sans Hebrew", file+"Regular.ttf", file+"Bold.ttf", reg, bold)
	if err != nil {
		t.Fatal(err)
	}
	fsys := contentWith(t, []string{"he"}, nil).(fstest.MapFS)
	text := string(fsys["he/text.yaml"].Data)
	for _, e := range [][2]string{
		{"  title: Get help now", "  title: קבלו עזרה עכשיו"},
		{"  call_label: National Human Trafficking Hotline, free and confidential, 24/7", "  call_label: הקו הלאומי נגד סחר בבני אדם, 24/7"},
		{"  text_label: Or send a text message", "  text_label: או שלחו הודעה"},
		{"  note: You can report anonymously. Interpreters in more than 200 languages.", "  note: אפשר לדווח בעילום שם."},
		{"  headline: Any child can be trafficked. Anyone can help.", "  headline: כל ילד עלול להיפגע. כל אחד יכול לעזור."},
		{"  scan: Scan for more", "  scan: סרקו לעזרה ולמידע"},
	} {
		if !strings.Contains(text, e[0]) {
			t.Fatalf("he/text.yaml has no %q", e[0])
		}
		text = strings.Replace(text, e[0], e[1], 1)
	}
	fsys["he/text.yaml"] = &fstest.MapFile{Data: []byte(text)}
	o := optionsFor(t, fsys, []string{"he"}, fam)
	o.Kinds, o.Papers = []string{"handout", "poster"}, []string{"letter"}
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file      string
		title     string // a word of the title, flush right
		codeRight bool   // the QR code on the right half of the page
	}{
		{"handout-he-letter.pdf", "עכשיו", false},
		{"poster-he-letter.pdf", "ילד", true},
	}
	for _, tt := range tests {
		var r Result
		for _, x := range res {
			if filepath.Base(x.Path) == tt.file {
				r = x
			}
		}
		if r.doc == nil {
			t.Fatalf("%s not built", tt.file)
		}
		open(t, r.Path) // PDFium reads it
		pg := r.doc.Pages[0]
		titleRight, codeX := 0.0, -1.0
		for _, it := range pg.Items {
			switch it := it.(type) {
			case layout.Text:
				if strings.Contains(it.S, reversed(tt.title)) { // drawn in visual order
					titleRight = it.X + it.W
				}
			case layout.QR:
				codeX = it.X
			}
		}
		if titleRight < pg.W-1.1*72 {
			t.Errorf("%s: %q ends at %.0f pt, not flush right (page %.0f pt wide)", tt.file, tt.title, titleRight, pg.W)
		}
		if right := codeX > pg.W/2; right != tt.codeRight {
			t.Errorf("%s: the QR code at %.0f pt; on the right half: %v, want %v", tt.file, codeX, right, tt.codeRight)
		}
	}
}

// reversed is a word of a right-to-left script in the order its letters are drawn.
func reversed(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// TestLargePrintKeepsShortAnswersWhole: in large print, a question and its answer of up to 8
// lines in all are on one page.
func TestLargePrintKeepsShortAnswersWhole(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"handout"}})
	numbered := regexp.MustCompile(`^[0-9]+\. `)
	for _, r := range res {
		name := filepath.Base(r.Path)
		if !strings.HasPrefix(name, "handout-large-") {
			continue
		}
		type block struct {
			heading string
			lines   int
			pages   map[int]bool
		}
		var blocks []*block
		var cur *block
		for i, pg := range r.doc.Pages {
			lastY, foot := -1.0, footerRule(pg)
			for _, it := range pg.Items {
				tx, ok := it.(layout.Text)
				if !ok || tx.Y > foot || tx.Size != 18 && tx.Size != 22 {
					continue
				}
				if tx.Size == 22 && tx.Y != lastY { // a heading's line
					if numbered.MatchString(tx.S) { // a question opens a block
						cur = &block{heading: tx.S, pages: map[int]bool{}}
						blocks = append(blocks, cur)
					} else if cur != nil && cur.heading != "" && cur.lines > 2 {
						cur = nil // the closing's heading ends them
					}
				}
				if cur == nil {
					continue
				}
				if tx.Y != lastY {
					cur.lines++
					lastY = tx.Y
				}
				cur.pages[i] = true
			}
		}
		if len(blocks) < 9 {
			t.Fatalf("%s: %d questions found", name, len(blocks))
		}
		for _, b := range blocks {
			if b.lines <= 8 && len(b.pages) > 1 {
				t.Errorf("%s: %q (%d lines) is split across pages", name, b.heading, b.lines)
			}
		}
	}
}
