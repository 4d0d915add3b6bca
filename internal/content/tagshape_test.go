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
	for s, want := range map[string]bool{"en": true, "es": true, "pt-BR": true, "zh-Hant-TW": true, "haw": true, "sr-Latn-RS-x1": true,
		"en-ab-cd-ef-gh": false, "e": false, "engl": false, "EN": false, "pt_BR": false, "en-": false, "en-a": false, "en-abcdefghi": false} {
		if langCode(s) != want {
			t.Errorf("langCode(%q) = %v, want %v", s, !want, want)
		}
	}
	if !looksLikeLang("pt_BR") || !looksLikeLang("FR") || looksLikeLang("docs") {
		t.Error("looksLikeLang does not take pt_BR and FR, or takes docs")
	}
}

func TestShortcodeAndCountryCode(t *testing.T) {
	for s, want := range map[string]bool{"233733": true, "988": true, "12345678": true, "12": false, "123456789": false, "23373a": false, "": false, "٢٣٣٧٣٣": false} {
		if shortcode(s) != want {
			t.Errorf("shortcode(%q) = %v, want %v", s, !want, want)
		}
	}
	for s, want := range map[string]bool{"US": true, "GB": true, "us": false, "USA": false, "U": false, "": false, "ÜS": false} {
		if countryCode(s) != want {
			t.Errorf("countryCode(%q) = %v, want %v", s, !want, want)
		}
	}
}
