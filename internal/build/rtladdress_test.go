package build

import (
	"cmp"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"haven/internal/readback"
)

// On a right-to-left page an email address broken across lines prints each piece as written:
// the '@' that ends a line stays at the piece's end, the '.' that begins the next at its
// start, and a web address's '/' where it breaks. Read back from the lines the PDF draws (left to right, as placed), the pieces of the
// address, one after the other, are the address.
func TestRightToLeftAddressPieces(t *testing.T) {
	const he = "רוב הקורבנות כתבו ל-help.desk.team@example-organisation.org עכשיו."
	const heDots = "רוב הקורבנות כתבו ל-help@regional-support-network.first-district.north-county.example-organisation.org עכשיו."
	const heWeb = "בקרו ב-https://www.example-organisation.org/resources/help-for-families/contact-the-team/ עכשיו."
	const ar = "يعرف معظم الضحايا راسلونا على first-line.help-desk.team@regional-support-network.first-district.north-county.example-organisation.org الآن."
	for _, tt := range []struct {
		lang, files, name string
		paras             []string
		addresses         []string // as the paragraphs hold them
		want              []string // pieces that begin or end a line, as drawn
	}{
		{"he", "NotoSansHebrew", "Noto Sans Hebrew", []string{he, heDots, heWeb},
			[]string{"help.desk.team@example-organisation.org", "help@regional-support-network.first-district.north-county.example-organisation.org",
				"https://www.example-organisation.org/resources/help-for-families/contact-the-team/"},
			[]string{"help.desk.team@-ל", ".וישכע example-organisation.org", "help@-ל", ".וישכע .north-county.example-organisation.org"}},
		{"ar", "NotoNaskhArabic", "Noto Naskh Arabic", []string{ar},
			[]string{"first-line.help-desk.team@regional-support-network.first-district.north-county.example-organisation.org"}, []string{".help-desk.team@"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			faq := mustReadFile(t, filepath.Join("..", "..", "testdata", "languages", tt.lang, "faq.md"))
			i := strings.Index(faq, "\n## ")
			if i < 0 {
				t.Fatalf("%s/faq.md has no question", tt.lang)
			}
			faq = faq[:i] + "\n\n" + strings.Join(tt.paras, "\n\n") + "\n" + faq[i:]
			fsys := contentWith(t, []string{tt.lang}, map[string]string{tt.lang + "/faq.md": faq})
			rb := openBuilt(t, runFSWithFont(t, fsys, []string{tt.lang}, notoFamily(t, tt.files, tt.name)), "handout-"+tt.lang+"-letter.pdf")
			pages, err := readback.Read(rb.raw)
			if err != nil {
				t.Fatal(err)
			}
			lines := drawnLines(pages[0])
			all := strings.Join(tt.addresses, "")
			var pieces []string
			for _, l := range lines {
				for _, p := range addressRun.FindAllString(l, -1) {
					if p = strings.Trim(p, "-"); strings.ContainsAny(p, ".@/-") && strings.IndexFunc(p, unicode.IsLetter) >= 0 && strings.Contains(all, p) {
						pieces = append(pieces, p)
					}
				}
			}
			if got := strings.Join(pieces, ""); got != all {
				t.Errorf("the pieces of the addresses drawn are %q, want %q; the lines:\n%s", pieces, tt.addresses, strings.Join(lines, "\n"))
			}
			if len(pieces) <= len(tt.addresses) {
				t.Errorf("%d pieces drawn of %d addresses: the test breaks none", len(pieces), len(tt.addresses))
			}
			for _, w := range tt.want {
				if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, w) }) {
					t.Errorf("no line drawn holds %q:\n%s", w, strings.Join(lines, "\n"))
				}
			}
		})
	}
}

// addressRun is a run of the characters of a web or email address.
var addressRun = regexp.MustCompile(`[A-Za-z0-9._%+@/:-]+`)

// drawnLines are the texts of a page joined into lines, each from left to right as placed.
func drawnLines(pg readback.Page) []string {
	texts := slices.Clone(pg.Texts)
	slices.SortStableFunc(texts, func(a, b readback.Text) int {
		return cmp.Or(cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X))
	})
	var lines []string
	for k, tx := range texts {
		if k > 0 && tx.Y == texts[k-1].Y {
			lines[len(lines)-1] += tx.S
			continue
		}
		lines = append(lines, tx.S)
	}
	return lines
}
