package layout

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"haven/internal/content"
	"haven/internal/contenttest"
)

// TestLinesOfARightToLeftParagraph: a line of a right-to-left paragraph with no letter written
// right to left is still one of its lines: its ends take the paragraph's direction, as the
// bidirectional algorithm sets the paragraph whole (the full stop after an address that ends it
// on the left), its words and numbers stay in their order ("Call 911"), and a paragraph that
// reads left to right places such a line as written.
func TestLinesOfARightToLeftParagraph(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		right bool
		want  []string
	}{
		{[]string{"للاستفسارات اكتب إلينا عبر البريد", "help@missionhaven.org."}, true, []string{reversed("للاستفسارات اكتب إلينا عبر البريد"), ".help@missionhaven.org"}},
		{[]string{"للمزيد زوروا https://example.org/ar/", "resources/help."}, true, []string{"https://example.org/ar/ " + reversed("للمزيد زوروا"), ".resources/help"}},
		{[]string{"اتصلوا بنا", "Call 911 or text HELP to 233733", "في أي وقت."}, true, []string{reversed("اتصلوا بنا"), "Call 911 or text HELP to 233733", "." + reversed("في أي وقت")}},
		// a number before the words reads first, right to left, after the Arabic before the line
		{[]string{"اتصل على الرقم", "1-888-373-7888 or text HELP", "في أي وقت."}, true, []string{reversed("اتصل على الرقم"), "or text HELP 1-888-373-7888", "." + reversed("في أي وقت")}},
		{[]string{"اتصل على الرقم", "(216) 555-0142 or text HELP", "في أي وقت."}, true, []string{reversed("اتصل على الرقم"), "or text HELP (216) 555-0142", "." + reversed("في أي وقت")}},
		// after a left-to-right word on the line above, it reads with the words, as on one line
		{[]string{"نشانی: Oranienstraße 34,", "10999 Berlin."}, true, []string{"Oranienstraße 34, :" + reversed("نشانی"), ".10999 Berlin"}},
		{[]string{"نشانی: Oranienstraße 34,", "10999 Berlin"}, true, []string{"Oranienstraße 34, :" + reversed("نشانی"), "10999 Berlin"}},
		// a number right after a left-to-right word reads with it, and a piece of an address
		// right before one, as the words themselves do, between Arabic words
		{[]string{"أرسل Text HELP to 233733 مجانا."}, true, []string{"." + reversed("مجانا") + " Text HELP to 233733 " + reversed("أرسل")}},
		{[]string{"اتصل Call 911 الآن."}, true, []string{"." + reversed("الآن") + " Call 911 " + reversed("اتصل")}},
		{[]string{"Call 1-888-373-7888 الآن"}, true, []string{reversed("الآن") + " Call 1-888-373-7888"}},
		{[]string{"اضغط Option 2 للعربية."}, true, []string{"." + reversed("للعربية") + " Option 2 " + reversed("اضغط")}},
		{[]string{"الرقم 911 ext. 2 للعربية."}, true, []string{"." + reversed("للعربية") + " ext. 2 911 " + reversed("الرقم")}},
		{[]string{"اتصل Tel: 233733 الآن"}, true, []string{reversed("الآن") + " Tel: 233733 " + reversed("اتصل")}},
		{[]string{"زوروا www.example.org is our site الآن"}, true, []string{reversed("الآن") + " www.example.org is our site " + reversed("زوروا")}},
		{[]string{"أرسل Text HELP to", "233733 مجانا."}, true, []string{"Text HELP to " + reversed("أرسل"), "." + reversed("مجانا") + " 233733"}},
		// a number after Arabic words, or after a bracket, is the paragraph's to place
		{[]string{"اتصل بالرقم 233733 مجانا."}, true, []string{"." + reversed("مجانا") + " 233733 " + reversed("اتصل بالرقم")}},
		{[]string{"Discord, Roblox"}, true, []string{"Discord, Roblox"}},
		{[]string{"Signal (free)"}, true, []string{"Signal (free)"}},
		{[]string{"Hotline 24/7"}, true, []string{"Hotline 24/7"}},
		{[]string{"1-800-799-SAFE (7233)."}, true, []string{".1-800-799-SAFE (7233)"}},
		{[]string{"Snapchat."}, true, []string{".Snapchat"}},
		{[]string{"Write to help@missionhaven.org.", "Call 911."}, false, []string{"Write to help@missionhaven.org.", "Call 911."}},
	} {
		ctxs := paragraphBidi(tt.lines, tt.right)
		var got []string
		for i, l := range tt.lines {
			ctx := bidiContext{}
			if ctxs != nil {
				ctx = ctxs[i]
			}
			v, _ := visual(l, ctx)
			got = append(got, v)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q placed %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// TestRightToLeftListKeepsItsSide: in a right-to-left edition every item of a list hangs from
// the right, its mark on the right, an item in left-to-right words alone ("Instagram") too: a
// list whose marks change sides reads as two lists.
func TestRightToLeftListKeepsItsSide(t *testing.T) {
	faq, err := os.ReadFile("../../testdata/languages/ar/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	list := "\nأكثرها شيوعا:\n\n- Instagram\n- Snapchat (خاصة الرسائل المختفية)\n- TikTok\n- Discord, Roblox\n\n## "
	edited := strings.Replace(string(faq), "\n## ", list, 1)
	if edited == string(faq) {
		t.Fatal("the FAQ has no question to put the list before")
	}
	fsys := contenttest.WithLanguages(t, []string{"ar"}, nil)
	fsys["ar/faq.md"] = &fstest.MapFile{Data: []byte(edited)}
	c, err := content.Load(fsys, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(c.Languages, func(l content.Language) bool { return l.Code == "ar" })
	in := Input{Settings: c.Settings, Address: c.Address, Lang: &c.Languages[i], M: mono{}}
	doc, err := Handout(in, Papers["letter"], false)
	if err != nil {
		t.Fatal(err)
	}
	items := 0
	for _, p := range doc.Pages {
		for k, it := range p.Items {
			m, ok := it.(Text)
			if !ok || m.S != "•" || k+1 >= len(p.Items) {
				continue
			}
			item, ok := p.Items[k+1].(Text) // the item's text, drawn after its mark
			if !ok {
				continue
			}
			items++
			if m.X < item.X+item.W {
				t.Errorf("the mark of %q is not on its right (%.1f < %.1f)", item.S, m.X, item.X+item.W)
			}
		}
	}
	if items < 4 {
		t.Errorf("%d items: want the list's 4 at least", items)
	}
}

// reversed is s, a text of Arabic letters written unjoined, as placed from left to right.
func reversed(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// A tear-off tab's lines, turned to run up it, are flush where they begin: at the bottom in a
// left-to-right edition, at the top in a right-to-left one (where its lines begin, as a card's
// are flush right), the shorter line's end ragged.
func TestTabLinesFlushAtTheirStart(t *testing.T) {
	for _, tt := range []struct {
		tab, text string
		right     bool
	}{
		{"התקשרו ל־1-888-373-7888", "שלחו HELP ל־233733", true},
		{"اتصلوا بالرقم 1-888-373-7888", "أرسلوا HELP إلى 233733", true},
		{"Call 1-888-373-7888", "Text HELP to 233733", false},
		{"Text HELP to 233733 now", "Call 1-888-373-7888", false},
	} {
		in := input(t)
		lang := *in.Lang
		lang.Text.Poster.Tab.Text, lang.Text.Poster.Text.Text = tt.tab, tt.text
		in.Lang = &lang
		doc, err := TearOff(in, Papers["letter"])
		if err != nil {
			t.Fatal(err)
		}
		// each line of the first tab, by where it stands across the tab: its runs' extent
		type extent struct{ top, bottom float64 }
		lines := map[float64]extent{}
		var xs []float64
		for _, it := range doc.Pages[0].Items {
			if x, ok := it.(Text); ok && x.Rotate == 90 {
				at := math.Round(x.X*10) / 10 // a run's place up the line moves it by a rounding error across
				e, seen := lines[at]
				if !seen {
					e = extent{x.Y - x.W, x.Y}
					xs = append(xs, at)
				}
				lines[at] = extent{min(e.top, x.Y-x.W), max(e.bottom, x.Y)}
			}
		}
		slices.Sort(xs)
		if len(xs) < 2 {
			t.Fatalf("%q: %d lines on the tabs", tt.tab, len(xs))
		}
		a, b := lines[xs[0]], lines[xs[1]]
		start := func(e extent) float64 {
			if tt.right {
				return e.top
			}
			return e.bottom
		}
		if d := start(a) - start(b); d > 0.01 || d < -0.01 {
			t.Errorf("%q and %q begin %.1f pt apart (%+v, %+v), want flush", tt.tab, tt.text, d, a, b)
		}
	}
}
