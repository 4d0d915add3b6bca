package html

import (
	"html/template"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/diag"
)

func defaults(t *testing.T) *content.Content {
	t.Helper()
	c, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLinkedLinksWholeNumbersOnly(t *testing.T) {
	links := []Autolink{{Match: "1-888-373-7888", URL: "tel:+18883737888", At: -1}, {Match: "911", URL: "tel:911", At: -1}, {Match: "233733", URL: "sms:233733?body=HELP", At: -1}}
	for _, tc := range []struct {
		in   string
		want Para
	}{
		{"call 911 now", Para{{Text: "call ", URL: ""}, {Text: "911", URL: "tel:911"}, {Text: " now", URL: ""}}},
		{"911.", Para{{Text: "911", URL: "tel:911"}, {Text: ".", URL: ""}}},
		{"Call 1-888-373-7888 or text HELP to 233733.", Para{{Text: "Call ", URL: ""}, {Text: "1-888-373-7888", URL: "tel:+18883737888"}, {Text: " or text HELP to ", URL: ""}, {Text: "233733", URL: "sms:233733?body=HELP"}, {Text: ".", URL: ""}}},
		{"1-888-911-0000 and 9110 and 2337331", Para{{Text: "1-888-911-0000 and 9110 and 2337331", URL: ""}}},
		{"no numbers", Para{{Text: "no numbers", URL: ""}}},
		{"הודעה ל-233733", Para{{Text: "הודעה ל-", URL: ""}, {Text: "233733", URL: "sms:233733?body=HELP"}}}, // a Hebrew prefix; no word to send named: the keyword
		{"Text STOP to 233733 to stop.", Para{{Text: "Text STOP to ", URL: ""}, {Text: "233733", URL: "sms:233733?body=STOP"}, {Text: " to stop.", URL: ""}}},
		{"a 911-call, HELP-233733", Para{{Text: "a 911-call, HELP-233733", URL: ""}}},
		{"დარეკეთ 911-ზე.", Para{{Text: "დარეკეთ ", URL: ""}, {Text: "911", URL: "tel:911"}, {Text: "-ზე.", URL: ""}}}, // a case ending
	} {
		if got := Linked(tc.in, "US", links); !slices.Equal(got, tc.want) {
			t.Errorf("Linked(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// A page links only to calls, texts and secure sites, and a download is a plain file beside it.
func TestNewPageRefusesOtherLinks(t *testing.T) {
	c := defaults(t)
	for _, tc := range []struct {
		name string
		opt  Options
		dl   []Download
	}{
		{"script exit", Options{ExitURL: "javascript:alert(1)"}, nil},
		{"plain http exit", Options{ExitURL: "http://weather.com/"}, nil},
		{"data privacy link", Options{PrivacyURL: "data:text/html,x"}, nil},
		{"email exit with a body", Options{ExitURL: "mailto:a@samples.org?body=x"}, nil},
		{"email exit to two", Options{ExitURL: "mailto:a@samples.org,b@samples.org"}, nil},
		{"download up a folder", Options{}, []Download{{File: "../secret.pdf", Label: "x", Size: 1}}},
		{"download elsewhere", Options{}, []Download{{File: "https://samples.com/a.pdf", Label: "x", Size: 1}}},
	} {
		if _, err := NewPage(c, "en", tc.dl, tc.opt); err == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}
	if _, err := NewPage(c, "fr", nil, Options{}); err == nil {
		t.Error("a language the content does not have was accepted")
	}
}

// Every page of the default site is small enough for a poor connection, each page links its
// languages from where it sits, and a discreet page's title says nothing of what it is about.
func TestSitePages(t *testing.T) {
	c := defaults(t)
	for _, discreet := range []bool{false, true} {
		pages, files, err := Site(c, nil, Options{Discreet: discreet})
		if err != nil {
			t.Fatal(err)
		}
		var paths []string
		for i, f := range files {
			paths = append(paths, f.Path)
			t.Logf("%s: %d bytes (discreet %v)", f.Path, len(f.Data), discreet)
			if len(f.Data) > 150_000 {
				t.Errorf("%s is %d bytes, over 150 KB", f.Path, len(f.Data))
			}
			p := pages[i]
			if discreet && (p.Title != p.Words.NeutralTitle.Text || strings.Contains(string(f.Data), "<title>"+p.Heading)) {
				t.Errorf("%s: the discreet page's title is %q", f.Path, p.Title)
			}
			if !discreet && !strings.HasPrefix(p.Title, p.Heading) {
				t.Errorf("%s: the title %q does not say what the page is", f.Path, p.Title)
			}
		}
		if !slices.Equal(paths, []string{"en/index.html", "es/index.html", "index.html"}) {
			t.Errorf("paths %q", paths)
		}
		if got := pages[1].Languages[0].Href; got != "../en/index.html" {
			t.Errorf("es links to English as %q", got)
		}
		if got := pages[2].Languages[1].Href; got != "es/index.html" {
			t.Errorf("the front page links to Spanish as %q", got)
		}
	}
}

// A language haven has no words for gets the English ones, each marked as English.
func TestOtherLanguageMarksEnglishWords(t *testing.T) {
	c := defaults(t)
	sw := c.Languages[0]
	sw.Code = "sw"
	c.Languages = append(c.Languages, sw)
	raw := rendered(t, c, "sw", nil)
	for _, s := range []string{`<html lang="sw" dir="ltr">`, `rel="nofollow noreferrer" lang="en" data-press2=`, `<a class="skip" href="#main" lang="en">`, `<h2 id="toc-title" lang="en">`} {
		if !strings.Contains(string(raw), s) {
			t.Errorf("no %s", s)
		}
	}
	if raw, _ := Render(mustPage(t, c, "en")); strings.Contains(string(raw), ` lang="en">`) {
		t.Error("an English page marks its own words as English")
	}
}

// rendered is the page of lang with downloads, as the site writes it.
func rendered(t *testing.T, c *content.Content, lang string, downloads []Download) string {
	t.Helper()
	p, err := NewPage(c, lang, downloads, Options{})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Render(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

func mustPage(t *testing.T, c *content.Content, lang string) *Page {
	t.Helper()
	p, err := NewPage(c, lang, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A FAQ too long to carry its fonts under MaxSize is set in the reader's system fonts instead.
func TestLongPageDropsInlineFonts(t *testing.T) {
	c := defaults(t)
	q := &c.Languages[0].FAQ.Questions[0]
	for size := 0; size < MaxSize; size += len(q.Answer[len(q.Answer)-1].Text) {
		q.Answer = append(q.Answer, content.Para{Located: diag.Located{Text: strings.Repeat("A long answer, written out in full. ", 50)}})
	}
	for _, tc := range []struct {
		c     *content.Content
		fonts bool
	}{{defaults(t), true}, {c, false}} {
		raw, err := Render(mustPage(t, tc.c, "en"))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(raw), "@font-face"); got != tc.fonts {
			t.Errorf("%d bytes: inline fonts %v, want %v", len(raw), got, tc.fonts)
		}
	}
}

// Characters Atkinson Hyperlegible Next lacks come inline from Noto Sans, as in the PDFs; a
// page that needs none carries no Noto Sans.
func TestNotoSansOnlyForWhatAtkinsonLacks(t *testing.T) {
	c := defaults(t)
	for _, tc := range []struct {
		intro string
		noto  bool
	}{{"", false}, {"Καλημέρα. Добрый день. Tiếng Việt.", true}} {
		if tc.intro != "" {
			c.Languages[0].FAQ.Intro = append(c.Languages[0].FAQ.Intro, content.Para{Located: diag.Located{Text: tc.intro}})
		}
		raw, err := Render(mustPage(t, c, "en"))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(raw), `@font-face { font-family: "Noto Sans"`); got != tc.noto {
			t.Errorf("%q: Noto Sans inline %v, want %v", tc.intro, got, tc.noto)
		}
	}
}

// Emphasis in the FAQ is emphasis on the page: italic in <em>, bold in <strong>, both nested,
// a number inside still a link; the italic faces come inline only for a page with italic.
func TestEmphasis(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // in the page's HTML
		italic     bool     // the italic faces inline
	}{
		{"none", "Plain words.", []string{"Plain words."}, false},
		{"italic", "Most victims " + content.ItalicOn + "know" + content.ItalicOff + " them.", []string{"Most victims <em>know</em> them."}, true},
		{"bold", content.BoldOn + "Never" + content.BoldOff + " alone.", []string{"<strong>Never</strong> alone."}, false},
		{"bold italic with a number", content.BoldOn + content.ItalicOn + "Call 911" + content.ItalicOff + content.BoldOff + ".",
			[]string{`<strong><em>Call </em></strong><span class="nobreak"><strong><em><a href="tel:911"><bdi class="num" dir="ltr">911</bdi></a></em></strong>.</span>`}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := defaults(t)
			c.Languages[0].FAQ.Intro = []content.Para{{Located: diag.Located{Text: tc.text}}}
			raw, err := Render(mustPage(t, c, "en"))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(string(raw), w) {
					t.Errorf("the page lacks %s", w)
				}
			}
			if got := strings.Contains(string(raw), "font-style: italic"); got != tc.italic {
				t.Errorf("italic faces inline %v, want %v", got, tc.italic)
			}
		})
	}
}

// The FAQ's lists are lists on the page: bulleted or numbered as written, a numbered list
// starting at its first number, an item's own list inside it, and a paragraph after a list
// outside it.
func TestLists(t *testing.T) {
	item := func(mark string, level int, text string) content.Para {
		return content.Para{Located: diag.Located{Text: text}, Mark: mark, Level: level}
	}
	for _, tc := range []struct {
		name  string
		paras []content.Para
		want  string // the intro's HTML, spaces and line ends aside
	}{
		{"bullets", []content.Para{item("•", 1, "one"), item("•", 1, "two")},
			"<ul><li>one</li><li>two</li></ul>"},
		{"numbers from 3", []content.Para{item("3.", 1, "three"), item("4.", 1, "four")},
			`<ol start="3"><li>three</li><li>four</li></ol>`},
		{"nested, then a paragraph", []content.Para{item("1.", 1, "one"), item("•", 2, "a"), item("•", 2, "b"), item("2.", 1, "two"), {Located: diag.Located{Text: "After."}}},
			"<ol><li>one<ul><li>a</li><li>b</li></ul></li><li>two</li></ol><p>After.</p>"},
		{"a bulleted list after a numbered one", []content.Para{item("1.", 1, "one"), item("•", 1, "dot")},
			"<ol><li>one</li></ol><ul><li>dot</li></ul>"},
		{"a numbered list inside an item after a bulleted one", []content.Para{item("•", 1, "a"), item("–", 2, "b"), {Located: diag.Located{Text: "c"}, Mark: "1.", Level: 2, ListStart: true}},
			"<ul><li>a<ul><li>b</li></ul><ol><li>c</li></ol></li></ul>"},
		// numbered "1)" as the PDFs print it, not as a browser numbers an <ol> ("1.")
		{"numbers with brackets", []content.Para{item("1)", 1, "Call."), item("2)", 1, "Come.")},
			`<ul class="own" role="list"><li><bdi class="num" dir="ltr">1</bdi>) Call.</li><li><bdi class="num" dir="ltr">2</bdi>) Come.</li></ul>`},
		{"two bulleted lists, one after the other", []content.Para{item("•", 1, "a"), item("•", 1, "b"), {Located: diag.Located{Text: "c"}, Mark: "•", Level: 1, ListStart: true}},
			"<ul><li>a</li><li>b</li></ul><ul><li>c</li></ul>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := defaults(t)
			c.Languages[0].FAQ.Intro = tc.paras
			raw, err := Render(mustPage(t, c, "en"))
			if err != nil {
				t.Fatal(err)
			}
			page := strings.Join(strings.Fields(strings.ReplaceAll(string(raw), ` dir="auto"`, "")), "") // each item's direction aside
			start := strings.Index(page, `<divclass="intro">`)
			end := strings.Index(page[start:], "</div>")
			if got, want := page[start+len(`<divclass="intro">`):start+end], strings.Join(strings.Fields(tc.want), ""); got != want {
				t.Errorf("intro is %s, want %s", got, want)
			}
		})
	}
}

// A Relay UK TTY line is linked to the digits a textphone dials, prefix and national number
// (tel:1800108082000247): +44 would not reach the relay. Written out in a text, the number
// links the same.
func TestRelayNumberLink(t *testing.T) {
	c := defaults(t)
	c.Settings.Country = "GB"
	c.Settings.Hotline.Call.Text = "0808 2000 247"
	c.Settings.Hotline.TTY.Text = "18001 0808 2000 247"
	help := &c.Languages[0].Text.Help
	help.TTYLabel.Text, help.TTY.Text = "Deaf, hard of hearing or speech impaired", "Relay UK 18001 0808 2000 247"
	p := mustPage(t, c, "en")
	want := map[string]string{"0808 2000 247": "tel:+448082000247", "18001 0808 2000 247": "tel:1800108082000247"}
	for _, l := range p.Links {
		if w, ok := want[l.Match]; ok && l.URL != w {
			t.Errorf("%s links %s; want %s", l.Match, l.URL, w)
		}
		delete(want, l.Match)
	}
	if len(want) > 0 {
		t.Errorf("no links for %v", want)
	}
	if p.Help.TTY == nil || p.Help.TTY.URL != "tel:1800108082000247" {
		t.Errorf("the TTY line is %+v; want it linked to tel:1800108082000247", p.Help.TTY)
	}
}

// arabic is the default content with its English page made Arabic in code and words: the
// title, the hotline box's lines and an answer, around the numbers and keyword as they are.
func arabic(t *testing.T, code string) *content.Content {
	t.Helper()
	c := defaults(t)
	l := &c.Languages[0]
	l.Code = code
	l.FAQ.Title.Text = "حقائق وأسئلة عن الاتجار الجنسي بالقاصرين"
	h := &l.Text.Help
	h.Call.Text, h.Text.Text, h.Danger.Text = "اتصل على 1-888-373-7888", "أرسل HELP إلى 233733", "في خطر؟ اتصل بالرقم 911"
	l.FAQ.Questions[0].Answer[0].Text = "اتصل بالخط الوطني 1-888-373-7888 أو أرسل HELP إلى 233733."
	// a question and a paragraph that begin with an app's name, in Latin letters
	l.FAQ.Questions[1].Question.Text = "WhatsApp: كيف يتواصل المتاجرون مع الأطفال؟"
	l.FAQ.Questions[1].Answer[0].Text = "Instagram وTikTok من التطبيقات التي يستعملها المتاجرون."
	c.Languages = c.Languages[:1]
	c.Settings.Organisation.Contact.Text = "Office 614-276-2270 · www.samples.org" // settings.yaml's, in English
	return c
}

// A page in a language written right to left says so (dir="rtl"), decided by its code or, for
// a code haven does not know, by its title's letters as the PDFs decide; every number and the
// keyword in it is set apart left to right, so it reads in dialling order, and each heading,
// paragraph and hotline line reads right to left, even one that begins with a Latin word,
// unless it has no Arabic letter (one left in English reads left to right, as printed).
func TestRightToLeftPage(t *testing.T) {
	for _, tc := range []struct{ code, dir string }{{"ar", "rtl"}, {"fa", "rtl"}, {"ur", "rtl"}, {"he", "rtl"}, {"xx", "rtl"}} {
		t.Run(tc.code, func(t *testing.T) {
			p := mustPage(t, arabic(t, tc.code), tc.code)
			raw, err := Render(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range []string{`<html lang="` + tc.code + `" dir="` + tc.dir + `">`,
				// the hotline box's numbers may break after their separators, where nothing else fits
				`<a class="help__link" href="tel:&#43;18883737888">اتصل على <bdi class="num" dir="ltr">1-<wbr>888-<wbr>373-<wbr>7888</bdi></a>`,
				// the page's direction, whatever the first word; English left in reads left to right
				`<h2 id="q2"><span lang="und-Latn">WhatsApp</span>: `, `<p><span lang="und-Latn">Instagram</span> و`, `<h2 id="q3" dir="ltr" lang="und-Latn">`,
				`أرسل <bdi dir="ltr">HELP</bdi> <span class="nobreak">إلى <bdi class="num" dir="ltr">233733</bdi></span>`,
				`<a href="tel:911"><bdi class="num" dir="ltr">911</bdi></a>`,
				// the organisation's name and contact line in English, read left to right in
				// their place on the right ("www.samples.org · 614-276-2270 Office" otherwise),
				// in Latin letters, whose language a content of Arabic alone does not say
				`<p class="org"><span dir="ltr" lang="und-Latn">The Mission Haven</span></p>`, `<p><span dir="ltr" lang="und-Latn">Office <a href="tel:&#43;16142762270">`} {
				if !strings.Contains(string(raw), s) {
					t.Errorf("the page has no %s", s)
				}
			}
			// a link is named by its words: an aria-label the same as them adds nothing, and
			// axe's heuristic, which drops Arabic-script words, reads it as not matching them
			if s := `aria-label="أرسل`; strings.Contains(string(raw), s) {
				t.Errorf("the page has %s", s)
			}
		})
	}
	for _, code := range []string{"en", "es"} {
		if d := mustPage(t, defaults(t), code).Dir; d != "ltr" {
			t.Errorf("%s: dir %q", code, d)
		}
	}
	// a Persian page without words of its own marks haven's English ones left to right; an
	// Arabic one has haven's Arabic words for the exit and the skip link, its downloads' English
	raw, err := Render(mustPage(t, arabic(t, "fa"), "fa"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `<a class="skip" href="#main" lang="en" dir="ltr">`) {
		t.Error("the English skip link on a Persian page is not marked English, left to right")
	}
	raw, err = Render(mustPage(t, arabic(t, "ar"), "ar"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`<a class="skip" href="#main">الانتقال إلى المحتوى الرئيسي</a>`, `الخروج من هذه الصفحة`, `<h2 id="toc-title" lang="en" dir="ltr">`} {
		if !strings.Contains(string(raw), s) {
			t.Errorf("the Arabic page has no %s", s)
		}
	}
}

// A line of the hotline box links the number it shows: "TTY users: dial 711" dials 711, not the
// TTY number in settings.yaml; a line showing its own number links it as its service takes it
// (the text line with its keyword); a line with two numbers links each on its own.
func TestLineLinksTheNumberItShows(t *testing.T) {
	for _, tc := range []struct{ tty, want string }{
		{"TTY users: dial 711", "tel:711"},
		{"TTY 1-800-787-3224", "tel:+18007873224"},
		{"TTY 1-800-787-3224 or dial 711", ""},
		{"Use the relay service", ""},
	} {
		c := defaults(t)
		c.Settings.Hotline.TTY.Text = "1-800-787-3224"
		help := &c.Languages[0].Text.Help
		help.TTYLabel.Text, help.TTY.Text = "Deaf and hard of hearing", tc.tty
		p := mustPage(t, c, "en")
		if p.Help.TTY.URL != tc.want {
			t.Errorf("%q links %q, want %q", tc.tty, p.Help.TTY.URL, tc.want)
		}
		if p.Help.Text.URL != "sms:233733?body=HELP" {
			t.Errorf("the text line links %q", p.Help.Text.URL)
		}
		raw, err := Render(p)
		if err != nil {
			t.Fatal(err)
		}
		if tc.want == "" && strings.Contains(tc.tty, "711") && (!strings.Contains(string(raw), `<a href="tel:&#43;18007873224"><bdi class="num" dir="ltr">1-<wbr>800-<wbr>787-<wbr>3224</bdi></a>`) ||
			!strings.Contains(string(raw), `<a href="tel:711"><bdi class="num" dir="ltr">711</bdi></a>`)) {
			t.Errorf("%q: its numbers are not linked each on its own", tc.tty)
		}
	}
}

// A number with an extension written after it ("1-866-724-3321 ext. 4") is one number in the
// hotline box and in running text: set apart as a number (class "num": not broken, in the box
// sized to fit its line by its length with the extension), not as a bare left-to-right run,
// which a phone broke after a hyphen ("Call 1-866-" / "724-3321 ext. 4").
func TestNumberWithItsExtension(t *testing.T) {
	c := defaults(t)
	c.Settings.Hotline.Call.Text = "1-866-724-3321 ext. 4"
	c.Languages[0].Text.Help.Call.Text = "Call 1-866-724-3321 ext. 4"
	raw, err := Render(mustPage(t, c, "en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`Call <bdi class="num" dir="ltr">1-<wbr>866-<wbr>724-<wbr>3321 ext. 4</bdi></a>`, `.help li:nth-child(1) { --num: 21; }`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("the call line has no %s", want)
		}
	}
	p := &Page{}
	for s, want := range map[string]string{
		"Call 613-722-6790 ext. 12 today.": `Call <bdi class="num" dir="ltr">613-722-6790 ext. 12</bdi> today.`,
		"Call 613-722-6790, then press 2.": `Call <bdi class="num" dir="ltr">613-722-6790</bdi>, then press <bdi class="num" dir="ltr">2</bdi>.`,
	} {
		if got := string(p.isolated(s)); got != want {
			t.Errorf("%q is set %s, want %s", s, got, want)
		}
	}
}

// A number written after an address whose path ends in digits is set apart on its own, as
// the page's check reads it: the digits were read on from the address's into the number after
// it ("27600123456 (060 012 3456)"), a run that begins inside the address, so neither was set
// apart and the page was refused as haven's fault.
func TestNumberAfterAnAddressSetApart(t *testing.T) {
	p := &Page{}
	for s, want := range map[string]string{
		"WhatsApp wa.me/27600123456 (060 012 3456)":       `WhatsApp <bdi class="addr" dir="ltr"><span class="addr__site">wa.me/</span>27600123456</bdi> <bdi class="num" dir="ltr">(060 012 3456)</bdi>`,
		"Signal: signal.me/#p/+447700900123 07700 900123": `Signal: <bdi class="addr" dir="ltr"><span class="addr__site">signal.me/</span>#p/<wbr>+447700900123</bdi> <bdi class="num" dir="ltr">07700 900123</bdi>`,
	} {
		if got := string(p.isolated(s)); got != want {
			t.Errorf("%q is set %s, want %s", s, got, want)
		}
	}
}

// A line of the hotline box that shows two numbers in brackets links each by its digits, not
// its brackets, and the organisation's number to text as a text with its keyword, as the PDFs
// link it: "(233733)" was linked tel:%28233733%29, a link the page's check refused as haven's
// fault.
func TestLineLinksBracketedNumbers(t *testing.T) {
	c := defaults(t)
	c.Languages[0].Text.Help.Call.Text = "(1-888-373-7888) or (233733); relay (711)"
	raw, err := Render(mustPage(t, c, "en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">(1-`, `<a href="sms:233733?body=HELP"><bdi class="num" dir="ltr">(233733)</bdi></a>`,
		`<a href="tel:711"><bdi class="num" dir="ltr">(711)</bdi></a>`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("the call line has no %s", want)
		}
	}
}

// The page's own words come from text.yaml's site: where it has them, unmarked; the others
// are English, each marked so; the quick exit's announcements are plain attribute values,
// without a script string's quotes, in every language.
func TestPageWords(t *testing.T) {
	c := defaults(t)
	vi := c.Languages[0]
	vi.Code = "sw"
	vi.Text.Site.Exit.Text = "Thoát khỏi trang này"
	c.Languages = append(c.Languages, vi)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"sw", []string{`rel="nofollow noreferrer" data-press2="Shift, press 2 more times to exit."`, `>Thoát khỏi trang này</a>`, `<a class="skip" href="#main" lang="en">`,
			`data-press1="Shift, press 1 more time to exit."`, `role="status" lang="en">`}},
		{"es", []string{`data-press1="Mayús: pulse 1 vez más para salir."`, `>Salir de esta página</a>`}},
		{"en", []string{`data-press1="Shift, press 1 more time to exit."`, `role="status">`}},
	} {
		raw, err := Render(mustPage(t, c, tc.lang))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tc.want {
			if !strings.Contains(string(raw), s) {
				t.Errorf("%s: the page has no %s", tc.lang, s)
			}
		}
		if strings.Contains(string(raw), `="&#34;`) {
			t.Errorf("%s: an attribute holds a script string", tc.lang)
		}
	}
	// the safety note's words each in its language, inside a note in another
	for _, tc := range []struct {
		own  func(*content.SiteText)
		want string
	}{
		{func(s *content.SiteText) { s.Safety.Text = "Để rời đi nhanh." }, `<p><span class="safety__js">Để rời đi nhanh.</span><span class="safety__nojs" lang="en">`},
		{func(s *content.SiteText) { s.SafetyNoJS.Text = "Để rời đi." }, `<p lang="en"><span class="safety__js">To leave quickly,`},
		{func(s *content.SiteText) { s.SafetyNoJS.Text = "Để rời đi." }, `<span class="safety__nojs" lang="sw" dir="ltr">Để rời đi.</span>`},
	} {
		c := defaults(t)
		vi := c.Languages[0]
		vi.Code = "sw"
		tc.own(&vi.Text.Site)
		c.Languages = append(c.Languages, vi)
		raw, err := Render(mustPage(t, c, "sw"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(raw), tc.want) {
			t.Errorf("the page has no %s", tc.want)
		}
	}
}

// A download named in another language than the page's (the kit's English names on a
// Vietnamese page) is marked with its language; one in the page's is not.
func TestDownloadLabelLanguage(t *testing.T) {
	c := defaults(t)
	vi := c.Languages[0]
	vi.Code = "vi"
	c.Languages = append(c.Languages, vi)
	for _, tc := range []struct{ page, label, want string }{
		{"vi", "en", `type="application/pdf" lang="en">FAQ handout</a>`},
		{"en", "en", `type="application/pdf">FAQ handout</a>`},
	} {
		if raw := rendered(t, c, tc.page, []Download{{File: "h.pdf", Label: "FAQ handout", Size: 1, Lang: tc.label}}); !strings.Contains(raw, tc.want) {
			t.Errorf("%s page: no %s", tc.page, tc.want)
		}
	}
}

// A tel: address dials what the page's country dials for it, however it is written.
func TestDialled(t *testing.T) {
	p := &Page{Country: "US"}
	for _, tc := range []struct{ in, want string }{
		{"tel:18883737888", "+18883737888"},
		{"tel:+18883737888", "+18883737888"},
		{"tel:%2B18883737888", "+18883737888"},
		{"tel:911", "911"},
		{"sms:233733?body=HELP", "233733"},
		{"tel:12166234200,2", "+12166234200,2"}, // an extension after a pause
		{"tel:+12166234200,204", "+12166234200,204"},
	} {
		if got := p.Dialled(tc.in); got != tc.want {
			t.Errorf("Dialled(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// On a right-to-left page a download's paper written in Latin letters is set apart whole, and
// so is its kind and size, in the language's own words ("{kb}" its size) or, from a pdf: of
// earlier versions that names only the kind, as "(PDF, 63 KB)".
func TestDownloadsRightToLeft(t *testing.T) {
	downloads := []Download{{File: "a.pdf", Label: "نشرة على ورق A4 (210 x 297 mm)", Size: 62001},
		{File: "b.pdf", Label: "ملصق على ورق 18 x 24 in", Size: 47000}, {File: "c.pdf", Label: "بطاقة للمطبعة", Size: 999}}
	for _, tc := range []struct {
		pdf  string
		want []string
	}{
		{"(PDF، {kb} كيلوبايت)", []string{`>نشرة على ورق <bdi dir="ltr">A4 (210 x 297 mm)</bdi></a> <bdi class="nobreak" dir="rtl">(PDF، <bdi class="num" dir="ltr">63</bdi> كيلوبايت)</bdi></li>`,
			`>ملصق على ورق <bdi dir="ltr">18 x 24 in</bdi></a>`, `>بطاقة للمطبعة</a> <bdi class="nobreak" dir="rtl">(PDF، <bdi class="num" dir="ltr">1</bdi> كيلوبايت)</bdi></li>`}},
		{"PDF", []string{`>نشرة على ورق <bdi dir="ltr">A4 (210 x 297 mm)</bdi></a> <bdi class="nobreak" dir="ltr">(PDF, 63 KB)</bdi></li>`}},
	} {
		c := arabic(t, "ar")
		c.Languages[0].Text.Site.PDF.Text = tc.pdf
		raw := rendered(t, c, "ar", downloads)
		for _, w := range tc.want {
			if w = wholeSizesIn(w); !strings.Contains(raw, w) {
				t.Errorf("pdf: %q: the page has no %s", tc.pdf, w)
			}
		}
	}
}

// A number set apart takes a bracket only with its pair, and none begins inside a word: the
// brackets around a paper's size are the line's, which pairs them in its own direction, on a
// left-to-right page and a right-to-left one ("A<bdi>4 (210</bdi>" and "<bdi>Letter (8.5 ×
// 11</bdi> بوصة)" drew one bracket each way).
func TestNumbersSetApartWithoutLoneBrackets(t *testing.T) {
	for _, tc := range []struct{ lang, label, want string }{
		{"en", "Handout on A4 (210 x 297 mm)", `>Handout on A4 (<bdi class="num" dir="ltr">210</bdi> x <bdi class="num" dir="ltr">297</bdi> mm)</a>`},
		{"en", "Cards on Letter (8.5 x 11 in)", `>Cards on Letter (<bdi class="num" dir="ltr">8.5</bdi> x <bdi class="num" dir="ltr">11</bdi> in)</a>`},
		{"ar", "نشرة على ورق Letter (8.5 × 11 بوصة)", `>نشرة على ورق <bdi dir="ltr">Letter</bdi> (<bdi dir="ltr">8.5 × 11</bdi> بوصة)</a>`},
		{"ar", "نشرة على ورق A4 (210 × 297 مم)", `>نشرة على ورق <bdi dir="ltr">A4</bdi> (<bdi dir="ltr">210 × 297</bdi> مم)</a>`},
	} {
		c := defaults(t)
		if tc.lang == "ar" {
			c = arabic(t, "ar")
		}
		if raw, want := rendered(t, c, tc.lang, []Download{{File: "h.pdf", Label: tc.label, Size: 1}}), wholeSizesIn(tc.want); !strings.Contains(raw, want) {
			t.Errorf("%s page: no %s", tc.lang, want)
		}
	}
}

// wholeSizesIn is a download's name as the page writes it, a paper's size kept whole: the
// spaces around its x, and before the unit that ends its brackets, no-break ones.
func wholeSizesIn(s string) string {
	return strings.NewReplacer(" x ", "\u00a0x\u00a0", " × ", "\u00a0×\u00a0", " in)", "\u00a0in)", " mm)", "\u00a0mm)", " بوصة)", "\u00a0بوصة)", " مم)", "\u00a0مم)").Replace(s)
}

// A discreet page's links open the addresses without their tracking fields (the chat's and
// the FAQ's own links), which a tap would leave in a checked phone's history; an ordinary
// page's links open them as written.
func TestDiscreetPageLinksCarryNoTracking(t *testing.T) {
	const chat = "https://samples.org/chat?utm_campaign=trafficking-flyer&room=2"
	const faq = "https://samples.org/list?fbclid=1&utm_source=faq"
	for _, tt := range []struct {
		discreet   bool
		chat, list string
	}{
		{false, chat, faq},
		{true, "https://samples.org/chat?room=2", "https://samples.org/list"},
	} {
		c := defaults(t)
		c.Settings.Hotline.Chat.Text = chat
		l := c.Languages[0]
		l.Text.Help.ChatLabel.Text, l.Text.Help.Chat.Text = "Or chat online", content.PrintedURL(chat)
		intro := slices.Clone(l.FAQ.Intro)
		intro[0].Text, intro[0].Links = "See our list.", []content.Link{{Text: "our list", URL: faq}}
		l.FAQ.Intro = intro
		c.Languages = []content.Language{l}
		p, err := NewPage(c, l.Code, nil, Options{Discreet: tt.discreet})
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Help.Chat.URL; got != tt.chat {
			t.Errorf("discreet %v: the chat line opens %q, want %q", tt.discreet, got, tt.chat)
		}
		var opens []string
		for _, sp := range p.Intro[0].Para {
			if sp.URL != "" {
				opens = append(opens, sp.URL)
			}
		}
		if !slices.Equal(opens, []string{tt.list}) {
			t.Errorf("discreet %v: the introduction's link opens %q, want %q", tt.discreet, opens, tt.list)
		}
	}
}

// An address on the page may break only after a slash of its path, as a printed one that fits
// its line does; inside its site (a block of its own) only where the site is wider than the
// line, and then before a dot but the first, or after an email address's @; never after a
// hyphen: in the hotline box, an answer and the footer. The browser test sees how they break.
func TestAddressesBreakAfterSlashes(t *testing.T) {
	c := defaults(t)
	c.Settings.Hotline.Chat.Text = "https://www.cwtch-support.org.uk/chat"
	l := &c.Languages[0]
	l.Text.Help.ChatLabel.Text, l.Text.Help.Chat.Text = "Or chat online", "www.cwtch-support.org.uk/chat"
	l.FAQ.Questions[0].Answer[0].Text = "Read more at https://www.cwtchsupport.org.uk/help/a--guide today, or write to help@cwtchsupport.org.uk. See https://www.cwtchsupport.org.uk/laws-policies/mandatory-reporting/."
	p, err := NewPage(c, "en", nil, Options{DisplayURL: "cwtchsupport.org.uk"})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Render(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<bdi class="addr" dir="ltr"><span class="addr__site">www.cwtch<span class="nobreak">-s</span>upport<wbr>.org<wbr>.uk/</span>chat</bdi>`,
		`<bdi class="addr" dir="ltr"><span class="addr__site">https://www.cwtchsupport<wbr>.org<wbr>.uk/</span>help/<wbr><span class="addr__site">a<span class="nobreak">--g</span>uide</span></bdi>`,
		// a part with a hyphen is set apart, and breaks before its hyphen only where it is
		// wider than the line, as the PDFs break it
		`<span class="addr__site">https://www.cwtchsupport<wbr>.org<wbr>.uk/</span><span class="addr__site">laws<wbr><span class="nobreak">-p</span>olicies/</span><wbr><span class="addr__site">mandatory<wbr><span class="nobreak">-r</span>eporting/</span></bdi>`,
		`<bdi class="addr" dir="ltr"><span class="addr__site">help@<wbr>cwtchsupport.org<wbr>.uk</span></bdi>`,
		`<bdi class="addr" dir="ltr"><span class="addr__site">cwtchsupport.org<wbr>.uk</span></bdi>`,
	} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("no %s in the page", want)
		}
	}
}

// A number's ending written after a hyphen ("8-da", "1-го") stays with it on the page, as
// in the PDFs: the browser would break after the hyphen ("ilaa 8-" / "da fiidnimo"); a
// compound's next word ("5-year-old") may still begin a line. In the hotline box and an answer.
func TestNumberEndingKeptWithItsNumber(t *testing.T) {
	for _, tt := range []struct {
		text, want string // want: the markup the number and what follows it are set in
	}{
		{"wuu jawaabaa 8-da subaxnimo ilaa 8-da fiidnimo", `<span class="nobreak"><bdi class="num" dir="ltr">8</bdi>-da</span> fiidnimo`},
		{"Qaybta 1-aad ee", `<span class="nobreak"><bdi class="num" dir="ltr">1</bdi>-aad</span> ee`},
		{"открыто с 1-го июня", `<span class="nobreak"><bdi class="num" dir="ltr">1</bdi>-го</span> июня`},
		{"a 5-year-old child", `<bdi class="num" dir="ltr">5</bdi>-year-old child`},
		{"만 9세부터 24시간 상담", `<span class="nobreak"><bdi class="num" dir="ltr">24</bdi>시간</span> 상담`}, // the Korean word a number begins
	} {
		c := defaults(t)
		l := &c.Languages[0]
		l.Text.Help.CallLabel.Text = tt.text
		l.FAQ.Questions[0].Answer[0].Text = tt.text
		if got := strings.Count(rendered(t, c, "en", nil), tt.want); got != 2 {
			t.Errorf("%q: %s %d times on the page, want twice (the hotline box, the answer)", tt.text, tt.want, got)
		}
	}
}

// A language that writes the organisation's name and contact in its own words (text.yaml's
// organisation:) shows them on its page, as its PDFs print them; another shows settings.yaml's.
func TestPageOrganisationInItsLanguage(t *testing.T) {
	c := defaults(t)
	es := &c.Languages[1]
	es.Text.Organisation.Name.Text, es.Text.Organisation.Contact.Text = "Coalición del Condado Riverbend", "Apartado postal 1184"
	c.Settings.Organisation.Contact.Text = "PO Box 1184"
	for lang, want := range map[string][]string{
		"es": {"Coalición del Condado Riverbend", "Apartado postal 1184"},
		"en": {c.Settings.Organisation.Name.Text, "PO Box 1184"},
	} {
		raw := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(rendered(t, c, lang, nil), "") // its words, numbers set apart or not
		for _, w := range want {
			if !strings.Contains(raw, template.HTMLEscapeString(w)) {
				t.Errorf("the %s page does not show %q", lang, w)
			}
		}
	}
}

// A number written against the words of a script that puts no space between them ("拨打{call}"
// in Chinese, Japanese or Thai) is set apart as a number as one after a space is (class="num",
// which keeps it on one line and sizes it), in the hotline box and in an answer alike; one at
// the end of a Latin word ("A4") is still the word's.
func TestNumberAgainstUnspacedWords(t *testing.T) {
	const num = `<bdi class="num" dir="ltr">`
	const nb = `<span class="nobreak">`
	for _, tc := range []struct{ lang, call, danger, answer, count, glued string }{
		{"zh-Hans", "拨打1-888-373-7888", "如遇紧急危险，请拨打911", "去年有1,200人打来电话。", "1,200", "请" + nb + "拨打911</span>"},
		{"ja", "お電話は1-888-373-7888へ", "緊急の場合は911へ", "昨年は1,200人から電話がありました。", "1,200", "緊急の場" + nb + "合は911</span>へ"},
		{"th", "โทร1-888-373-7888", "เหตุฉุกเฉินโทร911", "ปีที่แล้วมีผู้โทร1,200คน", "1,200", "เหตุฉุกเฉินโ" + nb + "ทร911</span>"},
		{"en", "Call 1-888-373-7888", "In danger? Call 911", "Print it on A4 paper.", "", "In danger? " + nb + "Call 911</span>"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			c := defaults(t)
			l := &c.Languages[0]
			l.Code = tc.lang
			h := &l.Text.Help
			h.Call.Text, h.Danger.Text = tc.call, tc.danger
			l.FAQ.Questions[0].Answer[0].Text = tc.answer
			c.Languages = c.Languages[:1]
			raw := rendered(t, c, tc.lang, nil)
			wants := []string{
				strings.Replace(tc.call, "1-888-373-7888", num+"1-<wbr>888-<wbr>373-<wbr>7888</bdi>", 1), // the hotline box
				strings.Replace(tc.glued, "911", num+"911</bdi>", 1),                                     // kept with the word before it
				strings.Replace(tc.answer, tc.count, num+tc.count+"</bdi>", 1),                           // an answer
			}
			if tc.count == "" { // a Latin word's digits are the word's
				wants[2] = "<p>" + tc.answer + "</p>"
			}
			for _, want := range wants {
				if !strings.Contains(raw, want) {
					t.Errorf("the page has no %s", want)
				}
			}
		})
	}
}

// A page whose title is written in a script with marks stacked above and below its letters
// (Burmese, Khmer, Thai, Hindi) gives its body the class whose headings take more line height;
// a Latin, Arabic or Chinese one, or one that quotes a word of such a script, does not.
func TestStackedScriptHeadings(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"အိမ်တွင်း အကြမ်းဖက်မှုအကြောင်း မေးလေ့ရှိသော မေးခွန်းများ", true},
		{"ការរំលោភបំពានក្នុងគ្រួសារ", true},
		{"คำถามที่พบบ่อย", true},
		{"घरेलू हिंसा: अक्सर पूछे जाने वाले प्रश्न (FAQ)", true},
		{"Facts and FAQs on Domestic Minor Sex Trafficking (DMST)", false},
		{"الأسئلة الشائعة", false},
		{"常见问题", false},
		{"What “नमस्ते” means: questions and answers", false},
	} {
		c := defaults(t)
		c.Languages[0].FAQ.Title.Text = tt.title
		html := rendered(t, c, c.Languages[0].Code, nil)
		if got := strings.Contains(html, `<body class="stacked">`); got != tt.want {
			t.Errorf("%q: body class stacked %v, want %v", tt.title, got, tt.want)
		}
	}
	if !strings.Contains(styleCSS, ".stacked :is(h1, h2, h3) { line-height:") {
		t.Error("the style sheet sets no line height for .stacked headings")
	}
}

// A page whose title is written in Mongolian script sets its text in columns, top to bottom
// (body class vertical, and the rules that set it so): a browser otherwise lays its letters on
// their side in horizontal lines. Any other page, a Mongolian one in Cyrillic too, carries
// neither, but for the rule that sets a Mongolian-script edition's name in its language switch.
func TestMongolianScriptInColumns(t *testing.T) {
	for _, tt := range []struct {
		title, other string // the page's title, and another edition's name
		body, sheet  bool   // the body's class vertical, and the style sheet's rules for it
		name         bool   // the language switch sets the other edition's name in columns
	}{
		{"ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠦᠴᠦᠷᠬᠡᠭᠯᠡᠯ᠄ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠬᠠᠷᠢᠭᠤᠯᠲᠠ", "Монгол", true, true, false},
		{"ᠭᠡᠷ ᠪᠦᠯᠢ (FAQ)", "Монгол", true, true, false},
		{"Гэр бүлийн хүчирхийлэл: асуулт, хариулт", "ᠮᠣᠩᠭᠣᠯ", false, true, true},
		{"Гэр бүлийн хүчирхийлэл: асуулт, хариулт", "Монгол", false, false, false},
		{"What “ᠮᠣᠩᠭᠣᠯ” means: questions and answers", "English", false, false, false},
	} {
		c := defaults(t)
		c.Languages[0].FAQ.Title.Text = tt.title
		c.Languages[1].Text.Language.Text = tt.other
		html := rendered(t, c, c.Languages[0].Code, nil)
		if got := regexp.MustCompile(`<body class="[^"]*\bvertical\b`).MatchString(html); got != tt.body {
			t.Errorf("%q: body class vertical %v, want %v", tt.title, got, tt.body)
		}
		if got := strings.Contains(html, "writing-mode: vertical-lr"); got != tt.sheet {
			t.Errorf("%q: the columns' rules in the style sheet %v, want %v", tt.title, got, tt.sheet)
		}
		if got := strings.Contains(html, `class="vertical">`+tt.other+`</a>`); got != tt.name {
			t.Errorf("%q: %q set in columns %v, want %v", tt.title, tt.other, got, tt.name)
		}
	}
}

// The punctuation written right after a link (a comma, a full stop, a closing bracket or
// quote) is kept on its line with it (.nobreak), in a line of the hotline box with two links,
// in an answer and in a text of the page (the box's note); the words after it still break as
// they would, and the page reads as written.
func TestPunctuationKeptWithItsLink(t *testing.T) {
	const tty = `<a href="tel:&#43;18007873224"><bdi class="num" dir="ltr">1-<wbr>800-<wbr>787-<wbr>3224</bdi></a>`
	const relay = `<a href="tel:711"><bdi class="num" dir="ltr">711</bdi></a>`
	const num = `<a href="tel:&#43;18007873224"><bdi class="num" dir="ltr">1-800-787-3224</bdi></a>`
	const nb = `<span class="nobreak">`
	for _, tt := range []struct {
		text string
		box  []string // how the hotline box's TTY line sets its numbers and what follows them
		set  []string // how the answer and the note set the TTY number and what follows it
	}{
		{"TTY 1-800-787-3224, or dial 711.", []string{nb + tty + `,</span> or ` + nb + `dial ` + relay + `.</span>`}, []string{nb + num + `,</span> or dial `}},
		{"TTY “1-800-787-3224”, or dial 711!", []string{`“` + nb + tty + `”,</span> or ` + nb + `dial ` + relay + `!</span>`}, []string{`“` + nb + num + `”,</span> or dial `}},
		{"TTY 1-800-787-3224번으로 전화하거나 711을 누르세요.", []string{nb + tty + `번으로</span> `, nb + `전화하거나 ` + relay + `을</span> 누르세요.`}, []string{nb + num + `번으로</span> 전화하거나`}}, // the Korean word a link begins
		{"Dial 711; TTY users 1-800-787-3224 any time", []string{nb + relay + `;</span> TTY`, `users ` + tty + ` any time`}, []string{`users ` + num + ` any time`}},
	} {
		c := defaults(t)
		c.Settings.Hotline.TTY.Text = "1-800-787-3224"
		l := &c.Languages[0]
		l.Text.Help.TTYLabel.Text, l.Text.Help.TTY.Text = "TTY", tt.text
		l.Text.Help.Note.Text = tt.text
		l.FAQ.Questions[0].Answer[0].Text = tt.text
		if strings.Contains(tt.text, "번으로") {
			l.Code = "ko" // on a Korean page: its words are its own, not marked as another language's
		}
		page := rendered(t, c, l.Code, nil)
		for _, w := range tt.box {
			if !strings.Contains(page, w) {
				t.Errorf("%q: the hotline box does not set %s", tt.text, w)
			}
		}
		for _, w := range tt.set {
			if got := strings.Count(page, w); got != 2 {
				t.Errorf("%q: %s %d times on the page, want twice (the note, the answer)", tt.text, w, got)
			}
		}
	}
}

// The page links the organisation's short numbers where they are dialled, not where the same
// digits are hours, a date, a price, a label or a street's number (content.NotDialled).
func TestOwnShortNumbersLinkedOnlyWhereDialled(t *testing.T) {
	c := defaults(t)
	count := func() (int, int) {
		raw := rendered(t, c, "en", nil)
		return strings.Count(raw, `href="tel:911"`), strings.Count(raw, `href="sms:233733`)
	}
	calls, texts := count()
	q := &c.Languages[0].FAQ.Questions[0]
	q.Answer = append(q.Answer, content.Para{Located: diag.Located{File: "faq.md", Line: 9, Field: "answer 1[9]",
		Text: "Drop-in hours are 9–11 am. The late fee is $911, since 9/11. We are at 911 Elm Street, Room 911; take the 911 bus. " +
			"Our PO Box is 233733. Donors gave $233733, or 233733 USD. In danger, call 911. Text HELP to 233733."}})
	if c2, t2 := count(); c2 != calls+1 || t2 != texts+1 {
		t.Errorf("%d links to 911 and %d to 233733, want %d and %d: one more each, for the sentences that ask to dial them", c2, t2, calls+1, texts+1)
	}
}

// On a right-to-left page, a download named and sized in another language's words, left to
// right (English, where the language has none of its own), is an item read left to right: its
// name, then its kind and size, not its size first.
func TestEnglishDownloadOnRightToLeftPage(t *testing.T) {
	c := arabic(t, "ar")
	c.Languages[0].Text.Site.PDF = diag.Located{} // haven's words, in English
	raw := rendered(t, c, "ar", []Download{{File: "card-bleed-ar-us.pdf", Label: "Print-shop card", Size: 42000, Lang: "en"},
		{File: "handout-ar-a4.pdf", Label: "نشرة على ورق A4 (210 x 297 mm)", Size: 62001}})
	if want := `<li dir="ltr"><a href="../card-bleed-ar-us.pdf"`; !strings.Contains(raw, want) {
		t.Errorf("the page has no %s", want)
	}
	if strings.Contains(raw, `<li dir="ltr"><a href="../handout-ar-a4.pdf"`) {
		t.Error("an item named in the page's language is set left to right")
	}
}

// On a right-to-left page a number right after a left-to-right word reads with it, as in the
// PDFs ("Text HELP to 233733" between Arabic words, not "233733 Text HELP to"): set apart in a
// <bdi>, it takes a left-to-right mark after it, in a text as in a link of an answer; after an
// Arabic word it takes none.
func TestNumberReadsWithTheWordBeforeIt(t *testing.T) {
	c := arabic(t, "ar")
	l := &c.Languages[0]
	l.Text.Help.Text.Text = "Text HELP to 233733 مجانا"
	l.FAQ.Questions[0].Answer[0].Text = "أرسل Text HELP to 233733 مجانا، أو اتصل بالرقم 1-888-373-7888."
	raw, err := Render(mustPage(t, c, "ar"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(raw)
	for _, want := range []string{
		"<span class=\"nobreak\"><span lang=\"und-Latn\">to</span> <bdi class=\"num\" dir=\"ltr\">233733</bdi>&lrm;</span> مجانا</a>",    // the hotline box's line, one link
		"<span lang=\"und-Latn\">to</span> <a href=\"sms:233733?body=HELP\"><bdi class=\"num\" dir=\"ltr\">233733</bdi></a>&lrm; مجانا،", // the answer's link
		"<bdi class=\"num\" dir=\"ltr\">1-888-373-7888</bdi></a>.",                                                                       // after an Arabic word: none
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %s", want)
		}
	}
}

// The hotline box's links, whose numbers may break after their separators (<wbr>), are named
// by their words as they read: a browser names "1-<wbr>888" "1- 888". A right-to-left page's
// keep their words' own name (TestRightToLeftPage).
func TestHotlineBoxLinksNamed(t *testing.T) {
	raw, err := Render(mustPage(t, defaults(t), "en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		`<a class="help__link" href="tel:&#43;18883737888" aria-label="Call 1-888-373-7888">Call <bdi class="num" dir="ltr">1-<wbr>888-<wbr>373-<wbr>7888</bdi></a>`,
		`<a class="help__link" href="tel:911" aria-label="In immediate danger, call 911">`,
	} {
		if !strings.Contains(string(raw), s) {
			t.Errorf("the page has no %s", s)
		}
	}
}

// A hotline line that shows its number in the edition's own digits dials it in ASCII, as the
// PDFs do: tel:+18883737888, not the Persian digits percent-encoded.
func TestBoxLineInTheEditionsDigits(t *testing.T) {
	c := arabic(t, "fa")
	c.Languages[0].Text.Help.Call.Text = "تماس با ۱-۸۸۸-۳۷۳-۷۸۸۸"
	raw, err := Render(mustPage(t, c, "fa"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `<a class="help__link" href="tel:&#43;18883737888">تماس با <bdi class="num" dir="ltr">۱-`; !strings.Contains(string(raw), want) {
		t.Errorf("the page has no %s", want)
	}
}

// In the hotline box a short number is kept on its line with the word before it, in every
// language: at 320 px "In immediate danger, call" / "911" left the number alone on a line. A
// long number, which stands on its own, is not, nor one in an answer (p, text-wrap: pretty).
func TestShortNumberKeptWithTheWordBefore(t *testing.T) {
	const nb, num = `<span class="nobreak">`, `<bdi class="num" dir="ltr">`
	c := defaults(t)
	ar := arabic(t, "ar")
	for _, tt := range []struct {
		c          *content.Content
		lang       string
		want, gone []string
	}{
		{c, "en", []string{`>In immediate danger, ` + nb + `call ` + num + `911</bdi></span></a>`, // the danger line
			nb + `to ` + num + `233733</bdi></span></a>`}, // a short number to text
			[]string{nb + `Call ` + num + `1-`}}, // a long one
		{c, "es", []string{`inmediato, llame ` + nb + `al ` + num + `911</bdi></span></a>`}, nil},
		{ar, "ar", []string{`>في خطر؟ اتصل ` + nb + `بالرقم ` + num + `911</bdi></span></a>`}, []string{nb + `على ` + num}},
	} {
		raw := rendered(t, tt.c, tt.lang, nil)
		for _, w := range tt.want {
			if !strings.Contains(raw, w) {
				t.Errorf("%s: the page has no %s", tt.lang, w)
			}
		}
		for _, w := range tt.gone {
			if strings.Contains(raw, w) {
				t.Errorf("%s: the page has %s", tt.lang, w)
			}
		}
		if _, answers, _ := strings.Cut(raw, `<div class="intro">`); strings.Contains(answers, nb+"call "+num) {
			t.Errorf("%s: a number of the answers is kept with the word before it", tt.lang)
		}
	}
}

// withLinks is the default content with links of the FAQ's own in its English closing, and an
// Arabic edition with one.
func withLinks(t *testing.T) *content.Content {
	t.Helper()
	faq, err := fs.ReadFile(defaultcontent.FS, "en/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	links := " See [our resource list](https://samples.org/resources), [samples.org/help](https://samples.org/help), " +
		"[call our office](tel:+15035885351), [call us](tel:+15035885351) 503-588-5351, or [**write** to us](mailto:help@samples.org)."
	en := strings.Replace(string(faq), "call or text the hotline today.", "call or text the hotline today."+links, 1)
	arText, err := os.ReadFile("../../../testdata/languages/ar/text.yaml")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../../testdata/languages/ar/faq.md")
	if err != nil {
		t.Fatal(err)
	}
	ar := strings.Replace(string(raw), "أو أرسل {keyword} إلى {shortcode}.", "أو أرسل {keyword} إلى {shortcode}. انظر [قائمة الموارد](https://samples.org/resources).", 1)
	c, err := content.Load(contenttest.WithLanguages(t, nil, map[string]string{"en/faq.md": en, "ar/faq.md": ar, "ar/text.yaml": string(arText)}), "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Paper prints a FAQ link's number or address after its words, and so does the page when
// printed: the link carries it as the PDFs print it (data-print), which the print style sheet
// shows after it; a link whose words are its address, or whose number the words after it show,
// carries none, and a link its emphasis cuts in two carries it on its last part. In a
// right-to-left paragraph the number or address is isolated left to right, as the page sets
// its own.
func TestPrintedLinksShowWhereTheyGo(t *testing.T) {
	c := withLinks(t)
	for _, tc := range []struct {
		lang      string
		want, not []string
	}{
		{"en", []string{
			`<a href="https://samples.org/resources" data-print=" (samples.org/resources)">our resource list</a>`,
			`<a href="tel:&#43;15035885351" data-print=" (1-503-588-5351)">call our office</a>`,
			`<strong><a href="mailto:help@samples.org">write</a></strong><span class="nobreak"><a href="mailto:help@samples.org" data-print=" (help@samples.org)"> to us</a>`,
		}, []string{`data-print=" (samples.org/help)"`, `data-print=" (1-503-588-5351)">call us`}},
		{"ar", []string{`<a href="https://samples.org/resources" data-print=" (` + "\u2066samples.org/resources\u2069" + `)">قائمة الموارد</a>`}, nil},
	} {
		page := rendered(t, c, tc.lang, nil)
		for _, w := range tc.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: the page has no %s", tc.lang, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(page, n) {
				t.Errorf("%s: the page has %s", tc.lang, n)
			}
		}
	}
}

// A range of times, with its unit, is kept on one line of the page, in the hotline box and in
// an answer, as on paper: the box broke "Montag bis Samstag 14 bis" / "20 Uhr" on a phone.
// Numbers and counts that are no range keep their spaces.
func TestTimeRangesKeptWhole(t *testing.T) {
	p := &Page{}
	for s, want := range map[string]string{
		"Montag bis Samstag 14 bis 20 Uhr":            "14\u00a0bis\u00a020\u00a0Uhr",
		"Mo–Sa 14–20 Uhr":                             "20\u00a0Uhr",
		"Monday to Friday, 9 a.m. to 5 p.m.":          "9\u00a0a.m.\u00a0to\u00a05\u00a0p.m.",
		"du lundi au vendredi de 9h à 17h":            "9h\u00a0à\u00a017h",
		"de segunda a sexta, das 8 às 18 horas":       "8\u00a0às\u00a018\u00a0horas",
		"von 10 bis 12 Uhr vormittags":                "10\u00a0bis\u00a012\u00a0Uhr vormittags",
		"Call 1-888-373-7888 or text 233733, 24/7.":   "Call ",
		"Kinder von 6 Jahren bis zu 21 Jahren":        "6 Jahren bis zu 21 Jahren",
		"Montag bis Samstag 14 bis 20 Uhr, anonym":    "Uhr, anonym",
		"Mo–Fr 9:30–17:00 Uhr und Sa 10 - 12 Uhr":     "12\u00a0Uhr",
		"Ruf uns an, von 14 bis 20 Uhr, kostenlos an": "14\u00a0bis\u00a020\u00a0Uhr, kostenlos",
	} {
		for _, got := range []string{string(p.isolated(s)), string(p.isolatedInBox(s, s))} {
			if text := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(got, ""); !strings.Contains(text, want) { // as the page reads
				t.Errorf("%q is set %q, want %q in it", s, got, want)
			}
		}
	}
}

// A run of letters in another script than the page's language is written in says its
// language, so that a screen reader does not read it with the page's sounds: as the edition
// prints it where it says (the organisation's name, in its settings' language, in a sentence
// too), else the script's own language (Greek, Korean), else the undetermined language in that
// script (und-Latn: Latin letters do not say English from French). A text all in that script
// says so on its element, once; the page's own scripts (a Serbian page's Latin letters, a
// Korean page's Hangul and Han) and the keyword, typed as written, are not marked.
func TestRunsInAnotherScriptMarked(t *testing.T) {
	// the built-in edition as the only one, in the language of code, its title and first answer
	// as given ("" keeps the title)
	edition := func(code, title, answer string) func(t *testing.T) *content.Content {
		return func(t *testing.T) *content.Content {
			c := defaults(t)
			l := &c.Languages[0]
			l.Code, l.FAQ.Questions[0].Answer[0].Text = code, answer
			if title != "" {
				l.FAQ.Title.Text = title
			}
			c.Languages = c.Languages[:1]
			return c
		}
	}
	arabicAlone := func(t *testing.T) *content.Content {
		c := arabic(t, "ar")
		l := &c.Languages[0]
		c.Settings.Organisation.Name.Text = "Safe Haven Network"
		l.FAQ.Intro = []content.Para{{Located: diag.Located{Text: "تواصل مع Safe Haven Network اليوم."}},
			{Located: diag.Located{Text: "Call any time."}, Mark: "•", Level: 1}, {Located: diag.Located{Text: "اتصل في أي وقت."}, Mark: "•", Level: 1}}
		return c
	}
	for _, tc := range []struct {
		name      string
		c         func(t *testing.T) *content.Content
		lang      string
		want, not []string
	}{
		{"Latin letters in a content of Arabic alone", arabicAlone, "ar",
			[]string{`<p class="org"><span dir="ltr" lang="und-Latn">Safe Haven Network</span></p>`,
				`تواصل مع <span lang="und-Latn">Safe Haven Network</span> اليوم.`,
				"<li><span lang=\"und-Latn\">Call any time.</span></li>\n<li>اتصل في أي وقت.</li>",
				`<a href="#q3" lang="und-Latn">Can minors`, `<h2 id="q3" dir="ltr" lang="und-Latn">Can minors`,
				`<h2 id="q2"><span lang="und-Latn">WhatsApp</span>: `, `أرسل <bdi dir="ltr">HELP</bdi>`},
			[]string{`lang="en">Safe`, `<span lang="und-Latn">Safe Haven Network</span></span>`}},
		{"the organisation's name in its settings' language", func(t *testing.T) *content.Content {
			c := arabicAlone(t)
			c.Languages[0].Other = map[string]string{"Safe Haven Network": "en"}
			return c
		}, "ar",
			[]string{`<p class="org"><span dir="ltr" lang="en">Safe Haven Network</span></p>`, `تواصل مع <span lang="en">Safe Haven Network</span> اليوم.`},
			[]string{`<span lang="en">Safe Haven Network</span></span>`}},
		{"Greek, Arabic and Korean words in an English page", edition("en", "", "Ask for Βοήθεια, مساعدة or 도움 at the desk."), "en",
			[]string{`Ask for <span lang="el">Βοήθεια</span>, <span lang="und-Arab">مساعدة</span> or <span lang="ko">도움</span> at the desk.`}, nil},
		{"a Korean page's own scripts", edition("ko", "자주 묻는 질문", "TTY 사용자는 韓國 안내 데스크에 문의하세요."), "ko",
			[]string{`<span lang="und-Latn">TTY</span> 사용자는 韓國 안내 데스크에 문의하세요.`}, []string{`<span lang="ko">`, `lang="zh"`}},
		{"a Serbian page in Cyrillic and Latin letters", edition("sr", "Често постављана питања", "Позовите нас, ili pišite."), "sr",
			[]string{`Позовите нас, ili pišite.`}, []string{`lang="und-Latn">ili`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := rendered(t, tc.c(t), tc.lang, nil)
			for _, s := range tc.want {
				if !strings.Contains(page, s) {
					t.Errorf("the page has no %s", s)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(page, s) {
					t.Errorf("the page has %s", s)
				}
			}
		})
	}
}

// A number and the digits a spaced dash sets after it, as Austria writes a direct line
// ("0316 77 44 33 - 12"), dial as one where the country dials them so, as the FAQ's links
// dial them: the page reads back the number its link calls.
func TestDialsSpacedDirectLine(t *testing.T) {
	p := &Page{Country: "AT"}
	for _, tc := range []struct{ in, want string }{
		{"0316 77 44 33 - 12", "+4331677443312"},
		{"Tel.: 0316 / 77 44 33 – 12 (Frau Huber).", "+4331677443312"},
		{"0316 / 77 44 33-12", "+4331677443312"},
	} {
		if got := p.Dials(tc.in); !slices.ContainsFunc(got, func(d Dial) bool { return d.Number == tc.want }) {
			t.Errorf("Dials(%q) = %v, want one of %s", tc.in, got, tc.want)
		}
	}
}
