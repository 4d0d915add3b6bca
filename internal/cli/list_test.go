package cli

import (
	"slices"
	"testing"

	"github.com/spf13/pflag"
)

// A list flag reads what it is given as pflag's string slice and string array do: the same
// items, the same text, the same errors, whether given once, again, or changed by
// Append and Replace; and its help reads as theirs.
func TestListAsPflag(t *testing.T) {
	for _, tt := range []struct {
		name string
		sets []string
	}{
		{"none", nil},
		{"one", []string{"en"}},
		{"commas", []string{"en,es"}},
		{"repeated", []string{"en", "es,fr"}},
		{"empty", []string{""}},
		{"empty items", []string{"letter,,a4"}},
		{"spaces", []string{"letter, a4", " es"}},
		{"quoted", []string{`"a,b",c`}},
		{"quote inside", []string{`a"b`}},
		{"unclosed quote", []string{`"a,b`}},
		{"home", []string{"~/fonts/A.ttf,~/fonts/B.ttf"}},
	} {
		for _, split := range []bool{true, false} {
			ours := pflag.NewFlagSet("ours", pflag.ContinueOnError)
			var got []string
			listVar(ours, &got, "x", split, "")
			theirs := pflag.NewFlagSet("theirs", pflag.ContinueOnError)
			var want []string
			if split {
				theirs.StringSliceVar(&want, "x", nil, "")
			} else {
				theirs.StringArrayVar(&want, "x", nil, "")
			}
			g, w := ours.Lookup("x"), theirs.Lookup("x")
			check := func(after string) {
				t.Helper()
				if !slices.Equal(got, want) || g.Value.String() != w.Value.String() || g.Value.Type() != w.Value.Type() {
					t.Errorf("%s (split %v), after %s: %q %s %s; pflag %q %s %s", tt.name, split, after,
						got, g.Value.String(), g.Value.Type(), want, w.Value.String(), w.Value.Type())
				}
			}
			if u, v := ours.FlagUsages(), theirs.FlagUsages(); u != v {
				t.Errorf("help %q, pflag's %q", u, v)
			}
			check("nothing")
			for _, s := range tt.sets {
				errOurs, errTheirs := g.Value.Set(s), w.Value.Set(s)
				if (errOurs == nil) != (errTheirs == nil) || errOurs != nil && errOurs.Error() != errTheirs.Error() {
					t.Errorf("%s (split %v): Set(%q): %v; pflag %v", tt.name, split, s, errOurs, errTheirs)
				}
				check("Set " + s)
			}
			gs, ws := g.Value.(pflag.SliceValue), w.Value.(pflag.SliceValue)
			gs.Append("more")
			ws.Append("more")
			check("Append")
			gs.Replace([]string{"a", "b c"})
			ws.Replace([]string{"a", "b c"})
			check("Replace")
			if !slices.Equal(gs.GetSlice(), ws.GetSlice()) {
				t.Errorf("%s: GetSlice %q, pflag %q", tt.name, gs.GetSlice(), ws.GetSlice())
			}
		}
	}
}
