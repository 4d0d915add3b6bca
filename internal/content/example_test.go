package content

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
)

// The example organisation's name left in content of one's own is warned of, at its line,
// in settings.yaml or a language's text.yaml, in a copy of haven's content unchanged too
// (haven init); haven's built-in content is not.
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
		{"a copy of haven's content, unchanged (haven init)", [][]string{{}}, "content/settings.yaml:7: organisation.name: \"The Mission Haven\" is the name of haven's example organisation"},
		{"a copy with a language folder copied", [][]string{{"en-US", "en"}}, "content/settings.yaml:7: organisation.name: \"The Mission Haven\" is the name of haven's example organisation"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := defaultcontent.FS
			c, err := Load(fsys, "content", Overrides{})
			switch {
			case len(tt.edit) == 1 && len(tt.edit[0]) < 3: // a plain copy, a folder of it copied as another
				c, err = Load(ownCopy(tt.edit[0]...), "content", Overrides{})
			case tt.edit != nil:
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

// An address on a name kept for examples and tests, or on a host no phone reaches, written
// to try haven out, is warned of wherever it prints or is linked, once for each place: in an
// answer (bare, with or without https://, as a link, as an email) and in text.yaml, at its
// line and field; the content loads, as a preview must. A site that only looks like one passes.
func TestExampleAddressesInTexts(t *testing.T) {
	const para = "In this handout, we answer some of the most common questions about DMST and share facts you might not have known."
	const act = "; write your organisation's own address before printing"
	for _, tt := range []struct{ file, old, new, want string }{
		{"en/faq.md", para, para + " See https://example.org/help for more.", `content/en/faq.md:5: introduction[2]: prints the address "https://example.org/help", which is an address that opens nothing (example.org is kept for examples and tests): every copy would print it` + act},
		{"en/faq.md", para, para + " See www.example.com/help.", `content/en/faq.md:5: introduction[2]: prints the address "www.example.com/help", which is an address that opens nothing (example.com is kept for examples and tests): every copy would print it` + act},
		{"en/faq.md", para, para + " See help.example.net.", `content/en/faq.md:5: introduction[2]: prints the address "help.example.net", which is an address that opens nothing (example.net is kept for examples and tests): every copy would print it` + act},
		{"en/faq.md", para, para + " Write to help@example.org.", `content/en/faq.md:5: introduction[2]: prints the address "help@example.org", which is an address that opens nothing (example.org is kept for examples and tests): every copy would print it` + act},
		{"en/faq.md", para, para + " See [our list](https://shelter.test/list).", `content/en/faq.md:5: the link's address "https://shelter.test/list" is an address that opens nothing (.test is kept for examples and tests): the page and every PDF would link it` + act},
		{"en/faq.md", para, para + " See [our list](https://192.168.1.20/list).", `content/en/faq.md:5: the link's address "https://192.168.1.20/list" is an address that opens nothing (192.168.1.20 is a private address, which no reader's phone can reach): the page and every PDF would link it` + act},
		{"en/faq.md", para, para + " See [our list](https://printer.local/list).", `content/en/faq.md:5: the link's address "https://printer.local/list" is an address that opens nothing (.local names a computer on a network of its own, which no reader's phone elsewhere can reach): the page and every PDF would link it` + act},
		{"en/faq.md", para, para + " See [our list](https://files.corp.internal/list).", `content/en/faq.md:5: the link's address "https://files.corp.internal/list" is an address that opens nothing (.internal names a computer on a network of its own, which no reader's phone elsewhere can reach): the page and every PDF would link it` + act},
		{"en/faq.md", para, para + " See [our list](https://nas.home.arpa/list).", `content/en/faq.md:5: the link's address "https://nas.home.arpa/list" is an address that opens nothing (.home.arpa names a computer on a network of its own, which no reader's phone elsewhere can reach): the page and every PDF would link it` + act},
		{"en/faq.md", para, para + " [Email us](mailto:help@example.org).", `content/en/faq.md:5: the link's address "mailto:help@example.org" is an address that opens nothing (example.org is kept for examples and tests): the page and every PDF would link it` + act},
		// a link whose words print its address: said once, as the address it prints
		{"en/faq.md", para, para + " See [www.example.org/list](https://www.example.org/list).", `content/en/faq.md:5: introduction[2]: prints the address "www.example.org/list", which is an address that opens nothing (example.org is kept for examples and tests): every copy would print it` + act},
		{"en/faq.md", para, para + " [help@example.org](mailto:help@example.org)", `content/en/faq.md:5: introduction[2]: prints the address "help@example.org", which is an address that opens nothing (example.org is kept for examples and tests): every copy would print it` + act},
		{"en/text.yaml", "  note: You can report anonymously.", "  note: You can report anonymously at www.example.org.", `content/en/text.yaml:18: help.note: prints the address "www.example.org", which is an address that opens nothing (example.org is kept for examples and tests): every copy would print it` + act},
		{"en/text.yaml", "  note: You can report anonymously.", "  note: You can report anonymously at www.examples.org.", ""},
	} {
		t.Run(tt.new[max(0, len(tt.new)-40):], func(t *testing.T) {
			c, err := Load(edits(t, []string{tt.file, tt.old, tt.new}), "content", Overrides{Langs: []string{"en"}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range c.Warnings {
				if strings.Contains(w.Msg, "opens nothing") {
					got = append(got, w.Error())
				}
			}
			if want := slices.DeleteFunc([]string{tt.want}, func(w string) bool { return w == "" }); !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

// An address of the settings (or --url) on a host no page for readers can be on is warned of
// at its line and field, once, saying what every copy would do with it; the content loads.
// What else is wrong with such an address is refused as for any.
func TestExampleAddressesInSettings(t *testing.T) {
	const set = "settings.yaml"
	const act = "; write your organisation's own address before printing"
	for _, tt := range []struct {
		name string
		edit []string
		url  string // --url
		want []string
		err  string // the error, where it is refused
	}{
		{"resource_url", []string{set, "resource_url: https://humantraffickinghotline.org", "resource_url: https://example.org/help"}, "",
			[]string{`content/settings.yaml:14: resource_url: "https://example.org/help" is an address that opens nothing (example.org is kept for examples and tests): every copy's QR code would open it` + act}, ""},
		{"display_url too", []string{set, "resource_url: https://humantraffickinghotline.org", "resource_url: https://www.example.org/help", `display_url: ""`, "display_url: example.org/help"}, "",
			[]string{`content/settings.yaml:14: resource_url: "https://www.example.org/help" is an address that opens nothing (example.org is kept for examples and tests): every copy's QR code would open it` + act,
				`content/settings.yaml:17: display_url: "example.org/help" is an address that opens nothing (example.org is kept for examples and tests): every copy would print it under the QR code` + act}, ""},
		{"--url", nil, "https://help.example.net/x",
			[]string{`--url: "https://help.example.net/x" is an address that opens nothing (example.net is kept for examples and tests): every copy's QR code would open it` + act}, ""},
		{"chat", []string{set, `  chat: ""`, `  chat: "https://chat.test/"`}, "",
			[]string{`content/settings.yaml:38: hotline.chat: "https://chat.test/" is an address that opens nothing (.test is kept for examples and tests): every copy that gives the chat would send readers to it; write your chat's own address before printing`}, ""},
		{"website", []string{set, `  contact: ""`, "  contact: \"\"\n  website: https://localhost/"}, "",
			[]string{`content/settings.yaml:10: organisation.website: "https://localhost/" is an address that opens nothing (localhost is the computer it is opened on, no site a reader's phone can reach): every copy would give it as your site` + act}, ""},
		{"privacy and exit", []string{set, "# site:", "site:\n  privacy_url: https://192.168.1.5/safe\n  exit_url: https://[::1]/"}, "",
			[]string{`content/settings.yaml:102: site.privacy_url: "https://192.168.1.5/safe" is an address that opens nothing (192.168.1.5 is a private address, which no reader's phone can reach): the page's safety note would link it; write your own page's address (or leave privacy_url empty for the built-in one) before printing`,
				`content/settings.yaml:103: site.exit_url: "https://[::1]/" is an address that opens nothing (::1 is a private address, which no reader's phone can reach): the page's quick exit would open it; write an everyday site's address (or leave exit_url empty for the built-in one) before printing`}, ""},
		{"discreet_url", []string{set, "# cards:", "cards:\n  discreet_url: https://talk.example/"}, "",
			[]string{`content/settings.yaml:54: cards.discreet_url: "https://talk.example/" is an address that opens nothing (.example is kept for examples and tests): every discreet card's QR code would open it; write a neutral address you control before printing`}, ""},
		{"the contact line", []string{set, `  contact: ""`, `  contact: "help@example.org · www.example.com/intake"`}, "",
			[]string{`content/settings.yaml:9: organisation.contact: prints the address "help@example.org", which is an address that opens nothing (example.org is kept for examples and tests): every copy would print it` + act,
				`content/settings.yaml:9: organisation.contact: prints the address "www.example.com/intake", which is an address that opens nothing (example.com is kept for examples and tests): every copy would print it` + act}, ""},
		{"two example sites, no slip of each other", []string{set, "resource_url: https://humantraffickinghotline.org", "resource_url: https://example.org/help", `  chat: ""`, `  chat: "https://example.com/chat"`}, "",
			[]string{`content/settings.yaml:14: resource_url: "https://example.org/help" is an address that opens nothing (example.org is kept for examples and tests): every copy's QR code would open it` + act,
				`content/settings.yaml:38: hotline.chat: "https://example.com/chat" is an address that opens nothing (example.com is kept for examples and tests): every copy that gives the chat would send readers to it; write your chat's own address before printing`}, ""},
		{"refused for another fault", []string{set, "resource_url: https://humantraffickinghotline.org", "resource_url: http://example.org/help"}, "", nil,
			`content/settings.yaml:14: resource_url: "http://example.org/help" must start with https:// (write resource_url: https://example.org/help)`},
		{"a site of one's own", []string{set, "resource_url: https://humantraffickinghotline.org", "resource_url: https://examples.org/help"}, "", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edits(t)
			if tt.edit != nil {
				fsys = edits(t, tt.edit)
			}
			c, err := Load(fsys, "content", Overrides{URL: tt.url})
			if tt.err != "" || err != nil {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("got error %v, want %q", err, tt.err)
				}
				return
			}
			var got []string
			for _, w := range c.Warnings.Sort() {
				if strings.Contains(w.Msg, "opens nothing") {
					got = append(got, w.Error())
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// ownCopy is haven's own content as a folder holds it, unchanged ('haven init'), with the
// folder copy[1] copied as copy[0], when given.
func ownCopy(copy ...string) fs.FS {
	m := fstest.MapFS{}
	fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := fs.ReadFile(defaultcontent.FS, p)
			m[p] = &fstest.MapFile{Data: data}
			if len(copy) == 2 && strings.HasPrefix(p, copy[1]+"/") {
				m[copy[0]+strings.TrimPrefix(p, copy[1])] = &fstest.MapFile{Data: data}
			}
		}
		return nil
	})
	return m
}
