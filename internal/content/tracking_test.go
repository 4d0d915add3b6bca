package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// Every address haven prints leaves out its tracking fields (a campaign, an ad's click, a
// referrer), keeping the fields that choose the page, in their order; the link keeps them all.
func TestPrintedURLLeavesOutTracking(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://samples.org/help", "samples.org/help"},
		{"https://samples.org/help/?utm_source=faq&utm_campaign=trafficking-flyer", "samples.org/help"},
		{"https://samples.org/help?id=3&fbclid=IwAR0&lang=es", "samples.org/help?id=3&lang=es"},
		{"https://samples.org/?gclid=Cj0&msclkid=9&ref=trafficking-flyer", "samples.org"},
		{"https://samples.org/?UTM_Campaign=x&utm%5Fsource=y&Ref=z#part", "samples.org/#part"},
		{"https://samples.org/chat?mc_cid=1&_ga=2&igshid=3&room=5", "samples.org/chat?room=5"},
		{"https://samples.org/?reference=7&preferred=1", "samples.org/?reference=7&preferred=1"},
	} {
		if got := PrintedURL(tt.url); got != tt.want {
			t.Errorf("PrintedURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// A FAQ link prints its address after its words without tracking fields, and hotline.chat
// prints by {chat} without them; both links still open the address as written.
func TestPrintedAddressesLeaveOutTracking(t *testing.T) {
	const tracked = "https://samples.org/help?utm_source=faq&utm_campaign=trafficking-flyer&ref=IwAR0&id=3"
	p, err := loadFirstAnswer(t, "See [our resource list]("+tracked+").")
	if err != "" {
		t.Fatal(err)
	}
	if want := "See our resource list (samples.org/help?id=3)."; !strings.HasPrefix(p.Paper, want) || p.Links[0].URL != tracked {
		t.Errorf("paper %q, link %q; want %q opening %q", p.Paper, p.Links[0].URL, want, tracked)
	}
	const chat = "https://humantraffickinghotline.org/chat?utm_campaign=trafficking-flyer&ref=flyer"
	fsys := edits(t, []string{"settings.yaml", `  chat: ""`, "  chat: " + chat},
		[]string{"en/text.yaml", "  note: You can report", "  chat: \"Chat at {chat}\"\n  note: You can report"})
	c, lerr := Load(fsys, "content", Overrides{})
	if lerr != nil {
		t.Fatal(lerr)
	}
	if got := c.Languages[0].Text.Help.Chat.Text; got != "Chat at humantraffickinghotline.org/chat" {
		t.Errorf("help.chat prints %q", got)
	}
	if c.Settings.Hotline.Chat.Text != chat {
		t.Errorf("hotline.chat opens %q, want %q", c.Settings.Hotline.Chat.Text, chat)
	}
}

// An address the content itself writes with tracking fields, where a reader sees it (an
// autolink, a link's words, a text, the contact line), is refused at its line, with the
// address to write; words that show the short address may link the long one.
func TestTrackedAddressesInTextsRefused(t *testing.T) {
	const faq, text = "en/faq.md", "en/text.yaml"
	const intro = "In this handout, we answer"
	runEdits(t, []editCase{
		{"autolink", [][]string{{faq, intro, "See <https://samples.org/help?utm_campaign=trafficking-flyer>.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: writes the address "https://samples.org/help?utm_campaign=trafficking-flyer" with tracking fields (utm_campaign)`},
		{"words show it", [][]string{{faq, intro, "See [samples.org/x?ref=5](https://samples.org/x?ref=5).\n" + intro}},
			`content/en/faq.md:5: introduction[2]: writes the address "samples.org/x?ref=5" with tracking fields (ref): the page is the same without them, and printed or read aloud they tell whoever reads the copy, or checks the phone it was typed into, where it came from (write the address without them: samples.org/x; to keep them in the link, let its words show the short address: [samples.org/x](https://samples.org/x?ref=5))`},
		{"address with a click ID", [][]string{{faq, intro, "See samples.org/x?gclid=5&ref=a.\n" + intro}}, // a link keeps no click ID (url_test.go)
			`content/en/faq.md:5: introduction[2]: writes the address "samples.org/x?gclid=5&ref=a" with tracking fields (gclid, ref): the page is the same without them, and printed or read aloud they tell whoever reads the copy, or checks the phone it was typed into, where it came from (write the address without them: samples.org/x; to keep them in the link, let its words show the short address: [samples.org/x](https://samples.org/x?ref=a))`},
		{"address with a click ID alone", [][]string{{faq, intro, "See samples.org/x?gclid=5.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: writes the address "samples.org/x?gclid=5" with tracking fields (gclid): the page is the same without them, and printed or read aloud they tell whoever reads the copy, or checks the phone it was typed into, where it came from (write the address without them: samples.org/x)`},
		{"second line of a paragraph", [][]string{{faq, intro, "See our list\nat samples.org/?ref=flyer&utm_source=x.\n" + intro}},
			`content/en/faq.md:6: introduction[2]: writes the address "samples.org/?ref=flyer&utm_source=x" with tracking fields (ref, utm_source)`},
		{"text.yaml", [][]string{{text, "  back_note: Free, confidential, 24/7, 200+ languages", "  back_note: Free, 24/7, samples.org/talk?fbclid=1"}},
			`content/en/text.yaml:36: card.back_note: writes the address "samples.org/talk?fbclid=1" with tracking fields (fbclid): the page is the same without them, and printed or read aloud they tell whoever reads the copy, or checks the phone it was typed into, where it came from (write the address without them: samples.org/talk)`},
		{"contact line", [][]string{{"settings.yaml", `  contact: ""`, "  contact: missionhaven.org/?utm_campaign=dv"}},
			`content/settings.yaml:9: organisation.contact: writes the address "missionhaven.org/?utm_campaign=dv" with tracking fields (utm_campaign)`},
		{"words show the short address", [][]string{{faq, intro, "See [samples.org/x](https://samples.org/x?ref=5&utm_campaign=c).\n" + intro}}, ""},
		{"other fields", [][]string{{faq, intro, "See <https://samples.org/x?id=5&lang=es>, a=b? c=d.\n" + intro}}, ""},
	})
}

// A soft hyphen or another character that prints nothing, pasted inside an address a text
// writes, hid the address from every check (a look-alike of the organisation's site, a click
// ID passed): it is refused at its line, naming it, and the address is checked as it prints.
func TestHiddenCharacterInAddressRefused(t *testing.T) {
	const faq, text = "en/faq.md", "en/text.yaml"
	const intro = "In this handout, we answer"
	runEdits(t, []editCase{
		{"soft hyphen", [][]string{{faq, intro, "See https://humantraff\u00adickinghotIine.org/help.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: prints the address "https://humantraff\u00adickinghotIine.org/help" with an invisible soft hyphen (U+00AD) in it, after "https://humantraff": it shows nothing (a soft hyphen shows a hyphen, where a line breaks at it), yet makes it another address than the one people read and type (delete it, or type the address again)`},
		{"the look-alike it hid", [][]string{{faq, intro, "See https://humantraff\u00adickinghotIine.org/help.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: prints the address "https://humantraffickinghotIine.org/help", whose host humantraffickinghotIine.org is one slip from the organisation's own humantraffickinghotline.org`},
		{"the click ID it hid", [][]string{{faq, intro, "See humantraffickinghotline.org/help?fb\u00adclid=IwAR1.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: writes the address "humantraffickinghotline.org/help?fbclid=IwAR1" with tracking fields (fbclid)`},
		{"the line after it", [][]string{{faq, intro, "See https://sam\u00adples.org/a or\nsamples.org/x?gclid=5.\n" + intro}},
			`content/en/faq.md:6: introduction[2]: writes the address "samples.org/x?gclid=5" with tracking fields (gclid)`},
		{"in a link's words", [][]string{{faq, intro, "See [samples.org/he\u200clp](https://samples.org/help).\n" + intro}},
			`content/en/faq.md:5: introduction[2]: prints the address "samples.org/he\u200clp" with an invisible zero-width non-joiner (U+200C) in it, after "samples.org/he"`},
		{"an email address", [][]string{{faq, intro, "Write to help@exam\u00adple.org.\n" + intro}},
			`content/en/faq.md:5: introduction[2]: prints the address "help@exam\u00adple.org" with an invisible soft hyphen (U+00AD) in it`},
		{"text.yaml", [][]string{{text, "  back_note: Free, confidential, 24/7, 200+ languages", "  back_note: Free, 24/7, samples.org/t\u00adalk"}},
			`content/en/text.yaml:36: card.back_note: prints the address "samples.org/t\u00adalk" with an invisible soft hyphen (U+00AD) in it`},
		{"words", [][]string{{faq, intro, "Traf\u00adficking ends, e.\u00adg. here.\n" + intro}}, ""},
	})
}

// A query field named for where a copy was found (src, loc, from...) may not name a place
// copies hang; a place's name in another field is the page's own (lang=spa, topic=shelter).
func TestWhereFields(t *testing.T) {
	for _, tt := range []struct {
		url  string
		want bool
	}{
		{"https://samples.org/info?src=motel-restroom", true},
		{"https://samples.org/info?loc=laundromat-5th-st", true},
		{"https://samples.org/info?From=Truck-Stop", true},
		{"https://samples.org/info?lang=spa&chart=bar&format=pub&img=thumbnails", false},
		{"https://samples.org/info?program=afterschool&q=school+supplies&topic=shelter", false},
		{"https://samples.org/info?category=pharmacy-assistance&service=library-card&page_id=42", false},
	} {
		if got := len(trackedWords(diag.Located{Text: tt.url}, false)) > 0; got != tt.want {
			t.Errorf("%s: refused %v, want %v", tt.url, got, tt.want)
		}
	}
}

// display_url is printed under every QR code: a tracking field in it is refused, as in any
// printed text, at its line (it tells whoever reads the copy where it hangs).
func TestDisplayURLTracking(t *testing.T) {
	_, err := Load(edit(t, "settings.yaml", `display_url: ""`, "display_url: humantraffickinghotline.org?utm_content=motel-restroom"), "content", Overrides{})
	if err == nil || !strings.Contains(err.Error(), `settings.yaml:17: display_url: writes the address "humantraffickinghotline.org?utm_content=motel-restroom" with tracking fields (utm_content)`) {
		t.Errorf("got %v", err)
	}
}

// The fields of other analytics than Google's (Matomo's mtm_ and pk_, HubSpot's, Mailchimp's)
// are tracking fields as utm_ ones are; a campaign or referrer field already in resource_url
// may say only when, as --campaign may; the discreet card's address carries no fragment,
// which it prints and the phone keeps.
func TestOtherAnalyticsTracked(t *testing.T) {
	for _, tt := range []struct {
		url      string
		discreet bool
		want     string
	}{
		{"https://www.gbvcc.org.za/help?mtm_campaign=motel-restroom", false, `has "mtm_campaign=motel-restroom", which says "motel"`},
		{"https://www.gbvcc.org.za/help?pk_campaign=truck-stop", false, `has "pk_campaign=truck-stop", which says "truckstop"`},
		{"https://www.gbvcc.org.za/help?utm_campaign=shebeen", false, `has "utm_campaign=shebeen", which says "shebeen": every QR code opens the address with it, and it stays in the history of the phone that scanned it, so it may say when`},
		{"https://www.gbvcc.org.za/help?ref=shebeen-soweto", false, `has "ref=shebeen-soweto", which says "shebeen"`},
		{"https://www.gbvcc.org.za/help?matomo_campaign=taxi-rank", false, `has "matomo_campaign=taxi-rank", which says "taxi"`},
		{"https://www.gbvcc.org.za/help?utm_campaign=spring-2027&utm_source=web&pk_kwd=x", false, ""},
		{"https://tidepoolnotes.net/talk?mtm_campaign=motel-restroom", true, `has the tracking field "mtm_campaign=motel-restroom"`},
		{"https://tidepoolnotes.net/talk?pk_campaign=x", true, `has the tracking field "pk_campaign=x"`},
		{"https://tidepoolnotes.net/talk?_hsenc=x&hsa_cam=1&mc_cid=2", true, `has the tracking field "_hsenc=x"`},
		{"https://tidepoolnotes.net/talk#motel-restroom", true, `"https://tidepoolnotes.net/talk#motel-restroom" ends with #motel-restroom, which the discreet card prints under its code`},
		{"https://tidepoolnotes.net/talk?lang=es", true, ""},
	} {
		ps := trackedWords(diag.Located{Text: tt.url}, tt.discreet)
		got := ""
		if len(ps) > 0 {
			got = ps[0].Msg
		}
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.url, got, tt.want)
		}
	}
	for _, f := range []string{"mtm_source", "pk_kwd", "piwik_campaign", "_hsmi", "__hstc", "hsa_grp", "mc_eid"} {
		if !trackingField(f) {
			t.Errorf("%s is not read as a tracking field", f)
		}
	}
}
