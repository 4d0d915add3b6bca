package layout_test

import (
	"strings"
	"testing"

	"haven/internal/layout"
)

// A back note too long for one line takes two where the back has room (a Russian "Keep this
// number in case you need it" was refused on a back half empty); one too long for two is
// still refused, naming it.
func TestCardBackNoteOnTwoLines(t *testing.T) {
	for _, tt := range []struct {
		note string
		ok   bool
	}{
		{"Free and confidential, 24/7, in more than 200 languages, for anyone who calls", true},
		{strings.Repeat("Free and confidential, 24/7, in more than 200 languages, for anyone who calls. ", 3), false},
	} {
		in := realInputs(t)[0]
		lang := *in.Lang
		lang.Text.Card.BackNote.Text = tt.note
		in.Lang = &lang
		doc, err := layout.CardSheet(in, "letter", false, nil)
		if (err == nil) != tt.ok {
			t.Errorf("%q: %v, want it printed: %v", tt.note, err, tt.ok)
		}
		if err == nil && !strings.Contains(pageTexts(doc.Pages[1]), "for anyone who calls") {
			t.Errorf("%q: not on the back", tt.note)
		}
	}
}
