package typeface

import (
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"haven/internal/diag"
)

// A language keeps its family when the letters it lacks are in a few foreign words, which
// are set whole in a fallback that has them; a language whose own letters it lacks does not.
func TestFewForeignWordsKeepTheFamily(t *testing.T) {
	fams, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("Call the hotline at any hour of the day or night, free and private. ", 10)
	for _, tt := range []struct {
		name, text string
		self       string // the language's name for itself
		family     string
		line       string
		runs       []string // the runs of line, each "face: text"
		foreign    string   // what Foreign says
	}{
		{"an English FAQ naming Vietnamese", body + "We speak Tiếng Việt.", "English", "Atkinson Hyperlegible Next", "We speak Tiếng Việt.",
			[]string{"Atkinson Hyperlegible Next: We speak ", "Noto Sans: Tiếng", "Atkinson Hyperlegible Next:  ", "Noto Sans: Việt."},
			`"Tiếng" (en/faq.md:3) in Noto Sans, which has 'ế' U+1EBF`},
		{"a Vietnamese edition", strings.Repeat("Gọi đường dây nóng bất cứ lúc nào, miễn phí và bảo mật. ", 10), "Tiếng Việt", "Noto Sans", "Gọi đường dây nóng",
			[]string{"Noto Sans: Gọi đường dây nóng"}, ""},
		{"a Greek edition, its text not yet translated", body, "Ελληνικά", "Noto Sans", "Call the hotline", []string{"Noto Sans: Call the hotline"}, ""},
		{"English alone", body, "English", "Atkinson Hyperlegible Next", "Call the hotline", []string{"Atkinson Hyperlegible Next: Call the hotline"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			texts := []diag.Located{{File: "en/text.yaml", Line: 1, Field: "language", Text: tt.self}, {File: "en/faq.md", Line: 3, Text: tt.text}}
			fam, err := Choose("en", fams, texts)
			if err != nil {
				t.Fatal(err)
			}
			if fam.Name != tt.family {
				t.Fatalf("set in %s, want %s", fam.Name, tt.family)
			}
			if got := fam.Foreign(texts); tt.foreign == "" && got != "" || !strings.Contains(got, tt.foreign) {
				t.Errorf("Foreign says %q, want %q", got, tt.foreign)
			}
			var buf sfnt.Buffer
			var got []string
			for _, r := range fam.Runs(&buf, tt.line) {
				got = append(got, r.Face.Name+": "+r.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.runs, "|") {
				t.Errorf("runs of %q:\n got  %q\n want %q", tt.line, got, tt.runs)
			}
		})
	}
}
