package build

import (
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
