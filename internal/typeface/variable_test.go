package typeface

import (
	"strings"
	"testing"
	"testing/fstest"

	"haven/fonts"
)

// withFvar is a copy of a TrueType font that says it is a variable font: its gasp table
// renamed fvar, which sorts in its place.
func withFvar(t *testing.T, data []byte) []byte {
	t.Helper()
	out := append([]byte(nil), data...)
	off := 12
	for ; string(out[off:off+4]) != "gasp"; off += 16 {
		if off > 12+16*64 {
			t.Fatal("no gasp table")
		}
	}
	copy(out[off:], "fvar")
	return out
}

// A variable font (one file for every weight, NotoSans[wght].ttf as Google Fonts names it)
// prints one weight alone: given alone or for bold too, it is warned of with the family's
// static files to give instead, not told to be given twice as a family of one weight is; a
// static bold after it prints bold, and is not.
func TestVariableFontSaysWhatToGive(t *testing.T) {
	fsys := fstest.MapFS{
		"NotoSans[wght].ttf":               {Data: withFvar(t, fonts.NotoRegular)},
		"Inter-VariableFont_opsz,wght.ttf": {Data: withFvar(t, fonts.NotoRegular)},
		"NotoSans-Bold.ttf":                {Data: fonts.NotoBold},
		"NotoSans-Regular.ttf":             {Data: fonts.NotoRegular},
	}
	const variable = "--font: NotoSans[wght].ttf is a variable font, one file holding every weight, and haven can print only one weight from it: titles, questions and the hotline number would not print bold; give the family's separate regular and bold files instead, which its download holds in a folder named static (--font NotoSans-Regular.ttf,NotoSans-Bold.ttf)"
	for _, tt := range []struct {
		files []string
		want  string // the warning, or "" for none
	}{
		{[]string{"NotoSans[wght].ttf"}, variable},
		{[]string{"NotoSans[wght].ttf", "NotoSans[wght].ttf"}, variable},
		{[]string{"Inter-VariableFont_opsz,wght.ttf"}, "(--font Inter-Regular.ttf,Inter-Bold.ttf)"},
		{[]string{"NotoSans[wght].ttf", "NotoSans-Bold.ttf"}, ""},
		{[]string{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}, ""},
		{[]string{"NotoSans-Regular.ttf"}, "--font: NotoSans-Regular.ttf has no bold face"},
	} {
		t.Run(strings.Join(tt.files, ","), func(t *testing.T) {
			fams, err := Assemble(Source{From: "--font", Files: tt.files, FS: fsys})
			if err != nil {
				t.Fatal(err)
			}
			if got := fams[0].NoBold(); tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
