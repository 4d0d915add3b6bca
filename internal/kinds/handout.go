package kinds

import "haven/internal/layout"

var handout = Kind{
	Name:     "handout",
	About:    "Make the FAQ handout (one sheet, both sides) and its large-print edition",
	Papers:   []string{"letter", "a4"},
	Defaults: []string{"letter", "a4"},
	Docs: func(paper string) []Doc {
		p := layout.Papers[paper]
		return []Doc{
			doc("handout on "+paper, func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, p, false) }).with(handoutPrinting("handout", paper)),
			doc("large-print handout on "+paper, func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, p, true) }).with(handoutPrinting("large-print handout", paper)),
		}
	},
}
