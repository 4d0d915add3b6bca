package layout

import (
	"strings"
	"testing"
)

// A command the guide gives to type never breaks at a hyphen inside it (my- / content): read
// from paper, it would be typed with a space there.
func TestGuideCommandsUnbroken(t *testing.T) {
	const cmd = "haven cards --content my-content --out o-my-content-for-the-spring-fair --offset X,Y"
	for n := range 40 { // the command wherever a line may end
		row := strings.Repeat("a ", n) + "then make the cards again with " + cmd + " (or cards: offset: X,Y in settings.yaml)"
		paper := "letter"
		doc, err := Guide("how-to-print.pdf", GuideText{Lang: "en", Title: "How to print"}, []GuideSection{{Title: "Cards", Rows: [][2]string{{"First", row}}}}, Papers[paper], mono{})
		if err != nil {
			t.Fatal(err)
		}
		lines := 0
		for _, it := range doc.Pages[0].Items {
			if tx, ok := it.(Text); ok && strings.Contains(row, strings.TrimSpace(tx.S)) {
				lines++
				if s := strings.TrimSpace(tx.S); strings.HasSuffix(s, "-") {
					t.Errorf("%s: a line ends at a hyphen: %q", paper, s)
				}
			}
		}
		if lines < 2 {
			t.Errorf("%s: the row is on %d lines, want it broken", paper, lines)
		}
	}
}
