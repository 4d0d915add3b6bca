package qr

import (
	"image"
	"image/color"
	"image/draw"
	"math/rand"
	"testing"

	qrcode "github.com/skip2/go-qrcode"
)

// TestFind: a QR code in a picture is found as a phone would find it, wherever it is and at any
// size a phone reads, on white, on transparency and in a palette; a picture without one
// holds none.
func TestFind(t *testing.T) {
	const url = "https://old-site.example.net/donate"
	for _, tt := range []struct {
		name      string
		w, h      int
		code      image.Rectangle // where the code is drawn; empty: none
		bg        color.Color
		paletted  bool
		wantFound bool
	}{
		{"no code", 600, 300, image.Rectangle{}, color.White, false, false},
		{"no code, transparent", 600, 300, image.Rectangle{}, color.Transparent, false, false},
		{"beside the name", 600, 300, image.Rect(420, 40, 620, 240), color.White, false, true},
		{"small in a banner", 2000, 500, image.Rect(1800, 300, 1900, 400), color.White, false, true},
		{"on transparency", 600, 300, image.Rect(20, 20, 260, 260), color.Transparent, false, true},
		{"in a palette", 330, 330, image.Rect(0, 0, 330, 330), color.White, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			img := image.NewNRGBA(image.Rect(0, 0, tt.w, tt.h))
			draw.Draw(img, img.Bounds(), &image.Uniform{tt.bg}, image.Point{}, draw.Src)
			r := rand.New(rand.NewSource(1)) // the logo's own shapes: blocks of colour
			for range 30 {
				x, y, s := r.Intn(tt.w), r.Intn(tt.h), 5+r.Intn(50)
				if block := image.Rect(x, y, x+s, y+s/2); !block.Overlaps(tt.code) {
					draw.Draw(img, block, &image.Uniform{color.NRGBA{uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(r.Intn(256)), 255}}, image.Point{}, draw.Src)
				}
			}
			if !tt.code.Empty() {
				q, err := qrcode.New(url, qrcode.Medium)
				if err != nil {
					t.Fatal(err)
				}
				code := q.Image(tt.code.Dx())
				for y := range tt.code.Dy() { // its dark modules alone, on the logo's ground
					for x := range tt.code.Dx() {
						if r, _, _, _ := code.At(code.Bounds().Min.X+x, code.Bounds().Min.Y+y).RGBA(); r < 0x8000 {
							img.Set(tt.code.Min.X+x, tt.code.Min.Y+y, color.Black)
						}
					}
				}
			}
			var pic image.Image = img
			if tt.paletted {
				p := image.NewPaletted(img.Bounds(), []color.Color{color.White, color.Black, color.NRGBA{200, 30, 30, 255}})
				draw.Draw(p, p.Bounds(), img, image.Point{}, draw.Src)
				pic = p
			}
			text, found := Find(pic)
			if found != tt.wantFound || found && text != url {
				t.Errorf("found %v %q, want %v", found, text, tt.wantFound)
			}
		})
	}
}
