package build

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"haven/internal/layout"
	"haven/internal/pdfread"
)

// A QR code's caption (what scanning it opens) and the address printed for those who cannot
// scan stay with the code on every handout, whichever way the box sets them: beside it, level
// with some of its height, or above and under it, within a line of it; never at the foot of
// the numbers with the code at their top. Read back from each handout of a line that takes
// calls, texts, TTY and chat (a box of many lines) with a long address and a short one.
func TestCodeCaptionStaysWithItsCode(t *testing.T) {
	base := setups[slices.IndexFunc(setups, func(s setup) bool { return s.name == "text, TTY and chat" })]
	for _, url := range []string{"https://harborhousedayton.org/help", "https://www.samples.org/get-support/domestic-abuse/helpline"} {
		t.Run(url, func(t *testing.T) {
			s := base
			s.settings = append(slices.Clone(base.settings), [2]string{"resource_url: https://humantraffickinghotline.org", "resource_url: " + url})
			res, _, err := runWith(t, setupContent(t, s), Options{Kinds: []string{"handout"}, Langs: []string{"en"}})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				base := filepath.Base(r.Path)
				rb := open(t, r.Path)
				for _, c := range r.Codes {
					q := 4 * c.Module // the code with its quiet zone
					square := layout.Box{X: c.Box.X - q, Y: c.Box.Y - q, W: c.Box.W + 2*q, H: c.Box.H + 2*q}
					for _, s := range []string{"Scan for help and resources", strings.TrimPrefix(url, "https://")} {
						chars := captionChars(t, rb, c.Page, s)
						if len(chars) == 0 && s != url[len("https://"):] { // the strip has no caption: its numbers say what to do
							continue
						}
						if len(chars) == 0 {
							t.Errorf("%s: %q is not on page %d with its code", base, s, c.Page+1)
							continue
						}
						top, bottom, left, right := chars[0].Top, chars[0].Bottom, chars[0].Left, chars[0].Right
						for _, ch := range chars {
							top, bottom, left, right = min(top, ch.Top), max(bottom, ch.Bottom), min(left, ch.Left), max(right, ch.Right)
						}
						level := top < square.Y+square.H && bottom > square.Y
						near := left < square.X+square.W && right > square.X && (bottom > square.Y-36 && top < square.Y+square.H+36)
						if !level && !near {
							t.Errorf("%s: %q at %.0f,%.0f-%.0f is neither beside its code (%.0f,%.0f-%.0f) nor above or under it", base, s, left, top, bottom, square.X, square.Y, square.Y+square.H)
						}
					}
				}
			}
		})
	}
}

// captionChars are the characters of page i that print s, found in the page's text (an
// address broken across two lines, a caption too, are found whole).
func captionChars(t *testing.T, rb *readBack, i int, s string) []pdfread.Char {
	t.Helper()
	chars, err := rb.doc.Chars(i)
	if err != nil {
		t.Fatal(err)
	}
	var text []rune
	var at []int // the char each rune of text comes from
	for k, ch := range chars {
		for _, r := range ch.Text {
			if r == '\n' || r == '\r' || r == '\u00ad' || r == '\u0002' {
				continue
			}
			text, at = append(text, r), append(at, k)
		}
	}
	want := []rune(strings.ReplaceAll(s, " ", ""))
	var nospace []rune
	var from []int
	for k, r := range text {
		if r != ' ' {
			nospace, from = append(nospace, r), append(from, at[k])
		}
	}
	for k := 0; k+len(want) <= len(nospace); k++ {
		if string(nospace[k:k+len(want)]) == string(want) {
			var out []pdfread.Char
			for _, j := range from[k : k+len(want)] {
				out = append(out, chars[j])
			}
			return out
		}
	}
	return nil
}
