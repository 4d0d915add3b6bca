package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// strict makes every flag of root's commands that takes one value refuse a second, other one
// (the last would win in silence: --url A --url B) and an empty value (which would mean the
// default).
// Lists (--lang, --paper) take more with each repeat; emptyItem checks them. A flag that names
// files or folders reads a ~ at the start of a name as the home folder (homeValue).
func strict(root *cobra.Command) {
	for _, cmd := range root.Commands() {
		cmd.Flags().VisitAll(func(f *pflag.Flag) {
			l, list := f.Value.(pflag.SliceValue)
			if !list && f.Value.Type() != "bool" {
				f.Value = &once{Value: f.Value, name: f.Name}
			}
			if slices.Contains(pathFlags, f.Name) {
				h := homeValue{Value: f.Value, name: f.Name, list: list}
				if list {
					f.Value = homeList{h, l}
				} else {
					f.Value = h
				}
			}
		})
	}
}

// pathFlags are the flags that name files or folders.
var pathFlags = []string{"content", "out", "font", "placements"}

// homeValue is the value of a flag that names files or folders (each a comma-separated item,
// for a list): a ~ that starts a name is the home folder. The shell reads it so only where it
// stands alone and unquoted, not after = or in quotes (--out=~/kit, --out "~/My Kit"), and
// haven would make a folder named ~ in the current one, where the user would not look.
// It is read before the value is set: "--out ~/kit --out ~/kit" is one folder, given twice.
type homeValue struct {
	pflag.Value
	name string
	list bool
}

func (v homeValue) Set(s string) error {
	items := []string{s}
	if v.list { // REGULAR.ttf,~/fonts/BOLD.ttf
		items = strings.Split(s, ",")
	}
	for i, item := range items {
		lead := item[:len(item)-len(strings.TrimLeft(item, " "))] // "a.ttf, ~/b.ttf", as in a sentence
		path, err := home(item[len(lead):])
		if err != nil {
			return usageError{fmt.Errorf("--%s %s: %w", v.name, s, err)}
		}
		items[i] = lead + path
	}
	return v.Value.Set(strings.Join(items, ","))
}

// homeList is homeValue for a flag that takes a list, which stays one.
type homeList struct {
	homeValue
	pflag.SliceValue
}

// home is path with a ~ that starts it read as the user's home folder, as a shell reads it:
// ~ alone, or before a slash. Another user's (~name) is refused, in plain words.
func home(path string) (string, error) {
	rest, ok := strings.CutPrefix(path, "~")
	if !ok {
		return path, nil
	}
	if rest != "" && !os.IsPathSeparator(rest[0]) {
		name, _, _ := strings.Cut(rest, "/")
		return "", fmt.Errorf("haven reads ~ as your own home folder; for %s's, write its whole path in place of ~%s", name, name)
	}
	dir, err := os.UserHomeDir()
	if err != nil {
		return "", errors.New("~ is your home folder, which is not known here (HOME is not set): write the folder's whole path")
	}
	return filepath.Join(dir, rest), nil
}

// once is the value of a flag that takes one value.
type once struct {
	pflag.Value
	name string
	set  bool
}

func (v *once) Set(s string) error {
	switch {
	case s == "":
		return usageError{fmt.Errorf("--%s needs %s (leave the flag out for its default)", v.name, takes(v.name))}
	case v.set && s != v.String(): // the same again loses nothing (and shell completion reads the flags twice)
		return usageError{fmt.Errorf("--%s is given twice (%s and %s): give it once", v.name, shellQuote(v.String()), shellQuote(s))}
	}
	v.set = true
	return v.Value.Set(s)
}

// optionAsValue refuses a flag's value that reads as another option ("--out --lang=en", the
// folder's name left out): it would be taken as a folder or a name, and a folder named
// --lang=en made. A negative number (--offset -0.5,0) is a value.
func optionAsValue(cmd *cobra.Command) error {
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if err != nil || f.Value.Type() == "bool" {
			return
		}
		values := []string{f.Value.String()}
		if l, ok := f.Value.(pflag.SliceValue); ok {
			values = l.GetSlice()
		}
		for _, v := range values {
			if len(v) > 1 && v[0] == '-' && (v[1] == '-' || unicode.IsLetter(rune(v[1]))) {
				path := "" // a file or folder that does start with -, written so that it does not
				if slices.Contains([]string{"out", "content", "placements", "font"}, f.Name) {
					path = fmt.Sprintf(" (for a name that does start with -, write ./%s)", v)
				}
				err = usageError{fmt.Errorf("--%s %s: its value starts with -, so it reads as another option: after --%s give %s%s", f.Name, v, f.Name, takes(f.Name), path)}
				return
			}
		}
	})
	return err
}

// emptyItem refuses a list flag given empty or with an empty item (--lang="", --paper
// letter,,a4), which would make nothing or the default in silence, once the spaces around its
// items are taken away.
func emptyItem(cmd *cobra.Command) error {
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		l, ok := f.Value.(pflag.SliceValue)
		if !ok || err != nil {
			return
		}
		items := l.GetSlice()
		// "letter, a4": the space after a comma, as in a sentence, is not part of the paper's name
		trimmed := make([]string, len(items))
		for i, s := range items {
			trimmed[i] = strings.TrimSpace(s)
		}
		if !slices.Equal(items, trimmed) {
			items = trimmed
			l.Replace(items) //nolint:errcheck // a string slice takes any strings
		}
		switch {
		case len(items) == 0:
			err = usageError{fmt.Errorf("--%s needs %s (leave the flag out for its default)", f.Name, takes(f.Name))}
		case slices.ContainsFunc(items, func(s string) bool {
			return slices.ContainsFunc(strings.Split(s, ","), func(i string) bool { return strings.TrimSpace(i) == "" })
		}):
			err = usageError{fmt.Errorf("--%s %q has an empty item between commas: give %s", f.Name, strings.Join(items, ","), takes(f.Name))}
		}
	})
	return err
}

// takes is what a flag takes, for a message that it is missing.
func takes(flag string) string {
	switch flag {
	case "content", "out":
		return "a folder name"
	case "lang":
		return "language codes, e.g. en or en,es"
	case "paper":
		return "paper sizes, e.g. letter or letter,a4"
	case "edition":
		return "editions, e.g. large"
	case "font":
		return "font files, e.g. REGULAR.ttf,BOLD.ttf"
	case "placements":
		return "a CSV file"
	case "url":
		return "an https:// address"
	case "campaign":
		return "a campaign name, e.g. fall-2027"
	case "offset":
		return "X,Y in millimetres, e.g. 1.5,-0.5"
	case "jobs":
		return "a number"
	}
	return "a value"
}
