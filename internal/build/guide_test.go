package build

import (
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/content"
)

// The print guide, read back: it names every file made, and for each section says the scale,
// the sides, the stock and the cutting; the card sheets come with the calibration step and
// the posters too large for an office printer with what to ask a print shop for.
func TestPrintGuide(t *testing.T) {
	out := t.TempDir()
	res := kit(t, content.Overrides{}, Options{Out: out, Guide: "letter"})
	guide := res[len(res)-1]
	if guide.Path != filepath.Join(out, GuideName) {
		t.Fatalf("the last file is %s, not the guide", guide.Path)
	}
	text := strings.Join(pageTexts(readPDF(t, guide.Path)), " ")
	for _, r := range printed(res[:len(res)-1]) {
		if !strings.Contains(text, filepath.Base(r.Path)) {
			t.Errorf("the guide does not name %s", filepath.Base(r.Path))
		}
	}
	sections := strings.Count(text, "Paper ")
	for _, want := range []struct {
		s     string
		count int // at least
	}{
		{`100% ("Actual size")`, sections},
		{"Sides", sections},
		{"Cutting", sections},
		{"flip on the LONG edge", 3},
		{"haven cards --calibrate", 2},
		{"haven cards --offset X,Y", 2},
		{"ask for: a poster, 24 x 36 in", 1},
		{"ask for: a poster, 18 x 24 in", 1},
		{"ask for: US business cards, 3.5 x 2 in, full bleed", 1},
	} {
		if n := strings.Count(text, want.s); n < want.count || n == 0 {
			t.Errorf("the guide says %q %d times, want %d", want.s, n, want.count)
		}
	}
}
