package content

import (
	"strings"
	"testing"
)

// A heading or list mark typed against its word, or a bold never closed, prints its marks as
// text: each is refused at its line, and the text that merely looks like one is not.
func TestMarkdownSlips(t *testing.T) {
	for _, tt := range []struct{ name, md, want string }{
		{"question without its space", "## Why?\n\nBecause.\n\n##Can minors consent?\n\nNo.\n",
			`faq.md:7: "##Can minors consent?", with no space after its ##, would not print as written: it prints as text, ## and all (## needs a space after it: ## Can minors consent?)`},
		{"question on the line after an answer", "## Why?\n\nBecause.\n###Can minors consent?\n",
			`faq.md:6: "###Can minors consent?", with no space after its ###`},
		{"title without its space", "#Facts on DMST\n\nIntro.\n\n## Why?\n\nBecause.\n",
			`faq.md:1: "#Facts on DMST", with no space after its #, would not print as written: it prints as text, # and all (# needs a space after it: # Facts on DMST)`},
		{"one # before a question", "## Why?\n\nBecause.\n\n#Can minors consent?\n\nNo.\n",
			`faq.md:7: "#Can minors consent?", with no space after its #`},
		{"list without its spaces", "## Why?\n\nSigns:\n-cash\n-gifts\n",
			`faq.md:6: "-cash" and the lines below it that start with '-', with no space after it, would not print as a list: they print as one paragraph, each '-' and all (a list item needs a space after its -: - cash)`},
		{"unclosed bold", "## Why?\n\nNo. **Most victims know\ntheir traffickers.\n",
			`faq.md:5: the ** before "Most" opens bold and nothing closes it: it would not print as written, but as "**Most" (close the bold with ** after its last word, or remove the **)`},
		{"unclosed bold on a later line", "## Why?\n\nNo. Most victims know\ntheir **traffickers.\n",
			`faq.md:6: the ** before "traffickers." opens bold`},
		{"unclosed bold in a question", "## **Why?\n\nBecause.\n", `faq.md:3: the ** before "Why?" opens bold`},
		{"unclosed bold with underscores", "## Why?\n\nNo. __Most victims.\n", `faq.md:5: the __ before "Most" opens bold`},
		{"unclosed bold and italic", "## Why?\n\nNo. ***Most victims.\n", `faq.md:5: the *** before "Most" opens bold`},
		{"a hotline by its number", "## Why?\n\nCall #211 or\n#211 again.\n", ""},
		{"a language", "## Why?\n\nIn C# and F#, too.\n", ""},
		{"a hashtag", "## Why?\n\nBecause.\n\n#MeToo started it.\n", ""},
		{"a footnote mark", "## Why?\n\nOpen 24/7*.\n\n*Some shelters close on holidays.\n\nOpen 24/7**.\n", ""},
		{"an escaped bold", "## Why?\n\nNo. \\**Most victims.\n", ""},
		{"bold closed", "## Why?\n\nNo. **Most** victims, **know\ntheir** traffickers.\n", ""},
		{"asterisks alone", "## Why?\n\nRate it 1 ** 2, or ____ here.\n", ""},
		{"one dash against a word", "## Why?\n\nIt is well\n-known.\n", ""},
		{"a list", "## Why?\n\n- cash\n- gifts\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			md := tt.md
			if !strings.HasPrefix(md, "#Facts") {
				md = "# Title\n\n" + md
			}
			_, ps := parseFAQ("faq.md", []byte(md))
			got := ""
			if ps != nil {
				got = ps.Error()
			}
			if !strings.HasPrefix(got, tt.want) || tt.want == "" && got != "" {
				t.Errorf("got  %q\nwant %q…", got, tt.want)
			}
		})
	}
}
