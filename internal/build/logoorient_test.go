package build

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"slices"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/layout"
)

// A logo prints as every viewer and browser shows it: turned, or mirrored, as the EXIF
// Orientation a JPEG or a PNG carries says, in either byte order. Each stores the same
// 80x40 pixels, a colour in each quarter, and the handout, rendered, shows the quarters where
// a viewer would, in a box of the shape it shows; the too-few-pixels warning names that shape.
func TestLogoPrintsAsItsEXIFOrientationShows(t *testing.T) {
	r, g, b, k := color.RGBA{220, 0, 0, 255}, color.RGBA{0, 200, 0, 255}, color.RGBA{0, 0, 220, 255}, color.RGBA{0, 0, 0, 255}
	stored := image.NewRGBA(image.Rect(0, 0, 80, 40)) // red, green over blue, black
	for y := range 40 {
		for x := range 80 {
			stored.Set(x, y, [][]color.RGBA{{r, b}, {g, k}}[x/40][y/20])
		}
	}
	le, be := binary.AppendByteOrder(binary.LittleEndian), binary.AppendByteOrder(binary.BigEndian)
	for _, tt := range []struct {
		orientation int // 0 for no EXIF
		order       binary.AppendByteOrder
		format      string
		shown       [4]color.RGBA // top left, top right, bottom left, bottom right
	}{
		{0, le, "jpeg", [4]color.RGBA{r, g, b, k}},
		{1, le, "jpeg", [4]color.RGBA{r, g, b, k}},
		{2, be, "jpeg", [4]color.RGBA{g, r, k, b}}, // mirrored across
		{3, le, "jpeg", [4]color.RGBA{k, b, g, r}}, // half a turn
		{4, be, "jpeg", [4]color.RGBA{b, k, r, g}}, // mirrored up and down
		{5, le, "jpeg", [4]color.RGBA{r, b, g, k}}, // mirrored across its diagonal
		{6, be, "jpeg", [4]color.RGBA{b, r, k, g}}, // a quarter clockwise, as a phone held upright stores it
		{6, le, "jpeg", [4]color.RGBA{b, r, k, g}},
		{7, be, "jpeg", [4]color.RGBA{k, g, b, r}}, // mirrored across its other diagonal
		{8, le, "jpeg", [4]color.RGBA{g, k, r, b}}, // a quarter anticlockwise
		{8, be, "png", [4]color.RGBA{g, k, r, b}},
	} {
		t.Run(fmt.Sprintf("%s %d", tt.format, tt.orientation), func(t *testing.T) {
			name := "logo.jpg"
			if tt.format == "png" {
				name = "logo.png"
			}
			files := map[string]string{
				"settings.yaml": withSettings(t, `  logo: ""`, "  logo: "+name),
				name:            string(withOrientation(t, stored, tt.format, tt.orientation, tt.order)),
			}
			w, h := 80, 40
			if tt.orientation >= 5 {
				w, h = 40, 80
			}
			ct, err := content.Load(contentWith(t, nil, files), "content", content.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			if warned, want := fmt.Sprint(ct.Warnings), fmt.Sprintf("%s is %dx%d pixels", name, w, h); !strings.Contains(warned, want) {
				t.Errorf("warnings %s, want one saying %q", warned, want)
			}
			for _, res := range runFiles(t, files, Options{Kinds: []string{"handout"}, Langs: []string{"en"}}) {
				if res.doc.Name != "handout-en-letter" {
					continue
				}
				var logo layout.Image
				for _, it := range res.doc.Pages[0].Items {
					if img, ok := it.(layout.Image); ok && img.Name == "logo" {
						logo = img
					}
				}
				if (logo.W > logo.H) != (w > h) {
					t.Errorf("the logo prints %.0f by %.0f pt; it shows %d by %d pixels", logo.W, logo.H, w, h)
				}
				page := render(t, open(t, res.Path), 0)
				for i, want := range tt.shown {
					x, y := logo.X+logo.W*float64(1+2*(i%2))/4, logo.Y+logo.H*float64(1+2*(i/2))/4
					if got := nearest(page.At(int(x*dpi/72), int(y*dpi/72)), r, g, b, k); got != want {
						t.Errorf("quarter %d of the printed logo is %v, want %v", i+1, got, want)
					}
				}
			}
		})
	}
}

// A long banner stored on its side is scaled to the box it fills once turned, keeping the
// pixels the largest poster prints.
func TestTurnedLogoKeepsItsPixels(t *testing.T) {
	files := map[string]string{
		"settings.yaml": withSettings(t, `  logo: ""`, "  logo: logo.jpg"),
		"logo.jpg":      string(withOrientation(t, image.NewGray(image.Rect(0, 0, 600, 4000)), "jpeg", 6, binary.BigEndian)),
	}
	ct, err := content.Load(contentWith(t, nil, files), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if ct.Logo.W != 4000 || ct.Logo.H != 600 {
		t.Errorf("a 600x4000 logo turned a quarter was kept at %dx%d; it shows 4000x600", ct.Logo.W, ct.Logo.H)
	}
}

// nearest is the one of cs nearest c.
func nearest(c color.Color, cs ...color.RGBA) color.RGBA {
	r, g, b, _ := c.RGBA()
	best, dist := cs[0], -1
	for _, o := range cs {
		dr, dg, db := int(r>>8)-int(o.R), int(g>>8)-int(o.G), int(b>>8)-int(o.B)
		if d := dr*dr + dg*dg + db*db; dist < 0 || d < dist {
			best, dist = o, d
		}
	}
	return best
}

// withOrientation is img encoded as a JPEG or a PNG carrying EXIF Orientation o (none when o is
// 0) in order's bytes, where cameras and exporters put it: a JPEG's first segment, a PNG's
// chunk after its header.
func withOrientation(t *testing.T, img image.Image, format string, o int, order binary.AppendByteOrder) []byte {
	t.Helper()
	tiff := []byte("II*\x00")
	if order == binary.BigEndian {
		tiff = []byte("MM\x00*")
	}
	tiff = order.AppendUint32(tiff, 8)                                // the first IFD
	tiff = order.AppendUint16(tiff, 1)                                // of one entry:
	tiff = order.AppendUint16(order.AppendUint16(tiff, 0x0112), 3)    // Orientation, a SHORT,
	tiff = order.AppendUint16(order.AppendUint32(tiff, 1), uint16(o)) // one of them
	tiff = append(order.AppendUint16(tiff, 0), 0, 0, 0, 0)            // then no next IFD
	var buf bytes.Buffer
	var err error
	if format == "png" {
		err = png.Encode(&buf, img)
	} else {
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 95})
	}
	if err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	switch {
	case o == 0:
		return data
	case format == "png":
		chunk := append(binary.BigEndian.AppendUint32(nil, uint32(len(tiff))), "eXIf"...)
		chunk = append(chunk, tiff...)
		chunk = binary.BigEndian.AppendUint32(chunk, crc32.ChecksumIEEE(chunk[4:]))
		return slices.Concat(data[:33], chunk, data[33:]) // after the signature and IHDR
	default:
		seg := append([]byte("Exif\x00\x00"), tiff...)
		app1 := binary.BigEndian.AppendUint16([]byte{0xFF, 0xE1}, uint16(2+len(seg)))
		return slices.Concat(data[:2], app1, seg, data[2:]) // after SOI
	}
}
