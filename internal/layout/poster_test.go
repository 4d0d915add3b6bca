package layout_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/layout"
)

// A line that takes only texts sets its text line in the number's place: too long to be set as
// large as a number, it does not bring the headline down under the facts it heads.
func TestTextOnlyPosterHeadlineOverFacts(t *testing.T) {
	for _, paper := range []string{"letter", "tabloid", "24x36"} {
		in := realInputs(t)[1]
		in.Settings.Hotline.Call.Text = ""
		lang := *in.Lang
		lang.Text.Poster.Text.Text = "Envía HABLA al 839863"
		lang.Text.Poster.Headline.Text = "¿Necesitas hablar? Escríbenos."
		lang.Text.Poster.Facts = slices.Clone(lang.Text.Poster.Facts[:3])
		for i, f := range []string{"Gratis y confidencial.", "Abierto las 24 horas.", "Te responde alguien de tu edad."} {
			lang.Text.Poster.Facts[i].Text = f
		}
		in.Lang = &lang
		doc, err := layout.Poster(in, layout.Papers[paper])
		if err != nil {
			t.Fatal(err)
		}
		head := sizeOf(doc, func(s string) bool { return strings.Contains(lang.Text.Poster.Headline.Text, s) })
		fact := sizeOf(doc, func(s string) bool { return strings.Contains(lang.Text.Poster.Facts[0].Text, s) })
		if head <= fact {
			t.Errorf("%s: the headline at %.1f pt, the facts at %.1f", paper, head, fact)
		}
	}
}

// A hotline named for all it serves (a hundred letters and more) takes three lines over the
// number: at two, it shrank the whole tabloid poster, left a fifth of the sheet blank and a
// fact out.
func TestLongCallLabelKeepsThePoster(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	lang.Text.Poster.CallLabel.Text = "Franklin County Domestic Violence, Sexual Assault and Human Trafficking Twenty-Four Hour Crisis and Support Line"
	in.Lang = &lang
	doc, err := layout.Poster(in, layout.Papers["tabloid"])
	if err != nil {
		t.Fatal(err)
	}
	if doc.Note != "" {
		t.Errorf("the tabloid poster says %q", doc.Note)
	}
	last := lang.Text.Poster.Facts[len(lang.Text.Poster.Facts)-1].Text
	if !slices.ContainsFunc(doc.Pages[0].Items, func(it layout.Item) bool {
		tx, ok := it.(layout.Text)
		return ok && strings.HasPrefix(last, tx.S)
	}) {
		t.Errorf("the last fact %q is not printed", last)
	}
}

// The text line is a number too: under the number to call, never as large, however long that
// number is and however small it is set to fit (1800RESPECT's, with its digits).
func TestTextLineUnderTheNumber(t *testing.T) {
	for _, paper := range []string{"letter", "a4", "tabloid"} {
		in := realInputs(t)[0]
		in.Settings.Hotline.Call.Text = "1800RESPECT (1800 737 732)"
		doc, err := layout.Poster(in, layout.Papers[paper])
		if err != nil {
			t.Fatal(err)
		}
		number := sizeOf(doc, func(s string) bool { return s == in.Settings.Hotline.Call.Text })
		text := sizeOf(doc, func(s string) bool { return strings.Contains(s, in.Settings.Hotline.Text.Text) })
		if number == 0 || text == 0 || text >= number {
			t.Errorf("%s: the number to call at %.1f pt, the text line at %.1f", paper, number, text)
		}
	}
}

// sizeOf is the size of the first text on doc's first page that is, 0 if none is.
func sizeOf(doc *layout.Doc, is func(s string) bool) float64 {
	for _, it := range doc.Pages[0].Items {
		if tx, ok := it.(layout.Text); ok && is(tx.S) {
			return tx.Size
		}
	}
	return 0
}

// A headline of one sentence in two lines keeps its first word with the next on every size
// of poster: "Talk to a" / "counselor today.", not "Talk" alone over the rest.
func TestPosterHeadlineFirstWordNotAlone(t *testing.T) {
	const headline = "Talk to a counselor today."
	for _, paper := range layout.PosterPapers {
		in := realInputs(t)[0]
		lang := *in.Lang
		lang.Text.Poster.Headline.Text = headline
		in.Lang = &lang
		doc, err := layout.Poster(in, layout.Papers[paper])
		if err != nil {
			t.Fatal(err)
		}
		size := sizeOf(doc, func(s string) bool { return strings.HasPrefix(headline, s) })
		var lines []string
		for _, it := range doc.Pages[0].Items {
			if tx, ok := it.(layout.Text); ok && tx.Size == size && strings.Contains(headline, tx.S) {
				lines = append(lines, tx.S)
			}
		}
		if len(lines) > 1 && !strings.Contains(lines[0], " ") {
			t.Errorf("%s: the headline's lines are %q", paper, lines)
		}
	}
}

// A headline of two sentences, the second too long to share a line at a poster's size, starts
// each on a line of its own in four lines rather than running one on after the other
// ("someone they love. Confidential") or setting the second on one line at hardly more than
// the facts' size (21.9 pt on Letter over 15 pt facts), on every size (c04-longname).
func TestPosterHeadlineSentencesInFourLines(t *testing.T) {
	const headline = "No one deserves to be hurt by someone they love. Confidential help is available around the clock."
	for _, paper := range layout.PosterPapers {
		in := longNamed(t, headline)
		lang := in.Lang
		doc, err := layout.Poster(in, layout.Papers[paper])
		if err != nil {
			t.Fatal(err)
		}
		head := sizeOf(doc, func(s string) bool { return strings.HasPrefix(headline, s) })
		fact := sizeOf(doc, func(s string) bool { return strings.HasPrefix(lang.Text.Poster.Facts[0].Text, s) })
		var lines []string
		for _, it := range doc.Pages[0].Items {
			if tx, ok := it.(layout.Text); ok && tx.Size == head && strings.Contains(headline, tx.S) {
				lines = append(lines, tx.S)
			}
		}
		if slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(strings.TrimSuffix(l, "."), ". ") }) {
			t.Errorf("%s: a sentence of the headline runs on after another: %q", paper, lines)
		}
		if head < 1.3*fact {
			t.Errorf("%s: the headline at %.1f pt over facts at %.1f (%q)", paper, head, fact, lines)
		}
	}
}

// A label joined to its address by a word ("Chat at") stays with it on every size of poster:
// "TTY (216) 581-4100 · Chat" over "at www..." reads as a chat of no address (c05-allservices).
func TestPosterLabelStaysWithItsAddress(t *testing.T) {
	const more = "TTY (216) 581-4100 · Chat at www.clevelandrapecrisis.org/chat"
	for _, paper := range layout.PosterPapers {
		in := allServices(t, more)
		doc, err := layout.Poster(in, layout.Papers[paper])
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range linesOf(doc) {
			if strings.Contains(more, l) && (strings.HasSuffix(l, "Chat") || strings.HasPrefix(l, "at ")) {
				t.Errorf("%s: a line of poster.more is %q", paper, l)
			}
		}
	}
}

// linesOf is the text of each line of doc's first page, its pieces (a link's words, the
// words around it) joined where they share a baseline, in the order drawn.
func linesOf(doc *layout.Doc) []string {
	var lines []string
	var ys []float64
	for _, it := range doc.Pages[0].Items {
		tx, ok := it.(layout.Text)
		if !ok || tx.Rotate != 0 {
			continue
		}
		if n := len(ys) - 1; n >= 0 && math.Abs(ys[n]-tx.Y) < 0.01 {
			lines[n] += tx.S
			continue
		}
		lines, ys = append(lines, tx.S), append(ys, tx.Y)
	}
	return lines
}

// longNamed is the built-in English content as a coalition of a long name writes it
// (c04-longname): its poster's headline, facts, label, note and contact line.
func longNamed(t *testing.T, headline string) layout.Input {
	in := realInputs(t)[0]
	in.Settings.Organisation.Name.Text = "The Greater Northeastern Pennsylvania Interfaith Coalition Against Domestic and Sexual Violence and Human Trafficking"
	in.Settings.Organisation.Contact.Text = "1450 Wyoming Ave, Wilkes-Barre PA 18702 · (570) 823-6700"
	lang := *in.Lang
	lang.Text.Poster.Headline.Text = headline
	lang.Text.Poster.CallLabel.Text = "Northeastern Pennsylvania 24-Hour Confidential Survivor Advocacy Helpline"
	lang.Text.Poster.Note.Text = "Free, confidential and available twenty-four hours a day. You can stay anonymous."
	lang.Text.Poster.Facts = slices.Clone(lang.Text.Poster.Facts[:3])
	for i, f := range []string{"Advocates answer every call, every hour of every day of the year.", "Emergency shelter for survivors and their children and pets.", "Legal accompaniment for Protection From Abuse orders."} {
		lang.Text.Poster.Facts[i].Text = f
	}
	in.Lang = &lang
	return in
}

// A small logo on a tear-off flyer goes where it costs no fact: beside the short first lines
// by the QR code, not under the texts there, where it left the Letter flyer one fact of three
// (c10-logo-stacked); it overlaps no text.
func TestTearOffLogoCostsNoFacts(t *testing.T) {
	for _, paper := range []string{"letter", "a4"} {
		in := longNamed(t, "No one deserves to be hurt by someone they love. Confidential help is available around the clock.")
		in.Logo = &content.Logo{PNG: []byte("png"), W: 600, H: 700}
		doc, err := layout.TearOff(in, layout.Papers[paper])
		if err != nil {
			t.Fatal(err)
		}
		if doc.Note != "" {
			t.Errorf("%s: %s", paper, doc.Note)
		}
		var logo layout.Image
		for _, it := range doc.Pages[0].Items {
			if im, ok := it.(layout.Image); ok {
				logo = im
			}
		}
		if logo.W == 0 {
			t.Fatalf("%s: no logo", paper)
		}
		for _, it := range doc.Pages[0].Items {
			if tx, ok := it.(layout.Text); ok && tx.Rotate == 0 && tx.X < logo.X+logo.W && logo.X < tx.X+tx.W && tx.Y-tx.Size < logo.Y+logo.H && logo.Y < tx.Y {
				t.Errorf("%s: the logo at %.0f,%.0f (%.0f x %.0f) overlaps %q at %.0f,%.0f", paper, logo.X, logo.Y, logo.W, logo.H, tx.S, tx.X, tx.Y)
			}
		}
	}
}

// A wide logo under the tear-off flyer's texts is set smaller, then left out, before a fact
// is: a wordmark 4 in wide left a Spanish flyer two facts of four, three without it. Set
// smaller, its lettering still prints LogoLegible tall; the note says what became of it.
func TestTearOffLogoGivesWayToFacts(t *testing.T) {
	for _, tt := range []struct {
		paper, note string
		printed     bool // the logo, smaller
	}{
		{"letter", "the tear-off flyer leaves out the logo to print every fact at 13.2 pt", false},
		{"a4", "the tear-off flyer prints the logo smaller to print every fact at 14.0 pt", true},
	} {
		in := longNamed(t, "No one deserves to be hurt by someone they love. Confidential help is available around the clock.")
		if doc, err := layout.TearOff(in, layout.Papers[tt.paper]); err != nil || doc.Note != "" {
			t.Fatalf("%s without a logo: %v, %q", tt.paper, err, doc.Note)
		}
		in.Logo = &content.Logo{PNG: []byte("png"), W: 2400, H: 240}
		doc, err := layout.TearOff(in, layout.Papers[tt.paper])
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(doc.Note, tt.note) {
			t.Errorf("%s: the note %q, want %q", tt.paper, doc.Note, tt.note)
		}
		var logo layout.Image
		for _, it := range doc.Pages[0].Items {
			if im, ok := it.(layout.Image); ok {
				logo = im
			}
		}
		if printed := logo.W > 0; printed != tt.printed {
			t.Errorf("%s: the logo printed %v, want %v", tt.paper, printed, tt.printed)
		}
		if logo.W > 0 && logo.H < content.LogoLegible*layout.Inch-0.01 {
			t.Errorf("%s: the logo %.2f in tall, under the %.2f in its lettering needs", tt.paper, logo.H/layout.Inch, content.LogoLegible)
		}
	}
}

// allServices is the built-in English content as a line of every service writes it
// (c05-allservices): a number with its extension, a text number, and poster.more.
func allServices(t *testing.T, more string) layout.Input {
	in := realInputs(t)[0]
	in.Settings.Hotline.Call.Text = "(216) 619-6192 ext. 2"
	lang := *in.Lang
	lang.Text.Poster.More.Text = more
	lang.Text.Poster.Headline.Text = "We believe you."
	lang.Text.Poster.CallLabel.Text = "Cleveland Rape Crisis Center Helpline"
	lang.Text.Poster.Note.Text = "Free and confidential. Mon–Fri, 9am–9pm."
	lang.Text.Poster.Text.Text = "Text (216) 400-7393"
	in.Lang = &lang
	return in
}

// A headline held under a number set smaller (one with its extension) stays clearly above the
// facts, the whole poster set smaller for it, every text under the number: the facts were
// 1.16 times under it on Tabloid (c05-allservices); a vanity number too long to be set large
// keeps every text under it.
func TestPosterHeadlineOverFactsUnderTheNumber(t *testing.T) {
	for _, number := range []string{"(216) 619-6192 ext. 2", "1800RESPECT (1800 737 732)"} {
		for _, paper := range layout.PosterPapers {
			in := allServices(t, "TTY (216) 581-4100 · Chat at www.clevelandrapecrisis.org/chat")
			in.Settings.Hotline.Call.Text = number
			doc, err := layout.Poster(in, layout.Papers[paper])
			if err != nil {
				t.Fatal(err)
			}
			head := sizeOf(doc, func(s string) bool { return s == in.Lang.Text.Poster.Headline.Text })
			fact := sizeOf(doc, func(s string) bool { return strings.HasPrefix(in.Lang.Text.Poster.Facts[0].Text, s) })
			printed, _ := content.SplitExt(number) // its extension set smaller after it
			num := sizeOf(doc, func(s string) bool { return s == printed })
			if head < 1.29*fact {
				t.Errorf("%s, %s: the headline at %.1f pt over facts at %.1f", number, paper, head, fact)
			}
			for _, it := range doc.Pages[0].Items {
				if tx, ok := it.(layout.Text); ok && tx.Size >= num && tx.S != printed {
					t.Errorf("%s, %s: %q at %.1f pt, the number at %.1f", number, paper, tx.S, tx.Size, num)
				}
			}
		}
	}
}

// A scan caption of two lines keeps its verb with the words after it, on the posters and the
// large-print handout: "Escaneie" stood alone over "para o guia completo", "Balayez" over
// "pour le guide complet".
func TestScanCaptionVerbNotAlone(t *testing.T) {
	for _, tt := range []struct{ lang, caption string }{
		{"pt-BR", "Escaneie para o guia completo"},
		{"fr-CA", "Balayez pour le guide complet"},
	} {
		in := realInputs(t)[0]
		lang := *in.Lang
		lang.Code = tt.lang
		lang.Text.Poster.Scan.Text, lang.Text.Handout.ScanTitle.Text = tt.caption, tt.caption
		in.Lang = &lang
		in.M = layout.Typeset(in.M, tt.lang)
		var docs []*layout.Doc
		for _, paper := range []string{"letter", "a4", "tabloid"} {
			doc, err := layout.Poster(in, layout.Papers[paper])
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc)
		}
		for _, paper := range []string{"letter", "a4"} {
			doc, err := layout.Handout(in, layout.Papers[paper], true)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc)
		}
		verb, _, _ := strings.Cut(tt.caption, " ")
		for _, doc := range docs {
			if slices.Contains(linesOf(doc), verb) {
				t.Errorf("%s: %q alone on a line: %q", doc.Name, verb, linesOf(doc))
			}
		}
	}
}
