package build

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// A sentence telling the reader to text STOP to the text number links it to send STOP, in the
// handout and on the page alike (both read back as built); two opt-out words send nothing;
// the hotline's own lines still send the keyword.
func TestOptOutTextLinks(t *testing.T) {
	s := setup{settings: [][2]string{{`  text: "233733"`, `  text: "88788"`}, {"  keyword: HELP", "  keyword: START"}},
		faq: [][2]string{{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. Text STOP to {text} to stop messages at any time. Envíe STOP o ALTO al {text}."}}}
	page, site := englishSite(t, s)
	handout := open(t, filepath.Join(site, "handout-en-letter.pdf")).raw
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
