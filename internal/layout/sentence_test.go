package layout

import (
	"strings"
	"testing"

	"haven/internal/diag"
)

// A poster headline starts each sentence on a new line whatever ends it: Unicode's sentence
// terminals, Urdu's ۔ and Amharic's ። ፧ as well as ". ! ?"; not a comma or a colon.
func TestHeadlineSentenceEnds(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Any child can be trafficked. Anyone can help.", "Any child can be trafficked.|Anyone can help."},
		{"کوئی بھی بچہ اسمگلنگ کا شکار ہو سکتا ہے۔ کوئی بھی مدد کر سکتا ہے۔", "کوئی بھی بچہ اسمگلنگ کا شکار ہو سکتا ہے۔|کوئی بھی مدد کر سکتا ہے۔"},
		{"ማንኛውም ልጅ ሊዘዋወር ይችላል። ማንኛውም ሰው መርዳት ይችላል።", "ማንኛውም ልጅ ሊዘዋወር ይችላል።|ማንኛውም ሰው መርዳት ይችላል።"},
		{"ልጅ አለዎት፧ ይደውሉ።", "ልጅ አለዎት፧|ይደውሉ።"},
		{"هل تحتاج إلى مساعدة؟ اتصل الآن.", "هل تحتاج إلى مساعدة؟|اتصل الآن."},
		{"Call now, day or night: free.", "Call now, day or night: free."},
	} {
		got, err := headlineLines(mono{}, Style{Size: 10}, diag.Located{Text: tt.in}, 400, true)
		if err != nil || strings.Join(got, "|") != tt.want {
			t.Errorf("%q: got %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
