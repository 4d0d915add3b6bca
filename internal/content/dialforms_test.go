package content

import (
	"haven/internal/diag"

	"strings"
	"testing"
)

// A number written right digit for digit that no phone dials as printed where the content is
// read is refused in the texts, with the form to write; its right forms pass.
func TestNumbersNoPhoneDialsAsPrinted(t *testing.T) {
	au, ca, ie, nz := hotlineIn("AU", "1800 737 732", "000"), hotlineIn("CA", "1-833-456-4566", "911"), hotlineIn("IE", "116 123", "112"), hotlineIn("NZ", "0800 543 354", "111")
	us, in, mx := hotlineIn("", "1-888-373-7888", "911"), hotlineIn("IN", "1800 599 0019", "112"), hotlineIn("MX", "800 290 0024", "911")
	au.Hotline.Text = loc("hotline.text", "0477 131 114")
	ie.Hotline.Text = loc("hotline.text", "50808")
	za, gb := hotlineIn("ZA", "0800 567 567", "10111"), hotlineIn("GB", "0808 2000 247", "999")
	auAbroad := hotlineIn("AU", "1800 737 732", "000", "911") // listed: the organisation means it
	checkProblemRows(t, []numberRow{
		// another country's emergency number, asked to be dialled
		{au, "In an emergency call 911.", `"911" is the emergency number of US, CA, MX and`},
		{au, "If you are in immediate danger, call 999.", `not of AU, whose emergency number is 000 (hotline.emergency)`},
		{au, "In danger? 911", `"911" is the emergency number of`},
		{ca, "In immediate danger, call 000.", `"000" is the emergency number of AU`},
		{nz, "In an emergency, call 000.", `not of NZ, whose emergency number is 111`},
		{ie, "In an emergency, call 911.", `not of IE`},
		{in, "In an emergency call 999.", `not of IN`},
		{mx, "En caso de emergencia, llame al 000.", `not of MX`},
		{us, "In an emergency, call 999.", `not of US, whose emergency number is 911`},
		// its way out, and what is no number to dial
		{auAbroad, "Visiting the U.S.? In an emergency there, call 911.", ""},
		{au, "In an emergency: 000 (Australia), 911 (U.S.), 999 in the UK.", ""},
		{au, "We took 911 calls last year; 999 volunteers help us.", ""},
		{au, "Call 000 in an emergency; our office is at 999 George Street.", ""},
		{gb, "In danger, call 999 or 112.", ""},
		{us, "If you are in the UK, call 999.", ""},
		{us, "If you travel in the EU, dial 112.", ""},
		{us, "If you are in Portland, call 999.", `not of US, whose emergency number is 911`},
		{us, "We work with Europe's shelters. In danger, call 999.", `not of US`},
		// a number only dialled at home, written with its country code
		{au, "From overseas: +61 13 11 14.", `"+61 13 11 14" cannot be dialled from outside AU: with + and the country code it reaches no one (write it as it is dialled in AU, without + and the country code: 13 11 14)`},
		{au, "Call +61 1800 737 732.", `"+61 1800 737 732" cannot be dialled from outside AU`},
		{au, "Call 13 11 14 or 1800 737 732; from overseas +61 477 131 114.", ""},
		// the country code without its +: read as the number, dialled as printed by no one
		{au, "You can also call 61 13 11 14.", `"61 13 11 14" begins with AU's calling code 61 without the + before it: dialled as printed it reaches no one (write 13 11 14, as it is dialled in AU: no phone dials it from abroad)`},
		{gb, "Or call 44 808 2000 247.", `"44 808 2000 247" begins with GB's calling code 44 without the + before it: dialled as printed it reaches no one (write 0808 2000 247 as it is dialled in GB, or +44 808 2000 247 for callers abroad)`},
		{gb, "Our office: 44 20 7946 0958.", `"44 20 7946 0958" begins with GB's calling code 44`},
		{gb, "Call 0044 808 2000 247 from abroad, or 0808 2000 247.", ""},
		{au, "We have 61 131 114 members.", ""}, // a count
		{us, "Call 1 888 373 7888.", ""},
		{au, "Call 61 412 345 678.", `"61 412 345 678" begins with AU's calling code 61 without the + before it: dialled as printed it reaches no one (write 0412 345 678 as it is dialled in AU, or +61 412 345 678 for callers abroad)`},
		{gb, "From abroad call 44 (0)113 246 0401.", `"44 (0)113 246 0401" begins with GB's calling code 44 without the + before it: dialled as printed it reaches no one (write 0113 246 0401 as it is dialled in GB, or +44 113 246 0401 for callers abroad)`},
		{ie, "In Northern Ireland, call 44 808 802 1414.", `"44 808 802 1414" begins with the calling code 44 (GB) without the + before it: dialled as printed it reaches no one (write +44 808 802 1414)`},
		{za, "Chat on WhatsApp: https://wa.me/27821234567, or wa.me/27821234567.", ""}, // as WhatsApp reads it
		{ie, "In 2024 we took 44 808 calls; call +44 808 802 1414 from the North.", ""},
		// a short national number after its own code; a local number is no other country's
		{hotlineIn("NU", "4002", "999"), "Call 683 4002.", `"683 4002" begins with NU's calling code 683 without the + before it`},
		{gb, "Our office: 683 4002.", ""},
		// a sentence after a number is read on its own: its number is checked as any is
		{gb, "Call 0808 2000 247. 44 113 246 0401 is our office.", `"44 113 246 0401" begins with GB's calling code 44 without the + before it`},
		// the trunk 0 after the country code; in brackets it passes
		{gb, "Call +44 0808 2000 247.", `write +44 808 2000 247, without the 0, or 0808 2000 247 as it is dialled in the country`},
		{za, "Call +27 0800 567 567.", `"+27 0800 567 567" writes the trunk prefix 0 after the country code +27`},
		{gb, "Call +44 (0)808 2000 247 or +44 808 2000 247.", ""},
		{gb, "Call +44 0808 2000 248.", `"+44 0808 2000 248" is one slip away from hotline.call 0808 2000 247; a likely typo (write {call} to print 0808 2000 247 from settings.yaml`}, // a slip too: one fix mends both
		{hotlineIn("IN", "+91 22 2754 6669", "112"), "Call +91-022-2754-6668.", `"+91-022-2754-6668" is one slip away from hotline.call +91 22 2754 6669`},
		{hotlineIn("IN", "+91 22 2754 6669", "112"), "Call +91-022-2754-6669.", `"+91-022-2754-6669" writes the trunk prefix 0 after the country code +91`},
		{hotlineIn("IT", "06 4991 1", "112"), "Chiama +39 06 4991 1.", ""}, // Italy's 0 is the number's own
		// the organisation's national digits after another country's code
		{za, "Call +33 800 567 567.", `writes the digits of hotline.call 0800 567 567 after the country code +33, not +27`},
		{ca, "Call +44 833 456 4566.", `(write +1 833 456 4566)`},
		{au, "Text +44 477 131 114.", `not +61`},
		{ie, "Text +44 50808.", `(write 50808: a short number is dialled or sent without a country code)`},
	})
}

// A tel: link in a form no phone dials is refused with a link that is itself valid; a link
// whose words show another form of the same number names that first.
func TestUndialableLinkForms(t *testing.T) {
	au := hotlineIn("AU", "13 11 14", "000")
	for _, tt := range []struct{ md, want string }{
		{"[call us](tel:+61131114)", "write it as it is dialled in AU, without + and the country code: 131114"},
		{"[call 13 11 14](tel:+61131114)", "cannot be dialled from outside AU"},
		{"[call 13 11 14](tel:131114)", ""},
	} {
		_, ps := linkProblems(t, au, tt.md)
		got := ps.Error()
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%s: refused: %s", tt.md, got)
		case tt.want != "" && !strings.Contains(got, tt.want):
			t.Errorf("%s:\ngot  %s\nwant %s", tt.md, got, tt.want)
		case strings.Contains(got[strings.LastIndex(got, "(")+1:], "tel:+61131114"):
			t.Errorf("%s: suggests the undialable link: %s", tt.md, got)
		}
	}
}

// A WhatsApp link needs the international number, digits only: a national one or one with +
// is refused with the link to write.
func TestWhatsAppLinks(t *testing.T) {
	for _, tt := range []struct{ country, url, want string }{
		{"GB", "https://wa.me/447700900247", "check the number's digits"}, // as WhatsApp reads it, but no GB number
		{"ZA", "https://wa.me/0800567567", "write https://wa.me/27800567567"},
		{"ZA", "https://wa.me/+27800567567", "write https://wa.me/27800567567"},
		{"GB", "https://api.whatsapp.com/send?phone=07400123456&text=hi", "phone=447400123456"},
		{"ZA", "https://wa.me/27800567567", ""},
		{"GB", "https://wa.me/447400123456?text=hi", ""},
		{"GB", "https://wa.me/message/ABCDEF", ""},
		{"GB", "https://samples.org/0800567567", ""},
	} {
		_, hint := whatsApp(tt.url, tt.country)
		if tt.want == "" && hint != "" || !strings.Contains(hint, tt.want) {
			t.Errorf("%s %s: got %q, want %q", tt.country, tt.url, hint, tt.want)
		}
	}
}

// A chat address's number is written as WhatsApp reads it, with the calling code and no +:
// no number written without its + for a phone to dial.
func TestChatAddressNumberWithCode(t *testing.T) {
	za := hotlineIn("ZA", "0800 567 567", "10111")
	if ps := checkNumbers("settings.yaml", textLines{first: 12}, "hotline.chat", urlPath("https://wa.me/27768822775"), "ZA", za.Numbers(), false, false); len(ps) > 0 {
		t.Errorf("a wa.me address refused: %v", ps)
	}
}

// settings.yaml: a trunk 0 after the code, Canada's 9-1-1, a replaced emergency number, and a
// country: its numbers do not belong to.
func TestSettingsNumberForms(t *testing.T) {
	au := hotlineIn("", "1800 737 732", "000")
	au.Hotline.Text = loc("hotline.text", "0477 131 114")
	for _, tt := range []struct {
		set  Settings
		want string // "" for none
	}{
		{hotlineIn("GB", "+44 0808 2000 247", "999"), `hotline.call: "+44 0808 2000 247" writes the trunk prefix 0 after the country code +44`},
		{hotlineIn("GB", "+44 (0)808 2000 247", "999"), ""},
		{hotlineIn("CA", "1-833-456-4566", "9-1-1"), ""},
		{hotlineIn("CA", "1-833-456-4566", "9-1-2"), `"9-1-2" is not an emergency number in CA`},
		{hotlineIn("MX", "800 290 0024", "066"), `hotline.emergency: "066" was the emergency number in MX until 911 replaced it`},
		{hotlineIn("PH", "1343", "117"), `until 911 replaced it`},
		{au, `country: "US", but hotline.call, hotline.text and hotline.emergency are numbers of AU, not of US`},
		{hotlineIn("", "741741", "911"), `"741741" is not a U.S. service number`}, // and nothing of the country: a short number is a service in many
	} {
		got := strings.Join(hotlineProblems(tt.set), "\n")
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) || !strings.HasPrefix(tt.want, "country") && strings.Contains(got, "country:") {
			t.Errorf("%s %s %s:\ngot  %s\nwant %s", tt.set.Country, tt.set.Hotline.Call.Text, tt.set.Hotline.Emergency.Text, got, tt.want)
		}
	}
}

// linkProblems are what the FAQ's link checks say of an answer md, for the settings s.
func linkProblems(t *testing.T, s Settings, md string) (FAQ, diag.Problems) {
	t.Helper()
	faq, ps := parseFAQ("faq.md", []byte("# Questions\n\n## Who answers?\n\n"+md+"\n"))
	if len(ps) > 0 {
		t.Fatalf("%s: %v", md, ps)
	}
	_, ps = faq.links("faq.md", map[string]diag.Located{}, s)
	return faq, ps
}

// The country's emergency number beside a short service number of its own one slip apart is
// no typo (Brazil's 190 beside 180); beside a number that is no service, or a number that is
// not the country's emergency number, it is.
func TestServicesApart(t *testing.T) {
	emergency := func(d string) Number {
		return Number{Key: d, Written: d, Field: "hotline.emergency", Placeholder: "{emergency}"}
	}
	call := func(d string) Number { return Number{Key: d, Written: d, Field: "hotline.call", Placeholder: "{call}"} }
	for _, tt := range []struct {
		country string
		n, m    Number
		want    bool
	}{
		{"BR", call("180"), emergency("190"), true},
		{"BR", emergency("190"), call("180"), true},
		{"US", call("912"), emergency("911"), false},
		{"BR", call("180"), call("190"), false},
	} {
		if got := servicesApart(tt.n, tt.m, tt.country); got != tt.want {
			t.Errorf("%s %s beside %s: %v, want %v", tt.country, tt.n.Written, tt.m.Written, got, tt.want)
		}
	}
}
