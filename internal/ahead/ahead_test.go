package ahead

import (
	"errors"
	"sync/atomic"
	"testing"
)

func TestGo(t *testing.T) {
	var runs atomic.Int32
	bad := errors.New("bad")
	get := Go(func() (int, error) { runs.Add(1); return 42, bad })
	for range 3 {
		if got, err := get(); got != 42 || err != bad {
			t.Fatalf("got %d, %v; want 42, %v", got, err, bad)
		}
	}
	if n := runs.Load(); n != 1 {
		t.Fatalf("fn ran %d times, want once", n)
	}
}

func TestGoPanicsInTheWaiter(t *testing.T) {
	get := Go(func() (int, error) { panic("broken") })
	defer func() {
		if p := recover(); p != "broken" {
			t.Fatalf("recovered %v, want the goroutine's panic", p)
		}
	}()
	get()
	t.Fatal("no panic in the waiter")
}
