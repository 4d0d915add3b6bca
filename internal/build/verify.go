package build

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"

	"haven/internal/layout"
	"haven/internal/qr"
	"haven/internal/readback"
)

// Verify reads every QR code of a laid-out document back, as a scanner would read the modules
// drawn, and fails unless each decodes to exactly the URL it is meant to open. A code that
// does not scan is never written.
func Verify(doc *layout.Doc) error {
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

// DecodeImage finds one QR code in img. The pure-barcode path is exact for a cropped code;
// the finder-pattern detector, with a local and then a global threshold, copes when
// anti-aliasing blurs module edges at a resolution that is not a multiple of them.
func DecodeImage(img image.Image) (string, error) {
	src := gozxing.NewLuminanceSourceFromImage(img)
	pure := map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_PURE_BARCODE: true}
	hard := map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_TRY_HARDER: true}
	var err error
	for _, try := range []struct {
		bin   gozxing.Binarizer
		hints map[gozxing.DecodeHintType]interface{}
	}{{gozxing.NewHybridBinarizer(src), pure}, {gozxing.NewHybridBinarizer(src), hard}, {gozxing.NewGlobalHistgramBinarizer(src), hard}} {
		bmp, berr := gozxing.NewBinaryBitmap(try.bin)
		if berr != nil {
			return "", berr
		}
		var res *gozxing.Result
		if res, err = zxqr.NewQRCodeReader().Decode(bmp, try.hints); err == nil {
			return res.GetText(), nil
		}
	}
	return "", err
}

// VerifyPDF reads a rendered PDF back from its bytes and holds it to the layout it was made
// from: the page sizes; every text, and so every number, exactly and in its place; every link;
// and every QR code, decoded from the shapes the PDF fills, with its quiet zone clear.
func VerifyPDF(raw []byte, doc *layout.Doc) error {
	pages, err := readback.Read(raw)
	if err != nil {
		return fmt.Errorf("%s: the PDF cannot be read back: %w", doc.Name, err)
	}
	if len(pages) != len(doc.Pages) {
		return fmt.Errorf("%s: the PDF has %d pages, not %d", doc.Name, len(pages), len(doc.Pages))
	}
	const eps = 0.02 // fpdf writes coordinates to 0.01 pt
	near := func(a, b float64) bool { return math.Abs(a-b) <= eps }
	for n, want := range doc.Pages {
		got := pages[n]
		at := fmt.Sprintf("%s page %d", doc.Name, n+1)
		if !near(got.W, want.W) || !near(got.H, want.H) {
			return fmt.Errorf("%s: the page is %.2f x %.2f pt, not %.2f x %.2f", at, got.W, got.H, want.W, want.H)
		}
		texts, links := 0, 0
		for _, it := range want.Items {
			switch it := it.(type) {
			case layout.Text:
				if texts >= len(got.Texts) {
					return fmt.Errorf("%s: %q is missing from the PDF", at, it.S)
				}
				g := got.Texts[texts]
				if g.S != it.S || !near(g.X, it.X) || !near(g.Y, it.Y) || !near(g.Size, it.Size) {
					return fmt.Errorf("%s: the PDF shows %q at %.2f,%.2f in %.2f pt where %q at %.2f,%.2f in %.2f pt was meant", at, g.S, g.X, g.Y, g.Size, it.S, it.X, it.Y, it.Size)
				}
				texts++
			case layout.Link:
				if links >= len(got.Links) {
					return fmt.Errorf("%s: the link to %s is missing from the PDF", at, it.URL)
				}
				g := got.Links[links]
				if g.URI != it.URL || !near(g.X, it.X) || !near(g.Y, it.Y) || !near(g.W, it.W) || !near(g.H, it.H) {
					return fmt.Errorf("%s: the PDF links %s where %s was meant", at, g.URI, it.URL)
				}
				links++
			case layout.QR:
				if err := printedCode(got, it); err != nil {
					return fmt.Errorf("%s: %w", at, err)
				}
			}
		}
		if texts != len(got.Texts) || links != len(got.Links) {
			return fmt.Errorf("%s: the PDF has %d texts and %d links, not %d and %d", at, len(got.Texts), len(got.Links), texts, links)
		}
	}
	return nil
}

// printedCode rebuilds a QR code from what the page fills: each module, and each of its
// quiet zone, takes the colour of the last shape painted over its centre, as on paper.
func printedCode(p readback.Page, q layout.QR) error {
	n, z := len(q.Modules), qr.QuietZone
	const light, dark, image = 1, 2, 3
	grid := make([][]int8, n+2*z) // row r+z, column c+z; 0 is bare paper
	for i := range grid {
		grid[i] = make([]int8, n+2*z)
	}
	// the modules whose centres lie in [lo, hi] along one axis
	span := func(lo, hi, origin float64) (int, int) {
		a := int(math.Ceil((lo-origin)/q.Module - 0.5))
		b := int(math.Floor((hi-origin)/q.Module - 0.5))
		return max(a, -z), min(b, n+z-1)
	}
	for _, s := range p.Fills {
		c0, c1 := span(s.X, s.X+s.W, q.X)
		r0, r1 := span(s.Y, s.Y+s.H, q.Y)
		paint := int8(light)
		switch {
		case s.Image:
			paint = image
		case s.Gray < 0.5:
			paint = dark
		}
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				grid[r+z][c+z] = paint
			}
		}
	}
	modules := make([][]bool, n)
	for r := -z; r < n+z; r++ {
		for c := -z; c < n+z; c++ {
			v := grid[r+z][c+z]
			inside := r >= 0 && r < n && c >= 0 && c < n
			switch {
			case v == image:
				return fmt.Errorf("an image is drawn over the QR code for %s", q.URL)
			case !inside && v == dark:
				return fmt.Errorf("something dark is printed in the quiet zone of the QR code for %s", q.URL)
			case inside:
				if modules[r] == nil {
					modules[r] = make([]bool, n)
				}
				modules[r][c] = v == dark
			}
		}
	}
	got, err := Decode(modules)
	if err != nil {
		return fmt.Errorf("the QR code for %s, as printed, does not decode: %v", q.URL, err)
	}
	if got != q.URL {
		return fmt.Errorf("the QR code, as printed, opens %q, not %q", got, q.URL)
	}
	return nil
}
