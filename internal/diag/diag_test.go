package diag

import (
	"strings"
	"testing"
)

// A quoted value shows its spaces as written and escapes only what would not show: a number's
// no-break spaces print as spaces, a zero-width space or a tab as its escape.
func TestQuote(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"0808\u00a02000\u00a0247", "\"0808\u00a02000\u00a0247\""},
		{"1\u202f888", "\"1\u202f888\""},
		{"電話\u3000０３", "\"電話\u3000０３\""},
		{"help\u200bline", `"help\u200bline"`},
		{"می\u200cتوانید", "\"می\u200cتوانید\""},               // a Persian word's own joiner
		{"samples.org/he\u200clp", `"samples.org/he\u200clp"`}, // one hidden in an address
		{"a\tb", `"a\tb"`},
		{`say "hi"`, `"say \"hi\""`},
		{strings.Repeat("x", 70), "\"" + strings.Repeat("x", 59) + "…\""},
	} {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

// Whole quotes as Quote does, a number of any length whole: a check's message names what the
// text writes, which the fuzz test of numbers reads back in it.
func TestWhole(t *testing.T) {
	long := strings.Repeat("0", 70) + "\u00a07"
	if got, want := Whole(long), "\""+long+"\""; got != want {
		t.Errorf("Whole(%+q) = %+q, want %+q", long, got, want)
	}
}

// Invisible names each character that prints nothing once, with the word that says it does not
// show, and nothing else.
func TestInvisible(t *testing.T) {
	for r, want := range map[rune]string{
		0x00AD: "invisible soft hyphen", 0x200B: "invisible zero-width space", 0x2063: "invisible separator",
		0xFE00: "invisible variation selector-1", 'a': "", '-': "", 0x00A0: "",
	} {
		if got := Invisible(r); got != want {
			t.Errorf("%U: %q, want %q", r, got, want)
		}
	}
}
