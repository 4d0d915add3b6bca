package layout_test

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"haven/internal/content"
	"haven/internal/diag"
	"haven/internal/layout"
)

// texts is every line a document draws, joined by single spaces (so wrapped lines read as
// their text).
func texts(doc *layout.Doc) string {
	var all []string
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if tx, ok := it.(layout.Text); ok {
				all = append(all, tx.S)
			}
		}
	}
	return strings.Join(strings.Fields(strings.Join(all, " ")), " ")
}

// codes are the addresses a document's QR codes open.
func codes(doc *layout.Doc) map[string]bool {
	out := map[string]bool{}
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if q, ok := it.(layout.QR); ok {
				out[q.URL] = true
			}
		}
	}
	return out
}

// Who each card speaks to, and what its code opens: the default card speaks to the person who
// may need help on both sides; cards: audience: adult makes the adult's card (warning signs
// on the back, its own front); the discreet card's code opens cards.discreet_url when set and
// prints only that address; without it the card has no code, and its sheet says so.
func TestCardReadersAndDiscreetAddress(t *testing.T) {
	for _, in := range realInputs(t) {
		tx := in.Lang.Text
		tests := []struct {
			name     string
			audience string
			discreet bool
			url      string
			want     []string // printed
			never    []string // not printed
			opens    string
		}{
			{"you", "", false, "", []string{tx.Card.Headline.Text, tx.Card.BackTitle.Text, tx.Card.BackLines[0].Text, in.Address.Text},
				[]string{tx.Observer.BackTitle.Text, tx.Observer.Signs[0].Text}, in.Settings.ResourceURL},
			{"adult", "adult", false, "", []string{tx.Observer.Headline.Text, tx.Observer.BackTitle.Text, tx.Observer.Signs[0].Text, in.Address.Text},
				[]string{tx.Card.Headline.Text, tx.Card.BackLines[0].Text}, in.Settings.ResourceURL},
			{"discreet", "", true, "", []string{tx.Discreet.Headline.Text, tx.Discreet.BackTitle.Text},
				[]string{in.Address.Text, tx.HotlineName.Text}, ""},
			{"discreet with its own address", "adult", true, "https://example.org/talk", []string{tx.Discreet.Headline.Text, "example.org/talk"},
				[]string{in.Address.Text, tx.HotlineName.Text, tx.Observer.Signs[0].Text}, "https://example.org/talk"},
		}
		for _, tt := range tests {
			t.Run(in.Lang.Code+"/"+tt.name, func(t *testing.T) {
				in := in
				in.Settings.Cards.Audience, in.Settings.Cards.DiscreetURL = tt.audience, tt.url
				for _, paper := range []string{"letter", "a4"} {
					doc, err := layout.CardSheet(in, paper, tt.discreet, nil)
					if err != nil {
						t.Fatal(err)
					}
					all := texts(doc)
					for _, w := range tt.want {
						if !strings.Contains(all, w) {
							t.Errorf("%s: %q is not printed", paper, w)
						}
					}
					for _, w := range tt.never {
						if strings.Contains(all, w) {
							t.Errorf("%s: %q is printed", paper, w)
						}
					}
					if got := codes(doc); tt.opens == "" && len(got) > 0 || tt.opens != "" && (len(got) != 1 || !got[tt.opens]) {
						t.Errorf("%s: the codes open %v, want %q", paper, got, tt.opens)
					}
					if (doc.Note == layout.NoDiscreetCode) != (tt.discreet && tt.url == "") {
						t.Errorf("%s: the sheet's note is %q", paper, doc.Note)
					}
				}
			})
		}
	}
}

// monoWidth measures every character half an em wide: enough to place lines of any script.
type monoWidth struct{}

func (monoWidth) Width(_ layout.Font, size float64, s string) float64 {
	return float64(len([]rune(s))) * size * 0.5
}

// A card in a right-to-left language is mirrored: every line of both sides flush right (its
// right end where a left-to-right card's lines begin), and the QR code on the left.
func TestRightToLeftCardsAreMirrored(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	he := func(s string) diag.Located { return diag.Located{Text: s} }
	lang.Text.Card.Headline = he("את לא לבד.")
	lang.Text.Card.CallLabel = he("התקשרו לקו החם, 24/7")
	lang.Text.Card.BackTitle = he("כשאתם מתקשרים")
	lang.Text.Card.BackLines = []diag.Located{he("מישהו שהוכשר לעזור עונה, ביום ובלילה."), he("אינכם חייבים למסור את שמכם.")}
	lang.Text.Card.BackNote = he("חינם, חסוי, 24/7")
	in.Lang, in.M = &lang, monoWidth{}
	for _, paper := range []string{"letter", "a4"} {
		for _, rtl := range []bool{false, true} {
			in := in
			if !rtl {
				in.Lang = realInputs(t)[0].Lang
				in.M = monoWidth{}
			}
			doc, err := layout.CardSheet(in, paper, false, nil)
			if err != nil {
				t.Fatal(err)
			}
			sh := layout.Sheets[paper]
			x0, y0 := (sh.Paper.W-2*sh.CardW)/2, (sh.Paper.H-5*sh.CardH)/2
			for side, cx := range []float64{x0, x0 + sh.CardW} { // the first card's front; its back, mirrored for the flip
				var lefts, rights []float64
				for _, it := range doc.Pages[side].Items {
					switch it := it.(type) {
					case layout.Text:
						if it.X >= cx && it.X < cx+sh.CardW && it.Y > y0 && it.Y < y0+sh.CardH && it.S != "•" {
							lefts, rights = append(lefts, it.X-cx), append(rights, cx+sh.CardW-(it.X+it.W))
						}
					case layout.QR:
						if it.X >= cx && it.X < cx+sh.CardW && it.Y < y0+sh.CardH {
							if left := it.X-cx < sh.CardW/2; left != rtl {
								t.Errorf("%s rtl=%v: the QR code is on the %s", paper, rtl, map[bool]string{true: "left", false: "right"}[left])
							}
						}
					}
				}
				// the lines start from the safe margin (the front's inset 4 pt more): on the
				// left, or on the right
				edge := lefts
				if rtl {
					edge = rights
				}
				margin := 0.125*72 + 4*float64(1-side)
				same := 0
				for _, e := range edge {
					if math.Abs(e-margin) < 0.01 {
						same++
					}
				}
				if len(edge) < 4 || same < 2 || slices.Min(edge) < margin-0.01 {
					t.Errorf("%s rtl=%v side %d: %d of %d lines start %.1f pt from the %s edge (nearest %.1f)", paper, rtl, side+1, same, len(edge), margin, map[bool]string{true: "right", false: "left"}[rtl], slices.Min(edge))
				}
			}
		}
	}
}

// alts are what a document's figures and links say to a screen reader.
func alts(doc *layout.Doc) map[string]bool {
	out := map[string]bool{}
	for _, p := range doc.Pages {
		for _, e := range p.Tags {
			for ; e != nil; e = e.Parent {
				if e.Alt != "" {
					out[e.Alt] = true
				}
			}
		}
	}
	return out
}

// The discreet card's code carries a campaign only as the opaque code it is given (made with a
// key: placement.Campaigns), whatever the campaign says, and prints the address without it, and without the
// tracking fields discreet_url has of its own (as every printed address leaves them out), so
// no campaign name is printed; its code's alternative text names that address, never the
// hotline's page. The other cards carry the campaign's name.
func TestDiscreetCampaignIsOpaque(t *testing.T) {
	in := realInputs(t)[0]
	for _, tt := range []struct{ campaign, url, printed string }{
		{"human-trafficking", "https://example.org/talk", "example.org/talk"},
		{"dmst-2027", "https://example.org/talk", "example.org/talk"},
		{"dv-2027", "https://example.org/talk", "example.org/talk"},
		{"spring-2027", "https://example.org/talk", "example.org/talk"},
		{"c-2027", "https://calm-notes.net/talk?utm_campaign=spring&ref=1&id=1", "calm-notes.net/talk?id=1"},
		{"", "https://calm-notes.net/talk?utm_campaign=spring&ref=1&id=1", "calm-notes.net/talk?id=1"},
	} {
		campaign := tt.campaign
		t.Run(campaign+" "+tt.printed, func(t *testing.T) {
			in := in
			in.Campaign = campaign
			in.DiscreetCampaign = map[bool]string{true: "k4m7p2"}[campaign != ""] // as build gives it, from the key
			in.Settings.Cards.DiscreetURL = tt.url
			doc, err := layout.CardSheet(in, "letter", true, nil)
			if err != nil {
				t.Fatal(err)
			}
			if all := texts(doc); !strings.Contains(all, tt.printed) || strings.Contains(all, "utm_") || strings.Contains(all, "spring") {
				t.Errorf("the discreet card prints %q, want the address %q and no tracking field", all, tt.printed)
			}
			said := alts(doc)
			if want := "QR code: opens " + tt.printed; !said[want] {
				t.Errorf("the discreet card's code says %v, want %q", said, want)
			}
			for a := range said {
				if strings.Contains(a, in.Address.Text) {
					t.Errorf("the discreet card says %q", a)
				}
			}
			if campaign == "" {
				return
			}
			for _, tt := range []struct {
				discreet bool
				carries  string
			}{
				{true, "utm_campaign=k4m7p2"},
				{false, "utm_campaign=" + campaign},
			} {
				doc, err := layout.CardSheet(in, "letter", tt.discreet, nil)
				if err != nil {
					t.Fatal(err)
				}
				for u := range codes(doc) {
					if !strings.HasSuffix(u, tt.carries) || tt.discreet && strings.Contains(u, campaign) {
						t.Errorf("discreet %v: the code opens %q, want it to end %q", tt.discreet, u, tt.carries)
					}
				}
				if all := texts(doc); tt.discreet && strings.Contains(all, campaign) {
					t.Errorf("the discreet card prints %q", all)
				}
			}
			in.DiscreetCampaign = "" // without its code, the card's link has no campaign: never the name
			doc, err = layout.CardSheet(in, "letter", true, nil)
			if err != nil {
				t.Fatal(err)
			}
			for u := range codes(doc) {
				if strings.Contains(u, campaign) {
					t.Errorf("without a code, the discreet card's code opens %q", u)
				}
			}
		})
	}
}

// A line that takes only texts sets haven's own text line ("Envía HOME por texto al 741741")
// in the number's place, larger: with the longest common keywords and short codes it fits
// every card, in two lines when one does not hold it, and prints every word.
func TestTextOnlyLineFitsTheCard(t *testing.T) {
	for _, in := range realInputs(t) {
		for _, tt := range []struct{ keyword, code string }{
			{"HOME", "741741"},
			{"SAFEHOME", "741741"},
			{"REFUGIOS", "839863"},
			{"WWWWWWWW", "88788"},
		} {
			t.Run(in.Lang.Code+"/"+tt.keyword+"/"+tt.code, func(t *testing.T) {
				in := in
				lang := *in.Lang
				h := in.Settings.Hotline
				line := strings.NewReplacer(h.Keyword.Text, tt.keyword, h.Text.Text, tt.code).Replace(lang.Text.Card.Text.Text)
				if !strings.Contains(line, tt.code) || !strings.Contains(line, tt.keyword) {
					t.Fatalf("the card's text line %q names neither keyword nor short code", lang.Text.Card.Text.Text)
				}
				lang.Text.Card.Text.Text = line
				in.Lang = &lang
				in.Settings.Hotline.Call.Text, in.Settings.Hotline.Text.Text, in.Settings.Hotline.Keyword.Text = "", tt.code, tt.keyword
				in.Settings.Cards.DiscreetURL = "https://example.org/talk"
				for _, audience := range []string{"", "adult"} {
					in.Settings.Cards.Audience = audience
					for _, paper := range []string{"letter", "a4"} {
						for _, discreet := range []bool{false, true} {
							doc, err := layout.CardSheet(in, paper, discreet, nil)
							if err != nil {
								t.Fatalf("%s %s discreet %v: %v", audience, paper, discreet, err)
							}
							if !strings.Contains(texts(doc), line) {
								t.Errorf("%s %s discreet %v: %q is not printed", audience, paper, discreet, line)
							}
						}
					}
				}
			})
		}
	}
}

// The discreet card's code says the language's qr_alt with the card's own address in place of
// each address qr_alt names, however it writes it, and haven's neutral English words when it
// names none.
func TestDiscreetCodeAlt(t *testing.T) {
	for _, tt := range []struct{ alt, want string }{
		{"QR code: opens humantraffickinghotline.org", "QR code: opens calm-notes.net/talk"},
		{"Código QR: abre https://humantraffickinghotline.org/.", "Código QR: abre calm-notes.net/talk."},
		{"QR code: opens HumanTraffickingHotline.org", "QR code: opens calm-notes.net/talk"},
		{"QR code to scan", "QR code: opens calm-notes.net/talk"},
	} {
		in := realInputs(t)[0]
		lang := *in.Lang
		lang.Text.QRAlt.Text = tt.alt
		in.Lang = &lang
		in.Settings.Cards.DiscreetURL = "https://calm-notes.net/talk"
		doc, err := layout.CardSheet(in, "letter", true, nil)
		if err != nil {
			t.Fatal(err)
		}
		if said := alts(doc); !said[tt.want] {
			t.Errorf("with qr_alt %q the discreet card's code says %v, want %q", tt.alt, said, tt.want)
		}
	}
}

// A link on the discreet card opens the address the card prints, without the tracking fields
// hotline.chat has (utm_campaign=trafficking-flyer would stay in a phone's history), while the
// ordinary card's chat link keeps them as written.
func TestDiscreetLinksCarryNoTracking(t *testing.T) {
	in := realInputs(t)[0]
	lang := *in.Lang
	in.Lang = &lang
	for _, tt := range []struct {
		chat     string
		discreet bool
		want     string
	}{
		{"https://example.org/chat?utm_source=flyer&utm_campaign=trafficking-flyer&ref=x&room=2", true, "https://example.org/chat?room=2"},
		{"https://example.org/chat?fbclid=1", true, "https://example.org/chat"},
		{"https://example.org/chat?utm_campaign=trafficking-flyer", false, "https://example.org/chat?utm_campaign=trafficking-flyer"},
	} {
		t.Run(tt.chat, func(t *testing.T) {
			in := in
			in.Settings.Hotline.Chat.Text = tt.chat
			in.Lang.Text.Card.More.Text = "Chat at " + content.PrintedURL(tt.chat) // as {chat} fills it
			in.Lang.Text.Discreet.More = in.Lang.Text.Card.More                    // as content gives the discreet card a neutral card.more
			in.Settings.Cards.DiscreetURL = "https://calm-notes.net/talk"
			doc, err := layout.CardSheet(in, "letter", tt.discreet, nil)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range doc.Pages {
				for _, it := range p.Items {
					if l, ok := it.(layout.Link); ok && strings.Contains(l.URL, "example.org/chat") {
						found = true
						if l.URL != tt.want {
							t.Errorf("the chat link opens %q, want %q", l.URL, tt.want)
						}
					}
				}
			}
			if !found {
				t.Errorf("no chat link on the card")
			}
		})
	}
}

// The discreet card's back is tagged as the ordinary card's: its lines a list (without the
// bullets it does not print), and the address under its code a link, with its annotation,
// that opens what it prints, without tracking fields; the ordinary card's opens what its code
// does, the campaign's fields with it.
func TestDiscreetBackTaggedAsTheCard(t *testing.T) {
	in := realInputs(t)[0]
	tx := in.Lang.Text
	in.Settings.Cards.DiscreetURL, in.Campaign = "https://calm-notes.net/talk", "spring-2027"
	for _, tt := range []struct {
		name     string
		discreet bool
		lines    []diag.Located
		address  string
		opens    string
	}{
		{"ordinary", false, tx.Card.BackLines, in.Address.Text, in.Settings.ResourceURL + "?utm_source=cards&utm_medium=print&utm_campaign=spring-2027"},
		{"discreet", true, tx.Discreet.BackLines, "calm-notes.net/talk", "https://calm-notes.net/talk"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := layout.CardSheet(in, "letter", tt.discreet, nil)
			if err != nil {
				t.Fatal(err)
			}
			// the roles from the document down to the element of each text drawn, and the
			// addresses the annotations of each element open
			roles, opens := map[string]string{}, map[*layout.Elem][]string{}
			var walk func(n *layout.Node, path string)
			walk = func(n *layout.Node, path string) {
				for _, k := range n.Kids {
					if k.Node != nil {
						walk(k.Node, path+"/"+k.Node.Role)
						continue
					}
					switch it := doc.Pages[k.Page].Items[k.Item].(type) {
					case layout.Text:
						if _, ok := roles[it.S]; !ok {
							roles[it.S] = path
						}
					case layout.Link:
						opens[n.Elem] = append(opens[n.Elem], it.URL)
					}
				}
			}
			walk(doc.Structure(), "")
			for _, l := range tt.lines {
				got := "untagged"
				for text, path := range roles { // its first line's
					if len(text) > 8 && strings.HasPrefix(l.Text, text) {
						got = path
					}
				}
				if !strings.HasSuffix(got, "/L/LI/LBody") {
					t.Errorf("the back line %q is tagged %s, want an item of a list (L/LI/LBody)", l.Text, got)
				}
			}
			if got := roles[tt.address]; !strings.HasSuffix(got, "/P/Link") {
				t.Errorf("the address %q is tagged %s, want a link in a paragraph (P/Link)", tt.address, got)
			}
			linked := false
			for e, urls := range opens {
				if e.Role == layout.RoleLink && slices.Equal(urls, []string{tt.opens}) && e.Alt != "" && !strings.Contains(e.Alt, "QR") {
					linked = true
				}
			}
			if !linked {
				t.Errorf("no link but the code's opens %s: %v", tt.opens, opens)
			}
		})
	}
}

// Back lines that together need more height than the back has name the one that takes the
// most lines, wherever it stands, not the last.
func TestCardBackLinesNameTheLongest(t *testing.T) {
	long := "A trained person answers, day or night, every day of the year including all public holidays, and will listen for as long as you need."
	for _, longAt := range []int{0, 1, 2} {
		t.Run(string(rune('0'+longAt)), func(t *testing.T) {
			in := realInputs(t)[0]
			lang := *in.Lang
			short := []string{"You choose what to say. You do not have to give your name.", "They can help you find a safe place and support near you."}
			var lines []diag.Located
			for i := range 3 {
				s := long
				if i != longAt {
					s, short = short[0], short[1:]
				}
				lines = append(lines, diag.Located{File: "text.yaml", Line: 33 + i, Field: "card.back_lines[" + string(rune('1'+i)) + "]", Text: s})
			}
			lang.Text.Card.BackLines = lines
			in.Lang = &lang
			_, err := layout.CardSheet(in, "letter", false, nil)
			var fe *layout.FitError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a FitError", err)
			}
			for _, e := range fe.Each() {
				if strings.Contains(e.Msg, "of height") {
					if e.At.Line != 33+longAt {
						t.Errorf("the error names %s (line %d), want line %d: %s", e.At.Field, e.At.Line, 33+longAt, e.Msg)
					}
					return
				}
			}
			t.Errorf("no error about the height: %v", err)
		})
	}
}

// A card front too tall for the card names the texts that took a second line, the first of
// them carrying the error, as those are what shortening gives the height back from: not the
// TTY line laid last, which takes one line and which the content is asked to keep. A front
// only a little too tall (a long hotline name on two lines, with a TTY line) sets its lines
// closer and prints.
func TestCardFrontHeightNamesTheTwoLineTexts(t *testing.T) {
	const name = "Northern Tri-County Regional Domestic Violence and Sexual Assault Crisis and Support Hotline"
	for _, tt := range []struct {
		label           string
		field, msg, fix string // "": it prints
	}{
		{"Call the hotline, 24/7", "", "", ""},
		{"Calls 24/7, chat Monday to Friday 9am to 5pm Eastern Time, texts any time", "card.call_label",
			"is set on two lines, as is hotline_name, and the front then needs", "shorten card.call_label or hotline_name to fit one line"},
	} {
		in := realInputs(t)[0]
		lang := *in.Lang
		lang.Text.HotlineName = diag.Located{File: "text.yaml", Line: 2, Field: "hotline_name", Text: name}
		lang.Text.Card.CallLabel = diag.Located{File: "text.yaml", Line: 21, Field: "card.call_label", Text: tt.label}
		lang.Text.Card.More = diag.Located{File: "text.yaml", Line: 30, Field: "card.more", Text: "TTY 1-800-787-3224"}
		in.Lang = &lang
		_, err := layout.CardSheet(in, "letter", false, nil)
		if tt.field == "" {
			if err != nil {
				t.Errorf("%s: %v, want it set closer", tt.label, err)
			}
			continue
		}
		var fe *layout.FitError
		if !errors.As(err, &fe) {
			t.Fatalf("%s: got %v, want a FitError", tt.label, err)
		}
		found := false
		for _, e := range fe.Each() {
			if strings.Contains(e.Msg, "of height") {
				found = true
				if e.At.Field != tt.field || !strings.HasPrefix(e.Msg, tt.msg) || e.Hint != tt.fix {
					t.Errorf("%s: the error is at %s: %s (%s), want %s: %s… (%s)", tt.label, e.At.Field, e.Msg, e.Hint, tt.field, tt.msg, tt.fix)
				}
			}
		}
		if !found {
			t.Errorf("%s: no error about the height: %v", tt.label, err)
		}
	}
}

// A long address grows the card's code where the back has room, to modules a phone reads off
// a printed card; where it has not, the sheet says so and what to do. The built-in address
// keeps its 0.8 in code.
func TestCardCodeGrowsForALongAddress(t *testing.T) {
	for _, tt := range []struct {
		name   string
		url    string
		size   float64 // in inches, without the quiet zone; 0: any
		warned bool
	}{
		{"built in", "", 0.8, false},
		{"95 characters", "https://www.frauenberatung-musterstadt.example.de/hilfe-und-beratung/kinder-und-jugendliche", 0, false},
		{"too long to grow enough", "https://www.frauenberatung-musterstadt.example.de/hilfe-und-beratung/kinder-und-jugendliche/fragen-und-antworten/2026?utm_source=cards&utm_medium=print&utm_campaign=fruehjahr-2026", 0, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := realInputs(t)[0]
			if tt.url != "" {
				in.Settings.ResourceURL = tt.url
			}
			doc, err := layout.CardSheet(in, "letter", false, nil)
			if err != nil {
				t.Fatal(err)
			}
			q := qrOn(doc.Pages[1])
			if tt.size > 0 && math.Abs(q.Size()-tt.size*layout.Inch) > 0.01 {
				t.Errorf("the code is %.2f in, want %.2f", q.Size()/layout.Inch, tt.size)
			}
			if warned := strings.Contains(doc.Note, "QR code"); warned != tt.warned || !warned && q.Module < layout.SafeModule-1e-9 {
				t.Errorf("modules %.2f mm in a %.2f in code, note %q", q.Module/layout.MM, q.Size()/layout.Inch, doc.Note)
			}
		})
	}
}

// qrOn is the first QR code on page; none is a code of no modules.
func qrOn(page layout.Page) layout.QR {
	for _, it := range page.Items {
		if c, ok := it.(layout.QR); ok {
			return c
		}
	}
	return layout.QR{}
}

// A handout's code keeps its size, and says when its modules print under SafeModule, as a
// card's does: each is read in the hand, at arm's length. The note names the module width the
// page reads back, and nothing is said of a code whose modules print wider.
func TestHandoutCodeSaysWhenModulesAreSmall(t *testing.T) {
	long := "https://www.frauenberatung-musterstadt.example.de/hilfe-und-beratung/kinder-und-jugendliche/fragen-und-antworten/2026?utm_source=handout&utm_medium=print&utm_campaign=fruehjahr-2026"
	for _, url := range []string{"", "https://www.frauenberatung-musterstadt.example.de/hilfe-und-beratung/kinder-und-jugendliche", long} {
		for _, large := range []bool{false, true} {
			in := realInputs(t)[0]
			if url != "" {
				in.Settings.ResourceURL = url
			}
			doc, err := layout.Handout(in, layout.Papers["letter"], large)
			if err != nil {
				t.Fatal(err)
			}
			q := qrOn(doc.Pages[0])
			small := q.Module < layout.SafeModule-1e-9
			if warned := strings.Contains(doc.Note, fmt.Sprintf("prints its modules %.2f mm wide", math.Floor(q.Module/layout.MM*100)/100)); warned != small || url == long && !small {
				t.Errorf("%q large %v: modules %.2f mm, note %q", url, large, q.Module/layout.MM, doc.Note)
			}
		}
	}
}

// Short lines added at the end of the back, more than it holds, are named, the first that does
// not fit, with how many the back holds: not a line that was there before and still fits.
func TestCardBackLinesNameTheFirstPastTheRoom(t *testing.T) {
	for _, tt := range []struct {
		added []string
		want  string // the field named
		msg   string
	}{
		{[]string{"It is free.", "It is private.", "Any language."}, "card.back_lines[5]", "does not fit on the back, nor the 1 after it: it holds 4 of these 6 lines"},
		{[]string{"It is free.", "It is private.", "Any language.", "Near you.", "Any time."}, "card.back_lines[5]", "does not fit on the back, nor the 3 after it: it holds 4 of these 8 lines"},
	} {
		t.Run(tt.want, func(t *testing.T) {
			in := realInputs(t)[0]
			lang := *in.Lang
			lines := slices.Clone(lang.Text.Card.BackLines)
			for _, s := range tt.added {
				lines = append(lines, diag.Located{File: "text.yaml", Line: 40 + len(lines), Field: fmt.Sprintf("card.back_lines[%d]", len(lines)+1), Text: s})
			}
			lang.Text.Card.BackLines = lines
			in.Lang = &lang
			_, err := layout.CardSheet(in, "letter", false, nil)
			var fe *layout.FitError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a FitError", err)
			}
			if fe.At.Field != tt.want || !strings.Contains(fe.Msg, tt.msg) {
				t.Errorf("got %s: %s, want %s: %s", fe.At.Field, fe.Msg, tt.want, tt.msg)
			}
		})
	}
}

// The print-shop card is the size print shops make where the organisation is, and its file
// says which: a UK shelter's shop makes 85 x 55 mm cards, not US ones.
func TestPrintShopCardSizeByCountry(t *testing.T) {
	in := realInputs(t)[0]
	for _, tt := range []struct {
		country, name string
		w, h          float64 // mm
	}{
		{"US", "card-bleed-en-us", 88.9, 50.8},
		{"CA", "card-bleed-en-us", 88.9, 50.8},
		{"GB", "card-bleed-en-85x55", 85, 55},
		{"DE", "card-bleed-en-85x55", 85, 55},
		{"AU", "card-bleed-en-90x55", 90, 55},
		{"JP", "card-bleed-en-91x55", 91, 55},
		{"TW", "card-bleed-en-90x54", 90, 54},
	} {
		in := in
		in.Settings.Country = tt.country
		doc, err := layout.BleedCard(in)
		if err != nil {
			t.Fatalf("%s: %v", tt.country, err)
		}
		trim := doc.Pages[0].Trim
		if doc.Name != tt.name || math.Abs(trim.W/layout.MM-tt.w) > 0.05 || math.Abs(trim.H/layout.MM-tt.h) > 0.05 {
			t.Errorf("%s: %s, %.1f x %.1f mm; want %s, %g x %g mm", tt.country, doc.Name, trim.W/layout.MM, trim.H/layout.MM, tt.name, tt.w, tt.h)
		}
	}
}

// A card headline too long for two lines is told exactly how many of its characters fit,
// and where to cut it: cut there, it fits, and with the word after it, it does not (it was told
// "about" a count its average letter gave, which cut so could still not fit); one short enough
// whose one word is wider than a line is told of that word, as shortening would not do; a
// Chinese headline, whose spaces part no words, is told the characters that fit.
func TestCardHeadlineTooLong(t *testing.T) {
	cutRE := regexp.MustCompile(`shorten it to (\d+) of its \d+ characters: cut after "[^"]*" it fits, and with "([^"]*)" after that it does not`)
	for _, tt := range []struct {
		text, want string
		real       bool // measured in the real fonts, not a character a half em
	}{
		{"You are not alone, and help is always here for you, whoever you are and whatever has happened.", "shorten it to 71 of its 94 characters", false},
		{"Esternocleidomastoideamentesuperlarguísimamente.", "is one word, wider than a line", false},
		{"Una línea, esternocleidomastoideamentesuperlarguísimamente.", `has a word wider than a line, "esternocleidomastoideamentesuperlarguísimamente.",`, false},
		{strings.Repeat("你不是一个人，无论发生什么事，我们都在这里帮助你", 6) + " 24/7", "shorten it to 82 of its 149 characters", false},
		// wide capitals first: the first characters are wider than the text's average
		{"WOMEN AND MEN WHO WORK WITH MOM HOME MEMO WOW MW MMM WWW, and then a tail of little words: it is ill, till it fill, lilt, il, li, il.", "shorten it to", true},
	} {
		in := realInputs(t)[0]
		card := func(text string) error {
			lang := *in.Lang
			lang.Text.Card.Headline = diag.Located{File: "text.yaml", Line: 26, Field: "card.headline", Text: text}
			in := in
			in.Lang = &lang
			if !tt.real {
				in.M = monoWidth{}
			}
			_, err := layout.CardSheet(in, "letter", false, nil)
			return err
		}
		err := card(tt.text)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%.30q: got %v, want %q", tt.text, err, tt.want)
			continue
		}
		m := cutRE.FindStringSubmatch(err.Error())
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		start := string([]rune(tt.text)[:n])
		if err := card(start); err != nil {
			t.Errorf("%.30q cut to %d characters as told: %v", tt.text, n, err)
		}
		rest := tt.text[len(start):]
		if longer := tt.text[:len(start)+strings.Index(rest, m[2])+len(m[2])]; card(longer) == nil {
			t.Errorf("%.30q: %q, a word longer than told, fits", tt.text, longer)
		}
	}
}
