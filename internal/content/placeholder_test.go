package content

import (
	"strings"
	"testing"
)

// A placeholder of the example settings' comments (<your site>, <a neutral site>, <phone,
// email or web address>), copied into a field, is refused alone at its line, saying what to
// write: never a placeholder again, nor another error about the field's '<'. An address in
// angle brackets, as an e-mail writes one, is no placeholder.
func TestPlaceholderInSettings(t *testing.T) {
	const set = "settings.yaml"
	for _, tc := range []struct {
		name      string
		old, new_ string
		want      string // the whole error, "" for content that loads
	}{
		{"contact", `  contact: ""`, `  contact: "<phone, email or web address>"`,
			`content/settings.yaml:9: organisation.contact: "<phone, email or web address>" is the example's placeholder, which stands for your own words: every copy would print it as written (write a phone number, email or web address people can reach you at, or leave contact empty)`},
		{"display_url", `display_url: ""`, `display_url: "<your site>/help"`,
			`content/settings.yaml:17: display_url: "<your site>/help" holds the example's placeholder <your site>, which stands for your own words: every copy would print it as written (write the short address people type, e.g. display_url: humantraffickinghotline.org, or leave display_url empty to print resource_url)`},
		{"discreet_url", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://<a neutral site>/talk",
			`content/settings.yaml:54: cards.discreet_url: "https://<a neutral site>/talk" holds the example's placeholder <a neutral site>, which stands for your own words: every copy would print it as written (write the address of a neutral page you control, on a site whose name says nothing of the hotline or your organisation; or leave discreet_url out, and the discreet card has no QR code)`},
		{"resource_url", "resource_url: https://humantraffickinghotline.org", "resource_url: https://<your site>/help",
			`content/settings.yaml:14: resource_url: "https://<your site>/help" holds the example's placeholder <your site>, which stands for your own words: every copy would print it as written (write the full address of the page every QR code opens, as your browser's address bar shows it, starting with https://)`},
		{"name", "  name: The Mission Haven", "  name: <your organisation>",
			`content/settings.yaml:7: organisation.name: "<your organisation>" is the example's placeholder, which stands for your own words: every copy would print it as written (write your organisation's name)`},
		{"an HTML tag is no placeholder", "  name: The Mission Haven", "  name: Sunrise Shelter<br>Columbus",
			`content/settings.yaml:7: organisation.name: "Sunrise Shelter<br>Columbus" holds the HTML tag <br>, which haven does not read: every copy would print it as written (take the tag out: a text prints in the style of its place, and its lines break where they fit)`},
		{"an HTML tag with attributes", "  name: The Mission Haven", `  name: <span class="org">Sunrise Shelter</span>`,
			`content/settings.yaml:7: organisation.name: "<span class=\"org\">Sunrise Shelter</span>" holds the HTML tag <span class="org">, which haven does not read: every copy would print it as written (take the tag out: a text prints in the style of its place, and its lines break where they fit)`},
		{"an address in angle brackets", `  contact: ""`, `  contact: "Office 614-294-3381 · <info@harborlightohio.org>"`, ""},
		{"a number in angle brackets", `  contact: ""`, `  contact: "Office <614-294-3381>"`, ""},
		{"no placeholder", `  contact: ""`, `  contact: "Office 614-294-3381 · info@harborlightohio.org"`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := loadErr(edits(t, []string{set, tc.old, tc.new_}))
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if strings.Contains(got, "(write") && strings.Contains(got[strings.Index(got, "(write"):], "<") {
				t.Errorf("the hint proposes a placeholder: %s", got)
			}
		})
	}
}

// An address refused for its https:// left out or mistyped, or a comma for a dot in its host,
// is told whole, as the user wrote it otherwise, in every address field; one haven cannot
// read as meant gets plain words, with no example address to copy.
func TestAddressMeantIsWritten(t *testing.T) {
	const set = "settings.yaml"
	resource := "resource_url: https://humantraffickinghotline.org"
	for _, tc := range []struct {
		name, old, new_, want string
	}{
		{"no https://", resource, "resource_url: www.harborlightohio.org/help",
			`content/settings.yaml:14: resource_url: "www.harborlightohio.org/help" must start with https:// (write resource_url: https://www.harborlightohio.org/help)`},
		{"http://", resource, "resource_url: http://www.harborlightohio.org/help",
			`content/settings.yaml:14: resource_url: "http://www.harborlightohio.org/help" must start with https:// (write resource_url: https://www.harborlightohio.org/help)`},
		{"one slash", resource, "resource_url: https:/www.harborlightohio.org/help", "(write resource_url: https://www.harborlightohio.org/help)"},
		{"no colon", resource, "resource_url: https//www.harborlightohio.org/help", "(write resource_url: https://www.harborlightohio.org/help)"},
		{"htps", resource, "resource_url: htps://harborlightohio.org", "(write resource_url: https://harborlightohio.org)"},
		{"a comma in the host", resource, "resource_url: https://www.harborlightohio,org/help",
			`content/settings.yaml:14: resource_url: "https://www.harborlightohio,org/help" has a malformed host name "www.harborlightohio,org" (write resource_url: https://www.harborlightohio.org/help)`},
		{"chat", `  chat: ""`, "  chat: harborlightohio.org/chat",
			`content/settings.yaml:38: hotline.chat: "harborlightohio.org/chat" must start with https:// (write chat: https://harborlightohio.org/chat)`},
		{"chat, none meant", `  chat: ""`, "  chat: ftp://harborlightohio.org/chat",
			`content/settings.yaml:38: hotline.chat: "ftp://harborlightohio.org/chat" must start with https:// (write the chat page's full address, as your browser's address bar shows it, starting with https://)`},
		{"another scheme", resource, "resource_url: javascript:alert(1)", "(write the full address of your page, as your browser's address bar shows it, starting with https://)"},
		{"no host", resource, "resource_url: help", "(write the full address of your page, as your browser's address bar shows it, starting with https://)"},
		{"a space", resource, "resource_url: https://samples.org/get help", "(write the full address of your page, as your browser's address bar shows it, starting with https://)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := loadErr(edits(t, []string{set, tc.old, tc.new_}))
			if !strings.HasPrefix(got, "content/") || !strings.Contains(got, tc.want) || strings.Count(got, "\n") > 0 {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// So is a FAQ link's address, in the link as written.
func TestLinkAddressMeantIsWritten(t *testing.T) {
	for _, tc := range []struct{ link, want string }{
		{"[our list](https://www.samples,org/help)", "(write [our list](https://www.samples.org/help))"},
		{"[our list](https://samples.org:99999/help)", "(write the page's full address, as your browser's address bar shows it: [our list](https://...))"},
	} {
		got := loadErr(edits(t, []string{"en/faq.md", "No. Most victims", tc.link + " No. Most victims"}))
		if !strings.Contains(got, tc.want) || strings.Count(got, "\n") > 0 {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}

// resource_url left empty says what it is and what someone without a website writes; another
// setting left empty says to write its text.
func TestEmptyResourceURLSaysWhatItIs(t *testing.T) {
	for _, tc := range []struct{ old, new_, want string }{
		{"resource_url: https://humantraffickinghotline.org", "resource_url: ", `content/settings.yaml:14: resource_url: is empty (it is the address of the page every QR code opens: write it in full, starting with https://; without a website of your own, write the hotline's own site for now: haven build then also makes a page of your own, in out/site/; upload that folder as it is to any web host (a school's web space, GitHub Pages, Netlify), write the address it has there, and build again)`},
		{"resource_url: https://humantraffickinghotline.org", `resource_url: ""`, `resource_url: is empty (it is the address of the page every QR code opens`},
		{"  name: The Mission Haven", "  name: ", `content/settings.yaml:7: organisation.name: is empty (write the text after the colon)`},
	} {
		if got := loadErr(edits(t, []string{"settings.yaml", tc.old, tc.new_})); !strings.HasPrefix(got, "content/") || !strings.Contains(got, tc.want) || strings.Count(got, "\n") > 0 {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}

// A template's placeholder left in a text (a FAQ or a flyer copied from a template) is refused
// at its line, each of a text's at once, where every copy would print it; an editor's brackets
// in a quotation, an abbreviation in brackets, prose and a section named in
// brackets print as written, and one a setting filled in is said at the setting alone.
func TestTemplatePlaceholders(t *testing.T) {
	const faq, text = "en/faq.md", "en/text.yaml"
	intro, note := "In this handout, we answer", "  note: You can report anonymously. Interpreters in more than 200 languages."
	for _, tc := range []struct {
		name, file, old, new_ string
		want                  []string // each a problem's start after the file's name and line, none for content that loads
	}{
		{"your website", faq, intro, "Visit [your website] for more. " + intro,
			[]string{`introduction[2]: "[your website]" is a placeholder, which stands for your own words: every copy would print it as written (write the words it stands for, or take it out)`}},
		{"capitals", faq, intro, "Write to [ORGANIZATION EMAIL]. " + intro, []string{`introduction[2]: "[ORGANIZATION EMAIL]" is a placeholder`}},
		{"underscored capitals", faq, intro, "Call [PHONE_NUMBER]. " + intro, []string{`introduction[2]: "[PHONE_NUMBER]" is a placeholder`}},
		{"Spanish", "es/faq.md", "Aquí respondemos", "Visite [su sitio web]. Aquí respondemos", []string{`introduction[2]: "[su sitio web]" is a placeholder`}},
		{"insert", faq, intro, "Call us at (insert number) any time. " + intro, []string{`introduction[2]: "(insert number)" is a placeholder`}},
		{"masked number", faq, intro, "Call XXX-XXX-XXXX. " + intro,
			[]string{`introduction[2]: "XXX-XXX-XXXX" is a placeholder for a phone number: every copy would print it as written (write the real number, or take it out)`}},
		{"masked toll-free", faq, intro, "Call 1-800-###-####. " + intro, []string{`introduction[2]: "1-800-###-####" is a placeholder for a phone number`}},
		{"in text.yaml, each", text, note, "  note: Call us at <your local number> or (xxx) xxx-xxxx.",
			[]string{`help.note: "<your local number>" is a placeholder`, `help.note: "(xxx) xxx-xxxx" is a placeholder for a phone number`}},
		{"an editor's brackets", faq, intro, "\"My [trafficker] said no one would believe me\" [sic]. " + intro, nil},
		{"an abbreviation", faq, intro, "Download the guide [PDF] or [ES]. " + intro, nil},
		{"a section", faq, intro, "See [Section 2] below. " + intro, nil},
		{"prose in brackets", faq, intro, "Call us (your call is free). " + intro, nil},
		{"a size", faq, intro, "Shirts from S to XXXL and 2XL. " + intro, nil},
		{"a filler word", faq, intro, "Lorem xxxxxxxx. " + intro, nil},
		{"an editor's note", faq, intro, "\"[Name withheld] found me,\" she said. [Name changed]. " + intro, nil},
		{"una nota del editor", "es/faq.md", "Aquí respondemos", "[nombre omitido]. Aquí respondemos", nil},
		{"a size and a date's form", faq, intro, "Download the form [PDF, 2 MB] and write the date as [DD/MM/YYYY]. " + intro, nil},
		{"an instruction to insert", faq, intro, "Put it in the machine (insert the card first) or (insert in your diary). " + intro, nil},
		{"insert your name", faq, intro, "Signed (insert your name). " + intro, []string{`introduction[2]: "(insert your name)" is a placeholder`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := loadErr(edits(t, []string{tc.file, tc.old, tc.new_}))
			if len(tc.want) == 0 {
				if got != "" {
					t.Errorf("refused: %s", got)
				}
				return
			}
			lines := strings.Split(got, "\n")
			if len(lines) != len(tc.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(lines), len(tc.want), got)
			}
			for i, w := range tc.want {
				if _, rest, _ := strings.Cut(lines[i], ": "); !strings.Contains(rest, w) {
					t.Errorf("got  %s\nwant %s", lines[i], w)
				}
			}
		})
	}
}

// A placeholder of a template in a setting is said there once, not again at each text that
// prints the setting ({organisation}).
func TestTemplatePlaceholderInSettings(t *testing.T) {
	got := loadErr(edits(t, []string{"settings.yaml", "  name: The Mission Haven", `  name: "[Your Organization Name]"`}))
	want := `content/settings.yaml:7: organisation.name: "[Your Organization Name]" is a template's placeholder, which stands for your own words: every copy would print it as written (write your organisation's name)`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
