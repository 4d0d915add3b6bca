package build

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/readback"
)

// A number the words before it ask to text, in any language haven knows the words of (an
// outreach worker's, "texter le") opens a text message to it, not a call its reader may be
// unable to make, in the PDFs and on the page alike, except an emergency number ("If you cannot
// speak, text 911"): a text to an emergency line that takes none reaches no one (the hotline's number to call, which settings.yaml says takes no
// texts, is refused: content's TestTextsUntextable); a number they ask to call, or to reach by
// a text telephone, or say not to text ("Please do not text {call}"), or one in a clause after
// the number texting took ("text X; otherwise use Y"), still opens a call.
func TestNumberAskedToTextOpensTextMessage(t *testing.T) {
	faq := strings.Replace(builtinFAQ(t), "If you’re unsure, you can still make an anonymous report.",
		"If you cannot speak, you may be able to text {emergency} in your area. You can also text our outreach worker at 503-585-4950 at any hour. "+
			"Deaf callers can use a text telephone at {call} too. You may text or [call us at {call}](tel:+18883737888). Please do not text {call}: call it. Do not text our office at 503-585-4951. "+
			"Vous pouvez aussi texter notre intervenante au 503-585-4952. "+
			"If you cannot call, text 503-585-4953; otherwise use 503-585-4954. Text 503-585-4955, or use 503-585-4956. Text 503-585-4957 or 503-585-4958.", 1)
	settings, err := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	own := strings.Replace(string(settings), "\n  logo: \"\"\n", "\n  logo: \"\"\n  other_numbers: [503-585-4950, 503-585-4951, 503-585-4952, 503-585-4953, 503-585-4954, 503-585-4955, 503-585-4956, 503-585-4957, 503-585-4958]\n", 1)
	_, out, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": faq, "settings.yaml": own}), Options{Kinds: []string{"site"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	pages, err := readback.Read([]byte(mustReadFile(t, filepath.Join(out, "site", "handout-en-letter.pdf"))))
	if err != nil {
		t.Fatal(err)
	}
	opens := map[string]string{} // each link's description, and the address it opens
	for _, pg := range pages {
		for _, l := range pg.Links {
			opens[l.Contents] = l.URI
		}
	}
	// the page, without the spans that keep a link and the punctuation after it on one line
	page := strings.ReplaceAll(mustReadFile(t, filepath.Join(out, "site", "en", "index.html")), `<span class="nobreak">`, "")
	for _, c := range []struct {
		alt, url, html string // the link's description in the PDF, its address, and the page's words before it and link
	}{
		{"You may be able to text 911", "tel:911", `text <a href="tel:911">`},
		{"You can also text our outreach worker at 503-585-4950", "sms:+15035854950", `worker at <a href="sms:&#43;15035854950">`},
		{"Call 911", "tel:911", `call <a href="tel:911">`},
		{"Deaf callers can use a text telephone at 1-888-373-7888", "tel:+18883737888", `text telephone at <a href="tel:&#43;18883737888">`},
		{"You may text or call us at 1-888-373-7888", "tel:+18883737888", `text or <a href="tel:&#43;18883737888">call us at`},
		{"Please do not text 1-888-373-7888", "tel:+18883737888", `do not text <a href="tel:&#43;18883737888">`},
		{"Do not text our office at 503-585-4951", "tel:+15035854951", `office at <a href="tel:&#43;15035854951">`},
		// a verb of texting in any language haven knows the words of (Quebec's "texter")
		{"Vous pouvez aussi texter notre intervenante au 503-585-4952", "sms:+15035854952", `intervenante au <a href="sms:&#43;15035854952">`},
		// a verb of texting asks for its own clause's numbers: not past a semicolon or a number it
		// took; a number "or" joins to one it asks for is texted too
		{"Otherwise use 503-585-4954", "tel:+15035854954", `otherwise use <a href="tel:&#43;15035854954">`},
		{"Or use 503-585-4956", "tel:+15035854956", `or use <a href="tel:&#43;15035854956">`},
		{"Or 503-585-4958", "sms:+15035854958", `or <a href="sms:&#43;15035854958">`},
	} {
		if got, ok := opens[c.alt]; !ok || got != c.url {
			t.Errorf("the handout's link %q opens %q, want %s", c.alt, got, c.url)
		}
		if !strings.Contains(page, c.html) {
			t.Errorf("the page has no %s", c.html)
		}
	}
	if t.Failed() {
		t.Logf("the handout's links: %q", opens)
	}
}
