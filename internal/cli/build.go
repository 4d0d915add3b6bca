package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"haven/internal/build"
	"haven/internal/input"
	"haven/internal/kinds"
	"haven/internal/placement"
)

type buildOptions struct {
	common
	kinds      []string
	jobs       int
	placements string
}

// registerBuild adds the flags of the commands that write files.
func (o *buildOptions) registerBuild(f *pflag.FlagSet) {
	o.register(f)
	f.IntVar(&o.jobs, "jobs", 0, "documents made at once, 1 to 256 (default 0: one per CPU)")
	f.StringVar(&o.placements, "placements", "", "CSV file with a 'code' column: one copy of each output per code, in OUT/CODE/, its QR links tagged utm_content=CODE (needs --campaign)")
}

func newBuildCmd(st streams, run runF[buildOptions]) *cobra.Command {
	o := &buildOptions{common: common{streams: st}, kinds: kinds.Names()}
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
		RunE: o.runE(run),
	}
	o.registerBuild(cmd.Flags())
	return cmd
}

// runE checks the flags, then runs.
func (o *buildOptions) runE(run runF[buildOptions]) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if err := o.validate(cmd, o.kinds); err != nil {
			return err
		}
		jobs, err := checkJobs(o.jobs)
		if err != nil {
			return err
		}
		o.jobs = jobs
		return run(cmd.Context(), o)
	}
}

// newKindCmd is the command for one kind of output, e.g. haven handout.
func newKindCmd(k kinds.Kind, st streams, run runF[buildOptions]) *cobra.Command {
	o := &buildOptions{common: common{streams: st}, kinds: []string{k.Name}}
	example := map[string]string{
		"handout": `  haven handout
  haven handout --lang en --paper letter
  haven handout --lang es --url https://example.org/ayuda --campaign school-2027`,
		"cards": `  haven cards
  haven cards --paper letter --lang en,es
  (print the sheet double-sided, flip on the long edge, then cut along the marks)`,
		"poster": `  haven poster
  haven poster --paper 24x36 --lang es
  haven poster --paper tearoff          # the Letter flyer with tear-off tabs
  haven poster --paper letter,tabloid --url https://example.org/help --campaign fair-2027`,
	}
	cmd := &cobra.Command{
		Use:     k.Name,
		Short:   k.About,
		Example: example[k.Name],
		Args:    noArgs,
		RunE:    o.runE(run),
	}
	o.registerBuild(cmd.Flags())
	return cmd
}

func runBuild(ctx context.Context, o *buildOptions) error {
	start := time.Now()
	ct, fams, err := o.load()
	if err != nil {
		return err
	}
	when, err := created()
	if err != nil {
		return err
	}
	var codes []string
	if o.placements != "" {
		if ct.Settings.Campaign == "" {
			return usageError{fmt.Errorf("--placements needs --campaign NAME: placement codes are reported within a campaign")}
		}
		if codes, err = placement.Load(o.placements); err != nil {
			if input.Unopenable(err) {
				return usageError{fmt.Errorf("--placements %s %s", o.placements, input.Describe(err))}
			}
			return err
		}
	}
	res, err := build.Run(ctx, build.Options{
		Content: ct, Families: fams, Out: o.out, Kinds: o.kinds,
		Langs: o.langs, Papers: o.papers, Jobs: o.jobs, Created: when,
		Placements: codes, Progress: progressBar(o.stderr),
	})
	if err != nil {
		return err
	}
	summarize(o.stdout, res, filepath.Clean(o.out), len(codes), time.Since(start))
	return nil
}

// summarize lists each file, or for a placement batch, one line per output name.
func summarize(w io.Writer, res []build.Result, out string, placements int, took time.Duration) {
	pages := 0
	for _, r := range res {
		pages += r.Pages
	}
	if placements == 0 {
		for _, r := range res {
			fmt.Fprintf(w, "%-40s %2d %-6s QR: %s\n", r.Path, r.Pages, plural(r.Pages, "page"), strings.Join(r.URLs, " "))
			if r.Note != "" {
				fmt.Fprintf(w, "  %s\n", r.Note)
			}
		}
	} else {
		first := res[0].Path
		dir := filepath.Dir(first)
		for _, r := range res {
			if filepath.Dir(r.Path) != dir {
				break
			}
			fmt.Fprintf(w, "%-40s %2d %-6s QR: %s\n", filepath.Join(out, "CODE", filepath.Base(r.Path)), r.Pages, plural(r.Pages, "page"),
				strings.Replace(strings.Join(r.URLs, " "), "utm_content="+filepath.Base(dir), "utm_content=CODE", -1))
		}
		fmt.Fprintf(w, "for each of %d placement codes, in %s/CODE/\n", placements, out)
	}
	fmt.Fprintf(w, "%d files, %d pages in %s/ (%.2f s); every text, number, link and QR code was read back from the PDF and checked\n", len(res), pages, out, took.Seconds())
}

// progressBar draws progress on a terminal and stays quiet when output goes to a file or pipe.
func progressBar(w io.Writer) func(done, total int) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return func(done, total int) {
		const width = 30
		n := done * width / total
		fmt.Fprintf(w, "\r[%s%s] %d/%d", strings.Repeat("=", n), strings.Repeat(" ", width-n), done, total)
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
