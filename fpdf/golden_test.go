package fpdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// TestUTF8DocumentGolden holds a whole document with a subset UTF-8 font, compressed, to the
// bytes upstream v0.12.0 wrote for it (testdata/utf8doc.upstream.pdf) but for the shorter
// CIDToGIDMap of patch 11 (TestCIDToGIDMapCut), the font IDs of patch 14 (TestUTF8FontID) and
// the /W arrays of the characters set of patch 22 (TestWidthsOfCharactersSet), in
// testdata/utf8doc.golden.pdf: the other patches change how fast it is written, not one byte.
func TestUTF8DocumentGolden(t *testing.T) {
	font, err := os.ReadFile("font/calligra.ttf")
	if err != nil {
		t.Fatal(err)
	}
	// without a subset cache, then with one (subsets made at the same time), then taken from it
	cache := NewSubsetCache()
	for _, c := range []*SubsetCache{nil, cache, cache} {
		pdf := New("P", "pt", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetSubsetCache(c)
		pdf.AddUTF8FontFromBytes("calligra", "", font)
		pdf.AddUTF8FontFromBytes("calligra", "B", font)
		pdf.AddPage()
		pdf.SetFont("calligra", "", 12)
		pdf.Text(20, 40, "The quick brown fox jumps over the lazy dog. àéîõü 0123456789")
		pdf.SetFont("calligra", "B", 20)
		pdf.Text(20, 80, "Zebra quilt")
		var out bytes.Buffer
		if err := pdf.Output(&out); err != nil {
			t.Fatal(err)
		}
		const golden = "testdata/utf8doc.golden.pdf"
		if *update && c == nil {
			if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), want) {
			t.Errorf("cache %v: the document (%d bytes) differs from upstream's (%d bytes)", c != nil, out.Len(), len(want))
		}
	}
}

// TestCIDToGIDMapCut: each font's CIDToGIDMap runs to the highest character the subset uses,
// and maps every CID in it to the glyph upstream's full 65,536-entry map gives; upstream's map
// holds nothing past it.
func TestCIDToGIDMapCut(t *testing.T) {
	maps := func(file string) [][]byte {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var out [][]byte
		for _, m := range regexp.MustCompile(`/CIDToGIDMap (\d+) 0 R`).FindAllSubmatch(b, -1) {
			obj := regexp.MustCompile(`(?s)\n` + string(m[1]) + ` 0 obj\n<</Length (\d+)/Filter /FlateDecode>>\nstream\n`).FindSubmatchIndex(b)
			if obj == nil {
				t.Fatalf("%s: no stream object %s", file, m[1])
			}
			n, _ := strconv.Atoi(string(b[obj[2]:obj[3]]))
			zr, err := zlib.NewReader(bytes.NewReader(b[obj[1] : obj[1]+n]))
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, data)
		}
		return out
	}
	cut, full := maps("testdata/utf8doc.golden.pdf"), maps("testdata/utf8doc.upstream.pdf")
	if len(cut) != 2 || len(full) != 2 {
		t.Fatalf("%d and %d maps, want 2 each", len(cut), len(full))
	}
	const highest = 'ü' // the highest character either text sets
	for i := range cut {
		if len(full[i]) != 2*65536 || len(cut[i]) > 2*(highest+1) {
			t.Errorf("font %d: maps of %d and %d bytes, want %d and at most %d", i, len(cut[i]), len(full[i]), 2*65536, 2*(highest+1))
		}
		if !bytes.Equal(cut[i], full[i][:len(cut[i])]) || bytes.ContainsFunc(full[i][len(cut[i]):], func(r rune) bool { return r != 0 }) {
			t.Errorf("font %d: the map maps a CID to another glyph than upstream's", i)
		}
	}
}

// TestWidthsOfCharactersSet: each font's /W array in the golden document gives the widths
// upstream's gave for the characters the document sets in that font, and no others (upstream's
// also listed every other character of the font below U+0100).
func TestWidthsOfCharactersSet(t *testing.T) {
	arrays := func(file string) [][]byte {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		return regexp.MustCompile(`(?s)/W \[(?:[^\[\]]|\[[^\]]*\])*\]`).FindAll(b, -1)
	}
	ours, upstream := arrays("testdata/utf8doc.golden.pdf"), arrays("testdata/utf8doc.upstream.pdf")
	if len(ours) != 2 || len(upstream) != 2 {
		t.Fatalf("%d and %d /W arrays, want 2 each", len(ours), len(upstream))
	}
	// the regular face, then the bold, as TestUTF8DocumentGolden sets them
	for i, text := range []string{"The quick brown fox jumps over the lazy dog. àéîõü 0123456789", "Zebra quilt"} {
		got, all := widthsOf(t, ours[i]), widthsOf(t, upstream[i])
		set := map[int]bool{}
		for _, r := range text {
			set[int(r)] = true
		}
		if len(got) != len(set) {
			t.Errorf("font %d: %d widths for %d characters set", i, len(got), len(set))
		}
		for cid, w := range got {
			if !set[cid] || all[cid] != w {
				t.Errorf("font %d: character %d: width %d, set %v, upstream %d", i, cid, w, set[cid], all[cid])
			}
		}
	}
}
