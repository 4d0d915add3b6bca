package build

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/typeface"
)

// "Text telephone" in each language the word lists know is the TTY's name, not a request to
// text it: after a sentence that asks to text the text number, "الهاتف النصي: {tty}",
// "Téléphone texte (ATS) : {tty}", "teléfono de texto: {tty}" and "text telephone: {tty}"
// pass the check (a TTY takes no texts) and the handout links the TTY number to call, its
// right-to-left line read as written, not as drawn. Read back from the PDF.
func TestTextTelephoneCallsTheTTY(t *testing.T) {
	settings, err := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, old, new string
		font           []string // a Noto family's files and name, for a script the defaults lack
	}{
		{"ar", "أو أرسل {keyword} إلى {shortcode}.", "أو أرسل {keyword} إلى {shortcode}.\n\nأرسل {keyword} إلى {shortcode}. الهاتف النصي: {tty}.", []string{"NotoSansArabic", "Noto Sans Arabic"}}, // on one line
		{"ar", "أو أرسل {keyword} إلى {shortcode}.", "أو أرسل {keyword} إلى {shortcode}، الهاتف النصي: {tty}.", []string{"NotoSansArabic", "Noto Sans Arabic"}},
		{"fr", "par SMS au {shortcode}.", "par SMS au {shortcode}. Téléphone texte (ATS) : {tty}.", nil},
		{"es", "por mensaje de texto al {text}.", "por mensaje de texto al {text}, o por teléfono de texto al {tty}.", nil},
		{"en", "or text “{keyword}” to {text}.", "or text “{keyword}” to {text}, text telephone {tty}.", nil},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			var langs []string // beside the built-in content's
			only := ""         // a language of testdata's alone: the built-in FAQs are another line's
			faq, err := fs.ReadFile(defaultcontent.FS, tt.lang+"/faq.md")
			if err != nil {
				langs, only = []string{tt.lang}, "\nlanguages: ["+tt.lang+"]\n"
				faq, err = os.ReadFile(filepath.Join("..", "..", "testdata", "languages", tt.lang, "faq.md"))
			}
			if err != nil || !strings.Contains(string(faq), tt.old) {
				t.Fatalf("%s/faq.md has no %q (%v)", tt.lang, tt.old, err)
			}
			fsys := contentWith(t, langs, map[string]string{
				"settings.yaml":     strings.NewReplacer(`tty: ""`, `tty: (614) 224-4670`, "call: 1-888-373-7888", "call: (614) 224-4663").Replace(string(settings)) + only, // another line's, with its TTY
				tt.lang + "/faq.md": strings.Replace(string(faq), tt.old, tt.new, 1),
			})
			var o Options
			if tt.font != nil {
				o.Families = []*typeface.Family{notoFamily(t, tt.font[0], tt.font[1])}
			}
			o.Kinds, o.Langs = []string{"handout"}, []string{tt.lang}
			res, _, err := runWith(t, fsys, o)
			if err != nil {
				t.Fatal(err)
			}
			raw := openBuilt(t, res, "handout-"+tt.lang+"-letter.pdf").raw
			if bytes.Contains(raw, []byte("(sms:+16142244670)")) {
				t.Error("the handout links the TTY number to a text message")
			}
			if !bytes.Contains(raw, []byte("(tel:+16142244670)")) {
				t.Error("the handout does not link the TTY number to call it")
			}
		})
	}
}
