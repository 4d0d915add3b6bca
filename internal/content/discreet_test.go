package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/diag"
)

// A discreet card's words are checked whole, in any case and with or without accents, against
// the language's list, or against discreet.avoid when the content gives one.
func TestDiscreetWords(t *testing.T) {
	at := func(field, s string) diag.Located {
		return diag.Located{File: "t.yaml", Line: 7, Field: field, Text: s}
	}
	tests := []struct {
		lang, headline, back string
		avoid                []string
		want                 string // the word named, or ""
	}{
		{"en", "Need to talk?", "You do not have to give your name.", nil, ""},
		{"en", "Domestic VIOLENCE?", "", nil, "violence"},
		{"en", "Sextant club", "Rapeseed oil", nil, ""}, // not whole words
		// what a controlling person would recognise: phrases match their words in a row
		{"en", "Need to talk?", "If someone controls your money, phone or ID, you can get help.", nil, "controls"},
		{"en", "Need to talk?", "Did they take YOUR  PASSPORT?", nil, "your passport"},
		{"en", "Need to talk?", "We help you get out.", nil, "get out"},
		{"en", "Need to talk?", "Money, phone and ID questions: call us. Get help, out of hours too.", nil, ""}, // ordinary words apart
		{"es", "¿Quieres hablar?", "Si alguien te obliga a hacer cosas", nil, "obliga"},
		{"es", "¿Quieres hablar?", "¿Te quitaron tus documentos?", nil, "tus documentos"},
		{"es", "¿Quieres hablar?", "Tú decides qué contar. Dinero, celular: pregunta.", nil, ""},
		{"en", "Need to talk?", "Sexual abuse is never your fault.", nil, "sexual"},
		{"es", "¿Quieres hablar?", "Ayuda ante la EXPLOTACION", nil, "explotación"},
		{"es", "¿Sufres VIOLENCIA?", "", nil, "violencia"},
		{"pt-BR", "Precisa conversar?", "", []string{"tráfico"}, ""},
		{"pt-BR", "Tráfico de pessoas?", "", []string{"trafico"}, "trafico"},
		{"en", "Escaping violence?", "", []string{"gang"}, ""}, // the content's own list replaces the default
	}
	for _, tt := range tests {
		txt := Text{HotlineName: at("hotline_name", "National Hotline"), Discreet: DiscreetText{Headline: at("discreet.headline", tt.headline), BackNote: at("discreet.back_note", tt.back)}}
		for _, w := range tt.avoid {
			txt.Discreet.Avoid = append(txt.Discreet.Avoid, at("discreet.avoid", w))
		}
		ps := checkDiscreet("t.yaml", tt.lang, &txt, txt.HotlineName.Text)
		got := ""
		if len(ps) > 0 {
			got = ps[0].Msg
		}
		switch {
		case tt.want == "" && got != "":
			t.Errorf("%s %q/%q: %s", tt.lang, tt.headline, tt.back, got)
		case tt.want != "" && !strings.Contains(got, `"`+tt.want+`"`):
			t.Errorf("%s %q/%q: got %q, want %q named", tt.lang, tt.headline, tt.back, got, tt.want)
		case tt.want != "" && (ps[0].Line != 7 || !strings.HasPrefix(ps[0].Field, "discreet.")):
			t.Errorf("%s: the problem does not name the field and line: %+v", tt.lang, ps[0])
		}
	}
}

// The discreet card prints neither the hotline's name, the organisation's nor the hotline's
// site on either side unless the content asks (discreet.show_names); content that gave the
// back the hotline's name, as the built-in content once did, gets the neutral heading; the
// card settings are checked.
func TestDiscreetNamesAndCardSettings(t *testing.T) {
	const back = "  back_title: Free, private support, 24/7"
	tests := []struct {
		name      string
		file      string
		old, new  string
		want      string // in the error; "" loads
		backTitle string // the English discreet back's heading, when it loads
	}{
		{"neutral", "en/text.yaml", back, back, "", "Free, private support, 24/7"},
		{"the hotline's name, as before", "en/text.yaml", back, "  back_title: National Human Trafficking Hotline", "", "Free, private support, 24/7"},
		{"no heading", "en/text.yaml", back + "\n", "", "", "Free, private support, 24/7"},
		{"the name in a line", "en/text.yaml", "    - Someone will listen, day or night.", "    - The National Human Trafficking Hotline listens.",
			`discreet.back_lines[1]: prints "National Human Trafficking Hotline"`, ""},
		{"the organisation", "en/text.yaml", "  back_note: Keep this", "  back_note: The Mission Haven. Keep this",
			`discreet.back_note: prints "The Mission Haven"`, ""},
		{"the site", "en/text.yaml", "  back_note: Keep this", "  back_note: See humantraffickinghotline.org. Keep this",
			`prints "humantraffickinghotline.org"`, ""},
		{"the organisation, asked for", "en/text.yaml", "  back_note: Keep this", "  show_names: true\n  back_note: The Mission Haven. Keep this", "", "Free, private support, 24/7"},
		{"an unknown audience", "settings.yaml", "\ncolours:", "\ncards:\n  audience: parents\n\ncolours:", `cards.audience: "parents" should be you or adult`, ""},
		{"a discreet address that is not https", "settings.yaml", "\ncolours:", "\ncards:\n  discreet_url: http://example.org/talk\n\ncolours:", "cards.discreet_url", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(edit(t, tt.file, tt.old, tt.new), "content", Overrides{})
			switch {
			case tt.want == "" && err != nil:
				t.Fatal(err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			case tt.want == "":
				if got := c.Languages[0].Text.Discreet.BackTitle.Text; got != tt.backTitle {
					t.Errorf("the discreet back's heading is %q, want %q", got, tt.backTitle)
				}
			}
		})
	}
	// the adult's card needs its section
	b, err := fs.ReadFile(defaultcontent.FS, "en/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	txt := string(b)
	noObserver := txt[:strings.Index(txt, "# The card for adults")] + txt[strings.Index(txt, "# The discreet card"):]
	fsys := withFile(t, "en/text.yaml", []byte(noObserver))
	if _, err := Load(fsys, "content", Overrides{}); err != nil {
		t.Fatalf("the observer's section is optional: %v", err)
	}
	// ... unless the card is the adult's
	settings, err := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fsys.(fstest.MapFS)["settings.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(settings), "\ncolours:", "\ncards:\n  audience: adult\n\ncolours:", 1))}
	if _, err := Load(fsys, "content", Overrides{}); err == nil || !strings.Contains(err.Error(), "en/text.yaml: observer: missing") {
		t.Errorf("the adult's card without its section: %v", err)
	}
}

// Content that kept the built-in discreet line of before (which said what the card is for)
// still loads: the line is replaced by the neutral one, with a warning naming its place.
func TestFormerDiscreetLines(t *testing.T) {
	c, err := Load(os.DirFS(filepath.Join("..", "..", "testdata", "oldschema")), "oldschema", Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range c.Languages {
		l := lang.Text.Discreet.BackLines[0]
		if _, former := formerDiscreetLines[l.Text]; former || l.Text == "" {
			t.Errorf("%s: the discreet back still prints %q", lang.Code, l.Text)
		}
		warned := false
		for _, w := range c.Warnings {
			warned = warned || w.File == l.File && w.Line == l.Line && strings.Contains(w.Msg, "former discreet line")
		}
		if !warned {
			t.Errorf("%s: no warning at %s:%d: %v", lang.Code, l.File, l.Line, c.Warnings)
		}
	}
}
