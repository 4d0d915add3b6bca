package content_test

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"io/fs"
	"maps"
	"math"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/typeface"
)

var update = flag.Bool("update", false, "write builtin_snapshot.go again from the built-in content")

const snapshotFile = "builtin_snapshot.go"

// snapshotLoads are the loads of the built-in content the snapshot holds: every language, or
// one, as a run's --lang gives it; with and without the discreet cards.
func snapshotLoads(t testing.TB) []content.Overrides {
	langs := [][]string{nil}
	entries, err := fs.ReadDir(defaultcontent.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			langs = append(langs, []string{e.Name()})
		}
	}
	var out []content.Overrides
	for _, l := range langs {
		for _, discreet := range []bool{false, true} {
			out = append(out, content.Overrides{Langs: l, Discreet: discreet})
		}
	}
	return out
}

// copied is the built-in content as a folder that is not it: Load reads and checks it in full.
func copied(t testing.TB) fs.FS {
	m := fstest.MapFS{}
	err := fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(defaultcontent.FS, p)
		m[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestBuiltinSnapshot checks that the snapshot of the built-in content's loads is what Load
// makes of the same files read in full, for every load it holds, with and without
// typeface.Unprintable, and the settings handed to Settled too; with -update it writes the
// snapshot again.
func TestBuiltinSnapshot(t *testing.T) {
	full := copied(t)
	loads := snapshotLoads(t)
	if *update {
		writeSnapshot(t, full, loads)
		return
	}
	for _, ov := range loads {
		for _, unprintable := range []func(string) bool{nil, typeface.Unprintable} {
			name := fmt.Sprintf("langs %q discreet %v unprintable %v", ov.Langs, ov.Discreet, unprintable != nil)
			ov.Unprintable = unprintable
			var settled [2]chan content.Settings
			var got [2]*content.Content
			for i, fsys := range []fs.FS{defaultcontent.FS, full} {
				settled[i] = make(chan content.Settings, 1)
				ov.Settled = func(s content.Settings) { settled[i] <- s }
				c, err := content.Load(fsys, content.BuiltinLabel, ov)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				got[i] = c
			}
			if !reflect.DeepEqual(got[0], got[1]) {
				t.Errorf("%s: the snapshot is not what Load makes of the built-in content: run\n\tgo test ./internal/content -run TestBuiltinSnapshot -update\n(if %s no longer compiles, delete it first)", name, snapshotFile)
			}
			if s0, s1 := <-settled[0], <-settled[1]; !reflect.DeepEqual(s0, s1) {
				t.Errorf("%s: Settled was given other settings from the snapshot", name)
			}
			if content.FromSnapshotForTest(defaultcontent.FS, content.BuiltinLabel, ov) == nil {
				t.Errorf("%s: not loaded from the snapshot", name)
			}
		}
	}
}

// TestSnapshotKnowsEveryOverride holds the fields of Overrides to those fromSnapshot and
// snapshotKey know: a field added to it must either change nothing a load makes, or keep the
// load from the snapshot, or be in its key.
func TestSnapshotKnowsEveryOverride(t *testing.T) {
	known := []string{"URL", "Campaign", "Offset", "Langs", "Discreet", "Settled", "Unprintable"}
	typ := reflect.TypeOf(content.Overrides{})
	var fields []string
	for i := range typ.NumField() {
		fields = append(fields, typ.Field(i).Name)
	}
	if !slices.Equal(fields, known) {
		t.Errorf("content.Overrides has the fields %v, the snapshot knows %v: say in fromSnapshot or snapshotKey what a new one does to a load of the built-in content", fields, known)
	}
}

// TestSnapshotNew checks that each load from the snapshot is a new Content: a run may change
// what it was given.
func TestSnapshotNew(t *testing.T) {
	ov := content.Overrides{Langs: []string{"en"}}
	a, _ := content.Load(defaultcontent.FS, content.BuiltinLabel, ov)
	a.Languages[0].Texts[0].Text = "changed"
	a.Languages[0].FAQ.Questions[0].Answer[0].Text = "changed"
	b, _ := content.Load(defaultcontent.FS, content.BuiltinLabel, ov)
	if b.Languages[0].Texts[0].Text == "changed" || b.Languages[0].FAQ.Questions[0].Answer[0].Text == "changed" {
		t.Error("a load from the snapshot shares what an earlier one changed")
	}
	defer content.StaleSnapshotForTest()()
	if content.FromSnapshotForTest(defaultcontent.FS, content.BuiltinLabel, ov) != nil {
		t.Error("a snapshot of other files was used")
	}
}

// TestSnapshotOnlyBuiltin checks that a load the snapshot was not made for is made in full: a
// copy of the built-in content with one word changed, another label, a flag that changes the
// settings, languages asked for otherwise.
func TestSnapshotOnlyBuiltin(t *testing.T) {
	changed := copied(t).(fstest.MapFS)
	f := changed["en/faq.md"]
	f.Data = bytes.Replace(f.Data, []byte("trafficking"), []byte("traffickinq"), 1)
	c, err := content.Load(changed, content.BuiltinLabel, content.Overrides{Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fmt.Sprint(c.Languages[0].FAQ), "traffickinq") {
		t.Error("a copy of the built-in content with a word changed loaded as the built-in content")
	}
	for _, tc := range []struct {
		label string
		ov    content.Overrides
		want  func(*content.Content) bool
	}{
		{"content", content.Overrides{}, func(c *content.Content) bool { return strings.HasPrefix(c.Address.File, "content/") }},
		{content.BuiltinLabel, content.Overrides{URL: "https://example.org/other"}, func(c *content.Content) bool {
			return c.Settings.ResourceURL == "https://example.org/other"
		}},
		{content.BuiltinLabel, content.Overrides{Campaign: "fall"}, func(c *content.Content) bool { return c.Settings.Campaign == "fall" }},
		{content.BuiltinLabel, content.Overrides{Offset: "1,2"}, func(c *content.Content) bool { return c.Settings.Cards.Offset == "1,2" }},
		{content.BuiltinLabel, content.Overrides{Langs: []string{"ES"}}, func(c *content.Content) bool {
			return len(c.Languages) == 1 && c.Languages[0].Code == "es"
		}},
	} {
		c, err := content.Load(defaultcontent.FS, tc.label, tc.ov)
		if err != nil {
			t.Fatal(err)
		}
		if !tc.want(c) {
			t.Errorf("label %q, %+v: loaded %+v", tc.label, tc.ov, c.Settings)
		}
	}
}

// writeSnapshot writes the snapshot of loads of the built-in content, read in full from full.
func writeSnapshot(t *testing.T, full fs.FS, loads []content.Overrides) {
	sum := content.BuiltinSumForTest()
	p := &literals{pkg: reflect.TypeOf(content.Content{}).PkgPath(), imports: map[string]bool{}, names: map[string]string{}, pointers: map[uintptr]bool{}}
	cases := map[string][]string{} // constructor: the keys it answers
	var order []string
	for _, ov := range loads {
		c, err := content.Load(full, content.BuiltinLabel, ov)
		if err != nil {
			t.Fatal(err)
		}
		name := p.constructor(reflect.ValueOf(c).Elem())
		if cases[name] == nil {
			order = append(order, name)
		}
		cases[name] = append(cases[name], strconv.Quote(content.SnapshotKeyForTest(ov)))
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by TestBuiltinSnapshot -update; DO NOT EDIT.\n\npackage content\n\n")
	if len(p.imports) > 0 {
		b.WriteString("import (\n")
		for _, imp := range slices.Sorted(maps.Keys(p.imports)) {
			fmt.Fprintf(&b, "\t%q\n", imp)
		}
		b.WriteString(")\n\n")
	}
	fmt.Fprintf(&b, "func init() {\n\tsnapshots = snapshot{sum: %q, make: func(key string) *Content {\n\t\tswitch key {\n", sum)
	for _, name := range order {
		fmt.Fprintf(&b, "\t\tcase %s:\n\t\t\tc := %s()\n\t\t\treturn &c\n", strings.Join(cases[name], ", "), name)
	}
	b.WriteString("\t\t}\n\t\treturn nil\n\t}}\n}\n")
	for _, f := range p.funcs {
		b.WriteString(f)
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatalf("the snapshot does not format: %v", err)
	}
	if err := os.WriteFile(snapshotFile, src, 0o644); err != nil {
		t.Fatal(err)
	}
}

// shared are the types whose values the loads share: each is written as a function that makes
// it, once however many loads hold it.
var shared = map[reflect.Type]bool{reflect.TypeOf(content.Language{}): true, reflect.TypeOf(content.Settings{}): true}

// literals writes values as Go composite literals in package pkg. Contents and the shared types
// become functions that make a new one, each written once however many loads hold it.
type literals struct {
	pkg      string
	imports  map[string]bool
	names    map[string]string // a function's body: its name
	funcs    []string
	pointers map[uintptr]bool // those written, each once
}

// constructor is the name of a function that returns a new v.
func (p *literals) constructor(v reflect.Value) string {
	typ := p.typeName(v.Type())
	body := typ + p.lit(v, true)
	if name, ok := p.names[body]; ok {
		return name
	}
	name := fmt.Sprintf("snapshot%s%d", strings.ToUpper(typ[:1])+typ[1:], len(p.names))
	p.names[body] = name
	p.funcs = append(p.funcs, fmt.Sprintf("\nfunc %s() %s {\n\treturn %s\n}\n", name, typ, body))
	return name
}

func (p *literals) typeName(t reflect.Type) string {
	if t.Name() != "" {
		if t.PkgPath() == "" || t.PkgPath() == p.pkg {
			return t.Name()
		}
		p.imports[t.PkgPath()] = true
		return t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:] + "." + t.Name()
	}
	switch t.Kind() {
	case reflect.Slice:
		return "[]" + p.typeName(t.Elem())
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), p.typeName(t.Elem()))
	case reflect.Pointer:
		return "*" + p.typeName(t.Elem())
	}
	panic(fmt.Sprintf("no literal for a %s", t))
}

// lit is v as Go source; elided is whether a struct's type is left out (an element of a slice
// or array of structs, or a constructor's body, which names it).
func (p *literals) lit(v reflect.Value, elided bool) string {
	t := v.Type()
	if shared[t] && !elided {
		return p.constructor(v) + "()"
	}
	switch t.Kind() {
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) || f == 0 && math.Signbit(f) {
			panic(fmt.Sprintf("no literal for the %s %v", t, f))
		}
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.Pointer:
		if v.IsNil() {
			return "nil"
		}
		if t.Elem().Kind() != reflect.Struct {
			panic(fmt.Sprintf("no literal for a %s", t))
		}
		if p.pointers[v.Pointer()] { // the literal would make two of what is one
			panic(fmt.Sprintf("a %s reached twice", t))
		}
		p.pointers[v.Pointer()] = true
		return "&" + p.lit(v.Elem(), false)
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && v.IsNil() {
			return "nil"
		}
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 { // bytes, as a string
			return p.typeName(t) + "(" + strconv.Quote(string(v.Bytes())) + ")"
		}
		var parts []string
		for i := range v.Len() {
			e := v.Index(i)
			if t.Elem().Kind() == reflect.Struct && !shared[t.Elem()] {
				parts = append(parts, p.lit(e, true))
			} else {
				parts = append(parts, p.lit(e, false))
			}
		}
		if k := t.Elem().Kind(); k != reflect.Struct && k != reflect.Pointer && k != reflect.Slice && k != reflect.Array {
			return p.typeName(t) + "{" + strings.Join(parts, ", ") + "}" // numbers and words, on one line
		}
		return p.typeName(t) + block(parts)
	case reflect.Struct:
		var parts []string
		for i := range t.NumField() {
			if f := v.Field(i); !f.IsZero() {
				parts = append(parts, t.Field(i).Name+": "+p.lit(f, false))
			}
		}
		body := block(parts)
		if elided {
			return body
		}
		return p.typeName(t) + body
	}
	panic(fmt.Sprintf("no literal for a %s", t))
}

// block is a composite literal's braces around parts, one to a line.
func block(parts []string) string {
	if len(parts) == 0 {
		return "{}"
	}
	return "{\n" + strings.Join(parts, ",\n") + ",\n}"
}

// BenchmarkLoad loads the built-in content for one language from its snapshot, and the same
// files from a folder, read and checked in full.
func BenchmarkLoad(b *testing.B) {
	ov := content.Overrides{Langs: []string{"en"}, Unprintable: typeface.Unprintable}
	for _, bc := range []struct {
		name string
		fsys fs.FS
	}{{"snapshot", defaultcontent.FS}, {"folder", copied(b)}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := content.Load(bc.fsys, content.BuiltinLabel, ov); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLiterals checks the snapshot's writer on what the content model does not hold today: it
// writes bytes as a string, and refuses what a literal cannot make as it was.
func TestLiterals(t *testing.T) {
	p := &literals{pkg: "haven/internal/content", imports: map[string]bool{}, names: map[string]string{}, pointers: map[uintptr]bool{}}
	if got := p.lit(reflect.ValueOf([]byte("a\x00b")), false); got != `[]uint8("a\x00b")` {
		t.Errorf("bytes written as %s", got)
	}
	s := "x"
	type twice struct{ A, B *content.Logo }
	logo := &content.Logo{}
	for name, v := range map[string]any{
		"NaN": math.NaN(), "infinity": math.Inf(1), "negative zero": math.Copysign(0, -1),
		"a pointer to a string": &s, "one pointer reached twice": twice{logo, logo}, "a map": map[string]int{},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: written", name)
				}
			}()
			p.lit(reflect.ValueOf(v), false)
		}()
	}
}
