package pdf

import (
	"runtime"
	"testing"
	"weak"

	"haven/internal/typeface"
)

// TestFontsLiveWithTheirFamily checks that the documents of one family share its parsed fonts,
// another family (another run) gets its own, and the entry goes once its family is gone.
// Other tests' families come and go meanwhile: only this test's entries are looked at.
func TestFontsLiveWithTheirFamily(t *testing.T) {
	held := func(keys ...weak.Pointer[typeface.Family]) int {
		parsed.Lock()
		defer parsed.Unlock()
		n := 0
		for _, k := range keys {
			if _, ok := parsed.of[k]; ok {
				n++
			}
		}
		return n
	}
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
	keys := []weak.Pointer[typeface.Family]{weak.Make(fams[0]), weak.Make(other[0])}
	if n := held(keys...); n != 2 {
		t.Fatalf("%d of the two families held", n)
	}
	fams, other = nil, nil
	for i := 0; i < 100 && held(keys...) > 0; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if n := held(keys...); n != 0 {
		t.Errorf("%d families still held after theirs were collected", n)
	}
}
