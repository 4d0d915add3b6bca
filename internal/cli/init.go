package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	defaultcontent "haven/content"
)

func newInitCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "init DIR",
		Short: "Write the built-in content to DIR, to edit",
		Long: `init writes a copy of the built-in content (settings.yaml and one folder per language) to
DIR. Edit it, then build from it with --content DIR. DIR must not exist yet or be empty.`,
		Example: `  haven init my-content
  haven build --content my-content`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{fmt.Errorf("init takes one folder name, e.g. haven init my-content")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
				return fmt.Errorf("%s is not empty; init never overwrites files (choose a new folder)", dir)
			}
			err := fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
				if err != nil || p == "." || filepath.Ext(p) == ".go" {
					return err
				}
				target := filepath.Join(dir, p)
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
				return fmt.Errorf("cannot write %s: %w", dir, err)
			}
			fmt.Fprintf(stdout, "wrote the content to %s/: edit settings.yaml and the language folders, then run\n  haven build --content %s\n", filepath.Clean(dir), dir)
			return nil
		},
	}
}
