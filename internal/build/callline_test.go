package build

import (
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/kinds"
)

// A call line too wide for its place at its size (a vanity number with its digits after
// "Composez le", 28 pt in the hotline box; on a tear-off tab, at the flyer's smallest type)
// prints its number whole on a line of its own, the words before it on the line or lines
// above, rather than being refused: in the hotline box and the closing panel of the handouts,
// standard and large print, and on the tabs, read back from the PDFs (whose read-back checks,
// every number and its link, pass). Its words are not parted from the number anywhere else:
// "Composez" / "le 1-866-…" drops the number's article from the line people read first.
// The tabs are the Letter flyer's: on the A4 flyer's, at its larger floor (14 pt), the longest
// words here take both of a tab's lines, and the last of them ends on the number's.
func TestCallLineBreaksBeforeItsNumber(t *testing.T) {
	const number = "1-866-APPELLE (277-3553)"
	for _, call := range []string{"Composez le {call}", "Composez le numéro {call}", "Call our free confidential helpline on {call}"} {
		t.Run(call, func(t *testing.T) {
			words := strings.TrimSpace(strings.TrimSuffix(call, "{call}"))
			s := setup{settings: [][2]string{{"  call: 1-888-373-7888", "  call: " + number}},
				text: [][2]string{{"  call: Call {call}", "  call: " + call}, {"  tab: Call {call}", "  tab: " + call}}}
			res, _, err := runWith(t, setupContent(t, s), Options{Kinds: []string{"handout", "poster"}, Langs: []string{"en"}, Papers: []string{"letter", "a4", kinds.TearOff}})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, r := range res {
				base := filepath.Base(r.Path)
				want := 2 // the box and the closing panel, or large print's box and its panel at the end
				switch {
				case strings.HasPrefix(base, "poster-tearoff-"):
					want = 1 // the first tab's text: the others are copies
				case !strings.HasPrefix(base, "handout-"):
					continue
				}
				n++
				ls := lines(t, open(t, r.Path))
				whole := strings.ReplaceAll(call, "{call}", number)
				found := 0
				for i, l := range ls {
					switch {
					case l == whole: // where it fits its box
						found++
					case l == number && (i > 0 && ls[i-1] == words || i > 1 && ls[i-2]+" "+ls[i-1] == words):
						found++
					case strings.HasSuffix(l, " "+number) && strings.HasSuffix(words, strings.TrimSuffix(l, " "+number)):
						t.Errorf("%s: the call line is broken inside its words: %q", base, l)
					}
				}
				if found < want {
					t.Errorf("%s: the call line printed %d times (whole, or its words above its number), want %d:\n%s", base, found, want, strings.Join(ls, "\n"))
				}
			}
			if n != 5 {
				t.Errorf("%d handouts and tear-off flyers, want 5", n)
			}
		})
	}
}
