package kinds

import (
	"slices"
	"strings"

	"haven/internal/layout"
)

var cards = Kind{
	Name:     "cards",
	About:    "Make wallet-card sheets (fronts, then backs for duplex), a discreet sheet and a print-shop card",
	Papers:   []string{"letter", "a4"},
	Defaults: []string{"letter", "a4"},
	Docs: func(paper string) []Doc {
		return []Doc{
			doc("cards on "+paper, func(in layout.Input) (*layout.Doc, error) {
				return shifted(in)(layout.CardSheet(in, paper, false, nil))
			}).with(cardPrinting("cards", paper)),
			doc("discreet cards on "+paper, func(in layout.Input) (*layout.Doc, error) {
				return shifted(in)(layout.CardSheet(in, paper, true, nil))
			}).with(cardPrinting(discreetCards, paper)),
		}
	},
	// the print-shop card is the size shops make where the organisation is (layout.ShopCardIn),
	// whichever sheets are asked for: --paper a4 in the UK makes its 85 x 55 mm card too
	Once: []Doc{doc("print-shop card", layout.BleedCard).with(bleedPrinting)},
}

// shifted moves a home-printed card sheet by the printer offset in the settings (cards:
// offset:, or --offset); a print shop's card needs none.
func shifted(in layout.Input) func(*layout.Doc, error) (*layout.Doc, error) {
	return func(d *layout.Doc, err error) (*layout.Doc, error) {
		x, y := in.Settings.Cards.Shift()
		return layout.Shift(d, x*layout.MM, y*layout.MM), err
	}
}

// Calibration lists the printer test sheets for the card sheets on the papers asked for (both
// when none is), made by haven cards --calibrate instead of the cards.
func Calibration(papers []string) []Doc {
	var out []Doc
	for _, p := range cards.Papers {
		if len(papers) > 0 && !slices.ContainsFunc(papers, func(q string) bool { return strings.EqualFold(p, q) }) {
			continue
		}
		out = append(out, doc("card test sheet on "+p, func(in layout.Input) (*layout.Doc, error) {
			x, y := in.Settings.Cards.Shift()
			return layout.CalibrationSheet(p, x*layout.MM, y*layout.MM, in.M)
		}))
	}
	return out
}
