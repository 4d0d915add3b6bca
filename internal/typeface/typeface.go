// Package typeface knows the font families haven can print with and which characters each can
// draw, so text a font lacks is an error before layout instead of boxes (tofu) on paper.
package typeface

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"haven/fonts"
	"haven/internal/diag"
)

// Family is a regular and a bold TrueType face.
type Family struct {
	Name          string
	Regular, Bold []byte
	cover         *sfnt.Font // the regular face; bold faces cover the same characters
	bold          *sfnt.Font
}

// New makes a family from the bytes of a regular and a bold face; the file names are for
// messages.
func New(name, regularFile, boldFile string, regular, bold []byte) (*Family, error) {
	f := &Family{Name: name, Regular: regular, Bold: bold}
	if err := checkTrueType(regularFile, regular); err != nil {
		return nil, err
	}
	if err := checkTrueType(boldFile, bold); err != nil {
		return nil, err
	}
	var err error
	if f.cover, err = sfnt.Parse(regular); err != nil {
		return nil, fmt.Errorf("font %s is not a usable TrueType font: %v", regularFile, err)
	}
	if f.bold, err = sfnt.Parse(bold); err != nil {
		return nil, fmt.Errorf("font %s is not a usable TrueType font: %v", boldFile, err)
	}
	return f, nil
}

// checkTrueType refuses what fpdf cannot embed: CFF-outline .otf files and collections.
func checkTrueType(file string, data []byte) error {
	if len(data) < 4 {
		return fmt.Errorf("font %s is not a font file", file)
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true":
		return nil
	case "OTTO":
		return fmt.Errorf("font %s has CFF (PostScript) outlines, which cannot be embedded; use a TrueType .ttf", file)
	case "ttcf":
		return fmt.Errorf("font %s is a font collection (.ttc); extract one .ttf from it", file)
	}
	return fmt.Errorf("font %s is not a TrueType font", file)
}

// Has reports whether the family can draw r.
func (f *Family) Has(buf *sfnt.Buffer, r rune) bool {
	if r == ' ' || r == '\u00A0' {
		return true
	}
	g, err := f.cover.GlyphIndex(buf, r)
	return err == nil && g != 0
}

// Advance is the advance width of r in thousandths of an em, in the bold or the regular face,
// rounded exactly as the PDF writer rounds the widths it embeds, so that what layout measures
// is what prints. buf may be reused between calls (not concurrently).
func (f *Family) Advance(buf *sfnt.Buffer, bold bool, r rune) int {
	face := f.cover
	if bold {
		face = f.bold
	}
	g, err := face.GlyphIndex(buf, r)
	if err != nil || g == 0 {
		return 0
	}
	upem := face.UnitsPerEm()
	adv, err := face.GlyphAdvance(buf, g, fixed.I(int(upem)), font.HintingNone)
	if err != nil {
		return 0
	}
	// adv is in font units (26.6 fixed point at one unit per pixel)
	return int(math.Round(1000 / float64(upem) * float64(adv) / 64))
}

// Defaults are the embedded families, in order of preference: Atkinson Hyperlegible Next for
// legibility, then Noto Sans for its wider coverage.
func Defaults() ([]*Family, error) {
	a, err := New("Atkinson Hyperlegible Next", "AtkinsonHyperlegibleNext-Regular.ttf", "AtkinsonHyperlegibleNext-Bold.ttf", fonts.AtkinsonRegular, fonts.AtkinsonBold)
	if err != nil {
		return nil, err
	}
	n, err := New("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", fonts.NotoRegular, fonts.NotoBold)
	if err != nil {
		return nil, err
	}
	return []*Family{a, n}, nil
}

// Choose returns the first family that draws every character of texts. When none does, the
// error names each missing character, its code point and where it is written.
func Choose(families []*Family, texts []diag.Located) (*Family, error) {
	best, bestMissing := (*Family)(nil), map[rune][]diag.Located(nil)
	var buf sfnt.Buffer
	for _, f := range families {
		missing := map[rune][]diag.Located{}
		has := map[rune]bool{} // each character is looked up once
		for _, t := range texts {
			for _, r := range t.Text {
				ok, seen := has[r]
				if !seen {
					ok = f.Has(&buf, r)
					has[r] = ok
				}
				if !ok {
					missing[r] = append(missing[r], t)
				}
			}
		}
		if len(missing) == 0 {
			return f, nil
		}
		if best == nil || len(missing) < len(bestMissing) {
			best, bestMissing = f, missing
		}
	}
	return nil, missingError(families, bestMissing)
}

func missingError(families []*Family, missing map[rune][]diag.Located) error {
	runes := make([]rune, 0, len(missing))
	for r := range missing {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	var ps diag.Problems
	seen := map[string]bool{}
	for _, r := range runes {
		at := missing[r][0]
		key := fmt.Sprintf("%s:%d", at.File, at.Line)
		var chars []string
		for _, r2 := range runes {
			for _, l := range missing[r2] {
				if l.File == at.File && l.Line == at.Line {
					chars = append(chars, fmt.Sprintf("%q U+%04X", r2, r2))
					break
				}
			}
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		names := make([]string, len(families))
		for i, f := range families {
			names[i] = f.Name
		}
		ps = append(ps, diag.Problem{File: at.File, Line: at.Line, Field: at.Field,
			Msg:  "no font can print " + strings.Join(chars, ", "),
			Hint: "fonts tried: " + strings.Join(names, ", ") + "; give a .ttf that has them with --font"})
	}
	return ps
}
