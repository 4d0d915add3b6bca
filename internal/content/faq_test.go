package content

import (
	"fmt"
	"strings"
	"testing"
)

// A heading or list mark typed against its word, or a bold never closed, prints its marks as
// text: each is refused at its line, and the text that merely looks like one is not.
func TestMarkdownSlips(t *testing.T) {
	for _, tt := range []struct{ name, md, want string }{
		{"question without its space", "## Why?\n\nBecause.\n\n##Can minors consent?\n\nNo.\n",
			`faq.md:7: "##Can minors consent?", with no space after its ##, would not print as written: it prints as text, ## and all (## needs a space after it: ## Can minors consent?)`},
		{"question on the line after an answer", "## Why?\n\nBecause.\n###Can minors consent?\n",
			`faq.md:6: "###Can minors consent?", with no space after its ###`},
		{"title without its space", "#Facts on DMST\n\nIntro.\n\n## Why?\n\nBecause.\n",
			`faq.md:1: "#Facts on DMST", with no space after its #, would not print as written: it prints as text, # and all (# needs a space after it: # Facts on DMST)`},
		{"one # before a question", "## Why?\n\nBecause.\n\n#Can minors consent?\n\nNo.\n",
			`faq.md:7: "#Can minors consent?", with no space after its #`},
		{"list without its spaces", "## Why?\n\nSigns:\n-cash\n-gifts\n",
			`faq.md:6: "-cash" and the lines below it that start with '-', with no space after it, would not print as a list: they print as one paragraph, each '-' and all (a list item needs a space after its -: - cash)`},
		{"unclosed bold", "## Why?\n\nNo. **Most victims know\ntheir traffickers.\n",
			`faq.md:5: the ** before "Most" opens bold and nothing closes it: it would not print as written, but as "**Most" (close the bold with ** after its last word, or remove the **; to print it, write \*\*)`},
		{"unclosed bold on a later line", "## Why?\n\nNo. Most victims know\ntheir **traffickers.\n",
			`faq.md:6: the ** before "traffickers." opens bold`},
		{"unclosed bold in a question", "## **Why?\n\nBecause.\n", `faq.md:3: the ** before "Why?" opens bold`},
		{"unclosed bold with underscores", "## Why?\n\nNo. __Most victims.\n", `faq.md:5: the __ before "Most" opens bold`},
		{"unclosed bold and italic", "## Why?\n\nNo. ***Most victims.\n", `faq.md:5: the *** before "Most" opens bold`},
		{"unclosed italic", "## Why?\n\nAlso *unclosed italic here.\n",
			`faq.md:5: the * before "unclosed" opens italic and nothing closes it: it would not print as written, but as "*unclosed" (close the italic with * after its last word, or remove the *; to print it, write \*)`},
		{"a phone's star code", "## Why?\n\nDial *67 or *82 before the number, or *67 alone.\n", ""},
		{"a star in a formula", "## Why?\n\nType =SUM(A1:A9)*2 in the cell.\n", ""},
		{"an underscore starting a file's or a handle's name", "## Why?\n\nSave it as _draft.docx, or follow @_havenhousepdx.\n", ""},
		{"unclosed italic with underscores", "## Why?\n\nNo. _Most victims.\n", `faq.md:5: the _ before "Most" opens italic and nothing closes it`},
		{"italic closed after a space", "## Why?\n\nOur motto is *safe first *always.\n",
			`faq.md:5: the * before "always." comes after a space, so it does not close the italic opened by the * before "safe": it would not print as written, but as "*safe first *always." (write the * against the last word it closes, and the space after it: "*safe first* always.")`},
		{"bold closed after a space", "## Why?\n\n**Important: **bring ID.\n",
			`faq.md:5: the ** before "bring" comes after a space, so it does not close the bold opened by the ** before "Important:": it would not print as written, but as "**Important: **bring" (write the ** against the last word it closes, and the space after it: "**Important:** bring")`},
		{"underscores closed after a space, on the next line", "## Why?\n\nAnd _under first\n_score.\n", `faq.md:6: the _ before "score." comes after a space`},
		{"italic closed that nothing opened", "## Why?\n\nCall now* today.\n", `faq.md:5: the * after "now" closes italic that nothing opened`},
		{"a footnote's mark and its note", "## Why?\n\nOpen 24/7*.\n\n*Open on holidays too.\n", ""},
		{"a footnote's note first", "## Why?\n\n*Not on holidays.\n\nOpen 24/7*.\n", ""},
		{"a footnote's mark without its note", "## Why?\n\nAre all victims taken by strangers?* No.\n", ""},
		{"multiplication", "## Why?\n\nIt is 2 * 3, or 2*3.\n", ""},
		{"a censored word", "## Why?\n\nThey said f*ck and sh*t.\n", ""},
		{"underscores inside words and addresses", "## Why?\n\nWrite my_name@example.org, see https://x.org/a_b_c or\nhttps://example.org/_layouts/page and snake_case.\n", ""},
		{"an escaped asterisk", "## Why?\n\nA \\*star and \\_line.\n", ""},
		{"italic", "## Why?\n\nOur motto is *safe first* always, _truly_.\n", ""},
		{"a hotline by its number", "## Why?\n\nCall #211 or\n#211 again.\n", ""},
		{"a language", "## Why?\n\nIn C# and F#, too.\n", ""},
		{"a hashtag", "## Why?\n\nBecause.\n\n#MeToo started it.\n", ""},
		{"a footnote mark", "## Why?\n\nOpen 24/7*.\n\n*Some shelters close on holidays.\n\nOpen 24/7**.\n\n** Not on Sundays.\n", ""},
		{"a footnote mark, its note escaped", "## Why?\n\nOpen 24/7**.\n\n\\*\\*Not on Sundays.\n", ""},
		{"bold closed that nothing opened", "## Why?\n\nCall now** today.\n",
			`faq.md:5: the ** after "now" closes bold that nothing opened: it would not print as written, but as "now**" (put ** before the first word to print in bold, or remove this **; to print it, write \*\*)`},
		{"bold closed twice", "## Why?\n\nCall **now** or\nsoon**, today.\n", `faq.md:6: the ** after "soon" closes bold that nothing opened`},
		{"bold closed in brackets", "## Why?\n\nIt is free (call now**).\n", `faq.md:5: the ** after "now" closes bold`},
		{"bold closed with underscores", "## Why?\n\nCall now__ today.\n", `faq.md:5: the __ after "now" closes bold`},
		{"a footnote mark without its note", "## Why?\n\nOpen 24/7**.\n", `faq.md:5: the ** after "24/7" closes bold`},
		{"asterisks between digits", "## Why?\n\nIt is 5*4*3, and 2**3**4.\n", ""},
		{"an escaped bold", "## Why?\n\nNo. \\**Most victims.\n", ""},
		{"bold closed", "## Why?\n\nNo. **Most** victims, **know\ntheir** traffickers.\n", ""},
		{"asterisks alone", "## Why?\n\nRate it 1 ** 2, or ____ here.\n", ""},
		{"one dash against a word", "## Why?\n\nIt is well\n-known.\n", ""},
		{"a list", "## Why?\n\n- cash\n- gifts\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			md := tt.md
			if !strings.HasPrefix(md, "#Facts") {
				md = "# Title\n\n" + md
			}
			_, ps := parseFAQ("faq.md", []byte(md))
			got := ""
			if ps != nil {
				got = ps.Error()
			}
			if !strings.HasPrefix(got, tt.want) || tt.want == "" && got != "" {
				t.Errorf("got  %q\nwant %q…", got, tt.want)
			}
		})
	}
}

// A comment is a note to the writers, dropped wherever it stands; one never closed, which
// Markdown reads on to the end of the file (or prints as written inside a paragraph), and words
// after a comment's --> on its line, which Markdown drops with it, are refused at their line,
// as is every other block that would take the lines after it (a code fence, HTML) unprinted.
func TestCommentsDropNothingElse(t *testing.T) {
	const close = " (close it with --> where the note ends, or delete it)"
	// want: the error, or, for "", what the answers print, joined by "|"
	for _, tt := range []struct{ name, md, want, prints string }{
		{"a comment on its own line", "## Why?\n\nBecause.\n\n<!-- TODO: check with Sam -->\n\n## How?\n\nSo.\n", "", "Because.|So."},
		{"a comment of lines", "## Why?\n\n<!-- TODO:\ncheck with Sam -->\nBecause.\n", "", "Because."},
		{"a comment in a paragraph", "## Why?\n\nBecause. <!-- check with Sam -->So.\n", "", "Because. So."},
		{"a comment in a list's item", "## Why?\n\n- cash\n  <!-- check -->\n- gifts\n", "", "cash|gifts"},
		{"a comment's opener escaped", "## Why?\n\nWrite \\<!-- to start a note.\n", "", "Write <!-- to start a note."},
		{"never closed", "## Why?\n\nBecause.\n\n<!-- TODO: check the hours with Sam\n\n## How?\n\nSo.\n\n## Thanks\n\nBye.\n\n",
			`faq.md:7: the comment "<!-- TODO: check the hours with Sam" is never closed: lines 8 to 15 after it would not print, as Markdown reads them as part of it` + close, ""},
		{"never closed, last", "## Why?\n\nBecause.\n\n<!-- TODO", `faq.md:7: the comment "<!-- TODO" is never closed` + close, ""},
		{"never closed in a list's item", "## Why?\n\n- cash\n\n  <!-- check\n- gifts\n", `faq.md:7: the comment "<!-- check" is never closed` + close, ""},
		{"never closed in a paragraph", "## Why?\n\nAnyone can call. <!-- check this with Sam\nand Jo.\n",
			`faq.md:5: the comment "<!-- check this with Sam" is never closed: it would print as written` + close, ""},
		{"closed in the next paragraph", "## Why?\n\nBecause. <!-- check\n\nwith Sam -->\n", `faq.md:5: the comment "<!-- check" is never closed: it would print as written`, ""},
		{"never closed in a question", "## Why? <!-- check\n\nBecause.\n", `faq.md:3: the comment "<!-- check" is never closed: it would print as written`, ""},
		{"words after it", "## Why?\n\n<!-- check --> Anyone can call.\n\nBecause.\n",
			`faq.md:5: "Anyone can call.", after the comment's -->, would not print: Markdown reads the whole line a comment closes on as part of it (put the words on a line of their own, under the comment)`, ""},
		{"words after a comment of lines", "## Why?\n\n<!-- check\nwith Sam --> Anyone can call.\n\nBecause.\n", `faq.md:6: "Anyone can call.", after the comment's -->`, ""},
		{"an empty comment", "## Why?\n\n<!--> Anyone can call.\n\nBecause.\n", `faq.md:5: "Anyone can call.", after the comment's -->`, ""},
		{"a code fence never closed", "## Why?\n\n```\nBecause.\n\n## How?\n\nSo.\n", "faq.md:5: a code block (text indented by 4 spaces or between ```) would not print as written", ""},
		{"a div never closed", "## Why?\n\nBecause.\n\n<div>\nSo.\n", "faq.md:7: HTML would not print as written", ""},
		{"details never closed", "## Why?\n\nBecause.\n\n<details>\n\nSo.\n", "faq.md:7: HTML would not print as written", ""},
		{"a script never closed", "## Why?\n\nBecause.\n\n<script>\n\n## How?\n\nSo.\n", "faq.md:7: HTML would not print as written", ""},
		{"a style never closed", "## Why?\n\nBecause.\n\n<style>\n\n## How?\n\nSo.\n", "faq.md:7: HTML would not print as written", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			faq, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tt.md))
			got := ""
			if ps != nil {
				got = ps.Error()
			}
			if !strings.HasPrefix(got, tt.want) || tt.want == "" && got != "" {
				t.Errorf("got  %q\nwant %q…", got, tt.want)
			}
			if tt.want != "" {
				return
			}
			var printed []string // nothing after the comment is lost, and the comment does not print
			for _, q := range faq.Questions {
				for _, p := range q.Answer {
					printed = append(printed, p.Text)
				}
			}
			if got := strings.Join(printed, "|"); got != tt.prints {
				t.Errorf("the answers print %q, want %q", got, tt.prints)
			}
		})
	}
}

// A line "[label]: address" gives the address of links written [words][label] or [label], and
// prints nothing: one that no link uses ("[Office]: 614-276-2270", meant as text) is refused with
// the text to write, as is a second line of one label, which no link opens; one used passes.
func TestLinkDefinitionsPrintNothing(t *testing.T) {
	const unused = `faq.md:%d: "%s" is read as the address of links written [%s], and no link uses it: it would not print (to print it, write it as text, without the brackets: %s; or write [words][%s] where a link should open it)`
	for _, tt := range []struct{ name, md, want string }{
		{"an office's number", "## Why?\n\nCall us.\n\n[Office]: 614-276-2270\n[Hours]: 9am-5pm\n",
			fmt.Sprintf(unused, 7, "[Office]: 614-276-2270", "Office", "Office: 614-276-2270", "Office") + "\n" + fmt.Sprintf(unused, 8, "[Hours]: 9am-5pm", "Hours", "Hours: 9am-5pm", "Hours")},
		{"on two lines", "## Why?\n\n[Hours]:\n9am-5pm\nWeekdays.\n", fmt.Sprintf(unused, 5, "[Hours]: 9am-5pm", "Hours", "Hours: 9am-5pm", "Hours")},
		{"in a list", "## Why?\n\n- [Office]: 614-276-2270\n- Hours: 9am-5pm\n", fmt.Sprintf(unused, 5, "[Office]: 614-276-2270", "Office", "Office: 614-276-2270", "Office")},
		{"an address no link uses", "## Why?\n\nSee our list.\n\n[1]: https://samples.org/list\n", fmt.Sprintf(unused, 7, "[1]: https://samples.org/list", "1", "1: https://samples.org/list", "1")},
		{"two of one label", "## Why?\n\nSee [our list][1].\n\n[1]: https://samples.org/list\n[1]: https://samples.org/food\n",
			`faq.md:8: "[1]: https://samples.org/food" gives again the address of links written [1], which line 7 gives: they open that one, and this line would not print (delete one of the two lines, or give this one another label and use it in a link: [words][other label])`},
		{"used", "## Why?\n\nSee [our list][1].\n\n[1]: https://samples.org/list\n", ""},
		{"used by its words", "## Why?\n\nSee [Our  List].\n\n[our list]: https://samples.org/list\n", ""},
		{"used collapsed", "## Why?\n\nSee [our list][].\n\n[Our list]: https://samples.org/list\n", ""},
		{"used before the question it stands under", "## Why?\n\nSee [our list][1].\n\n## How?\n\nSo.\n\n[1]: https://samples.org/list\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tt.md))
			got := ""
			if ps != nil {
				got = ps.Error()
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// A --- (or ===) line right under an answer, as a writer sets answers apart, makes the answer a
// heading: it is refused at that line, not as a question with no answer and a heading with no
// '?'. A question or a closing heading written underlined is one.
func TestUnderlinedParagraph(t *testing.T) {
	const refused = `the line "%s" right under the paragraph on line %d makes that paragraph a heading: Markdown reads such a line under text as underlining it (delete the line: haven prints no lines across the page, and sets each question apart by its heading)`
	for _, tt := range []struct{ name, md, want string }{
		{"under an answer", "## Why?\n\nBecause.\n---\n\n## How?\n\nSo.\n", "faq.md:6: " + fmt.Sprintf(refused, "---", 5)},
		{"equals signs", "## Why?\n\nBecause.\n===\n\n## How?\n\nSo.\n", "faq.md:6: " + fmt.Sprintf(refused, "===", 5)},
		{"under two lines", "## Why?\n\nBecause.\nIt is.\n-----\n\n## How?\n\nSo.\n", "faq.md:7: " + fmt.Sprintf(refused, "-----", 5)},
		{"under the last answer", "## Why?\n\nBecause.\n---\n", "faq.md:6: " + fmt.Sprintf(refused, "---", 5)},
		{"under the introduction", "Hello.\n---\n\n## Why?\n\nBecause.\n", "faq.md:4: " + fmt.Sprintf(refused, "---", 3)},
		{"a question underlined", "Why?\n---\n\nBecause.\n\n## How?\n\nSo.\n", ""},
		// === as Google Docs underlines, as --- is: the line under the title makes no second one
		{"a question underlined with ===", "Why?\n===\n\nBecause.\n\n## How?\n\nSo.\n", ""},
		{"the closing heading underlined", "## Why?\n\nBecause.\n\nThanks\n---\n\nBye.\n", ""},
		{"the closing heading underlined with ===", "## Why?\n\nBecause.\n\nThanks\n======\n\nBye.\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			faq, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tt.md))
			got := ""
			if ps != nil {
				got = ps.Error()
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			// each ? is a question's
			if got == "" && (len(faq.Questions) != strings.Count(tt.md, "?") || !strings.Contains(tt.md, "Thanks") != (faq.ClosingTitle.Text == "")) {
				t.Errorf("%d questions and the closing %q", len(faq.Questions), faq.ClosingTitle.Text)
			}
		})
	}
}

// Asterisks between two digits print as written, as a sum reads ("5*4*3"), where CommonMark
// would set the digits between them in italic or bold; emphasis around or beside numbers
// works as before.
func TestStarsBetweenDigitsPrintAsWritten(t *testing.T) {
	for _, tt := range []struct{ md, text string }{
		{"It is 5*4*3 today.", "It is 5*4*3 today."},
		{"Count 2**3**4 here.", "Count 2**3**4 here."},
		{"Pay 2*3 = 6, 4*5 and 7***8 no.", "Pay 2*3 = 6, 4*5 and 7***8 no."},
		{"It is *5*4* now.", "It is " + ItalicOn + "5*4" + ItalicOff + " now."},
		{"See 5*4*3 and **bold** *it*.", "See 5*4*3 and " + BoldOn + "bold" + BoldOff + " " + ItalicOn + "it" + ItalicOff + "."},
		{"Call **911** or *text*.", "Call " + BoldOn + "911" + BoldOff + " or " + ItalicOn + "text" + ItalicOff + "."},
		{"A *b*c and a*b*c.", "A " + ItalicOn + "b" + ItalicOff + "c and a" + ItalicOn + "b" + ItalicOff + "c."},
	} {
		p, err := loadFirstAnswer(t, tt.md+"\n\nNext.")
		if err != "" {
			t.Errorf("%q: %s", tt.md, err)
			continue
		}
		if p.Text != tt.text {
			t.Errorf("%q prints %q, want %q", tt.md, p.Text, tt.text)
		}
	}
}

// Two questions asking the same, whatever their capitals and spaces, are refused at the second
// with the first's line named; so are "Question 3:" headings that only their number told apart
// (haven takes the number off, and the headings would print the same). Questions that differ
// pass, numbers and all.
func TestSameQuestionTwice(t *testing.T) {
	for _, tt := range []struct{ name, md, want string }{
		{"the same question", "## Who can call?\n\nAnyone.\n\n## Why?\n\nBecause.\n\n## Who can  CALL?\n\nAnyone at all.\n",
			`faq.md:11: question 3: asks the same as question 1 (line 3): "Who can  CALL?" (write each question once: merge the two answers under one heading, or reword one of them)`},
		{"told apart by their numbers only", "## Question 1: what happens when I call?\n\nWe listen.\n\n## Question 2: what happens when I call?\n\nWe talk.\n",
			`faq.md:7: question 2: asks the same as question 1 (line 3): "what happens when I call?" (once haven takes off the number "Question 2:", as it numbers the questions itself)`},
		{"numbered, each its own", "## Question 1: who can call?\n\nAnyone.\n\n## Question 2: what happens when I call?\n\nWe listen.\n", ""},
		{"one word apart", "## Who can call?\n\nAnyone.\n\n## Who can text?\n\nAnyone.\n", ""},
		{"capitals of another script, and the third of three", "## ¿Qué ES la trata?\n\nUn delito.\n\n## ¿Quién llama?\n\nNadie.\n\n## ¿qué es LA TRATA?\n\nOtro.\n",
			`faq.md:11: question 3: asks the same as question 1 (line 3): "¿qué es LA TRATA?" (write each question once: merge the two answers under one heading, or reword one of them)`},
		{"Greek final sigma", "## ΤΙ ΕΊΝΑΙ Ο ΝΌΜΟΣ;\n\nΚανόνας.\n\n## Τι είναι ο νόμος;\n\nΆλλο.\n",
			`faq.md:7: question 2: asks the same as question 1 (line 3): "Τι είναι ο νόμος;" (write each question once: merge the two answers under one heading, or reword one of them)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tt.md))
			got := ""
			if ps != nil {
				got = ps.Error()
			}
			if !strings.HasPrefix(got, tt.want) || tt.want == "" && got != "" {
				t.Errorf("got  %q\nwant %q…", got, tt.want)
			}
		})
	}
}

// A question too long to print is refused as that question, counted as one: no "no questions
// found" beside it, and the questions after it numbered as written.
func TestOverLongQuestion(t *testing.T) {
	long := strings.Repeat("Why is this so long ", 16) + "?"
	for _, tt := range []struct{ name, md, want string }{
		{"the only question", "## " + long + "\n\nAnswer.\n\n## Final\n\nBye.\n",
			"faq.md:3: question 1: is 321 characters long; no place haven prints it holds more than a few lines of it (shorten it to under 300 characters)"},
		{"then another", "## " + long + "\n\nAnswer.\n\n## Who can call?\n\nAnyone.\n\n## Who can  CALL?\n\nAll.\n",
			"faq.md:3: question 1: is 321 characters long; no place haven prints it holds more than a few lines of it (shorten it to under 300 characters)\n" +
				`faq.md:11: question 3: asks the same as question 1 (line 7): "Who can  CALL?"`},
		{"a closing section", "## Who can call?\n\nAnyone.\n\n## " + strings.Repeat("Thanks ", 50) + "\n\nBye.\n",
			"faq.md:7: heading: is 349 characters long"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tt.md))
			var got []string
			for _, p := range ps {
				got = append(got, p.Error())
			}
			if all := strings.Join(got, "\n"); !strings.HasPrefix(all, tt.want) || strings.Contains(all, "no questions found") {
				t.Errorf("got  %q\nwant %q…", all, tt.want)
			}
		})
	}
}

// A web address an answer writes without a link, with https:// or www., is a link that opens
// exactly what it shows (https:// added to www.), without the punctuation that ends the
// sentence; http://, an address without www. or a scheme, one running into emphasis, one inside
// a writer's link and any in a heading stay text.
func TestBareAddressesAreLinks(t *testing.T) {
	for _, tt := range []struct {
		name, md string
		want     [][2]string // each link's words and address, in order
	}{
		{"www. and https://", "## Why?\n\nSee www.samples.org/help, or https://samples.org/a?b=1.\n",
			[][2]string{{"www.samples.org/help", "https://www.samples.org/help"}, {"https://samples.org/a?b=1", "https://samples.org/a?b=1"}}},
		{"against Chinese words, without a space", "## 为什么?\n\n请访问https://samples.org/resources。\n",
			[][2]string{{"https://samples.org/resources", "https://samples.org/resources"}}},
		{"before a Chinese full stop and a full-width comma", "## 为什么?\n\n请访问 https://samples.org/resources。或 www.samples.org/help，好。\n",
			[][2]string{{"https://samples.org/resources", "https://samples.org/resources"}, {"www.samples.org/help", "https://www.samples.org/help"}}},
		{"in brackets and bold", "## Why?\n\n(see www.samples.org/a_(b)) and **www.samples.org**.\n",
			[][2]string{{"www.samples.org/a_(b)", "https://www.samples.org/a_(b)"}, {"www.samples.org", "https://www.samples.org"}}},
		{"beside a writer's link, in order", "## Why?\n\nSee www.one.org, [two](https://two.org) and www.three.org\n",
			[][2]string{{"www.one.org", "https://www.one.org"}, {"two", "https://two.org"}, {"www.three.org", "https://www.three.org"}}},
		{"the writer's link words", "## Why?\n\nSee [www.one.org](https://www.one.org/x).\n", [][2]string{{"www.one.org", "https://www.one.org/x"}}},
		{"forms left as text", "## Why?\n\nNot http://samples.org, samples.org, Node.js, safety.Call, www.samples.org/*page* or a/www.x.org.\n", nil},
		{"in a heading", "## Is www.samples.org yours?\n\nYes.\n", nil},
		{"email addresses", "## Why?\n\nWrite to help@samples.org or (intake.team@shelter-services.samples.org), **a@b.org**.\n",
			[][2]string{{"help@samples.org", "mailto:help@samples.org"}, {"intake.team@shelter-services.samples.org", "mailto:intake.team@shelter-services.samples.org"}, {"a@b.org", "mailto:a@b.org"}}},
		{"an email address in a writer's link", "## Why?\n\n[help@samples.org](mailto:help@samples.org), [write](mailto:a@b.org) a@b.org\n",
			[][2]string{{"help@samples.org", "mailto:help@samples.org"}, {"write", "mailto:a@b.org"}, {"a@b.org", "mailto:a@b.org"}}},
		{"no email addresses", "## Why?\n\nFollow @haven, see x.org/@user, meet @ 5, write to a@b.\n", nil},
		// an address with a letter or an apostrophe beyond ASCII is no part of another: left as text
		{"email addresses with an apostrophe or an accent", "## Why?\n\nWrite to o'brien@samples.org, dana.o’neil@samples.org or renée.dupont@samples.org.\n",
			[][2]string{{"o'brien@samples.org", "mailto:o'brien@samples.org"}}},
		{"email address against Chinese words", "## 为什么?\n\n发邮件至help@samples.org即可。\n", [][2]string{{"help@samples.org", "mailto:help@samples.org"}}},
		{"email address in curly quotes", "## Why?\n\nEmail ‘help@samples.org’ today.\n", [][2]string{{"help@samples.org", "mailto:help@samples.org"}}},
		{"email address with a Korean particle", "## 왜?\n\n메일 help@samples.org로 보내세요.\n", [][2]string{{"help@samples.org", "mailto:help@samples.org"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			faq, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tt.md))
			if ps != nil {
				t.Fatal(ps)
			}
			var got [][2]string
			for _, l := range faq.Questions[0].Answer[0].Links {
				got = append(got, [2]string{l.Text, l.URL})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("links %q, want %q", got, tt.want)
			}
			if p := faq.Questions[0].Answer[0]; len(p.pieces) != len(p.Links)+1 {
				t.Errorf("%d pieces for %d links", len(p.pieces), len(p.Links))
			}
		})
	}
}

// In a script written without a question mark by custom (Thai, Karen), a heading with text
// under it before another heading is a question, whatever word it asks with; the last is the
// closing section. A heading that lost its '?' in a language that writes one is still said.
func TestQuestionsWithoutAMark(t *testing.T) {
	for _, tt := range []struct {
		name, md  string
		questions []string
		closing   string
		err       string
	}{
		{"Thai, a question without ไหม", "## เหยื่อทุกคนถูกคนแปลกหน้าพาตัวไปใช่ไหม\n\nไม่\n\n## การชักชวนเกิดขึ้นที่ไหน\n\nในโรงเรียน\n\n## ส่งท้าย\n\nโทรหาเรา\n",
			[]string{"เหยื่อทุกคนถูกคนแปลกหน้าพาตัวไปใช่ไหม", "การชักชวนเกิดขึ้นที่ไหน"}, "ส่งท้าย", ""},
		{"Karen", "## ပှၤဘၣ်တၢ်မၤဆူးမၤဆါခဲလၢာ် ဘၣ်ပှၤတသ့ၣ်ညါဟဲစိာ်အီၤဧါ.\n\nတမ့ၢ်ဘၣ်.\n\n## တၢ်ထၢပှၤ မၤအသးလၢလဲၣ်.\n\nလၢကွၢ်.\n\n## တၢ်ကတိၤကတၢၢ်\n\nကိးဘၣ်ပှၤ.\n",
			[]string{"ပှၤဘၣ်တၢ်မၤဆူးမၤဆါခဲလၢာ် ဘၣ်ပှၤတသ့ၣ်ညါဟဲစိာ်အီၤဧါ.", "တၢ်ထၢပှၤ မၤအသးလၢလဲၣ်."}, "တၢ်ကတိၤကတၢၢ်", ""},
		{"Thai, a question mostly in a product's Latin name", "## ดาวน์โหลด Signal Private Messenger ได้ที่ไหน\n\nที่ร้านแอป\n\n## ส่งท้าย\n\nโทรหาเรา\n",
			[]string{"ดาวน์โหลด Signal Private Messenger ได้ที่ไหน"}, "ส่งท้าย", ""},
		{"Thai, its last question its closing section", "## การชักชวนเกิดขึ้นที่ไหน\n\nในโรงเรียน\n\n## ส่งท้าย\n\nโทรหาเรา\n",
			[]string{"การชักชวนเกิดขึ้นที่ไหน"}, "ส่งท้าย", ""},
		{"English, a question without its '?'", "## Who can call?\n\nAnyone.\n\n## Is it free\n\nYes.\n\n## Thank you\n\nCall us.\n",
			nil, "", `"Is it free" has no '?', so it is read as the closing section, but more headings follow it`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			faq, ps := parseFAQ("faq.md", []byte("# Title\n\nIntro.\n\n"+tt.md))
			if tt.err != "" {
				if !strings.Contains(fmt.Sprint(ps), tt.err) {
					t.Fatalf("problems %v, want %q", ps, tt.err)
				}
				return
			}
			if len(ps) > 0 {
				t.Fatal(ps)
			}
			var got []string
			for _, q := range faq.Questions {
				got = append(got, q.Question.Text)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.questions) || faq.ClosingTitle.Text != tt.closing {
				t.Errorf("questions %q, closing %q; want %q, %q", got, faq.ClosingTitle.Text, tt.questions, tt.closing)
			}
		})
	}
}

// A site generator's front matter at the top of faq.md (--- lines around names and values) is
// left out with a warning, every line after it keeping its number; a --- line above text is a
// rule, refused as before.
func TestFrontMatter(t *testing.T) {
	faq, ps := parseFAQ("faq.md", []byte("---\ntitle: FAQ\nlang: en\n---\n\n# Title\n\nIntro.\n\n## Who can call?\n\nAnyone.\n"))
	if len(ps) > 0 || faq.Title.Text != "Title" || faq.Title.Line != 6 || len(faq.Questions) != 1 || faq.Questions[0].Question.Line != 10 {
		t.Errorf("front matter: %v, title %+v, questions %+v", ps, faq.Title, faq.Questions)
	}
	if !strings.Contains(faq.warnings.Error(), "faq.md:1: lines 1 to 4, between --- lines, are a site generator's front matter") {
		t.Errorf("no warning of the front matter: %v", faq.warnings)
	}
	_, ps = parseFAQ("faq.md", []byte("---\nSome text.\n---\n\n# Title\n\n## Who?\n\nAnyone.\n"))
	if !strings.Contains(ps.Error(), "a horizontal rule") {
		t.Errorf("a rule above text: %v", ps)
	}
}

// A paragraph with a word processor's first-line indent, a tab, saved as text, reads as a
// paragraph, not as code; a tab under an item of a list still nests in it.
func TestFirstLineTab(t *testing.T) {
	faq, ps := parseFAQ("faq.md", []byte("# Title\n\n\tIntro, indented.\n\n## Who can call?\n\n\tAnyone, at any hour.\n\n- An item\n\n\tits second paragraph\n"))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	if got := faq.Intro[0].Text; got != "Intro, indented." {
		t.Errorf("intro %q", got)
	}
	a := faq.Questions[0].Answer
	if len(a) != 3 || a[0].Text != "Anyone, at any hour." || a[2].Level != 1 || a[2].Mark != "" {
		t.Errorf("answer %+v", a)
	}
}

// A title line with no words after its '# ' is told at that line, once, not as a file that
// starts without a title at the first text after it.
func TestEmptyTitle(t *testing.T) {
	_, ps := parseFAQ("faq.md", []byte("# \n\nIntro.\n\n## Who can call?\n\nAnyone.\n"))
	if len(ps) != 1 || !strings.Contains(ps.Error(), "faq.md:1: title: the title line '# ' has no words") {
		t.Errorf("got %v", ps)
	}
}

// Lines a writer typed one under another (opening hours, an address) print one under another,
// as a hard line break does, where the next line's first word would have fitted on the line
// before: Markdown's soft line break would run them together. A paragraph an editor or an
// e-mail wrapped never leaves that room, and prints as one.
func TestLinesTypedApart(t *testing.T) {
	wrapped := "Most victims of trafficking know the person who exploits them: a partner,\n" +
		"a relative, an employer or a friend. Strangers are the exception, and the\n" +
		"signs are often small, so trust what you see and call us when in doubt."
	handWrapped := "When you text us, a trained volunteer reads your\n" +
		"message and writes back, usually within five minutes. You do not\n" +
		"have to give your name, and you can stop at any time. Last year\n" +
		"the line answered more than 2,000 texts from our county alone, and\n" +
		"most people said it helped."
	for _, tt := range []struct{ name, md, want string }{
		{"opening hours", "Monday–Friday: 9am–5pm\nSaturday: 10am–2pm\nSunday: closed", "Monday–Friday: 9am–5pm\nSaturday: 10am–2pm\nSunday: closed"},
		{"an address", "Riverside Family Shelter\n1234 Summit Street\nToledo, OH 43604", "Riverside Family Shelter\n1234 Summit Street\nToledo, OH 43604"},
		{"wrapped at 72 columns", wrapped, strings.ReplaceAll(wrapped, "\n", " ")},
		{"wrapped by hand, unevenly", handWrapped, strings.ReplaceAll(handWrapped, "\n", " ")},
		{"wrapped at 60, an address alone on a line wider", "If you are not sure whether you should call, read our guide at\nhttps://www.riversidefamilyshelter.org/resources/when-to-call-us-for-help\nor ask a friend you trust to read it with you and then call us.",
			"If you are not sure whether you should call, read our guide at https://www.riversidefamilyshelter.org/resources/when-to-call-us-for-help or ask a friend you trust to read it with you and then call us."},
		{"wide characters", "我们的热线全天开放，您可以随时打电话给我们，我们会认真倾听您的情况并帮助您。\n所有服务都是免费的。", "我们的热线全天开放，您可以随时打电话给我们，我们会认真倾听您的情况并帮助您。 所有服务都是免费的。"},
		{"a list item's lines", "- Photo ID\n  (a passport or a licence)\n- Medications", "Photo ID\n(a passport or a licence)"},
		{"a link's words", "See [our\nlist](https://example.org/list).", "See our list."},
		{"a number across the line", "Call (888)\n373-7888 or 1-888-\n373-7888.", "Call (888) 373-7888 or 1-888-373-7888."},
		{"a hard break", "Line one  \nline two", "Line one\nline two"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			faq, ps := parseFAQ("faq.md", []byte("# Title\n\n## Question?\n\n"+tt.md+"\n"))
			if ps != nil {
				t.Fatal(ps)
			}
			if got := faq.Questions[0].Answer[0].Text; got != tt.want {
				t.Errorf("%q reads\n%q, want\n%q", tt.md, got, tt.want)
			}
		})
	}
}

// A paragraph that begins with a year or a count and a full stop ("2027. This year…") is a list
// of one item to Markdown, numbered so: it is warned of, with the backslash to write. A list of
// steps, one going on after a paragraph, and an item numbered as a question are not.
func TestYearReadAsAList(t *testing.T) {
	twenty := ""
	for i := 1; i <= 20; i++ {
		twenty += fmt.Sprintf("%d. Step\n", i)
	}
	for _, tt := range []struct{ name, md, want string }{
		{"a year in the introduction", "2027. This year we are adding twenty new beds.\n\n## Is it free?\n\nYes.\n",
			`faq.md:3: "2027. This year we are adding twenty new beds." prints as an item of a list, numbered 2027, not as a sentence: Markdown reads a number and a full stop at the start of a paragraph as a list's (to print it as a sentence, write a backslash before the full stop: 2027\. This year we …)`},
		{"a year in an answer, on two lines", "## Is it free?\n\nYes.\n\n1998. That's when we started.\nWe have grown since.\n",
			`faq.md:7: "1998. That's when we started." prints as an item of a list, numbered 1998`},
		{"a count with a bracket", "## Is it free?\n\n500) families came last year.\n",
			`(to print it as a sentence, write a backslash before the bracket: 500\) families came last …)`},
		{"escaped", "## Is it free?\n\n2027\\. This year we add beds.\n", ""},
		{"a list of steps", "## Is it free?\n\n1. Call.\n2. Come.\n", ""},
		{"a step going on after a paragraph", "## Is it free?\n\n1. Call.\n2. Come.\n\nThen wait.\n\n3. Third step.\n", ""},
		{"a list of twenty going on after a paragraph", "## Is it free?\n\n" + twenty + "\nThen wait.\n\n21. Rest.\n", ""},
		{"one item numbered low", "## Is it free?\n\n5. Fifth step.\n", ""},
		{"a question numbered so", "## Is it free?\n\nYes.\n\n25. Can I come?\n\nYes.\n", `"25. Can I come?" prints as a numbered item of the answer above, not as a question`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			faq, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tt.md))
			if ps != nil {
				t.Fatal(ps)
			}
			got := ""
			if len(faq.warnings) > 0 {
				got = faq.warnings.Error()
			}
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) || len(faq.warnings) > 1 {
				t.Errorf("warnings %q, want one with %q", got, tt.want)
			}
		})
	}
}
