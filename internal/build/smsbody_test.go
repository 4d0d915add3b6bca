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

// A sentence that gives the text number without the keyword ("you can send a text message to
// 233733"), or a link to it written without one ("[text us](sms:233733)"), links it to send
// the keyword, on the page and in the handout (read back as built): the line answers only
// texts that say HELP. A word the line also takes, named before the number, is sent instead;
// no link to the number goes without a message.
func TestTextLinksCarryTheKeyword(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, other string
		want                  []string // sms: links the page and the handout must both have
	}{
		{"keyword not written", "Yes, you can send a text message to {text} at any time.", "", []string{"sms:233733?body=HELP"}},
		{"after another sentence", "Text INFO to ask for opening hours. You can also text us at {text}.", "", []string{"sms:233733?body=HELP"}},
		{"another word of the line's", "For opening hours, text INFO to {text}.", "  other_keywords: [INFO]\n", []string{"sms:233733?body=INFO", "sms:233733?body=HELP"}},
		{"a link without a message", "You can [text us](sms:233733) any time.", "", []string{"sms:233733?body=HELP"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := setup{settings: [][2]string{{"  keyword: HELP\n", "  keyword: HELP\n" + tt.other}},
				faq: [][2]string{{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. " + tt.sentence}}}
			page, site := englishSite(t, s)
			handout := open(t, filepath.Join(site, "handout-en-letter.pdf")).raw
			for _, u := range tt.want {
				if !strings.Contains(string(page), `href="`+u+`"`) {
					t.Errorf("the page has no link to %s", u)
				}
				if !bytes.Contains(handout, []byte("("+u+")")) {
					t.Errorf("the handout has no link to %s", u)
				}
			}
			if strings.Contains(string(page), `href="sms:233733"`) {
				t.Error("the page links the text number without the keyword")
			}
			if bytes.Contains(handout, []byte("(sms:233733)")) {
				t.Error("the handout links the text number without the keyword")
			}
		})
	}
}
