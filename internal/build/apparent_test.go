package build

import (
	"math"
	"testing"
)

// Urdu in Noto Naskh Arabic, whose letters stand 1.4 times lower than Atkinson Hyperlegible
// Next's x-height, printed at the kit's sizes looked a size or two smaller than the English
// beside it: its editions are set 30% larger (typeface.Apparent), the large print's body at
// 23.4 pt, not 18; English keeps its 18 pt.
func TestNaskhSetLarger(t *testing.T) {
	res := runFSWithFont(t, contentWith(t, []string{"ur"}, nil), []string{"en", "ur"}, notoFamily(t, "NotoNaskhArabic", "Noto Naskh Arabic"))
	for _, c := range []struct {
		file string
		body float64
	}{
		{"handout-large-en-letter.pdf", 18},
		{"handout-large-ur-letter.pdf", 18 * 1.3},
	} {
		if got := bodySize(t, openBuilt(t, res, c.file)); math.Abs(got-c.body) > 0.05 {
			t.Errorf("%s: body text at %.2f pt, want %.2f", c.file, got, c.body)
		}
	}
}

// bodySize is the size most of rb's letters are printed at.
func bodySize(t *testing.T, rb *readBack) float64 {
	t.Helper()
	count := map[float64]int{}
	for i := range rb.pages {
		chars, err := rb.doc.Chars(i)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range chars {
			count[math.Round(c.Size*10)/10]++
		}
	}
	most := 0.0
	for size, n := range count {
		if n > count[most] {
			most = size
		}
	}
	return most
}
