package content

import (
	"haven/internal/ahead"
	"haven/internal/colour"
	"haven/internal/diag"
	"haven/internal/input"
	"haven/internal/qr"
	"slices"

	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"math"
	"path"
	"strconv"
	"strings"

	_ "image/jpeg" // logos may be JPEG

	"golang.org/x/image/draw"
)

// maxLogoSide refuses a decompression bomb before it is decoded.
const maxLogoSide = 8192

// maxLogoPixels bounds what decoding takes (4 bytes a pixel): a phone's 12-megapixel photo of
// the logo (4032 x 3024) loads, and is scaled down at once.
const maxLogoPixels = 1 << 24

// The largest a logo is printed, in inches: under the organisation on a 24x36 poster, where
// it is 1.84 in tall at most (times logo_size), and 14 in wide when it is a wide banner. TestLogoResolution
// holds every layout to these.
const (
	maxPrintW = 15
	maxPrintH = 2
	printDPI  = 300
)

// Logo is the organisation's mark, decoded once, scaled down to what the largest output
// prints at 300 dpi, and stored as 8-bit PNG, so any PNG or JPEG prints the same and a huge
// logo costs one decode instead of one per document.
type Logo struct {
	PNG   []byte
	W, H  int     // pixels as shown (turned by its EXIF orientation), for the aspect ratio
	Scale float64 // logo_size: how much larger (or smaller) than the layouts' own size it prints
	blank bool    // no pixel dark enough to print on white
	// ink is what the logo's marks print as on white, at their darkest (markInk): pale,
	// under colour.MinGraphic, it prints nearly invisible
	ink      colour.RGB
	contrast float64
}

// Logo sizes the layouts hold, in percent of their own size.
const (
	MinLogoSize = 50
	MaxLogoSize = 150
)

// Size is how many times the layouts' own size the logo prints.
func (l *Logo) Size() float64 {
	if l.Scale == 0 {
		return 1
	}
	return l.Scale
}

// The handout's logo, in inches at its 12 pt body (large print scales them, as does
// logo_size): it takes the area of a square LogoSide on a side, whatever its shape, so a
// stacked logo stands tall in the title band and a wordmark runs wide, within LogoMaxW by
// LogoMaxH (and the band's height). Lettering under LogoLegible tall or wide does not read.
const (
	LogoSide    = 0.6
	LogoMaxW    = 3
	LogoMaxH    = 1.2
	LogoLegible = 0.15
)

// Fit is the logo's printed width and height with the area of a square side on a side, or
// larger to make its shorter side least, its proportions kept, within maxW by maxH (the units
// the arguments are in).
func (l *Logo) Fit(side, least, maxW, maxH float64) (w, h float64) {
	r := float64(l.W) / float64(l.H)
	w, h = side*math.Sqrt(r), side/math.Sqrt(r)
	if grow := least / min(w, h); grow > 1 {
		w, h = w*grow, h*grow
	}
	if h > maxH {
		w, h = maxH*r, maxH
	}
	if w > maxW {
		w, h = maxW, maxW/r
	}
	return w, h
}

// tooSmall warns when the logo's shape prints it too thin to read on the handout, at its
// largest (a title band tall enough to hold it).
func (l *Logo) tooSmall(file string, line int) []diag.Problem {
	s := l.Size()
	w, h := l.Fit(LogoSide*s, LogoLegible*s, LogoMaxW*s, LogoMaxH*s)
	if min(w, h) >= LogoLegible-1e-9 {
		return nil
	}
	// a wide logo is held to the band's width, a tall one to its height: what the shape may be
	// to print LogoLegible across, and the logo_size that would print this one so
	ratio, long, across, shape, bound := w/h, "wide", "tall", "too wide and thin", float64(LogoMaxW)
	if w < h {
		ratio, long, across, shape, bound = h/w, "tall", "wide", "too tall and narrow", LogoMaxH
	}
	printed := fmt.Sprintf("only %.2f in", min(w, h))
	if min(w, h) < 0.005 {
		printed = "under 0.01 in"
	}
	hint := fmt.Sprintf("export a version at most %.0f times as %s as %s, cropped close around it: stacked, or the symbol alone", bound*s/LogoLegible, long, across)
	if need := math.Ceil(ratio * LogoLegible / bound * 100); need <= MaxLogoSize {
		hint += fmt.Sprintf("; or set logo_size: %.0f", need)
	}
	return []diag.Problem{{File: file, Line: line, Field: "organisation.logo",
		Msg:  fmt.Sprintf("is %.0f times as %s as %s: %s to read, it prints %s %s on the handout", ratio, long, across, shape, printed, across),
		Hint: hint}}
}

// sharpPPI is the fewest pixels per inch a logo prints sharp at on a handout read in the hand;
// fewer print blurred or blocky.
const sharpPPI = 150

// blurred warns when the logo, name, has too few pixels for the handout, where it is read
// closest: a small web image prints blurred or blocky on every copy.
func (l *Logo) blurred(file string, line int, name string) []diag.Problem {
	s := l.Size()
	w, _ := l.Fit(LogoSide*s, LogoLegible*s, LogoMaxW*s, LogoMaxH*s)
	ppi := float64(l.W) / w
	if ppi >= sharpPPI {
		return nil
	}
	r := float64(l.W) / float64(l.H)
	poster := int(math.Ceil(min(maxPrintW, maxPrintH*s*r) * printDPI)) // pixels across the largest poster prints at 300 dpi
	return []diag.Problem{{File: file, Line: line, Field: "organisation.logo",
		Msg:  fmt.Sprintf("%s is %dx%d pixels: the handout prints it at about %.0f pixels per inch, and the posters at fewer, so it prints blurred or blocky", name, l.W, l.H, ppi),
		Hint: fmt.Sprintf("export it larger: at least %d pixels wide for the handout, %d for the posters", int(math.Ceil(w*300)), poster)}}
}

// paperWhite is the lightest a pixel may be, over white, and still print: lighter, it is at
// most a faint tint on white paper.
const paperWhite = 0xF0F0

// isBlank is whether every pixel of img, laid over white, is lighter than paperWhite in every
// channel, as with a white logo made for dark backgrounds or an empty one.
func isBlank(img image.Image) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA() // premultiplied: over white, a channel is c+(1-a)
			if min(r, g, bl)+0xFFFF-a < paperWhite {
				return false
			}
		}
	}
	return true
}

// invisible warns when the logo, name, has nothing on it dark enough to print: every output
// prints it on a white plate (which in the handout's title band stands on its colour), so it
// would print as an empty white box there and as nothing on the posters.
func (l *Logo) invisible(file string, line int, name string) []diag.Problem {
	if !l.blank {
		return nil
	}
	return []diag.Problem{{File: file, Line: line, Field: "organisation.logo",
		Msg:  fmt.Sprintf("%s is all white or transparent: every output prints the logo on white, so it would show as an empty white box in the handout's title band and as nothing on the posters", name),
		Hint: "use the version of the logo made for light backgrounds, dark on white or on transparent"}}
}

// darkest is the share of a logo's marks, by area, that must stand out from the white it
// prints on for it to be seen: a pale fill with a dark outline or lettering is seen by them,
// a logo with nothing darker than its edges' anti-aliasing is not.
const darkest = 0.05

// markInk is what img's marks print as on white (a mark: a pixel, laid over white, darker
// than paperWhite, as isBlank has them; a half-transparent one as paler) at their darkest:
// the colour that the darkest of them, darkest by area, reach, and its contrast with white;
// 21 for a logo with no marks, which invisible warns of.
func markInk(img image.Image) (colour.RGB, float64) {
	const steps = 200 // of a tenth, from 1:1 to 21:1
	var area [steps + 1]int
	var ink [steps + 1]colour.RGB
	marks := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA() // premultiplied: over white, a channel is c+(1-a)
			r, g, bl = r+0xFFFF-a, g+0xFFFF-a, bl+0xFFFF-a
			if min(r, g, bl) >= paperWhite {
				continue
			}
			c := colour.RGB{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(bl >> 8)}
			i := int((colour.Contrast(c, colour.White) - 1) * 10)
			area[i]++
			ink[i] = c
			marks++
		}
	}
	seen := 0
	for i := steps; i >= 0; i-- {
		if seen += area[i]; marks > 0 && float64(seen) >= darkest*float64(marks) {
			return ink[i], colour.Contrast(ink[i], colour.White)
		}
	}
	return colour.RGB{}, 21
}

// pale warns when the logo, name, is pale: its marks, at their darkest, stand out from the
// white it prints on by less than a graphic needs to be seen (light yellow on transparent,
// pale grey on white), so every output prints it nearly invisible.
func (l *Logo) pale(file string, line int, name string) []diag.Problem {
	if l.blank || l.contrast >= colour.MinGraphic {
		return nil
	}
	return []diag.Problem{{File: file, Line: line, Field: "organisation.logo",
		Msg:  fmt.Sprintf("%s is pale: every output prints the logo on white, and its marks, at their darkest (%s), measure %.1f:1 on it, under the %.0f:1 a graphic needs to be seen, so it prints nearly invisible", name, l.ink, l.contrast, colour.MinGraphic),
		Hint: "use the version of the logo made for light backgrounds, in a darker colour"}}
}

// ParseLogoSize reads logo_size, a percentage such as 120 or 120% (empty is 100); msg says
// what is wrong, or is empty.
func ParseLogoSize(s string) (scale float64, msg string) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if t == "" {
		return 1, ""
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < MinLogoSize || n > MaxLogoSize {
		return 1, fmt.Sprintf("%q should be a size in percent from %d to %d (100 is the usual size)", s, MinLogoSize, MaxLogoSize)
	}
	return float64(n) / 100, ""
}

// logoFolder says so where the logo named is a folder of the content ("logo: img"), with an
// image in it to name instead; "" where it is none.
func logoFolder(fsys fs.FS, name string) (msg, hint string) {
	dir := path.Clean(strings.ReplaceAll(name, `\`, "/"))
	entries, err := fs.ReadDir(fsys, dir)
	if !fs.ValidPath(dir) || err != nil {
		return "", ""
	}
	hint = "put the logo, a PNG or JPEG file, in it and write its name: logo: " + path.Join(dir, "logo.png")
	if i := slices.IndexFunc(entries, func(e fs.DirEntry) bool { return !e.IsDir() && logoRE().MatchString(e.Name()) }); i >= 0 {
		hint = "write the name of the image in it: logo: " + path.Join(dir, entries[i].Name())
	}
	return fmt.Sprintf("%q is a folder, not an image file", name), hint
}

// loadLogo reads and checks the logo named in settings.yaml.
func loadLogo(fsys fs.FS, file, name string, line int, scale float64) (*Logo, *diag.Problem) {
	bad := func(msg, hint string) (*Logo, *diag.Problem) {
		return nil, &diag.Problem{File: file, Line: line, Field: "organisation.logo", Msg: msg, Hint: hint}
	}
	data, err := input.ReadFile(fsys, name, input.LogoLimit)
	var tl *input.TooLargeError
	switch {
	case errors.As(err, &tl):
		size, limit := input.Over(tl.Size, tl.Limit)
		return bad(fmt.Sprintf("%s is %s; logos are limited to %s", name, size, limit), "export a smaller PNG, about 600 pixels wide")
	case err != nil:
		hint := "put the file in the content folder, next to settings.yaml"
		if other := sameButCase(fsys, name); other != "" {
			hint = fmt.Sprintf("the folder has %s: write logo: %s, its capitals as the file has them", other, other)
		}
		return bad(name+" "+input.Describe(err), readHint(err, hint))
	}
	if len(data) == 0 { // said as an empty font is
		return bad(fmt.Sprintf("%s is empty (0 bytes): its export, download or copy did not finish", name), "export the logo again as PNG, or copy it again")
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		switch kind := imageKind(data); kind {
		case "":
			return bad(fmt.Sprintf("%s is not a PNG or JPEG image", name), "export it again as PNG")
		case "PNG", "JPEG": // one Go's decoders do not read: a JPEG's rare subsampling, a damaged header
			return bad(fmt.Sprintf("%s is a %s image haven cannot read: %v", name, kind, err), "export it again as PNG")
		case "web page":
			return bad(fmt.Sprintf("%s is a web page (HTML), not an image: a link saved in place of its picture", name), "open the page, save the image itself (or export it) as PNG")
		default:
			return bad(fmt.Sprintf("%s is %s %s image; logos print from PNG or JPEG", name, article(kind), kind), "export it again as PNG")
		}
	}
	if cfg.Width > maxLogoSide || cfg.Height > maxLogoSide || cfg.Width*cfg.Height > maxLogoPixels || cfg.Width < 1 || cfg.Height < 1 {
		return bad(fmt.Sprintf("%s is %dx%d pixels; at most %d on a side and 16 million in all", name, cfg.Width, cfg.Height, maxLogoSide), "export a smaller PNG, about 600 pixels wide")
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err == nil && format == "jpeg" { // a progressive JPEG cut short decodes, blurred
		err = jpegWhole(data)
	}
	if err != nil {
		return bad(fmt.Sprintf("%s: the %s image is damaged: %v", name, format, err), "export it again as PNG")
	}
	// scaled first, in the box its stored pixels fill once turned, so a large photo is turned small
	o := orientation(data, format)
	boxW, boxH := float64(maxPrintW*printDPI), maxPrintH*scale*printDPI
	if o >= 5 {
		boxW, boxH = boxH, boxW
	}
	img = orient(fit(img, boxW, boxH), o)
	// a QR code in the logo (an old flyer's) would print as a second code beside haven's,
	// opening a page nothing here checks: the wrong one, or in a discreet kit a telling one;
	// looked for on another core as the logo is stored
	code := ahead.Go(func() (string, error) { text, _ := qr.Find(img); return text, nil })
	var buf bytes.Buffer
	err = png.Encode(&buf, img)
	if text, _ := code(); text != "" {
		return bad(fmt.Sprintf("%s holds a QR code, which opens %s: printed, it would be a second code beside the one haven checks, and a reader may scan it instead", name, diag.Quote(text)),
			"crop the QR code out of the logo: haven prints the code that opens resource_url on every output")
	}
	if err != nil {
		return bad(fmt.Sprintf("%s cannot be converted: %v", name, err), "")
	}
	b := img.Bounds()
	ink, contrast := markInk(img)
	return &Logo{PNG: buf.Bytes(), W: b.Dx(), H: b.Dy(), Scale: scale, blank: isBlank(img), ink: ink, contrast: contrast}, nil
}

// imageKind names the kind of image data is by its first bytes, or "" for none haven knows:
// what to say of a logo that is no PNG or JPEG haven reads.
func imageKind(data []byte) string {
	for _, k := range []struct{ kind, magic string }{
		{"PNG", "\x89PNG\r\n\x1a\n"}, {"JPEG", "\xff\xd8\xff"}, {"GIF", "GIF8"}, {"BMP", "BM"},
		{"TIFF", "II*\x00"}, {"TIFF", "MM\x00*"}, {"PDF", "%PDF"},
	} {
		if bytes.HasPrefix(data, []byte(k.magic)) {
			return k.kind
		}
	}
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	switch {
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return "WebP"
	case len(data) >= 12 && string(data[4:8]) == "ftyp": // HEIF: its brands say AVIF or HEIC
		if bytes.Contains(data[8:min(len(data), 64)], []byte("avi")) {
			return "AVIF"
		}
		return "HEIC"
	case bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")):
		return "web page"
	case bytes.Contains(head, []byte("<svg")):
		return "SVG"
	}
	return ""
}

// article is "a" or "an" before the name of a kind imageKind gives, as it is said: "an SVG".
func article(kind string) string {
	if kind == "SVG" || kind == "AVIF" {
		return "an"
	}
	return "a"
}

// jpegWhole says what is missing from a JPEG that image/jpeg decodes without an error, blurred
// or cut: the end-of-image marker after its last scan (a file cut short, as a download stopped),
// or, in a progressive JPEG, the scans that refine each component's coefficients to their last
// bit (the later ones left out). nil for a whole one. A thumbnail's markers come before the
// image's scans, and 0xFF in a scan's data is followed by 0x00 or a restart marker.
func jpegWhole(data []byte) error {
	sos := bytes.LastIndex(data, []byte{0xFF, 0xDA})
	if sos < 0 || !bytes.Contains(data[sos:], []byte{0xFF, 0xD9}) {
		return errors.New("it ends before its last scan does")
	}
	progressive := false
	var comps []byte                // the frame's components, by id
	done := map[byte]*[64]bool{}    // a component's coefficients refined to their last bit
	for i := 2; i+4 <= len(data); { // past SOI
		if data[i] != 0xFF {
			i++ // entropy-coded data, and what a scan's stuffed 0xFF 0x00 leaves
			continue
		}
		m := data[i+1]
		switch {
		case m == 0x00 || m == 0xFF || m >= 0xD0 && m <= 0xD7: // stuffing, fill, restarts: inside a scan
			i += 2
			continue
		case m == 0xD9:
			i = len(data)
			continue
		}
		n := int(data[i+2])<<8 | int(data[i+3])
		seg := data[i+4 : min(len(data), i+2+n)]
		switch {
		case m == 0xC2 && len(seg) >= 6: // progressive frame: precision, height, width, components
			progressive, comps = true, nil
			for c := 0; 6+3*c < len(seg) && c < int(seg[5]); c++ {
				comps = append(comps, seg[6+3*c])
			}
		case m == 0xDA && len(seg) >= 1 && len(seg) >= 1+2*int(seg[0])+3: // scan: its components, Ss, Se, Ah/Al
			ns := int(seg[0])
			ss, se, al := int(seg[1+2*ns]), int(seg[2+2*ns]), seg[3+2*ns]&0x0F
			for c := 0; c < ns && al == 0; c++ {
				id := seg[1+2*c]
				if done[id] == nil {
					done[id] = new([64]bool)
				}
				for k := ss; k <= min(se, 63); k++ {
					done[id][k] = true
				}
			}
		}
		i += 2 + n
	}
	if !progressive {
		return nil
	}
	for _, id := range comps {
		if done[id] == nil || slices.Contains(done[id][:], false) {
			return errors.New("its last scans are missing: it would print as a blur")
		}
	}
	return nil
}

// sameButCase is the file beside name spelt the same but for capitals (LOGO.PNG for logo.png),
// as its name from the content folder, or "".
func sameButCase(fsys fs.FS, name string) string {
	dir, base := path.Split(name)
	entries, _ := fs.ReadDir(fsys, path.Clean("./"+dir))
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(e.Name(), base) {
			return dir + e.Name()
		}
	}
	return ""
}

// fit scales img down, keeping its proportions, to the pixels it needs to fill a maxW by maxH
// box (in pixels), as 8-bit colour: fpdf would otherwise convert a 16-bit image again for every
// document. An 8-bit image already that small is kept.
func fit(img image.Image, maxW, maxH float64) image.Image {
	b := img.Bounds()
	// printed, the logo's proportions are kept, so the side that meets its limit first decides
	scale := min(maxW/float64(b.Dx()), maxH/float64(b.Dy()))
	if scale >= 1 {
		switch img.(type) {
		case *image.RGBA64, *image.NRGBA64, *image.Gray16:
			dst := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
			draw.Draw(dst, dst.Bounds(), img, b.Min, draw.Src)
			return dst
		}
		return img
	}
	w := max(1, int(math.Ceil(float64(b.Dx())*scale)))
	h := max(1, int(math.Ceil(float64(b.Dy())*scale)))
	dst := image.NewNRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
	return dst
}
