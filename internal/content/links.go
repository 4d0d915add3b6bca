package content

import (
	"cmp"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	publicsuffix "haven/internal/psl"

	"haven/internal/diag"
	"haven/internal/phone"
)

// links checks the FAQ's links once its placeholders are filled in, and sets what paper
// prints for each: paper cannot be tapped, so a link's number or address follows its words
// in brackets ("call us (1-216-555-0100)"), unless the words already show it. A number, site
// or email address in the words must be the one the link opens: else the reader dials or
// types one thing and a tap opens another. A link's number is kept as a phone dials it. A tel: or sms: link one slip from a configured number is a likely typo,
// as a number typed into a text is, and so is one in the path of an address paper prints. It returns the paper texts, which the fonts must print.
func (faq *FAQ) links(file string, vars map[string]diag.Located, s Settings) ([]diag.Located, diag.Problems) {
	var ps diag.Problems
	var printed []diag.Located
	nums, own := s.Numbers(), ownHosts(s)
	lang, _, _ := strings.Cut(path.Base(path.Dir(file)), "-") // the edition's language: zh, ja
	each := func(paras []Para) {
		for i := range paras {
			p := &paras[i]
			paper := false
			for j := range p.Links {
				l := &p.Links[j]
				l.Text = fill(l.Text, vars)
				if msg, hint := linkHostSlip(*l, own); msg != "" { // before mismatch: the words may be right
					if !l.bare { // an address written bare is the text's, whose checks name its slip
						ps.Add(file, l.line, p.Field, msg, hint)
					}
					continue
				}
				if len(p.pieces) == len(p.Links)+1 && !l.bare {
					// the printed text before the link's words and after them, other links' words too
					before := strings.TrimSuffix(fill(strings.Join(p.pieces[:j+1], ""), vars), l.Text)
					if msg, hint := gluedLink(*l, before, fill(strings.Join(p.pieces[j+1:], ""), vars)); msg != "" {
						ps.Add(file, l.line, p.Field, msg, hint)
						continue
					}
				}
				// an address written bare is its own words, and the text's checks read its numbers
				if msg, hint := mismatch(*l, s.Country, nums); msg != "" && !l.bare {
					ps.Add(file, l.line, p.Field, msg, hint)
					continue
				}
				if msg, hint := whatsApp(l.URL, s.Country); msg != "" { // dialforms.go
					ps.Add(file, l.line, p.Field, msg, hint)
					continue
				}
				if printed := linkAddress(l.URL); printed != "" { // printed on paper: a number in it is read and dialled
					if lps := checkNumbers(file, textLines{first: l.line}, p.Field, printed, s.Country, nums, false, false); len(lps) > 0 {
						if !l.bare {
							ps.AddAll(lps)
						}
						continue
					}
				} else if scheme, number, _ := strings.Cut(l.URL, ":"); scheme == "tel" || scheme == "sms" {
					// a link's number is one to call or text, however short, as "Call 912" in a sentence
					if sl := slips("call "+number, s.Country, nums, true); len(sl) > 0 && sl[0].wrong != "" {
						ps.Add(file, l.line, p.Field, fmt.Sprintf("the link [%s](%s) %s", l.Text, l.asTyped(), strings.TrimPrefix(sl[0].wrong, fmt.Sprintf("%q ", sl[0].written))), sl[0].hint)
						continue
					} else if len(sl) > 0 {
						ps.Add(file, l.line, p.Field, fmt.Sprintf("the link [%s](%s) is one slip away from %s %s; a likely typo", l.Text, l.asTyped(), sl[0].near.Field, sl[0].near.Written),
							bothRight(fmt.Sprintf("%s is %s; check which is right", sl[0].near.Field, sl[0].near.Written), cmp.Or(sl[0].digits, sl[0].written), s.Country, sl[0].near))
						continue
					}
					to, _, _ := strings.Cut(number, "?") // without its message
					if msg, hint := undialable(scheme, to, s.Country, nums); msg != "" {
						ps.Add(file, l.line, p.Field, fmt.Sprintf("the link [%s](%s) %s", l.Text, l.asTyped(), msg), hint)
						continue
					}
					if st, ok := s.untextable(to); ok && scheme == "sms" {
						msg, hint := s.noTexts(fmt.Sprintf("the link [%s](%s)", l.Text, l.asTyped()), st)
						ps.Add(file, l.line, p.Field, msg, hint)
						continue
					}
					if text := settingOf(s, "text"); scheme == "tel" && text.is(to, s.Country) && s.takesNoCalls(text, settingOf(s, "call"), settingOf(s, "tty")) {
						msg, hint := s.noCalls(fmt.Sprintf("the link [%s](%s)", l.Text, l.asTyped()), text)
						ps.Add(file, l.line, p.Field, msg, hint)
						continue
					}
				}
				l.URL = dialForm(l.URL, s.Country)
				l.Print = printedAddress(*l, s)
				// a text link to the line opens its message as the bare number's does: the line
				// answers only texts with its keyword (layout sends the word the sentence names)
				if to, ok := strings.CutPrefix(l.URL, "sms:"); ok && s.Hotline.Keyword.Text != "" && settingOf(s, "text").is(to, s.Country) {
					l.URL += "?body=" + url.QueryEscape(s.Hotline.Keyword.Text)
				}
				paper = paper || l.Print != ""
			}
			if len(p.pieces) != len(p.Links)+1 {
				continue
			}
			placeLinks(p, vars, lang)
			if paper {
				printed = append(printed, p.Printed())
			}
		}
	}
	each(faq.Intro)
	for _, q := range faq.Questions {
		each(q.Answer)
	}
	each(faq.Closing)
	return printed, ps
}

// gluedLink is what is wrong with a call or text link whose words begin or end in a digit
// written against a digit before or after it, "Call 9[11](tel:911)": the digits print as one
// number, 911, which the link holds only a part of, and paper prints its number after that,
// "911 (911)". So do digits a space from them where the words ask to dial the number, as the
// digits' own reading joins groups a space apart: "Call 9 [11](tel:911)", "Call [9](tel:911)
// [1](tel:911)[1](tel:911)". "" for any other link (a page's, "2023[1](https://...)", a
// source's note) and digits that are no part of the number ("Call [988](tel:988) 24 hours a
// day", "Open 24/7 [988](tel:988)").
func gluedLink(l Link, before, after string) (msg, hint string) {
	if !strings.HasPrefix(l.URL, "tel:") && !strings.HasPrefix(l.URL, "sms:") {
		return "", ""
	}
	var lead, trail string // the digits outside the link that its words' own are written against
	if r, _ := utf8.DecodeRuneInString(l.Text); unicode.IsDigit(r) {
		lead = before[len(strings.TrimRightFunc(before, unicode.IsDigit)):]
	}
	if r, _ := utf8.DecodeLastRuneInString(l.Text); unicode.IsDigit(r) {
		trail = after[:len(after)-len(strings.TrimLeftFunc(after, unicode.IsDigit))]
	}
	against := "against"
	if lead == "" && trail == "" {
		if r, _ := utf8.DecodeRuneInString(l.Text); unicode.IsDigit(r) {
			if m := spacedLeadRE().FindStringSubmatch(before); m != nil {
				lead = m[1]
			}
		}
		if r, _ := utf8.DecodeLastRuneInString(l.Text); unicode.IsDigit(r) {
			if m := spacedTrailRE().FindStringSubmatch(after); m != nil && !Counted(after[len(m[1]):]) {
				trail = m[1]
			}
		}
		front, rest := before[:len(before)-len(lead)], after[len(trail):]
		if lead == "" && trail == "" || !askedToDial(front, rest) && !askedBefore(askClause(front)) && !keyedIn(front) {
			return "", ""
		}
		against = "a space from"
	}
	whole := lead + l.Text + trail
	return fmt.Sprintf("the link [%s](%s) is written %s the digits beside it: %q prints as one number, of which the link holds only %q", l.Text, l.asTyped(), against, whole, l.Text),
		fmt.Sprintf("put the whole number in the link's words: [%s](%s)", whole, l.asTyped())
}

// spacedLeadRE ends a text in groups of digits each followed by a space, the first a word of
// its own ("Call 1 888 "; not the 7 of "24/7 "); spacedTrailRE starts one with groups each after
// a space, the last ending its word (" 11 in danger", " 1."; not the 24 of " 24/7").
var (
	spacedLeadRE  = lazyRE(`(?:^|[\s\p{Zs}(])((?:[0-9]+[ \x{00a0}])+)$`)
	spacedTrailRE = lazyRE(`^((?:[ \x{00a0}][0-9]+)+)(?:$|[\s\p{Zs},;!?)]|[.:](?:$|[\s\p{Zs}]))`)
)

// undialable is what is wrong with the number to that a tel: or sms: link (scheme) dials, ""
// when a phone reaches someone with it: a number of the country or, written with +, of
// another; one of the organisation's own (a short code, a short line confirmed); or a short
// number without a + (a service, the emergency number). The link dials what it holds, and its
// words print it after them: "[Call us](tel:+8007997233)" would print and dial a number of
// no one.
func undialable(scheme, to, country string, nums []Number) (msg, hint string) {
	d := phone.Digits(to)
	switch plus := strings.HasPrefix(strings.TrimSpace(to), "+"); {
	case d == "":
		return "", ""
	case plus && len(d) <= 6:
		return fmt.Sprintf("dials %s: a short number is dialled without a +, and with one reaches no one", to), fmt.Sprintf("write %s:%s", scheme, d)
	case !plus && len(d) <= 6 || slices.ContainsFunc(nums, func(n Number) bool { return n.Key == d || n.Local == d }):
		return "", ""
	}
	if _, err := phone.Parse(to, country); err != nil {
		return "dials no number: " + err.Error(), "write the number as the line gives it, with + and its country code for one of another country (tel:+1-800-799-7233)"
	}
	return "", ""
}

// placeLinks finds where each of p's links stands in its Text and, with each link's number or
// address in brackets after its words, makes the paragraph as printed, Paper, when any has one;
// lang is the edition's language (printedAfter).
func placeLinks(p *Para, vars map[string]diag.Located, lang string) {
	var web, paper strings.Builder
	end := func(b *strings.Builder, s string) int { // where s, just written, begins; -1 if not
		if !strings.HasSuffix(b.String(), s) {
			return -1
		}
		return b.Len() - len(s)
	}
	for j := range p.Links {
		l := &p.Links[j]
		piece := fill(p.pieces[j], vars)
		web.WriteString(piece)
		paper.WriteString(piece)
		l.At, l.PaperAt, l.PrintAt, l.Placed = end(&web, l.Text), end(&paper, l.Text), -1, true
		if printedNext(fill(p.pieces[j+1], vars), l.Print) {
			l.Print = "" // the words after it show it, and take its link as every number does
		}
		if l.Print != "" {
			l.After = printedAfter(paper.String(), l.Print, lang, p.Text)
			paper.WriteString(l.After)
			l.PrintAt = paper.Len() - len(l.After) + strings.Index(l.After, l.Print)
		}
	}
	rest := fill(p.pieces[len(p.Links)], vars)
	web.WriteString(rest)
	paper.WriteString(rest)
	if web.String() != p.Text { // not cut as the text reads: place nothing
		for j := range p.Links {
			p.Links[j].Placed, p.Links[j].After = false, ""
		}
		return
	}
	if paper.Len() == web.Len() {
		return
	}
	lead := len(paper.String()) - len(strings.TrimLeftFunc(paper.String(), unicode.IsSpace))
	p.Paper = strings.TrimSpace(paper.String())
	for j := range p.Links {
		l := &p.Links[j]
		l.PaperAt, l.PrintAt = shifted(l.PaperAt, lead), shifted(l.PrintAt, lead)
	}
}

// printedNext reports whether next, the words right after a link, start with what paper would
// print after it, print: "[call the hotline](tel:+18883737888) 1-888-373-7888 any time" prints
// the number once, not "(1-888-373-7888) 1-888-373-7888".
func printedNext(next, print string) bool {
	if print == "" {
		return false
	}
	next = strings.TrimLeft(plainOf(next).text, " \u00a0(:")
	if d := phone.Digits(print); d != "" && strings.IndexFunc(print, unicode.IsLetter) < 0 {
		rs := numberRuns(next)
		if len(rs) == 0 || rs[0].at != 0 && strings.Trim(next[:rs[0].at], "+(") != "" {
			return false
		}
		got := rs[0].digits
		return got == d || strings.TrimPrefix(got, "1") == strings.TrimPrefix(d, "1")
	}
	return len(next) >= len(print) && strings.EqualFold(next[:len(print)], print)
}

// shifted is at moved back by lead, or -1 if it was unknown or is cut off.
func shifted(at, lead int) int {
	if at < lead {
		return -1
	}
	return at - lead
}

// linkAddress is the part of a web or email link's address where a number can hide, as read:
// an https: link's path, query and fragment, a mailto: link's whole address (as a number
// written in the text before @example.org is); "" for any other link.
func linkAddress(u string) string {
	scheme, target, _ := strings.Cut(u, ":")
	switch scheme {
	case "https":
		return urlPath(u)
	case "mailto":
		if t, err := url.PathUnescape(target); err == nil {
			return t // 1888%2D373%2D7889 is 1888-373-7889 to the mail app
		}
		return target
	}
	return ""
}

// printedAfter is how a link's number or address follows its words, before (the paragraph so
// far): in brackets, "call us (1-216-555-0100)", or after a comma where brackets would nest,
// inside brackets or around a number written with its own, "call our office, (216) 555-0142".
// A paragraph of a Chinese or Japanese edition (lang) written in its characters (text) takes
// the brackets and the comma full-width, with no space: "热线网站（humantraffickinghotline.org）";
// Japanese's comma is "、".
func printedAfter(before, print, lang, text string) string {
	open, closing, comma := " (", ")", ", "
	if (lang == "zh" || lang == "ja") && strings.ContainsFunc(text, func(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }) {
		open, closing, comma = "（", "）", map[string]string{"zh": "，", "ja": "、"}[lang]
	}
	if strings.Count(before, "(")+strings.Count(before, "（") > strings.Count(before, ")")+strings.Count(before, "）") || strings.HasPrefix(print, "(") {
		return comma + print
	}
	return open + print + closing
}

// fill fills in the placeholders of a text whose own copy expandAll has checked.
func fill(s string, vars map[string]diag.Located) string {
	if !strings.Contains(s, "{") {
		return s
	}
	return fillEach(s, func(m string) string {
		if v, ok := vars[m[1:len(m)-1]]; ok {
			return v.Text
		}
		return m
	})
}

// pageName is the name of a link's site, its registrable domain without its public suffix
// (211info for https://www.211info.org); "-" for a link to no web page, which names nothing.
func pageName(u string) string {
	d := hostOf(u)
	if !strings.HasPrefix(u, "https:") && !strings.HasPrefix(u, "http:") || d == "" {
		return "-"
	}
	name, _, _ := strings.Cut(d, ".")
	return name
}

// readsAsAddress is whether words read as a web address written in ASCII, or with an
// international host that IDNA accepts (münchen.de/hilfe).
func readsAsAddress(words string) bool {
	return addressHost(asciiURL(words), false) != ""
}

// addressHost is the host of words that read as a web address, "" when they do not: perhaps a
// scheme (http:// or https://), a host of two or more labels of letters, digits and hyphens,
// the last starting with a letter and two characters or more, perhaps its port
// (example.org:8443, which the link keeps), and perhaps a path without spaces. Letters are ASCII unless anyScript, which reads a look-alike (a Cyrillic е in
// hotlinе.org) as the address it passes for. It is read by hand: every run reads the address
// in qr_alt, and a pattern would be compiled for it.
func addressHost(words string, anyScript bool) string {
	for _, scheme := range []string{"https://", "http://"} {
		if len(words) >= len(scheme) && strings.EqualFold(words[:len(scheme)], scheme) {
			words = words[len(scheme):]
			break
		}
	}
	host, path, _ := strings.Cut(words, "/")
	if strings.ContainsAny(path, " \t\n\f\r") {
		return ""
	}
	host, _ = cutPort(host)
	letter := func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || anyScript && unicode.IsLetter(r)
	}
	labels := strings.Split(host, ".")
	last := []rune(labels[len(labels)-1])
	if len(labels) < 2 || len(last) < 2 || !letter(last[0]) {
		return ""
	}
	for _, l := range labels {
		if l == "" || strings.ContainsFunc(l, func(r rune) bool { return !letter(r) && !(r >= '0' && r <= '9') && r != '-' }) {
			return ""
		}
	}
	return host
}

// looksLikeNumber says whether words read as a number: digits, with what people group them
// with, a + and a vanity number's capitals.
func looksLikeNumber(words string) bool {
	digits := 0
	for _, r := range words {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' || phone.IsSeparator(r) || r >= 'A' && r <= 'Z':
		default:
			return false
		}
	}
	return digits >= 3
}

// mismatch says how a link's words, where they read as a number or an address, differ from
// what it opens, with what to write instead; "" when they agree or say neither.
func mismatch(l Link, country string, nums []Number) (msg, hint string) {
	p := plainOf(l.Text)
	words := strings.TrimSpace(p.text) // its digits in ASCII, as dialled
	scheme, target, _ := strings.Cut(l.URL, ":")
	if len(letterDigits(p, p.text, country, nums)) > 0 {
		// the text's own check names the letter typed for a digit; read here as a keypad
		// letter ("555-O187" as 555-6187) it would suggest a stranger's number
		return "", ""
	}
	if scheme == "tel" || scheme == "sms" {
		if sl := slips("call "+target, country, nums, true); len(sl) > 0 && sl[0].wrong != "" {
			// the link's own number is in a form no phone dials (tel:+61131114, sms:+1233733):
			// links names it and the form to write, which a link of other words would keep
			return "", ""
		}
	}
	// words that show no number, for a link of each kind
	other := "[" + map[string]string{"tel": "call us", "sms": "text us", "https": "our page", "mailto": "email us"}[scheme] + "](" + l.URL + ")"
	if looksLikeNumber(words) {
		n, err := phone.Parse(words, country)
		if scheme == "tel" || scheme == "sms" {
			if t, terr := phone.Parse(target, country); err == nil && terr == nil && t.Key() == n.Key() || phone.Digits(target) == phone.Digits(words) {
				return "", ""
			}
		} else if err != nil {
			return "", "" // a year or a count, which no one dials
		}
		own := scheme + ":" + cmp.Or(n.Dial, phone.Digits(words))
		if scheme == "https" || scheme == "mailto" {
			own = "tel:" + n.Dial
		}
		return fmt.Sprintf("the link [%s](%s) shows a number but opens %s", l.Text, l.asTyped(), l.URL),
			fmt.Sprintf("make the words the number it dials, [%s](%s), or words that are no number: %s", words, own, other)
	}
	if scheme == "tel" || scheme == "sms" {
		if shown := otherNumber(words, target, country, nums, ""); shown != "" {
			return fmt.Sprintf("the link [%s](%s) shows %s but dials %s", l.Text, l.asTyped(), shown, l.URL),
				"make the number in the words the one it dials, or words that show no number: " + other
		}
	} else if shown := otherNumber(withoutAddresses(words), "", country, nums, pageName(l.URL)); shown != "" { // a page or an email dials nothing; a number in an address the words show is the address's (wa.me/27821234567)
		return fmt.Sprintf("the link [%s](%s) shows the number %s but opens %s", l.Text, l.asTyped(), shown, l.URL),
			fmt.Sprintf("link the number on its own, [%s](%s), and this with words that show no number", shown, dialForm("tel:"+phone.Digits(shown), country))
	}
	if readsAsAddress(words) {
		if opens := typedOpens(words, l.URL); scheme == "https" && (opens == "" || opens == pageAbove) { // the site's name, as words may give it (paper prints the page's address after it: printedAddress)
			return "", ""
		}
		return fmt.Sprintf("the link [%s](%s) shows one address but opens another", l.Text, l.asTyped()),
			fmt.Sprintf("make the words the address the link opens, [%s](%s), or write words that are no address: [our resource list](%s)", PrintedURL(l.URL), l.URL, l.URL)
	}
	for _, w := range strings.Fields(words) {
		if mail := mailIn(w); mail != "" && !(scheme == "mailto" && strings.EqualFold(mail, target)) {
			return fmt.Sprintf("the link [%s](%s) shows the email address %s but opens %s", l.Text, l.asTyped(), mail, l.URL),
				fmt.Sprintf("link the address the words show, [%s](mailto:%s), or write words that show no address", mail, mail)
		}
		site := siteIn(w)
		// münchen.de in the words is the site xn--mnchen-3ya.de the link opens
		if site == "" || scheme == "https" && asciiURL(site) == hostOf(l.URL) || scheme == "mailto" && site == mailSite(target) {
			continue
		}
		return fmt.Sprintf("the link [%s](%s) shows the site %s but opens %s", l.Text, l.asTyped(), site, l.URL),
			fmt.Sprintf("make the address in the words the site the link opens, or words that show no address: [our resource list](%s)", l.URL)
	}
	return "", ""
}

// mailIn is a word that reads as an email address, its punctuation aside, or "". An email
// address is ASCII (mailRE), so it begins and ends at a character beyond it, as written against
// the words of a language without spaces (发邮件至help@mission.org即可) or in its quotes; never at
// a letter or an apostrophe of its own (renée.dupont@, o’brien@): the link would write to the
// part after it, another person's address.
func mailIn(word string) string {
	beyond := func(r rune) bool { return r > unicode.MaxASCII && !unicode.Is(unicode.Cf, r) } // a hidden one is named by its own check
	// a letter of the scripts an address's name is written in, or a mark or an apostrophe
	// between such letters (o’brien), is its own; Korean's particle after it (로), Chinese words
	// before it, a curly quote around it are not
	latin := func(r rune) bool { return unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) }
	ownPart := func(s string, i int) bool {
		r, n := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune("’‘ʼ", r) {
			p, _ := utf8.DecodeLastRuneInString(s[:i])
			q, _ := utf8.DecodeRuneInString(s[i+n:])
			return latin(p) && unicode.IsLetter(p) && (q < utf8.RuneSelf && unicode.IsLetter(q) || latin(q))
		}
		return latin(r) && unicode.IsLetter(r) || unicode.IsMark(r)
	}
	if at := strings.IndexByte(word, '@'); at >= 0 {
		if end := strings.IndexFunc(word[at:], beyond); end >= 0 {
			if ownPart(word, at+end) {
				return ""
			}
			word = word[:at+end]
		}
		if start := strings.LastIndexFunc(word[:at], beyond); start >= 0 {
			_, n := utf8.DecodeRuneInString(word[start:])
			if ownPart(word, start) && start+n < at {
				return ""
			}
			word = word[start+n:]
		}
	}
	w := strings.Trim(word, `()[]{}<>,;:!?."'“”‘’`)
	if !mailRE().MatchString("mailto:" + w) {
		return ""
	}
	return w
}

// mailSite is the registrable domain of an email address: mission.org for help@mail.mission.org.
func mailSite(address string) string {
	_, domain, _ := strings.Cut(address, "@")
	return registrable(domain)
}

// siteIn is the registrable domain of a word that reads as a web address, "" for any other.
func siteIn(word string) string {
	if _, host := addressIn(word); host != "" {
		return registrable(host)
	}
	return ""
}

// punctuation is what a word may have around it that is no part of an address.
const punctuation = `()[]{}<>,;:!?."'“”‘’`

// addressIn is the web address a word reads as, its punctuation aside ("mission.org." at the
// end of a sentence, "mission.org's") and any words of another script written against it
// (addressRun), in any script, and its host, lower-cased; "" for any other word: one whose
// ending is no public suffix ("e.g.", "St.Louis") names no site.
func addressIn(word string) (address, host string) {
	w := strings.Trim(addressRun(word), punctuation)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // mission.org's chat
	host = strings.ToLower(addressHost(w, true))
	if host == "" {
		return "", ""
	}
	if suffix, icann := publicsuffix.PublicSuffix(host); !icann || suffix == host {
		return "", ""
	}
	return w, host
}

// addressRun is the part of word an address can be where it runs on into the words around it,
// as a language written without spaces writes them, and a placeholder fills in ("扫码打开{url}即可"
// prints 扫码打开example.org/info即可): a host's label keeps to one script, and its path to
// the host's, and neither holds punctuation or a symbol beyond ASCII (：。，), so the address
// begins and ends at one. Any other word is itself, for addressHost to judge whole
// (help@mission.org names no site).
func addressRun(word string) string {
	dot := strings.IndexByte(word, '.')
	if dot < 0 || !strings.ContainsFunc(word, func(r rune) bool { return r > unicode.MaxASCII }) {
		return word // most words
	}
	// back from the first dot, over the host's first label, to where another script begins
	start, label := dot, ""
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(word[:start])
		if in, _ := inLabel(r, &label); !in {
			break
		}
		start -= n
	}
	before := label
	for _, scheme := range []string{"https://", "http://"} {
		if start >= len(scheme) && strings.EqualFold(word[start-len(scheme):start], scheme) {
			start, before = start-len(scheme), "Latin"
			break
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(word[:start]); start > 0 {
		if _, stop := inLabel(r, &before); !stop {
			start = 0 // "help@mission.org", "QR:mission.org": the word as written
		}
	}
	// on from it, label by label and then along the path, to where another script begins
	scripts, path := map[string]bool{label: true}, false
	label = ""
	for i, r := range word[dot:] {
		switch {
		case path:
			script := ""
			if _, stop := inLabel(r, &script); stop || !scripts[script] && script != "" {
				return word[start : dot+i]
			}
		case r == '.':
			label = ""
		case r == '/' || r == '?' || r == '#':
			path = true
		default:
			if _, stop := inLabel(r, &label); stop {
				return word[start : dot+i]
			}
			scripts[label] = true
		}
	}
	return word[start:]
}

// inLabel says whether r may go on a host's label in script (a letter or digit of it, a hyphen,
// a mark), setting script at its first letter, or stops it: a letter of another script, or
// punctuation, a symbol or a space beyond ASCII. Latin, Greek and Cyrillic count as one, and
// a label mixing them is read whole, as the look-alike of an address it passes for (hotlinе.org
// with a Cyrillic е); so do Han, Kana, Bopomofo and Hangul, which a Japanese or Korean host
// mixes.
func inLabel(r rune, script *string) (in, stop bool) {
	switch {
	case r <= unicode.MaxASCII:
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			break
		}
		return r >= '0' && r <= '9' || r == '-', false
	case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r):
		return false, true
	case !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r):
		return false, false // a format character, which the checks of hidden ones name
	}
	s := "Latin"
	if r > unicode.MaxASCII {
		s = ScriptOf(r)
	}
	switch s {
	case "Greek", "Cyrillic":
		s = "Latin"
	case "Hiragana", "Katakana", "Bopomofo", "Hangul":
		s = "Han"
	case "": // a combining accent, a Kana length mark (ー): its letter's
		return true, false
	}
	if *script == "" {
		*script = s
	}
	return s == *script, s != *script
}

// printedAddress is what paper prints after a link's words: the number as the content writes
// it, or the address as people type it; "" when the words already hold it.
func printedAddress(l Link, s Settings) string {
	words := strings.TrimSpace(plainOf(l.Text).text) // its digits in ASCII, as dialled
	scheme, target, _ := strings.Cut(l.URL, ":")
	if scheme == "mailto" {
		if strings.Contains(strings.ToLower(words), strings.ToLower(target)) {
			return ""
		}
		return target
	}
	if scheme == "https" {
		short := PrintedURL(l.URL)
		if strings.Contains(strings.ToLower(words), strings.ToLower(short)) {
			return ""
		}
		// words that are the site's name, or a page above the one it opens ("gov.uk" for
		// www.gov.uk/guidance/...), bring a reader who types them there, not to that page
		if readsAsAddress(words) && typedOpens(words, l.URL) != pageAbove {
			return ""
		}
		return short
	}
	for _, r := range numberRuns(words) { // "text HELP to 233733": a short code the words show
		if phone.Digits(r.text) == phone.Digits(target) {
			return ""
		}
	}
	if prefix, national, relay := phone.Relay(target, s.Country); relay { // tel:1800108082000247: "18001 0808 2000 247"
		return prefix + " " + phone.Grouped(national, s.Country)
	}
	n, err := phone.Parse(target, s.Country)
	if err != nil {
		return target
	}
	if looksLikeNumber(words) || strings.Contains(phone.Digits(words), national(n)) {
		return ""
	}
	for _, c := range s.Numbers() {
		if c.Key == n.Key() {
			return c.Written // as settings.yaml writes it, and {call} prints it
		}
	}
	if phone.CountryCode(s.Country) == 1 && len(n.Dial) == 12 && strings.HasPrefix(n.Dial, "+1") {
		return nanpLike(n.Dial[2:], s.Hotline.CallNumber().Text)
	}
	// in the groups its country writes it in, as a reader dials it: a number of the content's
	// country as it is dialled there (tel:+448088005000 in the UK prints 0808 800 5000), any
	// other with its calling code (+44 808 800 5000); not a run of digits read as one large number
	if d := phone.National(n.Key()); d != "" && phone.RegionOf(n.Key()) == cmp.Or(s.Country, "US") {
		return phone.Grouped(d, s.Country)
	}
	if strings.HasPrefix(n.Dial, "+") {
		return phone.Grouped(n.Dial, s.Country)
	}
	return phone.Grouped(target, s.Country)
}

// typedOpens is how the address words show, typed by a reader (whatever their scheme), stands
// to the page url opens, as displayOpens says.
func typedOpens(words, url string) string {
	typed := words
	if _, rest, ok := strings.Cut(words, "://"); ok {
		typed = rest
	}
	return displayOpens(asciiURL("https://"+typed), url)
}

// national is a number's digits without its country code (those of a U.S. number without +1).
func national(n phone.Number) string {
	if strings.HasPrefix(n.Dial, "+1") && len(n.Dial) == 12 {
		return n.Dial[2:]
	}
	return phone.Digits(n.Dial)
}

// nanpStyleRE is how a U.S. number is written: a leading 1, brackets and separators.
var nanpStyleRE = lazyRE(`^(\+?1[ .-])?(\()?[0-9]{3}(\))?([ .-]?)[0-9]{3}([ .-])[0-9]{4}$`)

// nanpLike writes the ten digits d of a U.S. number as model, the hotline's number, is written
// ("1-888-373-7888" writes 2165550100 as 1-216-555-0100); with dashes when model is no such
// number (a vanity number, 988).
func nanpLike(d, model string) string {
	m := nanpStyleRE().FindStringSubmatch(model)
	if m == nil {
		m = []string{"", "", "", "", "-", "-"}
	}
	return m[1] + m[2] + d[:3] + m[3] + m[4] + d[3:6] + m[5] + d[6:]
}

// otherNumber is a number written in words that a phone would dial other than target (a tel:
// or sms: link's number), or "": words shown around a number ("call us at (216) 555-0142")
// must not dial another. A number is one a phone dials, or a configured short code. site is
// the name of the site a page's link opens (211info of www.211info.org; "-" for an email's
// link, "" for a number's): there a number that is part of a word ("211info"), or that the
// site's name holds with no word asking to call it ("Oregon 211" opening 211info.org), names
// the site, and no one dials it.
func otherNumber(words, target, country string, nums []Number, site string) string {
	t, terr := phone.ParseTTY(target, country)
	for _, r := range numberRuns(words) {
		if site != "" {
			after, _ := utf8.DecodeRuneInString(words[r.at+len(r.text):])
			if unicode.IsLetter(after) || strings.Contains(site, phone.Digits(r.text)) && !callWordRE().MatchString(words[:r.at]) {
				continue
			}
		}
		n, err := phone.ParseTTY(r.text, country)
		short := slices.ContainsFunc(nums, func(c Number) bool { return c.Key == phone.Digits(r.text) })
		if err != nil && !short || phone.Digits(r.text) == phone.Digits(target) || err == nil && terr == nil && n.Key() == t.Key() {
			continue
		}
		return r.text
	}
	return ""
}

// dialForm writes a tel: or sms: link's number as a phone dials it (tel:+18883737888 for
// tel:18883737888), as the page's read-back reads the number its words show; any other link,
// or a number no parser reads (a short code), is kept as written, its # escaped as
// layout.PhoneURL escapes it (tel:%238008: a bare # would end the link's number).
func dialForm(u, country string) string {
	scheme, number, _ := strings.Cut(u, ":")
	if scheme != "tel" && scheme != "sms" {
		return u
	}
	if n, err := phone.ParseTTY(number, country); err == nil {
		return scheme + ":" + n.Dial
	}
	return strings.ReplaceAll(u, "#", "%23")
}
