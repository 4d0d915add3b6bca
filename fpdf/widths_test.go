package fpdf

import (
	"bytes"
	"flag"
	"math/rand"

	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// searchIntKey is upstream's rule for the key of $a[] = v: the smallest integer not in use.
func searchIntKey(pa *untypedKeyMap) int {
	for n := 0; ; n++ {
		if pa.getIndex(n) < 0 {
			return n
		}
	}
}

// TestNextIntKey runs random sequences of the operations the /W builder uses and checks the
// quick key against upstream's search after every step.
func TestNextIntKey(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for seq := 0; seq < 2000; seq++ {
		a := &untypedKeyMap{}
		for step := 0; step < 40; step++ {
			if got, want := a.nextIntKey(), searchIntKey(a); got != want {
				t.Fatalf("sequence %d step %d: keys %v: next key %d, want %d", seq, step, a.keySet, got, want)
			}
			switch op := rng.Intn(10); {
			case op < 5:
				a.put(nil, rng.Intn(3))
			case op < 7:
				a.put("interval", 1)
			case op < 8 && len(a.keySet) > 0:
				if _, ok := a.keySet[len(a.keySet)-1].(int); ok {
					a.pop() // the builder pops only the value it just put
				}
			case op < 9:
				a.delete("interval")
			default:
				b := &untypedKeyMap{}
				b.put(nil, 1)
				b.put(nil, 1)
				a = arrayMerge(a, b)
			}
		}
	}
}

// TestWidthsArray holds the /W array of a subset to the one upstream's builder wrote
// (testdata/widths.golden, the whole array upstream v0.12.0 writes for this document) less the
// characters the document does not set (patch 22): upstream also gave the width of every
// character of the font below U+0100. The document sets runs of characters (the builder's
// ranges and intervals) and every third one (its single entries).
func TestWidthsArray(t *testing.T) {
	font, _ := calligra(t)
	var text []rune
	for r := rune(32); r < 0x2200; r += 3 {
		text = append(text, r)
		if r >= 0x40 && r < 0x80 || r >= 0xC0 && r < 0x100 {
			text = append(text, r+1, r+2)
		}
	}
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(false)
	pdf.AddUTF8FontFromBytes("calligra", "", font)
	pdf.AddPage()
	pdf.SetFont("calligra", "", 12)
	pdf.Text(10, 10, string(text))
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		t.Fatal(err)
	}
	w := regexp.MustCompile(`(?s)/W \[(?:[^\[\]]|\[[^\]]*\])*\]`).Find(out.Bytes())
	if w == nil {
		t.Fatal("no /W array")
	}
	want, err := os.ReadFile("testdata/widths.golden")
	if err != nil {
		t.Fatal(err)
	}
	got, upstream := widthsOf(t, w), widthsOf(t, want)
	set := map[int]bool{}
	for _, r := range text {
		set[int(r)] = true
	}
	for cid, width := range upstream {
		if g, ok := got[cid]; set[cid] && (!ok || g != width) {
			t.Errorf("character %d: width %d (given: %v), upstream %d", cid, g, ok, width)
		}
	}
	for cid := range got {
		if !set[cid] {
			t.Errorf("character %d is not set, and has a width", cid)
		} else if _, ok := upstream[cid]; !ok {
			t.Errorf("character %d has a width upstream does not give", cid)
		}
	}
	if len(got) < 50 {
		t.Errorf("only %d widths", len(got))
	}
}

// widthsOf reads a /W array: "c [w1 w2 ...]" from c on, and "c1 c2 w" from c1 to c2.
func widthsOf(t *testing.T, w []byte) map[int]int {
	t.Helper()
	f := strings.Fields(strings.NewReplacer("[", " [ ", "]", " ] ").Replace(string(w)))
	f = f[2 : len(f)-1] // "/W [" ... "]"
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("/W: %q is no number", s)
		}
		return n
	}
	out := map[int]int{}
	for i := 0; i < len(f); {
		c := num(f[i])
		if f[i+1] == "[" {
			i += 2
			for ; f[i] != "]"; i++ {
				out[c] = num(f[i])
				c++
			}
			i++
			continue
		}
		for c2, width := num(f[i+1]), num(f[i+2]); c <= c2; c++ {
			out[c] = width
		}
		i += 3
	}
	return out
}

func BenchmarkWidthsArray(b *testing.B) {
	font, _ := calligra(b)
	pdf := New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes("calligra", "", font)
	def := pdf.fonts["calligra"]
	for r := 32; r < 0x2200; r++ {
		def.usedRunes[r] = r
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		generateCIDFontMap(&def, 0x2200)
	}
}
