package content

import (
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
		{"two lines", "**Who can call?**\nAnyone at all.", ""},
		{"Q: not a question", "Q: see below.", ""},
		{"plain question", "Who can call?", "\"Who can call?\" prints as a paragraph of the answer above, not as a question: only a line starting with '## ' is one (if it is a question, write it as its own line: ## Who can call?; if the answer asks it, write it in one paragraph with the words after it)"},
		{"plain question and its answer", "Who can call? Anyone.", ""},
		{"plain sentence and a question", "Not sure. Who can call?", ""},
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
