package content

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Lines pasted from a word processor's bulleted list ("• Your ID", "◦ ", "▪ ", "-" and a
// no-break space, dashes on two lines or more) read as a Markdown list, each item at its own
// line of faq.md, not as one run-on paragraph "• Your ID • A list of medicines".
func TestPastedBulletsReadAsAList(t *testing.T) {
	for _, tt := range []struct {
		md    string
		items []string // each item's text and line (the first answer starts at line 13)
	}{
		{"What to bring:\n• Your ID\n• A list of medicines\n• Insurance card", []string{"Your ID@14", "A list of medicines@15", "Insurance card@16"}},
		{"What to bring:\n\n▪\tYour ID\n▪\tInsurance card", []string{"Your ID@15", "Insurance card@16"}},
		{"Steps:\n\n-\u00a0Call us\n-\u00a0Wait for the team", []string{"Call us@15", "Wait for the team@16"}},
		{"Steps:\n\n– Call us\n– Wait for the team", []string{"Call us@15", "Wait for the team@16"}},
		{"Steps:\n\n• Call us\n  ◦ say where you are\n• Wait", []string{"Call us@15", "say where you are@16", "Wait@17"}},
		{"Steps:\n\n● Call us\n● Wait", []string{"Call us@15", "Wait@16"}},
		{"Steps:\n\n•Call us\n•Wait", []string{"Call us@15", "Wait@16"}},
		// a single dash line is prose: an attribution, not a list
		{"“You are not alone.”\n— A survivor", nil},
	} {
		for _, p := range answerItems(t, tt.md, tt.items) {
			if strings.ContainsAny(p.Text, "•▪●◦") || strings.Contains(p.Text, "-\u00a0") {
				t.Errorf("%q: prints the pasted bullet: %q", tt.md, p.Text)
			}
		}
	}
}

// A no-break space, or another Unicode space (U+3000, U+2003), where Markdown needs a space, as
// Word and Google Docs paste one: after a list's mark ("1." and one), in the indent of an item
// of a list inside one, before a question's "##", or alone on a line between paragraphs. Each
// reads as the space it looks like, not as text: a list, a question, two paragraphs.
func TestOtherSpacesReadAsSpaces(t *testing.T) {
	for _, tt := range []struct {
		md    string
		items []string // each item's mark, text and line (the first answer starts at line 13)
	}{
		{"Steps:\n\n1.\u00a0one\n2.\u00a0two", []string{"1.|one@15", "2.|two@16"}},
		{"Steps:\n\n1)\u3000one\n2)\u3000two", []string{"1)|one@15", "2)|two@16"}},
		{"Steps:\n\n*\u00a0one\n*\u00a0two", []string{"•|one@15", "•|two@16"}},
		{"Steps:\n\n•\u2003one\n•\u2003two", []string{"•|one@15", "•|two@16"}},
		{"Steps:\n\n- one\n\u00a0\u00a0- two\n- three", []string{"•|one@15", "–|two@16", "•|three@17"}},
		{"Steps:\n\n- one\n\u3000- two", []string{"•|one@15", "–|two@16"}},
		{"Steps:\n\n1. one\n\u00a0\u00a0\u00a0*\u00a0two", []string{"1.|one@15", "–|two@16"}},
		{"Choose:\n\na.\u00a0call\nb.\u00a0text", []string{"a.|call@15", "b.|text@16"}},
	} {
		for _, p := range answerItems(t, tt.md, tt.items) {
			if strings.ContainsFunc(p.Text, otherSpace) || strings.ContainsAny(p.Text, "*•") {
				t.Errorf("%q: prints %q", tt.md, p.Text)
			}
		}
	}
	for _, tt := range []struct{ md, question, paras string }{
		{"Yes.\n\n\u00a0## Is it safe?\n\nNo", "Is it safe?", "Yes."},
		{"Yes.\n\n\u3000## Is it safe?\n\nNo", "Is it safe?", "Yes."},
		{"Yes.\n\u00a0\u00a0\nMaybe.\n\u3000\nNo", "Can minors legally consent to commercial sex?", "Yes.|Maybe.|No. Most victims"},
	} {
		c, err := Load(firstAnswer(tt.md+". Most victims")(t), "content", Overrides{})
		if err != nil {
			t.Errorf("%q: %v", tt.md, err)
			continue
		}
		qs := c.Languages[0].FAQ.Questions
		var paras []string
		for _, p := range qs[1].Answer {
			paras = append(paras, p.Text[:min(len(p.Text), 16)])
		}
		if got := strings.Join(paras, "|"); got != tt.paras || qs[2].Question.Text != tt.question {
			t.Errorf("%q: answer %q, then question %q; want %q, then %q", tt.md, got, qs[2].Question.Text, tt.paras, tt.question)
		}
	}
}

// answerItems loads the default content with md before the second answer, checks its list
// items (each "text@line", or "mark|text@line") are items, and gives back the answer's
// paragraphs.
func answerItems(t *testing.T, md string, items []string) []Para {
	t.Helper()
	marked := len(items) > 0 && strings.Contains(items[0], "|") // each "mark|text@line"
	c, err := Load(firstAnswer(md+"\n\nNo. Most victims")(t), "content", Overrides{})
	if err != nil {
		t.Errorf("%q: %v", md, err)
		return nil
	}
	var got []string
	answer := c.Languages[0].FAQ.Questions[1].Answer
	for _, p := range answer {
		if p.Level > 0 && marked {
			got = append(got, fmt.Sprintf("%s|%s@%d", p.Mark, p.Text, p.Line))
		} else if p.Level > 0 {
			got = append(got, fmt.Sprintf("%s@%d", p.Text, p.Line))
		}
	}
	if strings.Join(got, "|") != strings.Join(items, "|") {
		t.Errorf("%q: items %q, want %q", md, got, items)
	}
	return answer
}

// A poster's fact or a card's line that starts with a pasted bullet prints without it, after
// haven's own.
func TestPastedBulletLeftOffOneLineTexts(t *testing.T) {
	for _, mark := range []string{"• ", "▪ ", "– ", "-\u00a0"} {
		fsys := edit(t, "en/text.yaml", "- Most victims know their trafficker.", "- "+mark+"Most victims know their trafficker.")
		c, err := Load(fsys, "content", Overrides{})
		if err != nil {
			t.Fatalf("%q: %v", mark, err)
		}
		if got := c.Languages[0].Text.Poster.Facts[0].Text; got != "Most victims know their trafficker." {
			t.Errorf("%q: poster fact %q", mark, got)
		}
	}
}

// Lines of one paragraph lettered or numbered in a row ("a. ", "b) ", "1- ") read as a list, each
// item at its own line with its own mark in place of a bullet ("• a. a romantic partner" doubles
// them), not as one run-on paragraph "a. a romantic partner b. an acquaintance"; steps named
// by a word ("Step 1: "), too wide to hang as a mark, each begin a line of their paragraph.
func TestListedLinesReadAsAList(t *testing.T) {
	for _, tt := range []struct {
		md    string
		items []string // each item's mark, text and line (the first answer starts at line 13)
		lines string   // or the paragraph, its lines broken where they begin
	}{
		{"Most know one of these:\n\na. a romantic partner\nb. an acquaintance\nc. a family member", []string{"a.|a romantic partner@15", "b.|an acquaintance@16", "c.|a family member@17"}, ""},
		{"Choose:\nA) call\nB) text", []string{"A)|call@14", "B)|text@15"}, ""},
		// Markdown's own numbers from another than 1 under a line of text, which CommonMark reads
		// as that paragraph's; from 1 or after a blank line they are its list, and one number
		// alone is prose
		{"Steps:\n5. call\n6) wait", nil, "Steps:\n5. call\n6) wait"},
		{"Steps:\n5. call\n6. wait\n7. talk", []string{"5.|call@14", "6.|wait@15", "7.|talk@16"}, ""},
		{"Steps:\n1. call\n2. wait", []string{"1.|call@14", "2.|wait@15"}, ""},
		{"Steps:\n\n5. call\n6. wait", []string{"5.|call@15", "6.|wait@16"}, ""},
		{"Over the last twelve months our shelter and its volunteers have served\n12. That was a good year.", nil, "Over the last twelve months our shelter and its volunteers have served 12. That was a good year."},
		{"Steps:\n1- call\n2- wait\n3 - talk", []string{"1-|call@14", "2-|wait@15", "3 -|talk@16"}, ""},
		{"What to bring:\n\n  a. your ID\n  b. your card", []string{"a.|your ID@15", "b.|your card@16"}, ""},
		// written as a Markdown list of its own: the same
		{"Choose:\n\n- a. [call us](tel:+18883737888)\n- b. text us", []string{"a.|call us@15", "b.|text us@16"}, ""},
		{"What to do:\nStep 1: stay calm.\nStep 2: call the hotline.\nStep 3: write down what you saw.", nil, "What to do:\nStep 1: stay calm.\nStep 2: call the hotline.\nStep 3: write down what you saw."},
		{"Pasos:\nPaso 1: llame.\nPaso 2: espere.", nil, "Pasos:\nPaso 1: llame.\nPaso 2: espere."},
		// marks that do not count on are prose, as are lines of a bare number or word
		{"a. one\nc. three", nil, "a. one\nc. three"},
		{"12\n13\nStep\nStep 1", nil, ""},
		{"Press 1- then\nPress 2- now", nil, ""},
		{"Step 1: stay calm.\nThen call.", nil, "Step 1: stay calm.\nThen call."},
		{"I. M. Pei designed it.\nA. Lincoln spoke.", nil, ""},
		{"It costs 5 - 10 dollars.\n6 - 11 year olds come.", nil, ""},
		// other scripts: Arabic letters in abjad or alphabet order, digits of any script (which
		// Markdown does not read as a list), Greek; a step named by an Arabic word
		{"Choose:\n\nأ. اتصل بنا\nب. أرسل رسالة\nج. تحدث إلينا", []string{"أ.|اتصل بنا@15", "ب.|أرسل رسالة@16", "ج.|تحدث إلينا@17"}, ""},
		{"Choose:\n\nأ) اتصل بنا\nب) أرسل رسالة\nت) تحدث إلينا", []string{"أ)|اتصل بنا@15", "ب)|أرسل رسالة@16", "ت)|تحدث إلينا@17"}, ""},
		{"Choose:\n\n١. الأول\n٢. الثاني", []string{"١.|الأول@15", "٢.|الثاني@16"}, ""},
		{"Choose:\n\n۱) اول\n۲) دوم", []string{"۱)|اول@15", "۲)|دوم@16"}, ""},
		{"Choose:\n\nα. ένα\nβ. δύο", []string{"α.|ένα@15", "β.|δύο@16"}, ""},
		{"الخطوات:\nالخطوة ١: اكتب ما رأيت.\nالخطوة ٢: اتصل بنا.", nil, "الخطوات:\nالخطوة ١: اكتب ما رأيت.\nالخطوة ٢: اتصل بنا."},
		// two lists one after the other, or after a list of bullets, are each a list of their own
		{"Choose:\n\n١. الأول\n٢. الثاني\n\nأ) الأول\nب) الثاني\n\n- ج\n- د", []string{"١.|الأول@15", "٢.|الثاني@16", "أ)|الأول@18", "ب)|الثاني@19", "•|ج@21", "•|د@22"}, ""},
		{"Choose:\n\n- one\n- two\n\na. first\nb. second", []string{"•|one@15", "•|two@16", "a.|first@18", "b.|second@19"}, ""},
		// initials that begin the lines of a wrapped sentence are no list: a list of letters
		// follows a blank line or a line ending in a colon
		{"If you have any questions about the program, please ask its director, Dr.\nA. Patel, or the nurse who works in the clinic on the second floor, Dr.\nB. Okafor, at the front desk.", nil,
			"If you have any questions about the program, please ask its director, Dr. A. Patel, or the nurse who works in the clinic on the second floor, Dr. B. Okafor, at the front desk."},
		{"For help with forms, housing, school or court dates, ask our Dr.\nA. Patel, who knows the programs of this county well, or our Dr.\nB. Okafor or Dr. C. Ruiz.", nil,
			"For help with forms, housing, school or court dates, ask our Dr. A. Patel, who knows the programs of this county well, or our Dr. B. Okafor or Dr. C. Ruiz."},
		// not counting on: digits of two scripts, letters out of order
		{"Choose:\n\n1- one\n٢- two", nil, ""},
		{"Choose:\n\nأ. one\nد. two", nil, ""},
		// a list of bullets whose words happen to start with letters is a list of bullets
		{"Bring:\n\n- a pen\n- b vitamins", []string{"•|a pen@15", "•|b vitamins@16"}, ""},
	} {
		answer := answerItems(t, tt.md, tt.items)
		if tt.lines != "" && (len(answer) == 0 || answer[0].Text != tt.lines) {
			t.Errorf("%q: first paragraph %q, want %q", tt.md, answer[0].Text, tt.lines)
		}
		for _, p := range answer {
			if p.Level > 0 && p.Mark != ListBullet && strings.HasPrefix(p.Text, strings.TrimSpace(p.Mark)) {
				t.Errorf("%q: item %q prints its mark %q twice", tt.md, p.Text, p.Mark)
			}
		}
	}
}

// Each list's first item says it begins one: bullets right after numbers, or after another
// list of bullets, are a list of their own, and a nested list begins too.
func TestListStart(t *testing.T) {
	c, err := Load(firstAnswer("Intro.\n\n- a\n- b\n  - b1\n  - b2\n- c\n\n1. d\n2. e\n\n* f\n\nNo. Most victims")(t), "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range c.Languages[0].FAQ.Questions[1].Answer {
		if p.ListStart {
			got = append(got, p.Text)
		}
	}
	if want := []string{"a", "b1", "d", "f"}; !slices.Equal(got, want) {
		t.Errorf("lists begin at %q, want %q", got, want)
	}
}

// A numbered list written again from 1 after a blank line is a list of its own, numbered as
// written, not the one above going on ("3."); one written "1. 1. 1." numbers itself.
func TestNumberedListWrittenAgain(t *testing.T) {
	for _, tt := range []struct {
		md    string
		marks []string
		start []bool
	}{
		{"1. a\n2. b\n\n1. c\n2. d\n\nNo. Most victims", []string{"1.", "2.", "1.", "2."}, []bool{true, false, true, false}},
		{"1. a\n1. b\n1. c\n\nNo. Most victims", []string{"1.", "2.", "3."}, []bool{true, false, false}},
		{"3. a\n4. b\n\nNo. Most victims", []string{"3.", "4."}, []bool{true, false}},
	} {
		c, err := Load(firstAnswer(tt.md)(t), "content", Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		var marks []string
		var start []bool
		for _, p := range c.Languages[0].FAQ.Questions[1].Answer {
			if p.Mark != "" {
				marks, start = append(marks, p.Mark), append(start, p.ListStart)
			}
		}
		if !slices.Equal(marks, tt.marks) || !slices.Equal(start, tt.start) {
			t.Errorf("%q: marks %q, starts %v; want %q, %v", tt.md, marks, start, tt.marks, tt.start)
		}
	}
}
