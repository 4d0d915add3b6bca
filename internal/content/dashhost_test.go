package content

import (
	"testing"

	"haven/internal/diag"
)

// A dash a word processor puts for a hyphen, or other punctuation beyond ASCII, in the host of
// an address the content writes made links and QR codes open another host (xn--...) than the
// one paper shows: it is refused at its file, line and field, with the address to write; a
// dash set against a whole address is the sentence's.
func TestDashInHostRefused(t *testing.T) {
	const faq, text = "en/faq.md", "en/text.yaml"
	const intro = "In this handout, we answer"
	const site = "resource_url: https://humantraffickinghotline.org"
	runEdits(t, []editCase{
		{"resource_url", [][]string{{"settings.yaml", site, "resource_url: https://www.sunrise\u2013shelter.org/help"}},
			`content/settings.yaml:14: resource_url: "https://www.sunrise–shelter.org/help" has an en dash (–) where a hyphen (-) belongs: a link and a QR code would open another site than the one people read and type (write https://www.sunrise-shelter.org/help)`},
		{"full-width hyphen IDNA maps", [][]string{{"settings.yaml", site, "resource_url: https://www.sunrise\uff0dshelter.org/help"}},
			`content/settings.yaml:14: resource_url: "https://www.sunrise－shelter.org/help" has a full-width hyphen (－) where a hyphen (-) belongs`},
		{"other punctuation", [][]string{{"settings.yaml", site, "resource_url: https://www.sunrise\u2024shelter.org/help"}},
			`content/settings.yaml:14: resource_url: "https://www.sunrise․shelter.org/help" has ․ (U+2024) in its host, which no host name has`},
		{"a link", [][]string{{faq, intro, "See [our page](https://www.sunrise\u2011shelter.org/help2).\n" + intro}},
			`content/en/faq.md:5: the link's address "https://www.sunrise‑shelter.org/help2" has a no-break hyphen (‑) where a hyphen (-) belongs`},
		{"bare address", [][]string{{faq, intro, "Visit www.sunrise\u2010shelter.org/help today.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: prints the address "www.sunrise‐shelter.org/help", which has a Unicode hyphen (‐) where a hyphen (-) belongs: a link and a QR code would open another site than the one people read and type (write www.sunrise-shelter.org/help)`},
		{"minus sign", [][]string{{faq, intro, "Visit https://sunrise\u2212shelter.org.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: prints the address "https://sunrise−shelter.org", which has a minus sign (−)`},
		{"email address", [][]string{{faq, intro, "Email help@sunrise\u2013shelter.org today.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: prints the address "help@sunrise–shelter.org", which has an en dash (–) where a hyphen (-) belongs: a link and a QR code would open another site than the one people read and type (write help@sunrise-shelter.org)`},
		{"text.yaml", [][]string{{text, "  back_note: Free, confidential, 24/7, 200+ languages", "  back_note: Free, 24/7, sunrise\u2013shelter.org"}},
			`content/en/text.yaml:36: card.back_note: prints the address "sunrise–shelter.org"`},
		{"sentence dashes", [][]string{{faq, intro, "Our site—www.samples.org—has more; email—help@samples.org—or call 9–5, Monday–Friday (pages 3–5). \n" + intro}}, ""},
		{"Catalan l·l", [][]string{{faq, intro, "See https://www.col\u00b7legi.cat.\n" + intro}}, ""},
	})
}

// Punctuation of a language written without spaces, set against an address, is the
// sentence's: the address ends at it.
func TestPunctAgainstAddress(t *testing.T) {
	for _, text := range []string{"请访问www.samples.org，谢谢", "请访问www.samples.org—谢谢", "詳しくはwww.samples.jp・ブログー", "See samples.org—or call", "Email help@samples.org—we answer"} {
		var ps diag.Problems
		punctInAddresses("f", textLines{first: 1}, "x", text, &ps)
		if len(ps) > 0 {
			t.Errorf("%s: %s", text, ps[0].Msg)
		}
	}
}
