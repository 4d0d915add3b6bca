package content

import (
	"io/fs"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// Addresses that would print one way and open another are refused, naming the character and
// its code point; plain ones pass.
func TestURLsThatPrintAsTheyOpen(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://humantraffickinghotline.org", ""},
		{"https://xn--80ak6aa92e.com/help", ""},
		{"https://example.org:8443/help?x=1", ""},
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
		{"https://example.org/he\u200blp", `has '\u200b' (U+200B) at character 23`},
		{"https://example.org/\u202egro.live", `has '\u202e' (U+202E) at character 21`},
		{"https://example.org/\u00a0help", `(U+00A0)`},
		{"https://trusted.org@evil.example", "has a user name before the host (trusted.org@)"},
		{"https://example.org:70000/", "has the port 70000; a port is 1 to 65535"},
		{"https://example.org:0/", "has the port 0"},
		{"https://exa_mple.org/", `has a malformed host name "exa_mple.org"`},
		{"https://-example.org/", `has a malformed host name "-example.org"`},
		{"https://example..org/", `has a malformed host name "example..org"`},
		{"https://192.168.0.1/", `has a malformed host name "192.168.0.1"`},
		{"https://localhost/", `has a malformed host name "localhost"`},
		{"http://example.org", "must start with https://"},
		// a fragment opens the page at its place; tracking fields go before it (package qr)
		{"https://example.org/help#es", ""},
		{"https://example.org/help?x=1#part-2", ""},
		// a sentence's mark copied with the address would be opened as part of it
		{"https://example.org/help.", `ends with ".", which a QR code would open as part of the address: leave it out (https://example.org/help)`},
		{"https://example.org/help),", `ends with ","`},
		{"https://example.org/help)", `ends with ")"`},
		{"https://example.org/help?", `ends with "?"`},
		{"https://en.wikipedia.org/wiki/Hotline_(film)", ""}, // the bracket closes one of the address's
		{"https://example.org/[a]", ""},
	}
	for _, tt := range tests {
		got := CheckURL(tt.url)
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
		{"https://example.org/help", "https://www.example.org/help/teens", "is a page above it"},
		{"https://www.Example.org", "https://example.org/help?lang=es", "is a page above it"},
		{"https://example.org/help/", "https://example.org/help", ""},
		{"https://other-site.example.com/help", "https://humantraffickinghotline.org", "is on another site"},
		{"https://humantrafickinghotline.org", "https://humantraffickinghotline.org", "is on another site"},
		{"https://example.org.evil.com/help", "https://example.org/help", "is on another site"},
		{"https://example.org/hel", "https://example.org/help", "is another page"},
		{"https://example.org/help/teens", "https://example.org/help", "is another page"},
		{"https://example.org/help?x=1", "https://example.org/help", "is another page"},
		{"https://example.org", "https://example.org/?page_id=42", "is another page"},
		{"https://example.org/index.php", "https://example.org/index.php?p=help", "is another page"},
		{"https://example.org/help", "https://example.org/help?utm_source=print", ""},
		{"https://example.org/help", "https://example.org/help?mtm_campaign=flyer&lang=es&qr=1", ""},
		// no port is 443: typing the printed address reaches another server than the codes
		{"https://help.example.org/guide", "https://help.example.org:8443/guide", "is on another port (443)"},
		{"https://help.example.org:8443/guide", "https://help.example.org/guide", "is on another port (8443)"},
		{"https://help.example.org:8443/guide", "https://help.example.org:9443/guide", "is on another port (8443)"},
		{"https://help.example.org:443/guide", "https://help.example.org/guide", ""},
		{"https://help.example.org:8443", "https://help.example.org:8443/guide", "is a page above it"},
		// as a browser opens each: its . and .. segments resolved, %2e as a dot
		{"https://example.org/help", "https://example.org/help/../chat", "is another page"},
		{"https://example.org/help", "https://example.org/help/%2e%2e/chat", "is another page"},
		{"https://example.org/help", "https://example.org/help/%2E%2e", "is another page"},
		{"https://example.org/help", "https://example.org/help/./teens", "is a page above it"},
		{"https://example.org/help/../chat", "https://example.org/chat", ""},
		{"https://example.org/chat/./", "https://example.org/help/../chat", ""},
		{"https://example.org/help", "https://example.org/help\\..\\chat", "is another page"}, // a browser reads \ as /
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
			"resource_url: https://humantraffickinghotline.org", "resource_url: https://help.example.org:8443/guide",
			`display_url: ""`, "display_url: help.example.org/guide"}},
			`content/settings.yaml:17: display_url: "help.example.org/guide" is on another port (443) than resource_url "https://help.example.org:8443/guide" (line 14), which every QR code opens: a reader who types the printed address would not reach that page (print an address on resource_url's site that opens the same page, e.g. help.example.org:8443/guide or a short page of your own there; or shorten resource_url itself; or leave display_url empty)`},
		{"printed with a port the codes do not open", [][]string{{"settings.yaml",
			"resource_url: https://humantraffickinghotline.org", "resource_url: https://help.example.org/guide",
			`display_url: ""`, "display_url: help.example.org:8443/guide"}},
			`content/settings.yaml:17: display_url: "help.example.org:8443/guide" is on another port (8443) than resource_url "https://help.example.org/guide" (line 14)`},
		{"printed with the port the codes open", [][]string{{"settings.yaml",
			"resource_url: https://humantraffickinghotline.org", "resource_url: https://help.example.org:8443/guide",
			`display_url: ""`, "display_url: help.example.org:8443/guide"}}, ""},
	})
	fsys := edits(t, []string{"settings.yaml", `display_url: ""`, "display_url: humantraffickinghotline.org"})
	c, err := Load(fsys, "content", Overrides{URL: "https://example.org:8443/help", Langs: []string{"en"}})
	if err != nil {
		t.Fatalf("--url with display_url set: %v", err)
	}
	if got, want := c.Address.Text, "example.org:8443/help"; got != want {
		t.Errorf("--url prints %q under the codes, want %q", got, want)
	}
	if got, want := c.Languages[0].Text.QRAlt.Text, "QR code: opens example.org:8443/help"; got != want {
		t.Errorf("--url: {url} prints %q, want %q", got, want)
	}
}

// The address printed under QR codes leaves out resource_url's tracking fields, which each
// code carries for itself, and keeps its other fields in order and its fragment.
func TestPrintedURL(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://humantraffickinghotline.org/", "humantraffickinghotline.org"},
		{"https://example.org/help?utm_source=web&utm_campaign=old", "example.org/help"},
		{"https://example.org/help?a=1&UTM_Medium=x&b=2&utm%5Fcontent=p1", "example.org/help?a=1&b=2"},
		{"https://example.org/help?utm_source=web#es", "example.org/help#es"},
		{"https://example.org/help/?lang=es", "example.org/help/?lang=es"},
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
		{"https://example.org/help?x=1&utm_source=web", "", ""},
		{"https://example.org/help?q=a%20b#x;y", "", ""},
		{"https://example.org/help?x=1;utm_source=z", "separates its query's fields with ';'", "x=1&utm_source=z"},
		{"https://example.org/help?x=%zz", "malformed escape in its query", "%25"},
		{"https://example.org/help?x=100%", "malformed escape in its query", "%25"},
		{"https://example.org/help?utm_source=fb&fbclid=IwAR3xK9abc123", "carries fbclid, an ad network's mark of one person's click", "without it: https://example.org/help?utm_source=fb"},
		{"https://example.org/help?GCLID=Cj0KCQ", "carries GCLID", "without it: https://example.org/help"},
		{"https://example.org/help?clid=1&gclidx=2", "", ""},
	} {
		msg, hint := checkQuery(tt.url)
		if tt.msg == "" && msg != "" || !strings.Contains(msg, tt.msg) || !strings.Contains(hint, tt.hint) {
			t.Errorf("checkQuery(%q) = %q, %q; want %q, %q", tt.url, msg, hint, tt.msg, tt.hint)
		}
	}
}

// A scheme is case-insensitive: HTTPS://example.org/help opens https://example.org/help, and
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
		{"resource_url", settingsEdit("resource_url: https://humantraffickinghotline.org", "resource_url: HTTPS://example.org/Help"), "",
			func(c *Content) string { return c.Settings.ResourceURL + " " + c.Address.Text }, "https://example.org/Help example.org/Help"},
		{"resource_url, host in capitals", settingsEdit("resource_url: https://humantraffickinghotline.org", "resource_url: Https://HumanTraffickingHotline.org"), "",
			func(c *Content) string { return c.Settings.ResourceURL }, "https://HumanTraffickingHotline.org"},
		{"display_url", settingsEdit(`display_url: ""`, `display_url: "HTTPS://humantraffickinghotline.org"`), "",
			func(c *Content) string { return c.Settings.DisplayURL }, "https://humantraffickinghotline.org"},
		{"hotline.chat", settingsEdit(`  chat: ""`, `  chat: "Https://example.org/chat"`), "",
			func(c *Content) string { return c.Settings.Hotline.Chat.Text }, "https://example.org/chat"},
		{"--url", func(t *testing.T) fs.FS { return defaultcontent.FS }, "HTTPS://example.org/x",
			func(c *Content) string { return c.Settings.ResourceURL }, "https://example.org/x"},
		{"a link in the FAQ", firstAnswer("See [our list](HTTPS://example.org/list). Call [us](TEL:+18883737888). No. Most victims"), "",
			func(c *Content) string {
				var urls []string
				for _, l := range c.Languages[0].FAQ.Questions[1].Answer[0].Links {
					urls = append(urls, l.URL)
				}
				return strings.Join(urls, " ") + " | " + c.Languages[0].FAQ.Questions[1].Answer[0].Paper
			}, "https://example.org/list tel:+18883737888 | See our list (example.org/list). Call us (1-888-373-7888)."},
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
// warning to try it; on another site it is
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
		{"chat with fbclid", [][]string{chat("https://example.org/chat?utm_source=fb&fbclid=zz")},
			`content/settings.yaml:38: hotline.chat: "https://example.org/chat?utm_source=fb&fbclid=zz" carries fbclid, an ad network's mark of one person's click: every copy and every code would carry it, and tell the network who scanned (write the address without it: https://example.org/chat?utm_source=fb)`},
		{"chat with a campaign only", [][]string{chat("https://example.org/chat?utm_source=fb")}, ""},
		{"link with two click IDs", [][]string{link("https://example.org/dv?fbclid=ww&x=1&gclid=1#top")},
			`content/en/faq.md:5: the link [our page](https://example.org/dv?fbclid=ww&x=1&gclid=1#top) carries fbclid and gclid, ad networks' marks of one person's click: every copy and every code would carry them, and tell the network who scanned (write the address without them: https://example.org/dv?x=1#top)`},
		{"link with a campaign only", [][]string{link("https://example.org/dv?utm_campaign=dv")}, ""},
		{"link with a like-named field", [][]string{link("https://example.org/dv?gclidx=1")}, ""},
	})
}
