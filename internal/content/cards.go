package content

import (
	"fmt"
	"slices"
	"strings"

	"haven/internal/diag"
)

// checkCards checks the card settings: who the card speaks to, and the discreet card's address.
func checkCards(s Settings, bad func(path, msg, hint string)) {
	c := s.Cards
	switch c.Audience {
	case "", AudienceYou, AudienceAdult:
	default:
		bad("cards.audience", fmt.Sprintf("%q should be %s or %s", c.Audience, AudienceYou, AudienceAdult),
			AudienceYou+": the card speaks to the person who may need help; "+AudienceAdult+": to an adult who sees warning signs in a child")
	}
	if c.DiscreetURL != "" {
		if msg := CheckURL(c.DiscreetURL); msg != "" {
			bad("cards.discreet_url", msg, addressHint("discreet_url", c.DiscreetURL, discreetHint))
		} else if msg, hint := checkQuery(c.DiscreetURL); msg != "" {
			bad("cards.discreet_url", msg, hint)
		}
	}
}

// checkCard checks that the card's back has what its reader needs: lines in the second person
// (or, in content written before them, the signs), and the observer's section when the card is
// the adult's.
func checkCard(file string, s Settings, t *Text) diag.Problems {
	var ps diag.Problems
	c := t.Card
	if len(c.BackLines) == 0 && len(c.Signs) == 0 {
		ps.Add(file, c.BackTitle.Line, "card.back_lines", "missing: the back of the card needs a few lines",
			"add back_lines: what happens when you call or text, in the second person, each on a line starting with '- '")
	}
	if s.Cards.Observer() && t.Observer.Headline.Text == "" {
		ps.Add(file, 0, "observer", "missing: settings.yaml says cards: audience: adult, and this section is the adult's card",
			"add observer: with headline, call_label, back_title and signs (haven init writes an example), or set cards: audience: you")
	}
	return ps
}

// revealing are the names a discreet card must not print unless the content asks: the
// hotline's, the organisation's (in settings.yaml and in this language) and the domains of the
// resource page, the hotline's chat and the organisation's website, whatever their subdomain.
func revealing(s Settings, t *Text) []string {
	return append([]string{t.HotlineName.Text, s.Organisation.Name.Text, t.Organisation.Name.Text}, ownSites(s)...)
}

// spare is names without site, the registrable domain of a discreet page (site: discreet: true)
// whose address is read as the discreet card's is, so that its name says nothing: a card or a
// title may print it, as the card's code may open it. It stays where it is also the
// organisation's website, chat or email's (named twice), or where its name holds one of the
// others or a word of one (namedSite), which name it.
func spare(names []string, site string, nw func() *nameWordSet) []string {
	i := slices.Index(names, site)
	if site == "" || i < 0 {
		return names
	}
	others := slices.Delete(slices.Clone(names), i, i+1)
	if namedSite(site, others, nw) != "" {
		return names
	}
	return others
}

// namedSite is what the name of site, a registrable domain, says of names or of a word of one
// (nw, made only then): `names "Casa Esperanza del Valle"`, `holds "sojourner", a word of the
// organisation's name "Sojourner Center"`; "" when nothing.
func namedSite(site string, names []string, nw func() *nameWordSet) string {
	_, label := siteLabels(site)
	if n := namedIn(split(label), namesOf(names)); n.as != "" {
		return fmt.Sprintf("names %q", n.as)
	}
	if word, n := nw().in(addressWords(label, "")); word != "" {
		return fmt.Sprintf("holds %q, a word of %s %q", word, n.whose, n.name)
	}
	return ""
}

// ownSites are the registrable domains of the resource page, the hotline's chat, the
// organisation's website and the email addresses of its contact line (intake@hhcolumbus.org
// says whose it is as its site does).
func ownSites(s Settings) []string {
	var sites []string
	for _, u := range []string{s.ResourceURL, s.Hotline.Chat.Text, s.Organisation.Website} {
		if h := hostOf(u); h != "" {
			sites = append(sites, h)
		}
	}
	for _, w := range strings.Fields(s.Organisation.Contact.Text) {
		if _, domain, ok := strings.Cut(mailIn(w), "@"); ok {
			if h := hostOf("https://" + domain); h != "" && !slices.Contains(sites, h) {
				sites = append(sites, h)
			}
		}
	}
	return sites
}

// twoReaders warns of a card written before back_lines: its front speaks to the person who
// may need help and its back (the signs) to an adult about a child. It still prints as it did.
func twoReaders(t Text) diag.Problems {
	var ws diag.Problems
	if c := t.Card; len(c.BackLines) == 0 && len(c.Signs) > 0 {
		at := c.Signs[0]
		ws.Add(at.File, at.Line, "card.signs", "the card's front speaks to the person who may need help, its back (warning signs in a child) to an adult",
			"write card.back_lines for the same reader as the front, in the second person; for adults, put the signs under observer: and set cards: audience: adult in settings.yaml")
	}
	return ws
}
