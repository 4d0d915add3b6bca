package content

import (
	"cmp"
	"fmt"
	"net/netip"
	"strings"

	"haven/internal/diag"
)

// reservedHost says why no page for readers can be on host ("" when one can): RFC 2606 and
// 6761 keep example.com, example.net and example.org (and their subdomains) and the .example,
// .test, .invalid and .localhost top-level domains for documentation and tests, so no one can
// put a page there; localhost, and a loopback or private IP address, is never a page a
// reader's phone reaches. Such an address is one copied from an example or a template, or
// written to try haven out: it is warned of where it is written (exampleAddress), not
// refused, so a preview builds, and the warning says to write the organisation's own before
// printing.
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
	// RFC 6762's .local, ICANN's .internal and RFC 8375's .home.arpa name computers on a
	// network of their own: a printer, an office's server
	case top == "local" || top == "internal":
		return "." + top + onItsOwn
	case top == "arpa" && len(labels) >= 2 && labels[len(labels)-2] == "home":
		return ".home.arpa" + onItsOwn
	}
	return ""
}

const onItsOwn = " names a computer on a network of its own, which no reader's phone elsewhere can reach"

// reservedMsg is what to say, after the address, of one on a host that reservedHost says why
// of: use is what the copies would do with it, write what to write in its place (for most,
// ownAddress).
func reservedMsg(why, use, write string) string {
	return fmt.Sprintf("is an address that opens nothing (%s): %s; write %s before printing", why, use, write)
}

// ownAddress is what to write in place of most addresses on a host kept for examples.
const ownAddress = "your organisation's own address"

// exampleUses are the settings' addresses, each with what the copies would do with it and
// what to write there.
var exampleUses = map[string]struct{ use, write string }{
	"resource_url":         {"every copy's QR code would open it", ownAddress},
	"display_url":          {"every copy would print it under the QR code", ownAddress},
	"cards.discreet_url":   {"every discreet card's QR code would open it", "a neutral address you control"},
	"hotline.chat":         {"every copy that gives the chat would send readers to it", "your chat's own address"},
	"organisation.website": {"every copy would give it as your site", ownAddress},
	"site.privacy_url":     {"the page's safety note would link it", "your own page's address (or leave privacy_url empty for the built-in one)"},
	"site.exit_url":        {"the page's quick exit would open it", "an everyday site's address (or leave exit_url empty for the built-in one)"},
}

// exampleAddress warns of the address the settings' field (one of exampleUses; "" for --url,
// which stands for resource_url) sets where its host is one no page for readers can be on.
func exampleAddress(at diag.Located) diag.Problems {
	use, ok := exampleUses[cmp.Or(at.Field, "resource_url")]
	if !ok || at.Text == "" {
		return nil
	}
	why := reservedHost(comparedHost(at.Text))
	if why == "" {
		return nil
	}
	return diag.Problems{at.At(diag.Quote(at.Text)+" "+reservedMsg(why, use.use, use.write), "")}
}
