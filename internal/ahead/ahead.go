// Package ahead runs work on another goroutine before its result is needed: a run has two
// cores, and most of its steps are a chain in which each waits for the one before.
package ahead

// Go starts fn on a goroutine of its own and returns what waits for its result. A panic in fn
// is raised again in the goroutine that waits, as if fn had run there. The result may be
// asked for any number of times.
func Go[T any](fn func() (T, error)) func() (T, error) {
	var v T
	var err error
	var p any
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { p = recover() }()
		v, err = fn()
	}()
	return func() (T, error) {
		<-done
		if p != nil {
			panic(p)
		}
		return v, err
	}
}
