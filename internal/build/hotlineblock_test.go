package build

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/pdfread"
)

// blockLine is a line of text read back inside a hotline block: its text, and its top and
// baseline in points.
type blockLine struct {
	text        string
	top, bottom float64
}

// hotlineBlocks are the coloured boxes and bands of page i that hold number, each with its
// lines read back from the PDF in the order they are drawn (a line is the characters drawn
// one after another on one baseline).
func hotlineBlocks(t *testing.T, rb *readBack, pg layout.Page, i int, number string) map[layout.Box][]blockLine {
	t.Helper()
	chars, err := rb.doc.Chars(i)
	if err != nil {
		t.Fatal(err)
	}
	out := map[layout.Box][]blockLine{}
	for _, b := range colouredBoxes(pg) {
		var lines []blockLine
		for _, c := range chars {
			if !inside(c, b) {
				continue
			}
			// on the line before while it overlaps it (descenders reach lower than the baseline)
			if n := len(lines); n > 0 && (c.Top+c.Bottom)/2 > lines[n-1].top && (c.Top+c.Bottom)/2 < lines[n-1].bottom {
				lines[n-1].text += c.Text
				lines[n-1].top, lines[n-1].bottom = min(lines[n-1].top, c.Top), max(lines[n-1].bottom, c.Bottom)
				continue
			}
			if strings.TrimSpace(c.Text) != "" {
				lines = append(lines, blockLine{c.Text, c.Top, c.Bottom})
			}
		}
		all := ""
		for _, l := range lines {
			all += l.text
		}
		if strings.Contains(all, number) {
			out[b] = lines
		}
	}
	return out
}

func inside(c pdfread.Char, b layout.Box) bool {
	x, y := (c.Left+c.Right)/2, (c.Top+c.Bottom)/2
	return x > b.X && x < b.X+b.W && y > b.Y && y < b.Y+b.H
}

// TestEmergencyLineIsLast: in every hotline block of every handout (the box on page 1, the
// closing panel and the large-print strips, normal and large print) and poster (each size and the tear-off), English
// and Spanish, the 911 line is the last text, in the order it is read and down the page, and
// no QR code or its address sits below it.
func TestEmergencyLineIsLast(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"handout", "poster"}, Langs: []string{"en", "es"}})
	const number, emergency = "1-888-373-7888", "911"
	files := 0
	for _, r := range res {
		name := filepath.Base(r.Path)
		t.Run(name, func(t *testing.T) {
			rb := open(t, r.Path)
			blocks := 0
			for i, pg := range r.doc.Pages {
				for b, lines := range hotlineBlocks(t, rb, pg, i, number) {
					blocks++
					last := lines[len(lines)-1]
					if !strings.Contains(last.text, emergency) {
						t.Errorf("page %d: the block's last line as read is %q, not the %s line", i+1, last.text, emergency)
					}
					low := lines[0]
					for _, l := range lines {
						if l.top+l.bottom > low.top+low.bottom+1 {
							low = l
						}
					}
					if !strings.Contains(low.text, emergency) {
						t.Errorf("page %d: the lowest line of the block is %q, not the %s line", i+1, low.text, emergency)
					}
					for _, c := range r.Codes {
						if c.Page == i && c.Box.X >= b.X && c.Box.X+c.Box.W <= b.X+b.W && c.Box.Y >= b.Y && c.Box.Y < b.Y+b.H && c.Box.Y+c.Box.H > last.top+0.5 {
							t.Errorf("page %d: the QR code reaches %.1f pt, below the top of the %s line (%.1f pt)", i+1, c.Box.Y+c.Box.H, emergency, last.top)
						}
					}
				}
			}
			want := 1
			if strings.HasPrefix(name, "handout") {
				want = 2 // the box and the closing panel
			}
			if strings.HasPrefix(name, "handout-large") { // and the strip on the back of each sheet between
				for back := 3; back < len(r.doc.Pages)-1; back += 2 {
					want++
				}
			}
			if blocks != want {
				t.Errorf("%d hotline blocks, want %d", blocks, want)
			}
		})
		files++
	}
	if files < 2*(4+len(layout.PosterPapers)+1) {
		t.Fatalf("only %d files built", files)
	}
}

// TestHandoutEndsWithPanel: every handout, normal and large print, English and Spanish, on
// every paper, and a long and a short FAQ, ends with the closing panel: the last block of its
// last page holds the number and a QR code that opens the page, nothing below it but the
// footer, and the build has no note of a missing panel.
func TestHandoutEndsWithPanel(t *testing.T) {
	short := func(t *testing.T) string { // the introduction, two questions and the closing
		b, err := defaultcontent.FS.ReadFile("en/faq.md")
		if err != nil {
			t.Fatal(err)
		}
		faq := string(b)
		qs := strings.Split(faq, "\n## ")
		return strings.Join(append(qs[:3], qs[len(qs)-1]), "\n## ")
	}
	tests := []struct {
		name  string
		langs []string
		faq   func(t *testing.T) string
	}{
		{"default", []string{"en", "es"}, nil},
		{"long FAQ", []string{"en"}, func(t *testing.T) string { return longFAQ(t, 8) }},
		{"short FAQ", []string{"en"}, short},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extra := map[string]string{}
			if tt.faq != nil {
				extra["en/faq.md"] = tt.faq(t)
			}
			res, _, err := runContent(t, contentWith(t, nil, extra), tt.langs)
			if err != nil {
				t.Fatal(err)
			}
			seen := 0
			for _, r := range res {
				name := filepath.Base(r.Path)
				if !strings.HasPrefix(name, "handout-") {
					continue
				}
				seen++
				rb := open(t, r.Path)
				last := rb.pages - 1
				pg := r.doc.Pages[last]
				blocks := hotlineBlocks(t, rb, pg, last, "1-888-373-7888")
				var boxes []layout.Box
				for b := range blocks {
					boxes = append(boxes, b)
				}
				sort.Slice(boxes, func(i, j int) bool { return boxes[i].Y < boxes[j].Y })
				if len(boxes) == 0 {
					t.Errorf("%s: no block with the number on its last page, %d", name, rb.pages)
					continue
				}
				panel := boxes[len(boxes)-1]
				code := false
				for _, c := range r.Codes {
					if c.Page == last && c.Box.Y >= panel.Y && c.Box.Y+c.Box.H <= panel.Y+panel.H {
						code = true
						if got := decodeAt(t, rb, c); got != "https://humantraffickinghotline.org" {
							t.Errorf("%s: the panel's QR code decodes to %q", name, got)
						}
					}
				}
				if !code {
					t.Errorf("%s: the last page's block has no QR code", name)
				}
				chars, err := rb.doc.Chars(last)
				if err != nil {
					t.Fatal(err)
				}
				rule := footerRule(pg)
				for _, c := range chars {
					if strings.TrimSpace(c.Text) != "" && c.Top > panel.Y+panel.H && c.Bottom < rule {
						t.Errorf("%s: %q is printed under the closing panel", name, c.Text)
						break
					}
				}
				if strings.Contains(r.Note, "closing panel") {
					t.Errorf("%s: the build notes %q", name, r.Note)
				}
				if strings.HasPrefix(name, "handout-large-") {
					for i, p := range r.doc.Pages {
						low := 0.0
						for _, it := range p.Items {
							if tx, ok := it.(layout.Text); ok && tx.Y < footerRule(p) {
								low = max(low, tx.Y)
							}
						}
						if low < p.H/3 {
							t.Errorf("%s page %d: its text ends %.0f%% down the page; want a third or more", name, i+1, 100*low/p.H)
						}
					}
				}
			}
			if seen < 4 {
				t.Fatalf("%d handouts built", seen)
			}
		})
	}
}

// TestLargePrintClosingWhole: in large print the closing section (its heading and its
// paragraphs) is on one page when it takes 8 lines or fewer; else its heading keeps its first
// lines, and no page holds a single line of it.
func TestLargePrintClosingWhole(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"handout"}, Langs: []string{"en", "es"}})
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		name := filepath.Base(r.Path)
		if !strings.HasPrefix(name, "handout-large-") {
			continue
		}
		var faq content.FAQ
		for _, l := range ct.Languages {
			if strings.Contains(name, "-"+l.Code+"-") {
				faq = l.FAQ
			}
		}
		rb := open(t, r.Path)
		closing := faq.Closing[len(faq.Closing)-1].Text
		words := strings.Fields(closing)
		end := strings.Join(words[len(words)-3:], " ")
		head, tail := -1, -1
		for i := 0; i < rb.pages; i++ {
			s, _ := rb.doc.Text(i)
			s = fold(s)
			if strings.Contains(s, faq.ClosingTitle.Text) {
				head = i
			}
			if strings.Contains(s, end) {
				tail = i
			}
		}
		// the closing's lines, after its heading, and how many on each page
		lines, perPage, in := 0, map[int]int{}, false
		for i, pg := range r.doc.Pages {
			lastY := -1.0
			for _, it := range pg.Items {
				tx, ok := it.(layout.Text)
				if !ok || tx.Y > footerRule(pg) {
					continue
				}
				if tx.S == faq.ClosingTitle.Text {
					in = true
					continue
				}
				if in && tx.Size == 18 && tx.Y != lastY {
					lines++
					perPage[i]++
					lastY = tx.Y
				}
			}
		}
		if head < 0 || tail < 0 {
			t.Fatalf("%s: the closing not found", name)
		}
		if lines+1 <= 8 && head != tail {
			t.Errorf("%s: the closing (%d lines and its heading) runs from page %d to %d", name, lines, head+1, tail+1)
		}
		for p, n := range perPage {
			if n < 2 {
				t.Errorf("%s: page %d holds %d line of the closing", name, p+1, n)
			}
		}
		if perPage[head] == 0 {
			t.Errorf("%s: the closing's heading ends page %d", name, head+1)
		}
	}
}

// TestPosterNumberKeepsItsWidth: on every poster the number spans 85% or more of its band's
// live width (inside the band's margins); a poster that prints fewer facts than the content
// has says so in the build's note.
func TestPosterNumberKeepsItsWidth(t *testing.T) {
	res := kit(t, content.Overrides{}, Options{Kinds: []string{"poster"}, Langs: []string{"en", "es"}, Papers: layout.PosterPapers})
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		name := filepath.Base(r.Path)
		var facts []string
		for _, l := range ct.Languages {
			if strings.Contains(name, "-"+l.Code+"-") {
				for _, f := range l.Text.Poster.Facts {
					facts = append(facts, f.Text)
				}
			}
		}
		t.Run(name, func(t *testing.T) {
			rb := open(t, r.Path)
			pg := r.doc.Pages[0]
			var band layout.Box
			for b := range hotlineBlocks(t, rb, pg, 0, "1-888-373-7888") {
				band = b
			}
			pad := 4 * pg.W / 100
			if pg.W >= layout.FarWidth {
				pad = 0.05 * band.W
			}
			live := band.W - 2*pad
			w := numberSpan(t, rb, "1-888-373-7888")
			t.Logf("the number spans %.0f%% of the band's live width", 100*w/live)
			if w < 0.85*live {
				t.Errorf("the number spans %.0f%% of the band's live width; want 85%% or more", 100*w/live)
			}
			printed := 0
			for _, f := range facts {
				if strings.Contains(rb.text, fold(f)) {
					printed++
				}
			}
			if printed < len(facts) && !strings.Contains(r.Note, fmt.Sprintf("prints %d of its %d facts", printed, len(facts))) {
				t.Errorf("%d of %d facts printed, and the note %q does not say so", printed, len(facts), r.Note)
			}
			if printed < 3 {
				t.Errorf("only %d facts printed", printed)
			}
		})
	}
}

// numberSpan is the width of the first s on page 1 as read back, from the left edge of its
// first character to the right edge of its last.
func numberSpan(t *testing.T, rb *readBack, s string) float64 {
	t.Helper()
	chars, i := findChars(t, rb, 0, s)
	return chars[i+len([]rune(s))-1].Right - chars[i].Left
}
