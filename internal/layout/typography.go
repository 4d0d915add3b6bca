package layout

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"haven/internal/content"
	"haven/internal/hyphen"
)

// typography is what an edition's lines follow beyond UAX #14, by gluing a segment to the
// next (wrap breaks there only when the words bound do not fit a whole line):
//   - Korean words stay whole: it breaks at spaces, not between syllables as Chinese and
//     Japanese break between characters;
//   - no runt: the last two pieces of a paragraph (two words; two characters in Chinese or
//     Japanese) end it on one line;
//   - no line ends on a one-letter word where the language's typography asks it (Spanish
//     "y", "o", "a", "e", "u"; Czech, Slovak, Polish, Ukrainian and Russian prepositions);
//   - no Japanese line begins with a particle ("の", "は"), nor a Russian, Ukrainian,
//     Belarusian, Bulgarian or Serbo-Croatian one with an enclitic ("ли", "же", "бы"), nor a
//     Haitian Creole one with a short pronoun after a word ("m", "w");
//   - names stay on one line: the edition's hotline and organisation, and abbreviations
//     written with spaces such as "EE. UU.".
type typography struct {
	oneLetter map[string]bool // lower case
	clitics   map[string]bool // words a line does not begin with, glued to the word before, lower case
	particles string          // characters a line does not begin with, glued to what is before them
	phrase    map[string]bool // words that begin a phrase, lower case: display lines break before them
	aux       map[string]bool // modals and auxiliaries, lower case: a display line never ends on one
	and       map[string]bool // the words that join the last item of a list, lower case
	keys      map[string]bool // the words that give a menu key's meaning ("2 for Spanish"), lower case
	opens     map[string]bool // the words that open a clause ending at a comma ("if", "when"), lower case
	syllables bool            // every syllable is written as a word (Vietnamese): short words are no sign of a phrase
	pairs     map[string]bool // words of two syllables, lower case ("mua bán", "可以"): a display line breaks elsewhere
	names     []string
	lang      string // the primary language code ("mr")
	// unbroken are the words hyphenation never breaks, lower case: those of the names and
	// keywords the edition was typeset with
	unbroken map[string]bool
	// hyphens are the patterns a word too wide for its line is hyphenated by (hyphenated);
	// nil but in the typography Hyphenating gives
	hyphens     *hyphen.Patterns
	hyphenating func() *typography
	// refused are the texts an output was refused for, their lines too many, in which
	// fitLines breaks a word that fits a line too where that alone makes them fit
	refused map[string]bool
}

// PrimaryLang is the primary language of a code, lower case: "pt" of "pt-BR", "mr" of "mr_IN".
func PrimaryLang(code string) string {
	lang, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(code, "_", "-")), "-")
	return lang
}

// Width measures s in the edition's language, whose letters a shaper may form as that
// language writes them (Marathi's, not Hindi's, in a Devanagari font).
func (ts typeset) Width(f Font, size float64, s string) float64 {
	if m, ok := ts.Measurer.(interface {
		WidthIn(lang string, f Font, size float64, s string) float64
	}); ok {
		return m.WidthIn(ts.t.lang, f, size, s)
	}
	return ts.Measurer.Width(f, size, s)
}

// WidthDrawn is Width for a piece of a line as it is drawn, left to right, whose Arabic words
// HarfBuzz shapes are reversed (typeface.Written).
func (ts typeset) WidthDrawn(f Font, size float64, s string) float64 {
	if m, ok := ts.Measurer.(interface {
		WidthDrawn(lang string, f Font, size float64, s string) float64
	}); ok {
		return m.WidthDrawn(ts.t.lang, f, size, s)
	}
	return ts.Width(f, size, s)
}

// viPairs are Vietnamese words of two syllables, written apart as every syllable is, that a
// display line parts only where no balanced break is left ("mua / bán" reads as "buy / sell",
// not "trafficking"): those of a hotline's and a FAQ's words. Built at the first Vietnamese
// edition.
var viPairs = sync.OnceValue(func() map[string]bool {
	return setOf(strings.Split("mua bán|buôn bán|buôn người|mục đích|vị thành|thành niên|tình dục|mại dâm|trong nước|sự thật|"+
		"hỏi đáp|giải đáp|câu hỏi|trả lời|đường dây|dây nóng|quốc gia|miễn phí|bảo mật|riêng tư|nguy hiểm|tức thời|khẩn cấp|"+
		"giúp đỡ|hỗ trợ|trợ giúp|trẻ em|cha mẹ|thầy cô|chăm sóc|người lớn|bóc lột|nạn nhân|lạm dụng|xâm hại|cưỡng bức|ép buộc|"+
		"cảnh báo|dấu hiệu|hướng dẫn|ngôn ngữ|phiên dịch|lắng nghe|ẩn danh|giấu tên|nhắn tin|tin nhắn|liên hệ|an toàn|"+
		"gia đình|bạo lực|tổ chức|thông tin|báo cáo|báo tin|đơn độc|hôm nay|lập tức|trường học|học sinh|giáo viên|"+
		"cộng đồng|dịch vụ|điện thoại|toàn bộ|thường gặp|tin tưởng|đáng tin|kẻ buôn|người bán|"+
		"bao giờ|có thể|bất cứ|lúc nào|một mình|tại sao|thế nào|xã hội|bởi vì", "|"))
})

// zhPairs are Chinese words of two characters, in simplified and traditional characters, that
// a display line parts only where no balanced break is left ("我们随时可 / 以帮助你"): Chinese
// writes no spaces and haven has no dictionary of its words, so these are the commonest
// words of the language's grammar (pronouns, modals, conjunctions) and of a hotline's and a
// FAQ's words. A word of three characters or more is kept by its pairs (未成 and 成年 in
// 未成年). Built at the first Chinese edition.
var zhPairs = sync.OnceValue(func() map[string]bool {
	return setOf(strings.Fields("我们 我們 你们 你們 他们 他們 她们 她們 自己 大家 什么 什麼 怎么 怎麼 怎样 怎樣 为什 為什 " +
		"可以 可能 应该 應該 需要 能够 能夠 不要 不是 没有 沒有 不能 就是 还是 還是 或者 如果 因为 因為 所以 但是 可是 而且 " +
		"已经 已經 这个 這個 那个 那個 这些 這些 那些 这样 這樣 时候 時候 现在 現在 知道 告诉 告訴 一起 任何 每个 每個 所有 其他 " +
		"很多 许多 許多 随时 隨時 孩子 儿童 兒童 未成 成年 青少 少年 家长 家長 父母 老师 老師 学校 學校 朋友 家人 陌生 生人 " +
		"受害 害者 贩运 販運 贩卖 販賣 人口 性别 剥削 剝削 商业 商業 同意 从事 從事 控制 信任 暴力 欺诈 欺詐 胁迫 脅迫 虐待 " +
		"热线 熱線 电话 電話 短信 简讯 簡訊 拨打 撥打 发送 發送 联系 聯繫 聯絡 帮助 幫助 求助 服务 服務 支持 免费 免費 " +
		"保密 匿名 安全 危险 危險 紧急 緊急 全国 全國 国家 國家 法律 问题 問題 常见 常見 事实 事實 解答 信号 信號 迹象 跡象 " +
		"网络 網絡 網路 商场 商場 扫描 掃描 指南 资源 資源 信息 資訊 小时 小時 全天 语言 語言 翻译 翻譯"))
})

// setOf is the set of words.
func setOf(words []string) map[string]bool {
	s := make(map[string]bool, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

// phraseWords begin a phrase (prepositions, conjunctions, articles) by language: a display
// line breaks before one rather than after it.
var phraseWords = map[string]string{
	"en": "a about after an and as at before but by for from in into of on or than that the to when where which while who with without",
	"es": "a al con contra de del desde el en entre hacia hasta la las los o para pero por que según sin sobre un una y",
	"fr": "à au aux avec dans de des du en et la le les ou par pour que qui sans sur un une",
	"pt": "a ao com da de do e em na no o ou para pela pelo por que sem sobre um uma",
}

// auxWords are modal and auxiliary verbs by language: "can / be trafficked", "puede / ser
// víctima" part a verb from its auxiliary, so a display line breaks before one rather than
// after it.
var auxWords = map[string]string{
	"en": "am are be been can cannot could did do does had has have is may might must shall should was were will would",
	"es": "debe deben debes era es está están estás fue ha han has puede pueden puedes podemos ser será somos son va van vas",
	"fr": "a est ont peut peuvent sont va vont être",
	"pt": "deve devem é está estão foi pode podem ser são vai vão",
	"tl": "maaari maaaring dapat puwede puwedeng pwede pwedeng",
	"de": "darf dürfen hat haben ist kann kannst können muss müssen sind soll sollen wird werden",
	"it": "deve devono è ha hanno può possono sono",
	"nl": "heeft hebben is kan kunnen moet moeten wordt worden zal zijn zullen",
	"ru": "может могут должен должна должны будет будут",
	"hy": "կարող կարողանում պետք", // "կարող / է զոհ դառնալ": can / be a victim
}

// listWords join the last item of a list ("schools, malls and online"), by language: a comma
// followed by one before the sentence goes on is inside a list, no place to break a display line.
var listWords = map[string]string{
	"en": "and or nor",
	"es": "y e o u ni",
	"fr": "et ou ni",
	"pt": "e ou nem",
}

// keyWords give what a menu's key is for ("press 2 for Spanish"), by language: the key, the
// word and the next stay on one line.
var keyWords = map[string]string{
	"en": "for",
	"es": "para",
	"fr": "pour",
	"pt": "para",
	"de": "für",
	"it": "per",
}

// openingWords open a clause that ends at a comma ("If you are scared, call us"), by language:
// a list may follow that comma, which is not inside it.
var openingWords = map[string]string{
	"en": "after although as because before if once since though unless until when whenever where wherever whether while",
	"es": "aunque cuando donde mientras porque si",
	"fr": "lorsque parce puisque quand quoique si",
	"pt": "caso embora enquanto porque quando se",
}

// oneLetterWords are the one-letter words a line must not end on, by language.
var oneLetterWords = map[string]string{
	"es": "a e o u y",
	"ca": "a e i o u y",
	"pt": "a à e o",
	"cs": "a i k o s u v z",
	"sk": "a i k o s u v z",
	"pl": "a i o u w z",
	"uk": "а в з і й о у я",
	"ru": "а в и к о с у я",
}

// encliticWords lean on the word before them, by language ("Можно / ли остаться" reads as a
// question begun again; Haitian Creole's short pronouns, "rapòte / m bay", read as the next
// phrase's): a line does not begin with one written right after a word, not after punctuation
// ("..., m ap ede w": the pronoun begins its clause).
var encliticWords = map[string]string{
	"ru": "ли ль же ж бы б",
	"uk": "же ж би б бо",
	"be": "жа ж бы б",
	"bg": "ли",
	"sr": "ли li",
	"hr": "li",
	"bs": "li",
	"ht": "m w l n y",
}

// particles are the Japanese particles a line must not begin with ("人身取引 / の被害者"):
// written after the word they mark, they read as part of it.
const particles = "のはがをにへとでも"

// typographies holds one typography per language and names, so that texts segmented for an
// edition are found again by every layout of it.
var typographies sync.Map // string -> *typography

// plain is the typography of a measurer that was not typeset for an edition: no runts and
// abbreviations bound, which every language wants.
var plain = &typography{}

// typeset is a measurer that carries an edition's typography to every wrap that measures
// with it, so that every output follows it without each layout passing it on.
type typeset struct {
	Measurer
	t *typography
}

// Typeset is m for an edition in lang (its code, e.g. "es" or "pt-BR") whose lines keep
// names (the hotline's, the organisation's) on one line; no word of them, nor a keyword given
// with them, is ever hyphenated.
func Typeset(m Measurer, lang string, names ...string) Measurer {
	if ts, ok := m.(typeset); ok {
		m = ts.Measurer
	}
	lang = PrimaryLang(lang)
	var kept []string
	unbroken := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			unbroken[strings.ToLower(word(w))] = true
		}
		// a name of words (Thai's parted by zero-width spaces), or of a script that breaks
		// between its characters without a space (全米人身取引ホットライン); not one word
		if n = strings.TrimSpace(n); strings.ContainsAny(n, " \u00a0"+zwsp) || strings.ContainsFunc(n, content.Unbroken) {
			kept = append(kept, n)
		}
	}
	key := lang + "\x00" + strings.Join(names, "\x00")
	if t, ok := typographies.Load(key); ok {
		return typeset{m, t.(*typography)}
	}
	t := &typography{names: kept, lang: lang, unbroken: unbroken}
	t.hyphenating = sync.OnceValue(func() *typography {
		h := *t
		h.hyphens, h.hyphenating = hyphen.For(lang), nil
		return &h
	})
	t.oneLetter, t.phrase, t.clitics = set(oneLetterWords[lang]), set(phraseWords[lang]), set(encliticWords[lang])
	t.aux, t.and, t.keys, t.opens = set(auxWords[lang]), set(listWords[lang]), set(keyWords[lang]), set(openingWords[lang])
	if lang == "ja" {
		t.particles = particles
	}
	t.syllables = lang == "vi"
	switch {
	case t.syllables:
		t.pairs = viPairs()
	case lang == "zh" || lang == "yue":
		t.pairs = zhPairs()
	}
	got, _ := typographies.LoadOrStore(key, t)
	return typeset{m, got.(*typography)}
}

// Hyphenating is m, typeset for an edition (Typeset), with its words too wide for a line
// hyphenated where the language's patterns allow (hyphenated), and the words of refused, texts
// that took too many lines, where that alone makes them fit their lines (fitLines); ok is
// false where the language has none. A layout is made with it only where one without it was
// refused (a FitError's Breakable): a word that fits its line in a text that fits is never
// broken, and a title shrinks to fit before it would be.
func Hyphenating(m Measurer, refused ...string) (_ Measurer, ok bool) {
	ts, ok := m.(typeset)
	if !ok || ts.t.hyphenating == nil || hyphen.For(ts.t.lang) == nil {
		return m, false
	}
	h := ts.t.hyphenating()
	if len(refused) > 0 {
		withRefused := *h
		withRefused.refused = setOf(refused)
		h = &withRefused
	}
	return typeset{ts.Measurer, h}, true
}

// refusing is m as a build lays out again a text s that did not fit (Hyphenating): its words
// hyphenated where that alone makes it fit; ok is false where the language has no patterns.
func refusing(m Measurer, s string) (_ Measurer, ok bool) {
	ts, ok := m.(typeset)
	if !ok {
		return m, false
	}
	h := ts.t
	if h.hyphenating != nil {
		if hyphen.For(h.lang) == nil {
			return m, false
		}
		h = h.hyphenating()
	}
	if h.hyphens == nil {
		return m, false
	}
	with := *h
	with.refused = maps.Clone(h.refused)
	if with.refused == nil {
		with.refused = map[string]bool{}
	}
	with.refused[s] = true
	return typeset{ts.Measurer, &with}, true
}

// hyphenated is segs, to be set in lines width wide, with each word wider than a line broken
// into pieces where its language's patterns allow, each glued to the next (so broken only
// where the word does not fit a whole line) and ending in a hyphen where a line ends after it;
// segs itself where no word is wider. With fitting, every word is so broken, its pieces not
// glued: a text too long for its lines may break one that fits a line, a break that costs
// more than one between words (breakCost). Only a word of letters alone, of which at most the first
// is a capital, that begins after a space or an opening mark is broken: never a number, an
// address, a keyword in capitals (HELP, a vanity number's SAFE), a name or keyword the edition
// was typeset with, nor a word a name holds.
func (t *typography) hyphenated(m Measurer, st Style, segs []segment, width float64, fitting bool) []segment {
	if t.hyphens == nil {
		return segs
	}
	var out []segment
	for k, sg := range segs {
		lead := strings.IndexFunc(sg.text, unicode.IsLetter)
		core := strings.TrimRightFunc(sg.text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
		var at []int
		// a word is measured only where it may be too wide: every character at most 1.5 em
		if lead >= 0 && sg.address == noAddress && !sg.whole && (k == 0 || !segs[k-1].whole && segs[k-1].address == noAddress &&
			strings.TrimRightFunc(segs[k-1].text, unicode.IsSpace) != segs[k-1].text) &&
			!strings.ContainsFunc(sg.text[:lead], func(r rune) bool { return !unicode.In(r, unicode.Ps, unicode.Pi, unicode.Pf) }) && // „Wort“, »Wort«
			(fitting || 1.5*st.Size*float64(utf8.RuneCountInString(core)) > width) && !t.unbroken[strings.ToLower(core[lead:])] &&
			strings.IndexFunc(core[lead+utf8.RuneLen(firstRune(core[lead:])):], unicode.IsUpper) < 0 &&
			(fitting || richWidth(m, st, printed(sg.text)) > width+0.01) {
			at = t.hyphens.Points(core[lead:])
		}
		if len(at) == 0 {
			if out != nil {
				out = append(out, sg)
			}
			continue
		}
		if out == nil {
			out = append(make([]segment, 0, len(segs)+len(at)), segs[:k]...)
		}
		from := 0
		for _, a := range at {
			piece := segment{text: sg.text[from : lead+a], glue: true, hyphen: true}
			if fitting { // a break as a soft hyphen written there is, which a line may also end at evenly
				piece.text, piece.glue = piece.text+softHyphen, false
			}
			out = append(out, piece)
			from = lead + a
		}
		sg.text = sg.text[from:]
		out = append(out, sg)
	}
	if out == nil {
		return segs
	}
	return out
}

// softHyphenAt is, for a message on a text of file, w with a soft hyphen where lang's
// patterns break it nearest its middle, written as file writes one (", here:
// Schwangerschafts\u00ADkonfliktberatungsstelle"), or nothing where they do not break it.
func softHyphenAt(file, lang, w string) string {
	var at []int
	if p := hyphen.For(PrimaryLang(lang)); p != nil {
		at = p.Points(w)
	}
	if len(at) == 0 {
		return ""
	}
	mid := slices.MinFunc(at, func(a, b int) int { return max(2*a-len(w), len(w)-2*a) - max(2*b-len(w), len(w)-2*b) })
	shy := `\u00AD`
	if strings.HasSuffix(file, ".md") {
		shy = "&shy;"
	}
	return ", here: " + w[:mid] + shy + w[mid:]
}

// set is the words of a space-separated list, nil for none.
func set(words string) map[string]bool {
	if words == "" {
		return nil
	}
	return setOf(strings.Fields(words))
}

func typographyOf(m Measurer) *typography {
	if ts, ok := m.(typeset); ok {
		return ts.t
	}
	return plain
}

// abbreviationRE finds abbreviations written with a space, "EE. UU.", "S. A.": compiled when
// first needed, as few texts have one.
var abbreviationRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\p{Lu}{1,3}\.(?:[ \x{00a0}]+\p{Lu}{1,3}\.)+`)
})

// abbreviations are the spans of abbreviationRE in s, found only in text with what each needs:
// two full stops that follow a capital.
func abbreviations(s string) [][]int {
	n := 0
	for i := 1; i < len(s) && n < 2; i++ {
		if s[i] == '.' {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsUpper(r) {
				n++
			}
		}
	}
	if n < 2 {
		return nil
	}
	return abbreviationRE().FindAllStringIndex(s, -1)
}

// nameIn is where the name n first stands in s, from i to j, or -1: the zero-width spaces that
// mark a Thai or Khmer text's words may stand in each at other places (a word breaker parts a
// name by its context), and are passed over.
func nameIn(s, n string) (i, j int) {
	if !strings.Contains(s, zwsp) && !strings.Contains(n, zwsp) { // most texts
		if i = strings.Index(s, n); i < 0 {
			return -1, -1
		}
		return i, i + len(n)
	}
	n = zwspless(n)
	for i = range s {
		if strings.HasPrefix(s[i:], zwsp) { // a name begins at its first letter
			continue
		}
		k, at := 0, i
		for k < len(n) && at < len(s) {
			switch {
			case strings.HasPrefix(s[at:], zwsp):
				at += len(zwsp)
			case s[at] == n[k]:
				at, k = at+1, k+1
			default:
				at = len(s) + 1 // no match here
			}
		}
		if k == len(n) && n != "" {
			return i, at
		}
	}
	return -1, -1
}

// zwsp is the zero-width space, written between the words of scripts that put no space there.
const zwsp = "\u200B"

// bind glues the segments of s that t keeps together.
func (t *typography) bind(s string, segs []segment) {
	// a segment ending inside a name or an abbreviation is glued to the next
	inside := func(start, end int) {
		pos := 0
		for k := range segs {
			pos += len(segs[k].text)
			if pos > start && pos < end {
				segs[k].glue = true
			}
		}
	}
	for _, n := range t.names {
		for off := 0; ; {
			i, j := nameIn(s[off:], n)
			if i < 0 {
				break
			}
			inside(off+i, off+j)
			off += j
		}
	}
	for _, span := range abbreviations(s) {
		inside(span[0], span[1])
	}
	for k := range segs {
		if t.oneLetter != nil && strings.HasSuffix(segs[k].text, " ") && t.oneLetter[strings.ToLower(word(segs[k].text))] {
			segs[k].glue = true
		}
		// a number and the sign written after it with a space, as Spanish and French write
		// percentages ("85 %"), stay together
		if k+1 < len(segs) && strings.HasPrefix(segs[k+1].text, "%") && strings.TrimRight(segs[k].text, " \u00a0") != segs[k].text {
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(segs[k].text, " \u00a0")); unicode.IsDigit(r) {
				segs[k].glue = true
			}
		}
		// an enclitic stays with the word before it
		if t.clitics != nil && k+1 < len(segs) && strings.HasSuffix(segs[k].text, " ") && t.clitics[strings.ToLower(word(segs[k+1].text))] {
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(segs[k].text, " "+content.Marks)); unicode.IsLetter(r) || unicode.IsMark(r) {
				segs[k].glue = true
			}
		}
		// a Japanese particle stays with the word before it
		if t.particles != "" && k+1 < len(segs) && !segs[k].hard && !strings.HasSuffix(segs[k].text, " ") {
			if r, _ := utf8.DecodeRuneInString(segs[k+1].text); strings.ContainsRune(t.particles, r) {
				segs[k].glue = true
			}
		}
		// a Korean word is one piece, though UAX #14 breaks between any two syllables
		if k+1 < len(segs) && !segs[k].hard && keepAll(segs[k].text, segs[k+1].text) {
			segs[k].glue = true
		}
		if t.unit(segs, k) {
			segs[k].glue = true
		}
	}
	// the piece before the last of a paragraph, which ends at a written line break or at the
	// end of the text: the last word (two characters in Chinese) is not alone on its line
	for e := range segs {
		if e+1 < len(segs) && !segs[e].hard {
			continue
		}
		s, last := e, segs[e].text
		for s > 0 && segs[s-1].glue && !segs[s-1].hard && (keepAll(segs[s-1].text, segs[s].text) || syllableOf(segs[s-1].text, segs[s].text)) {
			s--
			last = segs[s].text + last
		}
		if s > 0 && !segs[s-1].hard && word(last) != "" {
			segs[s-1].glue = true
		}
	}
}

// unit reports whether a line does not break after segs[k], inside a unit a reader takes in
// at once: a time and its a.m. or p.m. ("9 / a.m."), a range of times ("9am to 9pm", "8:30 –
// 17:00", "9h à 17h"), a state and its postal code ("OH 43215", "NSW 2000"), a British
// postcode's halves ("NE6 1DL"), a number of one or two digits and the word it counts ("24
// hours"; not a word that begins a phrase: "press 2 / when you hear"), and a menu's key and
// its meaning ("2 for Spanish"). Each still breaks where it does not fit a line.
func (t *typography) unit(segs []segment, k int) bool {
	if k+1 >= len(segs) || segs[k].hard {
		return false
	}
	// most words are none of these: only a number, a capital or the word after a number may be
	if f := firstRune(segs[k].text); !unicode.IsDigit(f) && !unicode.IsUpper(f) && (k == 0 || !unicode.IsDigit(firstRune(segs[k-1].text)) && !markAt(segs[k-1].text)) {
		return false
	}
	a, b := word(segs[k].text), word(segs[k+1].text)
	bare := func(i int) bool { // a word with no punctuation after it: "9am," ends a part
		return i >= 0 && word(segs[i].text) == strings.TrimRightFunc(segs[i].text, unicode.IsSpace)
	}
	key := func(i int) bool {
		return i >= 0 && bare(i) && len(word(segs[i].text)) <= 2 && digits(word(segs[i].text))
	}
	// a time's end: "9am", "17:00", or the a.m. after its number
	timeEnd := func(i int) bool {
		w := word(segs[i].text)
		return clock(w) && bare(i) || clockMark(w) && i > 0 && digits(word(segs[i-1].text))
	}
	ranged := func(i int) bool { // "to", "bis", "à", a dash
		r := strings.TrimSpace(segs[i].text)
		return r == "-" || r == "–" || r == "—" || r == word(r) && utf8.RuneCountInString(r) <= 5 && strings.ToLower(r) == r && unicode.IsLetter(firstRune(r))
	}
	dashed := strings.HasSuffix(segs[k].text, "–") || strings.HasSuffix(segs[k].text, "-") // "9am–" / "5pm"
	switch {
	case digits(a) && clockMark(b):
		return true
	case dashed && clock(a) && clock(b):
		return true
	case k+2 < len(segs) && timeEnd(k) && ranged(k+1) && clock(word(segs[k+2].text)):
		return true
	case k > 0 && ranged(k) && timeEnd(k-1) && clock(b):
		return true
	case bare(k) && stateAndCode(segs[k:]) && digits(strings.ReplaceAll(b, "-", "")), postcode(a, b) && bare(k):
		return true
	case key(k) && b != "" && unicode.IsLetter(firstRune(b)) && (!t.phrase[strings.ToLower(b)] || t.keys[strings.ToLower(b)]):
		return true
	case key(k-1) && bare(k) && t.keys[strings.ToLower(a)] && b != "" && unicode.IsLetter(firstRune(b)):
		return true
	}
	return false
}

// clock reports whether w is a time of day as a line writes it: "9", "9am", "9:30pm", "17:00",
// "9h", "9h30" (word trims the last full stop of "9 p.m.").
func clock(w string) bool {
	lower := strings.ToLower(w)
	for _, m := range []string{"am", "pm", "a.m", "p.m", "h"} {
		if strings.HasSuffix(lower, m) {
			lower = lower[:len(lower)-len(m)]
			break
		}
	}
	n := 0
	for n < len(lower) && n < 3 && lower[n] >= '0' && lower[n] <= '9' {
		n++
	}
	rest := lower[n:]
	return n >= 1 && n <= 2 && (rest == "" || len(rest) == 3 && strings.ContainsRune(":.h", rune(rest[0])) && digits(rest[1:]))
}

// clockMark reports whether w is the a.m. or p.m. written apart from its time.
func clockMark(w string) bool {
	for _, m := range [...]string{"am", "pm", "a.m", "p.m"} {
		if strings.EqualFold(w, m) {
			return true
		}
	}
	return false
}

// markAt reports whether the segment seg is an a.m. or p.m.: its first letter rules out most
// words before they are trimmed, as unit asks it of nearly every word of a text.
func markAt(seg string) bool {
	return seg != "" && strings.IndexByte("aApP", seg[0]) >= 0 && clockMark(word(seg))
}

// postcode reports whether a and b are the halves of a British postcode ("NE6", "1DL").
func postcode(a, b string) bool {
	upper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	if len(b) != 3 || !digit(b[0]) || !upper(b[1]) || !upper(b[2]) || len(a) < 2 || len(a) > 4 || !upper(a[0]) {
		return false
	}
	i := 1
	if upper(a[1]) {
		i = 2
	}
	return i < len(a) && digit(a[i]) && (i+1 == len(a) || i+2 == len(a) && (digit(a[i+1]) || upper(a[i+1])))
}

// digits reports whether s is a run of digits.
func digits(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
}

// firstRune is the first character of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// keepAll reports whether a line may not break between the segments a and b, as they are
// inside a Korean word: Korean puts spaces between its words, and a break between two of
// their syllables ("있습 / 니다") or at a bracket ("성매매 / (DMST)에") parts one, as CSS's
// word-break: keep-all knows. Chinese and Japanese break between any two characters.
func keepAll(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	return (unicode.Is(unicode.Hangul, first) || unicode.Is(unicode.Hangul, last)) && !unicode.IsSpace(first) && !unicode.IsSpace(last)
}

// word is a segment's word: without the spaces around it, emphasis marks, and the punctuation
// that opens or closes it.
func word(seg string) string {
	return strings.TrimFunc(seg, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || strings.ContainsRune(content.Marks, r)
	})
}
