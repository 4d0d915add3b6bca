package layout_test

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
	"haven/internal/typeface"
)

// realInputs are the default content's languages, measured with the fonts that print them.
func realInputs(t *testing.T) []layout.Input {
	t.Helper()
	c, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	m := typeface.NewMeasurer(fams[0])
	var out []layout.Input
	for i := range c.Languages {
		out = append(out, layout.Input{Settings: c.Settings, Address: c.Address, Lang: &c.Languages[i], M: m})
	}
	return out
}

// TestNothingOverflows lays out every output and checks every line of text and every box
// stays on the page, inside what a home printer prints (0.25 in from each edge).
func TestNothingOverflows(t *testing.T) {
	for _, in := range realInputs(t) {
		for _, paper := range []string{"letter", "a4"} {
			for _, large := range []bool{false, true} {
				doc, err := layout.Handout(in, layout.Papers[paper], large)
				if err != nil {
					t.Fatal(err)
				}
				checkInside(t, in.M, doc, 0.25*layout.Inch)
			}
			for _, discreet := range []bool{false, true} {
				doc, err := layout.CardSheet(in, paper, discreet, nil)
				if err != nil {
					t.Fatal(err)
				}
				checkInside(t, in.M, doc, 0.25*layout.Inch)
			}
		}
		for _, paper := range layout.PosterPapers {
			doc, err := layout.Poster(in, layout.Papers[paper])
			if err != nil {
				t.Fatal(err)
			}
			checkInside(t, in.M, doc, 0.25*layout.Inch)
		}
		doc, err := layout.TearOff(in, layout.Papers["letter"])
		if err != nil {
			t.Fatal(err)
		}
		checkInside(t, in.M, doc, 0.25*layout.Inch)
		doc, err = layout.BleedCard(in)
		if err != nil {
			t.Fatal(err)
		}
		checkInside(t, in.M, doc, 0)
	}
}

func checkInside(t *testing.T, m layout.Measurer, doc *layout.Doc, edge float64) {
	t.Helper()
	for n, p := range doc.Pages {
		for _, it := range p.Items {
			var x0, y0, x1, y1 float64
			switch it := it.(type) {
			case layout.Text:
				if it.Rotate != 0 {
					continue
				}
				x0, y0 = it.X, it.Y-it.Size
				x1, y1 = it.X+m.Width(it.Font, it.Size, it.S), it.Y+it.Size*0.25
			case layout.Rect:
				x0, y0, x1, y1 = it.X, it.Y, it.X+it.W, it.Y+it.H
			case layout.QR:
				x0, y0, x1, y1 = it.X, it.Y, it.X+it.Size(), it.Y+it.Size()
			default:
				continue
			}
			if x0 < edge-0.01 || y0 < edge-0.01 || x1 > p.W-edge+0.01 || y1 > p.H-edge+0.01 {
				t.Errorf("%s page %d: %T %+v runs outside the printable area", doc.Name, n+1, it, it)
			}
		}
	}
}

// misplaced says what of doc prints off its printable area (edge from each side), or over
// the QR code or another text: each text as the box of its letters, from 0.7 of its size above
// its baseline to 0.2 below; turned text (a tear-off tab's) is left aside.
func misplaced(m layout.Measurer, doc *layout.Doc, edge float64) []string {
	type box struct{ x0, y0, x1, y1 float64 }
	over := func(a, b box) bool { return a.x0 < b.x1-0.5 && b.x0 < a.x1-0.5 && a.y0 < b.y1-0.5 && b.y0 < a.y1-0.5 }
	var out []string
	for n, p := range doc.Pages {
		var texts, codes []box
		var said []string
		for _, it := range p.Items {
			switch it := it.(type) {
			case layout.Text:
				if it.Rotate != 0 {
					continue
				}
				b := box{it.X, it.Y - 0.7*it.Size, it.X + m.Width(it.Font, it.Size, it.S), it.Y + 0.2*it.Size}
				if b.x0 < edge-0.01 || b.x1 > p.W-edge+0.01 || b.y0 < edge-0.01 || b.y1 > p.H-edge+0.01 {
					out = append(out, fmt.Sprintf("%s page %d: %q runs off the printable area", doc.Name, n+1, it.S))
				}
				texts, said = append(texts, b), append(said, it.S)
			case layout.QR:
				codes = append(codes, box{it.X, it.Y, it.X + it.Size(), it.Y + it.Size()})
			}
		}
		for i, a := range texts {
			for _, c := range codes {
				if over(a, c) {
					out = append(out, fmt.Sprintf("%s page %d: %q prints over the QR code", doc.Name, n+1, said[i]))
				}
			}
			for j, b := range texts[i+1:] {
				if over(a, b) {
					out = append(out, fmt.Sprintf("%s page %d: %q and %q print over each other", doc.Name, n+1, said[i], said[i+1+j]))
				}
			}
		}
	}
	return out
}

// TestCardTextInsideSafeZone: on a sheet, every line of text sits inside one card, 0.125 in
// from its cut lines, so a slightly-off home cut never clips a word.
func TestCardTextInsideSafeZone(t *testing.T) {
	for _, in := range realInputs(t) {
		for name, sh := range layout.Sheets {
			for _, discreet := range []bool{false, true} {
				doc, err := layout.CardSheet(in, name, discreet, nil)
				if err != nil {
					t.Fatal(err)
				}
				x0 := (sh.Paper.W - float64(sh.Cols)*sh.CardW) / 2
				y0 := (sh.Paper.H - float64(sh.Rows)*sh.CardH) / 2
				const safe = 0.125 * layout.Inch
				for n, p := range doc.Pages {
					for _, it := range p.Items {
						tx, ok := it.(layout.Text)
						if !ok || n == 0 && tx.Y < y0 { // the printing line, in the top margin
							continue
						}
						col := int((tx.X - x0) / sh.CardW)
						row := int((tx.Y - y0) / sh.CardH)
						cx, cy := x0+float64(col)*sh.CardW, y0+float64(row)*sh.CardH
						right := tx.X + in.M.Width(tx.Font, tx.Size, tx.S)
						if tx.X < cx+safe-0.01 || right > cx+sh.CardW-safe+0.01 || tx.Y-tx.Size*0.75 < cy+safe-0.5 || tx.Y+tx.Size*0.2 > cy+sh.CardH-safe+0.5 {
							t.Errorf("%s page %d: %q at %.1f,%.1f leaves the safe zone of its card", doc.Name, n+1, tx.S, tx.X, tx.Y)
						}
					}
				}
			}
		}
	}
}

// Every text of an output that does not fit is named in one run, each at its field, not only
// the first: a user should not go round once for each.
func TestEveryTextThatDoesNotFitIsNamed(t *testing.T) {
	long := "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
	for _, tt := range []struct {
		name   string
		edit   func(l *content.Language)
		layout func(in layout.Input) error
		want   []string // the fields named
	}{
		{"card front and back", func(l *content.Language) {
			l.Text.Card.Headline.Text = "You are not alone, and what happened is not your fault: we are here to listen, day or night."
			l.Text.Card.CallLabel.Text = "Call the Greater Metropolitan Tri-County Crisis Intervention and Referral Hotline, free and confidential, 24 hours a day"
			l.Text.Card.BackNote.Text = strings.Repeat("Free, confidential, 24/7, interpreters in more than 200 languages, for anyone. ", 2) // more than two lines
		}, func(in layout.Input) error {
			_, err := layout.CardSheet(in, "letter", false, nil)
			return err
		}, []string{"card.headline", "card.call_label", "card.back_note"}},
		{"title band and box", func(l *content.Language) {
			l.FAQ.Title.Text = "Was ist " + long + long + "?" // too wide even set smaller
			l.Text.Handout.Subtitle.Text = strings.Repeat(long+" ", 4)
			l.Text.Help.Call.Text = "Call the Greater Metropolitan Tri-County Crisis Intervention and Referral Hotline, free and confidential, day or night, at 1-888-373-7888" // more lines than the box gives it
		}, func(in layout.Input) error {
			_, err := layout.Handout(in, layout.Papers["letter"], false)
			return err
		}, []string{"title", "handout.subtitle", "help.call"}},
		{"hotline box", func(l *content.Language) {
			l.Text.Help.Call.Text = "Call the Greater Metropolitan Tri-County Crisis Intervention and Referral Hotline, free and confidential, day or night, at 1-888-373-7888"                                                                                                           // more lines than the box gives it
			l.Text.Help.Text.Text = "Text the word HELP, or the word for help in your own language, which our volunteers will understand, from any mobile phone, at any hour of the day or night, in any of more than two hundred languages, free of charge and in confidence, to 233733" // more lines than the box gives it
		}, func(in layout.Input) error {
			_, err := layout.Handout(in, layout.Papers["letter"], false)
			return err
		}, []string{"help.call", "help.text"}},
		{"hotline box too tall for page 1", func(l *content.Language) {
			l.Text.Help.Note.Text = strings.Repeat("You can report anonymously, and nobody will ask for your name or where you live. ", 18)
		}, func(in layout.Input) error {
			_, err := layout.Handout(in, layout.Papers["letter"], true)
			return err
		}, []string{"help.note"}},
		{"poster", func(l *content.Language) {
			l.Text.Poster.CallLabel.Text = "National Human Trafficking Hotline of the Greater Metropolitan Tri-County Crisis Intervention Network, free and confidential, with interpreters in more than 200 languages and in sign language through video relay, every day of the year including holidays"
			l.Text.Poster.Danger.Text = "In immediate danger, call 911 from any phone anywhere in the country at any time of day"
		}, func(in layout.Input) error {
			_, err := layout.Poster(in, layout.Papers["letter"])
			return err
		}, []string{"poster.call_label", "poster.danger"}},
		{"handout words", func(l *content.Language) {
			l.FAQ.Questions = slices.Clone(l.FAQ.Questions)
			for _, i := range []int{1, 4} {
				l.FAQ.Questions[i].Question.Text = "Was ist ein " + long + "?"
				l.FAQ.Questions[i].Question.Field = fmt.Sprintf("question %d", i+1)
			}
		}, func(in layout.Input) error {
			_, err := layout.Handout(in, layout.Papers["letter"], false)
			return err
		}, []string{"question 2", "question 5"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := realInputs(t)[0]
			lang := *in.Lang
			tt.edit(&lang)
			in.Lang = &lang
			err := tt.layout(in)
			var fe *layout.FitError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a FitError", err)
			}
			var got []string
			for _, e := range fe.Each() {
				got = append(got, e.At.Field)
				if e.Doc == "" {
					t.Errorf("%s names no output", e.At.Field)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("named %q, want %q", got, tt.want)
			}
		})
	}
}

// Every sheet of a standard handout carries the numbers and the QR code, whatever the length of
// the FAQ and of the box's labels: the hotline box on page 1, the closing panel on the last
// page (page 2 of one sheet, which may be copied alone), which takes a page more, on a sheet more, rather than be left out; a handout that
// cannot hold it is an error, never a note.
func TestEverySheetCarriesTheNumbers(t *testing.T) {
	label := "The Greater Metropolitan Tri-County Domestic Violence, Sexual Assault and Human Trafficking Crisis Intervention and Referral Hotline, free and confidential, 24 hours a day, 7 days a week, 365 days a year"
	for _, tt := range []struct {
		name   string
		label  bool // the long call label
		copies int  // the FAQ's questions, so many times
	}{
		{"default", false, 1},
		{"long label", true, 1},
		{"long label, FAQ twice", true, 2},
		{"FAQ twice", false, 2},
		{"FAQ three times", false, 3},
	} {
		for _, paper := range []string{"letter", "a4"} {
			in := realInputs(t)[0]
			lang := *in.Lang
			if tt.label {
				lang.Text.Help.CallLabel.Text = label
				in.Settings.Organisation.Name.Text = "Saint Mary of the Angels Interfaith Family Shelter and Community Outreach Center"
			}
			var qs []content.QA
			for range tt.copies {
				qs = append(qs, lang.FAQ.Questions...)
			}
			lang.FAQ.Questions = qs
			in.Lang = &lang
			doc, err := layout.Handout(in, layout.Papers[paper], false)
			if err != nil {
				var fe *layout.FitError
				if !errors.As(err, &fe) || fe.Where != "the FAQ" {
					t.Errorf("%s, %s: %v, want a layout or an error naming the FAQ", tt.name, paper, err)
				}
				continue
			}
			// page 1 and the last page, and so each sheet
			for _, n := range []int{0, len(doc.Pages) - 1} {
				if !slices.ContainsFunc(doc.Pages[n].Items, func(it layout.Item) bool { _, ok := it.(layout.QR); return ok }) {
					t.Errorf("%s, %s: page %d of %d has no QR code (note: %s)", tt.name, paper, n+1, len(doc.Pages), doc.Note)
				}
			}
		}
	}
}

// The hotline box sets its QR code beside the numbers when that makes it shorter, however long
// the labels, and sets the address under it a little smaller where that lets it stand beside
// a long number line: under them it takes the text's room on page 1.
func TestHotlineBoxCodeBesideLongLabels(t *testing.T) {
	for _, tt := range []struct{ name, label, call string }{
		{"default", "", ""},
		{"long label", "The Greater Metropolitan Tri-County Domestic Violence, Sexual Assault and Human Trafficking Crisis Intervention and Referral Hotline, free and confidential, 24 hours a day, 7 days a week, 365 days a year", ""},
		{"long number line", "", "Please call 1-888-373-7888"},
	} {
		for _, paper := range []string{"letter", "a4"} {
			in := realInputs(t)[0]
			lang := *in.Lang
			if tt.label != "" {
				lang.Text.Help.CallLabel.Text = tt.label
			}
			if tt.call != "" {
				lang.Text.Help.Call.Text = tt.call
			}
			in.Lang = &lang
			doc, err := layout.Handout(in, layout.Papers[paper], false)
			if err != nil {
				t.Fatal(err)
			}
			code, number, found := codeAndNumber(doc.Pages[0])
			if code.Code == nil || !found || code.Y > number {
				t.Errorf("%s, %s: the code's top at %.0f pt, under the number's baseline at %.0f pt", tt.name, paper, code.Y, number)
			}
		}
	}
}

// A FAQ short enough for one sheet even so is set larger, in one column, rather than leave
// much of its pages blank, at 16 pt or, when that takes more pages, at 14 or 13 pt, its lines
// 45 to 66 characters; failing that, one page in two columns at 13 pt; a longer one keeps the
// 12 pt body.
func TestShortFAQSetLarger(t *testing.T) {
	for _, tt := range []struct {
		questions int
		short     bool    // each answer "Yes."
		want      float64 // the body's size, at least
		pages     int
		measure   int // the fewest characters the longest line may have
	}{
		{1, true, 16, 1, 45},
		{1, false, 14, 1, 45}, // not on one page at 16 pt in a measure of 66 characters
		{8, true, 13, 1, 40},  // in two columns, of 40 to 46 characters
		{6, false, 13, 2, 45}, // in one column, on the two pages 12 pt would take
		{0, false, 12, 2, 45}, // all of them
	} {
		for _, paper := range []string{"letter", "a4"} {
			in := realInputs(t)[0]
			lang := *in.Lang
			if tt.questions > 0 {
				lang.FAQ.Questions = lang.FAQ.Questions[:min(tt.questions, len(lang.FAQ.Questions))]
				lang.FAQ.Intro = nil
				lang.FAQ.Closing = lang.FAQ.Closing[:1]
			}
			if tt.short {
				var qs []content.QA
				for i := range tt.questions {
					q := lang.FAQ.Questions[i%len(lang.FAQ.Questions)].Question
					qs = append(qs, content.QA{Question: q, Answer: []content.Para{{Located: diag.Located{Text: "Yes."}}}})
				}
				lang.FAQ.Questions = qs
			}
			in.Lang = &lang
			doc, err := layout.Handout(in, layout.Papers[paper], false)
			if err != nil {
				t.Fatal(err)
			}
			first := strings.Fields(lang.FAQ.Closing[0].Text)[0]
			size, longest := 0.0, 0
			var items []layout.Item
			for _, p := range doc.Pages {
				items = append(items, p.Items...)
			}
			for _, it := range items {
				if x, ok := it.(layout.Text); ok && strings.HasPrefix(x.S, first+" ") {
					size = x.Size
				}
			}
			for _, it := range items { // the measure: the body's lines, in characters
				if x, ok := it.(layout.Text); ok && x.Size == size {
					longest = max(longest, utf8.RuneCountInString(x.S))
				}
			}
			if size < tt.want || tt.questions == 0 && size != tt.want || len(doc.Pages) != tt.pages {
				t.Errorf("%d questions, %s: the body at %.1f pt on %d pages, want %.0f pt or more on %d", tt.questions, paper, size, len(doc.Pages), tt.want, tt.pages)
			}
			if longest < tt.measure || longest > 66 {
				t.Errorf("%d questions, %s: the body's lines run to %d characters, want %d to 66", tt.questions, paper, longest, tt.measure)
			}
		}
	}
}

// A right-to-left handout's footer is the mirror image of a left-to-right one's: the
// organisation flush right, the page number flush left.
func TestFooterMirroredRightToLeft(t *testing.T) {
	for _, mirrored := range []bool{false, true} {
		in := realInputs(t)[0]
		lang := *in.Lang
		if mirrored {
			lang.FAQ.Title.Text = "حقائق وأسئلة شائعة"
		}
		in.Lang = &lang
		doc, err := layout.Handout(in, layout.Papers["letter"], false)
		if err != nil {
			t.Fatal(err)
		}
		var org, page float64 = -1, -1
		for _, it := range doc.Pages[0].Items {
			if x, ok := it.(layout.Text); ok {
				switch {
				case strings.HasPrefix(x.S, in.Settings.Organisation.Name.Text):
					org = x.X
				case strings.HasPrefix(x.S, "Page 1"):
					page = x.X
				}
			}
		}
		if org < 0 || page < 0 || (org > page) != mirrored {
			t.Errorf("mirrored %v: the organisation at x %.0f, the page number at %.0f", mirrored, org, page)
		}
	}
}

// Any text of text.yaml made long, as a writer may (a sentence where a few words go), prints
// whole in every output, wrapping where it must, with nothing over the QR code, over another
// text or off the page; or its output is refused naming that text.
func TestEveryLongTextFitsOrIsNamed(t *testing.T) {
	const more = ", and the same again in many more words than this place was written for, as a writer may"
	outputs := []output{
		{"handout", func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, layout.Papers["letter"], false) }, 0.25 * layout.Inch},
		{"large print", func(in layout.Input) (*layout.Doc, error) { return layout.Handout(in, layout.Papers["a4"], true) }, 0.25 * layout.Inch},
		{"cards", func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, "letter", false, nil) }, 0.25 * layout.Inch},
		{"discreet cards", func(in layout.Input) (*layout.Doc, error) { return layout.CardSheet(in, "a4", true, nil) }, 0.25 * layout.Inch},
		{"poster", func(in layout.Input) (*layout.Doc, error) { return layout.Poster(in, layout.Papers["letter"]) }, 0.25 * layout.Inch},
		{"tear-off", func(in layout.Input) (*layout.Doc, error) { return layout.TearOff(in, layout.Papers["letter"]) }, 0.25 * layout.Inch},
		{"bleed card", layout.BleedCard, 0},
	}
	base := realInputs(t)[0]
	var fields []string
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch {
		case v.Type() == reflect.TypeOf(diag.Located{}):
			if v.FieldByName("Text").String() != "" {
				fields = append(fields, path)
			}
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		case v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(diag.Located{}):
			for i := range v.Len() {
				walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		}
	}
	walk(reflect.ValueOf(base.Lang.Text), "")
	for _, f := range fields {
		if strings.HasPrefix(f, ".Site.") || strings.HasPrefix(f, ".Language") || strings.HasPrefix(f, ".HotlineName") {
			continue // the page's words, and words no output prints as they are
		}
		for edition := range realInputs(t) {
			t.Run(fmt.Sprint(edition, f), func(t *testing.T) { longText(t, edition, f, more, outputs) })
		}
	}
	// and settings.yaml's organisation, printed in footers and on the cards' backs
	for _, f := range []string{"Name", "Contact"} {
		t.Run("organisation."+f, func(t *testing.T) {
			in := realInputs(t)[0]
			org := &in.Settings.Organisation
			at := map[string]*diag.Located{"Name": &org.Name, "Contact": &org.Contact}[f]
			if at.Text == "" {
				*at = diag.Located{File: "settings.yaml", Line: 8, Field: "organisation.contact", Text: "Call our office on weekdays"}
			}
			at.Text += more
			fitsOrNamed(t, in, at.Field, outputs)
		})
	}
}

// fitsOrNamed lays out each of outputs from in, and checks each is refused naming field or
// prints whole (misplaced).
func fitsOrNamed(t *testing.T, in layout.Input, field string, outputs []output) {
	t.Helper()
	for _, o := range outputs {
		doc, err := o.layout(in)
		var fe *layout.FitError
		switch {
		case errors.As(err, &fe):
			if !slices.ContainsFunc(fe.Each(), func(e *layout.FitError) bool { return e.At.Field == field }) {
				t.Errorf("%s: refused without naming %s: %v", o.name, field, err)
			}
		case err != nil:
			t.Errorf("%s: %v", o.name, err)
		default:
			for _, bad := range misplaced(in.M, doc, o.edge) {
				t.Errorf("%s: %s", o.name, bad)
			}
		}
	}
}

// output is an output laid out, and the edge of its printable area.
type output struct {
	name   string
	layout func(in layout.Input) (*layout.Doc, error)
	edge   float64
}

// longText lays out each of outputs with the text of the edition at field f (a path of
// Text's fields, .Help.Title) lengthened by more, and checks each is refused naming it or
// prints whole.
func longText(t *testing.T, edition int, f, more string, outputs []output) {
	in := realInputs(t)[edition]
	lang := *in.Lang
	v := reflect.ValueOf(&lang.Text).Elem()
	var at reflect.Value
	for _, part := range strings.Split(strings.TrimPrefix(f, "."), ".") {
		name, idx, indexed := strings.Cut(strings.TrimSuffix(part, "]"), "[")
		v = v.FieldByName(name)
		if indexed {
			n := 0
			fmt.Sscan(idx, &n)
			v.Set(reflect.ValueOf(slices.Clone(v.Interface().([]diag.Located))))
			v = v.Index(n)
		}
		at = v
	}
	field := at.FieldByName("Field").String()
	text := at.FieldByName("Text")
	text.SetString(strings.TrimRight(text.String(), ".") + more + ".")
	in.Lang = &lang
	fitsOrNamed(t, in, field, outputs)
}

// A hotline box too tall for page 1 beside a footer of many lines (a long organisation name and
// contact line, in large print on every page) names them too: they take the room the box lacks.
func TestBoxTooTallNamesALongFooter(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	lang.Text.Help.Note.Text = strings.Repeat("You can report anonymously, and nobody will ask for your name or where you live. ", 18)
	in.Lang = &lang
	for _, long := range []bool{false, true} {
		if long {
			in.Settings.Organisation.Name.Text = "Northeastern Ohio Regional Coalition Against Human Trafficking, Child Sexual Exploitation and Domestic Violence, Inc."
			in.Settings.Organisation.Contact.Text = "Office 216-861-0142 · intake@norcoalition-ohio.org · 1375 Euclid Avenue, Suite 400, Cleveland OH 44115"
		}
		_, err := layout.Handout(in, layout.Papers["letter"], true)
		if err == nil || strings.Contains(err.Error(), "organisation.contact") != long {
			t.Errorf("a long footer %v: %v", long, err)
		}
	}
}
