package build

import (
	"regexp"
	"strings"
	"testing"

	"haven/internal/readback"
)

// A line Markdown reads as the address of [words][label] links prints nothing: the office's
// number written "[Office]: 614-276-2270" would drop out of the handout and the page, and is
// refused at its line with the text to write; written so, it prints on both. A line a link
// uses gives that link its address, on paper and on the page.
func TestLinkDefinitionLines(t *testing.T) {
	const answer = "No. Most victims know their traffickers."
	for _, tt := range []struct{ name, md, want, prints, opens string }{
		{"an office's number", answer + "\n\n[Office]: 614-276-2270\n\nThis includes",
			`en/faq.md:15: "[Office]: 614-276-2270" is read as the address of links written [Office], and no link uses it: it would not print (to print it, write it as text, without the brackets: Office: 614-276-2270;`, "", ""},
		{"written as text", answer + "\n\nOffice: 614-276-2270\n\nThis includes", "", "Office: 614-276-2270", ""},
		{"used by a link", "See [our list][1]. " + answer + "\n\n[1]: https://samples.org/list\n\nThis includes", "", "See our list", "https://samples.org/list"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rb, page := answerBuilt(t, answer+" This includes", tt.md, tt.want)
			if rb == nil {
				return
			}
			main := string(page[strings.Index(string(page), "<main"):strings.Index(string(page), "</main>")])
			shown := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(main, "") // the page's text, as it shows
			for where, text := range map[string]string{"the handout": fold(rb.text), "the page": shown} {
				if !strings.Contains(text, tt.prints) || strings.Contains(text, "]") {
					t.Errorf("%s does not print %q, or prints brackets", where, tt.prints)
				}
			}
			if tt.opens == "" {
				return
			}
			pages, err := readback.Read(rb.raw)
			if err != nil {
				t.Fatal(err)
			}
			linked := 0
			for _, pg := range pages {
				for _, l := range pg.Links {
					if l.URI == tt.opens {
						linked++
					}
				}
			}
			if linked == 0 || !strings.Contains(string(page), `href="`+tt.opens+`"`) {
				t.Errorf("%s is linked %d times in the handout; the page links it: %v", tt.opens, linked, strings.Contains(string(page), `href="`+tt.opens+`"`))
			}
		})
	}
}
