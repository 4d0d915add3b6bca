// Package cli is haven's command line: one cobra command per verb, each with an options
// struct and a run function. Nothing here is global, so tests can run commands side by side.
package cli

import (
	"context"
	"errors"
	"fmt"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/kinds"
	"haven/internal/output"
	"haven/internal/typeface"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"

	"codeberg.org/go-pdf/fpdf"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// usageError marks a mistake in the command line rather than in the content.
type usageError struct{ error }

// Ready readies the process for a run of os.Args, first, before any goroutine starts: a
// printing run's compressors are warmed while the program runs on one thread (see
// fpdf.WarmCompressors: on two, every page they touch interrupts the other core), and its
// built-in fonts begin to parse on another core while the command line is read.
func Ready() {
	// A run is short and its live heap small (10 to 30 MB, also in large batches, which stream
	// to disk): collecting garbage a quarter as often saves a fifth of a handout's time, and
	// the soft limit keeps a batch of thousands of placements within the same memory as ten.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(96 << 20)
	if printing(os.Args[1:]) {
		fpdf.WarmCompressors(2)
		typeface.Preload()
	}
}

// Main runs haven with os.Args and returns the exit status: the run's, whatever became of its
// report on standard output (a pipe closed early, a full disk): a script needs to know whether
// the files were made. A report that could not be written is said on stderr; only a command
// whose output is its report (version, completion, help) fails for it.
func Main(ctx context.Context) int {
	signal.Ignore(syscall.SIGPIPE)
	out := &reportWriter{w: os.Stdout}
	code := exitStatus(ctx, Run(ctx, os.Args[1:], out, os.Stderr))
	if out.err != nil {
		if !printing(os.Args[1:]) && code == exitOK {
			fmt.Fprintf(os.Stderr, "haven: error: cannot write to standard output: %v\n", out.err)
			return exitFail
		}
		fmt.Fprintf(os.Stderr, "haven: warning: cannot write to standard output: %v (the report is lost; the exit status is the run's)\n", out.err)
	}
	return code
}

// printing is whether args name a command that lays out and prints documents. Only speed
// depends on it: a run it misses parses its fonts when it needs them.
func printing(args []string) bool {
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			return a == "build" || a == "check" || a == "proof" || slices.Contains(kinds.Names(), a)
		}
	}
	return false
}

// Run runs haven with args, writing to stdout and stderr.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return execute(ctx, newRoot(streams{stdout, stderr}, runners{runBuild, runCheck, runInit}), args, stderr)
}

// runF is what a command does with its options once the flags are parsed and checked: the
// real run, or in tests a function that records the options (as cli/cli does).
type runF[O any] func(ctx context.Context, o *O) error

// runners are what the commands do once their flags are checked; tests put recorders here.
type runners struct {
	build runF[buildOptions]
	check runF[checkOptions]
	init  runF[initOptions]
}

// execute runs root with args and turns its error into the exit status, by one rule: 0 when
// all went well, 2 for a mistake in the command line, 1 for anything else (the content, an
// input file's contents, the output folder, an interruption, which Main says as 128 plus the
// signal).
func execute(ctx context.Context, root *cobra.Command, args []string, stderr io.Writer) int {
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	if strings.HasPrefix(err.Error(), "unknown command ") { // cobra's own, untyped
		err = usageError{err}
	}
	if _, word, ok := strings.Cut(err.Error(), "unknown shorthand flag: "); ok { // -content, typed with one dash
		if _, flag, ok := strings.Cut(word, " in -"); ok && len(flag) > 1 {
			bare := strings.TrimLeft(flag, otherDashes) // "-–out", a hyphen and an en dash
			name, _, _ := strings.Cut(bare, "=")
			if root.Flags().Lookup(name) != nil || slices.ContainsFunc(root.Commands(), func(c *cobra.Command) bool { return c.Flags().Lookup(name) != nil }) {
				switch {
				case bare != flag:
					err = usageError{fmt.Errorf("-%s begins with a dash that is not two hyphens, as a word processor writes them: type it as --%s", flag, name)}
				case !strings.HasPrefix(flag, "-"):
					err = usageError{fmt.Errorf("-%s has one dash: write --%s", flag, name)}
				}
			}
		}
	}
	printError(stderr, err)
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(stderr, "Run 'haven --help' for usage.")
		return exitUsage
	}
	return exitFail
}

func printError(w io.Writer, err error) {
	var ps diag.Problems
	var rest []string // errors beside the content's located problems: each is said too
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range joined.Unwrap() {
			var p diag.Problems
			if errors.As(e, &p) {
				ps = append(ps, p...)
			} else {
				rest = append(rest, e.Error())
			}
		}
	} else if !errors.As(err, &ps) {
		rest = []string{err.Error()}
	}
	var located []string
	for _, p := range ps.Sort() {
		located = append(located, p.Error())
	}
	rest = append(located, rest...)
	if len(rest) == 1 {
		if msg := rest[0]; strings.Contains(msg, "\n") {
			fmt.Fprintf(w, "haven: error:\n  %s\n", strings.ReplaceAll(msg, "\n", "\n  "))
		} else {
			fmt.Fprintf(w, "haven: error: %s\n", msg)
		}
		return
	}
	where := " in the content"
	if errors.Is(err, output.ErrDiskFull) || errors.Is(err, output.ErrReadOnly) || errors.Is(err, fs.ErrPermission) { // the disk's or the folder's, not the content's
		where = ""
	}
	fmt.Fprintf(w, "haven: error: %d problems%s; nothing was written:\n", len(rest), where)
	for _, msg := range rest[:min(len(rest), shownProblems)] {
		fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(msg, "\n", "\n  "))
	}
	if more := len(rest) - shownProblems; more > 0 {
		fmt.Fprintf(w, "  and %d more, not shown: fix these first, then run haven check again for the rest\n", more)
	}
}

// shownProblems is the most problems a run lists: a file pasted twice, or another file's text
// pasted in, can make thousands of one kind, which fill the terminal past the first.
const shownProblems = 100

func newRoot(st streams, run runners) *cobra.Command {
	root := &cobra.Command{
		Use:   "haven",
		Short: "Print-ready FAQ handouts, wallet cards and posters with hotline numbers and QR codes",
		Long: `haven turns FAQ content and hotline information into print-ready PDFs: FAQ handouts,
wallet-card sheets and posters, each with a QR code that opens the full resource page.

Every phone number comes from one settings file, and every text, number, link and QR code is
read back from the PDF and checked before the file is written. The default content (a
plain-language FAQ on Domestic Minor Sex Trafficking with the National Human Trafficking
Hotline, in English and Spanish) is built in; 'haven init DIR' writes a copy to edit.`,
		Example: `  haven build                         # the whole kit into out/
  haven handout --lang es --paper a4  # one handout
  haven init my-content               # a content folder to edit
  haven build --content my-content --url https://missionhaven.org/help`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       currentVersion(),
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetOut(st.stdout)
	root.SetErr(st.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		var ue usageError // a flag's own words (see strict), without pflag's "invalid argument" before them
		if errors.As(err, &ue) {
			return ue
		}
		var bad *pflag.InvalidValueError // pflag's words name strconv, not what to give
		if errors.As(err, &bad) {
			switch f := bad.GetFlag(); f.Value.Type() {
			case "int":
				return usageError{fmt.Errorf("--%s %q: give a whole number, e.g. --%s 2", f.Name, bad.GetValue(), f.Name)}
			case "bool":
				return usageError{fmt.Errorf("--%s=%s: give --%s alone, or --%s=false", f.Name, bad.GetValue(), f.Name, f.Name)}
			}
		}
		if name, ok := strings.CutPrefix(err.Error(), "unknown flag: --"); ok { // --contnet, --Content
			if near := nearFlag(c, name); near != "" {
				return usageError{fmt.Errorf("%w (did you mean --%s?)", err, near)}
			}
			if others := flagOf(c.Root(), name); len(others) > 0 { // haven build --edition large
				return usageError{fmt.Errorf("%w: it is a flag of haven %s, not of haven %s", err, strings.Join(others, " and haven "), c.Name())}
			}
		}
		return usageError{err}
	})
	root.AddCommand(newBuildCmd(st, run.build))
	for _, k := range kinds.All() {
		root.AddCommand(newKindCmd(k, st, run.build))
	}
	root.AddCommand(
		newProofCmd(st, run.build),
		newCheckCmd(st, run.check),
		newInitCmd(st, run.init),
		newVersionCmd(st.stdout),
	)
	strict(root)
	unknownTopics(root)
	return root
}

// unknownTopics makes cobra's help and completion commands refuse a word they do not know
// (haven help nosuch, haven completion tcsh) as any unknown command is refused, a mistake in
// the command line (exit 2): they printed help, and exited 0 as if all went well.
func unknownTopics(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			show := c.Run
			c.Run, c.RunE = nil, func(c *cobra.Command, args []string) error {
				if _, _, err := c.Root().Find(args); err != nil { // unknown command "nosuch" for "haven"
					return usageError{err}
				}
				show(c, args)
				return nil
			}
		case "completion": // run alone, it shows its help; a command that runs takes no word it does not know
			c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
		}
	}
}

// flagOf are the commands under root that have the flag name (an unknown one, after its --, with
// any =value), in order.
func flagOf(root *cobra.Command, name string) []string {
	name, _, _ = strings.Cut(name, "=")
	var out []string
	for _, c := range root.Commands() {
		if f := c.Flags().Lookup(name); f != nil && !f.Hidden {
			out = append(out, c.Name())
		}
	}
	return out
}

// nearFlag is the flag of cmd that name (an unknown one, after its --) likely means: the same
// but for case, or within two letters' edits (--contnet, --paprs); "" when none is.
func nearFlag(cmd *cobra.Command, name string) string {
	name, _, _ = strings.Cut(name, "=")
	best, dist := "", 3
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		d := edits(strings.ToLower(name), f.Name)
		if d < dist || d == dist && best != "" && f.Name < best {
			best, dist = f.Name, d
		}
	})
	if dist > 2 || dist == 2 && len(name) < 5 { // two edits of a short name make another word
		return ""
	}
	return best
}

// edits is how many letters a and b differ by, one left out, added, changed, or two side by side
// swapped (--lnag), in bytes: flag names are ASCII.
func edits(a, b string) int {
	var before []int // the row before prev
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		before, prev = prev, cur
	}
	return prev[len(b)]
}

// listGiven is the list flag (--lang, --paper, --edition) the stray argument likely belongs
// to, and its values: "--lang en es" gives es as an argument, where en,es was meant. Of several
// given, the one the argument is a value of, as its completion lists them ("a4" is a paper).
func listGiven(cmd *cobra.Command, stray string) (name string, values []string) {
	cmd.Flags().Visit(func(f *pflag.Flag) {
		s, ok := f.Value.(pflag.SliceValue)
		if !ok {
			return
		}
		if name == "" || completes(cmd, f.Name, stray) {
			name, values = f.Name, s.GetSlice()
		}
	})
	return name, values
}

// completes reports whether value is one of those the shell completion offers for the flag
// (each perhaps with a tab and what it is).
func completes(cmd *cobra.Command, flag, value string) bool {
	complete, ok := cmd.GetFlagCompletionFunc(flag)
	if !ok {
		return false
	}
	offered, _ := complete(cmd, nil, "")
	return slices.ContainsFunc(offered, func(o string) bool { v, _, _ := strings.Cut(o, "\t"); return strings.EqualFold(v, value) })
}

// otherDashes are the dashes a word processor or a web page puts for a hyphen or two.
const otherDashes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

// dashedFlag is the flag of cmd that arg names after a dash other than two hyphens
// ("—content", "–-out", "−−lang"), and whether it does.
func dashedFlag(cmd *cobra.Command, arg string) (string, bool) {
	name := strings.TrimLeft(arg, "-"+otherDashes)
	if len(name) == len(arg) || !strings.ContainsAny(arg[:len(arg)-len(name)], otherDashes) {
		return "", false
	}
	name, _, _ = strings.Cut(name, "=")
	return name, cmd.Flags().Lookup(name) != nil
}

// noArgs rejects stray arguments as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		msg := fmt.Sprintf("%s takes no arguments, got %q", cmd.CommandPath(), strings.Join(args, " "))
		if flag, ok := dashedFlag(cmd, args[0]); ok {
			// a command pasted from a word processor, which makes "--" a dash
			msg += fmt.Sprintf("; %s begins with a dash that is not two hyphens, as a word processor writes them: type it as --%s", args[0], flag)
		} else if _, err := os.Stat(filepath.Join(args[0], content.SettingsFile)); err == nil && cmd.Flags().Lookup("content") != nil {
			msg += fmt.Sprintf("; to use the content folder %s, give it as --content %s", args[0], args[0])
		} else if name, values := listGiven(cmd, args[0]); name != "" {
			msg += fmt.Sprintf("; to give --%s more than one, join them with commas: --%s %s", name, name, strings.Join(append(values, args...), ","))
		}
		return usageError{errors.New(msg)}
	}
	return nil
}
