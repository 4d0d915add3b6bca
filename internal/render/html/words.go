package html

import (
	"cmp"
	"strconv"
	"strings"

	"haven/internal/content"
)

// Words are the page's own words around the content: the quick exit, its safety note, the
// navigation. Each is in the page's language when text.yaml's site: or haven has it, else in
// English, marked as such (content.SiteWords).
type Words struct {
	zero         rune             // of the digits the edition writes numbers in (content.Language.Digits); 0 as '0'
	Exit         content.SiteWord // the quick exit's label
	Skip         content.SiteWord // the skip link
	Safety       content.SiteWord // what the quick exit does and does not do
	SafetyNoJS   content.SiteWord // the same when JavaScript is off: a plain link, which Back returns from
	Private      content.SiteWord // the link on browsing privately
	Languages    content.SiteWord // the language switch's name
	Contents     content.SiteWord // the list of questions
	Downloads    content.SiteWord // the PDFs' heading
	DownloadsTip content.SiteWord // one line under it
	PDF          content.SiteWord // a download's kind and size: "(PDF, {kb} KB)" (FileSize)
	NeutralTitle content.SiteWord // the <title> of a discreet page
	ThisPage     content.SiteWord // before the page's own address in the footer
	// Announced to screen readers while Shift is pressed, and as the page goes.
	PressTwoMore, PressOneMore, TimedOut, Leaving content.SiteWord
}

// WordsFor is a language's words.
func WordsFor(l *content.Language) Words {
	w := content.SiteWords(l)
	return Words{
		zero: l.Digits(),
		Exit: w["exit"], Skip: w["skip"], Safety: w["safety"], SafetyNoJS: w["safety_nojs"], Private: w["private"],
		Languages: w["languages"], Contents: w["contents"], Downloads: w["downloads"], DownloadsTip: w["downloads_tip"],
		PDF: w["pdf"], NeutralTitle: w["neutral_title"], ThisPage: w["this_page"], PressTwoMore: w["press_two_more"],
		PressOneMore: w["press_one_more"], TimedOut: w["timed_out"], Leaving: w["leaving"],
	}
}

// FileSize is a download's kind and size in pdf's words, with its size in kilobytes for {kb}; a
// pdf without {kb} names only the kind ("PDF", as text.yaml's of earlier versions of haven do),
// and is put in "(PDF, 63 KB)".
func (w Words) FileSize(bytes int64) string {
	text, _ := w.FileSizeAt(bytes)
	return text
}

// FileSizeAt is FileSize and where in it the size stands, from byte to byte, each time pdf's
// words say it: a number of haven's own that the page does not link, however much it reads
// like an emergency number ("(PDF, 112 KB)"), which the page's check must tell from one the
// content prints.
func (w Words) FileSizeAt(bytes int64) (string, [][2]int) {
	kb := content.InDigits(strconv.FormatInt((bytes+999)/1000, 10), cmp.Or(w.zero, '0')) // in the edition's digits, as its list numbers are
	format := w.PDF.Text
	if !strings.Contains(format, "{kb}") {
		format = "(" + format + ", {kb} KB)"
	}
	var b strings.Builder
	var at [][2]int
	for i, part := range strings.Split(format, "{kb}") {
		if i > 0 {
			at = append(at, [2]int{b.Len(), b.Len() + len(kb)})
			b.WriteString(kb)
		}
		b.WriteString(part)
	}
	return b.String(), at
}

// All are every word, for the characters the page's fonts must have.
func (w Words) All() []content.SiteWord {
	return []content.SiteWord{w.Exit, w.Skip, w.Safety, w.SafetyNoJS, w.Private, w.Languages, w.Contents, w.Downloads,
		w.DownloadsTip, w.PDF, w.NeutralTitle, w.ThisPage, w.PressTwoMore, w.PressOneMore, w.TimedOut, w.Leaving}
}

// Announced is the language of what the quick exit announces, for the live region that says
// it: "" (the page's) unless all four are in one other language.
func (w Words) Announced() content.SiteWord {
	lang := w.PressTwoMore.Lang
	for _, a := range []content.SiteWord{w.PressOneMore, w.TimedOut, w.Leaving} {
		if a.Lang != lang {
			return content.SiteWord{}
		}
	}
	return content.SiteWord{Lang: lang}
}
