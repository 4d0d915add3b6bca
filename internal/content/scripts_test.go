package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// An edition is written in what haven cannot print only where three words or more, and one in
// unprintableShare, of its FAQ's words carry it: two accented words quoted in a short English
// FAQ leave it an edition to print, refused at those words.
func TestWrittenUnprintable(t *testing.T) {
	accented := func(w string) bool {
		return strings.Contains(w, "ą́") || strings.Contains(w, "ẹ̀") || strings.Contains(w, "į̃")
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Some languages we speak: Kreyòl, Yorùbá ẹ̀, Lithuanian į̃, Polish, Vietnamese, and more.", false},
		{"Words: ą́ ẹ̀ į̃ and seven more words to make it short enough here.", true},
	} {
		if got := writtenUnprintable([]diag.Located{{Text: tt.text}}, accented); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}
