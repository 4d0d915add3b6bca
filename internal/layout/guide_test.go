package layout

import (
	"slices"
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

// A command the guide gives to type breaks only between its pieces: its name, and each flag
// with its value (a folder broken at a '/', or --out at a line's end and its folder on the
// next, reads as two things to type), quoted folders with spaces in them too. A folder wider
// than a line still breaks, where the line ends.
func TestGuideCommandsBreakBetweenArguments(t *testing.T) {
	pieces := []string{"haven cards", "--content /tmp/hz3/county", "--out 'o/my kit'$'\\u05E9'/out-county", "--calibrate),"}
	cmd := strings.Join(pieces, " ")
	for n := range 60 { // the command wherever a line may end
		row := strings.Repeat("a ", n) + "make the test sheet (" + cmd + " print it at 100% on plain paper"
		doc, err := Guide("how-to-print.pdf", GuideText{Lang: "en", Title: "How to print"}, []GuideSection{{Title: "Cards", Rows: [][2]string{{"First", row}}}}, Papers["letter"], mono{})
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, it := range doc.Pages[0].Items {
			if tx, ok := it.(Text); ok && strings.Contains(row, strings.TrimSpace(tx.S)) && tx.S != "First" {
				lines = append(lines, strings.TrimSpace(tx.S))
			}
		}
		if strings.Join(lines, " ") != row {
			t.Fatalf("the row prints as %q", lines)
		}
		for _, p := range pieces {
			if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, p) }) {
				t.Errorf("%q is broken: %q", p, lines)
			}
		}
	}
	long := "--out o/" + strings.Repeat("x", 150) + "/kit"
	doc, err := Guide("how-to-print.pdf", GuideText{Lang: "en", Title: "How to print"}, []GuideSection{{Title: "Cards", Rows: [][2]string{{"First", "make it with haven cards " + long + " --calibrate"}}}}, Papers["letter"], mono{})
	if err != nil {
		t.Fatalf("a folder wider than a line: %v", err)
	}
	all := ""
	for _, it := range doc.Pages[0].Items {
		if tx, ok := it.(Text); ok {
			all += strings.ReplaceAll(tx.S, " ", "")
		}
	}
	if !strings.Contains(all, strings.ReplaceAll(long, " ", "")) {
		t.Errorf("a folder wider than a line is not printed whole: %q", all)
	}
}
