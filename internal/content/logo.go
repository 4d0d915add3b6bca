package content

import (
	"haven/internal/diag"

	"bytes"
	"fmt"
	"image"
	"image/png"
	"io/fs"

	_ "image/jpeg" // logos may be JPEG
)

// Logo limits: a logo is a small mark; a huge file or a decompression bomb is refused before
// it is decoded.
const (
	maxLogoBytes = 5 << 20
	maxLogoSide  = 4000
)

// Logo is the organisation's mark, normalised to PNG so any PNG or JPEG prints the same.
type Logo struct {
	PNG  []byte
	W, H int // pixels, for the aspect ratio
}

// loadLogo reads and checks the logo named in settings.yaml.
func loadLogo(fsys fs.FS, file, name string, line int) (*Logo, *diag.Problem) {
	bad := func(msg, hint string) (*Logo, *diag.Problem) {
		return nil, &diag.Problem{File: file, Line: line, Field: "organisation.logo", Msg: msg, Hint: hint}
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return bad(fmt.Sprintf("%s cannot be read: %s", name, cleanErr(err)), "put the file in the content folder, next to settings.yaml")
	}
	if len(data) > maxLogoBytes {
		return bad(fmt.Sprintf("%s is %d MB; logos are limited to 5 MB", name, len(data)>>20), "export a smaller PNG, about 600 pixels wide")
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return bad(fmt.Sprintf("%s is not a PNG or JPEG image", name), "export it again as PNG")
	}
	if cfg.Width > maxLogoSide || cfg.Height > maxLogoSide || cfg.Width < 1 || cfg.Height < 1 {
		return bad(fmt.Sprintf("%s is %dx%d pixels; at most %d on a side", name, cfg.Width, cfg.Height, maxLogoSide), "export a smaller PNG, about 600 pixels wide")
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return bad(fmt.Sprintf("%s: the %s image is damaged: %v", name, format, err), "export it again as PNG")
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return bad(fmt.Sprintf("%s cannot be converted: %v", name, err), "")
	}
	return &Logo{PNG: buf.Bytes(), W: cfg.Width, H: cfg.Height}, nil
}
