package content

import (
	"fmt"
	"strings"

	"haven/internal/diag"
)

// PrivacyURL is the resource page's built-in link on browsing privately (its safety note),
// unless site: privacy_url gives another: a help site, so the quick exit may not open it either.
const PrivacyURL = "https://www.techsafety.org/"

// privacySites are a national page on browsing privately and staying safe online, by country,
// for the hint to set site.privacy_url: a reader abroad is shown one of their own country's, or
// none.
var privacySites = map[string]string{
	"GB": "https://www.getsafeonline.org/",
	"CA": "https://www.getcybersafe.gc.ca/",
	"AU": "https://www.esafety.gov.au/",
	"NZ": "https://netsafe.org.nz/",
}

// privacyHint is the hint to set site.privacy_url for readers in country.
func privacyHint(country string) string {
	if u, ok := privacySites[country]; ok {
		return fmt.Sprintf("set site: privacy_url: to such a page for your readers (in %s, e.g. %s)", country, u)
	}
	return "set site: privacy_url: to such a page for your readers, a page in their country on browsing privately and staying safe online"
}

// linkedSite is a site the resource page links to or the content prints, with where.
type linkedSite struct {
	host string // registrable domain
	at   diag.Located
}

// linkedSites are the registrable domains of every address a language's page links to or its
// texts print: the link on browsing privately (site.privacy_url, privacy, or the built-in one),
// the FAQ's links and the addresses written in its texts (the settings' own addresses are
// exitBack's).
func linkedSites(l Language, privacy diag.Located) []linkedSite {
	if privacy.Text == "" {
		privacy = diag.Located{Field: "the page's built-in link on browsing privately, " + PrivacyURL, Text: PrivacyURL}
	}
	out := []linkedSite{{hostOf(privacy.Text), privacy}}
	for _, paras := range l.FAQ.paras() {
		for _, p := range paras {
			for _, k := range p.Links {
				if h := hostOf(k.URL); h != "" && (strings.HasPrefix(k.URL, "https:") || strings.HasPrefix(k.URL, "http:")) {
					out = append(out, linkedSite{h, diag.Located{File: p.File, Line: k.line, Field: p.Field, Text: k.URL}})
				}
			}
		}
	}
	for _, t := range l.Texts {
		if !strings.Contains(t.Text, ".") {
			continue
		}
		for _, w := range strings.Fields(t.Text) {
			if a, host := addressIn(w); a != "" && !strings.Contains(w, "@") {
				out = append(out, linkedSite{registrable(host), diag.Located{File: t.File, Line: t.Line, Field: t.Field, Text: a}})
			}
		}
	}
	return out
}

// paras are all the FAQ's paragraphs: the intro's, each answer's and the closing's.
func (faq *FAQ) paras() [][]Para {
	out := [][]Para{faq.Intro, faq.Closing}
	for _, q := range faq.Questions {
		out = append(out, q.Answer)
	}
	return out
}

// checkExitSites refuses a quick exit (site.exit_url) on a site the language's page links to
// or prints (a help site such as the safety note's link, privacy, or one the FAQ links): the
// exit would open a page that says what the reader was looking for, for anyone who sees the
// screen or the history.
func checkExitSites(l Language, exit, privacy diag.Located) diag.Problems {
	host := hostOf(exit.Text)
	if host == "" {
		return nil
	}
	for _, s := range linkedSites(l, privacy) {
		if s.host != host {
			continue
		}
		where := s.at.Field
		if s.at.File != "" {
			where = fmt.Sprintf("%s (%s line %d, %s)", diag.Quote(s.at.Text), s.at.File, s.at.Line, s.at.Field)
		}
		var ps diag.Problems
		example := "https://www.weather.gov"
		if strings.HasSuffix(host, "weather.gov") { // not the site refused: the page links it
			example = "https://www.wikipedia.org"
		}
		ps.Add(exit.File, exit.Line, exit.Field, fmt.Sprintf("%s is on %s, a site the resource page links to or prints: %s; the quick exit would open a help site, which says what the reader was looking at to anyone who sees the screen or the history", diag.Quote(exit.Text), host, where),
			"choose an everyday site with nothing to do with help or safety, e.g. "+example+", or leave exit_url empty for the built-in one")
		return ps
	}
	if msg, hint := checkExitHelpSite(exit.Text); msg != "" { // one the page does not link
		var ps diag.Problems
		ps.Add(exit.File, exit.Line, exit.Field, msg, hint)
		return ps
	}
	return nil
}

// helpSites are the sites of well-known help organisations (for survivors of trafficking,
// abuse, violence, for children, for people in crisis), by their registrable domain: their
// names say nothing a word check would catch (rainn.org, polarisproject.org), and a quick exit
// to one puts it on the screen and in the history.
var helpSites = map[string]string{
	"polarisproject.org": "Polaris",
	"thehotline.org":     "the National Domestic Violence Hotline", "loveisrespect.org": "love is respect",
	"rainn.org": "RAINN", "missingkids.org": "NCMEC", "ncmec.org": "NCMEC", "childhelp.org": "Childhelp",
	"childhelphotline.org": "Childhelp", "988lifeline.org": "the 988 Lifeline", "crisistextline.org": "Crisis Text Line",
	"ncadv.org": "NCADV", "nnedv.org": "NNEDV", "futureswithoutviolence.org": "Futures Without Violence",
	"safehorizon.org": "Safe Horizon", "victimconnect.org": "VictimConnect", "strongheartshelpline.org": "StrongHearts",
	"nsvrc.org": "NSVRC", "stopitnow.org": "Stop It Now", "thorn.org": "Thorn", "love146.org": "Love146", "sharedhope.org": "Shared Hope",
	"ecpatusa.org": "ECPAT-USA", "ecpat.org": "ECPAT", "icmec.org": "ICMEC",
	"womensaid.org.uk": "Women's Aid", "refuge.org.uk": "Refuge", "nationaldahelpline.org.uk": "the National Domestic Abuse Helpline",
	"respectphoneline.org.uk": "the Respect Phoneline", "childline.org.uk": "Childline", "nspcc.org.uk": "the NSPCC",
	"samaritans.org": "Samaritans", "modernslaveryhelpline.org": "the Modern Slavery Helpline", "unseenuk.org": "Unseen",
	"galop.org.uk": "Galop", "rapecrisis.org.uk": "Rape Crisis", "victimsupport.org.uk": "Victim Support", "mankind.org.uk": "ManKind",
	"safelives.org.uk": "SafeLives", "1800respect.org.au": "1800RESPECT", "lifeline.org.au": "Lifeline", "kidshelpline.com.au": "Kids Helpline",
	"kidshelpphone.ca": "Kids Help Phone", "sheltersafe.ca": "ShelterSafe", "womensaid.ie": "Women's Aid", "ispcc.ie": "the ISPCC",
	"hilfetelefon.de": "the Hilfetelefon", "arretonslesviolences.gouv.fr": "Arrêtons les violences", "allo119.gouv.fr": "Allô 119",
	"solidaritefemmes.org": "Solidarité Femmes", "anar.org": "Fundación ANAR",
}

// checkExitHelpSite refuses a quick exit to a well-known help organisation's site
// (helpSites).
func checkExitHelpSite(exit string) (msg, hint string) {
	host := hostOf(exit)
	name, ok := helpSites[host]
	if !ok {
		return "", ""
	}
	return fmt.Sprintf("%s is on %s, the site of %s, a help organisation: the quick exit would open it, which says what the reader was looking at to anyone who sees the screen or the history", diag.Quote(exit), host, name),
		"choose an everyday site with nothing to do with help or safety, e.g. https://www.weather.gov, or leave exit_url empty for the built-in one"
}

// addressUse is, for checkDiscreetAddress, what opens an address the phone's history keeps
// from the resource page, and what to write instead.
type addressUse struct{ shows, hint string }

var (
	resourceUse = addressUse{"every QR code opens it",
		"put the page at a neutral address you control and give it here, or, to keep this address, take out site: discreet: true and give the discreet cards a neutral cards: discreet_url"}
	// the address printed under the codes, which a reader may type
	displayUse = addressUse{"it prints under every QR code for readers to type",
		"print a neutral address that leads to the page, or leave display_url empty to print resource_url's"}
	// the safety note's link on browsing privately opens in the page's tab, in its place
	privacyUse = addressUse{"the safety note's link opens it in place of the page",
		"give a page on browsing privately at a neutral address"}
)

// ownNamedSite warns, with site: discreet: true, of a resource_url (or --url: at) on a site
// whose name holds the organisation's or the hotline's name or a word of it
// (casaesperanzavalle.org): allowed, as the organisation's own domain, but every QR code opens
// it and the phone's history keeps its name, whatever the page's title says.
func ownNamedSite(at diag.Located, s Settings, t *Text, nw func() *nameWordSet) diag.Problems {
	site := hostOf(at.Text)
	if site == "" {
		return nil
	}
	says := namedSite(site, []string{t.HotlineName.Text, s.Organisation.Name.Text, t.Organisation.Name.Text}, nw)
	if says == "" {
		return nil
	}
	var ps diag.Problems
	ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%q is on %s, which %s: every QR code opens it and the phone's history keeps that name, whatever the page's title; settings.yaml asks for site: discreet: true", at.Text, site, says),
		"for readers whose phone may be checked, put the page on a neutral site you control, whose name says nothing of the hotline or your organisation, and give that address here; to keep your own site, nothing to do")
	return ps
}

// checkDiscreetAddress refuses, with site: discreet: true, a resource_url (or --url) or a
// site.privacy_url (at, used as use says) whose address says what the page is about (its
// host or path words, read as cards.discreet_url's are), or a word of the organisation's or
// the hotline's name (nw) in its subdomains or path: the phone's history keeps it, whatever
// the page's title. Its site may be the organisation's own (missionhaven.org: the names are
// not looked for in it): the hotline's own site (the built-in humantraffickinghotline.org)
// says "trafficking", and is refused too.
func checkDiscreetAddress(lang string, t *Text, at diag.Located, use addressUse, nums []Number, nw *nameWordSet) diag.Problems {
	if at.Text == "" {
		return nil
	}
	msg, _, _ := revealingLink(at.Text, lang, false, linkList(lang, t.Discreet), nil, nw, use.shows)
	if msg == "" {
		msg, _ = carriesOwn(at.Text, nil, nums, use.shows)
	}
	if msg == "" {
		return nil
	}
	var ps diag.Problems
	ps.Add(at.File, at.Line, at.Field, msg+"; settings.yaml asks for site: discreet: true", use.hint)
	return ps
}
