package typeface

import (
	"math"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"haven/internal/diag"
)

// bodyLetters are, for a script whose fonts may draw its letters smaller than Latin ones at
// the same size, a few of its letters with neither ascender nor descender, as printed: their
// height above the baseline is what the eye takes for the type's size, as a Latin x-height is.
// Arabic's are seen and sad, alone and at a word's start (the presentation forms Shape
// prints); Chinese, Japanese and Korean are not here: their characters fill the em.
var bodyLetters = []struct {
	script  *unicode.RangeTable
	letters string
}{
	{unicode.Arabic, "\u0633\u0635\uFEB3\uFEBB"}, // س ص ﺳ ﺻ
	{unicode.Hebrew, "סםמ"},
	{unicode.Devanagari, "मनव"},
	{unicode.Thai, "กอบ"},
}

// Apparent is how much larger than latin's text an edition whose own words (its FAQ) are texts
// is set in fam, so their letters look as large: latin's x-height over the height of the script's body letters in the
// face that sets the texts (Sets), to the nearest twentieth, never below 1 nor above 1.3 (a
// Naskh face draws its letters 1.4 times smaller than Atkinson Hyperlegible Next: set 30%
// larger, as Arabic typographers set it, it keeps the FAQ to its sheets). 1 for a script
// not in bodyLetters, for texts mostly in no one script, and where a face lacks the letters.
func Apparent(fam, latin *Family, texts []diag.Located) float64 {
	letters := ""
	counts := make([]int, len(bodyLetters))
	all := 0
	for _, t := range texts {
		for _, r := range t.Text {
			if !unicode.IsLetter(r) {
				continue
			}
			all++
			if r < 0x0590 { // Latin, Greek, Cyrillic, Armenian: none of bodyLetters' scripts, which begin at Hebrew's block
				continue
			}
			for i, s := range bodyLetters {
				if unicode.Is(s.script, r) {
					counts[i]++
				}
			}
		}
	}
	for i, n := range counts {
		if 2*n > all {
			letters = bodyLetters[i].letters
		}
	}
	if letters == "" || latin == nil {
		return 1
	}
	var buf sfnt.Buffer
	x := height(&buf, latin.face(Regular), "x")
	body := height(&buf, fam.Sets(texts).face(Regular), letters)
	if x == 0 || body == 0 {
		return 1
	}
	return min(1.3, max(1, math.Round(20*x/body)/20))
}

// height is the mean height above the baseline, in ems, of the letters of s face draws; 0
// where it draws none.
func height(buf *sfnt.Buffer, face *sfnt.Font, s string) float64 {
	if face == nil {
		return 0
	}
	em := fixed.I(int(face.UnitsPerEm()))
	sum, n := 0.0, 0
	for _, r := range s {
		g, err := face.GlyphIndex(buf, r)
		if err != nil || g == 0 {
			continue
		}
		b, _, err := face.GlyphBounds(buf, g, em, font.HintingNone)
		if err != nil || b.Min.Y >= 0 { // nothing above the baseline
			continue
		}
		sum += float64(-b.Min.Y) / float64(em)
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
