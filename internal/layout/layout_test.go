package layout

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/diag"
)

// mono is a measurer where every character is half an em wide: close to the real face, and
// independent of it.
type mono struct{}

func (mono) Width(f Font, size float64, s string) float64 {
	w := 0.5
	if f&Bold != 0 {
		w = 0.55
	}
	return float64(len([]rune(s))) * size * w
}

func input(t *testing.T) Input {
	t.Helper()
	c, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return Input{Settings: c.Settings, Address: c.Address, Lang: &c.Languages[0], M: mono{}}
}

func TestWrapFitsWidth(t *testing.T) {
	st := Style{Size: 12}
	text := "Everyday behaviors can be warning signs. Common indicators include possession of unexplained cash."
	lines, err := wrap(mono{}, st, diag.Located{Text: text}, 200, "the handout")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(lines, " ") != text {
		t.Errorf("wrapping lost or changed words: %q", lines)
	}
	for _, l := range lines {
		if w := (mono{}).Width(Regular, 12, l); w > 200 {
			t.Errorf("line %q is %.1f pt, wider than 200", l, w)
		}
	}
}

func at(field, text string) diag.Located {
	return diag.Located{File: "en/text.yaml", Line: 7, Field: field, Text: text}
}

func TestTooLongIsAnErrorNamingTheText(t *testing.T) {
	tests := []struct {
		name string
		run  func() error
		want string
	}{
		{"word wider than the line", func() error {
			_, err := wrap(mono{}, Style{Size: 12}, at("card.headline", "Call Supercalifragilisticexpialidocious now"), 100, "card front")
			return err
		}, `en/text.yaml:7: card.headline: "Call Supercalifragilisticexpialidocious now" has the word "Supercalifragilisticexpialidocious", 1.44 in too wide for its 1.39 in line (shorten the text)`},
		{"too many lines", func() error {
			_, err := fitLines(mono{}, Style{Size: 12}, at("help.note", "one two three four five six seven eight nine ten"), 60, 2, "hotline box")
			return err
		}, `en/text.yaml:7: help.note: "one two three four five six seven eight nine ten" needs 6 lines at 12.0 pt in a 0.83 in box; 2 fit (shorten the text)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			var fe *FitError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a FitError", err)
			}
			if err.Error() != tt.want {
				t.Errorf("got  %s\nwant %s", err, tt.want)
			}
		})
	}
}

// A FAQ too long for the handout's sheets is an error that says how many lines of body text to
// cut, accurately: a closing cut by that many lines fits, one cut by one line fewer does not.
// (Cut elsewhere, the pages break at other places, which may keep a line more or less.)
func TestHandoutTooLongSaysHowMuch(t *testing.T) {
	for _, sheets := range []string{"1", ""} {
		in := input(t)
		in.Settings.Handout.Sheets = sheets
		pages := map[string]int{"1": 2, "": 4}[sheets]
		answer := func(n int) diag.Located {
			return diag.Located{File: "en/faq.md", Line: 9, Field: "closing[1]", Text: strings.Repeat("This answer goes on and on. ", n)}
		}
		withAnswer := func(a diag.Located) error {
			lang := *in.Lang
			lang.FAQ.Closing = []content.Para{{Located: a}}
			in.Lang = &lang
			_, err := Handout(in, Papers["letter"], false)
			return err
		}
		long := answer(300 * pages)
		err := withAnswer(long)
		var over int
		if err == nil {
			t.Fatalf("sheets %q: a very long answer fitted", sheets)
		}
		if _, e := fmt.Sscanf(err.Error()[strings.Index(err.Error(), "cut "):], "cut %d line", &over); e != nil {
			t.Fatalf("sheets %q: no line count in %v", sheets, err)
		}
		if want := fmt.Sprintf("runs past page %d", pages); !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "the closing (en/faq.md:9,") {
			t.Fatalf("sheets %q: got %v, want %q and the closing named", sheets, err, want)
		}
		width := Papers["letter"].W - 1.2*Inch
		lines := func(n int) int {
			ls, _ := wrap(mono{}, Style{Size: 12}, answer(n), width, "")
			return len(ls)
		}
		withLines := func(target int) diag.Located {
			n := 0
			for lines(n+1) <= target {
				n++
			}
			return answer(n)
		}
		total := lines(300 * pages)
		if err := withAnswer(withLines(total - over)); err != nil {
			t.Errorf("sheets %q: cut by the %d lines the error asked, still: %v", sheets, over, err)
		}
		if err := withAnswer(withLines(total - over + 1)); err == nil {
			t.Errorf("sheets %q: cut by %d lines, one fewer than the error asked, it fits: the count is too high", sheets, over-1)
		}
	}
}

// An FAQ may go straight from its title to the first question: the hotline box still comes
// first on page 1, and the first question follows it there.
func TestHandoutWithoutIntroduction(t *testing.T) {
	in := input(t)
	lang := *in.Lang
	lang.FAQ.Intro = nil
	in.Lang = &lang
	first := lang.FAQ.Questions[0].Question.Text
	for _, large := range []bool{false, true} {
		doc, err := Handout(in, Papers["letter"], large)
		if err != nil {
			t.Fatalf("large=%v: %v", large, err)
		}
		number, question := -1.0, -1.0
		for _, it := range doc.Pages[0].Items {
			if tx, ok := it.(Text); ok {
				if strings.Contains(tx.S, "1-888-373-7888") && number < 0 {
					number = tx.Y
				}
				if strings.HasPrefix(first, tx.S) && question < 0 {
					question = tx.Y
				}
			}
		}
		if number < 0 || (!large && (question < 0 || question < number)) {
			t.Errorf("large=%v: page 1 has the number at %.0f and question 1 at %.0f", large, number, question)
		}
	}
}

// A poster headline starts each sentence on a new line, or, when asked to, says it cannot.
func TestHeadlineLines(t *testing.T) {
	st := Style{Size: 10}
	const s = "Any child can be trafficked. Anyone can help."
	got, err := headlineLines(mono{}, st, diag.Located{Text: s}, 200, true)
	if err != nil || strings.Join(got, "|") != "Any child can be trafficked.|Anyone can help." {
		t.Errorf("wide: got %q, %v", got, err)
	}
	// four sentences would take four lines
	const four = "Stop. Look. Listen. Call."
	if _, err := headlineLines(mono{}, st, diag.Located{Text: four}, 200, true); err == nil {
		t.Error("four lines of sentences were accepted where only sentence breaks would do")
	}
	if got, err := headlineLines(mono{}, st, diag.Located{Text: four}, 200, false); err != nil || len(got) != 1 {
		t.Errorf("fallback wrap: got %q, %v", got, err)
	}
}

// A FAQ a little too long for one sheet tightens its spacing (15.6 pt leading to 15) and stays
// on one sheet; a shorter one keeps the normal spacing; a longer one takes a second sheet.
func TestHandoutTightensBeforeASecondSheet(t *testing.T) {
	in := input(t)
	leadingWith := func(n int) (float64, int) {
		lang := *in.Lang
		text := strings.TrimSpace(strings.Repeat("This closing goes on and on. ", n+6))
		lang.FAQ.Closing = []content.Para{{Located: diag.Located{Text: text}}}
		in.Lang = &lang
		doc, err := Handout(in, Papers["letter"], false)
		if err != nil {
			t.Fatal(err)
		}
		var ys []float64 // the baselines of the closing's lines
		for _, p := range doc.Pages {
			for _, it := range p.Items {
				if tx, ok := it.(Text); ok && strings.HasPrefix(tx.S, "This closing") && tx.Size == 12 {
					ys = append(ys, tx.Y)
				}
			}
		}
		if len(ys) < 2 {
			t.Fatalf("%d lines of the closing found", len(ys))
		}
		return ys[1] - ys[0], len(doc.Pages)
	}
	if l, pages := leadingWith(0); math.Abs(l-15.6) > 0.01 || pages != 2 {
		t.Fatalf("a FAQ that fits: leading %.2f on %d pages, want 15.6 on 2", l, pages)
	}
	tightened := false
	for n := 1; n < 400; n += 3 {
		l, pages := leadingWith(n)
		if pages > 2 {
			if math.Abs(l-15.6) > 0.01 {
				t.Errorf("on two sheets the leading is %.2f, want the normal 15.6", l)
			}
			break
		}
		if math.Abs(l-15) < 0.01 {
			tightened = true
		}
	}
	if !tightened {
		t.Error("no length of FAQ was tightened to stay on one sheet")
	}
}
