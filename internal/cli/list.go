package cli

import (
	"bytes"
	"encoding/csv"
	"strings"

	"github.com/spf13/pflag"
)

// list is the value of a flag that takes a list: as pflag's string slice where split (--lang
// en,es, split at commas as CSV), else as its string array (--font, each value whole). Each
// repeat adds to the list. pflag writes the default of each such flag as CSV, making a CSV writer with a
// 4 KB buffer, for every list flag of every command each time haven starts; an empty list
// here is written without one.
type list struct {
	p       *[]string
	split   bool
	changed bool
}

// listVar defines a list flag on f, empty by default, as pflag's StringSliceVar (split) or
// StringArrayVar does. Its default is written "", which pflag's help, as for its own empty
// lists ("[]"), leaves out.
func listVar(f *pflag.FlagSet, p *[]string, name string, split bool, usage string) {
	*p = nil
	f.AddFlag(&pflag.Flag{Name: name, Usage: usage, Value: &list{p: p, split: split}})
}

func (l *list) Set(s string) error {
	items := []string{s}
	if l.split {
		var err error
		if items, err = readCSV(s); err != nil {
			return err
		}
	}
	if !l.changed {
		*l.p = items
	} else {
		*l.p = append(*l.p, items...)
	}
	l.changed = true
	return nil
}

// readCSV splits s as pflag's string slice does.
func readCSV(s string) ([]string, error) {
	if s == "" {
		return []string{}, nil
	}
	return csv.NewReader(strings.NewReader(s)).Read()
}

func (l *list) String() string {
	if len(*l.p) == 0 {
		return "[]"
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(*l.p) //nolint:errcheck // a bytes.Buffer takes any bytes
	w.Flush()
	return "[" + strings.TrimSuffix(b.String(), "\n") + "]"
}

func (l *list) Type() string {
	if l.split {
		return "stringSlice"
	}
	return "stringArray"
}

func (l *list) Append(s string) error {
	*l.p = append(*l.p, s)
	return nil
}

func (l *list) Replace(items []string) error {
	*l.p = append([]string(nil), items...)
	return nil
}

func (l *list) GetSlice() []string { return *l.p }
