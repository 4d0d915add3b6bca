package cli

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version is set at link time with -ldflags "-X haven/internal/cli.version=v1.2.3"; without it
// the module version and the commit the binary was built from say which haven it is.
var version = ""

// versionLine is what `haven version` and `haven --version` print: the version, the commit and
// its date, and whether the tree had changes not yet committed, from the build information Go
// writes into every binary.
func versionLine(bi *debug.BuildInfo, ok bool) string {
	v := version
	var rev, when, dirty string
	if ok {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version // go install haven@vX.Y.Z
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = " with uncommitted changes"
				}
			}
		}
	}
	if v == "" {
		v = "dev"
	}
	out := []string{"haven " + v}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		c := "commit " + rev + dirty
		if when != "" {
			c += ", " + when
		}
		out = append(out, "("+c+")")
	}
	if ok && bi.GoVersion != "" {
		out = append(out, "built with "+bi.GoVersion)
	}
	return strings.Join(out, " ")
}

func currentVersion() string { return versionLine(debug.ReadBuildInfo()) }

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print haven's version, the commit it was built from and its date",
		Example: "  haven version\n  haven --version",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintln(stdout, currentVersion())
			return nil
		},
	}
}
