package layout

import "testing"

// A label stays with the number or address it names ("Chat:" at a line's end, its address on
// the next, reads as a label of nothing), its words with it: a part's first words, three at
// most, ending in a colon or in a word that joins them to it ("Chat at www..."); a colon after
// a longer phrase, after anything else, or before words, binds nothing, nor does "at" or "on"
// before a count ("pages on 3 sheets").
func TestLabelKeepsItsValue(t *testing.T) {
	for _, tt := range []struct {
		text, label string
		glued       bool
	}{
		{"Relay UK: 18001 0808 2000 247 · Chat: www.example.org.uk/live-chat", "Chat: ", true},
		{"Relay UK: 18001 0808 2000 247 · Chat: www.example.org.uk/live-chat", "UK: ", true},
		{"Phone: +44 20 7946 0958", "Phone: ", true},
		{"Relay UK: 18001 0808 2000 247 · Chat: www.example.org.uk/live-chat", "Relay ", true},
		{"Call 0808 2000 247 · Live chat: www.example.org.uk/live-chat", "Live ", true},
		{"Call 0808 2000 247 · Live chat: www.example.org.uk/live-chat", "chat: ", true},
		{"Live chat, 10am to 10pm every day: www.nationaldahelpline.org.uk/en/Chat-to-us-online", "day: ", false},
		{"Live chat, 10am to 10pm every day: www.nationaldahelpline.org.uk/en/Chat-to-us-online", "every ", false},
		{"Deaf or hard of hearing: 1-800-787-3224", "hearing: ", false},
		{"Warning signs: unexplained cash", "signs: ", false},
		{"handout-large-es-a4.pdf: 6 pages", "a4.pdf: ", false},
		// a label joined to its address or number by a word, not a colon (c05-allservices)
		{"TTY (216) 581-4100 · Chat at www.clevelandrapecrisis.org/chat", "Chat ", true},
		{"TTY (216) 581-4100 · Chat at www.clevelandrapecrisis.org/chat", "at ", true},
		{"TTY 711 · Chatea en www.ejemplo.org/chat", "Chatea ", true},
		{"Call 988 · Live chat at www.988lifeline.org/chat", "Live ", true},
		{"Call 988 · TTY users at (216) 581-4100", "users ", true},
		{"5 pages on 3 sheets", "on ", false},
		{"handout-large-en-a4.pdf: 5 pages on 3 sheets", "pages ", false},
		{"Talk to someone who listens at www.example.org/chat", "listens ", false},
		{"We are open at 9 every day", "at ", false},
	} {
		found := false
		for _, sg := range findSegments(tt.text) {
			if sg.text == tt.label {
				found = true
				if sg.glue != tt.glued {
					t.Errorf("%q in %q: glued %v, want %v", tt.label, tt.text, sg.glue, tt.glued)
				}
			}
		}
		if !found {
			t.Errorf("%q has no segment %q", tt.text, tt.label)
		}
	}
}
