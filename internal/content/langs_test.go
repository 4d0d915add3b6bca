package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// Only folders named by a language code are languages, or those settings.yaml lists; the
// logo's folder and other folders are not read as languages.
func TestLanguageFolders(t *testing.T) {
	tests := []struct {
		name     string
		settings func(string) string
		files    map[string]string
		langs    string // the codes loaded
		warning  string // a part of a warning, or empty
	}{
		{"logo in img", func(s string) string { return strings.Replace(s, `  logo: ""`, "  logo: img/logo.png", 1) },
			map[string]string{"img/logo.png": "png"}, "en es", ""},
		{"css folder", nil, map[string]string{"css/site.css": "x"}, "en es", "content/css: is not a language folder and is not used"},
		{"lib folder", nil, map[string]string{"lib/notes.txt": "x"}, "en es", "content/lib: is not a language folder"},
		{"listed", func(s string) string { return s + "\nlanguages: [en]\n" }, nil, "en", "content/es: is not in languages: in settings.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := withFile(t, "x", nil).(fstest.MapFS)
			if tt.settings != nil {
				fsys["settings.yaml"] = &fstest.MapFile{Data: []byte(tt.settings(string(fsys["settings.yaml"].Data)))}
			}
			for p, s := range tt.files {
				data := []byte(s)
				if strings.HasSuffix(p, ".png") {
					data = pngBytes(t, 60, 20)
				}
				fsys[p] = &fstest.MapFile{Data: data}
			}
			c, err := Load(fsys, "content", Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, l := range c.Languages {
				codes = append(codes, l.Code)
			}
			if strings.Join(codes, " ") != tt.langs {
				t.Errorf("languages %v, want %s", codes, tt.langs)
			}
			ws := c.Warnings.Error()
			if tt.warning == "" && len(c.Warnings) > 0 || !strings.Contains(ws, tt.warning) {
				t.Errorf("warnings %q, want %q", ws, tt.warning)
			}
		})
	}
	// a listed language without its folder is an error
	fsys := withFile(t, "x", nil).(fstest.MapFS)
	fsys["settings.yaml"] = &fstest.MapFile{Data: append(fsys["settings.yaml"].Data, "\nlanguages: [en, fr]\n"...)}
	if _, err := Load(fsys, "content", Overrides{}); err == nil || !strings.Contains(err.Error(), `languages: lists "fr", but the content folder has no folder fr/`) {
		t.Errorf("a listed language without a folder: %v", err)
	}
}
