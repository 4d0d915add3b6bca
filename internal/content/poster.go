package content

import (
	"fmt"
	"strings"

	"haven/internal/diag"
)

// checkTab checks that the tear-off tab carries the number to call: a tab is torn off to call
// later, when the poster is out of sight, and without the number it is a slip of paper.
func checkTab(s Settings, t *Text) diag.Problems {
	tab, call := t.Poster.Tab, s.Hotline.Call.Text
	if strings.Contains(tab.Text, call) {
		return nil
	}
	return diag.Problems{tab.At(fmt.Sprintf("%s has no {call}: each tear-off tab is taken away to call later, and would carry no number", diag.Quote(tab.Text)),
		"write the number in it, e.g. 'tab: Call {call}'")}
}
