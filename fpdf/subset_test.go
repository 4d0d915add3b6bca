package fpdf

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"sync"
	"testing"
	"time"
)

// TestSubsetCache writes documents with and without a shared cache and checks they are the same,
// that a second document with the same characters takes the first one's subset, and that an
// encrypted document neither takes nor leaves a subset.
func TestSubsetCache(t *testing.T) {
	_, parsed := calligra(t)
	cache := NewSubsetCache()
	for _, tc := range []struct {
		text    string
		encrypt bool
		subsets int // in the cache after the document
	}{
		{"Hello", false, 1},
		{"Hello", false, 1},
		{"oleH", false, 1}, // the same characters
		{"Hello", true, 1},
		{"Zebra quilt", false, 2},
		{"Hello", false, 2},
	} {
		doc := func(c *SubsetCache) []byte {
			return utf8Doc(t, func(p *Fpdf) {
				p.SetSubsetCache(c)
				if tc.encrypt {
					p.SetProtection(0, "user", "owner")
				}
				p.AddParsedUTF8Font(parsed)
			}, tc.text)
		}
		got := doc(cache)
		if want := doc(nil); !bytes.Equal(got, want) && !tc.encrypt {
			t.Errorf("%q: document with the cache differs from one without", tc.text)
		}
		if n := len(cache.subsets); n != tc.subsets {
			t.Errorf("%q: %d subsets in the cache, want %d", tc.text, n, tc.subsets)
		}
	}
	// documents that need a subset while it is being made wait for it and write the same bytes
	fresh := NewSubsetCache()
	docs := make([][]byte, 4)
	var wg sync.WaitGroup
	for i := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			docs[i] = utf8Doc(t, func(p *Fpdf) { p.SetSubsetCache(fresh); p.AddParsedUTF8Font(parsed) }, "Quilt")
		}()
	}
	wg.Wait()
	for i := range docs {
		if !bytes.Equal(docs[i], docs[0]) || len(fresh.subsets) != 1 {
			t.Errorf("document %d of four made at once differs, or %d subsets for one", i, len(fresh.subsets))
		}
	}
	plain := utf8Doc(t, func(p *Fpdf) { p.AddParsedUTF8Font(parsed) }, "Hello")
	if cached := utf8Doc(t, func(p *Fpdf) { p.SetSubsetCache(cache); p.AddParsedUTF8Font(parsed) }, "Hello"); !bytes.Equal(cached, plain) {
		t.Error("a cached subset changed after an encrypted document")
	}
}

func BenchmarkSubsetCache(b *testing.B) {
	_, parsed := calligra(b)
	for _, bc := range []struct {
		name  string
		cache *SubsetCache
	}{{"None", nil}, {"Shared", NewSubsetCache()}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				utf8Doc(b, func(p *Fpdf) { p.SetSubsetCache(bc.cache); p.AddParsedUTF8Font(parsed) }, "The quick brown fox")
			}
		})
	}
}

// The subsets are cut while the pages are compressed (patch 10): documents of several pages,
// with a page-count alias the pages are rewritten for, are the same with a shared cache as
// without one, when four are made at once (run with -race too).
func TestSubsetsWhilePagesCompress(t *testing.T) {
	font, err := os.ReadFile("font/calligra.ttf")
	if err != nil {
		t.Fatal(err)
	}
	doc := func(c *SubsetCache, text string) []byte {
		pdf := New("P", "pt", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetSubsetCache(c)
		pdf.AliasNbPages("")
		pdf.AddUTF8FontFromBytes("calligra", "", font)
		pdf.AddUTF8FontFromBytes("calligra", "B", font)
		for page := range 3 {
			pdf.AddPage()
			pdf.SetFont("calligra", "", 12)
			for line := range 40 {
				pdf.Text(20, float64(40+15*line), fmt.Sprintf("%s, page %d of {nb}, line %d", text, page+1, line))
			}
			pdf.SetFont("calligra", "B", 20)
			pdf.Text(20, 700, text)
		}
		var out bytes.Buffer
		if err := pdf.Output(&out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	texts := []string{"The quick brown fox", "jumps over", "the lazy dog", "The quick brown fox"}
	cache := NewSubsetCache()
	got := make([][]byte, len(texts))
	var wg sync.WaitGroup
	for i, text := range texts {
		wg.Go(func() { got[i] = doc(cache, text) })
	}
	wg.Wait()
	for i, text := range texts {
		if want := doc(nil, text); !bytes.Equal(got[i], want) {
			t.Errorf("%q: %d bytes with the shared cache, %d without", text, len(got[i]), len(want))
		}
	}
}

// The font's character map is read when it is parsed (patch 12): documents cut their subsets
// from that one map, without reading it again, and write what a font added from its bytes
// writes; a font cut alone (UTF8CutFont) still reads its own.
func TestCMAPReadAtParse(t *testing.T) {
	font, parsed := calligra(t)
	cmap := parsed.def.utf8File.cmap
	if len(cmap) == 0 || cmap['A'] == 0 {
		t.Fatalf("the parsed font holds a map of %d characters, 'A' at glyph %d", len(cmap), cmap['A'])
	}
	var files []*utf8FontFile
	for _, text := range []string{"Hello", "Zebra quilt"} {
		got := utf8Doc(t, func(p *Fpdf) {
			p.AddParsedUTF8Font(parsed)
			for _, def := range p.fonts {
				files = append(files, def.utf8File)
			}
		}, text)
		if want := utf8Doc(t, func(p *Fpdf) { p.AddUTF8FontFromBytes("calligra", "", font) }, text); !bytes.Equal(got, want) {
			t.Errorf("%q: the document differs from one with the font added from its bytes", text)
		}
	}
	for i, f := range files {
		if reflect.ValueOf(f.charSymbolDictionary).UnsafePointer() != reflect.ValueOf(cmap).UnsafePointer() {
			t.Errorf("document %d cut its subset from a map of its own", i+1)
		}
	}
	if len(UTF8CutFont(font, "Hello")) == 0 {
		t.Error("UTF8CutFont cut nothing")
	}
}

// TestSubsetCut cuts a subset ahead of the document that sets those runes: the document takes
// it (the cache holds one subset, not two) and is the same as one made without the cache; a
// document that sets other runes makes its own.
func TestSubsetCut(t *testing.T) {
	_, parsed := calligra(t)
	for _, tc := range []struct {
		cut, text string
		subsets   int
	}{
		{"Hello", "Hello", 1},
		{"oleH", "Hello", 1},     // the same characters, in any order
		{"0123", "0123", 1},      // characters fpdf reserves from the start (below 57)
		{"Hello!", "Hello", 2},   // one more than the document sets
		{"Hell", "Hello", 2},     // one fewer
		{"", "Hello", 2},         // nothing
		{"Zebra", "Zebra", 1},    // capitals and lower case
		{"Straße", "Straße", 1},  // a rune past 255
		{"Straße", "Strasse", 2}, // the document sets another
	} {
		cache := NewSubsetCache()
		cache.Cut(parsed, []rune(tc.cut))
		got := utf8Doc(t, func(p *Fpdf) { p.SetSubsetCache(cache); p.AddParsedUTF8Font(parsed) }, tc.text)
		if n := cache.Len(); n != tc.subsets {
			t.Errorf("cut %q, document %q: %d subsets in the cache, want %d", tc.cut, tc.text, n, tc.subsets)
		}
		if want := utf8Doc(t, func(p *Fpdf) { p.AddParsedUTF8Font(parsed) }, tc.text); !bytes.Equal(got, want) {
			t.Errorf("cut %q, document %q: differs from one made without the cache", tc.cut, tc.text)
		}
	}
}
