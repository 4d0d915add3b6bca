package content

import (
	"haven/internal/diag"

	"fmt"
	"net/url"
	"regexp"
	"strings"

	"haven/internal/colour"
)

var (
	keywordRE   = regexp.MustCompile(`^[A-Za-z0-9]{1,20}$`)
	shortcodeRE = regexp.MustCompile(`^[0-9]{3,8}$`)
	emergencyRE = regexp.MustCompile(`^[0-9]{3}$`)
	campaignRE  = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
	logoRE      = regexp.MustCompile(`(?i)^[^/\\]+\.(png|jpe?g)$`)
	ttfRE       = regexp.MustCompile(`(?i)^[^/\\]+\.(ttf|ttc(#.+)?)$`)
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

	if msg := CheckURL(s.ResourceURL); msg != "" {
		bad("resource_url", msg, "write the full address, e.g. https://example.org/help")
	}
	if msg := CheckCampaign(s.Campaign); msg != "" {
		bad("campaign", msg, "campaign names appear in links; keep them short and plain")
	}
	if s.Organisation.Logo != "" && !logoRE.MatchString(s.Organisation.Logo) {
		bad("organisation.logo", fmt.Sprintf("%q should be a .png or .jpg file in the content folder", s.Organisation.Logo), "")
	}
	for path, v := range map[string]string{"font.regular": s.Font.Regular, "font.bold": s.Font.Bold} {
		if v != "" && !ttfRE.MatchString(v) {
			bad(path, fmt.Sprintf("%q should be a .ttf file in the content folder, or a face of a .ttc (Fonts.ttc#0)", v), "TrueType outlines only: CFF .otf fonts cannot be embedded")
		}
	}
	if s.Font.Bold != "" && s.Font.Regular == "" {
		bad("font.bold", "a bold font needs a regular one", "add font.regular")
	}
	if v := s.Handout.Sheets; v != "" && v != "1" && v != "2" {
		bad("handout.sheets", fmt.Sprintf("%q should be 1 or 2", v), "1 keeps the handout to one sheet; 2 lets a long FAQ go on to a second")
	}
	h := s.Hotline
	if msg := CheckPhone(h.Phone.Text); msg != "" {
		bad("hotline.phone", msg, "write it as 1-888-373-7888")
	}
	if !keywordRE.MatchString(h.Keyword.Text) {
		bad("hotline.keyword", fmt.Sprintf("%q should be one word of letters or digits", h.Keyword.Text), "the hotline's is HELP")
	}
	if !shortcodeRE.MatchString(h.Shortcode.Text) {
		bad("hotline.shortcode", fmt.Sprintf("%q should be a short code of 3 to 8 digits", h.Shortcode.Text), "the hotline's is 233733")
	} else if name := slipOf(h.Shortcode.Text); name != "" {
		bad("hotline.shortcode", fmt.Sprintf("%q is one digit away from %s; a likely typo", h.Shortcode.Text, name), "the hotline's is 233733")
	}
	if !emergencyRE.MatchString(h.Emergency.Text) {
		bad("hotline.emergency", fmt.Sprintf("%q should be a 3-digit emergency number", h.Emergency.Text), "in the U.S. it is 911")
	} else if name := slipOf(h.Emergency.Text); name != "" {
		bad("hotline.emergency", fmt.Sprintf("%q is one digit away from %s; a likely typo", h.Emergency.Text, name), "in the U.S. it is 911")
	}
	ps = append(ps, checkColours(file, s.Colours, line)...)
	return ps
}

// CheckCampaign accepts an empty campaign or a short plain one: it appears in every QR link.
func CheckCampaign(s string) string {
	if s != "" && !campaignRE.MatchString(s) {
		return fmt.Sprintf("%s may only use a-z, 0-9 and -, at most 32 characters", diag.Quote(s))
	}
	return ""
}

// maxURL keeps QR codes scannable: a longer address makes a code too dense to print small.
const maxURL = 500

// CheckURL accepts only absolute https URLs with a host, short enough for a QR code: QR codes
// must not open anything else.
func CheckURL(s string) string {
	u, err := url.Parse(s)
	switch {
	case err != nil || s != strings.TrimSpace(s):
		return fmt.Sprintf("%s is not a valid web address", diag.Quote(s))
	case strings.ContainsAny(s, " \t"):
		return fmt.Sprintf("%s has a space; a web address has none (write %%20 if the page's address really has one)", diag.Quote(s))
	case u.Scheme != "https":
		return fmt.Sprintf("%s must start with https:// (other kinds of link are refused)", diag.Quote(s))
	case u.Host == "" || u.User != nil || !strings.Contains(u.Hostname(), "."):
		return fmt.Sprintf("%s has no valid host name", diag.Quote(s))
	case u.Fragment != "":
		return fmt.Sprintf("%s has a #fragment, which tracking codes would break", diag.Quote(s))
	case len(s) > maxURL:
		return fmt.Sprintf("%s is %d characters long; a QR code that phones scan from paper holds at most %d", diag.Quote(s), len(s), maxURL)
	}
	return ""
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
			ps.Add(file, line["colours."+name], "colours."+name, err.Error(), "e.g. #0F4C5C")
			ok = false
		}
	}
	if !ok {
		return ps
	}
	for _, p := range ContrastPairs {
		r := colour.Contrast(c.Colour(p.Text), c.Colour(p.Background))
		if r < p.Min {
			// blame the background unless it is the paper: the text colour is usually the ink
			f := p.Background
			if f == "white" {
				f = p.Text
			}
			ps.Add(file, line["colours."+f], "colours."+f,
				fmt.Sprintf("%s on %s measures %.1f:1, below the %.1f:1 needed for %s", p.Text, p.Background, r, p.Min, p.Use),
				"choose a darker text colour or a lighter background")
		}
	}
	sortProblems(ps)
	return ps
}
