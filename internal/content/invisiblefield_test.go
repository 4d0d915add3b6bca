package content

import (
	"strings"
	"testing"
)

// An invisible character anywhere in settings.yaml is said first and alone, with its line and
// the field it is in: the file is still read, so no text is told that a field set there is not
// ({chat} "which settings.yaml does not set" three times before the real cause).
func TestInvisibleInSettingsNamedFirst(t *testing.T) {
	const zw = "has an invisible zero-width space (U+200B), which would change the printed text without showing where (delete it; to keep two words on one line write a no-break space (U+00A0), to allow a break inside a word a soft hyphen (U+00AD))"
	chat := []string{"settings.yaml", `  chat: ""`, `  chat: "https://example.org/chat"`}
	withChat := []string{"en/text.yaml", "help:\n", "help:\n  chat: Chat with us at {chat}\n"}
	for _, tt := range []struct{ old, new, want string }{
		{"  call: 1-888-373-7888", "  call: 1-888-373-\u200b7888", "content/settings.yaml:30: hotline.call: " + zw},
		{"  keyword: HELP", "  keyword: HE\u200bLP", "content/settings.yaml:35: hotline.keyword: " + zw},
		{"  name: The Mission Haven", "  name: The Mission\u200b Haven", "content/settings.yaml:7: organisation.name: " + zw},
	} {
		if got := loadErr(edits(t, append(chat, tt.old, tt.new), withChat)); got != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.new, got, tt.want)
		}
	}
}

// The invisible characters a text may keep (a soft hyphen, a zero-width non-joiner), written
// in a number of settings.yaml, are named in the words the refused ones are named in (one list,
// diag.Invisible), with what to do: not as an escape ('\u00ad') its writer cannot read.
func TestInvisibleInANumberNamed(t *testing.T) {
	for _, tt := range []struct{ old, new, want string }{
		{"  call: 1-888-373-7888", "  call: 1-888-373-\u00ad7888",
			`content/settings.yaml:30: hotline.call: "1-888-373-\u00ad7888" has an invisible soft hyphen (U+00AD), which prints nothing: delete it`},
		{`  tty: ""`, `  tty: "1-800-787-\u200c3224"`,
			`content/settings.yaml:37: hotline.tty: "1-800-787-\u200c3224" has an invisible zero-width non-joiner (U+200C), which prints nothing: delete it`},
	} {
		if got := loadErr(edits(t, []string{"settings.yaml", tt.old, tt.new})); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.new, got, tt.want)
		}
	}
}

// A zero-width space beside a character of Thai, Lao, Khmer or Myanmar marks where a line may
// break between two of their words, written without spaces: it is kept, typed or written as
// &#8203; in faq.md and as \u200B in text.yaml, after a letter, a sign or a digit, and before
// one; between two Latin letters it is refused as any invisible character is.
func TestZeroWidthSpacesBetweenThaiWords(t *testing.T) {
	for _, tt := range []struct {
		file, old, new string
		refused        bool
	}{
		{"en/faq.md", "No. Most victims", "No. ข้อ\u200bเท็จ\u200bจริง Most victims", false},
		{"en/faq.md", "No. Most victims", "No. ข้อ&#8203;เท็จ&#8203;จริง Most victims", false},
		{"en/faq.md", "No. Most victims", "No. ๒๔\u200bชั่วโมง 24\u200bชั่วโมง ၍\u200bက Most victims", false},
		{"en/text.yaml", "  title: Get help now", "  title: \"Get help now ข้อ\\u200Bเท็จ\"", false},
		{"en/text.yaml", "  title: Get help now", "  title: Get help now ខ្មែរ\u200bខ្មែរ", false},
		{"en/faq.md", "No. Most victims", "No. Mo\u200bst victims", true},
		{"en/faq.md", "No. Most victims", "No. Mo&#8203;st victims", true},
	} {
		err := loadErr(edits(t, []string{tt.file, tt.old, tt.new}))
		if refused := strings.Contains(err, "zero-width space"); refused != tt.refused {
			t.Errorf("%s %q: refused %v, want %v: %s", tt.file, tt.new, refused, tt.refused, err)
		}
	}
}
