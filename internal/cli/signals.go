package cli

import (
	"context"
	"errors"
	"fmt"
	"haven/internal/output"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// Stoppable is a context that Ctrl-C, a closed terminal and a polite kill cancel: a run stops
// through it, takes its temporary files away and writes nothing. Its cause is the signal
// (stopSignal), for the exit status.
//
// The signals are caught from a goroutine of their own. Catching them waits for a thread of
// its own (about a third of a millisecond at start), which the run need not wait for: it
// writes nothing until long after, and a run killed before they are caught (or by kill -9)
// leaves at most temporary files, which the next run into the folder clears.
//
// The checks and the layout of a long text do not look at the context: a run stopped among
// them ends stopGrace after the signal, or at a second one, as one killed outright does, and
// says so.
func Stoppable() (context.Context, context.CancelFunc) {
	ctx, stop := context.WithCancelCause(context.Background())
	go func() {
		sigs := make(chan os.Signal, 2)
		signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		select {
		case sig := <-sigs:
			s := sig.(syscall.Signal)
			stop(stopSignal{s})
			select {
			case <-sigs:
			case <-time.After(stopGrace):
			}
			// files half put in place are old and new ones side by side, which someone may
			// print or upload before the next run finishes them: the renames end first (on a
			// slow network disk, a second or two; kill -9 still stops at once)
			// and the temporary files of a run that had not begun them go, not to be copied
			// with the kit (output.Halt)
			waited := false
			for deadline := time.Now().Add(renameWait); output.Halt() && time.Now().Before(deadline); waited = true {
				time.Sleep(5 * time.Millisecond)
			}
			if waited {
				sayInPlace(stopSignal{s})
			} else if output.Placed() { // folder by folder: the folders done stay
				fmt.Fprintf(os.Stderr, "haven: %s before the run could finish: the files it had put in place stay, and it took its other files away; run it again to write them all\n", stopSignal{s})
			} else {
				fmt.Fprintf(os.Stderr, "haven: %s before the run could finish: it wrote nothing and took its temporary files away\n", stopSignal{s})
			}
			os.Exit(128 + int(s))
		case <-ctx.Done():
		}
	}()
	return ctx, func() { stop(nil) }
}

// stopGrace is how long a stopped run has to take its temporary files away itself;
// renameWait how long more it has to finish putting its files in place, once begun.
const (
	stopGrace  = 3 * time.Second
	renameWait = 60 * time.Second
)

// stopSignal is the signal that stopped a run.
type stopSignal struct{ sig syscall.Signal }

func (s stopSignal) Error() string { return "stopped by " + s.sig.String() }

// exitStatus is a run's exit status as the shell gives a process a signal stopped, 128 plus
// the signal (130 for Ctrl-C, 143 for kill, 129 for a closed terminal), when ctx was stopped by
// one and the run failed for it or finished all the same (stopped as it put its files in
// place, which it ends first): a script's loop stops at Ctrl-C however far the run had come.
// Else code.
func exitStatus(ctx context.Context, code int) int {
	s, ok := context.Cause(ctx).(stopSignal)
	switch {
	case !ok:
		return code
	case code == exitOK && output.Placed():
		sayInPlace(s)
	case code == exitOK: // a run that writes no files (check)
		fmt.Fprintf(os.Stderr, "haven: %s as the run ended: it had finished, and what it says above is whole\n", s)
	case code != exitFail:
		return code
	}
	return 128 + int(s.sig)
}

// sayInPlace says that a run was stopped once its files were in place; once, as the run and
// the goroutine that caught the signal may both end with it.
func sayInPlace(s stopSignal) {
	inPlaceSaid.Do(func() {
		fmt.Fprintf(os.Stderr, "haven: %s once the files it was putting in place were in place: a folder half replaced would hold old and new files side by side\n", s)
	})
}

var inPlaceSaid sync.Once

// reportWriter is standard output, which a run's report goes to: a write that fails is kept,
// not returned, so that the run goes on and writes its files; a reader that stopped reading
// (haven build | head -1) is not a failure (SIGPIPE is ignored, so that the write fails
// instead of killing the run midway).
type reportWriter struct {
	w   io.Writer
	err error
}

func (r *reportWriter) Write(p []byte) (int, error) {
	if r.err == nil {
		if _, err := r.w.Write(p); err != nil && !errors.Is(err, syscall.EPIPE) {
			r.err = err
		}
	}
	return len(p), nil
}
