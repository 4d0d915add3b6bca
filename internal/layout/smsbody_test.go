package layout

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"haven/internal/content"
)

// What a text link fills in follows the words where its number stands: the one word they tell
// the reader to send to it, before it or after it, or in the link's own words; nothing for two;
// where they name none there, the keyword where the sentence names it or names no word at all
// (the line answers only texts that say it, wherever the number stands), nothing for a word in
// capitals where one to send could stand.
func TestSMSBody(t *testing.T) {
	const n = "233733"
	for _, tt := range []struct {
		before, words, after string
		want                 string
	}{
		{"Text START to ", n, "", "START"},
		{"Text STOP to ", n, "", "STOP"},
		{"Drop off donations at 1450 E. Main St. from 9 to 5. Text STOP to ", n, "", "STOP"},
		{"Envíe STOP o ALTO al ", n, "", ""},
		{"Text START or STOP to ", n, "", ""},                       // two words named: no guess
		{"Text STOP to 88788 to stop. Text us at ", n, "", "START"}, // another sentence's word is not this one's
		{"Text STOP, the word that ends messages, to ", n, "", ""},  // a word not where one to send stands: none
		{"To report DMST, text ", n, "", ""},                        // a word in capitals: none rather than a guess
		{"Send an SMS to ", n, "", "START"},                         // an acronym is no word to send
		{"Call 1.800.555.0100 or text STOP to ", n, "", "STOP"},     // dots inside a number end no sentence
		{"You can also text us at ", n, "", "START"},                // no word named: the line's keyword
		{"Yes, you can send a text message to ", n, "", "START"},
		{"Text Start to ", n, "", "START"},
		// a word in lower case where the word to send stands is sent, as a service matches it
		// in any case (content refuses one the line does not take); the keyword as set
		{"Text start to ", n, "", "START"},
		{"Text info to ", n, "", "info"},
		{"Envía info al ", n, "", "info"},
		{"Text ", n, " with the word info.", "info"},
		{"Text us to ", n, "", "START"},
		{"Text anytime at ", n, "", "START"},
		{"Send questions to ", n, "", "START"},
		{"", n, "", "START"},
		// the word the clause names at the number, not one named earlier in its sentence
		{"Text START to 233733, or text INFO to ", n, " for updates.", "INFO"},
		{"Text START to 233733, or text us at ", n, " for updates.", "START"},
		{"Text INFO to ", "(614) 555-0100", "", "INFO"},
		// after the number
		{"Text ", n, " with the word INFO.", "INFO"},
		{"Text START or ", n, " and type INFO.", "INFO"},
		{"Text ", n, " and type START or INFO.", ""},
		// said with the message, or after the number with "con"/"with"
		{"Envíe un mensaje de texto con la palabra INFO al ", n, "", "INFO"},
		{"Escriba INFO en un mensaje al ", n, "", "INFO"},
		{"Mande un texto al ", n, " con INFO.", "INFO"},
		{"Text ", n, " ANY TIME, NO COST.", "START"}, // capitals after it not said to send: the keyword
		// the link's own words, and paper's number after them
		{"You can ", "text INFO", " any time.", "INFO"},
		{"You can ", "text us", " any time.", "START"},
		{"You can text INFO (", n, ") any time.", "INFO"},
		{"", "text INFO to " + n, " now.", "INFO"},
		// in full-width letters, as a phone types them
		{"Text ＳＴＡＲＴ to ", n, "", "START"},
		{"Text ＩＮＦＯ to ", n, "", "INFO"},
		{"Text ", n, " with the word ｉｎｆｏ.", "info"},
	} {
		u := TextLink("sms:"+n+"?body=START", tt.before, tt.words, tt.after, "US")
		if _, got, _ := strings.Cut(u, "?body="); got != tt.want {
			t.Errorf("TextLink(%q, %q, %q) = %s, want the message %q", tt.before, tt.words, tt.after, u, tt.want)
		}
	}
}

// A text link with no keyword (a line that needs none) sends the one word its words tell the
// reader to send ("text PRIDE to 988"), and nothing where they name none or two.
func TestTextLinkWithoutKeyword(t *testing.T) {
	for _, tt := range []struct{ before, words, after, want string }{
		{"LGBTQ+ young people can also text PRIDE to ", "988", ".", "sms:988?body=PRIDE"},
		{"", "text PRIDE to 988", "", "sms:988?body=PRIDE"},
		{"Text ", "988", " with the word PRIDE.", "sms:988?body=PRIDE"},
		{"Text ", "988", "", "sms:988"},
		{"You can also text us at ", "988", " any time.", "sms:988"},
		{"Text PRIDE or STOP to ", "988", "", "sms:988"},
		{"To report DMST, text ", "988", "", "sms:988"},
	} {
		if got := TextLink("sms:988", tt.before, tt.words, tt.after, "US"); got != tt.want {
			t.Errorf("TextLink(sms:988, %q, %q, %q) = %s, want %s", tt.before, tt.words, tt.after, got, tt.want)
		}
	}
}

// The repro's shape in the handout: a paragraph telling the reader to text STOP links the
// text number to send STOP; two opt-out words, or STOP where no word to send stands, send
// nothing; the hotline box still sends the keyword.
func TestHandoutTextLinksFollowTheirSentence(t *testing.T) {
	in := input(t)
	n, k := in.Settings.Hotline.Text.Text, in.Settings.Hotline.Keyword.Text
	lang := *in.Lang
	lang.FAQ.Questions = append([]content.QA(nil), lang.FAQ.Questions...)
	q := &lang.FAQ.Questions[0]
	para := func(s string) content.Para { p := q.Answer[0]; p.Text, p.Paper, p.Links = s, "", nil; return p }
	q.Answer = []content.Para{
		para("Drop off donations at 1450 E. Main St. Text STOP to " + n + " to stop messages at any time."),
		para("Text STOP, the one word that ends every message from us at any hour of the day or night, whatever you signed up for, to " + n + "."),
		para("Envíe STOP o ALTO al " + n + " para dejar de recibir mensajes."),
	}
	in.Lang = &lang
	doc, err := Handout(in, Papers["letter"], false)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, pg := range doc.Pages {
		for _, it := range pg.Items {
			if l, ok := it.(Link); ok && strings.HasPrefix(l.URL, "sms:") {
				urls = append(urls, l.URL)
			}
		}
	}
	stop, none, keyword := "sms:"+n+"?body=STOP", "sms:"+n, "sms:"+n+"?body="+k
	if c := count(urls, stop); c != 1 {
		t.Errorf("%d links to %s, want 1 (the opt-out sentence): %q", c, stop, urls)
	}
	if c := count(urls, none); c != 2 {
		t.Errorf("%d links to %s, want 2 (STOP o ALTO, and STOP not where a word to send stands): %q", c, none, urls)
	}
	if !slices.Contains(urls, keyword) {
		t.Errorf("no link to %s (the hotline box's line): %q", keyword, urls)
	}
}

func count(s []string, v string) int {
	n := 0
	for _, x := range s {
		if x == v {
			n++
		}
	}
	return n
}

// sentencesAbove gives each line of a paragraph what the whole paragraph above it gave before:
// the same message for every text link after it, whatever the sentence breaks; and a
// paragraph of thousands of lines costs its length in memory, not its square (a 0.3 MB
// paragraph took gigabytes).
func TestSentencesAbove(t *testing.T) {
	pieces := []string{"Text", "HELP", "to", "STOP", "now.", "Why?", "yes!", "1.800", "example.org", "好。", "envíe", "ALTO", "o", content.BoldOn + "HELP" + content.BoldOff, "a\nb", ""}
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		lines := make([]string, 1+r.IntN(6))
		for i := range lines {
			ws := make([]string, r.IntN(5))
			for j := range ws {
				ws[j] = pieces[r.IntN(len(pieces))]
			}
			lines[i] = strings.Join(ws, " ")
		}
		got := sentencesAbove(lines)
		for i := range lines {
			whole := content.Unmark(strings.Join(lines[:i], " ")) + " " // what each line was given
			if got[i] == "" {
				t.Fatalf("%q line %d: nothing above", lines, i)
			}
			for _, after := range []string{"", "Text HELP to", "x. Text ", "STOP or "} {
				if a, b := SMSBody(got[i]+after, "", "HELP"), SMSBody(whole+after, "", "HELP"); a != b {
					t.Fatalf("%q line %d + %q: %q, the whole paragraph above gives %q", lines, i, after, a, b)
				}
			}
		}
	}
	lines := make([]string, 20000)
	for i := range lines {
		lines[i] = "ten words that run on without an end to the"
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	aboves := sentencesAbove(lines)
	runtime.ReadMemStats(&after)
	if got, size := after.TotalAlloc-before.TotalAlloc, uint64(20000*len(lines[0])); got > 10*size {
		t.Errorf("a paragraph of %d bytes took %d bytes", size, got)
	}
	words := strings.Fields(lines[0])
	for i, a := range aboves { // each line's drawing copies it; cut at a word's start
		if len(a) > maxAbove || i > 0 && !slices.Contains(words, strings.Fields(a)[0]) {
			t.Fatalf("line %d is given %d bytes, from %q", i, len(a), a[:min(len(a), 20)])
		}
	}
}

// A text telephone's number is called, in every language the word lists know, after a line
// that asks to text another number: "text telephone", "teléfono de texto", "téléphone texte
// (ATS)", "الهاتف النصي" name the TTY. A right-to-left line is read as written: the verb of
// texting on the line above is not the one nearest before the TTY's number.
func TestTextTelephoneLinksTheCall(t *testing.T) {
	tty, text := autolink{match: "1-800-787-3224", url: "tel:+18007873224"}, autolink{match: "233733", url: "sms:233733?body=HELP"}
	for _, tt := range []struct {
		name  string
		rtl   bool
		lines []string
	}{
		{"Arabic", true, []string{"اتصل بالرقم في أي وقت، أو أرسل", "HELP إلى 233733. الهاتف النصي: 1-800-787-3224."}},
		{"Arabic, one sentence", true, []string{"أرسل HELP إلى 233733، الهاتف النصي: 1-800-787-3224."}},
		{"French", false, []string{"Envoyez HELP au 233733. Téléphone texte (ATS) : 1-800-787-3224."}},
		{"Spanish", false, []string{"Envíe HELP al 233733, o use el teléfono de texto: 1-800-787-3224."}},
		{"Portuguese", false, []string{"Envie HELP para 233733 ou use o telefone de texto: 1-800-787-3224."}},
		{"English", false, []string{"Text HELP to 233733, or use a text telephone: 1-800-787-3224."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range lineRows(tt.lines, 10, 100, paraRTL(tt.rtl, strings.Join(tt.lines, " ")), paraRTL(tt.rtl, strings.Join(tt.lines, " ")), Style{Size: 2, Leading: 3, Font: Regular}, 0) {
				c := &canvas{m: mono{}, tag: &Elem{Role: RoleP}, links: []autolink{tty, text}, rtl: tt.rtl}
				r.draw(c, 0)
				for _, it := range c.items {
					if l, ok := it.(Link); ok {
						got = append(got, l.URL)
					}
				}
			}
			if want := []string{"sms:233733?body=HELP", "tel:+18007873224"}; !slices.Equal(got, want) {
				t.Errorf("links %q, want %q", got, want)
			}
		})
	}
}

// Another service's number its sentence asks to text opens a text message to it with the one
// word in capitals the sentence says to send ("text HOME to 741741"), none where it names two
// or none. An emergency number of the country is called, whatever the words say: a text to
// one that takes none reaches no one.
func TestOtherNumberTextLinkSendsItsWord(t *testing.T) {
	for _, tt := range []struct{ before, words, after, want string }{
		{"For any crisis, text HOME to ", "741741", ".", "sms:741741?body=HOME"},
		{"Envía AYUDA al ", "741741", ".", "sms:741741?body=AYUDA"},
		{"Text ", "741741", " with the word INFO.", "sms:741741?body=INFO"},
		{"Text HOME or START to ", "741741", ".", "sms:741741"},
		// an emergency number
		{"If you cannot speak, text ", "911", ".", "tel:911"},
		{"Deaf people can register for Text with ", "9-1-1", ".", "tel:911"},
		{"Ils peuvent s'inscrire au service Texto au ", "9-1-1", ".", "tel:911"},
		{"Text ", "911", " only where your county takes texts.", "tel:911"},
		{"Text HOME to 741741, ", "911", " or 88788.", "tel:911"},
		{"Text ", "112", ".", "sms:112"}, // no emergency number in the U.S.
		// the means said after the number
		{"En cas de danger immédiat, composez le 17, ou le ", "114", " par SMS.", "sms:114"},
		{"Call us, or ", "741741", " by text message.", "sms:741741"},
		{"Call ", "114", " by the text relay.", "tel:114"},
		// a number listed after one to text, by a comma, is texted too; not after a call
		{"Text HOME to 741741, ", "988", " or 88788.", "sms:988"},
		{"Text HOME to 741741, 988 or ", "88788", ".", "sms:88788"},
		{"Text 741741, ", "88788", ".", "sms:88788"},
		{"Call 911, ", "988", ".", "tel:988"},
		{"Text HOME to 741741, or call ", "988", ".", "tel:988"},
		{"Text HOME to 741741, 24/7, or call ", "988", ".", "tel:988"},
		{"Text HOME to 741741. Call ", "988", ".", "tel:988"},
	} {
		if got := TextLink(PhoneURL(tt.words, "US"), tt.before, tt.words, tt.after, "US"); got != tt.want {
			t.Errorf("TextLink(%q, %q, %q) = %s, want %s", tt.before, tt.words, tt.after, got, tt.want)
		}
	}
}
