package typeface

import (
	"slices"
	"strings"
	"testing"

	"haven/internal/diag"
)

// Shape writes a Hebrew letter with the points a presentation form holds as that form, the
// other points after it; ShapeOrigin gives each back its letter or point.
func TestHebrewPresentationForms(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		origin   []int
	}{
		{"שׁ", "\uFB2A", []int{0}},
		{"שׂ", "\uFB2B", []int{0}},
		{"שָׁלוֹם", "\uFB2A\u05B8\u05DC\uFB4B\u05DD", []int{0, 1, 3, 4, 6}},
		{"שּׁ", "\uFB2C", []int{0}},
		{"בְּ", "\uFB31\u05B0", []int{0, 1}},
		{"לְ", "\u05DC\u05B0", []int{0, 1}},
		{"שלום", "שלום", []int{0, 1, 2, 3}},
	} {
		if got := Shape(tt.in); got != tt.want {
			t.Errorf("Shape(%q) = %+q, want %+q", tt.in, got, tt.want)
		}
		if got, origin := ShapeOrigin(tt.in); got != tt.want || !slices.Equal(origin, tt.origin) {
			t.Errorf("ShapeOrigin(%q) = %+q %v, want %+q %v", tt.in, got, origin, tt.want, tt.origin)
		}
	}
}

// A point the font places only by its mark positioning (holam hidden in lamed's stem, a vowel
// under qof's tail) is refused, naming the letter and point; the others print.
func TestHebrewPointsHaventCanPlace(t *testing.T) {
	fam := notoFamily(t, "NotoSansHebrew", "Noto Sans Hebrew")
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, want string // want: "" or what the error says
	}{
		{"שָׁלוֹם, אַתֶּם לְבַד.", ""},
		{"בְּרֵאשִׁית בָּרָא אֱלוֹהִים", ""},
		{"שָׁלוֹם, אַתֶּם לֹא לְבַד.", `the point of "לֹ" (U+05DC U+05B9)`},
		{"קָרָא", `the point of "קָ" (U+05E7 U+05B8)`},
		{"חּ", `the point of "חּ" (U+05D7 U+05BC)`},
	} {
		_, err := Choose("he", append([]*Family{fam}, defaults...), []diag.Located{{File: "content/he/text.yaml", Line: 3, Field: "card.headline", Text: tt.text}})
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q: %v", tt.text, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "content/he/text.yaml:3")):
			t.Errorf("%q: %v, want an error naming %s", tt.text, err, tt.want)
		}
	}
	// every point it cannot place, in every text, in one run: each named once, where first
	// written, and the texts that write only those listed with it
	texts := []diag.Located{{File: "c/he/faq.md", Line: 21, Text: "לֹא. קְרָא."}, {File: "c/he/text.yaml", Line: 35, Text: "לֹא לְבַד."}, {File: "c/he/text.yaml", Line: 40, Text: "שֶׁלְּךָ"}}
	_, err = Choose("he", append([]*Family{fam}, defaults...), texts)
	for _, want := range []string{`c/he/faq.md:21: haven cannot place the points of "לֹ" (U+05DC U+05B9), "קְ" (U+05E7 U+05B0)`, "; the same in he/text.yaml:35 (", `c/he/text.yaml:40: haven cannot place the point of "ךָ"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("every point in one run: %v, want %s", err, want)
		}
	}
}
