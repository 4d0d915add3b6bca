package verify

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// PDF must catch a font embedded in the PDF that would print the hotline's digit 7 as nothing,
// though the text reads back right: pointed at .notdef, given no width, or given no outline.
func TestPDFCatchesBlankGlyphs(t *testing.T) {
	const seven = 0x37
	// the first 7 drawn, in the hotline's line
	const seven7 = `'7' (U+0037) in "National Human Trafficking Hotline, free and confidential, 24/7" would print blank: it`
	tests := []struct {
		name string
		edit func(t *testing.T, raw []byte) []byte
		want string
	}{
		{"as rendered", func(_ *testing.T, raw []byte) []byte { return raw }, ""},
		{"7 pointed at .notdef", func(t *testing.T, raw []byte) []byte {
			return eachStream(t, raw, `/CIDToGIDMap (\d+) 0 R`, func(m []byte) {
				m[2*seven], m[2*seven+1] = 0, 0
			})
		}, seven7 + ` is drawn as .notdef`},
		{"7 given no width", func(t *testing.T, raw []byte) []byte {
			// each /W array written again, a width for each CID, the 7's 0
			re := regexp.MustCompile(`/W \[(?:[^\[\]]|\[[^\]]*\])*\]`)
			for at := 0; ; {
				m := re.FindIndex(raw[at:])
				if m == nil {
					return raw
				}
				ws := widthsOf(t, raw[at+m[0]:at+m[1]])
				ws[seven] = 0
				w := []byte("/W [")
				for _, cid := range slices.Sorted(maps.Keys(ws)) {
					w = fmt.Appendf(w, " %d [ %d ]", cid, ws[cid])
				}
				w = append(w, " ]"...)
				raw = splice(raw, at+m[0], at+m[1], w)
				at += m[0] + len(w)
			}
		}, seven7 + ` has a width of 0`},
		{"7 given no outline", func(t *testing.T, raw []byte) []byte {
			var gids [][]byte
			raw = eachStream(t, raw, `/CIDToGIDMap (\d+) 0 R`, func(m []byte) { gids = append(gids, m) })
			n := 0
			return eachStream(t, raw, `/FontFile2 (\d+) 0 R`, func(font []byte) {
				g := int(binary.BigEndian.Uint16(gids[n][2*seven:]))
				n++
				emptyGlyph(t, font, g)
			})
		}, seven7 + ` has an empty outline`},
	}
	in := handoutInput(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHandout(t, in, nil, nil, tt.edit, tt.want)
		})
	}
}

// eachStream inflates each stream object that a match of ref (its number the first group)
// names, lets change edit it in place, and writes it back, uncompressed, into the PDF, whose
// xref table it mends.
func eachStream(t *testing.T, raw []byte, ref string, change func([]byte)) []byte {
	t.Helper()
	seen := map[int]bool{}
	for _, m := range regexp.MustCompile(ref).FindAllSubmatch(raw, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		if seen[n] {
			continue
		}
		seen[n] = true
		head := fmt.Appendf(nil, "\n%d 0 obj\n", n)
		at := bytes.Index(raw, head)
		start := bytes.Index(raw[at:], []byte("stream\n")) + at + len("stream\n")
		end := bytes.Index(raw[start:], []byte("\nendstream")) + start
		z, err := zlib.NewReader(bytes.NewReader(raw[start:end]))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(z)
		if err != nil {
			t.Fatal(err)
		}
		change(data)
		obj := fmt.Appendf(nil, "<</Length %d>>\nstream\n%s", len(data), data)
		raw = splice(raw, at+len(head), end, obj)
	}
	return raw
}

// splice replaces raw[from:to] with b and moves the xref table's offsets past from.
func splice(raw []byte, from, to int, b []byte) []byte {
	out := append(append(append([]byte(nil), raw[:from]...), b...), raw[to:]...)
	shift := len(b) - (to - from)
	xref := bytes.LastIndex(out, []byte("\nxref\n")) + 1
	entry := regexp.MustCompile(`(?m)^(\d{10}) (\d{5}) n`)
	table := entry.ReplaceAllFunc(out[xref:], func(e []byte) []byte {
		off, _ := strconv.Atoi(string(e[:10]))
		if off > from {
			off += shift
		}
		return fmt.Appendf(nil, "%010d%s", off, e[10:])
	})
	startxref := regexp.MustCompile(`startxref\n\d+`)
	table = startxref.ReplaceAll(table, fmt.Appendf(nil, "startxref\n%d", xref))
	return append(out[:xref], table...)
}

// widthsOf reads a /W array: "c [w1 w2 ...]" from c on, and "c1 c2 w" from c1 to c2.
func widthsOf(t *testing.T, w []byte) map[int]int {
	t.Helper()
	f := strings.Fields(strings.NewReplacer("[", " [ ", "]", " ] ").Replace(string(w)))
	f = f[2 : len(f)-1] // "/W [" ... "]"
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("/W: %q is no number", s)
		}
		return n
	}
	out := map[int]int{}
	for i := 0; i < len(f); {
		c := num(f[i])
		if f[i+1] == "[" {
			for i += 2; f[i] != "]"; i++ {
				out[c] = num(f[i])
				c++
			}
			i++
			continue
		}
		for last, width := num(f[i+1]), num(f[i+2]); c <= last; c++ {
			out[c] = width
		}
		i += 3
	}
	return out
}

// emptyGlyph gives glyph g of a TrueType font no contours.
func emptyGlyph(t *testing.T, font []byte, g int) {
	t.Helper()
	tables := map[string]int{}
	for i := 0; i < int(binary.BigEndian.Uint16(font[4:])); i++ {
		rec := font[12+16*i:]
		tables[string(rec[:4])] = int(binary.BigEndian.Uint32(rec[8:]))
	}
	loca, glyf := tables["loca"], tables["glyf"]
	var off int
	if binary.BigEndian.Uint16(font[tables["head"]+50:]) == 0 { // short offsets, in words
		off = 2 * int(binary.BigEndian.Uint16(font[loca+2*g:]))
	} else {
		off = int(binary.BigEndian.Uint32(font[loca+4*g:]))
	}
	if g == 0 {
		t.Fatal("the 7 has no glyph to empty")
	}
	binary.BigEndian.PutUint16(font[glyf+off:], 0) // numberOfContours
}

// PDF must catch a font whose ToUnicode map would make a viewer copy or search other text than
// is printed: every code mapped one on (the hotline's 7 copies as 8), or a code left out.
func TestPDFCatchesWrongCopies(t *testing.T) {
	identity := []byte("<0000> <FFFF> <0000>")
	tests := []struct {
		name, to, want string
	}{
		{"as rendered", "<0000> <FFFF> <0000>", ""},
		{"each code copies as the next", "<0000> <FFFF> <0001>", `'F' (U+0046) in "Facts and FAQs" would copy wrong: it copies as "G" (the font`},
		{"codes left out", "<0000> <0040> <0000>", `copies as nothing`},
	}
	in := handoutInput(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHandout(t, in, nil, nil, func(t *testing.T, raw []byte) []byte {
				if bytes.Count(raw, identity) < 2 { // fpdf writes the map uncompressed, once per font
					t.Fatal("no ToUnicode map's identity range in the PDF")
				}
				return bytes.ReplaceAll(raw, identity, []byte(tt.to))
			}, tt.want)
		})
	}
}
