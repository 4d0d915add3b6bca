package build

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"haven/internal/kinds"
	"haven/internal/layout"
	"haven/internal/readback"
)

// A number to call with an extension prints with it wherever it prints (the hotline box, the
// cards, the posters and their tear-off tabs, the FAQ's own mention of it), and every call link
// to it, in the PDFs and on the page, dials the extension after a pause: tel:+12166234200,2.
func TestCallExtensionPrintsAndDials(t *testing.T) {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	faq := mustReadFile(t, filepath.Join("..", "..", "content", "en", "faq.md"))
	const number, written, tel = "(216) 623-4200", "(216) 623-4200 ext. 2", "tel:+12166234200,2"
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{
		"settings.yaml": strings.Replace(settings, "  call: 1-888-373-7888", `  call: "`+written+`"`, 1),
		"en/faq.md": strings.Replace(faq, "If you’re unsure, you can still make an anonymous report.",
			"Our clinic: Call "+written+" for an appointment.", 1),
	}), Options{Kinds: append(kinds.PrintedNames(), "site"), Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	pdfs := 0
	for _, r := range res {
		name := filepath.Base(r.Path)
		if filepath.Ext(name) != ".pdf" || strings.HasPrefix(name, "proof") || strings.HasPrefix(name, "how-to-print") || filepath.Base(filepath.Dir(r.Path)) == "site" {
			continue
		}
		pdfs++
		rb := open(t, r.Path)
		printed := 0
		for i := range rb.pages {
			s, err := rb.doc.Text(i)
			if err != nil {
				t.Fatal(err)
			}
			s = strings.Join(strings.Fields(s), " ")
			if n, e := strings.Count(s, number), strings.Count(s, written); e < n {
				t.Errorf("%s page %d prints %s %d times, %q %d times", name, i+1, number, n, written, e)
			}
			printed += strings.Count(s, written)
		}
		links := 0
		for _, pg := range readPDF(t, r.Path) {
			for _, l := range pg.Links {
				if strings.Contains(l.URI, "2166234200") {
					links++
					if l.URI != tel {
						t.Errorf("%s links %s, want %s", name, l.URI, tel)
					}
				}
			}
		}
		if printed == 0 || links == 0 {
			t.Errorf("%s prints %q %d times and links it %d times", name, written, printed, links)
		}
	}
	if pdfs == 0 {
		t.Fatal("no PDFs")
	}
	page, err := os.ReadFile(filepath.Join(filepath.Dir(res[0].Path), "site", "en", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	hrefs := regexp.MustCompile(`href="(tel:[^"]*2166234200[^"]*)"[^>]*>(.*?)</a>`).FindAllStringSubmatch(string(page), -1)
	for _, h := range hrefs {
		if shown := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(h[2], ""); h[1] != strings.Replace(tel, "+", "&#43;", 1) || !strings.HasSuffix(shown, written) {
			t.Errorf("the page links %q to %s, want %q to %s", shown, h[1], written, tel)
		}
	}
	if len(hrefs) < 3 { // the hotline box, the FAQ's {call} and its clinic written out
		t.Errorf("the page links the number %d times: %q", len(hrefs), hrefs)
	}
}

// The organisation's own number written in another form than settings.yaml's is linked with
// the extension written after it: the discreet card prints 1-800-CALL-NOW x 3 in digits,
// "1-800-225-5669 x 3", and linked it tel:+18002255669 and described it without "x 3"; a FAQ
// writing it so linked the number alone on paper and on the page.
func TestOwnNumberInDigitsDialsExtension(t *testing.T) {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	faq := mustReadFile(t, filepath.Join("..", "..", "content", "en", "faq.md"))
	const tel = "tel:+18002255669,3"
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{
		"settings.yaml": strings.Replace(settings, "  call: 1-888-373-7888", `  call: "1-800-CALL-NOW x 3"`, 1),
		"en/faq.md": strings.Replace(faq, "If you’re unsure, you can still make an anonymous report.",
			"Our clinic: Call 1-800-225-5669 x 3 for an appointment.", 1),
	}), Options{Kinds: []string{"cards", "handout", "site"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	linked := map[string]int{}
	for _, r := range res {
		name := filepath.Base(r.Path)
		if filepath.Ext(name) != ".pdf" || strings.HasPrefix(name, "proof") || strings.HasPrefix(name, "how-to-print") || filepath.Base(filepath.Dir(r.Path)) == "site" {
			continue
		}
		for _, pg := range readPDF(t, r.Path) {
			for _, l := range pg.Links {
				if !strings.Contains(l.URI, "8002255669") {
					continue
				}
				linked[name]++
				if l.URI != tel || l.Contents != "" && !strings.Contains(l.Contents, "x 3") {
					t.Errorf("%s links %q to %s, want %s and the extension in its description", name, l.Contents, l.URI, tel)
				}
			}
		}
	}
	for _, want := range []string{"cards-discreet-en-letter.pdf", "cards-en-letter.pdf", "handout-en-letter.pdf"} {
		if linked[want] == 0 {
			t.Errorf("%s does not link the number: %v", want, linked)
		}
	}
	page, err := os.ReadFile(filepath.Join(filepath.Dir(res[0].Path), "site", "en", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	hrefs := regexp.MustCompile(`href="(tel:[^"]*8002255669[^"]*)"[^>]*>(.*?)</a>`).FindAllStringSubmatch(string(page), -1)
	clinic := false
	for _, h := range hrefs {
		shown := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(h[2], "")
		clinic = clinic || shown == "1-800-225-5669 x 3"
		if h[1] != strings.Replace(tel, "+", "&#43;", 1) {
			t.Errorf("the page links %q to %s, want %s", shown, h[1], tel)
		}
	}
	if !clinic {
		t.Errorf("the page does not link the clinic's 1-800-225-5669 x 3: %q", hrefs)
	}
}

// A hotline box line that writes an extension after {call}, whose number has none in
// settings.yaml ("Call {call}, ext. 2"), dials it on the page, as its words and the PDFs do.
func TestExtensionWrittenAfterCallDialled(t *testing.T) {
	text := mustReadFile(t, filepath.Join("..", "..", "content", "en", "text.yaml"))
	const written = "  call: Call {call}, ext. 2"
	changed := strings.Replace(text, "  call: Call {call}", written, 1)
	if changed == text {
		t.Fatal("the built-in text.yaml has no help.call line to change")
	}
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{"en/text.yaml": changed}), Options{Kinds: []string{"site"}, Langs: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	var page []byte
	for _, r := range res {
		if strings.HasSuffix(filepath.ToSlash(r.Path), "site/en/index.html") {
			page, err = os.ReadFile(r.Path)
		}
	}
	if err != nil || page == nil {
		t.Fatalf("no English page: %v", err)
	}
	if !strings.Contains(string(page), `href="tel:&#43;18883737888,2" aria-label="Call 1-888-373-7888, ext. 2"`) {
		t.Errorf("the page's hotline box does not dial the extension its words write: %s", regexp.MustCompile(`href="tel:[^"]*"[^>]*`).FindAllString(string(page), 3))
	}
}

// A number to call with an extension, set alone as the largest text (posters of every size,
// the tear-off flyer, the cards), sets its extension smaller after it, on its baseline: at the
// number's size, "ext. 2" widened the line and the number was set smaller to fit. The whole
// still reads back as written.
func TestCallExtensionSetSmaller(t *testing.T) {
	settings := mustReadFile(t, filepath.Join("..", "..", "content", "settings.yaml"))
	const written, ext = "(216) 623-4200 ext. 2", " ext. 2"
	papers := append(slices.Clone(layout.PosterPapers), kinds.TearOff, kinds.TearOffA4)
	res, _, err := runWith(t, contentWith(t, nil, map[string]string{
		"settings.yaml": strings.Replace(settings, "  call: 1-888-373-7888", `  call: "`+written+`"`, 1),
	}), Options{Kinds: []string{"poster", "cards"}, Langs: []string{"en"}, Papers: papers})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, r := range res {
		name := filepath.Base(r.Path)
		if filepath.Ext(name) != ".pdf" || strings.HasPrefix(name, "proof") || strings.HasPrefix(name, "how-to-print") {
			continue
		}
		checked++
		rb := open(t, r.Path)
		checkNoOverlap(t, rb)
		chars, err := rb.doc.Chars(0)
		if err != nil {
			t.Fatal(err)
		}
		var all strings.Builder
		for _, c := range chars {
			all.WriteString(c.Text)
		}
		// where the number is printed largest (a tab says it too, smaller)
		s, at := all.String(), -1
		for from := 0; ; {
			k := strings.Index(s[from:], written)
			if k < 0 {
				break
			}
			if i := len([]rune(s[:from+k])); at < 0 || chars[i].Size > chars[at].Size {
				at = i
			}
			from += k + len(written)
		}
		if at < 0 {
			t.Errorf("%s does not print %q", name, written)
			continue
		}
		n := utf8.RuneCountInString(written) - utf8.RuneCountInString(ext)
		num, last, tail := chars[at], chars[at+n-1], chars[at+n+len(ext)-1] // "(", its last digit, the extension's
		if share := tail.Size / num.Size; share < 0.5 || share > 0.7 {
			t.Errorf("%s sets %q at %.1f pt after the number at %.1f pt (%.2f of it); want half to two thirds", name, ext, tail.Size, num.Size, share)
		}
		if d := math.Abs(tail.Bottom - last.Bottom); d > 0.05*num.Size {
			t.Errorf("%s sets %q %.1f pt off the number's baseline", name, ext, d)
		}
	}
	if checked < len(papers)+2 {
		t.Errorf("checked %d PDFs", checked)
	}
}

// Another service's number written with an extension after it is linked with it, as the
// organisation's own is: on paper, the number and its extension under one link that dials the
// extension after a pause (tel:+18002221222,5), also where no words ask to call it ("Poison
// control: 1-800-222-1222 ext. 5"), which linked nothing; on the page, the same. Read back
// from the handout: the words under each link and where it opens.
func TestOtherNumberDialsItsExtension(t *testing.T) {
	faq := strings.Replace(builtinFAQ(t), "No. Most victims know their traffickers.",
		"Poison control: 1-800-222-1222 ext. 5. Or call them at 1-800-222-1222 x5. No. Most victims know their traffickers.", 1)
	res, out, err := runWith(t, contentWith(t, nil, map[string]string{"en/faq.md": faq}), Options{Kinds: []string{"handout", "site"}, Langs: []string{"en"}, Papers: []string{"letter"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string // the words under each link to the number, and where it opens
	pages, err := readback.Read(openBuilt(t, res, "handout-en-letter.pdf").raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, pg := range pages {
		for _, l := range pg.Links {
			if !strings.Contains(l.URI, "8002221222") {
				continue
			}
			words := ""
			for _, tx := range pg.Texts {
				if tx.X >= l.X-0.01 && tx.X < l.X+l.W && tx.Y >= l.Y && tx.Y <= l.Y+l.H {
					words += tx.S
				}
			}
			got = append(got, strings.TrimSpace(words)+" > "+l.URI)
		}
	}
	want := []string{"1-800-222-1222 ext. 5 > tel:+18002221222,5", "1-800-222-1222 x5 > tel:+18002221222,5"}
	if !slices.Equal(got, want) {
		t.Errorf("the handout links\n got %q\nwant %q", got, want)
	}
	page := mustReadFile(t, filepath.Join(out, "site", "en", "index.html"))
	got = nil
	for _, h := range regexp.MustCompile(`href="(tel:[^"]*8002221222[^"]*)"[^>]*>(.*?)</a>`).FindAllStringSubmatch(page, -1) {
		got = append(got, regexp.MustCompile(`<[^>]*>`).ReplaceAllString(h[2], "")+" > "+strings.Replace(h[1], "&#43;", "+", 1))
	}
	if !slices.Equal(got, want) {
		t.Errorf("the page links\n got %q\nwant %q", got, want)
	}
}
