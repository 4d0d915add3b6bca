// Command haven makes print-ready hotline handouts, wallet cards and posters.
package main

import (
	"os"

	"haven/internal/cli"
)

func main() { os.Exit(cli.Main()) }
