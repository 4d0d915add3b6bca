package content

import (
	"strings"
	"testing"
)

// A language that still names haven's built-in line, when settings.yaml sets another, is warned
// of at its hotline_name; the built-in content, and content for another line that names it, is
// not. The warning names the number that makes it another line: hotline.text for a line that
// takes only texts.
func TestStaleHotlineName(t *testing.T) {
	for _, tt := range []struct {
		name, call, text, hotlineName string
		warn                          string // the setting it names; "" for none
	}{
		{"built in", "1-888-373-7888", "233733", "National Human Trafficking Hotline", ""},
		{"another line, the built-in name", "1-800-799-7233", "", "National Human Trafficking Hotline", "sets hotline.call 1-800-799-7233 ("},
		{"another line, the Spanish built-in name", "1-800-799-7233", "", "Línea Nacional Contra la Trata de Personas", "sets hotline.call 1-800-799-7233 ("},
		{"another line, its own name", "1-800-799-7233", "", "National Domestic Violence Hotline", ""},
		{"a line that takes only texts, the built-in name", "", "741741", "National Human Trafficking Hotline", "sets hotline.text 741741 ("},
		{"a line that takes only texts, its own name", "", "741741", "Crisis Text Line", ""},
	} {
		var l Language
		l.Text.HotlineName.Text, l.Text.HotlineName.File, l.Text.HotlineName.Line, l.Text.HotlineName.Field = tt.hotlineName, "es/text.yaml", 7, "hotline_name"
		var s Settings
		s.Hotline.Call.Text, s.Hotline.Text.Text = tt.call, tt.text
		ws := staleHotlineName(l, s)
		if got := len(ws) > 0; got != (tt.warn != "") || got && (!strings.Contains(ws[0].Error(), "es/text.yaml:7: hotline_name: still names") || !strings.Contains(ws[0].Error(), tt.warn)) {
			t.Errorf("%s: %v, want a warning %v", tt.name, ws, tt.warn)
		}
	}
}
