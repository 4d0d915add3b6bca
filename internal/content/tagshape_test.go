package content

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// TestTagShaped holds langCode and looksLikeLang to the patterns they replaced, for ASCII
// letters: random names of letters, digits, separators and a few other characters.
func TestTagShaped(t *testing.T) {
	code := regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$`)
	looks := regexp.MustCompile(`^[a-zA-Z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}$`)
	alphabet := []rune("abzAZ09-_ .é")
	r := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		name := make([]rune, r.IntN(16))
		for i := range name {
			name[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(name)
		if langCode(s) != code.MatchString(s) || looksLikeLang(s) != looks.MatchString(s) {
			t.Fatalf("%q: langCode %v, looksLikeLang %v; the patterns %v, %v", s, langCode(s), looksLikeLang(s), code.MatchString(s), looks.MatchString(s))
		}
	}
	for _, s := range []string{"en", "es", "pt-BR", "zh-Hant-TW", "haw", "sr-Latn-RS-x1"} {
		if !langCode(s) {
			t.Errorf("%q is not taken as a language code", s)
		}
	}
}
