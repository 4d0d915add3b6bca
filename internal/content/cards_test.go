package content

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// A card written before back_lines (its back the signs, for an adult) loads and prints as it
// did, with a warning that it speaks to two readers; the built-in card speaks to one.
func TestCardOfTwoReadersIsAWarning(t *testing.T) {
	tests := []struct {
		name string
		load func() (*Content, error)
		want int // warnings naming card.signs
	}{
		{"old schema", func() (*Content, error) {
			return Load(os.DirFS(filepath.Join("..", "..", "testdata", "oldschema")), "oldschema", Overrides{})
		}, 2},
		{"built in", func() (*Content, error) { return Load(defaultcontent.FS, "content", Overrides{}) }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.load()
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(c.Warnings.Error(), "card.signs: the card's front speaks to"); got != tt.want {
				t.Errorf("%d warnings of a card for two readers, want %d: %v", got, tt.want, c.Warnings)
			}
		})
	}
}

// 911 is one phrase per language wherever the built-in content prints it: the handout's box,
// the cards and the posters (the Spanish handout's verb in its usted, the card's and poster's
// in tú); content written with a label before it still loads with both.
func TestOnePhraseFor911(t *testing.T) {
	want := map[string][]string{
		"en": {"In immediate danger, call 911"},
		"es": {"En peligro inmediato, llame al 911", "En peligro inmediato, llama al 911"},
	}
	c, err := Load(defaultcontent.FS, "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range c.Languages {
		tx := l.Text
		phrases := want[l.Code]
		for field, got := range map[string]string{"help.danger": tx.Help.DangerLabel.Text + tx.Help.Danger.Text, "card.danger": tx.Card.Danger.Text, "poster.danger": tx.Poster.Danger.Text} {
			if !slices.Contains(phrases, got) {
				t.Errorf("%s %s: %q, want one of %q", l.Code, field, got, phrases)
			}
		}
	}
	old, err := Load(os.DirFS(filepath.Join("..", "..", "testdata", "oldschema")), "oldschema", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if h := old.Languages[0].Text.Help; h.DangerLabel.Text != "In immediate danger" || h.Danger.Text != "Call 911" {
		t.Errorf("the old schema's 911 reads %q and %q", h.DangerLabel.Text, h.Danger.Text)
	}
}
