package build

import (
	"fmt"
	"testing"

	"haven/internal/content"
)

// BenchmarkHandoutLetter is `haven handout --lang en --paper letter`: the normal and the
// large-print edition, from loaded content to files on disk.
func BenchmarkHandoutLetter(b *testing.B) {
	for i := 0; i < b.N; i++ {
		kit(b, content.Overrides{}, Options{Kinds: []string{"handout"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	}
}

// BenchmarkKit is `haven build`: every kind, size and language.
func BenchmarkKit(b *testing.B) {
	for i := 0; i < b.N; i++ {
		kit(b, content.Overrides{}, Options{})
	}
}

// BenchmarkPlacementPosters is 100 placements of the Letter poster and tear-off flyer, one
// language: the shape of a 1,000-placement campaign, a tenth of its size.
func BenchmarkPlacementPosters(b *testing.B) {
	codes := make([]string, 100)
	for i := range codes {
		codes[i] = fmt.Sprintf("p%03d", i)
	}
	for i := 0; i < b.N; i++ {
		kit(b, content.Overrides{Campaign: "march"}, Options{Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"letter"}, Placements: codes})
	}
}
