package content_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/typeface"
)

// TestLogoResolution lays out every document of every kind with a tall, a square and a wide
// logo and checks that the logo, as resampled at loading, still has 300 pixels per inch at
// the largest size any of them prints it: the resampling loses nothing a printer would show.
func TestLogoResolution(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	m := typeface.NewMeasurer(fams[0])
	for _, size := range []image.Point{{400, 4000}, {4000, 4000}, {4000, 200}} {
		ct := loadWithLogo(t, size)
		lw, lh := ct.Logo.W, ct.Logo.H
		if size.Y > 1000 && lh > 1000 {
			t.Errorf("a %v logo was kept at %dx%d; 600 pixels is as tall as any output needs", size, lw, lh)
		}
		if cfg, err := png.DecodeConfig(bytes.NewReader(ct.Logo.PNG)); err != nil || cfg.Width != lw || cfg.Height != lh {
			t.Fatalf("the PNG is %dx%d (%v), the logo says %dx%d", cfg.Width, cfg.Height, err, lw, lh)
		}
		for _, k := range kinds.All() {
			if k.Papers == nil { // the resource page is not laid out
				continue
			}
			for _, d := range k.AllDocs() {
				doc, err := d.Layout(layout.Input{Settings: ct.Settings, Logo: ct.Logo, Lang: &ct.Languages[0], M: m})
				if err != nil {
					t.Fatalf("%s: %v", d.What, err)
				}
				for _, p := range doc.Pages {
					for _, it := range p.Items {
						img, ok := it.(layout.Image)
						if !ok {
							continue
						}
						if lw == size.X && lh == size.Y {
							continue // kept as it was: nothing was lost
						}
						if dpi := float64(lw) / (img.W / layout.Inch); dpi < 299 {
							t.Errorf("%v logo on the %s: %.0f pixels per inch across (printed %.2f in wide from %d pixels)", size, d.What, dpi, img.W/layout.Inch, lw)
						}
						if dpi := float64(lh) / (img.H / layout.Inch); dpi < 299 {
							t.Errorf("%v logo on the %s: %.0f pixels per inch down", size, d.What, dpi)
						}
					}
				}
			}
		}
	}
}

// loadWithLogo loads the built-in content with a logo of size pixels, 16 bits per channel.
func loadWithLogo(t *testing.T, size image.Point) *content.Content {
	t.Helper()
	img := image.NewRGBA64(image.Rect(0, 0, size.X, size.Y))
	for y := 0; y < size.Y; y += 7 {
		for x := 0; x < size.X; x++ {
			img.SetRGBA64(x, y, color.RGBA64{uint16(x * 16), 0, 0xffff, 0xffff})
		}
	}
	return loadWithLogoImage(t, img)
}

// loadWithLogoImage loads the built-in content with img as its logo, a PNG.
func loadWithLogoImage(t *testing.T, img image.Image) *content.Content {
	t.Helper()
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	m := fstest.MapFS{"logo.png": {Data: buf.Bytes()}}
	for _, p := range []string{"settings.yaml", "en/faq.md", "en/text.yaml"} {
		b, err := defaultcontent.FS.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if p == "settings.yaml" {
			b = bytes.Replace(b, []byte(`logo: ""`), []byte("logo: logo.png"), 1)
		}
		m[p] = &fstest.MapFile{Data: b}
	}
	ct, err := content.Load(m, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return ct
}

// A logo whose shape prints it too thin to read on the handout, even at the most of the title
// band's width or height, is warned about, naming its shape and the size it prints; so is one
// with too few pixels to print sharp on the handout (a small web image).
func TestLogoTooThinWarns(t *testing.T) {
	for _, tt := range []struct {
		size image.Point
		warn string
	}{
		{image.Point{3000, 100}, `organisation.logo: is 30 times as wide as tall: too wide and thin to read, it prints only 0.10 in tall on the handout (export a version at most 20 times as wide as tall, cropped close around it: stacked, or the symbol alone; or set logo_size: 150)`},
		{image.Point{100, 1000}, `organisation.logo: is 10 times as tall as wide: too tall and narrow to read, it prints only 0.12 in wide on the handout (export a version at most 8 times as tall as wide, cropped close around it: stacked, or the symbol alone; or set logo_size: 125)`},
		// a line, not a wordmark: no logo_size makes it readable
		{image.Point{4000, 2}, `organisation.logo: is 2000 times as wide as tall: too wide and thin to read, it prints under 0.01 in tall on the handout (export a version at most 20 times as wide as tall, cropped close around it: stacked, or the symbol alone)`},
		{image.Point{3100, 100}, `31 times as wide as tall: too wide and thin to read, it prints only 0.10 in tall on the handout (export a version at most 20 times as wide as tall, cropped close around it: stacked, or the symbol alone)`},
		{image.Point{2000, 100}, ""}, // 3 in wide, 0.15 in tall
		{image.Point{100, 300}, ""},
		{image.Point{400, 400}, ""},
		{image.Point{120, 120}, ""}, // 0.6 in square: 200 pixels per inch
		{image.Point{80, 80}, `organisation.logo: logo.png is 80x80 pixels: the handout prints it at about 133 pixels per inch, and the posters at fewer, so it prints blurred or blocky (export it larger: at least 180 pixels wide for the handout, 600 for the posters)`},
		{image.Point{48, 12}, `logo.png is 48x12 pixels: the handout prints it at about 40 pixels per inch`},
		{image.Point{1, 1}, `logo.png is 1x1 pixels`},
	} {
		ct := loadWithLogo(t, tt.size)
		var got []string
		for _, w := range ct.Warnings {
			if w.Field == "organisation.logo" {
				got = append(got, w.Error())
			}
		}
		if all := strings.Join(got, "\n"); tt.warn == "" && all != "" || !strings.Contains(all, tt.warn) {
			t.Errorf("%v: warnings %q, want %q", tt.size, all, tt.warn)
		}
	}
}

// A logo with nothing dark enough to print on white (transparent, white, or nearly) is warned
// about, naming the file and saying where it would show blank; any ink, however light a
// colour or faint its edge, is a logo that prints.
func TestBlankLogoWarns(t *testing.T) {
	const warn = `content/settings.yaml:11: organisation.logo: logo.png is all white or transparent: every output prints the logo on white, so it would show as an empty white box in the handout's title band and as nothing on the posters (use the version of the logo made for light backgrounds, dark on white or on transparent)`
	for _, tt := range []struct {
		name   string
		ground color.Color // the whole logo
		mark   color.Color // a band across its middle, if any
		warn   bool
	}{
		{"transparent", color.Transparent, nil, true},
		{"white", color.White, nil, true},
		{"near-white", color.Gray{0xF4}, nil, true},
		{"white on transparent", color.Transparent, color.White, true},
		{"faint grey on transparent", color.Transparent, color.NRGBA{0, 0, 0, 0x0C}, true},
		{"black on transparent", color.Transparent, color.Black, false},
		{"light yellow on white", color.White, color.NRGBA{0xFF, 0xF5, 0x99, 0xFF}, false},
		{"light grey", color.Gray{0xE0}, nil, false},
		{"white on navy", color.NRGBA{0x1B, 0x2A, 0x4E, 0xFF}, color.White, false},
		{"half-transparent black", color.Transparent, color.NRGBA{0, 0, 0, 0x40}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range loadWithLogoImage(t, banded(tt.ground, tt.mark)).Warnings {
				got = append(got, w.Error())
			}
			if warned := slices.Contains(got, warn); warned != tt.warn {
				t.Errorf("warnings %q; want the blank logo's: %v", got, tt.warn)
			}
		})
	}
}

// A pale logo (light yellow on transparent, pale grey on white) prints nearly invisible on the
// white it is printed on: warned about, naming its darkest marks and their contrast, when what
// it draws, by area, stays under the 3:1 a graphic needs; a pale fill that dark lettering or an
// outline stands out from, or a dark logo with pale edges, is not.
func TestPaleLogoWarns(t *testing.T) {
	yellow, grey := color.NRGBA{0xFF, 0xF5, 0x9D, 0xFF}, color.Gray{0xE0}
	for _, tt := range []struct {
		name         string
		ground, mark color.Color // the whole logo, and a band across its middle (nil: none)
		warn         string
	}{
		{"light yellow on transparent", color.Transparent, yellow, `content/settings.yaml:11: organisation.logo: logo.png is pale: every output prints the logo on white, and its marks, at their darkest (#FFF59D), measure 1.1:1 on it, under the 3:1 a graphic needs to be seen, so it prints nearly invisible (use the version of the logo made for light backgrounds, in a darker colour)`},
		{"pale grey on white", color.White, grey, `logo.png is pale: every output prints the logo on white, and its marks, at their darkest (#E0E0E0), measure 1.3:1 on it`},
		{"pale grey all over", grey, nil, `(#E0E0E0), measure 1.3:1`},
		{"quarter-transparent black", color.Transparent, color.NRGBA{0, 0, 0, 0x40}, `(#BFBFBF), measure 1.8:1`},
		{"black on transparent", color.Transparent, color.Black, ""},
		{"teal on white", color.White, color.NRGBA{0x0F, 0x4C, 0x5C, 0xFF}, ""},
		{"mid grey, just over 3:1", color.Transparent, color.Gray{0x94}, ""},
		{"dark lettering on a pale fill", yellow, color.Black, ""},
		{"white on navy", color.NRGBA{0x1B, 0x2A, 0x4E, 0xFF}, color.White, ""},
		{"white on transparent", color.Transparent, color.White, ""}, // blank: the blank logo's warning alone
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range loadWithLogoImage(t, banded(tt.ground, tt.mark)).Warnings {
				if strings.Contains(w.Error(), " is pale") {
					got = append(got, w.Error())
				}
			}
			if all := strings.Join(got, "\n"); tt.warn == "" && all != "" || !strings.Contains(all, tt.warn) {
				t.Errorf("warnings %q, want %q", all, tt.warn)
			}
		})
	}
}

// banded is a 300 x 100 logo of ground, with a band of mark across its middle (nil: none).
func banded(ground, mark color.Color) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 300, 100))
	for y := range 100 {
		for x := range 300 {
			img.Set(x, y, ground)
			if mark != nil && y >= 40 && y < 60 {
				img.Set(x, y, mark)
			}
		}
	}
	return img
}
