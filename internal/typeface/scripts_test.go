package typeface

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// Text in a script that needs shaping haven does not do is refused where it is first written,
// whatever the fonts, and not blamed on a font: Khmer's vowel signs have empty glyphs until a
// shaper replaces them, which once read as a damaged file.
func TestUnshapedScriptIsRefused(t *testing.T) {
	fams, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		texts []diag.Located
		want  string // "" when the script prints
	}{
		{"Hindi", []diag.Located{{File: "hi/faq.md", Line: 1, Field: "title", Text: "प्रश्न"}}, "hi/faq.md:1: title: haven cannot set Devanagari text yet: it needs shaping haven does not do ('प' U+092A)"},
		{"Bengali", []diag.Located{{File: "bn/faq.md", Line: 2, Text: "সম্পর্কে ফোন"}}, "bn/faq.md:2: haven cannot set Bengali text yet"},
		{"Khmer", []diag.Located{{File: "km/faq.md", Line: 3, Text: "ធ្វើ"}}, "km/faq.md:3: haven cannot set Khmer text yet"},
		{"Thai tone mark over a vowel", []diag.Located{{File: "th/faq.md", Line: 4, Text: "ที่"}}, "haven cannot set Thai text yet"},
		{"Lao", []diag.Located{{File: "lo/faq.md", Line: 5, Text: "ບໍ່"}}, "haven cannot set Lao text yet"},
		{"Tamil", []diag.Located{{File: "ta/faq.md", Line: 6, Text: "கொடு"}}, "haven cannot set Tamil text yet"},
		{"Myanmar", []diag.Located{{File: "my/faq.md", Line: 7, Text: "မြန်မာ"}}, "haven cannot set Myanmar text yet"},
		{"a Hindi word in English, at its line", []diag.Located{
			{File: "en/faq.md", Line: 1, Text: "Help"},
			{File: "en/faq.md", Line: 9, Field: "answer", Text: "Say नमस्ते"},
		}, "en/faq.md:9: answer: haven cannot set Devanagari"},
		{"two scripts, each named", []diag.Located{{File: "x.md", Line: 1, Text: "क"}, {File: "x.md", Line: 2, Text: "ក"}}, "x.md:2: haven cannot set Khmer"},
		{"Vietnamese", []diag.Located{{File: "vi/faq.md", Line: 1, Text: "Tiếng Việt người"}}, ""},
		{"Arabic, joined by Shape", []diag.Located{{File: "ar/faq.md", Line: 1, Text: "مرحبا"}}, ""},
		{"Greek", []diag.Located{{File: "el/faq.md", Line: 1, Text: "Γεια σας"}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Choose(fams, tt.texts)
			msg := ""
			if err != nil {
				msg = err.Error()
			}
			shaping := strings.Contains(msg, "needs shaping")
			if tt.want == "" {
				if shaping {
					t.Errorf("refused as unshaped: %s", msg)
				}
				return
			}
			if !strings.Contains(msg, tt.want) || strings.Contains(msg, "damaged") || strings.Contains(msg, "no font can print") {
				t.Errorf("message:\n%s\nwant it to contain %q", msg, tt.want)
			}
		})
	}
}
