package layout

import (
	"errors"
	"haven/internal/content"
	"haven/internal/diag"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzWrap wraps arbitrary text, as a paragraph and as a display line: every line fits the width, no word is lost or changed, and
// text that cannot fit is a FitError, never a panic or a line that runs over.
func FuzzWrap(f *testing.F) {
	f.Add("Call the National Human Trafficking Hotline at 1-888-373-7888.", 120.0, 12.0)
	f.Add("Supercalifragilisticexpialidocious", 50.0, 18.0)
	f.Add("  spaces \t and\ttabs  ", 30.0, 9.0)
	f.Add("", 10.0, 12.0)
	f.Add("人口贩卖是一种犯罪。「你」不是一个人，请拨打1-888-373-7888。", 40.0, 10.0)
	f.Add("Pala\u00adbra https://example.org/get-help/now", 30.0, 9.0)
	f.Add("Llame a la Línea Contra la Trata de Personas en EE. UU. o y a. No tienes\nque dar tu nombre.", 60.0, 9.0)
	f.Add("one "+content.ItalicOn+"two "+content.BoldOn+"three"+content.BoldOff+" four"+content.ItalicOff+" five", 12.0, 6.0)
	f.Fuzz(func(t *testing.T, s string, width, size float64) {
		if !(width > 1 && width < 5000 && size > 1 && size < 500) || !utf8.ValidString(s) { // content is UTF-8 when it loads
			return
		}
		st := Style{Size: size}
		// typeset as Spanish with a name bound, so that every rule of typography is tried; a
		// display line is broken by wrapEven
		m := Typeset(mono{}, "es", "Trata de Personas")
		for _, f := range []func(Measurer, Style, diag.Located, float64, string) ([]string, error){wrap, wrapEven} {
			lines, err := f(m, st, diag.Located{Text: s}, width, "fuzz")
			if err != nil {
				var fe *FitError
				if !errors.As(err, &fe) {
					t.Fatalf("error is not a FitError: %v", err)
				}
				return
			}
			for _, l := range lines {
				if w := richWidth(m, st, l); w > width+0.01 { // as wrap measures: marks take no room
					t.Fatalf("line %q is %.2f wide, over %.2f", l, w, width)
				}
			}
			// lines break at spaces, after hyphens and between Chinese characters; a soft hyphen
			// prints as "-" only where a line breaks at it, a separator (· |) never begins or
			// ends a line, and a zero-width space, a place to break, prints nothing
			visible := strings.NewReplacer(softHyphen, "", "-", "", "·", "", "|", "", "\u200b", "")
			if got, want := visible.Replace(content.Unmark(strings.Join(strings.Fields(strings.Join(lines, "")), ""))), visible.Replace(content.Unmark(strings.Join(strings.Fields(s), ""))); got != want {
				t.Fatalf("wrapping changed the text: %q -> %q", want, got)
			}
		}
	})
}
