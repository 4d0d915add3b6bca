package content

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A word can be written so that reading it word by word misses it while anyone who sees it
// reads it at once: its letters apart (s.e.x, T-R-A-F-F-I-C-K-I-N-G, D.V.), split by one
// hyphen or underscore (traf-ficking), with digits or signs for letters (tr4fficking, $ex,
// r4p3), or one letter wrong (traficking, traffiking). The discreet card's text, its address
// and the placement codes printed on it are read here as a person reads them.

// reading is a word as a person reads it (word, folded) from what is written (as).
type reading struct {
	as, word string
	run      bool // written with digits or signs for letters, as words run together are
}

// token is a run of letters, digits, marks and the signs written for letters in text, at
// start:end, as written: folded only when it is read.
type token struct{ start, end int }

// single tells whether t is one letter, digit or sign in s.
func (t token) single(s string) bool { return utf8.RuneCountInString(s[t.start:t.end]) == 1 }

// inToken tells whether r belongs to a word as disguises write it: $ex, @buse.
func inToken(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '$' || r == '@'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || unicode.Is(unicode.Cf, r) || r == '$' || r == '@'
}

func tokens(s string) []token {
	var out []token
	for i, j := range spans(s, inToken) {
		out = append(out, token{i, j})
	}
	return out
}

// spans are the start and end of each run of characters of s that in accepts.
func spans(s string, in func(rune) bool) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !in(r) {
				i += n
				continue
			}
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !in(r) {
					break
				}
				j += n
			}
			if !yield(i, j) {
				return
			}
			i = j
		}
	}
}

// maxApart is the most characters between letters written apart (". " in "s. e. x.").
const maxApart = 3

// disguises are the words s spells in disguise, as read: letters apart joined, a word split
// by one hyphen or underscore joined, and digits and signs read as the letters they stand
// for. Plain words are not among them: they are read as they are (see split).
func disguises(s string) []reading {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && !unicode.IsLetter(r) && r != ' ' }) {
		return nil // only letters and spaces: nothing written apart, split or with signs
	}
	toks := tokens(s)
	var out []reading
	for i := 0; i < len(toks); i++ {
		j := i // letters apart: single ones with at most maxApart characters between
		for j+1 < len(toks) && toks[j].single(s) && toks[j+1].single(s) && utf8.RuneCountInString(s[toks[j].end:toks[j+1].start]) <= maxApart {
			j++
		}
		if j > i {
			var joined strings.Builder
			for _, t := range toks[i : j+1] {
				joined.WriteString(s[t.start:t.end])
			}
			out = appendReadings(out, s[toks[i].start:toks[j].end], fold(joined.String()), false)
			i = j
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if sep := s[a.end:b.start]; (sep == "-" || sep == "_" || sep == "\u2010") && !a.single(s) && !b.single(s) {
			out = appendReadings(out, s[a.start:b.end], fold(s[a.start:a.end]+s[b.start:b.end]), false)
		}
	}
	for _, t := range toks {
		if as := s[t.start:t.end]; !t.single(s) && strings.ContainsFunc(as, signFor) {
			out = appendReadings(out, as, fold(as), true)
		}
	}
	return out
}

// signFor tells whether r is a digit or sign written for a letter (see asLetters).
func signFor(r rune) bool { return strings.ContainsRune("4@3105$7", r) }

// appendReadings adds to out the readings of word, written as: itself when it has no signs
// for letters, else each way of reading them as letters (asLetters); none without a letter
// (24/7, 911 are numbers).
func appendReadings(out []reading, as, word string, run bool) []reading {
	if !strings.ContainsFunc(word, unicode.IsLetter) {
		return out
	}
	if !strings.ContainsFunc(word, signFor) {
		return append(out, reading{as, word, run})
	}
	for _, w := range asLetters(word) {
		out = append(out, reading{as, w, true})
	}
	return out
}

// maxOnes is the most 1s read both as i and as l: each doubles the readings.
const maxOnes = 3

// asLetters are word with the digits and signs written for letters read as them: 4 and @ as
// a, 3 as e, 0 as o, 5 and $ as s, 7 as t, and 1 as i or as l (both readings, for up to
// maxOnes of them; then as i, then as l).
func asLetters(word string) []string {
	ones := strings.Count(word, "1")
	read := func(oneAs func(i int) byte) string {
		b := []byte(word)
		n := 0
		for i, c := range b {
			switch c {
			case '4', '@':
				b[i] = 'a'
			case '3':
				b[i] = 'e'
			case '0':
				b[i] = 'o'
			case '5', '$':
				b[i] = 's'
			case '7':
				b[i] = 't'
			case '1':
				b[i] = oneAs(n)
				n++
			}
		}
		return string(b)
	}
	asI, asL := func(int) byte { return 'i' }, func(int) byte { return 'l' }
	switch {
	case ones == 0:
		return []string{read(asI)}
	case ones > maxOnes:
		return []string{read(asI), read(asL)}
	}
	out := make([]string, 0, 1<<ones)
	for m := range 1 << ones {
		out = append(out, read(func(i int) byte {
			if m&(1<<i) != 0 {
				return 'l'
			}
			return 'i'
		}))
	}
	return out
}

// misspellable are the least letters a listed word has whose misspellings by one letter
// (traficking, traffiking) are refused too: a shorter one is one letter from too many
// everyday words (rape, race; sexo, seco).
const misspellable = 6

// typoLanguages are the built-in lists whose misspellings are refused: those whose everyday
// words one letter away from a listed one are known (ordinaryNear).
var typoLanguages = []string{"en", "es"}

// misspelt is the word of s that x misspells by one letter (one left out, added, changed, or
// two swapped), "" when none: x is not a listed word, nor an everyday word one letter away
// from one (ordinaryNear: traffic, talking, violet, amused).
func (s *avoidSet) misspelt(x string) string {
	if len(x) < misspellable-1 || s.typos == nil || strings.ContainsFunc(x, func(r rune) bool { return !unicode.IsLetter(r) }) || ordinary()[x] {
		return ""
	}
	index := s.typos()
	if len(index) == 0 {
		return ""
	}
	try := func(k []int) string {
		for _, i := range k {
			if a := s.words[i]; a.joined != x && oneEdit(x, a.joined) {
				return a.as
			}
		}
		return ""
	}
	if w := try(index[x]); w != "" {
		return w
	}
	buf := make([]byte, 0, len(x))
	for i, r := range x { // x with each letter left out, looked up without making a string of it
		buf = append(append(buf[:0], x[:i]...), x[i+utf8.RuneLen(r):]...)
		if w := try(index[string(buf)]); w != "" {
			return w
		}
	}
	return ""
}

// typoIndex indexes the misspellable words of s by themselves and each with one letter left
// out: a word one edit from x shares one of these keys with x (symmetric deletion).
func (s *avoidSet) typoIndex() map[string][]int {
	index := map[string][]int{}
	for i, a := range s.words {
		if !a.typo || strings.Contains(a.key, " ") || utf8.RuneCountInString(a.joined) < misspellable {
			continue
		}
		index[a.joined] = append(index[a.joined], i)
		for p, r := range a.joined {
			k := a.joined[:p] + a.joined[p+utf8.RuneLen(r):]
			index[k] = append(index[k], i)
		}
	}
	return index
}

// oneEdit tells whether a and b differ by one letter left out, added or changed, or two
// side by side swapped.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	p := 0
	for p < len(ra) && ra[p] == rb[p] {
		p++
	}
	switch len(rb) - len(ra) {
	case 1:
		return string(ra[p:]) == string(rb[p+1:])
	case 0:
		if p == len(ra) {
			return false
		}
		if string(ra[p+1:]) == string(rb[p+1:]) {
			return true
		}
		return p+1 < len(ra) && ra[p] == rb[p+1] && ra[p+1] == rb[p] && string(ra[p+2:]) == string(rb[p+2:])
	}
	return false
}

// ordinary are the everyday words one letter from a misspellable listed word (ordinaryNear),
// as a set, made the first time a word is looked for.
var ordinary = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(ordinaryNear) {
		out[w] = true
	}
	return out
})

// finding is a revealing word found in a text: as written (as), the word of the list it was
// read as (word), the language of that list, and whether it is a topic abbreviation.
type finding struct {
	as, word, lang string
	abbr           bool
	inside         bool // as is a longer word that holds word
}

// revealed is what text (split as w) says of what it is about, as written and as read, its
// word "" when nothing: a word or phrase of s (see avoided), a topic abbreviation (dv, ipv), a
// misspelling of a listed word, or one of these in disguise (see disguises). A reading that
// skip accepts (inside a name printed on purpose) is passed over.
func (s *avoidSet) revealed(w words, text string, skip func(string) bool) finding {
	if a := w.avoided(s); a.as != "" {
		as := printed(text, a)
		return finding{as, a.as, a.lang, false, as != a.as}
	}
	if a := abbreviation(w.list); a != "" {
		return finding{a, a, "", true, false}
	}
	covered := s.inHarmless(w)
	for i, x := range w.list {
		if covered[i] {
			continue
		}
		if m := s.misspelt(x); m != "" && !w.longer(x, m) {
			return finding{written(text, x), m, s.langOf(m), false, false}
		}
	}
	for _, r := range disguises(text) {
		if skip != nil && skip(r.word) {
			continue
		}
		rw := words{list: []string{r.word}, letters: r.word, phrase: " " + r.word + " ", address: w.address, joined: r.word}
		if r.run {
			rw.runs = rw.list
		}
		if parts := split(r.as).list; w.address && strings.Join(parts, "") == r.word { // controllo-salute: two words
			rw.ends = partEnds(parts)
		}
		if a := rw.avoided(s); a.as != "" {
			return finding{r.as, a.as, a.lang, false, false}
		} else if a := abbreviation(rw.list); a != "" {
			return finding{r.as, a, "", true, false}
		} else if m := s.misspelt(r.word); m != "" && !w.longer(r.word, m) {
			return finding{r.as, m, s.langOf(m), false, false}
		}
	}
	return finding{}
}

// longer tells whether, in an address, x is the listed word m with a letter added: as often a
// word of another language that starts alike or doubles a letter (controle, controllo) as a
// misspelling, where a letter left out (traficking) is not.
func (w words) longer(x, m string) bool {
	return w.address && utf8.RuneCountInString(x) > utf8.RuneCountInString(fold(m))
}

// langOf is the language of the list that holds word.
func (s *avoidSet) langOf(word string) string {
	if i, ok := s.whole[strings.Join(split(word).list, " ")]; ok {
		return s.words[i].lang
	}
	return ""
}

// printed is the longer word of text a was found inside, as written ("Controllo" for
// control); a itself, as listed, when it is printed whole, is a phrase, or is of a script
// written without spaces.
func printed(text string, a avoidWord) string {
	if a.anywhere || strings.Contains(a.key, " ") {
		return a.as
	}
	inside := ""
	for i, j := range spans(text, inToken) {
		switch f := fold(text[i:j]); {
		case f == a.joined:
			return a.as
		case inside == "" && strings.Contains(f, a.joined):
			inside = text[i:j]
		}
	}
	if inside == "" {
		return a.as
	}
	return inside
}

// written is the word of text that folds to x, as written (Esplotación for esplotacion), or x.
func written(text, x string) string {
	for i, j := range spans(text, inToken) {
		if fold(text[i:j]) == x {
			return text[i:j]
		}
	}
	return x
}

// quoted is a word found as written and, when it was read otherwise, as read: "s.e.x" (sex).
func quoted(as, word string) string {
	if fold(as) == fold(word) {
		return fmt.Sprintf("%q", as)
	}
	return fmt.Sprintf("%q (%s)", as, word)
}

// codeWords are what a placement code must not spell with digits for letters: every word of
// the built-in lists of 3 letters or more (a code is read in any language), the topic
// abbreviations, who or where a card was picked up (kid, teen, girl, motel, spa), and
// lateCodeWords.
var codeWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, a := range everyList().words {
		if len(a.joined) >= 3 && !strings.Contains(a.key, " ") && ascii(a.joined) {
			out[a.joined] = true
		}
	}
	for _, w := range slices.Concat(topicAbbreviations, whoWhere, lateCodeWords) {
		out[w] = true
	}
	return out
})

// lateCodeWords are words a code haven makes could spell, its letters and the digits 3, 4, 5
// and 7 (e, a, s, t) in turn (g4s, c4f3k7), listed after earlier runs made such codes: a code
// a user writes or haven makes now may not spell them, one an earlier run made, read again,
// may (SpelledEarlier), as its copies may already hang.
var lateCodeWords = []string{"bars", "cafe", "cafes", "gas", "safe"}

// whoWhere are words that say whom a card is for or where it was picked up: the places
// copies hang (where people stop on the road, travel, worship, wait for care, stay, wash, eat).
// Any of them a generated code could spell, letters and digits alternating (e5v4m7), is in
// lateCodeWords too: adding one would refuse codes made for existing placements.
var whoWhere = append([]string{"kid", "kids", "teen", "teens", "girl", "girls", "boy", "boys", "child", "minor", "minors",
	"youth", "women", "woman", "lgbt", "queer", "cop", "cops", "police", "victim", "victims", "doc", "doctor", "home"}, where...)

// where are whoWhere's places.
var where = []string{"spa", "bar", "pub", "club", "motel", "hotel", "sauna", "toilet", "gym", "school", "clinic", "shelter",
	"restroom", "restrooms", "bathroom", "bathrooms", "washroom", "washrooms", "toilets", "motels", "hotels",
	"truckstop", "truckstops", "busstop", "metro", "subway", "station", "stations", "airport", "airports",
	"church", "churches", "mosque", "mosques", "temple", "temples", "synagogue", "synagogues",
	"hospital", "hospitals", "waitingroom", "waitingrooms", "casino", "casinos", "laundromat", "laundromats", "nail", "nails", "salon", "salons", "jail", "jails", "prison",
	"dentist", "library", "pharmacy", "mall", "courthouse", "dorm", "campus", "massage", "stripclub", "nightclub",
	"bars", "cafe", "cafes", "diner", "diners", "restaurant", "restaurants", "cafeteria", "canteen", "coffeeshop",
	"gas", "gasstation", "petrol", "laundry", "hostel", "hostels", "grocery", "foodbank", "pantry", "safehouse"}

// Spells is the word a placement code (a-z, 0-9 and -, no letters side by side) spells with
// digits for letters (s3x, r4p3, k1d, 5p4), "" when none: the code is printed on the card and
// sent with every scan.
func Spells(code string) string { return spells(code, codeWords()) }

// SpelledEarlier is Spells without lateCodeWords: what a code an earlier run made may not spell.
func SpelledEarlier(code string) string { return spells(code, earlierCodeWords()) }

var earlierCodeWords = sync.OnceValue(func() map[string]bool {
	out := maps.Clone(codeWords())
	for _, w := range lateCodeWords {
		delete(out, w)
	}
	return out
})

// spells is the word of words code spells with digits for letters, or "". Digits not read as
// letters, and -, part its words.
func spells(code string, words map[string]bool) string {
	if !strings.ContainsFunc(code, signFor) {
		return "" // its letters stand apart
	}
	for _, v := range asLetters(strings.ReplaceAll(code, "-", "")) { // h0-t3l spells hotel as h0t3l does
		for piece := range strings.FieldsFuncSeq(v, func(r rune) bool { return r < 'a' || r > 'z' }) {
			for i := range piece {
				for j := len(piece); j >= i+2; j-- { // the longest: abuso, not abi
					if words[piece[i:j]] {
						return piece[i:j]
					}
				}
			}
		}
	}
	return ""
}

// SpacedWord is the word a placement code's letters spell read together, the digits and -
// between them left out (m1o2t3e4l, s1e2x, d7v, g9y7m), "" when they spell none of codeWords:
// letters a digit apart still read as the word. Codes haven makes are drawn again where theirs
// would.
func SpacedWord(code string) string {
	letters := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, code)
	if len(letters) >= 2 && codeWords()[letters] {
		return letters
	}
	return ""
}

// everyList is every built-in list in one, made the first time it is needed: an address or a
// code is read in any language.
var everyList = sync.OnceValue(func() *avoidSet {
	var ws []avoidWord
	var hs []string
	for _, lang := range slices.Sorted(maps.Keys(avoidDefaults())) {
		set := builtinSets()[lang]()
		ws = append(ws, set.words...)
		hs = append(hs, set.harmless...)
	}
	slices.Sort(hs)
	return newAvoidSet(ws, slices.Compact(hs))
})
