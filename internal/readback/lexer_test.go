package readback

import (
	"math"
	"strconv"
	"testing"
)

// TestNumber holds the quick number parser to strconv.ParseFloat, bit for bit, and to its
// errors.
func TestNumber(t *testing.T) {
	for _, s := range []string{
		"0", "-0", "12", "612.00", "-5.25", "+3", ".5", "-.5", "1.", "0.1", "0.3", "123456789012345",
		"1234567890123456", "0.000000000000000000001", "3.14159265358979", "99999999999999.9",
		"1e5"[:1], ".", "-", "+", "1.2.3", "--", "-.",
	} {
		got, err := number([]byte(s))
		want, werr := strconv.ParseFloat(s, 64)
		if (err != nil) != (werr != nil) || err == nil && math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%q: got %v, %v; want %v, %v", s, got, err, want, werr)
		}
	}
}

// TestLexer reads every kind of token, with strings that need decoding and strings that do not.
func TestLexer(t *testing.T) {
	var l lexer
	l.reset([]byte("%c\n/F1 12.5 Tf (a\\)b) (plain) <00 4 1> [ ] <</MCID 0>> BDC q"))
	type tok struct {
		kind tokenKind
		num  float64
		b    string
	}
	want := []tok{{tokName, 0, "F1"}, {tokNum, 12.5, ""}, {tokOp, 0, "Tf"}, {tokStr, 0, "a)b"}, {tokStr, 0, "plain"},
		{tokStr, 0, "\x00\x41"}, {tokDelim, 0, ""}, {tokDelim, 0, ""}, {tokDelim, 0, ""}, {tokName, 0, "MCID"},
		{tokNum, 0, ""}, {tokDelim, 0, ""}, {tokOp, 0, "BDC"}, {tokOp, 0, "q"}, {tokEnd, 0, ""}}
	for i, w := range want {
		got, err := l.next()
		if err != nil || got.kind != w.kind || got.num != w.num || string(got.b) != w.b {
			t.Fatalf("token %d: got %v %v %q (%v), want %v %v %q", i, got.kind, got.num, got.b, err, w.kind, w.num, w.b)
		}
	}
	for _, bad := range []string{"(open", "<0g>", "<123>", "1.2.3"} {
		l.reset([]byte(bad))
		if _, err := l.next(); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
