package content

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spelledNumber is a number text spells out in words, or in single digits set apart by marks
// no number is written with: text[at:end] says digits.
type spelledNumber struct {
	at, end int
	digits  string
	// said is three digits or more joined by hyphens, in words at least in part, as a number is
	// said to a child ("nine-one-two", "nine-1-2"): a number to dial whatever the words around
	// it say
	said bool
}

// spelledSlips are the slips of the numbers text spells out (spelledNumbers) one slip from a
// configured one. Each is read as its digits would be where it stands ("If you are in danger
// call nine one two", "llame al nueve uno dos", "call 9,1,2", "请拨打九百一十二"), so the words
// around it must ask to dial it or give it as a line as for a number in digits; one said as to a
// child is read as a number asked to be dialled. A number no configured one is near ("a
// one-two-three plan", "1, 2, 3 steps") is no number to check.
func spelledSlips(text, country string, nums []Number) []slip {
	ns := spelledNumbers(text)
	if len(ns) == 0 {
		return nil
	}
	// the text with each number in digits, and where each one's digits start in it
	var b strings.Builder
	starts, from := make([]int, len(ns)), 0
	for i, n := range ns {
		b.WriteString(text[from:n.at])
		starts[i] = b.Len()
		b.WriteString(n.digits)
		from = n.end
	}
	b.WriteString(text[from:])
	read := digitSlips(b.String(), country, nums, true)
	var out []slip
	for i, n := range ns {
		found := slices.DeleteFunc(slices.Clone(read), func(sl slip) bool { return sl.at < starts[i] || sl.at >= starts[i]+len(n.digits) })
		if n.said {
			found = digitSlips("call "+n.digits, country, nums, true)
		}
		for _, sl := range found {
			if sl.wrong == "" && sl.near.Key != "" { // a slip of one
				// its hint names the digits (other_numbers: ["912"]), not the words
				sl.written, sl.digits, sl.at, sl.alone = text[n.at:n.end], n.digits, n.at, false
				out = append(out, sl)
			}
		}
	}
	return out
}

// spelledNumbers are the numbers text spells out: digit words, or single digits, set apart by
// spaces, hyphens, commas, colons, underscores, apostrophes, full stops or apartMarks ("nine one
// two", "9-one-2", "nueve, uno, dos", "9:1:2", "9. 1. 2.", "9=1=2"), three digits or more, and
// groups of digits set apart by apartMarks (groupsApart: "1=888=373=7889"); a digit word and
// the word of a number from ten to ninety-nine after it ("nine-twelve", "nine eleven", "nueve
// once" (pairAt), not after a word of the time of day: "at nine fifteen"); a number of hundreds
// in words (hundredsAt: "nine hundred and twelve", "novecientos doce"); single Chinese numerals
// set apart ("九 一 二"); and a Chinese number of hundreds or thousands ("九百一十二"). Single
// digits set apart only by spaces or hyphens are left to the digits' own reading ("9 1 2",
// "9-1-2").
func spelledNumbers(text string) []spelledNumber {
	var out []spelledNumber
	for i := 0; i < len(text); {
		if n, ok := groupsApart(text, i); ok {
			out, i = append(out, n), n.end
			continue
		}
		first, ok := numberTokenAt(text, i, true)
		if !ok {
			i = nextToken(text, i)
			continue
		}
		if len(first.digits) == 3 { // a number of hundreds, whole: "nine hundred and twelve"
			out, i = append(out, spelledNumber{at: first.at, end: first.end, digits: first.digits}), first.end
			continue
		}
		seq, odd, hyphens := []numberToken{first}, false, true
		for end := first.end; ; {
			k, sep, ok := separatorAt(text, end)
			if !ok {
				break
			}
			next, ok := numberTokenAt(text, k, false)
			if !ok && len(seq) == 1 && sep != ',' {
				next, ok = pairAt(text, first, k)
			}
			if !ok {
				if sep == '-' && k < len(text) && startsLetter(text[k:]) {
					seq = seq[:len(seq)-1] // a word joined to the one before it: "two one-hour sessions"
				}
				break
			}
			seq, odd, hyphens, end = append(seq, next), odd || sep == ',', hyphens && sep == '-', next.end
		}
		if n, ok := spelledOf(text, seq, odd, hyphens); ok {
			out = append(out, n)
		}
		i = first.end
		if len(seq) > 0 {
			i = seq[len(seq)-1].end
		}
	}
	if strings.ContainsAny(text, "百千") {
		out = append(out, chineseCardinals(text)...)
		slices.SortFunc(out, func(a, b spelledNumber) int { return a.at - b.at })
	}
	return out
}

// numberToken is a word or a character of a spelled number, and the digits it says.
type numberToken struct {
	at, end int
	digits  string
	word    bool // a word or a Chinese numeral, not a digit
}

// numberTokenAt is the digit word, the word of a number from ten to ninety-nine ("twelve",
// "twenty-one"), the single digit or the single Chinese numeral at text[i:], if one is there
// whole. first says it would begin a number: then no letter or digit is before it (a Chinese
// numeral may follow a word, "拨打九"), and no word joined to it by a hyphen ("one-on-one"
// begins none at its second "one").
func numberTokenAt(text string, i int, first bool) (numberToken, bool) {
	if i >= len(text) {
		return numberToken{}, false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	r, size := utf8.DecodeRuneInString(text[i:])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if first && i > 0 && numeral(r) == 0 && (unicode.IsLetter(prev) || unicode.IsDigit(prev) || unicode.IsMark(prev) ||
		prev == '-' && startsLetter(lastWord(text[:i-1]))) {
		return numberToken{}, false
	}
	switch {
	case r >= '0' && r <= '9':
		if unicode.IsLetter(next) || unicode.IsDigit(next) || first && i > 0 && strings.ContainsRune(".,:'_", prev) && i > 1 && isDigit(text[i-2]) {
			return numberToken{}, false // "9x1", "3.9, 1, 2"
		}
		return numberToken{i, i + 1, text[i : i+1], false}, true
	case numeral(r) != 0:
		if numeral(next) != 0 || positional(next) || first && (numeral(prev) != 0 || positional(prev) || unicode.IsDigit(prev)) {
			return numberToken{}, false // digits written together ("九一二") are read as digits; a count ("一百二十") by chineseCardinals
		}
		return numberToken{i, i + size, string(numeral(r)), true}, true
	case !unicode.IsLetter(r):
		return numberToken{}, false
	}
	v, end, ok := wordValue(numberWords, text, i) // most words of a text are none: looked up once
	if !ok {
		return numberToken{}, false
	}
	if v, end, ok := hundredsAt(text, i, v, end, first); ok {
		return numberToken{i, end, strconv.Itoa(v), true}, true
	}
	v, end, ok = belowHundredAt(text, i, false)
	if !ok || end < len(text) && isDigit(text[end]) {
		return numberToken{}, false
	}
	return numberToken{i, end, strconv.Itoa(v), true}, true
}

// wordValue is the value in m of the word at text[i:], a letter, in lower case, and where the
// word ends.
func wordValue[V any](m map[string]V, text string, i int) (v V, end int, ok bool) {
	end = i + len(leadingWord(text[i:]))
	var lower [16]byte // the word in lower case, made with no allocation: most words of a text are none
	if end-i > len(lower) {
		return v, end, false
	}
	for k := i; k < end; k++ {
		lower[k-i] = text[k]
		if c := text[k]; c >= 'A' && c <= 'Z' {
			lower[k-i] = c + 'a' - 'A'
		}
	}
	v, ok = m[string(lower[:end-i])]
	return v, end, ok
}

// joinedAt is where the word after text[i:] starts, if one of joins (in any case) and a letter
// come next.
func joinedAt(text string, i int, joins ...string) (int, bool) {
	for _, j := range joins {
		if k := i + len(j); k < len(text) && strings.EqualFold(text[i:k], j) && startsLetter(text[k:]) {
			return k, true
		}
	}
	return 0, false
}

// belowHundredAt is the number from zero to ninety-nine the words at text[i:] say, a letter:
// a word of numberWords (inner: of innerWords too, as after a hundred), or a word of tens and
// its unit ("twenty-one", "eighty eight", "ochenta y ocho", "oitenta e oito", "vingt et un",
// French "soixante-dix-sept" and "quatre-vingt-neuf", whose tens take a number from ten to
// nineteen too), and where the words end.
func belowHundredAt(text string, i int, inner bool) (v, end int, ok bool) {
	v, end, ok = wordValue(numberWords, text, i)
	if !ok && inner {
		v, end, ok = wordValue(innerWords, text, i)
	}
	if !ok || v >= 100 {
		return 0, 0, false
	}
	if v == 4 { // "quatre-vingt(s)", eighty; not "une quatre-vingtaine"
		for _, w := range []string{"-vingts", "-vingt"} {
			if k := end + len(w); k <= len(text) && strings.EqualFold(text[end:k], w) && !startsLetter(text[k:]) {
				v, end = 80, k
				break
			}
		}
	}
	if v%10 != 0 || v == 0 || v == 10 && !(end < len(text) && text[end] == '-') {
		return v, end, true
	}
	k, ok := joinedAt(text, end, "-et-", " et ", " y ", " e ", "-", " ")
	if !ok {
		return v, end, true
	}
	u, uend, ok := belowHundredAt(text, k, true)
	switch {
	case !ok || u == 0 || u >= 20 || u >= 10 && v != 60 && v != 80 || uend < len(text) && isDigit(text[uend]),
		text[end] == ' ' && uend+1 < len(text) && text[uend] == '-' && startsLetter(text[uend+1:]): // "twenty one-hour sessions"
		return v, end, true
	}
	return v + u, uend, true
}

// nextToken is where the word or character after the one at text[i:] starts: past a word of
// letters, or one character (one of a script written without spaces, "拨打九").
func nextToken(text string, i int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsLetter(r) || r >= 0x2E80 {
		return i + size
	}
	return i + len(leadingWord(text[i:]))
}

// lastWord is the letters s ends in.
func lastWord(s string) string {
	return s[len(strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) })):]
}

// separatorAt reads the mark setting apart two parts of a spelled number at text[i:]: up to
// three spaces (' '), a hyphen or dash with a space each side at most ('-'), or a mark no number
// is written with (','): a comma with spaces, a colon, an underscore, an apostrophe, a full stop
// and a space, or one of apartMarks with a space each side at most. k is where the next part
// starts.
func separatorAt(text string, i int) (k int, sep rune, ok bool) {
	spaces := func(j, most int) int {
		for n := 0; n < most && j < len(text); n++ {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r != ' ' && r != '\u00a0' && r != '\u3000' {
				break
			}
			j += size
		}
		return j
	}
	j := spaces(i, 1)
	r, size := utf8.DecodeRuneInString(text[j:])
	switch {
	case j == len(text):
		return 0, 0, false
	case r == '-' || r == '‐' || r == '‑' || r == '–' || r == '—' || r == '−':
		return spaces(j+size, 1), '-', true
	case strings.ContainsRune(apartMarks, r):
		return spaces(j+size, 1), ',', true
	case r == ',' || r == '、' || r == '，':
		return spaces(j+size, 2), ',', true
	case j == i && strings.ContainsRune(":_'’", r):
		return j + size, ',', true
	case j == i && r == '.' && spaces(j+1, 2) > j+1:
		return spaces(j+1, 2), ',', true
	case j > i:
		return spaces(j, 2), ' ', true
	}
	return 0, 0, false
}

// apartMarks are marks no number is written with that may set its single digits apart with a
// space each side ("9=1=2", "9 ~ 1 ~ 2", "9 * 1 * 2"); the digits' own reading takes the slashes,
// bars and dots that group digits too ("9/1/2", "9·1·2").
const apartMarks = "=＝~～*＊"

// groupsApart is the number whose groups of digits, one of two digits or more, text[i:] sets
// apart by one of apartMarks, the same one each time with a space each side at most, three
// groups at least ("1=888=373=7889", "1 ~ 888 ~ 373 ~ 7889", "1 * 888 * 373 * 7889"), as they
// set single digits apart (spelledNumbers); not a sum's or a product's ("12 = 10 + 2", "2 * 30
// * 12 = 720") nor a range's ("9~18"), nor a number a letter or a digit is joined to.
func groupsApart(text string, i int) (spelledNumber, bool) {
	if prev, _ := utf8.DecodeLastRuneInString(text[:i]); !isDigit(text[i]) || unicode.IsDigit(prev) || unicode.IsLetter(prev) {
		return spelledNumber{}, false
	}
	n, groups, long, mark := spelledNumber{at: i}, 0, false, rune(0)
	for j := i; ; {
		k := j
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k == j {
			return spelledNumber{}, false // a mark with no digits after it
		}
		n.digits, n.end, groups, long = n.digits+text[j:k], k, groups+1, long || k-j > 1
		at := k
		if at < len(text) && text[at] == ' ' {
			at++
		}
		r, size := utf8.DecodeRuneInString(text[at:])
		if r == utf8.RuneError || !strings.ContainsRune(apartMarks, r) || mark != 0 && r != mark {
			break
		}
		mark, j = r, at+size
		if j < len(text) && text[j] == ' ' {
			j++
		}
	}
	rest := strings.TrimLeft(text[n.end:], " ")
	if next, _ := utf8.DecodeRuneInString(rest); groups < 3 || !long || len(n.digits) > 15 || startsLetter(text[n.end:]) || strings.ContainsRune("+-−×÷/=＝~～*", next) {
		return spelledNumber{}, false
	}
	return n, true
}

// spelledOf is the number the parts seq of text say, set apart by marks no number is written
// with (odd) or by hyphens alone, if they spell one (spelledNumbers).
func spelledOf(text string, seq []numberToken, odd, hyphens bool) (spelledNumber, bool) {
	if len(seq) < 2 {
		return spelledNumber{}, false
	}
	var digits strings.Builder
	words, pair := 0, false
	for _, t := range seq {
		digits.WriteString(t.digits)
		if t.word {
			words++
		}
		pair = pair || len(t.digits) == 2
	}
	n := spelledNumber{at: seq[0].at, end: seq[len(seq)-1].end, digits: digits.String()}
	switch {
	case len(n.digits) < 3 || len(n.digits) > 15:
		return n, false
	case words == 0 && !odd:
		return n, false // "9 1 2", "9-1-2": read as digits
	case pair:
		// a digit and a pair of them after it: "nine-twelve", "two thirty-three seven thirty-three";
		// not a time, "at nine fifteen"
		return n, len(seq[0].digits) == 1 && (len(seq) > 2 || !clockBefore.has(strings.ToLower(wordBefore(text[:n.at]))))
	}
	n.said = hyphens && words > 0
	return n, len(seq) >= 3
}

// clockBefore are the words before a time of day said in words ("at nine fifteen").
var clockBefore = wordSet("at by until till from to after before around about past las à vers às")

// numberWords are the words for the digits, for the numbers from ten to ninety-nine that a pair
// ends in ("nine-twelve") and for hundreds (hundredsAt), in English, Spanish, French and
// Portuguese. Left out are those that are ordinary words too in another of them (innerWords).
var numberWords = map[string]int{
	"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
	"zéro": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
	"um": 1, "dois": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
	"diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
	"diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
	"ochenta": 80, "noventa": 90,
	"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
	"trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
	"dez": 10, "treze": 13, "dezesseis": 16, "dezessete": 17, "dezoito": 18, "dezenove": 19, "vinte": 20,
	"trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "oitenta": 80,
	"veintiuno": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
	"veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "dieciseis": 16,
	"septante": 70, "huitante": 80, "octante": 80, "nonante": 90, "catorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19,
	// hundreds in a word: Spanish, Portuguese, and French "cent" said alone ("cent douze")
	"cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
	"cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600, "setecientos": 700,
	"setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900,
	"cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300, "quatrocentos": 400,
	"quatrocentas": 400, "quinhentos": 500, "quinhentas": 500, "seiscentos": 600, "seiscentas": 600, "setecentos": 700,
	"setecentas": 700, "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900, "cent": 100,
}

// innerWords are the words of numbers that are ordinary words too in another language (Spanish
// "once", eleven; Portuguese "doze", twelve; "una", "uma", "duas"), read as numbers only after a
// hundred or a word of tens: "novecientos once", "novecentos e doze", "vinte e uma".
var innerWords = map[string]int{"once": 11, "doze": 12, "una": 1, "uma": 1, "duas": 2}

// pairAfter are the words of innerWords a number ends in after a digit word of their own
// language, as Spanish and Portuguese speakers say 911 and 912 ("nueve once", "nove doze"), and
// those digit words; after another language's ("press one once") they are ordinary words.
var pairAfter = map[string]wordTable{
	"once": wordSet("cero uno dos tres cuatro cinco seis siete ocho nueve"),
	"doze": wordSet("zero um dois três quatro cinco seis sete oito nove"),
}

// pairAt is the word of pairAfter at text[k:], a number's last pair, after first, a digit word
// of its language (spelledNumbers).
func pairAt(text string, first numberToken, k int) (numberToken, bool) {
	v, end, ok := wordValue(innerWords, text, k)
	if !ok || v < 10 || end < len(text) && (isDigit(text[end]) || startsLetter(text[end:])) {
		return numberToken{}, false
	}
	digits, ok := pairAfter[strings.ToLower(text[k:end])]
	if !ok || !digits.has(strings.ToLower(text[first.at:first.end])) {
		return numberToken{}, false
	}
	return numberToken{k, end, strconv.Itoa(v), true}, true
}

// hundredWords are the words for hundred after a digit word ("nine hundred", "neuf cent").
var hundredWords = map[string]bool{"hundred": true, "cent": true}

// thousandWords count thousands or more: a number of hundreds beside one is part of a larger
// number ("mil novecientos doce", "nine hundred twelve thousand").
var thousandWords = wordSet("thousand thousands million millions mil mille milliers millón millones milhão milhões")

// hundredsAt is the number of hundreds the words at text[i:] say, and where they end; the
// first word, of numberWords, says v and ends at end. It is a digit word and the word for
// hundred ("nine hundred", "neuf cent"), or a word of hundreds ("novecientos", "novecentos");
// whole, with the number under a hundred after it, joined by "and", "e", "y" or nothing ("nine
// hundred and twelve", "novecientos doce", "novecentos e doze", "neuf cent quatre-vingt-huit",
// "cent douze"), and none beside a word of thousands, whose part it is. One ending in French
// "cent" is none without the rest: English "a cent", "one cent".
func hundredsAt(text string, i, v, end int, whole bool) (int, int, bool) {
	if v >= 1 && v <= 9 {
		k, ok := joinedAt(text, end, " ", "-")
		if ok {
			_, end, ok = wordValue(hundredWords, text, k)
		}
		if !ok {
			return 0, 0, false
		}
		v *= 100
	} else if v < 100 {
		return 0, 0, false
	}
	cent := end-i >= 4 && strings.EqualFold(text[end-4:end], "cent") // a number only with the rest after it
	if !whole {
		return v, end, !cent
	}
	rest := false
	if k, ok := joinedAt(text, end, " and ", " e ", " y ", " ", "-"); ok {
		if r, rend, ok := belowHundredAt(text, k, true); ok && r > 0 {
			v, end, rest = v+r, rend, true
		}
	}
	if cent && !rest || thousandWords.has(strings.ToLower(wordBefore(text[:i]))) || thousandWords.has(strings.ToLower(wordAfter(text[end:]))) {
		return 0, 0, false
	}
	return v, end, true
}

// positional is a Chinese numeral of a power of ten (十 百 千 万 亿), or 两, the two of a count.
func positional(r rune) bool { return strings.ContainsRune("十百千万萬亿億兆两兩", r) }

// chineseCardinals are the Chinese numbers of hundreds or thousands in text, written as a
// count is ("九百一十二", "一千零八十九", Japanese "九百十二"), with their digits; not one beside
// 万 or 亿, a count of more.
func chineseCardinals(text string) []spelledNumber {
	var out []spelledNumber
	counting := func(r rune) bool { return numeral(r) != 0 || strings.ContainsRune("十百千两兩", r) }
	var prev rune // the character before text[i:]
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !counting(r) {
			prev, i = r, i+size
			continue
		}
		var rs []rune
		end := i
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !counting(r) {
				break
			}
			rs, end = append(rs, r), end+size
		}
		next, _ := utf8.DecodeRuneInString(text[end:])
		if v, ok := cardinal(rs); ok && v >= 100 && !positional(prev) && !positional(next) {
			out = append(out, spelledNumber{at: i, end: end, digits: strconv.Itoa(v)})
		}
		prev, i = rs[len(rs)-1], end
	}
	return out
}

// cardinal is the value of a Chinese number of units below 万, each power of ten once and in
// order ("九百一十二" 912, "九百十二" 912, "一千零八十九" 1089); ok is false for digits written
// one by one ("九一二") or in no such order.
func cardinal(rs []rune) (v int, ok bool) {
	units := map[rune]int{'十': 10, '百': 100, '千': 1000}
	last, digit, hasDigit := 10000, 0, false
	for _, r := range rs {
		if u, isUnit := units[r]; isUnit {
			if u >= last || !hasDigit && u != 10 {
				return 0, false
			}
			if !hasDigit {
				digit = 1 // "十二" is twelve
			}
			v, last, digit, hasDigit = v+digit*u, u, 0, false
			continue
		}
		d := int(numeral(r) - '0')
		if r == '两' || r == '兩' {
			d = 2
		}
		if hasDigit && !(digit == 0) {
			return 0, false // two digits with no unit between: read out one by one
		}
		digit, hasDigit = d, true
	}
	if hasDigit {
		if last == 10000 {
			return 0, false
		}
		v += digit
	}
	return v, last < 10000
}
