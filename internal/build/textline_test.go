package build

import (
	"path/filepath"
	"strings"
	"testing"
)

// A text line or a TTY line too wide for its place (help.text and help.tty in the handouts'
// hotline box and strip, card.text on the cards, poster.text in the posters' number band and
// on the tear-off tabs) breaks beside its number, as the call line does, rather than being
// refused: read back from the PDFs (whose read-back checks, every number and its link, pass),
// the line prints in order, its keyword and number whole, the number ending it; where the words
// fit a line of their own above it (the cards, the large print's box), the number has a line
// of its own.
func TestNumberLinesBreakBesideTheirNumber(t *testing.T) {
	const send = "Send {keyword} at any hour of the day or night to {text}"
	for _, tt := range []struct {
		name     string
		settings [][2]string
		text     [][2]string
		whole    string   // the line as printed whole
		number   string   // its number
		kinds    []string // the outputs that print it
		alone    []string // outputs (by the start of their names) with the number on a line of its own at least once
	}{
		{"text line", nil,
			[][2]string{{"  text: Text {keyword} to {text}", "  text: " + send}, {"  text: Text {keyword} to {text}", "  text: " + send}, {"  text: Text {keyword} to {text}", "  text: " + send}},
			"Send HELP at any hour of the day or night to 233733", "233733",
			[]string{"handout", "cards", "poster"}, []string{"handout-large-", "cards-en-"}},
		{"TTY line", [][2]string{{"  call: 1-888-373-7888", "  call: 1-800-799-7233"}, {`  tty: ""`, "  tty: 1-800-787-3224"}},
			[][2]string{{"  note: You can", "  tty_label: Deaf and hard of hearing\n  tty: Deaf and hard of hearing callers can reach a counsellor by TTY on {tty}\n  note: You can"}},
			"Deaf and hard of hearing callers can reach a counsellor by TTY on 1-800-787-3224", "1-800-787-3224",
			[]string{"handout"}, []string{"handout-large-"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, _, err := runWith(t, setupContent(t, setup{settings: tt.settings, text: tt.text}), Options{Kinds: tt.kinds, Langs: []string{"en"}})
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			for _, r := range res {
				base := filepath.Base(r.Path)
				if strings.HasPrefix(base, "how-to-print") || filepath.Ext(base) != ".pdf" {
					continue
				}
				checked++
				ls := lines(t, open(t, r.Path))
				found, alone := 0, 0
				for i := range ls {
					if !strings.HasPrefix(tt.whole, ls[i]) {
						continue
					}
					for j := i + 1; j <= len(ls); j++ {
						joined := strings.Join(ls[i:j], " ")
						if joined == tt.whole {
							found++
							if ls[j-1] == tt.number && j-i > 1 {
								alone++
							}
						}
						if !strings.HasPrefix(tt.whole, joined) {
							break
						}
					}
				}
				if found == 0 {
					t.Errorf("%s: %q is not printed whole or broken in order:\n%s", base, tt.whole, strings.Join(ls, "\n"))
				}
				for _, a := range tt.alone {
					if strings.HasPrefix(base, a) && alone == 0 {
						t.Errorf("%s: %s has no line of its own:\n%s", base, tt.number, strings.Join(ls, "\n"))
					}
				}
			}
			if checked == 0 {
				t.Error("no output checked")
			}
		})
	}
}
