package build

import (
	"fmt"
	"image"
	"image/color"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"

	"haven/internal/content"
	"haven/internal/layout"
	"haven/internal/qr"
)

// Verify reads every QR code of a laid-out document back, as a scanner would read the modules
// drawn, and fails unless each decodes to exactly the URL it is meant to open. A code that
// does not scan is never written.
func Verify(doc *layout.Doc, s content.Settings) error {
	for n, p := range doc.Pages {
		for _, it := range p.Items {
			q, ok := it.(layout.QR)
			if !ok {
				continue
			}
			got, err := Decode(q.Modules)
			if err != nil {
				return fmt.Errorf("%s page %d: the QR code for %s does not decode: %v", doc.Name, n+1, q.URL, err)
			}
			if got != q.URL {
				return fmt.Errorf("%s page %d: the QR code decodes to %q, not %q", doc.Name, n+1, got, q.URL)
			}
		}
	}
	return nil
}

// Decode reads a module matrix as an image with its quiet zone, at 4 pixels a module.
func Decode(modules [][]bool) (string, error) {
	const px = 4
	n := len(modules) + 2*qr.QuietZone
	img := image.NewGray(image.Rect(0, 0, n*px, n*px))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	for r, row := range modules {
		for c, dark := range row {
			if !dark {
				continue
			}
			for y := 0; y < px; y++ {
				for x := 0; x < px; x++ {
					img.SetGray((c+qr.QuietZone)*px+x, (r+qr.QuietZone)*px+y, color.Gray{})
				}
			}
		}
	}
	return DecodeImage(img)
}

// DecodeImage finds one QR code in img.
func DecodeImage(img image.Image) (string, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", err
	}
	// The pure-barcode path is exact for a cropped code; the finder-pattern detector copes
	// when anti-aliasing blurs module edges at a resolution that is not a multiple of them.
	res, err := zxqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_PURE_BARCODE: true})
	if err != nil {
		res, err = zxqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_TRY_HARDER: true})
	}
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}
