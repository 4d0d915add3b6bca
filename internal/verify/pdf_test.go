package verify

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	defaultcontent "haven/content"
	"haven/internal/colour"
	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
	"haven/internal/render/pdf"
	"haven/internal/typeface"
)

// PDF must catch a PDF that differs from its layout in what a reader would see (a text,
// number, colour, box or link changed, left out or added), and a layout whose QR code is
// painted over or crowded.
func TestPDFCatchesWhatIsPrintedWrong(t *testing.T) {
	in := handoutInput(t)
	code := func(doc *layout.Doc) layout.QR {
		for _, it := range doc.Pages[0].Items {
			if q, ok := it.(layout.QR); ok {
				return q
			}
		}
		t.Fatal("no QR code on page 1")
		return layout.QR{}
	}
	first := func(doc *layout.Doc, match func(layout.Item) bool) int {
		for i, it := range doc.Pages[0].Items {
			if match(it) {
				return i
			}
		}
		t.Fatal("no such item on page 1")
		return 0
	}
	addTo := func(doc *layout.Doc, it layout.Item) { doc.Pages[0].Items = append(doc.Pages[0].Items, it) }
	// changeNumber changes the first text on page 1 that holds the hotline number
	changeNumber := func(doc *layout.Doc, change func(*layout.Text)) {
		i := first(doc, func(it layout.Item) bool {
			tx, ok := it.(layout.Text)
			return ok && strings.Contains(tx.S, "1-888-373-7888")
		})
		tx := doc.Pages[0].Items[i].(layout.Text)
		change(&tx)
		doc.Pages[0].Items[i] = tx
	}
	tests := []struct {
		name      string
		print     func(doc *layout.Doc) // changes what is rendered
		layoutToo bool                  // and what is expected: a layout that is wrong itself
		want      string
	}{
		{"as laid out", func(*layout.Doc) {}, false, ""},
		{"a digit of the number", func(doc *layout.Doc) {
			changeNumber(doc, func(tx *layout.Text) { tx.S = strings.Replace(tx.S, "7888", "7889", 1) })
		}, false, `the PDF shows "1-888-373-7889"`},
		// a right-to-left line placed wrong by the layout itself: its drawing matches the layout,
		// but not the number as written
		{"the number's groups in reverse order", func(doc *layout.Doc) {
			changeNumber(doc, func(tx *layout.Text) {
				tx.Logical, tx.S = tx.S, strings.Replace(tx.S, "1-888-373-7888", "7888-373-888-1", 1)
			})
		}, true, `which does not print the number 1-888-373-7888 of`},
		// a layout that measured a text narrower than it prints (an Arabic word measured in
		// another order than it is shaped) would set the text after it over its end
		{"the number drawn wider than laid out", func(doc *layout.Doc) {
			changeNumber(doc, func(tx *layout.Text) { tx.W -= 1 })
		}, true, `the PDF draws "1-888-373-7888" 212.16 pt wide where 211.16 pt was laid out`},
		{"the number in white", func(doc *layout.Doc) {
			changeNumber(doc, func(tx *layout.Text) { tx.Color = colour.White })
		}, false, "is printed in the colour"},
		{"the number in the other face", func(doc *layout.Doc) {
			changeNumber(doc, func(tx *layout.Text) { tx.Font = layout.Regular })
		}, false, "is set in the wrong face"},
		{"the hotline box left out", func(doc *layout.Doc) {
			i := first(doc, func(it layout.Item) bool { _, ok := it.(layout.Rect); return ok })
			doc.Pages[0].Items = append(doc.Pages[0].Items[:i:i], doc.Pages[0].Items[i+1:]...)
		}, false, "was meant"},
		{"a black box over the number", func(doc *layout.Doc) {
			addTo(doc, layout.Rect{X: 50, Y: 300, W: 400, H: 100, Fill: colour.RGB{}})
		}, false, "were laid out"},
		{"a link", func(doc *layout.Doc) {
			for i, it := range doc.Pages[0].Items {
				if l, ok := it.(layout.Link); ok && strings.HasPrefix(l.URL, "tel:") {
					l.URL = "tel:+18883737889"
					doc.Pages[0].Items[i] = l
					return
				}
			}
			t.Fatal("no tel: link on page 1")
		}, false, "the PDF links tel:+18883737889"},
		{"a white box over a finder pattern", func(doc *layout.Doc) {
			q := code(doc)
			addTo(doc, layout.Rect{X: q.X, Y: q.Y, W: 7 * q.Module, H: 7 * q.Module, Fill: colour.White})
		}, true, "a box is printed over the QR code"},
		{"a rule through the quiet zone", func(doc *layout.Doc) {
			q := code(doc)
			i := first(doc, func(it layout.Item) bool { _, ok := it.(layout.QR); return ok })
			rule := layout.Rule{X1: q.X - 2*q.Module, Y1: q.Y - 20, X2: q.X - 2*q.Module, Y2: q.Y + q.Size() + 20, Width: 1}
			doc.Pages[0].Items = append(doc.Pages[0].Items[:i:i], append([]layout.Item{rule}, doc.Pages[0].Items[i:]...)...)
		}, true, "in the quiet zone"},
		{"a hairline in the quiet zone right of the code's rows", func(doc *layout.Doc) {
			q := code(doc)
			i := first(doc, func(it layout.Item) bool { _, ok := it.(layout.QR); return ok })
			doc.Pages[0].Items = append(doc.Pages[0].Items[:i:i], append([]layout.Item{layout.Rule{X1: q.X + q.Size() + 2*q.Module, Y1: q.Y + 5*q.Module, X2: q.X + q.Size() + 2*q.Module, Y2: q.Y + 6*q.Module, Width: 0.1}}, doc.Pages[0].Items[i:]...)...)
		}, true, "in the quiet zone"},
		{"a hairline in the quiet zone below the code", func(doc *layout.Doc) {
			q := code(doc)
			i := first(doc, func(it layout.Item) bool { _, ok := it.(layout.QR); return ok })
			doc.Pages[0].Items = append(doc.Pages[0].Items[:i:i], append([]layout.Item{layout.Rule{X1: q.X + 3*q.Module, Y1: q.Y + q.Size() + 3*q.Module, X2: q.X + 4*q.Module, Y2: q.Y + q.Size() + 3*q.Module, Width: 0.1}}, doc.Pages[0].Items[i:]...)...)
		}, true, "in the quiet zone"},
		{"a dark box behind the code", func(doc *layout.Doc) {
			q := code(doc)
			i := first(doc, func(it layout.Item) bool { _, ok := it.(layout.QR); return ok })
			box := layout.Rect{X: q.X - 8*q.Module, Y: q.Y - 8*q.Module, W: q.Size() + 16*q.Module, H: q.Size() + 16*q.Module, Fill: colour.RGB{R: 15, G: 76, B: 92}}
			doc.Pages[0].Items = append(doc.Pages[0].Items[:i:i], append([]layout.Item{box}, doc.Pages[0].Items[i:]...)...)
		}, true, "in the quiet zone"},
		{"text across the code", func(doc *layout.Doc) {
			q := code(doc)
			addTo(doc, layout.Text{X: q.X - 10, Y: q.Y + q.Size()/2, S: "Scan me", Size: 30, W: 114.45})
		}, true, `the text "Scan me" is printed over the QR code`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var wantToo func(*layout.Doc)
			if tt.layoutToo {
				wantToo = tt.print
			}
			checkHandout(t, in, tt.print, wantToo, nil, tt.want)
		})
	}
}

// handoutInput lays out the default content in English.
func handoutInput(t *testing.T) layout.Input {
	ct, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, _ := typeface.Defaults()
	return layout.Input{Settings: ct.Settings, Address: ct.Address, Lang: &ct.Languages[0], M: typeface.NewMeasurer(fams[0])}
}

// checkHandout renders the Letter handout, changed by print and its bytes by edit, and holds
// it to the handout laid out, changed by wantToo: PDF must fail with an error holding want, or
// pass where want is "". Any of the changes may be nil.
func checkHandout(t *testing.T, in layout.Input, print, wantToo func(*layout.Doc), edit func(*testing.T, []byte) []byte, want string) {
	t.Helper()
	expected, err := layout.Handout(in, layout.Papers["letter"], false)
	if err != nil {
		t.Fatal(err)
	}
	printed, _ := layout.Handout(in, layout.Papers["letter"], false)
	for doc, change := range map[*layout.Doc]func(*layout.Doc){printed: print, expected: wantToo} {
		if change != nil {
			change(doc)
		}
	}
	fams, _ := typeface.Defaults()
	raw, err := pdf.Render(printed, fams[0], time.Unix(1700000000, 0).UTC())
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		raw = edit(t, raw)
	}
	err = PDF(raw, expected)
	switch {
	case want == "" && err != nil:
		t.Fatalf("a good PDF fails: %v", err)
	case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
		t.Fatalf("got %v, want an error with %q", err, want)
	}
}

// A text in two faces (Latin in Atkinson, Greek from Noto Sans) is drawn as runs along its
// baseline, turned as the text is: it reads back at every angle, and a text drawn at another
// angle, or elsewhere, is haven's own fault and says so.
func TestPDFTurnedTextInTwoFaces(t *testing.T) {
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	fam := *fams[0]
	fam.Fallback = []*typeface.Family{fams[1]}
	m := typeface.NewMeasurer(&fam)
	const s = "HELP ΕΛΛΑΔΑ 233733 ok"
	text := func(deg float64) layout.Text {
		return layout.Text{X: 200, Y: 300, S: s, Size: 13.2, Rotate: deg, W: m.Width(layout.Regular, 13.2, s)}
	}
	for _, tt := range []struct {
		name           string
		printed, meant layout.Text
		want           string
	}{
		{"upright", text(0), text(0), ""},
		{"turned up", text(90), text(90), ""},
		{"turned down", text(-90), text(-90), ""},
		{"upside down", text(180), text(180), ""},
		{"askew", text(30), text(30), ""},
		{"turned the other way", text(-90), text(90), ErrUnfaithful.Error()},
		{"moved", func() layout.Text { x := text(90); x.X += 5; return x }(), text(90), ErrUnfaithful.Error()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := func(tx layout.Text) *layout.Doc {
				return &layout.Doc{Name: "tab", Lang: "en", Pages: []layout.Page{{W: 612, H: 792, Items: []layout.Item{tx}, Tags: []*layout.Elem{nil}}}}
			}
			raw, err := pdf.Render(doc(tt.printed), &fam, time.Unix(1700000000, 0).UTC())
			if err != nil {
				t.Fatal(err)
			}
			err = PDF(raw, doc(tt.meant))
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("a good PDF fails: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// A document in process colours is held to its layout's colours converted to CMYK, exactly:
// the same file in RGB fails, as does an RGB layout printed in CMYK, and a colour whose inks
// differ by a percent.
func TestPDFComparesCMYKExactly(t *testing.T) {
	in := handoutInput(t)
	cmyk := func(doc *layout.Doc) { doc.CMYK = true }
	tests := []struct {
		name            string
		print, expected func(*layout.Doc)
		want            string
	}{
		{"CMYK as laid out", cmyk, cmyk, ""},
		{"RGB where CMYK was meant", nil, cmyk, "in the colour"},
		{"CMYK where RGB was meant", cmyk, nil, "in the colour"},
		{"a colour a percent off", func(doc *layout.Doc) {
			cmyk(doc)
			for i, it := range doc.Pages[0].Items {
				if tx, ok := it.(layout.Text); ok && tx.Color == colour.MustParse("#1B1B1B") {
					tx.Color = colour.MustParse("#1C1B1B") // 0 0 0 89 -> 0 4 4 89
					doc.Pages[0].Items[i] = tx
					return
				}
			}
			t.Fatal("no text in ink on page 1")
		}, cmyk, "is printed in the colour [0.000 0.040 0.040 0.890] (CMYK), not #1B1B1B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHandout(t, in, tt.print, tt.expected, nil, tt.want) })
	}
}

// A UK helpline's TTY line as a Relay UK number prints as written, linked to the digits a
// textphone dials (no +44, which the relay would not take), and reads back digit for digit:
// a slip in the relay's prefix or in the number, or in its link, fails.
func TestPDFRelayNumber(t *testing.T) {
	in := handoutInput(t)
	in.Settings.Country = "GB"
	in.Settings.Hotline.TTY.Text = "18001 0808 2000 247"
	in.Lang.Text.Help.TTYLabel.Text = "Deaf, hard of hearing or speech impaired"
	in.Lang.Text.Help.TTY.Text = "Relay UK 18001 0808 2000 247"
	// relay changes the number and its link on page 1, and says how many it found
	relay := func(change func(*layout.Item)) func(*layout.Doc) int {
		return func(doc *layout.Doc) int {
			n := 0
			for i := range doc.Pages[0].Items {
				it := &doc.Pages[0].Items[i]
				switch x := (*it).(type) {
				case layout.Text:
					if strings.Contains(x.S, "18001 0808 2000 247") {
						change(it)
						n++
					}
				case layout.Link:
					if x.URL == "tel:1800108082000247" {
						change(it)
						n++
					}
				}
			}
			return n
		}
	}
	doc, err := layout.Handout(in, layout.Papers["letter"], false)
	if err != nil {
		t.Fatal(err)
	}
	if n := relay(func(*layout.Item) {})(doc); n != 2 {
		t.Fatalf("page 1 has %d relay numbers and tel:1800108082000247 links; want the number and its link", n)
	}
	text := func(old, new string) func(*layout.Doc) int {
		return relay(func(it *layout.Item) {
			if tx, ok := (*it).(layout.Text); ok {
				tx.S = strings.Replace(tx.S, old, new, 1)
				*it = tx
			}
		})
	}
	for _, tt := range []struct {
		name  string
		print func(*layout.Doc) int
		want  string
	}{
		{"as laid out", relay(func(*layout.Item) {}), ""},
		{"a digit of the number", text("247", "248"), `the PDF shows "18001 0808 2000 248" where "18001 0808 2000 247" was meant`},
		{"a digit of the prefix", text("18001", "18002"), `the PDF shows "18002 0808 2000 247" where "18001 0808 2000 247" was meant`},
		{"the link dialled abroad", relay(func(it *layout.Item) {
			if l, ok := (*it).(layout.Link); ok {
				l.URL = "tel:+448082000247"
				*it = l
			}
		}), "the PDF links tel:+448082000247 where tel:1800108082000247 was meant"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkHandout(t, in, func(d *layout.Doc) { tt.print(d) }, nil, nil, tt.want) })
	}
}

func TestOneFacePerStyle(t *testing.T) {
	page := func(f layout.Font, names ...string) map[layout.Font]map[string]bool {
		set := map[string]bool{}
		for _, n := range names {
			set[n] = true
		}
		return map[layout.Font]map[string]bool{f: set}
	}
	for _, tc := range []struct {
		name  string
		pages []map[layout.Font]map[string]bool
		want  string
	}{
		{"one font each", []map[layout.Font]map[string]bool{page(layout.Regular, "/F1"), page(layout.Bold, "/F2")}, ""},
		{"a fallback beside", []map[layout.Font]map[string]bool{page(layout.Regular, "/F1", "/F3"), page(layout.Regular, "/F1")}, ""},
		{"bold in the regular font on another page", []map[layout.Font]map[string]bool{page(layout.Regular, "/F1"), page(layout.Bold, "/F1")}, "regular and bold text are set in the same font /F1"},
		{"italic in the bold font", []map[layout.Font]map[string]bool{page(layout.Italic, "/F2"), page(layout.Bold, "/F2")}, "bold and italic text are set in the same font /F2"},
	} {
		err := oneFacePerStyle(tc.pages)
		if got := fmt.Sprint(err); tc.want == "" && err != nil || tc.want != "" && got != tc.want {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

// A link whose words a line break parts has an annotation on each line: the read-back holds
// each to its place and address, so either part opening another address fails.
func TestPDFCatchesAPartOfABrokenLink(t *testing.T) {
	faq, err := os.ReadFile("../../testdata/brokenlinks/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"en/faq.md": &fstest.MapFile{Data: faq}}
	err = fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "en/faq.md" {
			return err
		}
		b, err := fs.ReadFile(defaultcontent.FS, p)
		fsys[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	ct, err := content.Load(fsys, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, _ := typeface.Defaults()
	in := layout.Input{Settings: ct.Settings, Address: ct.Address, Lang: &ct.Languages[0], M: typeface.NewMeasurer(fams[0])}
	for _, part := range []int{0, 1} {
		expected, err := layout.Handout(in, layout.Papers["letter"], true)
		if err != nil {
			t.Fatal(err)
		}
		printed, _ := layout.Handout(in, layout.Papers["letter"], true)
		n := 0
		for p := range printed.Pages {
			for i, it := range printed.Pages[p].Items {
				if l, ok := it.(layout.Link); ok && l.URL == "https://samples.org/families" {
					if n == part {
						l.URL = "https://samples.org/familias"
						printed.Pages[p].Items[i] = l
					}
					n++
				}
			}
		}
		if n != 2 {
			t.Fatalf("%d links to https://samples.org/families, want its two parts", n)
		}
		raw, err := pdf.Render(expected, fams[0], time.Unix(1700000000, 0).UTC())
		if err != nil {
			t.Fatal(err)
		}
		if err := PDF(raw, expected); err != nil {
			t.Fatalf("a good PDF fails: %v", err)
		}
		if raw, err = pdf.Render(printed, fams[0], time.Unix(1700000000, 0).UTC()); err != nil {
			t.Fatal(err)
		}
		if err := PDF(raw, expected); err == nil || !strings.Contains(err.Error(), "links https://samples.org/familias where https://samples.org/families was meant") {
			t.Errorf("part %d opening another address: got %v", part+1, err)
		}
	}
}

// Another service's number written with its extension ("Poison control: 1-800-222-1222 ext. 5")
// is linked with it, and the read-back holds the link to it: a link that dials the number
// without its extension fails.
func TestPDFOtherNumberExtension(t *testing.T) {
	in := handoutInput(t)
	faq := in.Lang.FAQ
	faq.Questions = slices.Clone(faq.Questions)
	last := &faq.Questions[len(faq.Questions)-1]
	last.Answer = append(slices.Clone(last.Answer), content.Para{Located: diag.Located{File: "faq.md", Field: "answer", Text: "Poison control: 1-800-222-1222 ext. 5."}})
	lang := *in.Lang
	lang.FAQ = faq
	in.Lang = &lang
	const tel = "tel:+18002221222,5"
	dial := func(t *testing.T, url string) func(*layout.Doc) {
		return func(doc *layout.Doc) {
			for p := range doc.Pages {
				for i, it := range doc.Pages[p].Items {
					if l, ok := it.(layout.Link); ok && l.URL == tel {
						l.URL = url
						doc.Pages[p].Items[i] = l
						return
					}
				}
			}
			t.Fatalf("no link to %s", tel)
		}
	}
	for _, tt := range []struct{ name, url, want string }{
		{"as laid out", tel, ""},
		{"the extension left out", "tel:+18002221222", "links tel:+18002221222 where " + tel + " was meant"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkHandout(t, in, dial(t, tt.url), nil, nil, tt.want) })
	}
}
