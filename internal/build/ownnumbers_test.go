package build

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/readback"
)

// haven's own numbers on paper (the card sheet's "Print at 100%", a poster's "18 x 24 in" in
// the print guide, the count of pages on the proof sheet) are no numbers to dial, however
// like the emergency number they read: the kit reads back, each link to the number is drawn
// over the number alone, and haven's own texts are drawn whole, with no link cutting them.
func TestOwnNumbersAreNotDialled(t *testing.T) {
	for _, tc := range []struct {
		country, call, emergency string
		own                      map[string]string // a file and a text of haven's own in it holding the number
	}{
		{"IN", "1098", "100", map[string]string{"cards-en-letter.pdf": "Print at 100% (actual size)", "how-to-print.pdf": "100%"}},
		{"FR", "3114", "18", map[string]string{"how-to-print.pdf": "18 x 24 in"}},
		{"FR", "3114", "15", map[string]string{"proof.pdf": "15 pages"}},
	} {
		t.Run(tc.emergency, func(t *testing.T) {
			s := strings.NewReplacer("country: US", "country: "+tc.country, "call: 1-888-373-7888", `call: "`+tc.call+`"`,
				`text: "233733"`, `text: "`+tc.call+`"`, `emergency: "911"`, `emergency: "`+tc.emergency+`"`).
				Replace(mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml")))
			res, _, err := runWith(t, contentWith(t, nil, map[string]string{"settings.yaml": s}), Options{Kinds: []string{"handout", "cards", "poster"},
				Langs: []string{"en"}, Papers: []string{"letter", "18x24"}, Guide: "letter", Proof: "letter"})
			if err != nil {
				t.Fatal(err)
			}
			links := 0
			for _, r := range res {
				name := filepath.Base(r.Path)
				pages, err := readback.Read([]byte(mustReadFile(t, r.Path)))
				if err != nil {
					t.Fatal(err)
				}
				whole := tc.own[name] == ""
				for n, pg := range pages {
					for _, tx := range pg.Texts {
						whole = whole || strings.Contains(tx.S, tc.own[name])
					}
					for _, l := range pg.Links {
						if l.URI != "tel:"+tc.emergency {
							continue
						}
						links++
						var under []string
						for _, tx := range pg.Texts {
							if math.Abs(tx.X-l.X) < 0.01 && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
								under = append(under, tx.S)
							}
						}
						if len(under) != 1 || under[0] != tc.emergency {
							t.Errorf("%s page %d: a link to %s over %q", name, n+1, l.URI, under)
						}
					}
				}
				if !whole {
					t.Errorf("%s does not show %q whole", name, tc.own[name])
				}
			}
			if links == 0 {
				t.Errorf("no link to tel:%s in the kit", tc.emergency)
			}
		})
	}
}
