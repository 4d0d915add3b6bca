package layout_test

import (
	"strings"
	"testing"

	"haven/internal/layout"
)

// texts is every line a document draws, joined by single spaces (so wrapped lines read as
// their text).
func texts(doc *layout.Doc) string {
	var all []string
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if tx, ok := it.(layout.Text); ok {
				all = append(all, tx.S)
			}
		}
	}
	return strings.Join(strings.Fields(strings.Join(all, " ")), " ")
}

// codes are the addresses a document's QR codes open.
func codes(doc *layout.Doc) map[string]bool {
	out := map[string]bool{}
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if q, ok := it.(layout.QR); ok {
				out[q.URL] = true
			}
		}
	}
	return out
}

// Who each card speaks to, and what its code opens: the default card speaks to the person who
// may need help on both sides; cards: audience: adult makes the adult's card (warning signs
// on the back, its own front); the discreet card's code opens cards.discreet_url when set and
// prints only that address, and otherwise prints none.
func TestCardReadersAndDiscreetAddress(t *testing.T) {
	for _, in := range realInputs(t) {
		tx := in.Lang.Text
		tests := []struct {
			name     string
			audience string
			discreet bool
			url      string
			want     []string // printed
			never    []string // not printed
			opens    string
		}{
			{"you", "", false, "", []string{tx.Card.Headline.Text, tx.Card.BackTitle.Text, tx.Card.BackLines[0].Text, in.Address.Text},
				[]string{tx.Observer.BackTitle.Text, tx.Observer.Signs[0].Text}, in.Settings.ResourceURL},
			{"adult", "adult", false, "", []string{tx.Observer.Headline.Text, tx.Observer.BackTitle.Text, tx.Observer.Signs[0].Text, in.Address.Text},
				[]string{tx.Card.Headline.Text, tx.Card.BackLines[0].Text}, in.Settings.ResourceURL},
			{"discreet", "", true, "", []string{tx.Discreet.Headline.Text, tx.Discreet.BackTitle.Text},
				[]string{in.Address.Text, tx.HotlineName.Text}, in.Settings.ResourceURL},
			{"discreet with its own address", "adult", true, "https://example.org/talk", []string{tx.Discreet.Headline.Text, "example.org/talk"},
				[]string{in.Address.Text, tx.HotlineName.Text, tx.Observer.Signs[0].Text}, "https://example.org/talk"},
		}
		for _, tt := range tests {
			t.Run(in.Lang.Code+"/"+tt.name, func(t *testing.T) {
				in := in
				in.Settings.Cards.Audience, in.Settings.Cards.DiscreetURL = tt.audience, tt.url
				for _, paper := range []string{"letter", "a4"} {
					doc, err := layout.CardSheet(in, paper, tt.discreet, nil)
					if err != nil {
						t.Fatal(err)
					}
					all := texts(doc)
					for _, w := range tt.want {
						if !strings.Contains(all, w) {
							t.Errorf("%s: %q is not printed", paper, w)
						}
					}
					for _, w := range tt.never {
						if strings.Contains(all, w) {
							t.Errorf("%s: %q is printed", paper, w)
						}
					}
					if got := codes(doc); len(got) != 1 || !got[tt.opens] {
						t.Errorf("%s: the codes open %v, want %s", paper, got, tt.opens)
					}
				}
			})
		}
	}
}
