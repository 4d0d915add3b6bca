package content

import (
	"bytes"
	"cmp"
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
// ("（５０３）５８５－４９８９" is (503)585-4989) and so are its full-width letters (ＳＡＦＥ,
// fullWidthLatin), a character that prints like a digit among digits is that digit (the Cyrillic З of "1-800-799-72З4", the Greek Ο of "1-8ΟΟ": letterDigits
// refuses it, and the number is checked as it reads on paper), a line break inside a number
// is left out (the number is refused for it, and checked as the number it was meant to be), and
// one between digits is read as a space, as Markdown joins a paragraph's lines ("233" and "734"
// are read as 233 734, which is one number where it makes one), and the marks Armenian writes
// over a word are left out of it (onWord), as is a soft hyphen between letters, which prints
// nothing where the line does not break there (HE­PL of "Text HE­PL to" prints HEPL, and
// 1-800-799-SA­VE a slip of SAFE).
type plain struct {
	text   string
	orig   string
	at     []int // the byte of orig each byte of text was read from; at[len(text)] == len(orig); nil when text is orig
	marks  []int // where in text a mark was left out
	breaks []int // where in text a line break inside a number was left out
	apart  []int // where in text a line break between digits was read as a space
}

// digitLookalikes are the characters that print like a digit: those Unicode's confusables
// (UTS #39, confusables.txt 17.0) give a digit 2 to 9 as prototype, or O, o, l and I, the
// prototypes it gives 0 and 1, and the letters of the Latin, IPA and Cyrillic blocks that
// print like a digit in haven's fonts though the confusables give them a letter (Ч, ı, ɡ, ꝯ,
// ƽ, ƨ, ɜ, ʒ, ȝ, ƅ, Б; not ч, which Russian writes against an hour: 9ч). Left out are ASCII
// (O, l and I are digitLike; every other letter spells a vanity number), marks (part of the
// letter before them), the bars | and ∣ (they set groups apart, phone.Lookalike), letters of
// right-to-left scripts (a Hebrew prefix such as ו is written against a number), and the
// compatibility forms (full-width Ｏ, ℓ, Ⅰ, 𝐎), which printsAsDigit reads through their plain
// form. The lowercase з is added: it prints as a small 3. The digits of other scripts are read
// as the digits they are (Bengali ৪ is a four); those the confusables give another digit are
// listed for the one a reader takes them for (৪ prints like an 8: mixedDigits names it).
var digitLookalikes = map[rune]byte{
	// prints like 0: Cyrillic, Greek, Coptic, Armenian, Tifinagh, Ethiopic, Oriya, Lisu, Osage,
	// Warang Citi, Lycian, Carian, Deseret, Elbasan; the ideographic zero; Latin small capital,
	// sideways and blackletter o; Greek sigma; Georgian, Malayalam, Myanmar
	'\u041E': '0', '\u043E': '0', '\u039F': '0', '\u03BF': '0', '\u03C3': '0', '\u2C9E': '0', '\u2C9F': '0',
	'\u0555': '0', '\u0585': '0', '\u2D54': '0', '\u12D0': '0', '\u0B20': '0', '\uA4F3': '0', '\U000104C2': '0',
	'\U000104EA': '0', '\U000118B5': '0', '\U000118C8': '0', '\U000118D7': '0', '\U00010292': '0', '\U000102AB': '0',
	'\U00010404': '0', '\U0001042C': '0', '\U00010516': '0', '\u3007': '0', '\u1D0F': '0', '\u1D11': '0', '\uAB3D': '0',
	'\u10FF': '0', '\u0D20': '0', '\u101D': '0', '\u03ED': '0', // ϭ
	// prints like 1: Cyrillic І, Ӏ, ӏ; Greek Ι; Latin iota and dental click; Coptic, Tifinagh,
	// Runic, Lisu, Miao, Lycian, Old Italic
	'\u0406': '1', '\u04C0': '1', '\u04CF': '1', '\u0399': '1', '\u0196': '1', '\u01C0': '1', '\u2C92': '1',
	'\u2D4F': '1', '\u16C1': '1', '\uA4F2': '1', '\U00016F28': '1', '\U0001028A': '1', '\U00010309': '1', '\U00010320': '1', '\u0131': '1', // ı
	'\uA75A': '2', '\u01A7': '2', '\u01A8': '2', '\u03E8': '2', '\uA644': '2', '\u14BF': '2', '\uA6EF': '2', // Ꝛ Ƨ ƨ Ϩ Ꙅ ᒿ ꛯ
	'\u0417': '3', '\u0437': '3', '\u04E0': '3', '\u01B7': '3', '\u021C': '3', '\uA7AB': '3', '\uA76A': '3', // З з Ӡ Ʒ Ȝ Ɜ Ꝫ
	'\u025C': '3', '\u0292': '3', '\u021D': '3', '\u2C9C': '3', '\u2CC4': '3', // ɜ ʒ ȝ Ⲝ Ⳅ
	'\u2CCC': '3', '\U0001D206': '3', '\U00016F3B': '3', '\U000118CA': '3',
	'\u13CE': '4', '\u0427': '4', '\U000118AF': '4', // Ꮞ Ч
	'\u01BC': '5', '\u01BD': '5', '\U000118BB': '5', // Ƽ ƽ
	'\u0431': '6', '\u0411': '6', '\u2CD2': '6', '\u2CD3': '6', '\u03EC': '6', '\u2CDC': '6', '\u0185': '6', '\u13EE': '6', '\U000118D5': '6', // б Б Ⳓ ⳓ Ϭ Ⳝ ƅ Ꮾ
	'\U0001D212': '7', '\U000104D2': '7', '\U000118C6': '7',
	'\u0222': '8', '\u0223': '8', '\U0001031A': '8', // Ȣ ȣ
	// digits of other scripts: Gurmukhi ੧, Oriya ୨, Bengali ৭, Malayalam ൭ print like 9,
	// Bengali ৪ and Gurmukhi ੪ like 8, Arabic-Indic ٥ and ۵ like 0
	'\u0A67': '9', '\u0B68': '9', '\u09ED': '9', '\u0D6D': '9', '\u09EA': '8', '\u0A6A': '8', '\u0665': '0', '\u06F5': '0',
	'\uA76E': '9', '\uA76F': '9', '\u0261': '9', '\u2CCA': '9', '\u2CCB': '9', '\U000118AC': '9', '\U000118CC': '9', '\U000118D6': '9', // Ꝯ ꝯ ɡ Ⳋ ⳋ
}

// printsAsDigit is the ASCII digit r prints like, 0 for none: a digitLookalike, or a letter
// whose compatibility form (NFKC) is one ("ℓ" and "Ｉ" are l and I, "𝚶" is Greek Ο).
func printsAsDigit(r rune) byte {
	if d := digitLookalikes[r]; d != 0 {
		return d
	}
	// letterlike symbols and number forms, full-width forms, mathematical letters
	if r >= 0x2100 && r <= 0x218F || r >= 0xFF00 && r <= 0xFFEF || r >= 0x1D400 && r <= 0x1D7FF {
		if s := norm.NFKC.String(string(r)); utf8.RuneCountInString(s) == 1 {
			if s[0] < utf8.RuneSelf {
				return digitLike[s[0]]
			}
			return digitLookalikes[[]rune(s)[0]]
		}
	}
	return 0
}

// onWord reports whether r is a mark Armenian writes over a word's stressed vowel, inside the
// word: its question mark ՞, exclamation mark ՜, emphasis mark ՛ and abbreviation mark ՟. The
// word is read without it ("զանգահարե՛ք" is զանգահարեք, asking to call), and no clause ends
// there: Armenian ends its sentences with ։.
func onWord(r rune) bool {
	return r == '\u055B' || r == '\u055C' || r == '\u055E' || r == '\u055F'
}

// plainOf reads s as its numbers are read.
func plainOf(s string) plain {
	p := plain{orig: s}
	if isASCIIText(s) {
		p.text = s // read as written, byte for byte: no index to keep
	} else {
		var b strings.Builder
		rs := []rune(s)
		i := 0 // where rs[k] is in s
		for k, r := range rs {
			// its bytes in s: one for a byte that is no UTF-8, which rs holds as U+FFFD, of three
			_, size := utf8.DecodeRuneInString(s[i:])
			var fold string
			switch {
			case marked(r):
				p.marks = append(p.marks, b.Len())
				i += size
				continue
			case onWord(r), r == '\u00AD' && k > 0 && k+1 < len(rs) && unicode.IsLetter(rs[k-1]) && unicode.IsLetter(rs[k+1]):
				i += utf8.RuneLen(r)
				continue
			case r > 0x7F && unicode.Is(unicode.Nd, r):
				fold = string(rune('0' + digitValue(r)))
			case numeral(r) != 0 && inNumerals(rs, k):
				fold = string(numeral(r))
			case rs[k] == 'ـ' && k > 0 && rs[k-1] == 'ـ' && separatorBetween(rs, k) != 0:
				fold = "" // a tatweel drawn longer: one dash
			case separatorBetween(rs, k) != 0:
				fold = string(separatorBetween(rs, k))
			case wideASCII(r) != 0:
				fold = string(wideASCII(r))
			case printsAsDigit(r) != 0 && amongDigits(rs, k):
				fold = string(rune(printsAsDigit(r)))
			case fullWidthLatin(r) != 0:
				fold = string(fullWidthLatin(r))
			default:
				fold = string(r)
			}
			for range len(fold) {
				p.at = append(p.at, i)
			}
			b.WriteString(fold)
			i += size
		}
		p.text = b.String()
		p.at = append(p.at, len(s))
	}
	p.joinBrokenNumbers()
	return p
}

// numeral is the ASCII digit of a Chinese numeral that writes a digit (〇 or 零 0, 一 or 幺
// 1 ... 九 9), 0 for any other character.
func numeral(r rune) rune {
	if i := strings.IndexRune(numerals[:len(numerals)-6], r); i >= 0 {
		return '0' + rune(i/3) // each is three bytes
	}
	switch r {
	case '零':
		return '0'
	case '幺': // one, as a number is read out (幺幺零, 110)
		return '1'
	}
	return 0
}

// numerals are the Chinese numerals numeral reads: 〇 to 九 in order, then 零 and 幺.
const numerals = "〇一二三四五六七八九零幺"

// inNumerals reports whether rs[k] is in a run of three or more Chinese numerals written digit
// by digit, as a number is read out ("一八八八三七三七八八九", "九一二"): no 十, 百, 千, 万 or 亿
// beside it, which make the run a count (一百二十, 一千零一) rather than digits.
func inNumerals(rs []rune, k int) bool {
	from, to := k, k+1
	for from > 0 && numeral(rs[from-1]) != 0 {
		from--
	}
	for to < len(rs) && numeral(rs[to]) != 0 {
		to++
	}
	positional := func(i int) bool {
		return i >= 0 && i < len(rs) && strings.ContainsRune("十百千万萬亿億兆两兩", rs[i])
	}
	return to-from >= 3 && !positional(from-1) && !positional(to)
}

// separatorBetween is the ASCII separator a character reads as between two digits (of any
// script), where it is a separator although no dash or comma by Unicode's classes: '-' for a
// letter that prints as a dash there (the long-vowel mark ー or ｰ a Japanese keyboard types for
// a hyphen, the ideograph 一 and the Hangul ㅡ typed for one, the Arabic tatweel ـ), '·' for
// the Latin ꞏ that prints as a middle dot, ',' for the Arabic comma and thousands separator
// (، ٬, read as a comma is: joinGroups), '.' for the Arabic decimal separator ٫; else 0.
func separatorBetween(rs []rune, k int) rune {
	var sep rune
	switch rs[k] {
	case 'ー', 'ｰ', '一', 'ㅡ', 'ـ':
		sep = '-'
	case 'ꞏ':
		sep = '·'
	case '،', '٬', '、': // the Arabic and the ideographic comma
		sep = ','
	case '٫':
		sep = '.'
	default:
		return 0
	}
	// the digits either side, past a tatweel drawn longer (1ـــ888) or a space each side
	// (1 ـ 888), as a dash between spaces is
	before, after := k-1, k+1
	for rs[k] == 'ـ' && before > 0 && rs[before] == 'ـ' {
		before--
	}
	for rs[k] == 'ـ' && after < len(rs)-1 && rs[after] == 'ـ' {
		after++
	}
	if sep == '-' && before > 0 && after < len(rs)-1 && rs[before] == ' ' && rs[after] == ' ' {
		before, after = before-1, after+1
	}
	digit := func(r rune) bool { return unicode.IsDigit(r) || numeral(r) != 0 } // or a numeral: 一八八八ー三七三
	if before < 0 || after >= len(rs) || !digit(rs[before]) || !digit(rs[after]) {
		return 0
	}
	return sep
}

// wideASCII is the ASCII punctuation, symbol or space that r is the wide form of, as a Chinese,
// Japanese or Korean input method types it ("（" "）" "－" "／" "＋", the ideographic space,
// the small "﹙"), or 0: "请拨打（503）585-4998" is read as "(503) 585-4998" is, so a slip behind
// full-width brackets is found as any other. The compatibility mapping (NFKC) of the wide forms
// says which is which; letters are left to printsAsDigit, digits to digitValue.
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

// fullWidthLatin is the ASCII letter r is the full-width form of, as East Asian input types
// it (Ｈ, ｅ), or 0: a keyword or a vanity word so written prints the word in wide letters,
// which a reader types on a phone's keys as the ASCII ones (ＨＥＬＰ is HELP, 1-800-799-ＳＡＦＥ
// is 1-800-799-SAFE), and is read, linked and checked as them.
func fullWidthLatin(r rune) rune {
	if r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' {
		return r - 'Ａ' + 'A'
	}
	return 0
}

// narrowLatin is s with its full-width letters as the ASCII ones (fullWidthLatin).
func narrowLatin(s string) string {
	return strings.Map(func(r rune) rune { return cmp.Or(fullWidthLatin(r), r) }, s)
}

// fullWidth reports whether s has a full-width letter (fullWidthLatin).
func fullWidth(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return fullWidthLatin(r) != 0 })
}

// amongDigits reports whether rs[k] is in a group of digits and characters that print like
// them, with a digit and no other letter against it, as typedAsDigits reads O, l and I:
// "8ОО" of "1-8ОО-799" and "72З4", not the О of "ОТКРЫТО1".
func amongDigits(rs []rune, k int) bool {
	like := func(r rune) bool { return printsAsDigit(r) != 0 || r < utf8.RuneSelf && digitLike[byte(r)] != 0 }
	digit := false
	for _, step := range []int{-1, 1} {
		j := k + step
		for ; j >= 0 && j < len(rs) && j != k+20*step; j += step { // a group is short
			if unicode.IsDigit(rs[j]) {
				digit = true
			} else if !like(rs[j]) {
				break
			}
		}
		if j >= 0 && j < len(rs) && unicode.IsLetter(rs[j]) && !like(rs[j]) {
			return false // a word
		}
	}
	return digit
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

// hasWide reports whether s has a character of set, which holds no ASCII: what most texts are
// tested for and do not have. Each ASCII letter costs a byte's comparison, where
// strings.ContainsAny looks it up in set.
func hasWide(s, set string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(set, r) {
			return true
		}
		i += n
	}
	return false
}

// joinBrokenNumbers leaves out a line break that prints (a hard one, in faq.md; a line of a |
// text, in text.yaml) inside a number: "1-888-373-" on one line and "7889" on the next. One
// between digits ("1-888-373-7" and "889", "9" and "12"), blank lines or indents with it, is
// read as a space: a number where the digits make one, as each side's own otherwise
// ("since 2019" and "911 calls").
func (p *plain) joinBrokenNumbers() {
	if !strings.Contains(p.text, "\n") {
		return
	}
	text, at := make([]byte, 0, len(p.text)), make([]int, 0, len(p.text)+1)
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
			next := i + len(p.text[i:]) - len(strings.TrimLeft(p.text[i:], " \t\n"))
			if len(before) > 0 && isDigit(before[len(before)-1]) && next < len(p.text) && isDigit(p.text[next]) {
				p.apart = append(p.apart, len(before))
				text, at = append(before, ' '), append(at[:len(before)], p.from(i))
				for ; mi < len(p.marks) && p.marks[mi] < next; mi++ {
					marks = append(marks, len(text))
				}
				i = next - 1
				continue
			}
		}
		text, at = append(text, p.text[i]), append(at, p.from(i))
	}
	for ; mi < len(p.marks); mi++ {
		marks = append(marks, len(text))
	}
	p.text, p.at, p.marks = string(text), append(at, p.from(len(p.text))), marks
}

// original is the text as written that text[from:to] was read from, without its marks.
func (p plain) original(from, to int) string { return Unmark(p.orig[p.from(from):p.from(to)]) }

// from is the byte of orig that byte i of text was read from.
func (p plain) from(i int) int {
	if p.at == nil {
		return i
	}
	return p.at[i]
}

// inside reports whether one of the positions (marks, breaks) falls inside text[from:to],
// after its first digit and before its last digit or letter (a vanity word's: 1-800-799-**SA**FE).
func (p plain) inside(pos []int, from, to int) bool {
	first := from + strings.IndexAny(p.text[from:to], "0123456789")
	last := from + strings.LastIndexFunc(p.text[from:to], func(r rune) bool { return r >= '0' && r <= '9' || isWordRune(r) })
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

// letterName names a character typed for a digit: "the letter O", or for another that prints
// like one its script and code, "the Cyrillic letter З (U+0417)", "the full-width letter Ｏ
// (U+FF2F)", "the letter ℓ (U+2113)" (a symbol of no one script), "the Han character 〇 (U+3007)".
func letterName(r rune) string {
	if r < utf8.RuneSelf {
		return fmt.Sprintf("the letter %c", r)
	}
	kind := "character"
	if unicode.IsLetter(r) {
		kind = "letter"
	}
	script := ""
	if width.LookupRune(r).Kind() == width.EastAsianFullwidth {
		script = "full-width "
	} else {
		for name, t := range unicode.Scripts {
			if name != "Common" && name != "Inherited" && unicode.Is(t, r) {
				script = strings.ReplaceAll(name, "_", " ") + " "
			}
		}
	}
	return fmt.Sprintf("the %s%s %c (U+%04X)", script, kind, r, r)
}

// mixedDigit is the first digit of text[at:end] in the script fewer of its digits are in, where
// they are in two (ASCII's, the full-width and the mathematical digits being one, Common).
func (p plain) mixedDigit(at, end int) (int, bool) {
	first, odd := "", -1 // the first digit's script, and the first digit of another
	same, other := 0, 0
	for i := at; i < end; i++ {
		if !isDigit(p.text[i]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p.orig[p.from(i):])
		if !unicode.IsDigit(r) { // a letter read as the digit it prints like: letterDigits's
			continue
		}
		switch s := ScriptOf(r); {
		case same == 0:
			first, same = s, 1
		case s == first:
			same++
		default:
			if odd < 0 {
				odd = i
			}
			other++
		}
	}
	if odd < 0 {
		return 0, false
	}
	if other > same { // "੯੧1": the 1 is the odd one
		for i := at; i < end; i++ {
			if r, _ := utf8.DecodeRuneInString(p.orig[p.from(i):]); isDigit(p.text[i]) && unicode.IsDigit(r) {
				return i, true
			}
		}
	}
	return odd, true
}

// mixedName names text[i], the odd digit of text[at:end] (mixedDigit), and the number a reader
// takes text[at:end] for where it prints like another digit.
func (p plain) mixedName(i, at, end int) string {
	d, _ := utf8.DecodeRuneInString(p.orig[p.from(i):])
	if d < utf8.RuneSelf {
		return fmt.Sprintf("an ASCII %c among the others", d)
	}
	name := fmt.Sprintf("the %s digit %c (U+%04X), a %c", ScriptOf(d), d, d, p.text[i])
	if like := printsAsDigit(d); like != 0 && like != p.text[i] {
		looks := []byte(p.text[at:end])
		looks[i-at] = like
		name += fmt.Sprintf(" that prints like a %c: it dials %s and reads as %s", like, p.text[at:end], looks)
	}
	return name
}

// lookalike reports whether text[i] is a digit read from a character that prints like one
// (printsAsDigit), as the З of "72З4".
func (p plain) lookalike(i int) bool {
	r, _ := utf8.DecodeRuneInString(p.orig[p.from(i):])
	if !isDigit(p.text[i]) || unicode.IsDigit(r) {
		return false
	}
	if numeral(r) == 0 {
		return true
	}
	// a numeral read as a digit among others of its run (九一二) is written as numbers are
	// read out; one alone among ASCII digits (1-8〇〇-799) is typed for a digit
	before, after := []rune(p.orig[:p.from(i)]), []rune(p.orig[p.from(i):])
	return !inNumerals(append(before, after...), len(before))
}
