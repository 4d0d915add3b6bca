package build

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/readback"
)

// longFAQ is the default English FAQ with extra questions before its closing section, each
// answered at the length of a typical real answer.
func longFAQ(t *testing.T, extra int) string {
	t.Helper()
	faq := builtinFAQ(t)
	closing := strings.LastIndex(faq, "\n## ")
	var add strings.Builder
	for i := 1; i <= extra; i++ {
		fmt.Fprintf(&add, "\n## Extra question number %d about what to do?\n\n%s\n", i, strings.Repeat("Talk to someone you trust, write down what you saw and when, and call the hotline; you do not need to be sure. ", 4))
	}
	return faq[:closing] + "\n" + add.String() + faq[closing:]
}

// A 17-question FAQ flows onto a second sheet, with the numbers still on page 1 and the build
// summary saying so; with handout: sheets: 1 it is an error naming the longest answers, for
// every paper at once, and nothing is written.
func TestLongFAQTakesASecondSheet(t *testing.T) {
	fsys := contentWith(t, nil, map[string]string{"en/faq.md": longFAQ(t, 8)})
	res, _, err := runContent(t, fsys, []string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, r := range res {
		name := filepath.Base(r.Path)
		if name != "handout-en-letter.pdf" && name != "handout-en-a4.pdf" {
			continue
		}
		seen++
		rb := open(t, r.Path)
		checkNoOverlap(t, rb)
		if rb.pages < 3 || rb.pages > 4 {
			t.Errorf("%s: %d pages, want 3 or 4 (two sheets)", name, rb.pages)
		}
		if want := fmt.Sprintf("%d pages, on 2 sheets", rb.pages); !strings.Contains(r.Note, want) {
			t.Errorf("%s: the summary note %q does not say %q", name, r.Note, want)
		}
		p1, _ := rb.doc.Text(0)
		for _, s := range []string{"1-888-373-7888", "233733", "911"} {
			if !strings.Contains(fold(p1), s) {
				t.Errorf("%s: %q is not on page 1", name, s)
			}
		}
		for i := 1; i <= 8; i++ {
			if q := fmt.Sprintf("Extra question number %d about what to do?", i); !strings.Contains(rb.text, q) {
				t.Errorf("%s: %q not in the text", name, q)
			}
		}
		if len(r.Codes) == 0 || r.Codes[0].Page != 0 {
			t.Errorf("%s: the QR code is not on page 1: %+v", name, r.Codes)
		}
	}
	if seen != 2 {
		t.Fatalf("%d handouts read, want 2", seen)
	}

	oneSheet := contentWith(t, nil, map[string]string{
		"en/faq.md":     longFAQ(t, 8),
		"settings.yaml": settingsWith(t, "\nhandout:\n  sheets: \"1\"\n"),
	})
	_, out, err := runContent(t, oneSheet, []string{"en"})
	if err == nil {
		t.Fatal("a 17-question FAQ fitted one sheet")
	}
	msg := err.Error()
	for _, want := range []string{"handout-en-letter", "handout-en-a4", "runs past page 2", "content/en/faq.md:", "answer ", "sheets: 1"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error lacks %q:\n%s", want, msg)
		}
	}
	if files, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(files) > 0 {
		t.Errorf("a failed build wrote %v", files)
	}
}

func settingsWith(t *testing.T, extra string) string {
	t.Helper()
	b, err := fs.ReadFile(defaultcontent.FS, "settings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + extra
}

// Lists and emphasis print as lists and emphasis: bullets and numbers before hanging items,
// bold in the bold face, a link as its text with a link annotation and its number after it
// (paper cannot be tapped), and no comment printed.
func TestMarkdownListsAndBold(t *testing.T) {
	faq := strings.Replace(builtinFAQ(t), "No. Most victims know their traffickers.",
		"**No.** Most victims know their traffickers. Look for:\n\n- unexplained *cash* or gifts\n- a controlling older friend\n  1. who pays for things\n  2. who answers for them\n\n"+
			"<!-- TODO: check this figure with legal -->\nCall [our office](tel:12165560242).", 1)
	rb := built(t, contentWith(t, nil, map[string]string{"en/faq.md": faq}), []string{"en"}, "handout-en-letter.pdf")
	for _, want := range []string{"No. Most victims know their traffickers. Look for:", "• unexplained cash or gifts", "• a controlling older friend", "1. who pays for things", "2. who answers for them", "Call our office (1-216-556-0242)."} {
		if !strings.Contains(rb.text, want) {
			t.Errorf("%q not in the text", want)
		}
	}
	for _, never := range []string{"TODO", "**", "<!--", "](", "*cash*"} {
		if strings.Contains(rb.text, never) {
			t.Errorf("%q is printed", never)
		}
	}
	pages, err := readback.Read(rb.raw)
	if err != nil {
		t.Fatal(err)
	}
	face := map[string]string{} // drawn text -> its font
	tel := 0
	for _, pg := range pages {
		for _, tx := range pg.Texts {
			face[tx.S] = tx.Font
		}
		for _, l := range pg.Links {
			if l.URI == "tel:+12165560242" {
				tel++
			}
		}
	}
	if tel != 2 { // tel:12165560242 as a phone dials it
		t.Errorf("%d links to tel:+12165560242, want the ones on \"our office\" and the number printed after it", tel)
	}
	if face["No."] == "" || face["No."] != face["2. Are all victims taken by strangers?"] || face["No."] == face[" Most victims know their traffickers. Look for:"] {
		t.Errorf("\"No.\" is not drawn in the bold face of the questions: %q", face["No."])
	}
}

// The large-print edition of a long FAQ takes up to twice the pages of one sheet's worth (6),
// as the normal edition takes up to two sheets; its note says how many pages and sheets it
// takes, and with handout: sheets: 1 its error names the edition, the paper and the sheets.
func TestLongFAQInLargePrint(t *testing.T) {
	for _, tt := range []struct {
		name     string
		extra    int    // questions added to the FAQ
		settings string // added to settings.yaml
		want     string // in the error; "" for a build
	}{
		{"over one sheet's worth", 8, "", ""},
		{"limited to one sheet's worth", 8, "\nhandout:\n  sheets: \"1\"\n", "runs past page 6, the last the large-print handout may take (3 sheets): cut "},
		{"too long for two", 40, "", "runs past page 12, the last the large-print handout may take (6 sheets): cut "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := contentWith(t, nil, map[string]string{"en/faq.md": longFAQ(t, tt.extra), "settings.yaml": settingsWith(t, tt.settings)})
			res, _, err := runContent(t, fsys, []string{"en"})
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("got %v, want an error with %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				if filepath.Base(r.Path) != "handout-large-en-letter.pdf" {
					continue
				}
				pages := open(t, r.Path).pages
				if pages <= 6 || pages > 12 {
					t.Fatalf("%d pages: the FAQ is not over one sheet's worth", pages)
				}
				if want := fmt.Sprintf("%d pages, on %d sheets: the FAQ is too long for 3 sheets", pages, (pages+1)/2); !strings.Contains(r.Note, want) {
					t.Errorf("note %q, want %q", r.Note, want)
				}
				return
			}
			t.Fatal("no large-print handout")
		})
	}
}

// A FAQ too long for the large print alone says the standard handout can be made without it:
// a FAQ of many short questions, which large print sets a few to a page, failed the whole
// build with no word of --edition standard. Where the standard handout is too long as well,
// the hint is not given.
func TestLargePrintAloneTooLongNamesTheStandardEdition(t *testing.T) {
	const hint = "or make the standard handout alone, without the large print: haven handout --edition standard"
	for _, tt := range []struct {
		questions int
		hinted    bool
	}{
		{70, true},  // the large print runs past page 12; the standard handout fits
		{90, false}, // both are too long
	} {
		faq := builtinFAQ(t)
		closing := strings.LastIndex(faq, "\n## ")
		var add strings.Builder
		for i := 1; i <= tt.questions; i++ {
			fmt.Fprintf(&add, "\n## Can I call about question %d?\n\nYes, call us.\n", i)
		}
		fsys := contentWith(t, nil, map[string]string{"en/faq.md": faq[:closing] + "\n" + add.String() + faq[closing:]})
		_, _, err := runContent(t, fsys, []string{"en"})
		if err == nil || !strings.Contains(err.Error(), "the large-print handout may take") {
			t.Fatalf("%d questions: got %v, want the large print too long", tt.questions, err)
		}
		if got := strings.Contains(err.Error(), hint); got != tt.hinted {
			t.Errorf("%d questions: the hint said %v, want %v: %v", tt.questions, got, tt.hinted, err)
		}
	}
}
