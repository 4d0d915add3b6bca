package build

import (
	"bytes"
	"context"
	"io/fs"
	"maps"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/typeface"
)

// wants are what a guide must say, each at least count times (0: once per section).
type wants []struct {
	s     string
	count int
}

// The print guides, read back: one per language of the run, each in its language (/Lang and
// words), a language without built-in words in English; each names every file made, and for
// each section says the scale, the sides, the stock and the cutting; the card sheets come with
// the calibration step and the posters too large for an office printer with what to ask a
// print shop for. Each is tagged and checked like every output.
func TestPrintGuide(t *testing.T) {
	pdfinfo := tool(t, "pdfinfo", "poppler-utils")
	qpdf := tool(t, "qpdf", "qpdf")
	english := wants{
		{`100% ("Actual size")`, 0}, {"Sides", 0}, {"Cutting", 0},
		{"flip on the LONG edge", 3}, {"haven cards --content my-content --calibrate", 2}, {"haven cards --content my-content --offset X,Y", 2},
		{"ask for: a poster, 24 x 36 in", 1}, {"ask for: a poster, 18 x 24 in", 1},
		{"ask for: business cards, 3.5 x 2 in (the US size), full bleed", 1}, {"How to print this kit", 1},
		{"0.125 in (3 mm) past them", 1}, // a print shop outside the US asks for its bleed in mm
		{"ask for a printed proof", 1},   // for a run of hundreds
	}
	spanish := wants{
		{"100% («Tamaño real»)", 0}, {"Caras", 0}, {"Corte", 0},
		{"volteando por el borde largo", 3}, {"haven cards --content my-content --calibrate", 2}, {"haven cards --content my-content --offset X,Y", 2},
		{"pida: un póster tamaño 24 x 36 pulg.", 1}, {"pida: un póster tamaño 18 x 24 pulg.", 1},
		{"pida: tarjetas de presentación de 3.5 x 2 pulg. (tamaño EE. UU.), a sangre", 1},
		{"Cómo imprimir estos materiales", 1}, {"cartulina", 2}, {"página 1 de", 1}, {"0.125 pulg. (3 mm)", 1},
		{"pida una prueba impresa", 1},
	}
	langs := []string{"en", "es", "fr"}
	ct, err := content.Load(contentWith(t, []string{"fr"}, nil), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	res, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: out, Kinds: kinds.PrintedNames(), Langs: langs, Created: epoch, Guide: "letter",
		Flags: []string{"--content", "my-content"}}) // the guide's commands make this kit, not the built-in example
	if err != nil {
		t.Fatal(err)
	}
	var made []Result
	for _, r := range printed(res) {
		if !IsGuide(filepath.Base(r.Path)) {
			made = append(made, r)
		}
	}
	for _, c := range []struct {
		file, lang   string
		want         wants
		sectionLabel string // the row every section has, to count the sections
	}{
		{GuideName, "en", english, "Paper "},
		{"how-to-print-es.pdf", "es", spanish, "Papel "},
		{"how-to-print-fr.pdf", "en", english, "Paper "}, // no built-in French words
	} {
		t.Run(c.file, func(t *testing.T) {
			rb := open(t, filepath.Join(out, c.file))
			checkNoOverlap(t, rb)
			checkTagged(t, pdfinfo, qpdf, filepath.Join(out, c.file))
			if !bytes.Contains(rb.raw, []byte("/Lang ("+c.lang+")")) {
				t.Errorf("no /Lang (%s)", c.lang)
			}
			text := strings.Join(strings.Fields(strings.Join(pageTexts(readPDF(t, filepath.Join(out, c.file))), " ")), " ") // a phrase may break across lines
			for _, r := range made {
				if !strings.Contains(text, filepath.Base(r.Path)) {
					t.Errorf("the guide does not name %s", filepath.Base(r.Path))
				}
			}
			sections := strings.Count(text, c.sectionLabel)
			if sections < 5 {
				t.Errorf("%d sections", sections)
			}
			for _, w := range c.want {
				want := max(w.count, 1)
				if w.count == 0 {
					want = sections
				}
				if n := strings.Count(text, w.s); n < want {
					t.Errorf("the guide says %q %d times, want %d", w.s, n, want)
				}
			}
		})
	}
}

// A run of placement codes makes every file once for each code: its guide, which names the
// first code's files, says so first, with the folders, so that each place gets its own copies.
func TestPrintGuideOfPlacements(t *testing.T) {
	res := kit(t, content.Overrides{Campaign: "fall"}, Options{Kinds: []string{"poster"}, Langs: []string{"en"}, Papers: []string{"letter"},
		Placements: []string{"p01", "p02"}, Guide: "letter"})
	for _, r := range res {
		if filepath.Base(r.Path) != GuideName {
			continue
		}
		text := strings.Join(strings.Fields(strings.Join(pageTexts(readPDF(t, r.Path)), " ")), " ")
		if want := "Every file is made once for each of the 2 placement codes, in its own folder (p01/, p02/)"; !strings.Contains(text, want) {
			t.Errorf("the guide does not say %q:\n%s", want, text)
		}
		return
	}
	t.Fatal("no guide made")
}

// The guide's commands name the run's folders whatever their script: what the guide's font
// lacks is set in a font of the run that has it (Cyrillic in Noto Sans), and what no font has
// (日本, שלום) is written in the shell escapes that type it, never failing the build.
// A run's fonts and languages are repeated in both commands, its placement batch's flags only
// in the one that makes the cards again (the test sheet has no placements). A folder's name
// wider than the guide's line breaks where the line ends (read here without the breaks).
func TestPrintGuideCommandPaths(t *testing.T) {
	long := "o/" + strings.Repeat("x", 150) + "/kit"
	for _, c := range []struct {
		flags, batch []string
		want         []string
	}{
		{[]string{"--out", long}, nil, []string{`haven cards --out ` + long + ` --calibrate`}},
		{[]string{"--content", "c0", "--out", "o/日本"}, nil, []string{`haven cards --content c0 --out 'o/'$'\u65E5\u672C' --calibrate`}},
		{[]string{"--content", "内容"}, nil, []string{`haven cards --content $'\u5185\u5BB9' --calibrate`}},
		{[]string{"--out", "o/שלום x"}, nil, []string{`haven cards --out 'o/'$'\u05E9\u05DC\u05D5\u05DD'' x' --calibrate`}},
		{[]string{"--out", "o/Привет"}, nil, []string{`haven cards --out 'o/Привет' --calibrate`}},
		{[]string{"--out", "it's"}, nil, []string{`haven cards --out 'it'\''s' --calibrate`}},
		{[]string{"--lang", "en", "--font", "Brand.ttf,Brand-Bold.ttf"}, []string{"--campaign", "spring-2027", "--placements", "places.csv"}, []string{
			`haven cards --lang en --font Brand.ttf,Brand-Bold.ttf --calibrate`,
			`haven cards --lang en --font Brand.ttf,Brand-Bold.ttf --campaign spring-2027 --placements places.csv --offset X,Y`}},
	} {
		t.Run(c.flags[1][:min(len(c.flags[1]), 20)], func(t *testing.T) {
			res := kit(t, content.Overrides{}, Options{Kinds: []string{"cards"}, Langs: []string{"en"}, Papers: []string{"letter"}, Guide: "letter", Flags: c.flags, BatchFlags: c.batch})
			for _, r := range res {
				if filepath.Base(r.Path) == GuideName {
					text := strings.Join(strings.Fields(strings.Join(pageTexts(readPDF(t, r.Path)), " ")), " ")
					for _, want := range c.want {
						if strings.Contains(want, long) { // read without the breaks of its lines
							text, want = strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(want, " ", "")
						}
						if !strings.Contains(text, want) {
							t.Errorf("the guide does not say %s:\n%s", want, text)
						}
					}
					return
				}
			}
			t.Fatal("no guide made")
		})
	}
}

// A language haven has no guide words for gets its guide in English, and the run says so once,
// naming every such language and its guide, as it says of a card sheet's margin line.
func TestPrintGuideInEnglishNote(t *testing.T) {
	ct, err := content.Load(contentWith(t, []string{"fr", "el"}, nil), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		langs []string
		notes map[string]string // guide file: its note
	}{
		{[]string{"en", "es"}, map[string]string{}},
		{[]string{"en", "fr"}, map[string]string{"how-to-print-fr.pdf": "the print guide is in English for fr (how-to-print-fr.pdf): haven has no guide words of its own for this language"}},
		{[]string{"fr", "es", "el"}, map[string]string{GuideName: "the print guide is in English for el, fr (how-to-print.pdf, how-to-print-fr.pdf): haven has no guide words of its own for these languages"}}, // in the content's order, el first
	} {
		t.Run(strings.Join(tt.langs, ","), func(t *testing.T) {
			res, err := Run(context.Background(), Options{Content: ct, Families: fams, Out: t.TempDir(), Kinds: []string{"poster"}, Papers: []string{"letter"}, Langs: tt.langs, Created: epoch, Guide: "letter"})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, r := range res {
				if name := filepath.Base(r.Path); IsGuide(name) && r.Note != "" {
					got[name] = r.Note
				}
			}
			if !maps.Equal(got, tt.notes) {
				t.Errorf("notes %q, want %q", got, tt.notes)
			}
		})
	}
}

// The guide's check of the proof reads the number against the organisation's own record and
// says not to test it by calling a crisis line (a test takes the line from someone in crisis),
// naming the ways the line takes: "call or text" a line that takes both, "call" a line that
// takes no texts, in each language's words.
func TestPrintGuideChecksTheNumberWithoutTestCalls(t *testing.T) {
	landline := map[string]string{}
	for name, edits := range map[string][]string{
		"settings.yaml": {`text: "233733"`, `text: ""`, "keyword: HELP", `keyword: ""`, "call: 1-888-373-7888", "call: (503) 585-4949"},
		"en/faq.md":     {" or text “{keyword}” to {text}", "", "call or text the hotline today", "call the hotline today"},
		"es/faq.md":     {" o envíe “{keyword}” por mensaje de texto al {text}", "", "llame o escriba hoy", "llame hoy"},
		"en/text.yaml":  {"When you call or text", "When you call", "Call or text, 24/7.", "Call, 24/7."},
		"es/text.yaml":  {"Cuando llamas o escribes", "Cuando llamas", "Llama o escribe, 24/7.", "Llama, 24/7."},
	} {
		b, err := fs.ReadFile(defaultcontent.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		landline[name] = strings.NewReplacer(edits...).Replace(string(b))
	}
	for _, c := range []struct {
		name  string
		files map[string]string
		en    string
		es    string
	}{
		{"calls and texts", nil, "Do not call or text the number to test it", "No llame ni envíe un mensaje de texto al número para probarlo"},
		{"calls only", landline, "Do not call the number to test it", "No llame al número para probarlo"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, out, err := runWith(t, contentWith(t, nil, c.files), Options{Kinds: []string{"poster"}, Langs: []string{"en", "es"}, Papers: []string{"letter"}, Guide: "letter"})
			if err != nil {
				t.Fatal(err)
			}
			for file, wants := range map[string][]string{
				GuideName:             {"read the number printed on it against your organisation's own record of the line", c.en, "say at once that it is a test"},
				"how-to-print-es.pdf": {"con el que su organización tiene registrado", c.es, "diga enseguida que es una prueba"},
			} {
				text := strings.Join(strings.Fields(strings.Join(pageTexts(readPDF(t, filepath.Join(out, file))), " ")), " ")
				for _, want := range wants {
					if !strings.Contains(text, want) {
						t.Errorf("%s does not say %q:\n%s", file, want, text)
					}
				}
			}
		})
	}
}
