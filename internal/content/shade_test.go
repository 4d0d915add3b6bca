package content

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"haven/internal/diag"
)

var writeRE = regexp.MustCompile(`write (\w+): "(#[0-9A-F]{6})"`)

// A refused colour comes with the nearest shade of it that passes, darker or lighter as the
// pair needs; written in as the hints say, all of them, the settings load, and no colour
// changes that need not.
func TestColourHintsPass(t *testing.T) {
	tests := []struct {
		field, colour string
		fix, way      string // the field the hint changes, darker or lighter
	}{
		{"primary", "#2E7180", "primary", "darker"}, // 5.5:1 on white, the number needs 7:1
		{"primary", "#7FB3C0", "primary", "darker"}, // far too light
		{"accent", "#8A6A1F", "accent", "lighter"},  // ink on a dark accent box
		{"panel", "#5F8F96", "primary", "darker"},   // a dark panel: darker headings are the smaller change
		{"ink", "#777777", "ink", "darker"},         // grey body text
		// ink on white, on the accent and on the panel: the darker ink that the first needs
		// fixes all three, and the panel is left as it is, not washed out for nothing
		{"ink", "#767676", "ink", "darker"},
	}
	for _, tt := range tests {
		t.Run(tt.field+" "+tt.colour, func(t *testing.T) {
			b := string(mustRead(t, "settings.yaml"))
			s := regexp.MustCompile(`(?m)^  `+tt.field+`: "#[0-9A-Fa-f]{6}"`).ReplaceAllString(b, `  `+tt.field+`: "`+tt.colour+`"`)
			_, err := Load(withFile(t, "settings.yaml", []byte(s)), "content", Overrides{})
			var ps diag.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("not refused: %v", err)
			}
			fixed := s
			for _, p := range ps {
				m := writeRE.FindStringSubmatch(p.Hint)
				if m == nil || !strings.Contains(p.Hint, ", "+tt.way+":") || m[1] != tt.fix || p.Field != "colours."+tt.fix {
					t.Fatalf("%s: hint %q does not offer a %s shade of %s", p.Field, p.Hint, tt.way, tt.fix)
				}
				fixed = regexp.MustCompile(`(?m)^  `+m[1]+`: "#[0-9A-Fa-f]{6}"`).ReplaceAllString(fixed, `  `+m[1]+`: "`+m[2]+`"`)
			}
			if _, err := Load(withFile(t, "settings.yaml", []byte(fixed)), "content", Overrides{}); err != nil {
				t.Errorf("with the colours the hints give: %v", err)
			}
		})
	}
}
