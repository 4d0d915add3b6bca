package content

import (
	"strings"
	"testing"
)

// A number typed with a Chinese, Japanese or Korean input method has wide brackets, hyphens,
// slashes, plus signs and spaces as well as wide digits: it is read as the same number in
// ASCII, so a slip behind （ ） is refused as one behind ( ) is, and the right number passes.
func TestNumbersInWideForms(t *testing.T) {
	us := hotlineIn("", "(503) 585-4989", "911")
	us.Organisation.Contact = loc("organisation.contact", "Office: （503）588-5351")
	gb := hotlineIn("GB", "0808 2000 247", "999")
	checkProblemRows(t, []numberRow{
		{us, "请拨打（503）585-4998。", "is one slip away from hotline.call"},
		{us, "請撥打（５０３）５８５－４９９８。", "is one slip away from hotline.call"},
		{us, "We are here. Call （503）585-4998, day or night.", "is one slip away from hotline.call"},
		{us, "Call ［503］585-4998 now.", "is one slip away from hotline.call"},
		{us, "Call ﹙503﹚585-4998 now.", "is one slip away from hotline.call"},
		{us, "Call ＋1（503）585-4998 now.", "is one slip away from hotline.call"},
		{us, "请拨打（503）585－4988。", "is one slip away from hotline.call"},
		{us, "办公室：（503）588－5315。", "is one slip away from organisation.contact"},
		{us, "请拨打（503）585-4989。如有危险，请拨打911。", ""},
		{us, "請撥打（５０３）５８５－４９８９，全天候（**24/7**）。", ""},
		{us, "办公室：（503）588－5351。", ""},
		{gb, "请拨打０８０８　２０００　２４８。", "is one slip away from hotline.call"},
		{gb, "请拨打０８０８　２０００　２４７。", ""},
	})
	// help.call written out in wide forms is the number in another form, not a line without one
	_, err := Load(edit(t, "en/text.yaml", "  call: Call {call}", "  call: Call １－８８８－３７３－７８８８"), "content", Overrides{})
	if want := `"Call １－８８８－３７３－７８８８" writes hotline.call as １－８８８－３７３－７８８８; settings.yaml writes it 1-888-373-7888`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %s", err, want)
	}
}

// A letter l, O or I typed for a digit at a number's end is refused where the number it makes
// is one of the organisation's or an emergency number: read as a digit it leaves no slip for
// the slip check, and printed it dials nothing. Words after a number stay words.
func TestLetterForADigitAtANumbersEnd(t *testing.T) {
	us, office := hotlineIn("", "1-888-373-7888", "911"), hotlineIn("", "1-888-373-7880", "911")
	checkProblemRows(t, []numberRow{
		{us, "Call 91l now.", `"91l" has the letter l among its digits; write 1: 911`},
		{us, "Call 9l1 now.", `"9l1" has the letter l among its digits; write 1: 911`},
		{us, "Call 1-888-373-788l now.", `(1-888-373-7881) is one slip away from hotline.call`}, // a slip with the letter as a digit
		{office, "Call 1-888-373-788O now.", `"1-888-373-788O" has the letter O among its digits; write 0: 1-888-373-7880`},
		{office, "Call 1-888-373-7880 now.", ""},
		{us, "Call 1-888-373-7888 or 91l.", `"91l" has the letter l among its digits`},
		{us, "Call 911 later.", ""},
		{us, "We have 911 lines.", ""},
		{us, "Call 911 Ireland.", ""},
		{us, "The O2 arena, H2O and 24/7.", ""},
	})
}

// A letter set apart in a number's groups ("9-l-1"), or a capital that prints like a digit
// against the end of its digits ("8878B"), is refused where with that digit the number is one
// of the organisation's or an emergency number: read as a word, it left the digits either side
// to be read alone, and no slip of the number. Other numbers and words pass.
func TestLetterSetInANumber(t *testing.T) {
	us := hotlineIn("", "1-888-373-7888", "911")
	us.Hotline.Text = loc("hotline.text", "88788")
	au := hotlineIn("AU", "1800 737 732", "000")
	checkProblemRows(t, []numberRow{
		{us, "In an emergency call 9-l-1.", `"9-l-1" has the letter l among its digits; write 1: 9-1-1`},
		{us, "In an emergency call 9.I.1.", `"9.I.1" has the letter I among its digits; write 1: 9.1.1`},
		{us, "Text START to 8878B.", `"8878B" has the letter B among its digits; write 8: 88788`},
		{us, "Call 1-888-373-788B now.", `"1-888-373-788B" has the letter B among its digits; write 8: 1-888-373-7888`},
		{au, "In danger, call 0-O-0.", `"0-O-0" has the letter O among its digits; write 0: 0-0-0`},
		// what passes
		{us, "Take vitamin B12, see Route 9-A-1, I-95, flat 12B and 8878 Baker Street.", ""},
		{us, "Text START to 88788.", ""},
	})
}

// Curly quotes around a value of settings.yaml (Word's “988”) are named at once, at their
// line, and the value is read as meant, so no message about what the quotes would cause
// follows; a number in wide digits is read as its ASCII digits.
func TestCurlyQuotesAndWideDigitsInSettings(t *testing.T) {
	for _, tt := range []struct {
		file, old, new string
		want           string // the whole error, or "" for none
	}{
		{"settings.yaml", "call: 1-888-373-7888", "call: “1-888-373-7888”",
			`content/settings.yaml:30: hotline.call: the value is wrapped in curly quotes, which YAML keeps as part of the text (use straight quotes "..." or none: call: "1-888-373-7888")`},
		{"settings.yaml", `emergency: "911"`, "emergency: ‘911’",
			`content/settings.yaml:40: hotline.emergency: the value is wrapped in curly quotes, which YAML keeps as part of the text (use straight quotes "..." or none: emergency: "911")`},
		{"settings.yaml", "  name: The Mission Haven", "  name: «The Mission Haven»",
			`content/settings.yaml:7: organisation.name: the value is wrapped in curly quotes, which YAML keeps as part of the text (use straight quotes "..." or none: name: "The Mission Haven")`},
		{"en/text.yaml", "  call: Call {call}", "  call: “{call}”",
			`content/en/text.yaml:15: help.call: the value is wrapped in curly quotes, which YAML keeps as part of the text (use straight quotes "..." or none: call: "{call}")`},
		// a quotation printed with its quotes is text
		{"en/text.yaml", "  note: You can report anonymously. Interpreters in more than 200 languages.", "  note: “You can report anonymously.”", ""},
		{"settings.yaml", `emergency: "911"`, "emergency: ９１１", ""},
		{"settings.yaml", "call: 1-888-373-7888", "call: １－８８８－３７３－７８８８", ""},
	} {
		_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.new, err)
		case tt.want != "" && (err == nil || err.Error() != tt.want):
			t.Errorf("%s:\ngot  %v\nwant %s", tt.new, err, tt.want)
		}
	}
	c, err := Load(edit(t, "settings.yaml", `emergency: "911"`, "emergency: ９１１"), "content", Overrides{})
	if err != nil || c.Settings.Hotline.Emergency.Text != "911" {
		t.Errorf("emergency: ９１１ read as %q (%v), want 911", c.Settings.Hotline.Emergency.Text, err)
	}
}

// A tab inside a line of faq.md or a value of text.yaml (Word's "·<tab>Your ID") is a space,
// as Markdown and a web page show it: no font prints a tab, so it is no font problem.
func TestTabsInTextAreSpaces(t *testing.T) {
	c, err := Load(firstAnswer("Bring:\tYour ID and\tmedicines.\n\nNo. Most victims")(t), "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, s := range c.Languages[0].FAQ.Questions {
		for _, p := range s.Answer {
			all = append(all, p.Text)
		}
	}
	got := strings.Join(all, "\n")
	if strings.Contains(got, "\t") || !strings.Contains(got, "Bring: Your ID and medicines.") {
		t.Errorf("answers read as %q, want each tab a space", got)
	}
	c, err = Load(edit(t, "en/text.yaml", "  title: Get help now", "  title: Get\thelp now"), "content", Overrides{})
	if err != nil || c.Languages[0].Text.Help.Title.Text != "Get help now" {
		t.Errorf("help.title with a tab: %v, %q", err, c.Languages[0].Text.Help.Title.Text)
	}
}
