package typeface

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// fromCollection is one face of a .ttc collection, picked by its index or its name
// ("Fonts.ttc#1", "Fonts.ttc#WenQuanYi Zen Hei"), written out as a TrueType font of its own,
// which is what the PDF writer embeds. Only its faces with TrueType outlines are offered: one
// whose faces all have CFF outlines (Noto Sans CJK's) is refused whole, not face by face.
func fromCollection(file string, data []byte, pick string) ([]byte, error) {
	c, err := sfnt.ParseCollection(data)
	if err != nil {
		return nil, fmt.Errorf("font %s is not a usable font collection (%v): %s", file, err, getAgain)
	}
	var names []string // the faces with TrueType outlines
	idx := -1
	cff := make([]bool, c.NumFonts())
	for i := 0; i < c.NumFonts(); i++ {
		off := int(binary.BigEndian.Uint32(data[12+4*i:])) // ParseCollection checked it
		cff[i] = string(data[off:off+4]) == "OTTO"
		f, err := c.Font(i)
		if err != nil && !cff[i] { // a face with CFF outlines is refused whole below
			return nil, fmt.Errorf("font %s: face %d cannot be read (%v): %s", file, i, err, getAgain)
		}
		var name string
		if err == nil {
			name, _ = f.Name(nil, sfnt.NameIDFull)
		}
		if n, err := strconv.Atoi(pick); (err == nil && n == i) || (pick != "" && strings.EqualFold(pick, name)) {
			idx = i
		}
		if !cff[i] {
			names = append(names, fmt.Sprintf("%s#%d (%s)", file, i, name))
		}
	}
	faces := strings.Join(names, ", ")
	switch n := c.NumFonts(); {
	case len(names) == 0 && n == 1:
		return nil, fmt.Errorf("font %s %w", file, errCFF)
	case len(names) == 0:
		return nil, fmt.Errorf("font %s is a collection of %d faces, and each %w", file, n, errCFF)
	case len(names) == n-1:
		faces += " (its other face has PostScript outlines, which haven cannot embed)"
	case len(names) < n:
		faces += fmt.Sprintf(" (its %d other faces have PostScript outlines, which haven cannot embed)", n-len(names))
	}
	if idx < 0 && pick == "" && c.NumFonts() == 1 {
		idx = 0
	}
	switch {
	case idx < 0 && pick != "":
		return nil, fmt.Errorf("font %s has no face %q; its faces: %s", file, pick, faces)
	case idx < 0:
		return nil, fmt.Errorf("font %s is a collection of %d faces; name one: %s", file, c.NumFonts(), faces)
	case cff[idx]:
		return nil, fmt.Errorf("font %s#%d %v; name one of its faces with TrueType outlines: %s", file, idx, errCFF, strings.Join(names, ", "))
	}
	off := int(binary.BigEndian.Uint32(data[12+4*idx:]))
	n := int(binary.BigEndian.Uint16(data[off+4:]))
	out := append([]byte(nil), data[off:off+12]...)
	at := 12 + 16*n // where the next table goes
	var tables []byte
	if off+12+16*n > len(data) {
		return nil, fmt.Errorf("font %s#%d is damaged: its table directory runs past the end of the file", file, idx)
	}
	for i := 0; i < n; i++ {
		rec := append([]byte(nil), data[off+12+16*i:off+28+16*i]...)
		start, length := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if start+length > len(data) {
			return nil, fmt.Errorf("font %s#%d is damaged: a table runs past the end of the file", file, idx)
		}
		binary.BigEndian.PutUint32(rec[8:], uint32(at+len(tables)))
		out = append(out, rec...)
		tables = append(tables, data[start:start+length]...)
		for len(tables)%4 != 0 { // tables start on 4-byte boundaries
			tables = append(tables, 0)
		}
	}
	return append(out, tables...), nil
}
