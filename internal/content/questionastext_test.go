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
		{"bold words in a question", "Did you know **most victims** know them?", ""},
		{"two bold parts", "**Who?** and **why?**", ""},
		{"two lines", "**Who can call?**\nAnyone at all.", ""},
		{"Q: not a question", "Q: see below.", ""},
		{"plain question", "Who can call?", ""},
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
