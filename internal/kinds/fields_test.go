package kinds

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
	"haven/internal/typeface"
)

// A text too long for its place is reported at the field it was written in, in every output
// kind: each printed field in turn gets one word far too wide for any line, and every fit error
// that follows must name that field and its line, never another.
func TestTooLongTextNamesItsField(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	m := typeface.NewMeasurer(fams[0])
	long := strings.Repeat("Unbreakable", 40)
	named := map[string]bool{}
	fields := 0
	for _, at := range locatedFields(t) {
		fields++
		c, target := fresh(t), diag.Located{}
		walk(reflect.ValueOf(c).Elem(), func(l *diag.Located) {
			if l.File == at.File && l.Line == at.Line && l.Field == at.Field {
				l.Text = long
				target = *l
			}
		})
		in := layout.Input{Settings: c.Settings, Address: c.Address, Lang: &c.Languages[0], M: m}
		if at.Field == "resource_url" {
			in.Address.Text = long
			target = in.Address
		}
		for _, k := range All() {
			if k.Papers == nil {
				continue
			}
			for _, d := range k.AllDocs() {
				_, err := d.Layout(in)
				var fe *layout.FitError
				if !errors.As(err, &fe) {
					continue
				}
				if fe.At != target {
					t.Errorf("%s with %s too long: the error names %s:%d %s: %v", d.What, at.Field, fe.At.File, fe.At.Line, fe.At.Field, err)
				}
				named[at.Field] = true
			}
		}
	}
	// the printed fields of every kind: each must be caught somewhere
	for _, f := range []string{"title", "question 1", "answer 1[1]", "closing", "help.call", "card.headline", "card.back_lines[1]", "discreet.back_lines[1]", "discreet.headline", "poster.headline", "poster.facts[1]", "poster.tab", "organisation.name", "resource_url"} {
		if !named[f] {
			t.Errorf("%s too long: no output reported it", f)
		}
	}
	if fields < 40 {
		t.Errorf("only %d fields tried", fields)
	}
}

func fresh(t *testing.T) *content.Content {
	t.Helper()
	c, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	c.Languages = c.Languages[:1]
	return c
}

// locatedFields lists every text of the English content, settings included, and the address.
func locatedFields(t *testing.T) []diag.Located {
	var out []diag.Located
	c := fresh(t)
	walk(reflect.ValueOf(c).Elem(), func(l *diag.Located) {
		if l.File != "" && l.Text != "" && !strings.Contains(l.Text, "{page}") {
			out = append(out, *l)
		}
	})
	return append(out, c.Address)
}

// walk calls fn on every diag.Located inside v, except the lists that only repeat them.
func walk(v reflect.Value, fn func(*diag.Located)) {
	switch v.Kind() {
	case reflect.Struct:
		if l, ok := v.Addr().Interface().(*diag.Located); ok {
			fn(l)
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if name := v.Type().Field(i).Name; name != "Texts" && name != "Printed" && name != "Address" && v.Field(i).CanSet() {
				walk(v.Field(i), fn)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), fn)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), fn)
		}
	}
}
