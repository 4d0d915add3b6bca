package content

import (
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// The example organisation's name left in content of one's own is warned of, at its line,
// in settings.yaml or a language's text.yaml; haven's own content, as it is, is not.
func TestExampleOrganisationLeft(t *testing.T) {
	for _, tt := range []struct {
		name string
		edit [][]string
		want string // the warning's start, or ""
	}{
		{"haven's own content", nil, ""},
		{"a FAQ of one's own, the name kept", [][]string{{"en/faq.md", "Trafficking", "trafficking"}}, "content/settings.yaml:7: organisation.name: \"The Mission Haven\" is the name of haven's example organisation"},
		{"the name without The", [][]string{{"settings.yaml", "name: The Mission Haven", "name: mission  haven"}}, "content/settings.yaml:7: organisation.name: \"mission  haven\" is the name of haven's example organisation"},
		{"a language's own name", [][]string{{"settings.yaml", "name: The Mission Haven", "name: Harbor House"}, {"en/text.yaml", "# organisation:\n#   name: The Mission Haven", "organisation:\n  name: The Mission Haven"}}, "content/en/text.yaml:"},
		{"a name of one's own", [][]string{{"settings.yaml", "name: The Mission Haven", "name: Harbor House"}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := defaultcontent.FS
			c, err := Load(fsys, "content", Overrides{})
			if tt.edit != nil {
				c, err = Load(edits(t, tt.edit...), "content", Overrides{})
			}
			if err != nil {
				t.Fatal(err)
			}
			var got string
			for _, w := range c.Warnings {
				if strings.Contains(w.Msg, "example organisation") {
					got = w.Error()
				}
			}
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) || tt.want != "" && !strings.Contains(got, "(write your organisation's own name)") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// An address on a name kept for examples and tests, or on a host no phone reaches, is refused
// wherever it prints or is linked: in an answer (bare, with or without https://, as a link,
// as an email) and in text.yaml, at its line and field; a site that only looks like one passes.
func TestExampleAddressesInTexts(t *testing.T) {
	const para = "In this handout, we answer some of the most common questions about DMST and share facts you might not have known."
	for _, tt := range []struct{ file, old, new, want string }{
		{"en/faq.md", para, para + " See https://example.org/help for more.", `content/en/faq.md:5: introduction[2]: prints the address "https://example.org/help", an address that opens nothing (example.org is kept for examples and tests)`},
		{"en/faq.md", para, para + " See www.example.com/help.", `content/en/faq.md:5: introduction[2]: prints the address "www.example.com/help"`},
		{"en/faq.md", para, para + " See help.example.net.", `prints the address "help.example.net"`},
		{"en/faq.md", para, para + " Write to help@example.org.", `prints the address "help@example.org"`},
		{"en/faq.md", para, para + " See [our list](https://shelter.test/list).", `content/en/faq.md:5: the link's address "https://shelter.test/list" is an address that opens nothing (.test is kept for examples and tests)`},
		{"en/faq.md", para, para + " See [our list](https://192.168.1.20/list).", `"https://192.168.1.20/list" is an address that opens nothing (192.168.1.20 is a private address`},
		{"en/text.yaml", "  note: You can report anonymously.", "  note: You can report anonymously at www.example.org.", `content/en/text.yaml:18: help.note: prints the address "www.example.org"`},
		{"en/text.yaml", "  note: You can report anonymously.", "  note: You can report anonymously at www.examples.org.", ""},
	} {
		t.Run(tt.new[max(0, len(tt.new)-40):], func(t *testing.T) {
			_, err := Load(edits(t, []string{tt.file, tt.old, tt.new}), "content", Overrides{Langs: []string{"en"}})
			got := ""
			if err != nil {
				got = err.Error()
			}
			if tt.want == "" && strings.Contains(got, "opens nothing") || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
