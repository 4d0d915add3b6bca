package content

import (
	"io/fs"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/diag"
)

// Addresses that would print one way and open another are refused, naming the character and
// its code point; plain ones pass.
func TestURLsThatPrintAsTheyOpen(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://humantraffickinghotline.org", ""},
		{"https://xn--mnchen-3ya.de/help", ""}, // münchen.de
		{"https://samples.org:8443/help?x=1", ""},
		{"https://HumanTraffickingHotline.org", ""}, // host names are case-insensitive
		{"https://WWW.Weather.GOV/Forecast", ""},
		{"https://Exa_mple.org/", `has a malformed host name "Exa_mple.org"`},
		{"https://humantraffickinghotlinе.org", `has 'е' (U+0435) at character 31`},
		// an international host IDNA accepts in one script a label is read as its ASCII form;
		// one mixing scripts (Latin and Cyrillic а), or IDNA refuses, is not
		{"https://münchen.de/soziales", ""},
		{"https://www.españa.es/ayuda", ""},
		{"https://pаypal.com", `has 'а' (U+0430) at character 10`},
		{"https://a\u200db.de", `(U+200D)`},
		{"https://münchen.de/straße", `has 'ß' (U+00DF)`},
		// a host with its port: the host read as any other, the port kept (it was refused for its ß)
		{"https://straße.de:8443/hilfe", ""},
		{"https://straße.de:99999/hilfe", "has the port 99999; a port is 1 to 65535"},
		{"https://samples.org/he\u200blp", `has '\u200b' (U+200B) at character 23`},
		{"https://samples.org/\u202egro.live", `has '\u202e' (U+202E) at character 21`},
		{"https://samples.org/\u00a0help", `(U+00A0)`},
		{"https://trusted.org@evil.samples", "has a user name before the host (trusted.org@)"},
		// a site after an @ in the query or fragment reads as the one opened
		{"https://evil.samples#@humantraffickinghotline.org", `opens evil.samples, not humantraffickinghotline.org: what follows its ? or # is part of the address of a page of evil.samples, and a reader takes the site written after the @ for the one it opens (write https://evil.samples, or humantraffickinghotline.org's own address if that is the page meant)`},
		{"https://evil.samples/?@humantraffickinghotline.org/help", "(write https://evil.samples/, or"},
		{"https://evil.samples/go?x=1&to=@www.humantraffickinghotline.org", "not www.humantraffickinghotline.org"},
		{"https://samples.org/help?from=@polaris", ""},       // a handle, no site
		{"https://mastodon.social/@polaris@samples.org", ""}, // a path's @: the profile of a user of another server
		{"https://www.google.com/maps/place/Mission/@40.71,-74.00,15z", ""},
		{"https://samples.org/help#es@2x", ""},
		{"https://samples.org:70000/", "has the port 70000; a port is 1 to 65535"},
		{"https://samples.org:0/", "has the port 0"},
		{"https://exa_mple.org/", `has a malformed host name "exa_mple.org"`},
		{"https://-samples.org/", `has a malformed host name "-samples.org"`},
		{"https://example..org/", `has a malformed host name "example..org"`},
		{"https://8.8.8.8/", `has a malformed host name "8.8.8.8"`},
		// names kept for examples and tests, and hosts no phone reaches, are hosts: an address
		// on one is warned of where it is written (TestExampleAddressesInSettings), so content
		// tried out builds; what else is wrong with it is refused as for any address
		{"https://example.org/talk", ""},
		{"https://help.Example.COM/", ""},
		{"https://a.test/", ""},
		{"https://localhost/", ""},
		{"https://192.168.0.1/", ""},
		{"https://127.0.0.1:8080/", ""},
		{"https://[::1]/", ""},
		{"http://example.org/talk", "must start with https://"},
		{"https://example.org/help.", `ends with "."`},
		{"https://localhost:70000/", "has the port 70000"},
		{"https://user@localhost/", "has a user name before the host"},
		{"https://exa_mple.test/", `has a malformed host name "exa_mple.test"`},
		{"https://examples.org/", ""},
		{"https://myexample.org/", ""},
		{"https://example.co.uk/", ""},
		{"https://example.org.au/", ""},
		{"https://test.org/", ""},
		{"http://samples.org", "must start with https://"},
		// a fragment opens the page at its place; tracking fields go before it (package qr)
		{"https://samples.org/help#es", ""},
		{"https://samples.org/help?x=1#part-2", ""},
		// a sentence's mark copied with the address would be opened as part of it
		{"https://samples.org/help.", `ends with ".", which a QR code would open as part of the address: leave it out (https://samples.org/help)`},
		{"https://samples.org/help),", `ends with ","`},
		{"https://samples.org/help)", `ends with ")"`},
		{"https://samples.org/help?", `ends with "?"`},
		{"https://en.wikipedia.org/wiki/Hotline_(film)", ""}, // the bracket closes one of the address's
		{"https://samples.org/[a]", ""},
		// so would a quotation mark, in a host as part of an international name
		{"https://helpline.org”", "has the quotation mark ”, copied with it: a web address has none (leave it out: https://helpline.org)"},
		{"«https://helpline.org/aide»", "has the quotation mark «"},
		{"https://helpline.org/help’", "has the quotation mark ’"},
		{"https://missionhaven.org/he\"lp", `has the quotation mark ", copied with it: a web address has none (leave it out: https://missionhaven.org/help)`},
		// a character no address has, which a browser changes before it opens the page
		{"https://missionhaven.org/help>", `has '>', which no web address has: a browser changes it before it opens the page, so the QR codes would open another address than the one printed (leave it out: https://missionhaven.org/help)`},
		{"<https://missionhaven.org/help>", "(leave it out: https://missionhaven.org/help)"},
		{"https://missionhaven.org/help{1}", "has '{', which no web address has"},
		{"https://missionhaven.org/a\\b", `(write / in its place: https://missionhaven.org/a/b)`},
		{"https://missionhaven.org/a|b^c", "(write it as %7C, or leave it out"},
		{"https://helpline。org", "has 。 (U+3002), the full stop of Chinese or Japanese typing: a web address is written with '.' (https://helpline.org)"},
		// a host all of whose letters print as Latin ones it is not: paper prints apple.com
		{"https://аррӏе.com/help", `has "аррӏе", in Cyrillic or Greek letters that print as the Latin "apple": a reader who types what paper shows opens another site, and a browser shows the address as xn--80ak6aa92e, not as printed`},
		{"https://xn--80ak6aa92e.com/help", `has "аррӏе", in Cyrillic or Greek letters`},
		{"https://help.росо.org", `has "росо"`},
		{"https://почта.рф/помощь", "has 'п'"}, // a Cyrillic domain: its path is percent-encoded, as before
		{"https://почта.рф", ""},
		{"https://сайт.com", ""},
		// a Cyrillic or Greek address read as written: under its own script's or country's
		// ending, or with letters that print as no Latin ones
		{"https://вера.рф/", ""}, {"https://xn--80adj8b.xn--p1ai/", ""}, {"https://ресурс.ru/", ""}, {"https://мама.bg/", ""},
		{"https://мост.com/", ""}, {"https://москва.com/", ""}, {"https://вера.org/", ""}, {"https://κεντρο.eu/", ""}, {"https://сос.gr/", ""},
		{"https://münchen.de", ""},
		// www. slipped, a key held or missed: no page is there; www2., w.org and the w. of
		// some sites' own (w.soundcloud.com) pass
		{"https://wwww.missionhaven.org/help", `"https://wwww.missionhaven.org/help" begins its host with wwww., a likely slip of www. that opens no page`},
		{"https://WW.missionhaven.org.uk", "begins its host with WW., a likely slip of www."},
		{"https://wwwww.help.samples.org", "begins its host with wwwww."},
		{"https://www.missionhaven.org/help", ""}, {"https://www2.missionhaven.org/help", ""}, {"https://wwwhelp.missionhaven.org/", ""},
		{"https://w.soundcloud.com/player", ""}, {"https://w.org/", ""}, {"https://ww.com/", ""}, {"https://wwww.org/", ""},
	}
	for _, tt := range tests {
		got := CheckURL(asciiURL(tt.url)) // as settings.yaml's addresses are read
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("CheckURL(%q) = %q; want %q", tt.url, got, tt.want)
		}
	}
}

// The address printed under QR codes must reach the page they open: the same site, with or
// without www., and the page; a folder above it, or the home page, is a page above it (a warning).
func TestDisplayURLOpensTheResource(t *testing.T) {
	for _, tt := range []struct{ display, resource, want string }{
		{"https://humantraffickinghotline.org", "https://humantraffickinghotline.org", ""},
		{"https://samples.org/help", "https://www.samples.org/help/teens", "is a page above it"},
		{"https://www.Samples.org", "https://samples.org/help?lang=es", "is a page above it"},
		{"https://samples.org/help/", "https://samples.org/help", ""},
		{"https://other-site.samples.com/help", "https://humantraffickinghotline.org", "is on another site"},
		{"https://humantrafickinghotline.org", "https://humantraffickinghotline.org", "is on another site"},
		{"https://samples.org.evil.com/help", "https://samples.org/help", "is on another site"},
		// a path one slip from the page's, or a folder of it: a likely typo; case is no slip
		{"https://samples.org/hel", "https://samples.org/help", "is one slip from its page"},
		{"https://samples.org/hepl", "https://samples.org/help", "is one slip from its page"},
		{"https://samples.org/helps", "https://samples.org/help", "is one slip from its page"},
		{"https://samples.org/hlep", "https://samples.org/help/teens", "is one slip from its page"},
		{"https://samples.org/help/teesn", "https://samples.org/help/teens", "is one slip from its page"},
		{"https://samples.org/Help", "https://samples.org/help", "is its page in other capitals"},
		{"https://samples.org/mh", "https://samples.org/help", "is another page"},
		{"https://samples.org/ab", "https://samples.org/ac", "is another page"},
		{"https://samples.org/help/teens/x", "https://samples.org/help/teens", "is another page"},
		{"https://samples.org/help/teens", "https://samples.org/help", "is another page"},
		{"https://samples.org/help?x=1", "https://samples.org/help", "is another page"},
		{"https://samples.org", "https://samples.org/?page_id=42", "is another page"},
		{"https://samples.org/index.php", "https://samples.org/index.php?p=help", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?utm_source=print", ""},
		{"https://samples.org/help", "https://samples.org/help?mtm_campaign=flyer&lang=es&qr=1", ""},
		// a query or a # that sends the reader on elsewhere, in any encoding, as a page query does
		{"https://samples.org/help", "https://samples.org/help?redirect=/chat", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?Return_To=x", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?to=//evil.com", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?lang=en&x=https:/evil.com", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?x=https%253A%252F%252Fevil.com", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?x=%2Fchat", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?x=www.evil.com", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?to=evil.com/chat", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?next=javascript:alert(1)", "is another page"},
		{"https://samples.org/help", "https://samples.org/help?return=%2F%2Fevil.com", "is another page"},
		{"https://samples.org/help", "https://samples.org/help#/../chat", "is another page"},
		{"https://samples.org/help", "https://samples.org/help#!/chat", "is another page"},
		{"https://samples.org/help", "https://samples.org/help#%2Fchat", "is another page"},
		{"https://samples.org/help", "https://samples.org/help#next=/chat", "is another page"},
		{"https://samples.org/help?redirect=/chat", "https://samples.org/help?redirect=/chat", ""},
		{"https://samples.org/app#/chat", "https://samples.org/app#/chat", ""},
		{"https://samples.org/help", "https://samples.org/help?utm_source=https://facebook.com&ref=/home", ""}, // tracking fields
		{"https://samples.org/help", "https://samples.org/help?lang=es&topic=shelter&date=2027/03&q=a+b", ""},
		// a broad name a redirect takes too, whose value is no address: the page's own field
		{"https://samples.org/events", "https://samples.org/events?to=2027-03", ""},
		{"https://samples.org/events", "https://samples.org/events?to=march", ""},
		{"https://samples.org/events", "https://samples.org/events?next=2", ""},
		{"https://samples.org/events", "https://samples.org/events?return=yes", ""},
		{"https://samples.org/events", "https://samples.org/events?url_version=2", ""},
		{"https://samples.org/events", "https://samples.org/events?target=report.pdf&u=12", ""},
		{"https://samples.org/help", "https://samples.org/help#top", ""}, // a place on the page
		{"https://samples.org/help", "https://samples.org/help#section-2", ""},
		// a place printed that the codes do not open
		{"https://samples.org/help#chat", "https://samples.org/help", "is another place on its page"},
		{"https://samples.org/help#chat", "https://samples.org/help#top", "is another place on its page"},
		{"https://samples.org/help#chat", "https://samples.org/help?utm_campaign=a#chat", ""},
		// no port is 443: typing the printed address reaches another server than the codes
		{"https://help.samples.org/guide", "https://help.samples.org:8443/guide", "is on another port (443)"},
		{"https://help.samples.org:8443/guide", "https://help.samples.org/guide", "is on another port (8443)"},
		{"https://help.samples.org:8443/guide", "https://help.samples.org:9443/guide", "is on another port (8443)"},
		{"https://help.samples.org:443/guide", "https://help.samples.org/guide", ""},
		{"https://help.samples.org:8443", "https://help.samples.org:8443/guide", "is a page above it"},
		// as a browser opens each: its . and .. segments resolved, %2e as a dot
		{"https://samples.org/help", "https://samples.org/help/../chat", "is another page"},
		{"https://samples.org/help", "https://samples.org/help/%2e%2e/chat", "is another page"},
		{"https://samples.org/help", "https://samples.org/help/%2E%2e", "is another page"},
		{"https://samples.org/help", "https://samples.org/help/./teens", "is a page above it"},
		{"https://samples.org/help/../chat", "https://samples.org/chat", ""},
		{"https://samples.org/chat/./", "https://samples.org/help/../chat", ""},
		{"https://samples.org/help", "https://samples.org/help\\..\\chat", "is another page"}, // a browser reads \ as /
	} {
		if got := displayOpens(tt.display, tt.resource); got != tt.want {
			t.Errorf("displayOpens(%q, %q) = %q, want %q", tt.display, tt.resource, got, tt.want)
		}
	}
}

// A display_url that reaches another port than resource_url is refused at its line, naming both
// fields, resource_url's line and the address to print instead; with --url, which replaces the
// address display_url shortens, display_url is neither checked nor printed.
func TestDisplayURLPort(t *testing.T) {
	runEdits(t, []editCase{
		{"printed without the port the codes open", [][]string{{"settings.yaml",
			"resource_url: https://humantraffickinghotline.org", "resource_url: https://help.samples.org:8443/guide",
			`display_url: ""`, "display_url: help.samples.org/guide"}},
			`content/settings.yaml:17: display_url: "help.samples.org/guide" is on another port (443) than resource_url "https://help.samples.org:8443/guide" (line 14), which every QR code opens: a reader who types the printed address would not reach that page (print an address on resource_url's site that opens the same page, e.g. help.samples.org:8443/guide or a short page of your own there; or shorten resource_url itself; or leave display_url empty)`},
		{"printed with a port the codes do not open", [][]string{{"settings.yaml",
			"resource_url: https://humantraffickinghotline.org", "resource_url: https://help.samples.org/guide",
			`display_url: ""`, "display_url: help.samples.org:8443/guide"}},
			`content/settings.yaml:17: display_url: "help.samples.org:8443/guide" is on another port (8443) than resource_url "https://help.samples.org/guide" (line 14)`},
		{"printed with the port the codes open", [][]string{{"settings.yaml",
			"resource_url: https://humantraffickinghotline.org", "resource_url: https://help.samples.org:8443/guide",
			`display_url: ""`, "display_url: help.samples.org:8443/guide"}}, ""},
	})
	fsys := edits(t, []string{"settings.yaml", `display_url: ""`, "display_url: humantraffickinghotline.org"})
	c, err := Load(fsys, "content", Overrides{URL: "https://samples.org:8443/help", Langs: []string{"en"}})
	if err != nil {
		t.Fatalf("--url with display_url set: %v", err)
	}
	if got, want := c.Address.Text, "samples.org:8443/help"; got != want {
		t.Errorf("--url prints %q under the codes, want %q", got, want)
	}
	if got, want := c.Languages[0].Text.QRAlt.Text, "QR code: opens samples.org:8443/help"; got != want {
		t.Errorf("--url: {url} prints %q, want %q", got, want)
	}
}

// The address printed under QR codes leaves out resource_url's tracking fields, which each
// code carries for itself, and keeps its other fields in order and its fragment.
func TestPrintedURL(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://humantraffickinghotline.org/", "humantraffickinghotline.org"},
		{"https://samples.org/help?utm_source=web&utm_campaign=old", "samples.org/help"},
		{"https://samples.org/help?a=1&UTM_Medium=x&b=2&utm%5Fcontent=p1", "samples.org/help?a=1&b=2"},
		{"https://samples.org/help?utm_source=web#es", "samples.org/help#es"},
		{"https://samples.org/help/?lang=es", "samples.org/help/?lang=es"},
		{"https://xn--strae-oqa.de:8443/hilfe", "straße.de:8443/hilfe"}, // its port kept, its host as its readers know it
	} {
		if got := PrintedURL(tt.url); got != tt.want {
			t.Errorf("PrintedURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// An address the QR codes add tracking fields to has a query split by '&' and well escaped:
// fields after a ';' would be neither replaced nor left out of the printed address; and it
// carries no ad network's click ID, which marks one person.
func TestTrackedQuery(t *testing.T) {
	for _, tt := range []struct{ url, msg, hint string }{
		{"https://samples.org/help?x=1&utm_source=web", "", ""},
		{"https://samples.org/help?q=a%20b#x;y", "", ""},
		{"https://samples.org/help?x=1;utm_source=z", "separates its query's fields with ';'", "x=1&utm_source=z"},
		{"https://samples.org/help?x=%zz", "malformed escape in its query", "%25"},
		{"https://samples.org/help?x=100%", "malformed escape in its query", "%25"},
		{"https://samples.org/help?utm_source=fb&fbclid=IwAR3xK9abc123", "carries fbclid, an ad network's mark of one person's click", "without it: https://samples.org/help?utm_source=fb"},
		{"https://samples.org/help?GCLID=Cj0KCQ", "carries GCLID", "without it: https://samples.org/help"},
		{"https://samples.org/help?clid=1&gclidx=2", "", ""},
	} {
		msg, hint := checkQuery(tt.url)
		if tt.msg == "" && msg != "" || !strings.Contains(msg, tt.msg) || !strings.Contains(hint, tt.hint) {
			t.Errorf("checkQuery(%q) = %q, %q; want %q, %q", tt.url, msg, hint, tt.msg, tt.hint)
		}
	}
}

// A scheme is case-insensitive: HTTPS://samples.org/help opens https://samples.org/help, and
// is read, printed and encoded in that form in every field that holds an address, so the QR
// codes' alternative text does not contradict itself; the host keeps the case it was typed in.
func TestSchemeInAnyCase(t *testing.T) {
	settingsEdit := func(old, new string) func(t *testing.T) fs.FS {
		return func(t *testing.T) fs.FS { return edit(t, "settings.yaml", old, new) }
	}
	tests := []struct {
		name string
		fsys func(t *testing.T) fs.FS
		url  string // --url
		get  func(c *Content) string
		want string
	}{
		{"resource_url", settingsEdit("resource_url: https://humantraffickinghotline.org", "resource_url: HTTPS://samples.org/Help"), "",
			func(c *Content) string { return c.Settings.ResourceURL + " " + c.Address.Text }, "https://samples.org/Help samples.org/Help"},
		{"resource_url, host in capitals", settingsEdit("resource_url: https://humantraffickinghotline.org", "resource_url: Https://HumanTraffickingHotline.org"), "",
			func(c *Content) string { return c.Settings.ResourceURL }, "https://HumanTraffickingHotline.org"},
		{"display_url", settingsEdit(`display_url: ""`, `display_url: "HTTPS://humantraffickinghotline.org"`), "",
			func(c *Content) string { return c.Settings.DisplayURL }, "https://humantraffickinghotline.org"},
		{"hotline.chat", settingsEdit(`  chat: ""`, `  chat: "Https://samples.org/chat"`), "",
			func(c *Content) string { return c.Settings.Hotline.Chat.Text }, "https://samples.org/chat"},
		{"--url", func(t *testing.T) fs.FS { return defaultcontent.FS }, "HTTPS://samples.org/x",
			func(c *Content) string { return c.Settings.ResourceURL }, "https://samples.org/x"},
		{"a link in the FAQ", firstAnswer("See [our list](HTTPS://samples.org/list). Call [us](TEL:+18883737888). No. Most victims"), "",
			func(c *Content) string {
				var urls []string
				for _, l := range c.Languages[0].FAQ.Questions[1].Answer[0].Links {
					urls = append(urls, l.URL)
				}
				return strings.Join(urls, " ") + " | " + c.Languages[0].FAQ.Questions[1].Answer[0].Paper
			}, "https://samples.org/list tel:+18883737888 | See our list (samples.org/list). Call us (1-888-373-7888)."},
	}
	for _, tt := range tests {
		c, err := Load(tt.fsys(t), "content", Overrides{URL: tt.url, Langs: []string{"en"}})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := tt.get(c); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: got %q; want %q", tt.name, got, tt.want)
		}
	}
}

// A display_url on resource_url's own site but another page of it (a short page the
// organisation makes lead there, or a page above it such as the home page) prints, with a
// warning to try it; on another site, or its page in other capitals, it is
// refused, the advice naming what works.
func TestDisplayURLSameSite(t *testing.T) {
	long := "resource_url: https://www.example-coalition.org/resources/trafficking/child-protection/information?source=print"
	for _, tt := range []struct {
		name, display, warn, err string
	}{
		{"a short page of the same site", "example-coalition.org/mh", `display_url: "example-coalition.org/mh" is printed under the QR codes, which open resource_url`, ""},
		{"with www. as resource_url has it", "www.example-coalition.org/help", `make sure it opens the resource page`, ""},
		{"the site's home page", "example-coalition.org", `display_url: "example-coalition.org" is printed under the QR codes, which open resource_url "https://www.example-coalition.org/resources/trafficking/chi…": a reader who types it lands on a page above that one, not on the resource page (print the resource page's own address (display_url: www.example-coalition.org/resources/trafficking/child-protection/information?source=print), or make sure example-coalition.org opens the resource page)`, ""},
		{"a folder above the page", "example-coalition.org/resources", `lands on a page above that one`, ""},
		{"the resource page itself, shortened", "example-coalition.org/resources/trafficking/child-protection/information", "", ""},
		{"a slip of the page's path", "www.example-coalition.org/resources/trafficking/child-protection/infromation", "",
			`display_url: "www.example-coalition.org/resources/trafficking/child-protection/infromation" is one slip from the page of resource_url "https://www.example-coalition.org/resources/trafficking/child-protection/information?source=print" (line 14), which every QR code opens: likely a typo, and a reader who types the printed address would reach another page, or none (print the resource page's own address, display_url: www.example-coalition.org/resources/trafficking/child-protection/information?source=print, or leave display_url empty)`},
		{"a slip of a folder above the page", "example-coalition.org/resuorces", "", "is one slip from the page of resource_url"},
		// a server tells a path's capitals apart: the printed one may open nothing
		{"the page in other capitals", "www.example-coalition.org/Resources/Trafficking/child-protection/information", "",
			`display_url: "www.example-coalition.org/Resources/Trafficking/child-protection/information" is the page of resource_url "https://www.example-coalition.org/resources/trafficking/child-protection/information?source=print" (line 14), which every QR code opens, in other capitals: most web servers tell capitals apart in a page's address, so a reader who types the printed one may reach no page (write the page as resource_url has it, display_url: www.example-coalition.org/resources/trafficking/child-protection/information?source=print, or give resource_url the capitals you print if the page opens with them)`},
		{"the site's name in capitals", "Example-Coalition.org/resources/trafficking/child-protection/information", "", ""},
		{"a short link on another site", "bit.ly/3xYzAb", "", `is on another site than resource_url "https://www.example-coalition.org/resources/trafficking/chi…" (line 14), which every QR code opens: a reader who types the printed address would not reach that page (print an address on resource_url's site that opens the same page, e.g. www.example-coalition.org/resources/trafficking/child-protection/information?source=print or a short page of your own there; or shorten resource_url itself; or leave display_url empty)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", long, `display_url: ""`, "display_url: " + tt.display})
			c, err := Load(fsys, "content", Overrides{})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got %v\nwant %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			var warned []string
			for _, w := range c.Warnings {
				if w.Field == "display_url" {
					warned = append(warned, w.Error())
				}
			}
			if got := strings.Join(warned, "\n"); tt.warn == "" && got != "" || !strings.Contains(got, tt.warn) {
				t.Errorf("warnings %q, want one with %q", got, tt.warn)
			}
			if c.Address.Text != tt.display {
				t.Errorf("prints %q under the codes, want %q", c.Address.Text, tt.display)
			}
		})
	}
}

// What is printed under the QR codes is what they open: a display_url showing a place on the
// page (#chat) that resource_url does not open is refused, with both ways to make them agree; one
// that leaves out what sends a reader on elsewhere (a route after #, a redirect's field) is
// warned of as another page is, and one that leaves out a place on the page prints.
func TestDisplayURLPlace(t *testing.T) {
	for _, tt := range []struct{ name, resource, display, warn, err string }{
		{"a place the codes do not open", "https://www.example-coalition.org/help", "example-coalition.org/help#chat", "",
			`settings.yaml:17: display_url: "example-coalition.org/help#chat" prints the place #chat on its page under the QR codes, but they open resource_url "https://www.example-coalition.org/help" (line 14): what is printed under a code must be what it opens (print the page the codes open, display_url: www.example-coalition.org/help; or, for the codes to open that place, write it in resource_url too: resource_url: https://www.example-coalition.org/help#chat)`},
		{"another place than the codes open", "https://www.example-coalition.org/help?utm_campaign=a#top", "example-coalition.org/help#chat", "",
			`prints the place #chat on its page under the QR codes, but they open resource_url "https://www.example-coalition.org/help?utm_campaign=a#top" (line 14): what is printed under a code must be what it opens (print the page the codes open, display_url: www.example-coalition.org/help#top; or, for the codes to open that place, write it in resource_url too: resource_url: https://www.example-coalition.org/help?utm_campaign=a#chat)`},
		{"the place the codes open", "https://www.example-coalition.org/help#chat", "example-coalition.org/help#chat", "", ""},
		{"the page of the place the codes open", "https://www.example-coalition.org/help#chat", "example-coalition.org/help", "", ""},
		{"a route the codes open after #", "https://www.example-coalition.org/app#/chat", "example-coalition.org/app", "make sure it opens the resource page", ""},
		{"a redirect in the codes' query", "https://www.example-coalition.org/help?next=/chat", "example-coalition.org/help", "make sure it opens the resource page", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: " + tt.resource, `display_url: ""`, "display_url: " + tt.display}), "content", Overrides{})
			wantLoaded(t, c, err, tt.err, tt.warn, func(w diag.Problem) bool { return w.Field == "display_url" })
		})
	}
}

// An ad network's click ID is refused wherever haven opens an address as written, as it is in
// resource_url: the chat's link and a FAQ link's target carry it into every PDF, so the
// message names the field or link and gives the address to write without it; a campaign's
// utm_ fields stay, as they do in resource_url.
func TestClickIDsInOpenedAddresses(t *testing.T) {
	const faq = "en/faq.md"
	chat := func(u string) []string { return []string{"settings.yaml", `chat: ""`, `chat: "` + u + `"`} }
	link := func(u string) []string {
		return []string{faq, "In this handout, we answer", "See [our page](" + u + "). In this handout, we answer"}
	}
	runEdits(t, []editCase{
		{"chat with fbclid", [][]string{chat("https://samples.org/chat?utm_source=fb&fbclid=zz")},
			`content/settings.yaml:38: hotline.chat: "https://samples.org/chat?utm_source=fb&fbclid=zz" carries fbclid, an ad network's mark of one person's click: every copy and every code would carry it, and tell the network who scanned (write the address without it: https://samples.org/chat?utm_source=fb)`},
		{"chat with a campaign only", [][]string{chat("https://samples.org/chat?utm_source=fb")}, ""},
		{"link with two click IDs", [][]string{link("https://samples.org/dv?fbclid=ww&x=1&gclid=1#top")},
			`content/en/faq.md:5: the link [our page](https://samples.org/dv?fbclid=ww&x=1&gclid=1#top) carries fbclid and gclid, ad networks' marks of one person's click: every copy and every code would carry them, and tell the network who scanned (write the address without them: https://samples.org/dv?x=1#top)`},
		{"link with a campaign only", [][]string{link("https://samples.org/dv?utm_campaign=dv")}, ""},
		{"link with a like-named field", [][]string{link("https://samples.org/dv?gclidx=1")}, ""},
	})
}

// The address --url gives prints as settings.yaml's would: without its scheme, typed in any
// case (HTTPS://), its host as the reader types it.
func TestURLFlagPrintsWithoutItsScheme(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"HTTPS://SAMPLES.ORG/HELP", "SAMPLES.ORG/HELP"},
		{"https://Samples.org/help/", "Samples.org/help"},
	} {
		c, err := Load(defaultcontent.FS, "content", Overrides{URL: tt.url})
		if err != nil {
			t.Fatal(err)
		}
		if c.Address.Text != tt.want {
			t.Errorf("--url %s prints %q, want %q", tt.url, c.Address.Text, tt.want)
		}
	}
}
