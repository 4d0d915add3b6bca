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
					data = pngBytes(t, 600, 200)
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
}

// A code under languages: is any BCP 47 tag whose folder exists as it is named (script and
// region subtags too); one that is not a code, or names no folder, says which and what to do.
func TestListedLanguages(t *testing.T) {
	for _, tt := range []struct {
		list, folder string
		want         string // a part of the error; empty when the list loads
	}{
		{"[en, zh-Hant-TW]", "zh-Hant-TW", ""},
		{"[en, zh-hant-tw]", "zh-hant-tw", ""},
		{"[en, sr-Latn]", "sr-Latn", ""},
		{"[en, fr]", "", `settings.yaml:102: languages[2]: lists "fr", but the content folder has no folder fr/`},
		{"\n  - en\n  - es\n  - en", "es", `settings.yaml:105: languages[3]: lists "en" twice (keep one)`},
		{"[en, zh-Hant-TW]", "zh-hant-tw", `lists "zh-Hant-TW", but its folder is named zh-hant-tw/ (write the code as the folder is named: zh-hant-tw)`},
		{"[en, ZH-Hant]", "", `"ZH-Hant" is a language code (zh-Hant), but not as a folder is named (write the language in lower case and '-' between the parts, and name its folder the same: zh-Hant)`},
		{"[en, zh_Hant_TW]", "", `name its folder the same: zh-Hant-TW`},
		{"[en, english]", "", `"english" is not a language code (a BCP 47 code`},
		{"[EN, ES]", "", `"EN" is a language code (en), but not as a folder is named`},
	} {
		t.Run(tt.list, func(t *testing.T) {
			fsys := withFile(t, "x", nil).(fstest.MapFS)
			fsys["settings.yaml"] = &fstest.MapFile{Data: append(fsys["settings.yaml"].Data, "\nlanguages: "+tt.list+"\n"...)}
			if tt.folder != "" {
				for _, f := range []string{"faq.md", "text.yaml"} {
					fsys[tt.folder+"/"+f] = fsys["en/"+f]
				}
			}
			c, err := Load(fsys, "content", Overrides{})
			switch {
			case tt.want == "" && err != nil:
				t.Fatal(err)
			case tt.want == "" && (len(c.Languages) != 2 || c.Languages[1].Code != tt.folder):
				t.Errorf("languages %v, want en and %s", c.Codes, tt.folder)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v, want %q", err, tt.want)
			case err != nil && strings.Contains(err.Error(), "no language folder found"):
				t.Errorf("got %v, which says no folder was found beside what is wrong", err)
			}
		})
	}
}
