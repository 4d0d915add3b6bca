package fpdf

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"testing"
)

// TestFontID holds the font ID to upstream's, the SHA-1 of the definition's JSON, for a parsed
// UTF-8 font and definitions with no, empty and negative widths and strings JSON escapes.
func TestFontID(t *testing.T) {
	font, _ := calligra(t)
	parsed, err := parseUTF8FontDef("calligra", font)
	if err != nil {
		t.Fatal(err)
	}
	for _, def := range []fontDefType{
		parsed,
		{Tp: "Core", Name: "Helvetica"},
		{Tp: "TrueType", Name: `a "Cw":null <b> & é`, Cw: []int{}, Diff: "128 /Euro\\n", File: "x.z"},
		{Tp: "Type1", Name: "n", Cw: []int{-5, 0, 1 << 40, 7}, Enc: "cp1252", Size1: 3, DiffN: 2},
	} {
		def.File = "ignored.json"
		got, err := generateFontID(def)
		if err != nil {
			t.Fatal(err)
		}
		def.File = ""
		b, err := json.Marshal(&def)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("%x", sha1.Sum(b)); got != want {
			t.Errorf("%s: font ID %s, want %s", def.Name, got, want)
		}
	}
}

func BenchmarkFontID(b *testing.B) {
	font, _ := calligra(b)
	def, err := parseUTF8FontDef("calligra", font)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		generateFontID(def)
	}
}
