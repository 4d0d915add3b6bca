package typeface

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"haven/internal/content"
	"haven/internal/diag"
)

// CheckShaping refuses texts written in a script haven cannot shape, one problem per script,
// where it is first written, then accents it cannot place: a run says so for every language
// before it looks at a font.
func CheckShaping(texts []diag.Located) error { return checkShaping(distinct(texts), texts) }

// checkShaping is CheckShaping given the distinct characters of texts. The resource page's own
// words (site:) are left out: a browser sets them, joining letters and placing marks itself.
func checkShaping(runes []rune, texts []diag.Located) error {
	if drawn := slices.DeleteFunc(slices.Clone(texts), func(t diag.Located) bool { return strings.HasPrefix(t.Field, "site.") }); len(drawn) < len(texts) {
		texts, runes = drawn, distinct(drawn)
	}
	found := map[string]bool{}
	var marks, shaped, unbroken bool
	for _, r := range runes {
		if name := content.UnshapedScript(r); name != "" {
			found[name] = true
		}
		marks = marks || isMark(r)
		shaped = shaped || Shaped(r)
		unbroken = unbroken || content.UnbrokenScript(r) != ""
	}
	if len(found) > 0 {
		return unshapedError(found, texts)
	}
	var ps diag.Problems
	if unbroken {
		ps = append(ps, unbrokenError(texts)...)
	}
	if marks {
		ps = append(ps, markError(texts)...)
	}
	if shaped {
		ps = append(ps, strayError(texts)...)
	}
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// unshapeable begins the message of a text in a script haven cannot shape.
const unshapeable = "haven cannot set "

// Unshapeable is whether p, of CheckShaping, is of a script haven cannot shape, not of an
// accent or a letter written otherwise.
func Unshapeable(p diag.Problem) bool { return strings.HasPrefix(p.Msg, unshapeable) }

func unshapedError(found map[string]bool, texts []diag.Located) diag.Problems {
	var ps diag.Problems
	for _, t := range texts {
		for _, r := range t.Text {
			name := content.UnshapedScript(r)
			if !found[name] {
				continue
			}
			delete(found, name)
			why := "it needs shaping haven does not do"
			switch {
			case name == "Mongolian": // the page sets it in its columns (the resource page's vertical.css)
				why = "it is written in columns, top to bottom, its letters joined, and haven's PDFs set text only in lines"
			case r > 0xFFFF:
				why = "its letters are beyond the characters haven's PDF writer embeds"
			}
			ps = append(ps, diag.Problem{File: t.File, Line: t.Line, Field: t.Field,
				Msg:  fmt.Sprintf(unshapeable+"%s text yet: %s (%q U+%04X)", name, why, r, r),
				Hint: "its letters would print in the wrong order or shape: take it out of this text (a name in it may be written in Latin letters too); where an edition is written in " + name + ", leave that language out, naming the others with --lang, and set it in a program that shapes it, such as LibreOffice Writer"})
		}
	}
	return ps
}

// unbrokenAt ends the message of a run of an unbroken script too long to break.
const unbrokenAt = " lines only at spaces and zero-width spaces"

// Unbroken is whether p, of CheckShaping, is of a run of Thai, Lao, Khmer or Myanmar too long
// to break (unbrokenError), whose hint says how to print it.
func Unbroken(p diag.Problem) bool { return strings.HasSuffix(p.Msg, unbrokenAt) }

// unbrokenError refuses a run of Thai, Lao, Khmer or Myanmar longer than a word or two
// (content.UnbrokenRun), where haven cannot break a line, once for each script, where it is
// first written, naming every other text that has one, so that all are fixed in one pass.
func unbrokenError(texts []diag.Located) diag.Problems {
	var ps diag.Problems
	first := map[string]int{} // a script: its problem
	others := map[string][]diag.Located{}
	for _, t := range texts {
		run, name := content.UnbrokenRun(t.Text)
		if run == "" {
			continue
		}
		if _, ok := first[name]; ok {
			others[name] = append(others[name], t)
			continue
		}
		first[name] = len(ps)
		ps = append(ps, diag.Problem{File: t.File, Line: t.Line, Field: t.Field,
			Msg: fmt.Sprintf(unshapeable+"this %s text yet: %q runs %d characters and more without a space, and haven, which has no dictionary of %s words, breaks %s"+unbrokenAt,
				name, run, content.MostUnbroken+1, name, name)})
	}
	for name, n := range first {
		where := ""
		if at, count := linesOf(others[name]); count == 1 {
			where = ", here and on the other line with such a run (" + at + ")"
		} else if count > 1 {
			where = fmt.Sprintf(", here and on the %d other lines with such a run (%s)", count, at)
		}
		ps[n].Hint = "put a zero-width space (U+200B, which prints nothing: &#8203; in faq.md, \\u200B in a double-quoted text.yaml value) or a space between words where a line may break, at least every " +
			fmt.Sprint(content.MostUnbroken) + " characters" + where + ", and check the breaks on proof.pdf"
	}
	return ps
}

// linesOf says where texts are written, each file once with its lines ("th/faq.md lines 3, 7
// and th/text.yaml line 12"), and on how many lines.
func linesOf(texts []diag.Located) (string, int) {
	var files []string
	lines := map[string][]string{}
	count := 0
	for _, t := range texts {
		f := fileOf(t.File)
		if _, ok := lines[f]; !ok {
			files = append(files, f)
		}
		if l := fmt.Sprint(t.Line); !slices.Contains(lines[f], l) {
			lines[f] = append(lines[f], l)
			count++
		}
	}
	var each []string
	for _, f := range files {
		word := " lines "
		if len(lines[f]) == 1 {
			word = " line "
		}
		each = append(each, f+word+strings.Join(lines[f], ", "))
	}
	if len(each) < 2 {
		return strings.Join(each, ""), count
	}
	return strings.Join(each[:len(each)-1], ", ") + " and " + each[len(each)-1], count
}

// isMark reports whether r is a combining mark, drawn over or under the character before it.
func isMark(r rune) bool {
	return r >= 0x0300 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r))
}

// placed reports whether a combining mark on base prints where it belongs: Hebrew points are
// drawn by their fonts to sit on the letter before them (layout puts them after it in a
// reversed line). Any other mark left after NFC has no precomposed character with its letter,
// and the PDF writer, placing one glyph after another without the font's mark positioning,
// draws it where the font's default puts it: through a capital, beside a wide letter, a cedilla
// under the next letter, an Arabic vowel sign beside a word's last letter.
func placed(base rune) bool {
	return unicode.Is(unicode.Hebrew, base)
}

// loose reports whether rs[i] is a combining mark haven cannot place on its letter: a mark of
// a script it shapes is placed by the font (Shaped), and so is an Arabic vowel sign on an
// Arabic letter or a fili on a Thaana letter, whose word HarfBuzz shapes (Shape).
func loose(rs []rune, i int) bool {
	return isMark(rs[i]) && !Shaped(rs[i]) && !(i > 0 && placed(rs[i-1])) && !heldMark(rs, i) && !onArabicLetter(rs, i) && !onThaanaLetter(rs, i) && !onAccentable(rs, i)
}

// onArabicLetter reports whether rs[i] is an Arabic mark on an Arabic letter (or tatweel),
// past the marks between them.
func onArabicLetter(rs []rune, i int) bool {
	b := before(rs, i)
	return arabicMark(rs[i]) && arabicBlock(b) && unicode.IsLetter(b)
}

// Unprintable is whether haven cannot print text in a PDF, whatever the font, as CheckShaping
// refuses it: it writes a letter of a script haven cannot shape or an accent it cannot place. A browser sets such text right, on the resource page.
func Unprintable(text string) bool {
	rs := []rune(text)
	for i, r := range rs {
		if content.UnshapedScript(r) != "" || loose(rs, i) {
			return true
		}
	}
	run, _ := content.UnbrokenRun(text)
	return run != ""
}

// markLanguages names the languages that write some letters with accents Unicode does not
// compose, by the letter and its marks (decomposed): "ą́" is a, ogonek, acute.
var markLanguages = []struct {
	name  string
	bases string
	marks []rune
}{
	{"Navajo", "aeiou", []rune{0x0328, 0x0301}},
	{"Yoruba", "eo", []rune{0x0323, 0x0300}},
	{"Yoruba", "eo", []rune{0x0323, 0x0301}},
	{"Yoruba", "mn", []rune{0x0300}},
	{"Marshallese", "mo", []rune{0x0327}},
	{"Marshallese", "n", []rune{0x0304}},
}

// markLanguage is the language that writes seq, a letter and its marks, or "".
func markLanguage(seq string) string {
	rs := []rune(norm.NFD.String(seq))
	base := unicode.ToLower(rs[0])
	for _, l := range markLanguages {
		if strings.ContainsRune(l.bases, base) && !slices.ContainsFunc(l.marks, func(m rune) bool { return !slices.Contains(rs[1:], m) }) {
			return l.name
		}
	}
	return ""
}

// markError refuses the combining marks haven cannot place, one problem per text that first
// writes some, naming each letter with its marks once; a later text that writes only marks
// named already is listed in the problem that named them, so that every place to change is
// said at once.
func markError(texts []diag.Located) diag.Problems {
	first := map[string]int{} // a sequence: the problem that names it
	also := map[int][]string{}
	var ps diag.Problems
	for _, t := range texts {
		var seqs []string
		inText := map[string]bool{}
		known := -1
		rs := []rune(t.Text)
		var split []string
		for i := 0; i < len(rs); i++ {
			if !loose(rs, i) {
				continue
			}
			if emphasised(rs, i) {
				if n := signIn(rs, i); !slices.Contains(split, n) {
					split = append(split, n)
				}
				continue
			}
			start := max(i-1, 0) // the letter, or the mark alone at the start of the text
			if i > 0 && isMark(rs[i-1]) {
				continue // a mark after a mark: the sequence was taken with the first
			}
			end := i
			for end < len(rs) && isMark(rs[end]) {
				end++
			}
			seq := string(rs[start:end])
			if inText[seq] {
				continue
			}
			inText[seq] = true
			if n, ok := first[seq]; ok {
				known = n
			} else {
				seqs = append(seqs, seq)
			}
		}
		if len(split) > 0 {
			ps = append(ps, diag.Problem{File: t.File, Line: t.Line, Field: t.Field,
				Msg: "bold or italic begins or ends between a letter and its vowel sign or accent: " + strings.Join(split, ", ") +
					"; printed in two faces, the sign cannot sit on its letter",
				Hint: "put the ** or * before or after the whole word"})
		}
		if len(seqs) == 0 {
			if known >= 0 {
				also[known] = append(also[known], placeOf(t))
			}
			continue
		}
		for _, seq := range seqs {
			first[seq] = len(ps)
		}
		var named []string
		for _, seq := range seqs {
			var codes []string
			for _, r := range seq {
				codes = append(codes, fmt.Sprintf("U+%04X", r))
			}
			desc := strings.Join(codes, " ")
			if l := markLanguage(seq); l != "" {
				desc += ", " + l
			}
			named = append(named, fmt.Sprintf("%q (%s)", seq, desc))
		}
		why := "no character holds the letter with them, and haven draws an accent as a glyph of its own, without fitting it to its letter"
		hint := "it would print beside the letter, through a capital or under the next letter: write the letter without " +
			"the accent that has no composed form, or set this text in a program that positions accents, such as LibreOffice Writer"
		if first := []rune(seqs[0])[0]; !unicode.IsLetter(first) { // a space or a sign before it, or nothing (onArabicLetter, onAccentable)
			why = "it has no letter before it to sit on"
			hint = "an accent or vowel sign prints on the letter before it, and here it has none: write it right after its letter, with no space or other sign between, or delete it"
		}
		ps = append(ps, diag.Problem{File: t.File, Line: t.Line, Field: t.Field,
			Msg:  "haven cannot place the accents of " + strings.Join(named, ", ") + ": " + why,
			Hint: hint})
	}
	sayAlso(ps, also)
	return ps
}

// stray reports whether rs[i] is a vowel sign or mark of a script haven shapes with no letter
// of its script before it to sit on (after a space, at a text's start, after punctuation), which
// HarfBuzz, as a browser does, draws on a dotted circle: a typo, printed. split: the letter is
// there, but bold or italic begins or ends between the two, which then print in two faces and
// cannot join; so too between a virama and the letter after it, whose conjunct would print
// broken, its virama showing.
func stray(rs []rune, i int) (stray, split bool) {
	if !Shaped(rs[i]) || unicode.IsPunct(rs[i]) { // a script's own punctuation (Myanmar's ။) joins no syllable
		return false, false
	}
	k := i - 1
	for k >= 0 && content.Unmark(string(rs[k])) == "" { // haven's marks of bold and italic
		k--
	}
	marked := k < i-1
	if !unicode.In(rs[i], unicode.Mn, unicode.Mc) { // a letter: after a virama across a mark of emphasis
		return marked && k >= 0 && virama(rs[k]), true
	}
	joined := k >= 0 && (Shaped(rs[k]) || rs[k] == zwj || rs[k] == zwnj)
	return !joined || marked, joined
}

// virama reports whether r joins the consonants on either side of it into a conjunct: a sign
// of canonical combining class 9 (्, ্, ্, ் …).
func virama(r rune) bool { return norm.NFC.PropertiesString(string(r)).CCC() == 9 }

// strayError refuses the signs and marks of scripts haven shapes that stand without their
// letter (stray), one problem per text, each sign named once.
func strayError(texts []diag.Located) diag.Problems {
	var ps diag.Problems
	for _, t := range texts {
		rs := []rune(t.Text)
		var named, split []string
		for i := range rs {
			bad, apart := stray(rs, i)
			if !bad {
				continue
			}
			n := signIn(rs, i)
			if list := &named; !slices.Contains(*list, n) && !slices.Contains(split, n) {
				if apart {
					list = &split
				}
				*list = append(*list, n)
			}
		}
		if len(named) > 0 {
			ps = append(ps, diag.Problem{File: t.File, Line: t.Line, Field: t.Field,
				Msg: "a vowel sign or mark has no letter before it: " + strings.Join(named, ", ") +
					"; it would print on a dotted circle (◌), as a browser shows it",
				Hint: "write it right after the letter it belongs to, with no space or other sign between, or delete it"})
		}
		if len(split) > 0 {
			ps = append(ps, diag.Problem{File: t.File, Line: t.Line, Field: t.Field,
				Msg: "bold or italic begins or ends inside a syllable, between a letter and its vowel sign or mark, or a virama and the next letter: " + strings.Join(split, ", ") +
					"; printed in two faces, they cannot join, and the syllable would print broken (its sign on a dotted circle ◌, or its virama showing)",
				Hint: "put the ** or * before or after the whole word"})
		}
	}
	return ps
}

// signIn names the sign or mark rs[i] and the words on either side of it, to find it by.
func signIn(rs []rune, i int) string {
	from, to := i, i+1
	for from > 0 && unicode.IsSpace(rs[from-1]) {
		from--
	}
	for from > 0 && !unicode.IsSpace(rs[from-1]) {
		from--
	}
	for to < len(rs) && unicode.IsSpace(rs[to]) {
		to++
	}
	for to < len(rs) && !unicode.IsSpace(rs[to]) {
		to++
	}
	return fmt.Sprintf("%q (U+%04X, in %q)", rs[i], rs[i], content.Unmark(string(rs[from:to])))
}

// emphasised reports whether a mark of bold or italic (content.Unmark) stands between the
// mark rs[i] and the letter it would sit on, past the marks between them.
func emphasised(rs []rune, i int) bool {
	k, marked := i-1, false
	for k >= 0 && (isMark(rs[k]) || content.Unmark(string(rs[k])) == "") {
		marked = marked || !isMark(rs[k])
		k--
	}
	return marked && k >= 0 && unicode.IsLetter(rs[k])
}

// sayAlso adds to each problem the places (also, by the problem's index) that write only what
// it names, so that one run lists every place to change.
func sayAlso(ps diag.Problems, also map[int][]string) {
	for n, at := range also {
		more := ""
		if len(at) > 8 {
			at, more = at[:8], fmt.Sprintf(" and %d more", len(at)-8)
		}
		ps[n].Msg += "; the same in " + strings.Join(at, ", ") + more
	}
}

// placeOf is where t is written, short: its language folder, file and line ("he/faq.md:21").
func placeOf(t diag.Located) string { return fmt.Sprintf("%s:%d", fileOf(t.File), t.Line) }

// fileOf is file, short: its language folder and name ("he/faq.md").
func fileOf(file string) string { return path.Join(path.Base(path.Dir(file)), path.Base(file)) }
