package content

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// loadFirstAnswer loads the default content with the first answer starting with md, and
// returns that answer's first paragraph or the first problem.
func loadFirstAnswer(t *testing.T, md string) (Para, string) {
	t.Helper()
	c, err := Load(firstAnswer(md)(t), "content", Overrides{})
	if err != nil {
		return Para{}, strings.SplitN(err.Error(), "\n", 2)[0]
	}
	return c.Languages[0].FAQ.Questions[1].Answer[0], ""
}

// Paper cannot be tapped: a link's number (written as the content writes numbers, or as
// settings.yaml writes a configured one) or short address prints after its words, unless the
// words are it (not only its site's name); the page keeps the words alone, and both tap to the
// link's target.
func TestLinksPrintTheirAddressOnPaper(t *testing.T) {
	for _, tt := range []struct{ md, text, paper, print string }{
		{"[call us](tel:+12165560200). No.", "call us. No.", "call us (1-216-556-0200). No.", "1-216-556-0200"},
		{"Or **[call us](tel:+12165560200)** now.", "Or " + BoldOn + "call us" + BoldOff + " now.", "Or " + BoldOn + "call us (1-216-556-0200)" + BoldOff + " now.", "1-216-556-0200"},
		{"See [our resource list](https://samples.org/help/) or [call](tel:+18883737888).", "See our resource list or call.", "See our resource list (samples.org/help) or call (1-888-373-7888).", "samples.org/help"},
		{"[Text us](sms:233733) at {organisation}.", "Text us at The Mission Haven.", "Text us (233733) at The Mission Haven.", "233733"},
		{"Call [1-216-556-0200](tel:+12165560200).", "Call 1-216-556-0200.", "", ""},
		{"Call [{call}](tel:+18883737888).", "Call 1-888-373-7888.", "", ""},
		{"Call [us at 216-556-0200](tel:+12165560200).", "Call us at 216-556-0200.", "", ""},
		{"See [www.samples.org](https://samples.org/).", "See www.samples.org.", "", ""},
		// words that name the site of a page further in bring a reader who types them to its home
		{"See [gov.uk](https://www.gov.uk/guidance/domestic-violence-disclosure-scheme-factsheet).", "See gov.uk.", "See gov.uk (www.gov.uk/guidance/domestic-violence-disclosure-scheme-factsheet).", "www.gov.uk/guidance/domestic-violence-disclosure-scheme-factsheet"},
		{"Or [988lifeline.org](https://988lifeline.org/chat/).", "Or 988lifeline.org.", "Or 988lifeline.org (988lifeline.org/chat).", "988lifeline.org/chat"},
		{"See [samples.org/help](https://samples.org/help?utm_campaign=spring).", "See samples.org/help.", "", ""},
		{"See <https://samples.org/help>.", "See https://samples.org/help.", "", ""},
		{"Call [Lifeline](tel:988).", "Call Lifeline.", "Call Lifeline (988).", "988"},
		{"See [text HELP to 233733](sms:233733) now.", "See text HELP to 233733 now.", "", ""},
		{"(Or [call us](tel:+12165560200).) No.", "(Or call us.) No.", "(Or call us, 1-216-556-0200.) No.", "1-216-556-0200"},
		{"Or ([call us](tel:+12165560200)) now.", "Or (call us) now.", "Or (call us, 1-216-556-0200) now.", "1-216-556-0200"},
		{"Or [email us](mailto:help@samples.org).", "Or email us.", "Or email us (help@samples.org).", "help@samples.org"},
		{"Or [write help@samples.org](mailto:help@samples.org).", "Or write help@samples.org.", "", ""},
		{"Or write <help@samples.org>.", "Or write help@samples.org.", "", ""},
		// the words right after the link already show its number or address: printed once
		{"You can [call the hotline](tel:+18883737888) 1-888-373-7888 any time.", "You can call the hotline 1-888-373-7888 any time.", "", ""},
		{"You can [call the hotline](tel:+18883737888) {call} any time.", "You can call the hotline 1-888-373-7888 any time.", "", ""},
		{"Or [call us](tel:+12165560200): (216) 556-0200.", "Or call us: (216) 556-0200.", "", ""},
		{"See [our list](https://samples.org/help/) samples.org/help today.", "See our list samples.org/help today.", "", ""},
		{"Or [call us](tel:+12165560200) 24/7.", "Or call us 24/7.", "Or call us (1-216-556-0200) 24/7.", "1-216-556-0200"},
		// a reference-style link takes its address from its definition line, which prints nothing
		{"See [our resource list][1].\n\n[1]: https://samples.org/help/\n\nNo.", "See our resource list.", "See our resource list (samples.org/help).", "samples.org/help"},
		{"[Call us][] now.\n\n[call us]: tel:+12165560200\n\nNo.", "Call us now.", "Call us (1-216-556-0200) now.", "1-216-556-0200"},
		// an English paragraph with a Chinese word keeps its own brackets
		{"Ask for “热线” or see [our list](https://samples.org/help/).", "Ask for “热线” or see our list.", "Ask for “热线” or see our list (samples.org/help).", "samples.org/help"},
	} {
		p, err := loadFirstAnswer(t, tt.md)
		if err != "" {
			t.Errorf("%q: %s", tt.md, err)
			continue
		}
		if !strings.HasPrefix(p.Text, tt.text) || tt.paper == "" && p.Paper != "" || tt.paper != "" && !strings.HasPrefix(p.Paper, tt.paper) {
			t.Errorf("%q: text %q, paper %q; want %q, %q", tt.md, p.Text, p.Paper, tt.text, tt.paper)
		}
		if p.Printed().Text != p.Text && p.Printed().Text != p.Paper {
			t.Errorf("%q: prints %q", tt.md, p.Printed().Text)
		}
		if l := p.Links[0]; l.Print != tt.print {
			t.Errorf("%q: link %+v prints %q, want %q", tt.md, l, l.Print, tt.print)
		} else if l.Print != "" && (l.PrintAt < 0 || !strings.HasPrefix(p.Paper[l.PrintAt:], l.Print)) {
			t.Errorf("%q: the printed %q is not where the link says, at %d of %q", tt.md, l.Print, l.PrintAt, p.Paper)
		}
	}
}

// A link's number printed after its words on paper is grouped as its country writes it: one of
// the content's country as it is dialled there, another with its calling code; never a run of
// digits read as one large number.
func TestLinkNumberPrintedGrouped(t *testing.T) {
	gb, us := hotlineIn("GB", "0808 2000 247", "999"), hotlineIn("US", "1-888-373-7888", "911")
	for _, tt := range []struct {
		s         Settings
		url, want string
	}{
		{gb, "tel:08001111", "0800 1111"},
		{gb, "tel:+448088005000", "0808 800 5000"},
		{gb, "tel:+33123456789", "+33 1 23 45 67 89"},
		{us, "tel:+448088005000", "+44 808 800 5000"},
		{us, "tel:+18005551234", "1-800-555-1234"},
		{gb, "tel:1800108082000247", "18001 0808 200 0247"}, // Relay UK's prefix, then the number
	} {
		if got := printedAddress(Link{Text: "call Childline", URL: tt.url}, tt.s); got != tt.want {
			t.Errorf("%s in %s: prints %q, want %q", tt.url, tt.s.Country, got, tt.want)
		}
	}
}

// The printed number follows how the hotline's number is written.
func TestNumberWrittenAsTheHotline(t *testing.T) {
	for _, tt := range []struct{ model, want string }{
		{"1-888-373-7888", "1-216-555-0100"},
		{"888-373-7888", "216-555-0100"},
		{"(888) 373-7888", "(216) 555-0100"},
		{"888.373.7888", "216.555.0100"},
		{"+1 888 373 7888", "+1 216 555 0100"},
		{"1-800-799-SAFE", "216-555-0100"},
		{"988", "216-555-0100"},
	} {
		if got := nanpLike("2165550100", tt.model); got != tt.want {
			t.Errorf("as %q: %q, want %q", tt.model, got, tt.want)
		}
	}
}

// A link whose words show another number than it opens is refused with links to write in its
// place, each of which loads: the words made the number it dials, or words that show none,
// "text us" for a text message. A link whose own number is in a form no phone dials
// (sms:+1233733, a short code with the country code) is refused for that, with the form to
// write, since words that show no number would keep it.
func TestLinkSuggestionsLoad(t *testing.T) {
	const at = "content/en/faq.md:13: answer 2[1]: "
	link := regexp.MustCompile(`\[[^\]]*\]\([^)]*\)`)
	for _, tt := range []struct {
		md, want string
		links    int // the links the hint suggests
	}{
		{"[233733](sms:+1233733) No.", at + "the link [233733](sms:+1233733) writes a short code 233733 with the country code +1: it is sent or dialled without one, and with it reaches no one (write 233733)", 0},
		{"[911](tel:+1911) No.", at + "the link [911](tel:+1911) writes a short number 911 with the country code +1: it is sent or dialled without one, and with it reaches no one (write 911)", 0},
		{"[2165560242](sms:+12165560243) No.", at + "the link [2165560242](sms:+12165560243) shows a number but opens sms:+12165560243 (make the words the number it dials, [2165560242](sms:+12165560242), or words that are no number: [text us](sms:+12165560243))", 2},
		{"[text us at 216-556-0242](sms:+12165560243) No.", at + "the link [text us at 216-556-0242](sms:+12165560243) shows 216-556-0242 but dials sms:+12165560243 (make the number in the words the one it dials, or words that show no number: [text us](sms:+12165560243))", 1},
		{"[1-888-373-7888](tel:+12125560200) No.", at + "the link [1-888-373-7888](tel:+12125560200) shows a number but opens tel:+12125560200 (make the words the number it dials, [1-888-373-7888](tel:+18883737888), or words that are no number: [call us](tel:+12125560200))", 2},
		{"[988](https://988lifeline.org) No.", at + "the link [988](https://988lifeline.org) shows a number but opens https://988lifeline.org (make the words the number it dials, [988](tel:988), or words that are no number: [our page](https://988lifeline.org))", 2},
	} {
		_, err := loadFirstAnswer(t, tt.md)
		if err != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.md, err, tt.want)
			continue
		}
		_, hint, _ := strings.Cut(err, " (")
		suggested := link.FindAllString(hint, -1)
		if len(suggested) != tt.links {
			t.Errorf("%q suggests %q", tt.md, suggested)
		}
		for _, l := range suggested {
			if _, err := loadFirstAnswer(t, l+" No."); err != "" {
				t.Errorf("%q suggests %s, which is refused: %s", tt.md, l, err)
			}
		}
	}
}

// A link that would open nothing, or not what it shows, is refused at its line with what to
// write; none is dropped without a word.
func TestBadLinksAreRefused(t *testing.T) {
	const at = "content/en/faq.md:13: "
	for _, tt := range []struct{ md, want string }{
		{"[x](http://samples.org) No.", at + "the link [x](http://samples.org) is not secure: links open https:// pages only (write https://"},
		{"[x](javascript:alert(1)) No.", at + "the link [x](javascript:alert(1)) opens neither a web page (https://), a call (tel:), a text message (sms:) nor an email (mailto:)"},
		{"[x](mailto:a@samples.org?subject=Help) No.", at + "the link [x](mailto:a@samples.org?subject=Help) is not one plain email address (write mailto: and one address"},
		{"[x](mailto:a@samples.org,b@samples.org) No.", at + "the link [x](mailto:a@samples.org,b@samples.org) is not one plain email address"},
		{"[write help@mission.org](mailto:info@mission.org) No.", at + "answer 2[1]: the link [write help@mission.org](mailto:info@mission.org) shows the email address help@mission.org but opens mailto:info@mission.org"},
		{"[help@mission.org](https://mission.org/contact) No.", at + "answer 2[1]: the link [help@mission.org](https://mission.org/contact) shows the email address"},
		{"[2165560242](mailto:a@samples.org) No.", at + "answer 2[1]: the link [2165560242](mailto:a@samples.org) shows a number but opens mailto:a@samples.org (make the words the number it dials, [2165560242](tel:+12165560242), or words that are no number: [email us](mailto:a@samples.org))"},
		{"[x](help.html) No.", at + "the link [x](help.html) opens neither"},
		{"[Call us]({call}) No.", at + "the link [Call us]({call}) has a placeholder for its address, which a link cannot open (write {call} in the text itself"},
		{"[text us](sms:233733?body=HELP) No.", at + "the link [text us](sms:233733?body=HELP) has a message to send (body=HELP), which paper cannot print with the number (write the keyword in the text"},
		{"[call us](tel:+12165560242;ext=12) No.", at + "the link [call us](tel:+12165560242;ext=12) has an extension (;ext=12), which a tap cannot dial (link the number alone"},
		{"[call us](tel:+12165560242,12) No.", at + "the link [call us](tel:+12165560242,12) dials an extension after a pause (,12), which not every phone does (link the number alone and write the extension in the words: [call us, ext. 12](tel:+12165560242))"},
		{"[x](tel:call-us) No.", at + "the link [x](tel:call-us) is not a number a phone can dial"},
		// the dots and brackets RFC 3966 allows between digits: the number they write is read
		{"[Call us](tel:+1.212.556.0200) or [us](tel:+1(212)556-0200). No.", ""},
		{"[Call us](tel:+1.888.373.7889) No.", at + "answer 2[1]: the link [Call us](tel:+1.888.373.7889)"},
		// a number no phone reaches: a + before a short number, +800 as the U.S. code, too few digits
		{"[Call us](tel:+8007997233) No.", at + `answer 2[1]: the link [Call us](tel:+8007997233) dials no number: "+8007997233" is not a valid number: +800 is no country's code`},
		{"[Call us](tel:+911) No.", at + "answer 2[1]: the link [Call us](tel:+911) writes 911 with a +: a short number is dialled without one, and with it reaches no one (take out the +)"},
		{"[Text us](sms:+88788) No.", at + "answer 2[1]: the link [Text us](sms:+88788) dials +88788: a short number is dialled without a +, and with one reaches no one (write sms:88788)"},
		{"[Text us](sms:0088788) No.", at + `answer 2[1]: the link [Text us](sms:0088788) dials no number: "0088788" has 7 digits`},
		{"[Call the TTY](tel:+17873224) No.", at + `answer 2[1]: the link [Call the TTY](tel:+17873224) dials no number: "+17873224" has 8 digits`},
		{"[Call them](tel:+447700900123) No.", at + `answer 2[1]: the link [Call them](tel:+447700900123) dials no number: "+447700900123" is not a valid number in GB`}, // the UK's, not the U.S.'s
		{"[call us](tel:911911911911911911) No.", at + `answer 2[1]: the link [call us](tel:911911911911911911) dials no number: "911911911911911911"`},
		{"[](https://samples.org) No.", at + "the link to https://samples.org has no words to print"},
		{"<http://samples.org> No.", at + "the link [http://samples.org](http://samples.org) is not secure"},
		{"[https://www.thehotline.org](https://evil.samples.com) No.", at + "answer 2[1]: the link [https://www.thehotline.org](https://evil.samples.com) shows one address but opens another (make the words the address the link opens, [evil.samples.com](https://evil.samples.com)"},
		{"[thehotline.org/chat](https://thehotline.org/help) No.", at + "answer 2[1]: the link [thehotline.org/chat](https://thehotline.org/help) shows one address but opens another"},
		// a browser resolves . and .. (also written %2e) before it opens the page
		{"[thehotline.org/help](https://thehotline.org/help/../chat) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help/../chat) shows one address but opens another (make the words the address the link opens, [thehotline.org/chat](https://thehotline.org/chat)"},
		{"[thehotline.org/help](https://thehotline.org/help/%2e%2e/chat) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help/%2e%2e/chat) shows one address but opens another (make the words the address the link opens, [thehotline.org/chat](https://thehotline.org/chat)"},
		{"[thehotline.org/help](https://thehotline.org/help/.%2E/chat?x=1) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help/.%2E/chat?x=1) shows one address but opens another"},
		// and a server decodes a slash written %2F before it does: chat%2F..%2Fdonate is /donate
		{"[www.thehotline.org/chat](https://www.thehotline.org/chat%2F..%2Fdonate) No.", at + "answer 2[1]: the link [www.thehotline.org/chat](https://www.thehotline.org/chat%2F..%2Fdonate) shows one address but opens another (make the words the address the link opens, [www.thehotline.org/donate](https://www.thehotline.org/donate)"},
		{"[thehotline.org/a%2Fb](https://thehotline.org/a%2Fb) No.", ""},
		{"[thehotline.org/help/../chat](https://thehotline.org/help) No.", at + "answer 2[1]: the link [thehotline.org/help/../chat](https://thehotline.org/help) shows one address but opens another"},
		// a query or a # the words leave out that sends the reader on elsewhere, in any encoding
		{"[thehotline.org/help](https://thehotline.org/help?redirect=/chat) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help?redirect=/chat) shows one address but opens another (make the words the address the link opens, [thehotline.org/help?redirect=/chat](https://thehotline.org/help?redirect=/chat)"},
		{"[www.thehotline.org/help](https://www.thehotline.org/help?to=//evil.com) No.", at + "answer 2[1]: the link [www.thehotline.org/help](https://www.thehotline.org/help?to=//evil.com) shows one address but opens another"},
		{"[www.thehotline.org/chat](https://www.thehotline.org/chat?r=evil.com) No.", at + "answer 2[1]: the link [www.thehotline.org/chat](https://www.thehotline.org/chat?r=evil.com) shows one address but opens another"},
		{"[thehotline.org/help](https://thehotline.org/help?to=https%3A%2F%2Fevil.com) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help?to=https%3A%2F%2Fevil.com) shows one address but opens another"},
		{"[thehotline.org/help](https://thehotline.org/help?url=https:/evil.com) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help?url=https:/evil.com) shows one address but opens another"},
		{"[thehotline.org/help](https://thehotline.org/help?x=https%253A%252F%252Fevil.com) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help?x=https%253A%252F%252Fevil.com) shows one address but opens another"},
		{"[thehotline.org/help](https://thehotline.org/help?next=evil.com/chat) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help?next=evil.com/chat) shows one address but opens another"},
		{"[thehotline.org/help](https://thehotline.org/help?return=%2F%2Fevil.com) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help?return=%2F%2Fevil.com) shows one address but opens another"},
		{"[thehotline.org/help](https://thehotline.org/help?page=chat) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help?page=chat) shows one address but opens another"},
		{"[thehotline.org/help](https://thehotline.org/help#/../chat) No.", at + "answer 2[1]: the link [thehotline.org/help](https://thehotline.org/help#/../chat) shows one address but opens another"},
		{"[thehotline.org/help#chat](https://thehotline.org/help) No.", at + "answer 2[1]: the link [thehotline.org/help#chat](https://thehotline.org/help) shows one address but opens another"},
		{"[1-888-373-7888](tel:+12125560200) No.", at + "answer 2[1]: the link [1-888-373-7888](tel:+12125560200) shows a number but opens tel:+12125560200 (make the words the number it dials, [1-888-373-7888](tel:+18883737888), or words that are no number: [call us](tel:+12125560200))"},
		{"[{call}](tel:+12125560200) No.", at + "answer 2[1]: the link [1-888-373-7888](tel:+12125560200) shows a number but opens"},
		{"[988](https://988lifeline.org) No.", at + "answer 2[1]: the link [988](https://988lifeline.org) shows a number but opens https://988lifeline.org (make the words the number it dials, [988](tel:988), or words that are no number: [our page](https://988lifeline.org))"},
		{"[233733](sms:233737) No.", at + "answer 2[1]: the link [233733](sms:233737) shows a number but opens sms:233737 (make the words the number it dials, [233733](sms:233733)"},
		{"[call us at (216) 556-0242](tel:+12165560243) No.", at + "answer 2[1]: the link [call us at (216) 556-0242](tel:+12165560243) shows (216) 556-0242 but dials tel:+12165560243 (make the number in the words the one it dials"},
		{"[text us at 216-556-0242](sms:+12165560243) No.", at + "answer 2[1]: the link [text us at 216-556-0242](sms:+12165560243) shows 216-556-0242 but dials"},
		{"[visit mission.org](https://www.evil.org) No.", at + "answer 2[1]: the link [visit mission.org](https://www.evil.org) shows the site mission.org but opens https://www.evil.org (make the address in the words the site the link opens"},
		{"[see https://mission.org/help today](https://evil.org/help) No.", at + "answer 2[1]: the link [see https://mission.org/help today](https://evil.org/help) shows the site mission.org"},
		{"[visit evil.org’s chat](https://chat.mission.org) No.", at + "answer 2[1]: the link [visit evil.org’s chat](https://chat.mission.org) shows the site evil.org"},
		{"[visit exámple.org](https://samples.org) No.", at + "answer 2[1]: the link [visit exámple.org](https://samples.org) shows the site exámple.org but opens https://samples.org"},
		{"[thehotlinе.org](https://thehotline.org) No.", at + "answer 2[1]: the link [thehotlinе.org](https://thehotline.org) shows the site thehotlinе.org"}, // a Cyrillic е
		{"[call mission.org](tel:+12165560242) No.", at + "answer 2[1]: the link [call mission.org](tel:+12165560242) shows the site mission.org but opens tel:"},
		{"[text HELP to 233733](sms:+12165560242) No.", at + "answer 2[1]: the link [text HELP to 233733](sms:+12165560242) shows 233733 but dials"},
		{"[call 988 or chat](https://988lifeline.org/chat) No.", at + "answer 2[1]: the link [call 988 or chat](https://988lifeline.org/chat) shows the number 988 but opens https://988lifeline.org/chat (link the number on its own, [988](tel:988), and this with words that show no number)"},
		{"[write or call (216) 556-0242](mailto:a@samples.org) No.", at + "answer 2[1]: the link [write or call (216) 556-0242](mailto:a@samples.org) shows the number (216) 556-0242 but opens mailto:a@samples.org (link the number on its own, [(216) 556-0242](tel:+12165560242)"},
		{"[call us](tel:+18883737878) No.", at + "answer 2[1]: the link [call us](tel:+18883737878) is one slip away from hotline.call 1-888-373-7888; a likely typo"},
		{"[our list](https://samples.org/call-18883737878) No.", at + "answer 2[1]: \"18883737878\" is one slip away from hotline.call 1-888-373-7888; a likely typo"},
		// a link's number written against digits outside it prints as one number, only part of it the link's
		{"Call 9[11](tel:911) in danger. No.", at + `answer 2[1]: the link [11](tel:911) is written against the digits beside it: "911" prints as one number, of which the link holds only "11" (put the whole number in the link's words: [911](tel:911))`},
		{"Call [91](tel:911)1 in danger. No.", at + `answer 2[1]: the link [91](tel:911) is written against the digits beside it: "911" prints as one number`},
		{"Text 23[3733](sms:233733) No.", at + `answer 2[1]: the link [3733](sms:233733) is written against the digits beside it: "233733" prints as one number`},
		{"Call 9 [11](tel:911) in danger. No.", at + `answer 2[1]: the link [11](tel:911) is written a space from the digits beside it: "9 11" prints as one number, of which the link holds only "11" (put the whole number in the link's words: [9 11](tel:911))`},
		{"Call [91](tel:911) 1 in danger. No.", at + `answer 2[1]: the link [91](tel:911) is written a space from the digits beside it: "91 1" prints as one number`},
		{"Call 1 888 [373 7888](tel:18883737888) now. No.", at + `answer 2[1]: the link [373 7888](tel:18883737888) is written a space from the digits beside it: "1 888 373 7888" prints as one number`},
		{"Call [9](tel:911) [1](tel:911)[1](tel:911) in danger. No.", at + `answer 2[1]: the link [9](tel:911) is written a space from the digits beside it: "9 11" prints as one number`},
		{"Call [9](tel:911)[1](tel:911)[1](tel:911) in danger. No.", at + `answer 2[1]: the link [9](tel:911) is written against the digits beside it: "911" prints as one number`},
		{"Remember 9 [11](tel:911). No.", at + `answer 2[1]: the link [11](tel:911) is written a space from the digits beside it: "9 11"`},
		{"No.\n\n## Is [this](https://samples.org) free?\n\nYes.", "content/en/faq.md:15: the link [this](https://samples.org) is in a heading, which prints its words alone (put the link in the answer)"},
		{"Use `code` here. No.", at + "code (\"`code`\") would not print as written (take out the backticks"},
		{"No.\nSee [x](http://samples.org). No.", "content/en/faq.md:14: the link [x](http://samples.org) is not secure"},
		{"No.\nSee `x`. No.", "content/en/faq.md:14: code"},
		{"No.\nSee [1-888-373-7888](tel:+12125560200).", "content/en/faq.md:14: answer 2[1]: the link [1-888-373-7888]"},
	} {
		_, err := loadFirstAnswer(t, tt.md)
		if !strings.HasPrefix(err, tt.want) {
			t.Errorf("%q:\n got %s\nwant %s", tt.md, err, tt.want)
		}
	}
	// words that are no number or address, or the address itself in any form, pass
	for _, md := range []string{
		"[our resource list](https://thehotline.org) No.",
		"[thehotline.org](https://www.thehotline.org/) No.",
		"[https://thehotline.org](https://thehotline.org/help) No.",
		"[thehotline.org/help](https://thehotline.org/help/./teens/../faq) No.",
		"[thehotline.org/help](https://thehotline.org/help/teens/%2e) No.",
		"[233733](sms:233733) No.",
		"[call us at (216) 556-0242](tel:+12165560242) No.",
		"[visit mission.org.](https://www.mission.org/help) No.",
		"[visit Mission.org's chat](https://chat.mission.org) No.",
		"[see the form, e.g. page 2](https://samples.org/form) No.",
		"[St.Louis office](https://samples.org/stl) No.",
		"[write to mission.org](mailto:help@mail.mission.org) No.",
		"[Help@Mission.org](mailto:help@mission.org) No.",
		"[call us at 216-556-0242 24/7](tel:2165560242) No.",
		"[2024 report](https://samples.org/r) No.",
		"Call [911](tel:911) in danger. No.",
		"In 2023[1](https://samples.org/r) No.",
		"Call 1 of [our lines](tel:911) No.",
		"Call [911](tel:911) 24 hours a day, 7 days a week, or [911](tel:911) 24/7. No.",
		"Call us 24/7 [911](tel:911) in danger. No.",
		"In 2023 [1](https://samples.org/r) we answered 300 [911](tel:911) calls. No.",
		"Step 2 [911](tel:911) is for danger. No.",
		"[the second part](https://samples.org/faq#part-2) No.",
		// what the words leave out only tracks the visit, or keeps to the page shown
		"[thehotline.org/help](https://thehotline.org/help?utm_campaign=spring&utm_source=print) No.",
		"[thehotline.org/help](https://thehotline.org/help?ref=/home) No.",
		"[thehotline.org/help](https://thehotline.org/help?lang=es&topic=shelter) No.",
		"[thehotline.org/help](https://thehotline.org/help#top) No.",
		"[thehotline.org/help#top](https://thehotline.org/help#top) No.",
		"[thehotline.org/help?redirect=/chat](https://thehotline.org/help?redirect=/chat) No.",
		// a broad field name a redirect takes too, whose value is no address
		"[thehotline.org/events](https://thehotline.org/events?to=2027-03) No.",
		"[thehotline.org/events](https://thehotline.org/events?to=march) No.",
		"[thehotline.org/events](https://thehotline.org/events?next=2) No.",
		"[thehotline.org/events](https://thehotline.org/events?return=yes) No.",
		"[thehotline.org/events](https://thehotline.org/events?url_version=2) No.",
	} {
		if _, err := loadFirstAnswer(t, md); err != "" {
			t.Errorf("%q: %s", md, err)
		}
	}
}

// Entities and backslash escapes are the characters they stand for, as CommonMark reads them.
func TestEntitiesAndEscapes(t *testing.T) {
	for _, tt := range []struct{ md, want string }{
		{"Parents &amp; teachers", "Parents & teachers"},
		{"24&nbsp;hours", "24\u00a0hours"},
		{"&#8212; &#x2014; &copy;", "— — ©"},
		{`\*not emphasis\*`, "*not emphasis*"},
		{"[A &amp; B](https://samples.org/?a=1&amp;b=2)", "A & B"},
		{"&notanentity; & alone", "&notanentity; & alone"},
	} {
		faq, ps := parseFAQ("faq.md", []byte("# Title\n\n## Question?\n\n"+tt.md+"\n"))
		if ps != nil {
			t.Fatal(ps)
		}
		p := faq.Questions[0].Answer[0]
		if p.Text != tt.want {
			t.Errorf("%q reads %q, want %q", tt.md, p.Text, tt.want)
		}
		if len(p.Links) > 0 && p.Links[0].URL != "https://samples.org/?a=1&b=2" {
			t.Errorf("%q links %q", tt.md, p.Links[0].URL)
		}
	}
}

// haven numbers the questions: a number the writer put in front is taken off, with a
// warning where it disagrees with the order; a heading that only starts with a number keeps it.
func TestNumberedQuestions(t *testing.T) {
	md := "# Title\n\n## 1. Who can call?\n\nA.\n\n## 2) Is it free?\n\nB.\n\n## Q4: Is it private?\n\nC.\n\n" +
		"## 911 or the hotline?\n\nD.\n\n## 1.5 million: is that so?\n\nE.\n\n## 6 - Where is it?\n\nG.\n\n## Question 7: Who pays?\n\nI.\n\n## 10 - 15 year olds: at risk?\n\nH.\n\n## 10 facts\n\nF.\n"
	faq, ps := parseFAQ("faq.md", []byte(md))
	if ps != nil {
		t.Fatal(ps)
	}
	var got []string
	for _, q := range faq.Questions {
		got = append(got, q.Question.Text)
	}
	if want := []string{"Who can call?", "Is it free?", "Is it private?", "911 or the hotline?", "1.5 million: is that so?", "Where is it?", "Who pays?", "10 - 15 year olds: at risk?"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("questions %q, want %q", got, want)
	}
	if faq.ClosingTitle.Text != "10 facts" {
		t.Errorf("closing %q", faq.ClosingTitle.Text)
	}
	if len(faq.warnings) != 1 || !strings.HasPrefix(faq.warnings[0].Error(), "faq.md:11: question 3: the question written as number 4 is question 3") {
		t.Errorf("warnings %v", faq.warnings)
	}
}

// A number typed before a question as a word processor or a pasted FAQ writes it is taken off
// too: after a no-break or other space, in brackets, with a space before its bracket, in the
// digits of another script; a heading that only starts with a number keeps it.
func TestNumberedQuestionsWrittenOtherwise(t *testing.T) {
	for _, tc := range []struct{ heading, want string }{
		{"7)\u00a0How long can I stay?", "How long can I stay?"},
		{"5.\u00a0Can I bring my pet?", "Can I bring my pet?"},
		{"(4) Can I bring my children?", "Can I bring my children?"},
		{"6 ) What should I bring?", "What should I bring?"},
		{"7)\tHow long can I stay?", "How long can I stay?"},
		{"3\u2009) Is it free?", "Is it free?"},
		{"Question\u00a03: Is it free?", "Is it free?"},
		{"٣) هل هو مجاني؟", "هل هو مجاني؟"},
		{"३. क्या यह मुफ़्त है?", "क्या यह मुफ़्त है?"},
		{"（３）无需付费吗？", "（３）无需付费吗？"}, // no space after it: kept, as "3)Is" is
		{"３．\u3000无需付费吗？", "无需付费吗？"},
		{"(3)Is it free?", "(3)Is it free?"},
		{"(1.5) million: so many?", "(1.5) million: so many?"},
		{"3 ) 5 million: so many?", "3 ) 5 million: so many?"},
		{"(555) 123-4567: is it ours?", "(555) 123-4567: is it ours?"},
		{"24 hours a day?", "24 hours a day?"},
	} {
		faq, ps := parseFAQ("faq.md", []byte("# Title\n\n## "+tc.heading+"\n\nA.\n"))
		if ps != nil {
			t.Fatal(ps)
		}
		if got := faq.Questions[0].Question.Text; got != tc.want {
			t.Errorf("## %q reads %q, want %q", tc.heading, got, tc.want)
		}
	}
}

// A question ends in the question mark of its script.
func TestQuestionMarksOfEveryScript(t *testing.T) {
	for _, h := range []string{"Who can call?", "¿Quién puede llamar?", "Ποιος μπορεί να καλέσει;", "Ποιος μπορεί να καλέσει\u037E", "من يمكنه الاتصال؟",
		"谁可以打电话？", "ማን መደወል ይችላል፧", "Ո՞վ կարող է զանգել", "Is it “safe?”", "Is it safe (really?)", "Why don’t victims just leave?!", "Why stay? (Part 1)", "Why stay? [video] ",
		"Is it free?*", "Is it free?†", "Is it free? ✔", "Are all victims taken by strangers? 🙂", "Is it free?\uE001", // a footnote's mark, an emoji, an emphasis mark after the '?'
		"သားကောင်အားလုံးကို သူစိမ်းတွေ ခေါ်ဆောင်သွားသလား။", "ဘယ်သူ့ကို ဖုန်းဆက်ရမလဲ။", "ဘာလုပ်ရမလဲ", "เหยื่อทุกคนถูกคนแปลกหน้าพาตัวไปไหม", "ฉันควรโทรหรือไม่"} { // Burmese and Thai ask with a particle

		if !isQuestion(h) {
			t.Errorf("%q is not read as a question", h)
		}
	}
	for _, h := range []string{"Final thoughts", "Closing.", "In closing!", "Closing (part 2)", "(Why?) Closing", "Closing*", "Thank you 🙂", "နိဂုံး။", "สรุป",
		"ไม่ต้องกลัวอะไร", "ကူညီနိုင်သည့်နည်း။"} { // "nothing to fear", "the way to help": words that also ask, but not here
		if isQuestion(h) {
			t.Errorf("%q is read as a question", h)
		}
	}
}

// A link's number is linked as a phone dials it, whichever way the content writes it, so the
// page's link dials the number its words show as the page's read-back reads them.
func TestLinkNumbersDialledInOneForm(t *testing.T) {
	for _, tt := range []struct{ md, url string }{
		{"Call [1 888 373 7888](tel:18883737888).", "tel:+18883737888"},
		{"Call [us](tel:2165560242).", "tel:+12165560242"},
		{"Call [Lifeline](tel:988).", "tel:988"},
		{"Text [us](sms:2165560242).", "sms:+12165560242"},
		{"Text [HELP to 233733](sms:233733).", "sms:233733?body=HELP"}, // the text line, with its keyword
	} {
		p, err := loadFirstAnswer(t, tt.md)
		if err != "" {
			t.Errorf("%q: %s", tt.md, err)
			continue
		}
		if got := p.Links[0].URL; got != tt.url {
			t.Errorf("%q links %q, want %q", tt.md, got, tt.url)
		}
	}
}

// A link's number or address follows its words in brackets, after a comma where brackets
// would nest: "((216) 556-0242)" reads as a typo.
func TestPrintedAfterNeverNestsBrackets(t *testing.T) {
	for _, tt := range []struct{ before, print, lang, want string }{
		{"For advice, call our office", "1-216-555-0142", "en", " (1-216-555-0142)"},
		{"For advice, call our office", "(216) 555-0142", "en", ", (216) 555-0142"},
		{"Ask (or call us", "samples.org", "en", ", samples.org"},
		{"Ask (we answer) or call us", "samples.org", "en", " (samples.org)"},
		// a Chinese or Japanese edition writes them full-width, its paragraphs in its characters
		{"或访问热线网站", "samples.org", "zh", "（samples.org）"},
		{"请（或拨打热线", "samples.org", "zh", "，samples.org"},
		{"ホットラインに電話", "1-888-373-7888", "ja", "（1-888-373-7888）"},
		{"（ホットラインに電話", "1-888-373-7888", "ja", "、1-888-373-7888"},
		{"For English, see our site", "samples.org", "zh", " (samples.org)"},
		{"或访问热线网站", "samples.org", "en", " (samples.org)"},
	} {
		if got := printedAfter(tt.before, tt.print, tt.lang, tt.before+"。"); got != tt.want {
			t.Errorf("%q + %q: %q, want %q", tt.before, tt.print, got, tt.want)
		}
	}
}

// readsAsAddress reads words as the pattern it stands for did (which, case-insensitive, also
// took the Kelvin sign for a k), an international host IDNA accepts as its ASCII form; a host
// in other scripts is otherwise read only as a look-alike.
func TestReadsAsAddress(t *testing.T) {
	re := regexp.MustCompile(`(?i)^(https?://)?([a-z0-9-]+\.)+[a-z][a-z0-9-]+(:[0-9]+)?(/\S*)?$`) // a port kept with its host
	for _, s := range []string{"", "samples.org", "HTTPS://Samples.ORG/help?x=1", "http://a.b", "a.b", "a.bc", "a.1c", "a..bc",
		".org", "samples.org.", "samples.org/", "samples.org/a b", "samples.org/a\u00a0b", "our site samples.org", "ftp://samples.org",
		"https://", "https://example", "exa_mple.org", "exámple.org", "example.o-g", "e.g.", "St.Louis", "1-888-373-7888", "x.y/z\tw",
		"https://samples.org:8443/help", "help@samples.org", "www.example.co.uk/es#part"} {
		if got, want := readsAsAddress(s), re.MatchString(asciiURL(s)); got != want {
			t.Errorf("readsAsAddress(%q) = %v, want %v", s, got, want)
		}
		if got, want := addressHost(s, true) != "", re.MatchString(s) || s == "exámple.org"; got != want {
			t.Errorf("addressHost(%q, true) = %v, want %v", s, got, want)
		}
	}
}

// Each link knows where its words stand, in the text and on paper, and where its number or
// address is printed: the same words may recur, unlinked or linked elsewhere.
func TestLinksKnowTheirPlace(t *testing.T) {
	for _, md := range []string{
		"Find a shelter [here](https://samples.org/shelter) and food [here](https://samples.org/food).",
		"Read our list first. Then see [our list](https://samples.org/list).",
		"Or **[call us](tel:+12165560200)** now, or [call us](tel:+12165560201).",
		"Call [1-216-556-0200](tel:+12165560200) or [us](tel:+12165560200), (or [us](sms:233733)).",
		"[Text us](sms:233733) at {organisation}, or [text us](sms:233733) again.",
	} {
		p, problem := loadFirstAnswer(t, md)
		if problem != "" {
			t.Fatalf("%s: %s", md, problem)
		}
		printed := p.Printed().Text
		for _, l := range p.Links {
			if !l.Placed || l.At < 0 || !strings.HasPrefix(p.Text[l.At:], l.Text) {
				t.Errorf("%s: %q At %d in %q", md, l.Text, l.At, p.Text)
			}
			if l.PaperAt < 0 || !strings.HasPrefix(printed[l.PaperAt:], l.Text) {
				t.Errorf("%s: %q PaperAt %d in %q", md, l.Text, l.PaperAt, printed)
			}
			if l.Print != "" && (l.PrintAt <= l.PaperAt || !strings.HasPrefix(printed[l.PrintAt:], l.Print)) {
				t.Errorf("%s: %q PrintAt %d in %q", md, l.Print, l.PrintAt, printed)
			}
		}
		for i := 1; i < len(p.Links); i++ {
			if p.Links[i].At <= p.Links[i-1].At {
				t.Errorf("%s: links out of order: %+v", md, p.Links)
			}
		}
	}
}

// A link Markdown does not read as one would print as typed, brackets and all: it is refused
// at its line, with how to write it; brackets that are no link pass.
func TestUnreadLinkRefused(t *testing.T) {
	for _, tt := range []struct{ md, want string }{
		{"See [our list](https://samples.org/a b). More.", `en/faq.md:13: "[our list](https://samples.org/a b)" is not read as a link: its address has a space`},
		{"See [our list] (https://samples.org/list).", `en/faq.md:13: "[our list] (https://samples.org/list)" is not read as a link: a space stands between ] and (`},
		{"One line,\nthen [Text us] (sms:233733) now.", `en/faq.md:14: "[Text us] (sms:233733)" is not read as a link: a space stands between ] and (`},
		{"See [list](https://samples.org/list) and [sic] (as written) here.", ""},
		{"Call [the hotline] (1-888-373-7888) now.", ""},
		{"See [our list](https://samples.org/list).", ""},
	} {
		_, problem := loadFirstAnswer(t, tt.md)
		if tt.want == "" && problem != "" || !strings.Contains(problem, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.md, problem, tt.want)
		}
	}
}

// In a Chinese edition a link's address prints in full-width brackets, with no space, wherever
// the link stands in its paragraph, and the link knows where it printed.
func TestLinksPrintFullWidthInChinese(t *testing.T) {
	for _, tt := range []struct{ md, paper string }{
		{"或访问[热线网站](https://samples.org/help/)。", "或访问热线网站（samples.org/help）。"},
		{"[Polaris](https://samples.org/help/)提供帮助。", "Polaris（samples.org/help）提供帮助。"},
	} {
		faq, err := os.ReadFile("../../testdata/languages/zh/faq.md")
		if err != nil {
			t.Fatal(err)
		}
		m := withFile(t, "zh/faq.md", []byte(strings.Replace(string(faq), "不是。", tt.md+"\n\n不是。", 1))).(fstest.MapFS)
		yaml, err := os.ReadFile("../../testdata/languages/zh/text.yaml")
		if err != nil {
			t.Fatal(err)
		}
		m["zh/text.yaml"] = &fstest.MapFile{Data: yaml}
		c, err := Load(m, "content", Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(c.Languages, func(l Language) bool { return l.Code == "zh" })
		p := c.Languages[i].FAQ.Questions[0].Answer[0]
		if p.Paper != tt.paper {
			t.Errorf("%q prints %q, want %q", tt.md, p.Paper, tt.paper)
		}
		if l := p.Links[0]; l.PrintAt < 0 || !strings.HasPrefix(p.Paper[l.PrintAt:], l.Print) {
			t.Errorf("%q: the printed %q is not where the link says, at %d of %q", tt.md, l.Print, l.PrintAt, p.Paper)
		}
	}
}
