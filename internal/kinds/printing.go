package kinds

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"haven/internal/content"

	"haven/internal/layout"
)

// Printing says how a document is printed, for the print guide (how-to-print.pdf): every kind
// says it for each of its documents, so a new kind cannot leave the guide silent. It holds no
// words: the guide's language gives them (In), so each language's guide says the same things.
type Printing struct {
	Name  string // the document's name in the guide's words, e.g. "large-print handout"
	How   How
	Paper string
}

// How is a way of printing; documents printed the same way on the same paper share a section
// of the guide.
type How int

const (
	HowHandout How = iota + 1
	HowCards
	HowBleed
	HowPoster
	HowTearOff
)

// Instructions are a document's printing instructions in one language.
type Instructions struct {
	Stock    string // paper or card stock
	Sides    string // one side, or both and which edge to flip on
	PerSheet string // copies or cards on one sheet
	Cut      string // where to cut, or "no cutting"
	Shop     string // what to ask a print shop for; empty when any office printer will do
	First    string // what to do before the run, if anything
}

// GuideWords are the print guide's words in one language: its own (title, rules, labels) and
// every kind's instructions. English and Spanish are built in; another language gets English,
// marked as English, as the resource page does for its own words.
type GuideWords struct {
	layout.GuideText
	// Reach is how the proof's number is not to be tried, for the %s of Rules[1] ("Do not %s
	// the number to test it"): by a call or a text message, a call, a text message, as the
	// line takes them; a test call ties up a crisis line.
	Reach                          [3]string
	Labels                         GuideLabels
	Scale                          string            // the scale row: 100% and the print window's name for it
	Papers                         map[string]string // each paper's title, with its size
	Names                          map[string]string // each document's name, as a section heading lists it
	And, OnPaper                   string            // "Handout and large-print handout on Letter": " and ", "{file} on {paper}"
	TwoSided, OneSided, PlainPaper string            // PlainPaper has a %s for the paper's title
	InchCard                       string            // the US business card's size, for the print shop's row
	// Placements is the rule a run of placement codes adds: %d codes, %s their folders.
	Placements string
	// HandoutPages say how a handout of one page, of two, and of more (%d pages on %d
	// sheets) is printed and held together, and how one of more that reads right to left is
	// (stapled at its top right): a section's handouts run to different lengths.
	HandoutPages          [4]string
	Kinds                 map[How]Instructions // PlainPaper and %s are filled in by In
	CardStock             map[string]string    // the card stock, by paper
	ShopPoster            string               // a poster too large for an office printer: %s is its paper
	PosterPaper, MidPaper string               // poster paper (%s: paper) and Tabloid/A3 paper (%s: paper)
}

// GuideLabels name the rows of a section.
type GuideLabels struct{ First, Paper, Scale, Sides, PerSheet, Cut, Shop string }

// GuideWordsFor is a language's guide words, English for a language haven has none for.
func GuideWordsFor(lang string) GuideWords {
	if w, ok := guideWords[lang]; ok {
		return w
	}
	return guideWords["en"]
}

// In is the instructions in a language's words.
func (p Printing) In(w GuideWords) Instructions {
	in := w.Kinds[p.How]
	paper := w.Papers[p.Paper]
	plain := fmt.Sprintf(w.PlainPaper, paper)
	switch p.How {
	case HowHandout, HowTearOff:
		in.Stock = plain
	case HowCards:
		in.Stock = w.CardStock[p.Paper]
	case HowBleed:
		in.Shop = w.ShopRow(layout.ShopCardIn("")) // the US size; the guide gives the organisation's
	case HowPoster:
		switch p.Paper {
		case "tabloid", "a3":
			in.Stock = fmt.Sprintf(w.MidPaper, paper)
		case "18x24", "24x36", "a2":
			in.Stock = fmt.Sprintf(w.PosterPaper, paper)
			in.Shop = fmt.Sprintf(w.ShopPoster, paper)
		default:
			in.Stock = plain
		}
	}
	return in
}

// ShopRow is what to ask a print shop for, for the print-shop card of the size size.
func (w GuideWords) ShopRow(size layout.ShopCard) string {
	says := w.InchCard
	if size.Name != "us" {
		says = fmt.Sprintf("%.0f x %.0f mm", size.W/layout.MM, size.H/layout.MM)
	}
	return fmt.Sprintf(w.Kinds[HowBleed].Shop, says)
}

// HandoutRows are the sides and sheets rows of a section of handouts, from each file's pages
// (pages: the files, by their page count): a one-page handout is printed on one side, two
// pages on both sides of one sheet, more on several sheets stapled together, at the top left,
// or the top right for a file rtl says reads right to left. A section whose files differ says
// which is which.
func (w GuideWords) HandoutRows(pages map[int][]string, rtl func(file string) bool) (sides, perSheet string) {
	counts := slices.Sorted(maps.Keys(pages))
	switch {
	case len(counts) == 0 || counts[0] != 1:
		sides = w.TwoSided
	case len(counts) == 1:
		sides = w.OneSided
	default: // a one-page handout beside longer ones (its large print): each as it is printed
		var more []string
		for _, n := range counts[1:] {
			more = append(more, pages[n]...)
		}
		sides = strings.Join(pages[1], ", ") + ": " + w.OneSided + "; " + strings.Join(more, ", ") + ": " + w.TwoSided
	}
	var each []string
	for _, n := range counts {
		groups := [][]string{pages[n]}
		says := []string{w.HandoutPages[min(n, 3)-1]}
		if n > 2 { // stapled: at the corner its first page is read from
			left, right := slices.Clone(pages[n]), slices.Clone(pages[n])
			left, right = slices.DeleteFunc(left, rtl), slices.DeleteFunc(right, func(f string) bool { return !rtl(f) })
			groups, says = nil, nil
			for i, g := range [][]string{left, right} {
				if len(g) > 0 {
					groups, says = append(groups, g), append(says, fmt.Sprintf(w.HandoutPages[2+i], n, (n+1)/2))
				}
			}
		}
		for i, g := range groups {
			if len(counts) > 1 || len(groups) > 1 {
				says[i] = strings.Join(g, ", ") + ": " + says[i]
			}
			each = append(each, says[i])
		}
	}
	return sides, strings.Join(each, "; ")
}

// Title is a section's heading from its documents' printings: "Handout and large-print
// handout on Letter (8.5 x 11 in)".
func Title(w GuideWords, ps []Printing) string {
	var names []string
	for _, p := range ps {
		names = append(names, w.Names[p.Name])
	}
	t := names[0]
	if n := len(names); n > 1 {
		t = strings.Join(names[:n-1], ", ") + w.And + names[n-1]
	}
	return title(t, w.OnPaper, w.Papers[ps[0].Paper], ps[0], w.Lang)
}

// title is the name of what is printed as p, t, on its paper as onPaper puts them together,
// with a capital as the language lang writes it: "Handout on Letter (8.5 x 11 in)", Turkish
// "İlan panosu". The print-shop card's name says its size.
func title(t, onPaper, paper string, p Printing, lang string) string {
	if p.How != HowBleed {
		t = strings.NewReplacer("{file}", t, "{paper}", paper).Replace(onPaper)
	}
	return content.Capitalised(t, lang)
}

// DownloadLabel is what the resource page of language l calls the file printed as p, in the
// words of its text.yaml's site:, else haven's own for the language, else English: "Folleto,
// tamaño Carta (8.5 x 11 pulg.)". Words in two languages make no label: one that is not
// whole in l's words is in English, and says so.
func DownloadLabel(l *content.Language, p Printing) content.SiteWord {
	w := content.SiteWords(l)
	name, onPaper, paper := w[siteKey(p.Name)], w["on_paper"], w[p.Paper]
	if name.Lang == onPaper.Lang && onPaper.Lang == paper.Lang {
		return content.SiteWord{Text: title(name.Text, onPaper.Text, paper.Text, p, name.Lang), Lang: name.Lang}
	}
	en := func(key string) string { return content.BuiltinSiteWord("en", key) }
	return content.SiteWord{Text: title(en(siteKey(p.Name)), en("on_paper"), en(p.Paper), p, "en"), Lang: "en"}
}

// siteKey is the site: key of a document's name: "large_print_handout".
func siteKey(name string) string { return strings.NewReplacer(" ", "_", "-", "_").Replace(name) }

// with is d with its printing instructions.
func (d Doc) with(p Printing) Doc {
	d.Print = p
	return d
}

// discreetCards names the discreet card sheets, which a discreet site leaves out (sitePage).
const discreetCards = "discreet cards"

func handoutPrinting(name, paper string) Printing { return Printing{name, HowHandout, paper} }
func cardPrinting(name, paper string) Printing    { return Printing{name, HowCards, paper} }
func posterPrinting(paper string) Printing        { return Printing{"poster", HowPoster, paper} }
func tearOffPrinting(paper string) Printing       { return Printing{"tear-off flyer", HowTearOff, paper} }

var bleedPrinting = Printing{"print-shop card", HowBleed, "letter"}

// printings are the names of every document printed, as Printing.Name.
var printings = []string{"handout", "large-print handout", "cards", discreetCards, bleedPrinting.Name, "poster", "tear-off flyer"}

// OwnMarks are the characters other than letters, digits and spaces that haven prints of its
// own in lang's outputs: layout's marks and words (layout.OwnText) and the print guide's, such
// as "•", "·", "«" and "²". The fonts are chosen for them with the content's texts, so that a
// font without one (a brand font without "•") takes it from the next family that has it.
// Letters are left out: they would count in which family sets the language.
func OwnMarks(lang string) string {
	var b strings.Builder
	b.WriteString(layout.OwnText(lang))
	texts(reflect.ValueOf(GuideWordsFor(lang)), &b)
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, b.String())
}

// texts writes every string in v (the guide's words: strings, in structs, slices and maps).
func texts(v reflect.Value, b *strings.Builder) {
	switch v.Kind() {
	case reflect.String:
		b.WriteString(v.String())
	case reflect.Struct:
		for i := range v.NumField() {
			texts(v.Field(i), b)
		}
	case reflect.Slice:
		for i := range v.Len() {
			texts(v.Index(i), b)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			texts(it.Value(), b)
		}
	}
}
