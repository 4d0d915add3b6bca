package layout_test

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
	"haven/internal/typeface"
)

// pageTexts are the texts of one page, joined by spaces.
func pageTexts(p layout.Page) string { return texts(&layout.Doc{Pages: []layout.Page{p}}) }

func hasCode(p layout.Page) bool {
	return slices.ContainsFunc(p.Items, func(it layout.Item) bool { _, ok := it.(layout.QR); return ok })
}

// Every sheet of a large-print handout, its pages printed front and back, carries the number to
// call, the text line and the QR code: the box on page 1, the closing panel on the last page,
// and the strip on the back of each sheet between them.
func TestLargePrintEverySheetCarriesTheNumbers(t *testing.T) {
	for _, tt := range []struct {
		name   string
		lang   int
		copies int // the FAQ's questions, so many times
	}{
		{"default", 0, 1},
		{"Spanish", 1, 1},
		{"FAQ twice", 0, 2},
		{"FAQ three times", 0, 3},
	} {
		for _, paper := range []string{"letter", "a4"} {
			in := realInputs(t)[tt.lang]
			lang := *in.Lang
			var qs []content.QA
			for range tt.copies {
				qs = append(qs, lang.FAQ.Questions...)
			}
			lang.FAQ.Questions = qs
			in.Lang = &lang
			doc, err := layout.Handout(in, layout.Papers[paper], true)
			if err != nil {
				t.Fatalf("%s, %s: %v", tt.name, paper, err)
			}
			for s := 0; 2*s < len(doc.Pages); s++ {
				sheet := doc.Pages[2*s : min(2*s+2, len(doc.Pages))]
				ok := slices.ContainsFunc(sheet, func(p layout.Page) bool {
					all := pageTexts(p)
					return hasCode(p) && strings.Contains(all, "1-888-373-7888") && strings.Contains(all, "233733")
				})
				if !ok {
					t.Errorf("%s, %s: sheet %d of %d (pages %d-%d) has not the numbers and the QR code", tt.name, paper, s+1, (len(doc.Pages)+1)/2, 2*s+1, 2*s+len(sheet))
				}
			}
		}
	}
}

// tallBox gives the hotline box a long call label, a TTY and a chat line.
func tallBox(lang *content.Language) {
	h := &lang.Text.Help
	h.CallLabel.Text = "National Domestic Violence Hotline and County Child Abuse and Neglect Reporting Line, free and confidential, 24 hours a day, 7 days a week"
	h.TTYLabel.Text, h.TTY.Text = "Deaf and hard of hearing", "TTY 1-800-787-3224"
	h.ChatLabel.Text, h.Chat.Text = "Or chat online with a trained advocate", "www.thehotline.org/get-help"
}

// A one-question FAQ whose hotline box is tall (a long call label, TTY, chat and a long address)
// prints in large print: the closing panel takes a page of its own set as closely as it needs,
// rather than an error asking to cut lines of a FAQ that has none to cut.
func TestLargePrintTallPanelPrints(t *testing.T) {
	for _, paper := range []string{"letter", "a4"} {
		in := realInputs(t)[0]
		lang := *in.Lang
		tallBox(&lang)
		lang.FAQ.Intro = lang.FAQ.Intro[:1]
		lang.FAQ.Questions = lang.FAQ.Questions[:1]
		lang.FAQ.Questions[0].Answer = []content.Para{{Located: diag.Located{Text: "Yes."}}}
		lang.FAQ.Closing = lang.FAQ.Closing[:1]
		in.Lang = &lang
		in.Settings.ResourceURL = "https://www.cuyahoga-county-dcfs.example.gov/report-child-abuse-and-neglect"
		in.Address.Text = "www.cuyahoga-county-dcfs.example.gov/report-child-abuse-and-neglect"
		doc, err := layout.Handout(in, layout.Papers[paper], true)
		if err != nil {
			t.Fatalf("%s: %v", paper, err)
		}
		last := doc.Pages[len(doc.Pages)-1]
		if !hasCode(last) || !strings.Contains(pageTexts(last), "1-888-373-7888") {
			t.Errorf("%s: the last of %d pages has not the closing panel", paper, len(doc.Pages))
		}
		for n, p := range doc.Pages { // the code with the numbers
			if hasCode(p) && !strings.Contains(pageTexts(p), "1-888-373-7888") {
				t.Errorf("%s: page %d has the QR code without the number", paper, n+1)
			}
		}
	}
}

// A long call label that leaves the large-print box on page 1 no room for its QR code at its
// usual spacing sets the box closer, where that keeps the code with the numbers.
func TestLargePrintBoxKeepsItsCode(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	tallBox(&lang)
	in.Lang = &lang
	doc, err := layout.Handout(in, layout.Papers["a4"], true)
	if err != nil {
		t.Fatal(err)
	}
	if !hasCode(doc.Pages[0]) {
		t.Errorf("page 1 has no QR code")
	}
}

// A large-print box too tall for page 1 with its QR code (a long call label, TTY, chat, a
// title of three lines, a subtitle of two and a footer of four) leaves page 1 the strip, the
// numbers beside the code, and heads page 2 with the box and its labels: page 1 read alone
// can be called and scanned: the code went to page 2.
func TestLargePrintPageOneHasTheCode(t *testing.T) {
	// the footer's lines that leave the box without its code the room of page 1: A4 is taller
	contact := map[string]string{"letter": "", "a4": "1450 Wyoming Ave, Wilkes-Barre PA 18702 · (570) 823-6700"}
	for _, paper := range []string{"letter", "a4"} {
		in := realInputs(t)[0]
		lang := *in.Lang
		tallBox(&lang)
		lang.FAQ.Title.Text = "Frequently Asked Questions About Our Confidential Survivor Advocacy and Emergency Shelter Services"
		lang.Text.Handout.Subtitle.Text = "For survivors of domestic violence, sexual assault, stalking and trafficking, and those who support them"
		lang.Text.Help.Note.Text = "You can stay anonymous. Phone interpreters for any language, day and night."
		in.Lang = &lang
		in.Settings.Organisation.Name.Text = "The Greater Northeastern Pennsylvania Interfaith Coalition Against Domestic and Sexual Violence"
		in.Settings.Organisation.Contact.Text = contact[paper]
		doc, err := layout.Handout(in, layout.Papers[paper], true)
		if err != nil {
			t.Fatalf("%s: %v", paper, err)
		}
		first := pageTexts(doc.Pages[0])
		if !hasCode(doc.Pages[0]) || !strings.Contains(first, "1-888-373-7888") || !strings.Contains(first, "233733") {
			t.Errorf("%s: page 1 has not the numbers and the QR code: %q", paper, first)
		}
		if second := pageTexts(doc.Pages[1]); !strings.Contains(second, "Phone interpreters") || !strings.Contains(second, "1-888-373-7888") {
			t.Errorf("%s: page 2 has not the box with its labels: %q", paper, second)
		}
	}
}

// A long address, too wide to stand under the code beside the numbers, in a large-print box
// too tall with the code under them, puts the address under the numbers and keeps the code
// beside them on page 1, rather than move it to a second box heading page 2.
func TestLargePrintBoxKeepsItsCodeBesideALongAddress(t *testing.T) {
	for _, tt := range []struct {
		name, url string
	}{
		{"85 characters", "https://acompanamiento-psicosocial.example.org/ayuda-confidencial/recursos-en-espanol"},
		{"78 characters", "https://www.cuyahoga-county-dcfs.example.gov/report-child-abuse-and-neglect-now"},
	} {
		for _, paper := range []string{"letter", "a4"} {
			in := realInputs(t)[1]
			lang := *in.Lang
			// a title of three lines, a subtitle of two and a footer of four leave the box
			// the room of a long call label and note, with the code beside them
			lang.FAQ.Title.Text = "Preguntas frecuentes sobre acompañamiento psicosocial interdisciplinario"
			lang.Text.Handout.Subtitle.Text = "Información para sobrevivientes, familiares y acompañantes comunitarios"
			lang.Text.Help.CallLabel.Text = "Línea de Acompañamiento Psicosocial, gratuita, confidencial e ininterrumpidamente disponible"
			lang.Text.Help.Note.Text = "Confidencialidad garantizada. Acompañamiento interdisciplinario."
			in.Lang = &lang
			in.Settings.Organisation.Name.Text = "Asociación Interdisciplinaria Latinoamericana de Acompañamiento Psicosocial"
			in.Settings.Organisation.Contact.Text = "Oficina 213-384-2970 · acompanamiento.example.org"
			in.Settings.ResourceURL = tt.url
			in.Address.Text = strings.TrimPrefix(tt.url, "https://")
			doc, err := layout.Handout(in, layout.Papers[paper], true)
			if err != nil {
				t.Fatalf("%s, %s: %v", tt.name, paper, err)
			}
			first := pageTexts(doc.Pages[0])
			if !hasCode(doc.Pages[0]) || !strings.Contains(first, "1-888-373-7888") || !strings.Contains(first, "example.") {
				t.Errorf("%s, %s: page 1 has not the QR code with the numbers and its address: %q", tt.name, paper, first)
			}
			if len(doc.Pages) > 1 && hasCode(doc.Pages[1]) {
				t.Errorf("%s, %s: page 2 has a second box with the QR code", tt.name, paper)
			}
		}
	}
}

// A call line too wide to stand beside the code ("Composez le 1-866-724-3321 ext. 4"), in a
// large-print box too tall with the code under the numbers, breaks beside the code, its words
// over its number, and keeps the code on page 1: it headed page 2, outside any box.
func TestLargePrintBoxKeepsItsCodeBesideAWideCallLine(t *testing.T) {
	for _, paper := range []string{"letter", "a4"} {
		in := realInputs(t)[0]
		lang := *in.Lang
		lang.FAQ.Title.Text = "La violence dans les relations : questions et réponses"
		lang.Text.Handout.Subtitle.Text = "Réponses pour les femmes et les personnes de diverses identités de genre qui vivent de la violence"
		h := &lang.Text.Help
		h.Title.Text = "Obtenir de l’aide maintenant"
		h.Note.Text = "Vous n’avez pas à donner votre nom. Nos services sont offerts en français et en anglais."
		h.CallLabel.Text = "Ligne de crise Horizon, gratuite et confidentielle, 24 h sur 24, 7 jours sur 7, en français et en anglais"
		h.Call.Text = "Composez le 1-866-724-3321 ext. 4"
		h.Text.Text, h.TextLabel.Text = "", ""
		h.TTYLabel.Text, h.TTY.Text = "Personnes sourdes, devenues sourdes ou malentendantes", "ATS 1-866-724-3390"
		h.ChatLabel.Text, h.Chat.Text = "Ou clavardez avec nous, de 10 h à 22 h (heure de l’Est)", "www.horizonhouse.ca/chat"
		h.Danger.Text, h.DangerLabel.Text = "En cas de danger immédiat, composez le 9-1-1", ""
		lang.Text.Handout.ScanTitle.Text = "Balayez pour le guide complet"
		in.Lang = &lang
		in.Settings.Organisation.Contact.Text = "Office / Bureau: 613-722-6790 · info@horizonhouse.ca"
		in.Settings.ResourceURL = "https://www.horizonhouse.ca/help"
		in.Address.Text = "horizonhouse.ca/help"
		doc, err := layout.Handout(in, layout.Papers[paper], true)
		if err != nil {
			t.Fatalf("%s: %v", paper, err)
		}
		first := pageTexts(doc.Pages[0])
		if !hasCode(doc.Pages[0]) || !strings.Contains(first, "1-866-724-3321 ext. 4") || !strings.Contains(first, "horizonhouse.ca/help") {
			t.Errorf("%s: page 1 has not the QR code with the numbers and its address: %q", paper, first)
		}
		if len(doc.Pages) > 1 && hasCode(doc.Pages[1]) {
			t.Errorf("%s: page 2 has the QR code", paper)
		}
	}
}

// A stacked logo beside a long subtitle under a title of three lines stands under the title,
// the subtitle narrower beside it in a line more where it must, not on a row of its own: the
// row took large print's cover the room of its QR code, which went to a second box heading
// page 2. A short subtitle and a wide logo keep their lines.
func TestLogoBesideTheSubtitle(t *testing.T) {
	const long = "For survivors of domestic violence, sexual assault, stalking and trafficking, and those who support them"
	for _, tt := range []struct {
		subtitle string
		logo     content.Logo
	}{
		{long, content.Logo{W: 600, H: 700}},
		{long, content.Logo{W: 1577, H: 381}},
		{"For survivors and those who support them", content.Logo{W: 600, H: 700}},
	} {
		for _, large := range []bool{true, false} {
			for _, paper := range []string{"letter", "a4"} {
				in := realInputs(t)[0]
				lang := *in.Lang
				lang.FAQ.Title.Text = "Frequently Asked Questions About Our Confidential Survivor Advocacy, Emergency Shelter and Legal Accompaniment Services"
				lang.Text.Handout.Subtitle.Text = tt.subtitle
				h := &lang.Text.Help
				h.CallLabel.Text = "Northeastern Pennsylvania 24-Hour Confidential Survivor Advocacy Helpline, free and confidential, 24/7"
				h.Note.Text = "You can stay anonymous. Phone interpreters for any language."
				in.Lang = &lang
				org := &in.Settings.Organisation
				org.Name.Text = "The Greater Northeastern Pennsylvania Interfaith Coalition Against Domestic and Sexual Violence and Human Trafficking"
				org.Contact.Text = "1450 Wyoming Ave, Wilkes-Barre PA 18702 · (570) 823-6700"
				in.Settings.ResourceURL = "https://www.nepainterfaithcoalition.org/resources/survivor-support-and-advocacy-services"
				in.Address.Text = strings.TrimPrefix(in.Settings.ResourceURL, "https://")
				in.Logo = &tt.logo
				doc, err := layout.Handout(in, layout.Papers[paper], large)
				if err != nil {
					t.Fatalf("%s: %v", paper, err)
				}
				p := doc.Pages[0]
				if large && !hasCode(p) {
					t.Errorf("%s, %q: page 1 has no QR code", doc.Name, tt.subtitle)
				}
				var logo layout.Image
				sub := 0.0 // the subtitle's last baseline
				for _, it := range p.Items {
					switch x := it.(type) {
					case layout.Image:
						logo = x
					case layout.Text:
						if x.S != "" && strings.HasSuffix(tt.subtitle, x.S) {
							sub = x.Y
						}
					}
				}
				if logo.W == 0 || sub == 0 || logo.Y > sub {
					t.Errorf("%s, %q, a %dx%d logo: the logo (top %.0f) is not beside the subtitle (its last baseline %.0f)", doc.Name, tt.subtitle, tt.logo.W, tt.logo.H, logo.Y, sub)
				}
			}
		}
	}
}

// An address wider than the QR code beside the numbers breaks after a '/' where that makes
// the box shorter, rather than narrow the numbers' column: in large print,
// "www.riversidechc.org/crisis-support" on one line left the labels a column of 2.3 in, which
// broke the hotline's name ("988 Suicide" / "& Crisis Lifeline") and every other label. An
// address on a site alone, which cannot break so, keeps its line.
func TestBoxBreaksAWideAddressBesideTheNumbers(t *testing.T) {
	const name = "988 Suicide & Crisis Lifeline"
	for _, url := range []string{"https://www.riversidechc.org/crisis-support", "https://www.riversidechc.org"} {
		for _, large := range []bool{true, false} {
			for _, paper := range []string{"letter", "a4"} {
				in := realInputs(t)[0]
				lang := *in.Lang
				h := &lang.Text.Help
				lang.Text.HotlineName.Text = name
				h.CallLabel.Text, h.Call.Text = name+", free and confidential, 24/7", "Call 988"
				h.TextLabel.Text, h.Text.Text = "Or text", "Text 988"
				h.Chat.Text = "Chat at 988lifeline.org/chat"
				h.Note.Text = "You do not have to give your name. Interpreters in more than 240 languages."
				in.Lang = &lang
				in.Settings.ResourceURL = url
				in.Address.Text = strings.TrimPrefix(url, "https://")
				in.M = layout.Typeset(in.M, lang.Code, name, in.Settings.Organisation.Name.Text)
				doc, err := layout.Handout(in, layout.Papers[paper], large)
				if err != nil {
					t.Fatalf("%s, %s: %v", url, paper, err)
				}
				p := doc.Pages[0]
				if !hasCode(p) {
					t.Errorf("%s: page 1 has no QR code", doc.Name)
				}
				lines := pageLines(p)
				for _, whole := range []string{name, h.Chat.Text} {
					if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, whole) }) {
						t.Errorf("%s, %s: %q is not on one line:\n%s", doc.Name, url, whole, strings.Join(lines, "\n"))
					}
				}
				if !strings.Contains(strings.ReplaceAll(pageTexts(p), " ", ""), in.Address.Text) {
					t.Errorf("%s, %s: the address is not printed whole", doc.Name, url)
				}
			}
		}
	}
}

// A long address, too wide to stand under the code beside the numbers, puts the address under
// the numbers and keeps the code beside them (its top above the address's last line, level
// with its caption and address), in the standard handout's box on page 1 and in its closing
// panel, rather than stack the code under the numbers with its address on one line.
func TestHandoutBoxKeepsItsCodeBesideALongAddress(t *testing.T) {
	for _, url := range []string{
		"https://acompanamiento-psicosocial.example.org/ayuda-confidencial/recursos-en-espanol",
		"https://www.cuyahoga-county-dcfs.example.gov/report-child-abuse-and-neglect-now",
	} {
		for _, lang := range []int{0, 1} {
			for _, paper := range []string{"letter", "a4"} {
				in := realInputs(t)[lang]
				in.Settings.ResourceURL = url
				in.Address.Text = strings.TrimPrefix(url, "https://")
				doc, err := layout.Handout(in, layout.Papers[paper], false)
				if err != nil {
					t.Fatalf("%s, %s, %s: %v", url, in.Lang.Code, paper, err)
				}
				boxes := 0
				for k, p := range doc.Pages {
					code, _, found := codeAndNumber(p)
					if code.Code == nil {
						continue
					}
					boxes++
					foot, left := 0.0, 0.0 // the baseline of the address's last line, the numbers' last; where the number begins
					for _, it := range p.Items {
						if tx, ok := it.(layout.Text); ok && len(tx.S) > 4 && strings.HasSuffix(in.Address.Text, tx.S) {
							foot = tx.Y
						} else if ok && strings.Contains(tx.S, "1-888-373-7888") && tx.Size >= 28 {
							left = tx.X
						}
					}
					if !found || foot == 0 || code.Y > foot || code.X < left+layout.Inch {
						t.Errorf("%s, %s, %s, page %d: the QR code (top %.0f) is not beside the numbers and the address (baseline %.0f)", url, in.Lang.Code, paper, k+1, code.Y, foot)
					}
					if !strings.Contains(strings.ReplaceAll(pageTexts(p), " ", ""), in.Address.Text) {
						t.Errorf("%s, %s, %s, page %d: the address is not printed whole", url, in.Lang.Code, paper, k+1)
					}
				}
				if boxes < 2 {
					t.Errorf("%s, %s, %s: %d pages with a QR code, want the box and the closing panel", url, in.Lang.Code, paper, boxes)
				}
			}
		}
	}
}

// A TTY line as wide as the box breaks beside the QR code, as a label does, rather than send
// the code under every line of the box (its right third then empty, the box twice as tall);
// a short one stays on its line.
func TestHandoutBoxKeepsItsCodeBesideALongTTYLine(t *testing.T) {
	for _, tty := range []string{
		"Deaf or hard of hearing: TTY 1-800-787-3224 (Monday to Friday, 8am to 8pm Central)",
		"Sordos o con problemas de audición: TTY 1-800-787-3224 (lunes a viernes)",
		"TTY 1-800-787-3224",
	} {
		for _, paper := range []string{"letter", "a4"} {
			in := realInputs(t)[0]
			lang := *in.Lang
			lang.Text.Help.TTY.Text = tty
			in.Lang = &lang
			doc, err := layout.Handout(in, layout.Papers[paper], false)
			if err != nil {
				t.Fatalf("%s, %s: %v", tty, paper, err)
			}
			p := doc.Pages[0]
			code, number, found := codeAndNumber(p)
			var lines []string
			for _, it := range p.Items {
				if tx, ok := it.(layout.Text); ok && strings.Contains(tty, tx.S) {
					lines = append(lines, tx.S)
					if tx.X+in.M.Width(tx.Font, tx.Size, tx.S) > code.X {
						t.Errorf("%s, %s: %q runs under the QR code", tty, paper, tx.S)
					}
				}
			}
			if !found || code.Code == nil || code.Y > number {
				t.Errorf("%s, %s: the QR code (top %.0f) is not beside the number (baseline %.0f)", tty, paper, code.Y, number)
			}
			if strings.Join(lines, " ") != tty || len(lines) > 1 && tty == "TTY 1-800-787-3224" {
				t.Errorf("%s, %s: the TTY line prints as %q", tty, paper, lines)
			}
		}
	}
}

// A list nested under an item stays with it across a column or page turn: the item with its
// first nested item, and a nested list of two or three items whole. The list is moved down a
// line at a time by a longer paragraph before it, so that each of its gaps meets a turn.
func TestNestedListStaysWithItsItem(t *testing.T) {
	type item struct {
		text  string
		level int
	}
	list := []item{
		{"Documents", 1}, {"Identification for you and your children", 2}, {"Social security cards", 2}, {"Court papers", 2},
		{"Money and accounts", 1}, {"Cash, bank cards and checkbooks", 2}, {"Recent pay stubs", 2},
		{"Health", 1}, {"Medicines and glasses", 2}, {"Health insurance cards", 2}, {"Hearing aids", 2}, {"Spare keys", 2},
		{"Comfort items for children", 1},
	}
	for _, large := range []bool{false, true} {
		for lines := 0; lines < 60; lines++ {
			answer := []content.Para{leadLines(lines)}
			for _, it := range list {
				answer = append(answer, content.Para{Located: diag.Located{Text: it.text}, Mark: map[int]string{1: "•", 2: "–"}[it.level], Level: it.level})
			}
			doc, err := answeredFirst(t, answer, large)
			if err != nil {
				t.Fatalf("large %v, %d lines: %v", large, lines, err)
			}
			// column is the page and the side of it where a text begins
			column := func(s string) [2]int {
				for n, p := range doc.Pages {
					for _, it := range p.Items {
						if tx, ok := it.(layout.Text); ok && strings.HasPrefix(tx.S, s) {
							return [2]int{n, int(2 * tx.X / p.W)}
						}
					}
				}
				t.Fatalf("%q is not printed", s)
				return [2]int{}
			}
			parent := 0
			for i, it := range list {
				if it.level == 1 {
					parent = i
					continue
				}
				n := 0 // the items of its nested list
				for j := parent + 1; j < len(list) && list[j].level == 2; j++ {
					n++
				}
				if i == parent+1 || n <= 3 {
					if got, want := column(it.text), column(list[parent].text); got != want {
						t.Errorf("large %v, %d lines: %q in column %v, its item %q in column %v", large, lines, it.text, got, list[parent].text, want)
					}
				}
			}
		}
	}
}

// An answer's last paragraph of one line never stands alone at the head of a column, its
// answer before it in the column before ("There is no wrong reason to call." heading the back
// of the sheet, its question and list on the front): the line before goes on with it. The
// answer is moved down a line at a time, so that each of its lines meets a column's turn.
func TestAnswersLastLineNotAlone(t *testing.T) {
	const last = "There is no wrong reason to call."
	items := []string{"worried about yourself", "feeling overwhelmed by stress, grief or loss", "struggling with drugs or alcohol"}
	for _, large := range []bool{false, true} {
		for _, list := range []bool{true, false} {
			t.Run(fmt.Sprintf("large %v, list %v", large, list), func(t *testing.T) {
				t.Parallel()
				testAnswersLastLine(t, large, list, items, last)
			})
		}
	}
}

// testAnswersLastLine is TestAnswersLastLineNotAlone in one edition, the last paragraph after
// a list of items or after a paragraph.
func testAnswersLastLine(t *testing.T, large, list bool, items []string, last string) {
	for lines := 0; lines < 60; lines++ {
		in := realInputs(t)[0]
		lang := *in.Lang
		qs := slices.Clone(lang.FAQ.Questions)
		answer := []content.Para{leadLines(lines)}
		before := answer[0].Text // the text of the line before the last paragraph's
		if list {
			for i, it := range items {
				answer = append(answer, content.Para{Located: diag.Located{Text: it}, Mark: "•", Level: 1, ListStart: i == 0})
			}
			before = items[len(items)-1]
		}
		qs[0].Answer = append(answer, content.Para{Located: diag.Located{Text: last}})
		lang.FAQ.Questions = qs
		in.Lang = &lang
		doc, err := layout.Handout(in, layout.Papers["letter"], large)
		if err != nil {
			t.Fatalf("%d lines: %v", lines, err)
		}
		// column is the page and the side of it of the line a text ends on
		column := func(s string) [2]int {
			at := [2]int{-1, -1}
			for n, p := range doc.Pages {
				for _, it := range p.Items {
					if tx, ok := it.(layout.Text); ok && tx.S != "" && strings.HasSuffix(s, tx.S) {
						at = [2]int{n, int(2 * tx.X / p.W)}
					}
				}
			}
			return at
		}
		if got, want := column(last), column(before); got != want {
			t.Errorf("%d lines: %q in column %v, the line before it in %v", lines, last, got, want)
		}
	}
}

// A list right after another (bullets, then numbers) is a list of its own: the first one's last
// item never stands alone at the head of a column, as it did when the two were read as one.
func TestListAfterListKeepsItsLastItems(t *testing.T) {
	item := func(mark, text string, start bool) content.Para {
		return content.Para{Located: diag.Located{Text: text}, Mark: mark, Level: 1, ListStart: start}
	}
	for lines := 0; lines < 60; lines++ {
		answer := []content.Para{leadLines(lines), item("•", "Write down what you saw and when", true), item("•", "Do not confront the person", false),
			item("•", "Call the line at any hour of the day", false), item("1.", "Call the national line", true), item("2.", "Send a text to the line", false)}
		doc, err := answeredFirst(t, answer, false)
		if err != nil {
			t.Fatalf("%d lines: %v", lines, err)
		}
		at := map[string][2]float64{} // a text's page, and its column's left
		for n, p := range doc.Pages {
			for _, it := range p.Items {
				if tx, ok := it.(layout.Text); ok {
					at[tx.S] = [2]float64{float64(n), float64(int(2 * tx.X / p.W))}
				}
			}
		}
		if a, b := at["Do not confront the person"], at["Call the line at any hour of the day"]; a != b {
			t.Errorf("%d lines: the first list's last item is in column %v, the one before it in %v", lines, b, a)
		}
	}
}

// What leads into a list of three items or more never ends a column without the list's first
// item, however far down the column it falls (a "Steps:" alone at a page's foot, its steps on
// the next), in the handout and in large print.
func TestLeadInKeepsTheFirstItem(t *testing.T) {
	item := func(text string, start bool) content.Para {
		return content.Para{Located: diag.Located{Text: text}, Mark: "•", Level: 1, ListStart: start}
	}
	const lead = "Steps to take:"
	first := "Many survivors tell us the first call was the hardest step, and it got easier after."
	for _, large := range []bool{false, true} {
		for lines := 0; lines < 60; lines++ {
			answer := []content.Para{leadLines(lines), {Located: diag.Located{Text: lead}}, item(first, true),
				item("Write down what you saw and when, and keep it somewhere safe.", false),
				item("If you are a student, a school counselor can also connect you with our staff.", false)}
			doc, err := answeredFirst(t, answer, large)
			if err != nil {
				t.Fatalf("%d lines: %v", lines, err)
			}
			at := map[string][2]int{} // a text's page, and its column
			for n, p := range doc.Pages {
				for _, it := range p.Items {
					if tx, ok := it.(layout.Text); ok {
						at[tx.S] = [2]int{n, int(2 * tx.X / p.W)}
					}
				}
			}
			firstLine := ""
			for s := range at {
				if strings.HasPrefix(first, s) && len(s) > len(firstLine) {
					firstLine = s
				}
			}
			if a, b := at[lead], at[firstLine]; firstLine == "" || a != b {
				t.Errorf("large %v, %d lines: the lead-in is in column %v, the list's first line (%q) in %v", large, lines, a, firstLine, b)
			}
		}
	}
}

// leadLines is a paragraph of about 2n+1 lines' words: put first, it moves what follows it
// down a line with each n, so the page breaks at every line of it in turn.
func leadLines(n int) content.Para {
	return content.Para{Located: diag.Located{Text: strings.TrimSpace(strings.Repeat("Bring what you can carry safely. ", 2*n+1))}}
}

// answeredFirst is the built-in English handout, its first answer opening with paragraphs.
func answeredFirst(t *testing.T, paragraphs []content.Para, large bool) (*layout.Doc, error) {
	t.Helper()
	in := realInputs(t)[0]
	lang := *in.Lang
	qs := slices.Clone(lang.FAQ.Questions)
	qs[0].Answer = append(paragraphs, qs[0].Answer...)
	lang.FAQ.Questions = qs
	in.Lang = &lang
	return layout.Handout(in, layout.Papers["letter"], large)
}

// In large print the closing section, its heading and up to 12 lines, stays on one page.
func TestLargePrintClosingKeptWhole(t *testing.T) {
	for _, lang := range []int{0, 1} {
		for _, paper := range []string{"letter", "a4"} {
			in := realInputs(t)[lang]
			faq := in.Lang.FAQ
			doc, err := layout.Handout(in, layout.Papers[paper], true)
			if err != nil {
				t.Fatal(err)
			}
			pageOf := func(s string) int {
				for n, p := range doc.Pages {
					if strings.Contains(pageTexts(p), s) {
						return n
					}
				}
				return -1
			}
			lastWords := strings.Fields(faq.Closing[len(faq.Closing)-1].Text)
			head, end := pageOf(faq.ClosingTitle.Text), pageOf(strings.Join(lastWords[len(lastWords)-2:], " "))
			if head < 0 || head != end {
				t.Errorf("%s, %s: the closing's heading on page %d, its last words on page %d", in.Lang.Code, paper, head+1, end+1)
			}
		}
	}
}

// A Vietnamese FAQ a couple of lines too long for one A4 sheet with its closing panel is set
// closer and keeps to the sheet; on Letter, longer than that, the page more begins with a
// part of the text (the closing, with its heading), not with the tail of a paragraph.
func TestHandoutPageMore(t *testing.T) {
	in := viLong(t)
	for _, tt := range []struct {
		paper string
		pages int
	}{
		{"a4", 2},
		{"letter", 3},
	} {
		doc, err := layout.Handout(in, layout.Papers[tt.paper], false)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Pages) != tt.pages {
			t.Errorf("%s: %d pages, want %d (%s)", tt.paper, len(doc.Pages), tt.pages, doc.Note)
		}
		last := doc.Pages[len(doc.Pages)-1]
		if !hasCode(last) {
			t.Errorf("%s: the last page has no closing panel", tt.paper)
		}
		if len(doc.Pages) > 2 {
			for _, it := range doc.Pages[2].Items {
				if x, ok := it.(layout.Text); ok {
					if x.S != in.Lang.FAQ.ClosingTitle.Text {
						t.Errorf("%s: page 3 begins with %q, want the closing's heading %q", tt.paper, x.S, in.Lang.FAQ.ClosingTitle.Text)
					}
					break
				}
			}
		}
	}
}

// A closing panel taller than a page even at its closest is an error that names the box's
// longest text, not the FAQ's lines: cutting them would not make it fit.
func TestPanelTallerThanAPage(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	lang.Text.Help.CallLabel.Text = strings.Repeat("National Human Trafficking Hotline, free and confidential, 24/7. ", 60)
	in.Lang = &lang
	_, err := layout.Handout(in, layout.Papers["letter"], false)
	var fe *layout.FitError
	if field := lang.Text.Help.CallLabel.Field; field == "" || !errors.As(err, &fe) || fe.At.Field != field || !strings.Contains(fe.Hint, field) || strings.Contains(err.Error(), "cut ") {
		t.Fatalf("got %v, want an error naming %s and no lines to cut", err, field)
	}
}

// A closing panel that takes most of a large-print page (a chat address of a hundred
// characters, a note and a long name) leaves the FAQ a few lines a page, and however short it
// is it runs past the last page: the error names the panel's texts, not lines of the FAQ to cut.
func TestPanelTakingMostOfAPage(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	lang.FAQ.Questions = lang.FAQ.Questions[:2]
	in.Settings.Hotline.Chat.Text = "https://www.averyveryveryverylongchatdomainnamethatgoesonandon.org/chat/start-a-conversation-with-an-advocate-now"
	lang.Text.Help.ChatLabel.Text, lang.Text.Help.Chat.Text = "Or chat online", content.PrintedURL(in.Settings.Hotline.Chat.Text) // as {chat} prints it
	lang.Text.Help.Note.Text = "You can report anonymously. Interpreters in more than 200 languages."
	in.Settings.Organisation.Name.Text = "Northeast Ohio Regional Coalition for Children and Families"
	in.Lang = &lang
	_, err := layout.Handout(in, layout.Papers["letter"], true)
	var fe *layout.FitError
	if !errors.As(err, &fe) || fe.Where != "the closing panel (numbers and QR code)" || !strings.Contains(fe.Msg, "too little left for the FAQ") || strings.Contains(err.Error(), "cut ") {
		t.Fatalf("got %v, want an error naming the panel's texts and no lines to cut", err)
	}
}

// A panel grown past what a page spares by a number's line (an extension and a second one
// written after the number, with a TTY line, a chat and a note) names the texts that can be
// cut, by the height each saves: not the call line, whose words are its number.
func TestPanelNamesWhatCanBeCut(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	lang.FAQ.Questions = lang.FAQ.Questions[:2]
	in.Settings.Hotline.TTY.Text, in.Settings.Hotline.Chat.Text = "1-800-787-3224", "https://www.thehotline.org/get-help/"
	lang.Text.Help.TTYLabel.Text, lang.Text.Help.TTY.Text = "Deaf, hard of hearing or speech-disabled callers", "TTY 1-800-787-3224"
	lang.Text.Help.ChatLabel.Text, lang.Text.Help.Chat.Text = "Or chat online", content.PrintedURL(in.Settings.Hotline.Chat.Text)
	lang.Text.Help.Note.Text = "You can stay anonymous. Interpreters in 200+ languages."
	lang.Text.Help.TextLabel.Text, lang.Text.Help.ChatLabel.Text = "Or send a text message from any mobile phone", "Or chat online with a trained advocate"
	lang.Text.Help.CallLabel.Text = "NDVH, 24/7"
	lang.Text.Help.Call.Text = "Call 1-800-799-SAFE (7233), ext. 4"
	in.Settings.Hotline.Call.Text = "1-800-799-SAFE (7233), ext. 4"
	in.Settings.Organisation.Name.Text = "Northeast Ohio Coalition Against Domestic Violence"
	in.Lang = &lang
	_, err := layout.Handout(in, layout.Papers["letter"], true)
	var fe *layout.FitError
	if field := lang.Text.Help.TextLabel.Field; field == "" || !errors.As(err, &fe) || fe.At.Field != field || !strings.Contains(fe.Hint, field+" 0.") || strings.Contains(fe.Hint, "help.call") {
		t.Fatalf("got %v, want an error naming %s by the height it saves, and not help.call", err, field)
	}
}

// The hotline box's 911 line, a whole sentence in many languages ("Khi gặp nguy hiểm khẩn
// cấp, hãy gọi 911"), wraps evenly where it is wider than its box, as the call label does,
// its label (danger_label, in older content) over the rest: still the box's last lines, smaller
// than the number to call, the emergency number whole and a link. Only a text that takes more
// than three lines even so is named.
func TestHotlineBoxDangerLineWraps(t *testing.T) {
	for _, tt := range []struct {
		name, label, danger string
		named               bool // too long even wrapped: help.danger is named
	}{
		{"a sentence", "", "In immediate danger, anywhere in the county and at any hour of the day or night, call 911", false},
		{"a label over a sentence", "If you or someone with you is in immediate danger", "Call 911 from any phone, any time, free of charge", false},
		{"longer than three lines", "", strings.Repeat("In immediate danger, ", 12) + "call 911", true},
	} {
		for _, paper := range []string{"letter", "a4"} {
			for _, large := range []bool{false, true} {
				in := realInputs(t)[0]
				lang := *in.Lang
				lang.Text.Help.DangerLabel.Text, lang.Text.Help.Danger.Text = tt.label, tt.danger
				in.Lang = &lang
				doc, err := layout.Handout(in, layout.Papers[paper], large)
				var fe *layout.FitError
				if tt.named {
					if !errors.As(err, &fe) || fe.At.Field != "help.danger" || !strings.Contains(fe.Msg, "lines") {
						t.Errorf("%s %s large %v: %v, want help.danger named for its lines", tt.name, paper, large, err)
					}
					continue
				}
				if err != nil {
					t.Fatalf("%s %s large %v: %v", tt.name, paper, large, err)
				}
				// page 1's box: the call number, then the runs of the 911 line, its label's first
				want := strings.TrimSpace(tt.label + " " + tt.danger)
				var call, number layout.Text
				var runs []layout.Text
				var links []layout.Link
				printed := func() string {
					var words []string
					for _, r := range runs {
						words = append(words, r.S)
					}
					return strings.Join(strings.Fields(strings.Join(words, " ")), " ")
				}
				for _, it := range doc.Pages[0].Items {
					switch x := it.(type) {
					case layout.Text:
						switch {
						case x.S == "1-888-373-7888" && call.S == "":
							call = x
						case call.S != "" && len(printed()) < len(want) && (len(runs) > 0 || strings.HasPrefix(want, x.S)):
							runs = append(runs, x)
							if x.S == "911" {
								number = x
							}
						}
					case layout.Link:
						links = append(links, x)
					}
				}
				if got := printed(); number.S == "" || got != want {
					t.Fatalf("%s %s large %v: the box prints %q, want %q", tt.name, paper, large, got, want)
				}
				lines := map[float64]bool{}
				for _, r := range runs {
					lines[r.Y] = true
					if r.Size >= call.Size || r.Y < call.Y {
						t.Errorf("%s %s large %v: %q at %.1f pt, y %.1f, under the call number's %.1f pt at y %.1f", tt.name, paper, large, r.S, r.Size, r.Y, call.Size, call.Y)
					}
				}
				if len(lines) < 2 || len(lines) > 4 {
					t.Errorf("%s %s large %v: the 911 line in %d lines, want it wrapped", tt.name, paper, large, len(lines))
				}
				if !slices.ContainsFunc(links, func(l layout.Link) bool {
					b := number.Box()
					return l.URL == "tel:911" && math.Abs(l.X-b.X) < 0.01 && math.Abs(l.Y-b.Y) < 0.01 && math.Abs(l.W-b.W) < 0.01
				}) {
					t.Errorf("%s %s large %v: 911 is no link", tt.name, paper, large)
				}
			}
		}
	}
}

// Question headings break after a sentence or a comma where such a break fits, and not after
// a one-letter word, in as many lines as they take; the number stays with the first word, and
// a heading in title case does not break after it. On both papers.
func TestHeadingsBreakAtSentencesAndCommas(t *testing.T) {
	for _, tt := range []struct {
		name     string
		question string   // question 10's heading, numbered
		want     []string // its lines
	}{
		{name: "question after a sentence", question: "I am not sure it is abuse. Can I still call?", want: []string{"10. I am not sure it is abuse.", "Can I still call?"}},
		{name: "question not after a", question: "Can you help me get a protection order?", want: []string{"10. Can you help me get", "a protection order?"}},
		{name: "question at a comma", question: "If I leave tonight, can you find us a safe place?", want: []string{"10. If I leave tonight,", "can you find us a safe place?"}},
		// every word capitalised, as titles are in Turkish or English: not after the first
		{name: "question in title case", question: "Çocuğun İstismar Edildiğini Nasıl Anlarım?", want: []string{"10. Çocuğun İstismar", "Edildiğini Nasıl Anlarım?"}},
	} {
		in := realInputs(t)[0]
		lang := *in.Lang
		qs := slices.Clone(lang.FAQ.Questions)
		for len(qs) < 10 {
			qs = append(qs, qs[0])
		}
		qs[9].Question.Text = tt.question
		lang.FAQ.Questions = qs
		in.Lang = &lang
		for _, paper := range []string{"letter", "a4"} {
			doc, err := layout.Handout(in, layout.Papers[paper], false)
			if err != nil {
				t.Fatalf("%s, %s: %v", tt.name, paper, err)
			}
			printed := map[string]bool{}
			for _, p := range doc.Pages {
				for _, it := range p.Items {
					if tx, ok := it.(layout.Text); ok {
						printed[tx.S] = true
					}
				}
			}
			for _, l := range tt.want {
				if !printed[l] {
					t.Errorf("%s, %s: no line %q; want the lines %q", tt.name, doc.Name, l, tt.want)
				}
			}
		}
	}
}

// A question heading's number and its first word are not a line of their own where another
// break fits: before a long German compound, "1. Was" / "ist eine
// Menschenhandelsopferberatungsstelle?" in large print left the number with one word; the
// compound alone on the last line is no runt. In both editions, on both papers.
func TestHeadingNumberNotAloneWithOneWord(t *testing.T) {
	for _, question := range []string{
		"Was ist eine Menschenhandelsopferberatungsstelle?",
		"Wer hilft einem Kinderschutzbeauftragten?",
		"Wo finde ich Jugendschutzberatungsangebote?",
	} {
		in := realInputs(t)[0]
		lang := *in.Lang
		qs := slices.Clone(lang.FAQ.Questions)
		qs[0].Question.Text = question
		lang.FAQ.Questions = qs
		in.Lang = &lang
		in.M = layout.Typeset(in.M, "de")
		for _, large := range []bool{false, true} {
			for _, paper := range []string{"letter", "a4"} {
				doc, err := layout.Handout(in, layout.Papers[paper], large)
				if err != nil {
					t.Fatalf("%q, %s, large %v: %v", question, paper, large, err)
				}
				var lines []string
				for _, p := range doc.Pages {
					for _, it := range p.Items {
						if x, ok := it.(layout.Text); ok && x.S != "" && (strings.HasPrefix(x.S, "1. ") || len(lines) > 0 && strings.Contains(question, x.S)) {
							lines = append(lines, x.S)
						}
					}
				}
				if len(lines) == 0 || strings.Join(lines, " ") != "1. "+question {
					t.Fatalf("%q, %s, large %v: the heading printed as %q", question, doc.Name, large, lines)
				}
				if len(lines) > 1 && len(strings.Fields(lines[0])) < 3 {
					t.Errorf("%q, %s: the heading's first line is its number and one word: %q", question, doc.Name, lines)
				}
			}
		}
	}
}

// codeAndNumber are a page's QR code and the baseline of the number to call (set at 28 pt or
// more), and whether that number is there.
func codeAndNumber(p layout.Page) (code layout.QR, number float64, found bool) {
	for _, it := range p.Items {
		switch it := it.(type) {
		case layout.QR:
			code = it
		case layout.Text:
			if strings.Contains(it.S, "1-888-373-7888") && it.Size >= 28 {
				number, found = it.Y, true
			}
		}
	}
	return code, number, found
}

// viLong is the input of testdata/vi-long's Vietnamese FAQ, a couple of lines too long for one
// A4 sheet, in the family haven sets it in.
func viLong(t *testing.T) layout.Input {
	t.Helper()
	c, err := content.Load(os.DirFS("testdata/vi-long"), "testdata/vi-long", content.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	fams, err := typeface.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(c.Languages, func(l content.Language) bool { return l.Code == "vi" })
	fam, err := typeface.Choose("vi", fams, append(c.Printed, c.Languages[i].FAQ.Title))
	if err != nil {
		t.Fatal(err)
	}
	return layout.Input{Settings: c.Settings, Address: c.Address, Lang: &c.Languages[i], M: typeface.NewMeasurer(fam)}
}

// A long hotline box title keeps to the box's column, on as many lines as it needs: in the
// box, its closing panel and the large-print strip, nothing it prints runs over the QR code,
// over another text or off the page.
func TestLongHotlineTitleWraps(t *testing.T) {
	const long = "Get help now, free and confidential, any day or night, whoever you are"
	for _, lang := range []int{0, 1} {
		for _, paper := range []string{"letter", "a4"} {
			for _, large := range []bool{false, true} {
				in := realInputs(t)[lang]
				in.Lang.Text.Help.Title.Text = long
				doc, err := layout.Handout(in, layout.Papers[paper], large)
				if err != nil {
					t.Fatalf("%s %s large %v: %v", in.Lang.Code, paper, large, err)
				}
				for _, bad := range misplaced(in.M, doc, 0.25*layout.Inch) {
					t.Errorf("%s %s large %v: %s", in.Lang.Code, paper, large, bad)
				}
				titles := 0
				for _, p := range doc.Pages {
					for _, it := range p.Items {
						if tx, ok := it.(layout.Text); ok && (strings.HasPrefix(long, tx.S) || strings.HasSuffix(long, tx.S)) {
							titles++
						}
					}
				}
				if titles < 2 {
					t.Errorf("%s %s large %v: the title is not printed in pieces on its lines (%d)", in.Lang.Code, paper, large, titles)
				}
			}
		}
	}
}

// A FAQ too long for its many questions, none long, is told so: its longest parts are no
// place to cut it.
func TestTooManyQuestionsSaysSo(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	lang.FAQ.Questions = nil
	for k := range 200 {
		q := in.Lang.FAQ.Questions[0]
		q.Question.Text = fmt.Sprintf("Is question %d a question?", k+1)
		q.Answer = []content.Para{{Located: diag.Located{Text: "Yes, it is.", Field: "answer"}}}
		lang.FAQ.Questions = append(lang.FAQ.Questions, q)
	}
	in.Lang = &lang
	_, err := layout.Handout(in, layout.Papers["letter"], false)
	if err == nil || !strings.Contains(err.Error(), "(its 200 questions take the room (its longest parts") {
		t.Errorf("got %v, want the number of questions named as what takes the room", err)
	}
}

// The organisation's short numbers are linked where they are dialled, not where the same digits
// are hours, a date, a price, a label or a street's number: one paragraph with all of these
// adds one link to 911 and one to the text line, those its last sentences ask for.
func TestOwnShortNumbersOnlyWhereDialled(t *testing.T) {
	count := func(in layout.Input) map[string]int {
		doc, err := layout.Handout(in, layout.Papers["letter"], false)
		if err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, p := range doc.Pages {
			for _, it := range p.Items {
				if l, ok := it.(layout.Link); ok {
					n[strings.Split(l.URL, "?")[0]]++
				}
			}
		}
		return n
	}
	in := realInputs(t)[0]
	before := count(in)
	lang := *in.Lang
	lang.FAQ.Questions = slices.Clone(lang.FAQ.Questions)
	q := &lang.FAQ.Questions[0]
	q.Answer = append(slices.Clone(q.Answer), content.Para{Located: diag.Located{File: "faq.md", Line: 9, Field: "answer 1[9]",
		Text: "Drop-in hours are 9–11 am. The late fee is $911, since 9/11. We are at 911 Elm Street, Room 911; take the 911 bus. " +
			"Our PO Box is 233733. Donors gave $233733, or 233733 USD. In danger, call 911. Text HELP to 233733."}})
	in.Lang = &lang
	after := count(in)
	for _, u := range []string{"tel:911", "sms:233733"} {
		if after[u] != before[u]+1 {
			t.Errorf("%s: %d links, want %d: one more, for the sentence that asks to dial it", u, after[u], before[u]+1)
		}
	}
}

// A line that takes only texts has its text line in the hotline box, and in large print's
// panels and strips, set as the number to call is, the largest line there, as cards and
// posters set it in the number's place.
func TestTextOnlyBoxTextLineAsTheNumber(t *testing.T) {
	for _, large := range []bool{false, true} {
		sizes := func(in layout.Input, s string) map[float64]bool {
			doc, err := layout.Handout(in, layout.Papers["letter"], large)
			if err != nil {
				t.Fatal(err)
			}
			out := map[float64]bool{}
			for _, p := range doc.Pages {
				for _, it := range p.Items {
					if tx, ok := it.(layout.Text); ok && strings.Contains(tx.S, s) && tx.Size > 12 {
						out[tx.Size] = true
					}
				}
			}
			return out
		}
		in := realInputs(t)[0]
		number := sizes(in, in.Settings.Hotline.Call.Text)
		in.Settings.Hotline.Call.Text = ""
		lang := *in.Lang // as content leaves them out for a line that takes no calls
		lang.Text.Help.Call, lang.Text.Help.CallLabel = diag.Located{}, diag.Located{}
		in.Lang = &lang
		if got := sizes(in, in.Settings.Hotline.Text.Text); !maps.Equal(got, number) {
			t.Errorf("large %v: the text line at %v pt, the number to call at %v", large, slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(number)))
		}
	}
}

// The contact line's own parts are set apart in the footer as haven sets the name and the
// website apart from it, one gap wide throughout.
func TestFooterSeparatorsEven(t *testing.T) {
	in := realInputs(t)[0]
	in.Settings.Organisation.Contact = diag.Located{File: "settings.yaml", Line: 8, Field: "organisation.contact", Text: "(218) 724-3390 · info@samples.org"}
	doc, err := layout.Handout(in, layout.Papers["letter"], false)
	if err != nil {
		t.Fatal(err)
	}
	want := in.Settings.Organisation.Name.Text + "  ·  (218) 724-3390  ·  info@samples.org"
	var footer []string
	for _, it := range doc.Pages[0].Items {
		if tx, ok := it.(layout.Text); ok && strings.Contains(tx.S, "724-3390") {
			footer = append(footer, tx.S)
		}
	}
	if !slices.Contains(footer, want) {
		t.Errorf("footer %q, want %q", footer, want)
	}
}

// A list's numbers stand inside the text column, however wide: a year Markdown reads as an
// item's number ("2027. This year…") or "10." in large print, once hung into the margin; and
// the items of a list keep one edge, whatever their numbers' widths.
func TestListNumbersStayInTheColumn(t *testing.T) {
	answer := []content.Para{{Located: diag.Located{Text: "This year we are adding twenty new beds."}, Mark: "2027.", Level: 1, ListStart: true}, leadLines(0)}
	marks := map[string]bool{"2027.": true}
	for i := 1; i <= 12; i++ {
		mark := fmt.Sprintf("%d.", i)
		marks[mark] = true
		answer = append(answer, content.Para{Located: diag.Located{Text: "Step " + mark}, Mark: mark, Level: 1, ListStart: i == 1})
	}
	for _, large := range []bool{false, true} {
		doc, err := answeredFirst(t, answer, large)
		if err != nil {
			t.Fatal(err)
		}
		items := [2]map[float64][]string{{}, {}} // the items' texts in each column, by where they begin
		for _, p := range doc.Pages {
			edges := [2]float64{p.W, p.W} // each column's left edge: where its headings and paragraphs begin
			for _, it := range p.Items {
				if tx, ok := it.(layout.Text); ok && !marks[tx.S] {
					col := min(int(2*tx.X/p.W), 1)
					edges[col] = min(edges[col], tx.X)
				}
			}
			for k, it := range p.Items {
				tx, ok := it.(layout.Text)
				if !ok || !marks[tx.S] || k+1 >= len(p.Items) {
					continue
				}
				item, ok := p.Items[k+1].(layout.Text)
				if !ok || !strings.HasPrefix(item.S, "Step ") && !strings.HasPrefix(item.S, "This year") {
					continue
				}
				col := min(int(2*item.X/p.W), 1)
				if tx.X < edges[col]-0.01 || tx.X+tx.W > item.X {
					t.Errorf("large %v: the mark %q is drawn from %.1f to %.1f, its column beginning at %.1f and its text at %.1f", large, tx.S, tx.X, tx.X+tx.W, edges[col], item.X)
				}
				if tx.S != "2027." {
					items[col][item.X] = append(items[col][item.X], item.S)
				}
			}
		}
		if len(items[0]) > 1 || len(items[1]) > 1 || len(items[0])+len(items[1]) == 0 {
			t.Errorf("large %v: the items of one list begin at more places than one a column: %v", large, items)
		}
	}
}

// A subtitle too long for two lines of the title band takes a third, then is set smaller a
// point at a time in three, on every paper and in both editions, with a logo or none: a
// 138-character French subtitle was refused in large print ("needs 3 lines … 2 fit"). Its
// lines read back whole, never smaller than the body's size.
func TestLongSubtitleTakesAThirdLine(t *testing.T) {
	const fr = "Réponses pour les femmes et les personnes de diverses identités de genre qui vivent de la violence, et pour leurs proches"
	for _, sub := range []string{fr, fr + ", leurs amies et leurs collègues au travail"} {
		for _, logo := range []*content.Logo{nil, {W: 600, H: 700}} {
			for _, large := range []bool{true, false} {
				for _, paper := range []string{"letter", "a4"} {
					in := realInputs(t)[0]
					lang := *in.Lang
					lang.Text.Handout.Subtitle.Text = sub
					in.Lang = &lang
					in.Logo = logo
					doc, err := layout.Handout(in, layout.Papers[paper], large)
					if err != nil {
						t.Fatalf("%s, %d characters, logo %v: %v", paper, len([]rune(sub)), logo != nil, err)
					}
					var got []string
					body := 12.0
					if large {
						body = 18
					}
					for _, it := range doc.Pages[0].Items {
						if x, ok := it.(layout.Text); ok && x.S != "" && strings.Contains(sub, x.S) && x.Size < 2*body {
							got = append(got, x.S)
							if x.Size < body {
								t.Errorf("%s: the subtitle's line %q is set at %.1f pt, under the body's %.0f", doc.Name, x.S, x.Size, body)
							}
						}
					}
					if strings.Join(got, " ") != sub {
						t.Errorf("%s, logo %v: the subtitle's lines %q, want %q", doc.Name, logo != nil, got, sub)
					}
				}
			}
		}
	}
}

// The word that asks to call stays on the page and in the column of the number after it,
// wherever the page would break: "…choose differently. Call" ended page 3 of a handout, the
// number heading page 4. Each lead paragraph's length moves the break a line further on.
func TestCallStaysWithItsNumber(t *testing.T) {
	const ask = "Recognising that your behaviour is harmful is an important first step. Abuse is a choice, and it is possible to choose differently. Call 1-800-799-7233 and ask about programmes for people who want to stop using abuse; the call is confidential."
	split := 0 // lines broken between "Call" and the number, which the test is for
	for _, large := range []bool{false, true} {
		for pad := range 3 {
			for lines := 0; lines < 50; lines++ {
				doc, err := answeredFirst(t, []content.Para{leadLines(lines), {Located: diag.Located{Text: strings.Repeat("Yes. ", pad) + ask}}}, large)
				if err != nil {
					t.Fatalf("large %v, %d lines: %v", large, lines, err)
				}
				var at [][2]int // the page and the side of it "Call" at a line's end and then the number are printed on
				for n, p := range doc.Pages {
					for _, it := range p.Items {
						if tx, ok := it.(layout.Text); ok && (strings.HasSuffix(tx.S, "differently. Call") || len(at) == 1 && tx.S == "1-800-799-7233") {
							at = append(at, [2]int{n, int(2 * tx.X / p.W)})
						}
					}
				}
				if len(at) == 2 {
					split++
					if at[0] != at[1] {
						t.Errorf("large %v, %d lines, %d: \"Call\" and its number are parted over columns or pages: %v", large, lines, pad, at)
					}
				}
			}
		}
	}
	if split == 0 {
		t.Fatal("no line ended in \"Call\" before its number: the test tries nothing")
	}
}

// A subtitle of three lines is broken as evenly as one of two: "Des réponses claires et des
// informations fiables" / "pour les parents, … et toutes" / "les personnes …" printed 48, 75
// and 52 characters in the standard handout. No line is much longer than a third of it.
func TestThreeLineSubtitleEven(t *testing.T) {
	const fr = "Des réponses claires et des informations fiables pour les parents, les enseignants, les éducateurs, les animateurs et toutes les personnes qui accompagnent des jeunes au quotidien"
	for _, large := range []bool{false, true} {
		for _, paper := range []string{"letter", "a4"} {
			in := realInputs(t)[0]
			lang := *in.Lang
			lang.Text.Handout.Subtitle.Text = fr
			in.Lang = &lang
			in.M = layout.Typeset(in.M, "fr") // its little words
			doc, err := layout.Handout(in, layout.Papers[paper], large)
			if err != nil {
				t.Fatal(err)
			}
			var widths []float64
			var got []string
			for _, it := range doc.Pages[0].Items {
				if x, ok := it.(layout.Text); ok && x.S != "" && strings.Contains(fr, x.S) && len(x.S) > 20 {
					got = append(got, x.S)
					widths = append(widths, in.M.Width(x.Font, x.Size, x.S))
				}
			}
			var sum float64
			for _, w := range widths {
				sum += w
			}
			if len(got) != 3 || strings.Join(got, " ") != fr {
				t.Fatalf("%s: the subtitle's lines %q, want three", doc.Name, got)
			}
			if longest := slices.Max(widths); longest > 1.15*sum/3 {
				t.Errorf("%s: the subtitle's lines %q are uneven: the longest is %.0f%% of a third of them", doc.Name, got, 100*longest/(sum/3))
			}
		}
	}
}
