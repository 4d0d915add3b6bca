package content

import (
	"slices"
	"testing"
)

// An address's postcode in the contact line is none of the organisation's numbers, though
// Germany's short numbers read 69117 as a line in Frankfurt: the PDFs and the page linked it
// (tel:+4969117), and the contact "Tel. 06221 91 30 40 · 69117 Heidelberg" was refused as a
// number ending in it. The phone numbers beside it are still the organisation's, and a number
// no town follows still is one.
func TestPostcodeInContactIsNoNumber(t *testing.T) {
	for _, tt := range []struct {
		country, contact string
		want             []string // the contact's numbers, as written
	}{
		{"DE", "Beratungsstelle: 06221 91 30 40 · Hauptstraße 118, 69117 Heidelberg", []string{"06221 91 30 40"}},
		{"DE", "Tel. 06221 91 30 40 · 69117 Heidelberg", []string{"06221 91 30 40"}},
		{"DE", "Hauptstraße 118, 69117 Heidelberg", nil},
		{"DE", "info@kjt-rhein-neckar.de · Postfach 10 23 45, 69013 Heidelberg", nil},
		{"DE", "69117 Heidelberg, Hauptstraße 118 · 06221 91 30 40", []string{"06221 91 30 40"}},
		{"DE", "Hauptstraße 118 · D-69117 Heidelberg · Tel. 06221 91 30 40", []string{"06221 91 30 40"}},
		{"DE", "Zeil 1, 60311 Frankfurt am Main · 069 1234567", []string{"069 1234567"}},
		{"DE", "Lange Str. 1, 76530 Baden-Baden (Tel. 07221 123456)", []string{"07221 123456"}},
		{"AT", "Stephansplatz 1, 1010 Wien · 01 234 5678", []string{"01 234 5678"}},
		// what is still a number
		{"DE", "Telefon 69117 · Heidelberg", []string{"69117"}},
		{"DE", "Tel. 069 117 · Heidelberg", []string{"069 117"}},
		{"US", "123 Main St, Salem OR 97301 · 503-588-5351", []string{"503-588-5351"}},
	} {
		s := hotlineIn(tt.country, "116 111", "112")
		s.Organisation.Contact = loc("organisation.contact", tt.contact)
		var got []string
		for _, n := range s.Numbers() {
			if n.Field == contactField {
				got = append(got, n.Written)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %q: numbers %q, want %q", tt.country, tt.contact, got, tt.want)
		}
		if ps := checkNumbers("f", textLines{first: 1}, "x", tt.contact, tt.country, s.Numbers(), true, true); len(ps) > 0 {
			t.Errorf("%s %q: reported %v", tt.country, tt.contact, ps)
		}
	}
}

// A postcode in a text is no number to dial: "39190 Beaurepaire" beside France's 3919 was
// refused as a slip of it, and "1470 Wien" beside Austria's 147 warned of; the same digits the
// words ask to dial, or give alone, still are.
func TestPostcodeInTextIsNoSlip(t *testing.T) {
	at, fr := hotlineIn("AT", "147", "112"), hotlineIn("FR", "3919", "112")
	checkProblemRows(t, []numberRow{
		{fr, "Notre antenne : 12 rue de la Paix, 39190 Beaurepaire.", ""},
		{fr, "Écrivez-nous : BP 12, 39190 Beaurepaire.", ""},
		{fr, "Nous sommes à 39190 Beaurepaire.", ""},
		{fr, "Appelez le 39190.", `"39190" is one slip away from hotline.call 3919`},
		{fr, "Appelez le 39190 Beaurepaire.", `"39190" is one slip away from hotline.call 3919`},
		{at, "Unser Büro: Stephansplatz 1, 1470 Wien.", ""},
		{at, "Besuch uns in 1470 Wien!", ""},
		{at, "Schreib an Postfach 12, 1470 Wien.", ""},
		// the slips beside them
		{at, "Ruf 1470 an.", `"1470" is one slip away from hotline.call 147`},
		{at, "Ruf 1470 Wien an.", `"1470" is one slip away from hotline.call 147`},
		{at, "Rat auf Draht: 1470.", `"1470" is one slip away from hotline.call 147`},
	})
	for _, text := range []string{"Unser Büro: Stephansplatz 1, 1470 Wien.", "Besuch uns in 1470 Wien!"} {
		if _, ws := nearMisses("f", textLines{first: 1}, "x", text, "", "AT", at.Numbers()); len(ws) > 0 {
			t.Errorf("%q: warned %v", text, ws)
		}
	}
	if refused, _ := nearMisses("f", textLines{first: 1}, "x", "Hilfe: 1470 Anytime.", "", "AT", at.Numbers()); len(refused) == 0 {
		t.Errorf(`"Hilfe: 1470 Anytime.": not refused, want a slip of 147`)
	}
}
