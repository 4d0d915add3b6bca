package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// The line's numbers are found in a text however they are grouped, with or without the calling
// code, apart from numbers beside them; other numbers, and one a digit from the line's, are not.
func TestNumberIn(t *testing.T) {
	var s Settings
	s.Country = "US"
	s.Hotline.Call = diag.Located{Text: "1-800-799-7233", Field: "hotline.call"}
	s.Hotline.Text = diag.Located{Text: "88788", Field: "hotline.text"}
	s.Hotline.TTY = diag.Located{Text: "1-800-787-3224", Field: "hotline.tty"}
	s.Hotline.Emergency = diag.Located{Text: "911", Field: "hotline.emergency"}
	nums := lineNumbers(s)
	for _, tt := range []struct{ text, want, field string }{
		{"/18007997233", "18007997233", "hotline.call"},
		{"/1-800-799-7233", "1-800-799-7233", "hotline.call"},
		{"/p/8007997233", "8007997233", "hotline.call"},
		{"/search q=800.799.7233", "800.799.7233", "hotline.call"},
		{"/88788", "88788", "hotline.text"},
		{"/tty/18007873224", "18007873224", "hotline.tty"},
		{"/2024/18007997233", "18007997233", "hotline.call"},
		{"Help at 1-800-799-7233", "1-800-799-7233", "hotline.call"},
		{"/info/2025", "", ""},
		{"/8007997234", "", ""},
		{"/911", "", ""}, // the emergency number names no line
		{"Notes 2027", "", ""},
	} {
		w, n := numberIn(tt.text, nums)
		if w != tt.want || n.Field != tt.field {
			t.Errorf("numberIn(%q) = %q, %s; want %q, %s", tt.text, w, n.Field, tt.want, tt.field)
		}
	}
}

// On a discreet site, an address or the page's title that carries the line's own number is
// refused, and so is a quick exit, discreet or not, that is a search for the number or for
// the organisation's site; other numbers and searches pass.
func TestLineNumberInAddresses(t *testing.T) {
	const resource = "resource_url: https://humantraffickinghotline.org"
	const site = "# site:\n#   discreet: true\n#   exit_url: https://www.weather.gov"
	discreet := func(resourceURL, exit string) []string {
		return []string{"settings.yaml", resource, "resource_url: " + resourceURL, site, "site:\n  discreet: true\n  exit_url: " + exit}
	}
	exitOnly := func(exit string) []string {
		return []string{"settings.yaml", site, "site:\n  exit_url: " + exit}
	}
	title := func(t string) []string {
		return []string{"en/text.yaml", "#   24x36: 24 x 36 in", "#   24x36: 24 x 36 in\nsite:\n  neutral_title: " + t}
	}
	const weather = "https://www.weather.gov"
	for _, tt := range []struct {
		name    string
		changes [][]string
		want    string
	}{
		{"resource_url, run together", [][]string{discreet("https://calmpages.net/18883737888", weather)},
			`settings.yaml:14: resource_url: "https://calmpages.net/18883737888" says "18883737888", hotline.call 1-888-373-7888: every QR code opens it, and the phone's history keeps it; settings.yaml asks for site: discreet: true`},
		{"resource_url, grouped", [][]string{discreet("https://calmpages.net/1-888-373-7888", weather)}, `says hotline.call 1-888-373-7888: every QR code opens it`},
		{"resource_url, without its code", [][]string{discreet("https://calmpages.net/p/8883737888", weather)}, `says "8883737888", hotline.call 1-888-373-7888`},
		{"resource_url, the text line", [][]string{discreet("https://calmpages.net/233733", weather)}, `says hotline.text 233733`},
		{"resource_url, in its query", [][]string{discreet("https://calmpages.net/info?ref=888-373-7888", weather)}, `says "888-373-7888", hotline.call 1-888-373-7888`},
		{"resource_url, another number", [][]string{discreet("https://calmpages.net/info/2025", weather)}, ""},
		{"exit_url, a search for the number", [][]string{exitOnly("https://www.bing.com/search?q=1-888-373-7888")},
			`site.exit_url: "https://www.bing.com/search?q=1-888-373-7888" says hotline.call 1-888-373-7888: the quick exit opens it in place of the page`},
		{"exit_url, a search for the site", [][]string{discreet("https://calmpages.net/info", "https://www.google.com/search?q=calmpages")},
			`site.exit_url: "https://www.google.com/search?q=calmpages" says "calmpages" (calmpages.net): the quick exit opens it`},
		{"exit_url, an everyday search", [][]string{exitOnly("https://www.google.com/search?q=weather")}, ""},
		{"title", [][]string{discreet("https://calmpages.net/info", weather), title(`"Help at 1-888-373-7888"`)},
			`site.neutral_title: prints hotline.call 1-888-373-7888 as the discreet page's title, which must not say whose line it is`},
		{"title, another number", [][]string{discreet("https://calmpages.net/info", weather), title(`"Notes 2027"`)}, ""},
		{"discreet_url", [][]string{{"settings.yaml", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://calm-notes.net/t/233733"}},
			`cards.discreet_url: "https://calm-notes.net/t/233733" says hotline.text 233733: the discreet card prints it`},
		{"not discreet", [][]string{{"settings.yaml", resource, "resource_url: https://calmpages.net/18883737888"}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edits(t, tt.changes...), "content", Overrides{Discreet: true})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}
