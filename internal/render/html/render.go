package html

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"haven/fonts"
	"haven/internal/render/html/webfont"
)

var (
	//go:embed page.tmpl
	pageTemplate string
	//go:embed style.css
	styleCSS string
	//go:embed exit.js
	exitJS string
)

// tmpl is parsed on first use: only the resource page needs it, and parsing it at start-up
// would cost every haven process.
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"link":   link,
		"linked": Linked,
		"size":   Size,
	}).Parse(pageTemplate))
})

// link lets a tel:, sms: or https: address through html/template, which would otherwise
// blank the first two. Page.check has refused every other kind before.
func link(u string) template.URL {
	if !outbound(u) {
		return "about:invalid"
	}
	return template.URL(u)
}

// Size is a file size as people read it.
func Size(n int64) string {
	if n < 1000*1000 {
		return fmt.Sprintf("%d KB", (n+999)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// MaxSize is the most a page may weigh with its fonts inline, for a phone on a poor connection.
const MaxSize = 150_000

// Render writes the page as one self-contained HTML file. The fonts go inline unless that
// would take the page over MaxSize (a very long FAQ): then it uses the reader's system fonts.
func Render(p *Page) ([]byte, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	out, err := p.render(true)
	if err != nil || len(out) <= MaxSize {
		return out, err
	}
	return p.render(false)
}

func (p *Page) render(fonts bool) ([]byte, error) {
	css, err := p.css(fonts)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = tmpl().Execute(&buf, struct {
		*Page
		CSS    template.CSS
		Script template.JS
		CSP    string
	}{p, template.CSS(css), template.JS(exitJS), csp(css, exitJS)})
	return buf.Bytes(), err
}

// csp allows the page's own style and script, by hash, and fonts and images inline; nothing is
// fetched from anywhere, and no form or base address can send the reader elsewhere.
func csp(css, js string) string {
	return "default-src 'none'; style-src " + hash(css) + "; script-src " + hash(js) +
		"; font-src data:; img-src data:; base-uri 'none'; form-action 'none'"
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

// faces are the print faces in the order a character is looked for, as in the PDFs: Atkinson
// Hyperlegible Next, then Noto Sans for what it lacks (Vietnamese, Greek, Cyrillic). What
// neither has falls to the reader's system fonts, next in the style sheet's stack.
var faces = []struct {
	family        string
	regular, bold []byte
	italic        [2][]byte // regular and bold
}{
	{"Atkinson Hyperlegible Next", fonts.AtkinsonRegular, fonts.AtkinsonBold, [2][]byte{fonts.AtkinsonItalic, fonts.AtkinsonBoldItalic}},
	{"Noto Sans", fonts.NotoRegular, fonts.NotoBold, [2][]byte{fonts.NotoItalic, fonts.NotoBoldItalic}},
}

// css is the style sheet with the palette and, when asked, the faces cut to the page's
// characters, each face only for the characters the one before lacks; the italics only for
// the characters of the page's italic text, when it has any.
func (p *Page) css(withFonts bool) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, ":root { --primary: %s; --accent: %s; --ink: %s; --panel: %s; }\n",
		p.Palette.Primary, p.Palette.Accent, p.Palette.Ink, p.Palette.Panel)
	runes, italic := p.runes()
	for _, f := range faces {
		if !withFonts {
			break
		}
		var err error
		if runes, err = face(&b, f.family, "normal", f.regular, f.bold, runes); err != nil {
			return "", err
		}
		if italic, err = face(&b, f.family, "italic", f.italic[0], f.italic[1], italic); err != nil {
			return "", err
		}
	}
	b.WriteString(styleCSS)
	return b.String(), nil
}

// face writes the @font-face rules of a family's regular and bold faces in one style, cut to
// runes, and returns the runes they lack.
func face(b *strings.Builder, family, style string, regular, bold []byte, runes []rune) ([]rune, error) {
	if len(runes) == 0 {
		return nil, nil
	}
	var missing []rune
	for _, w := range []struct {
		data   []byte
		weight int
	}{{regular, 400}, {bold, 700}} {
		woff, lack, err := webfont.Subset(w.data, runes)
		if err != nil {
			return nil, err
		}
		missing = lack
		fmt.Fprintf(b, "@font-face { font-family: %q; font-style: %s; font-weight: %d; font-display: swap; src: url(data:font/woff;base64,%s) format(\"woff\"); }\n",
			family, style, w.weight, base64.StdEncoding.EncodeToString(woff))
	}
	return missing, nil
}

// runes are the characters the page shows, and those it shows in italic.
func (p *Page) runes() (all, italic []rune) {
	seen := map[rune]bool{}
	var out []rune
	add := func(ss ...string) {
		for _, s := range ss {
			for _, r := range s {
				if !seen[r] {
					seen[r] = true
					out = append(out, r)
				}
			}
		}
	}
	seenItalic := map[rune]bool{}
	for _, para := range p.Paragraphs() {
		for _, s := range para {
			add(s.Text)
			for _, r := range s.Text {
				if s.Italic && !seenItalic[r] {
					seenItalic[r] = true
					italic = append(italic, r)
				}
			}
		}
	}
	add(p.Heading, p.ClosingTitle, p.Help.Title, p.Help.Note, p.Organisation.Name, p.Organisation.Contact, p.DisplayURL)
	for _, q := range p.Questions {
		add(q.Question)
	}
	for _, l := range p.Help.Lines() {
		add(l.Label, l.Text)
	}
	for _, d := range p.Downloads {
		add(d.Label, Size(d.Size))
	}
	for _, l := range p.Languages {
		add(l.Name)
	}
	w := p.Words
	add(w.Exit, w.Skip, w.Safety, w.SafetyNoJS, w.Private, w.Contents, w.Downloads, w.DownloadsTip, w.PDF, w.ThisPage, " (),.0123456789")
	return out, italic
}
