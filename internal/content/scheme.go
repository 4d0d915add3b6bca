package content

import "strings"

// cutScheme is u after its scheme and ://, and whether it starts with them: the :// of an
// address carried in a query (www.google.com/url?q=https://...) starts nothing.
func cutScheme(u string) (rest string, ok bool) {
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok || scheme == "" || strings.ContainsFunc(scheme, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')
	}) {
		return u, false
	}
	return rest, true
}

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

// lowerSchemes writes the scheme of every address settings.yaml holds in lower case, an
// international host in the ASCII form it opens (asciiURL), which PrintedURL prints in Unicode,
// and its path without the dot segments a browser resolves (withoutDots).
func (s *Settings) lowerSchemes() {
	for _, u := range []*string{&s.ResourceURL, &s.DisplayURL, &s.Organisation.Website, &s.Site.ExitURL, &s.Site.PrivacyURL, &s.Cards.DiscreetURL, &s.Hotline.Chat.Text} {
		*u = withoutDots(asciiURL(lowerScheme(*u)))
	}
}

// withoutDots is a web address, with or without its https://, with the "." and ".." segments of
// its path resolved as a browser resolves them before it opens the page (RFC 3986's
// remove_dot_segments, a segment percent-encoded as %2e or %2E included, and a backslash read
// as the slash a browser reads it as): https://example.org/help/../chat and
// https://example.org/help/%2e%2e/chat open https://example.org/chat, and are compared and
// linked as that. Any other address is returned as it is.
func withoutDots(u string) string {
	before, host, after := splitHost(u)
	path, rest := after, ""
	if i := strings.IndexAny(after, "?#"); i >= 0 {
		path, rest = after[:i], after[i:]
	}
	if !strings.ContainsAny(path, ".%\\") {
		return u // most addresses
	}
	path = slashesDecoded(strings.ReplaceAll(path, "\\", "/"))
	segs := strings.Split(path, "/")[1:] // after the slash the path begins with
	var out []string
	for i, seg := range segs {
		last := i == len(segs)-1
		switch strings.ReplaceAll(strings.ToLower(seg), "%2e", ".") {
		case ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, seg)
			continue
		}
		if last { // "/help/.." is "/": the path still ends in a folder
			out = append(out, "")
		}
	}
	return before + host + "/" + strings.Join(out, "/") + rest
}

// slashesDecoded is path with each slash written %2F read as one where that makes a "." or
// ".." segment (chat%2F..%2Fdonate): a server decodes it before it resolves them, and opens
// /donate. Anywhere else a %2F is a character of its segment's name (a%2Fb), left as written.
func slashesDecoded(path string) string {
	if !strings.Contains(strings.ToLower(path), "%2f") {
		return path
	}
	decoded := strings.NewReplacer("%2F", "/", "%2f", "/").Replace(path)
	for seg := range strings.SplitSeq(decoded, "/") {
		if s := strings.ReplaceAll(strings.ToLower(seg), "%2e", "."); s == "." || s == ".." {
			return decoded
		}
	}
	return path
}
