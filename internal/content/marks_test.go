package content

import (
	"strings"
	"testing"
)

// indexMark finds what strings.IndexAny(s, Marks) finds, however the bytes around a mark read.
func TestIndexMark(t *testing.T) {
	for _, s := range []string{"", "plain", BoldOn + "x", "x" + ItalicOff, "\uE004" + BoldOff, "é\uE0FF\uEE80" + ItalicOn,
		"\xee\x80", "\xee\x80\x84" + BoldOn, "ĕ\u0e80", "كلمة" + BoldOff + "x"} {
		if got, want := indexMark(s), strings.IndexAny(s, Marks); got != want {
			t.Errorf("indexMark(%q) = %d, want %d", s, got, want)
		}
	}
}
