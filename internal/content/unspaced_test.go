package content

import (
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
