package layout

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"

	"haven/internal/content"
	"haven/internal/phone"
)

// rtl reports whether a text runs right to left: its first letter is Hebrew, Arabic or of
// another right-to-left script. haven's own emphasis marks (private-use characters, which
// Unicode counts as left to right) are not letters of the text.
func rtl(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Co, r) {
			continue
		}
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
			return true
		} else if p.Class() == bidi.L {
			return false
		}
	}
	return false
}

// RTL reports whether a text runs right to left, as the PDFs decide it (rtl): the resource
// page takes its direction from the same letters.
func RTL(s string) bool { return rtl(s) }

// hasRTL reports whether any character of s is written right to left.
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			return true
		}
	}
	return false
}

// number is a run of digits that reads left to right whatever the line's direction: a phone
// number with its groups and separators ("1-888-373-7888", "+44 808 2000 247", "(888)
// 373-7888", "888 · 373 · 7888" as content reads it, a vanity "1-800-799-SAFE"), a time, a
// range, a date (its dots any that print as a full stop: ․ ﹒ ．), a count with its commas (or the Arabic comma، and thousands and decimal
// separators ٬ ٫), a number's groups joined by the tatweel ـ as by a dash (or by a letter a
// keyboard of Chinese, Japanese or Korean types for one: ー ｰ 一 ㅡ), which never breaks,
// a share with its per cent sign. A group's hyphen may be any dash a word processor or a phone
// types ("1–888–373–7888" with en dashes, the minus sign, the full-width "－"), and the space
// between groups any space (a no-break one pasted from Word, a thin one), as content reads
// them: UAX #14 breaks after most dashes, and a number broken there is read as two; "(614)"
// and a no-break space before "224-4663 (24/7)" would be two, the second dialling another
// line. The bidirectional algorithm alone would place the groups of such a number right to
// left after Arabic letters (its digits become Arabic numbers, its hyphens and spaces
// neutral), and a vanity number's letters apart from its digits after Hebrew: isolated, it is
// set as written. Digits of any script count: a number may be written in Persian digits.
var number = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[+$€£#]?\(?\p{Nd}+\)?(?:[-\x{2010}-\x{2013}\x{2212}\x{FE63}\x{FF0D}.\x{2024}\x{FE52}\x{FF0E}/:,\x{066B}\x{066C}\x{060C}\x{0640}\x{30FC}\x{FF70}\x{4E00}\x{3161}·•‧⁃⸱・･]\(?[\p{Nd}A-Z]+\)?|[\s\p{Zs}]\(?\p{Nd}+\)?|\x{0640}+\p{Nd}+|[\s\p{Zs}][·•‧⁃⸱・･\x{0640}][\s\p{Zs}]\(?\p{Nd}+\)?|\(\p{Nd}+\))*[%‰]?`)
})

// RTLDigits reports whether the number n is written in digits that read right to left (N'Ko's,
// Adlam's; UAX #9 class R) and no letter that reads left to right: its most significant digit
// is drawn rightmost and its groups read right to left, so it is set apart right to left where
// any other number is set apart left to right, which would turn its digits around.
func RTLDigits(n string) bool {
	i := strings.IndexFunc(n, unicode.IsDigit)
	if i < 0 || strings.IndexFunc(n, ltrStrong) >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(n[i:])
	c, _ := bidi.LookupRune(r)
	return c.Class() == bidi.R
}

// Numbers are the byte ranges of s that read left to right whatever the line's direction, as
// the PDFs isolate them and the resource page too: number's runs, but none that begins inside
// a word of left-to-right letters ("A4", "COVID19", which read left to right as they are), and
// each with a bracket only where its pair is in it too (Paired).
func Numbers(s string) [][]int {
	var out [][]int
	for from := 0; from < len(s); {
		at, end, ok := nextNumber(s, from)
		if !ok {
			break
		}
		end = at + dottedEnd(s[at:end])
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		if first, _ := utf8.DecodeRuneInString(s[at:]); ltrLetter(before) && unicode.IsDigit(first) {
			// not a number: the rest of a word, after which one may begin ("A4 (210 × 297 mm)")
			end = len(s)
			if n := strings.IndexFunc(s[at:], func(r rune) bool { return !ltrLetter(r) && !unicode.IsDigit(r) }); n >= 0 {
				end = at + n
			}
		} else {
			for _, n := range numbersIn(s, at, end) {
				for _, p := range Paired(s, n[0], n[1]) {
					if k := len(out) - 1; k >= 0 && areaCodeSlash(s[out[k][0]:out[k][1]], s[out[k][1]:p[0]]) {
						out[k][1] = p[1] // "030 / 615 42 43": one number, which a line never breaks
						continue
					}
					out = append(out, []int{p[0], p[1]})
				}
			}
		}
		from = end
	}
	return out
}

// areaCodeSlash reports whether code, then gap, begin a number written as German and Austrian
// numbers are, the area code with its trunk prefix set apart by a spaced slash ("030 / 615 42
// 43", "(0 30) / 615 42 43"): the number goes on after it.
func areaCodeSlash(code, gap string) bool {
	code = strings.Trim(code, "()")
	digits := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, code)
	return strings.TrimSpace(gap) == "/" && len(digits) >= 2 && len(digits) <= 6 && digits[0] == '0' && strings.Trim(digits, "0123456789") == ""
}

// numbersIn are the numbers of the run s[at:end]: the run, or each of a list's (phone.Listed:
// "43201 43202 43203", which a line may break between).
func numbersIn(s string, at, end int) [][2]int {
	list := phone.Listed(s[at:end])
	if list == nil {
		return [][2]int{{at, end}}
	}
	for i := range list {
		list[i][0], list[i][1] = at+list[i][0], at+list[i][1]
	}
	return list
}

// dottedEnd is where a run of number ends: its whole length, or, where a spaced dot parts it
// otherwise than between groups joined by spaced dots alone, before the first: "888 · 373 ·
// 7888" and "+1 888 · 373 · 7888" are one number each, but "419-241-3411 · 2200 Jefferson Ave"
// (a contact line's phone number and house number) and "233733 · 12 Main Street" are two.
func dottedEnd(run string) int {
	first := -1
	for i, r := range run {
		if before, _ := utf8.DecodeLastRuneInString(run[:i]); i > 0 && strings.ContainsRune(dots, r) && unicode.IsSpace(before) {
			first = len(strings.TrimRightFunc(run[:i], unicode.IsSpace))
			break
		}
	}
	if first < 0 {
		return len(run)
	}
	groups, rest := 0, run[first:]
	for rest != "" { // a spaced dot and a group of digits, again and again
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		r, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune(dots, r) {
			break
		}
		rest = strings.TrimLeftFunc(rest[size:], unicode.IsSpace)
		digits := len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsDigit))
		if digits == 0 {
			break
		}
		rest, groups = rest[digits:], groups+1
	}
	if rest == "" && groups >= 2 {
		return len(run)
	}
	return first
}

// dots are the dots a number's groups may be written apart with.
const dots = "·•‧⁃⸱・･"

// joins says whether a run s[at:end] set apart to read left to right (a number, an address, a
// line's words) reads with a left-to-right word right before it, and right after it: a number
// after one, as the algorithm would read it unset apart (rule W7: "Text HELP to 233733" before
// Arabic words); anything else, whose letters read so, either side ("www.example.org is our
// site" after Arabic words). A bracket between them leaves the run to the paragraph ("A4 (210
// × 297 مم)"). prev and next are the letters about s in its paragraph, 0 for none.
func joins(s string, at, end int, number bool, prev, next rune) (withBefore, withAfter bool) {
	return ltrStrong(besideBefore(s, at, prev)), !number && ltrStrong(besideAfter(s, end, next))
}

// AfterLTRWord reports whether a number right after s reads with a left-to-right word that
// ends s (past its spaces, and a full stop or colon): joins, for the resource page.
func AfterLTRWord(s string) bool { return ltrStrong(besideBefore(s, len(s), 0)) }

// besideBefore is the character before byte i of line past its spaces, and a full stop or colon
// ("ext. 2", "Tel: 233733"), or, at the line's start, before, the paragraph's letter before it;
// besideAfter the character after byte i past its spaces, or after.
func besideBefore(line string, i int, before rune) rune {
	if t := strings.TrimRightFunc(line[:i], func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == ':' }); t != "" {
		r, _ := utf8.DecodeLastRuneInString(t)
		return r
	}
	return before
}

func besideAfter(line string, i int, after rune) rune {
	if t := strings.TrimLeftFunc(line[i:], unicode.IsSpace); t != "" {
		r, _ := utf8.DecodeRuneInString(t)
		return r
	}
	return after
}

// ltrStrong reports whether r sets the direction of what is about it left to right (UAX #9
// class L): a Latin letter does, a digit or a bracket does not.
func ltrStrong(r rune) bool {
	c, _ := bidi.LookupRune(r)
	return r != 0 && c.Class() == bidi.L
}

// lineCore is what a line with no letter written right to left sets apart in a right-to-left
// paragraph, each piece reading as written: its words, from its first letter outside a number
// to its last letter or digit, with a bracket whose pair is in them and the address pieces
// they touch ("Call 911", "Signal (free)", "Hotline 24/7", "resources/help/" of an address
// broken there), and each number before them, which reads after the paragraph's letters before
// the line as it would on the same line as them ("1-888-373-7888 or text HELP" after Arabic
// words: the number first, right to left); after a letter written left to right (prev), a
// number before them reads with them, as it would on the same line ("Oranienstraße 34, /
// 10999 Berlin": 10999 Berlin). What is about them, the full stop of "help@example.org." that
// ends the paragraph, takes the paragraph's direction. A line of numbers alone sets them apart
// as any line does (ltrRuns).
func lineCore(line string, prev rune) [][]int {
	nums := Numbers(line)
	inNumber := func(i int) bool {
		return slices.ContainsFunc(nums, func(n []int) bool { return n[0] <= i && i < n[1] })
	}
	c, _ := bidi.LookupRune(prev)
	afterLTR := prev != 0 && c.Class() == bidi.L
	start := -1
	for i, r := range line {
		if unicode.IsLetter(r) && !inNumber(i) {
			start = i
			break
		}
	}
	if afterLTR && start > 0 {
		if i := slices.IndexFunc(nums, func(n []int) bool { return n[0] < start }); i >= 0 {
			start = nums[i][0]
		}
	}
	if start < 0 {
		return ltrRuns(line)
	}
	var out [][]int
	for _, n := range nums {
		if n[1] <= start {
			out = append(out, n)
		}
	}
	end := strings.LastIndexFunc(line, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) })
	_, size := utf8.DecodeRuneInString(line[end:])
	end += size
	// the hyphen of a word broken at the line's end, after its last letter, is the word's
	for _, h := range []string{"-", "\u2010"} {
		if rest, ok := strings.CutPrefix(line[end:], h); ok && strings.TrimSpace(rest) == "" {
			end += len(h)
		}
	}
	for _, a := range addressPieces(line) { // with the slash a piece of an address ends in
		if a[0] < end && start < a[1] {
			start, end = min(start, a[0]), max(end, a[1])
		}
	}
	pairedIn := func(r rune) bool { // r closes (or opens) more brackets in the core than it holds of r
		m := mirrorOf(r)
		return m != 0 && strings.Count(line[start:end], string(m)) > strings.Count(line[start:end], string(r))
	}
	for end < len(line) {
		r, size := utf8.DecodeRuneInString(line[end:])
		if !pairedIn(r) {
			break
		}
		end += size
	}
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(line[:start])
		if !pairedIn(r) || inNumber(start-size) {
			break
		}
		start -= size
	}
	return append(out, []int{start, end})
}

// nextNumber is the first run of number in s from byte from on. Each holds a digit, at most
// two characters after its start (a sign, a bracket): the pattern is tried from there, not
// at each character of the words before.
func nextNumber(s string, from int) (at, end int, ok bool) {
	d := strings.IndexFunc(s[from:], unicode.IsDigit)
	if d < 0 {
		return 0, 0, false
	}
	start := from + d
	for k := 0; k < 2 && start > from; k++ {
		_, size := utf8.DecodeLastRuneInString(s[from:start])
		start -= size
	}
	m := number().FindStringIndex(s[start:])
	if m == nil {
		return 0, 0, false
	}
	return start + m[0], start + m[1], true
}

// ltrLetter reports whether r is a letter, or a mark on one, not written right to left: a
// digit after it is part of its word. A Hebrew or Arabic prefix before a number ("ל1-800")
// is not: the number is still set apart; nor is a letter of a script written without spaces,
// against which a number stands as a word of its own ("拨打1-800-799-7233").
func ltrLetter(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsMark(r)) && !hasRTL(string(r)) && !content.Unbroken(r)
}

// Paired is the run s[at:end], a number or a piece of a line set left to right, as the runs to
// set apart: cut at each bracket whose pair is not in it, and without the spaces and
// separators the cut leaves at their ends. A run takes a bracket only with its pair ("(888)
// 373-7888", "1-800-799-SAFE (7233)"); a lone one ("(8.5" of "Letter (8.5 × 11 بوصة)") is
// left to the paragraph, whose bidirectional algorithm pairs it with its other half and sets
// both in one direction (UAX #9 N0): set apart, it would be drawn away from its pair, and on a
// right-to-left line facing the same way as it.
func Paired(s string, at, end int) [][2]int {
	var open, lone []int // the brackets not yet closed, and those without a pair
	for i := at; i < end; i++ {
		switch s[i] {
		case '(', '[':
			open = append(open, i)
		case ')', ']':
			if n := len(open); n > 0 && s[open[n-1]] == opening(s[i]) {
				open = open[:n-1]
			} else {
				lone = append(lone, i)
			}
		}
	}
	if len(open)+len(lone) == 0 {
		return [][2]int{{at, end}}
	}
	lone = append(lone, open...)
	slices.Sort(lone)
	var out [][2]int
	for _, cut := range append(lone, end) {
		piece := s[at:cut]
		a := at + len(piece) - len(strings.TrimLeftFunc(piece, loose))
		if b := at + len(strings.TrimRightFunc(piece, loose)); a < b {
			out = append(out, [2]int{a, b})
		}
		at = cut + 1
	}
	return out
}

// opening is the bracket the closing one b pairs with.
func opening(b byte) byte {
	if b == ')' {
		return '('
	}
	return '['
}

// loose reports whether r, at an end of a run Paired cuts, is the paragraph's: a space, or a
// separator or mark that is neither a bracket nor part of a number ("+44", "#8008", "50%").
func loose(r rune) bool {
	return unicode.IsSpace(r) || (unicode.IsPunct(r) || unicode.IsSymbol(r)) && !strings.ContainsRune("()[]+#$€£%‰", r)
}

// addressPiece is a run of the characters of web and email addresses: a whole address, or the
// piece of one a line holds where the address breaks across lines.
var addressPiece = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[A-Za-z0-9._%+@/:?#=&~-]+`)
})

// addressPieces are the byte ranges of the addresses and pieces of addresses in line, which
// read left to right as written whatever the line's direction: the '@' that ends a line broken
// after it, the '.' that begins a line broken before it, a '/' at either end of a web address
// would otherwise be placed at the other end of the piece, read as the line's own punctuation.
// A run is an address when it has an '@' or a '/' (a Latin "and/or" set as a unit reads the
// same), when addressRE finds one in it, or when it begins the line with a character an
// address breaks before (a hyphen too: "-and-organizations" of a path broken before it). Its
// ends are addressEnd, but for that character. A run inside a number is the number's: the
// slash of "030/6120 3451" or "0800/111 0 111" parts its groups, and the number is set apart
// whole, or its groups would be placed in turn right to left ("3451 030/6120").
func addressPieces(line string) [][]int {
	var out [][]int
	first := strings.IndexFunc(line, notMarkOrSpace)
	var nums [][]int
	if strings.ContainsRune(line, '/') {
		nums = Numbers(line)
	}
	for _, m := range addressPiece().FindAllStringIndex(line, -1) {
		run := line[m[0]:m[1]]
		begins := m[0] == first && len(run) > 1 && strings.IndexByte(".?#_%~&=-", run[0]) >= 0 && alnum(run[1])
		if !begins && !strings.ContainsAny(run, "@/") && addresses(run) == nil || strings.IndexFunc(run, func(r rune) bool { return r < utf8.RuneSelf && alnum(byte(r)) }) < 0 {
			continue // no address: a "/" alone, between numbers of another script's digits (۱۴۰۲/۰۵/۱۲)
		}
		if slices.ContainsFunc(nums, func(n []int) bool { return n[0] <= m[0] && m[1] <= n[1] }) {
			continue
		}
		start, end := m[0], m[1]
		if !begins {
			for start < end && !addressEnd(line[start]) {
				start++
			}
		}
		for end > start && !addressEnd(line[end-1]) {
			end--
		}
		if start < end {
			out = append(out, []int{start, end})
		}
	}
	return out
}

// addressEnd reports whether an address piece may begin or end with b; other characters at
// its ends (a sentence's full stop, the hyphen of a Hebrew prefix) belong to the line.
func addressEnd(b byte) bool { return alnum(b) || b == '@' || b == '/' }

func notMarkOrSpace(r rune) bool { return !unicode.IsSpace(r) && !unicode.Is(unicode.Co, r) }

// ltrRuns are the byte ranges of line set left to right as one piece each: its addresses and
// pieces of addresses (addressPieces), and its numbers outside them.
func ltrRuns(line string) [][]int {
	runs := addressPieces(line)
	if len(runs) == 0 {
		return Numbers(line)
	}
	for _, n := range Numbers(line) {
		if !slices.ContainsFunc(runs, func(a []int) bool { return n[0] < a[1] && a[0] < n[1] }) {
			runs = append(runs, n)
		}
	}
	slices.SortFunc(runs, func(a, b []int) int { return a[0] - b[0] })
	return runs
}

// The marks around a run that is to be set left to right as one piece: an isolate, so that the
// run is neutral to the letters around it, holding an override, so that every character in it
// is placed left to right as written. The isolate alone would leave a number in Arabic-Indic
// digits (class AN) in reverse order of its groups: a hyphen or space between two such digits
// is not joined to them as between European digits (UAX #9 W4) but takes the direction of
// Arabic letters (N1), and "١-٨٨٨-٣٧٣-٧٨٨٨" would read "٧٨٨٨-٣٧٣-٨٨٨-١".
const (
	ltrOpen  = "\u2066\u202d" // LRI, LRO
	ltrClose = "\u202c\u2069" // PDF, PDI
	lrm      = '\u200e'       // left-to-right mark
)

// bidiContext is what the bidirectional algorithm needs to know of the paragraph a line is
// part of to set the line as rules L1-L2 of UAX #9 set a line of a paragraph broken in logical
// order: the paragraph's direction, and the letters either side of the line in the paragraph,
// which decide the direction of the punctuation and spaces at the line's ends (rules W1-N2
// look past the line break).
type bidiContext struct {
	rtl        bool // the paragraph reads right to left
	prev, next rune // the last letter before the line and the first after it (strongs), 0: none
}

// strongs are the first and the last letters of s that set the direction of what is about
// them: a number or an address, set apart as an isolate (visual), is neutral to what is outside
// it, and haven's emphasis marks are not letters. 0: none.
func strongs(s string) (first, last rune) {
	apart := ltrRuns(s)
	for at, r := range s {
		for len(apart) > 0 && apart[0][1] <= at {
			apart = apart[1:]
		}
		if len(apart) > 0 && apart[0][0] <= at || unicode.Is(unicode.Co, r) {
			continue
		}
		if c, _ := bidi.LookupRune(r); c.Class() == bidi.L || c.Class() == bidi.R || c.Class() == bidi.AL {
			if first == 0 {
				first = r
			}
			last = r
		}
	}
	return first, last
}

// paraRTL reports whether a paragraph s reads right to left: when it has a letter written right
// to left and either the edition reads right to left or its first letter is one, as the
// resource page sets a paragraph's direction (dirOf) and canvas.rotated a line's on its own.
func paraRTL(edition bool, s string) bool { return hasRTL(s) && (edition || rtl(s)) }

// ParaRTL reports whether a paragraph s of an edition that reads right to left (edition) or
// not reads right to left, as the PDFs set it.
func ParaRTL(edition bool, s string) bool { return paraRTL(edition, s) }

// paragraphBidi is, for each line of a paragraph broken in logical order, what visual needs of
// the paragraph to place it, right saying whether the paragraph reads right to left (paraRTL);
// nil when no line has a letter written right to left (each line is placed as written). A
// line of a right-to-left paragraph that begins with an English word or ends in a phone
// number is still a line of a right-to-left paragraph, and a line of an English answer that
// begins inside an Arabic phrase still one of a left-to-right paragraph.
func paragraphBidi(lines []string, right bool) []bidiContext {
	if !right && !slices.ContainsFunc(lines, hasRTL) {
		return nil
	}
	out := make([]bidiContext, len(lines))
	firsts, lasts := make([]rune, len(lines)), make([]rune, len(lines))
	for i, l := range lines {
		firsts[i], lasts[i] = strongs(l)
	}
	var prev, next rune
	for i := range lines {
		out[i] = bidiContext{rtl: right, prev: prev}
		prev = cmp.Or(lasts[i], prev)
	}
	for i := len(lines) - 1; i >= 0; i-- {
		out[i].next = next
		next = cmp.Or(firsts[i], next)
	}
	return out
}

// within is the context of a piece of a line (a bold word drawn on its own) that has before
// and after it on the line: their letters are nearer than the lines around.
func (b bidiContext) within(before, after string) bidiContext {
	if _, last := strongs(before); last != 0 {
		b.prev = last
	}
	if first, _ := strongs(after); first != 0 {
		b.next = first
	}
	return b
}

// visual is a line in the order its characters are placed from left to right, by the Unicode
// bidirectional algorithm: right-to-left runs reversed (brackets and quotation marks
// mirrored), numbers and Latin words kept left to right inside them, numbers whole. The line is part of a paragraph as ctx
// says: a line of a right-to-left edition that begins with a Latin word ("HELP …") still reads
// right to left, and the letters around the line in its paragraph decide its ends as the
// whole paragraph's would, on a line with no letter written right to left too (the full stop
// after an address that ends the paragraph on its left). order is, for each character placed,
// the index of the character of line it is, or nil when the line is placed as written.
func visual(line string, ctx bidiContext) (placed string, order []int) {
	if !ctx.rtl && !hasRTL(line) {
		return line, nil
	}
	dir := bidi.LeftToRight
	if ctx.rtl {
		dir = bidi.RightToLeft
	}
	// the line with each number and address isolated, between the letters around it, and the
	// index in line of each of its characters (-1 for an isolate or a letter around it)
	var isolated strings.Builder
	var from []int
	around := func(r rune) {
		if r != 0 {
			isolated.WriteRune(r)
			from = append(from, -1)
		}
	}
	if dir == bidi.LeftToRight {
		// the library finds a left-to-right paragraph's direction from its first letter, as
		// rule P2 would: a left-to-right mark first keeps it left to right
		around(lrm)
	}
	around(ctx.prev)
	n, at := 0, 0
	copyTo := func(end int) {
		for _, r := range line[at:end] {
			isolated.WriteRune(r)
			from = append(from, n)
			n++
		}
		at = end
	}
	apart := ltrRuns(line)
	if !hasRTL(line) { // a line of a right-to-left paragraph with no letter written so
		apart = lineCore(line, ctx.prev)
	}
	addresses, nums := addressPieces(line), Numbers(line)
	for _, m := range apart {
		m = unbracketed(line, m)
		// set apart, a run is neutral to the letters about it: a left-to-right mark joins it to
		// the word it reads with (joins); a number, not an address or lineCore's words
		number := !slices.ContainsFunc(addresses, func(a []int) bool { return a[0] < m[1] && m[0] < a[1] }) &&
			slices.ContainsFunc(nums, func(n []int) bool { return n[0] <= m[0] && m[1] <= n[1] })
		withBefore, withAfter := joins(line, m[0], m[1], number, ctx.prev, ctx.next)
		copyTo(m[0])
		if withAfter {
			around(lrm)
		}
		isolated.WriteString(ltrOpen)
		from = append(from, -1, -1)
		copyTo(m[1])
		isolated.WriteString(ltrClose)
		from = append(from, -1, -1)
		if withBefore {
			around(lrm)
		}
	}
	copyTo(len(line))
	around(ctx.next)
	var p bidi.Paragraph
	if _, err := p.SetString(isolated.String(), bidi.DefaultDirection(dir)); err != nil {
		return line, nil
	}
	o, err := p.Order()
	if err != nil {
		return line, nil
	}
	// each run's level: the paragraph's, one more for a run against its direction, and a
	// number inside right-to-left words of a left-to-right line one more again
	base := map[bidi.Direction]int{bidi.LeftToRight: 0, bidi.RightToLeft: 1}[dir]
	type run struct {
		s     string
		from  []int // as the isolated line's
		level int
		flips int // how many times rule L2 has reversed it
	}
	runs := make([]run, o.NumRuns())
	for i := range runs {
		r := o.Run(i)
		start, end := r.Pos()
		runs[i] = run{s: r.String(), from: from[start : end+1], level: base}
		if r.Direction() != dir {
			runs[i].level++
		}
	}
	for i := 1; base == 0 && i+1 < len(runs); i++ {
		if runs[i].level == 0 && runs[i-1].level == 1 && runs[i+1].level == 1 && !hasLetters(runs[i].s) {
			runs[i].level = 2
		}
	}
	// rule L2: from the highest level to the lowest odd one, reverse every sequence of runs at
	// that level or higher
	for level := 2; level >= 1; level-- {
		for i := 0; i < len(runs); {
			if runs[i].level < level {
				i++
				continue
			}
			j := i
			for j < len(runs) && runs[j].level >= level {
				runs[j].flips++
				j++
			}
			slices.Reverse(runs[i:j])
			i = j
		}
	}
	var b strings.Builder
	for _, r := range runs {
		rs, idx := []rune(r.s), r.from
		if r.flips%2 == 1 {
			// a combining mark comes before its letter: drawn where the letter's left edge
			// is, as right-to-left fonts draw marks (the letter before it ends there)
			rs, idx = mirror(rs), slices.Clone(idx)
			slices.Reverse(rs)
			slices.Reverse(idx)
		}
		for k, c := range rs {
			if idx[k] >= 0 { // not an isolate
				b.WriteRune(c)
				order = append(order, idx[k])
			}
		}
	}
	return b.String(), order
}

// unbracketed is the run m of line without the brackets around the whole of it
// ("(1-614-276-2274)"): left to the paragraph, they pair about the run (UAX #9 N0) and are
// drawn where and as they would be inside it, but each stands on its own side of the run in
// reading order, so that a link to the number within gives back the text either side of it
// with its own bracket, not the one drawn next to it.
func unbracketed(line string, m []int) []int {
	first, end := line[m[0]], m[1]-1
	if first != '(' && first != '[' || line[end] != ')' && line[end] != ']' || opening(line[end]) != first {
		return m
	}
	depth := 0
	for i := m[0]; i < end; i++ {
		switch line[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		}
		if depth == 0 { // the first bracket closes before the end: "(888) 373-(7888)"
			return m
		}
	}
	return []int{m[0] + 1, end}
}

// mirror gives each character of rs, a run read right to left (at an odd embedding level),
// its mirror image where Unicode has one (Bidi_Mirroring_Glyph), as UAX #9 rule L4 says: not
// only brackets but the quotation marks « » ‹ › too, so that the « opening a quotation,
// placed at its right, points outward as written, and <, ≤, ∈... The few with no such
// character (∑, ∛) are drawn as they are: only a font's own mirrored glyph could draw them.
// rs is changed in place.
//
//go:generate go run gen_mirror.go
func mirror(rs []rune) []rune {
	for k, r := range rs {
		if m := mirrorOf(r); m != 0 {
			rs[k] = m
		}
	}
	return rs
}

// hasLetters reports whether s has a letter: a run without one is a number and its separators.
func hasLetters(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// mirrorOf is r's Bidi_Mirroring_Glyph, or 0 for a character without one.
func mirrorOf(r rune) rune {
	if i, ok := slices.BinarySearchFunc(mirrors[:], r, func(p [2]rune, r rune) int { return cmp.Compare(p[0], r) }); ok {
		return mirrors[i][1]
	}
	return 0
}
