package layout

import (
	"haven/internal/colour"
	"haven/internal/qr"
)

// code is a QR code laid out once for every output: size wide without its quiet zone, drawn on
// a white square that holds the quiet zone (so it scans on any background), as a figure whose
// alternative text says where it leads, inside the link that opens the same address.
type code struct {
	modules       [][]bool
	module, quiet float64
	box           float64 // the code with its quiet zone
	url, alt      string
}

func (in Input) code(url string, size float64) (code, error) {
	modules, err := qr.Matrix(url)
	if err != nil {
		return code{}, err
	}
	module := size / float64(len(modules))
	quiet := module * qr.QuietZone
	return code{modules: modules, module: module, quiet: quiet, box: size + 2*quiet, url: url, alt: in.qrAlt(url)}, nil
}

// draw draws the code with the top left of its quiet zone at x, y.
func (q code) draw(c *canvas, x, y float64) {
	c.add(Rect{X: x, Y: y, W: q.box, H: q.box, Fill: colour.White})
	codeFigure(c, q.alt, func() {
		c.add(QR{X: x + q.quiet, Y: y + q.quiet, Module: q.module, Modules: q.modules, URL: q.url})
	}, Link{X: x, Y: y, W: q.box, H: q.box, URL: q.url})
}
