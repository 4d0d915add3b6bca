package content

import (
	"strings"
	"testing"
)

// A placeholder typed with full-width braces, as a Chinese or Japanese input method types it,
// prints what it names, in faq.md and in text.yaml; an unknown one is refused in either form;
// full-width braces around other words are text.
func TestFullWidthPlaceholders(t *testing.T) {
	for _, tt := range []struct {
		file, old, new string
		want           string // the printed text's part, or the error's
		fails          bool
	}{
		{"en/faq.md", "No. Most victims", "请拨打｛call｝或发送“｛keyword｝”到｛text｝。 No. Most victims", "请拨打1-888-373-7888或发送“HELP”到233733。", false},
		{"en/faq.md", "No. Most victims", "请拨打｛ｃａｌｌ｝, {call｝ or ｛call}. No. Most victims", "请拨打1-888-373-7888, 1-888-373-7888 or 1-888-373-7888.", false},
		{"en/faq.md", "No. Most victims", "｛注意｝ No. Most victims", "｛注意｝ No.", false},
		{"en/faq.md", "No. Most victims", "请拨打｛cal｝。 No. Most victims", "content/en/faq.md:13: answer 2[1]: unknown placeholder {cal}", true},
		{"en/text.yaml", "  call: Call {call}", "  call: 请拨打｛call｝", "请拨打1-888-373-7888", false},
		{"en/text.yaml", "  call: Call {call}", "  call: 请拨打｛Call｝", "unknown placeholder {Call}", true},
	} {
		c, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
		if tt.fails {
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%q: got %v, want %s", tt.new, err, tt.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q refused: %v", tt.new, err)
			continue
		}
		found := false
		for _, at := range c.Languages[0].Texts {
			found = found || strings.Contains(at.Text, tt.want)
		}
		if !found {
			t.Errorf("%q: no text prints %q", tt.new, tt.want)
		}
	}
}

// The emoji and text presentation selectors a phone types after ✔ and ☎ print nothing and
// are left out, in faq.md and text.yaml: the symbols print as the font draws them.
func TestPresentationSelectorsLeftOut(t *testing.T) {
	for _, tt := range []struct{ file, old, new, want string }{
		{"en/faq.md", "No. Most victims", "Free \u2714\ufe0f and open 24/7 \u260e\ufe0e. No. Most victims", "Free \u2714 and open 24/7 \u260e."},
		{"en/text.yaml", "  title: Get help now", "  title: Get help now \u2714\ufe0f", "Get help now \u2714"},
	} {
		c, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
		if err != nil {
			t.Fatalf("%q refused: %v", tt.new, err)
		}
		found := false
		for _, at := range c.Languages[0].Texts {
			if strings.ContainsAny(at.Text, "\ufe0e\ufe0f") {
				t.Errorf("%s: %q keeps a selector", at.Field, at.Text)
			}
			found = found || strings.Contains(at.Text, tt.want)
		}
		if !found {
			t.Errorf("%q: no text prints %q", tt.new, tt.want)
		}
	}
}
