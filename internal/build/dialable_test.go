package build

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Another service's number the FAQ asks to call ("call or text 988", a hotline's full number)
// is a link on paper and on the page, drawn over the number alone, as the organisation's are,
// where it stands: a year, a count or a room of the same digits in the paragraph is none; the
// same number twice on a line ("Text 988 or dial 988") is two links, a text and a call.
func TestOtherServicesNumbersAreLinked(t *testing.T) {
	faq := mustReadFile(t, filepath.Join("..", "..", "content", "en", "faq.md"))
	const at = "No. Most victims know their traffickers."
	if !strings.Contains(faq, at) {
		t.Fatalf("en/faq.md has no %q", at)
	}
	faq = strings.Replace(faq, at, "No. Text 988 or dial 988. In 2024, 988 calls came in. If you feel unsafe, call 988, or the domestic violence hotline at 1-800-799-7233. Room 988 is ours. "+at, 1)
	res := runFiles(t, map[string]string{"en/faq.md": faq}, Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	want := map[string]string{"tel:988": "988", "sms:988": "988", "tel:+18007997233": "1-800-799-7233"}
	times := map[string]int{"tel:988": 2, "sms:988": 1, "tel:+18007997233": 1} // two links of one number on a line each count
	found := map[string]int{}
	r := resultOf(t, res, "handout-en-letter.pdf")
	for n, pg := range readPDF(t, r.Path) {
		for _, l := range pg.Links {
			if want[l.URI] == "" {
				continue
			}
			found[l.URI]++
			var under []string
			for _, tx := range pg.Texts {
				if math.Abs(tx.X-l.X) < 0.01 && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
					under = append(under, tx.S)
				}
			}
			if len(under) != 1 || under[0] != want[l.URI] {
				t.Errorf("page %d: a link to %s over %q", n+1, l.URI, under)
			}
		}
	}
	page, err := os.ReadFile(filepath.Join(filepath.Dir(r.Path), "site", "en", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for uri := range want {
		if found[uri] != times[uri] {
			t.Errorf("%d links to %s in the handout, want %d", found[uri], uri, times[uri])
		}
		if n := strings.Count(string(page), `href="`+strings.ReplaceAll(uri, "+", "&#43;")+`"`); n != times[uri] {
			t.Errorf("%d links to %s on the page, want %d", n, uri, times[uri])
		}
	}
	if strings.Contains(string(page), `<a href="tel:2024"`) {
		t.Error("the page links the year 2024")
	}
}
