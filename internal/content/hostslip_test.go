package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// An address printed or linked in the FAQ whose host is one slip from one of the
// organisation's own (resource_url is https://humantraffickinghotline.org in the default
// content) is refused, as a number one slip from its numbers is; the same host, www. or not,
// and unrelated hosts pass. A link whose words show the right address and that opens a
// look-alike is told to fix the address it opens, not to print the look-alike.
func TestHostOneSlipFromTheOrganisationsIsRefused(t *testing.T) {
	for _, tt := range []struct{ md, want string }{
		{"See humantraffickinhgotline.org today.", `prints the address "humantraffickinhgotline.org", whose host humantraffickinhgotline.org is one slip from the organisation's own humantraffickinghotline.org (resource_url), with two letters swapped`},
		{"See www.humantrafickinghotline.org/help today.", "(write humantraffickinghotline.org as resource_url has it: www.humantraffickinghotline.org/help)"},
		{"See humantraffickinghotlines.org today.", "one letter added, left out or changed"},
		{"See humantrafficking-hotline.org today.", "one letter added, left out or changed"},
		{"See humantrafficking.hotline.org today.", "one letter added, left out or changed"},
		{"See humantraffickingh0tline.org today.", "a digit for a letter it looks like"},
		{"See humantraffickinghotlinе.org today.", "a letter of another script"},                                                                                           // Cyrillic е
		{"See [our site](https://humantraffickinghotlіne.org) today.", "has 'і' (U+0456)"},                                                                                 // mixed scripts, refused as written
		{"See www.аррӏе.com/help today.", `prints the address "www.аррӏе.com/help", whose host has "аррӏе", in Cyrillic or Greek letters that print as the Latin "apple"`}, // any site's look-alike
		// written in punycode, as a browser shows it: humantraffickinghotlіne.org (Cyrillic і),
		// humantraffickinghotlíne.org
		{"See www.xn--humantraffickinghotlne-5ps.org today.", `prints the address "www.xn--humantraffickinghotlne-5ps.org", whose host xn--humantraffickinghotlne-5ps.org (shown as humantraffickinghotlіne.org) is one slip from the organisation's own humantraffickinghotline.org (resource_url), with a letter of another script`},
		{"See [our site](https://xn--humantraffickinghotlne-hcc.org) today.", "the link [our site](https://xn--humantraffickinghotlne-hcc.org) opens xn--humantraffickinghotlne-hcc.org (shown as humantraffickinghotlíne.org), one slip from the organisation's own humantraffickinghotline.org (resource_url), with one letter added, left out or changed"},
		{"See [humantraffickinghotline.org](https://xn--humantraffickinghotlne-5ps.org) today.", "opens xn--humantraffickinghotlne-5ps.org (shown as humantraffickinghotlіne.org), one slip from the organisation's own humantraffickinghotline.org (resource_url), with a letter of another script that looks like a Latin one: a likely typo, and a tap would open someone else's site (the address the link opens is probably the mistake: make it open https://humantraffickinghotline.org)"},
		{"Write help@humantraffickinghotlne.org today.", `prints the address "help@humantraffickinghotlne.org"`},
		// a whole site's name after the host's own: a page of that site
		{"See [our page](https://humantraffickinghotline.org.samples.com) today.", "opens humantraffickinghotline.org.samples.com, one slip from the organisation's own humantraffickinghotline.org (resource_url), with .samples.com after it, which makes it a page of samples.com, someone else's site"},
		{"See www.humantraffickinghotline.org.uk.evil.com/chat today.", `prints the address "www.humantraffickinghotline.org.uk.evil.com/chat", whose host humantraffickinghotline.org.uk.evil.com is one slip from the organisation's own humantraffickinghotline.org (resource_url), with .uk.evil.com after it, which makes it a page of evil.com, someone else's site`},
		{"See [our page](https://humantrafficklnghotline.org/help) today.", "the link [our page](https://humantrafficklnghotline.org/help) opens humantrafficklnghotline.org, one slip from the organisation's own humantraffickinghotline.org (resource_url)"},
		{"See [humantraffickinghotline.org](https://humantraffickinghotline-org.com) today.", ""},
		{"See [humantraffickinghotline.org](https://www.humantraffickinghot1ine.org) today.", "(the address the link opens is probably the mistake: make it open https://www.humantraffickinghotline.org)"},
		{"[Email us](mailto:help@humantraffickinghotlin.org) today.", "opens humantraffickinghotlin.org, one slip"},
		{"See help.humantraffickinhgotline.org/x today.", "(write humantraffickinghotline.org as resource_url has it: help.humantraffickinghotline.org/x)"},
		// the name with another ending: someone else's site as often as not, or one of theirs to list
		{"See www.humantraffickinghotline.com today.", "with the ending .com for .org, its name the same: a likely typo that sends readers to someone else's site (write humantraffickinghotline.org as resource_url has it: www.humantraffickinghotline.org; if that site is yours too, list it under organisation: other_sites)"},
		{"See humantraffickinghotline.org.uk today.", "the ending .org.uk for .org"},
		{"See https://humantraffickinghotline.github.io today.", "with the ending .github.io for .org, its name the same: a likely typo that sends readers to someone else's site"}, // a company's ending is a site's
		// an ending added after the host's own: the site of org.com
		{"See www.humantraffickinghotline.org.com/help today.", `prints the address "www.humantraffickinghotline.org.com/help", whose host humantraffickinghotline.org.com is one slip from the organisation's own humantraffickinghotline.org (resource_url), with .com added after its ending .org: a likely typo that sends readers to someone else's site (write humantraffickinghotline.org as resource_url has it: www.humantraffickinghotline.org/help)`},
		{"See [our page](https://humantraffickinghotline.org.uk.com/help) today.", "opens humantraffickinghotline.org.uk.com, one slip from the organisation's own humantraffickinghotline.org (resource_url), with .uk.com added after its ending .org"},
		// an ending no site has, written with a scheme or www. or after the name, in plain text
		{"See https://humantraffickinghotline.orq for more.", `prints the address "https://humantraffickinghotline.orq", whose host humantraffickinghotline.orq is one slip from the organisation's own humantraffickinghotline.org (resource_url), with the ending .orq, which no site has, for .org: a likely typo that sends readers to no site at all (write humantraffickinghotline.org as resource_url has it: https://humantraffickinghotline.org)`},
		{"See https://humantraffickinghotline.0rg for more.", "with the ending .0rg, which no site has, for .org"},
		{"See www.humantraffickinghotline.og.", "with the ending .og, which no site has, for .org"},
		{"See humantraffickinghotline.orgg/help today.", "with the ending .orgg, which no site has, for .org"},
		{"See HTTPS://WWW.HUMANTRAFFICKINGHOTLINE.OR today.", "with the ending .or, which no site has, for .org"},
		{"See e.g. mission.orq and report.pdf today.", ""}, // another name, no scheme: no address read
		// www. slipped: a key held or missed (no page of theirs), or its dot left out (someone
		// else's site); the address to write has www.
		{"See wwww.humantraffickinghotline.org/help today.", `prints the address "wwww.humantraffickinghotline.org/help", whose host wwww.humantraffickinghotline.org is one slip from the organisation's own www.humantraffickinghotline.org (resource_url), with wwww. for www.: a likely typo that sends readers to no page of yours (write www.humantraffickinghotline.org as resource_url has it: www.humantraffickinghotline.org/help)`},
		{"See https://WW.humantraffickinghotline.org today.", `with ww. for www.: a likely typo that sends readers to no page of yours (write www.humantraffickinghotline.org as resource_url has it: https://www.humantraffickinghotline.org)`},
		{"See w.humantraffickinghotline.org today.", "with w. for www."},
		{"See wwwhumantraffickinghotline.org today.", "with www without the dot after it: a likely typo that sends readers to someone else's site (write www.humantraffickinghotline.org as resource_url has it: www.humantraffickinghotline.org)"},
		{"See [our page](https://wwww.humantraffickinghotline.org/help) today.", "the link's address \"https://wwww.humantraffickinghotline.org/help\" begins its host with wwww., a likely slip of www. that opens no page (write [our page](https://www.humantraffickinghotline.org/help))"},
		{"See www2.humantraffickinghotline.org, w.wiki and wwww.polarisproject.org today.", ""},
		// what passes: the same host, with www. or a path; other sites
		{"See www.humantraffickinghotline.org/help and polarisproject.org today.", ""},
		{"See [our page](https://www.humantraffickinghotline.org/help) today.", ""},
		{"See acf.hhs.gov and hhs.gov today.", ""},
	} {
		_, got := loadFirstAnswer(t, tt.md)
		if tt.want == "" && strings.Contains(got, "one slip from the organisation's own") || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q:\n got  %s\n want %s", tt.md, got, tt.want)
		}
	}
}

// hostSlipOf reads one edit, a dot for a hyphen, a digit for a letter and letters of other
// scripts as slips, but between short names (1 to 4 characters) only look-alike letters:
// abc.org and abd.org are both real sites.
func TestHostSlipOf(t *testing.T) {
	for _, tt := range []struct {
		host, own string
		slip      bool
	}{
		{"mchealth.smaples.org", "mchealth.samples.org", true},
		{"mchealth-samples.org", "mchealth.samples.org", true},
		{"mchealth.samples.co", "mchealth.samples.com", true},
		{"mcheallth.samples.org", "mchealth.samples.org", true},
		{"mchealth.sample.org", "mchealth.samples.org", true},
		{"samples.org", "mchealth.samples.org", false},
		{"other.org", "mchealth.samples.org", false},
		{"abd.org", "abc.org", false},
		{"abcd.org", "abce.org", false},
		{"a-b.org", "a.b.org", false},
		{"аbc.org", "abc.org", true}, // Cyrillic а
		{"988lifeline.org", "988lifeline.org", false},
		{"988lifeiine.org", "988lifeline.org", true},
		{"help.smaples.org", "mchealth.samples.org", true}, // its site, smaples.org, slips
		{"help.samples.org", "mchealth.samples.org", false},
		{"region1.samples.org", "region2.samples.org", false},
		{"989lifeline.org", "988lifeline.org", true}, // a number's digit, not a region's
		{"unit12.samples.org", "unit13.samples.org", false},
		{"mcheatlh.samples.org", "mchealth.samples.org", true},
		{"mchealth.samples.org", "samples.org", false},
		{"xn--mchalth-dya.samples.org", "mchealth.samples.org", true}, // mchéalth
		{"xn--mnchen-3ya.de", "xn--mnchen-3ya.de", false},             // münchen.de, its own
		{"xn--mnchn-kva.de", "xn--mnchen-3ya.de", true},               // münchn.de
	} {
		_, _, _, got := hostSlip(tt.host, []ownHost{{host: tt.own, field: "resource_url"}})
		if got != tt.slip {
			t.Errorf("%s against %s: slip %v, want %v", tt.host, tt.own, got, tt.slip)
		}
	}
}

// A slip of a subdomain of the organisation's own site reaches no page of theirs; a slip of
// the site itself, someone else's.
func TestWhereASlipLands(t *testing.T) {
	if got := lands("mcheatlh.samples.org", "mchealth.samples.org"); got != "no page of yours" {
		t.Errorf("subdomain: %s", got)
	}
	if got := lands("smaples.org", "samples.org"); got != "someone else's site" {
		t.Errorf("site: %s", got)
	}
}

// A real site one slip from the organisation's own, listed under organisation.other_sites,
// passes where it is printed; a slip of it is refused in turn.
func TestOtherSitesPass(t *testing.T) {
	for _, tt := range []struct{ md, want string }{
		{"See humantraffickinghotlines.org today.", ""},
		{"See [our partner](https://www.humantraffickinghotlines.org/help) today.", ""},
		{"See humantraffickinghotlinse.org today.", "is one slip from the organisation's own"},
	} {
		fsys := edits(t, []string{"settings.yaml", "organisation:\n", "organisation:\n  other_sites: [humantraffickinghotlines.org]\n"},
			[]string{"en/faq.md", "No. Most victims", tt.md})
		_, err := Load(fsys, "content", Overrides{})
		got := ""
		if err != nil {
			got = strings.SplitN(err.Error(), "\n", 2)[0]
		}
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q:\n got  %s\n want %s", tt.md, got, tt.want)
		}
	}
}

// The settings' own addresses agree: one a slip of another (the chat on the .com of the
// page's .org) is likely a typo in one of them, unless other_sites lists it as right.
func TestOwnSitesAgree(t *testing.T) {
	for _, tt := range []struct{ settings, want string }{
		{"  chat: https://www.humantraffickinghotline.com/chat\n", "hotline.chat: is on humantraffickinghotline.com, one slip from humantraffickinghotline.org of resource_url, with the ending .com for .org"},
		{"  chat: https://chat.humantrafickinghotline.org/live\n", "one letter added, left out or changed"},
		{"  chat: https://chat.talkline.net/live\n", ""},
	} {
		for _, listed := range []bool{false, true} {
			set := "organisation:\n"
			if listed {
				set += "  other_sites: [humantraffickinghotline.com, humantrafickinghotline.org]\n"
			}
			fsys := edits(t, []string{"settings.yaml", "organisation:\n", set}, []string{"settings.yaml", "  chat: \"\"\n", tt.settings})
			_, err := Load(fsys, "content", Overrides{})
			got := ""
			if err != nil {
				got = err.Error()
			}
			want := tt.want
			if listed {
				want = "" // taken as right
			}
			if want == "" && strings.Contains(got, "one slip from") || want != "" && !strings.Contains(got, want) {
				t.Errorf("%q, other_sites %v:\n got  %s\n want %s", tt.settings, listed, got, want)
			}
		}
	}
}

// One of the settings' addresses with its www. slipped (w., wwwthehotline.org) is named as the
// typo, before or after the right one, with the site to write; one listed under other_sites,
// and www2., pass.
func TestOwnSiteWithWWWSlipped(t *testing.T) {
	for _, tt := range []struct{ resource, chat, other, want string }{
		{"https://w.humantraffickinghotline.org/help", "https://humantraffickinghotline.org/chat", "", "resource_url: is on w.humantraffickinghotline.org, one slip from www.humantraffickinghotline.org of hotline.chat, with w. for www.: one of the two is likely a typo (write www.humantraffickinghotline.org as hotline.chat has it; if w.humantraffickinghotline.org is a site of yours, list it under organisation: other_sites)"},
		{"https://humantraffickinghotline.org/help", "https://wwwhumantraffickinghotline.org/chat", "", "hotline.chat: is on wwwhumantraffickinghotline.org, one slip from www.humantraffickinghotline.org of resource_url, with www without the dot after it"},
		{"https://humantraffickinghotline.org/help", "https://wwww.humantraffickinghotline.org/chat", "", `hotline.chat: "https://wwww.humantraffickinghotline.org/chat" begins its host with wwww., a likely slip of www. that opens no page (write chat: https://www.humantraffickinghotline.org/chat)`},
		{"https://wwww.humantraffickinghotline.org/help", "", "", `resource_url: "https://wwww.humantraffickinghotline.org/help" begins its host with wwww., a likely slip of www. that opens no page (write resource_url: https://www.humantraffickinghotline.org/help)`},
		// what passes
		{"https://w.humantraffickinghotline.org/help", "https://humantraffickinghotline.org/chat", "w.humantraffickinghotline.org", ""},
		{"https://www2.humantraffickinghotline.org/help", "https://www.humantraffickinghotline.org/chat", "", ""},
	} {
		fsys := edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: " + tt.resource,
			"  chat: \"\"", "  chat: \"" + tt.chat + "\"", "organisation:\n", "organisation:\n  other_sites: [" + tt.other + "]\n"})
		if got := strings.SplitN(loadErr(fsys), "\n", 2)[0]; tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("resource_url %s, chat %s:\n got  %s\n want %s", tt.resource, tt.chat, got, tt.want)
		}
	}
}

// A discreet card's address or a quick exit one slip from another of the settings' sites is
// refused, but its hint never asks for the same site in both, which the discreet and exit
// checks refuse: it asks for a neutral site of its own.
func TestSlipOfAnAddressApartAsksForANeutralOne(t *testing.T) {
	for _, tt := range []struct{ name, old, new, field string }{
		{"discreet card on a slip of the page's site", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://humantraffickinghotline.com/talk", "cards.discreet_url"},
		{"discreet card on a slip of the chat's site", "# cards:\n#   offset: 0,0", "cards:\n  discreet_url: https://quiet-notes.net/talk", "cards.discreet_url"},
		{"quick exit on a slip of the page's site", "# site:\n#   discreet: true\n#   exit_url: https://www.weather.gov", "site:\n  exit_url: https://www.humantrafickinghotline.org", "site.exit_url"},
		{"quick exit on a slip of the discreet card's site", "# site:\n#   discreet: true\n#   exit_url: https://www.weather.gov", "site:\n  exit_url: https://www.weather-today.net\ncards:\n  discreet_url: https://weather-today.org/talk", "site.exit_url"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := edits(t, []string{"settings.yaml", "  chat: \"\"\n", "  chat: https://quiet-notes.org/live\n"}, []string{"settings.yaml", tt.old, tt.new})
			_, err := Load(fsys, "content", Overrides{})
			if err == nil {
				t.Fatal("not refused")
			}
			var slip string
			for _, line := range strings.Split(err.Error(), "\n") {
				if strings.Contains(line, "one slip from") {
					slip = line
				}
			}
			if !strings.Contains(slip, tt.field) || strings.Contains(slip, "same site") || !strings.Contains(slip, "write a neutral address you control") {
				t.Errorf("the slip is said as\n %s\nwant a neutral site of its own asked of %s, not the same site in both\n(all: %v)", slip, tt.field, err)
			}
		})
	}
}

// An address on one of the organisation's own sites whose page is one slip from the page
// settings.yaml gives there (/hlep for /help, /get-hlep/ for /get-help/) opens no page: it is
// refused in a text and in a link, where two letters side by side are swapped. Other pages of
// the site (a letter added, left out or changed: /helps, /help-es beside /help-en) pass.
func TestPageOneSlipFromTheOrganisationsIsRefused(t *testing.T) {
	own := []ownHost{{host: "harborhouseohio.org", field: "resource_url", path: "/help"}, {host: "thehotline.org", field: "hotline.chat", path: "/get-help/"}, {host: "samples.org", field: "site.privacy_url", path: "/help/en"}}
	for _, tt := range []struct{ text, want string }{
		{"See www.harborhouseohio.org/hlep today.", `prints the address "www.harborhouseohio.org/hlep", one slip from the page harborhouseohio.org/help of the organisation's own resource_url: a likely typo that opens no page (write the page as resource_url has it: harborhouseohio.org/help)`},
		{"See https://thehotline.org/get-hepl/ today.", "one slip from the page thehotline.org/get-help/ of the organisation's own hotline.chat"},
		// another page of the site, as often as a typo: a letter added, left out or changed
		{"See harborhouseohio.org/helps, harborhouseohio.org/hel and harborhouseohio.org/hell today.", ""},
		{"See samples.org/help/en and samples.org/help/es; harborhouseohio.org/help-es and thehotline.org/get-help/2025.", ""},
		{"See www.harborhouseohio.org/help, www.harborhouseohio.org/about and thehotline.org/get-help today.", ""},
		{"See samples.org/help/es and samples.org/help/fr today.", ""},
		// within the page given: a look-alike letter, other capitals, a letter left out of a long part
		{"Chat at www.nationaldahelpline.org.uk/en/Chat-to-us-onIine.", "one slip from the page nationaldahelpline.org.uk/en/Chat-to-us-online of the organisation's own hotline.chat"},
		{"Chat at www.nationaldahelpline.org.uk/en/Chat-to-us-on1ine.", "one slip from the page nationaldahelpline.org.uk/en/Chat-to-us-online"},
		{"Chat at www.nationaldahelpline.org.uk/en/Chat-t0-us-online.", "one slip from the page nationaldahelpline.org.uk/en/Chat-to-us-online"},
		{"Chat at www.nationaldahelpline.org.uk/en/chat-to-us-online.", "one slip from the page nationaldahelpline.org.uk/en/Chat-to-us-online"},
		{"Chat at www.nationaldahelpline.org.uk/en/Chat-to-us-onlin.", "one slip from the page nationaldahelpline.org.uk/en/Chat-to-us-online"},
		{"See www.harborhouseohio.org/HELP today.", "one slip from the page harborhouseohio.org/help"},
		{"See shelterhouse.org/resource/en or shelterhouse.org/resources/es today.", ""},
		{"See shelterhouse.org/Resources/en today.", "one slip from the page shelterhouse.org/resources/en"},
		{"Chat at www.nationaldahelpline.org.uk/en/Chat-to-us-online or www.nationaldahelpline.org.uk/cy/Chat-to-us-online.", ""},
	} {
		var ps, ws diag.Problems
		own := append(own, ownHost{host: "nationaldahelpline.org.uk", field: "hotline.chat", path: "/en/Chat-to-us-online"}, ownHost{host: "shelterhouse.org", field: "resource_url", path: "/resources/en"})
		checkHosts("faq.md", textLines{first: 3}, "answer 1[1]", tt.text, own, &ps, &ws)
		if got := ps.Error(); tt.want == "" && len(ps) > 0 || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
	msg, _ := linkHostSlip(Link{Text: "chat", URL: "https://www.thehotline.org/get-hlep/"}, own)
	if !strings.Contains(msg, "opens https://www.thehotline.org/get-hlep/, one slip from the page thehotline.org/get-help/ of the organisation's own hotline.chat: a likely typo, and a tap would open no page") {
		t.Errorf("the link: %q", msg)
	}
}

// An address refused as no address (a comma typed in its host) is said once, at its line: the
// right site elsewhere, in the chat or a text, is no slip of it.
func TestRefusedAddressHasNoSlips(t *testing.T) {
	got := loadErr(edits(t, []string{"settings.yaml", "resource_url: https://humantraffickinghotline.org", "resource_url: https://humantraffickinghotline,org/help",
		"  chat: \"\"\n", "  chat: https://humantraffickinghotline.org/chat\n"}, []string{"en/faq.md", "No. Most victims", "See humantraffickinghotline.org. No. Most victims"}))
	if want := `content/settings.yaml:14: resource_url: "https://humantraffickinghotline,org/help" has a malformed host name "humantraffickinghotline,org" (write resource_url: https://humantraffickinghotline.org/help)`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// An address printed with a user name before its host opens the host after the @, another
// site than it shows, and is refused in any text as it is as a link's target; an e-mail
// address, one after a label and a colon, and a page whose path has an @ pass.
func TestAddressWithAUserNameIsRefused(t *testing.T) {
	const opens = `which opens evil.com: the part before its @ is a user name a browser sends to evil.com, so the address opens another site than it shows (write the page's address with nothing before an @ in it; an e-mail address is written without https:// or www.)`
	for _, tt := range []struct{ md, want string }{
		{"Visit https://humantraffickinghotline.org@evil.com today.", `content/en/faq.md:13: answer 2[1]: prints the address "https://humantraffickinghotline.org@evil.com", ` + opens},
		{"Visit https://humantraffickinghotline.org@evil.com/help today.", `prints the address "https://humantraffickinghotline.org@evil.com/help", ` + opens},
		{"Visit HTTP://humantraffickinghotline.org:x@evil.com.", `prints the address "HTTP://humantraffickinghotline.org:x@evil.com", ` + opens},
		{"Visit www.humantraffickinghotline.org@evil.com today.", `prints the address "www.humantraffickinghotline.org@evil.com", ` + opens},
		{"Visit humantraffickinghotline.org:x@evil.com/help today.", `prints the address "humantraffickinghotline.org:x@evil.com/help", ` + opens},
		// what passes
		{"Write to first.last@humantraffickinghotline.org today.", ""},
		{"Email:help@humantraffickinghotline.org today.", ""},
		{"Follow https://mastodon.social/@polaris today.", ""},
		{"Visit https://humantraffickinghotline.org/help today.", ""},
	} {
		got := loadErr(edits(t, []string{"en/faq.md", "No. Most victims", tt.md}))
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q:\n got  %s\n want %s", tt.md, got, tt.want)
		}
	}
	// in text.yaml too
	got := loadErr(edits(t, []string{"en/text.yaml", "  note: ", "  note: Visit https://humantraffickinghotline.org@evil.com. "}))
	if !strings.Contains(got, `help.note: prints the address "https://humantraffickinghotline.org@evil.com", `+opens) {
		t.Errorf("help.note with a user name: got %s", got)
	}
}

// An address printed with a site after an @ in its query or fragment opens its own host, not
// the site a reader takes from it, and is refused as written in a text and as a link's
// target; a path's @ and a query's handle pass.
func TestAddressNamingASiteAfterItsAtIsRefused(t *testing.T) {
	const why = `what follows its ? or # is part of the address of a page of evil.com, and a reader takes the site written after the @ for the one it opens`
	for _, tt := range []struct{ md, want string }{
		{"Visit https://evil.com#@humantraffickinghotline.org today.", `content/en/faq.md:13: answer 2[1]: prints the address "https://evil.com#@humantraffickinghotline.org", which opens evil.com, not humantraffickinghotline.org: ` + why +
			` (write the address of the page it opens without the @ and the site after it (https://evil.com), or humantraffickinghotline.org's own address if that is the page meant)`},
		{"Visit evil.com?x=@humantraffickinghotline.org/help.", `prints the address "evil.com?x=@humantraffickinghotline.org/help", which opens evil.com, not humantraffickinghotline.org: ` + why},
		{"Visit https://evil.com/?@humantraffickinghotline.org.", `prints the address "https://evil.com/?@humantraffickinghotline.org", which opens evil.com, not humantraffickinghotline.org`},
		{"Visit [our list](https://evil.com/list#@humantraffickinghotline.org).", `the link [our list](https://evil.com/list#@humantraffickinghotline.org) opens evil.com, not humantraffickinghotline.org: ` + why +
			` (write [our list](https://evil.com/list), or humantraffickinghotline.org's own address if that is the page meant)`},
		// what passes
		{"Follow https://mastodon.social/@polaris@humantraffickinghotline.org today.", ""},
		{"Visit https://humantraffickinghotline.org/help?via=@polaris today.", ""},
		{"Visit https://humantraffickinghotline.org/help#top, or write to help@humantraffickinghotline.org.", ""},
		{"Visit [our list](https://humantraffickinghotline.org/list#part-2).", ""},
	} {
		got := loadErr(edits(t, []string{"en/faq.md", "No. Most victims", tt.md}))
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q:\n got  %s\n want %s", tt.md, got, tt.want)
		}
	}
}

// An e-mail address on the organisation's own domain one slip from the one the contact line
// gives before its @ (hlep@ for help@, suport@ for support@) is refused, printed or linked, as a
// slip of its host is: the e-mail reaches someone else, or no one. Other words (intake@,
// hello@), another site's addresses, a short one's letter added or changed (helps@ beside
// help@, which is as often another desk) and the right ones in any case pass.
func TestMailOneSlipFromTheOrganisationsIsRefused(t *testing.T) {
	const own = "the organisation's own e-mail address"
	for _, tt := range []struct{ md, want string }{
		{"Write to hlep@humantraffickinghotline.org today.", `content/en/faq.md:13: answer 2[1]: prints the address "hlep@humantraffickinghotline.org", one slip from ` + own + ` help@humantraffickinghotline.org (organisation.contact), with two letters swapped before its @: a likely typo that sends readers' e-mails to someone else, or to no one (write the address as organisation.contact has it: help@humantraffickinghotline.org)`},
		{"Write to <ehlp@humantraffickinghotline.org> today.", `prints the address "ehlp@humantraffickinghotline.org", one slip from ` + own + ` help@humantraffickinghotline.org`},
		{"Write to Suport@HumanTraffickingHotline.org today.", `prints the address "Suport@HumanTraffickingHotline.org", one slip from ` + own + ` support@HumanTraffickingHotline.org (organisation.contact), with one letter added, left out or changed before its @`},
		{"Write to supoprt@humantraffickinghotline.org today.", "with two letters swapped before its @"},
		{"Write to supports@humantraffickinghotline.org today.", "with one letter added, left out or changed before its @"},
		{"[Write to us](mailto:hepl@humantraffickinghotline.org) today.", `the link [Write to us](mailto:hepl@humantraffickinghotline.org) writes to hepl@humantraffickinghotline.org, one slip from ` + own + ` help@humantraffickinghotline.org (organisation.contact), with two letters swapped before its @: a likely typo, and a tap would write to someone else, or to no one (the address the link writes to is probably the mistake: make it mailto:help@humantraffickinghotline.org)`},
		// what passes
		{"Write to help@humantraffickinghotline.org or HELP@humantraffickinghotline.org today.", ""},
		{"Write to [Support](mailto:Support@humantraffickinghotline.org) today.", ""},
		{"Write to intake@humantraffickinghotline.org or hello@humantraffickinghotline.org today.", ""},
		{"Write to helps@humantraffickinghotline.org, hel@humantraffickinghotline.org or hr@humantraffickinghotline.org today.", ""},
		{"Write to first.last@humantraffickinghotline.org today.", ""},
		{"Write to hlep@polarisproject.org or suport@polarisproject.org today.", ""},
	} {
		fsys := edits(t, []string{"settings.yaml", `  contact: ""`, `  contact: "help@humantraffickinghotline.org, support@humantraffickinghotline.org"`},
			[]string{"en/faq.md", "No. Most victims", tt.md})
		got := strings.SplitN(loadErr(fsys), "\n", 2)[0]
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q:\n got  %s\n want %s", tt.md, got, tt.want)
		}
	}
}

// An edition's own contact line (text.yaml's organisation: contact) is held to settings.yaml's
// e-mail address as a text is.
func TestEditionContactMailSlip(t *testing.T) {
	fsys := edits(t, []string{"settings.yaml", `  contact: ""`, `  contact: "info@humantraffickinghotline.org"`},
		[]string{"en/text.yaml", "# organisation:\n#   name: The Mission Haven\n#   contact: \"\"", "organisation:\n  contact: \"inof@humantraffickinghotline.org\""})
	if got, want := loadErr(fsys), `organisation.contact: prints the address "inof@humantraffickinghotline.org", one slip from the organisation's own e-mail address info@humantraffickinghotline.org (organisation.contact)`; !strings.Contains(got, want) {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
