package content

import (
	"os"
	"path/filepath"
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
