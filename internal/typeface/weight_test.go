package typeface

import (
	"bytes"
	"os"
	"testing"

	"golang.org/x/image/font/sfnt"

	"haven/internal/contenttest"
	"haven/internal/diag"
)

// A Chinese font with one weight (given twice) prints its bold lines in its regular weight:
// the Latin digits of such a line, from a fallback family, print in the regular weight too,
// measured as they print, not in Atkinson's bold beside regular Han. A family with a bold of
// its own leaves its fallbacks' bold as it is.
func TestOneWeightFamilyFallbacksPrintRegular(t *testing.T) {
	const droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	data, err := os.ReadFile(droid)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: %v (CI installs the Debian package fonts-droid-fallback)", droid, err)
		}
		t.Skipf("%s is not installed: apt-get install fonts-droid-fallback", droid)
	}
	builtin, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		bold []byte
		want Face // the face the digits' bold prints in
	}{
		{"one weight, the file given twice", data, Regular},
		{"a bold of its own", bytes.Clone(data), Bold},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cjk, err := New("Droid", droid, droid, data, tt.bold)
			if err != nil {
				t.Fatal(err)
			}
			fam, err := Choose("zh-Hans", append([]*Family{cjk}, builtin...), []diag.Located{{Text: "拨打全国热线 1-888-373-7888"}})
			if err != nil {
				t.Fatal(err)
			}
			var buf sfnt.Buffer
			runs := fam.Runs(&buf, "拨打全国热线 1-888-373-7888")
			if len(runs) != 2 || runs[0].Face != fam || runs[1].Face.Name != "Atkinson Hyperlegible Next" {
				t.Fatalf("runs %+v", runs)
			}
			digits := runs[1].Face
			if got := digits.Prints(Bold); got != tt.want {
				t.Errorf("the digits' bold prints in face %d, want %d", got, tt.want)
			}
			if got, want := digits.Advance(&buf, Bold, '8'), builtin[0].Advance(&buf, tt.want, '8'); got != want {
				t.Errorf("a bold '8' measures %d, want %d", got, want)
			}
		})
	}
}

// A family of one weight given for a script the built-in family lacks (Tifinagh) sets most of
// an edition's letters, and the built-in family, chosen first for the Latin words and digits
// the font lacks, prints its bold in its regular weight too: a heading's number and question
// mark, and the hotline's number, in the weight of the words around them.
func TestOneWeightFallbackSetsTheWeight(t *testing.T) {
	tif := contenttest.SystemFont(t, "/usr/share/fonts/truetype/noto/NotoSansTifinagh-Regular.ttf", "fonts-noto-core")
	builtin, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		bold []byte
		want Face
	}{
		{"one weight, the file given twice", tif, Regular},
		{"a bold of its own", bytes.Clone(tif), Bold},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fam, err := New("Tifinagh", "t.ttf", "t.ttf", tif, tt.bold)
			if err != nil {
				t.Fatal(err)
			}
			texts := []diag.Located{{Text: "ⵜⵉⴷⵜⵉⵏ ⴷ ⵉⵙⵇⵙⵉⵜⵏ ⵅⴼ ⵜⵓⵎⵥⴰ ⵏ ⵉⵎⵥⵥⵉⵢⵏ"}, {Text: "1. ⵎⴰⵏ ⴰⵢⵏⵏⴰ ⵙⵔⵙⵖ? ⵙⵉⵡⵍ ⵖⵔ 1-888-373-7888, Safe Harbor Center"}}
			chosen, err := Choose("zgh", append([]*Family{fam}, builtin...), texts)
			if err != nil {
				t.Fatal(err)
			}
			var buf sfnt.Buffer
			for _, run := range chosen.Runs(&buf, texts[1].Text) {
				if got := run.Face.Prints(Bold); got != tt.want {
					t.Errorf("%q in %s: its bold prints in face %d, want %d", run.Text, run.Face.Name, got, tt.want)
				}
			}
		})
	}
}

// Two family names name one family when equal, or one the other with a weight's name after
// it; a family named the other with another word after it is its own ("Slanted", "Condensed"),
// and a sloped regular paired with an upright bold is refused and never suggested.
func TestSameFamily(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"Inter", "Inter", true},
		{"Inter", "inter  semibold", true},
		{"Noto Sans", "Noto Sans Bold", true},
		{"Noto Serif Tamil", "Noto Serif Tamil Slanted", false},
		{"Noto Sans", "Noto Sans Condensed", false},
		{"Noto Sans", "Noto Sans Tamil", false},
		{"Noto Sans", "Noto", false},
	} {
		if got := sameFamily(tt.a, tt.b); got != tt.same {
			t.Errorf("sameFamily(%q, %q) = %v", tt.a, tt.b, got)
		}
		if got := sameFamily(tt.b, tt.a); got != tt.same {
			t.Errorf("sameFamily(%q, %q) = %v", tt.b, tt.a, got)
		}
	}
	if plain("/usr/share/fonts/truetype/noto/NotoSerifTamilSlanted-Regular.ttf") {
		t.Error("a slanted face is taken for an upright one")
	}
}
