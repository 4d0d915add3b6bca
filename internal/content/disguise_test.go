package content

import (
	"bufio"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"unicode"

	defaultcontent "haven/content"
	"haven/internal/diag"
)

// A discreet card's words are read as a person reads them: letters apart, a word split by a
// hyphen, digits and signs for letters, one letter wrong, and the field's abbreviations, the
// one word check the card and its address share; everyday words, numbers and abbreviations
// that only hold one pass.
func TestDiscreetDisguises(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		want       string // the word named, as in the message; "" passes
	}{
		{"en", "Need to talk about s.e.x?", `"s.e.x" (sex)`},
		{"en", "Need to talk about S. E. X.?", `"S. E. X" (sex)`},
		{"en", "Someone will listen about DV", `"dv"`},
		{"en", "Someone will listen about D.V.", `"D.V" (dv)`},
		{"en", "Help with IPV, day or night", `"ipv"`},
		{"en", "Someone will listen about traficking", `"traficking" (trafficking)`},
		{"en", "Someone will listen about Traffiking", `"Traffiking" (trafficking)`},
		{"en", "Someone will listen about trafifcking", `"trafifcking" (trafficking)`},
		{"en", "Someone will listen about tr4fficking", `"tr4fficking" (trafficking)`},
		{"en", "T-R-A-F-F-I-C-K-I-N-G?", `"T-R-A-F-F-I-C-K-I-N-G" (trafficking)`},
		{"en", "T_R_A_F_F_I_C_K_I_N_G?", `"T_R_A_F_F_I_C_K_I_N_G" (trafficking)`},
		{"en", "Traf-ficking?", `"Traf-ficking" (trafficking)`},
		{"en", "Need to talk about $ex?", `"$ex" (sex)`},
		{"en", "Need to talk about 5EX?", `"5EX" (sex)`},
		{"en", "R4P3 line", `"R4P3" (rape)`},
		{"en", "#EndHum4nTr4fficking", `"EndHum4nTr4fficking" (trafficking)`},
		{"en", "@buse?", `"@buse" (abuse)`},
		{"en", "Pr0stitut10n", `"Pr0stitut10n" (prostitution)`},
		{"en", "Expl0itati0n", `"Expl0itati0n" (exploitation)`},
		{"es", "¿Hablamos de v.i.o.l.e.n.c.i.a?", `"v.i.o.l.e.n.c.i.a" (violencia)`},
		{"es", "¿Sufres violensia?", `"violensia" (violencia)`},
		{"es", "Esplotación", `"Esplotación" (explotación)`},
		{"es", "ab-uso", `"ab-uso" (abuso)`},
		{"en", "Call the Anti-Trafficking Center", `"trafficking"`},
		// everyday words one letter away, or holding a listed one or an abbreviation
		{"en", "Traffic, weather and news", ""},
		{"en", "A sextant, from Essex", ""},
		{"en", "Free advice on DVDs and a DVD", ""},
		{"en", "Talking helps. Keep talking.", ""},
		{"en", "Violet, amused, modest, thread", ""},
		{"en", "Strangers and stragglers", ""},
		{"en", "Treating and threading", ""},
		{"en", "The controller stalls", ""},
		// numbers, times and the short words letters apart make
		{"en", "Call or text, 24/7. Free and private.", ""},
		{"en", "Open 9am-5pm, Mon-Fri, 1st and 3rd floor", ""},
		{"en", "Text HELP to 233733. In immediate danger, call 911.", ""},
		{"en", "Plan A or plan B, from A to Z, U.S. and U.K.", ""},
		{"en", "E-mail a co-worker about well-being and follow-up", ""},
		{"en", "Self-care, day-to-day, step-by-step", ""},
		{"es", "Atención 24/7 en EE. UU., de 9 a 5", ""},
		{"es", "Exploración y acusado, escalada y violeta", ""},
		{"es", "Sí, y a la vez o a solas", ""},
	} {
		txt := Text{Discreet: DiscreetText{Headline: diag.Located{File: "t.yaml", Line: 7, Field: "discreet.headline", Text: tt.text}}}
		ps := checkDiscreet(tt.lang+"/text.yaml", tt.lang, &txt, diag.Located{}, "National Human Trafficking Hotline") // a name not printed skips nothing
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%s %q: %v, want it to pass", tt.lang, tt.text, ps)
		case tt.want != "" && (len(ps) != 1 || !strings.Contains(ps[0].Msg, "prints "+tt.want+" on the discreet card")):
			t.Errorf("%s %q: %v, want it to print %s", tt.lang, tt.text, ps, tt.want)
		}
	}
}

// The discreet card's address is read as a phone shows it (an international host decoded from
// punycode), with the same word check as the card, and in every built-in language.
func TestDiscreetLinkDisguises(t *testing.T) {
	for _, tt := range []struct {
		url, want string // a part of the message; "" passes
	}{
		{"https://xn--trfficking-t4a.org/talk", `"https://xn--trfficking-t4a.org/talk" (shown as "https://tráfficking.org/talk") says "trafficking"`},
		{"https://samples.org/T-R-A-F-F-I-C-K-I-N-G", `says "T-R-A-F-F-I-C-K-I-N-G" (trafficking)`},
		{"https://samples.org/T_R_A_F_F_I_C_K_I_N_G", `says "T_R_A_F_F_I_C_K_I_N_G" (trafficking)`},
		{"https://samples.org/traf-ficking", `says "traf-ficking" (trafficking)`},
		{"https://samples.org/s.e.x", `says "s.e.x" (sex)`},
		{"https://samples.org/talk?x=hum4n-tr4fficking", `says "hum4n-tr4fficking" (trafficking)`},
		{"https://samples.org/talk?x=dom-viol", `says "viol"`},
		{"https://samples.org/abuso", `says "abuso"`},
		{"https://samples.org/traficking", `says "traficking" (trafficking)`},
		{"https://samples.org/d.v", `says "d.v" (dv), which those who know the field read`},
		{"https://samples.org/dv", `says "dv", which those who know the field read`},
		{"https://samples.org/talk", ""},
		{"https://xn--caf-dma.samples/talk", ""}, // café
		{"https://samples.org/traffic-report", ""},
		{"https://samples.org/sextant", ""},
		{"https://essex.samples/advice", ""},
		{"https://samples.org/dvd/a-b-c", ""},
		{"https://samples.org/talk?day=2027-01-05&t=9am-5pm", ""},
	} {
		txt := Text{}
		ps := checkDiscreetLinks("en", &txt, diag.Located{File: "settings.yaml", Line: 9, Field: "cards.discreet_url", Text: tt.url}, nil, nil, nil)
		switch {
		case tt.want == "" && len(ps) > 0:
			t.Errorf("%s: %v, want it to pass", tt.url, ps)
		case tt.want != "" && (len(ps) != 1 || !strings.Contains(ps[0].Msg, tt.want)):
			t.Errorf("%s: %v, want %s", tt.url, ps, tt.want)
		}
	}
}

// A placement code printed on the discreet card and put in its link is read as the card is:
// digits and signs for letters, in any language.
func TestSpells(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"s3x", "sex"}, {"r4p3", "rape"}, {"k1d", "kid"}, {"g1r1", "girl"}, {"5p4-2", "spa"}, {"2-m0731", "motel"},
		// a - between the letters and the digits that read as letters parts nothing
		{"h0-t3l", "hotel"}, {"m-0-t-3-l", "motel"}, {"5-3-x", "sex"}, {"r4-p3", "rape"}, {"k1-d", "kid"}, {"b0-y", "boy"},
		{"p07", ""}, {"a3k9", ""}, {"b-12", ""}, {"t7d7q9", ""}, {"x2y2z2", ""}, {"0-9", ""},
		// where people stop to eat or fill up
		{"c4f3", "cafe"}, {"d1n3r", "diner"}, {"g4s", "gas"}, {"s4f3", "safe"}, {"m4l1", "mall"}, {"b4r", "bar"},
		{"c4f9", ""}, {"g4k", ""}, {"d1n9", ""}, {"s4g3", ""},
	} {
		if got := Spells(tt.code); got != tt.want {
			t.Errorf("Spells(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// A word listed after earlier runs made codes that spell it (g4s, c4f3k7) is not read in a code
// an earlier run made; one listed before is (b4r), as is one no such code could spell (d1n3r).
func TestSpelledEarlier(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"g4s", ""}, {"c4f3k7", ""}, {"k2s4f3", ""}, {"b4r", "bar"}, {"s3x", "sex"}, {"d1n3r", "diner"}, {"p07", ""},
	} {
		if got := SpelledEarlier(tt.code); got != tt.want {
			t.Errorf("SpelledEarlier(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// A code haven makes alternates letters with the digits 2-9, of which 3, 4, 5 and 7 read as e,
// a, s and t: a word of whoWhere it could spell is one earlier runs may have made, and is in
// lateCodeWords, but for those listed before codes were made (spa, bar, teen, teens).
func TestLateCodeWords(t *testing.T) {
	generable := func(w string) bool {
		for first := range 2 { // the word starting at a letter, or at a digit
			ok := true
			for i, r := range w {
				if (i+first)%2 == 0 && !strings.ContainsRune("abcdefghjkmnpqrstuvwxyz", r) || (i+first)%2 == 1 && !strings.ContainsRune("aest", r) {
					ok = false
				}
			}
			if ok && len(w) <= 6 {
				return true
			}
		}
		return false
	}
	for _, w := range whoWhere {
		if generable(w) && !slices.Contains(lateCodeWords, w) && !slices.Contains([]string{"spa", "bar", "teen", "teens"}, w) {
			t.Errorf("%q: a generated code could spell it; list it in lateCodeWords", w)
		}
	}
}

// Everyday English and Spanish words one letter from a listed word are not read as its
// misspelling: every word of Debian's dictionaries (ordinaryNear lists those near one).
func TestMisspellingsSpareDictionaryWords(t *testing.T) {
	sets := map[string]*avoidSet{"en": avoidList("en", DiscreetText{}), "es": avoidList("es", DiscreetText{}), "every": everyList()}
	for _, dict := range []string{"/usr/share/dict/american-english", "/usr/share/dict/spanish"} {
		f, err := os.Open(dict)
		if err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatal(err)
			}
			t.Skipf("%v: install the dictionaries with apt-get install wamerican wspanish", err)
		}
		defer f.Close()
		var near []string
		for sc := bufio.NewScanner(f); sc.Scan(); {
			w := fold(sc.Text())
			if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
				continue
			}
			if _, listed := sets["every"].whole[w]; listed { // revealing in another language
				continue
			}
			for _, s := range sets {
				if s.misspelt(w) != "" {
					near = append(near, w)
					break
				}
			}
		}
		if len(near) > 0 {
			t.Errorf("%s: %d words read as misspellings of listed ones; add them to ordinaryNear: %s", dict, len(near), strings.Join(near, " "))
		}
	}
}

// No line of the built-in content, in any of its languages (the FAQ, every text), reads as a
// disguise, a misspelling or an abbreviation where its plain words say nothing: the disguises
// are found without false alarms on ordinary writing.
func TestDisguisesSpareBuiltinContent(t *testing.T) {
	every := everyList()
	lines := 0
	fs.WalkDir(defaultcontent.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(defaultcontent.FS, p)
		if err != nil {
			t.Fatal(err)
		}
		lang := path.Base(path.Dir(p))
		for i, l := range strings.Split(string(b), "\n") {
			w := split(l)
			for _, s := range []*avoidSet{avoidList(lang, DiscreetText{}), every} {
				if w.avoided(s).as != "" || abbreviation(w.list) != "" {
					continue
				}
				lines++
				if fd := s.revealed(w, l, nil); fd.word != "" {
					t.Errorf("%s:%d: %q read as %s", p, i+1, l, quoted(fd.as, fd.word))
				}
			}
		}
		return nil
	})
	if lines < 500 {
		t.Errorf("%d lines read; want the built-in content's", lines)
	}
}
