package content

import (
	"strings"
	"testing"
)

// One of the organisation's own numbers written without its area code ("Call 276-2273" for
// (614) 276-2273) reaches no one where all 10 digits are dialled, most of the U.S. and
// Canada: a warning at its line names the number and says to write the placeholder or the
// whole number. Only the organisation's numbers, whole (not the last groups of a number with
// its area code), and not in the Caribbean's countries of the plan, which dial seven.
func TestAreaCodeLeftOut(t *testing.T) {
	county := hotlineIn("US", "(614) 276-2273", "911", "614-276-2270")
	county.Organisation.OtherNumbers[0].Label = "office"
	ca := hotlineIn("CA", "416-863-0511", "911")
	bs := hotlineIn("BS", "(242) 328-0922", "919")
	const missing = `"276-2273" is hotline.call (614) 276-2273 without its area code 614: where all 10 digits are dialled (most of the U.S. and Canada), it reaches no one as printed (write {call} to print (614) 276-2273 from settings.yaml, or the whole number)`
	for _, tt := range []struct {
		set        Settings
		text, want string
	}{
		{county, "Call 276-2273 any time.", "f:1: x: " + missing},
		{county, "Call 276 2273 24/7.", `"276 2273" is hotline.call (614) 276-2273 without its area code 614`},
		{county, "Call 276-2273 24/7.", `"276-2273" is hotline.call (614) 276-2273 without its area code 614`},
		{county, "Call us\non 276-2273.", "f:2: x: " + missing},
		{county, "Our office is on 276-2270.", `"276-2270" is organisation.other_numbers[1] 614-276-2270 (office) without its area code 614: where all 10 digits are dialled (most of the U.S. and Canada), it reaches no one as printed (write the whole number, 614-276-2270)`},
		{ca, "Call 863-0511.", `"863-0511" is hotline.call 416-863-0511 without its area code 416`},
		{county, "Call {call}, (614) 276-2273, 614 276 2273 or 1 614 276-2273.", ""},
		{county, "Call 276-2274, another line.", ""},
		{county, "See example.org/2762273.", ""},
		{bs, "Call 328-0922.", ""},
	} {
		var breaks []int
		if i := strings.Index(tt.text, "\n"); i >= 0 {
			breaks = []int{i + 1}
		}
		got := areaCodeLeftOut("f", textLines{1, breaks}, "x", tt.text, tt.set.Country, tt.set.Numbers()).Error()
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%s %q:\ngot  %s\nwant %s", tt.set.Country, tt.text, got, tt.want)
		}
	}
	// in a FAQ, a warning at its line: the content loads
	const faq = "en/faq.md"
	c, err := Load(edits(t, []string{"settings.yaml", "  call: 1-888-373-7888", "  call: (614) 276-2273"},
		[]string{faq, "No. Most victims", "Call 276-2273 any time. No. Most victims"}), "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "content/en/faq.md:13: answer 2[1]: " + missing; !strings.Contains("\n"+c.Warnings.Error()+"\n", "\n"+want+"\n") {
		t.Errorf("warnings:\n%s\nwant %s", c.Warnings.Error(), want)
	}
}
