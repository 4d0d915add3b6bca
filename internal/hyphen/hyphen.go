// Package hyphen finds where a word may be broken with a hyphen at a line's end, by Liang's
// algorithm with TeX's patterns (hyph-utf8, patterns/*.tex: each file carries its authors and
// its licence, MIT, BSD or a notice that allows copying, in its header, kept as it was
// published). A language's patterns are read the first time a word of it is broken.
package hyphen

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed patterns/*.tex
var files embed.FS

// Patterns are one language's: where a word may break.
type Patterns struct {
	values     map[string][]uint8 // a pattern's letters, and the value at each gap of them
	longest    int                // the most letters of a pattern, in runes
	exceptions map[string][]int   // words broken as listed, where the patterns would err: the runes before each break
}

// files of each language with patterns (the primary code: "de" of "de-AT"); German is set as
// it has been written since 1996.
var fileOf = map[string]string{
	"de": "hyph-de-1996.tex",
	"en": "hyph-en-us.tex",
	"es": "hyph-es.tex",
	"fr": "hyph-fr.tex",
	"nl": "hyph-nl.tex",
	"pt": "hyph-pt.tex",
}

// left and right are the fewest letters a break leaves before and after it: more than TeX's
// two for some languages, as two letters alone on a printed card's next line read as a slip.
const left, right = 2, 3

var loaded sync.Map // lang -> func() *Patterns

// For is the patterns of the language lang (a primary code, "de"), or nil where haven has none.
func For(lang string) *Patterns {
	name, ok := fileOf[lang]
	if !ok {
		return nil
	}
	load, _ := loaded.LoadOrStore(lang, sync.OnceValue(func() *Patterns { return parse(name) }))
	return load.(func() *Patterns)()
}

// parse reads a TeX patterns file: the words of its \patterns{...} and \hyphenation{...}.
func parse(name string) *Patterns {
	data, err := files.ReadFile("patterns/" + name)
	if err != nil {
		panic(err) // embedded: read at build time
	}
	p := &Patterns{values: map[string][]uint8{}, exceptions: map[string][]int{}}
	var in string // "patterns", "hyphenation" or none
	for line := range strings.Lines(string(data)) {
		line, _, _ = strings.Cut(line, "%")
		for _, f := range strings.Fields(line) {
			switch {
			case strings.HasPrefix(f, `\patterns{`):
				in, f = "patterns", strings.TrimPrefix(f, `\patterns{`)
			case strings.HasPrefix(f, `\hyphenation{`):
				in, f = "hyphenation", strings.TrimPrefix(f, `\hyphenation{`)
			case f == "}":
				in = ""
				continue
			}
			switch {
			case f == "" || strings.HasPrefix(f, `\`):
			case in == "patterns":
				p.add(f)
			case in == "hyphenation":
				var at []int
				n := 0
				for _, r := range f {
					if r == '-' {
						at = append(at, n)
						continue
					}
					n++
				}
				p.exceptions[strings.ReplaceAll(f, "-", "")] = at
			}
		}
	}
	return p
}

// add reads one pattern, "a1b2c": its letters "abc" and the values 0 1 2 0 at their gaps.
func (p *Patterns) add(pat string) {
	var letters []rune
	values := []uint8{0}
	for _, r := range pat {
		if r >= '0' && r <= '9' {
			values[len(values)-1] = uint8(r - '0')
			continue
		}
		letters = append(letters, r)
		values = append(values, 0)
	}
	p.values[string(letters)] = values
	p.longest = max(p.longest, len(letters))
}

// Points are where word, a word of letters alone, may break: the byte offsets of the letters
// a break goes before, at least left letters from its start and right from its end. A word
// with anything but letters (a digit, a hyphen, an apostrophe) is not broken.
func (p *Patterns) Points(word string) []int {
	n := utf8.RuneCountInString(word)
	if p == nil || n < left+right || strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		return nil
	}
	lower := []rune(strings.ToLower(word))
	if len(lower) != n { // a letter whose lower case is two: the offsets would not be the word's
		return nil
	}
	var before []int // runes before each break
	if at, ok := p.exceptions[string(lower)]; ok {
		before = at
	} else {
		dotted := append(append([]rune{'.'}, lower...), '.')
		values := make([]uint8, len(dotted)+1)
		for i := range dotted {
			for j := i + 1; j <= min(len(dotted), i+p.longest); j++ {
				v, ok := p.values[string(dotted[i:j])]
				if !ok {
					continue
				}
				for k, x := range v {
					values[i+k] = max(values[i+k], x)
				}
			}
		}
		for k := 1; k < n; k++ { // values[k+1] is the gap before the word's rune k
			if values[k+1]%2 == 1 {
				before = append(before, k)
			}
		}
	}
	var out []int
	k, off := 0, 0
	for _, b := range before {
		if b < left || b > n-right {
			continue
		}
		for ; k < b; k++ {
			_, size := utf8.DecodeRuneInString(word[off:])
			off += size
		}
		out = append(out, off)
	}
	return out
}
