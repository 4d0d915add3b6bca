package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"haven/internal/diag"
)

// With site: discreet: true as written, the address every QR code opens, and the one the
// safety note's link opens in its place (site.privacy_url), may not say what the page is
// about, in its host or its path, read as cards.discreet_url's is; without it, or when only
// cards.discreet_url makes the page discreet, they are the organisation's choice.
func TestDiscreetResourceURL(t *testing.T) {
	const cols = "\ncolours:"
	for _, tt := range []struct{ name, resource, add, url, want string }{
		{"a neutral address", "https://samples.org/talk", "site:\n  discreet: true\n", "", ""},
		{"the organisation's own neutral site", "https://missionhaven.org/talk", "site:\n  discreet: true\n", "", ""},
		{"a revealing path", "https://samples.org/domestic-violence-help", "site:\n  discreet: true\n",
			"", `resource_url: "https://samples.org/domestic-violence-help" says "violence": every QR code opens it, and the phone's history keeps it; settings.yaml asks for site: discreet: true (put the page at a neutral address`},
		{"a revealing host", "https://endabuse.samples/help", "site:\n  discreet: true\n", "", `says "endabuse", which holds "abuse"`},
		{"an abbreviation", "https://samples.org/dv", "site:\n  discreet: true\n", "", `says "dv", which those who know the field read as what it is about: every QR code opens it`},
		{"a revealing subdomain", "https://trafficking.gardenclub.org/", "site:\n  discreet: true\n", "", `resource_url: "https://trafficking.gardenclub.org/" says "trafficking"`},
		{"a shelter subdomain", "https://shelter.gardenclub.org/", "site:\n  discreet: true\n", "", `says "shelter"`},
		{"an abbreviation as a subdomain", "https://dv.gardenclub.org/", "site:\n  discreet: true\n", "", `says "dv"`},
		{"an everyday subdomain", "https://www.gardenclub.org/talk", "site:\n  discreet: true\n", "", ""},
		{"a Spanish word", "https://samples.org/violencia", "site:\n  discreet: true\n", "", `says "violencia"`},
		{"the built-in hotline's site", "https://humantraffickinghotline.org", "site:\n  discreet: true\n", "", `says "humantraffickinghotline", which holds "trafficking"`},
		{"a revealing --url", "https://samples.org/talk", "site:\n  discreet: true\n", "https://samples.org/sex-trafficking", `--url: "https://samples.org/sex-trafficking" says "sex"`},
		// the safety note's link opens its page in the page's place: its address is read so too
		{"a revealing privacy_url", "https://samples.org/talk", "site:\n  discreet: true\n  privacy_url: https://www.violence.ca/\n", "",
			`settings.yaml:46: site.privacy_url: "https://www.violence.ca/" says "violence": the safety note's link opens it in place of the page, and the phone's history keeps it; settings.yaml asks for site: discreet: true (give a page on browsing privately at a neutral address)`},
		{"an abbreviation as its subdomain", "https://samples.org/talk", "site:\n  discreet: true\n  privacy_url: https://dv.quietpage.net/\n", "", `site.privacy_url: "https://dv.quietpage.net/" says "dv"`},
		{"a revealing word run into its path", "https://samples.org/talk", "site:\n  discreet: true\n  privacy_url: https://www.quietpage.net/endabuse\n", "", `says "endabuse", which holds "abuse": the safety note's link`},
		{"a word of the organisation's name in it", "https://samples.org/talk", "site:\n  discreet: true\n  privacy_url: https://haven.quietpage.net/online\n", "", `site.privacy_url: "https://haven.quietpage.net/online" says "haven", a word of the organisation's name "The Mission Haven"`},
		{"a neutral privacy_url", "https://samples.org/talk", "site:\n  discreet: true\n  privacy_url: https://www.getsafeonline.org/\n", "", ""},
		{"a site named for the organisation", "https://samples.org/talk", "site:\n  discreet: true\n  privacy_url: https://missionhaven.org/online-safety\n", "", `says "haven", a word of the organisation's name`},
		{"the site of the page itself", "https://missionhaven.org/talk", "site:\n  discreet: true\n  privacy_url: https://missionhaven.org/online-safety\n", "", ""},
		{"a revealing privacy_url, not discreet", "https://samples.org/talk", "site:\n  privacy_url: https://www.violence.ca/\n", "", ""},
		{"not discreet", "https://samples.org/domestic-violence-help", "", "", ""},
		{"discreet only by the discreet card's address", "https://humantraffickinghotline.org", "cards:\n  discreet_url: https://samples.org/talk\n", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: " + tt.resource, cols, "\n" + tt.add + cols})
			_, err := Load(fsys, "content", Overrides{URL: tt.url})
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
			if err != nil && strings.Count(err.Error(), "resource_url") > 1 {
				t.Errorf("told more than once: %v", err)
			}
		})
	}
}

// A discreet site on a site named for the organisation is let through, as its own, with a
// warning that every QR code opens it and the history keeps its name, saying what to do; a
// neutral site, or one not asked to be discreet, is not warned of.
func TestDiscreetOwnNamedSite(t *testing.T) {
	const cols = "\ncolours:"
	for _, tt := range []struct{ name, resource, add, want string }{
		{"named for the organisation", "https://missionhaven.org/talk", "site:\n  discreet: true\n",
			`"https://missionhaven.org/talk" is on missionhaven.org, which names "The Mission Haven": every QR code opens it and the phone's history keeps that name`},
		{"a word of its name", "https://haven.org/talk", "site:\n  discreet: true\n", `is on haven.org, which holds "haven", a word of the organisation's name "The Mission Haven"`},
		{"a neutral site", "https://samples.org/talk", "site:\n  discreet: true\n", ""},
		{"a site named by generic words", "https://familyhelp.org/talk", "site:\n  discreet: true\n", ""},
		{"not discreet", "https://missionhaven.org/talk", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: " + tt.resource, cols, "\n" + tt.add + cols})
			c, err := Load(fsys, "content", Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(c.Warnings, func(w diag.Problem) bool {
				return strings.Contains(w.Msg, "every QR code opens it and the phone's history keeps that name")
			})
			switch {
			case tt.want == "" && i >= 0:
				t.Errorf("warned: %v", c.Warnings[i])
			case tt.want != "" && (i < 0 || !strings.Contains(c.Warnings[i].Msg, tt.want) || !strings.Contains(c.Warnings[i].Hint, "neutral site you control")):
				t.Errorf("got %v, want %q", c.Warnings, tt.want)
			}
		})
	}
}

// A discreet site without a privacy_url of its own is warned that its safety note links the
// built-in page, a domestic-violence network's site, also where cards: discreet_url alone makes
// it discreet; one with its own is not, nor a site that is not discreet.
func TestDiscreetBuiltinPrivacyLink(t *testing.T) {
	for _, tt := range []struct {
		site string
		want bool
	}{
		{"site:\n  discreet: true\n", true},
		{"cards:\n  discreet_url: https://tidepoolnotes.net/start\n", true},
		{"site:\n  discreet: true\n  privacy_url: https://www.getsafeonline.org/\n", false},
		{"cards:\n  discreet_url: https://tidepoolnotes.net/start\nsite:\n  privacy_url: https://www.getsafeonline.org/\n", false},
		{"", false},
	} {
		fsys := edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/talk", "\ncolours:", "\n" + tt.site + "colours:"})
		c, err := Load(fsys, "content", Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		warned := slices.ContainsFunc(c.Warnings, func(w diag.Problem) bool {
			return w.Field == "site.privacy_url" && strings.Contains(w.Msg, "techsafety")
		})
		if warned != tt.want {
			t.Errorf("%q: warned %v, want %v: %v", tt.site, warned, tt.want, c.Warnings)
		}
	}
}

// Outside the U.S., the safety note's built-in link, a U.S. site, is warned of, naming the
// country, with a page of that country to give where haven knows one and none of another
// country's (the UK's for readers in Canada); a page of the organisation's own is not.
func TestBuiltinPrivacyLinkAbroad(t *testing.T) {
	for _, tt := range []struct {
		site string
		want bool
	}{
		{"", true},
		{"site:\n  privacy_url: https://www.getcybersafe.gc.ca/\n", false},
	} {
		fsys := edits(t, []string{"settings.yaml", "country: US", "country: CA", "\ncolours:", "\n" + tt.site + "colours:"})
		c, err := Load(fsys, "content", Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		warned := slices.ContainsFunc(c.Warnings, func(w diag.Problem) bool {
			return w.Field == "site.privacy_url" && strings.Contains(w.Msg, "a U.S. site on browsing privately, for readers in CA")
		})
		if warned != tt.want {
			t.Errorf("%q: warned %v, want %v: %v", tt.site, warned, tt.want, c.Warnings)
		}
		if hinted := strings.Contains(c.Warnings.Error(), "(in CA, e.g. https://www.getcybersafe.gc.ca/)"); warned && !hinted {
			t.Errorf("%q: the hint gives no page for Canada: %v", tt.site, c.Warnings)
		}
	}
	for country, want := range map[string]string{
		"GB": "(in GB, e.g. https://www.getsafeonline.org/)",
		"AU": "(in AU, e.g. https://www.esafety.gov.au/)",
		"DE": "your readers, a page in their country on browsing privately and staying safe online",
	} {
		if got := privacyHint(country); !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q", country, got, want)
		}
	}
}

// With site: discreet: true, the address printed under the codes (display_url), which a reader
// types into the phone, is read as resource_url is; without it, it is the organisation's choice.
func TestDiscreetDisplayURL(t *testing.T) {
	for _, tt := range []struct{ display, add, want string }{
		{"samples.org/talk", "site:\n  discreet: true\n", ""},
		{"samples.org/abuse", "site:\n  discreet: true\n", `display_url: "https://samples.org/abuse" says "abuse": it prints under every QR code for readers to type, and the phone's history keeps it; settings.yaml asks for site: discreet: true`},
		{"samples.org/abuse", "", ""},
	} {
		fsys := edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://samples.org/talk",
			`display_url: ""`, "display_url: " + tt.display, "\ncolours:", "\n" + tt.add + "colours:"})
		_, err := Load(fsys, "content", Overrides{})
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%s %q: got %v, want %q", tt.display, tt.add, err, tt.want)
		}
	}
}

// site: privacy_url points the safety note's link on browsing privately at a page for the
// organisation's own readers (a UK service's, not the built-in US one), checked as the quick
// exit's address is: a secure address without a click ID, which the quick exit may not open.
// Content written before it, without it, keeps the built-in link.
func TestPrivacyURL(t *testing.T) {
	for _, tt := range []struct{ name, site, want, err string }{
		{"none, as before", "", "", ""},
		{"a page for the organisation's country", "  privacy_url: https://www.getsafeonline.org/\n", "https://www.getsafeonline.org/", ""},
		{"its scheme in capitals", "  privacy_url: HTTPS://www.getsafeonline.org/\n", "https://www.getsafeonline.org/", ""},
		{"plain http", "  privacy_url: http://www.getsafeonline.org/\n", "", `site.privacy_url: "http://www.getsafeonline.org/" must start with https://`},
		{"no host", "  privacy_url: https://stay-safe/\n", "", `site.privacy_url: "https://stay-safe/" has a malformed host name`},
		{"a click id", "  privacy_url: https://www.getsafeonline.org/?gclid=abc\n", "", "site.privacy_url: \"https://www.getsafeonline.org/?gclid=abc\" carries gclid"},
		{"the quick exit on its site", "  privacy_url: https://www.getsafeonline.org/\n  exit_url: https://getsafeonline.org/news\n", "",
			`site.exit_url: "https://getsafeonline.org/news" is on getsafeonline.org, a site the resource page links to or prints: "https://www.getsafeonline.org/" (content/settings.yaml line`},
		{"the quick exit on the built-in's site", "  exit_url: https://www.techsafety.org/\n", "", "the page's built-in link on browsing privately"},
		{"the quick exit on a help organisation's site", "  exit_url: https://www.rainn.org/\n", "",
			`site.exit_url: "https://www.rainn.org/" is on rainn.org, the site of RAINN, a help organisation: the quick exit would open it`},
		{"the quick exit on another help organisation's site", "  exit_url: https://polarisproject.org/about\n", "", "the site of Polaris, a help organisation"},
		{"the quick exit on the site of the example the hint gives", "  privacy_url: https://forecast.weather.gov/safety\n  exit_url: https://www.weather.gov\n", "",
			"(choose an everyday site with nothing to do with help or safety, e.g. https://www.wikipedia.org, or leave exit_url empty for the built-in one)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := withFile(t, "x", nil).(fstest.MapFS)
			s := string(m["settings.yaml"].Data)
			if tt.site != "" {
				s = strings.Replace(s, "\nhotline:\n", "\nsite:\n"+tt.site+"\nhotline:\n", 1)
			}
			m["settings.yaml"] = &fstest.MapFile{Data: []byte(s)}
			c, err := Load(m, "content", Overrides{})
			switch {
			case tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("got %v, want %q", err, tt.err)
			case err == nil && c.Settings.Site.PrivacyURL != tt.want:
				t.Errorf("privacy_url is %q, want %q", c.Settings.Site.PrivacyURL, tt.want)
			}
		})
	}
}
