package kinds

import "haven/internal/layout"

var cards = Kind{
	Name:     "cards",
	About:    "Make wallet-card sheets (fronts, then backs for duplex), a discreet sheet and a print-shop card",
	Papers:   []string{"letter", "a4"},
	Defaults: []string{"letter", "a4"},
	Docs: func(paper string) []Doc {
		docs := []Doc{
			doc("cards on "+paper, func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, paper, false, nil) }),
			doc("discreet cards on "+paper, func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, paper, true, nil) }),
		}
		if paper == "letter" { // the print-shop card is US size, made alongside the Letter sheets
			docs = append(docs, doc("print-shop card", layout.BleedCard))
		}
		return docs
	},
}
