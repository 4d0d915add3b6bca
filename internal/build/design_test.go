package build

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/layout"
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
					for _, s := range []string{help.CallLabel.Text, help.Call.Text, help.Text.Text, help.DangerLabel.Text} {
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
	return chars[len([]rune(all.String()[:at]))].Size
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
