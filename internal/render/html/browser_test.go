package html

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/pdfread"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// browserTools finds Chromium and axe-core, skipping on a developer machine without them.
func browserTools(t *testing.T) (chromium, axe string) {
	t.Helper()
	chromium = os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium, _ = exec.LookPath("chromium")
	}
	axe = os.Getenv("AXE_CORE")
	if _, err := os.Stat(axe); chromium == "" || axe == "" || err != nil {
		msg := "the browser test needs Chromium and axe-core: apt-get install chromium; " +
			"npm install --prefix DIR axe-core@4.14.1; then AXE_CORE=DIR/node_modules/axe-core/axe.min.js go test ./internal/render/html/ " +
			"(.ci/run does all three)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return chromium, axe
}

// The pages in Chromium, one browser for all: no request but the page itself while it loads,
// zero WCAG 2.1 A and AA violations found by axe-core (nor of its best practices: all content
// in landmarks), the inline fonts accepted, no sideways scrolling at 320 px, the quick exit leaving at a click, at Enter or Space on it and at Shift pressed three times
// with Back not returning, and the whole page there with JavaScript off. With
// HAVEN_SCREENSHOTS=DIR it saves each page at 375 and 1280 px wide for people to look at.
func TestInBrowser(t *testing.T) {
	chromium, axePath := browserTools(t)
	axe, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	c := defaults(t)
	c.Languages = append(c.Languages, arabic(t, "ar").Languages[0]) // a page right to left
	c.Settings.Hotline.TTY.Text = "1-800-787-3224"                  // and a line with two numbers, each a link
	eh := &c.Languages[0].Text.Help                                 // the first with a comma after its number
	eh.TTYLabel.Text, eh.TTY.Text = "Deaf and hard of hearing", "TTY 1-800-787-3224, or dial 711 for relay"
	ar := &c.Languages[len(c.Languages)-1].Text.Help
	ar.TTYLabel.Text, ar.TTY.Text = "للصم وضعاف السمع", "TTY 1-800-787-3224 أو 711"
	// and numbers in Arabic-Indic digits, whose hyphens and spaces an isolate alone leaves to
	// the Arabic words
	q := &c.Languages[len(c.Languages)-1].FAQ.Questions[0]
	q.Answer = append(q.Answer, content.Para{Located: diag.Located{Text: "أو اتصل بالرقم ١-٨٠٠-٧٨٧-٣٢٢٤ أو ١ ٨٠٠ ٧٨٧ ٣٢٢٤ الآن."}})
	dir := t.TempDir()

	var mu sync.Mutex
	var asked []string // every path the server is asked for
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		// as a static host serves a file, without http.FileServer's redirect of index.html
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(r.URL.Path, "/"))))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
	})
	mux.HandleFunc("/neutral", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(300 * time.Millisecond) // long enough to see the page hidden before it goes
		fmt.Fprint(w, "<!DOCTYPE html><title>Weather</title><p>Sunny")
	})
	mux.HandleFunc("/before", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!DOCTYPE html><title>Before</title><p>Before")
	})
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, r.URL.Path)
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	defer srv.Close()
	neutral := srv.URL + "/neutral"

	downloads := map[string][]Download{}
	for _, l := range c.Languages {
		name := "handout-" + l.Code + "-letter.pdf"
		if err := os.WriteFile(filepath.Join(dir, name), []byte("%PDF-1.7\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		downloads[l.Code] = []Download{{File: name, Label: "FAQ handout, US Letter", Size: 9, Lang: "en"},
			{File: name, Label: "Discreet cards on Letter (8.5 x 11 in)", Size: 47000, Lang: "en"}, // a size that ended a line at 320 px
			{File: name, Label: "Large-print handout on A4 (210 x 297 mm)", Size: 47000, Lang: "en"}}
	}
	// the Arabic page's own names, their papers written in Latin letters
	downloads["ar"] = append(downloads["ar"], Download{File: "handout-ar-letter.pdf", Label: "نشرة على ورق A4 (210 x 297 mm)", Size: 63000},
		Download{File: "handout-ar-letter.pdf", Label: "ملصق على ورق 18 x 24 in", Size: 47000},
		Download{File: "handout-ar-letter.pdf", Label: "البطاقات على ورق Letter (8.5 x 11 بوصة)", Size: 55000})
	pages, files, err := Site(c, downloads, Options{ExitURL: neutral})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		p := filepath.Join(dir, f.Path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// a vanity number, long and with letters, on a page of its own
	vanity := defaults(t)
	vanity.Languages = vanity.Languages[:1]
	vanity.Settings.Hotline.Call.Text = "1-800-799-SAFE (7233)"
	vanity.Languages[0].Text.Help.Call.Text = "Call 1-800-799-SAFE (7233)"
	// and a download that opens in the tab, as a PDF does in a phone's browser
	vp, err := NewPage(vanity, "en", []Download{{File: "opened.html", Label: "FAQ handout, US Letter", Size: 9, Lang: "en"}}, Options{ExitURL: neutral})
	if err != nil {
		t.Fatal(err)
	}
	// place renders a page of its own into the site folder at path
	place := func(p *Page, path string) {
		p.Place(path)
		data, err := Render(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(path)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, path), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	place(vp, "vanity/index.html")
	// and long web addresses, one with hyphens in its site, in the hotline box, an answer and
	// the footer
	long := defaults(t)
	long.Languages = long.Languages[:1]
	long.Settings.Hotline.Chat.Text = "https://www.harbourlight.org.uk/chat/start-a-conversation"
	lh := &long.Languages[0].Text.Help
	lh.ChatLabel.Text, lh.Chat.Text = "Live chat", "Chat online at www.harbourlight.org.uk/chat/start-a-conversation"
	long.Languages[0].FAQ.Questions[0].Answer[0] = content.Para{Located: diag.Located{Text: "Read more at " +
		"https://www.harbourlight.org.uk/chat/start-a-conversation today, or at www.harbour-light-refuge.org.uk/get-help-now."}}
	lp, err := NewPage(long, "en", nil, Options{ExitURL: neutral, DisplayURL: "www.harbourlight.org.uk/chat/start-a-conversation"})
	if err != nil {
		t.Fatal(err)
	}
	place(lp, "addresses/index.html")
	// and a page in Korean, which spaces its words
	kp, err := NewPage(korean(t), "ko", nil, Options{ExitURL: neutral})
	if err != nil {
		t.Fatal(err)
	}
	place(kp, "korean/index.html")
	// and the FAQ's own links, to print
	linked := withLinks(t)
	for _, lang := range []string{"en", "ar"} {
		p, err := NewPage(linked, lang, []Download{{File: "opened.html", Label: "FAQ handout, US Letter", Size: 9, Lang: "en"}}, Options{ExitURL: neutral})
		if err != nil {
			t.Fatal(err)
		}
		place(p, "printed-"+lang+"/index.html")
	}
	if err := os.WriteFile(filepath.Join(dir, "opened.html"), []byte("<!DOCTYPE html><title>Handout</title><p>Handout"), 0o644); err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.IgnoreCertErrors, chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-quic", true))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	ctx, cancel = chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	browser, cancel := chromedp.NewContext(ctx)
	defer cancel()
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("Chromium does not start: %v", err)
	}
	tab := func(t *testing.T) context.Context {
		ctx, cancel := chromedp.NewContext(browser)
		t.Cleanup(cancel)
		ctx, cancel = context.WithTimeout(ctx, 30*time.Second)
		t.Cleanup(cancel)
		return ctx
	}
	do := func(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatal(err)
		}
	}
	eval := func(t *testing.T, ctx context.Context, js string, out any) {
		t.Helper()
		raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](js, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatal(err)
		}
	}

	for _, p := range pages {
		url := srv.URL + "/" + p.Path
		t.Run(p.Path, func(t *testing.T) {
			ctx := tab(t)
			var requests []string
			var rmu sync.Mutex
			if err := chromedp.Listen(ctx, func(ev any) {
				if e, ok := ev.(*network.EventRequestWillBeSent); ok && !strings.HasPrefix(e.Request.URL, "data:") {
					rmu.Lock()
					requests = append(requests, e.Request.URL)
					rmu.Unlock()
				}
			}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			asked = nil
			mu.Unlock()
			do(t, ctx, chromedp.Navigate(url))
			var note string
			eval(t, ctx, `document.querySelector(".safety").innerText`, &note)
			if !strings.Contains(note, p.Words.Safety.Text) || strings.Contains(note, p.Words.SafetyNoJS.Text) {
				t.Errorf("the safety note reads %q", note)
			}
			var fonts int
			eval(t, ctx, `document.fonts.ready.then(() => [...document.fonts].filter(f => f.status === "loaded").length)`, &fonts)
			if fonts != 2 {
				t.Errorf("%d inline faces loaded, want regular and bold", fonts)
			}
			rmu.Lock()
			if len(requests) != 1 || requests[0] != url {
				t.Errorf("loading the page requested %q, want only the page", requests)
			}
			rmu.Unlock()
			mu.Lock()
			if len(asked) != 1 {
				t.Errorf("the server was asked for %q, want only the page", asked)
			}
			mu.Unlock()

			// right to left where the language is, the quick exit at the start of the line, and
			// every number in its own order: its first digit left of its last
			var dir string
			eval(t, ctx, `getComputedStyle(document.documentElement).direction`, &dir)
			if dir != p.Dir {
				t.Errorf("the page reads %s, want %s", dir, p.Dir)
			}
			var exitLeft bool
			eval(t, ctx, `document.getElementById("exit").getBoundingClientRect().left < innerWidth / 2`, &exitLeft)
			if exitLeft != (p.Dir == "rtl") {
				t.Errorf("the quick exit is on the %s of a %s page", map[bool]string{true: "left", false: "right"}[exitLeft], p.Dir)
			}
			var backwards []string
			eval(t, ctx, `[...document.querySelectorAll("bdi.num")].filter(e => {
				const t = e.firstChild, r = document.createRange(), at = i => (r.setStart(t, i), r.setEnd(t, i + 1), r.getBoundingClientRect().left);
				return getComputedStyle(e).unicodeBidi !== "isolate-override" || t.length > 1 && at(0) >= at(t.length - 1);
			}).map(e => e.textContent)`, &backwards)
			if len(backwards) > 0 {
				t.Errorf("numbers not set apart in their own order: %q", backwards)
			}
			var scrambled []string // a download's piece written left to right, not set apart whole in its order
			eval(t, ctx, `(() => { const r = document.createRange(), out = [], at = (t, i) => (r.setStart(t, i), r.setEnd(t, i + 1), r.getBoundingClientRect().left);
				for (const li of document.querySelectorAll(".downloads li")) {
					const w = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
					for (let t; t = w.nextNode();) {
						const unit = t.parentElement.closest("bdi[dir=ltr], [lang][dir=ltr]");
						if (document.dir === "rtl" && !unit && /[A-Za-z0-9]/.test(t.data)) out.push("outside: " + t.data);
						if (unit && t === unit.firstChild && t.length > 1 && unit.childNodes.length === 1 && at(t, 0) >= at(t, t.length - 1)) out.push("backwards: " + t.data);
					}
				}
				return out; })()`, &scrambled)
			if len(scrambled) > 0 {
				t.Errorf("downloads scrambled: %q", scrambled)
			}
			var wrongDir []string // a heading or paragraph in the page's letters that reads the other way
			eval(t, ctx, `[...document.querySelectorAll("main h2, main p, main li")].filter(e => /[\u0590-\u08ff]/.test(e.textContent) &&
				getComputedStyle(e).direction !== document.dir).map(e => e.textContent.slice(0, 40))`, &wrongDir)
			if len(wrongDir) > 0 {
				t.Errorf("set against the page's direction: %q", wrongDir)
			}
			var callFirst bool // the call line's words before its number, in the line's direction or on a line above
			eval(t, ctx, `(() => { const a = document.querySelector(".help__link"), n = a.querySelector("bdi.num"), r = document.createRange();
				r.selectNodeContents(a.firstChild); const w = r.getBoundingClientRect(), m = n.getBoundingClientRect();
				return m.top > w.top + w.height / 2 || (getComputedStyle(a).direction === "rtl" ? m.right <= w.left + 1 : m.left >= w.right - 1); })()`, &callFirst)
			if !callFirst {
				t.Errorf("the call line %q does not read its words, then its number", p.Help.Lines()[0].Text)
			}

			// a short window (a phone held sideways, a page zoomed to 400%): the quick exit's bar,
			// which stays on screen, takes a fifth of it at most
			do(t, ctx, chromedp.EmulateViewport(320, 256)) // 1280 x 1024 at 400%
			var bar float64
			eval(t, ctx, `document.querySelector(".exit").getBoundingClientRect().height / innerHeight`, &bar)
			if bar > 0.2 {
				t.Errorf("in a 320 x 256 window the exit bar takes %.0f%% of its height", bar*100)
			}
			// and a phone with the text at twice its size, which the media query's em (the
			// browser's own size) does not see: the bar, measured once the script has seen the
			// size change, still takes a fifth at most, its button whole on screen
			do(t, ctx, chromedp.EmulateViewport(320, 568))
			var big struct {
				Bar                float64
				Left, Right, Width float64
			}
			eval(t, ctx, `document.documentElement.style.fontSize = "200%", new Promise(ok => requestAnimationFrame(() => requestAnimationFrame(() => {
				const b = document.querySelector(".exit").getBoundingClientRect(), a = document.getElementById("exit").getBoundingClientRect();
				ok({bar: b.height / innerHeight, left: a.left, right: a.right, width: innerWidth});
				document.documentElement.style.fontSize = "";
			})))`, &big)
			if big.Bar > 0.2 || big.Left < 0 || big.Right > big.Width {
				t.Errorf("at 320 x 568 with the text at 200%%, the exit bar takes %.0f%% of the window, its button from %.0f to %.0f px", big.Bar*100, big.Left, big.Right)
			}

			for _, width := range []int64{1280, 320} {
				do(t, ctx, chromedp.EmulateViewport(width, 900))
				var violations []struct {
					ID, Help string
					Nodes    []struct{ Target []string }
				}
				eval(t, ctx, string(axe)+`;axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}, resultTypes: ["violations"]}).then(r => r.violations)`, &violations)
				for _, v := range violations {
					var where []string
					for _, n := range v.Nodes {
						where = append(where, strings.Join(n.Target, " "))
					}
					t.Errorf("at %d px, axe: %s (%s) at %s", width, v.ID, v.Help, strings.Join(where, ", "))
				}
				var wide int64
				eval(t, ctx, `document.documentElement.scrollWidth`, &wide)
				if wide > width {
					t.Errorf("at %d px the page is %d px wide: it does not reflow", width, wide)
				}
				var alone []string // a paragraph's, item's or label's last line of one short word ("12 to / 21")
				eval(t, ctx, `[...document.querySelectorAll("main p, main li:not(.help li), .help__label, .help__note")].filter(e => {
					const w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT), words = [];
					for (let n; (n = w.nextNode());) for (const m of n.data.matchAll(/\S+/g)) words.push([n, m.index, m[0]]);
					// (Chromium sets a paragraph with a bidi isolate, a number's <bdi>, first-fit)
					if (words.length < 3 || e.querySelector("li, bdi, [dir]")) return false;
					const top = ([n, i, s]) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + s.length); return r.getClientRects()[0].top; };
					const [last, before] = [words.at(-1), words.at(-2)];
					return last[2].length < 8 && top(last) > top(before) + 2;
				}).map(e => e.textContent.trim().slice(-40))`, &alone)
				for _, a := range alone {
					t.Errorf("at %d px, %q ends in a line of one word", width, a)
				}
				var broken []string // a paper's size in a download's name across two lines ("8.5 x" / "11")
				eval(t, ctx, `[...document.querySelectorAll(".downloads a")].flatMap(a => {
					const w = document.createTreeWalker(a, NodeFilter.SHOW_TEXT), nodes = [];
					let text = "";
					for (let n; (n = w.nextNode());) nodes.push([n, text.length]), text += n.data;
					const at = i => { const [n, from] = nodes.findLast(([, from]) => from <= i); return [n, i - from]; }, r = document.createRange();
					return [...text.matchAll(/\d+(?:\.\d+)?\s*[x×]\s*\d+/g)].filter(m => {
						r.setStart(...at(m.index)); const [n, i] = at(m.index + m[0].length - 1); r.setEnd(n, i + 1);
						return new Set([...r.getClientRects()].map(c => Math.round(c.top))).size > 1;
					}).map(m => m[0] + " of " + text);
				})`, &broken)
				for _, b := range broken {
					t.Errorf("at %d px, the size %s is broken across lines", width, b)
				}
				var spill []string // elements whose content runs out of their box
				eval(t, ctx, `[...document.body.querySelectorAll("*")].filter(e => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1).map(e => e.tagName + "." + e.className + ": " + e.textContent.slice(0, 40))`, &spill)
				for _, s := range spill {
					t.Errorf("at %d px, %s runs out of its box", width, s)
				}
			}
			if dir := os.Getenv("HAVEN_SCREENSHOTS"); dir != "" {
				for _, width := range []int64{375, 1280} {
					do(t, ctx, chromedp.EmulateViewport(width, 900))
					png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
					if err != nil {
						t.Fatal(err)
					}
					name := fmt.Sprintf("%s-%d.png", strings.ReplaceAll(strings.TrimSuffix(p.Path, ".html"), "/", "-"), width)
					if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
		})
	}

	// WCAG 1.4.4: with the text at twice its size on a phone, each number of the hotline box is
	// inside its box, at least at the body text's usual size, and whole on one line where it
	// fits; nothing scrolls sideways
	for _, p := range append(pages[:len(pages)-1:len(pages)-1], vp) {
		t.Run("text at 200% on "+p.Path, func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(srv.URL+"/"+p.Path))
			for _, width := range []int64{320, 375} {
				do(t, ctx, chromedp.EmulateViewport(width, 900))
				var out []string
				eval(t, ctx, `document.documentElement.style.fontSize = "200%", document.fonts.ready.then(() => [...document.querySelectorAll(".help li .num")].flatMap(n => {
					const line = n.closest(".help__link") || n.closest("li"), st = getComputedStyle(line), box = line.getBoundingClientRect(), r = n.getBoundingClientRect(),
						room = line.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight), size = parseFloat(getComputedStyle(n).fontSize),
						c = document.createElement("canvas").getContext("2d"), out = [];
					c.font = getComputedStyle(n).font;
					if (r.left < box.left - 1 || r.right > box.right + 1) out.push(n.textContent + " runs " + Math.round(Math.max(box.left - r.left, r.right - box.right)) + " px out of its box");
					if (size < 18 - 0.01) out.push(n.textContent + " is set at " + size + " px, below the body text's usual 18 px");
					if (r.height > size * 2 && c.measureText(n.textContent).width < room) out.push(n.textContent + " breaks, though it fits its line");
					return out;
				}).concat(document.documentElement.scrollWidth > innerWidth ? ["the page scrolls sideways: " + document.documentElement.scrollWidth + " px"] : []))`, &out)
				for _, o := range out {
					t.Errorf("at %d px: %s", width, o)
				}
			}
		})
	}

	// WCAG 1.4.10 and 1.4.12: with the text at twice its size and spaced as 1.4.12 asks, on a
	// phone, nothing scrolls sideways: a number in running text that is wider than its line
	// breaks after its separators, one that fits stays whole, and the punctuation after it
	// stays with it
	for _, p := range append(pages, vp, lp, kp) {
		t.Run("text at 200% and spaced on "+p.Path, func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(srv.URL+"/"+p.Path))
			for _, width := range []int64{320, 375} {
				do(t, ctx, chromedp.EmulateViewport(width, 900))
				var out []string
				// (through the page's own style sheet: its policy refuses another)
				eval(t, ctx, `document.documentElement.style.fontSize = "200%", ((s) => ["* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important }",
					"p { margin-bottom: 2em !important }"].forEach(r => s.insertRule(r, s.cssRules.length)))(document.styleSheets[0]),
					document.fonts.ready.then(() => [...document.querySelectorAll("main p .num, main li:not(.help li) .num, .foot .num")].flatMap(n => {
					const block = n.closest("p, li"), st = getComputedStyle(block), room = block.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight),
						c = document.createElement("canvas").getContext("2d"), r = document.createRange(), tops = new Set(), t = n.firstChild;
					c.font = getComputedStyle(n).font, c.letterSpacing = getComputedStyle(n).letterSpacing;
					for (let i = 0; i < t.length; i++) r.setStart(t, i), r.setEnd(t, i + 1), tops.add(Math.round(r.getBoundingClientRect().top));
					return tops.size > 1 && c.measureText(t.data).width < room - 2 ? [n.textContent + " breaks, though it fits its line"] : [];
				}).concat(document.documentElement.scrollWidth > document.documentElement.clientWidth ? ["the page scrolls sideways: " + document.documentElement.scrollWidth + " px wide, its window " + document.documentElement.clientWidth] : []))`, &out)
				for _, o := range out {
					t.Errorf("at %d px: %s", width, o)
				}
			}
		})
	}

	// the punctuation written right after a link stays on its line: a number of the hotline box
	// and an address's site are blocks of their own, after which a line may break (Groups)
	for _, p := range append(pages, vp, lp) {
		t.Run("punctuation after links on "+p.Path, func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(srv.URL+"/"+p.Path))
			for _, width := range []int64{320, 390} {
				do(t, ctx, chromedp.EmulateViewport(width, 900))
				var out []string
				eval(t, ctx, `document.fonts.ready.then(() => [...document.querySelectorAll("body a")].flatMap(a => {
					const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
					w.currentNode = a;
					let n = w.nextNode();
					while (n && a.contains(n)) n = w.nextNode();
					if (!n || !/^[,.;:)!?\u201d\u2019"']/.test(n.data)) return [];
					const r = document.createRange(), rects = a.getClientRects(), last = rects[rects.length - 1];
					r.setStart(n, 0), r.setEnd(n, 1);
					const c = r.getBoundingClientRect();
					return c.top + c.height / 2 > last.bottom ? [a.textContent + n.data.slice(0, 12)] : [];
				}))`, &out)
				for _, o := range out {
					t.Errorf("at %d px, the punctuation of %q starts a line", width, o)
				}
			}
		})
	}

	// a web address breaks as on paper: only after a '/' of its path, never after a hyphen, and
	// inside its site (up to its path) only where the site is wider than the line (as it is in
	// text at twice its size), then before a dot; a part wider still breaks where it must rather
	// than scroll sideways; never with "www" alone at a line's end, read as an address of its own
	type piece struct { // of an address, which the page keeps whole where it fits the line
		From, To int  // by character
		Wide     bool // wider than its line
	}
	for _, tc := range []struct {
		width int64
		size  string // the text's size
	}{{320, "100%"}, {390, "100%"}, {320, "200%"}} {
		t.Run(fmt.Sprintf("addresses at %d px, text at %s", tc.width, tc.size), func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.EmulateViewport(tc.width, 900), chromedp.Navigate(srv.URL+"/"+lp.Path))
			var got struct {
				Addresses []struct {
					Lines  []string // as the page sets it
					Pieces []piece
				}
				Wide int64
			}
			eval(t, ctx, `document.documentElement.style.fontSize = `+jsString(tc.size)+`, document.fonts.ready.then(() => ({
				addresses: [...document.querySelectorAll("bdi[dir=ltr]")].filter(e => e.textContent.includes("harbour")).map(e => {
					const w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT), r = document.createRange(), lines = [];
					let top = -Infinity;
					for (let n; (n = w.nextNode());) for (let i = 0; i < n.length; i++) {
						r.setStart(n, i), r.setEnd(n, i + 1);
						const at = r.getBoundingClientRect().top;
						if (at > top + 2) lines.push(""), top = at;
						lines[lines.length - 1] += n.data[i];
					}
					const block = e.closest("p, li, .help__link"), st = getComputedStyle(block), c = document.createElement("canvas").getContext("2d"),
						room = block.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight), pieces = [];
					c.font = getComputedStyle(e).font;
					const piece = (from, s) => pieces.push({from, to: from + s.length, wide: c.measureText(s).width > room});
					// its site and the first slash of its path, then each piece of its path up to a slash
					for (const m of e.textContent.matchAll(/.*?[^\/:]\/(?!\/)|.+$/g)) {
						if (m.index > 0 || c.measureText(m[0]).width <= room) { piece(m.index, m[0]); continue; }
						// a site wider than its line, in pieces before its dots, but the first
						const [first, ...rest] = m[0].split(/(?=\.)/);
						let at = m.index + first.length + (rest[0] || "").length;
						piece(m.index, first + (rest[0] || ""));
						for (const p of rest.slice(1)) piece(at, p), at += p.length;
					}
					return {lines, pieces};
				}),
				wide: document.documentElement.scrollWidth}))`, &got)
			if len(got.Addresses) != 4 {
				t.Fatalf("%d addresses on the page, want the chat line's, the answer's two and the footer's", len(got.Addresses))
			}
			for _, a := range got.Addresses {
				at := 0
				for _, l := range a.Lines[:len(a.Lines)-1] {
					at += len(l)
					inside := slices.ContainsFunc(a.Pieces, func(p piece) bool { return p.From < at && at < p.To && !p.Wide })
					if strings.HasSuffix(l, "www") || strings.HasSuffix(l, "www.") || inside {
						t.Errorf("%q breaks after %q", strings.Join(a.Lines, ""), l)
					}
				}
			}
			if got.Wide > tc.width {
				t.Errorf("the page is %d px wide: it scrolls sideways", got.Wide)
			}
		})
	}

	// Korean breaks at its spaces, as the PDFs do, never between two letters of a word (the
	// title's "자 / 주", an answer's "이 / 용할"), unless the word is wider than its line, which
	// breaks rather than scroll sideways
	for _, width := range []int64{360, 390} {
		t.Run(fmt.Sprintf("Korean words at %d px", width), func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(srv.URL+"/"+kp.Path))
			var got struct {
				Broken []string
				Wide   int64
			}
			// each word of the page, its characters in order across elements (a number's and the
			// letters after it: "1388은")
			eval(t, ctx, `document.fonts.ready.then(() => {
				const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), r = document.createRange(), broken = [], words = [[]],
					c = document.createElement("canvas").getContext("2d"), top = ([n, i]) => (r.setStart(n, i), r.setEnd(n, i + 1), r.getBoundingClientRect().top);
				for (let n; (n = w.nextNode());) for (let i = 0; i < n.length; i++) {
					if (/\s/.test(n.data[i])) words.push([]);
					else words.at(-1).push([n, i]);
				}
				for (const word of words) {
					const text = word.map(([n, i]) => n.data[i]).join("");
					if (!/[\uac00-\ud7a3]/.test(text)) continue;
					let block = word[0][0].parentElement;
					while (getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
					const st = getComputedStyle(block), room = block.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight);
					c.font = getComputedStyle(word[0][0].parentElement).font;
					for (let i = 1; i < word.length; i++)
						if (top(word[i]) > top(word[i - 1]) + 2 && c.measureText(text).width < room) broken.push(text.slice(0, i) + " / " + text.slice(i));
				}
				return {broken, wide: document.documentElement.scrollWidth};
			})`, &got)
			for _, b := range got.Broken {
				t.Errorf("a word breaks inside: %s", b)
			}
			if got.Wide > width {
				t.Errorf("the page is %d px wide: it scrolls sideways", got.Wide)
			}
		})
	}

	// beside the questions in a wide window, the hotline box stays in view as the page scrolls
	// where it fits the window whole; in a short window it scrolls away with the page rather
	// than stick with its end, the note, out of sight
	t.Run("the hotline box in a short window", func(t *testing.T) {
		ctx := tab(t)
		do(t, ctx, chromedp.Navigate(srv.URL+"/"+pages[0].Path))
		for _, height := range []int64{900, 450} {
			do(t, ctx, chromedp.EmulateViewport(1280, height))
			var box struct{ Top, Bottom, Height float64 }
			eval(t, ctx, `new Promise(ok => requestAnimationFrame(() => { scrollTo(0, 1500); requestAnimationFrame(() => {
				const r = document.querySelector(".help").getBoundingClientRect(); ok({top: r.top, bottom: r.bottom, height: r.height}); }); }))`, &box)
			switch {
			case box.Top >= 0 && box.Bottom > float64(height):
				t.Errorf("at 1280 x %d px the box stays with its last %.0f px out of sight", height, box.Bottom-float64(height))
			case box.Height+100 < float64(height) && box.Bottom < 0:
				t.Errorf("at 1280 x %d px the box, %.0f px high, does not stay in view", height, box.Height)
			}
		}
	})

	en := srv.URL + "/" + pages[0].Path
	// Tab once, as a keyboard user does on arriving, focuses the quick exit, announced as a button
	tabToExit := func(t *testing.T, ctx context.Context) {
		t.Helper()
		press(t, ctx, "Tab", "Tab", "", 9)
		var at struct{ ID, Role string }
		eval(t, ctx, `({id: document.activeElement.id, role: document.activeElement.getAttribute("role")})`, &at)
		if at.ID != "exit" || at.Role != "button" {
			t.Fatalf("Tab focuses #%s, role %q, not the quick exit as a button", at.ID, at.Role)
		}
	}
	leave := map[string]func(t *testing.T, ctx context.Context){
		"click": func(t *testing.T, ctx context.Context) {
			do(t, ctx, chromedp.Click(chromedp.ID("exit")))
		},
		"shift three times": func(t *testing.T, ctx context.Context) {
			for range 3 {
				press(t, ctx, "Shift", "ShiftLeft", "", 16)
			}
		},
		// the exit is a button (role="button"): Enter and Space on it, as on a button; Space
		// on a link would scroll the page
		"Enter on it": func(t *testing.T, ctx context.Context) {
			tabToExit(t, ctx)
			press(t, ctx, "Enter", "Enter", "\r", 13)
		},
		"Space on it": func(t *testing.T, ctx context.Context) {
			tabToExit(t, ctx)
			press(t, ctx, " ", "Space", " ", 32)
		},
	}
	for name, how := range leave {
		t.Run("quick exit by "+name, func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(srv.URL+"/before"), chromedp.Navigate(en))
			how(t, ctx)
			var hidden bool
			eval(t, ctx, `location.href.endsWith("/neutral") || getComputedStyle(document.body).display === "none" && document.title === `+jsString(pages[0].Words.NeutralTitle.Text), &hidden)
			if !hidden {
				t.Error("the page, or its title, is still shown while the neutral page loads")
			}
			if at := waitURL(t, ctx, func(u string) bool { return u == neutral }); at != neutral {
				t.Fatalf("the quick exit went to %s, not the neutral page", at)
			}
			h, err := chromedp.Call(ctx, page.GetNavigationHistory, cdp.Empty{})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range h.Entries {
				if e.URL == en {
					t.Errorf("the page is still in the history, Back would return to it: %q", e.URL)
				}
			}
			// Back, as a person presses it; the history entry before is served from the cache
			do(t, ctx, chromedp.Evaluate[chromedp.Void](`history.back()`))
			if at := waitURL(t, ctx, func(u string) bool { return u != neutral }); at != srv.URL+"/before" {
				t.Errorf("Back went to %s, not the page before", at)
			}
		})
	}

	// Back after an exit never shows the page again, whatever was done on it before: a link
	// within the page or to another language adds no history entry, and an entry of the page
	// there is anyway (a change of address by hand) leaves again before it shows
	es := srv.URL + "/" + pages[1].Path
	for _, tc := range []struct {
		name string
		do   func(t *testing.T, ctx context.Context)
		at   string // where the page is before it exits
		back string // where Back goes: the page before, or the neutral page again
	}{
		{"after the questions list", func(t *testing.T, ctx context.Context) {
			do(t, ctx, chromedp.Click(chromedp.CSS(`.toc a[href="#q3"]`)))
			var focus string
			eval(t, ctx, `document.activeElement.id + location.hash`, &focus)
			if focus != "q3#q3" {
				t.Errorf("the question's link leaves the focus on %q, want on the question q3#q3", focus)
			}
		}, en + "#q3", srv.URL + "/before"},
		{"after the skip link", func(t *testing.T, ctx context.Context) {
			do(t, ctx, chromedp.Focus(chromedp.CSS(".skip")), chromedp.KeyEvent("\r"))
			var focus string
			eval(t, ctx, `document.activeElement.id`, &focus)
			if focus != "main" {
				t.Errorf("the skip link leaves the focus on %q, want on main", focus)
			}
		}, en + "#main", srv.URL + "/before"},
		{"after a language switch", func(t *testing.T, ctx context.Context) {
			do(t, ctx, chromedp.Click(chromedp.CSS(`.langs a[hreflang="es"]`)))
			waitURL(t, ctx, func(u string) bool { return u == es })
		}, es, srv.URL + "/before"},
		{"after an entry of the page's own", func(t *testing.T, ctx context.Context) {
			do(t, ctx, chromedp.Evaluate[chromedp.Void](`location.hash = "q5"`))
		}, en + "#q5", neutral},
	} {
		t.Run("Back "+tc.name, func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(srv.URL+"/before"), chromedp.Navigate(en))
			tc.do(t, ctx)
			if at := waitURL(t, ctx, func(u string) bool { return u == tc.at }); at != tc.at {
				t.Fatalf("the page is at %s, want %s", at, tc.at)
			}
			do(t, ctx, chromedp.Click(chromedp.ID("exit")))
			if at := waitURL(t, ctx, func(u string) bool { return u == neutral }); at != neutral {
				t.Fatalf("the quick exit went to %s, not the neutral page", at)
			}
			// history.back() leaves the page it is evaluated in: its answer may come after the tab
			// has gone on, which is what it asks for, not a failure
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`history.back()`)); err != nil && !strings.Contains(err.Error(), "navigated or closed") {
				t.Fatal(err)
			}
			// watch the tab until it rests where it should: the page must never show on the way
			for range 150 {
				var shown string // the page's title while it shows; the tab may be between pages
				if raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](`location.pathname.endsWith("index.html") && getComputedStyle(document.body).display !== "none" ? document.title : ""`)); err == nil {
					json.Unmarshal(raw, &shown)
				}
				if shown != "" {
					t.Fatalf("Back shows the page again, titled %q", shown)
				}
				time.Sleep(20 * time.Millisecond)
			}
			if at := waitURL(t, ctx, func(u string) bool { return u == tc.back }); at != tc.back {
				t.Errorf("Back went to %s, want %s", at, tc.back)
			}
		})
	}

	// a browser may pause reading a page and draw what it has before the exit's script runs:
	// returned to after an exit, the page read only as far as its exit bar shows nothing
	t.Run("Back to a page read only as far as its exit bar", func(t *testing.T) {
		raw := string(files[0].Data)
		at := strings.Index(raw, "<script>"+exitJS)
		if at < 0 {
			t.Fatal("the page has no exit script")
		}
		if err := os.WriteFile(filepath.Join(dir, "cut.html"), []byte(raw[:at]), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx := tab(t)
		do(t, ctx, chromedp.Navigate(en), chromedp.Evaluate[chromedp.Void](`sessionStorage.setItem("exited", "1")`),
			chromedp.Navigate(srv.URL+"/cut.html"))
		var shown bool
		eval(t, ctx, `getComputedStyle(document.body).display !== "none"`, &shown)
		if shown {
			t.Error("after an exit, the page shows what was read of it before the exit's script")
		}
	})

	// what the page opens in the tab (a PDF, the chat) takes the page's place in the history:
	// left with Back, it would stay after the page, and Forward would reopen it after an exit
	t.Run("a download opened in place of the page", func(t *testing.T) {
		ctx := tab(t)
		at := srv.URL + "/" + vp.Path
		do(t, ctx, chromedp.Navigate(srv.URL+"/before"), chromedp.Navigate(at), chromedp.Click(chromedp.CSS(`.downloads a`)))
		opened := srv.URL + "/opened.html"
		if at := waitURL(t, ctx, func(u string) bool { return u == opened }); at != opened {
			t.Fatalf("the download's link went to %s, want %s", at, opened)
		}
		h, err := chromedp.Call(ctx, page.GetNavigationHistory, cdp.Empty{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range h.Entries {
			if e.URL == at {
				t.Errorf("the page stays in the history behind what it opened: %q", e.URL)
			}
		}
	})

	// printed, as Chromium prints to PDF and read back from it, a page shows the number or
	// address of each of the FAQ's links after its words, as the PDFs print them, but for one
	// whose words show it; and not the downloads, which paper cannot open
	t.Run("printed", func(t *testing.T) {
		r, err := pdfread.Start()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		flat := func(s string) string {
			return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u2066' || r == '\u2069' }), "")
		}
		for _, tc := range []struct {
			lang      string
			want, not []string
		}{
			{"en", []string{"our resource list (samples.org/resources)", "call our office (1-503-588-5351)", "write to us (help@samples.org)", "call us 503-588-5351,"},
				[]string{"(samples.org/help)", "FAQ handout, US Letter"}},
			{"ar", []string{"samples.org/resources"}, []string{"FAQ handout"}},
		} {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(srv.URL+"/printed-"+tc.lang+"/index.html"))
			res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{})
			if err != nil {
				t.Fatal(err)
			}
			doc, err := r.Open(res.Data)
			if err != nil {
				t.Fatal(err)
			}
			n, err := doc.Pages()
			var text strings.Builder
			for i := 0; i < n && err == nil; i++ {
				var s string
				s, err = doc.Text(i)
				text.WriteString(s)
			}
			doc.Close()
			if err != nil {
				t.Fatal(err)
			}
			printed := flat(text.String())
			for _, w := range tc.want {
				if !strings.Contains(printed, flat(w)) {
					t.Errorf("%s printed has no %q:\n%s", tc.lang, w, text.String())
				}
			}
			for _, w := range tc.not {
				if strings.Contains(printed, flat(w)) {
					t.Errorf("%s printed has %q", tc.lang, w)
				}
			}
		}
	})

	t.Run("JavaScript off", func(t *testing.T) {
		ctx := tab(t)
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		do(t, ctx, chromedp.Navigate(en))
		body, err := chromedp.Run(ctx, chromedp.Text("body"))
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range pages[0].Questions {
			if !strings.Contains(body, q.Question) {
				t.Errorf("with JavaScript off, %q does not show", q.Question)
			}
		}
		if w := pages[0].Words; !strings.Contains(body, w.SafetyNoJS.Text) || strings.Contains(body, w.Safety.Text) {
			t.Error("with JavaScript off, the safety note does not say that Back returns to the page")
		}
		if !strings.Contains(body, pages[0].Help.Lines()[0].Text) {
			t.Errorf("with JavaScript off, %q does not show", pages[0].Help.Lines()[0].Text)
		}
		// a button only where the script makes Space press it
		var role string
		eval(t, ctx, `document.getElementById("exit").getAttribute("role") || ""`, &role)
		if role != "" {
			t.Errorf("with JavaScript off, the quick exit is a link with role %q, which Space does not press", role)
		}
		do(t, ctx, chromedp.Click(chromedp.ID("exit")))
		if at := waitURL(t, ctx, func(u string) bool { return u == neutral }); at != neutral {
			t.Errorf("with JavaScript off, the quick exit link went to %s, not the neutral page", at)
		}
	})
}

// korean is the built-in content in Korean: its title, hotline box, a heading and answers that
// Chromium broke inside words, and a word wider than a phone's line.
func korean(t *testing.T) *content.Content {
	t.Helper()
	c := defaults(t)
	c.Languages = c.Languages[:1]
	l := &c.Languages[0]
	l.Code = "ko"
	l.FAQ.Title.Text = "청소년상담 1388 자주 묻는 질문"
	h := &l.Text.Help
	h.CallLabel.Text, h.Call.Text, h.Danger.Text = "청소년상담 1388, 무료·비밀 보장, 24시간", "1-888-373-7888에 전화하세요", "위급한 상황에서는 911에 신고하세요"
	l.FAQ.Questions[0].Question.Text = "온라인에서 만난 사람이 사진을 요구하면요?"
	l.FAQ.Questions[0].Answer[0].Text = "고민이 있어도 누구에게 말해야 할지 모를 때가 있습니다. 청소년상담 1388은 만 9세부터 24세까지의 청소년과 보호자라면 누구나 이용할 수 있는 24시간 상담 전화입니다."
	l.FAQ.Questions[1].Answer[0].Text = "한국청소년상담복지개발원사이버상담센터온라인채팅상담안내 페이지에서 채팅 상담을 누르세요."
	// numbers with the rest of their word, linked (911) or not, at each place in a line
	var ending strings.Builder
	for i := range 16 {
		fmt.Fprintf(&ending, "%s 911에 %d시간 ", strings.Repeat("가", i%5+1), i+1)
	}
	l.FAQ.Questions[2].Answer[0].Text = ending.String()
	return c
}

// press presses the key and lets it go, as a keyboard does (text, what it types, "" for none).
func press(t *testing.T, ctx context.Context, key, code, text string, vk int64) {
	t.Helper()
	down := input.DispatchKeyEventTypeRawKeyDown
	if text != "" {
		down = input.DispatchKeyEventTypeKeyDown
	}
	for _, typ := range []input.DispatchKeyEventType{down, input.DispatchKeyEventTypeKeyUp} {
		p := input.DispatchKeyEventParams{Type: typ, Key: key, Code: code, WindowsVirtualKeyCode: vk, NativeVirtualKeyCode: vk}
		if typ == down {
			p.Text = text
		}
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, p); err != nil {
			t.Fatal(err)
		}
	}
}

// waitURL waits up to 5 s for the tab's current history entry to be one that ok accepts, and
// returns it (the last one seen, if none is). While the tab changes pages the browser may
// answer that it is between pages; that is asked again.
func waitURL(t *testing.T, ctx context.Context, ok func(string) bool) string {
	t.Helper()
	var at string
	var err error
	for range 100 {
		var h page.GetNavigationHistoryResult
		if h, err = chromedp.Call(ctx, page.GetNavigationHistory, cdp.Empty{}); err == nil {
			if at = h.Entries[h.CurrentIndex].URL; ok(at) {
				return at
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	return at
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
