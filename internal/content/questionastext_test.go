package content

import (
	"slices"
	"strings"
	"testing"
)

// A question written as a bold line or after "Q:" is a paragraph to Markdown: it would print
// inside the answer above, unnumbered. It is warned of at its line, saying what to write.
func TestQuestionWrittenAsText(t *testing.T) {
	for _, tc := range []struct {
		name, para string
		want       string // the warning, "" for none
	}{
		{"bold", "**Are all victims taken by strangers?**", "faq.md:7: \"Are all victims taken by strangers?\" prints as a paragraph of the answer above, not as a question: only a line starting with '## ' is one (if it is a question, write it as its own line: ## Are all victims taken by strangers?)"},
		{"bold italic", "***Who can call?***", "## Who can call?)"},
		{"underscores", "__Who can call?__", "## Who can call?)"},
		{"Q:", "Q: Who can call?", "\"Q: Who can call?\" prints as a paragraph of the answer above, not as a question: only a line starting with '## ' is one (if it is a question, write it as its own line: ## Who can call?)"},
		{"bold Q:", "**Q:** Who can call?", "## Who can call?)"},
		{"Spanish P:", "P: ¿Quién puede llamar?", "## ¿Quién puede llamar?)"},
		{"Greek, bold", "**Ποιος μπορεί να καλέσει;**", "## Ποιος μπορεί να καλέσει;)"},
		{"Arabic, bold", "**من يمكنه الاتصال؟**", "## من يمكنه الاتصال؟)"},
		{"bold, no question", "**Call us today.**", ""},
		// a question alone on its line, with more of the answer after it (the heading's ## left
		// off, or the line of === under it deleted): the hint also says how to keep it text
		{"bold words in a question", "Did you know **most victims** know them?", "## Did you know most victims know them?; if the answer asks it, write it in one paragraph with the words after it)"},
		{"two bold parts", "**Who?** and **why?**", ""},
		// a line of a paragraph: after Q:, bold or not, its answer under it after A:, with a
		// hard line break too; alone on its line in an answer, with more of it after it
		{"two lines", "**Who can call?**\nAnyone at all.", "faq.md:7: \"Who can call?\" prints as a line of the answer above, not as a question: only a line starting with '## ' is one (if it is a question, write it as its own line: ## Who can call?; if the answer asks it, write it on one line with the words after it)"},
		{"Q: and A: on the next line", "Q: Who can call?\nA: Anyone at all.", "faq.md:7: \"Q: Who can call?\" prints as a line of the answer above, not as a question: only a line starting with '## ' is one (if it is a question, write it as its own line: ## Who can call?, and its answer under it, without its \"A:\")"},
		{"bold Q: and A: after a hard break", "**Q: Who can call?**  \n**A:** Anyone at all.", "faq.md:7: \"Q: Who can call?\" prints as a line of the answer above"},
		{"P: and R:", "P: ¿Quién puede llamar?\nR: Cualquiera.", "## ¿Quién puede llamar?, and its answer under it, without its \"R:\")"},
		{"Q: on a later line", "Yes, it is.\nQ: Who can call?\nA: Anyone at all.", "faq.md:8: \"Q: Who can call?\" prints as a line"},
		{"a question on a line between two sentences", "Yes, it is.\nCan I bring my pets?\nYes, we have kennels.", "faq.md:8: \"Can I bring my pets?\" prints as a line of the answer above"},
		{"a question asked in a line of wrapped text", "Call us on any day of the week, at any hour, whenever you wonder who can call?\nAnyone at all.", ""},
		{"Q: in a sentence", "The form says Q: Who can call? and we answer.\nAnyone at all.", ""},
		{"Q: not a question, two lines", "Q: see below.\nA: here.", ""},
		{"a question ending the paragraph, more after it", "Yes, it is.\nWho can call?", "faq.md:8: \"Who can call?\" prints as a line"},
		{"Q: not a question", "Q: see below.", ""},
		{"plain question", "Who can call?", "\"Who can call?\" prints as a paragraph of the answer above, not as a question: only a line starting with '## ' is one (if it is a question, write it as its own line: ## Who can call?; if the answer asks it, write it in one paragraph with the words after it)"},
		{"plain question and its answer", "Who can call? Anyone.", ""},
		{"plain sentence and a question", "Not sure. Who can call?", ""},
		// numbered as Word numbers questions: a list of one item, its answer under it
		{"numbered", "3. Is the call free?", "faq.md:7: \"3. Is the call free?\" prints as a numbered item of the answer above, not as a question: only a line starting with '## ' is one (if it is a question, write it as its own line: ## Is the call free?)"},
		{"numbered, bold", "4) **Is the call free?**", "\"4) Is the call free?\" prints as a numbered item"},
		// numbered next after the question above, it is the next, whatever its sentences
		{"numbered next, two sentences", "2)\tI'm deaf or hard of hearing. How can I reach you?", "\"2) I'm deaf or hard of hearing. How can I reach you?\" prints as a numbered item of the answer above, not as a question: only a line starting with '## ' is one (if it is a question, write it as its own line: ## I'm deaf or hard of hearing. How can I reach you?)"},
		{"numbered next, an abbreviation", "2)\tDo I have to be a U.S. citizen?", "(if it is a question, write it as its own line: ## Do I have to be a U.S. citizen?)"},
		{"numbered otherwise, two sentences", "7) I'm deaf. How can I reach you?", ""},
		{"numbered next, not a question", "2) Call us. We answer.", ""},
		{"numbered next, a question then a sentence", "2) Is it free? Yes.", ""},
		{"a numbered list of questions", "1. Is the child safe?\n2. Is the child fed?", ""},
		{"numbered, not a question", "3. Call us.", ""},
		{"bulleted question", "- Is the call free?", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := "# Title\n\n## Is it free?\n\nYes.\n\n" + tc.para + "\n\nMore.\n\n## Who pays?\n\nWe do.\n"
			faq, ps := parseFAQ("faq.md", []byte(md))
			if ps != nil {
				t.Fatal(ps)
			}
			got := ""
			if len(faq.warnings) > 0 {
				got = faq.warnings.Error()
			}
			if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) || len(faq.warnings) > 1 {
				t.Errorf("warnings %q, want one with %q", got, tc.want)
			}
			if len(faq.Questions) != 2 {
				t.Errorf("%d questions, want 2", len(faq.Questions))
			}
		})
	}
}

// In the introduction, before the first question, it is said to print there.
func TestQuestionWrittenAsTextInIntro(t *testing.T) {
	faq, ps := parseFAQ("faq.md", []byte("# Title\n\nAbout us.\n\n**Who can call?**\n\nAnyone.\n\n## Is it free?\n\nYes.\n"))
	if ps != nil {
		t.Fatal(ps)
	}
	if got := faq.warnings.Error(); !strings.HasPrefix(got, `faq.md:5: "Who can call?" prints as a paragraph of the introduction`) {
		t.Errorf("warnings %q", got)
	}
}

// A question alone on its line is warned of only where it would head an answer: in the answer
// to a question, with text after it. Where it asks the reader (the introduction, the closing
// section, an answer's last words) it is the writer's.
func TestQuestionLeftInAnAnswer(t *testing.T) {
	for _, tc := range []struct {
		name, md string
		want     string // the warning's start, "" for none
	}{
		{"its === line deleted", "## Can I bring my children?\n\nYes.\n\nCan I bring my dog?\n\nYes, we have kennels.\n",
			`faq.md:7: "Can I bring my dog?" prints as a paragraph of the answer above`},
		{"its answer a list", "## Is it free?\n\nYes.\n\nWhat can I bring?\n\n- clothes\n- papers\n", `faq.md:7: "What can I bring?" prints`},
		{"the answer's last words", "## Is it free?\n\nYes.\n\nAny more questions?\n\n## Who pays?\n\nWe do.\n", ""},
		{"in the introduction", "Are you safe at home?\n\nWe can help.\n\n## Is it free?\n\nYes.\n", ""},
		{"in the closing section", "## Is it free?\n\nYes.\n\n## Thank you\n\nStill unsure?\n\nCall us.\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			faq, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tc.md))
			if ps != nil {
				t.Fatal(ps)
			}
			got := ""
			if len(faq.warnings) > 0 {
				got = faq.warnings.Error()
			}
			if (tc.want == "") != (got == "") || !strings.HasPrefix(got, tc.want) {
				t.Errorf("warnings %q, want %q…", got, tc.want)
			}
		})
	}
}

// A FAQ with no question written as a heading names its first question written otherwise (a
// numbered line, a bold one, one whose answer runs on under it) and what to write for it.
func TestNoQuestionsNamesOneWrittenOtherwise(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       string
	}{
		{"numbered", "1. Who can call?\n\nAnyone.\n\n2. Is it free?\n\nYes.\n",
			`faq.md:3: no questions found: "1. Who can call?", like each question written so, prints as text, not as a question (each question is a line starting with '## ' and ending with '?': write ## Who can call?)`},
		{"bold", "**Who can call?**\n\nAnyone.\n",
			`faq.md:3: no questions found: "Who can call?", like each question`},
		{"numbered, bold, the answer under it", "1. **Who can call?**\nAnyone.\n2. **Is it free?**\nYes.\n",
			`faq.md:3: no questions found: "1. Who can call?", like each question written so, prints as text, not as a question (each question is a line starting with '## ' and ending with '?': write ## Who can call?)`},
		{"plain lines, as a word processor saves them", "We answer your questions.\n\nWho can call?\n\nAnyone.\n\nIs it free?\n\nYes.\n",
			`faq.md:5: no questions found: "Who can call?", like each question written so, prints as text, not as a question (each question is a line starting with '## ' and ending with '?': write ## Who can call?)`},
		{"Q: and A: pairs", "Intro.\n\nQ: Who can call?\nA: Anyone.\n\nQ: Is it free?\nA: Yes.\n",
			`faq.md:5: no questions found: "Q: Who can call?", like each question written so, prints as text, not as a question (each question is a line starting with '## ' and ending with '?': write ## Who can call?)`},
		{"bold lines, the answers under them", "**Who can call?**\nAnyone.\n\n**Is it free?**\nYes.\n",
			`faq.md:3: no questions found: "Who can call?", like each question`},
		{"none asked", "Call us.\n", `faq.md: no questions found (each question is a line starting with '## ' and ending with '?')`},
		{"a question alone, nothing after it", "Why wait?\n", `faq.md: no questions found (each question is a line starting with '## ' and ending with '?')`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tc.body))
			if got := ps.Error(); !strings.Contains(got, tc.want) {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// Questions pasted as numbered items, their numbers going on from the headings' (written or
// counted), are each warned of, one of more than one sentence too; an item numbered on from
// no question is the answer's.
func TestQuestionsPastedAsNumberedItems(t *testing.T) {
	for _, tc := range []struct {
		name, md string
		want     []int // the lines warned of
	}{
		{"on from headings counted", "## Who?\n\nA.\n\n## Why?\n\nB.\n\n3)\tCan I come?\n\nC.\n\n4)\tI'm deaf. How can I reach you?\n\nD.\n\n5)\tDo I have to be a U.S. citizen?\n\nE.\n", []int{11, 15, 19}},
		{"on from a heading's number", "## 7) Who?\n\nA.\n\n8) I'm deaf. How can I reach you?\n\nB.\n", []int{7}},
		{"a number skipped", "## Who?\n\nA.\n\n3) I'm deaf. How can I reach you?\n\nB.\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			faq, ps := parseFAQ("faq.md", []byte("# Title\n\n"+tc.md))
			if ps != nil {
				t.Fatal(ps)
			}
			var got []int
			for _, w := range faq.warnings {
				if strings.Contains(w.Msg, "prints as a numbered item") {
					got = append(got, w.Line)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("warned at %v, want %v: %v", got, tc.want, faq.warnings)
			}
		})
	}
}
