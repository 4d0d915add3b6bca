package content

import (
	"fmt"
	"path"
	"strings"
	"unicode"

	"haven/internal/diag"
)

// keywordWord tells whether k is one word of at most 20 letters of any script (accents included, as ÁNIMO) and digits:
// what a texting service matches, whatever the case.
func keywordWord(k string) bool {
	n := 0
	for _, r := range k {
		if n++; n > 20 || !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsNumber(r) {
			return false
		}
	}
	return n > 0
}

// optOut are the words carriers take as "stop sending me messages" (CTIA's, and Canada's
// French ARRET): texted as a keyword they unsubscribe the sender instead of reaching the line.
var optOut = map[string]bool{"STOP": true, "STOPALL": true, "UNSUBSCRIBE": true, "CANCEL": true, "END": true, "QUIT": true, "ARRET": true, "ARRÊT": true}

// checkKeyword checks a keyword where it is set (hotline.keyword, or a language's keyword:):
// one word, not an opt-out word, with a number to text it to and no number hidden in it.
func checkKeyword(s *Settings, k string, bad func(msg, hint string)) {
	if k == "" {
		return
	}
	switch {
	case !keywordWord(k):
		bad(fmt.Sprintf("%q should be one word of letters or digits (any alphabet, accents too), at most 20", k), "a texting service matches one word: no spaces or punctuation")
	case optOut[strings.ToUpper(k)]:
		bad(fmt.Sprintf("%q is a word carriers read as \"stop sending me messages\": a text with it would unsubscribe the sender, not reach the line", k), "use the keyword the text line gives you")
	}
	if s.Hotline.Text.Text == "" {
		bad("is set but there is no number to text it to", "add hotline.text, or remove the keyword")
	}
	for _, sl := range s.codeSlips(k) {
		bad(fmt.Sprintf("%q is one slip away from %s %s; a likely typo", sl.written, sl.near.Field, sl.near.Written), "")
	}
}

// For is the settings as a language prints them: its own keyword (keyword: in its text.yaml)
// in place of hotline.keyword, for {keyword} and the sms: links of its outputs and page.
func (s Settings) For(l *Language) Settings {
	if l != nil && l.Text.Keyword.Text != "" {
		s.Hotline.Keyword = l.Text.Keyword
	}
	return s
}

// acronyms are words in capitals that stand beside a number without being a keyword.
var acronyms = map[string]bool{"SMS": true, "MMS": true, "TTY": true, "RTT": true, "VRS": true, "TDD": true, "TXT": true, "USA": true, "FAQ": true, "URL": true, "WEB": true}

// otherKeywords finds a keyword written out in a text next to the text number ("Envía AYUDA al
// 233733") that is not the language's keyword, which every sms: link of its outputs fills in:
// the reader would be told one word and the message would carry another. A word in capitals
// among the six before the number counts, unless the keyword is among them too ("Text HELP or
// INFO to 233733") or the whole text is in capitals.
func otherKeywords(at diag.Located, s Settings, textFile string) diag.Problems {
	st := settingOf(s, "text")
	if st.written == "" || !strings.ContainsAny(at.Text, "0123456789") {
		return nil
	}
	text := Unmark(at.Text)
	if strings.IndexFunc(text, unicode.IsLower) < 0 {
		return nil // all in capitals ("CALL OR TEXT 988"): no word stands out as a keyword
	}
	k := s.Hotline.Keyword
	var ps diag.Problems
	for _, r := range numberRuns(text) {
		if !st.is(r.text, s.Country) {
			continue
		}
		words := strings.FieldsFunc(text[:r.at], func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsMark(c) && !unicode.IsDigit(c) })
		words = words[max(0, len(words)-6):]
		other, named := "", false
		for _, w := range words {
			named = named || k.Text != "" && strings.EqualFold(w, k.Text)
			if other == "" && capitals(w) && !strings.EqualFold(w, k.Text) && !acronyms[w] {
				other = w
			}
		}
		if other == "" || named {
			continue
		}
		msg := fmt.Sprintf("%s tells the reader to text %s to %s, but the text links of this language send %s (%s in %s)", diag.Quote(at.Text), other, r.text, k.Text, k.Field, path.Base(k.File))
		if k.Text == "" {
			msg = fmt.Sprintf("%s tells the reader to text %s to %s, but no keyword is set, so the text links send an empty message", diag.Quote(at.Text), other, r.text)
		}
		ps = append(ps, at.At(msg, fmt.Sprintf("write {keyword} in place of %s; if %s is this language's word, write keyword: %s at the top of %s", other, other, other, textFile)))
	}
	return ps
}

// capitals reports whether w is a word in capitals of three letters or more, in any script.
func capitals(w string) bool {
	n := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c) && !unicode.IsUpper(c):
			return false
		case unicode.IsLetter(c):
			n++
		}
	}
	return n >= 3
}
