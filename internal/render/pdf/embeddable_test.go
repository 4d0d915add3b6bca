package pdf

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"

	fontfiles "haven/fonts"
	"haven/internal/typeface"
)

// TestEmbeddable refuses a user's font that the PDF writer cannot cut (a damaged loca table,
// which the font parser accepts), naming it, and passes haven's own families.
func TestEmbeddable(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	if err := Embeddable(fams[0]); err != nil {
		t.Errorf("the built-in family: %v", err)
	}
	data := bytes.Clone(fontfiles.AtkinsonRegular)
	// the first glyph's offset in the loca table made 256: the font parser takes it, the
	// subset cutter cannot
	for i := range int(binary.BigEndian.Uint16(data[4:6])) {
		if rec := data[12+16*i:]; string(rec[:4]) == "loca" {
			data[binary.BigEndian.Uint32(rec[8:12])] = 1
		}
	}
	damaged, err := typeface.New("Damaged Sans", "damaged.ttf", "damaged.ttf", data, data)
	if err != nil {
		t.Fatalf("the font parser refuses the damaged file: %v", err)
	}
	err = Embeddable(damaged)
	if err == nil || !strings.Contains(err.Error(), "Damaged Sans (regular face, damaged.ttf) cannot be embedded in a PDF: its file seems damaged") {
		t.Errorf("a damaged font: %v", err)
	}
	// 50 bytes of noise in the character map: the measure reads a glyph for ‘ that the PDF
	// writer would read as none, and the read-back would refuse every document saying only that
	// ‘ prints blank; the PDF writer finds the map's segments overlapping (fpdf patch 26)
	data = bytes.Clone(fontfiles.AtkinsonRegular)
	r := rand.New(rand.NewPCG(2, 1))
	for i := range int(binary.BigEndian.Uint16(data[4:6])) {
		if rec := data[12+16*i:]; string(rec[:4]) == "cmap" {
			off, n := binary.BigEndian.Uint32(rec[8:12]), binary.BigEndian.Uint32(rec[12:16])
			at := off + 4 + uint32(r.IntN(int(n-60)))
			for k := range uint32(50) {
				data[at+k] = byte(r.IntN(256))
			}
		}
	}
	noisy, err := typeface.New("Noisy Sans", "noisy.ttf", "noisy.ttf", data, data)
	if err != nil {
		t.Fatalf("the font parser refuses the noisy file: %v", err)
	}
	if err := Embeddable(noisy); err == nil || !strings.Contains(err.Error(), "Noisy Sans (regular face, noisy.ttf) cannot be embedded in a PDF: font Noisy Sans: its character map is damaged: its segments overlap; download it again, or choose another font") {
		t.Errorf("a font with noise in its character map: %v", err)
	}
}
