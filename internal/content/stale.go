package content

import (
	"fmt"

	"haven/internal/diag"
	"haven/internal/phone"
)

// builtinHotline is the line haven's own content is written for, and its name in each of the
// languages haven writes.
var builtinHotline = struct {
	call  string
	names map[string]string
}{"18883737888", map[string]string{"en": "National Human Trafficking Hotline", "es": "Línea Nacional Contra la Trata de Personas"}}

// staleHotlineName warns of a language that still names haven's built-in hotline while
// settings.yaml sets another line: a translation left as haven init wrote it prints that name
// above the organisation's own number, on every output of the language.
func staleHotlineName(l Language, s Settings) diag.Problems {
	at := l.Text.HotlineName
	if phone.Digits(s.Hotline.Call.Text) == builtinHotline.call || at.Text == "" {
		return nil
	}
	// the number that makes it another line: a line that takes only texts has no call number
	set := "hotline.call " + s.Hotline.Call.Text
	if !s.Hotline.Calls() {
		set = "hotline.text " + s.Hotline.Text.Text
	}
	var ws diag.Problems
	for lang, name := range builtinHotline.names {
		if at.Text == name {
			ws.Add(at.File, at.Line, at.Field, fmt.Sprintf("still names %s, haven's built-in line (%s), while settings.yaml sets %s", diag.Quote(name), lang, set),
				"write the name of your line here, and check this language's other texts for the built-in line's words")
			break
		}
	}
	return ws
}
