package content

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"haven/internal/diag"
)

// Tracking fields are the query fields that only say where a reader came from: a campaign
// (utm_campaign=trafficking-flyer), an ad's click (fbclid, gclid), a referrer (ref). The page is
// the same without them. A printed address leaves them out: a reader who types it does not
// come from there, and on paper, or in the history of a phone someone else checks, they tell
// what the page is about and where it was found. Links and QR codes keep them, as written.

// trackingField reports whether a query field's name (as a server decodes it) is one.
func trackingField(name string) bool {
	n := strings.ToLower(name)
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	switch n {
	case "fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "twclid", "ttclid",
		"li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
		"ref", "ref_src", "referrer", "hsctatracking", "_kx", "ck_subscriber_id", "ml_subscriber",
		"ml_subscriber_hash", "oly_enc_id", "oly_anon_id", "vero_id", "vero_conv", "s_cid", "sc_cid",
		"rb_clickid", "srsltid", "epik", "_openstat", "wickedid", "irclickid", "trk", "trkcampaign":
		return true
	}
	return false
}

// trackingPrefixes begin the names of the fields of campaign analytics: Google's (utm_),
// Matomo's and Piwik's (mtm_, pk_, matomo_, piwik_), HubSpot's (hsa_, _hs, __hs) and
// Mautic's (mtc_); the fields named above are single ones of e-mail and ad services.
var trackingPrefixes = []string{"utm_", "mtm_", "pk_", "matomo_", "piwik_", "hsa_", "_hs", "__hs", "mtc_"}

// campaignField reports whether a tracking field's name (as a server decodes it) names the
// campaign or the referrer, as --campaign does: utm_campaign, mtm_campaign, pk_campaign, ref.
func campaignField(name string) bool {
	n := strings.ToLower(name)
	return trackingField(n) && (strings.HasSuffix(n, "campaign") || n == "ref" || n == "ref_src" || n == "referrer")
}

// fieldName is a query field's name as a server decodes it (utm%5Fsource is utm_source).
func fieldName(f string) string {
	name, _, _ := strings.Cut(f, "=")
	if n, err := url.QueryUnescape(name); err == nil {
		return n
	}
	return name
}

// PrintedURL is an address as printed (under the QR codes, by {url} and {chat}, after a FAQ
// link's words): ShortURL without its tracking fields, which each code and link carries for
// itself; the other fields keep their order; an international host in Unicode (shownURL).
func PrintedURL(u string) string { return ShortURL(Untracked(shownURL(u))) }

// Opened is what a link to u opens where discreet: in a run with site: discreet, whose page
// and PDFs may be opened on a phone someone else checks, and on the discreet card, a web
// address without its tracking fields (hotline.chat's utm_campaign=..., a FAQ link's ref=...),
// which a tap would leave in the phone's history; a call, a text or an email as it is. The
// resource page and every PDF link by it.
func Opened(u string, discreet bool) string {
	if discreet && strings.HasPrefix(u, "https:") {
		return Untracked(u)
	}
	return u
}

// Untracked is an address without its tracking fields: what a link on the discreet card
// opens, so that it leaves in a phone's history only what the card prints.
func Untracked(u string) string {
	base, fragment, hasFragment := strings.Cut(u, "#")
	base, query, _ := strings.Cut(base, "?")
	if q := untracked(query); q != "" {
		base += "?" + q
	}
	if hasFragment {
		base += "#" + fragment
	}
	return base
}

// untracked is a query without its tracking fields, the others in their order.
func untracked(query string) string {
	var keep []string
	for _, f := range strings.Split(query, "&") {
		if f != "" && !trackingField(fieldName(f)) {
			keep = append(keep, f)
		}
	}
	return strings.Join(keep, "&")
}

// checkTracked refuses an address written into a printed text with tracking fields (a
// FAQ's <https://...?utm_campaign=...>, a link's words, a URL typed into text.yaml or the
// contact line), each at its line: haven leaves them out of the addresses it prints, but
// cannot change the words the content writes. md says the text is Markdown, where a link may
// show the short address and open the one with them.
func checkTracked(file string, at textLines, path, text string, md bool, ps *diag.Problems) {
	if !strings.Contains(text, "=") { // most texts: no query, nothing to read
		return
	}
	eachSpaced(text, func(word string, i, _ int) {
		if word := strings.TrimRight(word, ".,;:!)]>*_\"'’”"); strings.Contains(word, "?") {
			if fields := trackingIn(word); len(fields) > 0 {
				full := "https://" + strings.TrimPrefix(word, "https://")
				short := PrintedURL(full)
				hint := "write the address without them: " + short
				if full, _ = withoutClickIDs(full); md && full != short && full != "https://"+short { // a link keeps no click ID
					hint = fmt.Sprintf("write the address without them: %s; to keep them in the link, let its words show the short address: [%s](%s)", short, short, full)
				}
				ps.Add(file, at.of(i), path, fmt.Sprintf("writes the address %s with tracking fields (%s): the page is the same without them, and printed or read aloud they tell whoever reads the copy, or checks the phone it was typed into, where it came from", diag.Quote(word), strings.Join(fields, ", ")), hint)
			}
		}
	})
}

// trackingIn is the names of the tracking fields in an address's query.
func trackingIn(u string) []string {
	_, query, _ := strings.Cut(strings.SplitN(u, "#", 2)[0], "?")
	var names []string
	for _, f := range strings.Split(query, "&") {
		if n := fieldName(f); f != "" && trackingField(n) {
			names = append(names, n)
		}
	}
	return names
}

// trackedWords refuses a tracking field of the address every QR code opens (resource_url,
// --url) that says where copies hang or what they are about, as a campaign's name may not
// (utm_campaign=truck-stop, utm_content=motel-restroom), and every tracking field of the
// discreet card's address (discreet), whose link carries its own keyed code alone: each stays
// in the history of the phone that scanned it. A field named for where a copy was found
// (whereField) may not name a place copies hang either (src=motel-restroom, loc=laundromat).
func trackedWords(at diag.Located, discreet bool) diag.Problems {
	u, err := url.Parse(at.Text)
	if err != nil {
		return nil
	}
	var ps diag.Problems
	opens := "every QR code opens the address with it"
	if discreet {
		opens = "the discreet card's QR code opens the address with it"
	}
	for _, f := range strings.Split(u.RawQuery, "&") {
		if f == "" {
			continue
		}
		_, value, _ := strings.Cut(f, "=")
		if v, err := url.QueryUnescape(value); err == nil {
			value = v
		}
		switch {
		case !trackingField(fieldName(f)):
			if w := placeWord(NameAs(value)); w != "" && whereField.has(strings.ToLower(fieldName(f))) {
				ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s has %s, which says %q, a place copies hang: %s, and it stays in the history of the phone that scanned it", diag.Quote(at.Text), diag.Quote(f), w, opens),
					"leave the field out: to count scans by place, give haven your places (--placements), which gives each a code that says nothing")
			}
		case discreet:
			ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s has the tracking field %s: the discreet card's link carries its own code alone, and every field of its address stays in the history of the phone that scanned it", diag.Quote(at.Text), diag.Quote(f)),
				"leave the tracking fields out of cards.discreet_url: with a campaign, haven adds the card's own code")
		default:
			if w := campaignWord(NameAs(value)); w != "" {
				ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s has %s, which says %q: %s, and it stays in the history of the phone that scanned it", diag.Quote(at.Text), diag.Quote(f), w, opens),
					"leave the field out, or give it a value that says neither where the copies hang nor what they are about, e.g. spring-2027")
			} else if w := untimely(NameAs(value)); w != "" && campaignField(fieldName(f)) && strings.ContainsFunc(w, unicode.IsLetter) { // held to what --campaign is; a number is the number checks' to name
				ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s has %s, which says %q: %s, and it stays in the history of the phone that scanned it, so it may say when the copies went out and nothing of where or what, which no list of words can tell apart", diag.Quote(at.Text), diag.Quote(f), w, opens),
					"leave the field out, or name it by seasons, months, years and numbers (spring-2027, mar-2027, 2027-03), or a code of your own with no two letters side by side (c1, q3-2027)")
			}
		}
	}
	if discreet && u.Fragment != "" {
		ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s ends with #%s, which the discreet card prints under its code, and which stays in the history of the phone that scanned it", diag.Quote(at.Text), u.Fragment),
			"leave it out: write "+strings.SplitN(at.Text, "#", 2)[0])
	}
	return ps
}

// whereField are the names of query fields that say where a copy was found, as tracking
// fields do (src=motel-restroom, loc=laundromat): in another field a place's name is the
// page's own business (lang=spa, topic=shelter, q=school+supplies).
var whereField = wordSet("src source from loc location place placement venue where site spot poster flyer origin posted")
