package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// A link shortener or a click-tracking hop is read by its host, with or without www. and
// https://, and a site's hop by its path; the sites' own pages, and hosts that only look alike,
// are none.
func TestRedirector(t *testing.T) {
	for _, tt := range []struct{ address, want string }{
		{"https://bit.ly/3abcDEF", "bit.ly"},
		{"https://www.bit.ly/3abcDEF", "bit.ly"},
		{"bit.ly/3abcDEF", "bit.ly"},
		{"https://tinyurl.com/y4abc", "tinyurl.com"},
		{"https://t.co/AbC123", "t.co"},
		{"https://goo.gl/abcXYZ", "goo.gl"},
		{"https://goo.gl/maps/Xyz123AbC", ""}, // a place Google Maps shares
		{"https://l.facebook.com/l.php?u=https%3A%2F%2Ftidepoolnotes.net%2Finfo", "l.facebook.com"},
		{"https://www.facebook.com/l.php?u=https%3A%2F%2Fx.org", "facebook.com/l.php"},
		{"https://www.google.com/url?q=https://tidepoolnotes.net/info", "google.com/url"},
		{"https://www.google.co.uk/url?q=https://x.org", "google.co.uk/url"},
		{"https://www.youtube.com/redirect?q=https://x.org", "youtube.com/redirect"},
		{"https://tidepoolnotes.net/info", ""},
		{"https://www.google.com/maps/place/Toledo", ""},
		{"https://www.google.com/search?q=weather", ""},
		{"https://www.facebook.com/harborhouse", ""},
		{"https://bitbucket.org/x", ""},
		{"https://bitly.com/pages/privacy", ""}, // the shortener's own site
		{"https://tco.org/help", ""},
		{"https://samples.org/url", ""},
		{"https://www.youtube.com/watch?v=abc", ""},
	} {
		if got, _ := redirector(tt.address); got != tt.want {
			t.Errorf("redirector(%q) = %q, want %q", tt.address, got, tt.want)
		}
	}
}

// An address of the settings or a FAQ link that goes through a link shortener or a redirect is
// refused, naming it and, where its query carries it, the page to write; one whose query
// carries another address is warned of; ordinary addresses with queries pass.
func TestRedirectsRefused(t *testing.T) {
	const resource = "resource_url: https://humantraffickinghotline.org"
	const site = "# site:\n#   discreet: true\n#   exit_url: https://www.weather.gov\n#   privacy_url: https://..."
	guide := "If you cannot call, read [our guide]"
	for _, tt := range []struct {
		name      string
		change    []string
		err, warn string
	}{
		{"resource_url, a shortener", []string{"settings.yaml", resource, "resource_url: https://bit.ly/3abcDEF"},
			`settings.yaml:14: resource_url: "https://bit.ly/3abcDEF" goes through bit.ly, a link shortener: every copy's QR code would open it, and bit.ly would send each reader on to a page haven never checked, keeping a record of the visit as the phone's history does (give the address of the page itself, the one the link leads to)`, ""},
		{"resource_url, facebook's hop", []string{"settings.yaml", resource, "resource_url: https://l.facebook.com/l.php?u=https%3A%2F%2Ftidepoolnotes.net%2Finfo"},
			`goes through l.facebook.com, a redirect: every copy's QR code would open it, and l.facebook.com would send each reader on to a page haven never checked, keeping a record of the visit as the phone's history does (write the address of the page itself: https://tidepoolnotes.net/info)`, ""},
		{"exit_url", []string{"settings.yaml", site, "site:\n  exit_url: https://t.co/AbC123"},
			`site.exit_url: "https://t.co/AbC123" goes through t.co, a link shortener: the page's quick exit would open it`, ""},
		{"privacy_url", []string{"settings.yaml", site, "site:\n  privacy_url: https://www.google.com/url?q=https://www.techsafety.org/"},
			`site.privacy_url: "https://www.google.com/url?q=https://www.techsafety.org/" goes through google.com/url, a redirect: the page's safety note would link it`, ""},
		{"discreet_url", []string{"settings.yaml", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://tinyurl.com/calm12"},
			`cards.discreet_url: "https://tinyurl.com/calm12" goes through tinyurl.com, a link shortener`, ""},
		{"a FAQ link", []string{"en/faq.md", "\n## ", "\n" + guide + "(https://goo.gl/abc12).\n\n## "},
			`: the link [our guide](https://goo.gl/abc12) goes through goo.gl, a link shortener: the page and every PDF would link it`, ""},
		{"an address in resource_url's query", []string{"settings.yaml", resource, "resource_url: https://samples.org/go?to=https://samples.org/help"},
			"", `resource_url: "https://samples.org/go?to=https://samples.org/help" carries another address in its query (to=https://samples.org/help): every copy's QR code would open it`},
		{"an address in a FAQ link's query", []string{"en/faq.md", "\n## ", "\n" + guide + "(https://samples.org/out?url=https%3A%2F%2Fsamples.org%2Fx).\n\n## "},
			"", `carries another address in its query (url=https://samples.org/x): the page and every PDF would link it`},
		{"an address without one slash in a FAQ link's query", []string{"en/faq.md", "\n## ", "\n" + guide + "(https://samples.org/help?url=https:/evil.samples.com).\n\n## "},
			"", `carries another address in its query (url=https:/evil.samples.com): the page and every PDF would link it, and if it sends each reader on there, a third party records the visit and haven never checked the page (if it is a redirect, write the address of the page itself: https://evil.samples.com)`},
		{"an address encoded twice in a FAQ link's query", []string{"en/faq.md", "\n## ", "\n" + guide + "(https://samples.org/help?x=https%253A%252F%252Fevil.samples.com).\n\n## "},
			"", `carries another address in its query (x=https://evil.samples.com)`},
		{"an address without its scheme in a FAQ link's query", []string{"en/faq.md", "\n## ", "\n" + guide + "(https://samples.org/help?to=//evil.samples.com).\n\n## "},
			"", `carries another address in its query (to=//evil.samples.com)`},
		{"a path of the site in a FAQ link's query", []string{"en/faq.md", "\n## ", "\n" + guide + "(https://samples.org/help?next=/chat).\n\n## "}, "", ""},
		{"a query of the page's own", []string{"settings.yaml", resource, "resource_url: https://samples.org/help?lang=en&topic=shelter"}, "", ""},
		{"a map", []string{"settings.yaml", site, "site:\n  exit_url: https://www.google.com/maps"}, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(edits(t, tt.change), "content", Overrides{})
			wantLoaded(t, c, err, tt.err, tt.warn, func(w diag.Problem) bool { return strings.Contains(w.Msg, "another address") })
		})
	}
}
