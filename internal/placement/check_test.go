package placement

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

func TestCheckCodes(t *testing.T) {
	for _, tc := range []struct {
		code, want string
	}{
		{"p07", ""},
		{"a3k9", ""},
		{"a-b-c", ""},
		{"0-9", ""},
		{"", "is empty"},
		{"a1b2c3d4e5f6g7h8i", `"a1b2c3d4e5f6g7h8i" is longer than 16 characters`},
		{"P07", `"P07" may only use a-z, 0-9 and -`},
		{"p_07", `"p_07" may only use a-z, 0-9 and -`},
		{"p 07", `"p 07" may only use a-z, 0-9 and -`},
		{"é07", `"é07" may only use a-z, 0-9 and -`},
		{"gym", `"gym" has "gym"`},
		{"dv-1", `"dv-1" has "dv"`},
		{"x9yz", `"x9yz" has "yz"`},
	} {
		got := Check(tc.code)
		if len(got) < len(tc.want) || got[:len(tc.want)] != tc.want || (tc.want == "") != (got == "") {
			t.Errorf("Check(%q) = %q, want it to begin %q", tc.code, got, tc.want)
		}
	}
}

// The checks were patterns once; written as code, they must accept and refuse the same codes.
func TestCheckAsPatterns(t *testing.T) {
	codeRE, wordRE := regexp.MustCompile(`^[a-z0-9-]+$`), regexp.MustCompile(`[a-z]{2,}`)
	alphabet := []byte("ab09-Z_ ")
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, r.IntN(8))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		msg := Check(s)
		if s == "" {
			continue
		}
		if bad := strings.Contains(msg, "may only use"); bad == codeRE.MatchString(s) {
			t.Fatalf("%q: pattern matches %v, Check says %q", s, codeRE.MatchString(s), msg)
		}
		if codeRE.MatchString(s) && strings.Contains(msg, "side by side") != wordRE.MatchString(s) {
			t.Fatalf("%q: word pattern matches %v, Check says %q", s, wordRE.MatchString(s), msg)
		}
		if w := wordRE.FindString(s); w != word(s) {
			t.Fatalf("%q: pattern finds %q, word finds %q", s, w, word(s))
		}
	}
}
