package build

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"haven/internal/readback"
)

// The number to call written with a no-break or thin space between its groups (pasted from
// Word), and a line that writes one after it ("Call {call} (24/7)"), is one number wherever
// it is read: the page's line is one link to it and reads back as built (it was refused as
// dialling a number it does not show), the FAQ links it whole on the page and in the handout,
// and no part of it ("224-4663 (24/7)") is linked as a number of its own.
func TestSpacedNumberIsOne(t *testing.T) {
	for _, tt := range []struct{ name, number, line string }{
		{"no-break spaces in the number and after it", "(614)\u00a0224-4663", "Call {call}\u00a0(24/7)"},
		{"a no-break space in the number", "(614)\u00a0224-4663", "Call {call} (24/7)"},
		{"thin spaces in the number", "614\u2009224\u20094663", "Call {call}\u00a0(24/7)"},
		{"a narrow no-break space after it", "(614) 224-4663", "Call {call}\u202f(24/7)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := setup{settings: [][2]string{{"  call: 1-888-373-7888", "  call: " + tt.number}}, text: [][2]string{{"  call: Call {call}", "  call: " + tt.line}}}
			page, site := englishSite(t, s)
			for _, want := range []string{
				`<a class="help__link" href="tel:&#43;16142244663" aria-label="Call `, // named by its words, heard as they read
				`<a href="tel:&#43;16142244663"><bdi class="num" dir="ltr">` + tt.number + `</bdi></a>`,
			} {
				if !strings.Contains(string(page), want) {
					t.Errorf("the page has no %s", want)
				}
			}
			if strings.Contains(string(page), "tel:&#43;12244663") {
				t.Error("the page links part of the number as another")
			}
			pages, err := readback.Read(open(t, filepath.Join(site, "handout-en-letter.pdf")).raw)
			if err != nil {
				t.Fatal(err)
			}
			if !linkedIn(pages, tt.number, "tel:+16142244663") {
				t.Errorf("the handout prints %q without a link to it", tt.number)
			}
		})
	}
}

// Two of the hotline's numbers set apart as the check says to write them (a word, or a slash
// with a space each side; joined, they print as one number) are each linked to its own
// number, in the hotline box and the FAQ, on the page and in the handout.
func TestTwoNumbersSetApartAreLinked(t *testing.T) {
	const call, tty = "1-888-373-7888", "711"
	for _, between := range []string{" or ", " / "} {
		t.Run(between, func(t *testing.T) {
			s := setup{settings: [][2]string{{`  tty: ""`, "  tty: " + tty}}, text: [][2]string{{"  call: Call {call}", "  call: Call {call}" + between + "{tty}"}},
				faq: [][2]string{{"than to stay silent and risk a child’s safety.", "than to stay silent and risk a child’s safety. Call {call}" + between + "{tty}."}}}
			page, site := englishSite(t, s)
			both := `<a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">` + call + `</bdi></a>` + between +
				`<a href="tel:711"><bdi class="num" dir="ltr">` + tty + `</bdi></a>`
			// the box may break the number, and names its links; a link and the full stop after it are kept on one line
			shown := ariaLabel.ReplaceAllString(strings.NewReplacer("<wbr>", "", `<span class="nobreak">`, "").Replace(string(page)), "")
			if n := strings.Count(shown, both); n < 2 {
				t.Errorf("the page links both numbers %d times, want in the box and the FAQ: %s", n, both)
			}
			pages, err := readback.Read(open(t, filepath.Join(site, "handout-en-letter.pdf")).raw)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range [][2]string{{call, "tel:+18883737888"}, {tty, "tel:711"}} {
				if !linkedIn(pages, l[0], l[1]) {
					t.Errorf("the handout prints %q without a link to %s", l[0], l[1])
				}
			}
		})
	}
}

// ariaLabel is a link's name given apart from its words, which the box's links have.
var ariaLabel = regexp.MustCompile(` aria-label="[^"]*"`)
