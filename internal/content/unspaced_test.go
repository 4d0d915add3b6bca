package content

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// AsksBefore and caseEnd, a lookup and a loop, answer as the patterns they replaced: each of
// dialVerbsUnspaced alone is asked for, and nothing more or less of it; a case ending is an
// apostrophe or hyphen and the letters and marks after it.
func TestUnspacedAsksAndCaseEndsAsThePatterns(t *testing.T) {
	asks := regexp.MustCompile(`^` + dialVerbsUnspaced + `$`)
	caseEndRE := regexp.MustCompile(`^['’-][\pL\pM]+`)
	words := strings.Split(strings.Trim(dialVerbsUnspaced, "()"), "|")
	for _, w := range words {
		words = append(words, w+"吧", "请"+w, w[:len(w)-1], w+" ")
	}
	words = append(words, "", "call", "拨打1", "โทร", "-ka", "'yi", "’yi 112", "-க்கு ", "-", "'", "- ka", "-1", "-ka-", "-é\u0301x", "'\xff")
	for _, w := range words {
		if got, want := AsksBefore(w), asks.MatchString(w); got != want {
			t.Errorf("AsksBefore(%q) = %v, the pattern %v", w, got, want)
		}
		want := 0
		if m := caseEndRE.FindStringIndex(w); m != nil {
			want = m[1]
		}
		if got := caseEnd(w); got != want {
			t.Errorf("caseEnd(%q) = %d, the pattern %d", w, got, want)
		}
	}
}

// extAt looks for the extension pattern only where mayHaveExt says it may match, and answers
// as the pattern does at the start of any text.
func TestExtAtAsThePattern(t *testing.T) {
	alphabet := []string{"x", "X", "e", "t", ".", "ension", " ", ",", ";", "\t", "1", "2", "9", "a", "-"}
	rng := rand.New(rand.NewPCG(5, 6))
	texts := []string{"", " ext. 2", ", ext 12 for the clinic", " x2", " extension 4", " x", "x 1234567", " Ext.3", " next 2", " ; x 9"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := 0
		if m := extRE().FindStringIndex(s); m != nil && m[0] == 0 {
			want = m[1]
		}
		if got, _ := extAt(s); got != want {
			t.Fatalf("extAt(%q) = %d, the pattern %d", s, got, want)
		}
	}
}
