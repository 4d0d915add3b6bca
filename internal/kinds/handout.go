package kinds

import "haven/internal/layout"

var handout = Kind{
	Name:     "handout",
	About:    "Make the FAQ handout (one sheet, both sides) and its large-print edition",
	Papers:   []string{"letter", "a4"},
	Defaults: []string{"letter", "a4"},
	Editions: []Edition{{"standard", "the handout, one sheet printed on both sides"}, {"large", "the large-print edition, several sheets stapled"}},
	Docs: func(paper string) []Doc {
		p := layout.Papers[paper]
		return []Doc{
			doc("handout on "+paper, func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, p, false) }).with(handoutPrinting("handout", paper)).of("standard"),
			doc("large-print handout on "+paper, func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, p, true) }).with(handoutPrinting("large-print handout", paper)).of("large"),
		}
	},
}
