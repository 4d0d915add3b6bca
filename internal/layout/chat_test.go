package layout_test

import (
	"strings"
	"testing"

	"haven/internal/layout"
)

// A long chat address breaks after a '/' like every other address: the large print prints it
// instead of refusing it, and the standard handout keeps the QR code beside the numbers
// (under them, it took the text's room and left the right of the box empty).
func TestChatAddressBreaks(t *testing.T) {
	const chat = "www.hilfetelefon-gewalt-gegen-frauen.example.de/online-beratung/chat-starten"
	for _, large := range []bool{false, true} {
		t.Run(map[bool]string{false: "standard", true: "large"}[large], func(t *testing.T) {
			in := realInputs(t)[0]
			lang := *in.Lang
			help := &lang.Text.Help
			help.ChatLabel.Text, help.Chat.Text = "Or chat online with a trained advocate", chat
			in.Lang = &lang
			doc, err := layout.Handout(in, layout.Papers["letter"], large)
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			var qrY, callY float64 = -1, -1
			for _, it := range doc.Pages[0].Items {
				switch it := it.(type) {
				case layout.Text:
					if strings.HasPrefix(chat, it.S) || strings.HasSuffix(chat, it.S) {
						lines = append(lines, it.S)
					}
					if strings.Contains(it.S, "1-888-373-7888") && callY < 0 {
						callY = it.Y
					}
				case layout.QR:
					qrY = it.Y
				}
			}
			if strings.Join(lines, "") != chat || len(lines) != 2 {
				t.Errorf("the chat address prints as %q, want it in two lines", lines)
			}
			if !large && (qrY < 0 || qrY > callY) {
				t.Errorf("the QR code (top at %.0f pt) is under the number (at %.0f pt), not beside it", qrY, callY)
			}
		})
	}
}
