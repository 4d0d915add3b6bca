package content

import (
	"strings"
	"testing"
)

// An http:// address written in an answer prints as text, not a link (a tap would open an
// insecure page): it is warned of at its line, with the https:// address to write; an https://
// one, and an http:// address as a link's words, are not.
func TestInsecureAddressWarned(t *testing.T) {
	for _, tt := range []struct{ md, want string }{
		{"See http://harborhouse.org/help. No. Most victims", `content/en/faq.md:13: "http://harborhouse.org/help" prints as text, not a link: an http:// address opens an insecure page (if the site answers at https:// (most do), write https://harborhouse.org/help)`},
		{"See https://harborhouse.org/help. No. Most victims", ""},
		// capitals and letters longer lowered (İ) before it: read where it is
		{"İİİİ İstanbul: HTTP://harborhouse.org/help. No. Most victims", `content/en/faq.md:13: "HTTP://harborhouse.org/help" prints as text, not a link: an http:// address opens an insecure page (if the site answers at https:// (most do), write https://harborhouse.org/help)`},
		{"See [http://harborhouse.org](https://harborhouse.org). No. Most victims", ""},
	} {
		c, err := Load(firstAnswer(tt.md)(t), "content", Overrides{})
		if err != nil {
			t.Fatalf("%q: %v", tt.md, err)
		}
		var got []string
		for _, w := range c.Warnings {
			if strings.Contains(w.Msg, "http://") {
				got = append(got, w.Error())
			}
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%q: warnings %q, want %q", tt.md, got, tt.want)
		}
	}
}

// indexFold finds a text in any case where it stands in s's own bytes, also after letters that
// lower longer (İ), and nowhere else.
func TestIndexFold(t *testing.T) {
	for _, tt := range []struct {
		s, sub string
		want   int
	}{
		{"See HTTP://x.org", "http://", 4},
		{"İİ Humantraffickinghotline.org", "humantraffickinghotline", 5},
		{"İİİİ", "i", -1},
		{"", "http://", -1},
	} {
		if got := indexFold(tt.s, tt.sub); got != tt.want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tt.s, tt.sub, got, tt.want)
		}
	}
}
