package layout

import (
	"errors"
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
	if f == Bold {
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

func TestHandoutTooLongFails(t *testing.T) {
	in := input(t)
	lang := *in.Lang
	lang.FAQ.Questions = append([]content.QA(nil), lang.FAQ.Questions...)
	long := strings.Repeat("This answer goes on and on. ", 200)
	lang.FAQ.Questions[0].Answer = []diag.Located{{Text: long}}
	in.Lang = &lang
	_, err := Handout(in, Papers["letter"], false)
	if err == nil || !strings.Contains(err.Error(), "the FAQ") || !strings.Contains(err.Error(), "must fit 2") {
		t.Fatalf("got %v", err)
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
