package content

import (
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"haven/internal/diag"
)

// contactPhrases are what a text says when it asks the reader to reach the organisation: such
// a text needs the organisation's contact printed somewhere, or the reader is left with none.
var contactPhrases = []string{"contact us", "reach us", "call us", "email us", "contáctenos", "contáctanos", "contactarnos",
	"comuníquese con nosotros", "comunícate con nosotros", "llámenos", "llámanos", "escríbanos", "escríbenos"}

// dialPhrases are those of contactPhrases that ask to call or text: in text.yaml, over the
// hotline's number ("Escríbenos" on a line that takes texts), they ask to call or text the
// hotline, which the line prints.
var dialPhrases = []string{"call us", "llámenos", "llámanos", "escríbanos", "escríbenos"}

// contactUs warns of each text of lang that asks the reader to contact the organisation when
// neither settings.yaml nor the language gives a contact or a website.
func contactUs(lang Language, org Organisation) diag.Problems {
	if org.Contact.Text != "" || org.Website != "" || lang.Text.Organisation.Contact.Text != "" {
		return nil
	}
	// a paragraph that gives its own number or address (a link printed after its words) is
	// no such text: each line counted once, as any of its texts shows
	type line struct {
		file string
		line int
	}
	gives := map[line]bool{}
	for _, t := range lang.Texts {
		digits := 0
		for i := range len(t.Text) {
			if t.Text[i] >= '0' && t.Text[i] <= '9' {
				digits++
			}
		}
		if digits >= 7 || strings.Contains(t.Text, "@") || strings.Contains(t.Text, "://") {
			gives[line{t.File, t.Line}] = true
		}
	}
	var ps diag.Problems
	for _, t := range lang.Texts {
		if gives[line{t.File, t.Line}] {
			continue
		}
		low := strings.ToLower(t.Text)
		for _, p := range contactPhrases {
			if strings.Contains(low, p) && !(path.Base(t.File) != FAQFile && slices.Contains(dialPhrases, p)) {
				ps.Add(t.File, t.Line, t.Field, fmt.Sprintf("says %q, but no contact for the organisation is printed", p),
					"set organisation: contact: (a phone or email) or website: in settings.yaml, or reword the text")
				break
			}
		}
	}
	return ps
}

// OwnPage reports whether the QR codes open a page on the organisation's own website, such as
// the resource page haven site makes: only then may a caption call it the full guide.
func OwnPage(s Settings) bool {
	if s.Organisation.Website == "" {
		return false
	}
	site, err1 := url.Parse(s.Organisation.Website)
	page, err2 := url.Parse(s.ResourceURL)
	if err1 != nil || err2 != nil {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(site.Hostname()), "www.")
	got := strings.TrimPrefix(strings.ToLower(page.Hostname()), "www.")
	return got == host || strings.HasSuffix(got, "."+host)
}

// orFirst warns of a language whose help.text_label begins with "or" ("Or send a text
// message", as haven init writes it) for a line that takes no calls: the text line is then the
// first way the hotline box gives, with no call above it to be the other of.
func orFirst(lang Language, h Hotline) diag.Problems {
	label := lang.Text.Help.TextLabel
	if h.Calls() || !h.Texts() || label.Text == "" {
		return nil
	}
	low := strings.ToLower(label.Text)
	ors := orOf(lang.Code)
	slices.SortFunc(ors, func(a, b string) int { return len(b) - len(a) }) // 或者 before 或
	for _, w := range ors {
		rest, ok := strings.CutPrefix(low, w)
		if !ok {
			continue
		}
		// a word of its own (Latin "or " and "or," but not "order"); a script written without spaces needs none
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hangul, r) && !unicode.In(r, unicode.Hiragana, unicode.Katakana) {
			continue
		}
		said := label.Text[:len(w)]
		without := []rune(strings.TrimLeft(strings.TrimSpace(label.Text[len(w):]), ",、， "))
		if len(without) > 0 {
			without[0] = unicode.ToUpper(without[0])
		}
		var ps diag.Problems
		ps.Add(label.File, label.Line, label.Field, fmt.Sprintf("begins with %q, but hotline.call is empty: the text line is the first way the hotline box gives, with no call before it", said),
			fmt.Sprintf("write it without %q, e.g. %q", said, string(without)))
		return ps
	}
	return nil
}
