package content

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// An organisation's other real number a digit from the hotline's (its fax, an office line) is
// refused as a slip until settings.yaml lists it under organisation: other_numbers:, which the
// hint says in YAML; listed, it prints anywhere, and a slip of it is refused naming it. A listed
// number that is the hotline's own, no number, or listed twice is refused at its line; the
// contact line's number one slip from a listed one is refused until it is listed too.
func TestOtherNumbers(t *testing.T) {
	const set, faq = "settings.yaml", "en/faq.md"
	line := func(n string) []string {
		return []string{set, "  call: 1-888-373-7888", "  call: 614-276-2273", `  logo: ""`, `  logo: ""` + "\n" + n}
	}
	const confirmed = "\nconfirmed_numbers: [614-276-2274]" // one slip from the call line, it is written again
	fax := func(written string) []string {
		return []string{faq, "No. Most victims", "Fax us at " + written + " any time. No. Most victims"}
	}
	runEdits(t, []editCase{
		{"fax refused unlisted", [][]string{line(""), fax("614-276-2274")},
			`content/en/faq.md:13: answer 2[1]: "614-276-2274" is one slip away from hotline.call 614-276-2273; a likely typo (write {call} to print 614-276-2273 from settings.yaml; if 614-276-2274 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["614-276-2274"], or add it to that list; as it is one slip from 614-276-2273, check it digit by digit, then write it again at the top level of settings.yaml: confirmed_numbers: ["614-276-2274"])`},
		{"fax listed", [][]string{line(`  other_numbers: ["614-276-2274"]` + confirmed), fax("614-276-2274")}, ""},
		{"fax listed, printed in another form", [][]string{line(`  other_numbers: ["614-276-2274"]` + confirmed), fax("(614) 276-2274")}, ""},
		{"fax listed with a label", [][]string{line("  other_numbers:\n    - number: 614-276-2274\n      label: fax\n    - 614-276-2870" + confirmed), fax("614-276-2274 or call 614-276-2870")}, ""},
		{"a slip of the listed fax", [][]string{line("  other_numbers:\n    - number: 614-276-2274\n      label: fax"), fax("614-276-2247")},
			`content/en/faq.md:13: answer 2[1]: "614-276-2247" is one slip away from organisation.other_numbers[1].number 614-276-2274 (fax); a likely typo (organisation.other_numbers[1].number is 614-276-2274; check which is right; if 614-276-2247 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["614-276-2247"], or add it to that list)`},
		{"fax in the contact line unlisted", [][]string{{set, `  contact: ""`, `  contact: "Fax 614-276-2274"`}, line("")},
			`content/settings.yaml:9: organisation.contact: "614-276-2274" is one slip away from hotline.call 614-276-2273; a likely typo (check both against the organisation's records; if 614-276-2274 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["614-276-2274"], or add it to that list; as it is one slip from 614-276-2273, check it digit by digit, then write it again at the top level of settings.yaml: confirmed_numbers: ["614-276-2274"])`},
		{"fax in the contact line listed", [][]string{{set, `  contact: ""`, `  contact: "Fax 614-276-2274"`}, line(`  other_numbers: ["614-276-2274"]` + confirmed)}, ""},
		// quoted as written, with the digits it is read as
		{"fax in the contact line in Arabic-Indic digits unlisted", [][]string{{set, `  contact: ""`, `  contact: "Fax ٦١٤-٢٧٦-٢٢٧٤"`}, line("")},
			`content/settings.yaml:9: organisation.contact: "٦١٤-٢٧٦-٢٢٧٤" (614-276-2274) is one slip away from hotline.call 614-276-2273; a likely typo (check both against the organisation's records; if 614-276-2274 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["614-276-2274"], or add it to that list;`},
		{"fax in the contact line in Arabic-Indic digits listed", [][]string{{set, `  contact: ""`, `  contact: "Fax ٦١٤-٢٧٦-٢٢٧٤"`}, line(`  other_numbers: ["614-276-2274"]` + confirmed)}, ""},
		// the contact line's number one slip from a listed one: listing one does not make a
		// slip of it right, as in a text
		{"a slip of a listed number in the contact line", [][]string{{set, `  contact: ""`, `  contact: "Office: 614-276-2247"`}, line(`  other_numbers: ["614-276-2274"]` + confirmed)},
			`content/settings.yaml:9: organisation.contact: "614-276-2247" is one slip away from organisation.other_numbers[1] 614-276-2274; a likely typo (check both against the organisation's records; if 614-276-2247 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["614-276-2247"], or add it to that list)`},
		{"a slip of a listed number in the contact line, in full-width digits", [][]string{{set, `  contact: ""`, `  contact: "Office: ６１４-２７６-２２４７"`}, line(`  other_numbers: ["614-276-2274"]` + confirmed)},
			`content/settings.yaml:9: organisation.contact: "６１４-２７６-２２４７" (614-276-2247) is one slip away from organisation.other_numbers[1] 614-276-2274; a likely typo`},
		{"an office and its fax one apart in the contact line, the fax listed", [][]string{{set, `  contact: ""`, `  contact: "Office 614-276-2870 · Fax 614-276-2871"`}, line(`  other_numbers: [614-276-2871]`)},
			`content/settings.yaml:9: organisation.contact: "614-276-2870" is one slip away from organisation.contact 614-276-2871 (fax); a likely typo (check both against the organisation's records; if 614-276-2870 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["614-276-2870"], or add it to that list)`},
		{"two listed numbers one apart, one in the contact line", [][]string{{set, `  contact: ""`, `  contact: "Office: 614-276-2870"`},
			line("  other_numbers: [614-276-2874, 614-276-2870]")}, ""},
		{"the hotline's own number listed", [][]string{line("  other_numbers:\n    - 614-276-2274\n    - (614) 276-2273")},
			`content/settings.yaml:14: organisation.other_numbers[2]: "(614) 276-2273" is hotline.call 614-276-2273 again: the hotline's numbers are guarded already (take it off other_numbers)`},
		{"the emergency number listed", [][]string{line(`  other_numbers: ["911"]`)},
			`content/settings.yaml:12: organisation.other_numbers[1]: "911" is hotline.emergency 911 again: the hotline's numbers are guarded already (take it off other_numbers)`},
		{"a TTY line numbered one from the call line", [][]string{line(""), {set, `  tty: ""`, `  tty: 614-276-2274`}},
			`content/settings.yaml:38: hotline.tty: "614-276-2274" is one slip away from hotline.call 614-276-2273; a likely typo (check both against the organisation's records; if both are right (two lines numbered one apart), list one of them again under organisation: as other_numbers: ["614-276-2274"] to say so)`},
		{"a TTY line numbered one from the call line, listed", [][]string{line(`  other_numbers: ["614-276-2274"]`), {set, `  tty: ""`, `  tty: 614-276-2274`}}, ""},
		{"the text short code listed", [][]string{line(`  other_numbers: ["741741"]`)},
			`content/settings.yaml:12: organisation.other_numbers[1]: "741741" is hotline.text 741741 again: the hotline's numbers are guarded already (take it off other_numbers)`},
		{"listed with an extension", [][]string{line(`  other_numbers: ["614-276-2274 ext. 12"]` + "\nconfirmed_numbers: [614-276-2274 ext. 12]"), fax("614-276-2274 ext. 12")}, ""},
		{"listed with an extension, printed without", [][]string{line(`  other_numbers: ["614-276-2274, extension 12"]` + "\nconfirmed_numbers: [\"614-276-2274, extension 12\"]"), fax("614-276-2274")}, ""},
		{"no number", [][]string{line(`  other_numbers: ["614-276-227"]`)},
			`content/settings.yaml:12: organisation.other_numbers[1]: "614-276-227" has 9 digits; a U.S. number has 10 (or 11 starting with 1) (another number of the organisation's, as people dial it, e.g. 614-276-2274 or +44 20 7946 0958)`},
		{"listed twice", [][]string{line("  other_numbers:\n    - 614-276-2274\n    - number: 614.276.2274")},
			`content/settings.yaml:14: organisation.other_numbers[2].number: "614.276.2274" is organisation.other_numbers[1] 614-276-2274 again (keep one)`},
		{"empty", [][]string{line("  other_numbers:\n    - \"\"")},
			`content/settings.yaml:13: organisation.other_numbers[1]: is empty (write the number, e.g. - 614-276-2274, or remove the line)`},
		{"unknown field in an entry", [][]string{line("  other_numbers:\n    - number: 614-276-2274\n      name: fax")},
			`content/settings.yaml:14: organisation.other_numbers[1].name: unknown field (known here: label, number; check the spelling and the indentation)`},
	})
}

// A number one slip from the one number the line is called and texted at is one problem,
// said once, not once for the call and once for the text.
func TestSlipOfOneNumberToCallAndTextSaidOnce(t *testing.T) {
	got := loadErr(edits(t, []string{"settings.yaml", `  contact: ""`, `  contact: "Fax 1-888-373-7889"`}, []string{"settings.yaml", `  text: "233733"`, `  text: "1-888-373-7888"`}))
	if n := strings.Count(got, "one slip away from"); n != 1 {
		t.Errorf("the slip is said %d times, want once:\n%s", n, got)
	}
}

// An entry of other_numbers one slip from one of the hotline's numbers (its call, text or TTY
// number, or the emergency number) is what a user who obeys haven's error about a typo in a
// text writes, so it is refused until written again under confirmed_numbers: a real fax
// numbered next to the line is confirmed, a typo is caught. A service number the country has is
// no slip (211 beside 911). The error about the text says that the listed number is confirmed.
func TestOtherNumbersOneSlipFromTheHotline(t *testing.T) {
	const set, faq = "settings.yaml", "en/faq.md"
	list := func(entry, confirmed string) []string {
		if confirmed != "" {
			confirmed = "\nconfirmed_numbers: [" + confirmed + "]"
		}
		return []string{set, `  logo: ""`, `  logo: ""` + "\n  other_numbers:\n    - " + entry + confirmed}
	}
	danger := func(n string) []string {
		return []string{faq, "call {emergency} right away", "call " + n + " right away"}
	}
	hotline := func(n string) []string { return []string{faq, "Hotline at {call} or", "Hotline at " + n + " or"} }
	text := func(n string) []string { return []string{faq, "to {text}.", "to " + n + "."} }
	runEdits(t, []editCase{
		{"the emergency number slipped", [][]string{list(`"912"`, ""), danger("912")},
			`content/settings.yaml:13: organisation.other_numbers[1]: "912" is one slip away from hotline.emergency 911: listed, a typo of it would print as a number of its own (check it digit by digit against the number the line publishes: to print 911, write {emergency} in the texts and take the entry off; if it is a real line of its own, confirm it with a line at the top level of settings.yaml: confirmed_numbers: ["912"])`},
		{"the call number slipped, labelled", [][]string{list("number: 1-888-373-7887\n      label: hotline", ""), hotline("1-888-373-7887")},
			`content/settings.yaml:13: organisation.other_numbers[1].number: "1-888-373-7887" is one slip away from hotline.call 1-888-373-7888: listed, a typo of it would print as a number of its own (check it digit by digit against the number the line publishes: to print 1-888-373-7888, write {call} in the texts and take the entry off; if it is a real line of its own, confirm it with a line at the top level of settings.yaml: confirmed_numbers: ["1-888-373-7887"])`},
		{"the call number swapped", [][]string{list("1-888-373-8788", ""), hotline("1-888-373-8788")},
			`content/settings.yaml:13: organisation.other_numbers[1]: "1-888-373-8788" is one slip away from hotline.call 1-888-373-7888`},
		{"the short code slipped", [][]string{list(`"233734"`, ""), text("233734")},
			`content/settings.yaml:13: organisation.other_numbers[1]: "233734" is one slip away from hotline.text 233733`},
		{"a fax next to the call line, confirmed", [][]string{list("number: 1-888-373-7887\n      label: fax", "1-888-373-7887"), hotline("1-888-373-7887")}, ""},
		{"a short line next to the text code, confirmed", [][]string{list(`"233734"`, `"233734"`), text("233734")}, ""},
		{"a line next to the emergency number, confirmed", [][]string{list(`"912"`, `"912"`), danger("912")}, ""},
		{"a service number beside the emergency number", [][]string{list(`"211"`, ""), danger("211")}, ""},
		{"the confirmation slipped", [][]string{list("1-888-373-7887", "1-888-373-7878"), hotline("1-888-373-7887")},
			`content/settings.yaml:14: confirmed_numbers[1]: "1-888-373-7878" confirms a number no field of settings.yaml writes so: organisation.other_numbers[1] is "1-888-373-7887", which differs from it (check both against the number the line publishes: one of them is mistyped)`},
		{"the text's error says to confirm", [][]string{hotline("1-888-373-7887")},
			`content/en/faq.md:41: answer 9[1]: "1-888-373-7887" is one slip away from hotline.call 1-888-373-7888; a likely typo (write {call} to print 1-888-373-7888 from settings.yaml; if 1-888-373-7887 is another of your own numbers (a fax, an office line), list it in settings.yaml under organisation: as other_numbers: ["1-888-373-7887"], or add it to that list; as it is one slip from 1-888-373-7888, check it digit by digit, then write it again at the top level of settings.yaml: confirmed_numbers: ["1-888-373-7887"])`},
	})
}

// Every error about a number one slip from one of the organisation's own says what to do when
// both are right, wherever the number is written (a text, the contact line, a web address, a
// link, a keyword), and what it says is what settings.yaml accepts: with the entries its hint
// writes (other_numbers: [...], and confirmed_numbers: [...] beside the hotline's), as typed
// (no-break spaces kept, not escaped), the content loads.
func TestSlipHintSaysWhatToDoWhenBothAreRight(t *testing.T) {
	const set, faq = "settings.yaml", "en/faq.md"
	office := []string{set, `  contact: ""`, `  contact: "Office (301) 587-6120"`}
	answer := func(s string) []string { return []string{faq, "No. Most victims", s + " No. Most victims"} }
	hinted := regexp.MustCompile(`(other_numbers|confirmed_numbers): \[((?:"[^"]+"(?:, )?)+)\]`)
	entry := regexp.MustCompile(`"([^"]+)"`)
	for _, tt := range []struct {
		name    string
		changes [][]string
	}{
		{"a text", [][]string{office, answer("Call our office at (301) 587-6121.")}},
		{"the contact line", [][]string{{set, `  contact: ""`, `  contact: "Fax 1-888-373-7889"`}}},
		{"a chat on WhatsApp", [][]string{office, {set, `  chat: ""`, `  chat: https://wa.me/13015876121`}}},
		{"the page's address", [][]string{{set, "resource_url: https://humantraffickinghotline.org", "resource_url: https://humantraffickinghotline.org/call/18883737887"}}},
		{"the website", [][]string{{set, `  contact: ""`, `  contact: ""` + "\n  website: https://humantraffickinghotline.org/18883737889"}}},
		{"a tel: link", [][]string{answer("Reach [us](tel:18883737887) any time.")}},
		{"an email address", [][]string{answer("Reach [us](mailto:18883737889@samples.org) any time.")}},
		{"a keyword", [][]string{{set, "  keyword: HELP", "  keyword: HELP18883737887"}}},
		{"a number grouped with no-break spaces", [][]string{answer("Call 1\u00a0888\u00a0373\u00a07887 now.")}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := loadErr(edits(t, tt.changes...))
			if !strings.Contains(got, "one slip away") {
				t.Fatalf("no slip refused: %q", got)
			}
			entries := map[string][]string{}
			for _, m := range hinted.FindAllStringSubmatch(got, -1) {
				for _, e := range entry.FindAllStringSubmatch(m[2], -1) {
					if strings.Contains(e[1], `\u`) {
						t.Errorf("the hint writes %s as no one types it", e[1])
					}
					entries[m[1]] = append(entries[m[1]], strconv.Quote(e[1]))
				}
			}
			if len(entries["other_numbers"]) == 0 {
				t.Fatalf("the error does not say what to do when both are right:\n%s", got)
			}
			listed := `  logo: ""` + "\n  other_numbers: [" + strings.Join(entries["other_numbers"], ", ") + "]"
			if c := entries["confirmed_numbers"]; len(c) > 0 {
				listed += "\nconfirmed_numbers: [" + strings.Join(c, ", ") + "]"
			}
			if got := loadErr(edits(t, append(tt.changes, []string{set, `  logo: ""`, listed})...)); got != "" {
				t.Errorf("done as the hint says, still refused:\n%s", got)
			}
		})
	}
}

// A number of the contact line one slip from one of the hotline's, a short one too ("912",
// "912, 24/7", "91" beside 911), printed in every footer beside that line, passed unless words
// asked to dial it; in an edition's contact line it was only warned of. It is refused as an
// entry of other_numbers is, until listed and confirmed; a box's, a room's or a year's number
// and a service of the country's pass.
func TestContactLineSlipOfTheHotline(t *testing.T) {
	contact := func(c string) []string { return []string{"settings.yaml", `  contact: ""`, `  contact: "` + c + `"`} }
	const slip = `content/settings.yaml:9: organisation.contact: "912" in the contact line is one slip from hotline.emergency 911: every footer would print it beside that line (check it digit by digit against the organisation's records; if it is a line of the organisation's own, list it in settings.yaml under organisation: as other_numbers: ["912"] and confirm it with a line at the top level: confirmed_numbers: ["912"])`
	runEdits(t, []editCase{
		{"alone", [][]string{contact("912")}, slip},
		{"with its hours", [][]string{contact("912, 24/7")}, slip},
		{"with its hours in brackets", [][]string{contact("912 (24/7)")}, slip},
		{"a digit dropped", [][]string{contact("91, 24/7")}, `content/settings.yaml:9: organisation.contact: "91" in the contact line is one slip from hotline.emergency 911`},
		{"a digit added", [][]string{contact("9112, 24/7")}, `content/settings.yaml:9: organisation.contact: "9112" in the contact line is one slip from hotline.emergency 911`},
		{"an edition's", [][]string{{"es/text.yaml", "# organisation:\n#   name: The Mission Haven\n#   contact: \"\"", "organisation:\n  contact: \"912\""}},
			`content/es/text.yaml:86: organisation.contact: "912" in the contact line is one slip from hotline.emergency 911`},
		{"listed and confirmed", [][]string{contact("912"), {"settings.yaml", `  contact: "912"`, `  contact: "912"` + "\n  other_numbers: [\"912\"]"}, {"settings.yaml", "country: US", "country: US\nconfirmed_numbers: [\"912\"]"}}, ""},
		{"a box, a room, a year, hours, a service", [][]string{contact("PO Box 912, Room 912, since 1911, Mon-Fri 9:11-17:00, 211 for local services")}, ""},
		// an address's numbers, as Pakistan's and the Gulf's are written, and a flat's in the U.S.
		{"a house and its street", [][]string{contact("House 912, Street 4, Gulberg III, Lahore")}, ""},
		{"a house's number said", [][]string{contact("House No. 912, Street 4 · H. No. 912, Street 5")}, ""},
		{"a flat and its block", [][]string{contact("Flat 913, Block 912, Gulshan-e-Iqbal, Karachi")}, ""},
		{"a house's letter", [][]string{contact("912-B Main Boulevard, Gulberg III, Lahore")}, ""},
		{"a flat in the U.S.", [][]string{contact("Flat 912, 100 Main St, Springfield IL")}, ""},
		{"a plot, an apartment, a building", [][]string{contact("Plot 912 · Apt 912 · Building 912")}, ""},
		// a number of the country read whole, its area code no number of its own ("(912)" in
		// Georgia); one slip from the hotline whole is refused still
		{"an area code", [][]string{contact("(912) 267-5309")}, ""},
		{"an area code after +1", [][]string{contact("+1 912 267 5309")}, ""},
		{"an area code, spaced", [][]string{contact("912 267 5309")}, ""},
		{"a slip of the line whole", [][]string{contact("1-888-373-7889")}, `content/settings.yaml:9: organisation.contact: "1-888-373-7889" is one slip away from hotline.call 1-888-373-7888`},
		// a number no entry of other_numbers takes is not asked to be listed there
		{"no number of the country", [][]string{contact("91, Elm Park")}, `content/settings.yaml:9: organisation.contact: "91" in the contact line is one slip from hotline.emergency 911: every footer would print it beside that line (check it digit by digit against the organisation's records; "91" is no phone number in US, so if it numbers a part of the address, write before it the word for that part (House 91, Flat 91, Plot 91, Block 91, Street 91, Apt 91, Building 91) or after it the street's name (91 Main Street))`},
	})
}

// The organisation's website, printed in every footer, hid a slip of the hotline's number in
// its path (https://humantraffickinghotline.org/18883737889) that resource_url's refuses; a
// path of dates and counts passes.
func TestWebsitePathSlip(t *testing.T) {
	website := func(u string) []string {
		return []string{"settings.yaml", `  contact: ""`, `  contact: ""` + "\n  website: " + u}
	}
	runEdits(t, []editCase{
		{"the call number", [][]string{website("https://humantraffickinghotline.org/18883737889")},
			`content/settings.yaml:10: organisation.website: "18883737889" is one slip away from hotline.call 1-888-373-7888`},
		{"the text number", [][]string{website("https://harbor-house.org/233734")}, `content/settings.yaml:10: organisation.website: "233734" is one slip away from hotline.text 233733`},
		{"dates and counts", [][]string{website("https://harbor-house.org/news/2024/11/05/report-1200")}, ""},
	})
}
