package kinds

import "haven/internal/layout"

// TearOff and TearOffA4 name the flyer with tear-off tabs among the poster sizes, on Letter
// and on A4 (tearOffPapers).
const (
	TearOff   = "tearoff"
	TearOffA4 = "tearoff-a4"
)

// tearOffPapers are the papers the tear-off flyer comes on, by their names among the sizes.
var tearOffPapers = map[string]string{TearOff: "letter", TearOffA4: "a4"}

var posterPapers = append(append([]string(nil), layout.PosterPapers...), TearOff, TearOffA4)

var poster = Kind{
	Name:     "poster",
	About:    "Make posters from Letter to 24 x 36 in, and a flyer with tear-off tabs on Letter and A4",
	Papers:   posterPapers,
	Defaults: posterPapers,
	Docs: func(paper string) []Doc {
		if base, ok := tearOffPapers[paper]; ok {
			p := layout.Papers[base]
			return []Doc{doc("tear-off flyer on "+base, func(in layout.Input) (*layout.Doc, error) { return layout.TearOff(in, p) }).with(tearOffPrinting(base))}
		}
		p := layout.Papers[paper]
		return []Doc{doc("poster on "+paper, func(in layout.Input) (*layout.Doc, error) { return layout.Poster(in, p) }).with(posterPrinting(paper))}
	},
}

// TearOffPaper is the paper the tear-off size name flyer is printed on ("a4" for
// "tearoff-a4"), or "" when name is no tear-off size.
func TearOffPaper(name string) string { return tearOffPapers[name] }
