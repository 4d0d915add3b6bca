package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// Stoppable is a context that Ctrl-C, a closed terminal and a polite kill cancel: a run stops
// through it, takes its temporary files away and writes nothing.
//
// The signals are caught from a goroutine of their own. Catching them waits for a thread of
// its own (about a third of a millisecond at start), which the run need not wait for: it
// writes nothing until long after, and a run killed before they are caught (or by kill -9)
// leaves at most temporary files, which the next run into the folder clears.
func Stoppable() (context.Context, context.CancelFunc) {
	ctx, stop := context.WithCancel(context.Background())
	go func() {
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		select {
		case <-sigs:
			stop()
		case <-ctx.Done():
		}
	}()
	return ctx, stop
}
