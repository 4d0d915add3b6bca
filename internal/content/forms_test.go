package content

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"haven/internal/diag"
)

// The organisation's own number after Relay UK's prefix is dialled with it, as written, where
// the same number alone is dialled alone.
func TestOwnWrittenAfterARelayPrefix(t *testing.T) {
	uk := hotlineIn("GB", "0808 2000 247", "999")
	got := OwnWritten("Deaf? Dial 18001 0808 2000 247, or 18002 0808 2000 247; else 0808 2000 247.", "GB", uk.Numbers())
	want := []string{"18001 0808 2000 247", "18002 0808 2000 247", "0808 2000 247"}
	if len(got) != len(want) {
		t.Fatalf("found %+v, want %q", got, want)
	}
	for i, w := range got {
		if w.Text != want[i] || w.Number.Dialled() != want[i] || w.Number.Field != "hotline.call" {
			t.Errorf("found %q dialling %q (%s), want %q dialling it", w.Text, w.Number.Dialled(), w.Number.Field, want[i])
		}
	}
}

// The organisation's own numbers are found in every form the checks read them in, and only
// they: a slip, a stranger's number or a group of a count's thousands is none of them.
func TestOwnWritten(t *testing.T) {
	us := Settings{Country: "US", Hotline: Hotline{Call: diag.Located{Text: "1-888-373-7888"}, Text: diag.Located{Text: "233733"},
		Emergency: diag.Located{Text: "911"}, TTY: diag.Located{Text: "1-800-787-3224"}},
		Organisation: Organisation{Contact: diag.Located{Text: "(503) 588-5351"}, OtherNumbers: []OtherNumber{{Number: diag.Located{Text: "614-276-2270 ext. 12"}}}}}
	safe := us
	safe.Hotline.Call.Text = "1-800-799-SAFE"
	uk := Settings{Country: "GB", Hotline: Hotline{Call: diag.Located{Text: "+44 808 2000 247"}, Emergency: diag.Located{Text: "999"}}}
	au := Settings{Country: "AU", Hotline: Hotline{Call: diag.Located{Text: "1800 737 732"}, Emergency: diag.Located{Text: "000"}}}
	auVanity := Settings{Country: "AU", Hotline: Hotline{Call: diag.Located{Text: "1800RESPECT (1800 737 732)"}, Emergency: diag.Located{Text: "000"}}}
	nzVanity := Settings{Country: "NZ", Hotline: Hotline{Call: diag.Located{Text: "0800 HELPLINE"}, Emergency: diag.Located{Text: "111"}}}
	zip := us // the contact's number after a postcode, as an address line writes it
	zip.Organisation.Contact.Text = "Salem OR 97301 · 503-588-5351"
	zipBracket := us
	zipBracket.Organisation.Contact.Text = "Salem, OR 97301 (503) 588-5351"
	for _, tt := range []struct {
		s    Settings
		text string
		want []string // the numbers found, as written, and what they are ("call" for hotline.call)
	}{
		{us, "Call 1 (888) 373-7888 again, or (888) 373-7888.", []string{"1 (888) 373-7888", "(888) 373-7888"}},
		{us, "Call +1 888 373 7888 or 1.888.373.7888 24/7.", []string{"+1 888 373 7888", "1.888.373.7888"}},
		{us, "Text 233 733 or call 911.", []string{"233 733", "911"}},
		{us, "Our office: 503-588-5351, fax 614.276.2270.", []string{"503-588-5351", "614.276.2270"}},
		{us, "Call 1-888-373-7889 or 1-800-555-0100.", nil}, // a slip, a stranger
		// spaced, with what follows joined by a space: a card's call_label "Call 1 888 373 7888 24/7"
		{us, "Call 1 888 373 7888 24/7, or text 233 733 24/7.", []string{"1 888 373 7888", "233 733"}},
		{us, "Call 1 888 373 7889 24/7 or 1 800 555 0100 24/7; 1 000 000 meals.", nil},
		// in the digits of any script, or East Asian wide forms, as written
		{us, "اتصل على ١-٨٨٨-٣٧٣-٧٨٨٨ أو ٩١١، أو ١-٨٨٨-٣٧٣-٧٨٨٩.", []string{"١-٨٨٨-٣٧٣-٧٨٨٨", "٩١١"}},
		{us, "با ۱ (۸۸۸) ۳۷۳-۷۸۸۸ تماس بگیرید یا به ۲۳۳ ۷۳۳ پیام دهید.", []string{"۱ (۸۸۸) ۳۷۳-۷۸۸۸", "۲۳۳ ۷۳۳"}},
		{us, "कॉल करें १-८८८-३७३-७८८८ या 911", []string{"१-८८८-३७३-७८८८", "911"}},
		{us, "请拨打１-８８８-３７３-７８８８。", []string{"１-８８８-３７３-７８８８"}},
		{safe, "Call 1-800-799-7233 or 1 800 799 SAFE.", []string{"1-800-799-7233", "1 800 799 SAFE"}},
		{uk, "Ring 0808 2000 247 or 0808 2000 248.", []string{"0808 2000 247"}},
		// a count in groups of thousands holds no number: no call to 000 in a million meals
		{au, "We gave out 1 000 000 meals and 5.000 beds; in danger, call 000.", []string{"000"}},
		// a vanity word after a space, in capitals or capitalised, that spells the line
		{auVanity, "Call 1800 Respect or 1800 RESPECT any time.", []string{"1800 Respect", "1800 RESPECT"}},
		{nzVanity, "Ring 0800 Helpline or 0800 HELPLINE.", []string{"0800 Helpline", "0800 HELPLINE"}},
		{auVanity, "Call 1800 Respekt, or 1800 Monday to Friday; 1800 respect.", nil},
		{zip, "Call the office, (503) 588-5351.", []string{"(503) 588-5351"}},
		{zipBracket, "Our office: 503-588-5351.", []string{"503-588-5351"}},
	} {
		var got []string
		for _, w := range OwnWritten(tt.text, tt.s.Country, tt.s.Numbers()) {
			got = append(got, w.Text)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: found %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: found %q, want %q", tt.text, got, tt.want)
			}
		}
	}
}

// A short number stands where no one dials it in hours, dates, counts, prices, labels and
// addresses: the organisation's 911 or 233733 there is no link.
func TestNotDialled(t *testing.T) {
	for _, tc := range []struct {
		text, number string
		want         bool
	}{
		{"In danger, call 911.", "911", false},
		{"Text HELP to 233733.", "233733", false},
		{"Call 911 now", "911", false},
		{"Drop-in hours are 9–11 am.", "9–11", true},
		{"Open since 9/11.", "9/11", true},
		{"At 9:11 sharp.", "9:11", true},
		{"The late fee is $911.", "911", true},
		{"Donors gave $233733.", "233733", true},
		{"Our grant is 233733 USD.", "233733", true},
		{"There were 911 calls last year.", "911", true},
		{"We are at 911 Elm Street.", "911", true},
		{"Room 911, second floor.", "911", true},
		{"Our PO Box is 233733.", "233733", true},
		{"Take the 911 bus.", "911", true},
		{"In an emergency, call 9-1-1.", "9-1-1", false},
		{"Text HELP to 233-733 any time.", "233-733", false},
		{"Reach us via 233733.", "233733", false},
		{"Our short code is 233733.", "233733", false},
		{"Open 9-11 daily.", "9-11", true},
		{"Envíe un mensaje al 233.733.", "233.733", false},
		{"Since 3/2024.", "3/2024", true},
		{"Call 1-888-373-7888 any time.", "1-888-373-7888", false}, // a number of the plan: no label's
		{"Chat at example.org/chat?room=2", "example.org/chat?room=2", false},
		// a part of a web address: a label of its host, or of its path
		{"Read more at 911.gov today.", "911", true},
		{"Je kunt chatten via 113.nl.", "113", true},
		{"See example.org/911 for more.", "911", true},
		{"From a mobile, call *1210.", "1210", true}, // a star number: its digits alone dial another line
		// an age, or a count of years, Pakistan's emergency number 15 among them
		{"No child under 15 may be employed.", "15", true},
		{"A girl of 15 cannot be married.", "15", true},
		{"Children aged 15 and over may do light work.", "15", true},
		{"Children 15 or older may call.", "15", true},
		{"A 15-year-old girl called us.", "15", true},
		{"Children from 15 to 18 may work.", "15", true},
		{"Children aged 12 to 15 may not.", "15", true},
		{"Between 15 and 18, a child may do light work.", "15", true},
		{"Los menores de 15 no pueden trabajar.", "15", true},
		{"Les moins de 15 peuvent appeler.", "15", true},
		{"کے تحت 15 سال سے کم عمر بچے", "15", true},
		{"15 साल से कम उम्र के बच्चे", "15", true},
		{"만 15세 미만", "15", true},
		{"Call 15 for the police.", "15", false},
		{"Call the police on 15 and ask for help.", "15", false},
		{"In danger? 15, or 1122 for Rescue.", "15", false},
		{"Dial 15 from any phone, 24 hours a day.", "15", false},
		{"Llama al 15 a cualquier hora.", "15", false},
		{"Rufen Sie die Polizei unter 110 an.", "110", false},
		{"فوراً پولیس کے لیے 15 پر کال کریں", "15", false},
		{"Children under 18 can call 1098.", "1098", false},
		// an address's numbers
		{"House 15, Street 4, Lahore", "15", true},
		{"House No. 15, Street 4", "15", true},
		{"H. No. 15, Street 4", "15", true},
		{"Flat 13, Block 15, Karachi", "15", true},
		{"15-B Main Boulevard, Lahore", "15", true},
		{"Police: 15 - ask for the duty officer.", "15", false},
	} {
		at := strings.Index(tc.text, tc.number)
		if got := NotDialled(tc.text[:at], tc.number, tc.text[at+len(tc.number):]); got != tc.want {
			t.Errorf("%q in %q: NotDialled %v, want %v", tc.number, tc.text, got, tc.want)
		}
	}
}

// A number of a YAML text with a space after a hyphen, as YAML joins a number wrapped onto the
// next line, is refused; a year before a full stop and a range written with a space are not.
func TestFoldedNumbers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Office 503-588- 5351.", 1},
		{"Childhelp 1-800-422- 4453, or 988.", 1},
		{"In 2023. 45 calls came in.", 0},
		{"For ages 12- 17.", 0},
		{"In the school year 2024- 2025.", 0},
		{"Office 503- 588-5351.", 1},
		{"Open 9-5, call 503-588-5351.", 0},
		{"Call - any day - on 503-588- 5351.", 1}, // found past a hyphen and a space between words
	} {
		if got := foldedNumbers("en/text.yaml", textLines{first: 3}, "help.note", tc.text); len(got) != tc.want {
			t.Errorf("%q: %v, want %d problems", tc.text, got, tc.want)
		}
	}
}

// Numbers are parsed once for each set of settings: a change to any setting they are made of
// gives that setting's numbers, not those kept for the settings before, and a caller that
// changes what it is given changes no one else's.
func TestNumbersKeptForTheirSettings(t *testing.T) {
	base := hotlineIn("US", "1-888-373-7888", "911")
	base.Hotline.Text = loc("hotline.text", "233733")
	base.Organisation.Contact = loc(contactField, "Salem OR · 503-588-5351")
	base.Organisation.OtherNumbers = []OtherNumber{{Number: loc(otherField+"[1]", "1-800-799-7233"), Label: "Hotline"}}
	for _, tt := range []struct {
		name   string
		change func(s *Settings)
	}{
		{"as they are", func(*Settings) {}},
		{"another country", func(s *Settings) { s.Country = "CA" }},
		{"another call number", func(s *Settings) { s.Hotline.Call.Text = "1-888-373-7889" }},
		{"the call number's field", func(s *Settings) { s.Hotline.Call.Field = "hotline.tty" }},
		{"another text number", func(s *Settings) { s.Hotline.Text.Text = "741741" }},
		{"a TTY number", func(s *Settings) { s.Hotline.TTY = loc("hotline.tty", "1-800-787-3224") }},
		{"another emergency number", func(s *Settings) { s.Hotline.Emergency.Text = "112" }},
		{"another contact", func(s *Settings) { s.Organisation.Contact.Text = "Salem OR · 503-588-5352" }},
		{"a short line confirmed", func(s *Settings) {
			s.Hotline.Call.Text = "1234"
			s.ConfirmedNumbers = []diag.Located{{Text: "1234"}}
		}},
		{"another listed number", func(s *Settings) {
			s.Organisation.OtherNumbers = []OtherNumber{{Number: loc(otherField+"[1]", "1-800-799-7234"), Label: "Hotline"}}
		}},
		{"another label", func(s *Settings) {
			s.Organisation.OtherNumbers = []OtherNumber{{Number: loc(otherField+"[1]", "1-800-799-7233"), Label: "Fax"}}
		}},
	} {
		base.Numbers()[0].Key = "changed by a caller" // the first call keeps them, the next gives what is kept
		base.Numbers()[0].Key = "changed by a caller"
		s := base
		s.Organisation.OtherNumbers = slices.Clone(base.Organisation.OtherNumbers)
		tt.change(&s)
		if got, want := s.Numbers(), s.numbers(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Numbers gave %+v, want %+v", tt.name, got, want)
		}
	}
}
