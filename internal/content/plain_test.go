package content

import (
	"strings"
	"testing"
)

// A number is read as a reader sees it on paper: across emphasis, in the digits of any script,
// with a letter of another script that looks like O typed for a zero. Each slip is named as in
// ASCII, quoting the number as written; the right number in those digits passes.
func TestSlipsAsAReaderSeesThem(t *testing.T) {
	us := Settings{Hotline: Hotline{Call: loc("hotline.call", "1-888-373-7888"), Text: loc("hotline.text", "233733"), Emergency: loc("hotline.emergency", "911")}}
	for _, tt := range []struct {
		text string
		want []string // the problems, in order: the field named, or a part of the message
	}{
		{"If a child is in danger, call " + BoldOn + "912" + BoldOff + " right away.", []string{"hotline.emergency"}},
		{"If you are hurt, " + ItalicOn + "call" + ItalicOff + " 912.", []string{"hotline.emergency"}},
		{"Call " + BoldOn + "911" + BoldOff + " or " + BoldOn + "1-888-373-7888" + BoldOff + ".", nil},
		{"Call 1-888-" + BoldOn + "373-7889" + BoldOff + ".", []string{`"1-888-373-7889" is partly in bold or italic`, "hotline.call"}},
		{"Text HELP to " + BoldOn + "2337" + BoldOff + "34.", []string{`"233734" is partly in bold or italic`, "hotline.text"}},
		{"Call 1-888-" + ItalicOn + "373-7888" + ItalicOff + ".", []string{`"1-888-373-7888" is partly in bold or italic`}},
		{"Call 1-888-373-\n7889 any time.", []string{`"1-888-373-\n7889" is broken across two lines`, "hotline.call"}},
		{"Call 1-888-373-7888\n233733 is our text line.", nil},
		// digits each side of a line break that prints (a hard one, a line of a | text, a
		// blank line, a line indented further after >) are one number where they make one
		{"Call 1-888-373-7\n889 now.", []string{"hotline.call", `"1-888-373-7\n889" is broken across two lines`}},
		{"Text HELP to 2337\n34 now.", []string{"hotline.text", `"2337\n34" is broken across two lines`}},
		{"In danger, call 9\n12 right away.", []string{"hotline.emergency", `"9\n12" is broken across two lines`}},
		{"Office 1 888 373\n7889", []string{"hotline.call", `"1 888 373\n7889" is broken across two lines`}},
		{"Office 1-888-373-7\n  889", []string{"hotline.call", `"1-888-373-7\n  889" is broken across two lines`}},
		{"In danger call 9\n\n12 now", []string{"hotline.emergency", `"9\n\n12" is broken across two lines`}},
		{"اتصل على ٩\n١٢ الآن", []string{"hotline.emergency", `"٩\n١٢" is broken across two lines`}},
		{"Call 1-888-373-7\n888 now.", []string{`"1-888-373-7\n888" is broken across two lines`}},
		{"In danger, call 9\n11 now.", []string{`"9\n11" is broken across two lines`}},
		{"Call 1-888-373-" + BoldOn + "7\n889" + BoldOff + " now.", []string{`"1-888-373-7\n889" is partly in bold or italic`, "hotline.call", `"1-888-373-7\n889" is broken across two lines`}},
		// and each side's own where they do not
		{"Since 2019\n911 calls came in.", nil},
		{"We opened in 2019\n120 families came.", nil},
		{"Open since 1998\n8 staff answer.", nil},
		{"Call 1-888-373-7888\n1-800-799-7233 is another line.", nil},
		{"Call 1-888-373-7888\n7 days a week.", nil},
		{"Text HELP to 233733\n24/7.", nil},
		{"Call 911\n1 in 4 called.", nil},
		{"Room 9\n12 beds.", nil},
		{"Room 9\n11 beds.", nil},
		{"Mon–Fri 9–5\n24 hours on weekends.", nil},
		{"In danger, call 912\n2024 was a busy year.", []string{"hotline.emergency"}},
		{"اتصل على ١-٨٨٨-٣٧٣-٧٨٨٩ الآن", []string{"hotline.call"}},
		{"اتصل على ١-٨٨٨-٣٧٣-٧٨٨٨ أو ٩١١.", nil},
		{"في خطر فوري اتصل على ٩١٢.", []string{"hotline.emergency"}},
		{"با ۱-۸۸۸-۳۷۳-۷۸۸۹ تماس بگیرید.", []string{"hotline.call"}},
		{"请拨打１-８８８-３７３-７８８９。", []string{"hotline.call"}},
		{"请拨打１-８８８-３７３-７８８８。", nil},
		{"कॉल करें १-८८८-३७३-७८८९", []string{"hotline.call"}},
		{"Call 1-8\u041e\u041e-373-7888.", []string{"the Cyrillic letter О (U+041E) among its digits; write 0: 1-800-373-7888"}},
		{"Call 1-888-373-78\u039f8.", []string{"the Greek letter Ο (U+039F) among its digits; write 0: 1-888-373-7808", "hotline.call"}},
		{"Call 1-8OO-373-7888.", []string{"the letter O among its digits"}},
		// one slip hidden by a character that prints like its digit: both are said
		{"Anyone can call 1-888-373-7\u041788 now, or 1-888-373-7888.", []string{"the Cyrillic letter З (U+0417) among its digits; write 3: 1-888-373-7388", "hotline.call"}},
		{"ОТКРЫТО 24/7, звоните 1-888-373-7888.", nil},
		// Armenian's marks over a word are of the word: "զանգահարե՛ք" asks to call
		{"Անմիջապես զանգահարե՛ք 912։", []string{"hotline.emergency"}},
		{"Վտանգի մեջ ե՞ք, զանգահարե՛ք 912։", []string{"hotline.emergency"}},
		{"Վտանգի մե՞ջ եք։ Զանգահարե՜ք 912։", []string{"hotline.emergency"}},
		{"Անմիջապես զանգահարե՛ք 911 կամ 1-888-373-7888։", nil},
		{"Ունե՞ք 912 հարց։", nil},
	} {
		wantSlips(t, tt.text, slips(tt.text, "", us.Numbers(), true), tt.want)
	}
}

// Every script's digits read as their values.
func TestDigitValue(t *testing.T) {
	for _, zero := range []rune{'0', '٠', '۰', '०', '০', '௦', '๐', '０', '\U0001D7CE', '\U0001D7D8'} {
		for v := range 10 {
			if got := digitValue(zero + rune(v)); got != v && zero != '0' {
				t.Errorf("U+%04X: %d, want %d", zero+rune(v), got, v)
			}
		}
	}
}

// A slip in a paragraph of faq.md written over several lines, or hidden by emphasis or a hard
// line break, is named at the line it is on.
func TestFAQSlipAtItsLine(t *testing.T) {
	for _, tt := range []struct{ answer, want string }{
		{"Call us\nany time, or\nin danger call **912**. No. Most victims", `content/en/faq.md:15: answer 2[1]: "912" is one slip away from hotline.emergency 911`},
		{"Call us\nat 1-888-373-  \n7889 any time. No. Most victims", `content/en/faq.md:14: answer 2[1]: "1-888-373-\n7889" is broken across two lines: a number never breaks`},
		{"Call us at 1-888-373-\\\n7888 any time. No. Most victims", `content/en/faq.md:13: answer 2[1]: "1-888-373-\n7888" is broken across two lines`},
		{"Call *us* at\n1-888-**373**-7888. No. Most victims", `content/en/faq.md:14: answer 2[1]: "1-888-373-7888" is partly in bold or italic`},
		{"Call 1-888-373-7888,  \n911 in danger. No. Most victims", ""},
		{"Call us at 1-888-373-7  \n889 any time. No. Most victims", `content/en/faq.md:13: answer 2[1]: "1-888-373-7\n889" is broken across two lines: a number never breaks`},
		{"In danger call 9\\\n12. No. Most victims", `content/en/faq.md:13: answer 2[1]: "9\n12" (9 12) is one slip away from hotline.emergency 911`},
		{"We opened in 2019  \n120 families came. No. Most victims", ""},
		{"Call 1-888-373-7888\\\n1-800-799-7233 is another line. No. Most victims", ""},
		{"Call us at\n1-888-373-7889 24/7. No. Most victims", `content/en/faq.md:14: answer 2[1]: "1-888-373-7889" is one slip away from hotline.call 1-888-373-7888`},
		{"Call us at 1-888-373-7888 24/7. No. Most victims", ""},
	} {
		_, err := Load(firstAnswer(tt.answer)(t), "content", Overrides{})
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q refused: %v", tt.answer, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%q:\ngot  %v\nwant %s", tt.answer, err, tt.want)
		}
	}
}

// A link whose words write its number in another script's digits is compared by their values:
// the right number passes, a slip is refused as the link at odds with its words.
func TestFAQLinkInOtherDigits(t *testing.T) {
	for _, tt := range []struct{ link, want string }{
		{"[١-٨٨٨-٣٧٣-٧٨٨٨](tel:+18883737888)", ""},
		{"[１-８８８-３７３-７８８８](tel:+18883737888)", ""},
		{"[١-٨٨٨-٣٧٣-٧٨٨٩](tel:+18883737888)", "the link [١-٨٨٨-٣٧٣-٧٨٨٩](tel:+18883737888) shows a number but opens tel:+18883737888"},
	} {
		_, err := Load(firstAnswer("Reach "+tt.link+" any time. No. Most victims")(t), "content", Overrides{})
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s refused: %v", tt.link, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: got %v, want %s", tt.link, err, tt.want)
		}
	}
}

// A number broken across two lines is told what to do in the file's own terms: faq.md breaks
// a line at two spaces or a \ at its end (Markdown), a text of text.yaml or settings.yaml
// after | or |- at each of its lines (YAML), where "two spaces or a \" would mean nothing; each
// names the line the number begins on.
func TestBrokenNumberHintIsTheFiles(t *testing.T) {
	const markdown = "(write it on one line: delete the line break (two spaces or a \\ at the end of the line) inside it)"
	const yaml = "(write it on one line: join the two lines it is on (each line of a text after | or |- prints as a line; so does a blank line in any text, and after > a line indented further than the one before it))"
	for _, tt := range []struct {
		name, file, old, new, want string
	}{
		{"faq.md", "en/faq.md", "No. Most victims", "Call us at 1-888-373-  \n7888 any time. No. Most victims",
			`content/en/faq.md:13: answer 2[1]: "1-888-373-\n7888" is broken across two lines: a number never breaks ` + markdown},
		{"text.yaml, |-", "en/text.yaml", "  headline: Any child can be trafficked. Anyone can help.", "  headline: |-\n    Any child can be trafficked. Call 1-888-373-\n    7888 for help.",
			`content/en/text.yaml:65: poster.headline: "1-888-373-\n7888" is broken across two lines: a number never breaks ` + yaml},
		{"text.yaml, |", "en/text.yaml", "  note: You can report anonymously. Interpreters in more than 200 languages.", "  note: |\n    You can report anonymously at 1-888-\n    373-7888.",
			`content/en/text.yaml:19: help.note: "1-888-\n373-7888" is broken across two lines: a number never breaks ` + yaml},
		// between digits, not at a dash
		{"faq.md, a \\ between digits", "en/faq.md", "No. Most victims", "Call us at 1-888-373-7\\\n889 any time. No. Most victims",
			`content/en/faq.md:13: answer 2[1]: "1-888-373-7\n889" is broken across two lines: a number never breaks ` + markdown},
		{"text.yaml, |- between digits", "en/text.yaml", "  headline: Any child can be trafficked. Anyone can help.", "  headline: |-\n    Any child can be trafficked.\n    Text HELP to 233\n    734.",
			`content/en/text.yaml:66: poster.headline: "233\n734" is broken across two lines: a number never breaks ` + yaml},
		{"text.yaml, >- indented further", "en/text.yaml", "  note: You can report anonymously. Interpreters in more than 200 languages.", "  note: >-\n    Office 1-888-373-7\n      889",
			`content/en/text.yaml:19: help.note: "1-888-373-7\n  889" is broken across two lines: a number never breaks ` + yaml},
		{"text.yaml, a blank line", "en/text.yaml", "  note: You can report anonymously. Interpreters in more than 200 languages.", "  note: In danger call 9\n\n    12 now",
			`content/en/text.yaml:18: help.note: "9\n12" is broken across two lines: a number never breaks ` + yaml},
		{"a card's back, |-", "en/text.yaml", "  back_note: Free, confidential, 24/7, 200+ languages", "  back_note: |-\n    Office 1-888-373-78\n    89",
			`content/en/text.yaml:37: card.back_note: "1-888-373-78\n89" is broken across two lines: a number never breaks ` + yaml},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestHasWide(t *testing.T) {
	for _, tt := range []struct {
		s, set string
		want   bool
	}{
		{"call 988", otherSpaces, false},
		{"call\u00a0988", otherSpaces, true},
		{"Llame al 988, día y noche", otherSpaces, false}, // accents are not in the set
		{"title： Get help", colonLookalikes, true},
		{"title: Get help", colonLookalikes, false},
		{"", "｛｝", false},
		{"｛call｝", "｛｝", true},
	} {
		if got := hasWide(tt.s, tt.set); got != tt.want {
			t.Errorf("hasWide(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// wantSlips says where the slips found in text are not want, in order: each the field it is a
// slip of, or a part of its message.
func wantSlips(t *testing.T, text string, got []slip, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%q: got %+v, want %q", text, got, want)
		return
	}
	for i, s := range got {
		if s.near.Field != want[i] && !strings.Contains(s.wrong, want[i]) {
			t.Errorf("%q: problem %d is %+v, want %q", text, i+1, s, want[i])
		}
	}
}
