package ahead

import (
	"errors"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"
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

// TestRunReusesGoroutines runs functions one after another: a goroutine that has finished one
// takes the next, so the program does not start one per function.
func TestRunReusesGoroutines(t *testing.T) {
	var ids sync.Map
	for i := range 50 {
		done := make(chan struct{})
		Run(func() {
			ids.Store(goroutineID(), true)
			close(done)
		})
		<-done
		time.Sleep(time.Millisecond) // the worker is back waiting for work
		_ = i
	}
	n := 0
	ids.Range(func(any, any) bool { n++; return true })
	if n > 5 {
		t.Errorf("50 functions, one after another, ran on %d goroutines", n)
	}
}

// goroutineID is the running goroutine's number, from its stack trace's first line.
func goroutineID() string {
	b := make([]byte, 64)
	b = b[:runtime.Stack(b, false)]
	return strings.Fields(string(b))[1]
}

// TestGroupWaitsForAll runs functions in a Group: Wait returns once every one has run.
func TestGroupWaitsForAll(t *testing.T) {
	var g Group
	var n atomic.Int32
	for range 20 {
		g.Go(func() {
			time.Sleep(time.Millisecond)
			n.Add(1)
		})
	}
	g.Wait()
	if got := n.Load(); got != 20 {
		t.Errorf("Wait returned after %d of 20 functions", got)
	}
}

// TestEachRunsEveryOneOnce runs Each over lists of every small length: each index runs once,
// the last on the goroutine that called Each.
func TestEachRunsEveryOneOnce(t *testing.T) {
	for n := range 8 {
		runs := make([]atomic.Int32, n)
		var last string
		Each(n, func(i int) {
			runs[i].Add(1)
			if i == n-1 {
				last = goroutineID()
			}
		})
		for i := range runs {
			if got := runs[i].Load(); got != 1 {
				t.Errorf("Each(%d): index %d ran %d times", n, i, got)
			}
		}
		if n > 0 && last != goroutineID() {
			t.Errorf("Each(%d): the last ran on goroutine %s, not the caller's", n, last)
		}
	}
}

// TestDeepenGrowsTheStackOnce: after Deepen, a call that needs 20 KB of stack runs without
// the stack being copied (a local's address stays), where without it the stack is copied.
func TestDeepenGrowsTheStackOnce(t *testing.T) {
	moved := func(deepen bool) bool {
		done := make(chan bool)
		go func() {
			if deepen {
				Deepen()
			}
			var mark byte
			before := uintptr(unsafe.Pointer(&mark))
			needs20KB()
			done <- uintptr(unsafe.Pointer(&mark)) != before
		}()
		return <-done
	}
	if moved(true) {
		t.Error("the stack was copied for a call of 20 KB after Deepen")
	}
	if !moved(false) {
		t.Error("the stack was not copied without Deepen: the test shows nothing")
	}
}

//go:noinline
func needs20KB() byte {
	var room [20 << 10]byte
	return room[deepenAt]
}

// TestEachWaitsWhenItsOwnPanics: a panic in the piece Each runs on the caller's goroutine
// reaches the caller only once the other pieces have finished.
func TestEachWaitsWhenItsOwnPanics(t *testing.T) {
	var finished atomic.Bool
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic was lost")
			}
			if !finished.Load() {
				t.Error("the panic reached the caller before the other piece finished")
			}
		}()
		Each(2, func(i int) {
			if i == 0 {
				time.Sleep(20 * time.Millisecond)
				finished.Store(true)
				return
			}
			panic("the caller's piece")
		})
	}()
}
