package content

import (
	"fmt"
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	defaultcontent "haven/content"
)

// TestSentenceBreaksAsPattern: sentenceBreaks finds what the pattern it replaced, a character
// class of Unicode's sentence terminals and a semicolon, then \s, finds: every text of the
// built-in content and 20,000 strings of terminals, spaces of all kinds, letters and digits.
func TestSentenceBreaksAsPattern(t *testing.T) {
	re := regexp.MustCompile(`[;` + charClass(unicode.Sentence_Terminal) + `]\s`)
	c, err := Load(defaultcontent.FS, "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, l := range c.Languages {
		for _, at := range l.Texts {
			texts = append(texts, at.Text)
		}
	}
	pieces := []string{".", "!", "?", ";", "۔", "।", "።", "。", "؟", "‼", " ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u3000", "a", "Z", "1", "ب", ":", ",", "..."}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		var want [][2]int
		for _, m := range re.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := sentenceBreaks(s); !slices.Equal(got, want) {
			t.Fatalf("%q: %v, the pattern %v", s, got, want)
		}
	}
}

// charClass writes the characters of t for a regular expression's character class: Go's
// regexp knows Unicode's categories and scripts, not its other properties.
func charClass(t *unicode.RangeTable) string {
	var b strings.Builder
	add := func(lo, hi, stride uint32) {
		for r := lo; r <= hi; r += stride {
			fmt.Fprintf(&b, `\x{%x}`, r)
		}
	}
	for _, r := range t.R16 {
		add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range t.R32 {
		add(r.Lo, r.Hi, r.Stride)
	}
	return b.String()
}
