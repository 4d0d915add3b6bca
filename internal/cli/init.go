package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	defaultcontent "haven/content"
)

type initOptions struct {
	streams
	dir string
}

func newInitCmd(st streams, run runF[initOptions]) *cobra.Command {
	o := &initOptions{streams: st}
	return &cobra.Command{
		Use:   "init DIR",
		Short: "Write the built-in content to DIR, to edit",
		Long: `init writes a copy of the built-in content (settings.yaml and one folder per language) to
DIR. Edit it, then build from it with --content DIR. DIR must not exist yet or be empty.`,
		Example: `  haven init my-content
  haven build --content my-content`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 || args[0] == "" {
				return usageError{errors.New("init takes one folder name, e.g. haven init my-content")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			o.dir = args[0]
			if fi, err := os.Stat(o.dir); err == nil && !fi.IsDir() {
				return usageError{fmt.Errorf("%s is a file; init writes a new folder (choose another name)", o.dir)}
			}
			return run(cmd.Context(), o)
		},
	}
}

func runInit(_ context.Context, o *initOptions) error {
	if entries, err := os.ReadDir(o.dir); err == nil && len(entries) > 0 {
		return usageError{fmt.Errorf("%s is not empty; init never overwrites files (choose a new folder)", o.dir)}
	}
	err := fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." || filepath.Ext(p) == ".go" {
			return err
		}
		target := filepath.Join(o.dir, p)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(defaultcontent.FS, p)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", o.dir, err)
	}
	fmt.Fprintf(o.stdout, "wrote the content to %s/: edit settings.yaml and the language folders, then run\n  haven build --content %s\n", filepath.Clean(o.dir), shellQuote(o.dir))
	return nil
}

// shellQuote is s as a POSIX shell reads it back: as it is when every character is plain,
// else in single quotes, so that a command haven prints can be copied and run.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
