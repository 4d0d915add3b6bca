package layout

import (
	"fmt"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/typeface"
)

// A FAQ of three questions, one a lead-in and its list, prints in large print at every length
// of the answer before it: a list that moves on to the closing panel's page may part from its
// later items there. At some lengths it was refused for no room for the closing panel on page
// 12 of a FAQ of five pages ("cut 1 line"), as a page ending inside a list counted as broken.
func TestLargePrintListsAtEveryLength(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{60, 62, 63, 91, 92, 93, 94, 103, 131, 132} {
		faq := "# Questions and answers\n\nIntro text for this handout.\n\n## Who can call?\n\n" + strings.Repeat("Our advocates answer every call in person. ", n) +
			"\n\n## What if I do not speak English?\n\nWe can help you make a safety plan that fits your life and your family. You can:\n\n" +
			strings.Repeat("- Most people who reach out are not sure whether what they see is abuse.\n", 2) +
			"- Our advocates answer every call in person, day or night, and they never judge.\n" +
			"\n## What happens when I call?\n\nWhat to expect when you call our line:\n\n" +
			strings.Repeat("- Many survivors tell us the first call was the hardest step, and it got easier after.\n", 2) +
			"- If you are a student, a school counselor can also connect you with our staff.\n" +
			"\nMany survivors tell us the first call was the hardest step, and it got easier after.\n\n## Final thoughts\n\nYou are not alone.\n"
		c, err := content.Load(contenttest.WithLanguages(t, nil, map[string]string{"en/faq.md": faq}), "content", content.Overrides{Langs: []string{"en"}})
		if err != nil {
			t.Fatal(err)
		}
		l := &c.Languages[0]
		fam, err := typeface.Choose(l.Code, fams, append(c.Printed, l.FAQ.Title))
		if err != nil {
			t.Fatal(err)
		}
		in := Input{Settings: c.Settings, Address: c.Address, Lang: l, M: typeface.NewMeasurer(fam)}
		if _, err := Handout(in, Papers["letter"], true); err != nil {
			t.Errorf("%d sentences: %v", n, fmt.Sprint(err)[:min(200, len(fmt.Sprint(err)))])
		}
	}
}
