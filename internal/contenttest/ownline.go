// Package contenttest helps tests edit haven's default content and find the fonts it prints in.
package contenttest

import (
	"strings"
	"testing/fstest"
)

// OwnLine rewrites what the default content in m keeps of haven's built-in line (its name, its
// interpreter claim, its text number and site) when settings.yaml sets another line's call
// number, as a user must: content a test edits then tests what the edit is about, not the
// leftovers haven refuses beside another line's number. Settings not in UTF-8 are left alone.
func OwnLine(m fstest.MapFS) {
	s, ok := m["settings.yaml"]
	if !ok || !strings.Contains(string(s.Data), "\nhotline:") || builtinCall(string(s.Data)) {
		return
	}
	r := strings.NewReplacer(
		"National Human Trafficking Hotline", "Harbor Line", "Línea Nacional Contra la Trata de Personas", "Línea Harbor",
		"Interpreters in more than 200 languages", "Advocates speak English and Spanish", "200+ languages", "English and Spanish",
		"Intérpretes en más de 200 idiomas", "Se habla inglés y español", "más de 200 idiomas", "inglés y español",
		"text: \"233733\"", "text: \"741741\"", "https://humantraffickinghotline.org", "https://samples.org/help")
	for name, f := range m {
		if b := r.Replace(string(f.Data)); b != string(f.Data) {
			m[name] = &fstest.MapFile{Data: []byte(b), Mode: f.Mode}
		}
	}
}

// builtinCall is whether settings, as a test edits them, keep the built-in line's call number:
// its digits, however the line writes them (“1-888-373-7888”, in full-width digits, with an
// invisible character), as haven reads them.
func builtinCall(settings string) bool {
	_, line, ok := strings.Cut(settings, "\n  call")
	line, _, _ = strings.Cut(line, "\n")
	digits := strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			r -= '０' - '0'
		}
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, line)
	return ok && strings.HasSuffix(digits, "8883737888")
}
