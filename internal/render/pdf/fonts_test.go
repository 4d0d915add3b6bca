package pdf

import (
	"runtime"
	"testing"

	"haven/internal/typeface"
)

// TestFontsLiveWithTheirFamily checks that the documents of one family share its parsed fonts,
// another family (another run) gets its own, and the entry goes once its family is gone.
func TestFontsLiveWithTheirFamily(t *testing.T) {
	entries := func() int {
		parsed.Lock()
		defer parsed.Unlock()
		return len(parsed.of)
	}
	before := entries()
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	a := fontsOf(fams[0])
	if again := fontsOf(fams[0]); again != a {
		t.Error("one family parsed twice")
	}
	other, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	if b := fontsOf(other[0]); b == a {
		t.Error("another run's family shares the first one's fonts")
	}
	if n := entries(); n != before+2 {
		t.Fatalf("%d families held, want %d", n, before+2)
	}
	fams, other = nil, nil
	for i := 0; i < 100 && entries() > before; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if n := entries(); n > before { // fewer when another test's family went meanwhile
		t.Errorf("%d families still held after theirs were collected, want %d", n, before)
	}
}
