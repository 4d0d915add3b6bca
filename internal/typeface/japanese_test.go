package typeface

import (
	"encoding/binary"
	"strings"
	"testing"

	"haven/internal/diag"
)

// A Japanese edition whose kanji are set in a font made for Chinese or for every language at
// once (Droid Sans Fallback) is warned of, naming the font and a Japanese one to give; a
// Chinese edition in it, or a Japanese one in a font made for Japanese, is not.
func TestKanjiForms(t *testing.T) {
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	fam, err := Choose("ja", append([]*Family{droidFamily(t)}, defaults...), []diag.Located{{Text: "今すぐ助けを求める"}})
	if err != nil {
		t.Fatal(err)
	}
	texts := []diag.Located{{File: "ja/faq.md", Line: 1, Text: "よくある質問：今すぐ助けを求める"}}
	if got := fam.KanjiForms("ja", texts); !strings.Contains(got, "its kanji are set in DroidSansFallbackFull.ttf, a font not made for Japanese") || !strings.Contains(got, "ja/faq.md:1") {
		t.Errorf("ja in Droid Sans Fallback: %q", got)
	}
	if got := fam.KanjiForms("zh", texts); got != "" {
		t.Errorf("zh: %q", got)
	}
	if got := fam.KanjiForms("ja", []diag.Located{{Text: "ひらがな カタカナ"}}); got != "" {
		t.Errorf("ja without kanji: %q", got)
	}
	// a font is made for Japanese by its name table's Japanese names or its family's name
	named := func(platform, language uint16) []byte {
		b := make([]byte, 12+16+6+12)
		binary.BigEndian.PutUint16(b[4:], 1)
		copy(b[12:], "name")
		binary.BigEndian.PutUint32(b[12+8:], 28)
		binary.BigEndian.PutUint16(b[28+2:], 1)
		binary.BigEndian.PutUint16(b[34:], platform)
		binary.BigEndian.PutUint16(b[34+4:], language)
		return b
	}
	for _, tt := range []struct {
		name string
		data []byte
		want bool
	}{
		{"IPAexGothic", named(3, 0x0411), true},
		{"Osaka", named(1, 11), true},
		{"Noto Sans JP", nil, true},
		{"Droid Sans Fallback", named(3, 0x0409), false},
		{"NanumGothic", named(3, 0x0412), false},
		{"Broken", []byte("\x00\x01\x00\x00\x00\x09"), false},
	} {
		if got := japaneseFont(tt.name, tt.data); got != tt.want {
			t.Errorf("japaneseFont(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
