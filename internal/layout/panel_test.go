package layout_test

import (
	"strings"
	"testing"

	"haven/internal/layout"
)

// A hotline with a text line, a TTY and a chat (a domestic-violence line's shape) still ends
// the standard handout in the closing panel, set closer and with each minor line after its
// label, where the two pages leave it the room: the note that there was none is not given.
func TestClosingPanelFitsEveryHotlineShape(t *testing.T) {
	for _, tt := range []struct {
		name string
		tty  bool
		chat bool
	}{
		{"call and text", false, false},
		{"TTY", true, false},
		{"TTY and chat", true, true},
	} {
		for _, paper := range []string{"letter", "a4"} {
			t.Run(tt.name+"/"+paper, func(t *testing.T) {
				in := realInputs(t)[0]
				lang := *in.Lang
				help := &lang.Text.Help
				help.CallLabel.Text = "National Domestic Violence Hotline, 24/7"
				help.Call.Text = "Call 1-800-799-7233"
				help.Text.Text = "Text START to 88788"
				if tt.tty {
					help.TTYLabel.Text, help.TTY.Text = "Deaf and hard of hearing", "TTY 1-800-787-3224"
				}
				if tt.chat {
					help.ChatLabel.Text, help.Chat.Text = "Or chat online", "www.thehotline.org/get-help"
				}
				in.Lang = &lang
				in.Settings.Organisation.Contact.Text = "Office (216) 555-0199"
				doc, err := layout.Handout(in, layout.Papers[paper], false)
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(doc.Note, "no room for the closing panel") {
					t.Errorf("%d pages: %s", len(doc.Pages), doc.Note)
				}
				last := texts(&layout.Doc{Pages: doc.Pages[len(doc.Pages)-1:]})
				for _, want := range []string{"1-800-799-7233", help.TTY.Text, help.Chat.Text} {
					if want != "" && !strings.Contains(last, want) {
						t.Errorf("the last page does not print %q", want)
					}
				}
			})
		}
	}
}
