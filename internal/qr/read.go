package qr

import (
	"image"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"
	"golang.org/x/image/draw"
)

// DecodeImage finds one QR code in img. The pure-barcode path is exact for a cropped code;
// the finder-pattern detector, with a local and then a global threshold, copes when
// anti-aliasing blurs module edges at a resolution that is not a multiple of them; failing all
// three, the image is tried again resampled, which moves the module edges against the pixels.
func DecodeImage(img image.Image) (string, error) {
	var err error
	for _, scale := range []float64{1, 0.75, 1.5, 0.5} {
		im := img
		if scale != 1 {
			b := img.Bounds()
			dst := image.NewGray(image.Rect(0, 0, int(float64(b.Dx())*scale), int(float64(b.Dy())*scale)))
			draw.BiLinear.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
			im = dst
		}
		var text string
		if text, err = decodeOnce(im); err == nil {
			return text, nil
		}
	}
	return "", err
}

func decodeOnce(img image.Image) (string, error) {
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

// Find is the text of a QR code anywhere in img, as a phone's camera finds one in a picture
// (an old flyer's code left in a logo), read from its luminance on white; ok is false when
// it holds none. A 600-pixel square takes about 1 ms.
func Find(img image.Image) (text string, ok bool) {
	b := img.Bounds()
	gray := luminance(img)
	src, err := gozxing.NewPlanarYUVLuminanceSource(gray, b.Dx(), b.Dy(), 0, 0, b.Dx(), b.Dy(), false)
	if err != nil {
		return "", false
	}
	bmp, err := gozxing.NewBinaryBitmap(gozxing.NewHybridBinarizer(src))
	if err != nil {
		return "", false
	}
	res, err := zxqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		return "", false
	}
	return res.GetText(), true
}

// luminance is img's grey, row by row, as printed on white (transparent pixels white): the
// decoder's own conversion reads each pixel through an interface, three times slower.
func luminance(img image.Image) []byte {
	b := img.Bounds()
	out := make([]byte, 0, b.Dx()*b.Dy())
	grey := func(r, g, bl, a uint32) byte { // 16-bit, alpha-premultiplied
		y := (19595*r + 38470*g + 7471*bl + 1<<15) >> 16
		return byte((y + 0xffff - a) >> 8)
	}
	switch im := img.(type) {
	case *image.NRGBA:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := im.Pix[im.PixOffset(b.Min.X, y):im.PixOffset(b.Max.X, y)]
			for i := 0; i < len(row); i += 4 {
				a := uint32(row[i+3]) * 0x101
				out = append(out, grey(uint32(row[i])*a/0xff, uint32(row[i+1])*a/0xff, uint32(row[i+2])*a/0xff, a))
			}
		}
	case *image.Gray:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			out = append(out, im.Pix[im.PixOffset(b.Min.X, y):im.PixOffset(b.Max.X, y)]...)
		}
	default:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				out = append(out, grey(img.At(x, y).RGBA()))
			}
		}
	}
	return out
}
