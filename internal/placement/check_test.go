package placement

import (
	"fmt"
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
		{"b-12", ""},
		{"0-9", ""},
		{"p-0-7", ""},
		{"t7d7q9", ""}, // generated: digits not read as letters
		{"a1b2", ""},   // aib, alb: no word
		{"x5k3", ""},
		{"9-a-7", ""},
		{"", "is empty"},
		{"a1b2c3d4e5f6g7h8i", `"a1b2c3d4e5f6g7h8i" is longer than 16 characters`},
		{"P07", `"P07" may only use a-z, 0-9 and -`},
		{"p_07", `"p_07" may only use a-z, 0-9 and -`},
		{"p 07", `"p 07" may only use a-z, 0-9 and -`},
		{"é07", `"é07" may only use a-z, 0-9 and -`},
		{"पुस्तकालय", `"पुस्तकालय" may only use a-z, 0-9 and -`}, // 9 letters in 27 bytes
		{"gym", `"gym" has "gym"`},
		{"dv-1", `"dv-1" has "dv"`},
		{"x9yz", `"x9yz" has "yz"`},
		// letters with only - between them are side by side (d-v is dv)
		{"a-b-c", `"a-b-c" has "a-b-c"`},
		{"d-v", `"d-v" has "d-v"`},
		{"h-t", `"h-t" has "h-t"`},
		{"i-p-v", `"i-p-v" has "i-p-v"`},
		{"7-d--v", `"7-d--v" has "d--v"`},
		// digits and signs for letters, in any language's list, abbreviations and who or where
		{"s3x", `"s3x" spells "sex"`},
		{"2-s3x-9", `"2-s3x-9" spells "sex"`},
		{"r4p3", `"r4p3" spells "rape"`},
		{"h0-t3l", `"h0-t3l" spells "hotel"`},
		{"5-3-x", `"5-3-x" spells "sex"`},
		{"k1d", `"k1d" spells "kid"`},
		{"g1r1", `"g1r1" spells "girl"`},
		{"5p4-2", `"5p4-2" spells "spa"`},
		{"v10l4", `"v10l4" spells "viola"`}, // violar+, in Spanish
		{"v1o1", `"v1o1" spells "viol"`},
		// a folder named -p01 reads as an option to a command
		{"-p01", `"-p01" starts or ends with -`},
		{"p01-", `"p01-" starts or ends with -`},
		{"-", `"-" starts or ends with -`},
	} {
		got := Check(tc.code)
		if len(got) < len(tc.want) || got[:len(tc.want)] != tc.want || (tc.want == "") != (got == "") {
			t.Errorf("Check(%q) = %q, want it to begin %q", tc.code, got, tc.want)
		}
	}
}

// A code a user writes may not spell a word with digits between its letters, read together
// (the letters a generated code also keeps clear of); Check alone, as codes made before are
// read again, does not say so.
func TestCheckWrittenCodes(t *testing.T) {
	for _, tc := range []struct{ code, word string }{
		{"m1o2t3e4l", "motel"}, {"s1e2x", "sex"}, {"c1h2u3r4c5h", "church"}, {"d7v", "dv"}, {"g9y7m", "gym"},
		{"k-1-i-2-d", "kid"}, {"s8p9a", "spa"},
		{"p07", ""}, {"a3k9", ""}, {"t7d7q9", ""}, {"e5v4m7", ""}, {"b-12", ""}, {"0-9", ""},
	} {
		got := CheckWritten(tc.code)
		want := ""
		if tc.word != "" {
			want = fmt.Sprintf("%q spells %q, its letters read together", tc.code, tc.word)
		}
		if !strings.HasPrefix(got, want) || (want == "") != (got == "") {
			t.Errorf("CheckWritten(%q) = %q, want it to begin %q", tc.code, got, want)
		}
		if tc.word != "" && Check(tc.code) != "" && !strings.Contains(Check(tc.code), "spells") {
			t.Errorf("Check(%q) = %q: codes made before are read again with Check", tc.code, Check(tc.code))
		}
	}
}

// A code a user writes may not spell a place listed after earlier runs made codes that spell it
// (g4s, c4f3); a code an earlier run made, read again with Check, may, as its copies may hang.
func TestCheckLateWords(t *testing.T) {
	for _, tc := range []struct{ code, word string }{
		{"c4f3", "cafe"}, {"g4s", "gas"}, {"s4f3", "safe"}, {"c4f3k7", "cafe"},
		{"c4f9", ""}, {"g4k", ""}, {"p07", ""},
	} {
		got := CheckWritten(tc.code)
		want := ""
		if tc.word != "" {
			want = fmt.Sprintf("%q spells %q with digits for letters", tc.code, tc.word)
		}
		if !strings.HasPrefix(got, want) || (want == "") != (got == "") {
			t.Errorf("CheckWritten(%q) = %q, want it to begin %q", tc.code, got, want)
		}
		if msg := Check(tc.code); msg != "" {
			t.Errorf("Check(%q) = %q: codes made before are read again with Check", tc.code, msg)
		}
	}
}

// The checks were patterns once; written as code, they must accept and refuse the same codes
// (letters side by side, or with only - between them).
func TestCheckAsPatterns(t *testing.T) {
	codeRE, wordRE := regexp.MustCompile(`^[a-z0-9-]+$`), regexp.MustCompile(`[a-z](?:-*[a-z])+`)
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

// Generated codes pass the check a code written by hand must: none spells a word with digits
// for letters (s3x, 5p4), which letters and digits alternating alone would let through.
func TestGeneratedCodesPass(t *testing.T) {
	var file strings.Builder
	file.WriteString("place\n")
	for i := range 3000 {
		fmt.Fprintf(&file, "place %d\n", i)
	}
	f, err := ReadAfter("p.csv", strings.NewReader(file.String()), Earlier{Key: []byte("# key\n" + strings.Repeat("ab", 32) + "\n")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range f.Codes {
		if msg := CheckWritten(c); msg != "" {
			t.Errorf("generated %s", msg)
		}
	}
}
