package kinds

import (
	"strings"
	"testing"
)

// A paper written by its size (either way round, in inches or millimetres), with other signs,
// or by another name is the paper haven names so; a size haven does not print is none.
func TestPaperNamed(t *testing.T) {
	for _, tt := range []struct{ written, want string }{
		{"11x17", "tabloid"},
		{"17 x 11 in", "tabloid"},
		{"11 × 17 inches", "tabloid"},
		{"Ledger", "tabloid"},
		{"8.5x11", "letter"},
		{"US Letter", "letter"},
		{"210 x 297 mm", "a4"},
		{"297x210", "a4"},
		{"29.7 x 42 cm", "a3"},
		{"A-4", "a4"},
		{"24x18", "18x24"},
		{"36 x 24", "24x36"},
		{"Tear-off", "tearoff"},
		{"tear-off-letter", "tearoff"},
		{"Tear-off A4", "tearoff-a4"},
		{"a4-tearoff", "tearoff-a4"},
		{"8.5x14", ""}, // legal
		{"legal", ""},
		{"x", ""},
		{"12x", ""},
	} {
		if got := paperNamed(tt.written); got != tt.want {
			t.Errorf("paperNamed(%q) = %q, want %q", tt.written, got, tt.want)
		}
	}
}

// A paper the kinds asked for are not made on is refused naming only the kinds made on paper,
// and, when another kind is made on it, that kind's command; the resource page alone is said
// to have no paper size.
func TestPlanRefusesPaper(t *testing.T) {
	for _, tt := range []struct {
		kinds []string
		paper string
		want  string
	}{
		{[]string{"site"}, "a4", "site makes a web page, which has no paper size: leave out --paper"},
		{[]string{"handout"}, "tabloid", `paper "tabloid" is not made for handout: haven poster --paper tabloid makes it (known: handout: letter, a4)`},
		{[]string{"handout"}, "Tabloid", `paper "Tabloid" is not made for handout: haven poster --paper tabloid makes it`},
		{[]string{"cards"}, "11x17", `paper "11x17" (tabloid) is not made for cards: haven poster --paper tabloid makes it (known: cards: letter, a4)`},
		{[]string{"handout", "site"}, "a3", `paper "a3" is not made for handout: haven poster --paper a3 makes it (known: handout: letter, a4)`},
		{Names(), "a5", `unknown paper "a5" for handout, cards, poster (known: handout: letter, a4; cards: letter, a4; poster: letter, a4, tabloid,`},
		{Names(), "210x297mm", `unknown paper "210x297mm" for handout, cards, poster: write a4 (known: handout:`},
	} {
		_, err := Plan(tt.kinds, []string{tt.paper}, nil, "")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Plan(%q, %q): %v, want %q", tt.kinds, tt.paper, err, tt.want)
		}
	}
}

// Where the content's country prints on A4, the papers made when none is asked for are the ISO
// sizes alone (no one there prints on Letter or hangs an 18 x 24 in poster); where it prints on
// Letter, both, as before; asked for, a paper is made wherever the country is.
func TestDefaultPapersOfTheCountry(t *testing.T) {
	whats := func(papers []string, home string) string {
		docs, err := Plan([]string{"handout", "cards", "poster"}, papers, nil, home)
		if err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, ds := range docs {
			for _, d := range ds {
				all = append(all, d.What)
			}
		}
		return strings.Join(all, "; ")
	}
	iso := whats(nil, "a4")
	for _, us := range []string{"on letter", "on tabloid", "on 18x24", "on 24x36"} {
		if strings.Contains(iso, us) {
			t.Errorf("an A4 country's kit makes %q: %s", us, iso)
		}
	}
	for _, want := range []string{"handout on a4", "poster on a3", "poster on a2", "tear-off flyer on a4"} {
		if !strings.Contains(iso, want) {
			t.Errorf("an A4 country's kit lacks %q: %s", want, iso)
		}
	}
	if us := whats(nil, "letter"); !strings.Contains(us, "handout on letter") || !strings.Contains(us, "handout on a4") || !strings.Contains(us, "poster on 24x36") {
		t.Errorf("a Letter country's kit: %s", us)
	}
	if asked := whats([]string{"letter"}, "a4"); !strings.Contains(asked, "handout on letter") {
		t.Errorf("Letter asked for in an A4 country: %s", asked)
	}
}
