package cli

import (
	"bytes"
	"context"
	"haven/internal/kinds"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// recorded runs the command line with runners that only record the options they are given,
// so flag tests build nothing.
func recorded(t *testing.T, args ...string) (code int, stderr string, b *buildOptions, c *checkOptions, i *initOptions) {
	t.Helper()
	var out, errb bytes.Buffer
	st := streams{&out, &errb}
	run := runners{
		build: func(_ context.Context, o *buildOptions) error { b = o; return nil },
		check: func(_ context.Context, o *checkOptions) error { c = o; return nil },
		init:  func(_ context.Context, o *initOptions) error { i = o; return nil },
	}
	code = execute(context.Background(), newRoot(st, run), args, &errb)
	return code, errb.String(), b, c, i
}

// Every flag: a good value reaches the options, a bad one is a command-line mistake (exit 2)
// that names the flag, and nothing runs.
func TestFlags(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	writeFile(t, file, "x")
	content := filepath.Join(t.TempDir(), "c")
	os.Mkdir(content, 0o755)
	writeFile(t, filepath.Join(content, "settings.yaml"), "x") // a content folder, not an output one
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(content, link)
	ok := []struct {
		args  []string
		check func(b *buildOptions) bool
	}{
		{[]string{"build"}, func(b *buildOptions) bool {
			return b.jobs == runtime.NumCPU() && b.out == "out" && b.content == "" && len(b.kinds) == len(kinds.Names())
		}},
		{[]string{"poster", "--jobs", "256"}, func(b *buildOptions) bool { return b.jobs == 256 && slices.Equal(b.kinds, []string{"poster"}) }},
		{[]string{"handout", "--jobs", "1", "--lang", "en,es", "--paper", "a4"}, func(b *buildOptions) bool {
			return b.jobs == 1 && slices.Equal(b.langs, []string{"en", "es"}) && slices.Equal(b.papers, []string{"a4"})
		}},
		{[]string{"handout", "--edition", "large", "--paper", "letter"}, func(b *buildOptions) bool {
			return slices.Equal(b.editions, []string{"large"}) && slices.Equal(b.papers, []string{"letter"})
		}},
		{[]string{"handout", "--edition", "Standard,large"}, func(b *buildOptions) bool { return slices.Equal(b.editions, []string{"Standard", "large"}) }},
		{[]string{"handout", "--paper", "letter, a4", "--lang", " en , es"}, func(b *buildOptions) bool { // spaced as in a sentence
			return slices.Equal(b.papers, []string{"letter", "a4"}) && slices.Equal(b.langs, []string{"en", "es"})
		}},
		{[]string{"cards", "--url", "https://samples.org/help", "--campaign", "fall-2027", "--out", "print"}, func(b *buildOptions) bool {
			return b.url == "https://samples.org/help" && b.campaign == "fall-2027" && b.out == "print"
		}},
		{[]string{"cards", "--url", " https://samples.org/help "}, func(b *buildOptions) bool { return b.url == "https://samples.org/help" }}, // pasted with spaces
		{[]string{"build", "--font", "a.ttf,b.ttf", "--placements", "p.csv", "--content", "c"}, func(b *buildOptions) bool {
			return slices.EqualFunc(b.fontFamilies(), [][]string{{"a.ttf", "b.ttf"}}, slices.Equal) && b.placements == "p.csv" && b.content == "c"
		}},
		{[]string{"build", "--content", content, "--out", filepath.Join(content, "..", "out")}, func(b *buildOptions) bool { return b.content == content }},
		{[]string{"build", "--out", "o", "--out", "o"}, func(b *buildOptions) bool { return b.out == "o" }},   // the same again loses nothing
		{[]string{"cards", "--offset", "-0.5,1"}, func(b *buildOptions) bool { return b.offset == "-0.5,1" }}, // a negative number is a value, not an option
		{[]string{"build", "--lang", "en", "--lang", "es", "--paper", "letter", "--paper", "a4"}, func(b *buildOptions) bool { // a list grows
			return slices.Equal(b.langs, []string{"en", "es"}) && slices.Equal(b.papers, []string{"letter", "a4"})
		}},
		{[]string{"build", "--font", "a.ttf,b.ttf", "--font", "c.ttf"}, func(b *buildOptions) bool { // a family a flag
			return slices.EqualFunc(b.fontFamilies(), [][]string{{"a.ttf", "b.ttf"}, {"c.ttf"}}, slices.Equal)
		}},
	}
	for _, tt := range ok {
		code, stderr, b, _, _ := recorded(t, tt.args...)
		if code != 0 || b == nil || !tt.check(b) {
			t.Errorf("%v: exit %d (%s), options %+v", tt.args, code, stderr, b)
		}
	}
	written := filepath.Join(t.TempDir(), "my-content") // a content folder given without --content
	os.Mkdir(written, 0o755)
	writeFile(t, filepath.Join(written, "settings.yaml"), "x")
	bad := []struct {
		args []string
		says string
	}{
		{[]string{"bogus"}, `unknown command "bogus"`},
		{[]string{"build", "--bogus"}, "unknown flag: --bogus"},
		{[]string{"build", "extra"}, "takes no arguments"},
		{[]string{"build", "--lang", "en", "es"}, `haven build takes no arguments, got "es"; to give --lang more than one, join them with commas: --lang en,es`},
		{[]string{"handout", "--lang", "en", "--paper", "letter", "a4"}, `to give --paper more than one, join them with commas: --paper letter,a4`},
		{[]string{"build", "-content", "c"}, "-content has one dash: write --content"},
		// a command pasted from a word processor, its -- made a dash
		{[]string{"build", "—content", "c"}, `haven build takes no arguments, got "—content c"; —content begins with a dash that is not two hyphens, as a word processor writes them: type it as --content`},
		{[]string{"handout", "–-lang", "en"}, "–-lang begins with a dash that is not two hyphens, as a word processor writes them: type it as --lang"},
		{[]string{"handout", "-–out", "o"}, "-–out begins with a dash that is not two hyphens, as a word processor writes them: type it as --out"},
		{[]string{"build", written}, "haven build takes no arguments, got \"" + written + "\"; to use the content folder " + written + ", give it as --content " + written},
		{[]string{"build", "--jobs", "-1"}, "--jobs -1: give 1 to 256"},
		{[]string{"build", "--jobs", "257"}, "--jobs 257"},
		{[]string{"build", "--jobs", "200000000"}, "--jobs 200000000"},
		{[]string{"build", "--jobs", "many"}, `--jobs "many": give a whole number, e.g. --jobs 2`},
		{[]string{"build", "--jobs=1.5"}, `--jobs "1.5": give a whole number`},
		{[]string{"cards", "--calibrate=maybe"}, "--calibrate=maybe: give --calibrate alone, or --calibrate=false"},
		{[]string{"handout", "--paper", "legal"}, `unknown paper "legal"`},
		// a paper written by its size or another name is told haven's name for it
		{[]string{"poster", "--paper", "11x17"}, `unknown paper "11x17" for poster: write tabloid (known: poster: letter, a4, tabloid,`},
		{[]string{"check", "--paper", "210 x 297 mm"}, `unknown paper "210 x 297 mm" for handout, cards, poster: write a4 (known:`},
		{[]string{"handout", "--paper", "11x17"}, `paper "11x17" (tabloid) is not made for handout: haven poster --paper tabloid makes it (known: handout: letter, a4)`},
		{[]string{"site", "--paper", "a4"}, "site makes a web page, which has no paper size: leave out --paper"},
		{[]string{"handout", "--paper", "tabloid"}, `paper "tabloid" is not made for handout: haven poster --paper tabloid makes it`},
		{[]string{"check", "--paper", "a5"}, `unknown paper "a5" for handout, cards, poster (known:`},
		{[]string{"handout", "--edition", "huge"}, `unknown edition "huge" for handout (known: standard, large)`},
		{[]string{"handout", "--edition", "large,"}, `--edition "large," has an empty item between commas: give editions`},
		{[]string{"build", "--edition", "large"}, "unknown flag: --edition"},
		{[]string{"cards", "--edition", "large"}, "unknown flag: --edition"},
		{[]string{"handout", "--url", "http://samples.org"}, "--url \"http://samples.org\" must start with https://"},
		{[]string{"handout", "--url", "javascript:alert(1)"}, "--url"},
		{[]string{"handout", "--campaign", "Motel Restroom"}, "--campaign"},
		{[]string{"handout", "--content", ""}, "--content needs a folder name"},
		{[]string{"handout", "--out", file}, "notes.txt is a file, not a folder: name a folder for the kit, such as --out " + strings.TrimSuffix(file, ".txt") + "-kit (haven makes it)"},
		{[]string{"handout", "--out", "/dev/null"}, "is a file, not a folder"},
		// the folder being edited, --content forgotten: the example kit would be built among it
		{[]string{"build", "--out", written}, "--out " + written + " is a content folder (it holds settings.yaml): haven would write the kit among its files; to build from it, give --content"},
		{[]string{"handout", "--font", "a.ttf,b.ttf,c.ttf"}, "--font takes one or two files"},
		{[]string{"handout", "--font", "a.ttf", "--font", "a.ttf,b.ttf,c.ttf"}, "give another family with another --font"},
		{[]string{"handout", "--font", "a.ttf,b.ttf,c.ttf,d.ttf,e.ttf"}, "or four (regular, bold, italic, bold italic), got 5"},
		// a flag that takes one value, given twice, would lose the first in silence
		{[]string{"handout", "--url", "https://a.org", "--url", "https://b.org"}, "--url is given twice (https://a.org and https://b.org): give it once"},
		{[]string{"handout", "--campaign", "a", "--campaign=b"}, "--campaign is given twice (a and b)"},
		{[]string{"handout", "--out", "o", "--out", "p"}, "--out is given twice (o and p)"},
		{[]string{"check", "--content", "a", "--content", "b"}, "--content is given twice (a and b)"},
		{[]string{"cards", "--offset", "1,1", "--offset", "2,-1"}, "--offset is given twice (1,1 and 2,-1)"},
		{[]string{"build", "--jobs", "1", "--jobs", "2"}, "--jobs is given twice (1 and 2)"},
		{[]string{"build", "--placements", "a.csv", "--placements", "b.csv"}, "--placements is given twice (a.csv and b.csv)"},
		// an empty value would mean the default, or nothing, in silence
		{[]string{"handout", "--lang", ""}, "--lang needs language codes, e.g. en or en,es (leave the flag out for its default)"},
		{[]string{"handout", "--paper", ""}, "--paper needs paper sizes, e.g. letter or letter,a4"},
		{[]string{"handout", "--lang", "en,"}, `--lang "en," has an empty item between commas: give language codes`},
		{[]string{"poster", "--paper", "letter,,a4"}, `--paper "letter,,a4" has an empty item`},
		{[]string{"handout", "--font", "a.ttf,"}, `--font "a.ttf," has an empty item`},
		{[]string{"handout", "--out", ""}, "--out needs a folder name"},
		{[]string{"handout", "--url="}, "--url needs an https:// address"},
		{[]string{"handout", "--campaign", ""}, "--campaign needs a campaign name"},
		// a value left out, the next option taken for it
		{[]string{"build", "--out", "--lang=en"}, "--out --lang=en: its value starts with -, so it reads as another option: after --out give a folder name (for a name that does start with -, write ./--lang=en)"},
		{[]string{"build", "--font", "-x.ttf"}, "--font -x.ttf: its value starts with -"},
		{[]string{"build", "--campaign", "-spring"}, "--campaign -spring: its value starts with -, so it reads as another option: after --campaign give a campaign name, e.g. fall-2027\n"},
		// the output folder apart from the content
		{[]string{"build", "--content", content, "--out", content}, "--out " + content + " is inside the content folder " + content + ": haven would write its files among the content"},
		{[]string{"handout", "--content", content, "--out", filepath.Join(content, "en")}, "e.g. --out " + filepath.Join(filepath.Dir(content), "out")},
		{[]string{"handout", "--content", content, "--out", filepath.Join(link, "o")}, "is inside the content folder"},
		{[]string{"handout", "--content", filepath.Join(link, "site", "c"), "--out", link}, "is inside " + filepath.Join(link, "site") + "/, where haven writes the resource page"},
		{[]string{"check", "--jobs", "2"}, "unknown flag: --jobs"},
		// a flag typed with a slip, or in capitals, is named
		{[]string{"build", "--contnet", "c"}, "unknown flag: --contnet (did you mean --content?)"},
		{[]string{"build", "--Content", "c"}, "unknown flag: --Content (did you mean --content?)"},
		{[]string{"handout", "--lnag=en"}, "unknown flag: --lnag (did you mean --lang?)"},
		// a flag of another command is said to be its
		{[]string{"build", "--edition", "large"}, "unknown flag: --edition: it is a flag of haven handout, not of haven build"},
		{[]string{"handout", "--calibrate"}, "unknown flag: --calibrate: it is a flag of haven cards, not of haven handout"},
		{[]string{"check", "--paper", "legal"}, `unknown paper "legal"`},
		{[]string{"init"}, "init takes one folder name"},
		{[]string{"init", ""}, "init takes one folder name"},
		{[]string{"init", file}, "is a file"},
		{[]string{"version", "x"}, "takes no arguments"},
	}
	for _, tt := range bad {
		code, stderr, b, c, i := recorded(t, tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.says) || b != nil || c != nil || i != nil {
			t.Errorf("%q: exit %d, ran %v, stderr %q; want 2 and %q", tt.args, code, b != nil || c != nil || i != nil, stderr, tt.says)
		}
	}
}

// SOURCE_DATE_EPOCH must fit a PDF date (years 1970 to 9999).
func TestSourceDateEpochBounds(t *testing.T) {
	for _, tt := range []struct {
		epoch string
		ok    bool
	}{{"0", true}, {"253402300799", true}, {"253402300800", false}, {"-1", false}, {"1e9", false}} {
		t.Setenv("SOURCE_DATE_EPOCH", tt.epoch)
		_, err := created()
		if (err == nil) != tt.ok {
			t.Errorf("SOURCE_DATE_EPOCH=%s: %v", tt.epoch, err)
		}
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The proof sheet and the print guide come on the paper the run asks for, of Letter and A4,
// and otherwise on the paper the organisation's country buys: A4 in the UK, Letter in the U.S.
func TestProofPaper(t *testing.T) {
	for _, tt := range []struct {
		want           bool
		papers         []string
		country, paper string
	}{
		{true, nil, "GB", "a4"},
		{true, nil, "DE", "a4"},
		{true, nil, "US", "letter"},
		{true, nil, "", "letter"},
		{true, nil, "MX", "letter"},
		{true, []string{"letter", "a4"}, "AU", "a4"},
		{true, []string{"A4"}, "US", "a4"},
		{true, []string{"letter"}, "GB", "letter"},
		{true, []string{"tabloid"}, "GB", "a4"},
		{false, nil, "GB", ""},
	} {
		if got := proofPaper(tt.want, tt.papers, tt.country); got != tt.paper {
			t.Errorf("proofPaper(%v, %q, %q) = %q, want %q", tt.want, tt.papers, tt.country, got, tt.paper)
		}
	}
}

// A ~ that starts a file or folder name is the home folder, wherever the shell left it
// unread (after =, in quotes): haven would otherwise make a folder named ~ where the user would
// not look, and report it as ~/... . Every flag that names files or folders reads it so, on
// every command, and so does init's folder; another user's ~name is refused in plain words.
func TestHomeFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	notPaths := []string{"lang", "paper", "url", "campaign", "offset", "jobs", "edition"}
	for _, cmd := range newRoot(streams{io.Discard, io.Discard}, runners{}).Commands() {
		cmd.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Value.Type() == "bool" || slices.Contains(notPaths, f.Name) {
				return
			}
			if !slices.Contains(pathFlags, f.Name) {
				t.Errorf("haven %s --%s: neither a path flag nor known not to be one", cmd.Name(), f.Name)
				return
			}
			for given, want := range map[string]string{
				"~/haven-kit": filepath.Join(home, "haven-kit"),
				"~/My Kit":    filepath.Join(home, "My Kit"),
				"~":           home,
				"kit/~":       "kit/~",
				"~kit":        "", // refused
			} {
				root := newRoot(streams{io.Discard, io.Discard}, runners{})
				sub, _, _ := root.Find([]string{cmd.Name()})
				err := sub.Flags().Set(f.Name, given)
				got := sub.Flags().Lookup(f.Name).Value.String()
				if l, ok := sub.Flags().Lookup(f.Name).Value.(pflag.SliceValue); ok {
					got = strings.Join(l.GetSlice(), ",")
				}
				switch {
				case want == "" && (err == nil || !strings.Contains(err.Error(), "--"+f.Name+" ~kit: haven reads ~ as your own home folder; for kit's, write its whole path in place of ~kit")):
					t.Errorf("haven %s --%s %s: %v, want it refused", cmd.Name(), f.Name, given, err)
				case want != "" && (err != nil || got != want):
					t.Errorf("haven %s --%s %s: %q (%v), want %q", cmd.Name(), f.Name, given, got, err, want)
				}
			}
		})
	}
	// each font of a family, and a flag given twice as the same folder
	code, stderr, b, _, _ := recorded(t, "build", "--font", "~/a.ttf, ~/b.ttf", "--out=~/kit", "--out", filepath.Join(home, "kit"), "--content", "~/c")
	if code != 0 || b == nil || b.out != filepath.Join(home, "kit") || b.content != filepath.Join(home, "c") ||
		!slices.EqualFunc(b.fontFamilies(), [][]string{{filepath.Join(home, "a.ttf"), filepath.Join(home, "b.ttf")}}, slices.Equal) {
		t.Errorf("exit %d (%s), options %+v", code, stderr, b)
	}
	if code, stderr, _, _, i := recorded(t, "init", "~/My Content"); code != 0 || i == nil || i.dir != filepath.Join(home, "My Content") {
		t.Errorf("init: exit %d (%s), options %+v", code, stderr, i)
	}
	if code, stderr, _, _, _ := recorded(t, "init", "~bob/x"); code != 2 || !strings.Contains(stderr, "init ~bob/x: haven reads ~ as your own home folder; for bob's, write its whole path in place of ~bob") {
		t.Errorf("init ~bob/x: exit %d, %s", code, stderr)
	}
	// the real folder is the one made and named
	_, stdout, stderr := run(t, "init", "~/c")
	if !strings.Contains(stdout, "wrote the content to "+filepath.Join(home, "c")+"/") {
		t.Errorf("init ~/c: %s%s", stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(home, "c", "settings.yaml")); err != nil {
		t.Error(err)
	}
}

// An output folder given as --content (this run's --out, out by default, or one holding a
// kit) is said to be one, not a content folder; and an --out inside a content folder is told a
// folder outside it, never the one refused (--content out: out/../out is out).
func TestOutputNotContent(t *testing.T) {
	for _, tt := range []struct {
		content bool     // ./out is a content folder
		kit     bool     // ./kit holds a kit
		args    []string // run in a folder holding those
		says    string
		saysNot string
	}{
		{false, false, []string{"build", "--content", "out"}, "--content out is this run's output folder (--out out), where haven writes the kit, not a content folder: give --content the folder that holds settings.yaml (haven init DIR makes one)", "e.g. --out"},
		{false, false, []string{"build", "--content", "o", "--out", "./o/"}, "--content o is this run's output folder (--out ./o/)", ""},
		{false, true, []string{"check", "--content", "kit"}, "--content kit is an output folder, which holds a kit haven made, not a content folder: give --content the folder that holds settings.yaml", ""},
		{false, true, []string{"handout", "--content", "kit", "--out", "elsewhere"}, "--content kit is an output folder, which holds a kit haven made", ""},
		{false, true, []string{"build", "--content", "kit", "--out", "kit"}, "--content kit is this run's output folder (--out kit)", ""},
		// a content folder named out, written into: a folder beside it
		{true, false, []string{"build", "--content", "out"}, "--out out is inside the content folder out: haven would write its files among the content, and read them as content next time; give an --out outside it, e.g. --out haven-kit", "e.g. --out out"},
		{true, false, []string{"poster", "--content", "out", "--out", "out/x"}, "give an --out outside it, e.g. --out haven-kit", ""},
	} {
		t.Chdir(t.TempDir())
		os.Mkdir("out", 0o755)
		if tt.content {
			writeFile(t, filepath.Join("out", "settings.yaml"), "x")
		}
		if tt.kit {
			os.Mkdir("kit", 0o755)
			writeFile(t, filepath.Join("kit", kitName), "{}")
		}
		code, stderr, b, c, _ := recorded(t, tt.args...)
		if code != 2 || b != nil || c != nil || !strings.Contains(stderr, tt.says) || tt.saysNot != "" && strings.Contains(stderr, tt.saysNot) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q, not %q", tt.args, code, stderr, tt.says, tt.saysNot)
		}
	}
}
