package verify

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/contenttest"
	"haven/internal/diag"
	site "haven/internal/render/html"
)

func siteContent(t *testing.T) *content.Content {
	t.Helper()
	c, err := content.Load(defaultcontent.FS, "content", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func siteDownloads(c *content.Content) map[string][]site.Download {
	out := map[string][]site.Download{}
	for _, l := range c.Languages {
		out[l.Code] = []site.Download{
			{File: "handout-" + l.Code + "-letter.pdf", Label: "FAQ handout", Size: 61234},
			{File: "cards-" + l.Code + "-letter.pdf", Label: "Wallet cards", Size: 48000},
		}
	}
	return out
}

// Every page of the default site, and of a site whose content holds markup and quotes, reads
// back as its model: the markup prints as text and adds nothing to the page.
func TestHTMLReadsBackEveryPage(t *testing.T) {
	hostile := func(c *content.Content) {
		c.Settings.Organisation.Name.Text = `The "Safe" Place's <b>Home</b>`
		c.Settings.Organisation.Contact.Text = `</p><script>alert("x")</script>`
		q := &c.Languages[0].FAQ.Questions[0]
		q.Question.Text = `Is <i>this</i> a "question"?`
		q.Answer[0].Text = `<script>alert(x)</script> and <a href="https://samples.com/track">a link</a> & call 1-888-373-7888.`
		c.Languages[0].FAQ.Intro[0].Text = `<img src=x onerror=alert(1)> url(https://samples.com/x.png)`
	}
	ownLinks := func(c *content.Content) { // an email, and a number linked as the content writes it
		p := &c.Languages[0].FAQ.Questions[0].Answer[0]
		p.Text = "Write to help@mission.org or call 1 888 373 7888."
		p.Links = []content.Link{{Text: "help@mission.org", URL: "mailto:help@mission.org"}, {Text: "1 888 373 7888", URL: "tel:+18883737888"}}
	}
	for _, tc := range []struct {
		name   string
		change func(*content.Content)
		opt    site.Options
	}{
		{"default", nil, site.Options{}},
		{"own links", ownLinks, site.Options{}},
		{"discreet", nil, site.Options{Discreet: true, DisplayURL: "samples.org/help"}},
		{"hostile", hostile, site.Options{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := siteContent(t)
			if tc.change != nil {
				tc.change(c)
			}
			pages, files, err := site.Site(c, siteDownloads(c), tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(files) != len(c.Languages)+1 {
				t.Fatalf("%d files for %d languages", len(files), len(c.Languages))
			}
			for i, f := range files {
				if err := HTML(f.Data, pages[i]); err != nil {
					t.Error(err)
				}
				if tc.name == "own links" && i == 0 && !strings.Contains(string(f.Data), `<a href="mailto:help@mission.org">`) {
					t.Errorf("%s: the email address is not linked", f.Path)
				}
				if tc.name == "hostile" && i == 0 {
					for _, s := range []string{`&lt;script&gt;alert(x)&lt;/script&gt;`, `The &#34;Safe&#34; Place&#39;s &lt;b&gt;Home&lt;/b&gt;`} {
						if !strings.Contains(string(f.Data), s) {
							t.Errorf("%s: the hostile text does not print as text %s", f.Path, s)
						}
					}
				}
			}
		})
	}
}

// HTML must catch a page that differs from its model in what a reader sees, that reaches out
// anywhere, or whose quick exit is not first.
func TestHTMLCatchesWhatIsWrong(t *testing.T) {
	c := siteContent(t)
	pages, files, err := site.Site(c, siteDownloads(c), site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	page, raw := pages[0], string(files[0].Data)
	replace := func(old, new string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("the page has no %q to change", old)
			}
			return strings.Replace(s, old, new, 1)
		}
	}
	reText := func(re, new string) func(string) string {
		return func(s string) string {
			r := regexp.MustCompile(re)
			if !r.MatchString(s) {
				t.Fatalf("the page has no %s to change", re)
			}
			return r.ReplaceAllString(s, new)
		}
	}
	for _, tc := range []struct {
		name, want string
		change     func(string) string
	}{
		{"an answer's word", "answer to", replace("rarely begins with physical force", "rarely begins with force")},
		{"a digit of a number in an answer", "answer to", replace(`>1-888-373-7888</bdi></a> or text`, `>1-888-373-7889</bdi></a> or text`)},
		{"a number's link", "links to", replace(`<a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">1-888-373-7888</bdi></a> or`, `<a href="tel:&#43;18883737889"><bdi class="num" dir="ltr">1-888-373-7888</bdi></a> or`)},
		{"a number unlinked", "is not a link", replace(`<a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">1-888-373-7888</bdi></a> or`, `<bdi class="num" dir="ltr">1-888-373-7888</bdi> or`)},
		{"the hotline line's link", "not a link to", replace(`<a class="help__link" href="tel:&#43;18883737888"`, `<a class="help__link" href="tel:&#43;18883737878"`)},
		{"the hotline line's name", "to a screen reader", replace(`<a class="help__link" href="tel:&#43;18883737888"`, `<a class="help__link" href="tel:&#43;18883737888" aria-label="Call 1-888-373-7878"`)},
		{"a question dropped", "question", reText(`<h2 id="q3">[^<]*</h2>`, "")},
		{"a question as a paragraph", "not a heading", reText(`<h2 id="q2">([^<]*)</h2>`, "<p>$1</p>")},
		{"a second h1", "second <h1>", replace(`<h2 id="q2">`, `<h1>Extra</h1><h2 id="q2">`)},
		{"a skipped heading level", "skips", replace(`<h2 id="q2">`, `<h4>Aside</h4><h2 id="q2">`)},
		{"an image from elsewhere", "loads something", replace(`</main>`, `<img src="https://samples.com/p.gif" alt=""></main>`)},
		{"a script from elsewhere", "loads something", replace(`</body>`, `<script src="https://samples.com/a.js"></script></body>`)},
		{"a style sheet from elsewhere", "may load", replace(`</head>`, `<link rel="stylesheet" href="https://samples.com/a.css"></head>`)},
		{"a CSS url()", "reaches out", replace(`.skip {`, `.skip { background: url(https://samples.com/b.png);`)},
		{"a CSS @import", "reaches out", replace(`.skip {`, `@import "https://samples.com/c.css"; .skip {`)},
		{"a script that fetches", "reach out", replace(`(function () {`, `(function () { fetch("/x");`)},
		{"a link elsewhere", "not an address the page asked for", replace(`</main>`, `<a href="https://samples.com/">more</a></main>`)},
		{"an empty link", "not an address the page asked for", replace(`</main>`, `<a href="">more</a></main>`)},
		{"a download elsewhere", "not a link to", replace(`href="../handout-en-letter.pdf"`, `href="../handout-es-letter.pdf"`)},
		{"a fragment to nowhere", "leads nowhere", replace(`href="#q1"`, `href="#q99"`)},
		{"an inline handler", "inline handler", replace(`<main id="main"`, `<main onclick="x()" id="main"`)},
		{"no CSP", "default-src", reText(`<meta http-equiv="Content-Security-Policy"[^>]*>`, "")},
		{"a CSP that allows inline script", "more than", replace(`script-src `, `script-src &#39;unsafe-inline&#39; `)},
		{"no referrer policy", "referrer", replace(`<meta name="referrer" content="no-referrer">`, ``)},
		{"a wrong lang", "lang", replace(`<html lang="en"`, `<html lang="es"`)},
		{"a missing hreflang", "hreflang", replace(`<link rel="alternate" hreflang="es"`, `<link rel="alternate" hreflang="fr"`)},
		{"the exit after the skip link", "first thing in the tab order", func(s string) string {
			exit := regexp.MustCompile(`<section class="exit".*?</div></section>\n`).FindString(s)
			return replace(`</header>`, "</header>\n"+exit)(strings.Replace(s, exit, "", 1))
		}},
		{"a positive tabindex", "tabindex", replace(`<a class="skip"`, `<a tabindex="2" class="skip"`)},
		{"an exit elsewhere", "quick exit", replace(`class="exit__button" href="https://weather.com/"`, `class="exit__button" href="https://weather.com/x"`)},
		{"an iframe", "<iframe>", replace(`</main>`, `<iframe title="x"></iframe></main>`)},
		{"a number not set apart", "set apart left to right", replace(`<a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">1-888-373-7888</bdi></a> or`, `<a href="tel:&#43;18883737888">1-888-373-7888</a> or`)},
		{"a number set apart with a Hebrew letter", "set apart left to right", replace(`<bdi class="num" dir="ltr">1-888-373-7888</bdi></a> or`, `<bdi class="num" dir="ltr">1-888-373-7888 ש</bdi></a> or`)},
		{"a wrong dir", "dir", replace(`<html lang="en" dir="ltr">`, `<html lang="en" dir="rtl">`)},
		{"an announcement as a script string", "data-press1", replace(`data-press1="Shift, press 1 more time to exit."`, `data-press1="&#34;Shift, press 1 more time to exit.&#34;"`)},
		{"a line dialling another number", "dials", replace(`<a class="help__link" href="tel:911"`, `<a class="help__link" href="tel:&#43;18883737888"`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := HTML([]byte(tc.change(raw)), page)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("want an error with %q, got %v", tc.want, err)
			}
		})
	}
}

// The lines the hotline model will fill in (TTY, chat) and the page's own address read back
// too, each line a link to its address.
func TestHTMLWithTTYAndChat(t *testing.T) {
	c := siteContent(t)
	p, err := site.NewPage(c, "en", nil, site.Options{DisplayURL: "samples.org/help"})
	if err != nil {
		t.Fatal(err)
	}
	p.Help.TTY = &site.Line{Label: "Deaf or hard of hearing", Text: "TTY 1-800-787-3224", URL: "tel:+18007873224"}
	p.Help.Chat = &site.Line{Label: "Or chat online", Text: "Chat with an advocate", URL: "https://samples.org/chat"}
	p.Links = append(p.Links, site.Autolink{Match: "1-800-787-3224", URL: "tel:+18007873224"})
	raw, err := site.Render(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := HTML(raw, p); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`href="tel:&#43;18007873224"`, `href="https://samples.org/chat"`, `This page:</span> <bdi class="addr" dir="ltr"><span class="addr__site">samples.org/</span>help</bdi>`} {
		if !strings.Contains(string(raw), s) {
			t.Errorf("the page has no %s", s)
		}
	}
	broken := strings.Replace(string(raw), `href="https://samples.org/chat"`, `href="https://samples.org/chat2"`, 1)
	if err := HTML([]byte(broken), p); err == nil || !strings.Contains(err.Error(), "Chat with an advocate") {
		t.Errorf("a chat line linked elsewhere passed: %v", err)
	}
}

// An address set to break as on paper (its site a block of its own, <wbr> after its path's
// slashes, its hyphens kept with the character after them, a part of its path with one set
// apart and broken before it only where it is wider than the line) reads back as the words it shows, inside a link or not: in the hotline
// box, an answer and the footer.
func TestHTMLAddressesReadBack(t *testing.T) {
	const address = "www.harbour-light.org.uk/chat/start-a-conversation"
	for _, tc := range []struct {
		name string
		set  func(c *content.Content, o *site.Options)
	}{
		{"the chat line", func(c *content.Content, o *site.Options) {
			c.Settings.Hotline.Chat.Text = "https://" + address
			c.Languages[0].Text.Help.Chat.Text = "Chat online at " + address
		}},
		{"an answer", func(c *content.Content, o *site.Options) {
			c.Languages[0].FAQ.Questions[0].Answer[0] = content.Para{Located: diag.Located{Text: "Read more at https://" + address + " today."}}
		}},
		{"the footer", func(c *content.Content, o *site.Options) { o.DisplayURL = address }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := siteContent(t)
			var o site.Options
			tc.set(c, &o)
			p, err := site.NewPage(c, "en", nil, o)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := site.Render(p)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(raw), `.uk/</span>chat/<wbr><span class="addr__site">start<wbr><span class="nobreak">-a</span>`) {
				t.Fatalf("the address is not set to break as on paper")
			}
			if err := HTML(raw, p); err != nil {
				t.Error(err)
			}
		})
	}
}

// A right-to-left page reads back with its direction and its numbers set apart; a hotline line
// whose words show another number than its setting ("TTY users: dial 711") dials what it
// shows, and the read-back catches a line that dials anything else.
func TestHTMLRightToLeftAndTTY(t *testing.T) {
	c := siteContent(t)
	l := &c.Languages[0]
	l.Code = "ar"
	l.FAQ.Title.Text = "حقائق وأسئلة عن الاتجار الجنسي بالقاصرين"
	l.Text.Help.Call.Text = "اتصل على 1-888-373-7888"
	c.Settings.Hotline.TTY.Text = "1-800-787-3224"
	l.Text.Help.TTYLabel.Text, l.Text.Help.TTY.Text = "Deaf and hard of hearing", "TTY users: dial 711"
	l.Text.Help.Note.Text = "أو اتصل على 1ـ888ـ373ـ7888 الآن" // groups joined by a tatweel, drawn as written in its <bdi class="num">
	c.Languages = c.Languages[:1]
	p, err := site.NewPage(c, "ar", nil, site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := site.Render(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := HTML(raw, p); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, old, new, want string }{
		{"dir left to right", `<html lang="ar" dir="rtl">`, `<html lang="ar" dir="ltr">`, "dir"},
		{"the call number not set apart", `اتصل على <bdi class="num" dir="ltr">1-<wbr>888-<wbr>373-<wbr>7888</bdi>`, `اتصل على 1-888-373-7888`, "set apart"},
		{"711 dialling the TTY number", `<a class="help__link" href="tel:711"`, `<a class="help__link" href="tel:&#43;18007873224"`, `"TTY users: dial 711" dials tel:+18007873224`},
		{"a tatweel's number isolated but not drawn as written", `<bdi class="num" dir="ltr">1ـ`, `<bdi dir="ltr">1ـ`, "set apart"},
	} {
		if !strings.Contains(string(raw), tc.old) {
			t.Fatalf("%s: the page has no %s", tc.name, tc.old)
		}
		err := HTML([]byte(strings.Replace(string(raw), tc.old, tc.new, 1)), p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: want an error with %q, got %v", tc.name, tc.want, err)
		}
	}
}

// Real content that once made a page its read-back refused: the page links every number outside
// a link by the rule the read-back holds it to (site.Page.Linkable), so each reads back, and
// breaking each is caught.
func TestHTMLReadsBackWhatContentHolds(t *testing.T) {
	answer := func(text string, links ...content.Link) func(*content.Content) {
		return func(c *content.Content) {
			a := &c.Languages[0].FAQ.Questions[1].Answer[0]
			a.Text, a.Links = text, links
		}
	}
	hebrew := func(c *content.Content) {
		l := &c.Languages[0]
		l.Code, l.FAQ.Title.Text = "he", "שאלות ותשובות"
		l.FAQ.Questions[1].Answer[0].Text = "כל אחד יכול להתקשר למספר 1-888-373-7888 או לשלוח הודעה ל-233733."
		c.Languages = c.Languages[:1]
	}
	withExt := func(c *content.Content) {
		c.Settings.Hotline.Call.Text = "1-888-373-7888 ext. 2"
		c.Languages[0].Text.Help.Call.Text = "Call 1-888-373-7888 ext. 2" // as {call} fills it in
		answer("For the line itself, call 1 (888) 373-7888.")(c)
	}
	for _, tc := range []struct {
		name   string
		change func(*content.Content)
		dl     []site.Download
		want   []string // in the page
		// old made new in the page must fail the read-back with an error holding err
		old, new, err string
	}{
		// a heading names a number and links none: a link would make it a link to a screen reader
		{"a number in a question", func(c *content.Content) { c.Languages[0].FAQ.Questions[6].Question.Text = "When should I call 911?" }, nil,
			[]string{`<h2 id="q7">When should I call <bdi class="num" dir="ltr">911</bdi>?</h2>`,
				`<li><a href="#q7">When should I call <bdi class="num" dir="ltr">911</bdi>?</a></li>`},
			`<h2 id="q7">When should I call <bdi class="num" dir="ltr">911</bdi>?</h2>`,
			`<h2 id="q7">When should I call <a href="tel:911"><bdi class="num" dir="ltr">911</bdi></a>?</h2>`, "holds a link to tel:911"},
		{"the text number alone in a question", func(c *content.Content) { c.Languages[0].FAQ.Questions[6].Question.Text = "What is 233733?" }, nil,
			[]string{`<h2 id="q7">What is <bdi class="num" dir="ltr">233733</bdi>?</h2>`},
			`<h2 id="q7">What is <bdi class="num" dir="ltr">233733</bdi>?</h2>`, `<h2 id="q7">What is <a href="sms:233733?body=HELP"><bdi class="num" dir="ltr">233733</bdi></a>?</h2>`, "holds a link to sms:233733?body=HELP"},
		{"a number in the page's title", func(c *content.Content) { c.Languages[0].FAQ.Title.Text = "In danger? Call 911" }, nil,
			[]string{`<h1>In danger? Call <bdi class="num" dir="ltr">911</bdi></h1>`},
			`<h1>In danger? Call <bdi class="num" dir="ltr">911</bdi></h1>`, `<h1><a href="tel:911">In danger? Call <bdi class="num" dir="ltr">911</bdi></a></h1>`, "holds a link to tel:911"},
		{"a question's number in the contents leads elsewhere", func(c *content.Content) {
			c.Languages[0].FAQ.Questions[6].Question.Text = "Can I call 1-888-373-7888 at night?"
		}, nil,
			nil, `<li><a href="#q7">Can I call`, `<li><a href="#q1">Can I call`, "links to #q1"},
		{"a Hebrew prefix joined to the number", hebrew, nil,
			[]string{`ל-<span class="nobreak"><a href="sms:233733?body=HELP"><bdi class="num" dir="ltr">233733</bdi></a>.</span>`},
			`ל-<span class="nobreak"><a href="sms:233733?body=HELP"><bdi class="num" dir="ltr">233733</bdi></a>.</span>`, `ל-<bdi class="num" dir="ltr">233733</bdi>.`, "233733"},
		{"an opt-out word before the text number", answer("Text STOP to 233733 to stop messages."), nil,
			[]string{`Text STOP to <a href="sms:233733?body=STOP"><bdi class="num" dir="ltr">233733</bdi></a> to stop`},
			`<a href="sms:233733?body=STOP">`, `<a href="sms:233733?body=HELP">`, "links to sms:233733?body=HELP"},
		{"a number in the page's own words", func(c *content.Content) {
			c.Languages[0].Text.Site.Safety.Text = "To leave fast, press Shift 3 times. In danger, call 911."
			c.Languages[0].Text.Site.DownloadsTip.Text = "Print these, or call 1-888-373-7888."
		}, []site.Download{{File: "handout-en-letter.pdf", Label: "FAQ handout", Size: 61234}},
			[]string{`In danger, call <span class="nobreak"><a href="tel:911"><bdi class="num" dir="ltr">911</bdi></a>.</span>`, `or call <span class="nobreak"><a href="tel:&#43;18883737888">`},
			`or call <span class="nobreak"><a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">1-888-373-7888</bdi></a>`, `or call <span class="nobreak"><bdi class="num" dir="ltr">1-888-373-7888</bdi>`, "is not a link"},
		{"a link's number written with spaces", answer("See 1 888 373 7888 now.", content.Link{Text: "1 888 373 7888", URL: "tel:18883737888"}), nil,
			[]string{`<a href="tel:18883737888"><bdi class="num" dir="ltr">1 888 373 7888</bdi></a>`},
			`<a href="tel:18883737888">`, `<a href="tel:18883737887">`, "dials tel:18883737887"},
		{"the hotline's number in another form", answer("Call 1 (888) 373-7888 again, or text 233 733."), nil,
			[]string{`Call <a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">1 (888) 373-7888</bdi></a> again`,
				`text <span class="nobreak"><a href="sms:233733?body=HELP"><bdi class="num" dir="ltr">233 733</bdi></a>.</span>`},
			`Call <a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">1 (888) 373-7888</bdi></a>`, `Call <bdi class="num" dir="ltr">1 (888) 373-7888</bdi>`, "is not a link"},
		{"a link with brackets in its address", answer("See Wikipedia now.", content.Link{Text: "Wikipedia", URL: "https://en.wikipedia.org/wiki/Trafficking_(law)"}), nil,
			[]string{`<a href="https://en.wikipedia.org/wiki/Trafficking_%28law%29">Wikipedia</a>`},
			`Trafficking_%28law%29`, `Trafficking_%28law%29x`, "not an address the page asked for"},
		{"a number half in bold and one joined to a word", answer("Call 1-888-" + content.BoldOn + "373" + content.BoldOff + "-7888 for a 911-call."), nil,
			[]string{`<a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">1-888</bdi>-</a><strong><a href="tel:&#43;18883737888">`, `for a <span class="nobreak"><bdi class="num" dir="ltr">911</bdi>-call</span>.`},
			`<strong><a href="tel:&#43;18883737888">`, `<strong><a href="tel:&#43;18883737889">`, "links to tel:+18883737889"},
		// the hotline box's number has its extension: a link dialling the number alone, which the
		// FAQ's mention of it without one dials, or another extension, is caught
		{"an extension dropped from the number to call", withExt, nil,
			[]string{`href="tel:&#43;18883737888,2" aria-label="Call 1-888-373-7888 ext. 2">Call <bdi class="num" dir="ltr">1-<wbr>888-<wbr>373-<wbr>7888 ext. 2</bdi></a>`,
				`<a href="tel:&#43;18883737888"><bdi class="num" dir="ltr">1 (888) 373-7888</bdi></a>`},
			`href="tel:&#43;18883737888,2"`, `href="tel:&#43;18883737888"`, `dials tel:+18883737888, not a number it shows`},
		{"another extension on the number to call", withExt, nil, nil,
			`href="tel:&#43;18883737888,2"`, `href="tel:&#43;18883737888,3"`, `dials tel:+18883737888,3, not a number it shows`},
		{"English labels on a right-to-left page", hebrew, []site.Download{
			{File: "handout-he-letter.pdf", Label: "FAQ handout, US Letter (8.5 x 11 in)", Size: 61234, Lang: "en"},
			{File: "poster-he-a2.pdf", Label: "Poster on A2 (420 x 594 mm)", Size: 48000, Lang: "en"}},
			// a paper's size kept whole, its spaces no-break ones, and its kind and size
			[]string{"lang=\"en\" dir=\"ltr\">FAQ handout, US Letter (8.5\u00a0x\u00a011\u00a0in)</a>", "lang=\"en\" dir=\"ltr\">Poster on A2 (420\u00a0x\u00a0594\u00a0mm)</a>", `<bdi class="nobreak" lang="en" dir="ltr">(PDF, 62 KB)</bdi></li>`},
			">Poster on A2 (420\u00a0x\u00a0594\u00a0mm)</a>", ">Poster on A2 (420\u00a0x\u00a0594\u00a0mm) ש</a>", "not set apart"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := siteContent(t)
			tc.change(c)
			lang := c.Languages[0].Code
			pages, files, err := site.Site(c, map[string][]site.Download{lang: tc.dl}, site.Options{})
			if err != nil {
				t.Fatal(err)
			}
			page, raw := pages[0], string(files[0].Data)
			if err := HTML(files[0].Data, page); err != nil {
				t.Fatal(err)
			}
			for _, s := range append(tc.want, tc.old) {
				if !strings.Contains(raw, s) {
					t.Errorf("the page has no %s", s)
				}
			}
			err = HTML([]byte(strings.Replace(raw, tc.old, tc.new, 1)), page)
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("want an error with %q, got %v", tc.err, err)
			}
		})
	}
}

// A download's size in kilobytes may be a number the page links: "(PDF, 112 KB)" where 112 is
// the emergency number, 18 in France. It is haven's own and reads back, in the page's words
// for it too, right to left as well; the same number in the content is still held to its link,
// and so is the size's number where the page does not write sizes, or one that pdf's words
// print beside the size.
func TestHTMLSizeLikeALinkedNumber(t *testing.T) {
	for _, tc := range []struct {
		name, country, emergency, pdf string
		rtl                           bool
	}{
		{"France 18", "FR", "18", "", false},
		{"France 15", "FR", "15", "", false},
		{"France 17", "FR", "17", "", false},
		{"EU 112", "DE", "112", "", false},
		{"UK 111", "GB", "111", "", false},
		{"US 911", "US", "911", "", false},
		{"a short code", "FR", "3114", "", false},
		{"pdf's own words", "FR", "18", "PDF de {kb} Ko ({kb} Ko)", false},
		{"right to left", "DE", "112", "(PDF، {kb} كيلوبايت)", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := siteContent(t)
			c.Settings.Country, c.Settings.Hotline.Emergency.Text = tc.country, tc.emergency
			l := &c.Languages[0]
			if tc.rtl {
				l.Code, l.FAQ.Title.Text = "ar", "حقائق وأسئلة عن الاتجار"
			}
			l.Text.Site.PDF.Text = tc.pdf
			l.FAQ.Intro[0].Text = "In danger, call " + tc.emergency + "."
			c.Languages = c.Languages[:1]
			kb, _ := strconv.Atoi(tc.emergency)
			dl := []site.Download{
				{File: "handout-letter.pdf", Label: "FAQ handout", Size: int64(kb) * 1000},
				{File: "cards-letter.pdf", Label: "Wallet cards", Size: int64(kb)*1000 - 999},
			}
			pages, files, err := site.Site(c, map[string][]site.Download{l.Code: dl}, site.Options{})
			if err != nil {
				t.Fatal(err)
			}
			page, raw := pages[0], string(files[0].Data)
			size := page.Words.FileSize(dl[0].Size)
			if !strings.Contains(size, tc.emergency) || !strings.Contains(raw, "In danger, call <span class=\"nobreak\"><a href=\"tel:"+tc.emergency+"\">") {
				t.Fatalf("the page does not show the size %q and link %s in the content", size, tc.emergency)
			}
			if err := HTML(files[0].Data, page); err != nil {
				t.Fatalf("a size that reads as %s is refused: %v", tc.emergency, err)
			}
			unlinked := regexp.MustCompile(`call <span class="nobreak"><a href="tel:` + tc.emergency + `">(.*?)</a>`)
			sizeAt := regexp.MustCompile(`<bdi[^>]*>` + regexp.QuoteMeta(size) + `|</a> <bdi[^>]*>[^<]*<bdi[^>]*>` + tc.emergency)
			for _, b := range []struct{ name, broken string }{
				{"the content's number unlinked", unlinked.ReplaceAllString(raw, `call <span class="nobreak">$1`)},
				{"the size in a paragraph of its own", strings.Replace(raw, "</main>", "<p><bdi dir=\"ltr\">"+size+"</bdi></p></main>", 1)},
				{"the size out of its isolate", sizeAt.ReplaceAllStringFunc(raw, func(s string) string { return strings.Replace(s, "<bdi", "<span", 1) })},
			} {
				if b.broken == raw {
					t.Fatalf("%s: the page has nothing to change", b.name)
				}
				if err := HTML([]byte(b.broken), page); err == nil || !strings.Contains(err.Error(), "the number "+tc.emergency+" in") {
					t.Errorf("%s: want the number %s caught, got %v", b.name, tc.emergency, err)
				}
			}
		})
	}
	// a number pdf's words print beside the size is no size: the page does not link it, and its
	// read-back says so (the words are the organisation's, and should not hold a number)
	c := siteContent(t)
	c.Settings.Country, c.Settings.Hotline.Emergency.Text = "FR", "18"
	c.Languages[0].Text.Site.PDF.Text = "(PDF, {kb} KB, or call 18)"
	c.Languages = c.Languages[:1]
	pages, files, err := site.Site(c, map[string][]site.Download{"en": {{File: "h.pdf", Label: "FAQ handout", Size: 18000}}}, site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := HTML(files[0].Data, pages[0]); err == nil || !strings.Contains(err.Error(), `the number 18 in "(PDF, 18 KB, or call 18)" is not a link`) {
		t.Errorf("a number in pdf's words beside the size passed: %v", err)
	}
}

// A page whose edition writes its numbers in its script's digits (a Persian one writing ۲۴/۷)
// gives its downloads' sizes in them too, as it numbers its lists, and reads back.
func TestFileSizeInTheEditionsDigits(t *testing.T) {
	fsys := contenttest.WithLanguages(t, []string{"fa"}, nil)
	text := string(fsys["fa/text.yaml"].Data)
	fsys["fa/text.yaml"] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(text, "24/7", "۲۴/۷"))}
	c, err := content.Load(fsys, "content", content.Overrides{Langs: []string{"fa"}})
	if err != nil {
		t.Fatal(err)
	}
	dl := []site.Download{{File: "handout-fa-letter.pdf", Label: "FAQ handout", Size: 63000}}
	pages, files, err := site.Site(c, map[string][]site.Download{"fa": dl}, site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if size := pages[0].Words.FileSize(63000); !strings.Contains(size, "۶۳") || strings.Contains(size, "63") {
		t.Errorf("the size reads %q, want it in Persian digits, ۶۳", size)
	}
	if err := HTML(files[0].Data, pages[0]); err != nil {
		t.Errorf("the page does not read back: %v", err)
	}
}

// A number written in digits that read right to left (N'Ko's, Adlam's) is set apart right to
// left, its most significant digit drawn rightmost as its script writes it, and reads back so;
// set apart left to right, as other numbers are, it is caught (it had failed the read-back of
// every N'Ko page that wrote its number in its own digits).
func TestHTMLRightToLeftDigits(t *testing.T) {
	for _, tc := range []struct{ name, para, number string }{
		{"N'Ko", "ߞߟߌ߬ߞߊ߬ߟߌ ߞߍ߫ ߁-߈߈߈-߃߇߃-߇߈߈߈ ߡߊ߬.", "߁-߈߈߈-߃߇߃-߇߈߈߈"},
		{"N'Ko in groups", "߈߈߈ ߃߇߃ ߇߈߈߈ ߦߋ߫ ߘߍ߮ߡߍ߲߬ߠߌ߲ ߠߋ߬ ߘߌ߫.", "߈߈߈ ߃߇߃ ߇߈߈߈"},
		{"Adlam", "𞤢𞤤𞤢 𞥑-𞥘𞥘𞥘-𞥓𞥗𞥓-𞥗𞥘𞥘𞥘.", "𞥑-𞥘𞥘𞥘-𞥓𞥗𞥓-𞥗𞥘𞥘𞥘"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := siteContent(t)
			c.Languages[0].FAQ.Questions[0].Answer[0] = content.Para{Located: diag.Located{Text: tc.para}}
			p, err := site.NewPage(c, "en", nil, site.Options{})
			if err != nil {
				t.Fatal(err)
			}
			raw, err := site.Render(p)
			if err != nil {
				t.Fatal(err)
			}
			set := `<bdi class="num" dir="rtl">` + tc.number + `</bdi>`
			if !strings.Contains(string(raw), set) {
				t.Fatalf("the page has no %s", set)
			}
			if err := HTML(raw, p); err != nil {
				t.Error(err)
			}
			ltr := strings.ReplaceAll(string(raw), set, `<bdi class="num" dir="ltr">`+tc.number+`</bdi>`)
			if err := HTML([]byte(ltr), p); err == nil || !strings.Contains(err.Error(), "is not set apart right to left") {
				t.Errorf("the number set apart left to right passed: %v", err)
			}
		})
	}
}
