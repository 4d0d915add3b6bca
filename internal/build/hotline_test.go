package build

import (
	"bytes"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	defaultcontent "haven/content"
	"haven/internal/contenttest"
)

// setup is a hotline of another shape, written into the default English content.
type setup struct {
	name     string
	settings [][2]string // settings.yaml: a line and its replacement, in order
	text     [][2]string // en/text.yaml
	faq      [][2]string // en/faq.md
	printed  []string    // printed on every output
	links    [][2]string // a printed text and its link: wherever it prints, and on the handout
	never    []string    // texts and links no output may hold
	number   string      // the number people call, largest text on cards and posters
	discreet string      // number as the discreet card prints it, when not as written (a vanity number's digits)
}

// noText rewrites the FAQ line that names the text line.
var noTextFAQ = [][2]string{{` or text “{keyword}” to {text}`, ""}, {"call or text the hotline today", "call the hotline today"}}

// noTextCards rewrites the cards' words that offer texting, refused for a line without texts.
var noTextCards = [][2]string{{"back_title: When you call or text", "back_title: When you call"}, {"subline: Call or text, 24/7.", "subline: Call, 24/7."}}

var setups = []setup{
	{name: "988: call or text one number, chat",
		settings: [][2]string{{"  call: 1-888-373-7888", "  call: \"988\""}, {`  text: "233733"`, `  text: "988"`}, {"  keyword: HELP", `  keyword: ""`},
			{`  chat: ""`, "  chat: https://988lifeline.org/chat/"}},
		text: [][2]string{{"  call: Call {call}", "  call: Call or text {call}"}, {"  text_label: Or send a text message\n", ""}, {"  text: Text {keyword} to {text}\n", ""}, {"  text: Text {keyword} to {text}\n", ""}, {"  text: Text {keyword} to {text}\n", ""},
			{"  call_label: Call the hotline, 24/7", "  call_label: Call or text, 24/7"},
			{"  note: You can", "  chat_label: Or chat online\n  chat: \"{chat}\"\n  note: You can"}},
		faq:     [][2]string{{` or text “{keyword}” to {text}`, ", call or text"}},
		printed: []string{"988"}, links: [][2]string{{"988", "(tel:988)"}, {"988lifeline.org/chat", "(https://988lifeline.org/chat/)"}},
		never: []string{"sms:", "Text HELP", "233733", "1-888-373-7888"}, number: "988"},
	{name: "one number for calls and texts, its text lines kept",
		settings: [][2]string{{"  call: 1-888-373-7888", "  call: \"988\""}, {`  text: "233733"`, `  text: "988"`}, {"  keyword: HELP", `  keyword: ""`}},
		text:     [][2]string{{"  text: Text {keyword} to {text}\n", "  text: Text {text}\n"}, {"  text: Text {keyword} to {text}\n", "  text: Text {text}\n"}, {"  text: Text {keyword} to {text}\n", "  text: Text {text}\n"}},
		faq:      [][2]string{{` or text “{keyword}” to {text}`, " or text {text}"}},
		printed:  []string{"988", "Text 988"}, links: [][2]string{{"Text 988", "(sms:988)"}, {"988", "(tel:988)"}},
		never: []string{"233733", "1-888-373-7888"}, number: "988"},
	{name: "no text service",
		settings: [][2]string{{"  call: 1-888-373-7888", "  call: 1-800-799-7233"}, {`  text: "233733"`, `  text: ""`}, {"  keyword: HELP", `  keyword: ""`}},
		faq:      noTextFAQ, text: noTextCards,
		printed: []string{"1-800-799-7233"}, links: [][2]string{{"1-800-799-7233", "(tel:+18007997233)"}},
		never: []string{"sms:", "Text ", "233733", "Or send a text message"}, number: "1-800-799-7233"},
	{name: "text, TTY and chat",
		settings: [][2]string{{"  call: 1-888-373-7888", "  call: 1-800-799-7233"}, {`  text: "233733"`, `  text: "88788"`}, {"  keyword: HELP", "  keyword: START"},
			{`  tty: ""`, "  tty: 1-800-787-3224"}, {`  chat: ""`, "  chat: https://www.thehotline.org/get-help/"}},
		text: [][2]string{{"  note: You can", "  tty_label: TTY\n  tty: \"{tty}\"\n  chat_label: Chat online\n  chat: \"{chat}\"\n  note: You can"},
			{"  scan: Scan for help and resources", "  more: \"TTY {tty} · chat at {chat}\"\n  scan: Scan for more"},
			{"  text: Text {keyword} to {text}\n  danger: In immediate danger", "  text: Text {keyword} to {text}\n  more: \"TTY {tty}\"\n  danger: In immediate danger"}},
		printed: []string{"1-800-799-7233", "Text START to 88788"},
		links: [][2]string{{"1-800-799-7233", "(tel:+18007997233)"}, {"88788", "(sms:88788?body=START)"},
			{"www.thehotline.org/get-help", "(https://www.thehotline.org/get-help/)"}, {"1-800-787-3224", "(tel:+18007873224)"}},
		never: []string{"233733", "HELP"}, number: "1-800-799-7233"},
	{name: "vanity number",
		settings: [][2]string{{"  call: 1-888-373-7888", "  call: 1-800-799-SAFE"}},
		printed:  []string{"1-800-799-SAFE"}, links: [][2]string{{"1-800-799-SAFE", "(tel:+18007997233)"}, {"741741", "(sms:741741?body=HELP)"}}, // contenttest.OwnLine's text number: the built-in one is refused beside another line's
		never: []string{"1-888-373-7888"}, number: "1-800-799-SAFE", discreet: "1-800-799-7233"},
	{name: "UK number in national format, 999",
		settings: [][2]string{{"  call: 1-888-373-7888", "  call: 0808 2000 247"}, {`  text: "233733"`, `  text: ""`}, {"  keyword: HELP", `  keyword: ""`},
			{`  emergency: "911"`, `  emergency: "999"`}, {"country: US", "country: GB"}},
		faq: noTextFAQ, text: noTextCards,
		printed: []string{"0808 2000 247", "999"}, links: [][2]string{{"0808 2000 247", "(tel:+448082000247)"}, {"999", "(tel:999)"}},
		never: []string{"sms:", "911", "1-888-373-7888"}, number: "0808 2000 247"},
	{name: "Australia's 13 11 14, dialled as written",
		settings: [][2]string{{"  call: 1-888-373-7888", `  call: "13 11 14"`}, {`  text: "233733"`, `  text: ""`}, {"  keyword: HELP", `  keyword: ""`},
			{`  emergency: "911"`, `  emergency: "000"`}, {"country: US", "country: AU"}},
		faq: noTextFAQ, text: noTextCards,
		printed: []string{"13 11 14", "000"}, links: [][2]string{{"13 11 14", "(tel:131114)"}, {"000", "(tel:000)"}},
		never: []string{"sms:", "+61", "tel:+61131114", "911"}, number: "13 11 14"},
	{name: "vanity number with its digits",
		settings: [][2]string{{"  call: 1-888-373-7888", `  call: "1-800-799-SAFE (7233)"`}},
		// written in the discreet card's words too, where its word must not print either
		text:    [][2]string{{"  subline: Call or text, 24/7. Free and private.", "  subline: Call {call}, 24/7. Free and private."}},
		printed: []string{"1-800-799-SAFE (7233)"}, links: [][2]string{{"1-800-799-SAFE (7233)", "(tel:+18007997233)"}},
		never: []string{"1-888-373-7888"}, number: "1-800-799-SAFE (7233)", discreet: "1-800-799-7233"},
	{name: "Australia's vanity number glued to its digits",
		settings: [][2]string{{"  call: 1-888-373-7888", `  call: "1800RESPECT (1800 737 732)"`}, {`  text: "233733"`, `  text: ""`}, {"  keyword: HELP", `  keyword: ""`},
			{`  emergency: "911"`, `  emergency: "000"`}, {"country: US", "country: AU"}},
		faq: noTextFAQ, text: [][2]string{noTextCards[0], {"subline: Call or text, 24/7.", "subline: Call {call}, 24/7."}},
		printed: []string{"1800RESPECT (1800 737 732)", "000"}, links: [][2]string{{"1800RESPECT (1800 737 732)", "(tel:1800737732)"}},
		never: []string{"sms:", "911"}, number: "1800RESPECT (1800 737 732)", discreet: "1800 737 732"},
	{name: "email addresses in the contact line and the hotline box",
		settings: [][2]string{{`  contact: ""`, `  contact: "Office 614-276-2274 · hello@samples.org"`}},
		text:     [][2]string{{"  note: You can", "  note: Or email help@samples.org. You can"}},
		links:    [][2]string{{"hello@samples.org", "(mailto:hello@samples.org)"}, {"help@samples.org", "(mailto:help@samples.org)"}},
		never:    []string{"(mailto:)"}, number: "1-888-373-7888"},
	{name: "text only: no number to call",
		settings: [][2]string{{"  call: 1-888-373-7888", `  call: ""`}, {`  text: "233733"`, `  text: "741741"`}, {"  keyword: HELP", "  keyword: HOME"}},
		text: [][2]string{{"  call_label: National Human Trafficking Hotline, free and confidential, 24/7\n  call: Call {call}\n", ""},
			{"  text_label: Or send a text message", "  text_label: Crisis Text Line, free and confidential, 24/7"},
			{"  tab: Call {call}\n", ""}},
		faq:     [][2]string{{"contact the National Human Trafficking Hotline at {call} or text", "text"}, {"call or text the hotline today", "text the hotline today"}},
		printed: []string{"Text HOME to 741741"}, links: [][2]string{{"741741", "(sms:741741?body=HOME)"}, {"911", "(tel:911)"}},
		never: []string{"1-888-373-7888", "233733", "Call the hotline", "Call or text", "Or send a text message", "National Human Trafficking Hotline, free", "(tel:+", "(tel:)"}, number: "Text HOME to 741741"},
	{name: "the adult's card of a line that takes only texts",
		settings: [][2]string{{"  call: 1-888-373-7888", `  call: ""`}, {`  text: "233733"`, `  text: "741741"`}, {"  keyword: HELP", "  keyword: HOME"},
			{"# cards:\n#   offset: 0,0", "cards:\n  audience: adult"}},
		text:    [][2]string{{"  call_label: National Human Trafficking Hotline, free and confidential, 24/7\n  call: Call {call}\n", ""}, {"  tab: Call {call}\n", ""}},
		faq:     [][2]string{{"contact the National Human Trafficking Hotline at {call} or text", "text"}, {"call or text the hotline today", "text the hotline today"}},
		printed: []string{"Text HOME to 741741"}, links: [][2]string{{"741741", "(sms:741741?body=HOME)"}},
		never: []string{"1-888-373-7888", "Call the hotline", "Call or text", "(tel:+"}, number: "Text HOME to 741741"},
	{name: "a keyword of the language's own, with an accent",
		text:    [][2]string{{"language: English\n", "language: English\nkeyword: ÁNIMO\n"}},
		printed: []string{"Text ÁNIMO to 233733"}, links: [][2]string{{"233733", "(sms:233733?body=%C3%81NIMO)"}},
		never: []string{"sms:233733?body=HELP", "Text HELP"}, number: "1-888-373-7888"},
}

// setupContent is the default content, English only, with a setup's edits.
func setupContent(t *testing.T, s setup) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	for _, f := range []struct {
		name  string
		edits [][2]string
	}{{"settings.yaml", s.settings}, {"en/text.yaml", s.text}, {"en/faq.md", s.faq}} {
		b, err := fs.ReadFile(defaultcontent.FS, f.name)
		if err != nil {
			t.Fatal(err)
		}
		txt := string(b)
		for _, e := range f.edits {
			old, new := e[0], e[1]
			if !strings.Contains(txt, old) {
				t.Fatalf("%s has no %q", f.name, old)
			}
			txt = strings.Replace(txt, old, new, 1)
		}
		m[f.name] = &fstest.MapFile{Data: []byte(txt)}
	}
	contenttest.OwnLine(m)
	return m
}

// Hotlines of every shape print in full, with the right links, nothing of the text line when
// there is none, the number people call as the largest text on cards and posters, and every
// output read back.
var keywordsRE = regexp.MustCompile(`<pdf:Keywords>([^<]*)`)

func TestHotlineShapes(t *testing.T) {
	for _, s := range setups {
		t.Run(s.name, func(t *testing.T) {
			res, _, err := runContent(t, setupContent(t, s), []string{"en"})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				name := filepath.Base(r.Path)
				rb := open(t, r.Path)
				s := s
				if strings.HasPrefix(name, "cards-discreet") && s.discreet != "" { // its word would say whose line it is
					printed, links := slices.Clone(s.printed), slices.Clone(s.links)
					for i := range printed {
						printed[i] = strings.ReplaceAll(printed[i], s.number, s.discreet)
					}
					for i := range links {
						links[i][0] = strings.ReplaceAll(links[i][0], s.number, s.discreet)
					}
					word := strings.Map(func(r rune) rune { return map[bool]rune{true: r, false: -1}[r >= 'A' && r <= 'Z'] }, s.number) // SAFE, RESPECT
					s.printed, s.links, s.never, s.number = printed, links, append(slices.Clone(s.never), word), s.discreet
				}
				for _, p := range s.printed {
					if !strings.Contains(rb.text, p) {
						t.Errorf("%s: %q is not printed", name, p)
					}
				}
				for _, l := range s.links {
					shown := strings.Contains(rb.text, l[0]) || strings.HasPrefix(name, "handout")
					if shown && !bytes.Contains(rb.raw, []byte(l[1])) {
						t.Errorf("%s: no link %s", name, l[1])
					}
				}
				for _, n := range s.never {
					if strings.Contains(rb.text, n) || bytes.Contains(rb.raw, []byte("("+n)) {
						t.Errorf("%s: holds %q", name, n)
					}
				}
				// the keywords come from the content (the title may say DMST: it is the content's)
				if kw := keywordsRE.FindSubmatch(rb.raw); kw == nil || bytes.Contains(kw[1], []byte("DMST")) {
					t.Errorf("%s: keywords %q: none, or the built-in word DMST", name, kw)
				}
				if strings.HasPrefix(name, "card") || strings.HasPrefix(name, "poster") {
					checkLargest(t, rb, name, s.number)
				}
				checkNoOverlap(t, rb)
			}
			if strings.HasPrefix(s.name, "988:") {
				rb := open(t, filepath.Join(filepath.Dir(res[0].Path), "handout-en-letter.pdf"))
				if n := strings.Count(rb.text, "988") - strings.Count(rb.text, "988lifeline"); n != 3 { // the hotline box, the FAQ and the closing panel
					t.Errorf("988 printed %d times on the handout, want 3: %s", n, rb.text)
				}
				if !strings.Contains(rb.text, "Call or text 988") {
					t.Error("the handout does not say Call or text 988")
				}
			}
		})
	}
}

// checkLargest fails unless number is printed at the largest size on page 1.
func checkLargest(t *testing.T, rb *readBack, name, number string) {
	t.Helper()
	if size, biggest := numberSize(t, rb, number); size < biggest-0.01 {
		t.Errorf("%s: the number is %.1f pt; the largest text is %.1f pt", name, size, biggest)
	}
}

// display_url is what prints under every QR code; the codes and the printed address's link
// open resource_url, whose tracking query never prints.
func TestDisplayURL(t *testing.T) {
	const long = "https://humantraffickinghotline.org/get-help/?src=print-kit&lang=en"
	s := setup{settings: [][2]string{{"resource_url: https://humantraffickinghotline.org", "resource_url: " + long}, {`display_url: ""`, "display_url: humantraffickinghotline.org/get-help"}}}
	res, _, err := runContent(t, setupContent(t, s), []string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		rb := open(t, r.Path)
		name := filepath.Base(r.Path)
		discreet := strings.HasPrefix(name, "cards-discreet") // prints no address of the hotline's
		if strings.Contains(strings.ReplaceAll(rb.text, "/ ", "/"), "humantraffickinghotline.org/get-help") == discreet || strings.Contains(rb.text, "src=print") {
			t.Errorf("%s: prints %q", name, rb.text)
		}
		for _, c := range r.Codes {
			if got := decodeAt(t, rb, c); !strings.HasPrefix(got, long) {
				t.Errorf("%s: QR opens %q", name, got)
			}
		}
	}
}

// A line that takes only texts gets a resource page whose hotline box has its text line and
// 911, linked, and no call line: no tel: link but 911's, no number of the built-in line.
func TestTextOnlyPage(t *testing.T) {
	var s setup
	for _, x := range setups {
		if strings.HasPrefix(x.name, "text only") {
			s = x
		}
	}
	_, out, err := runWith(t, setupContent(t, s), Options{Kinds: []string{"site"}})
	if err != nil {
		t.Fatal(err)
	}
	page := mustReadFile(t, filepath.Join(out, "site", "en", "index.html"))
	start := strings.Index(page, `<section class="help"`)
	box := page[start : start+strings.Index(page[start:], "</section>")]
	for _, want := range []string{`href="sms:741741?body=HOME" aria-label="Text HOME to 741741">Text <bdi dir="ltr">HOME</bdi> <span class="nobreak">to <bdi class="num" dir="ltr">741741</bdi></span></a>`, `href="tel:911"`, "Crisis Text Line, free and confidential,"} {
		if !strings.Contains(box, want) {
			t.Errorf("the hotline box lacks %s: %s", want, box)
		}
	}
	if n := strings.Count(page, `href="tel:`); n != strings.Count(page, `href="tel:911"`) {
		t.Errorf("the page links %d numbers to call, only 911 is one", n)
	}
	for _, never := range []string{"1-888-373-7888", "233733", "<li>\n</li>", `class="help__link"></a>`} {
		if strings.Contains(page, never) {
			t.Errorf("the page holds %q", never)
		}
	}
}

// A campaign replaces the tracking fields resource_url already has, so each is in a QR link
// once, while its other fields keep their place and a #fragment stays last; the address
// printed under every code is the page's without tracking fields, so the printed address, the
// code and the page agree; and every link on that address opens what the codes do, not
// resource_url with the earlier campaign's fields (utm_campaign=a).
func TestCampaignOverResourceURLTracking(t *testing.T) {
	uri := regexp.MustCompile(`/URI \((https://samples\.org[^)]*)\)`)
	for _, tt := range []struct{ url, want, printed string }{
		{"https://samples.org/help?utm_source=web&utm_campaign=fall-2026", "https://samples.org/help?utm_source=KIND&utm_medium=print&utm_campaign=spring-27", "samples.org/help"},
		{"https://samples.org/help?lang=en&utm_source=web#es", "https://samples.org/help?lang=en&utm_source=KIND&utm_medium=print&utm_campaign=spring-27#es", "samples.org/help?lang=en#es"},
		{"https://samples.org/help?utm_campaign=a#top", "https://samples.org/help?utm_source=KIND&utm_medium=print&utm_campaign=spring-27#top", "samples.org/help#top"},
	} {
		t.Run(tt.url, func(t *testing.T) {
			s := setup{settings: [][2]string{{"resource_url: https://humantraffickinghotline.org", "resource_url: " + tt.url}, {`campaign: ""`, "campaign: spring-27"}}}
			res, _, err := runContent(t, setupContent(t, s), []string{"en"})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				name := filepath.Base(r.Path)
				if strings.HasPrefix(name, "cards-discreet") { // no code: no discreet_url
					continue
				}
				rb := open(t, r.Path)
				kind := strings.Split(name, "-")[0]
				if kind == "card" { // the print-shop card
					kind = "cards"
				}
				want := strings.Replace(tt.want, "KIND", kind, 1)
				for _, c := range r.Codes {
					if got := decodeAt(t, rb, c); got != want {
						t.Errorf("%s: QR opens %q, want %q", name, got, want)
					}
				}
				links := uri.FindAllSubmatch(rb.raw, -1)
				for _, m := range links {
					if got := string(m[1]); got != want {
						t.Errorf("%s: a link opens %q, its QR codes %q", name, got, want)
					}
				}
				if len(links) < 2 { // a code's and its address's, at least
					t.Errorf("%s: %d links to samples.org: the address printed is no link", name, len(links))
				}
				if text := strings.ReplaceAll(rb.text, "/ ", "/"); !strings.Contains(text, tt.printed) || strings.Contains(text, "utm_") {
					t.Errorf("%s: prints %q, want %s and no tracking field", name, text, tt.printed)
				}
			}
		})
	}
}
