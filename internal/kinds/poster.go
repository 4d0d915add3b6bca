package kinds

import "haven/internal/layout"

// TearOff names the Letter flyer with tear-off tabs among the poster sizes.
const TearOff = "tearoff"

var posterPapers = append(append([]string(nil), layout.PosterPapers...), TearOff)

var poster = Kind{
	Name:     "poster",
	About:    "Make posters from Letter to 24 x 36 in, and a Letter flyer with tear-off tabs",
	Papers:   posterPapers,
	Defaults: posterPapers,
	Docs: func(paper string) []Doc {
		if paper == TearOff {
			return []Doc{doc("tear-off flyer", layout.TearOff).with(tearOffPrinting)}
		}
		p := layout.Papers[paper]
		return []Doc{doc("poster on "+paper, func(in layout.Input) (*layout.Doc, error) { return layout.Poster(in, p) }).with(posterPrinting(paper))}
	},
}
