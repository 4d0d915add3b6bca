package webfont

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"slices"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"haven/fonts"
)

// unwoff turns WOFF back into a TrueType file, as a browser does.
func unwoff(t *testing.T, w []byte) []byte {
	t.Helper()
	if string(w[:4]) != "wOFF" || int(binary.BigEndian.Uint32(w[8:])) != len(w) {
		t.Fatal("not a WOFF file of its stated length")
	}
	n := int(binary.BigEndian.Uint16(w[12:]))
	var tables [][]byte
	var tags []string
	for i := 0; i < n; i++ {
		e := w[44+20*i:]
		off, comp, orig := binary.BigEndian.Uint32(e[4:]), binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:])
		data := w[off : off+comp]
		if comp < orig {
			r, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if data, err = io.ReadAll(r); err != nil {
				t.Fatal(err)
			}
		}
		sum := data
		if string(e[:4]) == "head" { // taken with the checksum adjustment zero
			sum = slices.Concat(data[:8], make([]byte, 4), data[12:])
		}
		if len(data) != int(orig) || checksum(sum) != binary.BigEndian.Uint32(e[16:]) {
			t.Fatalf("table %s: length or checksum wrong", e[:4])
		}
		tags = append(tags, string(e[:4]))
		tables = append(tables, data)
	}
	m := map[string][]byte{}
	for i, tag := range tags {
		m[tag] = tables[i]
	}
	var out []byte
	out = binary.BigEndian.AppendUint32(out, 0x00010000)
	out = binary.BigEndian.AppendUint16(out, uint16(n))
	sr, es := 1, 0
	for sr*2 <= n {
		sr, es = sr*2, es+1
	}
	out = binary.BigEndian.AppendUint16(out, uint16(16*sr))
	out = binary.BigEndian.AppendUint16(out, uint16(es))
	out = binary.BigEndian.AppendUint16(out, uint16(16*(n-sr)))
	off := 12 + 16*n
	for _, tag := range tags {
		head := slices.Clone(m[tag])
		if tag == "head" { // a table's checksum is taken with the adjustment zero
			binary.BigEndian.PutUint32(head[8:], 0)
		}
		out = append(out, tag...)
		out = binary.BigEndian.AppendUint32(out, checksum(head))
		out = binary.BigEndian.AppendUint32(out, uint32(off))
		out = binary.BigEndian.AppendUint32(out, uint32(len(m[tag])))
		off += pad4(len(m[tag]))
	}
	for _, tag := range tags {
		out = append(out, m[tag]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if checksum(out) != 0xB1B0AFBA {
		t.Errorf("the font's checksum adjustment is wrong")
	}
	return out
}

func outline(t *testing.T, f *sfnt.Font, r rune) (sfnt.Segments, fixed.Int26_6) {
	t.Helper()
	var b sfnt.Buffer
	g, err := f.GlyphIndex(&b, r)
	if err != nil || g == 0 {
		t.Fatalf("%q has no glyph (%v)", r, err)
	}
	segs, err := f.LoadGlyph(&b, g, fixed.I(1000), nil)
	if err != nil {
		t.Fatalf("%q: %v", r, err)
	}
	adv, err := f.GlyphAdvance(&b, g, fixed.I(1000), font.HintingNone)
	if err != nil {
		t.Fatal(err)
	}
	return slices.Clone(segs), adv
}

// The subset draws every character asked for exactly as the whole font does (accented letters
// are built from other glyphs, which must come along), maps nothing else, and is small.
func TestSubsetKeepsTheGlyphsAskedFor(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ttf   []byte
		runes string
	}{
		{"regular", fonts.AtkinsonRegular, "Llame al 1-888-373-7888 ¿Qué? ñ é ü «» “”"},
		{"bold", fonts.AtkinsonBold, "Call 911 now, 24/7."},
		{"wide fallback", fonts.NotoRegular, "Καλημέρα. Добрый день. Tiếng Việt."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, missing, err := Subset(tc.ttf, append([]rune(tc.runes), '你'))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(missing, []rune{'你'}) {
				t.Errorf("missing %q, want only 你", missing)
			}
			t.Logf("%d bytes", len(w))
			if len(w) > 16000 {
				t.Errorf("the subset is %d bytes; a page's characters should take well under 16 KB", len(w))
			}
			full, err := sfnt.Parse(tc.ttf)
			if err != nil {
				t.Fatal(err)
			}
			sub, err := sfnt.Parse(unwoff(t, w))
			if err != nil {
				t.Fatalf("the subset does not parse: %v", err)
			}
			for _, r := range tc.runes {
				ws, wa := outline(t, full, r)
				gs, ga := outline(t, sub, r)
				if !slices.Equal(ws, gs) || wa != ga {
					t.Errorf("%q is drawn differently in the subset", r)
				}
			}
			var b sfnt.Buffer
			if g, _ := sub.GlyphIndex(&b, 'Z'); g != 0 {
				t.Error("Z, not asked for, is still mapped: it would show blank instead of falling back")
			}
		})
	}
}
