package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	defaultcontent "haven/content"
	"haven/internal/diag"
	"haven/internal/output"
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
			dir, err := home(args[0]) // "~/My Content", quoted for its space
			if err != nil {
				return usageError{fmt.Errorf("init %s: %w", args[0], err)}
			}
			o.dir = dir
			if fi, err := os.Stat(o.dir); err == nil && !fi.IsDir() {
				return usageError{fmt.Errorf("%s is a file; init writes a new folder (choose another name)", o.dir)}
			}
			return run(cmd.Context(), o)
		},
	}
}

func runInit(ctx context.Context, o *initOptions) error {
	if entries, err := os.ReadDir(o.dir); err == nil {
		var names []string // what is in the way, a hidden file named too: a file manager shows none
		for _, e := range entries {
			if !staleInit(e) && !systemFiles[e.Name()] {
				names = append(names, e.Name())
			}
		}
		if len(names) > 3 {
			names = append(names[:3], "...")
		}
		if len(names) > 0 {
			return usageError{fmt.Errorf("%s is not empty (it holds %s); init never overwrites files (choose a new folder)", o.dir, strings.Join(names, ", "))}
		}
	}
	if _, err := os.Stat(o.dir); err != nil {
		if to, lerr := os.Readlink(o.dir); lerr == nil { // a link that leads to no folder
			return usageError{fmt.Errorf("%s is a link to %s, which leads to no folder; init never follows it (choose a new folder, or remove the link)", o.dir, to)}
		}
	}
	if err := writeContent(ctx, o.dir); err != nil {
		return err
	}
	build := "haven build --content " + shellQuote(o.dir)
	if err := apart(o.dir, "out"); err != nil { // the default out/ would be inside it (haven init out): the command names another
		for _, name := range []string{"haven-kit", "kit"} {
			if apart(o.dir, name) == nil {
				build += " --out " + name
				break
			}
		}
	}
	fmt.Fprintf(o.stdout, "wrote the content to %s/: edit settings.yaml and the language folders, then run\n  haven check --content %s\nuntil it says all is well, and\n  %s\n", filepath.Clean(o.dir), shellQuote(o.dir), build)
	return nil
}

// initTemp names the hidden folder inside DIR that init writes the content into first.
const initTemp = ".haven-init-*.tmp"

// systemFiles are the files a computer leaves in a folder by itself (a Mac's Finder, Windows'
// Explorer): a folder that holds only them is empty to its user.
var systemFiles = map[string]bool{".DS_Store": true, ".localized": true, "Thumbs.db": true, "desktop.ini": true}

// staleInits is the hidden folders an init killed (kill -9, a crash) left in dir, which the
// next init takes away; they do not make dir "not empty".
func staleInits(dir string, entries []fs.DirEntry) []string {
	var left []string
	for _, e := range entries {
		if staleInit(e) {
			left = append(left, filepath.Join(dir, e.Name()))
		}
	}
	return left
}

// staleInit reports whether e is a hidden folder an init killed left (staleInits).
func staleInit(e fs.DirEntry) bool {
	ok, _ := filepath.Match(initTemp, e.Name())
	return ok && e.IsDir()
}

// writeContent writes the built-in content to dir all or nothing: into a hidden folder inside
// it first, then each file and folder moved up into place. An init that fails (a full disk) or
// is stopped (Ctrl-C) takes away all it made, dir and its parents too when it made them, so
// it can simply be run again.
func writeContent(ctx context.Context, dir string) (err error) {
	var made []string // folders made, parents first
	for p := filepath.Clean(dir); ; p = filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil || p == filepath.Dir(p) {
			break
		}
		made = append([]string{p}, made...)
	}
	var tmp string
	var moved []string
	defer func() {
		if err == nil {
			return
		}
		for _, p := range append(moved, tmp) {
			if p != "" {
				os.RemoveAll(p)
			}
		}
		for i := len(made) - 1; i >= 0; i-- {
			os.Remove(made[i])
		}
		var pe *fs.PathError
		folder, denied := output.Refused(err)
		unmade, instead := output.Unmade(dir, err)
		switch {
		case ctx.Err() != nil:
			err = fmt.Errorf("interrupted: nothing was written to %s", dir)
		case errors.Is(err, syscall.ENOSPC):
			err = fmt.Errorf("cannot write %s: the disk is full (make room, or choose a folder on another disk); nothing was written", dir)
		case denied: // in plain words, naming the folder: the system's name what haven tried to make there
			err = fmt.Errorf("cannot write %s: this user may not write in %s (choose a folder of your own, e.g. haven init ~/my-content); nothing was written", dir, folder)
		case unmade != "":
			err = fmt.Errorf("cannot write %s: %s (choose %s, e.g. haven init ~/my-content); nothing was written", dir, unmade, instead)
		case errors.As(err, &pe) && tmp != "":
			pe.Path = strings.Replace(pe.Path, tmp, dir, 1) // the file's name as it would have been
			fallthrough
		default:
			err = fmt.Errorf("cannot write %s: %w; nothing was written", dir, err)
		}
	}()
	if err = os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	entries, _ := os.ReadDir(dir)
	for _, left := range staleInits(dir, entries) {
		os.RemoveAll(left)
	}
	if tmp, err = os.MkdirTemp(dir, initTemp); err != nil {
		return err
	}
	err = fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." || filepath.Ext(p) == ".go" {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		target := filepath.Join(tmp, p)
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
		return writeSynced(target, data)
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return err
	}
	top, err := os.ReadDir(tmp)
	if err != nil {
		return err
	}
	for _, e := range top {
		to := filepath.Join(dir, e.Name())
		if err = os.Rename(filepath.Join(tmp, e.Name()), to); err != nil {
			return err
		}
		moved = append(moved, to)
	}
	return os.Remove(tmp)
}

// writeSynced is os.WriteFile, synced: a file that the disk has no room for fails here, not
// later when the system writes it out.
func writeSynced(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// shellQuote is s as a POSIX shell reads it back: as it is when every character is plain,
// else in single quotes, so that a command haven prints can be copied and run.
func shellQuote(s string) string { return diag.ShellQuote(s, nil) }
