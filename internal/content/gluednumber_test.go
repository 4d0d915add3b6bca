package content

import (
	"regexp"
	"strings"
	"testing"
)

// A digit, a + or a currency sign, a # or * (a key a number is dialled with, but a * after it
// is a footnote's), or a digit and a dash or dot, written right against a number placeholder
// prints a number no one means (Call 11-888-373-7888, call 9111, text 2233733) while its link
// dials the setting alone: it is refused at its file, line and field, with the placeholder
// alone to write: without a lone digit or sign, a longer number set apart by a space (Call
// {call} 24/7, not Call {call}/7). Two number placeholders with only a dash, a slash or nothing
// between them print as one number, and are set apart. Letters against one are words
// (请拨打{call}), and punctuation or a space sets one apart.
func TestGluedNumberPlaceholders(t *testing.T) {
	const text, faq = "en/text.yaml", "en/faq.md"
	call := func(s string) []string { return []string{text, "  call: Call {call}", "  call: " + s} }
	glued := func(at, written, printed, value, what, name, write string) string {
		return "content/" + at + `: "` + written + `" prints ` + printed + ", not " + value + ": the " + what + " written against " + name +
			" reads as part of the number, which the reader dials as printed (its link dials " + value + ") (write " + name + ` alone, with a space or a word between it and any other digit or sign: "` + write + `")`
	}
	// the same, where the FAQ's bold or italic marks what is written against it
	faced := func(at, written, printed, value, what, name, write string) string {
		return strings.Replace(glued(at, written, printed, value, what, name, write), " against "+name+" reads", " against "+name+", in bold or italic, reads", 1)
	}
	faq41 := func(s string) [][]string {
		return [][]string{{faq, "or text “{keyword}” to {text}.", "or text “{keyword}” to {text}. " + s}}
	}
	const number = "1-888-373-7888"
	// "Call {call}", between, other and end written; what they print and what between is called
	joined := func(between, other, end, printed, called string) string {
		return "content/en/text.yaml:15: help.call: \"Call {call}" + between + other + end + "\" prints " + printed + ": {call} and " + other + " with " + called +
			" between them read as one number, not two, which the reader dials as printed " +
			`(set them apart with a word, or a slash with a space each side: "Call {call} or ` + other + end + `" or "Call {call} / ` + other + end + `")`
	}
	runEdits(t, []editCase{
		{"a digit before", [][]string{call("Call 1{call}")}, glued("en/text.yaml:15: help.call", "Call 1{call}", "11-888-373-7888", number, "1", "{call}", "Call {call}")},
		{"a digit after", [][]string{call("Call {call}1")}, glued("en/text.yaml:15: help.call", "Call {call}1", "1-888-373-78881", number, "1", "{call}", "Call {call}")},
		// with a character between that prints nothing: a soft hyphen, a zero-width non-joiner
		{"a digit after a soft hyphen", [][]string{call("Call {call}\u00ad1")}, glued("en/text.yaml:15: help.call", `Call {call}\u00ad1`, "1-888-373-78881", number, "1", "{call}", "Call {call}")},
		{"a digit before a zero-width non-joiner", [][]string{call("Call 2\u200c{call}")}, glued("en/text.yaml:15: help.call", `Call 2\u200c{call}`, "21-888-373-7888", number, "2", "{call}", "Call {call}")},
		{"a trunk 0 before", [][]string{call("Call 0{call}.")}, glued("en/text.yaml:15: help.call", "Call 0{call}.", "01-888-373-7888", number, "0", "{call}", "Call {call}.")},
		{"a digit and a dash", [][]string{call("Call 1-{call}")}, glued("en/text.yaml:15: help.call", "Call 1-{call}", "1-1-888-373-7888", number, "1-", "{call}", "Call {call}")},
		{"a digit and a dot after", [][]string{call("Call {call}.1")}, glued("en/text.yaml:15: help.call", "Call {call}.1", "1-888-373-7888.1", number, ".1", "{call}", "Call {call}")},
		{"a dollar sign", [][]string{call("Call ${call}")}, glued("en/text.yaml:15: help.call", "Call ${call}", "$1-888-373-7888", number, "$", "{call}", "Call {call}")},
		{"a euro sign after", [][]string{call("Call {call}€")}, glued("en/text.yaml:15: help.call", "Call {call}€", "1-888-373-7888€", number, "€", "{call}", "Call {call}")},
		{"a plus", [][]string{call("Call +{call}")}, glued("en/text.yaml:15: help.call", "Call +{call}", "+1-888-373-7888", number, "+", "{call}", "Call {call}")},
		// the keys a number is dialled with: printed against it, a code the link does not dial
		{"a hash before", [][]string{call(`"Call #{call}."`)}, glued("en/text.yaml:15: help.call", "Call #{call}.", "#1-888-373-7888", number, "#", "{call}", "Call {call}.")},
		{"a hash after", [][]string{call("Call {call}#")}, glued("en/text.yaml:15: help.call", "Call {call}#", "1-888-373-7888#", number, "#", "{call}", "Call {call}")},
		{"a star before", [][]string{call("Call *{call}")}, glued("en/text.yaml:15: help.call", "Call *{call}", "*1-888-373-7888", number, "*", "{call}", "Call {call}")},
		{"a star before, in the FAQ", [][]string{{faq, "or text “{keyword}” to {text}.", "or text “{keyword}” to {text}. Call *{call} any time."}},
			glued("en/faq.md:41: answer 9[1]", "Call *{call}", "*1-888-373-7888", number, "*", "{call}", "Call {call}")},
		{"a full-width digit", [][]string{call("请拨打１{call}")}, glued("en/text.yaml:15: help.call", "请拨打１{call}", "１1-888-373-7888", number, "１", "{call}", "请拨打{call}")},
		{"an Arabic-Indic digit", [][]string{call("Call ١{call}")}, glued("en/text.yaml:15: help.call", "Call ١{call}", "١1-888-373-7888", number, "١", "{call}", "Call {call}")},
		// a longer number, a time or a count stays in the hint, set apart (and its dash with it)
		{"a time after a dash", [][]string{call("Call {call}-24/7")}, glued("en/text.yaml:15: help.call", "Call {call}-24/7", "1-888-373-7888-24/7", number, "-24/7", "{call}", "Call {call} 24/7")},
		{"a time before", [][]string{call("Call 24/7{call}.")}, glued("en/text.yaml:15: help.call", "Call 24/7{call}.", "24/71-888-373-7888", number, "24/7", "{call}", "Call 24/7 {call}.")},
		{"two digits before", [][]string{call("Call 00{call}")}, glued("en/text.yaml:15: help.call", "Call 00{call}", "001-888-373-7888", number, "00", "{call}", "Call 00 {call}")},
		{"a digit and a comma after", [][]string{call("Call {call}1, now")}, glued("en/text.yaml:15: help.call", "Call {call}1,", "1-888-373-78881", number, "1", "{call}", "Call {call},")},
		// two number placeholders joined print as one number, which no link dials
		{"two numbers with a dash", [][]string{call("Call {call}-{emergency}")}, joined("-", "{emergency}", "", "1-888-373-7888-911", `"-"`)},
		{"two numbers with an en dash", [][]string{call("Call {call}–{text}.")}, joined("–", "{text}", ".", "1-888-373-7888–233733", `"–"`)},
		{"two numbers with a slash", [][]string{call("Call {call}/{emergency}")}, joined("/", "{emergency}", "", "1-888-373-7888/911", `"/"`)},
		{"two numbers with nothing between", [][]string{call("Call {call}{emergency}")}, joined("", "{emergency}", "", "1-888-373-7888911", "nothing")},
		{"the old name of {call}", [][]string{call("Call 1{phone}")}, glued("en/text.yaml:15: help.call", "Call 1{phone}", "11-888-373-7888", number, "1", "{phone}", "Call {phone}")},
		{"the emergency number", [][]string{{text, "  danger: In immediate danger, call {emergency}", "  danger: In immediate danger, call {emergency}1"}},
			glued("en/text.yaml:13: help.danger", "call {emergency}1", "9111", "911", "1", "{emergency}", "call {emergency}")},
		{"the text number on the cards", [][]string{{text, "  text: Text {keyword} to {text}\n  danger", "  text: Text {keyword} to 2{text}\n  danger"}},
			glued("en/text.yaml:28: card.text", "to 2{text}", "2233733", "233733", "2", "{text}", "to {text}")},
		{"the tear-off tab", [][]string{{text, "  tab: Call {call}", "  tab: Call 1{call}"}}, glued("en/text.yaml:75: poster.tab", "Call 1{call}", "11-888-373-7888", number, "1", "{call}", "Call {call}")},
		{"the TTY number", [][]string{{text, "  note: You can report", "  tty: TTY 1{tty}\n  note: You can report"}, {"settings.yaml", `tty: ""`, `tty: 1-800-787-3224`}},
			glued("en/text.yaml:18: help.tty", "TTY 1{tty}", "11-800-787-3224", "1-800-787-3224", "1", "{tty}", "TTY {tty}")},
		{"in the FAQ", [][]string{{faq, "or text “{keyword}” to {text}.", "or text “{keyword}” to {text}. Call 1{call} any time."}},
			glued("en/faq.md:41: answer 9[1]", "Call 1{call}", "11-888-373-7888", number, "1", "{call}", "Call {call}")},
		{"in the FAQ, on the paragraph's second line", [][]string{{faq, "or text “{keyword}” to {text}.", "or text “{keyword}” to {text}.\nCall {call}1 any time."}},
			glued("en/faq.md:42: answer 9[1]", "Call {call}1", "1-888-373-78881", number, "1", "{call}", "Call {call}")},
		// bold and italic print nothing between: the digit prints against the number all the same
		{"a bold digit before, in the FAQ", faq41("Call **1**{call} now."), faced("en/faq.md:41: answer 9[1]", "Call 1{call}", "11-888-373-7888", number, "1", "{call}", "Call {call}")},
		{"a bold digit after the text number", faq41("Text HELP to {text}**4** now."), faced("en/faq.md:41: answer 9[1]", "to {text}4", "2337334", "233733", "4", "{text}", "to {text}")},
		{"a bold digit before the emergency number", faq41("In danger, call **9**{emergency} now."), faced("en/faq.md:41: answer 9[1]", "call 9{emergency}", "9911", "911", "9", "{emergency}", "call {emergency}")},
		{"an italic digit after, with underscores", faq41("In danger, call {emergency}_2_ now."), faced("en/faq.md:41: answer 9[1]", "call {emergency}2", "9112", "911", "2", "{emergency}", "call {emergency}")},
		{"a bold italic digit after", faq41("In danger, call {emergency}***2*** now."), faced("en/faq.md:41: answer 9[1]", "call {emergency}2", "9112", "911", "2", "{emergency}", "call {emergency}")},
		{"a digit after, the whole in bold", faq41("**Call {call}1** now."), glued("en/faq.md:41: answer 9[1]", "Call {call}1", "1-888-373-78881", number, "1", "{call}", "Call {call}")},
		{"a bold time after", faq41("Call {call}**24/7**."), faced("en/faq.md:41: answer 9[1]", "Call {call}24/7.", "1-888-373-788824/7", number, "24/7", "{call}", "Call {call} 24/7.")},
		{"a link's digit before, in bold", faq41("Call [1](https://example.org)**{call}** now."), faced("en/faq.md:41: answer 9[1]", "Call 1{call}", "11-888-373-7888", number, "1", "{call}", "Call {call}")},
		{"two numbers, one in bold", faq41("Call {call}**{emergency}** now."), "content/en/faq.md:41: answer 9[1]: \"Call {call}{emergency}\" prints 1-888-373-7888911: {call} and {emergency}, in bold or italic, with nothing between them read as one number, not two, which the reader dials as printed " +
			`(set them apart with a word, or a slash with a space each side: "Call {call} or {emergency}" or "Call {call} / {emergency}")`},
		{"a bold full stop after", faq41("Call {call}**.**"), ""},
		{"the number in bold", faq41("Call **{call}**, 24/7."), ""},
		{"the sentence in bold", faq41("**Call {call}** now."), ""},
		{"a bold time after a space", faq41("Call {call} **24/7**."), ""},
		{"another line's number in bold", faq41("Call **988** now."), ""},
		{"Chinese words against it", [][]string{call("请拨打{call}。")}, ""},
		{"a full stop after it", [][]string{call("Call {call}.")}, ""},
		{"hours after a space", [][]string{call("Call {call} 24/7")}, ""},
		{"a dash without a digit", [][]string{call("Call us—{call}-")}, ""},
		{"two numbers with a slash and spaces", [][]string{call("Call {call} / {emergency}")}, ""},
		{"two numbers with a word", [][]string{call("Call {call} or {emergency}")}, ""},
		{"brackets", [][]string{call("Call ({call})")}, ""},
		{"a footnote's star after", [][]string{{faq, "or text “{keyword}” to {text}.", "or text “{keyword}” to {text}. Call {call}* any time.\n\n\\* Free from any phone."}}, ""},
	})
	// a number settings.yaml leaves empty is named as such, not as printing a 1 alone
	unset := loadErr(edits(t, []string{text, "  note: You can report", "  tty: TTY 1{tty}\n  note: You can report"}))
	if want := "content/en/text.yaml:18: help.tty: {tty} prints hotline.tty, which settings.yaml does not set (set it in settings.yaml, or take it out of this text)"; unset != want {
		t.Errorf("TTY 1{tty} with no TTY line:\ngot  %s\nwant %s", unset, want)
	}
}

// What the hint says to write passes, and keeps what the writer meant: a lone digit or sign
// left out, a time or a longer number kept apart. A hint refused again, or one that drops
// "24" of "24/7", leaves the writer nowhere.
func TestGluedNumberHintPasses(t *testing.T) {
	hintRE := regexp.MustCompile(`^content/en/text\.yaml:15: help\.call: "([^"]*)" prints .* \(write \{call\} alone, [^"]*"([^"]*)"\)$`)
	for _, tt := range []struct{ line, fixed string }{
		{"Call 1{call}", "Call {call}"},
		{"Call 1-{call}", "Call {call}"},
		{"Call +{call}", "Call {call}"},
		{"Call {call}.1 today", "Call {call} today"},
		{"Call {call}1, now", "Call {call}, now"},
		{"Call {call}-24/7", "Call {call} 24/7"},
		{"Call 24/7{call}.", "Call 24/7 {call}."},
		{"Call 00{call}", "Call 00 {call}"},
	} {
		t.Run(tt.line, func(t *testing.T) {
			m := hintRE.FindStringSubmatch(loadErr(edits(t, []string{"en/text.yaml", "  call: Call {call}", "  call: " + tt.line})))
			if m == nil {
				t.Fatalf("no hint for %q", tt.line)
			}
			if fixed := strings.Replace(tt.line, m[1], m[2], 1); fixed != tt.fixed {
				t.Errorf("the hint makes %q of it, want %q", fixed, tt.fixed)
			}
			if got := loadErr(edits(t, []string{"en/text.yaml", "  call: Call {call}", "  call: " + tt.fixed})); got != "" {
				t.Errorf("%q, as the hint says, is refused: %s", tt.fixed, got)
			}
		})
	}
}
