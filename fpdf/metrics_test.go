package fpdf

import (
	"bytes"
	"encoding/binary"
	"os"
	"testing"
)

// TestCutLeavesFontBytes cuts subsets of a font whose last glyphs share one advance width
// (numberOfHMetrics below numGlyphs, as in Noto Sans and Droid Sans Fallback): the cut must not
// write into the font's bytes, which every document, and every goroutine, shares.
func TestCutLeavesFontBytes(t *testing.T) {
	// numberOfHMetrics (hhea, offset 34) set to 100 of its 247 glyphs: the glyphs from 100 on
	// take their advance from the last metric, their side bearing from the array after it
	data := calligraWith(t, "hhea", 34, 100)
	before := bytes.Clone(data)
	font, err := ParseUTF8Font("calligra", "", data)
	if err != nil {
		t.Fatal(err)
	}
	var runes []rune
	for r := rune(32); r < 0x2200; r++ {
		runes = append(runes, r)
	}
	NewSubsetCache().Cut(font, runes)
	if !bytes.Equal(data, before) {
		for i := range data {
			if data[i] != before[i] {
				t.Fatalf("cutting a subset changed the font's bytes, first at offset %d", i)
			}
		}
	}
}

// calligraWith is calligra.ttf with the 16-bit field at offset in table set to v.
func calligraWith(t *testing.T, table string, offset int, v uint16) []byte {
	t.Helper()
	data, err := os.ReadFile("font/calligra.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for i := range int(binary.BigEndian.Uint16(data[4:6])) {
		if rec := data[12+16*i:]; string(rec[:4]) == table {
			binary.BigEndian.PutUint16(data[int(binary.BigEndian.Uint32(rec[8:12]))+offset:], v)
		}
	}
	return data
}
