package kinds

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/content"
)

// Every printed document of every kind on every paper says how to print it, in every language
// with built-in guide words: the print guide has no blank for a new kind, paper or language.
func TestEveryDocumentSaysHowToPrint(t *testing.T) {
	for lang, w := range guideWords {
		for _, k := range All() {
			for _, d := range k.AllDocs() {
				if d.FromPrinted != nil { // the resource page is not printed
					continue
				}
				in := d.Print.In(w)
				if d.Print.How == HowHandout { // from the pages each file runs to
					in.Sides, in.PerSheet = w.HandoutRows(map[int][]string{1: {"a.pdf"}, 2: {"b.pdf"}, 5: {"c.pdf", "d.pdf"}}, func(f string) bool { return f == "d.pdf" })
				}
				for field, v := range map[string]string{"stock": in.Stock, "sides": in.Sides, "per sheet": in.PerSheet, "cutting": in.Cut,
					"heading": Title(w, []Printing{d.Print})} {
					if v == "" || strings.Contains(v, "%!") || strings.HasPrefix(v, ", ") || strings.HasPrefix(v, " ") {
						t.Errorf("%s: %s: %q as its %s", lang, d.What, v, field)
					}
				}
			}
		}
	}
	if w := GuideWordsFor("el"); w.Lang != "en" {
		t.Errorf("a language without guide words gets %q words, want English", w.Lang)
	}
	for _, d := range Calibration(nil) {
		if d.Layout == nil {
			t.Errorf("%s has no layout", d.What)
		}
	}
}

// A download on the resource page is named in the page's language: text.yaml's site: words,
// else haven's own for the language or the one it is a variety of, else English, marked so; a
// name whose words are not all the language's is English as a whole, never half translated.
func TestDownloadLabel(t *testing.T) {
	const viFiles = "\nsite:\n  handout: tờ thông tin\n  large_print_handout: tờ thông tin chữ lớn\n  on_paper: \"{file}, khổ {paper}\"\n" +
		"  letter: Letter (8,5 x 11 in)\n"
	const trFiles = "\nsite:\n  handout: ilan broşürü\n  on_paper: \"{file}, {paper}\"\n  letter: Letter (8,5 x 11 inç)\n"
	handout, large := handoutPrinting("handout", "letter"), handoutPrinting("large-print handout", "a4")
	for _, tt := range []struct {
		lang, site string
		p          Printing
		want, in   string
	}{
		{"en", "", handout, "Handout on Letter (8.5 x 11 in)", "en"},
		{"en", "", bleedPrinting, "Print-shop card", "en"},
		{"es", "", handout, "Folleto, tamaño Carta (8.5 x 11 pulg.)", "es"},
		{"es", "", posterPrinting("24x36"), "Póster, tamaño 24 x 36 pulg.", "es"},
		{"es", "", tearOffPrinting("letter"), "Volante con tiras desprendibles, tamaño Carta (8.5 x 11 pulg.)", "es"},
		{"en", "", tearOffPrinting("a4"), "Tear-off flyer on A4 (210 x 297 mm)", "en"},
		{"es-MX", "", large, "Folleto en letra grande, tamaño A4 (210 x 297 mm)", "es"},
		{"es", "\nsite:\n  handout: hoja informativa\n", handout, "Hoja informativa, tamaño Carta (8.5 x 11 pulg.)", "es"},
		{"vi", "", handout, "Handout on Letter (8.5 x 11 in)", "en"},
		{"vi", viFiles, handout, "Tờ thông tin, khổ Letter (8,5 x 11 in)", "vi"},
		{"vi", viFiles, large, "Large-print handout on A4 (210 x 297 mm)", "en"}, // no a4 of its own
		{"vi", viFiles, cardPrinting("cards", "letter"), "Cards on Letter (8.5 x 11 in)", "en"},
		// capitalised as the language writes it: Turkish and Azerbaijani i as İ
		{"tr", trFiles, handout, "İlan broşürü, Letter (8,5 x 11 inç)", "tr"},
		{"az", "\nsite:\n  handout: informasiya vərəqi\n  on_paper: \"{file}, {paper}\"\n  letter: Letter (8,5 x 11 düym)\n", handout,
			"İnformasiya vərəqi, Letter (8,5 x 11 düym)", "az"},
		{"en", "\nsite:\n  handout: information sheet\n", handout, "Information sheet on Letter (8.5 x 11 in)", "en"},
	} {
		t.Run(tt.lang+" "+tt.p.Name+" "+tt.p.Paper, func(t *testing.T) {
			fsys := fstest.MapFS{}
			from := map[bool]string{true: "es", false: "en"}[strings.HasPrefix(tt.lang, "es")]
			for _, f := range []string{"settings.yaml", "en/faq.md", "en/text.yaml", "es/faq.md", "es/text.yaml"} {
				data, err := fs.ReadFile(defaultcontent.FS, f)
				if err != nil {
					t.Fatal(err)
				}
				fsys[f] = &fstest.MapFile{Data: data}
			}
			fsys[tt.lang+"/faq.md"] = fsys[from+"/faq.md"]
			fsys[tt.lang+"/text.yaml"] = &fstest.MapFile{Data: append(slices.Clone(fsys[from+"/text.yaml"].Data), tt.site...)}
			c, err := content.Load(fsys, "content", content.Overrides{Langs: []string{tt.lang}})
			if err != nil {
				t.Fatal(err)
			}
			if got := DownloadLabel(&c.Languages[0], tt.p); got != (content.SiteWord{Text: tt.want, Lang: tt.in}) {
				t.Errorf("got %q in %s, want %q in %s", got.Text, got.Lang, tt.want, tt.in)
			}
		})
	}
}

// A section of handouts says how each is printed from its pages: one page on one side, two on
// both sides of one sheet, more on sheets stapled together (at the top right for one that reads
// right to left, "r-" here), each file named where they differ, in its sides as in its sheets
// (a one-page handout beside its two-sided large print).
func TestHandoutRows(t *testing.T) {
	w := guideWords["en"]
	for _, tt := range []struct {
		pages           map[int][]string
		sides, perSheet string
	}{
		{map[int][]string{1: {"a.pdf", "b.pdf"}}, "one side only", "one page, on one side of a sheet"},
		{map[int][]string{2: {"a.pdf"}}, "both sides (duplex), flip on the LONG edge", "one sheet, a page on each side"},
		{map[int][]string{3: {"a.pdf"}}, "both sides (duplex), flip on the LONG edge", "3 pages on 2 sheets, a page on each side: staple them in the top left corner"},
		{map[int][]string{1: {"a.pdf"}, 5: {"b.pdf", "c.pdf"}}, "a.pdf: one side only; b.pdf, c.pdf: both sides (duplex), flip on the LONG edge",
			"a.pdf: one page, on one side of a sheet; b.pdf, c.pdf: 5 pages on 3 sheets, a page on each side: staple them in the top left corner"},
		{map[int][]string{1: {"a.pdf", "d.pdf"}, 2: {"b.pdf"}, 3: {"c.pdf"}}, "a.pdf, d.pdf: one side only; b.pdf, c.pdf: both sides (duplex), flip on the LONG edge",
			"a.pdf, d.pdf: one page, on one side of a sheet; b.pdf: one sheet, a page on each side; c.pdf: 3 pages on 2 sheets, a page on each side: staple them in the top left corner"},
		{map[int][]string{5: {"r-a.pdf"}}, "both sides (duplex), flip on the LONG edge",
			"5 pages on 3 sheets, a page on each side: staple them in the top right corner (it reads from right to left)"},
		{map[int][]string{2: {"r-b.pdf"}, 5: {"a.pdf", "r-a.pdf"}}, "both sides (duplex), flip on the LONG edge",
			"r-b.pdf: one sheet, a page on each side; a.pdf: 5 pages on 3 sheets, a page on each side: staple them in the top left corner; r-a.pdf: 5 pages on 3 sheets, a page on each side: staple them in the top right corner (it reads from right to left)"},
	} {
		if sides, per := w.HandoutRows(tt.pages, func(f string) bool { return strings.HasPrefix(f, "r-") }); sides != tt.sides || per != tt.perSheet {
			t.Errorf("%v: %q, %q; want %q, %q", tt.pages, sides, per, tt.sides, tt.perSheet)
		}
	}
}
