package readback

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"testing"
)

// The scanners replaced these patterns: on any text they must find what the patterns find.
var (
	refRE      = regexp.MustCompile(`(\d+) 0 R`)
	keyRefRE   = regexp.MustCompile(`/(\w+) (\d+) 0 R`)
	xrefRE     = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	trailerRE  = regexp.MustCompile(`trailer\s*<<`)
	lengthRE   = regexp.MustCompile(`/Length (\d+)`)
	xobjectsRE = regexp.MustCompile(`/XObject\s*<<([^>]*)>>`)
)

// pdfish is random text made of the pieces the patterns look for, so that near misses are
// common: "/Kids [" without its "]", "0 R" without a number, a name of digits.
func pdfish(r *rand.Rand) []byte {
	pieces := []string{"/Kids [", "/MediaBox [", "/Matrix [", "]", "[", " 0 R", "0 R", " 0 ", "R", "12", "7", "0",
		"/Length ", "/Length", "/XObject", "<<", ">>", ">", "<", "/Fm1", "/A_b", "/", " ", "\n", "\t", "\r", "\f",
		"trailer", "startxref", "%%EOF", "x", "é", "-"}
	var b []byte
	for range r.IntN(24) {
		b = append(b, pieces[r.IntN(len(pieces))]...)
	}
	return b
}

func TestScannersMatchPatterns(t *testing.T) {
	bracketREs := map[string]*regexp.Regexp{}
	for _, key := range []string{"/Kids", "/MediaBox", "/Matrix"} {
		bracketREs[key] = regexp.MustCompile(regexp.QuoteMeta(key) + ` \[([^\]]*)\]`)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		b := pdfish(r)
		for key, re := range bracketREs {
			m := re.FindSubmatch(b)
			got, ok := bracketed(b, key)
			if ok != (m != nil) || ok && !bytes.Equal(got, m[1]) {
				t.Fatalf("bracketed(%q, %s) = %q, %v; pattern %q", b, key, got, ok, m)
			}
		}
		var want []int
		for _, m := range refRE.FindAllSubmatch(b, -1) {
			n, _ := strconv.Atoi(string(m[1]))
			want = append(want, n)
		}
		if got := refs(b); !slices.Equal(got, want) {
			t.Fatalf("refs(%q) = %v; pattern %v", b, got, want)
		}
		var wantKeys []keyRef
		for _, m := range keyRefRE.FindAllSubmatch(b, -1) {
			n, _ := strconv.Atoi(string(m[2]))
			wantKeys = append(wantKeys, keyRef{string(m[1]), n})
		}
		if got := keyRefs(b); !slices.Equal(got, wantKeys) {
			t.Fatalf("keyRefs(%q) = %v; pattern %v", b, got, wantKeys)
		}
		m := xrefRE.FindSubmatch(b)
		if got, ok := startxref(b); ok != (m != nil) || ok && got != string(m[1]) {
			t.Fatalf("startxref(%q) = %q, %v; pattern %q", b, got, ok, m)
		}
		at := -1
		if loc := trailerRE.FindIndex(b); loc != nil {
			at = loc[0]
		}
		if got := trailerAt(b); got != at {
			t.Fatalf("trailerAt(%q) = %d; pattern %d", b, got, at)
		}
		m = lengthRE.FindSubmatch(b)
		if got, ok := lengthOf(b); ok != (m != nil) || ok && got != atoi(m[1]) {
			t.Fatalf("lengthOf(%q) = %d, %v; pattern %q", b, got, ok, m)
		}
		m = xobjectsRE.FindSubmatch(b)
		if got, ok := xobjects(b); ok != (m != nil) || ok && !bytes.Equal(got, m[1]) {
			t.Fatalf("xobjects(%q) = %q, %v; pattern %q", b, got, ok, m)
		}
	}
}

func atoi(b []byte) int { n, _ := strconv.Atoi(string(b)); return n }
