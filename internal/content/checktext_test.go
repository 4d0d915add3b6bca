package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestCheckTextEveryASCIIByte: checkText passes every printable ASCII character, a tab and a
// line break, and refuses each other control character (U+0000 to U+001F, U+007F) at its line,
// however it is surrounded.
func TestCheckTextEveryASCIIByte(t *testing.T) {
	for c := range 0x80 {
		data := []byte("call: 1-888-373-7888\ntext: 233733 " + string(rune(c)) + "x\n")
		p := checkText("settings.yaml", data, refusedRune)
		refused := c < 0x20 && c != '\t' && c != '\n' || c == 0x7F
		switch {
		case refused && p == nil:
			t.Errorf("U+%04X passed", c)
		case refused && (p.Line != 2 || !strings.Contains(p.Msg, fmt.Sprintf("U+%04X", c))):
			t.Errorf("U+%04X: %v, want line 2 naming it", c, p)
		case !refused && p != nil:
			t.Errorf("U+%04X refused: %v", c, p)
		}
	}
}
