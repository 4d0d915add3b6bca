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

// TestSlipScanners holds hashesAgainst and listMarkAgainst to the patterns they replaced, on
// random lines of #s, list marks, spaces, letters of several scripts and other characters.
func TestSlipScanners(t *testing.T) {
	hashes := regexp.MustCompile(`^(#{1,6})([^#\s].*)$`)
	mark := regexp.MustCompile(`^[-*+]\pL.*$`)
	alphabet := []rune("###-*+ \t\naZ9ñЖ中١.\u00a0\u200b")
	r := rand.New(rand.NewPCG(7, 8))
	edges := []string{"", "#", "######x", "#######x", "# x", "#\tx", "#\u00a0x", "#x\ny", "##", "-", "-é", "+中", "*1", "-x\n"}
	for i := range 100000 + len(edges) {
		line := make([]rune, r.IntN(10))
		for i := range line {
			line[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(line)
		if i < len(edges) {
			s = edges[i]
		}
		h, rest, ok := hashesAgainst(s)
		if m := hashes.FindStringSubmatch(s); ok != (m != nil) || ok && (h != m[1] || rest != m[2]) {
			t.Fatalf("%q: hashesAgainst %q %q %v; the pattern %q", s, h, rest, ok, m)
		}
		if listMarkAgainst(s) != mark.MatchString(s) {
			t.Fatalf("%q: listMarkAgainst %v; the pattern %v", s, listMarkAgainst(s), mark.MatchString(s))
		}
	}
	if _, _, ok := hashesAgainst("##Can minors be trafficked?"); !ok || !listMarkAgainst("-cash") || listMarkAgainst("- cash") {
		t.Error("the slips are not found")
	}
}

// TestScannersAsPatterns holds fillEach and the tests that spare unresolvedRefRE,
// questionNumberRE and extRE their compiling to what the patterns do, on random texts of
// braces, brackets, digits, x and the words around them.
func TestScannersAsPatterns(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[^{}]*\}`)
	words := []string{"{", "}", "[", "]", "x", "X", "ext", "ext.", "extension", "Question", "Q", " ", "  ", ",", "1", "12", "123", ")", ".", ":", "(", "\u00a0", "٤", "７", "）", "-", "–", "a", "é", "中", "\n"}
	r := rand.New(rand.NewPCG(9, 10))
	fn := func(m string) string { return "<" + m + ">" }
	for range 100000 {
		var b []byte
		for range r.IntN(12) {
			b = append(b, words[r.IntN(len(words))]...)
		}
		s := string(b)
		if got, want := fillEach(s, fn), placeholder.ReplaceAllStringFunc(s, fn); got != want {
			t.Fatalf("fillEach(%q) = %q, the pattern %q", s, got, want)
		}
		if unresolvedRef(s) == nil && unresolvedRefRE().MatchString(s) {
			t.Fatalf("%q: unresolvedRef misses the pattern's match", s)
		}
		if m, _ := questionNumber(s); m == "" && questionNumberRE().MatchString(s) {
			t.Fatalf("%q: questionNumber misses the pattern's match", s)
		}
		if !mayHaveExt(s) && extRE().MatchString(s) {
			t.Fatalf("%q: mayHaveExt misses the pattern's match", s)
		}
	}
}
