package fpdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TextGlyphs (patch 27) sets glyphs by index: each glyph and text gets a code of its own from
// U+E000, which the CIDToGIDMap maps to the glyph, /W to its advance and ToUnicode to its
// text (none for ""); the pen moves where a glyph is not where the one before leaves it, and
// a raised glyph is raised in the same text object, so that readers keep the glyphs' order.
func TestTextGlyphs(t *testing.T) {
	_, parsed := calligra(t)
	h, i := parsed.Glyph('H'), parsed.Glyph('i')
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(false)
	pdf.AddParsedUTF8Font(parsed)
	pdf.AddPage()
	pdf.SetFont("calligra", "", 10)
	wH := pdf.GetStringWidth("H")
	pdf.TextGlyphs(10, 20, []Glyph{{ID: h, Text: "Hé"}, {ID: i, Text: "", X: wH + 1, Y: 2}, {ID: h, Text: "Hé", X: 2*wH + 1}, {ID: h, Text: "Hé", X: 3*wH + 2}}, 4*wH+3)
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		t.Fatal(err)
	}
	raw := out.String()
	// 1 pt further than H's advance is -100 thousandths of the 10 pt em; the pen ends at the
	// text's advance, 1 pt past the last H
	want := fmt.Sprintf("BT 10.00 821.89 Td [(\xe0\x00)] TJ 2.00 Ts [-100.00(\xe0\x01)] TJ 0.00 Ts [%.2f(\xe0\x00)-100.00(\xe0\x00)-100.00] TJ ET",
		-(wH-pdf.GetStringWidth("i"))*100)
	if !strings.Contains(raw, want) {
		t.Errorf("the content stream does not place the glyphs as %q:\n%q", want, raw[strings.Index(raw, "BT 10"):][:80])
	}
	if got := readToUnicode(t, out.Bytes()); got[0xE000] != "Hé" || got[0xE001] != "" || got[0xE002] != string(rune(0xE002)) {
		t.Errorf("ToUnicode: %q, %q, %q", got[0xE000], got[0xE001], got[0xE002])
	}
	if !strings.Contains(raw, "<E001> <>") {
		t.Error("a glyph that copies as nothing is not mapped to nothing")
	}
	cw := parsed.def.Cw['H']
	if !regexp.MustCompile(`57344 \[ ` + strconv.Itoa(cw) + ` `).MatchString(raw) {
		t.Errorf("/W does not give code E000 the width of H (%d): %s", cw, regexp.MustCompile(`/W \[[^\n]*`).FindString(raw))
	}
	m := regexp.MustCompile(`(?s)/CIDToGIDMap (\d+) 0 R`).FindStringSubmatch(raw)
	s := regexp.MustCompile(`(?s)\n` + m[1] + ` 0 obj\n<<[^>]*>>\nstream\n(.*?)\nendstream`).FindStringSubmatch(raw)
	if len(s) < 2 {
		t.Fatal("no CIDToGIDMap")
	}
	zr, err := zlib.NewReader(strings.NewReader(s[1]))
	if err != nil {
		t.Fatal(err)
	}
	gids, err := io.ReadAll(zr)
	if err != nil || len(gids) < 2*0xE002 {
		t.Fatalf("no CIDToGIDMap up to E001: %v", err)
	}
	gid := func(c int) int { return int(gids[2*c])<<8 | int(gids[2*c+1]) }
	if gid(0xE000) == 0 || gid(0xE001) == 0 || gid(0xE000) == gid(0xE001) {
		t.Errorf("the CIDToGIDMap maps E000 and E001 to glyphs %d and %d", gid(0xE000), gid(0xE001))
	}

	// a text whose first glyph is raised begins raised, with no empty array
	first := New("P", "pt", "A4", "")
	first.SetCompression(false)
	first.AddParsedUTF8Font(parsed)
	first.AddPage()
	first.SetFont("calligra", "", 10)
	first.TextGlyphs(10, 20, []Glyph{{ID: i, Text: "i", Y: 1, X: 0.5}, {ID: h, Text: "H", X: 5}}, 5+wH)
	out.Reset()
	if err := first.Output(&out); err != nil {
		t.Fatal(err)
	}
	// and one drawn past the text's origin is moved to, the text object beginning at it
	if raw := out.String(); !strings.Contains(raw, "BT 10.00 821.89 Td 1.00 Ts [-50.00(\xe0\x00)] TJ 0.00 Ts [") || strings.Contains(raw, "[]") {
		t.Errorf("a raised first glyph: %q", raw[strings.Index(raw, "BT 10"):][:60])
	}

	for name, set := range map[string]func(*Fpdf){
		"glyph 0":          func(p *Fpdf) { p.TextGlyphs(0, 0, []Glyph{{ID: 0}}, 0) },
		"past the last":    func(p *Fpdf) { p.TextGlyphs(0, 0, []Glyph{{ID: 1 << 20}}, 0) },
		"not a UTF-8 font": func(p *Fpdf) { p.SetFont("Helvetica", "", 10); p.TextGlyphs(0, 0, []Glyph{{ID: h}}, 0) },
	} {
		p := New("P", "pt", "A4", "")
		p.AddParsedUTF8Font(parsed)
		p.AddPage()
		p.SetFont("calligra", "", 10)
		set(p)
		if p.Error() == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
