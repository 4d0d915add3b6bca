package content

import "testing"

// TestAsksToText: which words before a number make its link a text message.
func TestAsksToText(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"Text ", true},
		{"Text HELP to ", true},
		{"You can send a text message to ", true},
		{"Contact the hotline at 1737 or text ", true},
		{"Call 988 or text HELP to ", true},
		{"Envía AYUDA al ", true},
		{"Call or text ", false},
		{"Llama o envía un mensaje al ", false},
		{"Call ", false},
		{"Text us any time. Or call ", false},
		{"Call us any time. Text ", true},
		{"In immediate danger, call ", false},
		{"", false},
		{"Our line: ", false},
		{"If you cannot speak, you may be able to text ", true},
		{"Deaf callers can use a text telephone (TTY) at ", false},
		{"Text Relay users: ", false},
		{"Send a fax to ", false},
	} {
		if got := AsksToText(c.before); got != c.want {
			t.Errorf("AsksToText(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}
