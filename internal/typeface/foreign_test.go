package typeface

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"haven/fonts"
	"haven/internal/contenttest"
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
			checkRuns(t, fam, tt.line, tt.runs)
		})
	}
}

// A Chinese text is set in one face: not in a Korean font that has most of its characters,
// with the few it lacks from another (two Chinese typefaces in every line), but in the font
// that has them all, given first or not; a Latin word in it comes from a face that has its
// letters, as a word of its own, never the sentence around it.
func TestChineseInOneFace(t *testing.T) {
	nanum := contenttest.SystemFont(t, "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf", "fonts-nanum")
	nanumBold := contenttest.SystemFont(t, "/usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf", "fonts-nanum")
	korean, err := New("NanumBarunGothic.ttf", "NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf", nanum, nanumBold)
	if err != nil {
		t.Fatal(err)
	}
	chinese := droidFamily(t)
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	// 並, 份, 你 and 嗎 are not in NanumBarunGothic; the rest of the text is
	texts := []diag.Located{
		{File: "zh-Hant/text.yaml", Line: 1, Field: "language", Text: "繁體中文"},
		{File: "zh-Hant/faq.md", Line: 1, Field: "title", Text: "國內未成年人性販運（DMST）的事實與常見問題"},
		{File: "zh-Hant/faq.md", Line: 3, Field: "introduction", Text: strings.Repeat("大多數受害者認識販運他們的人，而且許多人仍住在自己的社區裡。", 12) + "你並不孤單。這份單張回答常見問題嗎？"},
		{File: "zh-Hant/text.yaml", Line: 9, Field: "help.text", Text: "傳送HELP至233733"},
	}
	for _, order := range [][]*Family{{korean, chinese}, {chinese, korean}} {
		fam, err := Choose("zh-Hant", append(order, defaults...), texts)
		if err != nil {
			t.Fatal(err)
		}
		if fam.Name != chinese.Name {
			t.Fatalf("%s first: set in %s, want %s", order[0].Name, fam.Name, chinese.Name)
		}
		var buf sfnt.Buffer
		for line, want := range map[string][]string{
			texts[1].Text: {"DroidSansFallbackFull.ttf: 國內未成年人性販運（", "Atkinson Hyperlegible Next: DMST", "DroidSansFallbackFull.ttf: ）的事實與常見問題"},
			texts[3].Text: {"DroidSansFallbackFull.ttf: 傳送", "Atkinson Hyperlegible Next: HELP", "DroidSansFallbackFull.ttf: 至", "Atkinson Hyperlegible Next: 233733"},
		} {
			var got []string
			for _, r := range fam.Runs(&buf, line) {
				got = append(got, r.Face.Name+": "+r.Text)
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%s first: runs of %q:\n got  %q\n want %q", order[0].Name, line, got, want)
			}
		}
	}
	// a short Japanese edition whose Latin words (a keyword, TTY, an address, the organisation's
	// name) are many beside its few sentences is still set in the face with all its kanji
	japanese := []diag.Located{
		{File: "ja/text.yaml", Line: 1, Field: "language", Text: "日本語"},
		{File: "ja/text.yaml", Line: 5, Field: "help.text", Text: "START を 88788 に送信"},
		{File: "ja/text.yaml", Line: 6, Field: "help.tty", Text: "TTY 1-800-787-3224（聴覚障害のある方）"},
		{File: "ja/text.yaml", Line: 7, Field: "help.chat", Text: "www.thehotline.org/get-help でチャット"},
		{File: "ja/faq.md", Line: 3, Field: "introduction", Text: "Lotus Family Safety Network は昼も夜も対応します。緊急の場合は 911 に電話してください。番号を伝えてください。"},
	}
	for _, order := range [][]*Family{{korean, chinese}, {chinese, korean}} {
		if fam, err := Choose("ja", append(order, defaults...), japanese); err != nil || fam.Name != chinese.Name {
			t.Errorf("%s first, a short Japanese edition: set in %v (%v), want %s", order[0].Name, fam, err, chinese.Name)
		}
	}
	// an English text that names languages in their own letters stays in its face
	english := []diag.Located{{File: "en/faq.md", Line: 3, Text: strings.Repeat("Call the hotline at any hour of the day or night, free and private. ", 30) + "We speak Tiếng Việt and 中文."}}
	if fam, err := Choose("en", append([]*Family{chinese}, defaults...), english); err != nil || fam.Name != defaults[0].Name {
		t.Errorf("an English text with Tiếng Việt and 中文 in it: set in %v (%v), want %s", fam, err, defaults[0].Name)
	}
}

// A font made for Chinese, Japanese or Korean, given for that edition, sets no text in another
// script that another family prints, its Latin and Cyrillic letters being an afterthought:
// not English, Russian or Polish, nor the Latin words of a Persian or a Chinese edition; it
// sets its own edition. A Latin brand font still sets what it has the letters of.
func TestCJKFontSetsItsScriptOnly(t *testing.T) {
	nanum, err := New("NanumBarunGothic.ttf", "NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf",
		contenttest.SystemFont(t, "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf", "fonts-nanum"),
		contenttest.SystemFont(t, "/usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf", "fonts-nanum"))
	if err != nil {
		t.Fatal(err)
	}
	serif, err := New("LiberationSerif", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
		contenttest.SystemFont(t, "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "fonts-liberation"),
		contenttest.SystemFont(t, "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", "fonts-liberation"))
	if err != nil {
		t.Fatal(err)
	}
	naskh, chinese := notoFamily(t, "NotoNaskhArabic", "NotoNaskhArabic"), droidFamily(t)
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	body := func(s string) string { return strings.Repeat(s+" ", 10) }
	for _, tt := range []struct {
		name   string
		given  []*Family // before the built-in families
		text   string
		family string
		line   string
		runs   []string // the runs of line, each "face: text"
	}{
		{"English", []*Family{nanum}, body("Call the hotline at any hour."), "Atkinson Hyperlegible Next", "Text «HELP» to 233733", []string{"Atkinson Hyperlegible Next: Text «HELP» to 233733"}},
		{"Russian", []*Family{nanum}, body("Звоните на горячую линию в любое время."), "Noto Sans", "Звоните 911", []string{"Noto Sans: Звоните 911"}},
		{"Persian", []*Family{nanum, naskh}, body("در هر ساعتی با خط تماس بگیرید."), "NotoNaskhArabic", "HELP را به 233733 پیامک کنید",
			[]string{"Atkinson Hyperlegible Next: HELP ", "NotoNaskhArabic: را به 233733 پیامک کنید"}},
		{"Korean", []*Family{nanum}, body("언제든지 상담 전화로 연락하세요."), "NanumBarunGothic.ttf", "HELP를 233733으로 보내세요", []string{"NanumBarunGothic.ttf: HELP를 233733으로 보내세요"}},
		{"Chinese, the Korean font first", []*Family{nanum, chinese}, body("你並不孤單。這份單張回答常見問題嗎？"), "DroidSansFallbackFull.ttf", "傳送HELP至233733",
			[]string{"DroidSansFallbackFull.ttf: 傳送", "Atkinson Hyperlegible Next: HELP", "DroidSansFallbackFull.ttf: 至", "Atkinson Hyperlegible Next: 233733"}},
		{"English in a Latin brand font", []*Family{serif, nanum}, body("Call the hotline at any hour."), "LiberationSerif", "Text HELP", []string{"LiberationSerif: Text HELP"}},
		{"Spanish in a Latin brand font", []*Family{serif, nanum}, body("Llame a la línea en cualquier momento, señora."), "LiberationSerif", "Envíe AYUDA", []string{"LiberationSerif: Envíe AYUDA"}},
		{"Russian in a Latin brand font with Cyrillic", []*Family{nanum, serif}, body("Звоните на горячую линию в любое время."), "LiberationSerif", "Звоните 911", []string{"LiberationSerif: Звоните 911"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			texts := []diag.Located{{File: "x/faq.md", Line: 3, Text: tt.text}, {File: "x/text.yaml", Line: 9, Text: tt.line}}
			fam, err := Choose("x", append(tt.given, defaults...), texts)
			if err != nil {
				t.Fatal(err)
			}
			if fam.Name != tt.family {
				t.Fatalf("set in %s, want %s", fam.Name, tt.family)
			}
			checkRuns(t, fam, tt.line, tt.runs)
		})
	}
}

// A measurer says which texts its family prints, with its fallbacks: English in Atkinson
// Hyperlegible Next alone, not Vietnamese; both once Noto Sans sets Vietnamese words for it.
func TestMeasurerDraws(t *testing.T) {
	fams, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	english := []diag.Located{{File: "en/faq.md", Line: 3, Text: "Call the hotline at any hour."}}
	mixed := []diag.Located{{File: "en/faq.md", Line: 3, Text: strings.Repeat("Call the hotline at any hour. ", 30) + "We speak Tiếng Việt."}}
	for _, tt := range []struct {
		texts []diag.Located
		s     string
		want  bool
	}{
		{english, "Print at 100% (actual size)", true},
		{english, "In ở tỷ lệ 100%", false},
		{mixed, "In ở tỷ lệ 100%", true},
	} {
		fam, err := Choose("en", fams, tt.texts)
		if err != nil {
			t.Fatal(err)
		}
		if got := NewMeasurer(fam).Draws(tt.s); got != tt.want {
			t.Errorf("%s with fallbacks %d: Draws(%q) = %v, want %v", fam.Name, len(fam.Fallback), tt.s, got, tt.want)
		}
	}
}

// An edition set in one of haven's families rather than the organisation's font is said when
// that font has most of its letters (a Latin brand font without Vietnamese's), with whether
// the letters it lacks are few enough to write around; not when the font is for another script
// (a Chinese font beside an English edition), nor for an edition in the font or another of
// the user's.
func TestOutOfBrand(t *testing.T) {
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	latin, err := New("Brand", "Brand.ttf", "Brand-Bold.ttf", fonts.AtkinsonRegular, fonts.AtkinsonBold)
	if err != nil {
		t.Fatal(err)
	}
	chinese := droidFamily(t)
	noto := defaults[1]
	text := func(s string) []diag.Located { return []diag.Located{{File: "x/faq.md", Line: 1, Text: s}} }
	for _, tt := range []struct {
		name       string
		fam, brand *Family
		texts      []diag.Located
		lacks      string // in what is said; "" for nothing said
		few        bool
	}{
		{"Vietnamese out of a Latin brand font", noto, latin, text("Gọi đường dây nóng bất cứ lúc nào, miễn phí và bảo mật."), "'ọ' U+1ECD", false},
		{"one letter out of it", noto, latin, text("Call the hotline. Ŧ"), "'Ŧ' U+0166", true},
		{"English beside a Chinese font", defaults[0], chinese, text("Call the hotline at any hour."), "", false},
		{"an edition in the brand font", latin, latin, text("Call the hotline."), "", false},
		{"an edition in another of the user's fonts", chinese, latin, text("撥打熱線"), "", false},
	} {
		lacks, few := OutOfBrand(tt.fam, tt.brand, tt.texts)
		if tt.lacks == "" && lacks != "" || !strings.Contains(lacks, tt.lacks) || few != tt.few {
			t.Errorf("%s: %q, few %v; want %q, few %v", tt.name, lacks, few, tt.lacks, tt.few)
		}
	}
}

// A character an edition's face lacks (a Chinese font's digits, a Persian one's hyphen) comes
// from a face with the Latin alphabet, the same whatever other editions the run builds: not
// from an Arabic or Hebrew font given, first, for another edition.
func TestFallbackFromALatinFace(t *testing.T) {
	naskh, hebrew := notoFamily(t, "NotoNaskhArabic", "NotoNaskhArabic"), notoFamily(t, "NotoSansHebrew", "NotoSansHebrew")
	chinese := droidFamily(t)
	defaults, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang   string
		own    *Family
		others []*Family // given before it, for other editions
		text   string
	}{
		{"zh-Hant", chinese, []*Family{naskh, hebrew}, "請致電 1-888-373-7888，或傳送至 233733。"},
		{"fa", naskh, []*Family{hebrew}, "با شماره ۱-۸۸۸-۳۷۳-۷۸۸۸ تماس بگیرید."},
	} {
		texts := []diag.Located{{File: tt.lang + "/faq.md", Line: 3, Text: tt.text}}
		alone, err := Choose(tt.lang, append([]*Family{tt.own}, defaults...), texts)
		if err != nil {
			t.Fatal(err)
		}
		beside, err := Choose(tt.lang, slices.Concat(tt.others, []*Family{tt.own}, defaults), texts)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		runs := func(f *Family) (out []string) {
			for _, r := range f.Runs(&buf, tt.text) {
				out = append(out, r.Face.Name+": "+r.Text)
			}
			return out
		}
		if a, b := runs(alone), runs(beside); strings.Join(a, "|") != strings.Join(b, "|") {
			t.Errorf("%s: built beside %s, its text is set\n%q\nnot as alone\n%q", tt.lang, tt.others[0].Name, b, a)
		}
	}
}

// notoFamily is a Noto family from fonts-noto-core, named name, by its files' prefix.
// droidFamily is Droid Sans Fallback, one face for every style, as a Chinese edition sets it.
func droidFamily(t *testing.T) *Family {
	t.Helper()
	droid := contenttest.SystemFont(t, "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "fonts-droid-fallback")
	fam, err := New("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf", droid, droid)
	if err != nil {
		t.Fatal(err)
	}
	return fam
}

func notoFamily(t *testing.T, files, name string) *Family {
	t.Helper()
	file := "/usr/share/fonts/truetype/noto/" + files + "-"
	reg := contenttest.SystemFont(t, file+"Regular.ttf", "fonts-noto-core")
	bold := contenttest.SystemFont(t, file+"Bold.ttf", "fonts-noto-core")
	fam, err := New(name, files+"-Regular.ttf", files+"-Bold.ttf", reg, bold)
	if err != nil {
		t.Fatal(err)
	}
	return fam
}

// checkRuns says where line's runs in fam are not want, each "face: text".
func checkRuns(t *testing.T, fam *Family, line string, want []string) {
	t.Helper()
	var buf sfnt.Buffer
	var got []string
	for _, r := range fam.Runs(&buf, line) {
		got = append(got, r.Face.Name+": "+r.Text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("runs of %q:\n got  %q\n want %q", line, got, want)
	}
}
