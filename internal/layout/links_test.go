package layout

import (
	"slices"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/diag"
)

// A link of the FAQ prints its number or address after its words on paper, where no one can
// tap it, and both the words and the number are links to it; the resource page's words are
// the content's Text, untouched.
func TestFAQLinkPrintsItsNumber(t *testing.T) {
	for _, tt := range []struct{ print, url string }{
		{"1-216-555-0100", "tel:+12165550100"},
		{"example.org/help", "https://example.org/help"},
	} {
		in := input(t)
		lang := *in.Lang
		lang.FAQ.Questions = append([]content.QA(nil), lang.FAQ.Questions...)
		q := &lang.FAQ.Questions[0]
		p := q.Answer[0]
		p.Text = "If you are unsure, call us."
		p.Paper = "If you are unsure, call us (" + tt.print + ")."
		p.Links = []content.Link{{Text: "us", URL: tt.url, Print: tt.print}}
		q.Answer = append([]content.Para{p}, q.Answer[1:]...)
		in.Lang = &lang
		doc, err := Handout(in, Papers["letter"], false)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		var printed Text
		links := 0
		for _, pg := range doc.Pages {
			for _, it := range pg.Items {
				switch x := it.(type) {
				case Text:
					texts = append(texts, x.S)
					if x.S == tt.print {
						printed = x
					}
				case Link:
					if x.URL == tt.url {
						links++
						if printed.S != "" && !inside(printed.Box(), Box{X: x.X, Y: x.Y, W: x.W, H: x.H}) {
							t.Errorf("%s: the link at %+v is not over %q at %+v", tt.url, x, printed.S, printed.Box())
						}
					}
				}
			}
		}
		if all := strings.Join(strings.Fields(strings.Join(texts, "")), ""); !strings.Contains(all, "callus("+tt.print+").") { // runs, some split at line ends
			t.Errorf("%s: the handout does not print the address after the words: %q", tt.url, texts)
		}
		if printed.S == "" || links != 2 {
			t.Errorf("%s: %d links, the address a run of its own: %v; want the words and the address linked", tt.url, links, printed.S != "")
		}
	}
}

// inside says whether a and b are the same box, give or take rounding.
func inside(a, b Box) bool {
	near := func(x, y float64) bool { return x-y < 0.01 && y-x < 0.01 }
	return near(a.X, b.X) && near(a.Y, b.Y) && near(a.W, b.W) && near(a.H, b.H)
}

// A number is found where it stands alone, or after a prefix of another script (Hebrew ל-),
// never inside a longer number or word, nor a count's; the PDFs and the page find it so.
func TestTokenIndexes(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []int
	}{
		{"Text 233733 now", []int{5}},
		{"שלחו ל-233733", []int{len("שלחו ל-")}},
		{"call 1-233733 or x233733 or 2337339", nil},
		{"233733, 233733.", []int{0, 8}},
		// a case ending after a hyphen (Georgian, Hungarian), not a vanity number's letters
		{"დარეკეთ 233733-ზე", []int{len("დარეკეთ ")}},
		{"küldje a 233733-ra", []int{len("küldje a ")}},
		{"küldje a 233733-höz, 233733-ről", []int{len("küldje a "), len("küldje a 233733-höz, ")}},
		{"233733-SAFE, 233733-5, 233733-, a 233733-call, 233733-samtal", nil},
	} {
		if got := tokenIndexes(tt.s, "233733"); !slices.Equal(got, tt.want) {
			t.Errorf("tokenIndexes(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// nor in a count written in groups of thousands: no call to 000 in a million meals
	for _, tt := range []struct {
		s    string
		want []int
	}{
		{"We gave out 1 000 000 meals; in danger, call 000.", []int{45}},
		{"5.000 beds, 2\u00a0000 nights, 000 000", nil},
		{"Call 000, 111 or 000 now", []int{5, 17}},
	} {
		if got := tokenIndexes(tt.s, "000"); !slices.Equal(got, tt.want) {
			t.Errorf("tokenIndexes(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// A phone number written with the dashes a word processor or a phone types between its
// groups (an en dash, a hyphen, the minus sign...) stays whole on its line wherever the line
// breaks, and is a link as it is written with hyphens: "1–888–" at one line's end and
// "373–7888" at the next's are two numbers, neither dialled. It is found as settings.yaml's
// call number written so, and as the organisation's own number written in another form.
func TestDashedNumberStaysWholeAndLinked(t *testing.T) {
	for _, dash := range []string{"\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\uFE63", "\uFF0D"} {
		number := strings.Join([]string{"1", "888", "373", "7888"}, dash)
		for _, call := range []string{number, "1-888-373-7888"} { // settings.yaml's form
			// the number at every place of the line, so that somewhere it stands at its end
			for pad := range 40 {
				in := input(t)
				in.Settings.Hotline.Call.Text = call
				lang := *in.Lang
				lang.FAQ.Questions = append([]content.QA(nil), lang.FAQ.Questions...)
				q := &lang.FAQ.Questions[0]
				p := q.Answer[0]
				p.Text = "Otherwise " + strings.Repeat("x", pad) + " contact the hotline at " + number + " or text HELP to 233733."
				p.Paper, p.Links = "", nil
				q.Answer = append([]content.Para{p}, q.Answer[1:]...)
				in.Lang = &lang
				doc, err := Handout(in, Papers["letter"], false)
				if err != nil {
					t.Fatal(err)
				}
				var printed []Text // runs of the number alone: a link is a run of its own
				var links []Box
				for _, it := range doc.Pages[0].Items {
					switch x := it.(type) {
					case Text:
						if x.S == number {
							printed = append(printed, x)
						}
					case Link:
						if x.URL == "tel:+18883737888" {
							links = append(links, Box{X: x.X, Y: x.Y, W: x.W, H: x.H})
						}
					}
				}
				if len(printed) != 1 {
					t.Fatalf("%U in %q, settings %q: the number printed whole as a run %d times, want once", []rune(dash)[0], p.Text, call, len(printed))
				}
				if box := printed[0].Box(); !slices.ContainsFunc(links, func(b Box) bool { return inside(box, b) }) {
					t.Errorf("%U in %q, settings %q: %q is no tel: link", []rune(dash)[0], p.Text, call, number)
				}
			}
		}
	}
}

// The emergency number followed by its case ending (Georgian 911-ზე, Hungarian 911-et,
// Turkish 911'i) is a tel: link, the number alone, as one written without it is.
func TestNumberWithCaseEndingLinked(t *testing.T) {
	for _, text := range []string{
		"უშუალო საფრთხის დროს დარეკეთ 911-ზე.",
		"Վտանգի դեպքում զանգահարեք 911-ին։",
		"Vészhelyzetben hívja a 911-et.",
		"Acil durumda 911'i arayın.",
		"Hätätilanteessa soita 911:een.",
		"In danger, call 911.",
	} {
		in := input(t)
		lang := *in.Lang
		lang.FAQ.Questions = append([]content.QA(nil), lang.FAQ.Questions...)
		q := &lang.FAQ.Questions[0]
		p := q.Answer[0]
		p.Text, p.Paper, p.Links = text, "", nil
		q.Answer = append([]content.Para{p}, q.Answer[1:]...)
		in.Lang = &lang
		doc, err := Handout(in, Papers["letter"], false)
		if err != nil {
			t.Fatal(err)
		}
		var links []Box
		var printed []Text // the number's run in the answer, after the words before it
		for _, it := range doc.Pages[0].Items {
			switch x := it.(type) {
			case Link:
				if x.URL == "tel:911" {
					links = append(links, Box{X: x.X, Y: x.Y, W: x.W, H: x.H})
				}
			case Text:
				if x.S == "911" {
					printed = append(printed, x)
				}
			}
		}
		if !slices.ContainsFunc(printed, func(tx Text) bool {
			return slices.ContainsFunc(links, func(b Box) bool { return inside(tx.Box(), b) })
		}) || len(printed) < 2 { // the hotline box's 911 and the answer's
			t.Errorf("%q: 911 printed %d times as a run of its own, %d tel:911 links; want the answer's 911 linked", text, len(printed), len(links))
		}
		if n := len(links); n != len(printed) {
			t.Errorf("%q: %d tel:911 links over %d runs of 911", text, n, len(printed))
		}
	}
}

// An address under or beside a QR code that breaks across lines is a link on each of them, to
// the page the code opens, as a short one is on its line: in every kind that prints it. Read
// from the laid-out pages: each line's piece of the address lies under a link to it (on a
// card sheet, the first card's: the copies are artifacts, without links).
func TestWrappedAddressLinkedOnEachLine(t *testing.T) {
	outputs := []struct {
		name string
		make func(Input) (*Doc, error)
	}{
		{"handout", func(in Input) (*Doc, error) { return Handout(in, Papers["letter"], false) }},
		{"large print", func(in Input) (*Doc, error) { return Handout(in, Papers["a4"], true) }},
		{"poster", func(in Input) (*Doc, error) { return Poster(in, Papers["letter"]) }},
		{"poster 24x36", func(in Input) (*Doc, error) { return Poster(in, Papers["24x36"]) }},
		{"tear-off", func(in Input) (*Doc, error) { return TearOff(in, Papers["letter"]) }},
		{"tear-off on A4", func(in Input) (*Doc, error) { return TearOff(in, Papers["a4"]) }},
		{"cards", func(in Input) (*Doc, error) { return CardSheet(in, "letter", false, nil) }},
		{"bleed card", BleedCard},
	}
	wrapped := map[string]int{} // of each output, the lines of an address it wraps
	for _, url := range []string{
		"https://www.thehotline.org/resources/get-help-now-information/",
		"https://www.cuyahoga-county-dcfs.example.gov/report-child-abuse-and-neglect-now/for-families",
	} {
		in := input(t)
		in.Settings.ResourceURL = url
		in.Address.Text = content.PrintedURL(url)
		for _, o := range outputs {
			doc, err := o.make(in)
			if err != nil {
				t.Fatalf("%s, %s: %v", url, o.name, err)
			}
			for k, pg := range doc.Pages {
				var links []Box
				for _, it := range pg.Items {
					if l, ok := it.(Link); ok && l.URL == url {
						links = append(links, Box{X: l.X, Y: l.Y, W: l.W, H: l.H})
					}
				}
				linked := map[string]bool{} // each line's piece of the address: linked where it prints
				for _, it := range pg.Items {
					tx, ok := it.(Text)
					if !ok || tx.S == in.Address.Text || len(tx.S) < 8 || !strings.Contains(in.Address.Text, tx.S) {
						continue
					}
					linked[tx.S] = linked[tx.S] || slices.ContainsFunc(links, func(b Box) bool { return inside(tx.Box(), b) })
				}
				for piece, ok := range linked {
					wrapped[o.name]++
					if !ok {
						t.Errorf("%s, %s, page %d: %q, a line of the address, is not a link to it", url, o.name, k+1, piece)
					}
				}
			}
		}
	}
	for _, o := range outputs {
		if wrapped[o.name] == 0 {
			t.Errorf("%s: neither address wraps: the test checks nothing there", o.name)
		}
	}
}

// The hotline's chat address, printed by {chat} in a FAQ answer, is a link on each line where a
// line breaks it, as an address the answer writes is: it was linked where it stood whole on a
// line, and where a break parted it on neither. Read from the laid-out pages, in the handout
// and the large print, after ever more words, so that some line breaks it.
func TestWrappedChatAddressInAnswerLinked(t *testing.T) {
	const url = "https://www.thehotline.org/get-help/"
	words := strings.Fields("a bb ccc dddd eeeee ffffff a bb ccc dddd eeeee ffffff a bb ccc")
	for _, large := range []bool{false, true} {
		in := input(t)
		in.Settings.Hotline.Chat.Text = url
		address := content.PrintedURL(url)
		faq := in.Lang.FAQ
		faq.Questions = slices.Clone(faq.Questions)
		last := &faq.Questions[len(faq.Questions)-1]
		last.Answer = nil
		for k := range words {
			last.Answer = append(last.Answer, content.Para{Located: diag.Located{File: "faq.md", Field: "answer", Text: "Word " + strings.Join(words[:k], " ") + " or you can chat at " + address + " now."}})
		}
		lang := *in.Lang
		lang.FAQ = faq
		in.Lang = &lang
		doc, err := Handout(in, Papers["letter"], large)
		if err != nil {
			t.Fatal(err)
		}
		wrapped := 0
		for k, pg := range doc.Pages {
			var links []Box
			for _, it := range pg.Items {
				if l, ok := it.(Link); ok && l.URL == url {
					links = append(links, Box{X: l.X, Y: l.Y, W: l.W, H: l.H})
				}
			}
			// a line's run that ends in the address's first piece, or begins with its last, lies
			// across a link to it
			for _, it := range pg.Items {
				tx, ok := it.(Text)
				if !ok || strings.Contains(tx.S, address) || !strings.Contains(tx.S, "www.thehotline.org/") && !strings.HasPrefix(tx.S, "get-help") {
					continue
				}
				wrapped++
				b := tx.Box()
				if !slices.ContainsFunc(links, func(l Box) bool { return l.X < b.X+b.W && b.X < l.X+l.W && l.Y < b.Y+b.H && b.Y < l.Y+l.H }) {
					t.Errorf("large print %v, page %d: %q, a line's piece of the chat address, is not a link to it", large, k+1, tx.S)
				}
			}
		}
		if wrapped == 0 {
			t.Errorf("large print %v: no line breaks the address: the test checks nothing", large)
		}
	}
}
