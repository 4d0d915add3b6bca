package content

import "strings"

// lowerScheme is u with its scheme in lower case: HTTPS://example.org/help opens what
// https://example.org/help does, and TEL:+18883737888 dials what tel:+18883737888 does, since
// schemes are case-insensitive; the address is printed, encoded and compared in that usual
// form, so what the codes open and what the texts name agree. Any other text is returned as it
// is (the host keeps its case: HumanTraffickingHotline.org).
func lowerScheme(u string) string {
	scheme, rest, ok := strings.Cut(u, ":")
	if !ok || scheme == "" || strings.ToLower(scheme) == scheme || strings.ContainsFunc(scheme, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
		return u
	}
	return strings.ToLower(scheme) + ":" + rest
}

// lowerSchemes writes the scheme of every address settings.yaml holds in lower case, and an
// international host in the ASCII form it opens (asciiURL), which PrintedURL prints in Unicode.
func (s *Settings) lowerSchemes() {
	for _, u := range []*string{&s.ResourceURL, &s.DisplayURL, &s.Organisation.Website, &s.Site.ExitURL, &s.Site.PrivacyURL, &s.Cards.DiscreetURL, &s.Hotline.Chat.Text} {
		*u = asciiURL(lowerScheme(*u))
	}
}
