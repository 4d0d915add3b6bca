package build

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/contenttest"
)

// An Arabic card front with a TTY line, its lines taking the leading Arabic's vowel signs and
// dots below ask for (one fatha in the edition's texts is enough), was 0.16 in taller than the
// card and refused ("shorten the text" of a three-word TTY line): its lines under the headline
// are set closer, and it prints, read back whole.
func TestArabicCardWithTTYPrints(t *testing.T) {
	text := mustReadFile(t, "../../testdata/languages/ar/text.yaml")
	card := "card:\n  headline: لستَ وحدك.\n  call_label: اتصل بالخط، على مدار الساعة\n  text: أرسل {keyword} إلى {shortcode}\n  more: \"TTY {tty}\"\n  danger: في حالة الخطر الفوري، اتصل على {emergency}\n"
	from := strings.Index(text, "card:\n")
	to := strings.Index(text[from:], "  back_title:")
	if from < 0 || to < 0 {
		t.Fatal("ar/text.yaml has no card: with a back_title")
	}
	text = text[:from] + card + text[from+to:]
	text = strings.Replace(text, "hotline_name: National Human Trafficking Hotline", "hotline_name: الخط الوطني لمكافحة الاتجار بالبشر", 1)
	settings, err := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fsys := contentWith(t, []string{"ar"}, map[string]string{"ar/text.yaml": text,
		// another line's, with its TTY, in Arabic alone: the built-in English and Spanish say
		// another line's FAQ
		"settings.yaml": strings.NewReplacer(`  tty: ""`, "  tty: 1-800-787-3224", "  call: 1-888-373-7888", "  call: 1-800-799-7233").Replace(string(settings)) + "\nlanguages: [ar]\n"})
	contenttest.OwnLine(fsys.(fstest.MapFS))
	res := runFSWithFont(t, fsys, []string{"ar"}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"))
	rb := openBuilt(t, res, "cards-ar-letter.pdf")
	if got := rb.text; !strings.Contains(got, "1-800-787-3224") {
		t.Errorf("the card front has no TTY number: %s", got)
	}
}
