package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// strict makes every flag of root's commands that takes one value refuse a second, other one
// (the last would win in silence: --url A --url B) and an empty value (which would mean the
// default).
// Lists (--lang, --paper) take more with each repeat; emptyItem checks them.
func strict(root *cobra.Command) {
	for _, cmd := range root.Commands() {
		cmd.Flags().VisitAll(func(f *pflag.Flag) {
			if _, list := f.Value.(pflag.SliceValue); !list && f.Value.Type() != "bool" {
				f.Value = &once{Value: f.Value, name: f.Name}
			}
		})
	}
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
		return "a campaign name, e.g. fair-2027"
	case "offset":
		return "X,Y in millimetres, e.g. 1.5,-0.5"
	case "jobs":
		return "a number"
	}
	return "a value"
}
