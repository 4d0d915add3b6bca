package layout

import (
	"fmt"
	"strings"

	"haven/internal/colour"
	"haven/internal/diag"
	"haven/internal/qr"
)

// MinModule is the narrowest a module prints. GS1's General Specifications (5.12.3.1) set the
// least module width of a QR code scanned from print at 0.396 mm; narrower, a home printer's
// ink spread and a phone's focus at arm's length blur the modules together (a 0.28 mm card
// code failed zbarimg at 100 and 150 dpi). A longer address needs more modules in the same
// square: past this, it is refused rather than printed 5,000 times unreadable.
const MinModule = 0.396 * MM

// code is a QR code laid out once for every output: size wide without its quiet zone, drawn on
// a white square that holds the quiet zone (so it scans on any background), as a figure whose
// alternative text says where it leads, inside the link that opens the same address.
type code struct {
	qr            *qr.Code
	module, quiet float64
	box           float64 // the code with its quiet zone
	url, alt      string
	altLang       string // alt's language where it is not the edition's
}

// code is the code for url, size wide; where is the place in the output, for an error when
// url is too long for its modules to print at least MinModule wide there.
func (in Input) code(url string, size float64, where string) (code, error) {
	c, err := qr.Encode(url)
	if err != nil {
		return code{}, err
	}
	module := size / float64(c.Len())
	if module < MinModule-1e-9 {
		return code{}, in.tooDense(url, c.Len(), size, where)
	}
	quiet := module * qr.QuietZone
	alt, lang := in.qrAlt(url)
	return code{qr: c, module: module, quiet: quiet, box: size + 2*quiet, url: url, alt: alt, altLang: lang}, nil
}

// tooDense is the error for a code of n modules across whose url is too long for size: it
// names the setting the address comes from, how long it is, and what shortens it.
func (in Input) tooDense(url string, n int, size float64, where string) error {
	at := in.Resource
	if at.File == "" {
		at = diag.Located{File: in.Address.File, Field: "resource_url", Text: in.Settings.ResourceURL}
	}
	base := in.Settings.ResourceURL
	if d := in.Settings.Cards.DiscreetURL; d != "" && url == in.discreetLink() {
		at, base = diag.Located{File: at.File, Field: "cards.discreet_url", Text: d}, d
	}
	if in.Address.File == "--url" {
		at = diag.Located{File: "--url", Text: base}
	}
	link := fmt.Sprintf("is a %d-character link", len(url))
	if len(url) > len(base) {
		link = fmt.Sprintf("with its tracking is a %d-character link", len(url))
	}
	fits := longestFitting(len(url), size)
	e := fitErr(at, where, "%s: its QR code, %d modules across in %.1f mm, would print them %.2f mm wide, under the %.2f mm phones read reliably from print; at most %d characters fit",
		link, n, size/MM, size/MM/float64(n), MinModule/MM, fits)
	e.Fits, e.Dense = fits, true
	e.Hint = fmt.Sprintf("point %s at a shorter address, such as a short page of your own that leads there; display_url changes only the address printed under the code", setting(at))
	if len(url) > len(base) {
		e.Hint += fmt.Sprintf("; or drop the campaign (campaign: in settings.yaml, or --campaign), which adds %d characters", len(url)-len(base))
	}
	return e
}

// setting is the setting an error's address is in.
func setting(at diag.Located) string {
	if at.Field == "" {
		return "--url"
	}
	return at.Field
}

// longestFitting is how many characters of an address (up to n) a code size wide holds with
// its modules at least MinModule: the longest whose code has few enough modules.
func longestFitting(n int, size float64) int {
	fits := func(k int) bool {
		n, err := qr.Len(strings.Repeat("a", k))
		return err == nil && size/float64(n) >= MinModule-1e-9
	}
	lo, hi := 0, n // fits(lo), and hi is the first known not to
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// draw draws the code with the top left of its quiet zone at x, y.
func (q code) draw(c *canvas, x, y float64) {
	c.add(Rect{X: x, Y: y, W: q.box, H: q.box, Fill: colour.White})
	codeFigure(c, q.alt, q.altLang, func() {
		c.add(QR{X: x + q.quiet, Y: y + q.quiet, Module: q.module, Code: q.qr, URL: q.url})
	}, Link{X: x, Y: y, W: q.box, H: q.box, URL: q.url})
}
