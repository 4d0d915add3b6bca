package typeface

import (
	"encoding/binary"
	"strings"
	"testing"

	"haven/fonts"
	"haven/internal/diag"
)

// zeroTable is a copy of a TrueType font with one table's bytes set to zero.
func zeroTable(t *testing.T, data []byte, tag string) []byte {
	t.Helper()
	out := append([]byte(nil), data...)
	n := int(binary.BigEndian.Uint16(out[4:]))
	for i := 0; i < n; i++ {
		rec := out[12+16*i:]
		if string(rec[:4]) == tag {
			off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
			clear(out[off : off+length])
			return out
		}
	}
	t.Fatalf("no %s table", tag)
	return nil
}

// A font whose outlines or advance widths are zeroed prints blank text that reads back as
// right; it is refused with the characters it would print blank, and a sound font is taken.
func TestDamagedFontIsRefused(t *testing.T) {
	texts := []diag.Located{{File: "en/text.yaml", Line: 3, Field: "help.call", Text: "Call 1-888-373-7888"}}
	for _, tt := range []struct{ name, table string }{
		{"outlines zeroed", "glyf"},
		{"widths zeroed", "hmtx"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := zeroTable(t, fonts.AtkinsonRegular, tt.table)
			fam, err := New("Damaged", "Damaged.ttf", "Damaged.ttf", bad, bad)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Choose("en", []*Family{fam}, texts)
			if err == nil {
				t.Fatal("a damaged font was chosen")
			}
			if msg := err.Error(); !strings.Contains(msg, "Damaged has '-' U+002D, '1' U+0031") || !strings.Contains(msg, "would print them blank") || !strings.Contains(msg, "en/text.yaml:3") {
				t.Errorf("message: %s", msg)
			}
		})
	}
	good, err := New("Sound", "a.ttf", "b.ttf", fonts.AtkinsonRegular, fonts.AtkinsonBold)
	if err != nil {
		t.Fatal(err)
	}
	if f, err := Choose("en", []*Family{good}, texts); err != nil || f.Name != good.Name || len(f.Fallback) != 0 {
		t.Errorf("a sound font: %v", err)
	}
}

// A bold face of another family, lacking characters the regular face has, is said to be
// that, not a damaged file, when the text meets it after the fonts were loaded.
func TestMismatchedBoldIsNotDamage(t *testing.T) {
	fam, err := New("NotoSans-Regular.ttf", "NotoSans-Regular.ttf", "AtkinsonHyperlegibleNext-Bold.ttf", fonts.NotoRegular, fonts.AtkinsonBold)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Choose("el", []*Family{fam}, []diag.Located{{File: "el/faq.md", Line: 2, Text: "Γεια"}})
	want := "the bold face of NotoSans-Regular.ttf lacks 'Γ' U+0393, 'α' U+03B1, 'ε' U+03B5, 'ι' U+03B9, which its regular face has: it does not match the regular face"
	if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "damaged") || !strings.Contains(err.Error(), "el/faq.md:2") {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
