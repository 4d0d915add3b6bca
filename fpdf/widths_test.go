package fpdf

import (
	"bytes"
	"flag"
	"math/rand"

	"os"
	"regexp"
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

// TestWidthsArray holds the /W array of a subset to the one upstream's builder wrote.
func TestWidthsArray(t *testing.T) {
	font, _ := calligra(t)
	var text []rune
	for r := rune(32); r < 0x2200; r += 3 {
		text = append(text, r)
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
	w := regexp.MustCompile(`(?s)/W \[.*? \]`).Find(out.Bytes())
	if w == nil {
		t.Fatal("no /W array")
	}
	const golden = "testdata/widths.golden"
	if *update {
		if err := os.WriteFile(golden, w, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(w, want) {
		t.Errorf("/W array differs from upstream's:\n%s\nwant\n%s", w, want)
	}
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
