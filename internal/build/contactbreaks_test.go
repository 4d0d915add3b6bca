package build

import (
	"path/filepath"
	"strings"
	"testing"
)

// A long organisation.contact (a street address and an email) breaks between its parts, after
// a comma or at " · ", wherever it prints: the footer of the handouts, standard and large print,
// and beside the posters' and the tear-off flyer's QR code, read back a line at a time. A part
// ("Newcastle upon Tyne NE6 1DL"), a number with its extension ("(503) 588-5351 ext. 4"), is
// never split across lines.
func TestContactBreaksBetweenItsParts(t *testing.T) {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	for _, tt := range []struct {
		name, contact string
		parts         []string // each printed whole on one line
	}{
		{"UK street address", "Unit 14, Riverside Business Centre, 227 Shields Road, Byker, Newcastle upon Tyne NE6 1DL · support@ntwdass.org.uk",
			[]string{"Riverside Business Centre", "227 Shields Road", "Newcastle upon Tyne NE6 1DL", "support@ntwdass.org.uk"}},
		{"US street address", "Suite 300, Harbor House Family Justice Center, 1500 Riverside Boulevard North, Dayton, OH 45405 · help@harborhousedayton.org",
			[]string{"Harbor House Family Justice Center", "1500 Riverside Boulevard North", "OH 45405", "help@harborhousedayton.org"}},
		// a number's extension stays with it, and its digits are not read as the first group
		// of a number going on past the " · " ("4 · 2045") into the next part
		{"office line with an extension", "Admin: (503) 588-5351 ext. 4 · 2045 Silverton Rd NE, Salem, OR 97301",
			[]string{"(503) 588-5351 ext. 4", "2045 Silverton Rd NE", "OR 97301"}},
		{"French extension", "Bureau : 514 872-0311, poste 23 · 275 rue Notre-Dame Est, Montréal QC H2Y 1C6",
			[]string{"514 872-0311, poste 23", "275 rue Notre-Dame Est", "QC H2Y 1C6"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			const empty = `  contact: ""`
			if !strings.Contains(settings, empty) {
				t.Fatalf("settings.yaml has no %q", empty)
			}
			s := strings.Replace(settings, empty, "  contact: \""+tt.contact+"\"", 1)
			res := runFiles(t, map[string]string{"settings.yaml": s}, Options{Kinds: []string{"handout", "poster"}, Langs: []string{"en"}})
			n := 0
			for _, r := range res {
				base := filepath.Base(r.Path)
				if !strings.HasPrefix(base, "handout-") && !strings.HasPrefix(base, "poster-") {
					continue
				}
				n++
				printed := map[string]bool{}
				for _, l := range lines(t, open(t, r.Path)) {
					for _, p := range tt.parts {
						if strings.Contains(l, p) {
							printed[p] = true
						} else if first := strings.Fields(p)[0]; strings.Contains(l, first) {
							t.Errorf("%s: %q is split across lines: %q", base, p, l)
						}
					}
				}
				for _, p := range tt.parts {
					if !printed[p] {
						t.Errorf("%s: %q is not printed whole on any line", base, p)
					}
				}
			}
			if n < 10 {
				t.Errorf("%d handouts and posters, want every paper of each", n)
			}
		})
	}
}
