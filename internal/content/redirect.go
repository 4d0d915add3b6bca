package content

import (
	"cmp"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"

	"haven/internal/diag"
)

// redirectors are the hosts (as compared: lower case, without www.) whose addresses lead on to
// another page, with what they are: link shorteners, and the hops social sites and search
// engines send a click through to log it. A QR code or a link to one sends every reader first
// to a third party, which records the visit, then to a page haven never checked (a short link
// may be changed, or die, after the copies are printed); the phone's history keeps both. A hop
// of a site that is more than one is named with its path (google.com/url).
var redirectors = map[string]string{
	"bit.ly": "link shortener", "j.mp": "link shortener", "tinyurl.com": "link shortener",
	"t.co": "link shortener", "goo.gl": "link shortener", "ow.ly": "link shortener", "is.gd": "link shortener",
	"v.gd": "link shortener", "buff.ly": "link shortener", "rebrand.ly": "link shortener", "cutt.ly": "link shortener",
	"shorturl.at": "link shortener", "tiny.cc": "link shortener", "t.ly": "link shortener", "rb.gy": "link shortener",
	"lnkd.in": "link shortener", "s.id": "link shortener", "bl.ink": "link shortener",
	"l.facebook.com": "redirect", "lm.facebook.com": "redirect", "l.messenger.com": "redirect", "l.instagram.com": "redirect",
	"out.reddit.com": "redirect", "href.li": "redirect", "l.threads.net": "redirect",
	"google.com/url": "redirect", "youtube.com/redirect": "redirect", "facebook.com/l.php": "redirect",
}

// redirector is the service address goes through (a host of redirectors, or a hop of one
// named with its path), and what it is; "" when none. Google's hop is read under any of its
// country domains (google.co.uk/url).
func redirector(address string) (service, kind string) {
	host := comparedHost(address)
	path := strings.TrimSuffix(pathOf(address), "/")
	if kind, ok := redirectors[host]; ok && !(host == "goo.gl" && strings.HasPrefix(path, "/maps/")) { // a map Google Maps shares opens Google Maps
		return host, kind
	}
	if strings.HasPrefix(host, "google.") && path == "/url" {
		host = "google.com"
	}
	if kind, ok := redirectors[host+path]; ok && path != "" {
		return comparedHost(address) + path, kind
	}
	return "", ""
}

// carried is the first full web address the query of address carries as a field's value
// (u=https%3A%2F%2F..., q=https://..., url=https%253A... encoded twice), with the field's name:
// where a redirect sends a reader on. "" when none.
func carried(address string) (field, to string) {
	u := parsedAddress(address)
	if u == nil {
		return "", ""
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return "", ""
	}
	for _, k := range slices.Sorted(maps.Keys(q)) {
		for _, v := range q[k] {
			// a path on the site itself (/chat) is no other address; //evil.com, as a browser reads it, is
			if to := carriedTo(v); to != "" && !(strings.IndexAny(to, `/\`) == 0 && strings.IndexAny(to[1:], `/\`) != 0) {
				return k, to
			}
		}
	}
	return "", ""
}

// carriedTo is where a query field's value (or what follows a #) sends a browser it is handed
// to, decoded as often as it was encoded: an address (https://..., https:/... and //... as
// browsers read them, www....) or a path on the site (/chat, \chat); "" for any other value.
func carriedTo(value string) string {
	v := carriedValue(value)
	l := strings.ToLower(v)
	if strings.HasPrefix(l, "/") || strings.HasPrefix(l, `\`) || strings.HasPrefix(l, "www.") ||
		strings.HasPrefix(l, "https:") || strings.HasPrefix(l, "http:") {
		return v
	}
	return ""
}

// carriedValue is a value as a server that reads it decodes it, as many times as it was
// encoded (https%253A%252F%252F is https://), its spaces trimmed.
func carriedValue(value string) string {
	for range 5 {
		d, err := url.QueryUnescape(value)
		if err != nil || d == value {
			break
		}
		value = d
	}
	return strings.TrimSpace(value)
}

// redirected says what is wrong with an address that goes through a redirector (refuse), or
// whose query carries another address, which a redirect of another name would send readers on
// to (a warning); use is what the copies would do with it. msg starts with the address quoted.
func redirected(address, use string) (msg, hint string, refuse bool) {
	field, to := carried(address)
	hint = "give the address of the page itself, the one the link leads to"
	if to != "" {
		hint = "write the address of the page itself: " + cmp.Or(meantURL(to), to) // https:/ and // as a browser reads them
	}
	if service, kind := redirector(address); service != "" {
		return fmt.Sprintf("%s goes through %s, a %s: %s, and %s would send each reader on to a page haven never checked, keeping a record of the visit as the phone's history does", diag.Quote(address), service, kind, use, service), hint, true
	} else if to != "" {
		return fmt.Sprintf("%s carries another address in its query (%s=%s): %s, and if it sends each reader on there, a third party records the visit and haven never checked the page", diag.Quote(address), field, to, use), "if it is a redirect, " + hint, false
	}
	return "", "", false
}
