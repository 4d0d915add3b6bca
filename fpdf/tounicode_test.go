package fpdf

import (
	"bytes"
	"regexp"
	"strconv"
	"testing"
	"unicode/utf16"
)

// TestToUnicode: the runes SetToUnicode maps read back from the ToUnicode CMap as their text,
// every other rune as itself, each code in one entry only; a function that maps none of the
// drawn runes, or none, leaves the document as upstream writes it.
func TestToUnicode(t *testing.T) {
	_, parsed := calligra(t)
	const text = "Hello, world 0123"
	doc := func(fn func(rune) string) []byte {
		return utf8Doc(t, func(p *Fpdf) {
			p.SetCompression(false)
			p.AddParsedUTF8Font(parsed)
			if fn != nil {
				p.SetToUnicode(fn)
			}
		}, text)
	}
	plain := doc(nil)
	for name, fn := range map[string]func(rune) string{
		"nil":         func(rune) string { return "" },
		"not drawn":   func(r rune) string { return map[rune]string{'Z': "z", 0xFEFB: "\u0644\u0627"}[r] },
		"none at all": nil,
	} {
		if got := doc(fn); !bytes.Equal(got, plain) {
			t.Errorf("%s: the document changed", name)
		}
	}
	want := map[rune]string{'H': "\u0644\u0627", 'o': "0", ',': "\U0001F600", 'd': "d!"}
	got := readToUnicode(t, doc(func(r rune) string { return want[r] }))
	for _, r := range text {
		w := want[r]
		if w == "" {
			w = string(r)
		}
		if got[int(r)] != w {
			t.Errorf("%q reads as %q, want %q", r, got[int(r)], w)
		}
	}
	if got[0xFFFF] != "\uFFFF" || got[0] != "\x00" {
		t.Error("the identity does not reach both ends of the code space")
	}
}

// readToUnicode reads the bfrange and bfchar entries of the one ToUnicode CMap in an
// uncompressed document, failing on a code given twice.
func readToUnicode(t *testing.T, pdf []byte) map[int]string {
	t.Helper()
	m := regexp.MustCompile(`(?s)begincmap(.*?)endcmap`).FindAllSubmatch(pdf, -1)
	if len(m) != 1 {
		t.Fatalf("%d CMaps", len(m))
	}
	hex := func(s []byte) []uint16 {
		var us []uint16
		for i := 0; i+4 <= len(s); i += 4 {
			u, err := strconv.ParseUint(string(s[i:i+4]), 16, 16)
			if err != nil {
				t.Fatal(err)
			}
			us = append(us, uint16(u))
		}
		return us
	}
	out := map[int]string{}
	set := func(code int, us []uint16) {
		if _, ok := out[code]; ok {
			t.Fatalf("code %04X mapped twice", code)
		}
		out[code] = string(utf16.Decode(us))
	}
	body := m[0][1]
	for _, r := range regexp.MustCompile(`(?s)begin(bf\w+)\n(.*?)\nend`).FindAllSubmatch(body, -1) {
		entries := regexp.MustCompile(`<([0-9A-F]+)> <([0-9A-F]+)>(?: <([0-9A-F]+)>)?`).FindAllSubmatch(r[2], -1)
		if len(entries) > 100 {
			t.Errorf("a block of %d entries", len(entries))
		}
		for _, e := range entries {
			lo := int(hex(e[1])[0])
			if string(r[1]) == "bfchar" {
				set(lo, hex(e[2]))
				continue
			}
			hi, dst := int(hex(e[2])[0]), int(hex(e[3])[0])
			for c := lo; c <= hi; c++ {
				set(c, []uint16{uint16(dst + c - lo)})
			}
		}
	}
	return out
}
