package content

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net/netip"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"haven/internal/colour"
	"haven/internal/diag"
	"haven/internal/phone"
)

// shortcode is whether s is a short code people text: three to eight digits.
func shortcode(s string) bool {
	return len(s) >= 3 && len(s) <= 8 && strings.Trim(s, "0123456789") == ""
}

// meantAsNumber reports whether written, a hotline.text that is neither a phone number nor a
// short code, is meant as a phone number: it starts with + or 0 (a trunk prefix), which no
// short code does, or has as many digits as the country's numbers, or more than a short code.
func meantAsNumber(written, country string) bool {
	t := strings.TrimLeft(written, " (")
	n := len(phone.Digits(written))
	return strings.HasPrefix(t, "+") || strings.HasPrefix(t, "0") || n > 8 || phone.NumberLength(n, country)
}

// countryCode is whether s is written as a country code: two capital letters.
func countryCode(s string) bool {
	return len(s) == 2 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

var (
	campaignRE = lazyRE(`^[a-z0-9-]{1,32}$`)
	logoRE     = lazyRE(`(?i)[^/]\.(png|jpe?g)$`) // a file name's kind; fs.ValidPath checks the rest
	ttfRE      = lazyRE(`(?i)^[^/\\]+\.(ttf|ttc(#.+)?)$`)
)

// ContrastPair is a text colour on a background that some output prints.
type ContrastPair struct {
	Text, Background string // field names in settings.yaml, or "white"
	Min              float64
	Use              string
}

// ContrastPairs lists every text/background pair the layouts use, with the WCAG minimum.
var ContrastPairs = []ContrastPair{
	{"primary", "white", colour.MinHotline, "headings, and the number on cards and posters"},
	{"white", "primary", colour.MinHotline, "the title band and the poster's number band"},
	{"ink", "white", colour.MinHotline, "body text and the card number"},
	{"ink", "accent", colour.MinHotline, "the hotline box"},
	{"primary", "panel", colour.MinText, "panel headings"},
	{"ink", "panel", colour.MinText, "panel text"},
}

func checkSettings(file string, s *Settings, fields []field) diag.Problems {
	var ps diag.Problems
	line := map[string]int{}
	for _, f := range fields {
		line[f.path] = f.line
	}
	bad := func(path, msg, hint string) { ps.Add(file, line[path], path, msg, hint) }

	ps = append(ps, lineBreaks(file, fields)...)
	if msg := CheckURL(s.ResourceURL); msg != "" {
		bad("resource_url", msg, addressHint("resource_url", s.ResourceURL, "write the full address of your page, as your browser's address bar shows it, starting with https://"))
	} else if msg, hint := checkQuery(s.ResourceURL); msg != "" {
		bad("resource_url", msg, hint)
	}
	if s.Organisation.Website != "" {
		if msg := CheckURL(s.Organisation.Website); msg != "" {
			bad("organisation.website", msg, addressHint("website", s.Organisation.Website, "write your organisation's own site's address, as your browser's address bar shows it, starting with https://"))
		}
	}
	if s.Site.ExitURL != "" {
		if msg, hint := badAddress("exit_url", s.Site.ExitURL, "the quick exit's page, e.g. https://www.weather.gov"); msg != "" {
			bad("site.exit_url", msg, hint)
		} else if host := hostOf(s.Site.ExitURL); host != "" && host == hostOf(s.Cards.DiscreetURL) {
			// the discreet card's address leads to the help page: the exit would lead back
			bad("site.exit_url", fmt.Sprintf("%s is on %s, the site of cards.discreet_url (line %d), whose address leads to the resource page: the quick exit would lead back to the help it is meant to hide", diag.Quote(s.Site.ExitURL), host, line["cards.discreet_url"]),
				"choose an everyday site with nothing to do with either, e.g. https://www.weather.gov, or leave exit_url empty for the built-in one")
		} else if field, host := exitBack(*s); field != "" {
			bad("site.exit_url", fmt.Sprintf("%s is on %s, the site of %s: the quick exit would open the hotline's or your own site, which says what the reader was looking at to anyone who sees the screen or the history", diag.Quote(s.Site.ExitURL), host, field),
				"choose an everyday site with nothing to do with either, e.g. https://www.weather.gov, or leave exit_url empty for the built-in one")
		}
	}
	if s.Site.PrivacyURL != "" {
		if msg, hint := badAddress("privacy_url", s.Site.PrivacyURL, "a page for your readers on browsing privately and staying safe online, its full address starting with https://, or leave privacy_url empty for the built-in "+PrivacyURL); msg != "" {
			bad("site.privacy_url", msg, hint)
		}
	}
	if msg := CheckCampaign(s.Campaign); msg != "" {
		bad("campaign", msg, "campaign names appear in links; keep them short and plain")
	}
	if l := s.Organisation.Logo; l != "" {
		// "./logo.png" and Windows' "img\logo.png" name a file in the content folder too
		clean := path.Clean(strings.ReplaceAll(l, `\`, "/"))
		inFolder := fs.ValidPath(clean) && !strings.Contains(clean, ":")
		switch {
		case !logoRE().MatchString(clean):
			// an SVG, a GIF: copying it anywhere will not help, a PNG of it will
			hint := "export it as PNG (or JPEG), put that in the content folder and write its name as seen from there"
			if inFolder {
				png := strings.TrimSuffix(clean, path.Ext(clean)) + ".png"
				hint = fmt.Sprintf("export it as PNG (or JPEG) into the content folder as %s and write logo: %s", png, png)
			}
			bad("organisation.logo", fmt.Sprintf("%q is not a PNG or JPEG file, the only kinds of image that print", l), hint)
		case !inFolder:
			bad("organisation.logo", fmt.Sprintf("%q should be a .png or .jpg file in the content folder, e.g. logo.png or img/logo.png", l),
				"copy the file into the content folder and write its name as seen from there")
		default:
			s.Organisation.Logo = clean
		}
	}
	if _, msg := ParseLogoSize(s.Organisation.LogoSize); msg != "" {
		bad("organisation.logo_size", msg, "")
	}
	listed := slices.ContainsFunc(fields, func(f field) bool { return strings.HasPrefix(f.path, "font[") })
	for i, font := range s.Font {
		at := func(face int) string { return fontField(listed, i, face) }
		for face, v := range [4]string{font.Regular, font.Bold, font.Italic, font.BoldItalic} {
			if msg, hint := badFontName(v); msg != "" {
				bad(at(face), msg, hint)
			}
		}
		if font.Bold != "" && font.Regular == "" {
			bad(at(1), "a bold font needs a regular one", "add "+at(0))
		}
		if it, bi := font.Italic, font.BoldItalic; (it != "" || bi != "") && (it == "" || bi == "" || font.Regular == "") {
			bad(at(2), fmt.Sprintf("an italic font needs a bold italic one (%s) and a regular one", at(3)),
				fmt.Sprintf("give all of %s, %s and %s, or no italic: italic then prints upright", at(0), at(2), at(3)))
		}
	}
	if _, _, msg := ParseOffset(s.Cards.Offset); msg != "" {
		hint := "print the test sheet with 'haven cards --calibrate' to find it"
		if o := unbracketed(s.Cards.Offset); o != "" {
			hint = "write the two numbers without brackets, a comma between them: offset: " + o
		}
		bad("cards.offset", msg, hint)
	}
	if v := s.Handout.Sheets; v != "" && v != "1" && v != "2" {
		bad("handout.sheets", fmt.Sprintf("%q should be 1 or 2", v), "1 keeps the handout to one sheet; 2 lets a long FAQ go on to a second")
	}
	checkHotline(s, bad)
	checkOwnSitesAgree(s, bad) // hostslip.go
	checkCards(*s, bad)
	if s.DisplayURL != "" {
		full := "https://" + strings.TrimPrefix(s.DisplayURL, "https://")
		if scheme, rest, ok := strings.Cut(s.DisplayURL, "://"); ok && scheme != "https" {
			bad("display_url", fmt.Sprintf("%s starts with %s://; display_url is the address as printed, and the QR codes open resource_url", diag.Quote(s.DisplayURL), scheme),
				fmt.Sprintf("leave out %s://: write %s", scheme, strings.TrimSuffix(rest, "/")))
		} else if msg := CheckURL(full); msg != "" {
			bad("display_url", strings.Replace(msg, diag.Quote(full), diag.Quote(s.DisplayURL), 1), displayHint(*s))
		} else if msg := displayOpens(full, s.ResourceURL); msg == otherCase {
			bad("display_url", fmt.Sprintf("%q is the page of resource_url %q (line %d), which every QR code opens, in other capitals: most web servers tell capitals apart in a page's address, so a reader who types the printed one may reach no page", s.DisplayURL, s.ResourceURL, line["resource_url"]),
				"write the page as resource_url has it, display_url: "+PrintedURL(s.ResourceURL)+", or give resource_url the capitals you print if the page opens with them")
		} else if msg == slippedPage {
			// whole, not shortened as quotes are: the slip may be in the part a quote leaves out
			bad("display_url", fmt.Sprintf("%q is one slip from the page of resource_url %q (line %d), which every QR code opens: likely a typo, and a reader who types the printed address would reach another page, or none", s.DisplayURL, s.ResourceURL, line["resource_url"]),
				"print the resource page's own address, display_url: "+PrintedURL(s.ResourceURL)+", or leave display_url empty")
		} else if msg == otherPlace {
			_, place, _ := strings.Cut(s.DisplayURL, "#")
			opens, _, _ := strings.Cut(s.ResourceURL, "#")
			bad("display_url", fmt.Sprintf("%s prints the place #%s on its page under the QR codes, but they open resource_url %s (line %d): what is printed under a code must be what it opens", diag.Quote(s.DisplayURL), place, diag.Quote(s.ResourceURL), line["resource_url"]),
				fmt.Sprintf("print the page the codes open, display_url: %s; or, for the codes to open that place, write it in resource_url too: resource_url: %s#%s", PrintedURL(s.ResourceURL), opens, place))
		} else if msg != "" && msg != anotherPage && msg != pageAbove {
			bad("display_url", fmt.Sprintf("%s %s than resource_url %s (line %d), which every QR code opens: a reader who types the printed address would not reach that page", diag.Quote(s.DisplayURL), msg, diag.Quote(s.ResourceURL), line["resource_url"]),
				"print an address on resource_url's site that opens the same page, e.g. "+PrintedURL(s.ResourceURL)+" or a short page of your own there; or shorten resource_url itself; or leave display_url empty")
		}
	}
	ps = append(ps, checkColours(file, s.Colours, line)...)
	return ps
}

// emptyHints say what to write in a required setting left empty where "the text after the
// colon" would not: one who has no website does not know what resource_url asks for.
var emptyHints = map[string]string{
	"resource_url": "it is the address of the page every QR code opens: write it in full, starting with https://; without a website of your own, write the hotline's own site for now: haven build then also makes a page of your own, in out/site/; upload that folder as it is to any web host (a school's web space, GitHub Pages, Netlify), write the address it has there, and build again",
}

// dangerLines are the texts that print hotline.emergency on every handout, card and poster.
var dangerLines = []string{"help.danger", "card.danger", "poster.danger"}

// emergencyLeftOut says, for hotline.emergency left empty or out in ps, what the field is and
// the number of country to write: haven prints it on every output and has no way to leave it
// off. The danger lines left out of text.yaml beside it (someone leaving the emergency line
// off) are said there too, not each as missing on its own.
func emergencyLeftOut(ps diag.Problems, country string) diag.Problems {
	i := slices.IndexFunc(ps, func(p diag.Problem) bool {
		return p.Field == "hotline.emergency" && (p.Msg == "is empty" || p.Msg == "missing")
	})
	if i < 0 {
		return ps
	}
	country = cmp.Or(country, "US")
	known := phone.Emergencies(country)
	// the number people know first, where the tables give more than one (999 in the UK, beside 112)
	slices.SortStableFunc(known, func(a, b string) int {
		rank := func(n string) int { return cmp.Or(slices.Index([]string{"911", "999", "000", "112"}, n)+1, 5) }
		return rank(a) - rank(b)
	})
	verb := "write"
	if ps[i].Msg == "missing" {
		verb = "add a line under hotline:"
	}
	write := verb + " the number for police, fire and ambulance, e.g. emergency: \"911\" in the U.S. and Canada, \"999\" in the UK, \"112\" in the EU"
	if len(known) > 0 {
		write = fmt.Sprintf("%s emergency: %q, the number for police, fire and ambulance in %s", verb, known[0], country)
		if len(known) > 1 {
			write += fmt.Sprintf(" (haven's numbering tables know %s there)", joinAnd(known))
		}
	}
	var fields, files []string
	out := slices.DeleteFunc(slices.Clone(ps), func(p diag.Problem) bool {
		left := slices.Contains(dangerLines, p.Field) && p.Msg == "missing"
		if left {
			if !slices.Contains(fields, p.Field) {
				fields = append(fields, p.Field)
			}
			if !slices.Contains(files, p.File) {
				files = append(files, p.File)
			}
		}
		return left
	})
	p := &out[slices.IndexFunc(out, func(p diag.Problem) bool { return p.Field == "hotline.emergency" })]
	p.Msg += ": it is the emergency number every handout, card and poster prints in its danger line (In immediate danger, call {emergency}), which haven has no way to leave off"
	p.Hint = write
	if len(fields) > 0 {
		p.Hint += fmt.Sprintf("; and write back %s, left out of %s: they print it (danger: In immediate danger, call {emergency})", joinAnd(fields), joinAnd(files))
	}
	return out
}

// placeholderRE is a placeholder the example settings write for the user's own words, in
// angle brackets: <your site>, <a neutral site>, <phone, email or web address>; not an
// address copied from an e-mail in them (<https://...>).
var placeholderRE = lazyRE(`<\pL[\pL\pM ,'’.-]*>`)

// placeholder says what is wrong with v, a setting (path) that holds such a placeholder, copied
// from the example's comments, and what to write instead, from s where it can; "" when none.
func placeholder(path, v string, s Settings) (msg, hint string) {
	if tag := htmlTag(v); tag != "" {
		return htmlTagProblem(v, tag)
	}
	ph, whose := placeholderRE().FindString(v), "the example's placeholder"
	if ph == "" {
		ph, whose = templateLeft(v), "a template's placeholder"
	}
	if ph == "" {
		return "", ""
	}
	msg = fmt.Sprintf("%s holds %s %s, which stands for your own words: every copy would print it as written", diag.Quote(v), whose, ph)
	if ph == strings.TrimSpace(v) {
		msg = fmt.Sprintf("%s is %s, which stands for your own words: every copy would print it as written", diag.Quote(v), whose)
	}
	switch path {
	case "organisation.name":
		hint = "write your organisation's name"
	case "organisation.contact":
		hint = "write a phone number, email or web address people can reach you at, or leave contact empty"
	case "resource_url":
		hint = "write the full address of the page every QR code opens, as your browser's address bar shows it, starting with https://"
	case "display_url":
		hint = displayHint(s)
	case "cards.discreet_url":
		hint = "write the address of a neutral page you control, on a site whose name says nothing of the hotline or your organisation; or leave discreet_url out, and the discreet card has no QR code"
	default:
		hint = "write your own, or leave it empty"
	}
	return msg, hint
}

// displayHint says what to write for a display_url refused: the short address people type,
// shown from resource_url where that is right.
func displayHint(s Settings) string {
	if placeholderRE().FindString(s.ResourceURL) != "" || CheckURL(s.ResourceURL) != "" {
		return "write the short address people type, or leave display_url empty to print resource_url"
	}
	return fmt.Sprintf("write the short address people type, e.g. display_url: %s, or leave display_url empty to print resource_url", PrintedURL(s.ResourceURL))
}

// badFontName says what is wrong with v, a file named under font:, and what to do; "" when it
// names a .ttf file, or a face of a .ttc, beside settings.yaml.
func badFontName(v string) (msg, hint string) {
	if v == "" || ttfRE().MatchString(v) {
		return "", ""
	}
	name := v[strings.LastIndexAny(v, `/\`)+1:] // its name alone, where v is a path
	switch ext := strings.ToLower(path.Ext(name)); {
	case ext == ".woff" || ext == ".woff2":
		return fmt.Sprintf("%q is a web font (%s), which haven cannot embed in a PDF", v, ext),
			"download the font's desktop version, a .ttf file, from its maker, put it beside settings.yaml and write its name; Google Fonts' download gives .ttf files"
	case ext == ".otf":
		return fmt.Sprintf("%q is an .otf font: most hold PostScript (CFF) outlines, which haven cannot embed in a PDF", v),
			"haven takes TrueType fonts: download the font's .ttf version from its maker, put it beside settings.yaml and write its name"
	case ttfRE().MatchString(name):
		return fmt.Sprintf("%q should be a font file in the content folder, beside settings.yaml", v), fmt.Sprintf("copy the file there and write its name alone: %s", name)
	}
	return fmt.Sprintf("%q is not a TrueType font file (.ttf, or a face of a .ttc collection as Fonts.ttc#0)", v),
		"give the font's .ttf file, beside settings.yaml; a font downloaded as a .zip holds it: unzip it"
}

// exitBack is the setting whose site the quick exit's page is on (its registrable domain:
// any page of humantraffickinghotline.org), and that domain; "" when it is on none.
func exitBack(s Settings) (field, host string) {
	exit := hostOf(s.Site.ExitURL)
	own := [][2]string{{"resource_url", s.ResourceURL}, {"display_url", s.DisplayURL}, {"hotline.chat", s.Hotline.Chat.Text}, {"organisation.website", s.Organisation.Website}}
	for _, w := range strings.FieldsFunc(s.Organisation.Contact.Text, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;()<>|·•", r) }) {
		if w = strings.TrimRight(w, ".:!?"); strings.Contains(w, ".") && !strings.Contains(w, "@") {
			own = append(own, [2]string{"organisation.contact", w}) // an address written in it: www.example.org
		}
	}
	for _, own := range own {
		if own[1] != "" && exit != "" && hostOf("https://"+strings.TrimPrefix(own[1], "https://")) == exit {
			return own[0], exit
		}
	}
	return "", ""
}

// CheckCampaign accepts an empty campaign or a short plain one that says neither where the
// copies go nor what they are about: it appears by name in every QR link but the discreet
// card's, and a code's address stays in the phone's history, discreet site or not.
func CheckCampaign(s string) string {
	if s == "" { // none: and the words it is checked against take milliseconds to gather
		return ""
	}
	if !campaignRE().MatchString(s) {
		msg := fmt.Sprintf("%s may only use a-z, 0-9 and -, at most 32 characters", diag.Quote(s))
		if i := strings.IndexFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') }); i >= 0 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			msg = fmt.Sprintf("%s has %s (U+%04X), and may only use a-z, 0-9 and -, at most 32 characters", diag.Quote(s), strconv.QuoteRune(r), r)
		}
		if plain := NameAs(s); plain != s && campaignRE().MatchString(plain) && CheckCampaign(plain) == "" && untimely(plain) == "" {
			msg += fmt.Sprintf(": write %s", plain)
		}
		return msg
	}
	if w := campaignWord(s); w != "" {
		said := strconv.Quote(w)
		if slices.Contains(whoWhere, w) { // back-to-school: says why school is refused
			said += ", a place copies hang or whom they are for"
		}
		return fmt.Sprintf("%s says %s: the campaign is carried by name in every QR link (utm_campaign=%s), which stays in the phone's history; choose a name that says neither where the copies hang nor what they are about, e.g. spring-2027 (keep what it means in your own notes)", diag.Quote(s), said, s)
	}
	return ""
}

// timeWords are the words a campaign's name may say besides numbers and codes: when copies
// went out, in the languages haven writes and their neighbours, written as NameAs writes them
// (été as ete), made the first time a campaign is read.
var timeWords = sync.OnceValue(func() map[string]bool {
	return wordMap(`spring summer fall autumn winter january february march april may june july
		august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
		primavera verano otono invierno enero febrero marzo abril mayo junio julio agosto septiembre setiembre
		octubre noviembre diciembre ene abr ago dic printemps ete automne hiver janvier fevrier mars avril mai
		juin juillet aout octobre novembre decembre verao outono inverno janeiro fevereiro marco maio junho
		julho setembro outubro dezembro fruhling fruehling sommer herbst januar februar marz maerz juni juli
		oktober dezember year month week wave round batch phase run early late mid fy day days holiday
		holidays new end start wk kw weeks semaine semana ano anno jahr annee`)
})

// untimely is the first run of letters or digits of a campaign's name that says more than
// when: letters side by side that are not one of timeWords (a code of one's own, c1 or q3,
// has no two; an ordinal's ending after digits, 1st, is a number's), or more than four digits,
// in a row or in groups joined by dashes (dashedNumber), but as a date (202703, 20270315): a
// postcode or a phone number (94-110, 212-555-0100; a year has four); "" when it has none.
func untimely(name string) string {
	if d := dashedNumber(name); d != "" && !date(strings.ReplaceAll(d, "-", "")) {
		return d
	}
	words := timeWords()
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	afterDigits := false
	for i := 0; i < len(name); {
		if name[i] == '-' {
			i, afterDigits = i+1, false
			continue
		}
		j := i + 1
		for j < len(name) && name[j] != '-' && isDigit(name[j]) == isDigit(name[i]) {
			j++
		}
		run := name[i:j]
		switch {
		case isDigit(run[0]):
			if len(run) > 4 && !date(run) {
				return run
			}
		case len(run) > 1 && !words[run] && !(afterDigits && (run == "st" || run == "nd" || run == "rd" || run == "th")):
			return run
		}
		i, afterDigits = j, isDigit(run[0])
	}
	return ""
}

// dashedNumber is the first run of groups of digits joined by dashes in s ("94-110",
// "212-555-0100") with five digits or more, read as a postcode or a phone number is; a year's
// group (2027-4, 2027-03-15) is none of a run. "" when s has none.
func dashedNumber(s string) string {
	start, n, at := -1, 0, 0
	for _, g := range strings.Split(s, "-") {
		if g != "" && strings.Trim(g, "0123456789") == "" && !yearLike(g) {
			if start < 0 {
				start = at
			}
			n += len(g)
		} else if n >= 5 {
			break
		} else {
			start, n = -1, 0
		}
		at += len(g) + 1
	}
	if n < 5 {
		return ""
	}
	return strings.TrimRight(s[start:min(at, len(s))], "-")
}

// date reports whether digits are a month or a day written as numbers are sorted: 202703 or
// 20270315, of a year from 2000 to 2099.
func date(digits string) bool {
	if len(digits) != 6 && len(digits) != 8 || !strings.HasPrefix(digits, "20") {
		return false
	}
	layout := map[int]string{6: "200601", 8: "20060102"}[len(digits)]
	_, err := time.Parse(layout, digits)
	return err == nil
}

// NameAs is s written as a campaign or a placement code may be: lower case, without its
// accents (año as ano, été as ete), the signs between its words (dashes, spaces, dots,
// underscores) one hyphen, and none at its ends ("Spring–2027", "spring.2027" and "spring-2027 "
// as spring-2027). A letter with no plain form (ß, a Greek letter) stays as it is, for the
// caller to find it still refused.
func NameAs(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.TrimSpace(s)) {
		switch {
		case unicode.Is(unicode.Mn, r): // the accent of a letter written before it
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// checkCampaignNames refuses a campaign (at: where it was given) that names the hotline, the
// organisation or their sites (names, as revealing gives them), or says a word of the
// hotline's or the organisation's name that a discreet card's headline may not (nw), read as
// the discreet card's address is: the name's words in a row (the-mission-haven) or run
// together (missionhaven-fall), a word whole (haven-2027). It is carried by name in every QR
// link, as the words CheckCampaign refuses are; and, unless the run's links carry it keyed
// (a discreet run's), it may say only when the copies went out (untimely).
func checkCampaignNames(at diag.Located, names []string, nw *nameWordSet, keyed bool) diag.Problems {
	if at.Text == "" || CheckCampaign(at.Text) != "" { // none, or refused already
		return nil
	}
	const hint = "choose a name that says neither whose the copies are, where they hang nor what they are about, e.g. spring-2027 (keep what it means in your own notes)"
	var ps diag.Problems
	if name := namedIn(split(at.Text), namesOf(names)); name.as != "" {
		ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s names %q: the campaign is carried by name in every QR link (utm_campaign=%s), which stays in the phone's history", diag.Quote(at.Text), name.as, at.Text), hint)
	} else if word, n := nw.in(addressWords("", at.Text)); word != "" {
		ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s says %q, a word of %s %q: the campaign is carried by name in every QR link (utm_campaign=%s), which stays in the phone's history", diag.Quote(at.Text), word, n.whose, n.name, at.Text), hint)
	} else if w := untimely(at.Text); w != "" && !keyed { // a discreet run's links carry a keyed code, not the name
		ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("%s says %q: the campaign is carried by name in every QR link (utm_campaign=%s), which stays in the phone's history, so it may say when the copies went out and nothing of where or what, which no list of words can tell apart", diag.Quote(at.Text), w, at.Text),
			"name it by seasons, months, years and numbers (spring-2027, mar-2027, 2027-03), or a code of your own with no two letters side by side (c1, q3-2027); keep what it means in your own notes")
	}
	return ps
}

// campaignWord is the first word of a campaign name that a placement code may not spell
// (codeWords: every built-in list's words, the topic abbreviations, and who or where, such as
// motel, restroom, school): as a word of its own between - and digits (motel-restroom, dv-2027),
// a long one (5 letters or more) run into another or across a - (motelroom, truck-stop,
// er-waiting-room), as the discreet card's address reads its host, or spelled with digits (s3x);
// "" when none. Other letters side by side are allowed, unlike in a placement code: a
// campaign's name is chosen once (spring-2027), a code per place.
func campaignWord(name string) string { return spelledIn(name, codeWords()) }

// placeWord is campaignWord of the places copies hang alone (where): what an address's own
// query may not say, where its words may name the subject.
func placeWord(name string) string { return spelledIn(name, placeWords()) }

var placeWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range where {
		out[w] = true
	}
	return out
})

// spelledIn is the first word of words that name spells, as campaignWord reads it.
func spelledIn(name string, words map[string]bool) string {
	notLetter := func(r rune) bool { return r < 'a' || r > 'z' }
	// each word, then each run of words joined by a -, run together, with where each ends
	type piece struct {
		letters string
		ends    []int
	}
	var pieces, joined []piece
	for run := range strings.FieldsFuncSeq(name, func(r rune) bool { return r != '-' && notLetter(r) }) {
		parts := strings.FieldsFunc(run, notLetter)
		for _, p := range parts {
			pieces = append(pieces, piece{p, []int{len(p)}})
		}
		joined = append(joined, piece{strings.Join(parts, ""), partEnds(parts)})
	}
	for _, p := range append(pieces, joined...) {
		if words[p.letters] {
			return p.letters
		}
		for i := range p.letters {
			for j := len(p.letters); j >= i+5; j-- {
				if words[p.letters[i:j]] && runOn(p.letters, j, p.ends) {
					return p.letters[i:j]
				}
			}
		}
	}
	// s3x, m0t3l: letters and digits read as letters, in a part or across the - between parts
	// of them alone (m0-t3l, 5-3-x), but not into a year (fall-2027)
	var run []string
	for _, part := range append(strings.Split(name, "-"), "") {
		if part != "" && !strings.ContainsFunc(part, func(r rune) bool { return notLetter(r) && !signFor(r) }) {
			run = append(run, part)
			continue
		}
		for _, s := range []string{strings.Join(run, "-"), part} {
			if strings.ContainsFunc(s, unicode.IsLetter) {
				if w := Spells(s); w != "" && words[w] {
					return w
				}
			}
		}
		run = run[:0]
	}
	return ""
}

// maxURL keeps QR codes scannable: a longer address makes a code too dense to print small.
const maxURL = 500

// hostLabel tells whether l is one label of a host name, lower-cased: 1 to 63 lower-case ASCII
// letters, digits and inner hyphens (an international name in its punycode form, xn--...).
func hostLabel(l string) bool {
	if len(l) == 0 || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for i := 0; i < len(l); i++ {
		if c := l[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// CheckURL accepts only absolute https URLs with a host, short enough for a QR code: QR codes
// must not open anything else. An address must print as it opens: no character outside
// printable ASCII (a Cyrillic letter in the host, a zero-width space, a direction override),
// no user name before the host, no port out of range. An international host is read as the
// ASCII form it opens when IDNA accepts it in one script a label (asciiURL). A host kept for
// examples, localhost or a private IP address (reservedHost) is taken as a host: such an
// address is warned of where it is written (exampleAddress), so content tried out builds.
func CheckURL(s string) string {
	// a quotation mark copied with the address from a document ("https://helpline.org”"):
	// read as part of an international host, it would open another site
	if i := strings.IndexAny(s, quoteMarks); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Sprintf("%s has the quotation mark %c, copied with it: a web address has none (leave it out: %s)", diag.Quote(s), r, strings.TrimSpace(strings.Map(func(r rune) rune {
			if strings.ContainsRune(quoteMarks, r) {
				return -1
			}
			return r
		}, s)))
	}
	// a character no address has, which a browser changes before it opens one: a \ to /, the
	// others percent-encoded; < > around an address copied from an e-mail ("<https://...>")
	if i := strings.IndexAny(s, unsafeInURL); i >= 0 {
		c := s[i]
		fix := fmt.Sprintf("write it as %%%02X, or leave it out if it is no part of the address", c)
		switch t := strings.Trim(s, "<> "); {
		case c == '\\':
			fix = "write / in its place: " + strings.ReplaceAll(s, "\\", "/")
		case i == 0 || i == len(s)-1 || c == '<' || c == '>':
			fix = "leave it out: " + strings.Trim(t, unsafeInURL)
		}
		return fmt.Sprintf("%s has %q, which no web address has: a browser changes it before it opens the page, so the QR codes would open another address than the one printed (%s)", diag.Quote(s), c, fix)
	}
	// a full stop typed with a Chinese or Japanese keyboard ("helpline。org"): IDNA reads it as
	// a dot, but it prints as typed, in no font haven has
	if i := strings.IndexAny(s, wideDots); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Sprintf("%s has %c (U+%04X), the full stop of Chinese or Japanese typing: a web address is written with '.' (%s)", diag.Quote(s), r, r, strings.NewReplacer("。", ".", "．", ".", "｡", ".").Replace(s))
	}
	if m := urlPunct(s); m != "" {
		return m
	}
	if _, host, _ := splitHost(s); !strings.ContainsAny(host, "@:") {
		if l, reads := latinLookalike(host); l != "" {
			return fmt.Sprintf("%s has %s (write the address in the Latin letters its owner registered, if it is that site)", diag.Quote(s), lookalikeMsg(l, reads))
		}
	}
	s = asciiURL(s)
	for i, r := range s {
		if r < 0x21 || r > 0x7E {
			if r == ' ' && i > 0 && i < len(strings.TrimSpace(s)) {
				break // said below, with the %20 hint
			}
			return fmt.Sprintf("%s has %q (U+%04X) at character %d; a web address is printed so it opens what it shows (an international host is read when IDNA accepts it and each of its labels is in one script; a path is written in ASCII, other characters percent-encoded)", diag.Quote(s), r, r, len([]rune(s[:i]))+1)
		}
	}
	u, err := url.Parse(s)
	named, opens, page := siteAfterAt(s)
	switch {
	case err == nil && u.User != nil:
		return fmt.Sprintf("%s has a user name before the host (%s@); the page would open somewhere other than it reads", diag.Quote(s), u.User.Username())
	case err == nil && named != "":
		return fmt.Sprintf("%s opens %s, not %s: %s (write %s, or %s's own address if that is the page meant)", diag.Quote(s), opens, named, afterAtMsg(opens), page, named)
	case err == nil && u.Port() != "" && !validPort(u.Port()):
		return fmt.Sprintf("%s has the port %s; a port is 1 to 65535", diag.Quote(s), u.Port())
	case err == nil && u.Host != "" && !hostInForm(u.Hostname()):
		return fmt.Sprintf("%s has a malformed host name %q", diag.Quote(s), u.Hostname())
	case err == nil && len(wwwSlip(u.Hostname())) > 1: // w. is some sites' own (w.soundcloud.com)
		return fmt.Sprintf("%s begins its host with %s., a likely slip of www. that opens no page", diag.Quote(s), u.Hostname()[:len(wwwSlip(u.Hostname()))])
	case err != nil || s != strings.TrimSpace(s):
		return fmt.Sprintf("%s is not a valid web address", diag.Quote(s))
	case strings.ContainsAny(s, " \t"):
		return fmt.Sprintf("%s has a space; a web address has none (write %%20 if the page's address really has one)", diag.Quote(s))
	case u.Scheme != "https":
		return fmt.Sprintf("%s must start with https://", diag.Quote(s))
	case u.Host == "" || u.User != nil || !strings.Contains(u.Hostname(), ".") && !hostInForm(u.Hostname()):
		return fmt.Sprintf("%s has no valid host name", diag.Quote(s))
	case len(s) > maxURL:
		return fmt.Sprintf("%s is %d characters long; a QR code that phones scan from paper holds at most %d", diag.Quote(s), len(s), maxURL)
	case sentenceEnd(s):
		return fmt.Sprintf("%s ends with %q, which a QR code would open as part of the address: leave it out (%s)", diag.Quote(s), s[len(s)-1:], strings.TrimRight(s, sentenceMarks))
	}
	return ""
}

// unsafeInURL are the printable ASCII characters a web address never has unencoded (RFC 3986).
const unsafeInURL = "<>{}|\\^`"

// wideDots are full stops of Chinese and Japanese typing.
const wideDots = "。．｡"

// quoteMarks are quotation marks of any language, none of which a web address has.
const quoteMarks = "\"“”„‟‘’‚‛«»‹›「」『』"

// sentenceMarks end sentences, not web addresses: "https://example.org/help." copied with the
// sentence's full stop opens another page, or none.
const sentenceMarks = ".,;:!?)]'\""

// sentenceEnd reports whether address ends with a sentence's mark; a closing bracket that
// closes one in the address (https://en.wikipedia.org/wiki/Hotline_(film)) is the address's.
func sentenceEnd(address string) bool {
	last := address[len(address)-1]
	switch last {
	case ')':
		return strings.Count(address, "(") < strings.Count(address, ")")
	case ']':
		return strings.Count(address, "[") < strings.Count(address, "]")
	}
	return strings.IndexByte(sentenceMarks, last) >= 0
}

// checkQuery refuses a query the QR codes' tracking fields could not be added to as a server
// reads them: fields split by ';', which haven would not replace (two utm_source for the
// analytics) and the printed address would show, or a malformed escape (%zz).
func checkQuery(s string) (msg, hint string) {
	u, err := url.Parse(s)
	if err != nil {
		return "", ""
	}
	if strings.Contains(u.RawQuery, ";") {
		return fmt.Sprintf("%s separates its query's fields with ';'; haven adds and replaces tracking fields between '&' only", diag.Quote(s)),
			"separate them with '&': " + strings.ReplaceAll(u.RawQuery, ";", "&") + "; a ';' inside a value is written %3B"
	}
	if _, err := url.ParseQuery(u.RawQuery); err != nil {
		return fmt.Sprintf("%s has a malformed escape in its query (a %% not followed by two hex digits)", diag.Quote(s)),
			"write a % that is part of a value as %25"
	}
	return clickMarked(s)
}

// badAddress is what is wrong with an address the resource page opens as written (hotline.chat,
// site.exit_url, site.privacy_url: field, as written under its group), and what to do: not a
// secure web address (the address meant, or else hint), or one that carries an ad network's
// click ID (clickMarked).
func badAddress(field, u, hint string) (msg, fix string) {
	if msg := CheckURL(u); msg != "" {
		return msg, addressHint(field, u, hint)
	}
	return clickMarked(u)
}

// addressHint is what to write for u, an address CheckURL refused in field: the address meant
// (meantURL), whole, or else otherwise.
func addressHint(field, u, otherwise string) string {
	if m := meantURL(u); m != "" {
		return fmt.Sprintf("write %s: %s", field, m)
	}
	return otherwise
}

// schemeSlipRE is the start of an address typed as https:// was meant: http://, https:/,
// https//, htps://.
var schemeSlipRE = lazyRE(`^(?i)ht+ps?(?::/*|/+)`)

// meantURL is the web address u was meant as, where its https:// is left out or mistyped, a
// comma typed for a dot in its host (www.harborlightohio,org), or its www. slipped
// (wwww.harborlightohio.org); "" when it is none that
// CheckURL takes.
func meantURL(u string) string {
	rest := u
	if m := schemeSlipRE().FindString(u); m != "" {
		rest = u[len(m):]
	} else if strings.Contains(u, ":") { // another scheme (javascript:, mailto:), or a port
		return ""
	}
	rest = strings.TrimLeft(rest, "/")
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	host := rest[:end]
	if l := wwwSlip(host); len(l) > 1 { // wwww.harborlightohio.org
		host = "www." + host[len(l)+1:]
	}
	meant := "https://" + strings.ReplaceAll(host, ",", ".") + rest[end:]
	if meant == u || !strings.Contains(host, ".") && !strings.Contains(host, ",") || CheckURL(meant) != "" {
		return ""
	}
	return meant
}

// clickMarked refuses an address that carries an ad network's click ID (fbclid, gclid, ...),
// which marks one person: every printed copy, code and link would carry it and tell the network
// who opened it. hint is the address to write, without them, its other fields in their order.
// An address haven opens as written (hotline.chat, a FAQ link) is held to it as resource_url is.
func clickMarked(s string) (msg, hint string) {
	base, keys := withoutClickIDs(s)
	if len(keys) == 0 {
		return "", ""
	}
	what, it := "an ad network's mark of one person's click: every copy and every code would carry it", "it"
	if len(keys) > 1 {
		what, it = "ad networks' marks of one person's click: every copy and every code would carry them", "them"
	}
	return fmt.Sprintf("%s carries %s, %s, and tell the network who scanned", diag.Quote(s), strings.Join(keys, " and "), what),
		"write the address without " + it + ": " + base
}

// withoutClickIDs is an address without its click IDs, its other fields in their order, and
// the names of the ones it had.
func withoutClickIDs(s string) (string, []string) {
	base, fragment, hasFragment := strings.Cut(s, "#")
	base, query, ok := strings.Cut(base, "?")
	if !ok {
		return s, nil
	}
	var keys, keep []string
	for _, f := range strings.Split(query, "&") {
		if n := fieldName(f); clickIDs[strings.ToLower(n)] {
			keys = append(keys, n)
		} else if f != "" {
			keep = append(keep, f)
		}
	}
	if len(keys) == 0 {
		return s, nil
	}
	if len(keep) > 0 {
		base += "?" + strings.Join(keep, "&")
	}
	if hasFragment {
		base += "#" + fragment
	}
	return base, keys
}

// clickIDs are the query fields ad networks and mail tools add to an address to mark one
// person's click, which a link copied from a browser often still holds.
var clickIDs = map[string]bool{"fbclid": true, "gclid": true, "gbraid": true, "wbraid": true, "dclid": true, "msclkid": true,
	"yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true, "mc_eid": true, "igshid": true, "_hsenc": true, "_hsmi": true, "mkt_tok": true}

func validPort(p string) bool {
	n, err := strconv.Atoi(p)
	return err == nil && n >= 1 && n <= 65535 && p[0] != '0'
}

// hostInForm is whether h is a host name in form (validHost), or localhost or a private IP
// address, warned of where written (reservedHost); a public IP address is no site's name.
func hostInForm(h string) bool {
	if _, err := netip.ParseAddr(strings.Trim(h, "[]")); err == nil || strings.EqualFold(strings.TrimSuffix(h, "."), "localhost") {
		return reservedHost(h) != ""
	}
	return validHost(h)
}

// validHost accepts a DNS name of labels with a top-level domain that is not all digits, in
// any case: host names are case-insensitive (HumanTraffickingHotline.org).
func validHost(h string) bool {
	labels := strings.Split(strings.ToLower(h), ".")
	if len(h) > 253 || len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if !hostLabel(l) {
			return false
		}
	}
	return strings.Trim(labels[len(labels)-1], "0123456789") != ""
}

// upperCountry is a country code typed in lower case as ISO 3166 writes it ("us", "gb" as
// US, GB): it says the same. Any other value is left for checkHotline to name.
func upperCountry(c string) string {
	if len(c) == 2 && c[0] >= 'a' && c[0] <= 'z' && c[1] >= 'a' && c[1] <= 'z' {
		return strings.ToUpper(c)
	}
	return c
}

// checkHotline checks the numbers and how they fit together: call and emergency are needed,
// a keyword needs a number to text, and no configured number is one slip from another.
func checkHotline(s *Settings, bad func(path, msg, hint string)) {
	h := &s.Hotline
	if s.Country != "" && (!countryCode(s.Country) || phone.CountryCode(s.Country) == 0) {
		hint := "write the two capital letters of ISO 3166, e.g. US, GB, CA"
		meant := ""
		if r, err := language.ParseRegion(s.Country); err == nil && r.Canonicalize().IsCountry() && phone.CountryCode(r.Canonicalize().String()) != 0 {
			meant = r.Canonicalize().String()
			hint = fmt.Sprintf("write %s, the country's two-letter ISO 3166 code", meant) // gb, UK, USA
		}
		bad("country", fmt.Sprintf("%q is not a country code haven knows", s.Country), hint)
		if meant != "" {
			s.Country = meant // the texts' numbers are read in the country meant: none is said to be no number of "UK"
		}
		return
	}
	if c := checkCountryFits(s, bad); c != "" { // dialforms.go
		// the numbers are checked in the country they are of: what is wrong with them there
		// is said, not that each is no number of the country set
		right := *s
		right.Country = c
		s = &right
	}
	call := h.CallNumber() // an extension after it is dialled after it: the number is checked alone
	switch {
	case h.Call.Text == "" && h.Text.Text == "" && h.Chat.Text != "":
		bad("hotline.call", "missing: the line has only a chat, and haven prints a line people call or text (its cards, posters and handouts are built around that number)",
			"add the number people call or text (for a WhatsApp line, call: or text: only if that number takes phone calls or SMS); the chat address prints beside it")
	case h.Call.Text == "" && h.Text.Text == "" && h.TTY.Text != "":
		msg, hint := ttyOnly(h.TTY.Text, s.Country)
		bad("hotline.call", msg, hint)
	case h.Call.Text == "" && h.Text.Text == "":
		bad("hotline.call", "missing", "add 'call: ...', the number people dial; for a line that takes only texts, set 'text: ...' and leave call empty")
	case h.Call.Text == "": // a text-only line
	case severalNumbers(call, s.Country, bad):
	default:
		if _, err := phone.Parse(call.Text, s.Country); err != nil {
			if msg, confirm, ok := s.unconfirmed(call.Text, err); ok {
				hint := "a U.S. number (1-800-799-7233), a vanity number (1-800-799-SAFE), a service number (988), or +44 808 2000 247"
				if ex := phone.Example(s.Country); ex != "" { // an example as the country writes its numbers
					hint = fmt.Sprintf("a number as it is dialled in %s (%s), a service number, or a number with + and its country code", s.Country, ex)
				}
				if shortcode(call.Text) { // a short code people text, such as 741741
					hint = fmt.Sprintf("if people text it: a line that only takes texts writes text: %q and call: \"\"", call.Text)
					if h.Text.Text != "" {
						hint = "if people text it, it belongs in text:; a line that only takes texts writes call: \"\""
					}
				}
				switch {
				case confirm != "" && cmp.Or(s.Country, "US") == "US" && len(phone.Digits(call.Text)) >= 5 && shortcode(call.Text): // in the U.S. a short code, which no call reaches, first
					hint += "; " + confirm
				case confirm != "" && shortcode(call.Text):
					hint = confirm + "; " + hint
				case confirm != "":
					hint = confirm
				}
				bad(call.Field, msg, cmp.Or(wordsHint(err, call), hint))
			}
		}
	}
	if number, ext := SplitExt(h.Text.Text); ext != "" { // hotline.call's may have one
		bad(h.Text.Field, fmt.Sprintf("%q has an extension (%s): a text message goes to the number alone, which has no extensions to pass it on to", h.Text.Text, strings.Trim(strings.TrimPrefix(strings.TrimSpace(h.Text.Text), number), " ,;")),
			fmt.Sprintf("write the number alone (text: %s); an extension belongs with the number to call, in call:", yamlQuoted(number)))
	} else if _, err := phone.Parse(h.Text.Text, s.Country); h.Text.Text != "" && err != nil && !severalNumbers(h.Text, s.Country, bad) {
		// a short code people text (741741) is no number Parse reads, beside words or not
		err = cmp.Or(phone.Beside(h.Text.Text, func(number string) bool {
			_, err := phone.Parse(number, s.Country)
			return err == nil || shortcode(number)
		}), err)
		switch {
		case wordsHint(err, h.Text) != "":
			bad(h.Text.Field, err.Error(), wordsHint(err, h.Text))
		case !shortcode(h.Text.Text) && meantAsNumber(h.Text.Text, s.Country):
			// what is wrong with the number, as hotline.call says it, not that it is no short code
			bad(h.Text.Field, err.Error(), "the whole number people text, or a short code's digits alone")
		case !shortcode(h.Text.Text):
			hint := ""
			// a short code written in groups, as a text may write it ("233 733"): its links and
			// checks read hotline.text as the code's digits alone
			if d := phone.Digits(h.Text.Text); shortcode(d) && d[0] != '0' && strings.Trim(h.Text.Text, "0123456789 -.") == "" {
				hint = fmt.Sprintf("write the short code's digits together: text: %q", d)
			}
			bad(h.Text.Field, fmt.Sprintf("%q should be a short code of 3 to 8 digits or a phone number", h.Text.Text), hint)
		case h.Text.Text[0] == '0': // a trunk prefix: part of a phone number, which this is not whole
			bad(h.Text.Field, fmt.Sprintf("%q starts with 0, which no short code does, and is no whole phone number in %s", h.Text.Text, cmp.Or(s.Country, "US")),
				"write the short code as the text line gives it, or the whole phone number with its area code")
		}
	}
	for _, at := range []diag.Located{h.Call, h.Text, h.TTY} {
		if msg, hint := leftOutTrunk(at.Text, s.Country); msg != "" {
			bad(at.Field, msg, hint)
		}
		if msg, hint := codeWithoutPlus(at.Text, s.Country); msg != "" { // dialforms.go
			bad(at.Field, msg, hint)
		}
		checkCodeForm(at.Text, func(msg, hint string) { bad(at.Field, msg, hint) }) // dialforms.go
	}
	checkKeyword(s, h.Keyword.Text, func(msg, hint string) { bad("hotline.keyword", msg, hint) })
	for _, o := range h.OtherKeywords {
		checkOtherKeyword(s, o, func(msg, hint string) { bad(o.Field, msg, hint) })
	}
	if h.TTY.Text != "" && !severalNumbers(h.TTY, s.Country, bad) {
		if _, err := phone.ParseTTY(h.TTY.Text, s.Country); err != nil {
			if msg, hint, ok := s.unconfirmed(h.TTY.Text, err); ok {
				if s.Country == "GB" {
					hint = "a textphone number, or Relay UK's 18001 or 18002 before the number: 18001 0808 2000 247"
				}
				bad("hotline.tty", msg, cmp.Or(wordsHint(err, h.TTY), hint))
			}
		}
	}
	if h.Chat.Text != "" {
		if msg, hint := badAddress("chat", h.Chat.Text, "write the chat page's full address, as your browser's address bar shows it, starting with https://"); msg != "" {
			bad("hotline.chat", msg, hint)
		}
		if msg, hint := whatsApp(h.Chat.Text, s.Country); msg != "" { // dialforms.go
			bad("hotline.chat", msg, hint)
		}
	}
	if d, ok := emergencyForm(h.Emergency.Text); ok && replacedEmergency[s.Country][d].number != "" { // dialforms.go
		now := replacedEmergency[s.Country][d].number
		bad("hotline.emergency", fmt.Sprintf("%q was the emergency number in %s until %s replaced it", h.Emergency.Text, s.Country, now), fmt.Sprintf("write emergency: %q", now))
	} else if d, ok := emergencyForm(h.Emergency.Text); ok && !phone.IsEmergency(d, s.Country) && s.emergenciesUnknown() {
		if !s.writtenAgain(h.Emergency.Text) {
			bad("hotline.emergency", fmt.Sprintf("haven's numbering tables do not know the emergency numbers of %s, so it cannot check %q", s.Country, h.Emergency.Text),
				fmt.Sprintf("check it digit by digit against the number for police, fire and ambulance that %s publishes, then confirm it with a line at the top level of settings.yaml: %s: [%s]", s.Country, confirmField, yamlQuoted(h.Emergency.Text)))
		}
	} else if !ok || !phone.IsEmergency(d, s.Country) {
		country := s.Country
		if country == "" {
			country = "US"
		}
		msg := fmt.Sprintf("%q is not an emergency number in %s", h.Emergency.Text, country)
		for _, e := range []string{"911", "999", "112", "000"} {
			if phone.OneOff(d, e) && phone.IsEmergency(e, s.Country) {
				msg += fmt.Sprintf("; it is one slip away from %s, a likely typo", e)
				break
			}
		}
		hint := "the number for police, fire and ambulance: 911 in the U.S. and Canada, 999 in the UK, 112 in the EU, 000 in Australia"
		if known := phone.Emergencies(country); s.Country != "" && len(known) > 0 { // unset, the line may be anywhere
			hint = fmt.Sprintf("the number for police, fire and ambulance in %s: haven's numbering tables know %s there", country, joinAnd(known))
		}
		bad("hotline.emergency", msg, hint)
	}
	// one configured number one slip from another, unless settings.yaml declares one of them
	// among the organisation's other numbers
	nums := s.Numbers()
	checkOtherNumbers(s, nums, bad)
	checkConfirmed(s, bad)
	refused := map[string]bool{} // a contact line's number, said once beside its nearest
	for i, n := range nums {
		said := map[string]bool{} // one number to call and text is one slip, said once
		for _, m := range nums[:i] {
			if said[m.Key] {
				continue
			}
			said[m.Key] = true
			// a number listed again under other_numbers is declared right beside those one slip
			// from it; the contact's is declared by listing it, not by its neighbour's listing
			n, contact := n, m.Field == contactField || n.Field == contactField
			if m.Field == contactField {
				n, m = m, n // the contact's number is named, as the texts' are beside a listed one
			}
			listed := declared(nums, n.Key) || !contact && declared(nums, m.Key)
			if phone.OneOff(n.Key, m.Key) && !services[n.Key] && !services[m.Key] && !listed && !s.confirmed(n.Written) && !s.confirmed(m.Written) && !servicesApart(n, m, s.Country) && !refused[n.Field+n.Key] { // TTY 711 beside 911 is the relay service
				hint := "check both against the organisation's records"
				if strings.HasPrefix(n.Field, "hotline.") && strings.HasPrefix(m.Field, "hotline.") {
					hint += fmt.Sprintf("; if both are right (two lines numbered one apart), list one of them again under organisation: as other_numbers: [%s] to say so", yamlQuoted(n.Written))
				} else if !strings.HasPrefix(n.Field, "hotline.") {
					near := m
					if m.Field == contactField && declared(nums, m.Key) {
						near.Field = otherField // listed already: the hint lists this one alone
					}
					hint = bothRight(hint, n.Written, s.Country, near)
				}
				refused[n.Field+n.Key] = n.Field == contactField
				bad(n.Field, fmt.Sprintf("%s is one slip away from %s; a likely typo", s.asTyped(n), m), hint)
			}
		}
	}
}

// asTyped quotes n, one of the configured numbers, as settings.yaml writes it: the contact
// line's in its own digits, then the ASCII they are read as ("١-٨٨٨-٣٧٣-٧٨٨٩" (1-888-373-7889)),
// as a text's slip is quoted; the hotline's fields are read in ASCII, and quoted so.
func (s Settings) asTyped(n Number) string {
	if n.Field == contactField {
		p := plainOf(s.Organisation.Contact.Text)
		if i := strings.Index(p.text, n.Written); i >= 0 {
			if typed := p.original(i, i+len(n.Written)); typed != n.Written {
				return diag.Whole(typed) + " (" + n.Written + ")"
			}
		}
	}
	return diag.Whole(n.Written)
}

// servicesApart reports whether two of the configured numbers one slip apart are the country's
// emergency number and a short service number of its own beside it, both as the country's
// tables list them: Brazil's 190 (police) beside 180 (the women's line) is no typo.
func servicesApart(n, m Number, country string) bool {
	if m.Placeholder == "{emergency}" {
		n, m = m, n
	}
	return n.Placeholder == "{emergency}" && phone.IsEmergency(n.Key, country) && len(m.Key) <= 4 && serviceNumber(m.Key, country)
}

// otherNumberHint is the hint for an entry of other_numbers that is no number: an example
// written as in country.
func otherNumberHint(country string) string {
	if ex := phone.Example(country); ex != "" {
		return fmt.Sprintf("another number of the organisation's, as people dial it in %s, e.g. %s, or with + and its country code", country, ex)
	}
	return "another number of the organisation's, as people dial it, e.g. 614-276-2274 or +44 20 7946 0958"
}

// numberRunRE is a run of a number's digits and what groups them, from its first digit (or the
// bracket or + before it) to its last.
var numberRunRE = lazyRE(`[(+]*[0-9][0-9 ().\-]*[0-9]`)

// severalNumbers refuses at, the hotline's call, text or TTY number, when it holds two numbers
// or more, each whole, apart from the words, commas, slashes or notes in brackets between them
// ("419-244-3033 or 1-800-799-7233", "419-244-3033 (local) 1-800-799-7233 (toll-free)"): a
// field takes one, and the other is no word beside it to leave out, but a line of the
// organisation's own. It reports whether it refused it; a number whose own groups a slash
// parts ("030/1234567") is one.
func severalNumbers(at diag.Located, country string, bad func(path, msg, hint string)) bool {
	runs := numberRunRE().FindAllString(at.Text, -1)
	if len(runs) < 2 {
		return false
	}
	for i, r := range runs {
		runs[i] = strings.TrimSpace(r)
		if _, err := phone.Parse(runs[i], country); err != nil && (at.Field != "hotline.text" || !shortcode(runs[i])) {
			return false
		}
	}
	name := strings.TrimPrefix(at.Field, "hotline.")
	takes := map[string]string{"call": "the line people should call", "text": "the number people should text", "tty": "the TTY line people should use"}[name]
	count := "two numbers"
	if len(runs) > 2 {
		count = fmt.Sprintf("%d numbers", len(runs))
	}
	bad(at.Field, fmt.Sprintf("%s holds %s (%s): %s takes one, %s", diag.Quote(at.Text), count, joinAnd(runs), name, takes),
		fmt.Sprintf("keep there the one %s (%s: %s, or another); list the other under organisation: as other_numbers: [%s], and write it in text.yaml where it should print, in help.note, card.back_note or poster.note", map[string]string{"call": "people should call", "text": "people should text", "tty": "for TTY calls"}[name], name, yamlQuoted(runs[0]), strings.Join(runs[1:], ", ")))
	return true
}

// wordsLabels are the texts of text.yaml that print beside each hotline number: a word about
// the number ("freephone", "24 hours", "text only") belongs there, not in the number to dial.
var wordsLabels = map[string]string{"hotline.call": "help.call_label, card.call_label and poster.call_label",
	"hotline.text": "help.text_label", "hotline.tty": "help.tty_label"}

// wordsHint is the hint for at, a number field whose number err says has words beside it
// (phone.WordsError): where the words print instead; "" for any other error.
func wordsHint(err error, at diag.Located) string {
	var w *phone.WordsError
	if !errors.As(err, &w) {
		return ""
	}
	if label := wordsLabels[at.Field]; label != "" {
		return "the words go in text.yaml, in " + label
	}
	return fmt.Sprintf("write the entry as - number: %q, and the words under it as its label:", w.Number) // organisation.other_numbers
}

// slipsFromAnother reports whether n is one slip from another of the hotline's numbers.
func slipsFromAnother(n Number, nums []Number) bool {
	return slices.ContainsFunc(nums, func(m Number) bool {
		return strings.HasPrefix(m.Field, "hotline.") && m.Key != n.Key && phone.OneOff(n.Key, m.Key)
	})
}

// checkOtherNumbers refuses an entry of organisation.other_numbers that is no valid number, or
// that is one of the hotline's numbers or an entry above it again; but a hotline number one
// slip from another of its numbers may be listed, to say that both are right.
func checkOtherNumbers(s *Settings, nums []Number, bad func(path, msg, hint string)) {
	for i, o := range s.Organisation.OtherNumbers {
		at := o.Number
		if at.Text == "" {
			bad(at.Field, "is empty", fmt.Sprintf("write the number, e.g. - %s, or remove the line", cmp.Or(phone.Example(s.Country), "614-276-2274")))
			continue
		}
		text := withoutExt(at.Text)
		p, err := phone.Parse(text, s.Country)
		key := p.Key()
		if err != nil && shortcode(text) && slices.ContainsFunc(nums, func(n Number) bool { return n.Key == text }) {
			key, err = text, nil // the hotline's own short code, named below
		}
		if err != nil && unlistedShort(text) {
			key, err = shortKey(text), nil // a short national line the numbering tables lack (Vietnam's 111 for children): listing it says it is right
		}
		if err != nil {
			bad(at.Field, err.Error(), cmp.Or(wordsHint(err, at), otherNumberHint(s.Country)))
			continue
		}
		if msg, hint := leftOutTrunk(text, s.Country); msg != "" {
			bad(at.Field, msg, hint)
		}
		if msg, hint := codeWithoutPlus(text, s.Country); msg != "" {
			bad(at.Field, msg, hint)
		}
		_, ext := SplitExt(at.Text)
		for _, n := range nums {
			if _, e := SplitExt(n.Written); n.Key != key || n.Field == at.Field || ext != "" && ext != e {
				continue // another extension of a number is a line of its own ("ext. 3" of the call line's "ext. 2")
			}
			if strings.HasPrefix(n.Field, "hotline.") {
				// listed, such a number says both are right; listed beside a call number emptied or
				// set back to the example's, it was right beside the call number before, the
				// cause said in its place (builtinMixed, and {call} where the texts print it)
				if !slipsFromAnother(n, nums) && s.Hotline.Calls() && builtinMixed(*s, nil) == nil {
					bad(at.Field, fmt.Sprintf("%q is %s again: the hotline's numbers are guarded already", at.Text, n), "take it off other_numbers")
				}
				break
			}
			if j := slices.IndexFunc(s.Organisation.OtherNumbers, func(e OtherNumber) bool { return e.Number.Field == n.Field }); j >= 0 && j < i {
				bad(at.Field, fmt.Sprintf("%q is %s again", at.Text, n), "keep one")
				break
			}
		}
		if n, ok := hotlineSlip(key, text, s.Country, nums); ok && !s.writtenAgain(at.Text) {
			bad(at.Field, fmt.Sprintf("%s is one slip away from %s: listed, a typo of it would print as a number of its own", diag.Whole(at.Text), n), confirmOtherHint(at.Text, n))
		}
	}
}

// hotlineSlip is the hotline's number key (an entry of other_numbers, written text) is one slip
// from, but not: listing a number is what haven's errors ask of a slip in a text, so a typo
// obeyed so would pass. A real line numbered next to the hotline's (a fax) is written again
// under confirmed_numbers, as a short line the tables lack is. A service number the country
// has (211 or 711 beside 911, 111 beside 112 in GB, 3918 beside 3919 in France, 116 117 beside
// 116 111) is a real line whichever was meant.
func hotlineSlip(key, text, country string, nums []Number) (Number, bool) {
	hotline := func(n Number) bool { return strings.HasPrefix(n.Field, "hotline.") }
	if services[key] || len(key) <= 6 && serviceNumber(text, country) ||
		slices.ContainsFunc(nums, func(n Number) bool { return hotline(n) && n.Key == key }) { // a hotline number listed again (checkOtherNumbers)
		return Number{}, false
	}
	for _, n := range nums {
		if hotline(n) && slipped(key, n.Key) {
			return n, true
		}
	}
	return Number{}, false
}

// confirmOtherHint tells how to keep written, an entry of other_numbers one slip from n.
func confirmOtherHint(written string, n Number) string {
	hint := fmt.Sprintf("check it digit by digit against the number the line publishes: to print %s, write %s in the texts and take the entry off", n.Written, cmp.Or(n.Placeholder, n.Written))
	return hint + fmt.Sprintf("; if it is a real line of its own, confirm it with a line at the top level of settings.yaml: %s: [%s]", confirmField, yamlQuoted(written))
}

// oneNumber reports whether people call and text one number ("Call or text 988"), however
// each is written: 1-877-565-8860 and (877) 565-8860 are one number.
func (s Settings) oneNumber() bool {
	h := s.Hotline
	if h.SameNumber() {
		return true
	}
	c, err := phone.Parse(h.CallNumber().Text, s.Country)
	t, err2 := phone.Parse(h.Text.Text, s.Country)
	return h.Texts() && err == nil && err2 == nil && c.Key() == t.Key()
}

// twoForms warns of one number for calls and texts written two ways: each line prints its own
// form, so a handout prints "Call 1-888-373-7888" and "Text HELP to (888) 373-7888", which a
// reader may take for two numbers.
// lettersPast warns of a hotline number spelling letters past the number ("1-888-HOTLINES"
// dials 1-888-468-5463): a phone leaves the keys after a number undialled, as Australia's
// 1800RESPECT is dialled, but a letter too many may also be a slip, which the digits written
// beside it rule out.
func lettersPast(s Settings) diag.Problems {
	var ps diag.Problems
	for _, at := range []diag.Located{s.Hotline.CallNumber(), s.Hotline.Text, s.Hotline.TTY} {
		past := phone.LettersPast(at.Text, s.Country)
		if past == "" {
			continue
		}
		n, _ := phone.Parse(at.Text, s.Country)
		what := "the letter " + past + " is"
		if len(past) > 1 {
			what = "the letters " + past + " are"
		}
		ps = append(ps, at.At(fmt.Sprintf("%q dials %s: %s past the number, and not dialled", at.Text, n.Dial, what),
			fmt.Sprintf("check that %s is your line; its digits in brackets after it, %s (%s), say so", n.Dial, at.Text, n.Dial)))
	}
	return ps
}

// lettersAbroad warns of a number to call written in letters (1-800-799-SAFE) without its
// digits where an edition is in another language than English: spelling a number on the
// keypad is a North American and Australian habit, and a reader of Vietnamese or Amharic may
// not know to dial letters. The discreet card prints the digits already (it must not spell
// the line's name).
func lettersAbroad(s Settings, langs []Language) diag.Problems {
	call := s.Hotline.CallNumber()
	t := strings.TrimSpace(call.Text)
	if !strings.ContainsFunc(t, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) || strings.HasSuffix(t, ")") {
		return nil
	}
	var others []string
	for _, l := range langs {
		if base, _, _ := strings.Cut(l.Code, "-"); base != "en" {
			others = append(others, l.Code)
		}
	}
	if len(others) == 0 {
		return nil
	}
	keys := phone.Keys(t, s.Country)
	written := len(phone.Digits(t)) // the digits before the letters: the brackets give the rest
	if keys == "" || written >= len(keys) {
		return nil
	}
	hint := "write the digits the letters dial in brackets after it, and every output prints both"
	// the form given only where haven reads it as the same number (letters last, as vanity
	// numbers write them)
	form := fmt.Sprintf("%s (%s)", t, keys[written:])
	if was, err := phone.Parse(t, s.Country); err == nil {
		if now, err := phone.Parse(form, s.Country); err == nil && now.Dial == was.Dial {
			hint = fmt.Sprintf("write the digits the letters dial in brackets after it, call: %s, and every output prints both", form)
		}
	}
	return diag.Problems{call.At(fmt.Sprintf("%q prints letters for digits in the %s %s, whose readers may not know to dial letters", t, strings.Join(others, ", "), map[bool]string{true: "edition", false: "editions"}[len(others) == 1]), hint)}
}

// ungrouped warns of a hotline number written as one run of digits ("8007997233"), which every
// output prints as written: read aloud it is one large number, and on paper a reader loses
// their place in it. The links' spoken names group it (layout.Spoken); the printed digits
// are the organisation's to group.
func ungrouped(s Settings) diag.Problems {
	var ps diag.Problems
	for _, at := range []diag.Located{s.Hotline.CallNumber(), s.Hotline.Text, s.Hotline.TTY} {
		if g := phone.Grouped(at.Text, s.Country); g != at.Text {
			ps = append(ps, at.At(fmt.Sprintf("%q is written without spaces or dashes between its digits: a screen reader reads the printed number as one large number (%s), and a reader copying it down loses their place", at.Text, count(phone.Digits(at.Text))),
				fmt.Sprintf("write it in groups, with the same digits, as numbers are written in %s: %s", cmp.Or(s.Country, "US"), g)))
		}
	}
	return ps
}

// count is digits as a count is written, in threes: how a screen reader reads them.
func count(digits string) string {
	for i := len(digits) - 3; i > 0; i -= 3 {
		digits = digits[:i] + "," + digits[i:]
	}
	return digits
}

func twoForms(s Settings) diag.Problems {
	h := s.Hotline
	if !s.oneNumber() || h.SameNumber() {
		return nil
	}
	return diag.Problems{h.Text.At(fmt.Sprintf("%q is hotline.call %s written another way: the outputs print both forms, which a reader may take for two numbers", h.Text.Text, h.Call.Text),
		fmt.Sprintf("write text: %q, as call is written", h.Call.Text))}
}

// Colour returns the parsed colour of a settings field name, or white.
func (c Colours) Colour(name string) colour.RGB {
	switch name {
	case "primary":
		return colour.MustParse(c.Primary)
	case "accent":
		return colour.MustParse(c.Accent)
	case "ink":
		return colour.MustParse(c.Ink)
	case "panel":
		return colour.MustParse(c.Panel)
	}
	return colour.White
}

func checkColours(file string, c Colours, line map[string]int) diag.Problems {
	var ps diag.Problems
	ok := true
	for name, v := range map[string]string{"primary": c.Primary, "accent": c.Accent, "ink": c.Ink, "panel": c.Panel} {
		if _, err := colour.Parse(v); err != nil {
			hint := "e.g. #0F4C5C"
			if c, ok := colour.Meant(v); ok {
				hint = fmt.Sprintf("write %s: \"%s\", %s as #RRGGBB", name, c, strings.TrimSpace(v))
			}
			ps.Add(file, line["colours."+name], "colours."+name, err.Error(), hint)
			ok = false
		}
	}
	if !ok {
		return ps
	}
	// the hints are followed together: each asks for a change to one colour that passes every
	// pair of it, the others' changes made, and a pair a change asked for already passes gets
	// that change's hint, not a change of its other colour for nothing (ink on white and on the
	// panel both fixed by a darker ink, not the panel washed out too). A pair on white can be
	// fixed by one colour only, so those choose first.
	pairs := slices.Clone(ContrastPairs)
	slices.SortStableFunc(pairs, func(a, b ContrastPair) int {
		return cmp.Compare(b.onWhite(), a.onWhite())
	})
	changed, hints := c, map[string]string{} // the colours as the hints so far change them; each field's hint
	for _, p := range pairs {
		r := colour.Contrast(c.Colour(p.Text), c.Colour(p.Background))
		if r < p.Min {
			f, hint := "", ""
			for _, g := range []string{p.Text, p.Background} {
				if hints[g] != "" && colour.Contrast(changed.Colour(p.Text), changed.Colour(p.Background)) >= p.Min {
					f, hint = g, hints[g]
					break
				}
			}
			if f == "" {
				var shade *colour.RGB
				f, shade, hint = fix(changed, p)
				if shade != nil {
					changed, hints[f] = changed.with(f, *shade), hint
				}
			}
			ps.Add(file, line["colours."+f], "colours."+f,
				fmt.Sprintf("%s on %s measures %.1f:1, below the %.1f:1 needed for %s", p.Text, p.Background, r, p.Min, p.Use), hint)
		}
	}
	return ps
}

// onWhite is 1 for a pair of a colour on white or white on it, which only that colour can fix.
func (p ContrastPair) onWhite() int {
	if p.Text == "white" || p.Background == "white" {
		return 1
	}
	return 0
}

// with is c with field's colour shade.
func (c Colours) with(field string, shade colour.RGB) Colours {
	for name, v := range map[string]*string{"primary": &c.Primary, "accent": &c.Accent, "ink": &c.Ink, "panel": &c.Panel} {
		if name == field {
			*v = shade.String()
		}
	}
	return c
}

// fix finds the least change that passes a refused pair: the shade of one of its two colours
// (same hue, darker or lighter) nearest to the user's own with which every pair of that colour
// passes. It returns the field to change, the shade (nil when none passes) and the hint
// offering it.
func fix(c Colours, p ContrastPair) (field string, shade *colour.RGB, hint string) {
	field = p.Background // blamed when no shade helps: the text colour is usually the ink
	if field == "white" {
		field = p.Text
	}
	best, bestDL, found := colour.RGB{}, 2.0, false
	for _, f := range []string{p.Text, p.Background} {
		if f == "white" {
			continue
		}
		shade, dl, ok := colour.Nearest(c.Colour(f), func(s colour.RGB) bool { return allPass(c, f, s) })
		if !ok || math.Abs(dl) >= math.Abs(bestDL) {
			continue
		}
		field, best, bestDL, found = f, shade, dl, true
	}
	if !found {
		return field, nil, fmt.Sprintf("no shade of %s passes beside the other colours; choose a colour of another hue", field)
	}
	way := "lighter"
	if bestDL < 0 {
		way = "darker"
	}
	return field, &best, fmt.Sprintf("the nearest shade of your %s that passes is %s, %s: write %s: \"%s\"", c.Colour(field), best, way, field, best)
}

// allPass reports whether every pair of field's colour passes with shade in its place.
func allPass(c Colours, field string, shade colour.RGB) bool {
	col := func(name string) colour.RGB {
		if name == field {
			return shade
		}
		return c.Colour(name)
	}
	for _, p := range ContrastPairs {
		if (p.Text == field || p.Background == field) && colour.Contrast(col(p.Text), col(p.Background)) < p.Min {
			return false
		}
	}
	return true
}

// oneLine are the fields that print on one line wherever they print (the handout's footer, the
// page number), in settings.yaml and text.yaml: a line break written in one would print as
// nothing, so it is refused where it is written.
var oneLine = map[string]bool{"organisation.name": true, "organisation.contact": true, "handout.page": true}

// lineBreaks finds a line break in a one-line field, and refuses one too long for any line
// (oneLineMost).
func lineBreaks(file string, fields []field) diag.Problems {
	var ps diag.Problems
	for _, f := range fields {
		if !oneLine[f.path] {
			continue
		}
		if strings.Contains(*f.ptr, "\n") {
			ps.Add(file, f.line, f.path, fmt.Sprintf("%q has a line break, but prints on one line", *f.ptr), "remove the line break: write it on one line")
		}
		if p := overLong(file, f.line, f.path, *f.ptr, oneLineMost); p != nil {
			ps = append(ps, *p)
		}
	}
	return ps
}

// oneLineMost is the most characters of a name, a contact line or a title: the longest of
// real organisations' names has a hundred or so, and the layouts try each size for one, so
// that a name of thousands, pasted by mistake, took minutes to be refused.
const oneLineMost = 300

// overLong refuses s, the text of field at file:line, longer than most characters.
func overLong(file string, line int, field, s string, most int) *diag.Problem {
	n := utf8.RuneCountInString(s)
	if n <= most {
		return nil
	}
	return &diag.Problem{File: file, Line: line, Field: field, Msg: fmt.Sprintf("is %d characters long; no place haven prints it holds more than a few lines of it", n),
		Hint: fmt.Sprintf("shorten it to under %d characters", most)}
}

// printedMost is the most characters a printed text of text.yaml may have: no place an output
// prints one holds as many (the longest, a note in the hotline box, takes a few hundred at
// most). A longer one, pasted whole, is said at once: laid out at each size an output tries, a
// text of thousands took minutes to be refused.
const printedMost = 1000

// tooLong refuses a printed text of text.yaml longer than printedMost characters; the resource
// page's own words (site:) are a browser's to set, at any length.
func tooLong(file string, fields []field) diag.Problems {
	var ps diag.Problems
	for _, f := range fields {
		if p := overLong(file, f.line, f.path, *f.ptr, printedMost); p != nil && !strings.HasPrefix(f.path, "site.") {
			p.Hint = fmt.Sprintf("shorten it to a few words or a sentence or two, under %d characters: longer answers go in faq.md", printedMost)
			ps = append(ps, *p)
		}
	}
	return ps
}

// displayOpens says how the printed address display differs from resource, what the QR codes
// open, or "" when typing it reaches that page: the same host (with or without www.) and port,
// and a path that leads to resource's (the whole path, or a folder of it that redirects there).
func displayOpens(display, resource string) string {
	d, err1 := url.Parse(withoutDots(display)) // as a browser opens each
	r, err2 := url.Parse(withoutDots(resource))
	if err1 != nil || err2 != nil {
		return "" // said by CheckURL
	}
	host := func(u *url.URL) string { return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") }
	if host(d) != host(r) {
		return "is on another site"
	}
	// no port is 443, where https goes: a reader who types the printed address reaches that one
	port := func(u *url.URL) string { return cmp.Or(u.Port(), "443") }
	if port(d) != port(r) {
		return "is on another port (" + port(d) + ")"
	}
	dp, rp := strings.TrimSuffix(d.Path, "/"), strings.TrimSuffix(r.Path, "/")
	switch {
	case dp != rp && strings.EqualFold(dp, rp):
		return otherCase
	case dp != rp && !strings.HasPrefix(rp, dp+"/") || d.RawQuery != "" && d.RawQuery != untracked(r.RawQuery) && d.RawQuery != r.RawQuery:
		if pathSlip(dp, rp) {
			return slippedPage
		}
		return anotherPage
	case dp != rp:
		return pageAbove
	case d.RawQuery == "" && routedQuery(r.RawQuery): // typed without it, the site opens another page (?page_id=42: its home)
		return anotherPage
	case d.Fragment != "" && d.EscapedFragment() != r.EscapedFragment():
		return otherPlace
	case d.Fragment == "" && routedFragment(r.EscapedFragment()):
		return anotherPage
	}
	return ""
}

// routedQuery reports whether a query sends a reader to another page than its address's path
// names: a field naming the page a site serves, as content systems write it (WordPress's
// ?page_id=42 and ?p=42, index.php?option=...&view=..., ?id=7), one named only for where a
// redirect or a login sends a reader on (?redirect=, ?return_to=), one of a broad name a
// redirect also takes (?to=, ?next=, ?url=) where its value is an address (routedTo: ?to=2027-03
// and ?next=2 are an events page's month and page), or any field whose value is an address or
// a path (carriedTo). A tracking field (utm_campaign, ref) and any other (?lang=es, ?qr=1,
// ?topic=shelter) leave the page as it is.
func routedQuery(q string) bool {
	for _, f := range strings.Split(q, "&") {
		name := strings.ToLower(fieldName(f))
		_, value, _ := strings.Cut(f, "=")
		if f == "" || trackingField(name) {
			continue
		}
		if name = strings.NewReplacer("_", "", "-", "").Replace(name); routingField.has(name) || broadRoutingField.has(name) && routedTo(value) || carriedTo(value) != "" {
			return true
		}
	}
	return false
}

// routingField are the names of query fields (lower case, without _ and -) that say what page
// a site serves (page_id), or where a redirect sends a reader on (redirect_uri, return_to).
var routingField = wordSet(`p page pageid id pid post article option view cat category node
	redirect redirectto redirecturi redirecturl redir returnto returnurl returnpath nexturl
	goto desturl targeturl callback backurl`)

// broadRoutingField are names a redirect's field takes (lower case, without _ and -) that an
// ordinary field takes too: ?to=2027-03, ?next=2, ?return=yes.
var broadRoutingField = wordSet(`return next go to url uri u r rd ru rurl dest destination target continue forward fwd out link jump`)

// asciiLetters are the ASCII letters, which a scheme begins with.
const asciiLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

// routedTo reports whether a field's value, decoded as often as it was encoded, is an address
// or a path: as carriedTo reads one, or with another scheme (javascript:, ftp://), or a site's
// host (evil.com, evil.com/chat), which a redirect completes.
func routedTo(value string) bool {
	v := carriedValue(value)
	if carriedTo(v) != "" {
		return true
	}
	if scheme, rest, ok := strings.Cut(v, ":"); ok && rest != "" && len(scheme) > 1 && strings.ContainsAny(scheme[:1], asciiLetters) &&
		strings.Trim(scheme, asciiLetters+"0123456789+-.") == "" {
		return true
	}
	host, _, _ := strings.Cut(v, "/")
	return siteIn(host) != ""
}

// routedFragment reports whether what follows an address's # sends a reader to another page,
// as an app's script reads it: a route (#/chat, #!/chat, #/../chat), an address, or fields
// that route as a query's would (#redirect=/chat); a place on the page (#top, #chat) does not.
func routedFragment(fragment string) bool {
	f := strings.TrimPrefix(carriedValue(fragment), "?")
	return strings.HasPrefix(f, "!") || carriedTo(f) != "" || strings.Contains(f, "=") && routedQuery(f)
}

// otherPlace is displayOpens of an address that shows a place on the page (#chat) other than
// the one resource_url opens: a reader sees one part of the page, and the codes open another.
const otherPlace = "is another place on its page"

// pathSlip reports whether the path display is one slip from resource's, or from a folder of
// it (/hepl for /help/dmst): a letter left out, added or changed, or two side by side swapped,
// whatever their case, in a path of 4 letters or more (/hlp for /help: /ab and /ac are two
// pages, not a typo).
func pathSlip(display, resource string) bool {
	d := strings.ToLower(display)
	for r := strings.ToLower(resource); r != ""; r = r[:max(strings.LastIndex(r, "/"), 0)] {
		if utf8.RuneCountInString(strings.Trim(r, "/")) >= 4 && d != r && oneEdit(d, r) {
			return true
		}
	}
	return false
}

// slippedPage is displayOpens of an address on resource_url's site one slip from its page's
// path (pathSlip): a likely typo, which a reader who types it follows to a page that is not
// there.
const slippedPage = "is one slip from its page"

// otherCase is displayOpens of an address whose path is resource_url's in other capitals
// (/Help for /help): most servers read a path's capitals, so a reader who types it reaches no
// page, or another.
const otherCase = "is its page in other capitals"

// anotherPage is displayOpens of an address on resource_url's own site that is not its page:
// a short page of the organisation's own (example.org/help) that it can make lead there, so
// display_url may print it, with a warning to make sure it does.
const anotherPage = "is another page"

// pageAbove is displayOpens of a page above resource_url's on its path, the site's home page
// (example.org for example.org/help): a link's words may show it, as they name the site;
// display_url may print it, with a warning that a reader who types it lands there.
const pageAbove = "is a page above it"

// displayWarnings warns that display_url, a page of resource_url's site but not its own, must
// open the resource page: the QR codes open resource_url, the printed address is typed.
func displayWarnings(file string, line int, s Settings) diag.Problems {
	full := "https://" + strings.TrimPrefix(s.DisplayURL, "https://")
	if s.DisplayURL == "" || CheckURL(full) != "" {
		return nil
	}
	switch displayOpens(full, s.ResourceURL) {
	case pageAbove:
		return diag.Problems{{File: file, Line: line, Field: "display_url",
			Msg:  fmt.Sprintf("%s is printed under the QR codes, which open resource_url %s: a reader who types it lands on a page above that one, not on the resource page", diag.Quote(s.DisplayURL), diag.Quote(s.ResourceURL)),
			Hint: fmt.Sprintf("print the resource page's own address (display_url: %s), or make sure %s opens the resource page", PrintedURL(s.ResourceURL), s.DisplayURL)}}
	case anotherPage:
	default:
		return nil
	}
	return diag.Problems{{File: file, Line: line, Field: "display_url",
		Msg:  fmt.Sprintf("%s is printed under the QR codes, which open resource_url %s: a reader who types it must reach that page", diag.Quote(s.DisplayURL), diag.Quote(s.ResourceURL)),
		Hint: "before printing, type " + s.DisplayURL + " into a phone's browser and make sure it opens the resource page: set it up to redirect there"}}
}
