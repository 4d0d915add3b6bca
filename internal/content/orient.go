package content

import (
	"bytes"
	"encoding/binary"
	"image"
)

// A photo or an export often stores its pixels as the camera held them and says in its EXIF
// Orientation (1 to 8) how to turn them, and every viewer and browser shows them turned: the
// logo must print as they show it.

// orientation is the EXIF Orientation a JPEG (APP1 "Exif") or a PNG (eXIf before its image
// data, the only place browsers read it) carries, or 1, as they are stored, when it has none.
func orientation(data []byte, format string) int {
	var tiff []byte
	switch format {
	case "jpeg":
		tiff = jpegExif(data)
	case "png":
		tiff = pngExif(data)
	}
	return tiffOrientation(tiff)
}

// jpegExif is the TIFF data of a JPEG's Exif segment, or nil.
func jpegExif(d []byte) []byte {
	if !bytes.HasPrefix(d, []byte{0xFF, 0xD8}) {
		return nil
	}
	for i := 2; i+4 <= len(d) && d[i] == 0xFF; {
		marker := d[i+1]
		switch marker {
		case 0xFF: // a fill byte
			i++
			continue
		case 0xDA, 0xD9: // the image data, or its end: the metadata comes before
			return nil
		}
		n := int(binary.BigEndian.Uint16(d[i+2:])) // counting its own two bytes
		if n < 2 || i+2+n > len(d) {
			return nil
		}
		if seg := d[i+4 : i+2+n]; marker == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return seg[6:]
		}
		i += 2 + n
	}
	return nil
}

// pngExif is the TIFF data of a PNG's eXIf chunk before its first IDAT, or nil.
func pngExif(d []byte) []byte {
	const sig = "\x89PNG\r\n\x1a\n"
	if !bytes.HasPrefix(d, []byte(sig)) {
		return nil
	}
	for i := len(sig); i+12 <= len(d); { // a chunk's length, type and CRC are 12 bytes
		n := uint64(binary.BigEndian.Uint32(d[i:]))
		if uint64(len(d)-i-12) < n {
			return nil
		}
		switch string(d[i+4 : i+8]) {
		case "eXIf":
			return d[i+8 : i+8+int(n)]
		case "IDAT":
			return nil
		}
		i += 12 + int(n)
	}
	return nil
}

// tiffOrientation is tag 0x0112 of the first IFD of TIFF data in either byte order, or 1.
func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var order binary.ByteOrder
	switch string(t[:4]) {
	case "II*\x00":
		order = binary.LittleEndian
	case "MM\x00*":
		order = binary.BigEndian
	default:
		return 1
	}
	ifd := uint64(order.Uint32(t[4:]))
	if ifd+2 > uint64(len(t)) {
		return 1
	}
	n := int(order.Uint16(t[ifd:]))
	entries := t[ifd+2:]
	for i := 0; i < n && 12*(i+1) <= len(entries); i++ {
		e := entries[12*i:]
		// a SHORT, its one value in the entry's first two value bytes
		if order.Uint16(e) == 0x0112 && order.Uint16(e[2:]) == 3 && order.Uint32(e[4:]) == 1 {
			if o := int(order.Uint16(e[8:])); o >= 1 && o <= 8 {
				return o
			}
			return 1
		}
	}
	return 1
}

// orient is img as EXIF orientation o shows it: 3, 6 and 8 turn it (half a turn, a quarter
// clockwise, a quarter anticlockwise), 2 and 4 mirror it across and up and down, 5 and 7 do
// both; 5 to 8 swap its width and height.
func orient(img image.Image, o int) image.Image {
	if o < 2 || o > 8 {
		return img
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	dw, dh := w, h
	if o >= 5 {
		dw, dh = h, w
	}
	dst := image.NewNRGBA(image.Rect(0, 0, dw, dh))
	for y := range dh {
		for x := range dw {
			sx, sy := x, y // the stored pixel shown at x, y
			switch o {
			case 2:
				sx = w - 1 - x
			case 3:
				sx, sy = w-1-x, h-1-y
			case 4:
				sy = h - 1 - y
			case 5:
				sx, sy = y, x
			case 6:
				sx, sy = y, h-1-x
			case 7:
				sx, sy = w-1-y, h-1-x
			case 8:
				sx, sy = w-1-y, x
			}
			dst.Set(x, y, img.At(b.Min.X+sx, b.Min.Y+sy))
		}
	}
	return dst
}
