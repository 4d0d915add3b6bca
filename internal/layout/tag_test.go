package layout

import (
	"cmp"
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestWhatIsTagged: every text, QR code, image and link of each kind of output is part of a
// structure element, except the page furniture a reader should skip: a handout's footer and
// page number, the nine copies of a card and the placement codes, the copies of the tear-off
// flyer's first tab, the proof sheet's count of sheets and its heading and note after the
// first sheet. Boxes and rules never are.
func TestWhatIsTagged(t *testing.T) {
	in := input(t)
	sheet := Sheets["letter"]
	x0, y0 := sheet.origin()
	codes := make([]string, sheet.Cols*sheet.Rows)
	for i := range codes {
		codes[i] = fmt.Sprintf("p%02d", i+1)
	}
	// inFirstCard: the first card of a side is the top left front, and its back, mirrored,
	// at the top right
	inFirstCard := func(page int, x, y float64) bool {
		cx := x0
		if page == 1 {
			cx = x0 + float64(sheet.Cols-1)*sheet.CardW
		}
		return x >= cx && x < cx+sheet.CardW && y >= y0 && y < y0+sheet.CardH
	}
	footer := func(_ int, p Page, it Item) bool { // the footer's lines and the page number
		tx, ok := it.(Text)
		return ok && tx.Y > p.H-0.75*Inch
	}
	// the tear-off's tabs after the first, whose lines (turned to run up the tab) are more
	// than half a tab's width right of the first tab's first line
	copiedTab := func(_ int, p Page, it Item) bool {
		first := math.Inf(1)
		for _, it := range p.Items {
			if tx, ok := it.(Text); ok && tx.Rotate == 90 {
				first = min(first, tx.X)
			}
		}
		tx, ok := it.(Text)
		return ok && tx.Rotate == 90 && tx.X > first+Papers["letter"].W/16
	}
	var proofed []ProofFile // enough pages for three proof sheets
	for i := range 40 {
		doc, err := Poster(in, Papers["letter"])
		if err != nil {
			t.Fatal(err)
		}
		proofed = append(proofed, ProofFile{File: fmt.Sprintf("poster-%d.pdf", i), Doc: doc})
	}
	proofHead := func(page int, _ Page, it Item) bool { // the heading, the note and the sheet's count above the thumbnails
		tx, ok := it.(Text)
		return ok && tx.Y < proofMargin+proofHeader && (page > 0 || strings.HasPrefix(tx.S, "sheet "))
	}
	// with a contact line, the footer on the last page is the organisation's words, read once
	contact := in
	contact.Settings.Organisation.Contact.Text = "Office (218) 724-3390 · info@samples.org"
	var pages int
	lastFooter := func(n int, p Page, it Item) bool { // all the footer but the last page's name and contact
		tx, _ := it.(Text)
		return footer(n, p, it) && (n < pages-1 || strings.HasPrefix(tx.S, "Page"))
	}
	tests := []struct {
		name      string
		make      func() (*Doc, error)
		furniture func(page int, p Page, it Item) bool
	}{
		{"large-print handout, Letter", func() (*Doc, error) { return Handout(in, Papers["letter"], true) }, footer},
		{"handout with a contact line", func() (*Doc, error) {
			doc, err := Handout(contact, Papers["letter"], false)
			if err == nil {
				pages = len(doc.Pages)
			}
			return doc, err
		}, lastFooter},
		{"large-print handout, A4", func() (*Doc, error) { return Handout(in, Papers["a4"], true) }, footer},
		{"poster", func() (*Doc, error) { return Poster(in, Papers["tabloid"]) }, nil},
		{"tear-off", func() (*Doc, error) { return TearOff(in, Papers["letter"]) }, copiedTab},
		{"proof", func() (*Doc, error) { return Proof(proofed, Papers["letter"], in.M) }, proofHead},
		{"print-shop card", func() (*Doc, error) { return BleedCard(in) }, nil},
		{"card sheet with codes", func() (*Doc, error) { return CardSheet(in, "letter", false, codes) },
			func(page int, _ Page, it Item) bool {
				switch it := it.(type) {
				case Text:
					return it.S == "p01" || !inFirstCard(page, it.X, it.Y)
				case QR:
					return !inFirstCard(page, it.X, it.Y)
				}
				return false
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := tt.make()
			if err != nil {
				t.Fatal(err)
			}
			tagged := 0
			for n, p := range doc.Pages {
				for i, it := range p.Items {
					e := p.Tagged(i)
					if e != nil {
						tagged++
					}
					var furniture bool
					switch it.(type) {
					case Rect, Rule:
						furniture = true
					case Text, QR:
						furniture = tt.furniture != nil && tt.furniture(n, p, it)
					}
					if furniture != (e == nil) {
						t.Errorf("page %d item %d (%T %+.60v): tagged %v", n+1, i, it, it, e != nil)
					}
				}
			}
			if tagged == 0 {
				t.Error("nothing tagged")
			}
		})
	}
}

// A number at the head of a right-to-left line is drawn as the bidirectional algorithm places
// it: its full stop or bracket (mirrored) left of the digits; a mark without digits as written.
func TestNumberMark(t *testing.T) {
	for _, tt := range []struct{ mark, drawn string }{
		{"1.", ".1"}, {"12.", ".12"}, {"3)", "(3"}, {"•", "•"}, {"–", "–"}, {"7", "7"}, {"a.", "a."},
	} {
		if got := numberMark(tt.mark); got != tt.drawn {
			t.Errorf("numberMark(%q) = %q, want %q", tt.mark, got, tt.drawn)
		}
	}
}

// A link is described by the words of the clause its text ends, capitalised as its language
// writes it; without words before it, by its text.
func TestClauseAlt(t *testing.T) {
	for _, tt := range []struct{ lang, written, match, want string }{
		{"en", "Text HELP to ", "233733", "Text HELP to 233733"},
		{"en", "In immediate danger, call ", "911", "Call 911"},
		{"en", "call 911 right away. Otherwise, contact the hotline at ", "1-888-373-7888", "Contact the hotline at 1-888-373-7888"},
		{"en", "Under U.S. law, dial ", "911", "Dial 911"},
		{"en", "version 1.5 at ", "911", "Version 1.5 at 911"},
		{"en", "", "911", "911"},
		{"en", "Read the online safety guide (", "www.techsafety.org", "Read the online safety guide www.techsafety.org"},
		{"en", "text “", "HELP", "Text HELP"},
		// a label whose colon ends the words before the link is its words, whatever its shape
		{"en", "In danger: ", "911", "In danger: 911"},
		{"en", "TTY: ", "1-800-787-3224", "TTY: 1-800-787-3224"},
		{"en", "TTY:", "1-800-787-3224", "TTY: 1-800-787-3224"},
		{"en", "Deaf or hard of hearing, TTY: ", "1-800-787-3224", "TTY: 1-800-787-3224"},
		{"en", " · TTY: ", "1-800-787-3224", "TTY: 1-800-787-3224"},
		{"en", "chat online: ", "www.thehotline.org/chat", "Chat online: www.thehotline.org/chat"},
		{"zh", "文字电话：", "1-800-787-3224", "文字电话：1-800-787-3224"}, // no space after a full-width colon, as printed
		{"en", ": ", "911", "911"},
		{"en", "Help is here. ", "911", "911"}, // a sentence before is not a label
		// the words after the link before it, which ended its clause: not the call's words
		{"en", ") or call ", "1-216-555-0100", "Or call 1-216-555-0100"},
		// brackets paired: from after one closed that opened before the clause, without an aside
		// opening it (the link's before it) or one left open, in which the link stands
		{"es", "español) o al ", "(614) 224-4000", "O al (614) 224-4000"},
		{"es", " (en español) o al ", "(614) 224-4000", "O al (614) 224-4000"},
		{"en", " (TTY users dial ", "711", "TTY users dial 711"},
		{"en", "first) or text “HELP” to ", "741741", "Or text “HELP” to 741741"},
		{"en", "Call us (free) at ", "988", "Call us (free) at 988"},
		{"en", "Call [free] (24/7) at ", "988", "Call [free] (24/7) at 988"},
		// a German quotation („…“, ‚…‘) is paired as a bracket is, though its closing mark is
		// of the class of opening quotes; one left open before the link is left out
		{"de", "Ja. Das Hilfetelefon „Gewalt gegen Frauen“ ist rund um die Uhr unter ", "116 016",
			"Das Hilfetelefon „Gewalt gegen Frauen“ ist rund um die Uhr unter 116 016"},
		{"de", "Das Hilfetelefon „Gewalt gegen Frauen” erreichst du unter ", "116 016", "Das Hilfetelefon „Gewalt gegen Frauen” erreichst du unter 116 016"},
		{"de", "Der ‚Notruf‘ ist ", "112", "Der ‚Notruf‘ ist 112"},
		{"de", "„Gewalt gegen Frauen“: ", "116 016", "„Gewalt gegen Frauen“: 116 016"},
		{"de", "Sag „ruf ", "110", "Sag ruf 110"},
		{"de", "Ruf an (kostenlos) unter ", "116 111", "Ruf an (kostenlos) unter 116 111"},
		{"en", "Call the “Hotline” at ", "988", "Call the “Hotline” at 988"},
		// an item of a contact line, set apart by a spaced dot or bar, is its own clause
		{"en", "help@example.org · ", "(216) 555-0142", "(216) 555-0142"},
		{"en", "Harbour Lights · Office ", "614-276-2274", "Office 614-276-2274"},
		{"en", "Harbour Lights | Fax ", "614-276-2270", "Fax 614-276-2270"},
		// an address or email at the clause's head is as written
		{"en", "example.org/help or ", "911", "example.org/help or 911"},
		{"en", "1-800 or ", "911", "1-800 or 911"},
		// nor with the separator after the link before: "– 55753" read out of context
		{"en", " – ", "55753", "55753"},
		{"en", " · TTY ", "(614) 224-4670", "TTY (614) 224-4670"},
		{"en", " / text ", "55753", "Text 55753"},
		// a full-width full stop ends a clause without a space after it
		{"zh", "是的。我们从不分享您的信息。紧急情况请拨打 ", "911", "紧急情况请拨打 911"},
		{"ar", "في حالة الخطر الداهم، اتصل بالرقم ", "911", "اتصل بالرقم 911"},
		// capitalised as the language writes it: Turkish and Azerbaijani i as İ, Dutch ij as IJ
		{"tr", "Tehlikedeyseniz, ilk önce arayın ", "911", "İlk önce arayın 911"},
		{"az", "Təhlükədəsinizsə, indi zəng edin ", "911", "İndi zəng edin 911"},
		{"en", "in danger call ", "911", "In danger call 911"},
		{"nl", "Bel bij gevaar, ijlings ", "112", "IJlings 112"},
	} {
		if got := clauseAlt(tt.written, tt.match, tt.lang); got != tt.want {
			t.Errorf("clauseAlt(%q, %q, %s) = %q, want %q", tt.written, tt.match, tt.lang, got, tt.want)
		}
	}
}

// A link's description is the words of its clause after the link before it, on its line or
// the paragraph's lines above: "Or text HELP to 233733", never the call's sentence again; the
// address a link's words print after them says those words ("Or call us 1-216-555-0100"); a
// Chinese word broken across lines is joined without a space. So in any language, whichever
// way the edition and the line read: a right-to-left line's links are met from its right end.
func TestLinkDescriptionsAfterTheLinkBefore(t *testing.T) {
	call, text := autolink{match: "1-888-373-7888", url: "tel:+18883737888"}, autolink{match: "233733", url: "sms:233733?body=HELP"}
	for _, tt := range []struct {
		name    string
		edition bool // the edition reads right to left
		lines   []string
		links   []autolink
		want    []string
	}{
		{"one line", false, []string{"Call 1-888-373-7888 or text HELP to 233733."},
			[]autolink{{match: "1-888-373-7888", url: "tel:+18883737888"}, {match: "233733", url: "sms:233733?body=HELP"}},
			[]string{"Call 1-888-373-7888", "Or text HELP to 233733"}},
		{"across lines", false, []string{"You can also email us (help@example.org) or", "call us (1-216-555-0100)."},
			[]autolink{{match: "email us", url: "mailto:help@example.org"}, {match: "help@example.org", url: "mailto:help@example.org"},
				{match: "call us", url: "tel:+12165550100"}, {match: "1-216-555-0100", url: "tel:+12165550100"}},
			[]string{"You can also email us", "You can also email us help@example.org", "Or call us", "Or call us 1-216-555-0100"}},
		{"a link on the line above, in another sentence", false, []string{"Call 911 now. In the day,", "call 1-888-373-7888."},
			[]autolink{{match: "911", url: "tel:911"}, {match: "1-888-373-7888", url: "tel:+18883737888"}},
			[]string{"Call 911", "Call 1-888-373-7888"}},
		{"Chinese", false, []string{"请随时拨", "打 1-888-373-7888。"},
			[]autolink{{match: "1-888-373-7888", url: "tel:+18883737888"}},
			[]string{"请随时拨打 1-888-373-7888"}},
		{"Arabic, one line", true, []string{"اتصل بالرقم 1-888-373-7888 أو أرسل HELP إلى 233733."},
			[]autolink{call, text}, []string{"اتصل بالرقم 1-888-373-7888", "أو أرسل HELP إلى 233733"}},
		{"Arabic, across lines", true, []string{"وإلا فاتصل بـ National Human Trafficking Hotline على الرقم 1-888-373-7888 أو", "أرسل HELP إلى 233733."},
			[]autolink{call, text}, []string{"وإلا فاتصل بـ National Human Trafficking Hotline على الرقم 1-888-373-7888", "أو أرسل HELP إلى 233733"}},
		{"Hebrew", true, []string{"התקשרו 1-888-373-7888 או שלחו HELP אל 233733."},
			[]autolink{call, text}, []string{"התקשרו 1-888-373-7888", "או שלחו HELP אל 233733"}},
		{"an Arabic answer in a left-to-right edition", false, []string{"اتصل بالرقم 1-888-373-7888 أو أرسل HELP إلى 233733."},
			[]autolink{call, text}, []string{"اتصل بالرقم 1-888-373-7888", "أو أرسل HELP إلى 233733"}},
		{"an English answer in a right-to-left edition", true, []string{"Call 1-888-373-7888 or text HELP to 233733."},
			[]autolink{call, text}, []string{"Call 1-888-373-7888", "Or text HELP to 233733"}},
		// the sentence ends of other scripts, Unicode's sentence terminals and clause marks, end
		// a description's words as a full stop does: Amharic's ። and ፤, Urdu's ۔
		{"Amharic", false, []string{"አያስፈልግም። በሥራ ቀናት ይምጡ። ለቀጠሮ 1-888-373-7888 ይደውሉ።"},
			[]autolink{call}, []string{"ለቀጠሮ 1-888-373-7888"}},
		{"Amharic, after a clause", false, []string{"ቀንም ሌሊትም ይደውሉ፤ ለቀጠሮ 1-888-373-7888 ይደውሉ።"},
			[]autolink{call}, []string{"ለቀጠሮ 1-888-373-7888"}},
		{"Urdu", true, []string{"صبح 10 بجے سے شام 6 بجے تک کھلا ہے۔ ملاقات کے لیے 1-888-373-7888 پر کال کریں۔"},
			[]autolink{call}, []string{"ملاقات کے لیے 1-888-373-7888"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := Style{Size: 2, Leading: 3, Font: Regular}
			var got []string
			for _, r := range lineRows(tt.lines, 10, 100, paraRTL(tt.edition, strings.Join(tt.lines, " ")), paraRTL(tt.edition, strings.Join(tt.lines, " ")), st, 0) {
				c := &canvas{m: mono{}, tag: &Elem{Role: RoleP}, links: tt.links, rtl: tt.edition}
				r.draw(c, 0)
				for i, it := range c.items {
					if _, ok := it.(Link); ok {
						got = append(got, c.tags[i].Alt)
					}
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("links described %q, want %q", got, tt.want)
			}
		})
	}
}

// A line's runs and links are tagged in the order written, whichever way the line and the
// words in it read: an English phrase with its links inside an Arabic sentence reads "Visit"
// before its link, and an address's brackets with the address; a link's words in a
// right-to-left script are a link, inside a right-to-left line or a left-to-right one.
func TestRunsInTheOrderWritten(t *testing.T) {
	beds := []autolink{{match: "our shelter page", url: "https://example.org/beds"}, {match: "example.org/beds", url: "https://example.org/beds"}}
	guide := []autolink{{match: "دليلنا", url: "https://example.org/guide"}, {match: "example.org/guide", url: "https://example.org/guide"}}
	for _, tt := range []struct {
		name    string
		edition bool // the edition reads right to left
		line    string
		links   []autolink
		want    string // the runs as read, each link's in brackets
	}{
		{"an English phrase with links in an Arabic line", true, "راجع Visit our shelter page (example.org/beds) now ثم اتصل بنا.", beds,
			"راجع Visit [our shelter page] ([example.org/beds]) now ثم اتصل بنا."},
		{"an English phrase with links at an Arabic line's start", true, "Visit our shelter page (example.org/beds) ثم اتصل بنا.", beds,
			"Visit [our shelter page] ([example.org/beds]) ثم اتصل بنا."},
		{"Arabic link words in an Arabic line", true, "اقرأ دليلنا (example.org/guide) لمعرفة المزيد.", guide,
			"اقرأ [دليلنا] ([example.org/guide]) لمعرفة المزيد."},
		{"Arabic link words in an English line", false, "In Arabic: read دليلنا now (example.org/guide).", guide,
			"In Arabic: read [دليلنا] now ([example.org/guide])."},
		{"Hebrew link words", true, "קראו את המדריך שלנו באתר.", []autolink{{match: "המדריך שלנו", url: "https://example.org/guide"}},
			"קראו את [המדריך שלנו] באתר."},
		{"numbers in an Arabic line", true, "اتصل بالرقم 1-888-373-7888 أو أرسل HELP إلى 233733.",
			[]autolink{{match: "1-888-373-7888", url: "tel:+18883737888"}, {match: "233733", url: "sms:233733?body=HELP"}},
			"اتصل بالرقم [1-888-373-7888] أو أرسل HELP إلى [233733]."},
		{"a number's brackets in a Hebrew line", true, "התקשרו (1-614-276-2274) להדרכה", []autolink{{match: "1-614-276-2274", url: "tel:+16142762274"}},
			"התקשרו ([1-614-276-2274]) להדרכה"},
		{"the second of a number twice in an Arabic line", true, "اتصل بـ 988 أو أرسل إلى 988 الآن", []autolink{{match: "988", url: "sms:988", nth: 2}},
			"اتصل بـ 988 أو أرسل إلى [988] الآن"},
		{"an English line", false, "Visit our shelter page (example.org/beds) now.", beds,
			"Visit [our shelter page] ([example.org/beds]) now."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := &canvas{m: mono{}, tag: &Elem{Role: RoleP}, links: tt.links, rtl: tt.edition}
			c.inParagraph(paragraphBidi([]string{tt.line}, paraRTL(tt.edition, tt.line)), 0, func() {
				c.text(0, 10, Style{Size: 2, Leading: 3, Font: Regular}, tt.line)
			})
			var got strings.Builder
			for i, it := range c.items {
				switch it := it.(type) {
				case Text:
					read := cmp.Or(it.Logical, it.S)
					if c.tags[i].Role == RoleLink {
						read = "[" + read + "]"
					}
					got.WriteString(read)
				case Link: // over the run before it
					run := c.items[i-1].(Text)
					if box := (Box{X: it.X, Y: it.Y, W: it.W, H: it.H}); c.tags[i] != c.tags[i-1] || !inside(run.Box(), box) {
						t.Errorf("the link to %s at %+v is not over its words %q at %+v", it.URL, box, run.S, run.Box())
					}
				}
			}
			if got.String() != tt.want {
				t.Errorf("read %q, want %q", got.String(), tt.want)
			}
		})
	}
}

// A heading's outline entry is its words as read: the runs of a line cut at a link joined as
// they touch, its lines joined by a space, or by nothing between two Chinese characters, a
// right-to-left line's number mark before its words as written; the levels start at the top
// and go down one at a time; a document of one page has no outline.
func TestOutline(t *testing.T) {
	text := func(x, y float64, s string) Text {
		return Text{X: x, Y: y, S: s, Size: 10, W: 10 * float64(len([]rune(s)))}
	}
	for _, tt := range []struct {
		name  string
		items []Text
		want  string
	}{
		{"runs of a line", []Text{text(0, 20, "Can I call "), text(110, 20, "911"), text(140, 20, "?")}, "Can I call 911?"},
		{"two lines", []Text{text(0, 20, "How does it"), text(0, 32, "happen?")}, "How does it happen?"},
		{"Chinese over two lines", []Text{text(0, 20, "如何拨"), text(0, 32, "打热线？")}, "如何拨打热线？"},
		{"a mark before its words", []Text{{X: 200, Y: 20, S: ".1", Logical: "1.", Size: 10, W: 20}, {X: 0, Y: 20, S: "؟ءيش", Logical: "شيء؟", Size: 10, W: 50}}, "1. شيء؟"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h1, h2 := &Elem{Role: RoleH1}, &Elem{Role: RoleH2}
			p := Page{W: 300, H: 400, Items: []Item{text(0, 5, "Title")}, Tags: []*Elem{h1}}
			for _, it := range tt.items {
				p.Items, p.Tags = append(p.Items, it), append(p.Tags, h2)
			}
			d := &Doc{Pages: []Page{{W: 300, H: 400}, p}}
			got := d.Outline()
			if len(got) != 2 || got[0] != (Heading{"Title", 0, 1, 5 - 0.85*10}) || got[1].Title != tt.want || got[1].Level != 1 || got[1].Page != 1 {
				t.Errorf("outline %+v, want Title and %q under it on page 2", got, tt.want)
			}
			if d.Pages = d.Pages[1:]; len(d.Outline()) > 0 {
				t.Error("a document of one page has an outline")
			}
		})
	}
	// a document whose headings begin at H2 has them at the top
	h2 := &Elem{Role: RoleH2}
	d := &Doc{Pages: []Page{{Items: []Item{text(0, 5, "Front")}, Tags: []*Elem{h2}}, {Items: []Item{text(0, 5, "Back")}, Tags: []*Elem{{Role: RoleH2}}}}}
	if got := d.Outline(); len(got) != 2 || got[0].Level != 0 || got[1].Level != 0 {
		t.Errorf("outline %+v, want two entries at the top", got)
	}
}
