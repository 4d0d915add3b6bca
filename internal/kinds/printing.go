package kinds

import "haven/internal/layout"

// Printing says how to print a document, for the print guide (how-to-print.pdf): every kind
// says it for each of its documents, so a new kind cannot leave the guide silent.
type Printing struct {
	Stock    string // paper or card stock
	Sides    string // one side, or both and which edge to flip on
	PerSheet string // copies or cards on one sheet
	Cut      string // where to cut, or "no cutting"
	Shop     string // what to ask a print shop for; empty when any office printer will do
	First    string // what to do before the run, if anything
}

// with is d with its printing instructions.
func (d Doc) with(p Printing) Doc {
	d.Print = p
	return d
}

const (
	twoSided = "both sides (duplex), flip on the LONG edge"
	oneSided = "one side only"
	noCut    = "no cutting"
)

// plainPaper is the stock line for office paper of a size.
func plainPaper(paper string) string {
	return "plain office paper, " + layout.PaperTitle(paper) + ", 24 lb / 90 g/m² or heavier so the back does not show through"
}

func handoutPrinting(paper string) Printing {
	return Printing{Stock: plainPaper(paper), Sides: twoSided + "; the large print runs to more pages: staple its sheets in the top left corner",
		PerSheet: "one page on each side: the handout is one sheet", Cut: noCut}
}

func cardPrinting(paper string) Printing {
	stock := map[string]string{
		"letter": "Avery 5371, 8371 or 28371 business-card sheets (ten 3.5 x 2 in cards), or 65-110 lb cover stock to cut yourself",
		"a4":     "A4 business-card sheets of ten 85 x 55 mm cards (2 across, 5 down), or 200-300 g/m² card to cut yourself",
	}[paper]
	return Printing{Stock: stock,
		Sides:    twoSided + ": page 1 is the fronts, page 2 the backs. If your printer cannot print card both sides, print page 1, put the sheet back in turned over along its long edge, and print page 2",
		PerSheet: "10 cards",
		Cut:      "on perforated sheets, fold and tear along the perforations; on plain card, cut along the short marks in the margins with a ruler or a paper cutter",
		First:    "once per printer, line it up: make the test sheet (haven cards --calibrate), print it at 100% on plain paper, hold it against a sheet of the card stock up to the light, and read the offset on its rulers; then make the cards again with haven cards --offset X,Y (or cards: offset: X,Y in settings.yaml)"}
}

var bleedPrinting = Printing{
	Stock:    "a print shop's business-card stock, e.g. 14 pt / 350 g/m² matte",
	Sides:    "both sides: page 1 the front, page 2 the back",
	PerSheet: "one card per page; the shop places many on its sheets",
	Cut:      "the shop trims at the crop marks; the colour runs 0.125 in past them (bleed) so no white edge shows",
	Shop:     "ask for: US business cards, 3.5 x 2 in, full bleed, printed both sides, from this PDF as it is (no scaling), and a proof to approve before the run",
}

func posterPrinting(paper string) Printing {
	p := Printing{Stock: plainPaper(paper), Sides: oneSided, PerSheet: "one poster", Cut: noCut}
	switch paper {
	case "tabloid", "a3":
		p.Stock = layout.PaperTitle(paper) + " paper, 28-32 lb / 105-120 g/m²; many office printers and every copy shop take it"
	case "18x24", "24x36", "a2":
		p.Stock = "poster paper, " + layout.PaperTitle(paper) + ", matte or satin (matte is easier to read under lights)"
		p.Shop = "ask for: a poster, " + layout.PaperTitle(paper) + ", one side, printed from this PDF at 100% (no scaling, no bleed: the white margin is part of the design), matte or satin; laminated or foam board if it hangs outdoors"
	}
	return p
}

var tearOffPrinting = Printing{
	Stock:    plainPaper("letter"),
	Sides:    oneSided,
	PerSheet: "one flyer",
	Cut:      "cut along each dashed line between the tabs, from the bottom edge up to the dashed line across their tops, and fold along that line, so each tab tears off cleanly with the number on it",
}
