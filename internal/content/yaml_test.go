package content

import (
	"io/fs"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// A YAML mistake is named at its own line, not where the parser noticed it (often the start of
// the group it is in, or a comment above it): a key indented unlike the keys beside it, a quote
// never closed. Mistakes the parser names rightly keep their line.
func TestYAMLErrorNamesTheMistakesLine(t *testing.T) {
	for _, tt := range []struct{ name, file, old, new, want string }{
		{"first key one space too far", "settings.yaml", "  call: 1-888-373-7888", "   call: 1-888-373-7888",
			"content/settings.yaml:30: not valid YAML: did not find expected key (this line is indented by 3 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"a middle key one space too far", "settings.yaml", `  accent: "#F4B942"`, `   accent: "#F4B942"`,
			"content/settings.yaml:46: not valid YAML: did not find expected key (this line is indented by 3 spaces, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"first key one space short", "settings.yaml", "  name: The Mission Haven", " name: The Mission Haven",
			"content/settings.yaml:7: not valid YAML: did not find expected key (this line is indented by 1 space, the lines beside it by 2: indent it like them, by 2 spaces)"},
		{"a quote never closed", "en/text.yaml", "  call: Call {call}", "  call: 'Call {call}",
			"content/en/text.yaml:15: not valid YAML: did not find expected key (the text on this line opens with ' and nothing closes it: end it with ', or take the ' out)"},
		{"a double quote never closed", "en/text.yaml", "  call: Call {call}", `  call: "Call {call}`,
			`content/en/text.yaml:15: not valid YAML: did not find expected key (the text on this line opens with " and nothing closes it: end it with ", or take the " out)`},
		{"a colon in a text", "en/text.yaml", "  title: Get help now", "  title: Help: now",
			"content/en/text.yaml:11: not valid YAML: mapping values are not allowed in this context (check the indentation and quote text that contains a colon)"},
		{"a tab", "settings.yaml", "  name: The Mission Haven", "\tname: The Mission Haven",
			"content/settings.yaml:7: not valid YAML: found character that cannot start any token (this line has a tab; indent with spaces only)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
			if err == nil || !strings.Contains("\n"+err.Error()+"\n", "\n"+tt.want+"\n") {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// The content haven writes has no line the search would name: a slip found in it would be a
// wrong line named for a real mistake.
func TestYAMLSlipFindsNothingInGoodContent(t *testing.T) {
	files, _ := fs.Glob(defaultcontent.FS, "*.yaml")
	more, _ := fs.Glob(defaultcontent.FS, "*/*.yaml")
	for _, name := range append(files, more...) {
		b, _ := fs.ReadFile(defaultcontent.FS, name)
		if at, hint := yamlSlip(strings.Split(string(b), "\n"), 1); at != 0 {
			t.Errorf("%s:%d: %s", name, at, hint)
		}
	}
	if len(files)+len(more) < 2 {
		t.Fatalf("found %d YAML files", len(files)+len(more))
	}
}
