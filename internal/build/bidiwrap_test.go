package build

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"haven/internal/readback"
	"haven/internal/typeface"
)

// A paragraph with words of both directions is broken into lines in the order written, and
// each line is then placed as a line of the paragraph (UAX #9, rules L1-L2): an Arabic phrase
// that wraps inside an English answer keeps the English after it to its right on the next
// line, and an English name that wraps inside an Arabic answer keeps the Arabic after it to
// its left, whatever the edition; a phone number at the wrap stays whole, in dialling order.
// Each sentence is set a little longer than the one before, so the lines break at every
// place in it.
func TestMixedDirectionParagraphsWrap(t *testing.T) {
	const number = "503-588-5351"
	sentences := func(start, end string, words func(i int) string) string {
		var b strings.Builder
		for i := range 16 {
			fmt.Fprintf(&b, "%s %s %s. ", start, words(i), end)
		}
		return strings.TrimSpace(b.String())
	}
	// start and end mark where each sentence's run of the other direction begins and ends
	ltr := sentences("Alpha", "Omega", func(i int) string {
		return strings.Repeat("x", i+1) + " العربية: اتصل على " + number + " الآن"
	})
	rtl := sentences("قبل", "بعد", func(i int) string {
		return strings.Repeat("ب", i+1) + " Crisis Text Line " + number + " or text HELP"
	})
	for _, tt := range []struct {
		name, lang, answer string
		rightToLeft        bool // the answer's paragraph reads right to left
		start, end         string
	}{
		{"an Arabic phrase in an English answer", "en", ltr, false, "Alpha", "Omega"},
		{"an Arabic answer in an English edition", "en", rtl, true, "قبل", "بعد"},
		{"English words in an Arabic edition", "ar", rtl, true, "قبل", "بعد"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			faq := fmt.Sprintf("# %s\n\n## %s\n\n%s\n", map[string]string{"en": "Questions", "ar": "أسئلة"}[tt.lang],
				map[string]string{"en": "Who answers?", "ar": "من يجيب؟"}[tt.lang], tt.answer)
			var extra []string // a language beyond the default content's
			if tt.lang != "en" {
				extra = []string{tt.lang}
			}
			fsys := contentWith(t, extra, map[string]string{tt.lang + "/faq.md": faq})
			res := runFSWithFont(t, fsys, []string{tt.lang}, notoFamily(t, "NotoSansArabic", "Noto Sans Arabic"))
			rb := openBuilt(t, res, "handout-"+tt.lang+"-letter.pdf")
			pages, err := readback.Read(rb.raw)
			if err != nil {
				t.Fatal(err)
			}
			// a word as drawn: an Arabic one joined and reversed
			drawnWord := func(w string) string {
				if !strings.ContainsFunc(w, arabic) {
					return w
				}
				r := []rune(typeface.Shape(w))
				slices.Reverse(r)
				return string(r)
			}
			start, end := drawnWord(tt.start), drawnWord(tt.end)
			foreign := arabic // a word of the run set against the paragraph's direction
			if tt.rightToLeft {
				foreign = func(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
			}
			var marked, numbers int
			for _, p := range pages {
				for _, line := range drawnLines(p) {
					// the line's words in reading order: from its right end in a right-to-left paragraph
					words := strings.Fields(line)
					if tt.rightToLeft {
						slices.Reverse(words)
					}
					for i := range words {
						words[i] = strings.Trim(words[i], ".:")
					}
					if strings.Contains(line, "503") {
						numbers++
						if !strings.Contains(line, number) {
							t.Errorf("the number is drawn %q, not whole in dialling order", line)
						}
					}
					if !slices.Contains(words, start) && !slices.Contains(words, end) {
						continue
					}
					marked++
					// in reading order, no word of the other direction reads after a sentence's end
					// before the next sentence starts, nor before a sentence's start after the last ended
					for i, w := range words {
						for j, v := range words {
							if !strings.ContainsFunc(v, foreign) {
								continue
							}
							between := func(m string) bool { return slices.Contains(words[min(i, j)+1:max(i, j)], m) }
							if w == end && j > i && !between(start) || w == start && j < i && !between(end) {
								t.Errorf("%q reads on the wrong side of %q on the line drawn %q", v, w, line)
							}
						}
					}
				}
			}
			if marked < 10 || numbers < 10 {
				t.Fatalf("%d lines hold the sentences' marks and %d the number; the answer is not drawn", marked, numbers)
			}
		})
	}
}

func arabic(r rune) bool { return unicode.Is(unicode.Arabic, r) }
