package build

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/readback"
)

// A sentence telling the reader to text STOP to the text number links it to send STOP, in the
// handout and on the page alike (both read back as built); two opt-out words send nothing;
// the hotline's own lines still send the keyword.
func TestOptOutTextLinks(t *testing.T) {
	s := setup{settings: [][2]string{{"  call: 1-888-373-7888", "  call: 1-800-799-7233"}, {`  text: "233733"`, `  text: "88788"`}, {"  keyword: HELP", "  keyword: START"}},
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
	if !strings.Contains(string(page), `al <span class="nobreak"><a href="sms:88788"><bdi class="num" dir="ltr">88788</bdi></a>.</span>`) {
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

// A line with no keyword that takes one word for a service of its own (988 takes PRIDE) loads
// with it listed, and "text PRIDE to 988" links sms:988?body=PRIDE on the page and in the
// handout (read back as built), while the hotline box's text line sends no word.
func TestOtherKeywordWithoutKeyword(t *testing.T) {
	text := [2]string{"  text: Text {keyword} to {text}", "  text: Text {text}"}
	s := setup{settings: [][2]string{{"  call: 1-888-373-7888", "  call: \"988\""}, {`  text: "233733"`, `  text: "988"`}, {"  keyword: HELP", "  keyword: \"\"\n  other_keywords: [PRIDE]"}},
		text: [][2]string{text, text, text},
		faq: [][2]string{{` or text “{keyword}” to {text}`, ", call or text"},
			{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. LGBTQ+ young people can also text PRIDE to {text}."}}}
	page, site := englishSite(t, s)
	handout := open(t, filepath.Join(site, "handout-en-letter.pdf")).raw
	for _, u := range []string{"sms:988?body=PRIDE", "sms:988"} {
		if !strings.Contains(string(page), `href="`+u+`"`) {
			t.Errorf("the page has no link to %s", u)
		}
		if !bytes.Contains(handout, []byte("("+u+")")) {
			t.Errorf("the handout has no link to %s", u)
		}
	}
}

// A text link sends the word its own clause tells the reader to send to its number, not the
// one an earlier clause names: before the number ("or text START to"), after it ("with the
// word START"), or in the link's own words ("[text START](sms:…)", and its number as paper
// prints it after them); none where two words are named. The handout's links (read back over
// the words they are drawn on) and the page's agree.
func TestTextLinksSendTheirClausesWord(t *testing.T) {
	sentences := "Text {keyword} to {text}, or text START to {text} for updates. Text {text} with the word START. " +
		"You can [text START](sms:233733) any time. Text HELP or START to {text}."
	s := setup{settings: [][2]string{{"  keyword: HELP\n", "  keyword: HELP\n  other_keywords: [START]\n"}},
		faq: [][2]string{{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. " + sentences}}}
	page, site := englishSite(t, s)
	for _, want := range []string{
		`Text <bdi dir="ltr">HELP</bdi> to <span class="nobreak"><a href="sms:233733?body=HELP"><bdi class="num" dir="ltr">233733</bdi></a>,</span> or text START to <a href="sms:233733?body=START">`,
		`Text <a href="sms:233733?body=START"><bdi class="num" dir="ltr">233733</bdi></a> with the word START.`,
		`You can <a href="sms:233733?body=START" data-print=" (233733)">text START</a> any time.`,
		`Text <bdi dir="ltr">HELP</bdi> or START to <span class="nobreak"><a href="sms:233733"><bdi class="num" dir="ltr">233733</bdi></a>.</span>`,
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the page has no %s", want)
		}
	}
	pages, err := readback.Read(open(t, filepath.Join(site, "handout-en-letter.pdf")).raw)
	if err != nil {
		t.Fatal(err)
	}
	var got []string // each text link: the words it is drawn over, and the message it sends
	for _, pg := range pages {
		for _, l := range pg.Links {
			if !strings.HasPrefix(l.URI, "sms:") {
				continue
			}
			for _, tx := range pg.Texts {
				if math.Abs(tx.X-l.X) < 0.01 && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
					_, body, _ := strings.Cut(l.URI, "?body=")
					got = append(got, tx.S+" > "+body)
				}
			}
		}
	}
	want := []string{"233733 > HELP", "233733 > START", "233733 > START", "text START > START", "(233733) > START", "233733 > "}
	if !strings.Contains(strings.Join(got, "; "), strings.Join(want, "; ")) {
		t.Errorf("the handout's text links, over their words:\n got %q\nwant %q in a row", got, want)
	}
}
