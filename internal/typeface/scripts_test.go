package typeface

import (
	"strings"
	"testing"

	"haven/internal/content"
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
		// Indic scripts are shaped (Family.Shape): a font for them is all they want
		{"Hindi", []diag.Located{{File: "hi/faq.md", Line: 1, Field: "title", Text: "प्रश्न"}}, ""},
		{"Bengali", []diag.Located{{File: "bn/faq.md", Line: 2, Text: "সম্পর্কে ফোন"}}, ""},
		{"Tamil", []diag.Located{{File: "ta/faq.md", Line: 6, Text: "கொடு"}}, ""},
		// so are Thai, Lao, Khmer and Myanmar, in runs a line may break between (a space, a
		// zero-width space), as a name or a word in another language's text is
		{"Khmer", []diag.Located{{File: "km/faq.md", Line: 3, Text: "ធ្វើ"}}, ""},
		{"Thai tone mark over a vowel", []diag.Located{{File: "th/faq.md", Line: 4, Text: "ที่"}}, ""},
		{"Lao", []diag.Located{{File: "lo/faq.md", Line: 5, Text: "ບໍ່"}}, ""},
		{"Myanmar", []diag.Located{{File: "my/faq.md", Line: 7, Text: "မြန်မာ"}}, ""},
		// Myanmar breaks between its syllables: a run of any length prints
		{"Myanmar compounds", []diag.Located{{File: "my/faq.md", Line: 37, Text: "ရွှေ့ပြောင်းသင်ကြားရေးစင်တာသို့ ရွှေ့ပြောင်းအလုပ်သမားများအတွက်ရွှေ့ပြောင်းသင်ကြားရေးစင်တာသို့"}}, ""},
		{"S'gaw Karen", []diag.Located{{File: "ksw/faq.md", Line: 3, Text: "တၢ်မၤစၢၤတၢ်မၤစၢၤတၢ်မၤစၢၤတၢ်မၤစၢၤတၢ်မၤစၢၤ"}}, ""},
		{"Thai words between zero-width spaces", []diag.Located{{File: "th/faq.md", Line: 4, Text: "ข้อ\u200bเท็จ\u200bจริง\u200bและ\u200bคำถาม\u200bที่\u200bพบ\u200bบ่อย\u200bเกี่ยว\u200bกับ\u200bการ\u200bค้า"}}, ""},
		{"Thai prose, its words unmarked", []diag.Located{{File: "th/faq.md", Line: 8, Field: "title", Text: "ข้อเท็จจริงและคำถามที่พบบ่อยเกี่ยวกับการค้า"}},
			`th/faq.md:8: title: haven cannot set this Thai text yet: "ข้อเท็จจริงและคำถามที่พบบ่อยเกี่ยวกับการค้า" runs 31 characters and more without a space`},
		// every other text with such a run named, by file and line, to fix them in one pass
		{"Thai prose on many lines", []diag.Located{
			{File: "c/th/faq.md", Line: 1, Field: "title", Text: "คำถามที่พบบ่อยเรื่องการค้ามนุษย์และการบังคับใช้แรงงาน"},
			{File: "c/th/faq.md", Line: 3, Text: "ข้อ\u200bเท็จ\u200bจริง"}, // broken: not named
			{File: "c/th/faq.md", Line: 5, Text: "ข้อเท็จจริงและคำถามที่พบบ่อยเกี่ยวกับการค้า และ ข้อเท็จจริงและคำถามที่พบบ่อยเกี่ยวกับการค้า"},
			{File: "c/th/faq.md", Line: 9, Text: "ข้อเท็จจริงและคำถามที่พบบ่อยเกี่ยวกับการค้า"},
			{File: "c/th/text.yaml", Line: 12, Field: "help.note", Text: "ข้อเท็จจริงและคำถามที่พบบ่อยเกี่ยวกับการค้า"},
		}, `c/th/faq.md:1: title: haven cannot set this Thai text yet: "คำถามที่พบบ่อยเรื่องการค้ามนุษย์และการบังคับใช้แรงงาน" runs 31 characters and more without a space, and haven, which has no dictionary of Thai words, breaks Thai lines only at spaces and zero-width spaces (put a zero-width space (U+200B, which prints nothing: &#8203; in faq.md, \u200B in a double-quoted text.yaml value) or a space between words where a line may break, at least every 30 characters, here and on the 3 other lines with such a run (th/faq.md lines 5, 9 and th/text.yaml line 12), and check the breaks on proof.pdf)`},
		{"Thai prose on two lines", []diag.Located{
			{File: "c/th/faq.md", Line: 1, Field: "title", Text: "คำถามที่พบบ่อยเรื่องการค้ามนุษย์และการบังคับใช้แรงงาน"},
			{File: "c/th/faq.md", Line: 9, Text: "ข้อเท็จจริงและคำถามที่พบบ่อยเกี่ยวกับการค้า"},
		}, `at least every 30 characters, here and on the other line with such a run (th/faq.md line 9), and check`},
		{"Thai prose on one line", []diag.Located{
			{File: "c/th/faq.md", Line: 1, Field: "title", Text: "คำถามที่พบบ่อยเรื่องการค้ามนุษย์และการบังคับใช้แรงงาน"},
		}, `at least every 30 characters, and check`},
		{"Tibetan", []diag.Located{{File: "bo/faq.md", Line: 3, Text: "བོད་ཡིག"}}, "bo/faq.md:3: haven cannot set Tibetan text yet"},
		{"Mongolian, written in columns", []diag.Located{{File: "mn-Mong/faq.md", Line: 1, Field: "title", Text: "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ"}},
			"mn-Mong/faq.md:1: title: haven cannot set Mongolian text yet: it is written in columns, top to bottom, its letters joined, and haven's PDFs set text only in lines ('ᠮ' U+182E)"},
		{"Adlam, beyond the characters the PDF writer embeds", []diag.Located{{File: "ff/faq.md", Line: 3, Text: "𞤀𞤣𞤤𞤢𞤥 𞥑𞥒"}},
			"ff/faq.md:3: haven cannot set Adlam text yet: its letters are beyond the characters haven's PDF writer embeds ('𞤀' U+1E900)"},
		{"a Syriac word in English, at its line", []diag.Located{
			{File: "en/faq.md", Line: 1, Text: "Help"},
			{File: "en/faq.md", Line: 9, Field: "answer", Text: "Say ܫܠܡܐ"},
		}, "en/faq.md:9: answer: haven cannot set Syriac"},
		{"two scripts, each named", []diag.Located{{File: "x.md", Line: 1, Text: "ܫ"}, {File: "x.md", Line: 2, Text: "བ"}}, "x.md:2: haven cannot set Tibetan"},
		{"a vowel sign with no letter", []diag.Located{{File: "hi/faq.md", Line: 3, Field: "answer", Text: "हर बच्चा ि सुरक्षा"}},
			`hi/faq.md:3: answer: a vowel sign or mark has no letter before it: 'ि' (U+093F, in "बच्चा ि सुरक्षा"); it would print on a dotted circle`},
		{"a mark at a text's start", []diag.Located{{File: "ta/faq.md", Line: 2, Text: "ொ தமிழ்"}}, "'ொ' (U+0BCA, in \"ொ தமிழ்\")"},
		{"bold ending inside a conjunct", []diag.Located{{File: "hi/faq.md", Line: 4, Text: content.BoldOn + "क" + content.BoldOff + "्ष"}},
			`hi/faq.md:4: bold or italic begins or ends inside a syllable, between a letter and its vowel sign or mark, or a virama and the next letter: '्' (U+094D, in "क्ष")`},
		{"italic ending after a virama", []diag.Located{{File: "hi/faq.md", Line: 5, Text: "नहीं। " + content.ItalicOn + "क्" + content.ItalicOff + "ष ज़्यादातर"}},
			`hi/faq.md:5: bold or italic begins or ends inside a syllable, between a letter and its vowel sign or mark, or a virama and the next letter: 'ष' (U+0937, in "क्ष ज़्यादातर")`},
		{"bold beginning on an Arabic vowel sign", []diag.Located{{File: "ar/faq.md", Line: 6, Text: "ك" + content.BoldOn + "ُلّ" + content.BoldOff + " طفل"}},
			`ar/faq.md:6: bold or italic begins or ends between a letter and its vowel sign or accent: 'ُ' (U+064F, in "كُلّ"); printed in two faces, the sign cannot sit on its letter (put the ** or * before or after the whole word)`},
		{"italic ending before Myanmar's full stop", []diag.Located{{File: "my/faq.md", Line: 5, Text: content.ItalicOn + "သိကြသည်" + content.ItalicOff + "။"}}, ""},
		{"Vietnamese", []diag.Located{{File: "vi/faq.md", Line: 1, Text: "Tiếng Việt người"}}, ""},
		{"Arabic, joined by Shape", []diag.Located{{File: "ar/faq.md", Line: 1, Text: "مرحبا"}}, ""},
		{"Greek", []diag.Located{{File: "el/faq.md", Line: 1, Text: "Γεια σας"}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Choose("xx", fams, tt.texts)
			msg := ""
			if err != nil {
				msg = err.Error()
			}
			shaping := strings.Contains(msg, "needs shaping") || strings.Contains(msg, "cannot set") || strings.Contains(msg, "inside a syllable")
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

// Accents haven cannot place are refused where first written, naming the letters: one with no
// letter before it, one on a character of a script whose accents HarfBuzz does not place, and
// so is an Arabic vowel sign with no letter before it; what haven prints right (Urdu and
// Persian letters, Vietnamese composed by NFC, Hebrew points, and the words HarfBuzz shapes:
// Pashto's, Kurdish and Sindhi letters without presentation forms, Arabic vowel signs on their
// letters, Latin letters with accents no character composes them with) is not.
func TestLooseAccentsRefused(t *testing.T) {
	for _, tt := range []struct {
		name  string
		texts []diag.Located
		want  []string // each in the message; none when it prints
	}{
		// letters Unicode gives no joined forms: HarfBuzz shapes their words
		{"Pashto", []diag.Located{{File: "ps/faq.md", Line: 1, Text: "Help"}, {File: "ps/faq.md", Line: 3, Field: "title", Text: "پوښتنې او ځوابونه"}}, nil},
		{"Sorani Kurdish", []diag.Located{{File: "ckb/faq.md", Line: 2, Text: "وەڵام پەڕە دێت"}}, nil},
		{"Sindhi", []diag.Located{{File: "sd/faq.md", Line: 2, Text: "ٻار ڪڏهن ڀڄي"}}, nil},
		// accents no character composes with their Latin, Greek or Cyrillic letter: HarfBuzz
		// places them, shaping their words
		{"Navajo", []diag.Located{{File: "nv/faq.md", Line: 5, Field: "answer", Text: "shí éí Diné nishłį́"}}, nil},
		{"Yoruba", []diag.Located{{File: "yo/faq.md", Line: 6, Text: "Ẹ̀ jọ̀ọ́"}}, nil},
		{"Marshallese", []diag.Located{{File: "mh/faq.md", Line: 7, Text: "Kom̧m̧ool, M̧ajeļ"}}, nil},
		{"an accent on a Chinese character", []diag.Located{{File: "zh/faq.md", Line: 2, Text: "中\u0301文"}}, []string{`zh/faq.md:2: haven cannot place the accents of "中́" (U+4E2D U+0301)`}},
		{"bold ending between a Yoruba letter and its accent", []diag.Located{{File: "yo/faq.md", Line: 3, Text: content.BoldOn + "jọ" + content.BoldOff + "\u0300"}},
			[]string{"yo/faq.md:3: bold or italic begins or ends between a letter and its vowel sign or accent: '̀' (U+0300, in \"jọ̀\")"}},
		{"a mark with no letter", []diag.Located{{File: "x.md", Line: 8, Text: "\u0301a"}}, []string{`x.md:8: haven cannot place the accents of "́" (U+0301)`}},
		{"Vietnamese, composed", []diag.Located{{File: "vi/faq.md", Line: 1, Text: "Tiếng Việt người"}}, nil},
		{"Urdu", []diag.Located{{File: "ur/faq.md", Line: 1, Text: "بچوں کے بارے میں پھر ہاٹ ڈر"}}, nil},
		{"Persian", []diag.Located{{File: "fa/faq.md", Line: 1, Text: "پول چشم ویژه گمان"}}, nil},
		{"Arabic vowel signs", []diag.Located{{File: "ar/faq.md", Line: 1, Text: "لَا تَخَفْ"}}, nil},
		{"an Arabic vowel sign after a space", []diag.Located{{File: "ar/faq.md", Line: 1, Text: "لا \u064Eتخف"}},
			[]string{`ar/faq.md:1: haven cannot place the accents of " َ" (U+0020 U+064E)`, "write it right after its letter"}},
		{"Hebrew points", []diag.Located{{File: "he/faq.md", Line: 1, Text: "שָׁלוֹם"}}, nil},
		{"Arabic vowel signs in a word of the page only", []diag.Located{{File: "ar/text.yaml", Line: 72, Field: "site.leaving", Text: "جارٍ التَّحميل"}}, nil}, // a browser places them
		// every place the same mark is written is said in the first's problem, so one run finds them all
		{"the same accent in three texts", []diag.Located{{File: "c/x/faq.md", Line: 15, Text: "a \u0301b"}, {File: "c/x/text.yaml", Line: 16, Text: "c \u0301d"}, {File: "c/x/text.yaml", Line: 23, Text: "e \u0301"}},
			[]string{`c/x/faq.md:15: haven cannot place the accents of " ́" (U+0020 U+0301)`, "; the same in x/text.yaml:16, x/text.yaml:23 ("}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckShaping(tt.texts)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("not refused")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message:\n%s\nwant it to contain %q", err, w)
				}
			}
		})
	}
}
