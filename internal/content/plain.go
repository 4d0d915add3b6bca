package content

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// plain is a text as its numbers are read: what a reader sees, whatever it is written with.
// Emphasis marks are left out (a slip in "call **912**" or "1-888-**373-7889**" is read as
// one number), every decimal digit of any script is its ASCII digit ("١-٨٨٨" and "１-８８８"
// are 1-888), the wide brackets, dashes and spaces of East Asian input are their ASCII forms
// ("（５０３）５８５－４９８９" is (503)585-4989), a Cyrillic or Greek letter that looks like O or I is the Latin letter (so
// letterDigits finds "1-8ОО" as it finds "1-8OO"), and a line break inside a number is left
// out (the number is refused for it, and checked as the number it was meant to be).
type plain struct {
	text   string
	orig   string
	at     []int // the byte of orig each byte of text was read from; at[len(text)] == len(orig)
	marks  []int // where in text a mark was left out
	breaks []int // where in text a line break inside a number was left out
}

// lookalikeLetters are the letters of other scripts that look like the Latin letters digitLike
// reads as digits.
var lookalikeLetters = map[rune]byte{
	'\u041E': 'O', '\u043E': 'o', // Cyrillic
	'\u039F': 'O', '\u03BF': 'o', // Greek
	'\u0406': 'I', '\u04C0': 'I', '\u0399': 'I', '\u04CF': 'l',
	'\uFF2F': 'O', '\uFF4F': 'o', '\uFF29': 'I', '\uFF4C': 'l', // full width
}

// plainOf reads s as its numbers are read.
func plainOf(s string) plain {
	p := plain{orig: s}
	if isASCIIText(s) {
		p.text = s
		p.at = make([]int, len(s)+1)
		for i := range p.at {
			p.at[i] = i
		}
	} else {
		var b strings.Builder
		rs := []rune(s)
		i := 0
		for k, r := range rs {
			var fold string
			switch {
			case marked(r):
				p.marks = append(p.marks, b.Len())
				i += utf8.RuneLen(r)
				continue
			case r > 0x7F && unicode.Is(unicode.Nd, r):
				fold = string(rune('0' + digitValue(r)))
			case wideASCII(r) != 0:
				fold = string(wideASCII(r))
			case lookalikeLetters[r] != 0 && amongDigits(rs, k):
				fold = string(rune(lookalikeLetters[r]))
			default:
				fold = string(r)
			}
			for range len(fold) {
				p.at = append(p.at, i)
			}
			b.WriteString(fold)
			i += utf8.RuneLen(r)
		}
		p.text = b.String()
		p.at = append(p.at, len(s))
	}
	p.joinBrokenNumbers()
	return p
}

// wideASCII is the ASCII punctuation, symbol or space that r is the wide form of, as a Chinese,
// Japanese or Korean input method types it ("（" "）" "－" "／" "＋", the ideographic space,
// the small "﹙"), or 0: "请拨打（503）585-4998" is read as "(503) 585-4998" is, so a slip behind
// full-width brackets is found as any other. The compatibility mapping (NFKC) of the wide forms
// says which is which; letters are left to lookalikeLetters, digits to digitValue.
func wideASCII(r rune) rune {
	if r < 0x2000 || unicode.IsLetter(r) || unicode.IsDigit(r) {
		return 0
	}
	if k := width.LookupRune(r).Kind(); k != width.EastAsianFullwidth && k != width.EastAsianWide {
		return 0
	}
	s := norm.NFKC.String(string(r))
	if len(s) != 1 || s[0] >= utf8.RuneSelf || isDigit(s[0]) || isWordRune(rune(s[0])) {
		return 0
	}
	return rune(s[0])
}

// amongDigits reports whether the letter rs[k] is in a group of digits and letters that look
// like them, with a digit: "8ОО" of "1-8ОО-799", not "ОТКРЫТО".
func amongDigits(rs []rune, k int) bool {
	like := func(r rune) bool { return lookalikeLetters[r] != 0 || r < utf8.RuneSelf && digitLike[byte(r)] != 0 }
	for _, step := range []int{-1, 1} {
		for j := k + step; j >= 0 && j < len(rs) && j != k+20*step; j += step { // a group is short
			if unicode.IsDigit(rs[j]) {
				return true
			}
			if !like(rs[j]) {
				break
			}
		}
	}
	return false
}

// isASCIIText reports whether s is ASCII, so is read as it is.
func isASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// joinBrokenNumbers leaves out a line break (a hard one, in faq.md) inside a number: "1-888-373-"
// on one line and "7889" on the next.
func (p *plain) joinBrokenNumbers() {
	if !strings.Contains(p.text, "\n") {
		return
	}
	text, at := make([]byte, 0, len(p.text)), make([]int, 0, len(p.at))
	var marks []int
	mi := 0
	for i := 0; i < len(p.text); i++ {
		for ; mi < len(p.marks) && p.marks[mi] == i; mi++ {
			marks = append(marks, len(text))
		}
		if p.text[i] == '\n' {
			before := bytes.TrimRight(text, " \t")
			if numberGoesOn(string(before[max(0, len(before)-2):]), []byte(p.text[i+1:min(len(p.text), i+3)])) {
				text, at = before, at[:len(before)]
				p.breaks = append(p.breaks, len(text))
				continue
			}
		}
		text, at = append(text, p.text[i]), append(at, p.at[i])
	}
	for ; mi < len(p.marks); mi++ {
		marks = append(marks, len(text))
	}
	p.text, p.at, p.marks = string(text), append(at, p.at[len(p.text)]), marks
}

// original is the text as written that text[from:to] was read from, without its marks.
func (p plain) original(from, to int) string { return Unmark(p.orig[p.at[from]:p.at[to]]) }

// inside reports whether one of the positions (marks, breaks) falls inside text[from:to],
// after its first digit and before its last.
func (p plain) inside(pos []int, from, to int) bool {
	first := from + strings.IndexAny(p.text[from:to], "0123456789")
	last := from + strings.LastIndexAny(p.text[from:to], "0123456789")
	for _, m := range pos {
		if m > first && m <= last {
			return true
		}
	}
	return false
}

// digitValue is the value of a decimal digit of any script: Unicode codes each script's ten
// digits in a row from its zero, and the table lists each row (or run of rows) as one range.
func digitValue(r rune) int {
	for _, rg := range unicode.Nd.R16 {
		if lo, hi := rune(rg.Lo), rune(rg.Hi); r >= lo && r <= hi && rg.Stride == 1 {
			return int(r-lo) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if lo, hi := rune(rg.Lo), rune(rg.Hi); r >= lo && r <= hi && rg.Stride == 1 {
			return int(r-lo) % 10
		}
	}
	return 0
}

// letterName names a letter typed for a digit: "the letter O", or for a letter of another
// script that looks like it "the Cyrillic letter О (U+041E)".
func letterName(r rune) string {
	if r < utf8.RuneSelf {
		return fmt.Sprintf("the letter %c", r)
	}
	script := "full-width"
	for name, t := range map[string]*unicode.RangeTable{"Cyrillic": unicode.Cyrillic, "Greek": unicode.Greek} {
		if unicode.Is(t, r) {
			script = name
		}
	}
	return fmt.Sprintf("the %s letter %c (U+%04X)", script, r, r)
}
