package build

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
)

// A long email address on a card's back breaks where a reader expects, after its '@', with
// nothing added: read back from the PDF, its lines are exactly the two parts, and joined they
// are the whole address on every card sheet.
func TestEmailOnCards(t *testing.T) {
	for _, tt := range []struct {
		lang, from, to string
		want           []string // consecutive lines read back
		address        string
	}{
		{"en", "    - They can help you find a safe place and support near you.", "    - Email information@northcountycrisiscoalition.org",
			[]string{"• Email information@", "northcountycrisiscoalition.org"}, "information@northcountycrisiscoalition.org"},
		{"es", "    - Pueden ayudarte a encontrar un lugar seguro y apoyo cerca de ti.", "    - Escribe a ayuda.confidencial@coalicioncontralaviolencia.org",
			[]string{"• Escribe a ayuda.confidencial@", "coalicioncontralaviolencia.org"}, "ayuda.confidencial@coalicioncontralaviolencia.org"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			file := tt.lang + "/text.yaml"
			orig, _ := fs.ReadFile(defaultcontent.FS, file)
			text := strings.Replace(string(orig), tt.from, tt.to, 1)
			if text == string(orig) {
				t.Fatalf("%s has no %q", file, tt.from)
			}
			res := runFiles(t, map[string]string{file: text}, Options{Kinds: []string{"cards"}, Langs: []string{tt.lang}, Papers: []string{"letter", "a4"}})
			for _, r := range res {
				if strings.Contains(r.Path, "discreet") {
					continue // its backs have their own lines
				}
				got := lines(t, open(t, r.Path))
				found := 0
				for i := 0; i+1 < len(got); i++ {
					if got[i] == tt.want[0] && got[i+1] == tt.want[1] {
						found++
						if joined := got[i][strings.LastIndex(got[i], " ")+1:] + got[i+1]; joined != tt.address {
							t.Errorf("%s: the address reads back as %q", filepath.Base(r.Path), joined)
						}
					}
				}
				if cards := map[bool]int{true: 1, false: 10}[strings.HasPrefix(filepath.Base(r.Path), "card-bleed")]; found != cards {
					t.Errorf("%s: the lines %q read back on %d cards, want %d; the lines are\n%s", filepath.Base(r.Path), tt.want, found, cards, strings.Join(got, "\n"))
				}
			}
		})
	}
}
