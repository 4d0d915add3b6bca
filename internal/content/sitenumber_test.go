package content

import (
	"strings"
	"testing"
)

// A number that is part of a word in a page link's words (211info), or that the linked site's
// name holds with no word asking to call it (Oregon 211 opening 211info.org), names the site;
// a number the words ask to call still may not open a page; nor is the number of an address
// the words show (wa.me/12165560242) one shown to call.
func TestNumberNamingTheLinkedSite(t *testing.T) {
	for _, tt := range []struct {
		md      string
		refused bool
	}{
		{"See [211info](https://www.211info.org) today.", false},
		{"See [Oregon 211](https://www.211info.org) today.", false},
		{"See [211info.org](https://www.211info.org) today.", false},
		{"See [988 Lifeline](https://988lifeline.org) today.", false},
		{"Or [Call 211](https://www.211info.org) today.", true},
		{"Or [Call 211](https://samples.org) today.", true},
		{"See [Oregon 211](https://samples.org) today.", true},
		// a chat's address the words show whole: its number is the address's, as WhatsApp reads it
		{"Chat with us: <https://wa.me/12165560242> today.", false},
		{"Chat with us: [wa.me/12165560242](https://wa.me/12165560242) today.", false},
		{"Chat with us: [call 216-556-0242](https://wa.me/12165560242) today.", true},
		{"Chat with us: [wa.me/12165560242 or call 216-321-0199](https://wa.me/12165560242) today.", true},
	} {
		_, got := loadFirstAnswer(t, tt.md)
		if refused := strings.Contains(got, "shows the number"); refused != tt.refused {
			t.Errorf("%q: refused %v, want %v (%s)", tt.md, refused, tt.refused, got)
		}
	}
}
