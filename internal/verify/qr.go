// Package verify holds what is printed against what was laid out: it reads each QR code back as a
// scanner would, and compares a rendered PDF, read back from its bytes, with its layout.
package verify

import (
	"fmt"
	"image"

	"haven/internal/layout"
	"haven/internal/qr"
)

// Layout reads every QR code of a laid-out document back, as a scanner would read the modules
// drawn, and fails unless each decodes to exactly the URL it is meant to open, with its
// modules no narrower than a phone reads from print. A code that does not scan is never
// written.
func Layout(doc *layout.Doc) error {
	for n, p := range doc.Pages {
		for _, it := range p.Items {
			q, ok := it.(layout.QR)
			if !ok {
				continue
			}
			if q.Module < layout.MinModule-1e-9 {
				return unfaithful(fmt.Errorf("%s page %d: the QR code for %s prints its modules %.2f mm wide, under %.2f mm", doc.Name, n+1, q.URL, q.Module/layout.MM, layout.MinModule/layout.MM))
			}
			got, err := Decode(q.Code.Modules())
			if err != nil {
				return unfaithful(fmt.Errorf("%s page %d: the QR code for %s does not decode: %v", doc.Name, n+1, q.URL, err))
			}
			if got != q.URL {
				return unfaithful(fmt.Errorf("%s page %d: the QR code decodes to %q, not %q", doc.Name, n+1, got, q.URL))
			}
		}
	}
	return nil
}

// Decode reads a module matrix as an image with its quiet zone, a pixel a module: the
// pure-barcode path reads a clean matrix at any size, and the decoder's time grows with the
// pixels (BenchmarkDecode: at 4 pixels a module a handout's code took 0.25 ms, at 1 0.06 ms).
func Decode(modules [][]bool) (string, error) {
	n := len(modules) + 2*qr.QuietZone
	img := image.NewGray(image.Rect(0, 0, n, n))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	for r, row := range modules {
		for c, dark := range row {
			if dark {
				img.Pix[(r+qr.QuietZone)*img.Stride+c+qr.QuietZone] = 0
			}
		}
	}
	return qr.DecodeImage(img)
}
