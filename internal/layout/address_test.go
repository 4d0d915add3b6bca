package layout_test

import (
	"slices"
	"strings"
	"testing"

	"haven/internal/layout"
)

// An address with one '/' in its path, a little too wide for its place, is not broken before a
// short last piece that reads as a word alone on its line ("www.lanecountyor.gov/" /
// "crisis"): beside a poster's code it runs on to the frame's edge and is set a little smaller
// (the page's address and the contact line's), and in the large-print box it goes where it
// stands whole. Read back from the laid-out pages: each address is the text of one line.
func TestAddressNotBrokenBeforeAShortLastPiece(t *testing.T) {
	const url, contact = "www.lanecountyor.gov/crisis", "lanecounty.example.org/crisis"
	type output struct {
		name    string
		make    func(layout.Input) (*layout.Doc, error)
		contact bool // prints the organisation's contact beside the code
	}
	var outputs []output
	for _, paper := range layout.PosterPapers {
		outputs = append(outputs, output{"poster " + paper, func(in layout.Input) (*layout.Doc, error) { return layout.Poster(in, layout.Papers[paper]) }, true})
	}
	for _, paper := range []string{"letter", "a4"} {
		outputs = append(outputs, output{"tear-off " + paper, func(in layout.Input) (*layout.Doc, error) { return layout.TearOff(in, layout.Papers[paper]) }, true})
		for _, large := range []bool{false, true} {
			outputs = append(outputs, output{"handout " + paper + map[bool]string{true: " large"}[large], func(in layout.Input) (*layout.Doc, error) {
				return layout.Handout(in, layout.Papers[paper], large)
			}, false})
		}
	}
	in := realInputs(t)[0]
	lang := *in.Lang
	// a short poster, set at its largest, as a county's crisis line writes it
	lang.Text.Poster.Headline.Text = "Having a hard time?"
	lang.Text.Poster.Facts = lang.Text.Poster.Facts[:2]
	lang.Text.Poster.Facts[0].Text, lang.Text.Poster.Facts[1].Text = "Free, 24/7", "Mobile team"
	lang.Text.Poster.Note.Text = "Free and confidential, 24/7."
	in.Lang = &lang
	in.Settings.ResourceURL, in.Address.Text = "https://"+url, url
	in.Settings.Organisation.Contact.Text = contact
	for _, o := range outputs {
		doc, err := o.make(in)
		if err != nil {
			t.Fatalf("%s: %v", o.name, err)
		}
		for k, p := range doc.Pages {
			if !hasCode(p) {
				continue
			}
			var lines []string
			for _, it := range p.Items {
				if tx, ok := it.(layout.Text); ok {
					lines = append(lines, tx.S)
				}
			}
			want := []string{url}
			if o.contact {
				want = append(want, contact)
			}
			for _, w := range want {
				if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, w) }) {
					t.Errorf("%s, page %d: %s is not whole on a line: %q", o.name, k+1, w, lines)
				}
			}
		}
	}
}

// The address printed under the QR codes is a link that opens what the codes of its output
// open, its campaign's fields and all: in a run with a campaign, and in a discreet run
// (cards: discreet_url set), where every code carries the campaign's keyed code alone and
// links are otherwise opened without tracking fields, the address's link carried none and
// opened another address than the codes (the discreet card's too). Read back from the links
// of each output's pages.
func TestAddressOpensWhatTheCodesOpen(t *testing.T) {
	type output struct {
		name string
		make func(layout.Input) (*layout.Doc, error)
	}
	outputs := []output{
		{"handout", func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, layout.Papers["letter"], false) }},
		{"large print", func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, layout.Papers["letter"], true) }},
		{"poster", func(in layout.Input) (*layout.Doc, error) { return layout.Poster(in, layout.Papers["letter"]) }},
		{"cards", func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, "letter", false, nil) }},
		{"discreet cards", func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, "letter", true, nil) }},
	}
	for _, run := range []struct {
		name     string
		discreet bool
		campaign string
	}{
		{"no campaign", false, ""},
		{"a campaign", false, "spring-2027"},
		{"a discreet run", true, "spring-2027"},
		{"a discreet run without a campaign", true, ""},
	} {
		in := realInputs(t)[0]
		in.Settings.Cards.DiscreetURL = "https://calm-notes.net/talk?id=1#top"
		in.Settings.Site.Discreet, in.Campaign = run.discreet, run.campaign
		if run.campaign != "" {
			in.DiscreetCampaign = "k4m7p2" // as build gives it, from the key, where discreet_url is set
		}
		for _, o := range outputs {
			doc, err := o.make(in)
			if err != nil {
				t.Fatalf("%s, %s: %v", run.name, o.name, err)
			}
			opened := codes(doc)
			if len(opened) != 1 {
				t.Fatalf("%s, %s: the codes open %v, want one address", run.name, o.name, opened)
			}
			for code := range opened {
				if run.campaign != "" && !strings.Contains(code, "utm_campaign=") {
					t.Errorf("%s, %s: the code opens %s, without the campaign", run.name, o.name, code)
				}
				linked := 0
				for _, p := range doc.Pages {
					for _, it := range p.Items {
						if l, ok := it.(layout.Link); ok && strings.HasPrefix(l.URL, "https://") {
							if linked++; l.URL != code {
								t.Errorf("%s, %s: a link opens %s, the codes %s", run.name, o.name, l.URL, code)
							}
						}
					}
				}
				if linked == 0 {
					t.Errorf("%s, %s: the address under the code is not linked", run.name, o.name)
				}
			}
		}
	}
}
