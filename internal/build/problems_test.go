package build

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"haven/internal/diag"
	"haven/internal/layout"
)

// The same error from several documents is reported once, naming the first and how many more.
func TestSameErrorReportedOnce(t *testing.T) {
	err := problems(errors.Join(
		&docError{"handout on letter, en", errors.New("cannot make a QR code")},
		&docError{"poster on letter, en", errors.New("another thing")},
		&docError{"cards on letter, en", errors.New("cannot make a QR code")},
		&docError{"poster on a4, en", errors.New("cannot make a QR code")},
	))
	want := "cannot make a QR code (in the handout on letter, en and 2 other outputs)\nanother thing"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

// The texts of one output that do not fit, carried by its first, are each a problem at its
// line, whether the run made one output or several.
func TestEveryTextOfAnOutputReported(t *testing.T) {
	fit := func() error {
		return &layout.FitError{Doc: "cards-en-letter", Where: "card front", Msg: "is too wide",
			At:   diag.Located{File: "en/text.yaml", Line: 3, Field: "card.headline", Text: "a"},
			More: []*layout.FitError{{Where: "card back", Msg: "is too wide", At: diag.Located{File: "en/text.yaml", Line: 9, Field: "card.back_note", Text: "b"}}}}
	}
	for _, tt := range []struct {
		name string
		err  error
	}{
		{"one output", fit()},
		{"several", errors.Join(fit(), errors.New("another thing"))},
	} {
		err := problems(tt.err)
		for _, want := range []string{"en/text.yaml:3: card.headline", "en/text.yaml:9: card.back_note: \"b\" is too wide (card back in cards-en-letter)"} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: got\n%v\nwant %s", tt.name, err, want)
			}
		}
	}
}

// An address too long for the QR codes of several outputs is one problem, told where the fewest
// characters fit, whichever output met it first.
func TestTooDenseToldAtTheLeast(t *testing.T) {
	at := diag.Located{File: "settings.yaml", Line: 14, Field: "resource_url", Text: "https://example.org/long"}
	dense := func(doc string, fits int) error {
		return &layout.FitError{Doc: doc, Where: "QR code", At: at, Msg: fmt.Sprintf("is too long: at most %d characters fit", fits), Fits: fits}
	}
	err := problems(errors.Join(dense("handout-large-en-letter", 290), dense("handout-en-letter", 251), dense("cards-en-letter", 213), dense("poster-en-letter", 300)))
	if err == nil || !strings.Contains(err.Error(), "at most 213 characters fit (QR code in cards-en-letter and 3 other outputs)") {
		t.Errorf("got %v, want the cards' 213 characters", err)
	}
}
