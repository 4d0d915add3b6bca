package content

import (
	"strings"
	"testing"
)

// A link whose words say nothing of where it goes ("click here", "read more", "aquí") is
// warned of at its line, in English and in the language's own words, whatever its case and
// the marks around it; a link whose words name its page is not, nor are words that only
// contain such a word.
func TestVagueLinkWordsWarned(t *testing.T) {
	const en, es = "No. Most victims", "No. La mayoría de las víctimas"
	for _, tt := range []struct{ file, old, md, want string }{
		{"en/faq.md", en, "For more, [click here](https://samples.org/guide). No. Most victims",
			`content/en/faq.md:13: answer 2[1]: the link [click here](https://samples.org/guide) says only "click here": a screen reader's list of links reads it alone, and on paper it says nothing of where it goes (put the link on words that say where it goes, such as the page's name or what it is about, in place of "click here")`},
		{"en/faq.md", en, "Our guide is [here](https://samples.org/guide). No. Most victims", `the link [here](https://samples.org/guide) says only "here"`},
		{"en/faq.md", en, "[Read More »](https://samples.org/guide) No. Most victims", `the link [Read More »](https://samples.org/guide) says only "Read More »"`},
		{"en/faq.md", en, "Open [this link](tel:911). No. Most victims", `the link [this link](tel:911) says only "this link"`},
		{"es/faq.md", es, "Para saber más, [haga clic aquí](https://samples.org/guia). No. La mayoría de las víctimas", `content/es/faq.md:13: answer 2[1]: the link [haga clic aquí](https://samples.org/guia) says only "haga clic aquí"`},
		{"es/faq.md", es, "[Click here](https://samples.org/guia). No. La mayoría de las víctimas", `the link [Click here](https://samples.org/guia) says only "Click here"`},
		{"en/faq.md", en, "Read [our guide to staying safe online](https://samples.org/guide). No. Most victims", ""},
		{"en/faq.md", en, "See [more help near you](https://samples.org/guide). No. Most victims", ""},
		{"en/faq.md", en, "Read [aquí](https://samples.org/guide), a Spanish word, in English. No. Most victims", ""},
	} {
		c, err := Load(edit(t, tt.file, tt.old, tt.md), "content", Overrides{})
		if err != nil {
			t.Fatalf("%q: %v", tt.md, err)
		}
		var got []string
		for _, w := range c.Warnings {
			if strings.Contains(w.Msg, "says only") {
				got = append(got, w.Error())
			}
		}
		if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)) {
			t.Errorf("%q: warnings %q, want %q", tt.md, got, tt.want)
		}
	}
}
