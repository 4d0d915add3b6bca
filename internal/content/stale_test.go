package content

import (
	"strings"
	"testing"
)

// A language that still names haven's built-in line, when settings.yaml sets another, is warned
// of at its hotline_name; the built-in content, and content for another line that names it, is
// not.
func TestStaleHotlineName(t *testing.T) {
	for _, tt := range []struct {
		name, call, hotlineName string
		warn                    bool
	}{
		{"built in", "1-888-373-7888", "National Human Trafficking Hotline", false},
		{"another line, the built-in name", "1-800-799-7233", "National Human Trafficking Hotline", true},
		{"another line, the Spanish built-in name", "1-800-799-7233", "Línea Nacional Contra la Trata de Personas", true},
		{"another line, its own name", "1-800-799-7233", "National Domestic Violence Hotline", false},
	} {
		var l Language
		l.Text.HotlineName.Text, l.Text.HotlineName.File, l.Text.HotlineName.Line, l.Text.HotlineName.Field = tt.hotlineName, "es/text.yaml", 7, "hotline_name"
		var s Settings
		s.Hotline.Call.Text = tt.call
		ws := staleHotlineName(l, s)
		if got := len(ws) > 0; got != tt.warn || got && !strings.Contains(ws[0].Error(), "es/text.yaml:7: hotline_name: still names") {
			t.Errorf("%s: %v, want a warning %v", tt.name, ws, tt.warn)
		}
	}
}
