package content

import (
	"strings"
	"testing"
)

// A problem with a word of a text written over several lines of text.yaml (a | or > block, a
// text an editor wrapped, in quotes or not) names the line the word is on, not the line of the
// text's name; the same text with no problem loads.
func TestBlockLines(t *testing.T) {
	const note = "  note: You can report anonymously. Interpreters in more than 200 languages."
	tests := []struct {
		name, note string
		want       string // a part of the error; "" for none
	}{
		{"literal block, slip on its third line", "  note: |\n    You can report anonymously.\n    Interpreters in more than 200 languages.\n    In danger, call 912.", "text.yaml:21: help.note: \"912\" is one slip away"},
		{"literal block, placeholder on its second line", "  note: |\n    You can report anonymously.\n    Or call {cal}.", "text.yaml:20: help.note: unknown placeholder {cal}"},
		{"folded block", "  note: >\n    You can report anonymously.\n    Interpreters in more than 200 languages.\n    In danger, call 912.", "text.yaml:21: help.note: \"912\""},
		{"block with a blank line", "  note: |\n    You can report anonymously.\n\n    In danger, call 912.", "text.yaml:21: help.note: \"912\""},
		{"block kept with its last line break", "  note: |+\n    You can report anonymously.\n    In danger, call 912.\n", "text.yaml:20: help.note: \"912\""},
		{"wrapped text", "  note: You can report anonymously.\n    Interpreters in more than 200 languages.\n    In danger, call 912.", "text.yaml:20: help.note: \"912\""},
		{"wrapped text in quotes", "  note: \"You can report anonymously.\n    In danger, call 912.\"", "text.yaml:19: help.note: \"912\""},
		{"on one line", "  note: In danger, call 912.", "text.yaml:18: help.note: \"912\""},
		{"a block with the slip on its first line", "  note: |\n    In danger, call 912.\n    You can report anonymously.", "text.yaml:19: help.note: \"912\""},
		{"a block with no problem", "  note: |\n    You can report anonymously.\n    In danger, call {emergency}.", ""},
		{"wrapped text with no problem", "  note: You can report anonymously.\n    In danger, call {emergency}.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, "en/text.yaml", note, tt.note), "content", Overrides{})
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v\nwant %q", err, tt.want)
			}
		})
	}
}
