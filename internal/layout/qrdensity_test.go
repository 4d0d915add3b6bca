package layout_test

import (
	"errors"
	"strings"
	"testing"

	"haven/internal/layout"
)

// Every QR code prints its modules at least 0.396 mm wide (GS1's floor for codes scanned from
// print): the built-in kit with a campaign and placements does, on every output; a 210-character
// resource_url with a campaign is refused on the A4 handout, whose code is 1 in, with an error
// naming resource_url, the link's length and what shortens it, while the wallet card grows its
// code (from 0.8 in, as far as its back has room) and the posters' big codes print it.
func TestQRModulesPrintWideEnough(t *testing.T) {
	const floor = 0.396 * layout.MM
	long := "https://www.cuyahogacounty.gov/witness-victim/domestic-violence/help/resources/for-survivors/and-families/get-help-now-24-hours-a-day/local-and-national-hotlines/shelters-and-legal-aid/county-programs/index"
	outputs := []struct {
		name string
		make func(layout.Input) (*layout.Doc, error)
	}{
		{"cards", func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, "letter", false, nil) }},
		{"bleed card", layout.BleedCard},
		{"handout", func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, layout.Papers["a4"], false) }},
		{"large print", func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, layout.Papers["letter"], true) }},
		{"poster", func(in layout.Input) (*layout.Doc, error) { return layout.Poster(in, layout.Papers["a4"]) }},
		{"poster 24x36", func(in layout.Input) (*layout.Doc, error) { return layout.Poster(in, layout.Papers["24x36"]) }},
		{"tear-off", func(in layout.Input) (*layout.Doc, error) { return layout.TearOff(in, layout.Papers["letter"]) }},
		{"tear-off on A4", func(in layout.Input) (*layout.Doc, error) { return layout.TearOff(in, layout.Papers["a4"]) }},
	}
	for _, tt := range []struct {
		name, url, campaign string
		refused             map[string]bool // the outputs that refuse it
	}{
		{"built-in with a campaign and a placement", "", "spring-2027-county-outreach", nil},
		{"210 characters with a campaign", long, "spring-2027-county-outreach", map[string]bool{"handout": true}},
	} {
		in := realInputs(t)[0]
		if tt.url != "" {
			in.Settings.ResourceURL = tt.url
		}
		in.Campaign, in.Placement = tt.campaign, "p01"
		for _, o := range outputs {
			t.Run(tt.name+"/"+o.name, func(t *testing.T) {
				doc, err := o.make(in)
				if tt.refused[o.name] {
					var fe *layout.FitError
					if !errors.As(err, &fe) {
						t.Fatalf("got %v, want an error saying the code is too dense", err)
					}
					msg := fe.Problem().Error()
					for _, want := range []string{"settings.yaml", "resource_url:", "-character link", "mm wide, under the 0.40 mm", "point resource_url at a shorter address", "drop the campaign"} {
						if !strings.Contains(msg, want) {
							t.Errorf("the error does not say %q: %s", want, msg)
						}
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				n := 0
				for _, p := range doc.Pages {
					for _, it := range p.Items {
						if q, ok := it.(layout.QR); ok {
							n++
							if q.Module < floor {
								t.Errorf("the code for %s prints its modules %.2f mm wide", q.URL, q.Module/layout.MM)
							}
						}
					}
				}
				if n == 0 {
					t.Error("no QR code")
				}
			})
		}
	}
}

// A discreet_url too long for the card's code is named in the error, not resource_url, also
// when the campaign moves its fields (a tracking field of its own is replaced, a #fragment
// kept at the end).
func TestDiscreetCodeTooDenseNamesItsSetting(t *testing.T) {
	long := "https://calm-notes.net/" + strings.Repeat("talk/", 40)
	for _, url := range []string{long, long + "?utm_campaign=spring&ref=1", long + "#start"} {
		in := realInputs(t)[0]
		in.Settings.Cards.DiscreetURL, in.Campaign = url, "spring-2027"
		_, err := layout.CardSheet(in, "letter", true, nil)
		var fe *layout.FitError
		if !errors.As(err, &fe) {
			t.Fatalf("%s: got %v, want an error saying the code is too dense", url, err)
		}
		if msg := fe.Problem().Error(); !strings.Contains(msg, "cards.discreet_url:") || !strings.Contains(msg, "point cards.discreet_url at a shorter address") {
			t.Errorf("%s: %s", url, msg)
		}
	}
}
