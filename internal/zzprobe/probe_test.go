package zzprobe

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

func TestProbe(t *testing.T) {
	r, _ := os.ReadFile("/usr/share/fonts/truetype/noto/NotoSansTelugu-Regular.ttf")
	face, _ := font.ParseTTF(bytes.NewReader(r))
	rs := []rune("నిర్ణయించుకోండి")
	for _, feats := range [][]shaping.FontFeature{nil, {{Tag: opentype.MustNewTag("dist"), Value: 1}}} {
		out := (&shaping.HarfbuzzShaper{}).Shape(shaping.Input{Text: rs, RunEnd: len(rs), Direction: di.DirectionLTR, Face: face, Size: fixed.I(int(face.Upem())), Script: language.Telugu, Language: language.NewLanguage("te"), FontFeatures: feats})
		for _, g := range out.Glyphs {
			fmt.Printf("%d+%d ", g.GlyphID, g.Advance.Round())
		}
		fmt.Println()
	}
}
