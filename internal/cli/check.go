package cli

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"haven/internal/build"
	"haven/internal/kinds"
)

type checkOptions struct {
	common
	kinds      []string
	placements string
}

func newCheckCmd(st streams, run runF[checkOptions]) *cobra.Command {
	o := &checkOptions{common: common{streams: st}, kinds: kinds.Names()}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Check a content folder without writing anything",
		Long: `check loads the content and makes every output that build would make, in memory, reading
each PDF back, and reports each problem as file:line: field: what is wrong (hint). For a
language whose text needs characters its font lacks, it says which come from which other
font (e.g. a French narrow no-break space from Noto Sans). It exits 0
when everything is fine, 1 when the content has a problem and 2 for a mistake in the command
line. With --placements, it reads the placements file as build would and checks the outputs
of its longest code, whose QR codes are the densest. Nothing is written.`,
		Example: `  haven check
  haven check --content my-content
  haven check --campaign spring-2027 --placements places.csv`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.validate(cmd, o.kinds); err != nil {
				return err
			}
			return run(cmd.Context(), o)
		},
	}
	o.register(cmd, o.kinds)
	placementsFlag(cmd, &o.placements, "checked as build reads it, and the outputs of its longest code")
	return cmd
}

func runCheck(ctx context.Context, o *checkOptions) error {
	o.placed = o.placements != ""
	ct, fams, err := o.load()
	if err != nil {
		return err
	}
	o.sayBuiltIn(ct)
	if _, err := created(); err != nil { // build would refuse it: check says what build would
		return err
	}
	places, err := o.loadPlacements(ct, o.placements, "")
	if err != nil {
		return err
	}
	// build checks every code's outputs as it makes them; the longest code's, checked first,
	// are those most likely not to fit: its links are the longest, their QR codes the densest
	codes := slices.Clone(places.Codes)
	longest := 0
	for i, c := range codes {
		if len(c) > len(codes[longest]) {
			longest = i
		}
	}
	if len(codes) > 0 {
		codes[0], codes[longest] = codes[longest], codes[0]
	}
	bo := build.Options{Content: ct, Families: fams, Kinds: o.placedKinds(o.kinds, places, "check it"), Langs: o.langs, Papers: o.papers, Placements: codes,
		Proof: proofPaper(true, o.papers, ct.Settings.Country), Guide: proofPaper(true, o.papers, ct.Settings.Country)}
	n, notes, err := build.Check(ctx, bo)
	if err != nil {
		return err
	}
	for _, s := range notes { // what a layout chose that the user should hear of
		fmt.Fprintln(o.stdout, "note: "+s)
	}
	faces, err := build.Faces(bo)
	if err != nil {
		return err
	}
	for _, f := range faces {
		if strings.Contains(f, "; ") { // a language set in another face, borrowing characters, or printing italic upright
			fmt.Fprintln(o.stdout, f)
		}
	}
	langs := len(ct.Languages)
	if len(o.langs) > 0 {
		langs = len(o.langs)
	}
	each := ""
	if len(o.pageOnly) > 0 { // said above: printed in no PDF
		each = fmt.Sprintf(" (%s: the resource page only)", strings.Join(o.pageOnly, ", "))
		if o.placed { // a batch makes no page
			each = fmt.Sprintf(" (%s: not printed)", strings.Join(o.pageOnly, ", "))
		}
	}
	if len(codes) > 0 {
		each += fmt.Sprintf(", for each of %d %s (checked for the longest, %s)", len(codes), plural(len(codes), "placement code"), codes[0])
	}
	checked := "every text fits, and every text, number, link and QR code reads back right from the PDF"
	if len(o.pageOnly) == langs { // nothing printed: the pages alone
		checked = "every text, number and link of the page is right"
	}
	fmt.Fprintf(o.stdout, "ok: %d %s in %d %s%s: %s\n", n, plural(n, "output"), langs, plural(langs, "language"), each, checked)
	o.warnedAbove()
	return nil
}
