package content

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	publicsuffix "haven/internal/psl"

	"haven/internal/diag"
)

// A host one slip from the organisation's own (mchealth.exmaple.org for mchealth.example.org,
// mchealth-example.org, a Cyrillic е in it) is a likely typo, as a number one slip from its
// numbers is, and worse: the slip is often a domain someone else owns, or may buy.

// ownHost is a host the settings give, as compared (lower case, without www.), the field, and
// the path of the page the field names there ("/help"; "" for a site's home or an e-mail's);
// for an e-mail address, user is its part before the @.
type ownHost struct {
	host, field, path, user string
}

// ownHosts are the hosts of every address the settings hold: the resource page, the printed
// address, the website and the addresses (and e-mail domains) of the contact line, the chat,
// the discreet card's page and the quick exit's, and the other sites it lists as right. An
// address refused as none (www.harborlightohio,org) gives none: the right ones are no slips of it.
func ownHosts(s Settings) []ownHost {
	var out []ownHost
	add := func(field, address string) bool {
		if h := comparedHost(address); h != "" && reservedHost(h) == "" { // example.org: warned of where it is written, no site of theirs
			out = append(out, ownHost{host: h, field: field, path: pathOf(address)})
			return true
		}
		return false
	}
	addURL := func(field, address string) {
		if CheckURL("https://"+strings.TrimPrefix(address, "https://")) == "" { // display_url is written without it
			add(field, address)
		}
	}
	addURL("resource_url", s.ResourceURL)
	addURL("display_url", s.DisplayURL)
	addURL("organisation.website", s.Organisation.Website)
	addURL("hotline.chat", s.Hotline.Chat.Text)
	addURL("cards.discreet_url", s.Cards.DiscreetURL)
	addURL("site.exit_url", s.Site.ExitURL)
	addURL("site.privacy_url", s.Site.PrivacyURL)
	for _, o := range s.Organisation.OtherSites {
		add("organisation.other_sites", o.Text)
	}
	for _, w := range strings.Fields(s.Organisation.Contact.Text) {
		if user, domain, ok := strings.Cut(mailIn(w), "@"); ok {
			if add("organisation.contact", domain) {
				out[len(out)-1].user = user
			}
		} else if a, _ := addressIn(w); a != "" {
			add("organisation.contact", a)
		} else if a, _ := endingSlipped(w, nil); a != "" { // www.thehotline.orq: held to the others
			add("organisation.contact", a)
		}
	}
	return out
}

// checkOwnSitesAgree refuses an address of the settings one slip from another of them
// (hotline.chat on thehotline.com while resource_url is on thehotline.org): one of the two is
// likely a typo. A site organisation.other_sites lists is taken as right; display_url is held
// to resource_url's site by a check of its own.
func checkOwnSitesAgree(s *Settings, bad func(path, msg, hint string)) {
	const listed = "organisation.other_sites"
	hosts := slices.DeleteFunc(ownHosts(*s), func(h ownHost) bool { return h.field == "display_url" })
	for j, h := range hosts {
		if h.field == listed || slices.ContainsFunc(hosts, func(o ownHost) bool { return o.field == listed && (o.host == h.host || o.host == registrable(h.host)) }) {
			continue
		}
		earlier := slices.DeleteFunc(slices.Clone(hosts[:j]), func(o ownHost) bool { return o.field == listed })
		near, _, how, ok := hostSlip(h.host, earlier)
		for _, o := range hosts[j+1:] { // www. slipped in one: it is the typo, whichever comes first
			if w := wwwSlipped(h.host, o.host); !ok && w != "" && o.field != listed {
				near, how, ok = ownHost{host: "www." + o.host, field: o.field}, w, true
			}
		}
		if ok {
			hint := fmt.Sprintf("write the same site in both; if %s is yours too, list it under organisation: other_sites", registrable(h.host))
			if wwwSlipped(h.host, strings.TrimPrefix(near.host, "www.")) != "" {
				hint = fmt.Sprintf("write %s as %s has it; if %s is a site of yours, list it under organisation: other_sites", near.host, near.field, h.host)
			} else if noEnding(h.host) {
				hint = "write the same site in both"
			}
			if f := cmp.Or(apartField(h.field), apartField(near.field)); f != "" {
				hint = f + " must be on a site of its own, whose name says nothing of the hotline or your organisation (nor reads as one of their sites): write a neutral address you control there"
			}
			bad(h.field, fmt.Sprintf("is on %s, one slip from %s of %s, with %s: one of the two is likely a typo", h.host, near.host, near.field, how), hint)
		}
	}
}

// apartField is field when it names an address that must be on a site of its own, apart from
// the organisation's, the hotline's and each other's (the discreet card's, which would say
// whose it is; the quick exit's, which would lead back to them), else "": the same site in
// both, what a slip otherwise asks for, is refused there.
func apartField(field string) string {
	if field == "cards.discreet_url" || field == "site.exit_url" {
		return field
	}
	return ""
}

// comparedHost is the host of an address (with or without https://, or an e-mail domain) as
// hosts are compared: lower case, without www. and a final dot; "" when it has none.
func comparedHost(address string) string {
	u := parsedAddress(address)
	if u == nil {
		return ""
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	h = asciiURL(h) // straße.de is the xn--strae-oqa.de the settings hold, as every link opens it
	return strings.TrimPrefix(h, "www.")
}

// pathOf is the path of an address (with or without https://), "" for none or an e-mail's.
func pathOf(address string) string {
	if u := parsedAddress(address); u != nil && !(strings.Contains(address, "@") && !strings.Contains(address, "://")) {
		return u.Path
	}
	return ""
}

// parsedAddress is an address, with or without https://, as read; nil for none.
func parsedAddress(address string) *url.URL {
	if address == "" {
		return nil
	}
	if _, ok := cutScheme(address); !ok {
		address = "https://" + address
	}
	u, err := url.Parse(address)
	if err != nil {
		return nil
	}
	return u
}

// pageSlip is the organisation's own address on host whose page path names with one of its
// parts slipped (partSlip: /hlep for /help, /Chat-to-us-onIine for /Chat-to-us-online); ok
// false when none. Printed or linked, it opens a page that is not there.
func pageSlip(host, path string, own []ownHost) (near ownHost, ok bool) {
	got := strings.Split(strings.Trim(path, "/"), "/")
	if slices.ContainsFunc(own, func(o ownHost) bool {
		return o.host == host && strings.Trim(o.path, "/") == strings.Trim(path, "/")
	}) {
		return ownHost{}, false // a page the settings give
	}
	for _, o := range own {
		want := strings.Split(strings.Trim(o.path, "/"), "/")
		if o.host != host || o.path == "" || len(got) != len(want) {
			continue
		}
		differ := 0
		slipped := true
		for i := range got {
			if got[i] != want[i] {
				differ++
				slipped = slipped && partSlip(got[i], want[i])
			}
		}
		if differ == 1 && slipped {
			return o, true
		}
	}
	return ownHost{}, false
}

// partSlip reports whether got, a part of a page's path, is want, the part of the
// organisation's own page, slipped: in other capitals (a server's paths are read as written:
// /chat-to-us-online for /Chat-to-us-online); with a letter put for one that prints like it (I
// or 1 for l, 0 for O, a Cyrillic і for i: onIine, on1ine); two letters side by side swapped
// (/hlep for /help, /contcat for /contact, a part of four letters or more); or one letter left
// out of a part of eight letters or more (/Chat-to-us-onlin), but not its last s
// (/resource beside /resources). A letter added or changed, or one left out of a shorter part,
// is as often another page of the site (/help-es beside /help-en, /shelters, /2025, /español)
// and passes.
func partSlip(got, want string) bool {
	g, w := strings.ToLower(got), strings.ToLower(want)
	switch {
	case g == w, pathLookalike(got) == pathLookalike(want):
		return true
	case utf8.RuneCountInString(w) >= 4 && swapped(g, w):
		return true
	}
	n := utf8.RuneCountInString(w)
	return n >= 8 && utf8.RuneCountInString(g) == n-1 && oneEdit(g, w) && g+"s" != w && !strings.ContainsFunc(g+w, unicode.IsDigit)
}

// pathLookalike is a part of a path with each letter or digit that prints like another read as
// that one, in lower case: I, l, 1 and | as l; O and 0 as o; a letter of another script as
// the Latin letter it prints as.
func pathLookalike(part string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'I', '1', '|':
			return 'l'
		case '0':
			return 'o'
		}
		r = unicode.ToLower(r)
		if l, ok := lookalikes[r]; ok {
			return l
		}
		return r
	}, part)
}

// mailSlip is the organisation's own e-mail address on host (as compared) whose part before
// the @ user is one slip from (userSlipOf), and how; ok false when user is that of one of
// them, or near none. inof@ for info@ on the organisation's own domain is no address of
// theirs: the reader's e-mail reaches someone else, or no one, and no check of the host sees it.
func mailSlip(user, host string, own []ownHost) (near ownHost, how string, ok bool) {
	mine := slices.DeleteFunc(slices.Clone(own), func(o ownHost) bool { return o.user == "" || o.host != host })
	if slices.ContainsFunc(mine, func(o ownHost) bool { return strings.EqualFold(o.user, user) }) {
		return ownHost{}, "", false
	}
	for _, o := range mine {
		if how := userSlipOf(strings.ToLower(user), strings.ToLower(o.user)); how != "" {
			return o, how, true
		}
	}
	return ownHost{}, "", false
}

// userSlipOf says how user, an e-mail address's part before its @, slips from own's on the
// same domain ("" when it does not): two letters side by side swapped, where own's has 4
// characters or more (inof@ for info@); one added, left out or changed, where it has 5 or
// more and neither has a digit (suport@ for support@). Shorter ones (hr@, pr@; ann@, anna@) and
// ones with digits (office1@, office2@) are as often two desks or people as a typo, and pass,
// as other words do (intake@ beside info@).
func userSlipOf(user, own string) string {
	n := utf8.RuneCountInString(own)
	switch {
	case n >= 4 && swapped(user, own):
		return "two letters swapped"
	case n >= 5 && oneEdit(user, own) && !strings.ContainsFunc(user+own, unicode.IsDigit):
		return "one letter added, left out or changed"
	}
	return ""
}

// swapped reports whether a and b differ by two letters side by side swapped (hlep, help), as
// hostSlipOf reads a swap: one edit that changes no length and no single character.
func swapped(a, b string) bool {
	return len(a) == len(b) && oneEdit(a, b) && !oneChanged(a, b) && !strings.ContainsFunc(a+b, unicode.IsDigit)
}

// hostSlip is the organisation's host that host (as compared) is one slip from, the part of
// host that slips (host, or its registrable domain: help.exmaple.org slips where its
// exmaple.org does) and how; ok false when host is one of them, or near none. Slips: a letter
// of another script that prints like the one it stands for (any host); and, where the
// organisation's host's name (without its public suffix) has 5 characters or more, one
// letter inserted, left out, changed or two side by side swapped, a hyphen for a dot or a dot
// for a hyphen, or a digit for the letter it looks like (0 for o, 1 for l). Names of 1 to 4
// characters are too close to other real ones (abc.org, abd.org) to call one a typo.
func hostSlip(host string, own []ownHost) (near ownHost, slipped, how string, ok bool) {
	for _, o := range own {
		if o.host == host {
			return ownHost{}, "", "", false
		}
	}
	for _, o := range own {
		if how := wwwSlipped(host, o.host); how != "" { // the site meant has www.
			return ownHost{host: "www." + o.host, field: o.field, path: o.path}, host, how, true
		}
		if how := hostSlipOf(host, o.host); how != "" {
			return o, host, how, true
		}
		if r, ro := registrable(host), registrable(o.host); r != ro {
			if how := hostSlipOf(r, ro); how != "" {
				return ownHost{host: ro, field: o.field}, r, how, true
			}
		}
	}
	return ownHost{}, "", "", false
}

// wwwSlipped says how host (as compared) is own with its www. slipped: wwww.thehotline.org,
// ww.thehotline.org, w.thehotline.org, wwwthehotline.org for thehotline.org; "" when it is not.
func wwwSlipped(host, own string) string {
	if l := wwwSlip(host); l != "" && strings.TrimPrefix(host, l+".") == own {
		return l + ". for www."
	} else if host == "www"+own {
		return "www without the dot after it"
	}
	return ""
}

// wwwSlip is the first label of host where it is a slip of www (w, ww, wwww: a key missed or
// held) before a site's name, in lower case; else "".
func wwwSlip(host string) string {
	label, _, _ := strings.Cut(strings.ToLower(host), ".")
	if label == "" || label == "www" || strings.Trim(label, "w") != "" || registrable(host) == strings.ToLower(host) {
		return "" // www.thehotline.org; w.org, a site's own name
	}
	return label
}

// hostSlipOf says how host slips from own ("" when it does not; they differ). Each is read as
// a browser shows it, punycode decoded (unicodeHost): xn--humantraffickinghotlne-5ps.org is
// humantraffickinghotlіne.org, with a Cyrillic і, as its Unicode spelling is.
func hostSlipOf(host, own string) string {
	host, own = unicodeHost(host), unicodeHost(own)
	if lookAlike(host, false) == own {
		return "a letter of another script that looks like a Latin one"
	}
	name, suffix := own, ""
	if sfx, _ := publicsuffix.PublicSuffix(own); len(sfx) < len(own) {
		name, suffix = strings.TrimSuffix(own, "."+sfx), sfx
	}
	if utf8.RuneCountInString(name) < 5 {
		return ""
	}
	if otherEnding(host, own) {
		sfx, _ := publicsuffix.PublicSuffix(host)
		if noEnding(host) {
			return fmt.Sprintf("the ending .%s, which no site has, for .%s", sfx, suffix) // thehotline.orq
		}
		return fmt.Sprintf("the ending .%s for .%s, its name the same", sfx, suffix) // thehotline.com for thehotline.org
	}
	if added, ok := strings.CutPrefix(host, own+"."); ok && suffix != "" {
		if sfx, _ := publicsuffix.PublicSuffix(host); sfx == added || strings.HasSuffix(sfx, "."+added) {
			return fmt.Sprintf(".%s added after its ending .%s", added, suffix) // thehotline.org.com: the site of org.com
		}
		if msg := siteAfter(host, added); msg != "" {
			return msg
		}
	}
	switch {
	case digitForDigit(host, own): // region1.org and region2.org: more often two sites than a typo
		return ""
	case strings.ReplaceAll(host, "-", ".") == strings.ReplaceAll(own, "-", "."):
		return "a hyphen for a dot, or a dot for a hyphen"
	case lookAlike(host, true) == lookAlike(own, true):
		return "a digit for a letter it looks like (0 for o, 1 for l)"
	case oneEdit(host, own) && len(host) == len(own) && !oneChanged(host, own):
		return "two letters swapped"
	case oneEdit(host, own):
		return "one letter added, left out or changed"
	}
	return ""
}

// siteAfter is how host, the organisation's own host with added after it, is another's site
// (thehotline.org.evil.com, a site of evil.com whose first labels spell it), or "" when added
// holds no site's name.
func siteAfter(host, added string) string {
	site := registrable(host)
	if added != site && !strings.HasSuffix(added, "."+site) {
		return ""
	}
	return fmt.Sprintf(".%s after it, which makes it a page of %s, someone else's site", added, site)
}

// unicodeHost is host with each label written in punycode (xn--...) decoded, as a browser
// or a phone may show it; host as it is where a label does not decode.
func unicodeHost(host string) string {
	if u, err := idna.Punycode.ToUnicode(host); err == nil {
		return u
	}
	return host
}

// shownHost is host as a message names it: with the name it is shown as, where it is
// written in punycode.
func shownHost(host string) string {
	if u := unicodeHost(host); u != host {
		return fmt.Sprintf("%s (shown as %s)", host, u)
	}
	return host
}

// otherEnding reports whether host is own's name with another public suffix (thehotline.com
// for thehotline.org): a site of the organisation's as often as a typo.
func otherEnding(host, own string) bool {
	sfx, _ := publicsuffix.PublicSuffix(host)
	osfx, _ := publicsuffix.PublicSuffix(own)
	return sfx != osfx && len(osfx) < len(own) && len(sfx) < len(host) && strings.TrimSuffix(host, "."+sfx) == strings.TrimSuffix(own, "."+osfx)
}

// slipHint is what to do of an address one slip from the organisation's own: write it as the
// settings have it (fixed), or, for the same name with another ending, list it as theirs.
func slipHint(near ownHost, slipped, fixed string) string {
	hint := fmt.Sprintf("write %s as %s has it: %s", near.host, near.field, fixed)
	if otherEnding(slipped, near.host) && !noEnding(slipped) {
		hint += "; if that site is yours too, list it under organisation: other_sites"
	}
	return hint
}

// lookAlike is a host with each letter of another script read as the Latin letter it prints
// as (a Cyrillic е as e) and, with digits, each digit that looks like a letter as that letter.
func lookAlike(host string, digits bool) string {
	return strings.Map(func(r rune) rune {
		if l, ok := lookalikes[unicode.ToLower(r)]; ok {
			return l
		}
		if digits {
			switch r {
			case '0':
				return 'o'
			case '1':
				return 'l'
			case '5':
				return 's'
			}
		}
		return r
	}, host)
}

// oneChanged reports whether a and b, of one length, differ in one character.
func oneChanged(a, b string) bool {
	x, y, n := []rune(a), []rune(b), 0
	for i := range min(len(x), len(y)) {
		if x[i] != y[i] {
			n++
		}
	}
	return len(x) == len(y) && n == 1
}

// digitForDigit reports whether a and b differ in one digit only, put for another, in a run of
// one or two digits (region1, unit12): a longer run is a number (989lifeline.org for
// 988lifeline.org), and one digit changed in it a slip.
func digitForDigit(a, b string) bool {
	if len(a) != len(b) || !oneChanged(a, b) {
		return false
	}
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	for i := range len(a) {
		if a[i] != b[i] {
			from, to := i, i+1
			for from > 0 && digit(b[from-1]) {
				from--
			}
			for to < len(b) && digit(b[to]) {
				to++
			}
			return digit(a[i]) && digit(b[i]) && to-from < 3
		}
	}
	return false
}

// lands is where an address one slip from the organisation's own takes a reader: slipped is
// its part that slips, own the organisation's.
func lands(slipped, own string) string {
	if registrable(slipped) == registrable(own) { // a subdomain of the organisation's own site
		return "no page of yours"
	}
	if noEnding(slipped) {
		return "no site at all"
	}
	return "someone else's site"
}

// putOwn is address with slipped, the part of its host that slips (as compared, in lower
// case), put for own, and slipped as the address writes it.
func putOwn(address, slipped, own string) (fixed, written string) {
	i := indexFold(address, slipped)
	if i < 0 {
		return address, slipped
	}
	return address[:i] + own + address[i+len(slipped):], address[i : i+len(slipped)]
}

// indexFold is where sub first stands in s, in any case (HTTP:// for http://), or -1: by s's
// own bytes, which lowering s first would move where a letter lowers longer (İ).
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// checkHosts refuses each web or e-mail address written in a printed text whose host is one
// slip from one of the organisation's own, and warns (ws) of one whose host is kept for
// examples (reservedHost), each at its line.
func checkHosts(file string, at textLines, path, text string, own []ownHost, ps, ws *diag.Problems) {
	if !strings.Contains(text, ".") || path == "qr_alt" { // qr_alt's address: checked as the code's
		return
	}
	eachSpaced(text, func(word string, _, end int) {
		if !strings.Contains(word, ".") { // most words: no address to read
			return
		}
		if written, opens := userAddress(word); written != "" {
			ps.Add(file, at.of(end-1), path, fmt.Sprintf("prints the address %s, which opens %s: the part before its @ is a user name a browser sends to %s, so the address opens another site than it shows", diag.Quote(written), opens, opens),
				"write the page's address with nothing before an @ in it; an e-mail address is written without https:// or www.")
			return
		}
		if named, opens, page := siteAfterAt(strings.Trim(word, punctuation)); named != "" {
			ps.Add(file, at.of(end-1), path, fmt.Sprintf("prints the address %s, which opens %s, not %s: %s", diag.Quote(strings.Trim(word, punctuation)), opens, named, afterAtMsg(opens)),
				fmt.Sprintf("write the address of the page it opens without the @ and the site after it (%s), or %s's own address if that is the page meant", page, named))
			return
		}
		written, host := addressIn(word)
		if host == "" {
			written, host = endingSlipped(word, own)
		}
		if strings.Contains(word, "@") {
			written = mailIn(word)
			_, host, _ = strings.Cut(strings.ToLower(written), "@")
		}
		if host == "" {
			return
		}
		h := strings.TrimPrefix(strings.TrimSuffix(host, "."), "www.")
		if why := reservedHost(h); why != "" {
			ws.Add(file, at.of(end-1), path, "prints the address "+diag.Quote(written)+", which "+reservedMsg(why, "every copy would print it", ownAddress), "")
			return
		}
		if l, reads := latinLookalike(h); l != "" {
			ps.Add(file, at.of(end-1), path, "prints the address "+diag.Quote(written)+", whose host has "+lookalikeMsg(l, reads), "write the address in the Latin letters its owner registered, if it is that site")
			return
		}
		if a := asciiURL(h); slices.ContainsFunc(own, func(o ownHost) bool { return o.host == a }) {
			h = a // straße.de of the xn--strae-oqa.de the settings hold: the same site, as every link opens it
		}
		near, slipped, how, ok := hostSlip(h, own)
		if !ok {
			if user, domain, mail := strings.Cut(written, "@"); mail {
				if near, how, ok := mailSlip(user, h, own); ok {
					ps.Add(file, at.of(end-1), path, fmt.Sprintf("prints the address %s, one slip from the organisation's own e-mail address %s@%s (%s), with %s before its @: a likely typo that sends readers' e-mails to someone else, or to no one", diag.Quote(written), near.user, domain, near.field, how),
						fmt.Sprintf("write the address as %s has it: %s@%s", near.field, near.user, domain))
				}
			} else if near, ok := pageSlip(h, pathOf(written), own); ok {
				ps.Add(file, at.of(end-1), path, fmt.Sprintf("prints the address %s, one slip from the page %s%s of the organisation's own %s: a likely typo that opens no page", diag.Quote(written), near.host, near.path, near.field),
					fmt.Sprintf("write the page as %s has it: %s%s", near.field, near.host, near.path))
			}
			return
		}
		fixed, shown := putOwn(written, slipped, near.host)
		ps.Add(file, at.of(end-1), path,
			fmt.Sprintf("prints the address %s, whose host %s is one slip from the organisation's own %s (%s), with %s: a likely typo that sends readers to %s", diag.Quote(written), shownHost(shown), near.host, near.field, how, lands(slipped, near.host)),
			slipHint(near, slipped, fixed))
	})
}

// userAddress is the web address word writes with a user name before its host, as written,
// and the host it opens: after https:// or www. (https://mission.org@evil.com, as browsers
// read it, opens evil.com), or after a user name that is an address and a colon
// (mission.org:x@evil.com/help); "" for any other word, an e-mail address (first.last@mission.org)
// among them.
func userAddress(word string) (written, opens string) {
	w := strings.Trim(word, punctuation)
	rest, marked := w, false
	for _, p := range []string{"https://", "http://", "www."} {
		if i := indexFold(rest, p); i == 0 {
			rest, marked = rest[len(p):], true
			break
		}
	}
	if end := strings.IndexAny(rest, "/?#"); end >= 0 {
		rest = rest[:end]
	}
	at := strings.LastIndexByte(rest, '@')
	if at < 0 {
		return "", ""
	}
	if name, _, colon := strings.Cut(rest[:at], ":"); !marked && (!colon || name == "" || !strings.Contains(name, ".")) {
		return "", ""
	} else if _, host := addressIn(name); !marked && host == "" {
		return "", ""
	}
	return w, strings.ToLower(rest[at+1:])
}

// afterAtMsg says why an address that names a site after an @ in its query or fragment
// (siteAfterAt) misleads, opens being the host it opens.
func afterAtMsg(opens string) string {
	return "what follows its ? or # is part of the address of a page of " + opens + ", and a reader takes the site written after the @ for the one it opens"
}

// siteAfterAt is the site an @ in the query or fragment of address names (https://evil.com#@mission.org,
// evil.com/?x=@mission.org/help name mission.org), with the host the address opens and the
// address without its query and fragment; "" for any other address, a path's @
// (mastodon.social/@polaris) and a query's @ before no site (?via=@polaris) among them. A
// reader takes the site after the @ for the one the address opens; a browser opens the host.
func siteAfterAt(address string) (named, opens, page string) {
	before, host, after := splitHost(address)
	q := strings.IndexAny(after, "?#")
	if q < 0 || host == "" || strings.Contains(host, "@") {
		return "", "", ""
	}
	for rest := after[q:]; ; {
		at := strings.IndexByte(rest, '@')
		if at < 0 {
			return "", "", ""
		}
		rest = rest[at+1:]
		site := rest
		if end := strings.IndexAny(site, "&#?=@"); end >= 0 {
			site = site[:end]
		}
		if _, h := addressIn(site); h != "" {
			return h, strings.ToLower(host), before + host + after[:q]
		}
	}
}

// endingSlipped is the address word writes, and its host, where its ending is no domain's
// (humantraffickinghotline.orq, .0rg, .or) and addressIn, which reads only known endings, reads
// none: a scheme or www. before it, or the name of one of the organisation's own hosts before
// its ending, says it is one, and hostSlip then finds the ending slipped.
func endingSlipped(word string, own []ownHost) (written, host string) {
	w := strings.Trim(addressRun(word), punctuation)
	rest, scheme := strings.CutPrefix(strings.ToLower(w), "https://")
	if !scheme {
		rest, scheme = strings.CutPrefix(rest, "http://")
	}
	rest, www := strings.CutPrefix(rest, "www.")
	marked := scheme || www
	host, _, _ = strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, "?")
	host, _, _ = strings.Cut(host, "#")
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || dot == len(host)-1 || strings.ContainsFunc(host, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.'
	}) || strings.Contains(host, "..") {
		return "", ""
	}
	if !marked && !slices.ContainsFunc(own, func(o ownHost) bool { return hostName(o.host) == host[:dot] }) {
		return "", ""
	}
	return w, host
}

// noEnding reports whether host ends in no domain's ending (thehotline.orq): an address on it
// opens no site at all.
func noEnding(host string) bool {
	if _, icann := publicsuffix.PublicSuffix(host); icann {
		return false
	}
	// an ending a company gives out (uk.com, github.io) under a real one is a site's
	_, icann := publicsuffix.PublicSuffix(host[strings.LastIndexByte(host, '.')+1:])
	return !icann
}

// hostName is host without its public suffix: thehotline of thehotline.org.
func hostName(host string) string {
	if sfx, _ := publicsuffix.PublicSuffix(host); len(sfx) < len(host) {
		return strings.TrimSuffix(host, "."+sfx)
	}
	return host
}

// eachSpaced calls fn with each run of text between spaces, tabs and line breaks, and where
// it begins and ends in text.
func eachSpaced(text string, fn func(word string, start, end int)) {
	for i := 0; i < len(text); {
		end := strings.IndexAny(text[i:], " \t\n")
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		fn(text[i:end], i, end)
		i = end + 1
	}
}

// hiddenInAddresses refuses a character that prints nothing (a soft hyphen, a zero-width
// non-joiner: the format characters a file may hold) inside a web or email address a printed
// text writes, as a page or a word processor pastes one: people see, and type, the address
// without it (or with a hyphen, where a line breaks at a soft hyphen), and haven would read
// another, which it neither links nor checks. It gives the text and its lines with those
// characters taken out of its addresses, for the checks of addresses after it to read each
// as it prints.
func hiddenInAddresses(file string, at textLines, path, text string, ps *diag.Problems) (string, textLines) {
	hidden := func(r rune) bool { return unicode.Is(unicode.Cf, r) }
	if !strings.ContainsFunc(text, hidden) { // most texts
		return text, at
	}
	var b strings.Builder
	var cuts []int // where in text each character taken out began, and its length
	eachSpaced(text, func(word string, i, end int) {
		shown := strings.Map(func(r rune) rune {
			if hidden(r) {
				return -1
			}
			return r
		}, word)
		if a, _ := addressIn(shown); shown != word && (a != "" || mailIn(shown) != "") {
			written := strings.Trim(word, punctuation)
			k := strings.IndexFunc(written, hidden)
			r, _ := utf8.DecodeRuneInString(written[k:])
			ps.Add(file, at.of(i+strings.Index(word, written)+k), path, fmt.Sprintf("prints the address %s with an %s (U+%04X) in it, after %s: it shows nothing (a soft hyphen shows a hyphen, where a line breaks at it), yet makes it another address than the one people read and type",
				diag.Quote(written), cmp.Or(diag.Invisible(r), "invisible character"), r, diag.Quote(written[:k])), "delete it, or type the address again")
			for j, r := range word {
				if hidden(r) {
					cuts = append(cuts, i+j, utf8.RuneLen(r))
				}
			}
			word = shown
		}
		b.WriteString(word)
		if end < len(text) {
			b.WriteByte(text[end])
		}
	})
	if cuts == nil {
		return text, at
	}
	shownAt := textLines{at.first, slices.Clone(at.breaks)}
	for i, br := range at.breaks {
		for j := 0; j < len(cuts); j += 2 {
			if cuts[j] < br {
				shownAt.breaks[i] -= cuts[j+1]
			}
		}
	}
	return b.String(), shownAt
}

// linkHostSlip is what to say of a link that opens (or mails) a host one slip from the
// organisation's own; "" when it does not.
func linkHostSlip(l Link, own []ownHost) (msg, hint string) {
	scheme, target, _ := strings.Cut(l.URL, ":")
	var host string
	switch scheme {
	case "https", "http":
		host = comparedHost(l.URL)
	case "mailto":
		_, host, _ = strings.Cut(strings.SplitN(target, "?", 2)[0], "@")
		host = strings.TrimPrefix(strings.ToLower(host), "www.")
	default:
		return "", ""
	}
	near, slipped, how, ok := hostSlip(host, own)
	if !ok {
		if user, domain, _ := strings.Cut(strings.SplitN(target, "?", 2)[0], "@"); scheme == "mailto" {
			if near, how, ok := mailSlip(user, host, own); ok {
				return fmt.Sprintf("the link [%s](%s) writes to %s@%s, one slip from the organisation's own e-mail address %s@%s (%s), with %s before its @: a likely typo, and a tap would write to someone else, or to no one", l.Text, l.asTyped(), user, domain, near.user, domain, near.field, how),
					fmt.Sprintf("the address the link writes to is probably the mistake: make it mailto:%s@%s", near.user, domain)
			}
		} else if near, ok := pageSlip(host, pathOf(l.URL), own); ok {
			return fmt.Sprintf("the link [%s](%s) opens %s, one slip from the page %s%s of the organisation's own %s: a likely typo, and a tap would open no page", l.Text, l.asTyped(), l.URL, near.host, near.path, near.field),
				fmt.Sprintf("make it open the page as %s has it: https://%s%s", near.field, near.host, near.path)
		}
		return "", ""
	}
	right, _ := putOwn(l.URL, slipped, near.host)
	return fmt.Sprintf("the link [%s](%s) opens %s, one slip from the organisation's own %s (%s), with %s: a likely typo, and a tap would open %s", l.Text, l.asTyped(), shownHost(slipped), near.host, near.field, how, lands(slipped, near.host)),
		fmt.Sprintf("the address the link opens is probably the mistake: make it open %s", right)
}
