package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// A tel: or sms: link may percent-encode its characters (RFC 3966): tel:%2B18883737888 is
// tel:+18883737888, so it dials and prints as that number, and a slip in it is caught as in the
// plain form. A % that encodes nothing is refused with the link.
func TestPercentEncodedDialLinks(t *testing.T) {
	const at = "content/en/faq.md:13: "
	for _, tt := range []struct{ md, url, want string }{
		{"Call [us](tel:%2B18883737888) now.", "tel:+18883737888", ""},
		{"Call [us](tel:%2b18883737888) now.", "tel:+18883737888", ""},
		{"Call [us](tel:1%2D888%2D373%2D7888) now.", "tel:+18883737888", ""},
		{"Call [us](tel:%31%38%38%38%33%37%33%37%38%38%38) now.", "tel:+18883737888", ""},
		{"Text [us](sms:%32%33%33%37%33%33) now.", "sms:233733?body=HELP", ""}, // the text line, with its keyword
		{"Call [us](tel:%2B18883737889) now.", "", at + "answer 2[1]: the link [us](tel:%2B18883737889) is one slip away from hotline.call 1-888-373-7888; a likely typo"},
		{"Call [us](tel:1%2D888%2D373%2D7898) now.", "", at + "answer 2[1]: the link [us](tel:1%2D888%2D373%2D7898) is one slip away from hotline.call 1-888-373-7888"},
		{"Text [us](sms:%32%33%33%37%33%34) now.", "", at + "answer 2[1]: the link [us](sms:%32%33%33%37%33%34) is one slip away from hotline.text 233733"},
		{"Call <tel:%2B18883737889> now.", "", at + "answer 2[1]: the link [tel:%2B18883737889](tel:%2B18883737889)"},
		{"Call [us][1] now.\n\n[1]: tel:%2B18883737889\n\nNo.", "", at + "answer 2[1]: the link [us](tel:%2B18883737889) is one slip away from hotline.call"},
		{"Call [us][1] now.\n\n[1]: tel:%2B18883737888\n\nNo.", "tel:+18883737888", ""},
		{"Call [us](tel:%2B1888373%ZZ7888) now.", "", at + "the link [us](tel:%2B1888373%ZZ7888) has a % that encodes no character"},
		{"Call [us](tel:%2B1%20888%20373%207889) now.", "", at + "the link [us](tel:%2B1%20888%20373%207889) is not a number a phone can dial"},
		{"Call [us](tel:+1888373788%38;ext=1) now.", "", at + "the link [us](tel:+1888373788%38;ext=1) has an extension"},
	} {
		p, err := loadFirstAnswer(t, tt.md)
		switch {
		case tt.want == "" && err != "":
			t.Errorf("%q: refused: %s", tt.md, err)
		case tt.want == "" && p.Links[0].URL != tt.url:
			t.Errorf("%q links %q, want %q", tt.md, p.Links[0].URL, tt.url)
		case tt.want != "" && !strings.HasPrefix(err, tt.want):
			t.Errorf("%q:\n got %s\nwant %s", tt.md, err, tt.want)
		}
	}
}

// A short line dialled with # (Japan's #8008) is linked as haven links it, tel:%238008, or with
// its # bare: either dials the line, and links it escaped, so a bare # ends no link's number.
// Its slips, the line without its #, and a # link no phone dials are still refused.
func TestHashLineLinks(t *testing.T) {
	jp := confirm(hotlineIn("JP", "#8008", "110"), "#8008")
	for _, tt := range []struct{ md, url, want string }{
		{"[Call us](tel:%238008).", "tel:%238008", ""},
		{"[Call us](tel:#8008).", "tel:%238008", ""},
		{"[Call us](tel:%238008) or [the police](tel:110).", "tel:%238008", ""},
		{"[Call us](tel:%238009).", "", "the link [Call us](tel:%238009) is one slip away from hotline.call #8008"},
		{"[Call us](tel:#8080).", "", "the link [Call us](tel:#8080) is one slip away from hotline.call #8008"},
		{"[Call us](tel:8008).", "", "the link [Call us](tel:8008) leaves out the # of hotline.call #8008"},
		{"[Call us](sms:#8008).", "", "the link [Call us](sms:#8008) is not a number a phone can dial"},
		{"[Call us](tel:#80).", "", "the link [Call us](tel:#80) is not a number a phone can dial"},
		{"[Call us](tel:%23%238008).", "", "the link [Call us](tel:%23%238008) is not a number a phone can dial"},
	} {
		faq, ps := parseFAQ("faq.md", []byte("# Questions\n\n## Who answers?\n\n"+tt.md+"\n"))
		if len(ps) == 0 {
			_, ps = faq.links("faq.md", map[string]diag.Located{}, jp)
		}
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%q: refused: %v", tt.md, ps)
		case tt.want == "" && faq.Questions[0].Answer[0].Links[0].URL != tt.url:
			t.Errorf("%q links %q, want %q", tt.md, faq.Questions[0].Answer[0].Links[0].URL, tt.url)
		case tt.want != "" && !strings.Contains(ps.Error(), tt.want):
			t.Errorf("%q:\n got %v\nwant %s", tt.md, ps, tt.want)
		}
	}
}
