// Command haven makes print-ready hotline handouts, wallet cards and posters.
package main

import (
	"os"

	"haven/internal/ahead"
	"haven/internal/cli"
)

// Ctrl-C, a closed terminal and a polite kill all stop a run the same way: through the
// context, so the run takes its temporary files away and writes nothing. The process is
// readied first, before the signals are caught on a goroutine of their own (see cli.Ready).
func main() {
	ahead.Deepen() // the run's main work runs here too
	cli.Ready()
	ctx, stop := cli.Stoppable()
	code := cli.Main(ctx)
	stop()
	os.Exit(code)
}
