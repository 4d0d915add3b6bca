package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"haven/internal/build"
)

type buildOptions struct {
	common
	kinds []string
	jobs  int
}

func newBuildCmd(stdout, stderr io.Writer) *cobra.Command {
	o := &buildOptions{kinds: build.Kinds}
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Make the whole kit: handouts, wallet cards and posters in every language",
		Long: `build makes every output of every kind, size and language into the output folder, from the
built-in content unless --content names another folder. It prints each file with its page
count and the address its QR codes open.`,
		Example: `  haven build
  haven build --lang es --out print/spanish
  haven build --content my-content --campaign spring-fair`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runBuild(o, stdout, stderr) },
	}
	o.register(cmd.Flags())
	cmd.Flags().IntVar(&o.jobs, "jobs", 0, "documents made at once (default: the number of CPUs)")
	return cmd
}

// newKindCmd is the command for one kind of output, e.g. haven handout.
func newKindCmd(kind string, stdout, stderr io.Writer) *cobra.Command {
	o := &buildOptions{kinds: []string{kind}}
	about := map[string]string{
		"handout": "Make the FAQ handout (one sheet, both sides) and its large-print edition",
		"cards":   "Make wallet-card sheets (fronts, then backs for duplex), a discreet sheet and a print-shop card",
		"poster":  "Make posters from Letter to 24 x 36 in, and a Letter flyer with tear-off tabs",
	}
	example := map[string]string{
		"handout": `  haven handout
  haven handout --lang en --paper letter
  haven handout --lang es --url https://example.org/ayuda --campaign school-2027`,
		"cards": `  haven cards
  haven cards --paper letter --lang en,es
  (print the sheet double-sided, flip on the long edge, then cut along the marks)`,
		"poster": `  haven poster
  haven poster --paper 24x36 --lang es
  haven poster --paper letter,tabloid --url https://example.org/help --campaign fair-2027`,
	}
	cmd := &cobra.Command{
		Use:     kind,
		Short:   about[kind],
		Example: example[kind],
		Args:    noArgs,
		RunE:    func(cmd *cobra.Command, args []string) error { return runBuild(o, stdout, stderr) },
	}
	o.register(cmd.Flags())
	cmd.Flags().IntVar(&o.jobs, "jobs", 0, "documents made at once (default: the number of CPUs)")
	return cmd
}

func runBuild(o *buildOptions, stdout, stderr io.Writer) error {
	start := time.Now()
	ct, fams, err := o.load()
	if err != nil {
		return err
	}
	when, err := created()
	if err != nil {
		return err
	}
	res, err := build.Run(build.Options{
		Content: ct, Families: fams, Out: o.out, Kinds: o.kinds,
		Langs: o.langs, Papers: o.papers, Jobs: o.jobs, Created: when,
	})
	if err != nil {
		return err
	}
	pages := 0
	for _, r := range res {
		pages += r.Pages
		fmt.Fprintf(stdout, "%-40s %2d %-6s QR: %s\n", r.Path, r.Pages, plural(r.Pages, "page"), strings.Join(r.URLs, " "))
	}
	fmt.Fprintf(stdout, "%d files, %d pages in %s/ (%.2f s); every QR code was read back and checked\n",
		len(res), pages, filepath.Clean(o.out), time.Since(start).Seconds())
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
