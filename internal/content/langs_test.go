package content

import (
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/diag"
)

// A folder is a language's when settings.yaml lists it, or when it is named by a language
// code and holds faq.md or text.yaml; the logo's folder and other folders (pictures,
// backups), whatever their names and in either case, are not read as languages and are
// named in a warning. Most short words are language codes (bak, cat, id): a folder holding
// one of a language's files but not the other says it was read as a language; a folder
// holding them named as no language folder is (FR) is an error. The languages load in the
// order languages: lists them, else English first.
func TestLanguageFolders(t *testing.T) {
	const notUsed = "is not a language folder and is not used (a language folder is named by its code, e.g. en, es, pt-BR, fil, and holds faq.md and text.yaml)"
	listed := func(codes string) func(string) string {
		return func(s string) string { return s + "\nlanguages: [" + codes + "]\n" }
	}
	tests := []struct {
		name     string
		settings func(string) string
		files    map[string]string // "en/..." copies en's file of that name
		langs    string            // the codes loaded
		warning  string            // a part of a warning, or empty
		err      string            // a part of the error, or empty
	}{
		{"logo in img", func(s string) string { return strings.Replace(s, `  logo: ""`, "  logo: img/logo.png", 1) },
			map[string]string{"img/logo.png": "png"}, "en es", "", ""},
		{"css folder", nil, map[string]string{"css/site.css": "x"}, "en es", "content/css: " + notUsed, ""},
		{"lib folder", nil, map[string]string{"lib/notes.txt": "x"}, "en es", "content/lib: is not a language folder", ""},
		{"listed", listed("en"), nil, "en", "content/es: is not in languages: in settings.yaml", ""},
		{"listed, Spanish first", listed("es, en"), nil, "es en", "", ""}, // the order the site's root page and the guide follow
		{"a three-letter language listed first", listed("fil, en, es"), map[string]string{"fil/faq.md": "en/", "fil/text.yaml": "en/"}, "fil en es", "", ""},
		{"pictures in img", nil, map[string]string{"img/a.jpg": "x"}, "en es", "content/img: " + notUsed, ""},
		{"pictures in IMG", nil, map[string]string{"IMG/a.jpg": "x"}, "en es", "content/IMG: " + notUsed, ""},
		{"pictures in New", nil, map[string]string{"New/a.png": "x"}, "en es", "content/New: " + notUsed, ""},
		{"pictures in bak, a code", nil, map[string]string{"bak/a.jpg": "x"}, "en es", "content/bak: " + notUsed, ""},
		{"pictures in id, a code", nil, map[string]string{"id/card.jpg": "x"}, "en es", "content/id: " + notUsed, ""},
		{"Word files beside a code", nil, map[string]string{"doc/faq.docx": "x", "doc/text.png": "x"}, "en es", "content/doc: " + notUsed, ""},
		{"pictures beside listed languages", listed("en, es"), map[string]string{"img/a.jpg": "x"}, "en es", "content/img: " + notUsed, ""},
		{"a three-letter language", nil, map[string]string{"fil/faq.md": "en/", "fil/text.yaml": "en/"}, "en es fil", "", ""},
		{"half a language in cat", nil, map[string]string{"cat/text.yaml": "en/"}, "", "",
			`content/cat/faq.md: does not exist (cat/ holds text.yaml, so it is read as the folder of the language "cat", and each language folder needs faq.md and text.yaml; if it is not one, move text.yaml out of it)`},
		{"half a language in bak", nil, map[string]string{"bak/faq.md": "en/"}, "", "",
			`content/bak/text.yaml: does not exist (bak/ holds faq.md, so it is read as the folder of the language "bak"`},
		{"a language listed, its folder empty", listed("en, es, fr"), map[string]string{"fr/a.jpg": "x"}, "", "",
			"content/fr/faq.md: does not exist (settings.yaml lists fr under languages:, and each language folder needs faq.md and text.yaml)"},
		{"a language in capitals", nil, map[string]string{"FR/faq.md": "en/", "FR/text.yaml": "en/"}, "", "", "content/FR: looks like a language folder but is not used"},
		// a folder named as an office names it is told the code to rename it to, in one step
		{"a language in capitals, by its three letters", nil, map[string]string{"ENG/faq.md": "en/", "ENG/text.yaml": "en/"}, "", "", "content/ENG: looks like a language folder but is not used: language folders are named by their code in lower case, with '-' before a region (rename it en)"},
		{"a language capitalised, by its three letters", nil, map[string]string{"Spa/faq.md": "es/", "Spa/text.yaml": "es/"}, "", "", "(rename it es)"},
		{"a language by its other three letters", nil, map[string]string{"GER/faq.md": "en/", "GER/text.yaml": "en/"}, "", "", "(rename it de)"},
		{"a language by its three letters and a region", nil, map[string]string{"ENG-GB/faq.md": "en/", "ENG-GB/text.yaml": "en/"}, "", "", "(rename it en-GB)"},
		{"a language by a country's letters", nil, map[string]string{"ESP/faq.md": "es/", "ESP/text.yaml": "es/"}, "", "",
			"content/ESP: holds a language's files but is not used: esp is no language's code, so its edition would not be made (rename it es: its text.yaml says language: Español)"},
		{"a language by a country's letters and a region", nil, map[string]string{"ESP-MX/faq.md": "es/", "ESP-MX/text.yaml": "es/"}, "", "", "content/ESP-MX: holds a language's files but is not used: esp is no language's code, so its edition would not be made (rename it es-MX: its text.yaml says language: Español)"},
		{"no language's code and a region, in lower case", nil, map[string]string{"sp-mx/faq.md": "es/", "sp-mx/text.yaml": "es/"}, "", "", "(rename it es-mx: its text.yaml says language: Español)"},
		// a folder holding a language's files is never left out in silence, whatever its name
		{"a language by its own name", nil, map[string]string{"Français/faq.md": "en/", "Français/text.yaml": "en/"}, "", "",
			"content/Français: is not used: a language folder is named by its language's code, not its name (rename it fr)"},
		{"a language by its English name", nil, map[string]string{"french/faq.md": "en/"}, "", "", "content/french: is not used: a language folder is named by its language's code, not its name (rename it fr)"},
		{"an edition named by no language's code", nil, map[string]string{"sp/faq.md": "es/", "sp/text.yaml": "es/"}, "", "",
			"content/sp: holds a language's files but is not used: sp is no language's code, so its edition would not be made (rename it es: its text.yaml says language: Español)"},
		{"a language by its name, unaccented", nil, map[string]string{"Espanol/faq.md": "en/"}, "", "", "(rename it es)"},
		{"a language's name in Windows-1252, as unzipped", nil, map[string]string{"espa\xf1ol/faq.md": "es/", "espa\xf1ol/text.yaml": "es/"}, "", "",
			`content/espa\xf1ol: is not used: its name is not readable as text (a zip made on Windows names folders so: \xNN is a letter of an old Windows code page), so haven cannot open it (rename it es)`},
		{"a language's name in the DOS code page", nil, map[string]string{"Fran\x87ais/faq.md": "en/"}, "", "", `content/Fran\x87ais: is not used: its name is not readable as text (a zip made on Windows names folders so: \xNN is a letter of an old Windows code page), so haven cannot open it (rename it fr)`},
		{"a folder of no language, not text", nil, map[string]string{"e\xffs/faq.md": "en/"}, "", "", `content/e\xffs: is not used: its name is not readable as text (a zip made on Windows names folders so: \xNN is a letter of an old Windows code page), so haven cannot open it (rename it by its language's code`},
		{"a code with a space after it", nil, map[string]string{"fr /faq.md": "en/", "fr /text.yaml": "en/"}, "", "",
			`content/fr : is not used: its name "fr " ends in a space, and a language folder is named by its code alone (rename it fr)`},
		{"a name with a space before it", nil, map[string]string{" Tagalog/faq.md": "en/"}, "", "", `its name " Tagalog" begins with a space, and a language folder is named by its code alone (rename it tl)`},
		{"a language's copy", nil, map[string]string{"es (1)/faq.md": "en/", "es (1)/text.yaml": "en/"}, "", "",
			"content/es (1): holds a language's files (faq.md, text.yaml) but is not used: language folders are named by their code in lower case, with '-' before a region (rename it by its language's code, e.g. en, es, pt-BR, fil; if it is a copy kept aside, move it out of the content folder)"},
		// a copy kept aside under a name shaped as a code is not an edition: BCP 47 reads a
		// second part of three letters as a language of its own, and a private-use region as none
		{"a copy kept aside as en-old", nil, map[string]string{"en-old/faq.md": "en/", "en-old/text.yaml": "en/"}, "en es",
			"content/en-old: is not used: as a language code, en-old reads as old, a language other than en (if it is a copy kept aside, move it out of the content folder; if it is an edition, name the folder by its language's code, e.g. en, es, pt-BR, yue)", ""},
		{"a copy named as reading another language haven knows", nil, map[string]string{"es-ara/faq.md": "es/", "es-ara/text.yaml": "es/"}, "en es",
			"content/es-ara: is not used: as a language code, es-ara reads as ar, a language other than es (if it is a copy kept aside, move it out of the content folder; if it is an edition in Arabic, name the folder ar)", ""},
		{"a copy kept aside as es-bak", nil, map[string]string{"es-bak/faq.md": "es/", "es-bak/text.yaml": "es/"}, "en es", "content/es-bak: is not used: as a language code, es-bak reads as ba, a language other than es", ""},
		{"a copy kept aside as zh-min", nil, map[string]string{"zh-min/faq.md": "en/", "zh-min/text.yaml": "en/"}, "en es",
			"content/zh-min: is not used: as a language code, zh-min reads as nan-x-zh-min, a language other than zh (if it is a copy kept aside, move it out of the content folder; if it is an edition, name the folder by its language's code, e.g. en, es, pt-BR, yue)", ""},
		{"a region for private use", nil, map[string]string{"en-xx/faq.md": "en/", "en-xx/text.yaml": "en/"}, "en es",
			"content/en-xx: is not used: en-xx is not a language code (a region or script after en is a country's code, such as US or MX, or a script's, such as Hant) (if it is a copy kept aside, move it out of the content folder; if it is an edition, name the folder en, or en with its country's code, such as en-US)", ""},
		{"a copy kept aside in capitals", nil, map[string]string{"EN-OLD/faq.md": "en/", "EN-OLD/text.yaml": "en/"}, "en es",
			"content/EN-OLD: is not used: as a language code, en-OLD reads as old, a language other than en", ""},
		{"a copy kept aside as en-copy", nil, map[string]string{"en-copy/faq.md": "en/", "en-copy/text.yaml": "en/"}, "en es", "content/en-copy: is not used: en-copy is not a language code", ""},
		{"an edition with its region and script", nil, map[string]string{"es-MX/faq.md": "es/", "es-MX/text.yaml": "es/", "zh-Hant-TW/faq.md": "en/", "zh-Hant-TW/text.yaml": "en/"}, "en es es-MX zh-Hant-TW", "", ""},
		// Latin America (419) and Kosovo (XK, a country in a code for private use) are regions;
		// Cantonese written after its macrolanguage (zh-yue) is a language
		{"editions of a region by number, of Kosovo, of Cantonese, undetermined", nil, map[string]string{"es-419/faq.md": "es/", "es-419/text.yaml": "es/", "sq-XK/faq.md": "en/", "sq-XK/text.yaml": "en/", "zh-yue/faq.md": "en/", "zh-yue/text.yaml": "en/", "und/faq.md": "en/", "und/text.yaml": "en/"}, "en es es-419 sq-XK und zh-yue", "", ""},
		{"a language by its name beside listed languages", listed("en, es"), map[string]string{"Deutsch/faq.md": "en/", "Deutsch/text.yaml": "en/"}, "en es",
			"content/Deutsch: is not in languages: in settings.yaml and is not used (to make it, rename it de and add it to the list)", ""},
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
				if s == "en/" || s == "es/" {
					data = fsys[s+path.Base(p)].Data
				}
				fsys[p] = &fstest.MapFile{Data: data}
			}
			c, err := Load(fsys, "content", Overrides{})
			if tt.err != "" || err != nil {
				if err == nil || tt.err == "" || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("got %v\nwant %q", err, tt.err)
				}
				return
			}
			var codes []string
			for _, l := range c.Languages {
				codes = append(codes, l.Code)
			}
			if strings.Join(codes, " ") != tt.langs {
				t.Errorf("languages %v, want %s", codes, tt.langs)
			}
			ws := c.Warnings.Error()
			if tt.warning == "" && strings.Contains(ws, "is not used") || !strings.Contains(ws, tt.warning) {
				t.Errorf("warnings %q, want %q", ws, tt.warning)
			}
		})
	}
}

// A language folder may be named by its language's three letters (eng, spa, tgl, as README
// says of tgl), its text.yaml naming the language: English in eng/ is not told it is another
// language than its folder's.
func TestThreeLetterFolders(t *testing.T) {
	fsys := withFile(t, "x", nil).(fstest.MapFS)
	for p, f := range fsys {
		for from, to := range map[string]string{"en/": "eng/", "es/": "spa/"} {
			if rest, ok := strings.CutPrefix(p, from); ok {
				fsys[to+rest] = f
				delete(fsys, p)
			}
		}
	}
	c, err := Load(fsys, "content", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Languages) != 2 || c.Languages[0].Code != "eng" || c.Languages[1].Code != "spa" {
		t.Errorf("languages %v, want eng and spa", c.Codes)
	}
}

// A content folder whose only language folder is a copy kept aside under another language's
// code (en-old, for en renamed) says why it is none, with the error that there is none.
func TestOnlyACopyKeptAside(t *testing.T) {
	fsys := withFile(t, "x", nil).(fstest.MapFS)
	for p, f := range fsys {
		if rest, ok := strings.CutPrefix(p, "en/"); ok {
			fsys["en-old/"+rest] = f
		}
		if strings.HasPrefix(p, "en/") || strings.HasPrefix(p, "es/") {
			delete(fsys, p)
		}
	}
	_, err := Load(fsys, "content", Overrides{})
	for _, want := range []string{"content: no language folder found", "content/en-old: is not used: as a language code, en-old reads as old, a language other than en"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v\nwant %q", err, want)
		}
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
		{"[en, fr]", "", `settings.yaml:106: languages[2]: lists "fr", but the content folder has no folder fr/`},
		{"\n  - en\n  - es\n  - en", "es", `settings.yaml:109: languages[3]: lists "en" twice (keep one)`},
		{"[en, zh-Hant-TW]", "zh-hant-tw", `lists "zh-Hant-TW", but its folder is named zh-hant-tw/ (write the code as the folder is named: zh-hant-tw)`},
		{"[en, ZH-Hant]", "", `"ZH-Hant" is a language code (zh-Hant), but not as a folder is named (write the language in lower case and '-' between the parts, and name its folder the same: zh-Hant)`},
		{"[en, zh_Hant_TW]", "", `name its folder the same: zh-Hant-TW`},
		{"[en, english]", "", `"english" is the name of a language, not its code (write its code, en, and name its folder the same: en)`},
		{"[English, Español]", "", `languages[2]: "Español" is the name of a language, not its code (write its code, es,`},
		{"[en, Tagalog]", "", `"Tagalog" is the name of a language, not its code (write its code, tl,`},
		{"[en, Klingon]", "", `"Klingon" is not a language code (write the language's code, as its folder is named: en, es, pt-BR (its region after a '-'), zh-Hant-TW)`},
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

// A folder whose text.yaml names another language than its code, or whose faq.md is written in
// a script its code's language is not written in, is refused: the PDFs' /Lang and the page's
// lang say the folder's. Languages written in several scripts, and a Latin text in a folder of
// another script's (a translation not begun), pass; a copy of another edition of the content,
// to translate, is warned of.
func TestLanguageNamedOtherwise(t *testing.T) {
	const (
		chinese  = "家庭暴力是什么？如果您感到害怕，请拨打热线。"
		japanese = "ドメスティック・バイオレンスとは何ですか？こわいと感じたら、電話してください。"
		korean   = "가정 폭력이란 무엇입니까? 두려우면 전화하세요."
		serbian  = "Шта је насиље у породици? Позовите нас."
		english  = "What is domestic violence? Call us."
		arabic   = "ما هو العنف الأسري؟ اتصلوا بنا."
	)
	for _, tc := range []struct {
		code, name, faq string
		codes           []string // the content's folders beside code
		want            string   // the error, or the warning where warned
		warned          bool
	}{
		{"so", "Soomaali", english, nil, "", false},
		{"es-MX", "Español", english, nil, "", false},
		{"fil", "Tagalog", english, nil, "", false},
		{"yue", "中文", chinese, nil, "", false},
		{"xx", "Klingon", english, nil, "", false}, // a name haven does not know
		{"sm", "Soomaali", english, nil, `sm/text.yaml:6: language: "Soomaali" is Somali, whose code is so, but its folder is named sm (Samoan): the PDFs and the page would tell screen readers, which read the text with that language's sounds, the language by the folder's name (rename the folder so/, and sm to so under languages: in settings.yaml if it lists it; if the text is in Samoan, write its name after language:)`, false},
		{"es", "Português", english, []string{"en"}, `"Português" is Portuguese, whose code is pt, but its folder is named es (Spanish)`, false},
		{"se", "Español", english, []string{"en"}, `"Español" is Spanish, whose code is es, but its folder is named se (Northern Sami)`, false},
		{"tw", "中文", chinese, []string{"en", "vi"}, `"中文" is Chinese, whose code is zh, but its folder is named tw (Twi)`, false},
		{"fr", "English", english, []string{"en"}, `"English" is English, whose code is en, but its folder is named fr (French)`, true},  // en/ copied to begin fr/
		{"th", "English", "ข้อเท็จจริงและคำถาม", nil, `"English" is English, whose code is en, but its folder is named th (Thai)`, true}, // its name left
		{"mr", "हिन्दी", "मराठी भाषा", nil, `"हिन्दी" is Hindi, whose code is hi, but its folder is named mr (Marathi)`, false},          // one script, two languages
		{"tw", "Twi", chinese, nil, `tw/faq.md:1: title: this faq.md is written in Chinese, in the Han script, but its folder is named tw (Twi), a language written in the Latin script: the PDFs and the page would tell screen readers, which read the text with that language's sounds, the language by the folder's name (rename the folder zh/, and tw to zh under languages: in settings.yaml if it lists it)`, false},
		{"ch", "", chinese, nil, `this faq.md is written in Chinese, in the Han script, but its folder is named ch (Chamorro), a language written in the Latin script`, false},
		{"ja", "", korean, nil, `this faq.md is written in Korean, in the Hangul script, but its folder is named ja (Japanese), a language written in the Han script`, false},
		{"ja", "", korean, []string{"ko"}, `this faq.md is written in Korean, in the Hangul script`, true}, // ko/ copied to begin ja/
		{"ru", "", arabic, nil, `this faq.md is written in the Arabic script, but its folder is named ru (Russian), a language written in the Cyrillic script: the PDFs and the page would tell screen readers, which read the text with that language's sounds, the language by the folder's name (rename the folder by the code of the language it is written in)`, false},
		{"zh", "", chinese, nil, "", false},
		{"zh-Hant", "", chinese, nil, "", false},
		{"ja", "", japanese, nil, "", false},
		{"ja", "", chinese, nil, "", false}, // Han alone: Japanese may be written so
		{"ko", "", korean, nil, "", false},
		{"sr", "", serbian, nil, "", false},
		{"sr", "", english, nil, "", false},
		{"uz", "", serbian, nil, "", false},
		{"pa", "", arabic, nil, "", false},  // Shahmukhi
		{"ru", "", english, nil, "", false}, // a translation not begun: untranslated warns of it
		{"ar", "", english, nil, "", false},
		{"xx", "", chinese, nil, "", false}, // a code x/text knows no script of
	} {
		t.Run(tc.code+" "+tc.name, func(t *testing.T) {
			faq := []diag.Located{{File: tc.code + "/faq.md", Line: 1, Field: "title", Text: tc.faq}}
			errs, warns := namedOtherwise(tc.code, diag.Located{File: tc.code + "/text.yaml", Line: 6, Field: "language", Text: tc.name}, faq, append(tc.codes, tc.code))
			got, other := errs, warns
			if tc.warned {
				got, other = warns, errs
			}
			if other != nil || tc.want == "" && got != nil || tc.want != "" && (len(got) != 1 || !strings.Contains(got.Error(), tc.want)) {
				t.Errorf("got %v, and %v\nwant %s (warned %v)", got, other, tc.want, tc.warned)
			}
		})
	}
}

// A language folder that is a link to a folder inside the content folder (en to en-real) is
// read as the language, and the folder it leads to is not named as unused; a link out of the
// content folder, or to nothing, is refused, as every file linked out of it is.
func TestLinkedLanguageFolder(t *testing.T) {
	for _, tt := range []struct {
		name  string
		links map[string]string // in the content folder, to where
		moved string            // the language folder moved aside first, if any
		want  string            // "" to read en and es
	}{
		{"en to a folder inside", map[string]string{"en": "en-real"}, "en-real", ""},
		{"en to a folder deeper inside", map[string]string{"en": "editions/en"}, "editions/en", ""},
		{"en out of the content folder", map[string]string{"en": "../outside"}, "../outside", "content/en: is a link to ../outside, outside the content folder: a language folder must be inside it (copy the folder here instead of linking to it)"},
		{"en to nothing", map[string]string{"en": "gone"}, "", "content/en: is a link to gone, which does not exist (copy the folder here"},
		{"en to a file", map[string]string{"en": "settings.yaml"}, "", "content/en: is a link to settings.yaml, which is not a folder"},
		{"en to a folder inside, from the root", map[string]string{"en": "{dir}/en-real"}, "en-real", "content/en: is a link to {dir}/en-real, written from the root of the disk, which haven does not follow: a language folder must be inside the content folder (link it by its place from the content folder instead, ln -s with the path from there, or copy the folder here)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			top := t.TempDir()
			dir := filepath.Join(top, "content")
			if err := os.CopyFS(dir, defaultcontent.FS); err != nil {
				t.Fatal(err)
			}
			os.Remove(filepath.Join(dir, "embed.go"))
			if tt.moved != "" {
				to := filepath.Join(dir, filepath.FromSlash(tt.moved))
				os.MkdirAll(filepath.Dir(to), 0o755)
				if err := os.Rename(filepath.Join(dir, "en"), to); err != nil {
					t.Fatal(err)
				}
			} else if tt.links["en"] != "" {
				os.RemoveAll(filepath.Join(dir, "en"))
			}
			for link, to := range tt.links {
				if err := os.Symlink(filepath.FromSlash(strings.ReplaceAll(to, "{dir}", dir)), filepath.Join(dir, link)); err != nil {
					t.Fatal(err)
				}
			}
			root, err := os.OpenRoot(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			c, err := Load(root.FS(), "content", Overrides{})
			if tt.want != "" {
				if want := strings.ReplaceAll(tt.want, "{dir}", dir); err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("%v, want %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(c.Codes, []string{"en", "es"}) {
				t.Errorf("languages %v, want en, es", c.Codes)
			}
			for _, w := range c.Warnings {
				if strings.Contains(w.Error(), "not used") || strings.Contains(w.Error(), "link") {
					t.Errorf("warned: %v", w)
				}
			}
		})
	}
}

// A text.yaml's language: that names its edition's language as other languages do (English's
// "Amharic", "Farsi", German's "Persisch") is warned of, with the name the language calls
// itself to write, as the page's language switch shows it; its own name, in any form haven
// knows (Castellano, Kreyòl), and a language haven knows no name of pass.
func TestNotSelfNamed(t *testing.T) {
	for _, tt := range []struct{ code, name, want string }{
		{"am", "Amharic", "write language: አማርኛ"},
		{"fa", "Persian", "write language: فارسی"},
		{"fa", "Farsi", "write language: فارسی"},
		{"fa", "Persisch", "write language: فارسی"},
		{"es", "Spanish", "write language: Español"},
		{"de-AT", "German", "write language: Deutsch"},
		{"ta", "Tamil", "write language: தமிழ்"},
		{"fa", "فارسی", ""},
		{"am", "አማርኛ", ""},
		{"es", "español", ""},
		{"es", "Castellano", ""},
		{"ht", "Kreyòl", ""},
		{"en", "English", ""},
		{"en-GB", "English", ""},
		{"ksw", "ကညီကျိာ်", ""},
		{"so", "Soomaali", ""},
		{"yo", "Yoruba", "write language: Èdè Yorùbá"}, // a language haven has no names of
		{"yo", "Èdè Yorùbá", ""},
	} {
		got := ""
		if ps := notSelfNamed(tt.code, diag.Located{File: "c/text.yaml", Line: 1, Field: "language", Text: tt.name}); len(ps) > 0 {
			got = ps.Error()
		}
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%s, language: %s: %q, want %q", tt.code, tt.name, got, tt.want)
		}
	}
}
