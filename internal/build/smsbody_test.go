package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/typeface"
)

// A sentence telling the reader to text STOP to the text number links it to send STOP, in the
// handout and on the page alike (both read back as built); two opt-out words send nothing;
// the hotline's own lines still send the keyword.
func TestOptOutTextLinks(t *testing.T) {
	s := setup{settings: [][2]string{{`  text: "233733"`, `  text: "88788"`}, {"  keyword: HELP", "  keyword: START"}},
		faq: [][2]string{{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. Text STOP to {text} to stop messages at any time. Envíe STOP o ALTO al {text}."}}}
	ct, err := content.Load(setupContent(t, s), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, _ := typeface.Defaults()
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: out, Kinds: []string{"site"}, Langs: []string{"en"}, Created: epoch}); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "site", "en", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	handout := open(t, filepath.Join(out, "site", "handout-en-letter.pdf")).raw
	for _, u := range []string{"sms:88788?body=STOP", "sms:88788?body=START"} {
		if !strings.Contains(string(page), `href="`+u+`"`) {
			t.Errorf("the page has no link to %s", u)
		}
		if !bytes.Contains(handout, []byte("("+u+")")) {
			t.Errorf("the handout has no link to %s", u)
		}
	}
	if !strings.Contains(string(page), `al <a href="sms:88788"><bdi class="num" dir="ltr">88788</bdi></a>.`) {
		t.Error("the page links STOP o ALTO al 88788 to send something")
	}
	if !bytes.Contains(handout, []byte("(sms:88788)")) {
		t.Error("the handout has no link to sms:88788 (STOP o ALTO)")
	}
}
