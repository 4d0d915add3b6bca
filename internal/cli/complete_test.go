package cli

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// The shell's completion, as cobra's __complete answers it: each flag's values, and the
// directive telling the shell what to offer besides (:4 no files, :8 files of the extensions
// listed, :16 folders).
func TestCompletion(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine")
	if code, _, e := run(t, "init", mine); code != 0 {
		t.Fatal(e)
	}
	if code, _, e := run(t, "init", filepath.Join(dir, "skip")); code != 0 { // not named: not listed
		t.Fatal(e)
	}
	if err := os.Mkdir(filepath.Join(mine, "fr"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(mine, "fr", "faq.md"), "")
	tests := []struct {
		args []string
		want []string // the lines of stdout
	}{
		{[]string{"handout", "--paper", ""}, []string{"letter\tLetter (8.5 x 11 in)", "a4\tA4 (210 x 297 mm)", ":4"}},
		{[]string{"poster", "--paper", ""}, []string{"letter\tLetter (8.5 x 11 in)", "a4\tA4 (210 x 297 mm)", "tabloid\tTabloid (11 x 17 in)", "18x24\t18 x 24 in", "24x36\t24 x 36 in", "a3\tA3 (297 x 420 mm)", "a2\tA2 (420 x 594 mm)", "tearoff\tthe tear-off flyer, on Letter (8.5 x 11 in)", "tearoff-a4\tthe tear-off flyer, on A4 (210 x 297 mm)", ":4"}},
		{[]string{"handout", "--edition", ""}, []string{"standard\tthe handout, one sheet printed on both sides", "large\tthe large-print edition, several sheets stapled", ":4"}},
		{[]string{"build", "--lang", ""}, []string{"en", "es", ":4"}},
		{[]string{"check", "--content", filepath.Join(dir, "nope"), "--lang", ""}, []string{":4"}},
		{[]string{"cards", "--content", mine, "--lang", ""}, []string{":4"}}, // fr/ without text.yaml: the content does not load
		{[]string{"build", "--content", ""}, []string{":16"}},
		{[]string{"poster", "--placements", ""}, []string{"csv", ":8"}},
		{[]string{"proof", "--font", ""}, []string{"ttf", ":8"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, e := run(t, append([]string{"__complete"}, tt.args...)...)
			if got := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); code != 0 || strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("exit %d, completions %q, want %q (%s)", code, got, tt.want, e)
			}
		})
	}
	// a content folder that loads lists its own languages
	if err := os.RemoveAll(filepath.Join(mine, "fr")); err != nil {
		t.Fatal(err)
	}
	code, out, _ := run(t, "__complete", "cards", "--content", mine, "--lang", "")
	if code != 0 || out != "en\nes\n:4\n" {
		t.Errorf("languages of %s: %q", mine, out)
	}
}

// Each command's help lists the papers it takes and the flags it has, and gives examples.
func TestHelpListsOnlyWhatACommandTakes(t *testing.T) {
	tests := []struct {
		cmd       string
		has, lack []string
	}{
		{"handout", []string{"paper sizes: letter, a4 (", "--out", "editions to make: standard (", "Examples:"}, []string{"tabloid", "--offset", "--calibrate"}},
		{"cards", []string{"paper sizes: letter, a4 (", "--offset", "--calibrate", "Examples:"}, []string{"tabloid", "--edition"}},
		{"poster", []string{"tabloid", "tearoff for the tear-off flyer on Letter (8.5 x 11 in), tearoff-a4 for the tear-off flyer on A4 (210 x 297 mm)", "Examples:"}, []string{"--offset", "--edition"}},
		{"check", []string{"--content", "--placements", "--campaign", "Examples:"}, []string{"--out", "--jobs"}},
		{"build", []string{"--offset", "tearoff", "Examples:"}, []string{"      --calibrate", "--edition"}},
		{"proof", []string{"--out", "Examples:"}, []string{"--offset", "--calibrate"}},
		{"site", []string{"--out", "--lang"}, []string{"--paper", "--offset", "--edition"}}, // a web page has no paper size
		{"version", []string{"Examples:"}, nil},
		{"init", []string{"Examples:"}, nil},
	}
	for _, tt := range tests {
		_, out, _ := run(t, tt.cmd, "--help")
		for _, s := range tt.has {
			if !strings.Contains(out, s) {
				t.Errorf("%s --help lacks %q", tt.cmd, s)
			}
		}
		for _, s := range tt.lack {
			if strings.Contains(out, s) {
				t.Errorf("%s --help shows %q", tt.cmd, s)
			}
		}
	}
}

// Every flag's help names what it takes in words (--lang codes, --font files, --jobs number),
// not as Go's types (strings, stringArray, int), which pflag shows for a flag whose help has no
// `word`; on every command and subcommand.
func TestHelpNamesValuesInWords(t *testing.T) {
	goTypes := regexp.MustCompile(`(?m)^\s+(-\w, )?--[\w-]+ (string|strings|stringArray|stringSlice|int|int64|uint|float64|duration|bools?)\s`)
	var walk func(path []string, cmd *cobra.Command)
	walk = func(path []string, cmd *cobra.Command) {
		_, out, _ := run(t, append(path, "--help")...)
		if m := goTypes.FindString(out); m != "" {
			t.Errorf("haven %s --help: %q", strings.Join(path, " "), strings.TrimSpace(m))
		}
		for _, sub := range cmd.Commands() {
			walk(append(slices.Clone(path), sub.Name()), sub)
		}
	}
	root := newRoot(streams{io.Discard, io.Discard}, runners{})
	root.InitDefaultCompletionCmd() // as cobra adds it when it runs
	for _, cmd := range root.Commands() {
		walk([]string{cmd.Name()}, cmd)
	}
}

// help and completion refuse a word they do not know as an unknown command is refused, with
// exit status 2; the ones they know still answer.
func TestUnknownHelpTopicAndShell(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string // in stdout, or in stderr for a refusal
	}{
		{[]string{"help", "nosuch"}, 2, `unknown command "nosuch" for "haven"`},
		{[]string{"help", "buidl"}, 2, "Did you mean this?"},
		{[]string{"completion", "tcsh"}, 2, `unknown command "tcsh" for "haven completion"`},
		{[]string{"help"}, 0, "Available Commands:"},
		{[]string{"help", "build"}, 0, "haven build [flags]"},
		{[]string{"help", "completion", "bash"}, 0, "bash"},
		{[]string{"completion"}, 0, "Available Commands:"},
		{[]string{"completion", "bash"}, 0, "bash completion"},
	} {
		code, out, e := run(t, tt.args...)
		got := out
		if tt.code != 0 {
			got = e
		}
		if code != tt.code || !strings.Contains(got, tt.want) {
			t.Errorf("haven %s: exit %d, %q %q; want %d and %q", strings.Join(tt.args, " "), code, out, e, tt.code, tt.want)
		}
	}
}
