package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shownToCall reports whether text presents the short number text[at:end], its digits d, as
// one to call where no verb asks to: in a sentence of danger, an emergency or the police
// ("Feuerwehr: 121", "na policję pod 979", "Police secours : 71"), or, of three digits or more,
// after a label naming a line and ending its sentence ("Helpline: 1810"), in brackets after a line's or a service's name
// ("महिला हेल्पलाइन (811)", "Ambulance (180)"), or said as Japanese says a line, with 番 after it
// ("救急車は191番"). A count, a year, an hour or a house's number is none of these.
func shownToCall(text string, at, end int, d string) bool {
	before, after := text[:at], text[end:]
	if strings.HasPrefix(after, "番") && !saidWithBan(before, after) {
		return false // "191番の事件", "101番地": a case's number, an address's
	}
	return dangerAround(text, at, end, d) || len(d) >= 3 && (lineLabel(before) && endsSentence(after) ||
		namedInBrackets(before, text[at:end], after) || saidWithBan(before, after)) // "Ligne : 12" is a bus's
}

// namedInBrackets reports whether a number, written (its brackets read with it or not), is
// alone in brackets right after the name of a line or of an emergency service: "Women
// helpline (811)", "Polizei (110)".
func namedInBrackets(before, written, after string) bool {
	w := strings.TrimSpace(written)
	t, open := cutLast(strings.TrimRightFunc(before, spaceLike), "(", "（")
	shut := strings.HasPrefix(after, ")") || strings.HasPrefix(after, "）")
	if !open || !shut {
		open, shut = strings.IndexAny(w, "(（") == 0, strings.HasSuffix(w, ")") || strings.HasSuffix(w, "）")
		t = before
	}
	if !open || !shut {
		return false
	}
	t = strings.TrimRightFunc(t, spaceLike)
	if w := strings.ToLower(wordBefore(t)); lineNouns.has(w) || slavicLines.has(w) {
		return true
	}
	name := t[max(0, len(t)-40):]
	e, ok := dangerWordEnd(name, true)
	return ok && e == len(name)
}

// cutLast is s without the one of suffixes it ends in.
func cutLast(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if t, ok := strings.CutSuffix(s, x); ok {
			return t, true
		}
	}
	return s, false
}

// saidWithBan reports whether a number is said as Japanese says a line to call, with 番 right
// after it and then a particle, a verb of calling or the text's end ("191番", "191番に電話",
// "191番通報"), not an address's, an ordinal's or a platform's number ("101番地", "3番目",
// "5番線", "191番のバス") nor one after 第 ("第191番").
func saidWithBan(before, after string) bool {
	rest, ok := strings.CutPrefix(after, "番")
	if !ok || strings.HasSuffix(strings.TrimRightFunc(before, spaceLike), "第") {
		return false
	}
	for _, next := range banNext {
		if strings.HasPrefix(rest, next) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsSpace(r) || unicode.IsPunct(r)
}

// banNext are what follows 番 after a line's number: a particle (に, へ, まで, を, は, が, で,
// です) or a verb of calling or reporting (して, する, 通報).
var banNext = []string{"に", "へ", "まで", "を", "は", "が", "で", "して", "する", "しま", "通報"}
