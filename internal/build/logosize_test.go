package build

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/readback"
	"haven/internal/typeface"
)

// Every output holds a tall, a square and a wide logo at both ends of logo_size (each made and
// read back by Run), and the logo prints larger by the size asked for where it is not held
// to its box's width.
func TestLogoSizesFitEveryOutput(t *testing.T) {
	for _, shape := range []image.Point{{100, 300}, {200, 200}, {900, 100}} {
		heights := map[int]float64{}
		for _, size := range []int{content.MinLogoSize, 100, content.MaxLogoSize} {
			t.Run(fmt.Sprintf("%dx%d at %d%%", shape.X, shape.Y, size), func(t *testing.T) {
				settings, _ := fs.ReadFile(defaultcontent.FS, "settings.yaml")
				s := strings.Replace(string(settings), `  logo: ""`, fmt.Sprintf("  logo: img/logo.png\n  logo_size: %d%%", size), 1)
				res := runFiles(t, map[string]string{"settings.yaml": s, "img/logo.png": string(logoPNG(t, shape))}, Options{Kinds: kinds.PrintedNames(), Langs: []string{"en"}})
				for _, r := range res {
					if r.doc == nil || r.doc.Name != "handout-en-letter" {
						continue
					}
					for _, it := range r.doc.Pages[0].Items {
						if img, ok := it.(layout.Image); ok {
							heights[size] = img.H
						}
					}
				}
			})
		}
		if shape.X <= shape.Y*2 { // a banner meets its width first
			if h, h100 := heights[content.MaxLogoSize], heights[100]; h < h100*1.49 || h > h100*1.51 {
				t.Errorf("%v: the logo prints %.1f pt tall at %d%%, %.1f pt at 100%%", shape, h, content.MaxLogoSize, h100)
			}
		}
	}
}

func logoPNG(t *testing.T, size image.Point) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, size.X, size.Y))
	for i := range img.Pix {
		img.Pix[i] = 0x80
	}
	img.Set(0, 0, color.Black)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// runFiles builds from the default content with files replaced or added, in the built-in fonts,
// into a fresh folder.
func runFiles(t *testing.T, files map[string]string, o Options) []Result {
	t.Helper()
	ct, err := content.Load(contentWith(t, nil, files), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if o.Families, err = typeface.Defaults(); err != nil {
		t.Fatal(err)
	}
	o.Content, o.Out, o.Created = ct, t.TempDir(), epoch
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// The poster's logo stands under the organisation's name, printed right above it: it is an
// artifact, not a figure whose alternative text a screen reader would read as the name again.
func TestPosterLogoIsNoSecondName(t *testing.T) {
	settings, _ := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	s := strings.Replace(string(settings), `  logo: ""`, "  logo: logo.png", 1)
	res := runFiles(t, map[string]string{"settings.yaml": s, "logo.png": string(logoPNG(t, image.Point{200, 200}))}, Options{Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	for _, r := range res {
		raw, err := os.ReadFile(r.Path)
		if err != nil {
			t.Fatal(err)
		}
		var figures []string
		treeOf(t, raw).Root.Walk(func(e *readback.Elem) {
			if e.Role == "Figure" {
				figures = append(figures, e.Alt)
			}
		})
		if slices.Contains(figures, "The Mission Haven") {
			t.Errorf("%s: the logo is a figure named %q, after the name printed above it: %q", r.Path, "The Mission Haven", figures)
		}
	}
}
