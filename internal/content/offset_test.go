package content

import (
	"strings"
	"testing"
)

func TestOffset(t *testing.T) {
	tests := []struct {
		yaml   string // under cards:
		x, y   float64
		errMsg string // a part of the error, or empty
	}{
		{`offset: "1.5,-0.5"`, 1.5, -0.5, ""},
		{`offset: 2mm, 1mm`, 2, 1, ""},
		{`offset: ""`, 0, 0, ""},
		{`offset: "6,0"`, 0, 0, `content/settings.yaml:45: cards.offset: "6,0" moves the cards 6 mm; at most 5 mm either way`},
		{`offset: "1"`, 0, 0, `content/settings.yaml:45: cards.offset: "1" should be two numbers of millimetres`},
		{`offset: "a,b"`, 0, 0, `should be two numbers`},
		{`offset: "Inf,0"`, 0, 0, `"Inf,0" should be two numbers of millimetres`},
		{`offset: "0,-infinity"`, 0, 0, `"0,-infinity" should be two numbers of millimetres`},
		// written as a list, in YAML's brackets or in quotes: the hint writes it as read
		{`offset: [1, 2]`, 0, 0, `content/settings.yaml:45: cards.offset: should be a single text, and YAML reads [1, 2] as a list (write the two numbers without brackets, a comma between them: offset: 1,2)`},
		{`offset: [1.5, -0.5]  # read from the sheet`, 0, 0, `(write the two numbers without brackets, a comma between them: offset: 1.5,-0.5)`},
		{`offset: "[1, 2]"`, 0, 0, `content/settings.yaml:45: cards.offset: "[1, 2]" should be two numbers of millimetres, right and down, e.g. 1.5,-0.5 (write the two numbers without brackets, a comma between them: offset: 1,2)`},
		{`offset: "(1, 2)"`, 0, 0, `(write the two numbers without brackets, a comma between them: offset: 1,2)`},
		{`offset: [1, 2, 3]`, 0, 0, `or put it in quotes: offset: "[1, 2, 3]")`},
		{`offset: "[9, 2]"`, 0, 0, `(print the test sheet with 'haven cards --calibrate' to find it)`},
	}
	for _, tt := range tests {
		t.Run(tt.yaml, func(t *testing.T) {
			fsys := edit(t, "settings.yaml", "\ncolours:", "\ncards:\n  "+tt.yaml+"\n\ncolours:")
			c, err := Load(fsys, "content", Overrides{})
			if tt.errMsg != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errMsg) {
					t.Fatalf("error %v, want %q", err, tt.errMsg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if x, y := c.Settings.Cards.Shift(); x != tt.x || y != tt.y {
				t.Errorf("offset %g,%g, want %g,%g", x, y, tt.x, tt.y)
			}
		})
	}
	if _, err := Load(edit(t, "settings.yaml", "\ncolours:", "\ncards:\n  offset: 1,1\n\ncolours:"), "content", Overrides{Offset: "-5,5"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(edit(t, "settings.yaml", "\ncolours:", "\ncards:\n  offset: 1,1\n\ncolours:"), "content", Overrides{Offset: "x"}); err == nil || !strings.HasPrefix(err.Error(), "--offset:") {
		t.Errorf("a bad --offset: %v", err)
	}
}
