package build

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"haven/internal/readback"
	"haven/internal/typeface"
)

// The organisation's own numbers, written in another form than settings.yaml's, are links to
// what the settings form opens, on the page and in the handout (each read back as built): a
// reader taps "1 (888) 373-7888" as readily as "1-888-373-7888". A number one slip off stays
// unlinked (check refuses it; here it is a stranger's).
func TestOwnNumbersInOtherFormsAreLinked(t *testing.T) {
	for _, tt := range []struct {
		name     string
		settings [][2]string
		faq      [][2]string
		sentence string
		links    [][2]string // a number as the sentence writes it, and the link it must open
	}{
		{"the number to call with brackets", nil, nil, "If the line is busy, call 1 (888) 373-7888 again, or (888) 373-7888.",
			[][2]string{{"1 (888) 373-7888", "tel:+18883737888"}, {"(888) 373-7888", "tel:+18883737888"}}},
		{"the text number with a space", nil, nil, "You can also text 233 733.", [][2]string{{"233 733", "sms:233733?body=HELP"}}},
		// in another script's digits, as the checks read them: linked as in Latin digits
		{"the number to call in Arabic-Indic digits", nil, nil, "In Arabic: ١-٨٨٨-٣٧٣-٧٨٨٨, or ٩١١ in danger.",
			[][2]string{{"١-٨٨٨-٣٧٣-٧٨٨٨", "tel:+18883737888"}, {"٩١١", "tel:911"}}},
		{"the numbers in Persian digits", nil, nil, "In Persian: ۱-۸۸۸-۳۷۳-۷۸۸۸, or text ۲۳۳۷۳۳.",
			[][2]string{{"۱-۸۸۸-۳۷۳-۷۸۸۸", "tel:+18883737888"}, {"۲۳۳۷۳۳", "sms:233733?body=HELP"}}},
		{"a vanity number in digits", [][2]string{{"  call: 1-888-373-7888", "  call: 1-800-799-SAFE"}}, nil,
			"The line is also 1-800-799-7233 on old phones.", [][2]string{{"1-800-799-7233", "tel:+18007997233"}}},
		{"the organisation's contact", [][2]string{{`  contact: ""`, `  contact: "Office 503-588-5351"`}}, nil,
			"Our office is at (503) 588-5351 on weekdays.", [][2]string{{"(503) 588-5351", "tel:+15035885351"}}},
		{"a UK number in international form", [][2]string{{"  call: 1-888-373-7888", "  call: 0808 2000 247"}, {`  text: "233733"`, `  text: ""`},
			{"  keyword: HELP", `  keyword: ""`}, {`  emergency: "911"`, `  emergency: "999"`}, {"country: US", "country: GB"}}, noTextFAQ,
			"From abroad, ring +44 808 2000 247.", [][2]string{{"+44 808 2000 247", "tel:+448082000247"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := setup{settings: tt.settings, text: noTextCards, faq: append(slices.Clone(tt.faq), [2]string{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. " + tt.sentence})}
			var fonts []*typeface.Family
			if strings.ContainsFunc(tt.sentence, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) { // its digits
				fonts = append(fonts, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"))
			}
			page, site := englishSite(t, s, fonts...)
			handout := filepath.Join(site, "handout-en-letter.pdf")
			if _, err := os.Stat(handout); err != nil { // a UK kit's, on A4 alone
				handout = filepath.Join(site, "handout-en-a4.pdf")
			}
			pages, err := readback.Read(open(t, handout).raw)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range tt.links {
				href := strings.ReplaceAll(l[1], "+", "&#43;")
				if want := `<a href="` + href + `"><bdi class="num" dir="ltr">` + l[0] + `</bdi></a>`; !strings.Contains(string(page), want) {
					t.Errorf("the page has no %s", want)
				}
				if !linkedIn(pages, l[0], l[1]) {
					t.Errorf("the handout prints %q without a link to %s", l[0], l[1])
				}
			}
		})
	}
}

// linkedIn says whether pages draw text as a run of its own (as a link's text is: one marked
// content sequence, though in several faces, as a number in Arabic digits with a Latin hyphen
// is) inside a link to uri.
func linkedIn(pages []readback.Page, text, uri string) bool {
	for _, p := range pages {
		for i := 0; i < len(p.Texts); {
			tx, s, j := p.Texts[i], "", i
			for ; j < len(p.Texts) && (j == i || tx.Mark >= 0 && p.Texts[j].Mark == tx.Mark && p.Texts[j].Y == tx.Y); j++ {
				s += p.Texts[j].S
			}
			i = j
			if s != text {
				continue
			}
			for _, l := range p.Links {
				if l.URI == uri && l.X <= tx.X+0.5 && tx.X < l.X+l.W && l.Y <= tx.Y && tx.Y <= l.Y+l.H {
					return true
				}
			}
		}
	}
	return false
}

// A fax number of the organisation's (the contact line's after "Fax", or other_numbers' with a
// label that says fax, in another language too) prints without a link, on the page and in the
// handout's answer and footer: a tap would ring a fax machine. The office number beside it
// stays a link, and so does a number for calls and faxes alike ("Tel/Fax", "Phone/Fax").
func TestFaxNumbersAreNotLinked(t *testing.T) {
	s := setup{settings: [][2]string{{`  contact: ""`, "  contact: \"Office 503-588-5351 · Fax: 503-588-5360 · Tel/Fax 503-399-1234\"\n  other_numbers:\n    - number: 503-378-4411\n      label: Fax (billing)\n    - number: 503-378-4490\n      label: Telefax\n    - number: 503-378-4455\n      label: Phone/Fax"}},
		faq: [][2]string{{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. Office (503) 588-5351, fax 503-588-5360, 503-378-4411 or 503-378-4490; shelter 503-399-1234 or 503-378-4455."}}}
	page, site := englishSite(t, s)
	pages, err := readback.Read(open(t, filepath.Join(site, "handout-en-letter.pdf")).raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range [][2]string{{"(503) 588-5351", "tel:+15035885351"}, {"503-399-1234", "tel:+15033991234"}, {"503-378-4455", "tel:+15033784455"}} {
		if !linkedIn(pages, l[0], l[1]) || !strings.Contains(string(page), `href="`+strings.ReplaceAll(l[1], "+", "&#43;")+`"`) {
			t.Errorf("%s is not linked", l[0])
		}
	}
	for _, fax := range []string{"+15035885360", "+15033784411", "+15033784490"} {
		if strings.Contains(string(page), "tel:&#43;"+fax[1:]) {
			t.Errorf("the page links the fax number %s", fax)
		}
		for _, p := range pages {
			for _, l := range p.Links {
				if l.URI == "tel:"+fax {
					t.Errorf("the handout links the fax number %s", fax)
				}
			}
		}
	}
}

// An address's postcode in the contact line prints without a link, on the page and in the
// handout, though Germany's short numbers read it as one: 69117 opened tel:+4969117, a line in
// Frankfurt. The office number before it stays a link.
func TestPostcodesAreNotLinked(t *testing.T) {
	s := setup{settings: [][2]string{{"  call: 1-888-373-7888", "  call: 116 111"}, {`  text: "233733"`, `  text: ""`}, {"  keyword: HELP", `  keyword: ""`},
		{`  emergency: "911"`, `  emergency: "112"`}, {"country: US", "country: DE"}, {`  contact: ""`, `  contact: "Beratungsstelle: 06221 91 30 40 · Hauptstraße 118, 69117 Heidelberg"`}},
		text: noTextCards, faq: noTextFAQ}
	page, site := englishSite(t, s)
	pages, err := readback.Read(open(t, filepath.Join(site, "handout-en-a4.pdf")).raw)
	if err != nil {
		t.Fatal(err)
	}
	if !linkedIn(pages, "06221 91 30 40", "tel:+496221913040") || !strings.Contains(string(page), `href="tel:&#43;496221913040"`) {
		t.Error("06221 91 30 40 is not linked")
	}
	if strings.Contains(string(page), "tel:&#43;4969117") {
		t.Error("the page links the postcode 69117")
	}
	for _, p := range pages {
		for _, l := range p.Links {
			if l.URI == "tel:+4969117" {
				t.Error("the handout links the postcode 69117")
			}
		}
	}
}

// A web address an answer writes bare is a link to exactly what it shows, https:// added to
// www., on the page and in the handout (each read back as built); http:// stays text.
func TestBareAddressesAreLinked(t *testing.T) {
	s := setup{faq: [][2]string{{"than to stay silent and risk a child’s safety.",
		"than to stay silent and risk a child’s safety. See www.samples.org/help, https://samples.net/a?b=1 or http://samples.com."}}}
	page, site := englishSite(t, s)
	pages, err := readback.Read(open(t, filepath.Join(site, "handout-en-letter.pdf")).raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range [][2]string{{"www.samples.org/help", "https://www.samples.org/help"}, {"https://samples.net/a?b=1", "https://samples.net/a?b=1"}} {
		// what it shows, read past the markup that says where it may break
		if shown := regexp.MustCompile(`<a href="` + regexp.QuoteMeta(l[1]) + `"><bdi class="addr" dir="ltr">(.*?)</bdi></a>`).FindStringSubmatch(string(page)); shown == nil ||
			regexp.MustCompile(`<[^>]*>`).ReplaceAllString(shown[1], "") != l[0] {
			t.Errorf("the page has no link to %s showing %s, set apart left to right", l[1], l[0])
		}
		if !linkedIn(pages, l[0], l[1]) {
			t.Errorf("the handout prints %q without a link to %s", l[0], l[1])
		}
	}
	if strings.Contains(string(page), `href="http://`) || strings.Contains(string(page), `href="https://samples.com`) {
		t.Error("the page links http://samples.com")
	}
}
