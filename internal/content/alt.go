package content

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"

	defaultcontent "haven/content"

	"haven/internal/diag"
)

// builtinCodeAlt are haven's own words for qr_alt, by language: those `haven init` writes.
var builtinCodeAlt = sync.OnceValue(func() map[string]string {
	words := map[string]string{}
	dirs, _ := fs.ReadDir(defaultcontent.FS, ".")
	for _, d := range dirs {
		var t struct {
			QRAlt string `yaml:"qr_alt"`
		}
		if b, err := fs.ReadFile(defaultcontent.FS, path.Join(d.Name(), TextFile)); err == nil && yaml.Unmarshal(b, &t) == nil && t.QRAlt != "" {
			words[d.Name()] = t.QRAlt
		}
	}
	return words
})

// defaultCodeAlt gives a text.yaml without qr_alt the words its QR codes' alternative text
// says, as the resource page's words fall back: haven's own in its language (or the one it is
// a variety of: es for es-MX), else in English. It returns their language where it is not the
// edition's, for the PDFs to mark: a screen reader would say English words as Spanish.
func defaultCodeAlt(file, code string, t *Text) (lang string) {
	words := builtinCodeAlt()
	w, ok := words[code]
	if !ok {
		w, ok = words[baseCode(code)]
	}
	if !ok {
		w, lang = words["en"], "en"
	}
	t.QRAlt = diag.Located{Text: w, File: file, Field: "qr_alt"}
	return lang
}

// englishCodeAlt warns of a language whose QR codes say haven's English words to a screen
// reader: its text.yaml has no qr_alt, and haven none of its own in the language.
func englishCodeAlt(file string, l *Language) diag.Problems {
	var ws diag.Problems
	if l.QRAltLang != "" {
		ws.Add(file, 0, "qr_alt", fmt.Sprintf("a screen reader says each QR code's alternative text in English, %s: text.yaml has no qr_alt", diag.Quote(l.Text.QRAlt.Text)),
			fmt.Sprintf("add it in this language: qr_alt: %q, translated ({url} prints the address the codes open); haven has its own only for %s",
				builtinCodeAlt()["en"], strings.Join(slices.Sorted(maps.Keys(builtinCodeAlt())), " and ")))
	}
	return ws
}

// addressSpans are where words of s that read as web addresses are, their punctuation aside
// (as addressIn reads them): "opens example.org/help, our page" has one, example.org/help.
func addressSpans(s string) [][2]int {
	var spans [][2]int
	for i := 0; i < len(s); {
		n := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsSpace(r) })
		if n < 0 {
			break
		}
		start, end := i+n, len(s)
		if n := strings.IndexFunc(s[start:], unicode.IsSpace); n >= 0 {
			end = start + n
		}
		i = end
		if w, _ := addressIn(s[start:end]); w != "" {
			from := start + strings.Index(s[start:end], w) // after what was trimmed: punctuation only
			spans = append(spans, [2]int{from, from + len(w)})
		}
	}
	return spans
}

// AltFor is a QR code's alternative text (qr_alt, which names the address every code opens
// wherever it names one) for a code that opens the address printed as addr: each address it
// names is addr. It is "" when alt names no address, and so could not say addr.
func AltFor(alt, addr string) string {
	spans := addressSpans(alt)
	if len(spans) == 0 {
		return ""
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(alt[last:sp[0]] + addr)
		last = sp[1]
	}
	return b.String() + alt[last:]
}

// checkCodeAlt refuses a web address in qr_alt, which a screen reader says for every QR code,
// other than the one the codes open (resource_url, or --url) or its printed form (printed,
// the address under the codes): a letter slipped in it (humantraffickinghotIine.org) would
// announce another site. The scheme does not matter, nor the host's case, as when typed.
func checkCodeAlt(alt diag.Located, s Settings, printed string) diag.Problems {
	var ps diag.Problems
	for _, sp := range addressSpans(alt.Text) {
		if codesAddress(alt.Text[sp[0]:sp[1]], s, printed) {
			continue
		}
		ps.Add(alt.File, alt.Line, alt.Field, fmt.Sprintf("names the address %s, but the QR codes open %s: a screen reader would say an address the code does not open", diag.Quote(alt.Text[sp[0]:sp[1]]), s.ResourceURL),
			fmt.Sprintf("write {url} where the address goes, which says %s, the address printed under the codes", printed))
	}
	return ps
}

// codesAddress is whether w, an address a text names, is the one the QR codes open (resource_url,
// or --url) or its printed form (printed, the address under the codes), as typed: with or
// without its scheme or www., the host in any case.
func codesAddress(w string, s Settings, printed string) bool {
	w, _ = cutScheme(w)
	return sameAddress(w, printed) || sameAddress(w, PrintedURL(s.ResourceURL))
}

// checkScanAddresses refuses a web address beside the QR codes (the handout's scan_title and
// scan_guide, the poster's scan and scan_guide) other than the one the codes open, as
// checkCodeAlt does: "Scan or visit thehotline.com" over a code that opens thehotline.org
// sends a reader who types it to another site, and "Scan to open thehotline.org/chat" to
// another page than the code's.
func checkScanAddresses(t *Text, s Settings, printed string) diag.Problems {
	var ps diag.Problems
	site := registrable(comparedHost(s.ResourceURL))
	for _, at := range []diag.Located{t.Handout.ScanTitle, t.Handout.ScanGuide, t.Poster.Scan, t.Poster.ScanGuide} {
		for _, sp := range addressSpans(at.Text) {
			w := at.Text[sp[0]:sp[1]]
			if strings.Contains(w, "@") || codesAddress(w, s, printed) {
				continue
			}
			where := "another site"
			if registrable(comparedHost(w)) == site {
				where = "another page than the codes open"
			}
			ps.Add(at.File, at.Line, at.Field, fmt.Sprintf("names the address %s beside the QR codes, which open %s: a reader who types what is printed reaches %s", diag.Quote(w), s.ResourceURL, where),
				fmt.Sprintf("write {url} where the address goes, which prints %s, the address under the codes", printed))
		}
	}
	return ps
}

// sameAddress is whether the address w, as typed, is the printed address p: the same page,
// with its tracking fields left out, a host in any case, with or without www.
func sameAddress(w, p string) bool {
	w = PrintedURL("https://" + w)
	cut := func(s string) (host, rest string) {
		host, rest = s, ""
		if i := strings.IndexAny(s, "/?#"); i >= 0 {
			host, rest = s[:i], s[i:]
		}
		return strings.TrimPrefix(strings.ToLower(host), "www."), rest
	}
	wh, wr := cut(w)
	ph, pr := cut(p)
	return wh == ph && wr == pr
}

// checkDiscreetAlt refuses a qr_alt that would say on the discreet card's code, as it says on
// the others, what the card is about or whose line it is: the card says qr_alt with its own
// address when qr_alt names one (else haven's neutral English words).
func checkDiscreetAlt(file, lang string, t *Text, names []string) diag.Problems {
	alt := t.QRAlt
	if alt.Text = AltFor(alt.Text, ""); alt.Text == "" {
		return nil
	}
	ps := checkNeutral(file, lang, t, []diag.Located{alt}, "in what a screen reader says for the discreet card's QR code", names)
	for i := range ps {
		ps[i].Hint = `keep qr_alt to what the code opens, e.g. "QR code: opens {url}": the discreet card's code says it too, with its own address`
	}
	return ps
}
