package content

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// A number reserved for fiction (NANP 555-0100 to 555-0199, Ofcom's drama numbers, ACMA's) is
// refused wherever it is printed; its neighbours, and other countries' numbers that share the
// digits, are not. A number refused in settings.yaml is not refused again in the texts.
func TestFictionalNumbers(t *testing.T) {
	for _, tt := range []struct {
		country, text string
		want          string // the number refused, or ""
	}{
		{"US", "Call (541) 555-0147 any time.", "(541) 555-0147"},
		{"US", "Call 1-800-555-0199.", "1-800-555-0199"},
		{"US", "Call +1 216 555 0100.", "+1 216 555 0100"},
		{"CA", "Appelez le 416-555-0123.", "416-555-0123"},
		{"US", "Call (541) 556-0200.", ""},
		{"US", "Call (503) 555-0142.", "(503) 555-0142"},
		{"US", "Call (541) 555-0099.", ""}, // out of the range: a 555 placeholder, warned of (TestPlaceholder555Numbers)
		{"US", "Call 1-888-373-7888 or text 233733.", ""},
		{"GB", "Ring 01632 960123.", "01632 960123"},
		{"GB", "Ring 020 7946 0321.", "020 7946 0321"},
		{"GB", "Ring 07700 900456.", "07700 900456"},
		{"US", "From the UK: +44 20 7946 0321.", "+44 20 7946 0321"},
		{"GB", "Ring 020 7946 1321.", ""},
		// every one of Ofcom's blocks, as Ofcom groups its digits, not only as the table does
		{"GB", "Freephone 0808 157 0456.", "0808 157 0456"},
		{"GB", "Freephone 08081 570999.", "08081 570999"},
		{"GB", "Ring 0306 999 0456.", "0306 999 0456"},
		{"GB", "Ring 03069 990000.", "03069 990000"},
		{"GB", "Ring 0909 879 0123.", "0909 879 0123"},
		{"GB", "Ring 028 9649 6123.", "028 9649 6123"},
		{"GB", "Ring 029 2018 0123.", "029 2018 0123"},
		{"GB", "Ring 0113 496 0123.", "0113 496 0123"},
		{"GB", "Ring 0161 496 0999.", "0161 496 0999"},
		{"GB", "Ring 0191 498 0123.", "0191 498 0123"},
		{"GB", "Ring 0808-157-0456.", "0808-157-0456"},
		{"US", "From the UK: +44 808 157 0456.", "+44 808 157 0456"},
		{"GB", "Ring 0808 157 1456.", ""},
		{"GB", "Ring 0113 496 1123.", ""},
		{"GB", "Ring 0191 496 0123.", ""}, // Tyneside's block is 498
		{"AU", "Call 0491 579 455.", "0491 579 455"},
		{"AU", "Call 0491 570 123.", ""}, // ACMA lists thirty numbers, not the block
		{"AU", "Call 1800 975 709.", "1800 975 709"},
		{"AU", "Call 1300 975 711.", "1300 975 711"},
		{"AU", "Call (08) 7010 4321.", "(08) 7010 4321"},
		{"GB", "Ring 0808 2000 247.", ""},
		{"AU", "Call 0491 570 159.", "0491 570 159"},
		{"AU", "Call (02) 5550 1234.", "(02) 5550 1234"},
		{"AU", "Call 1800 737 732.", ""},
		{"GB", "Call (541) 555-0147.", ""}, // not a UK number's shape
		// set apart from what follows it or comes before it, by a dot, a dash, a bracket, a slash
		{"CA", "1-866-555-0100 · 120 Main Street, Regina", "1-866-555-0100"},
		{"US", "(541) 555-0147 · 12 Main St", "(541) 555-0147"},
		{"GB", "0191 498 0123 · 12 Shields Road", "0191 498 0123"},
		{"GB", "Open 24/7 – 0191 498 0123", "0191 498 0123"},
		{"US", "Suite 200 / (541) 555-0147", "(541) 555-0147"},
		{"US", "Suite 200/(541) 555-0147", "(541) 555-0147"},
		{"US", "Room 12 (541-555-0147) downtown.", "541-555-0147"},
		{"US", "Call 1-888-373-7888. 202-555-0123 is our office.", "202-555-0123"}, // a sentence of its own
		{"US", "1-888-373-7888 · 120 Main Street", ""},
		{"AU", "(08) 7010 4321 · 12 King St", "(08) 7010 4321"},
	} {
		ps, _, _ := fictionalNumbers([]diag.Located{{File: "en/faq.md", Line: 3, Field: "answer 1[1]", Text: tt.text}}, tt.country, nil)
		if got := len(ps) > 0; got != (tt.want != "") || got && !strings.Contains(ps[0].Error(), "en/faq.md:3: answer 1[1]: "+tt.want+" is a ") {
			t.Errorf("%s %q: %v, want %q refused", tt.country, tt.text, ps, tt.want)
		}
	}
	var s Settings
	s.Country = "US"
	s.Hotline.Call = diag.Located{File: "settings.yaml", Line: 30, Field: "hotline.call", Text: "(541) 555-0147"}
	s.Hotline.Emergency.Text = "911"
	s.Hotline.Text = diag.Located{File: "settings.yaml", Line: 33, Field: "hotline.text", Text: "(503) 555-1234"}
	ps, ws, set := fictionalSettings(s, nil)
	if len(ps) != 1 || ps[0].Field != "hotline.call" || len(ws) != 1 || ws[0].Field != "hotline.text" {
		t.Errorf("settings: %v, warned %v; want hotline.call refused, hotline.text warned of", ps, ws)
	}
	if ps, ws, _ := fictionalNumbers([]diag.Located{{Text: "Call (541) 555-0147 or text (503) 555-1234."}}, "US", set); len(ps)+len(ws) > 0 {
		t.Errorf("the texts say again of the numbers settings.yaml sets: %v, %v", ps, ws)
	}
}

// A NANP 555 number outside the range for fiction is a placeholder too, wherever it prints:
// in area code 555 (never assigned, no number to dial) refused; in a geographic area code
// (555-5555, as films print it), warned of, to change before printing, as NANPA released those
// for assignment and one may be a real line. 555-1212 (directory assistance), a toll-free 555
// number and numbers that only have 555 in them are real: neither.
func TestPlaceholder555Numbers(t *testing.T) {
	const placeholder = " is a placeholder: 555 numbers are for films and examples, and no one answers this one"
	for _, tt := range []struct {
		country, text string
		want          string // the number said, or ""
		refused       bool   // else warned of
	}{
		{"US", "Call us: (555) 555-5555.", "(555) 555-5555", true},
		{"US", "Call +1 555 201 3344.", "+1 555 201 3344", true},
		{"US", "Call (503) 555-1234 today.", "(503) 555-1234", false},
		{"US", "Call 1-212-555-4444.", "1-212-555-4444", false},
		{"US", "Call 503-555-5555.", "503-555-5555", false},
		{"CA", "Appelez le 416 555 9876.", "416 555 9876", false},
		{"GB", "From North America: +1 503 555 1234.", "+1 503 555 1234", false},
		{"US", "Directory assistance: (503) 555-1212.", "", false},
		{"US", "Call 1-800-555-1234.", "", false},
		{"US", "Call 1-888-555-0000 or 1 (877) 555-2020.", "", false},
		{"US", "Call 1-800-799-7233.", "", false},
		{"US", "Call or text 988.", "", false},
		{"US", "Call (503) 588-5351.", "", false},
		{"US", "Call (555) 5555.", "", false}, // no number of ten digits
		{"US", "Call +44 808 2000 247.", "", false},
		{"GB", "Ring 0808 2000 247 or 0555 555 5555.", "", false},
		{"US", "Call 1-888-373-7888.", "", false},
	} {
		ps, ws, _ := fictionalNumbers([]diag.Located{{File: "en/faq.md", Line: 3, Field: "answer 1[1]", Text: tt.text}}, tt.country, nil)
		said, other, tail := ws, ps, "; write your line's real number before printing"
		if tt.refused {
			said, other, tail = ps, ws, " (write your line's real number)"
		}
		if len(other) > 0 || len(said) > 0 != (tt.want != "") || len(said) > 0 && said[0].Error() != "en/faq.md:3: answer 1[1]: "+tt.want+placeholder+tail {
			t.Errorf("%s %q: refused %v, warned %v; want %q, refused %v", tt.country, tt.text, ps, ws, tt.want, tt.refused)
		}
	}
}

// A number field of settings.yaml that is a number reserved for fiction gets that one message:
// no numbering table knows the ranges, so the number is "not a valid number" too, which would
// send the reader to check digits that are not what is wrong.
func TestFictionalSettingOneMessage(t *testing.T) {
	const set = "settings.yaml"
	gb := []string{set, "country: US", "country: GB", "  call: 1-888-373-7888", "  call: 0808 802 0300", `  emergency: "911"`, `  emergency: "999"`}
	for _, tt := range []struct {
		name string
		edit []string
		want string
	}{
		{"call", []string{set, "  call: 0808 802 0300", "  call: 07700 900123"}, "content/settings.yaml:30: hotline.call: 07700 900123"},
		{"text", []string{set, `text: "233733"`, `text: "07700 900123"`}, "content/settings.yaml:33: hotline.text: 07700 900123"},
		{"tty", []string{set, `  tty: ""`, `  tty: "01632 960123"`}, "content/settings.yaml:37: hotline.tty: 01632 960123"},
		{"other number", []string{set, "organisation:\n", "organisation:\n  other_numbers: [\"01632 960999\"]\n"}, "content/settings.yaml:6: organisation.other_numbers[1]: 01632 960999"},
	} {
		got := loadErr(edits(t, gb, tt.edit))
		if want := tt.want + " is a number reserved for fiction: no one answers it (write your line's real number)"; got != want {
			t.Errorf("%s:\ngot  %s\nwant %s", tt.name, got, want)
		}
	}
}
