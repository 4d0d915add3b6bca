package fpdf

import (
	"bytes"
	"os"
	"sync"
	"testing"
	"time"
)

func utf8Doc(t testing.TB, add func(*Fpdf), text string) []byte {
	pdf := New("P", "pt", "A4", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	add(pdf)
	pdf.AddPage()
	pdf.SetFont("calligra", "", 12)
	pdf.Text(10, 20, text)
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestParsedUTF8Font adds one parsed font to documents with different texts at the same time
// and checks each against the document that parses the font itself.
func TestParsedUTF8Font(t *testing.T) {
	font, parsed := calligra(t)
	texts := []string{"Hello", "Zebra quilt", "0123456789", "àéîõü", "Hello"}
	got := make([][]byte, len(texts))
	var wg sync.WaitGroup
	for i, text := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = utf8Doc(t, func(p *Fpdf) { p.AddParsedUTF8Font(parsed) }, text)
		}()
	}
	wg.Wait()
	for i, text := range texts {
		want := utf8Doc(t, func(p *Fpdf) { p.AddUTF8FontFromBytes("calligra", "", font) }, text)
		if !bytes.Equal(got[i], want) {
			t.Errorf("%q: document with the parsed font differs from one that parsed it (%d and %d bytes)", text, len(got[i]), len(want))
		}
	}
	if _, err := ParseUTF8Font("calligra", "", []byte("OTTO\x00\x00\x00\x00")); err == nil {
		t.Error("a CFF font parsed without an error")
	}
}

func BenchmarkAddUTF8Font(b *testing.B) {
	font, parsed := calligra(b)
	b.Run("FromBytes", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			New("P", "pt", "A4", "").AddUTF8FontFromBytes("calligra", "", font)
		}
	})
	b.Run("Parsed", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			New("P", "pt", "A4", "").AddParsedUTF8Font(parsed)
		}
	})
}

// calligra is the test font's bytes and the font parsed.
func calligra(t testing.TB) ([]byte, *UTF8Font) {
	t.Helper()
	font, err := os.ReadFile("font/calligra.ttf")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := ParseUTF8Font("calligra", "", font)
	if err != nil {
		t.Fatal(err)
	}
	return font, parsed
}

// A UTF-8 font's ID comes from its key and its bytes (patch 14): the same for the same file
// under the same name, in any document, and another for another name or other bytes.
func TestUTF8FontID(t *testing.T) {
	font, err := os.ReadFile("font/calligra.ttf")
	if err != nil {
		t.Fatal(err)
	}
	other := append([]byte(nil), font...)
	other[len(other)-1] ^= 1
	id := func(family, style string, b []byte) string {
		p, err := ParseUTF8Font(family, style, b)
		if err != nil {
			t.Fatal(err)
		}
		return p.def.i
	}
	a := id("calligra", "", font)
	if len(a) != 16 || id("calligra", "", font) != a {
		t.Fatalf("ID %q: not 16 hex digits, or not the same twice", a)
	}
	for name, b := range map[string]string{"bold": id("calligra", "B", font), "family": id("other", "", font), "bytes": id("calligra", "", other)} {
		if b == a {
			t.Errorf("another %s, the same ID %s", name, a)
		}
	}
}

// TestGlyph reads the character map as the font is embedded: a glyph for each letter the font
// has, none for a character it lacks.
func TestGlyph(t *testing.T) {
	_, parsed := calligra(t)
	a, b := parsed.Glyph('A'), parsed.Glyph('B')
	if a == 0 || b == 0 || a == b {
		t.Errorf("A has glyph %d, B %d: want two glyphs", a, b)
	}
	if g := parsed.Glyph(0x4E00); g != 0 {
		t.Errorf("U+4E00, which calligra lacks, has glyph %d", g)
	}
}
