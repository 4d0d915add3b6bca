package content

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
)

// unshaped are the scripts haven cannot set in a PDF: those whose letters a font draws right
// only through a shaper it does not run on them, which reorders
// vowel signs, forms conjuncts, stacks marks or joins letters by the font's OpenType tables.
// The PDF writer places one glyph per character in order, which prints them visibly wrong (a
// Hindi vowel sign after its consonant, a Thai tone mark hidden inside the vowel above) while
// the text reads back right, so they are refused before layout (typeface.CheckShaping), and an
// edition written in one gets its resource page alone (Language.PageOnly). Each was tested
// with the Noto font for it: HarfBuzz's shaped glyphs differ from the glyphs of its characters
// in order (hb-shape against hb-shape --shapers=fallback). Arabic letters are joined by
// typeface.Shape; the Indic scripts, Thai, Lao, Khmer and Myanmar are shaped with HarfBuzz
// (typeface.Family.Shape); these are not shaped yet.
var unshaped = []scriptTable{
	{"Tibetan", unicode.Tibetan},
	{"Tai Tham", unicode.Tai_Tham},
	{"Syriac", unicode.Syriac},
	{"N'Ko", unicode.Nko},
	{"Mongolian", unicode.Mongolian},
	{"Mandaic", unicode.Mandaic},
	{"Phags-pa", unicode.Phags_Pa},
	{"Javanese", unicode.Javanese},
	{"Balinese", unicode.Balinese},
	{"Sundanese", unicode.Sundanese},
	{"Buginese", unicode.Buginese},
	{"Cham", unicode.Cham},
	{"Kayah Li", unicode.Kayah_Li},
	{"Lepcha", unicode.Lepcha},
	{"Meetei Mayek", unicode.Meetei_Mayek},
	{"Hanunoo", unicode.Hanunoo},
	{"Buhid", unicode.Buhid},
}

// UnshapedScript is the name of r's script when it is one haven cannot shape, or one beyond
// the characters its PDF writer embeds (above U+FFFF, but for rare Chinese characters), else
// "". Digits print alone and are not refused, but for those beyond. Every such script is
// above U+0700.
func UnshapedScript(r rune) string {
	// none lies from U+1D00 (past Khmer, Tai Tham, Balinese, Lepcha) to U+A7FF (before
	// Phags-pa), nor from the Hangul syllables to U+FFFF: Vietnamese, punctuation and Chinese
	// are passed at once (TestUnshapedScriptRanges holds this to the tables)
	if r > 0xFFFF && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)) {
		// beyond the characters the PDF writer embeds: Adlam, Osage, Wancho, ..., their marks and digits
		if name := ScriptOf(r); name != "" && name != "Han" {
			return name
		}
	}
	if r < 0x0700 || r >= 0x1D00 && r < 0xA800 || r >= 0xAC00 && r < 0x10000 || unicode.IsDigit(r) {
		return ""
	}
	for _, s := range unshaped {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return ""
}

// UnbrokenScript is the name of r's script when it is one haven shapes but whose words are
// written without spaces between them (Thai, Lao, Khmer, Myanmar), else "": layout breaks
// their lines only at spaces and zero-width spaces, as it has no dictionary of their words,
// and Myanmar's between syllables too (SyllableBreak).
func UnbrokenScript(r rune) string {
	if r < 0x0E00 || r > 0x17FF { // Thai's block to Khmer's
		return ""
	}
	for _, s := range unbroken {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return ""
}

// SyllableBreak reports whether a line may break before byte i of s: a syllable of Myanmar
// script (Burmese, S'gaw Karen, Shan, Mon) begins there, after another. Its words are written
// without spaces between them, and a line of Myanmar breaks between any two syllables, with no
// hyphen, as its typesetters break it; a syllable begins with a letter (a consonant, an
// independent vowel) that is neither stacked under the one before it (after ္, U+1039) nor
// the final of the one before it, killed by ် (U+103A) or stacking the next (္, kinzi's
// င်္), past its medials and dot below (ပြန့်'s န). As ICU's and sylbreak's rules break it.
func SyllableBreak(s string, i int) bool {
	if i == 0 || i >= len(s) || s[i] != 0xE1 { // U+1000 to U+109F are E1 80 80 to E1 82 9F
		return false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.Is(unicode.Myanmar, r) || !unicode.IsLetter(r) || !unicode.Is(unicode.Myanmar, prev) || prev == myanmarVirama {
		return false
	}
	rest := strings.TrimLeftFunc(s[i+n:], func(c rune) bool { return c >= 0x103B && c <= 0x103E || c == 0x1037 })
	next, _ := utf8.DecodeRuneInString(rest)
	return next != myanmarAsat && next != myanmarVirama
}

// Myanmar's asat, which kills a consonant's vowel (a syllable's final), and its virama,
// which stacks the next consonant under it.
const myanmarAsat, myanmarVirama = '\u103A', '\u1039'

// unbroken are the scripts UnbrokenScript names, as unicode.Scripts (and scriptOf) names them.
var unbroken = []scriptTable{{"Thai", unicode.Thai}, {"Lao", unicode.Lao}, {"Myanmar", unicode.Myanmar}, {"Khmer", unicode.Khmer}}

// scriptTable is a script's name and its characters.
type scriptTable struct {
	name  string
	table *unicode.RangeTable
}

// MostUnbroken is the most characters (letters and signs: Myanmar writes most of its vowels
// as signs, Thai as letters) a run of an unbroken script (UnbrokenScript) may hold between
// two places a line may break (a space, a zero-width space, a character of another script):
// its words are a few letters each (ภาษา, မြန်မာ, ខ្មែរ; ICU's word breaker finds none above 12
// letters in a FAQ in each), and a run longer than this is several written together, as its
// prose writes them, which haven cannot break between. The narrowest line it is set in, a
// wallet card's back, holds about 30 Thai letters.
const MostUnbroken = 30

// UnbrokenRun is the first run of s written in an unbroken script with more characters than
// MostUnbroken, and its script's name; "" where there is none. Myanmar breaks between its
// syllables (SyllableBreak), so a run of it is one syllable.
func UnbrokenRun(s string) (run, script string) {
	start, letters := -1, 0
	for i, r := range s {
		name := UnbrokenScript(r)
		if name == "" && r != '\u200C' && r != '\u200D' || SyllableBreak(s, i) { // a joiner is of the run
			start, letters = -1, 0
			if name == "" {
				continue
			}
		}
		if start < 0 {
			start, script = i, name
		}
		if name != "" {
			letters++
		}
		if letters > MostUnbroken {
			end := i + len(string(r))
			for _, r := range s[end:] {
				if UnbrokenScript(r) == "" {
					break
				}
				end += len(string(r))
			}
			return s[start:end], script
		}
	}
	return "", ""
}

// unprintableShare: an edition is written in what haven cannot print in a PDF when one in this
// many of its own words (those in its main script) carry it (writtenUnprintable). Measured with
// typeface.Unprintable: Pashto's letters without joined forms were in 18 to 20% of a Pashto
// FAQ's words, when haven could not print them; Navajo's nasal vowels with a high tone (ą́ ǫ́ ę́ į́) in 6% of a short Navajo FAQ's
// (3 of 50) and 12% of running Navajo prose; a script haven cannot shape in nearly every word
// written in it; a Pashto word in a Persian FAQ, 1 in 110; a Navajo word quoted in haven's own
// English FAQ, 1 in 570, where it would take 19 to reach the share. One in 30 lies between,
// twice below the fewest measured in a language's own writing.
const unprintableShare = 30

// writtenUnprintable is whether texts, an edition's FAQ, are written in what haven cannot print
// in a PDF (unprintable: a word that is, or when nil, one in a script haven cannot shape):
// one in unprintableShare of the words in their main script carry it, and three words or more,
// so that a name or two quoted in another language's short FAQ is not (a short Navajo FAQ
// has three in fifty words). A text in another script
// (a Hindi sentence in an English FAQ) is no part of the edition's own writing: it is refused
// where it is written, as a word or two of Navajo in an English FAQ are.
func writtenUnprintable(texts []diag.Located, unprintable func(string) bool) bool {
	if unprintable == nil {
		unprintable = func(w string) bool {
			run, _ := UnbrokenRun(w)
			return run != "" || strings.ContainsFunc(w, func(r rune) bool { return UnshapedScript(r) != "" })
		}
	}
	// most editions hold none of the characters haven may fail to print: the marks, the
	// Arabic-script letters and the scripts it cannot shape that unprintable looks for
	if !slices.ContainsFunc(texts, func(t diag.Located) bool { return strings.ContainsFunc(t.Text, mayNotPrint) }) {
		return false
	}
	words := map[string]int{} // by script
	bad := map[string]int{}
	scripts := map[rune]string{} // of a word's first letter: a few dozen letters begin most words
	for _, t := range texts {
		for _, w := range strings.Fields(t.Text) {
			script := wordScript(w, scripts)
			if script == "" {
				continue
			}
			words[script]++
			if strings.ContainsFunc(w, mayNotPrint) && unprintable(w) {
				bad[script]++
			}
		}
	}
	main := ""
	for script, n := range words {
		if n > words[main] || n == words[main] && script < main {
			main = script
		}
	}
	if bad[main] > 0 && slices.ContainsFunc(unbroken, func(s scriptTable) bool { return s.name == main }) { // a run too long to break is no name quoted: its edition writes so
		return true
	}
	return bad[main] > 2 && bad[main]*unprintableShare >= words[main]
}

// mayNotPrint reports whether r is a character haven may not print in a PDF (see
// typeface.Unprintable): a combining mark, an Arabic-script letter, a letter of a script it
// cannot shape.
func mayNotPrint(r rune) bool {
	return r >= 0x0300 && (r >= 0x0600 && r <= 0x08FF || unicode.IsMark(r) || UnshapedScript(r) != "" || UnbrokenScript(r) != "")
}

// wordScript is the script of w's first letter that belongs to one (not Common, as a modifier
// letter apostrophe is), or "" for a word of no letters; known holds the letters' scripts found
// so far.
func wordScript(w string, known map[rune]string) string {
	for _, r := range w {
		if unicode.IsLetter(r) {
			s, ok := known[r]
			if !ok {
				s = ScriptOf(r)
				known[r] = s
			}
			if s != "" {
				return s
			}
		}
	}
	return ""
}
