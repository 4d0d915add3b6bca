package layout

import (
	"strings"
	"testing"
)

// wide is mono times k: a face as wide as Noto Serif or DejaVu Sans (k about 1.2), or wider.
type wide float64

func (k wide) Width(f Font, size float64, s string) float64 {
	return float64(k) * mono{}.Width(f, size, s)
}

// The card sheet's instruction line is haven's own words: in a face of any width it never
// fails the sheet, and what it prints stays between the cut marks, at no less than two thirds
// of its floor; it leaves out parts, from the end, only when smaller type is not enough.
func TestPrintLineFitsAnyFace(t *testing.T) {
	for _, tt := range []struct {
		name      string
		k         float64
		lang      string
		paper     string
		wantParts int // the parts printed, at least
		wantSize  float64
	}{
		{"English Letter", 1, "en", "letter", 3, printLineSize},
		{"Spanish A4: smaller", 1, "es", "a4", 3, printLineFloor},
		{"twice as wide", 2, "es", "a4", 1, printLineFloor * 2 / 3},
		{"a part wider than a card", 6, "es", "a4", 1, printLineFloor * 2 / 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := input(t)
			in.M = wide(tt.k)
			in.Lang.Code = tt.lang
			sh := Sheets[tt.paper]
			x0, y0 := sh.origin()
			cv := in.canvas("cards")
			printLine(cv, in, tt.paper, sh, x0, y0, in.theme())
			var all []string
			for _, it := range cv.items {
				tx, ok := it.(Text)
				if !ok {
					continue
				}
				all = append(all, tx.S)
				col := int((tx.X - x0) / sh.CardW)
				if tx.X < x0 || tx.X+tx.W > x0+float64(col+1)*sh.CardW {
					t.Errorf("%q runs from %.1f to %.1f, across a cut mark", tx.S, tx.X, tx.X+tx.W)
				}
				if tx.Size < tt.wantSize-1e-9 {
					t.Errorf("%q at %.2f pt, under %.2f", tx.S, tx.Size, tt.wantSize)
				}
			}
			printed := 0
			for _, part := range PrintLine(tt.lang, tt.paper) {
				if strings.Contains(strings.Join(all, " · "), part) {
					printed++
				}
			}
			if len(all) == 0 || printed < tt.wantParts && tt.k < 6 {
				t.Errorf("prints %q: %d parts, want %d", all, printed, tt.wantParts)
			}
		})
	}
}

// lacking measures as mono does, and its fonts print every character but those of lacks.
type lacking struct {
	mono
	lacks string
}

func (l lacking) Draws(s string) bool { return !strings.ContainsAny(s, l.lacks) }

// The print line is in the sheet's language where haven has its words (Vietnamese, Korean),
// read back from the sheet; in another language it is in English and the sheet says so, as it
// is in an edition whose fonts lack the letters of haven's words (a Vietnamese folder whose
// texts are still English, set in a face without Vietnamese letters): haven's own words never
// fail a build.
func TestPrintLineInTheLanguage(t *testing.T) {
	for _, tt := range []struct {
		lang, want string
		lacks      string // letters the edition's fonts lack
		noted      bool
	}{
		{"en", "Print at 100%", "", false},
		{"vi", "In ở tỷ lệ 100%", "", false},
		{"ko", "실제 크기(100%)로 인쇄", "", false},
		{"fr", "Print at 100%", "", true},
		{"vi", "Print at 100%", "ởỷệ", true},
		{"ko", "Print at 100%", "실", true},
	} {
		t.Run(tt.lang+tt.lacks, func(t *testing.T) {
			in := input(t)
			lang := *in.Lang
			lang.Code = tt.lang
			in.Lang = &lang
			if tt.lacks != "" {
				in.M = Typeset(lacking{lacks: tt.lacks}, tt.lang)
			}
			doc, err := CardSheet(in, "letter", false, nil)
			if err != nil {
				t.Fatal(err)
			}
			var top []string
			for _, it := range doc.Pages[0].Items {
				if tx, ok := it.(Text); ok && tx.Y < Sheets["letter"].Paper.H*0.05 {
					top = append(top, tx.S)
				}
			}
			if !strings.Contains(strings.Join(top, " "), tt.want) {
				t.Errorf("the top margin prints %q, want %q", top, tt.want)
			}
			if noted := strings.Contains(doc.Note, "in English"); noted != tt.noted {
				t.Errorf("note %q, want one saying the line is in English: %v", doc.Note, tt.noted)
			}
		})
	}
}
