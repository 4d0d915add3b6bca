// Package ahead runs work on another goroutine before its result is needed: a run has two
// cores, and most of its steps are a chain in which each waits for the one before.
//
// The goroutines are kept and reused. A goroutine's stack starts small and grows, by copying,
// as deep work such as parsing or layout needs it; a run's short-lived goroutines grew theirs
// again each time, about a twentieth of a handout's CPU. A kept goroutine grows its stack once.
package ahead

import "sync"

// Go starts fn on a goroutine of its own and returns what waits for its result. A panic in fn
// is raised again in the goroutine that waits, as if fn had run there. The result may be
// asked for any number of times.
func Go[T any](fn func() (T, error)) func() (T, error) {
	var v T
	var err error
	var p any
	done := make(chan struct{})
	Run(func() {
		defer close(done)
		defer func() { p = recover() }()
		v, err = fn()
	})
	return func() (T, error) {
		<-done
		if p != nil {
			panic(p)
		}
		return v, err
	}
}

// Run runs fn on another goroutine: one that waits for work, or a new one. fn must not let a
// panic out: it would end the program, as in any goroutine.
func Run(fn func()) {
	select {
	case work <- fn:
	default:
		go worker(fn)
	}
}

// A Group runs functions as Run does and waits for them all, as sync.WaitGroup's Go and Wait do.
type Group struct{ wg sync.WaitGroup }

// Go runs fn as Run does, counted by Wait.
func (g *Group) Go(fn func()) {
	g.wg.Add(1)
	Run(func() {
		defer g.wg.Done()
		fn()
	})
}

// Wait waits for every function Go was given.
func (g *Group) Wait() { g.wg.Wait() }

// Each runs fn for each i below n and returns once every one has run: the last on this
// goroutine, the others each on another, so that one piece of work is not handed to another
// goroutine and back while this one waits.
func Each(n int, fn func(i int)) {
	var g Group
	defer g.Wait() // also when fn panics here: the others finish before the panic goes on
	for i := range n - 1 {
		g.Go(func() { fn(i) })
	}
	if n > 0 {
		fn(n - 1)
	}
}

// Deepen gives the calling goroutine the stack that deep work (YAML, Markdown, layout, PDF)
// needs, 32 KB, at once: a goroutine's stack starts at 2 KB and doubles, by copying, each time a
// call needs more, and deep work doubled it four times, each copy walking every frame on it
// (the copies took about a thirtieth of a handout's CPU). Grown here, it is copied once, while
// it holds a frame or two.
func Deepen() { deepen() }

// deepenAt is always 0: the room deepen asks for is read, so it is not left out.
var deepenAt int

//go:noinline
func deepen() byte {
	var room [28 << 10]byte // with what the runtime keeps free, the next size up is 32 KB
	return room[deepenAt]
}

// work hands a function to a waiting worker.
var work = make(chan func())

// worker runs fn, then each function handed to it, for as long as the program runs.
func worker(fn func()) {
	Deepen()
	for {
		fn()
		fn = <-work
	}
}
