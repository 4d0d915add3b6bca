package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"haven/internal/build"
	"haven/internal/kinds"
)

func newCheckCmd(stdout io.Writer) *cobra.Command {
	o := &buildOptions{kinds: kinds.Names()}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Check a content folder without writing anything",
		Long: `check loads the content and makes every output that build would make, in memory, reading
each PDF back, and reports each problem as file:line: field: what is wrong (hint). It exits 0
when everything is fine and 1 otherwise. Nothing is written.`,
		Example: `  haven check
  haven check --content my-content`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := kinds.Plan(o.kinds, o.papers); err != nil {
				return usageError{err}
			}
			ct, fams, err := o.load()
			if err != nil {
				return err
			}
			n, err := build.Check(cmd.Context(), build.Options{Content: ct, Families: fams, Kinds: o.kinds, Langs: o.langs, Papers: o.papers})
			if err != nil {
				return err
			}
			langs := len(ct.Languages)
			if len(o.langs) > 0 {
				langs = len(o.langs)
			}
			fmt.Fprintf(stdout, "ok: %d outputs in %d %s: every text fits, and every text, number, link and QR code reads back right from the PDF\n", n, langs, map[bool]string{true: "language", false: "languages"}[langs == 1])
			return nil
		},
	}
	o.register(cmd.Flags())
	return cmd
}
