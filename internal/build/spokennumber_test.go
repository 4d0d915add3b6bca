package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"haven/internal/readback"
)

// A hotline number written as one run of digits prints as written, but its links are named in
// its groups, so that a screen reader says a number to dial and not eight billion and more: the
// PDFs' link descriptions (/Contents) and the page's accessible names (aria-label), read back.
// A number written in groups is named as written.
func TestUngroupedNumberIsNamedInGroups(t *testing.T) {
	for _, tt := range []struct{ call, named string }{
		{"8007997233", "800-799-7233"},
		{"18007997233", "1-800-799-7233"},
		{"+18007997233", "+1-800-799-7233"},
		{"1-800-799-7233", "1-800-799-7233"},
	} {
		t.Run(tt.call, func(t *testing.T) {
			raw, site := englishSite(t, setup{settings: [][2]string{{"  call: 1-888-373-7888", `  call: "` + tt.call + `"`}}})
			page := strings.ReplaceAll(string(raw), "&#43;", "+") // as html/template writes + in an attribute
			for _, want := range []string{
				`href="tel:+18007997233" aria-label="Call ` + tt.named + `">Call <bdi class="num" dir="ltr">`,                                                                                 // the hotline box, named as it reads whatever its breaks
				`href="tel:+18007997233"` + map[bool]string{true: "", false: ` aria-label="` + tt.named + `"`}[tt.call == tt.named] + `><bdi class="num" dir="ltr">` + tt.call + `</bdi></a>`, // an answer's
			} {
				if !strings.Contains(page, want) {
					t.Errorf("the page has no %s", want)
				}
			}
			described, printed := 0, 0
			for _, name := range []string{"handout-en-letter.pdf", "poster-en-letter.pdf", "cards-en-letter.pdf"} {
				raw, err := os.ReadFile(filepath.Join(site, name))
				if err != nil {
					t.Fatal(err)
				}
				pages, err := readback.Read(raw)
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range pages {
					for _, l := range p.Links {
						if l.URI != "tel:+18007997233" {
							continue
						}
						if described++; !strings.HasSuffix(l.Contents, " "+tt.named) {
							t.Errorf("%s: the call's link is described as %q, want it to end %q", name, l.Contents, tt.named)
						}
					}
					for _, tx := range p.Texts {
						if strings.Contains(tx.S, tt.call) {
							printed++
						}
					}
				}
			}
			if described < 3 || printed < 3 {
				t.Errorf("%d links of the call described, %d texts printing %s as written", described, printed, tt.call)
			}
		})
	}
}
