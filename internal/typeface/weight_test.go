package typeface

import (
	"bytes"
	"testing"

	"golang.org/x/image/font/sfnt"

	"haven/internal/contenttest"
	"haven/internal/diag"
)

// A family of one weight (its file given twice) prints its bold lines in its regular weight,
// and so does every other face of the edition it sets: the Latin digits of a Chinese line,
// from a fallback family, measured as they print, not in Atkinson's bold beside regular Han;
// and where it sets most of an edition's letters while the built-in family is chosen first
// (a Tifinagh font, the Latin words and digits it lacks), a heading's number and question mark
// and the hotline's number. A family with a bold of its own leaves its fallbacks' bold as it is.
func TestOneWeightFamiliesPrintEveryFaceRegular(t *testing.T) {
	builtin, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []struct{ font, pkg, lang, text string }{
		{"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "fonts-droid-fallback", "zh-Hans", "拨打全国热线 1-888-373-7888"},
		{"/usr/share/fonts/truetype/noto/NotoSansTifinagh-Regular.ttf", "fonts-noto-core", "zgh", "1. ⵎⴰⵏ ⴰⵢⵏⵏⴰ ⵙⵔⵙⵖ? ⵙⵉⵡⵍ ⵖⵔ 1-888-373-7888, ⵜⵉⴷⵜⵉⵏ ⴷ ⵉⵙⵇⵙⵉⵜⵏ ⵅⴼ ⵜⵓⵎⵥⴰ, Safe Harbor Center"},
	} {
		data := contenttest.SystemFont(t, e.font, e.pkg)
		for _, tt := range []struct {
			name string
			bold []byte
			want Face // the face a bold run prints in
		}{
			{"one weight, the file given twice", data, Regular},
			{"a bold of its own", bytes.Clone(data), Bold},
		} {
			t.Run(e.lang+" "+tt.name, func(t *testing.T) {
				own, err := New("Own", "own.ttf", "own.ttf", data, tt.bold)
				if err != nil {
					t.Fatal(err)
				}
				fam, err := Choose(e.lang, append([]*Family{own}, builtin...), []diag.Located{{Text: e.text}})
				if err != nil {
					t.Fatal(err)
				}
				var buf sfnt.Buffer
				for _, run := range fam.Runs(&buf, e.text) {
					if got := run.Face.Prints(Bold); got != tt.want {
						t.Errorf("%q in %s: its bold prints in face %d, want %d", run.Text, run.Face.Name, got, tt.want)
					}
					if run.Face.Name == "Atkinson Hyperlegible Next" && run.Face.Advance(&buf, Bold, '8') != builtin[0].Advance(&buf, tt.want, '8') {
						t.Errorf("a bold '8' in %q measures as another face's", run.Text)
					}
				}
			})
		}
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
