package content

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
)

// reservedHost says why no page for readers can be on host ("" when one can): RFC 2606 and
// 6761 keep example.com, example.net and example.org (and their subdomains) and the .example,
// .test, .invalid and .localhost top-level domains for documentation and tests, so no one can
// put a page there; localhost, and a loopback or private IP address, is never a page a
// reader's phone reaches. Such an address is one copied from an example or a template: it
// would print on every copy and open nothing.
func reservedHost(host string) string {
	h := strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if ip, err := netip.ParseAddr(h); err == nil {
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return h + " is a private address, which no reader's phone can reach"
		}
		return ""
	}
	labels := strings.Split(h, ".")
	top := labels[len(labels)-1]
	switch {
	case h == "localhost":
		return "localhost is the computer it is opened on, no site a reader's phone can reach"
	case top == "localhost" || top == "example" || top == "test" || top == "invalid":
		return "." + top + " is kept for examples and tests"
	case len(labels) >= 2 && labels[len(labels)-2] == "example" && (top == "com" || top == "net" || top == "org"):
		return "example." + top + " is kept for examples and tests"
	}
	return ""
}

// reservedMsg is what to say of an address on a host that reservedHost says why of, after the
// address: no page can be there.
func reservedMsg(why string) string {
	return fmt.Sprintf("an address that opens nothing (%s): no page for readers can be there, and every copy would print it; write your organisation's own address", why)
}

// addressHint is hint, what to do of address CheckURL refuses; none where it refuses it for its
// host, whose message says what to do: the hint's pattern would only repeat it.
func addressHint(address, hint string) string {
	if u, err := url.Parse(address); err == nil && reservedHost(u.Hostname()) != "" {
		return ""
	}
	return hint
}
