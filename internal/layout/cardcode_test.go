package layout_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"haven/internal/layout"
)

// A card text that fits but for the placement code in the card's corner names the code as the
// cause, with shorter codes as the fix: a long code had been reported as a translation to
// shorten.
func TestCardTextBesideALongCode(t *testing.T) {
	in := realInputs(t)[0]
	in.Placement = "m8m8m8m8m8m8m8m8"
	_, err := layout.CardSheet(in, "letter", false, slices.Repeat([]string{in.Placement}, 10))
	var fe *layout.FitError
	if !errors.As(err, &fe) {
		t.Fatalf("got %v, want a card text too wide beside the code", err)
	}
	msg := fe.Problem().Error()
	for _, want := range []string{`beside the placement code "m8m8m8m8m8m8m8m8" in the card's corner, which takes`, "give the places shorter codes (p01, lib-2), or shorten the text"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error does not say %q: %s", want, msg)
		}
	}
	in.Placement = "p01"
	if _, err := layout.CardSheet(in, "letter", false, slices.Repeat([]string{in.Placement}, 10)); err != nil {
		t.Errorf("a short code: %v", err)
	}
}
