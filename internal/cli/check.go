package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"haven/internal/build"
)

func newCheckCmd(stdout io.Writer) *cobra.Command {
	o := &buildOptions{kinds: build.Kinds}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Check a content folder without writing anything",
		Long: `check loads the content and lays out every output that build would make, reading every QR
code back, and reports each problem as file:line: field: what is wrong (hint). It exits 0 when
everything is fine and 1 otherwise. Nothing is written.`,
		Example: `  haven check
  haven check --content my-content`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ct, fams, err := o.load()
			if err != nil {
				return err
			}
			n, err := build.Check(build.Options{Content: ct, Families: fams, Kinds: o.kinds, Langs: o.langs, Papers: o.papers})
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "ok: %d outputs in %d languages lay out, every text fits, and every QR code reads back right\n", n, len(ct.Languages))
			return nil
		},
	}
	o.register(cmd.Flags())
	return cmd
}
