package typeface

import (
	"testing"

	"haven/internal/diag"
)

// An edition is set larger by how much smaller than Atkinson Hyperlegible Next's x-height
// (0.50 em) its font draws its script's letters: Noto Naskh Arabic's seen and sad stand 0.35
// em high, Noto Sans Arabic's 0.39 (both 30% larger, the most); Noto Sans Hebrew's (0.59),
// Devanagari's (0.62, to its headline) and Thai's (0.56) stand higher, Greek is Latin's
// height, and a FAQ mostly in English is Latin: none of them is set larger.
func TestApparent(t *testing.T) {
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		files, name string // a Noto family of fonts-noto-core; "" for the built-in ones alone
		text        string
		want        float64
	}{
		{"NotoNaskhArabic", "Noto Naskh Arabic", "کیا سب متاثرین اسمگلر کو جانتے ہیں؟", 1.3},
		{"NotoSansArabic", "Noto Sans Arabic", "هل يخطف الغرباء كل الضحايا؟", 1.3},
		{"NotoSansHebrew", "Noto Sans Hebrew", "האם כל הקורבנות נחטפים על ידי זרים?", 1},
		{"NotoSansDevanagari", "Noto Sans Devanagari", "क्या सभी पीड़ितों का अपहरण अजनबी करते हैं?", 1},
		{"NotoSansThai", "Noto Sans Thai", "เหยื่อ\u200bทุกคน\u200bถูก\u200bคนแปลกหน้า\u200bลักพาตัว\u200bหรือไม่", 1},
		{"NotoNaskhArabic", "Noto Naskh Arabic", "Do strangers take every victim? Call the hotline: کیا", 1},
		{"", "", "Do strangers kidnap all victims?", 1},
		{"", "", "Οι περισσότεροι γνωρίζουν τον διακινητή τους.", 1},
	} {
		fams := defaults
		if c.files != "" {
			fams = append([]*Family{notoFamily(t, c.files, c.name)}, defaults...)
		}
		texts := []diag.Located{{Text: c.text}}
		fam, err := Choose("xx", fams, texts)
		if err != nil {
			t.Fatal(err)
		}
		if got := Apparent(fam, defaults[0], texts); got != c.want {
			t.Errorf("%s in %s: set %.2f times as large, want %.2f", c.text, fam.Sets(texts).Name, got, c.want)
		}
	}
}
