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
	if !ok || !strings.Contains(string(s.Data), "\nhotline:") || strings.Contains(string(s.Data), "call: 1-888-373-7888\n") {
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
