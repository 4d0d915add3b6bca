package layout

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/diag"
)

// mono is a measurer where every character is half an em wide: close to the real face, and
// independent of it.
type mono struct{}

func (mono) Width(f Font, size float64, s string) float64 {
	w := 0.5
	if f&Bold != 0 {
		w = 0.55
	}
	return float64(len([]rune(s))) * size * w
}

func input(t *testing.T) Input {
	t.Helper()
	c, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return Input{Settings: c.Settings, Address: c.Address, Lang: &c.Languages[0], M: mono{}}
}

func TestWrapFitsWidth(t *testing.T) {
	st := Style{Size: 12}
	text := "Everyday behaviors can be warning signs. Common indicators include possession of unexplained cash."
	lines, err := wrap(mono{}, st, diag.Located{Text: text}, 200, "the handout")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(lines, " ") != text {
		t.Errorf("wrapping lost or changed words: %q", lines)
	}
	for _, l := range lines {
		if w := (mono{}).Width(Regular, 12, l); w > 200 {
			t.Errorf("line %q is %.1f pt, wider than 200", l, w)
		}
	}
}

func at(field, text string) diag.Located {
	return diag.Located{File: "en/text.yaml", Line: 7, Field: field, Text: text}
}

func TestTooLongIsAnErrorNamingTheText(t *testing.T) {
	tests := []struct {
		name string
		run  func() error
		want string
	}{
		{"word wider than the line", func() error {
			_, err := wrap(mono{}, Style{Size: 12}, at("card.headline", "Call Supercalifragilisticexpialidocious now"), 100, "card front")
			return err
		}, `en/text.yaml:7: card.headline: "Call Supercalifragilisticexpialidocious now" has the word "Supercalifragilisticexpialidocious", 1.44 in too wide for its 1.39 in line (put soft hyphens where the word may break, written \u00AD in a double-quoted value ("Rechts\u00ADschutz\u00ADversicherung"): each prints as a hyphen only at a line's end; or shorten the text)`},
		{"number wider than the line", func() error {
			_, err := wrap(mono{}, Style{Size: 12}, at("help.call", "Call +61 13 11 14 now"), 60, "card front")
			return err
		}, `en/text.yaml:7: help.call: "Call +61 13 11 14 now" has the number "+61 13 11 14", 0.17 in too wide for its 0.83 in line: a number never breaks (give a narrower font (--font), or a shorter text around the number on its line)`},
		{"a number without spaces: no soft hyphens", func() error {
			_, err := wrap(mono{}, Style{Size: 12}, at("help.call", "Call 1-888-373-7888 now"), 60, "card front")
			return err
		}, `en/text.yaml:7: help.call: "Call 1-888-373-7888 now" has the number "1-888-373-7888", 0.33 in too wide for its 0.83 in line: a number never breaks (give a narrower font (--font), or a shorter text around the number on its line)`},
		{"a word of thousands of characters, quoted short", func() error {
			_, err := wrap(mono{}, Style{Size: 12}, at("help.note", "See data:"+strings.Repeat("A", 5000)), 100, "card front")
			return err
		}, `en/text.yaml:7: help.note: "See data:` + strings.Repeat("A", 48) + `..." has the word "data:` + strings.Repeat("A", 52) + `...", 415.69 in too wide for its 1.39 in line (put soft hyphens where the word may break, written \u00AD in a double-quoted value ("Rechts\u00ADschutz\u00ADversicherung"): each prints as a hyphen only at a line's end; or shorten the text)`},
		{"a bold word: quoted with its ** as written, never its marks", func() error {
			_, err := wrap(mono{}, Style{Size: 12}, diag.Located{File: "de/faq.md", Line: 9, Field: "answer 2", Text: "Fragen Sie nach der " + content.BoldOn + "Donaudampfschifffahrtsgesellschaft" + content.BoldOff + "."}, 100, "handout")
			return err
		}, `de/faq.md:9: answer 2: "Fragen Sie nach der **Donaudampfschifffahrtsgesellschaft**." has the word "**Donaudampfschifffahrtsgesellschaft**.", 1.81 in too wide for its 1.39 in line (put soft hyphens where the word may break, written &shy; in Markdown (Rechts&shy;schutz&shy;versicherung): each prints as a hyphen only at a line's end; or shorten the text)`},
		{"too many lines", func() error {
			_, err := fitLines(mono{}, Style{Size: 12}, at("help.note", "one two three four five six seven eight nine ten"), 60, 2, "hotline box")
			return err
		}, `en/text.yaml:7: help.note: "one two three four five six seven eight nine ten" needs 6 lines at 12.0 pt in a 0.83 in box; 2 fit (shorten the text)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			var fe *FitError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a FitError", err)
			}
			if err.Error() != tt.want {
				t.Errorf("got  %s\nwant %s", err, tt.want)
			}
		})
	}
}

// A tear-off tab holds three lines across it: poster.tab too long for one takes two and
// leaves the text line one. A text line that fits two but not one is refused at poster.tab,
// naming both, as the longer tab is as much at fault; a text line too long for two is its
// own fault; each fits beside the other's shorter words.
func TestTabTextsShareTheTab(t *testing.T) {
	const (
		long  = "Call 1-888-373-7888 from any phone, any time" // two lines across a tab at 13.2 pt
		short = "Call 1-888-373-7888"
		text  = "Text HELP to 233733 from any phone now" // two lines
		three = "Text HELP to 233733 from any phone at any hour of the day or night, free and in confidence"
	)
	for _, tt := range []struct {
		tab, text, want string
	}{
		{long, text, `en/text.yaml:9: poster.tab: "` + long + `" takes 2 lines across a tab at 13.2 pt, leaving 1 of its 3 to poster.text (line 8), "` + text + `", which is 0.28 in too long for it (shorten poster.tab by 1.24 in to fit on one line, or poster.text by 0.28 in: the tabs print both at one size)`},
		{short, text, ""},
		{long, "Text HELP to 233733", ""},
		{short, three, `en/text.yaml:8: poster.text: "` + three[:57] + `..." is 5.05 in too long for a 3.5 in tab at 13.2 pt (shorten the text)`},
	} {
		in := input(t)
		lang := *in.Lang
		lang.Text.Poster.Text = diag.Located{File: "en/text.yaml", Line: 8, Field: "poster.text", Text: tt.text}
		lang.Text.Poster.Tab = diag.Located{File: "en/text.yaml", Line: 9, Field: "poster.tab", Text: tt.tab}
		in.Lang = &lang
		_, _, _, err := tabHeight(in, Papers["letter"].H/60)
		if got := fmt.Sprint(err); err == nil && tt.want != "" || err != nil && got != tt.want {
			t.Errorf("%q with %q:\n got  %v\n want %s", tt.tab, tt.text, err, tt.want)
		}
	}
}

// A FAQ too long for the handout's sheets is an error that says how many lines of body text to
// cut, accurately: a closing cut by that many lines fits, one cut by one line fewer does not.
// (Cut elsewhere, the pages break at other places, which may keep a line more or less.)
func TestHandoutTooLongSaysHowMuch(t *testing.T) {
	for _, tt := range []struct {
		sheets string
		sc     handoutScale
	}{{"1", normalPrint}, {"", normalPrint}, {"1", largePrint}, {"", largePrint}} {
		sheets := tt.sheets + tt.sc.suffix
		in := input(t)
		in.Settings.Handout.Sheets = tt.sheets
		pages := map[string]int{"1": 1, "": 2}[tt.sheets] * tt.sc.sheet
		answer := func(n int) diag.Located {
			return diag.Located{File: "en/faq.md", Line: 9, Field: "closing[1]", Text: strings.Repeat("This answer goes on and on. ", n)}
		}
		withAnswer := func(a diag.Located) error {
			lang := *in.Lang
			lang.FAQ.Closing = []content.Para{{Located: a}}
			in.Lang = &lang
			_, err := Handout(in, Papers["letter"], tt.sc.large)
			return err
		}
		long := answer(300 * pages)
		err := withAnswer(long)
		var over int
		if err == nil {
			t.Fatalf("sheets %q: a very long answer fitted", sheets)
		}
		if _, e := fmt.Sscanf(err.Error()[strings.Index(err.Error(), "cut "):], "cut %d line", &over); e != nil {
			t.Fatalf("sheets %q: no line count in %v", sheets, err)
		}
		if want := fmt.Sprintf(" page %d,", pages); !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "the closing (en/faq.md:9,") {
			t.Fatalf("sheets %q: got %v, want %q and the closing named", sheets, err, want)
		}
		_, width := handout{sc: tt.sc, p: Papers["letter"]}.measure() // lines of a column
		lines := func(n int) int {
			ls, _ := wrap(mono{}, Style{Size: tt.sc.body}, answer(n), width, "")
			return len(ls)
		}
		withLines := func(target int) diag.Located {
			n := 0
			for lines(n+1) <= target {
				n++
			}
			return answer(n)
		}
		total := lines(300 * pages)
		if err := withAnswer(withLines(total - over)); err != nil {
			t.Errorf("sheets %q: cut by the %d lines the error asked, still: %v", sheets, over, err)
		}
		if err := withAnswer(withLines(total - over + 1)); err == nil {
			t.Errorf("sheets %q: cut by %d lines, one fewer than the error asked, it fits: the count is too high", sheets, over-1)
		}
	}
}

// A handout that goes on to a second sheet says by how many lines of body text the FAQ is too
// long for one, and where it is longest: a few lines cut save a sheet on every copy. The
// count is exact: the closing cut by that many lines prints on one sheet, by one fewer not.
func TestHandoutOverSheetSaysHowMuch(t *testing.T) {
	in := input(t)
	answer := func(n int) diag.Located {
		return diag.Located{File: "en/faq.md", Line: 9, Field: "closing[1]", Text: strings.Repeat("This answer goes on and on. ", n)}
	}
	pagesWith := func(n int) (int, string) {
		lang := *in.Lang
		lang.FAQ.Closing = []content.Para{{Located: answer(n)}}
		in := in
		in.Lang = &lang
		doc, err := Handout(in, Papers["letter"], false)
		if err != nil {
			t.Fatal(err)
		}
		return len(doc.Pages), doc.Note
	}
	n := 1
	for pages, _ := pagesWith(n); pages < 3; pages, _ = pagesWith(n) { // just past one sheet
		n++
	}
	_, note := pagesWith(n)
	var over int
	at := strings.Index(note, " by ")
	if at < 0 || !strings.HasPrefix(note, "3 pages, on 2 sheets: the FAQ is too long for one sheet by ") || !strings.Contains(note, "the closing (en/faq.md:9,") {
		t.Fatalf("note %q: want how many lines make it too long for one sheet, and the closing named", note)
	}
	if _, err := fmt.Sscanf(note[at:], " by %d line", &over); err != nil {
		t.Fatalf("note %q: %v", note, err)
	}
	_, width := handout{sc: normalPrint, p: Papers["letter"]}.measure()
	lines := func(n int) int {
		ls, _ := wrap(mono{}, Style{Size: normalPrint.body}, answer(n), width, "")
		return len(ls)
	}
	withLines := func(target int) int {
		k := 0
		for lines(k+1) <= target {
			k++
		}
		return k
	}
	total := lines(n)
	if pages, _ := pagesWith(withLines(total - over)); pages != 2 {
		t.Errorf("cut by the %d lines the note asked, %d pages", over, pages)
	}
	if pages, _ := pagesWith(withLines(total - over + 1)); pages == 2 {
		t.Errorf("cut by %d lines, one fewer than the note asked, it fits one sheet: the count is too high", over-1)
	}
}

// An FAQ may go straight from its title to the first question: the hotline box is still on
// page 1, and so is the first question (large print: on page 2, as all its text).
func TestHandoutWithoutIntroduction(t *testing.T) {
	in := input(t)
	lang := *in.Lang
	lang.FAQ.Intro = nil
	in.Lang = &lang
	first := lang.FAQ.Questions[0].Question.Text
	for _, large := range []bool{false, true} {
		doc, err := Handout(in, Papers["letter"], large)
		if err != nil {
			t.Fatalf("large=%v: %v", large, err)
		}
		number, question := -1.0, -1.0
		for _, it := range doc.Pages[0].Items {
			if tx, ok := it.(Text); ok {
				if strings.Contains(tx.S, "1-888-373-7888") && number < 0 {
					number = tx.Y
				}
				if strings.HasPrefix(tx.S, "1. "+first[:10]) && question < 0 {
					question = tx.Y
				}
			}
		}
		if number < 0 || (!large && question < 0) {
			t.Errorf("large=%v: page 1 has the number at %.0f and question 1 at %.0f", large, number, question)
		}
	}
}

// A poster headline starts each sentence on a new line, or, when asked to, says it cannot.
func TestHeadlineLines(t *testing.T) {
	st := Style{Size: 10}
	const s = "Any child can be trafficked. Anyone can help."
	got, err := headlineLines(mono{}, st, diag.Located{Text: s}, 200, true)
	if err != nil || strings.Join(got, "|") != "Any child can be trafficked.|Anyone can help." {
		t.Errorf("wide: got %q, %v", got, err)
	}
	// four sentences would take four lines
	const four = "Stop. Look. Listen. Call."
	if _, err := headlineLines(mono{}, st, diag.Located{Text: four}, 200, true); err == nil {
		t.Error("four lines of sentences were accepted where only sentence breaks would do")
	}
	if got, err := headlineLines(mono{}, st, diag.Located{Text: four}, 200, false); err != nil || len(got) != 1 {
		t.Errorf("fallback wrap: got %q, %v", got, err)
	}
	// Japanese ends a sentence with 。 and no space; within one, a line ends as a phrase does
	const ja = "どの子どもも被害にあう可能性があります。だれでも助けになれます。"
	if got, err := headlineLines(Typeset(mono{}, "ja"), st, diag.Located{Text: ja}, 60, false); err != nil || strings.Join(got, "|") != "どの子どもも被害にあう|可能性があります。|だれでも助けになれます。" {
		t.Errorf("Japanese: got %q, %v", got, err)
	}
	// what closes with a sentence's mark stays with it: no line begins with 」 or ？
	for _, s := range []string{"本当に大丈夫！？誰でも助けになれます。", "「助けて。」と言っていい。"} {
		got, err := headlineLines(Typeset(mono{}, "ja"), st, diag.Located{Text: s}, 200, false)
		if err != nil || len(got) == 0 || slices.ContainsFunc(got, func(l string) bool { r, _ := utf8.DecodeRuneInString(l); return strings.ContainsRune("」？", r) }) {
			t.Errorf("%q: got %q, %v", s, got, err)
		}
	}
}

// A FAQ a little too long for one sheet tightens its spacing (15.6 pt leading to 15) and stays
// on one sheet; a shorter one keeps the normal spacing; a longer one takes a second sheet.
func TestHandoutTightensBeforeASecondSheet(t *testing.T) {
	in := input(t)
	leadingWith := func(n int, short bool) (float64, int) {
		lang := *in.Lang
		if short { // with room for the closing panel at the normal spacing
			lang.FAQ.Questions = lang.FAQ.Questions[:len(lang.FAQ.Questions)-2]
		}
		text := strings.TrimSpace(strings.Repeat("This closing goes on and on. ", n+6))
		lang.FAQ.Closing = []content.Para{{Located: diag.Located{Text: text}}}
		in.Lang = &lang
		doc, err := Handout(in, Papers["letter"], false)
		if err != nil {
			t.Fatal(err)
		}
		var ys []float64 // the baselines of the closing's first two lines
		for _, p := range doc.Pages {
			for _, it := range p.Items {
				if tx, ok := it.(Text); ok && tx.Size == 12 && (len(ys) == 1 || strings.HasPrefix(tx.S, "This closing") && len(ys) == 0) {
					ys = append(ys, tx.Y)
				}
			}
		}
		if len(ys) < 2 {
			t.Fatalf("%d lines of the closing found", len(ys))
		}
		return ys[1] - ys[0], len(doc.Pages)
	}
	if l, pages := leadingWith(0, true); math.Abs(l-15.6) > 0.01 || pages != 2 {
		t.Fatalf("a FAQ that fits: leading %.2f on %d pages, want 15.6 on 2", l, pages)
	}
	tightened := false
	for n := 1; n < 400; n += 3 {
		l, pages := leadingWith(n, false)
		if pages > 2 {
			if math.Abs(l-15.6) > 0.01 {
				t.Errorf("on two sheets the leading is %.2f, want the normal 15.6", l)
			}
			break
		}
		if math.Abs(l-15) < 0.01 {
			tightened = true
		}
	}
	if !tightened {
		t.Error("no length of FAQ was tightened to stay on one sheet")
	}
}

// Large print leaves no page under a third full: whatever the length of the closing, text moves
// from the page before on to a last page that would hold only a few lines; and a page left
// with one long question and its short answer, when the closing moves on with the panel, takes
// text from the page before it.
func TestLargePrintPagesAThirdFull(t *testing.T) {
	base := input(t)
	type faq func(*content.FAQ)
	closing := func(n int) faq {
		return func(f *content.FAQ) {
			text := strings.TrimSpace(strings.Repeat("This closing goes on and on. ", n))
			f.Closing = []content.Para{{Located: diag.Located{Text: text}}}
		}
	}
	type test struct {
		name   string
		change faq
	}
	var tests []test
	for n := 1; n < 60; n += 2 {
		tests = append(tests, test{fmt.Sprintf("closing of %d sentences", n), closing(n)})
	}
	tests = append(tests, test{"a long question and a short answer before the closing", func(f *content.FAQ) {
		f.Questions = append(f.Questions[:len(f.Questions):len(f.Questions)], content.QA{
			Question: diag.Located{Text: "If my teenager has a new older boyfriend who buys her expensive gifts, a phone and clothes, and she has stopped seeing her friends and skips school, what should I do and who can I call for advice without getting her in trouble?"},
			Answer:   []content.Para{{Located: diag.Located{Text: "Call the hotline."}}},
		})
		f.Closing = []content.Para{
			{Located: diag.Located{Text: "Domestic Minor Sex Trafficking is not an issue that can be ignored. It happens every day in communities across the country, many times surprisingly close to us, affecting children from all walks of life."}},
			{Located: diag.Located{Text: "At The Mission Haven, we are committed to providing a safe space, essential resources and unwavering support to victims of DMST. If you or someone you know is involved, call or text the hotline today."}},
		}
	}})
	for _, tt := range tests {
		name, in, lang := tt.name, base, *base.Lang
		tt.change(&lang.FAQ)
		in.Lang = &lang
		doc, err := Handout(in, Papers["letter"], true)
		if err != nil {
			t.Fatal(err)
		}
		for n, p := range doc.Pages[1:] { // page 1 holds the title and the hotline box alone
			rule, low := 0.0, 0.0
			for _, it := range p.Items {
				if r, ok := it.(Rule); ok && r.Y1 == r.Y2 && r.Width < 1 {
					rule = max(rule, r.Y1)
				}
			}
			for _, it := range p.Items {
				switch it := it.(type) {
				case Text:
					if it.Y < rule {
						low = max(low, it.Y)
					}
				case Rect:
					low = max(low, it.Y+it.H)
				}
			}
			if low < p.H/3 {
				t.Errorf("%s: page %d's text ends %.0f%% down it; want a third or more", name, n+2, 100*low/p.H)
			}
		}
	}
}

// The same FAQ too long on several papers is one error naming every output and the lines each
// needs cut; another edition, another language's FAQ or another error stays apart, and the
// errors merged are left as they were. Each begins with the FAQ's file, as every error does.
func TestMergeCuts(t *testing.T) {
	part := func(file string) []Part { return []Part{{"answer 8", diag.Located{File: file, Line: 37}, 60}} }
	tooLong := func(doc, msg, faq, paper string, lines int) *FitError {
		return &FitError{Doc: doc, Where: "the FAQ", Msg: msg, Cuts: []Cut{{FAQ: faq, Paper: paper, Lines: lines, Longest: part(faq)}}}
	}
	const std, large = "runs past page 2", "runs past page 6"
	in := []*FitError{
		tooLong("handout-en-letter", std, "en/faq.md", "Letter", 21),
		tooLong("handout-large-en-letter", large, "en/faq.md", "Letter", 30),
		tooLong("handout-es-letter", std, "es/faq.md", "Letter", 25),
		tooLong("handout-en-a4", std, "en/faq.md", "A4", 1),
		tooLong("handout-large-en-a4", large, "en/faq.md", "A4", 12),
	}
	want := []string{
		"en/faq.md:1: handout-en-letter, handout-en-a4: the FAQ runs past page 2: cut 21 lines of body text on Letter, 1 on A4; the longest parts are answer 8 (en/faq.md:37) (shorten the text)",
		"en/faq.md:1: handout-large-en-letter, handout-large-en-a4: the FAQ runs past page 6: cut 30 lines of body text on Letter, 12 on A4; the longest parts are answer 8 (en/faq.md:37) (shorten the text)",
		"es/faq.md:1: handout-es-letter: the FAQ runs past page 2: cut 25 lines of body text on Letter; the longest parts are answer 8 (es/faq.md:37, 60 lines) (shorten the text)",
	}
	var got []string
	for _, e := range Merge(in) {
		got = append(got, e.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if e := in[0].Error(); e != "en/faq.md:1: handout-en-letter: the FAQ runs past page 2: cut 21 lines of body text on Letter; the longest parts are answer 8 (en/faq.md:37, 60 lines) (shorten the text)" {
		t.Errorf("an error merged was changed: %s", e)
	}
}

// A part of one line is said so, not as "1 lines".
func TestOneLinePartSaid(t *testing.T) {
	e := &FitError{Doc: "handout-en-letter", Where: "the FAQ", Msg: "runs past page 4", Cuts: []Cut{{FAQ: "en/faq.md", Paper: "Letter", Lines: 1,
		Longest: []Part{{"the introduction", diag.Located{File: "en/faq.md", Line: 3}, 1}, {"answer 1", diag.Located{File: "en/faq.md", Line: 7}, 2}}}}}
	if got, want := e.Error(), "cut 1 line of body text on Letter; the longest parts are the introduction (en/faq.md:3, 1 line), answer 1 (en/faq.md:7, 2 lines)"; !strings.Contains(got, want) {
		t.Errorf("got  %s\nwant …%s…", got, want)
	}
}

// A question's heading stays with the first lines of its answer, in the column and on the page
// they print in, however short the FAQ: balancing the columns of its last page never leaves a
// heading at the foot of one column and its answer at the head of the next.
func TestHeadingKeepsItsAnswer(t *testing.T) {
	long := "Everyone who is worried about a child can call, day or night, and ask what to do next."
	for _, tt := range []struct {
		name    string
		answers []string // one question each
	}{
		{"one question, one-word answer", []string{"Anyone."}},
		{"one question, long answer", []string{long + " " + long}},
		{"two questions", []string{"Anyone.", "Yes."}},
		{"three questions", []string{"Anyone.", long, "Yes."}},
	} {
		for _, paper := range []string{"letter", "a4"} {
			for _, large := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%s/large=%v", tt.name, paper, large), func(t *testing.T) {
					in := input(t)
					lang := *in.Lang
					lang.FAQ.Intro, lang.FAQ.Closing, lang.FAQ.ClosingTitle = nil, nil, diag.Located{}
					lang.FAQ.Questions = nil
					for i, a := range tt.answers {
						lang.FAQ.Questions = append(lang.FAQ.Questions, content.QA{
							Question: diag.Located{Text: fmt.Sprintf("Question %d?", i+1)},
							Answer:   []content.Para{{Located: diag.Located{Text: a}}},
						})
					}
					in.Lang = &lang
					doc, err := Handout(in, Papers[paper], large)
					if err != nil {
						t.Fatal(err)
					}
					for i, a := range tt.answers {
						heading := fmt.Sprintf("%d. Question %d?", i+1, i+1)
						first := strings.Fields(a)[0]
						hp, hx, hy := find(doc, heading)
						ap, ax, ay := find(doc, first)
						if hp < 0 || ap != hp || math.Abs(ax-hx) > 0.5 || ay < hy {
							t.Errorf("%q is on page %d at x %.0f, y %.0f; its answer on page %d at x %.0f, y %.0f", heading, hp+1, hx, hy, ap+1, ax, ay)
						}
					}
				})
			}
		}
	}
}

// find is the page and place of the first text that begins with s, page -1 if none.
func find(doc *Doc, s string) (page int, x, y float64) {
	for n, p := range doc.Pages {
		for _, it := range p.Items {
			if tx, ok := it.(Text); ok && strings.HasPrefix(tx.S, s) {
				return n, tx.X, tx.Y
			}
		}
	}
	return -1, 0, 0
}

// A one-column handout's measure is set in characters a reader's script is read in: 27 ems,
// 60 to 66 Latin letters half an em wide, and 1.4 times that for a text mostly of characters
// an em wide (Japanese, Chinese, Korean), a line of about 38 of them, not 27.
func TestMeasureOfWideScripts(t *testing.T) {
	for _, tt := range []struct {
		text string
		want float64 // the column, in ems of the body
	}{
		{"How does trafficking happen? Most victims know their traffickers.", 27},
		{"性的搾取はどのように始まるのですか？被害者の多くは加害者を知っています。", 27 * 1.4},
		{"인신매매는 어떻게 시작되나요? 대부분의 피해자는 가해자를 알고 있습니다.", 27 * 1.4},
		{"Call 0120-279-338 (無料). Most of this line is English, with a name in Japanese: 相談.", 27},
	} {
		texts := []diag.Located{{Text: tt.text}}
		in := Input{Lang: &content.Language{Texts: texts, Wide: content.WideText(texts)}}
		h := handout{in: in, sc: shortPrint.at(13), p: Papers["letter"]}
		if _, column := h.measure(); math.Abs(column-tt.want*13) > 0.01 {
			t.Errorf("%q: a column of %.1f ems, want %.1f", tt.text, column/13, tt.want)
		}
	}
}

// counted is mono that counts the characters it measures.
type counted struct{ chars *int }

func (c counted) Width(f Font, size float64, s string) float64 {
	*c.chars += len(s)
	return mono{}.Width(f, size, s)
}

// A long pasted text in a place for a line or two (a number line, whose words either side of
// the number are glued to break only where they must) is measured in proportion to its
// length: for each line, the most of it that fits is found by doubling and halving a piece of
// a line's length, not by measuring the rest of the text once for each of its words (460
// times its length here), on each size an output tries: it took minutes to be refused.
func TestLongGluedTextMeasuredOnce(t *testing.T) {
	text := "Text HELP to 233733" + strings.Repeat(" and we will answer you as soon as we can, day or night", 40)
	chars := 0
	lines, err := numberLines(counted{&chars}, Style{Size: 10}, diag.Located{Text: text}, 300, 2, "x")
	if err == nil || len(lines) < 30 {
		t.Fatalf("%d lines, %v: want the lines it takes, refused", len(lines), err)
	}
	if most := 64 * len(text); chars > most { // three wraps of it, each line a few pieces measured

		t.Errorf("measured %d characters for %d lines of a text of %d; want at most %d", chars, len(lines), len(text), most)
	}
}

// The note of a code whose modules print under SafeModule gives their width cut to two places
// (never "0.60, under 0.6"), names where the address was given, and what a campaign adds.
func TestSmallModulesNote(t *testing.T) {
	base := "https://samples.org/help"
	url := base + "?utm_source=cards&utm_medium=print&utm_campaign=spring-2027"
	n := 41
	if got := smallModules("card", n, url, base, float64(n)*SafeModule*0.9994, "--url"); !strings.Contains(got, "modules 0.59 mm wide") ||
		!strings.Contains(got, "point --url at a shorter address") || !strings.Contains(got, fmt.Sprintf("whose tracking adds %d characters", len(url)-len(base))) {
		t.Errorf("note %q", got)
	}
	if got := smallModules("card", n, base, base, float64(n)*SafeModule*0.9, "resource_url"); strings.Contains(got, "campaign") {
		t.Errorf("a link without tracking: %q", got)
	}
	if got := smallModules("card", n, url, base, float64(n)*SafeModule, "resource_url"); got != "" {
		t.Errorf("modules of SafeModule: %q", got)
	}
}

// Thai, Lao, Khmer and Myanmar write no spaces between words: their lines break at a
// zero-width space, which prints nothing (written between words, as a word processor or
// ICU's word breaker puts them), or at a space, and never inside a run between them.
func TestUnspacedScriptsBreakAtZeroWidthSpaces(t *testing.T) {
	for _, text := range []string{
		"ข้อ\u200bเท็จ\u200bจริง\u200bและ\u200bคำถาม ที่\u200bพบ\u200bบ่อย\u200bเกี่ยว\u200bกับ\u200bการ\u200bค้า\u200bมนุษย์\u200bเด็ก ภาย\u200bใน\u200bประเทศ",
		"ການ\u200bຄ້າ\u200bມະນຸດ\u200bແມ່ນ\u200bອາດຊະຍາກຳ ໂທ\u200bຫາ\u200bພວກ\u200bເຮົາ",
		"ការ\u200bជួញ\u200bដូរ\u200bមនុស្ស\u200bគឺ\u200bជា\u200bបទ\u200bឧក្រិដ្ឋ ហៅ\u200bមក\u200bយើង",
		"ကလေး\u200bအများစု\u200bသည် ကုန်ကူး\u200bသူ\u200bကို သိ\u200bကြ\u200bသည်။ ရပါ\u200bသည်။",
	} {
		// where a line may begin: after a zero-width space or a space, in the text as printed
		whole := strings.NewReplacer("\u200b", "", " ", "").Replace(text)
		starts := map[int]bool{0: true}
		n := 0
		for _, r := range text {
			if r == '\u200b' || r == ' ' {
				starts[n] = true
				continue
			}
			n += len(string(r))
		}
		for _, width := range []float64{50, 70, 100, 140} {
			lines, err := wrap(mono{}, Style{Size: 10}, diag.Located{Text: text}, width, "the handout")
			if err != nil {
				t.Fatal(err)
			}
			at := 0
			for _, l := range lines {
				shown := strings.ReplaceAll(printed(l), " ", "")
				if strings.Contains(printed(l), "\u200b") {
					t.Errorf("%q prints a zero-width space", l)
				}
				if !starts[at] {
					t.Errorf("width %v: a line begins inside a run: %q (%q)", width, shown, lines)
				}
				at += len(shown)
			}
			if at != len(whole) {
				t.Errorf("width %v: the lines %q are not the text", width, lines)
			}
		}
	}
}

// A sign that ends or repeats what is before it (Khmer ។, Myanmar ။, Thai ๆ) never begins a
// line, though a space or zero-width space is written before it, and a Khmer sentence's end is
// where a line breaks first.
func TestClosingSignsStayWithTheirWord(t *testing.T) {
	for _, text := range []string{
		"កុមារ\u200bណា\u200bក៏\u200bអាច\u200bរងគ្រោះ \u17d4 អ្នក\u200bគ្រប់គ្នា\u200bអាច\u200bជួយ\u200bបាន",
		"ကလေး\u200bအများစု\u200bသည်\u200b။ ရပါ\u200bသည်\u200b။",
		"เด็ก\u200bๆ\u200bทุก\u200bคน\u200bควร\u200bปลอดภัย\u200bเสมอ",
	} {
		for _, width := range []float64{30, 40, 50, 60, 80} {
			lines, err := wrap(mono{}, Style{Size: 10}, diag.Located{Text: text}, width, "the handout")
			if err != nil {
				continue // too narrow for a word
			}
			for _, l := range lines[1:] {
				if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(printed(l), " ")); strings.ContainsRune(closingSigns, r) {
					t.Errorf("width %v: a line begins with %q: %q", width, r, lines)
				}
			}
		}
	}
	// nor does a Thai line end in its verb of calling, the number on the next
	for _, width := range []float64{70, 75, 80, 90} { // where "โทร 911" fits a line
		lines, err := wrap(mono{}, Style{Size: 10}, diag.Located{Text: "ถ้า\u200bเป็น\u200bเหตุ\u200bฉุกเฉิน โทร 911 ทันที"}, width, "the handout")
		if err != nil {
			continue
		}
		for _, l := range lines {
			if strings.HasSuffix(strings.TrimSpace(printed(l)), "โทร") {
				t.Errorf("width %v: a line ends in โทร: %q", width, lines)
			}
		}
	}
	if !sentenceEnd('\u17d4') || !sentenceEnd('\u104b') {
		t.Error("Khmer's or Myanmar's sign is not a sentence's end")
	}
}

// A name is found in a text whatever zero-width spaces a word breaker put in either (it parts
// a Thai name by its context), and its span runs over those in the text.
func TestNameInPassesZeroWidthSpaces(t *testing.T) {
	name := "สาย\u200bด่วน\u200bแห่ง\u200bชาติ"
	for _, tt := range []struct {
		s    string
		want string // the span found, "" for none
	}{
		{"โทร สาย\u200bด่วน\u200bแห่ง\u200bชาติ ได้", "สาย\u200bด่วน\u200bแห่ง\u200bชาติ"},
		{"โทร สายด่วน\u200bแห่งชาติ ได้", "สายด่วน\u200bแห่งชาติ"},
		{"ติดต่อ\u200bสาย\u200bด่วนแห่ง\u200bชาติ\u200bเรื่อง", "สาย\u200bด่วนแห่ง\u200bชาติ"},
		{"โทร สายด่วนแห่ง ชาติ", ""},
		{"Call the Mission Haven now", ""},
	} {
		got := ""
		if i, j := nameIn(tt.s, name); i >= 0 {
			got = tt.s[i:j]
		}
		if got != tt.want {
			t.Errorf("%q: found %q, want %q", tt.s, got, tt.want)
		}
	}
	if i, j := nameIn("Call the Mission Haven now", "Mission Haven"); i != 9 || j != 22 {
		t.Errorf("a Latin name found at %d to %d", i, j)
	}
}

// A label and its value are joined by a colon in the label's script: Khmer's ៖, a Chinese
// full-width colon, none after a question (Armenian's ՞ over a word inside it) or a colon
// already written.
func TestLabelledInItsScript(t *testing.T) {
	for _, tt := range []struct{ label, want string }{
		{"In immediate danger", "In immediate danger: call 911"},
		{"In danger?", "In danger? call 911"},
		{"ក្នុងគ្រោះថ្នាក់", "ក្នុងគ្រោះថ្នាក់៖ call 911"},
		{"紧急情况", "紧急情况：call 911"},
		{"紧急情况？", "紧急情况？ call 911"},
		{"Վտանգի մե՞ջ եք", "Վտանգի մե՞ջ եք call 911"},
		{"Վտանգի դեպքում", "Վտանգի դեպքում: call 911"},
		{"", "call 911"},
	} {
		if got := labelled(tt.label, "call 911"); got != tt.want {
			t.Errorf("labelled(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
}

// A title or headline in Thai, Lao, Khmer or Myanmar breaks at a space, which ends a phrase
// there, before a zero-width space between two words of one ("ใครก็ตกเป็นเหยื่อได้ / ทุกคนช่วยได้", not
// "... ได้ ทุก / คนช่วยได้").
func TestEvenBreaksPreferASpaceInThai(t *testing.T) {
	const text = "ใคร\u200bก็\u200bตก\u200bเป็น\u200bเหยื่อ\u200bได้ ทุก\u200bคน\u200bช่วย\u200bได้"
	for _, width := range []float64{130, 140, 150, 160} {
		lines, err := wrapEven(mono{}, Style{Size: 10}, diag.Located{Text: text}, width, "the poster")
		if err != nil || len(lines) != 2 {
			continue
		}
		if got := strings.TrimSpace(printed(lines[1])); got != "ทุกคนช่วยได้" {
			t.Errorf("width %v: %q", width, lines)
		}
	}
}

// Armenian's question, exclamation and emphasis marks (՞ ՜ ՛) stand inside the word they
// stress, over its vowel: a line never breaks before or after one, in body text, a display
// line or with hyphenation, and every word is printed whole.
func TestArmenianMarksStayInTheirWord(t *testing.T) {
	const text = "Ինչո՞ւ է դա կարևո՞ր։ Զանգահարե՛ք մեզ։ Ո՜րքան կարևոր է լռությունը խախտել։ Կարո՞ղ եմ զանգահարել անանուն"
	m := Typeset(mono{}, "hy")
	hm, _ := Hyphenating(m)
	words := strings.Fields(text)
	tried := 0 // wraps of more than one line
	for _, mm := range []Measurer{m, hm} {
		for width := 60.0; width <= 300; width += 5 {
			for _, even := range []bool{false, true} {
				wr := wrap
				if even {
					wr = wrapEven
				}
				lines, err := wr(mm, Style{Size: 10}, diag.Located{Text: text}, width, "the handout")
				if err != nil {
					continue
				}
				var got []string
				for _, l := range lines {
					got = append(got, strings.Fields(printed(l))...)
				}
				if len(lines) > 1 {
					tried++
				}
				if !slices.Equal(got, words) {
					t.Errorf("width %v, even %v: %q", width, even, lines)
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("no text took more than one line: the test tries nothing")
	}
}

// A name's legal form (e. V., Inc.) does not stand alone on a name's last line.
func TestNameTailNotAlone(t *testing.T) {
	for _, name := range []string{"Frauenberatungsstelle Nordrhein-Westfalen e. V.", "Greater Toledo Harbor House Inc."} {
		for width := 120.0; width <= 300; width += 10 {
			lines, err := wrapEven(mono{}, Style{Size: 10}, diag.Located{Text: name}, width, "the poster")
			if err != nil || len(lines) < 2 {
				continue
			}
			if last := strings.TrimSpace(printed(lines[len(lines)-1])); nameTail([]segment{{text: last}}) {
				t.Errorf("width %v: %q", width, lines)
			}
		}
	}
}

// A contact line broken after its commas keeps a town with its state's code and postal code
// ("Toledo, / OH 43604" read as two places).
func TestTownKeptWithItsState(t *testing.T) {
	const contact = "Administrative office 419-241-3411 · 2200 Jefferson Avenue, Suite 300, Toledo, OH 43604 · info@samples.org"
	for width := 150.0; width <= 400; width += 10 {
		lines, ok := partLines(mono{}, Style{Size: 10}, diag.Located{Text: contact}, width, width, 6)
		if !ok {
			continue
		}
		for _, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(printed(l)), "OH 43604") {
				t.Errorf("width %v: %q", width, lines)
			}
		}
	}
}

// A dash with a space either side ends the line before it and never begins one ("Health
// System" / "– Behavioral Health" reads as an item of a list), also inside a name kept on one
// line where it can be, whose every break is dear.
func TestSpacedDashEndsItsLine(t *testing.T) {
	for _, text := range []string{
		"Riverside University Health System – Behavioral Health, Crisis Services Division",
		"Open every day — even on holidays — for you and your children",
		"Call the office - we listen, day and night",
	} {
		for _, m := range []Measurer{mono{}, Typeset(mono{}, "en", text)} {
			for _, set := range []func(Measurer, Style, diag.Located, float64, string) ([]string, error){wrap, wrapEven} {
				for width := 24.0; width <= 90; width++ {
					lines, err := set(m, Style{Size: 2}, diag.Located{Text: text}, width, "the poster")
					if err != nil {
						t.Fatal(err)
					}
					for _, l := range lines[1:] {
						if d, _ := utf8.DecodeRuneInString(strings.TrimSpace(printed(l))); strings.ContainsRune("–—-", d) {
							t.Errorf("width %v: %q", width, lines)
							break
						}
					}
				}
			}
		}
	}
}

// A unit a reader takes in at once stays on one line wherever the line holds it, in running
// text and in a display line: a range of times ("9am / to 9pm" read as two times), a time and
// its p.m., a state and its postal code, a British postcode, a number and what it counts, a
// menu's key and its meaning ("Veterans Crisis Line, 2 / for Spanish"). The words around
// such units still break as before: parted names one may break at ("Monday / to Friday", "in /
// 2024", "988 / to talk").
func TestUnitsKeptOnALine(t *testing.T) {
	for _, tt := range []struct {
		lang, text, unit string
		kept             bool
	}{
		{"en", "The line is open every day from 9am to 9pm, and on holidays too.", "9am to 9pm", true},
		{"en", "Our office answers calls Monday to Friday, 8am to 5pm.", "8am to 5pm.", true},
		{"en", "We are open 9 a.m. to 5 p.m. on weekdays, and by appointment.", "9 a.m. to 5 p.m.", true},
		{"en", "Walk in at any time between 8:30 and 17:30 on a weekday.", "8:30 and 17:30", true},
		{"fr", "Nous sommes ouverts de 9h à 17h du lundi au vendredi.", "9h à 17h", true},
		{"en", "Visit us at 1200 Riverside Drive, Columbus OH 43215 on weekdays.", "OH 43215", true},
		{"en", "Write to 12 Shields Road, Newcastle upon Tyne NE6 1DL for a copy.", "NE6 1DL", true},
		{"en", "You can press 1 for the Veterans Crisis Line, 2 for Spanish, or 3 for the youth line.", "2 for Spanish", true},
		{"es", "Marque 1 para la línea de veteranos, 2 para español o 3 para otros idiomas.", "2 para español", true},
		{"en", "A counselor answers 24 hours a day, every day of the year.", "24 hours", true},
		{"en", "Our office is open Monday to Friday and on Saturday mornings.", "Monday to", false},
		{"en", "The clinic opened its doors in 2024 with four counselors.", "in 2024", false},
		{"en", "You can call 988 to talk with a trained counselor.", "988 to", false},
		{"en", "Open until 9pm, then call the county line at night.", "9pm, then", false},
		{"en", "When you call, the phone dials extension 2 for you. If it does not, press 2 when you hear the greeting.", "2 when", false},
	} {
		m := Typeset(mono{}, tt.lang)
		parted := false
		for _, set := range []func(Measurer, Style, diag.Located, float64, string) ([]string, error){wrap, wrapEven} {
			for width := float64(utf8.RuneCountInString(tt.unit)) + 1; width <= float64(len(tt.text)); width++ {
				lines, err := set(m, Style{Size: 2}, diag.Located{Text: tt.text}, width, "the handout")
				if err != nil { // a word of the text wider than the line
					continue
				}
				if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, tt.unit) }) {
					parted = true
					if tt.kept {
						t.Errorf("%q, width %v: %q", tt.unit, width, lines)
					}
				}
			}
		}
		if !tt.kept && !parted {
			t.Errorf("%q is never parted in %q: bound where it need not be", tt.unit, tt.text)
		}
	}
}
