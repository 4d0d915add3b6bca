package verify

import (
	"slices"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
)

// A web address a FAQ answer's line breaks (the chat's, www.thehotline.org/ / get-help)
// is a link on each line: the read-back fails a handout laid out with either line's piece left
// no link, though the PDF is drawn as laid out, in the handout and the large print.
func TestPDFCatchesAnUnlinkedPieceOfAWrappedAddress(t *testing.T) {
	const url = "https://www.thehotline.org/get-help/"
	in := handoutInput(t)
	in.Settings.Hotline.Chat.Text = url
	faq := in.Lang.FAQ
	faq.Questions = slices.Clone(faq.Questions)
	last := &faq.Questions[len(faq.Questions)-1]
	last.Answer = nil
	words := strings.Fields("a bb ccc dddd eeeee ffffff a bb ccc dddd eeeee ffffff a bb ccc")
	for k := range words { // after ever more words, so that some line breaks the address
		last.Answer = append(last.Answer, content.Para{Located: diag.Located{File: "faq.md", Field: "answer", Text: "Word " + strings.Join(words[:k], " ") + " or you can chat at " + content.PrintedURL(url) + " now."}})
	}
	lang := *in.Lang
	lang.FAQ = faq
	in.Lang = &lang
	// unlink takes out the link drawn over the first text that begins (or ends) with piece, as
	// if the layout had left it out, and says whether it found one
	unlink := func(t *testing.T, piece string, start bool) func(*layout.Doc) {
		return func(doc *layout.Doc) {
			for p := range doc.Pages {
				pg := &doc.Pages[p]
				for i, it := range pg.Items {
					tx, ok := it.(layout.Text)
					if !ok || start && !strings.HasPrefix(tx.S, piece) || !start && !strings.HasSuffix(tx.S, piece) || i+1 == len(pg.Items) {
						continue
					}
					if l, ok := pg.Items[i+1].(layout.Link); ok && l.URL == url {
						pg.Items = slices.Delete(pg.Items, i+1, i+2)
						pg.Tags = slices.Delete(pg.Tags, i+1, i+2)
						return
					}
				}
			}
			t.Fatalf("no link to %s over a text %q", url, piece)
		}
	}
	for _, tt := range []struct {
		name, piece string
		start       bool // the piece a line begins with, else ends with
		want        string
	}{
		{"as laid out", "", false, ""},
		{"the second line's piece no link", "get-help", true, url + ` is printed over two lines, and its piece in "get-help" is no link`},
		{"the first line's piece no link", "www.thehotline.org/", false, url + ` is printed over two lines, and its piece in "www.thehotline.org/" is no link`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var change func(*layout.Doc)
			if tt.piece != "" {
				change = unlink(t, tt.piece, tt.start)
			}
			checkHandout(t, in, change, change, nil, tt.want)
		})
	}
}

// wrappedLinks reads each printed piece of an address or number a line break parts, and holds
// it to the link over the others, whatever the layout linked: a piece that is no link, or opens
// another address, fails; a link whose words only look like part of one, and a line that
// happens to go on with digits or words, pass.
func TestWrappedLinks(t *testing.T) {
	// page lays out lines of runs, each "text" or "text > url" (linked), one line under another
	page := func(lines ...[]string) layout.Page {
		var pg layout.Page
		for i, line := range lines {
			x, y := 72.0, 100+float64(i)*14
			for _, run := range line {
				text, url, linked := strings.Cut(run, " > ")
				w := 5 * float64(len(text))
				pg.Items = append(pg.Items, layout.Text{X: x, Y: y, S: text, Size: 10, W: w})
				if linked {
					pg.Items = append(pg.Items, layout.Link{X: x, Y: y - 10, W: w, H: 13, URL: url})
				}
				x += w
			}
		}
		return pg
	}
	const chat = "https://www.thehotline.org/get-help/"
	for _, tt := range []struct {
		name  string
		lines [][]string
		want  string
	}{
		{"an address linked on both lines", [][]string{{"chat at ", "www.thehotline.org/ > " + chat}, {"get-help > " + chat, " now."}}, ""},
		{"its second piece no link", [][]string{{"chat at ", "www.thehotline.org/ > " + chat}, {"get-help now."}}, `its piece in "get-help now." is no link`},
		{"its first piece no link", [][]string{{"chat at www.thehotline.org/"}, {"get-help > " + chat, " now."}}, `its piece in "chat at www.thehotline.org/" is no link`},
		{"its second piece another address", [][]string{{"chat at ", "www.thehotline.org/ > " + chat}, {"get-help > https://www.thehotline.org/", " now."}}, "opens https://www.thehotline.org/"},
		{"in three lines, the middle one no link", [][]string{{"see ", "https://samples.org/ > https://samples.org/a/b/c"}, {"a/b/"}, {"c > https://samples.org/a/b/c", " now"}}, `its piece in "a/b/" is no link`},
		{"in three lines, the last one no link", [][]string{{"see ", "https://samples.org/ > https://samples.org/a/b/c"}, {"a/b/ > https://samples.org/a/b/c"}, {"c now"}}, `its piece in "c now" is no link`},
		{"in three lines, all linked", [][]string{{"see ", "https://samples.org/ > https://samples.org/a/b/c"}, {"a/b/ > https://samples.org/a/b/c"}, {"c > https://samples.org/a/b/c", " now"}}, ""},
		{"an email", [][]string{{"write to ", "help@ > mailto:help@samples.org"}, {"samples.org today"}}, `mailto:help@samples.org is printed over two lines, and its piece in "samples.org today" is no link`},
		{"a number", [][]string{{"call ", "1-888-373- > tel:+18883737888"}, {"7888 now"}}, `its piece in "7888 now" is no link`},
		{"a number without its country's code", [][]string{{"call (216) 623-"}, {"4200 > tel:+12166234200", " now"}}, `its piece in "call (216) 623-" is no link`},
		{"a number's extension", [][]string{{"Poison control: ", "1-800-222-1222 > tel:+18002221222,5"}, {"ext. 5 today"}}, `its piece in "ext. 5 today" is no link`},
		{"a number before its extension", [][]string{{"Poison control: 1-800-222-1222"}, {"ext. 5 > tel:+18002221222,5", " today"}}, `its piece in "Poison control: 1-800-222-1222" is no link`},
		{"a number and its extension linked", [][]string{{"Poison control: ", "1-800-222-1222 > tel:+18002221222,5"}, {"ext. 5 > tel:+18002221222,5", " today"}}, ""},
		// what only looks like a piece of one passes
		{"a link's words over two lines", [][]string{{"see ", "our > https://samples.org/resources"}, {"resource list > https://samples.org/resources", " now"}}, ""},
		{"words that begin the address", [][]string{{"get ", "help > https://help.org"}, {"and more"}}, ""},
		{"a whole address, and a path after it", [][]string{{"see ", "samples.org > https://samples.org/"}, {"/ means the home page"}}, ""},
		{"a whole number, digits after it", [][]string{{"call ", "988 > tel:988"}, {"988 times"}}, ""},
		{"a step's number before a whole number", [][]string{{"Step 1"}, {"(216) 623-4200 > tel:+12166234200", " is ours"}}, ""},
		{"a whole number with its extension, digits after it", [][]string{{"call ", "(216) 623-4200 ext. 2 > tel:+12166234200,2"}, {"2 days a week"}}, ""},
		{"a whole number dialling an extension, digits after it", [][]string{{"call ", "(216) 623-4200 > tel:+12166234200,2"}, {"2 days a week"}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := wrappedLinks(page(tt.lines...))
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}
