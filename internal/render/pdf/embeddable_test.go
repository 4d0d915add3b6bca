package pdf

import (
	"bytes"
	"encoding/binary"
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
	if err == nil || !strings.Contains(err.Error(), "Damaged Sans (regular face) cannot be embedded in a PDF: its file seems damaged") {
		t.Errorf("a damaged font: %v", err)
	}
}
